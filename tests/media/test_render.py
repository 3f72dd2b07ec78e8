"""Rendering: geometry, clean margins, writers, goldens, memory."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw
from pypdf import PdfReader

from campaign.media import FitError, Format, Layout, MediaError, compose
from campaign.media.emblem import Badge
from campaign.media.render import export, render, save_png, save_webp

from .conftest import TEXTS, URL


@pytest.fixture(scope="module")
def logo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A neutral round mark with transparency (no real emblem in tests)."""
    image = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 190, 190), fill=(255, 222, 0, 255))
    draw.ellipse((60, 60, 140, 140), fill=(255, 255, 255, 255))
    path = tmp_path_factory.mktemp("logo") / "logo.png"
    image.save(path)
    return path


def _scale_for(fmt: Format, width: int = 600) -> float:
    return width / fmt.geometry().width


def _bands(image: Image.Image, fmt: Format, scale: float) -> list[bytes]:
    """Pixels outside the safe area: four bands from the canvas edge to the safe edge."""
    s = fmt.geometry(scale).safe
    w, h = image.size
    boxes = [(0, 0, w, s.y0), (0, s.y1, w, h), (0, 0, s.x0, h), (s.x1, 0, w, h)]
    return [image.crop(box).tobytes() for box in boxes]


@pytest.mark.slow
def test_every_format_renders_at_its_size_with_clean_margins(
    formats: dict[str, Format], layouts: dict[str, Layout], logo: Path
) -> None:
    for fmt in formats.values():
        scale = _scale_for(fmt)
        layout = layouts[fmt.layout]
        image = render(fmt, layout, TEXTS, qr_url=URL, emblem=logo, scale=scale)
        g = fmt.geometry(scale)
        assert image.size == g.size and image.mode == "RGB", fmt.id
        assert image.info["dpi"] == (g.dpi, g.dpi)
        empty = render(fmt, layout.model_copy(update={"layers": []}), {}, scale=scale)
        assert image.tobytes() != empty.tobytes(), f"{fmt.id}: nothing drawn"
        assert _bands(image, fmt, scale) == _bands(empty, fmt, scale), f"{fmt.id}: ink in margin"


def test_leaflet_folds_stay_clear(formats: dict[str, Format], layouts: dict[str, Layout]) -> None:
    fmt = formats["to-roi-a4"]
    scale = 0.25
    layout = layouts[fmt.layout]
    image = render(fmt, layout, TEXTS, qr_url=URL, scale=scale)
    empty = render(fmt, layout.model_copy(update={"layers": []}), {}, scale=scale)
    g = fmt.geometry(scale)
    assert len(g.folds) == 2
    margin = round(5 / 25.4 * g.dpi)
    for fold in g.folds:
        box = (fold - margin, 0, fold + margin, g.height)
        assert image.crop(box).tobytes() == empty.crop(box).tobytes(), fold


def test_nfd_texts_render_like_nfc(formats: dict[str, Format], layouts: dict[str, Layout]) -> None:
    fmt = formats["mxh-og"]
    nfd = {k: unicodedata.normalize("NFD", v) for k, v in TEXTS.items()}
    a = render(fmt, layouts[fmt.layout], TEXTS, scale=0.5)
    b = render(fmt, layouts[fmt.layout], nfd, scale=0.5)
    assert a.tobytes() == b.tobytes()


