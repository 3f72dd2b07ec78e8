"""The social set and share cards: campaign palette, readable sender line, safe zones.

Issue 20 item 5. Every figure is measured on full-size rendered pixels.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops

from campaign.media import Format, Layout, render
from campaign.media.ogcard import page_card

from .conftest import TEXTS

SOCIAL = ("mxh-og", "mxh-vuong", "mxh-doc", "mxh-story", "mxh-zalo")
RED, GOLD = (0xBE, 0x0F, 0x2A), (0xFF, 0xDE, 0x00)
# Senders as the kit writes them: the short issuer, a longer unit name.
SENDERS = ("UBND huyện Văn Quan", "Trung tâm Y tế huyện Văn Quan")


def _ink(full: Image.Image, bare: Image.Image) -> Image.Image:
    """A mask of the pixels that differ between two renders (anti-aliasing ignored)."""
    diff = ImageChops.difference(full.convert("RGB"), bare.convert("RGB")).convert("L")
    return diff.point(lambda v: 255 if v > 60 else 0)


def _x_height(mask: Image.Image) -> int:
    """The x-height of one line of mixed-case text, in pixels.

    Rows between baseline and x-height carry ink from every letter; rows above
    carry only capitals, ascenders and marks. The dense band is the x-height.
    """
    w, h = mask.size
    data = mask.tobytes()
    rows = [data[y * w : (y + 1) * w].count(255) for y in range(h)]
    peak = max(rows)
    dense = [y for y, n in enumerate(rows) if n >= 0.6 * peak]
    return max(dense) - min(dense) + 1


@pytest.mark.parametrize("format_id", SOCIAL)
def test_social_images_use_the_print_palette(
    formats: dict[str, Format], layouts: dict[str, Layout], format_id: str
) -> None:
    fmt = formats[format_id]
    image = render(fmt, layouts[fmt.layout], TEXTS).convert("RGB")
    assert image.getpixel((2, 2)) == RED
    # The slogan is set in the print set's gold.
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20) or []}
    assert GOLD in colours


@pytest.mark.parametrize("format_id", SOCIAL)
@pytest.mark.parametrize("sender", SENDERS)
def test_sender_line_is_readable_on_a_phone(
    formats: dict[str, Format], layouts: dict[str, Layout], format_id: str, sender: str
) -> None:
    fmt = formats[format_id]
    layout = layouts[fmt.layout]
    full = render(fmt, layout, {**TEXTS, "footer": sender})
    bare = render(fmt, layout, {k: v for k, v in TEXTS.items() if k != "footer"})
    assert 1000 <= full.width <= 1200
    # At least 28 px x-height on a 1080 px wide image (the finding measured 11 px).
    assert _x_height(_ink(full, bare)) >= 28, format_id


def _clear(image: Image.Image, empty: Image.Image, box: tuple[int, int, int, int]) -> bool:
    return _ink(image.crop(box), empty.crop(box)).getbbox() is None


@pytest.mark.parametrize("format_id", SOCIAL)
def test_text_keeps_out_of_the_apps_zones(
    formats: dict[str, Format], layouts: dict[str, Layout], format_id: str
) -> None:
    fmt = formats[format_id]
    layout = layouts[fmt.layout]
    image = render(fmt, layout, TEXTS)
    empty = render(fmt, layout.model_copy(update={"layers": []}), {})
    w, h = image.size
    if format_id == "mxh-story":
        # The account name over the top 250 px, the reply bar over the bottom 340 px.
        top, bottom = 250, 340
    else:
        top = bottom = round(0.05 * h)
    side = round(0.05 * w)
    for box in ((0, 0, w, top), (0, h - bottom, w, h), (0, 0, side, h), (w - side, 0, w, h)):
        assert _clear(image, empty, box), f"{format_id}: ink in {box}"


def test_zalo_image_is_sharp_on_phones(formats: dict[str, Format]) -> None:
    # Twice Zalo's 500 × 320 slot, for screens of two device pixels per point.
    assert formats["mxh-zalo"].geometry().size == (1000, 640)


def test_share_card_survives_a_long_site_name(tmp_path: Path) -> None:
    """A sender too long to set large is left out, never set small nor a crash."""
    long_name = "Cổng thông tin chiến dịch kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam huyện Văn Quan"
    card = page_card("Lễ mít tinh", "Tin tức", long_name, tmp_path)
    short = page_card("Lễ mít tinh", "Tin tức", "UBND huyện Văn Quan", tmp_path)
    with Image.open(card) as a, Image.open(short) as b:
        assert a.size == b.size == (1200, 630)
        assert a.convert("RGB").getpixel((2, 2)) == RED
