"""The campaign theme's data and assets: contacts, the header band, icons, colours.

Fast: nothing here builds a site (the build tests look at the pages).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from campaign.content.errors import ContentError
from campaign.content.load import load_campaign
from campaign.media.emblem import Badge
from campaign.media.icons import GOLD, ICONS, RED, site_icons
from campaign.pages.masthead import masthead
from tests.conftest import MINIMAL, ROOT

Write = Callable[[str], Path]
CSS = ROOT / "campaign" / "assets" / "campaign.css"
TEMPLATES = ROOT / "campaign" / "assets" / "templates"


def _with_contact(contact: str) -> str:
    block = "  contact:\n" + "".join(f"    {line}\n" for line in contact.splitlines())
    return MINIMAL.replace("theme: ", block + "theme: ", 1)


def test_contacts_are_read_and_shown_with_the_issuer(write_campaign: Write) -> None:
    campaign = load_campaign(
        write_campaign(
            _with_contact(
                "unit: tram-y-te\n"
                "address: Thôn Bản Chu, xã Thử\n"
                "phone: (0205) 3830 123\n"
                "email: tramyte.xathu@langson.gov.vn\n"
                "person: Nguyễn Văn A, Trưởng Trạm\n"
            )
        )
    )
    head = masthead(campaign)
    assert head.issuer == "Ủy ban nhân dân xã Thử"
    assert head.unit == "Trạm Y tế xã Thử"
    assert head.address == "Thôn Bản Chu, xã Thử"
    assert head.phone == "(0205) 3830 123"
    assert head.phone_uri == "tel:02053830123"
    assert head.email == "tramyte.xathu@langson.gov.vn"
    assert head.person == "Nguyễn Văn A, Trưởng Trạm"


def test_without_contacts_only_the_issuer_is_shown(write_campaign: Write) -> None:
    head = masthead(load_campaign(write_campaign(MINIMAL)))
    assert head.issuer == "Ủy ban nhân dân xã Thử"
    assert (head.unit, head.address, head.phone, head.email, head.person) == ("",) * 5
    assert head.phone_uri == ""


def test_a_publisher_replaces_the_plan_issuer_and_an_international_phone_keeps_its_plus(
    write_campaign: Write,
) -> None:
    text = _with_contact("publisher: Trạm Y tế xã Thử\nunit: tram-y-te\nphone: +84 205 3830 123")
    head = masthead(load_campaign(write_campaign(text)))
    assert head.issuer == "Trạm Y tế xã Thử"
    assert head.unit == ""  # the same body is not named twice
    assert head.phone_uri == "tel:+842053830123"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("phone", "0205-38"),  # 6 digits
        ("phone", "gọi 0205 3830 123"),
        ("phone", "0205 3830 123 <b>"),
        ("phone", "1234567890123456"),  # 16 digits
        ("email", "tramyte.langson.gov.vn"),
        ("email", "a b@langson.gov.vn"),
        ("email", 'x"@x.vn'),
        ("email", "tramyte@localhost"),
    ],
)
def test_a_bad_phone_or_email_is_a_located_error(
    write_campaign: Write, field: str, value: str
) -> None:
    text = _with_contact(f"unit: tram-y-te\n{field}: '{value}'")
    with pytest.raises(ContentError) as info:
        load_campaign(write_campaign(text), display="campaign.yml")
    found = [str(p) for p in info.value.problems]
    assert len(found) == 1, found
    wording = "số điện thoại" if field == "phone" else "thư điện tử"
    # The contact block starts on line 5 of the scratch file: unit, then the field.
    assert found[0].startswith(f"campaign.yml:7: site.contact.{field}: "), found
    assert wording in found[0], found


def test_both_bad_fields_are_reported_at_once(write_campaign: Write) -> None:
    text = _with_contact("phone: '12'\nemail: 'x'")
    with pytest.raises(ContentError) as info:
        load_campaign(write_campaign(text), display="campaign.yml")
    fields = sorted(p.field for p in info.value.problems)
    assert fields == ["site.contact.email", "site.contact.phone"]


def _png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize("emblem", [Badge("70", "NĂM", "1955 - 2025"), None])
def test_icons_are_square_pngs_in_the_kit_red_with_gold(emblem: Badge | None) -> None:
    icons = site_icons(emblem)
    assert set(icons) == set(ICONS)
    for name, data in icons.items():
        image = _png(data).convert("RGB")
        assert image.size == (ICONS[name], ICONS[name])
        colours = image.getcolors(image.width * image.height) or []
        by_count = sorted(colours, reverse=True)
        assert by_count[0][1] == RED  # the field
        # Gold is drawn on it (the rings, the number): pixels close to the kit's gold.
        near_gold = sum(
            n for n, c in colours if all(abs(a - b) < 40 for a, b in zip(c, GOLD, strict=True))
        )
        assert near_gold > image.width  # more than a stray pixel


def test_a_logo_file_is_shown_on_white(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (40, 20), (0, 90, 160, 255)).save(logo)
    image = _png(site_icons(logo)["apple-touch-icon.png"]).convert("RGB")
    assert image.getpixel((90, 90)) == (0, 90, 160)  # the logo in the middle
    assert image.getpixel((90, 20)) == (255, 255, 255)  # white around it, not red


def test_icons_are_kept_and_drawn_again_only_when_their_emblem_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from campaign.media import icons as icons_module

    drawn: list[int] = []
    real = icons_module._draw

    def counting(emblem: Any, side: int) -> Image.Image:
        drawn.append(side)
        return real(emblem, side)

    monkeypatch.setattr(icons_module, "_draw", counting)
    cache = tmp_path / "icons"
    badge = Badge("70", "NĂM", "1955 - 2025")
    first = site_icons(badge, cache)
    assert first == site_icons(badge), "kept or not, the same bytes"
    drawn.clear()
    assert site_icons(badge, cache) == first and drawn == []
    other = site_icons(Badge("06", "CT", "2023"), cache)
    assert other != first and len(drawn) == len(ICONS)
    for kept in cache.rglob("favicon.png"):
        kept.unlink()  # a file removed: drawn again
    drawn.clear()
    assert site_icons(badge, cache) == first and len(drawn) == len(ICONS)
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (40, 20), (0, 90, 160, 255)).save(logo)
    blue = site_icons(logo, cache)
    Image.new("RGBA", (40, 20), (0, 160, 90, 255)).save(logo)  # the same file, redrawn
    green = site_icons(logo, cache)
    assert green != blue and green == site_icons(logo)


def _hex(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")[:6]
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(_hex(a)), _luminance(_hex(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def _variables() -> dict[str, str]:
    root = re.search(r":root \{(.*?)\}", CSS.read_text(encoding="utf-8"), re.S)
    assert root is not None
    return dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{6})\b", root[1]))


# Text colour on background, as the theme pairs them (campaign.css).
PAIRS = [
    ("--md-primary-bg-color", "--md-primary-fg-color"),  # header, tabs, buttons
    ("--md-primary-bg-color", "--md-primary-fg-color--dark"),  # the band, the hero
    ("--cp-gold", "--md-primary-fg-color"),  # active tab, hero date
    ("--cp-gold", "--md-primary-fg-color--dark"),  # the issuer in the band
    ("--md-typeset-a-color", "#ffffff"),  # links in text
    ("--md-accent-fg-color", "#ffffff"),  # links hovered
    ("--md-primary-fg-color--dark", "--cp-gold-soft"),  # profile placeholder
    ("#000000de", "--cp-gold-soft"),  # a note's title (Material's text colour)
    ("#ffffff", "#2b0a10"),  # footer text
    ("--cp-gold", "#2b0a10"),  # footer links
]


@pytest.mark.parametrize(("text", "background"), PAIRS)
def test_theme_colours_meet_wcag_aa(text: str, background: str) -> None:
    colours = _variables()
    pair = [colours[c] if c.startswith("--") else c for c in (text, background)]
    assert contrast(*pair) >= 4.5, pair


def test_the_palette_is_the_kit_red_and_gold() -> None:
    colours = _variables()
    assert _hex(colours["--md-primary-fg-color"]) == RED
    assert _hex(colours["--cp-gold"]) == GOLD


def test_templates_escape_every_campaign_text() -> None:
    """Contacts reach the templates as plain text: each print of one is escaped."""
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for printed in re.findall(r"\{\{\s*(masthead\.[\w.]+[^}]*)\}\}", text):
            assert "| e" in printed, (path.name, printed)


def test_no_inline_script_or_style_in_the_theme_templates() -> None:
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "<style" not in text and " style=" not in text, path.name
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), path.name
