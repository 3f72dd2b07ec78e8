"""The leaflet's imprint line (media.imprint): composed from campaign.yml only,
printed on the back panel at a legible size, as live text in the PDF; what is
missing named field by field, located in campaign.yml."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from campaign.content.errors import ContentError
from campaign.content.model import Imprint
from campaign.media import Format, Layout, compose
from campaign.media.display import TextRun, paint
from campaign.media.emblem import Badge
from campaign.media.fit import using_phrases
from campaign.media.kit import _job_texts, gate, plan_kit
from campaign.media.pdf import Page, folds_mm, write_pdf
from campaign.media.prepress import imprint_missing, imprint_text
from campaign.project import load_project
from tests.conftest import MINIMAL

from .conftest import TEXTS, URL

REAL = "https://truyenthong.vanquan.gov.vn/"
SLOGAN = "slogans:\n  - id: a\n    text: Sức khỏe là vàng\n"
IMPRINT = (
    "media:\n"
    "  imprint:\n"
    "    publisher: Trung tâm Văn hóa, Thể thao và Truyền thông huyện Thử\n"
    "    licence: 12/GP-STTTT\n"
    "    licence_date: 15/01/2025\n"
    "    licensed_by: Sở Thông tin và Truyền thông tỉnh Thử\n"
    "    copies: 2000\n"
    "    printer: Công ty Cổ phần In Thử\n"
    "    printer_address: Số 1 đường Lê Lợi, thành phố Thử\n"
)
FULL = Imprint(
    publisher="Trung tâm Văn hóa, Thể thao và Truyền thông huyện Thử",
    licence="12/GP-STTTT",
    licence_date=dt.date(2025, 1, 15),
    licensed_by="Sở Thông tin và Truyền thông tỉnh Thử",
    copies=2000,
    printer="Công ty Cổ phần In Thử",
    printer_address="Số 1 đường Lê Lợi, thành phố Thử",
)


def project(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    text = text.replace("https://vi-du.example/", REAL)
    (tmp_path / "campaign.yml").write_text(text, encoding="utf-8")
    return load_project(tmp_path)


def test_the_line_says_what_the_campaign_gave_and_nothing_else() -> None:
    text = imprint_text(FULL, "297 × 210 mm")
    assert text == (
        "Xuất bản: Trung tâm Văn hóa, Thể thao và Truyền thông huyện Thử. "
        "Giấy phép xuất bản số 12/GP-STTTT ngày 15/01/2025 của Sở Thông tin và Truyền "
        "thông tỉnh Thử. Số lượng: 2.000 bản, khổ 297 × 210 mm. "
        "In tại Công ty Cổ phần In Thử, Số 1 đường Lê Lợi, thành phố Thử."
    )
    # The optional fields (date, licensing body, size) are left out, never made up.
    bare = FULL.model_copy(update={"licensed_by": None, "licence_date": None, "size": "A4"})
    assert imprint_missing(bare) == []
    line = imprint_text(bare, "297 × 210 mm")
    assert "Giấy phép xuất bản số 12/GP-STTTT. " in line
    assert " của " not in line and " ngày " not in line
    assert "khổ A4." in line


def test_missing_fields_are_named_one_by_one() -> None:
    assert imprint_missing(FULL) == []
    assert imprint_missing(None)[0].field == ""
    # Both lists read (Điều 27 khoản 1; TT 01/2020 Điều 11 khoản 3 điểm b) name the
    # printer's address: without it the line is not complete.
    no_address = FULL.model_copy(update={"printer_address": None})
    assert [lack.field for lack in imprint_missing(no_address)] == ["printer_address"]
    partial = FULL.model_copy(update={"licence": None, "copies": None, "printer": "CẦN ĐIỀN"})
    missing = imprint_missing(partial)
    assert [(m.field, m.absent) for m in missing] == [
        ("licence", True),
        ("copies", True),
        ("printer", False),
    ]
    assert str(missing[-1]).startswith("printer: ")
    assert "số lượng in (copies)" in str(missing[1])


def test_the_leaflet_outside_carries_it_and_only_the_leaflet(tmp_path: Path) -> None:
    p = project(tmp_path, MINIMAL + SLOGAN + IMPRINT)
    jobs, warnings, withheld = gate(p.campaign, plan_kit(p.campaign, p.source, tmp_path), p.source)
    with_line = {j.fmt.id for j in jobs if "imprint" in dict(j.texts)}
    assert with_line == {"to-roi-a4"}
    line = dict(next(j for j in jobs if j.fmt.id == "to-roi-a4").texts)["imprint"]
    assert "12/GP-STTTT ngày 15/01/2025" in line and "khổ 297 × 210 mm" in line
    assert not any("media.imprint" in str(w) for w in warnings)
    assert not any("thông tin xuất bản" in w for w in withheld)


def test_without_it_the_note_is_located_and_the_kit_page_says_what_is_missing(
    tmp_path: Path,
) -> None:
    text = MINIMAL + SLOGAN + IMPRINT.replace("    copies: 2000\n", "")
    p = project(tmp_path, text)
    jobs, warnings, withheld = gate(p.campaign, plan_kit(p.campaign, p.source, tmp_path), p.source)
    assert not any("imprint" in dict(j.texts) for j in jobs)
    assert any(j.fmt.id == "to-roi-a4" for j in jobs)  # a proof to look at, said so
    line = text.splitlines().index("  imprint:") + 1
    notes = [str(w) for w in warnings if "media.imprint" in str(w)]
    assert len(notes) == 1 and notes[0].startswith(f"campaign.yml:{line}: media.imprint:")
    assert "số lượng in (copies)" in notes[0]
    assert any("số lượng in (copies)" in w and "chưa gửi in" in w for w in withheld)
    # No media section at all: the whole imprint is asked for.
    q = project(tmp_path, MINIMAL + SLOGAN)
    _, warnings, withheld = gate(q.campaign, plan_kit(q.campaign, q.source, tmp_path), q.source)
    assert any("media.imprint" in str(w) and "publisher" in str(w) for w in warnings)


def test_a_reminder_left_in_a_field_is_located_on_its_line(tmp_path: Path) -> None:
    text = (
        MINIMAL
        + SLOGAN
        + IMPRINT.replace(
            "    printer_address: Số 1 đường Lê Lợi, thành phố Thử\n",
            "    printer_address: CẦN ĐIỀN\n",
        ).replace("    copies: 2000\n", "")
    )
    p = project(tmp_path, text)
    jobs, warnings, withheld = gate(p.campaign, plan_kit(p.campaign, p.source, tmp_path), p.source)
    assert not any("imprint" in dict(j.texts) for j in jobs)
    lines = text.splitlines()
    notes = sorted(str(w) for w in warnings if w.field.startswith("media.imprint"))
    assert notes == sorted(
        [
            f"campaign.yml:{lines.index('  imprint:') + 1}: media.imprint: tờ rơi in ra chưa có "
            "dòng thông tin xuất bản: thiếu số lượng in (copies)",
            f"campaign.yml:{lines.index('    printer_address: CẦN ĐIỀN') + 1}: "
            "media.imprint.printer_address: tờ rơi in ra chưa có dòng thông tin xuất bản: "
            "còn chữ 'CẦN ĐIỀN'",
        ]
    )
    assert any("printer_address: còn chữ 'CẦN ĐIỀN'" in w for w in withheld)


def test_bad_values_are_located_errors(tmp_path: Path) -> None:
    text = MINIMAL + SLOGAN + IMPRINT.replace("copies: 2000", "copies: 0")
    with pytest.raises(ContentError) as info:
        project(tmp_path, text)
    line = text.splitlines().index("    copies: 0") + 1
    assert f"campaign.yml:{line}: media.imprint.copies" in str(info.value)


def test_in_the_pdf_as_live_text_at_a_legible_size(
    tmp_path: Path, formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt = formats["to-roi-a4"]
    line = imprint_text(FULL, "297 × 210 mm")
    texts = {**TEXTS, "url": "truyenthong.vanquan.gov.vn", "imprint": line}
    display, sizes = compose(
        fmt, layouts[fmt.layout], texts, qr_url=URL, emblem=Badge("70", "NĂM", "1955 - 2025")
    )
    assert fmt.dpi is not None
    size_pt = sizes["imprint"] * 72 / fmt.dpi
    assert 6 <= size_pt <= 9  # legible, and still a small print line
    assert sizes["imprint"] < sizes["url"]
    path = write_pdf(
        [Page(display, fmt, tuple(folds_mm(fmt, outside=True)))],
        tmp_path / "to-roi.pdf",
        title="thử",
        author="thử",
    )
    words = " ".join(PdfReader(path).pages[0].extract_text().split())
    for part in ("12/GP-STTTT", "15/01/2025", "2.000 bản", "Công ty Cổ phần In Thử"):
        assert part in words
    # Drawn on the back panel (the middle third of the outside), near its foot.
    image = paint(display)
    runs = [
        op
        for op in display.ops
        if isinstance(op, TextRun) and op.text.strip() and op.text.strip() in line
    ]
    assert len(runs) >= 3
    # Its phrases are whole: no line ends inside "Giấy phép xuất bản", "Văn hóa", ...
    # (this line broke as "Giấy phép xuất / bản" before they were phrase data).
    joined = " / ".join(run.text.strip() for run in runs)
    for cut in ("Giấy / phép", "phép xuất / bản", "Xuất / bản", "Văn / hóa", "Thể / thao"):
        assert cut not in joined, joined
    for cut in ("Số / lượng", "Công / ty", "Cổ / phần", "Thông / tin"):
        assert cut not in joined, joined
    for run in runs:
        assert run.size * 72 / fmt.dpi >= 6
        assert image.width / 3 < run.x < 2 * image.width / 3
        assert run.baseline > 0.8 * image.height


def test_the_names_of_bodies_stay_whole_on_the_line(tmp_path: Path) -> None:
    """The finding: 'Sở Thông tin / và Truyền thông' (round 3, item 3). The names the
    campaign declares (here the licensing body, the publisher, the printer) are
    phrases for the line breaker, from campaign.yml itself: no list to keep."""
    p = project(tmp_path, MINIMAL + SLOGAN + IMPRINT)
    jobs, _, _ = gate(p.campaign, plan_kit(p.campaign, p.source, tmp_path), p.source)
    job = next(j for j in jobs if j.fmt.id == "to-roi-a4")
    assert "Sở Thông tin và Truyền thông | tỉnh Thử" in job.phrases
    assert "Công ty Cổ phần In Thử" in job.phrases
    texts, ids = _job_texts(job)
    with using_phrases(job.phrases):
        display, _ = compose(
            job.fmt, job.layout, texts, qr_url=job.qr_url, emblem=job.emblem, text_ids=ids
        )
    line = texts["imprint"]
    runs = [op.text.strip() for op in display.ops if isinstance(op, TextRun) and op.text.strip()]
    lines = [r for r in runs if r in line]
    assert len(lines) >= 3 and " ".join(lines) == " ".join(line.split())
    for name in ("Sở Thông tin và Truyền thông tỉnh Thử", "Công ty Cổ phần In Thử"):
        assert any(name in r for r in lines), (name, lines)
    # The publisher's name pauses at its comma; each part stays whole.
    assert any("Thể thao và Truyền thông huyện Thử" in r for r in lines), lines
    # A label keeps its number: no line ends with "Số lượng:" (it did, once names
    # were kept whole and the lines moved).
    assert not any(r.endswith("Số lượng:") for r in lines), lines
