"""Print PDFs as a shop's preflight reads them: boxes, fonts, text, colours, marks.

Expected sizes are computed here from the format data (millimetres to points),
not read back from the writer.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject

from campaign.media import Format, Layout, compose
from campaign.media.emblem import Badge
from campaign.media.pdf import FOLD_INSET_MM, MARK_MM, Page, cmyk, folds_mm, write_pdf

from .conftest import TEXTS, URL

BADGE = Badge("70", "NĂM", "1955 - 2025")
PRINT = [
    "bang-ron-5m",
    "co-phuon",
    "pano-3x1-5",
    "ap-phich-a0",
    "ap-phich-a3",
    "to-roi-a4",
    "thiep-moi-a5",
]


def pt(mm: float) -> float:
    return mm * 72 / 25.4


def _write(formats: dict[str, Format], layouts: dict[str, Layout], fid: str, path: Path) -> Path:
    fmt = formats[fid]
    # Small renders keep the test fast; boxes come from millimetres, whatever the scale.
    scale = 0.05 if fmt.kind in {"banner", "flag", "billboard"} else 0.3
    display, _ = compose(fmt, layouts[fmt.layout], TEXTS, qr_url=URL, emblem=BADGE, scale=scale)
    pages = [Page(display, fmt, tuple(folds_mm(fmt, outside=True)))]
    if fmt.verso:
        back = formats[fmt.verso]
        inside, _ = compose(
            back, layouts[back.layout], TEXTS, qr_url=URL, emblem=BADGE, scale=scale
        )
        pages.append(Page(inside, back, tuple(folds_mm(back, outside=False))))
    return write_pdf(pages, path, title=f"{fmt.name}: thử", author="Ủy ban nhân dân huyện Thử")


def _box(page: PageObject, name: str) -> tuple[float, float, float, float]:
    box = getattr(page, name)
    return (float(box.left), float(box.bottom), float(box.right), float(box.top))


def _content(page: PageObject) -> str:
    contents = page.get_contents()
    assert contents is not None
    return contents.get_data().decode("latin-1")


@pytest.mark.parametrize("fid", PRINT)
def test_boxes_match_the_format(
    formats: dict[str, Format], layouts: dict[str, Layout], tmp_path: Path, fid: str
) -> None:
    fmt = formats[fid]
    assert fmt.width_mm and fmt.height_mm
    reader = PdfReader(_write(formats, layouts, fid, tmp_path / "x.pdf"))
    page = reader.pages[0]
    w, h, bleed, mark = fmt.width_mm, fmt.height_mm, fmt.bleed_mm, MARK_MM
    media = _box(page, "mediabox")
    assert media[2] == pytest.approx(pt(w + 2 * bleed + 2 * mark), abs=0.01)
    assert media[3] == pytest.approx(pt(h + 2 * bleed + 2 * mark), abs=0.01)
    trim = _box(page, "trimbox")
    edge = pt(bleed + mark)
    assert trim == pytest.approx((edge, edge, edge + pt(w), edge + pt(h)), abs=0.01)
    bleed_box = _box(page, "bleedbox")
    assert bleed_box == pytest.approx(
        (pt(mark), pt(mark), pt(mark + 2 * bleed + w), pt(mark + 2 * bleed + h)), abs=0.01
    )
    assert reader.metadata is not None
    assert reader.metadata.title == f"{fmt.name}: thử"
    assert reader.metadata.author == "Ủy ban nhân dân huyện Thử"


def _fonts(page: PageObject) -> list[DictionaryObject]:
    resources = page["/Resources"]
    fonts = resources.get_object()["/Font"].get_object()  # type: ignore[index]
    return [fonts[name].get_object() for name in fonts]


@pytest.mark.parametrize(
    ("fid", "slot"),
    [
        ("ap-phich-a3", "slogan"),
        ("to-roi-a4", "slogan"),
        ("bang-ron-5m", "slogan"),
        ("thiep-moi-a5", "event"),
    ],
)
def test_fonts_embedded_subset_and_text_is_live(
    formats: dict[str, Format], layouts: dict[str, Layout], tmp_path: Path, fid: str, slot: str
) -> None:
    reader = PdfReader(_write(formats, layouts, fid, tmp_path / "x.pdf"))
    for page in reader.pages:
        fonts = _fonts(page)
        assert fonts
        for font in fonts:
            name = str(font["/BaseFont"])
            # A subset carries a six-letter tag; the font file itself is in the PDF.
            assert re.fullmatch(r"/[A-Z]{6}\+BeVietnamPro-\w+", name), name
            descriptor = font["/FontDescriptor"].get_object()
            assert isinstance(descriptor, DictionaryObject)
            assert "/FontFile2" in descriptor, name
    text = " ".join(reader.pages[0].extract_text().split())
    assert unicodedata.is_normalized("NFC", text)
    # Diacritics whole: the text as typed, not look-alike glyphs (layouts may set capitals).
    # A separating dash is dropped where the line breaks (campaign/media/phrases.py),
    # so words are compared without lone dashes.
    said = " ".join(w for w in TEXTS[slot].split() if w not in {"-", "–"})
    assert said.casefold() in " ".join(w for w in text.split() if w not in {"-", "–"}).casefold()


@pytest.mark.slow
def test_leaflet_is_two_pages_with_folds_where_computed(
    formats: dict[str, Format], layouts: dict[str, Layout], tmp_path: Path
) -> None:
    fmt = formats["to-roi-a4"]
    assert fmt.verso == "to-roi-a4-trong" and fmt.width_mm == 297
    reader = PdfReader(_write(formats, layouts, "to-roi-a4", tmp_path / "x.pdf"))
    assert len(reader.pages) == 2
    # Letter fold of 297 mm: two panels of (297 + 2) / 3 mm, the flap folding in 2 mm narrower.
    full = (297 + FOLD_INSET_MM) / 3
    expected = {0: [full - 2, 2 * full - 2], 1: [full, 2 * full]}
    inside_text = " ".join(reader.pages[1].extract_text().split())
    assert "Tổ chức các hoạt động về nguồn" in inside_text
    left = pt(MARK_MM + fmt.bleed_mm)
    for index, page in enumerate(reader.pages):
        dashed = re.search(r"\[2 2\] 0 d(.*?)\[\] 0 d", _content(page), re.S)
        assert dashed, "no fold marks"
        xs = sorted({round(float(m), 2) for m in re.findall(r"([\d.]+) [\d.]+ m", dashed[1])})
        assert xs == pytest.approx([left + pt(f) for f in expected[index]], abs=0.02)
        # Above and below the sheet, outside the bleed: never on the printed area.
        bleed_box = _box(page, "bleedbox")
        ys = [float(y) for y in re.findall(r"[\d.]+ ([\d.]+) [ml]", dashed[1])]
        assert all(y > bleed_box[3] or y < bleed_box[1] for y in ys)


def test_crop_marks_stay_outside_the_bleed(
    formats: dict[str, Format], layouts: dict[str, Layout], tmp_path: Path
) -> None:
    reader = PdfReader(_write(formats, layouts, "ap-phich-a3", tmp_path / "x.pdf"))
    page = reader.pages[0]
    x0, y0, x1, y1 = _box(page, "bleedbox")
    segments = re.findall(r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", _content(page))
    assert len(segments) == 8  # two at each corner
    for coords in segments:
        ax, ay, bx, by = (float(v) for v in coords)
        for x, y in ((ax, ay), (bx, by)):
            assert not (x0 <= x <= x1 and y0 <= y <= y1), (x, y)
    trim = _box(page, "trimbox")
    # Each mark lies on a trim line.
    for coords in segments:
        ax, ay, bx, by = (round(float(v), 2) for v in coords)
        on = ay == by and round(ay, 1) in {round(trim[1], 1), round(trim[3], 1)}
        on = on or (ax == bx and round(ax, 1) in {round(trim[0], 1), round(trim[2], 1)})
        assert on, coords


@pytest.mark.slow
def test_offset_formats_are_cmyk_with_pure_black_text_large_formats_rgb(
    formats: dict[str, Format], layouts: dict[str, Layout], tmp_path: Path
) -> None:
    # Near-black greys (#1F1F1F body text, #1A1A1A QR modules) print on the black plate only.
    assert cmyk((0x1F, 0x1F, 0x1F)) == (0, 0, 0, 1)
    assert cmyk((0x1A, 0x1A, 0x1A)) == (0, 0, 0, 1)
    assert cmyk((255, 255, 255)) == (0, 0, 0, 0)
    # The campaign red #BE0F2A: K = 1 - 190/255, M = (1 - 15/255 - K) / (1 - K) …
    assert cmyk((0xBE, 0x0F, 0x2A)) == (0, 0.92, 0.78, 0.25)
    assert cmyk((0xFF, 0xDE, 0x00)) == (0, 0.13, 1, 0)
    leaflet = PdfReader(_write(formats, layouts, "to-roi-a4", tmp_path / "l.pdf"))
    inside = _content(leaflet.pages[1])
    assert " rg" not in inside and " RG" not in inside, "RGB in an offset file"
    # Body text of the inside (#1F1F1F in the layout) is set in K only.
    assert re.search(r"0 0 0 1 k\s+BT", inside)
    banner = PdfReader(_write(formats, layouts, "bang-ron-5m", tmp_path / "b.pdf"))
    assert " k\n" not in _content(banner.pages[0]) and " rg" in _content(banner.pages[0])


def test_same_inputs_same_bytes(
    formats: dict[str, Format], layouts: dict[str, Layout], tmp_path: Path
) -> None:
    a = _write(formats, layouts, "thiep-moi-a5", tmp_path / "a.pdf").read_bytes()
    b = _write(formats, layouts, "thiep-moi-a5", tmp_path / "b.pdf").read_bytes()
    assert a == b
