"""The media-kit page: previews by slogan and format, sizes, downloads, usage notes."""

from __future__ import annotations

import html
import posixpath
from collections import defaultdict
from collections.abc import Sequence

from ..content.model import Campaign
from ..media.downloads import Downloads, human_size, main_file
from ..media.kit import KIT_DIR, KitFile
from ..publish.markdown import esc, front_matter

__all__ = ["PATH", "render"]

PATH = KIT_DIR + "index.md"

_KIND = {
    "banner": "Băng rôn",
    "flag": "Cờ phướn",
    "billboard": "Pano",
    "poster": "Áp phích",
    "leaflet": "Tờ rơi",
    "social": "Mạng xã hội",
    "invitation": "Giấy mời",
}

NOTES = """!!! info "Lưu ý khi sử dụng"

    - Không dùng biểu tượng chữ thập đỏ làm biểu trưng y tế: biểu tượng này dành riêng
      cho hoạt động Chữ thập đỏ.
    - Chân dung Chủ tịch Hồ Chí Minh và biểu tượng quốc gia chỉ dùng trong trang trí
      trang trọng, đúng quy định.
    - Biểu trưng nhà tài trợ (nếu có) trên băng rôn, pano tuyên truyền chiếm không quá
      20% diện tích.
    - Tệp PDF để in có đúng kích thước thật, chữ và hình nét (không vỡ khi in to), phông
      chữ nhúng sẵn, thêm một dải lề quanh mép để nhà in xén; dấu cắt (và dấu gấp trên tờ
      rơi) nằm ngoài phần in. Ảnh PNG dùng khi cần sửa hoặc đăng lên mạng.
"""


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _size(file: KitFile) -> str:
    if file.width_mm and file.height_mm:
        return f"Khổ in {_number(file.width_mm)} × {_number(file.height_mm)} mm (gồm cả lề để xén)"
    return f"Ảnh {file.width} × {file.height} điểm ảnh"


def _button_label(file: KitFile) -> str:
    """What a download is, in words: "PDF để in", "Ảnh PNG"."""
    suffix = file.path.rsplit(".", 1)[1].upper()
    if file.role == "print-pdf":
        return f"{suffix} để in"
    if file.role == "print-png":
        return f"Ảnh {suffix}"
    return f"Ảnh xem trước {suffix}"


def _contents(files: list[KitFile]) -> list[str]:
    """What this kit holds, in words: only what the campaign has."""
    parts = []
    kinds = [k for k in _KIND if any(f.slogan and f.kind == k for f in files)]
    if kinds:
        # Only the kinds present: the pre-press gate may have kept some out.
        named = ", ".join(_KIND[k].lower() for k in kinds)
        parts.append(f"các khẩu hiệu ở các khổ {named}")
    if any(f.commune for f in files):
        parts.append("băng rôn riêng cho từng xã, thị trấn")
    if any(f.event for f in files):
        parts.append("giấy mời cho từng sự kiện")
    if any(not (f.slogan or f.commune or f.event) for f in files):
        parts.append("mặt trong tờ rơi")
    return parts