def test_fit_failure_names_text_and_format(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt = formats["bang-ron-5m"]
    long = " ".join([TEXTS["slogan"]] * 4)
    with pytest.raises(FitError) as info:
        render(fmt, layouts["bang-ron"], {"slogan": long}, scale=0.05, text_ids={"slogan": "kh-01"})
    message = str(info.value)
    assert message.startswith("khẩu hiệu 'kh-01' không vừa định dạng 'bang-ron-5m': cỡ chữ cần ")
    # On an outdoor format the slogan's minimum is its cap height, in centimetres.
    assert message.endswith("tối thiểu 15 cm chiều cao chữ hoa")
    footer = {"slogan": "Vì sức khỏe", "footer": long}
    fmt_min = fmt.model_copy(update={"min_cap_mm": None})
    with pytest.raises(FitError) as info:
        render(fmt_min, layouts["bang-ron"], {**footer, "slogan": long}, scale=0.05)
    assert str(info.value).endswith("tối thiểu 300 pt")


def test_missing_text_and_missing_qr_url(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt = formats["ap-phich-a3"]
    with pytest.raises(MediaError, match="cần chữ cho 'slogan'"):
        render(fmt, layouts["ap-phich"], {"headline": "Kỷ niệm"}, qr_url=URL, scale=0.2)
    with pytest.raises(MediaError, match="qr_url"):
        render(fmt, layouts["ap-phich"], TEXTS, scale=0.2)


def test_qr_code_is_drawn_on_posters(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt = formats["ap-phich-a3"]
    image = render(fmt, layouts["ap-phich"], TEXTS, qr_url=URL, scale=0.3)
    # The QR code is stacked, so its height depends on the texts: find its
    # modules (the only #1A1A1A pixels) and check they sit on a white plate.
    dark = Image.eval(image.convert("RGB"), lambda v: 255 if v == 26 else 0).convert("L")
    box = dark.point(lambda v: 255 if v == 255 else 0).getbbox()
    assert box is not None, "no QR modules drawn"
    x0, y0, x1, y1 = box
    assert abs((x1 - x0) - (y1 - y0)) <= 2, "QR code is not square"
    plate = image.crop((x0, y0, x1, y1))
    colors = {c for _, c in plate.getcolors(1 << 16) or []}
    assert colors == {(255, 255, 255), (26, 26, 26)}
    centre = (x0 + x1) / 2
    assert abs(centre - image.width / 2) <= 2, "QR code is not centred"


def test_writers(formats: dict[str, Format], layouts: dict[str, Layout], tmp_path: Path) -> None:
    fmt = formats["bang-ron-5m"]
    scale = 0.05
    display, _ = compose(fmt, layouts["bang-ron"], TEXTS, scale=scale)
    paths = export(display, fmt, tmp_path / "bang-ron")
    assert [p.suffix for p in paths] == [".png", ".pdf", ".webp"]
    with Image.open(tmp_path / "bang-ron.png") as png:
        assert png.info["dpi"] == pytest.approx((72 * scale, 72 * scale), abs=0.01)
        assert png.info["srgb"] == 0
    page = PdfReader(paths[1]).pages[0]
    # True physical size with bleed: (5000 + 2·20) mm × (800 + 2·20) mm, whatever the scale.
    assert float(page.bleedbox.width) == pytest.approx(5040 / 25.4 * 72, abs=0.5)
    assert float(page.bleedbox.height) == pytest.approx(840 / 25.4 * 72, abs=0.5)
    big = Image.new("RGB", (3000, 500), (10, 20, 30))
    with Image.open(save_webp(big, tmp_path / "p.webp")) as webp:
        assert webp.width <= 1200
    assert not list(tmp_path.glob(".*.tmp"))


def test_screen_formats_have_no_pdf(
    formats: dict[str, Format], layouts: dict[str, Layout], tmp_path: Path
) -> None:
    fmt = formats["mxh-zalo"]
    display, _ = compose(fmt, layouts[fmt.layout], TEXTS)
    assert [p.suffix for p in export(display, fmt, tmp_path / "zalo")] == [".png", ".webp"]
    image = render(fmt, layouts[fmt.layout], TEXTS)
    save_png(image, tmp_path / "again.png", dpi=96)
    with Image.open(tmp_path / "again.png") as png:
        assert round(png.info["dpi"][0]) == 96


GOLDENS = [
    ("mxh-og", 0.5, "og-the-ngang"),
    ("ap-phich-a3", 0.2, "a3-ap-phich"),
    ("bang-ron-5m", 0.06, "bang-ron"),
]


@pytest.mark.parametrize("format_id,scale,name", GOLDENS)
def test_goldens(
    formats: dict[str, Format],
    layouts: dict[str, Layout],
    logo: Path,
    golden: Callable[..., None],
    format_id: str,
    scale: float,
    name: str,
) -> None:
    fmt = formats[format_id]
    image = render(fmt, layouts[fmt.layout], TEXTS, qr_url=URL, emblem=logo, scale=scale)
    golden(image, name)


def test_badge_golden(
    formats: dict[str, Format], layouts: dict[str, Layout], golden: Callable[..., None]
) -> None:
    fmt = formats["mxh-doc"]
    texts = {**TEXTS, "slogan": "Lương y phải như từ mẫu"}
    image = render(
        fmt, layouts[fmt.layout], texts, emblem=Badge("70", "NĂM", "1955 - 2025"), scale=0.4
    )
    golden(image, "doc-the-doc-huy-hieu")


def test_goldens_stay_small() -> None:
    total = sum(p.stat().st_size for p in (Path(__file__).parent / "golden").glob("*.png"))
    assert total < 500_000


MEMORY_SCRIPT = """
import tempfile
from pathlib import Path
from campaign.media import builtin_formats, builtin_layouts, compose, export
fmt = builtin_formats()["bang-ron-5m"]
texts = {"slogan": "Y tế Việt Nam - 70 năm làm theo lời Bác"}
display, _ = compose(fmt, builtin_layouts()[fmt.layout], texts)
with tempfile.TemporaryDirectory() as d:
    export(display, fmt, Path(d) / "b")
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across fork and exec, so a large test
# process (one that loaded the speech model) would be measured instead of this one.
hwm = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM:"))
print(int(hwm.split()[1]) // 1024)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status (Linux)")
def test_full_size_banner_peak_memory_is_bounded() -> None:
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT], capture_output=True, text=True, check=True
    )
    peak_mib = int(out.stdout.strip())
    assert peak_mib < 400, f"peak {peak_mib} MiB"


BADGE = Badge("70", "NĂM", "1955 - 2025")


def _ink_rows(image: Image.Image, empty: Image.Image, box: tuple[int, int, int, int]) -> list[int]:
    """Rows of ``box`` where ``image`` differs from the bare background."""
    diff = ImageChops.difference(image.crop(box), empty.crop(box)).convert("L")
    data = diff.point(lambda v: 255 if v > 24 else 0)
    width, height = data.size
    pixels = data.tobytes()
    return [y for y in range(height) if any(pixels[y * width : (y + 1) * width])]


def test_anniversary_badge_fills_the_emblem_box(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, pano = formats["pano-3x1-5"], layouts["pano"]
    # Out of its row, so that the headline stays put with or without the badge.
    layout = pano.model_copy(
        update={
            "row": None,
            "layers": [layer.model_copy(update={"row": False}) for layer in pano.layers],
        }
    )
    scale = 0.1
    with_badge = render(fmt, layout, TEXTS, qr_url=URL, emblem=BADGE, scale=scale)
    without = render(fmt, layout, TEXTS, qr_url=URL, scale=scale)
    empty = render(fmt, layout.model_copy(update={"layers": []}), {}, scale=scale)
    diff = ImageChops.difference(with_badge, without).convert("L").point(lambda v: 255 if v else 0)
    box = diff.getbbox()
    assert box is not None, "no badge drawn"
    x0, y0, x1, y1 = box
    assert abs((x1 - x0) - (y1 - y0)) <= 3, "the badge is a circle"
    g = fmt.geometry(scale)
    emblem = layout.layers[0].box
    area = g.safe.sub(emblem.x, emblem.y, emblem.w, emblem.h)
    assert area.x0 <= x0 and area.y0 <= y0 and x1 <= area.x1 and y1 <= area.y1
    assert y1 - y0 >= min(area.width, area.height) - 2, "as large as its box allows"
    # Yellow ring and text on the red background, nothing else.
    colors = {c for _, c in with_badge.crop(box).getcolors(1 << 20) or []}
    assert (255, 222, 0) in colors
    assert _bands(with_badge, fmt, scale) == _bands(empty, fmt, scale)


def test_badge_drops_its_small_print_when_too_small_to_read(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, layout = formats["mxh-zalo"], layouts["the-ngang"]
    full = render(fmt, layout, TEXTS, emblem=BADGE)
    number_only = render(fmt, layout, TEXTS, emblem=Badge("70", "", None))
    assert full.tobytes() == number_only.tobytes()
    large = render(formats["mxh-doc"], layouts["the-doc"], TEXTS, emblem=BADGE)
    bare = render(formats["mxh-doc"], layouts["the-doc"], TEXTS, emblem=Badge("70", "", None))
    assert large.tobytes() != bare.tobytes()


def test_footer_never_outgrows_the_slogan(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    texts = {**TEXTS, "footer": "UBND huyện"}
    for format_id in ("bang-ron-5m", "co-phuon", "ap-phich-a3", "mxh-doc", "mxh-og"):
        fmt = formats[format_id]
        image = render(fmt, layouts[fmt.layout], texts, qr_url=URL, scale=_scale_for(fmt, 900))
        sizes = image.info["text_sizes"]
        cap = next(
            layer.max_size
            for layer in layouts[fmt.layout].layers
            if getattr(layer, "slot", None) == "footer"
        )
        assert cap is not None
        assert sizes["footer"] <= cap.ratio * sizes["slogan"] + 1, format_id


def test_stacked_block_stays_centred_whatever_the_slogan(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, layout = formats["mxh-doc"], layouts["the-doc"]
    assert layout.stack is not None
    g = fmt.geometry()
    band = g.safe.sub(0, layout.stack.y, 1, layout.stack.h)
    empty = render(fmt, layout.model_copy(update={"layers": []}), {})
    box = (band.x0, band.y0, band.x1, band.y1)
    for slogan in (
        "Vì sức khỏe",
        TEXTS["slogan"],
        "Nhiệt liệt chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam",
    ):
        image = render(fmt, layout, {**TEXTS, "slogan": slogan}, emblem=BADGE)
        rows = _ink_rows(image, empty, box)
        above, below = rows[0], band.height - 1 - rows[-1]
        # Centred up to the pad around text and the integer rounding of gaps.
        assert abs(above - below) <= 0.03 * band.height, (slogan, above, below)


def test_attached_rules_follow_the_slogan(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    # A flag whose rules are attached to the slogan (the kit's own flag stacks them).
    fmt = formats["co-phuon"].model_copy(update={"min_cap_mm": None})
    slogan_layer = {
        "kind": "text",
        "slot": "slogan",
        "box": {"x": 0.02, "y": 0.22, "w": 0.96, "h": 0.62},
        "weight": 800,
        "color": "#FFDE00",
        "max_lines": 7,
        "uppercase": True,
        "min_pt": 100,
    }
    layout = Layout.model_validate(
        {
            "id": "co-gach",
            "name": "cờ có gạch bám khẩu hiệu",
            "background": {"color": "#BE0F2A"},
            "layers": [
                {"kind": "emblem", "box": {"x": 0.2, "y": 0, "w": 0.6, "h": 0.16}},
                slogan_layer,
                {
                    "kind": "rect",
                    "box": {"x": 0.25, "y": 0.19, "w": 0.5, "h": 0.004},
                    "color": "#FFDE00",
                    "attach": {"slot": "slogan", "edge": "above", "gap": 0.03},
                },
                {
                    "kind": "rect",
                    "box": {"x": 0.25, "y": 0.87, "w": 0.5, "h": 0.004},
                    "color": "#FFDE00",
                    "attach": {"slot": "slogan", "edge": "below", "gap": 0.03},
                },
            ],
        }
    )
    scale = 0.25
    rule_color = (255, 222, 0)
    for slogan in (
        "Vì sức khỏe",
        "Ngành Y tế đoàn kết, sáng tạo, 70 năm thi đua làm theo lời Bác Hồ dạy",
    ):
        image = render(fmt, layout, {"slogan": slogan}, scale=scale)
        # Full-width rows of yellow in the middle column are the two rules.
        column = image.crop((image.width // 2 - 2, 0, image.width // 2 + 2, image.height))
        rows = [
            y
            for y in range(column.height)
            if all(column.getpixel((x, y)) == rule_color for x in range(column.width))
        ]
        text = render(
            fmt,
            layout.model_copy(update={"layers": [layout.layers[1]]}),
            {"slogan": slogan},
            scale=scale,
        )
        empty = render(fmt, layout.model_copy(update={"layers": []}), {}, scale=scale)
        ink = _ink_rows(text, empty, (0, 0, image.width, image.height))
        gap = 0.03 * fmt.geometry(scale).safe.height
        first_rule, last_rule = rows[0], rows[-1]
        assert 0 < ink[0] - first_rule <= gap * 1.6, slogan
        assert 0 < last_rule - ink[-1] <= gap * 1.6, slogan


def test_a_crowded_stack_shrinks_to_fit_its_band(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, layout = formats["thiep-moi-a5"], layouts["thiep-moi"]
    assert layout.stack is not None
    scale = 0.3
    texts = {
        "issuer": "Ban Thường vụ Thị ủy Đức Phổ",
        "event": "Tới dự Hội nghị tổng kết 20 năm thực hiện Chỉ thị số 06-CT/TW ngày 22/01/2002 "
        "của Ban Bí thư về củng cố và hoàn thiện mạng lưới y tế cơ sở",
        "when": "Thời gian: ...... giờ ......, ngày 15/06/2023 (dự kiến)",
        "place": "Địa điểm: Hội trường Thị ủy, số 1 đường Nguyễn Nghiêm, phường Nguyễn Nghiêm, "
        "thị xã Đức Phổ, tỉnh Quảng Ngãi",
        "signer_title": "TM. BAN THƯỜNG VỤ\nBÍ THƯ",
        "signer_name": "Nguyễn Văn An",
    }
    image = render(fmt, layout, texts, emblem=BADGE, scale=scale)
    g = fmt.geometry(scale)
    band = g.safe.sub(0, layout.stack.y, 1, layout.stack.h)
    # The stacked layers alone: the frame and the signature block sit outside the band.
    frame_free = layout.model_copy(
        update={"layers": [x for x in layout.layers if getattr(x, "stack", False)]}
    )
    bare = render(fmt, frame_free, texts, emblem=BADGE, scale=scale)
    empty = render(fmt, layout.model_copy(update={"layers": []}), {}, scale=scale)
    rows = _ink_rows(bare, empty, (0, 0, g.width, g.height))
    assert band.y0 <= rows[0] and rows[-1] < band.y1, (rows[0], rows[-1], band)
    assert image.tobytes() != empty.tobytes()


def test_a_size_group_sets_its_texts_at_one_size(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, layout = formats["to-roi-a4-trong"], layouts["to-roi-trong"]
    texts = {**TEXTS, "body1": "Ngắn.", "body2": TEXTS["body2"], "body3": TEXTS["body3"]}
    sizes = render(fmt, layout, texts, qr_url=URL, scale=0.3).info["text_sizes"]
    assert sizes["body1"] == sizes["body2"] == sizes["body3"]
    assert sizes["heading1"] == sizes["heading2"] == sizes["heading3"]
    # Alone, the short text would have been far larger.
    alone = layout.model_copy(
        update={"layers": [x for x in layout.layers if getattr(x, "slot", "") == "body1"]}
    )
    solo = render(fmt, alone, texts, scale=0.3).info["text_sizes"]
    assert solo["body1"] > 1.5 * sizes["body1"]
