"""The invitation card: its frame well inside the trim, and the reply contact
(events[].reply) printed when the campaign gives one (issue 20, leftover 4).

Distances are measured on rendered pixels, from the trim line inward."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops

from campaign.content.errors import ContentError
from campaign.media import Format, Layout, compose
from campaign.media.display import TextRun
from campaign.media.emblem import Badge
from campaign.media.kit import check_kit, invitation_texts, plan_kit
from campaign.media.prepress import invitation_missing
from campaign.media.render import render
from campaign.project import load_project
from tests.conftest import MINIMAL

from .conftest import EVENT, TEXTS

REPLY = "    reply: {name: 'đồng chí Lê Thị Thử, Văn phòng', phone: 0205 3830 123}\n"
ANNIVERSARY = "anniversary: {name: Ngày Thầy thuốc Việt Nam, date: 27/02/2025, since: 27/02/1955}\n"
SCALE = 0.5  # 150 dpi: 0.17 mm a pixel, plenty to tell 6 mm from 10 mm


def project(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    text = text.replace("https://vi-du.example/", "https://truyenthong.vanquan.gov.vn/")
    (tmp_path / "campaign.yml").write_text(text, encoding="utf-8")
    return load_project(tmp_path)


def _card(fmt: Format, layout: Layout, **extra: str) -> Image.Image:
    return render(
        fmt, layout, {**TEXTS, **extra}, emblem=Badge("70", "NĂM", "1955 - 2025"), scale=SCALE
    ).convert("RGB")


def test_the_frame_sits_well_inside_the_trim(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    """The finding: the red frame 6 mm from the trim, where a 1 mm cutting shift makes
    the margins 5 and 7 mm. Print shops ask for text at least 5 mm in and borders well
    inside the safe area (formats.yml cites them); the frame is now 10 mm in, evenly."""
    fmt = formats["thiep-moi-a5"]
    assert fmt.dpi is not None and fmt.bleed_mm == 3 and fmt.safe_mm is not None
    m = fmt.safe_mm
    safe = {"left": m.left, "right": m.right, "top": m.top, "bottom": m.bottom}
    image = _card(fmt, layouts[fmt.layout])
    px_per_mm = fmt.dpi * SCALE / 25.4
    bleed = fmt.bleed_mm * px_per_mm
    w, h = image.size
    paper = image.getpixel((1, 1))

    def first_ink(points: list[tuple[int, int]]) -> float:
        for i, point in enumerate(points):
            if sum(abs(a - b) for a, b in zip(image.getpixel(point), paper, strict=True)) > 60:
                return (i - bleed) / px_per_mm  # millimetres in from the trim
        raise AssertionError("no ink")

    sides = {
        "left": first_ink([(x, h // 2) for x in range(w)]),
        "right": first_ink([(w - 1 - x, h // 2) for x in range(w)]),
        "top": first_ink([(w // 3, y) for y in range(h)]),
        "bottom": first_ink([(w // 3, h - 1 - y) for y in range(h)]),
    }
    for side, mm in sides.items():
        assert mm >= safe[side] - 0.3, (side, mm)  # inside the format's own safe zone
        assert mm >= 9.7, (side, mm)
    assert max(sides.values()) - min(sides.values()) < 0.5, sides
    # Nothing at all is drawn between the trim and the frame.
    inside = round(bleed + 9.5 * px_per_mm)
    band = image.crop((0, 0, w, inside))
    assert {c for _, c in band.getcolors(maxcolors=1 << 16) or []} == {paper}


def test_the_reply_contact_is_printed_when_given(
    tmp_path: Path, formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    p = project(tmp_path, MINIMAL + EVENT.replace("    signer:", REPLY + "    signer:"))
    event = p.campaign.events[0]
    assert invitation_missing(event) == []
    texts = invitation_texts(p.campaign, event)
    assert texts["reply"] == (
        "Xác nhận tham dự: đồng chí Lê Thị Thử, Văn phòng, điện thoại 0205 3830 123"
    )
    fmt = formats["thiep-moi-a5"]
    display, sizes = compose(fmt, layouts[fmt.layout], texts, emblem=Badge("70", "NĂM", "x"))
    assert fmt.dpi is not None
    assert 8 <= sizes["reply"] * 72 / fmt.dpi < sizes["event"] * 72 / fmt.dpi
    runs = [op for op in display.ops if isinstance(op, TextRun) and op.text.strip()]
    drawn = " ".join(op.text.strip() for op in runs)
    assert "0205 3830 123" in drawn
    # Bottom left, across from the signature block, below everything stacked above.
    width, height = display.geometry.size
    reply = [op for op in runs if op.text.strip() in texts["reply"]]
    signer = next(op for op in runs if op.text.strip() == "Nguyễn Văn Thử")
    place = next(op for op in runs if op.text.strip().startswith("Địa điểm"))
    for op in reply:
        assert op.x < width / 2 and op.baseline > place.baseline
        assert op.baseline < height - (fmt.bleed_mm + 10) * fmt.dpi / 25.4
    assert signer.x > width / 2
    # Only the number a campaign gives: without a reply, nothing is said about replies.
    q = project(tmp_path, MINIMAL + EVENT)
    assert "reply" not in invitation_texts(q.campaign, q.campaign.events[0])


def test_a_reply_phone_that_is_not_a_number_is_a_located_error(tmp_path: Path) -> None:
    text = MINIMAL + EVENT.replace("    signer:", REPLY + "    signer:").replace(
        "0205 3830 123", "gọi văn phòng"
    )
    with pytest.raises(ContentError) as info:
        project(tmp_path, text)
    line = text.splitlines().index(REPLY.rstrip("\n").replace("0205 3830 123", "gọi văn phòng"))
    assert f"campaign.yml:{line + 1}: events[0].reply.phone" in str(info.value)


def test_a_reply_name_left_to_fill_in_holds_the_invitation(tmp_path: Path) -> None:
    unfinished = REPLY.replace("đồng chí Lê Thị Thử, Văn phòng", "CẦN ĐIỀN")
    p = project(tmp_path, MINIMAL + EVENT.replace("    signer:", unfinished + "    signer:"))
    assert any(m.startswith("reply.name:") for m in invitation_missing(p.campaign.events[0]))
    assert not any(j.event for j in plan_kit(p.campaign, p.source))


# Signature blocks as plans print them (tests/plans/corpus/*.facts.yml: on_behalf and
# position): one, two and three lines above the name.
TITLES = {
    "one line": "GIÁM ĐỐC",
    "two lines": "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
    "three lines": "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
}
# Nghị định 30/2020/NĐ-CP gives the signature and the seal their own place (ô 7c, ô 8)
# between the title and the name, the seal at its real size over the left third of the
# signature, and no figure in millimetres; the card keeps 20 mm (README, "Giấy mời").
SIGNING_MM = 20
CROWDED = {
    "issuer": "Ban Thường vụ Thị ủy Đức Phổ",
    "event": "Tới dự Hội nghị tổng kết 20 năm thực hiện Chỉ thị số 06-CT/TW ngày 22/01/2002 "
    "của Ban Bí thư về củng cố và hoàn thiện mạng lưới y tế cơ sở",
    "when": "Thời gian: 7 giờ 30, ngày 15/06/2023",
    "place": "Địa điểm: Hội trường Thị ủy, số 1 đường Nguyễn Nghiêm, phường Nguyễn Nghiêm, "
    "thị xã Đức Phổ, tỉnh Quảng Ngãi",
    "reply": "Xác nhận tham dự: đồng chí Hoàng Văn Bình, Văn phòng HĐND và UBND huyện, "
    "điện thoại 0205 3830 123",
}


def _only(layout: Layout, slot: str) -> Layout:
    kept = [x for x in layout.layers if getattr(x, "slot", None) == slot]
    return layout.model_copy(update={"layers": kept})


def _ink_box(image: Image.Image, empty: Image.Image) -> tuple[int, int, int, int]:
    """The bounding box of what ``image`` draws over ``empty`` (anti-aliasing ignored)."""
    diff = ImageChops.difference(image, empty).convert("L").point(lambda v: 255 if v > 40 else 0)
    box = diff.getbbox()
    assert box is not None, "nothing drawn"
    return box


def _signing_space(
    fmt: Format, layout: Layout, texts: dict[str, str]
) -> tuple[float, Image.Image, tuple[int, int, int, int]]:
    """The gap in mm between the lowest ink of the signer's title and the highest ink
    of the name, the full card, and the signing space's box in its pixels."""
    full = _card(fmt, layout, **texts)
    empty = _card(fmt, layout.model_copy(update={"layers": []}))
    title = _ink_box(_card(fmt, _only(layout, "signer_title"), **texts), empty)
    name = _ink_box(_card(fmt, _only(layout, "signer_name"), **texts), empty)
    assert fmt.dpi is not None
    px_per_mm = fmt.dpi * SCALE / 25.4
    space = (min(title[0], name[0]), title[3], max(title[2], name[2]), name[1])
    return (name[1] - title[3]) / px_per_mm, full, space