def render(
    campaign: Campaign,
    files: list[KitFile],
    withheld: Sequence[str] = (),
    downloads: Downloads | None = None,
) -> str:
    """The kit page, from the kit's own listing (``files``), what ``downloads``
    made, and ``withheld``: what the pre-press gate kept out, and why."""
    downloads = downloads or Downloads({}, {}, [], {})
    parts = _contents(files) or ["chưa có ấn phẩm"]
    listed = ", ".join(parts[:-1]) + (" và " if len(parts) > 1 else "") + parts[-1]
    out = [
        front_matter(
            title="Bộ ấn phẩm tuyên truyền",
            description=f"Tệp in sẵn: {listed}.",
        ),
        "# Bộ ấn phẩm tuyên truyền\n",
        (
            f"{listed[0].upper()}{listed[1:]}, sẵn sàng gửi nhà in. "
            "Bấm vào ảnh để mở tệp, hoặc bấm nút để tải về"
            + (", hoặc [tải cả bộ theo khổ](#tai-ca-bo)" if downloads.bundles else "")
            + ".\n"
        )
        if files
        else "Chưa có ấn phẩm nào gửi nhà in được: xem phần còn thiếu dưới đây.\n",
        NOTES,
    ]
    if withheld:
        out.append("## Chưa đưa vào bộ ấn phẩm {#chua-dua-vao}\n")
        out.append(
            "Các ấn phẩm dưới đây chưa gửi nhà in được; bổ sung thông tin còn thiếu "
            "rồi dựng lại trang:\n"
        )
        out += [f"- {esc(note)}" for note in withheld]
        out.append("")
    groups: dict[tuple[str | None, str | None], dict[str, dict[str, KitFile]]] = defaultdict(dict)
    invitations: dict[str, dict[str, KitFile]] = {}
    general: dict[str, dict[str, KitFile]] = {}
    bundles = [f for f in files if f.role in _BUNDLES]
    for file in files:
        stem = file.path.rsplit(".", 1)[0]
        if file.role in _BUNDLES:
            continue
        if file.event:
            invitations.setdefault(stem, {})[file.role] = file
        elif not (file.slogan or file.commune):
            general.setdefault(stem, {})[file.role] = file
        else:
            groups[(file.slogan, file.commune)].setdefault(stem, {})[file.role] = file
    slogans = {s.id: s for s in campaign.slogans}
    for (slogan_id, _commune), stems in groups.items():
        if slogan_id is None:
            continue
        slogan = slogans[slogan_id]
        out.append(f"## {esc(slogan.text)} {{#{slogan_id}}}\n")
        out.append('<div class="cp-kit" markdown="0">')
        for roles in stems.values():
            out.append(_card(roles, downloads, slogan=slogan.text))
        out.append("</div>\n")
    communes = [(c, s) for (sl, c), s in groups.items() if sl is None and c]
    if communes:
        out.append("## Băng rôn cho từng xã, thị trấn {#bang-ron-xa}\n")
        if campaign.communes_source:
            out.append(f"*{esc(campaign.communes_source)}*\n")
        out.append('<div class="cp-kit" markdown="0">')
        for _, stems in communes:
            for roles in stems.values():
                out.append(_card(roles, downloads))
        out.append("</div>\n")
    if general:
        out.append("## Ấn phẩm chung {#an-pham-chung}\n")
        out.append(
            "Dùng chung cho mọi khẩu hiệu: mặt trong tờ rơi gấp ba in mặt sau của bất kỳ "
            "mặt ngoài nào ở trên.\n"
        )
        out.append('<div class="cp-kit" markdown="0">')
        out += [_card(roles, downloads) for roles in general.values()]
        out.append("</div>\n")
    if invitations:
        out.append("## Giấy mời {#giay-moi}\n")
        out.append(
            "Giấy mời in khổ A5 cho từng sự kiện; dòng “Trân trọng kính mời” để trống "
            "để điền tên đại biểu.\n"
        )
        out.append('<div class="cp-kit" markdown="0">')
        names = {e.id: e.name for e in campaign.events}
        out += [_card(roles, downloads, events=names) for roles in invitations.values()]
        out.append("</div>\n")
    out += _bundles(downloads)
    sheets = [f for f in bundles if f.role == "spec-sheet"]
    if sheets:
        out += _for_the_shop(sheets)
    return "\n".join(out).rstrip() + "\n"


# Files for the print shop as a whole, not one item: listed once, at the end.
_BUNDLES = ("print-zip", "spec-sheet")


def _for_the_shop(bundles: list[KitFile]) -> list[str]:
    out = ["## Gửi nhà in {#gui-nha-in}\n"]
    # The spec sheet first: it says what the zips hold.
    for file in sorted(bundles, key=lambda f: f.role != "spec-sheet"):
        href = html.escape(posixpath.relpath(file.path, KIT_DIR.rstrip("/")))
        name = html.escape(file.path.rsplit("/", 1)[1])
        if file.role == "spec-sheet":
            what = "Bảng thông số in (khổ, lề xén, màu; số lượng để trống cho đơn vị điền)"
        else:
            kind = "tệp PDF in" if file.dpi is not None else "ảnh PNG"
            what = f"{esc(file.format_name)}: mọi {kind} của khổ này trong một tệp nén"
        out.append(f'- {what}: <a href="{href}" download>{name}</a>')
    return [*out, ""]


def _bundles(downloads: Downloads) -> list[str]:
    """One zip per folder of the kit, as a list of large buttons."""
    if not downloads.bundles:
        return []
    out = [
        "## Tải cả bộ theo khổ {#tai-ca-bo}\n",
        "Mỗi tệp nén (ZIP) gồm mọi ấn phẩm của một khổ, tệp để in nếu có.\n",
        '<ul class="cp-kit-zips" markdown="0">',
    ]
    for bundle in downloads.bundles:
        first = bundle.members[0]
        kinds = sorted({m.path.rsplit(".", 1)[1].upper() for m in bundle.members})
        what = f"{len(bundle.members)} tệp {'/'.join(kinds)}"
        size = f", {human_size(bundle.size)}" if bundle.size is not None else ""
        name = html.escape(first.format_name if not first.commune else "Băng rôn các xã")
        out.append(
            f'<li><a class="cp-kit__button" href="{_rel(bundle.path)}" download>'
            f"{name}<span>ZIP, {what}{size}</span></a></li>"
        )
    out.append("</ul>\n")
    return out


def _rel(path: str) -> str:
    return html.escape(posixpath.relpath(path, KIT_DIR.rstrip("/")))


def _alt(main: KitFile, slogan: str | None, event: str | None) -> str:
    """What the image shows, for a reader who cannot see it."""
    if slogan:
        return f"{main.format_name}, khẩu hiệu: “{slogan}”"
    if main.commune:
        return f"{main.format_name} của {main.commune}"
    if event:
        return f"{main.format_name}: {event}"
    return main.format_name


def _card(
    roles: dict[str, KitFile],
    downloads: Downloads,
    *,
    slogan: str | None = None,
    events: dict[str, str] | None = None,
) -> str:
    preview = roles.get("preview-webp")
    main = main_file(roles) or preview
    assert main is not None
    label = _KIND.get(main.kind, main.kind)
    event = (events or {}).get(main.event or "")
    title = html.escape(main.commune or event or main.format_name)
    head = f"<strong>{label}</strong> · {title}"
    if title.startswith(label):  # "Băng rôn ngang 5 m", not "Băng rôn · Băng rôn ngang 5 m"
        head = f"<strong>{title}</strong>"
    buttons = []
    for file in roles.values():
        if file.role == "preview-webp" and len(roles) > 1:
            continue  # the image itself shows it
        size = downloads.size(file.path)
        words = _button_label(file) + (f", {human_size(size)}" if size is not None else "")
        buttons.append(
            f'<a class="cp-kit__button" href="{_rel(file.path)}" download>{html.escape(words)}</a>'
        )
    image = ""
    if preview is not None:
        alt = html.escape(_alt(main, slogan, event))
        thumb = downloads.thumbs.get(preview.path)
        shown, width, height = (
            (thumb.path, thumb.width, thumb.height)
            if thumb
            else (preview.path, preview.width, preview.height)
        )
        image = (
            f'<a class="cp-kit__preview" href="{_rel(main.path)}">'
            f'<img src="{_rel(shown)}" alt="{alt}" loading="lazy" decoding="async" '
            f'width="{width}" height="{height}"></a>'
        )
    return (
        f'<figure class="cp-kit__item">{image}<figcaption>{head}'
        f'<br><span>{_size(main)}</span><span class="cp-kit__buttons">{"".join(buttons)}</span>'
        "</figcaption></figure>"
    )