@pytest.mark.parametrize("lines", list(TITLES))
def test_the_signer_has_room_to_sign_and_stamp(
    formats: dict[str, Format], layouts: dict[str, Layout], lines: str
) -> None:
    """The finding: about 5 mm between 'CHỦ TỊCH' and the name, no room for a signature
    and a seal. Measured from pixels: at least 20 mm, whatever the title's length, and
    nothing else printed in that space; the block stays inside the frame."""
    fmt = formats["thiep-moi-a5"]
    layout = layouts[fmt.layout]
    texts = {"signer_title": TITLES[lines], "reply": CROWDED["reply"]}
    gap, full, space = _signing_space(fmt, layout, texts)
    assert SIGNING_MM <= gap <= SIGNING_MM + 4, gap
    x0, y0, x1, y1 = space
    paper = full.getpixel((x0, y0 + 2))
    # Nothing inked in the space but paper: not the reply, not the stacked texts.
    band = full.crop((x0 - 20, y0 + 2, x1 + 20, y1 - 2))
    assert {c for _, c in band.getcolors(maxcolors=1 << 16) or []} == {paper}
    assert fmt.dpi is not None and fmt.bleed_mm is not None
    px_per_mm = fmt.dpi * SCALE / 25.4
    # Below the name, the frame: the name ends inside the 10 mm safe margin.
    assert y1 < full.height - (fmt.bleed_mm + 10) * px_per_mm


def test_a_crowded_card_shrinks_its_texts_not_the_signing_space(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    """A long event name, a long address and a three-line title: the stacked texts give
    up size (none below its minimum), the signing space stays."""
    fmt = formats["thiep-moi-a5"]
    layout = layouts[fmt.layout]
    texts = {**CROWDED, "signer_title": TITLES["three lines"]}
    gap, _, _ = _signing_space(fmt, layout, texts)
    assert gap >= SIGNING_MM
    _, sizes = compose(fmt, layout, {**TEXTS, **texts}, emblem=Badge("70", "NĂM", "x"))
    assert fmt.dpi is not None
    for slot in ("issuer", "event", "when", "place"):
        assert sizes[slot] * 72 / fmt.dpi >= 9.9, (slot, sizes[slot])
    # "TM." and "KT." open the words they qualify: no line of the title ends with one.
    display, _ = compose(fmt, layout, {**TEXTS, **texts}, emblem=Badge("70", "NĂM", "x"))
    title = [
        op.text.strip()
        for op in display.ops
        if isinstance(op, TextRun) and op.text.strip() and op.text.strip() in texts["signer_title"]
    ]
    assert title == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_a_card_too_full_for_its_badge_leaves_the_badge_out_with_a_located_note(
    tmp_path: Path,
) -> None:
    """Before the signing space or the invitation itself, the badge goes: the kit says
    so at the event's line of campaign.yml."""
    long_name = (
        "Hội nghị tổng kết 20 năm thực hiện Chỉ thị số 06-CT/TW ngày 22/01/2002 của Ban Bí "
        "thư về củng cố và hoàn thiện mạng lưới y tế cơ sở trong tình hình mới và triển khai "
        "nhiệm vụ năm 2024"
    )
    text = MINIMAL + EVENT.replace("Lễ mít tinh hưởng ứng tuần lễ sức khỏe", long_name).replace(
        "Sân vận động xã Thử",
        "Hội trường Thị ủy, số 1 đường Nguyễn Nghiêm, phường Nguyễn Nghiêm, thị xã Đức Phổ",
    )
    p = project(tmp_path, text + ANNIVERSARY)
    result = check_kit(p.campaign, tmp_path / "cache", source=p.source, root=tmp_path)
    notes = [str(w) for w in result.warnings if "giấy mời" in str(w)]
    line = text.splitlines().index(f"    name: {long_name}") + 1
    assert len(notes) == 1, notes
    assert notes[0].startswith(f"campaign.yml:{line}: events[0].name: giấy mời 'le'")
    assert "bỏ logo (huy hiệu)" in notes[0]
    assert any(f.event == "le" for f in result.files)


def test_each_authority_opens_its_own_line_of_the_title(tmp_path: Path) -> None:
    """As the plans sign (tests/plans/corpus: on_behalf 'TM. ỦY BAN NHÂN DÂN KT. CHỦ
    TỊCH', position 'PHÓ CHỦ TỊCH'): three lines, whatever room the card has."""
    text = MINIMAL + EVENT.replace(
        "authority: TM. ỦY BAN NHÂN DÂN, position: CHỦ TỊCH",
        "authority: TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH, position: PHÓ CHỦ TỊCH",
    )
    p = project(tmp_path, text)
    title = invitation_texts(p.campaign, p.campaign.events[0])["signer_title"]
    assert title == "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    q = project(tmp_path, MINIMAL + EVENT.replace("authority: TM. ỦY BAN NHÂN DÂN, ", ""))
    assert invitation_texts(q.campaign, q.campaign.events[0])["signer_title"] == "CHỦ TỊCH"
