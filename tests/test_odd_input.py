"""Documents that are not quite plans, given to ``campaign init --from-plan`` (issue 16).

Fast tests on minimal texts; the build over real odd documents (tests/plans/odd) is marked
``build``. What each real document is and where it came from: tests/plans/odd/README.md.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.util
import io
import re
import sys
from pathlib import Path
from types import ModuleType

import docx
import pytest
import yaml

from campaign.broadcast.bulletin import build_bulletins
from campaign.cli import main
from campaign.content.errors import ContentError, Problem
from campaign.content.load import load_campaign
from campaign.importers.plan.facts import read_facts
from campaign.importers.plan.init import init_from_plan
from campaign.importers.plan.parse import ParsedPlan, parse_plan
from campaign.importers.plan.word import docx_text
from campaign.pages import generate_pages
from campaign.pages.plan import roman
from tests.conftest import PLANS, ROOT


def test_sections_past_fifteen_are_numbered() -> None:
    # A plan pasted twice over (or a long one) has more than fifteen Roman sections; the
    # plan page once failed with IndexError at the sixteenth.
    assert [roman(n) for n in (1, 4, 9, 14, 15, 16, 19, 40, 49, 90, 2024)] == [
        "I",
        "IV",
        "IX",
        "XIV",
        "XV",
        "XVI",
        "XIX",
        "XL",
        "XLIX",
        "XC",
        "MMXXIV",
    ]


# A plan written for these tests in the layout of tests/plans/tiem-chung-an-phu.txt.
_PLAN = """ỦY BAN NHÂN DÂN
XÃ AN PHÚ
Số: 12/KH-UBND
An Phú, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Tuyên truyền tiêm chủng mở rộng năm 2024
I. MỤC ĐÍCH
Nâng cao hiểu biết của người dân về tiêm chủng.
II. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế xã chủ trì, tổ chức tiêm chủng trước ngày 30/3/2024.
"""


def _problems(text: str) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        parse_plan(text, "van-ban.txt")
    return caught.value.problems


@pytest.mark.parametrize("kind", ["BÁO CÁO", "NGHỊ QUYẾT", "CHỈ THỊ", "THÔNG BÁO", "TỜ TRÌNH"])
def test_a_document_of_another_kind_stops_at_its_kind_line(kind: str) -> None:
    # A heading inside it that begins with the plan's word ("KẾ HOẠCH 6 THÁNG CUỐI NĂM" in a
    # report) must not make it a plan.
    text = _PLAN.replace("KẾ HOẠCH\n", f"{kind}\n").replace(
        "I. MỤC ĐÍCH", "KẾ HOẠCH 6 THÁNG CUỐI NĂM\nI. MỤC ĐÍCH"
    )
    (problem,) = _problems(text)
    assert (problem.file, problem.line) == ("van-ban.txt", 5)
    assert f"văn bản này là {kind.lower()} (dòng “{kind}”), không phải kế hoạch" in problem.message
    # The plan-looking heading is named, so the user knows what to copy out if it is one.
    assert "từ dòng 7 (“KẾ HOẠCH 6 THÁNG CUỐI NĂM”)" in problem.message


def test_a_plan_and_a_decision_issuing_one_are_not_stopped() -> None:
    assert parse_plan(_PLAN, "kh.txt").kind == "Kế hoạch"
    decision = _PLAN.replace("KẾ HOẠCH\n", "QUYẾT ĐỊNH\n", 1)
    assert parse_plan(decision, "qd.txt").kind == "Quyết định"


def test_a_letter_stops_at_its_subject_line() -> None:
    letter = (
        "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 45/UBND-VX\nV/v tuyên truyền tiêm chủng\n"
        "Kính gửi: Trạm Y tế xã.\nỦy ban nhân dân xã đề nghị Trạm Y tế xã tuyên truyền.\n"
    )
    (problem,) = _problems(letter)
    assert (
        problem.line == 4 and "văn bản này là công văn (dòng “V/v tuyên truyền" in problem.message
    )


@pytest.mark.parametrize("data", [b"", b"\n \r\n\t\n", b"\xef\xbb\xbf"])
def test_an_empty_file_is_called_empty(tmp_path: Path, data: bytes) -> None:
    plan_file = tmp_path / "trong.txt"
    plan_file.write_bytes(data)
    with pytest.raises(ContentError) as caught:
        init_from_plan(plan_file, tmp_path / "x")
    (problem,) = caught.value.problems
    assert (problem.file, problem.line) == ("trong.txt", 1)
    assert problem.message.startswith("tệp trống")
    assert not (tmp_path / "x").exists()


def test_a_news_item_or_english_text_asks_for_the_full_text() -> None:
    for text in (
        "UBND xã An Phú vừa ban hành Kế hoạch tuyên truyền tiêm chủng năm 2024.\n",
        "PLAN\nThe commune will hold a vaccination campaign in March.\n",
    ):
        (problem,) = _problems(text)
        assert problem.line == 1 and "cần dòng tên loại văn bản “KẾ HOẠCH”" in problem.message
        assert "cần toàn văn" in problem.message


def _facts(plan: ParsedPlan) -> tuple[object, ...]:
    return (plan.kind, plan.header, plan.number, plan.place, plan.date, plan.title)


def test_a_plan_pasted_from_a_web_page_source_reads_as_the_plain_text() -> None:
    pasted = "\n".join(
        f"<p><span>{html.escape(line).replace(' ', '&nbsp;', 1)}</span></p>" if line else "<br>"
        for line in _PLAN.split("\n")
    )
    plain = parse_plan(_PLAN, "kh.txt")
    read = parse_plan(pasted, "kh.txt")
    assert _facts(read) == _facts(plain)
    assert read.title == "Tuyên truyền tiêm chủng mở rộng năm 2024"
    assert [s.title for s in read.sections] == [s.title for s in plain.sections]


def test_windows_line_endings_and_a_byte_order_mark(tmp_path: Path) -> None:
    plain, windows = tmp_path / "kh.txt", tmp_path / "kh-windows.txt"
    plain.write_text(_PLAN, encoding="utf-8")
    windows.write_bytes(b"\xef\xbb\xbf" + _PLAN.replace("\n", "\r\n").encode("utf-8"))
    a = init_from_plan(plain, tmp_path / "a")
    b = init_from_plan(windows, tmp_path / "b")
    yml_a = (a.folder / "campaign.yml").read_text(encoding="utf-8")
    yml_b = (b.folder / "campaign.yml").read_text(encoding="utf-8")
    assert yml_b.replace("kh-windows.txt", "kh.txt") == yml_a
    assert "\r" not in yml_b and "\ufeff" not in yml_b


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "plan_corpus", ROOT / "scripts" / "plan_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("plan_corpus", module)
    spec.loader.exec_module(module)
    return module


WORD_PLAN = PLANS / "corpus" / "38-kh-bac-cam-ranh-kiem-tra-giam-sat"


def _word_file(text: str) -> bytes:
    """A Word file as a commune's office types this plan: the letterhead and the date in a
    two-column table, the body as paragraphs, recipients and signature in a second table."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    kind_at = lines.index("KẾ HOẠCH")
    footer_at = lines.index("Nơi nhận:")
    signature_at = next(i for i, line in enumerate(lines) if line.startswith("TM. "))
    head = lines[:kind_at]
    left = [line for line in head if not line.startswith(("CỘNG HÒA", "Độc lập", "Bắc Cam"))]
    right = [line for line in head if line not in left]
    document = docx.Document()
    top = document.add_table(rows=1, cols=2)
    for cell, cell_lines in zip(top.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = cell_lines[0]
        for line in cell_lines[1:]:
            cell.add_paragraph(line)
    for line in lines[kind_at:footer_at]:
        document.add_paragraph(line)
    bottom = document.add_table(rows=1, cols=2)
    for cell, cell_lines in zip(
        bottom.rows[0].cells,
        (lines[footer_at:signature_at], lines[signature_at:]),
        strict=True,
    ):
        cell.paragraphs[0].text = cell_lines[0]
        for line in cell_lines[1:]:
            cell.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_file_reads_as_its_text(tmp_path: Path) -> None:
    # The Word copy of a real plan of the corpus; its facts were written by reading it.
    scorer = _scorer()
    facts = yaml.safe_load(WORD_PLAN.with_suffix(".facts.yml").read_text(encoding="utf-8"))
    text = WORD_PLAN.with_suffix(".txt").read_text(encoding="utf-8")
    data = _word_file(text)
    got, _ = scorer.extract(docx_text(data), "ke-hoach.docx")
    wrong = [f for f in scorer.FIELDS if not scorer.CHECKS[f](facts.get(f), got.get(f))]
    assert wrong == []
    # init takes the .docx as it comes, and names it in what it reports.
    plan_file = tmp_path / "kế hoạch (bản Word).docx"
    plan_file.write_bytes(data)
    result = init_from_plan(plan_file, tmp_path / "chien-dich")
    assert "# Báo cáo nhập kế hoạch: kế hoạch (bản Word).docx" in result.report


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 not a zip", "không mở được tệp Word: tệp hỏng hoặc không phải .docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "tệp Word đời cũ (.doc)"),
    ],
)
def test_a_broken_or_old_word_file_is_named(tmp_path: Path, data: bytes, message: str) -> None:
    plan_file = tmp_path / "ke-hoach.doc"
    plan_file.write_bytes(data)
    with pytest.raises(ContentError) as caught:
        init_from_plan(plan_file, tmp_path / "x")
    (problem,) = caught.value.problems
    assert problem.file == "ke-hoach.doc" and problem.message.startswith(message)
    assert not (tmp_path / "x").exists()


# A decision with no plan attached, in the layout of tests/plans/odd/quyet-dinh-kon-tum-06.txt
# (written for this test; it avoids the word "kế hoạch" so any on the pages is the tool's).
_DECISION = """ỦY BAN NHÂN DÂN
XÃ AN PHÚ
Số: 15/QĐ-UBND
An Phú, ngày 05 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc tổ chức Ngày hội tiêm chủng xã An Phú năm 2024
ỦY BAN NHÂN DÂN XÃ AN PHÚ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Tổ chức Ngày hội tiêm chủng tại Trạm Y tế xã.
Điều 2. Trạm Y tế xã chủ trì thực hiện.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def test_a_decision_is_never_called_a_plan_on_the_site(tmp_path: Path) -> None:
    plan_file = tmp_path / "qd.txt"
    plan_file.write_text(_DECISION, encoding="utf-8")
    result = init_from_plan(plan_file, tmp_path / "c")
    campaign = load_campaign(result.folder / "campaign.yml")
    assert campaign.plan.kind == "Quyết định"
    # The decision is the document itself: its number is the document's (it was dropped).
    assert campaign.plan.number == "15/QĐ-UBND"
    pages = generate_pages(campaign, dt.date(2024, 3, 10))
    assert [p.nav_title for p in pages if p.path == "ke-hoach.md"] == ["Quyết định"]
    about = (result.folder / "docs" / "gioi-thieu.md").read_text(encoding="utf-8")
    bulletins = build_bulletins(campaign, [], [], today=dt.date(2024, 3, 10))
    said = [about, *(p.markdown for p in pages), *(str(b) for b in bulletins)]
    assert [text for text in said if re.search("kế hoạch", text, re.IGNORECASE)] == []
    assert any("Quyết định" in text for text in said[1:])


ODD = PLANS / "odd"
# What init does with each real odd document, read from the text (tests/plans/odd/README.md):
# the line of the message when it stops, or the kind word the site uses.
STOPS = {
    "bao-cao-cam-ha-218": (12, "văn bản này là báo cáo (dòng “BÁO CÁO”)"),
    "chi-thi-yen-bai-17-tin": (1, "cần dòng tên loại văn bản"),
    "cong-van-hau-giang-454": (7, "văn bản này là công văn (dòng “V/v tiếp tục"),
    "nghi-quyet-binh-dinh-30": (15, "văn bản này là nghị quyết (dòng “NGHỊ QUYẾT”)"),
    "thong-bao-mam-non-gia-bao": (7, "văn bản này là thông báo (dòng “THÔNG BÁO”)"),
    "tin-dat-do-ke-hoach-15-nam": (1, "cần dòng tên loại văn bản"),
}
SITES = {
    "ke-hoach-bac-ninh-155-bang": "Kế hoạch",
    "ke-hoach-vinh-phuc-90-nam-web": "Kế hoạch",
    "quyet-dinh-719-ttg": "Quyết định",
    "quyet-dinh-kon-tum-06": "Quyết định",
}


def test_every_odd_document_is_expected() -> None:
    files = [p for p in ODD.iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md"]
    assert sorted(p.stem for p in files) == sorted([*STOPS, *SITES])


@pytest.mark.parametrize("name", sorted(STOPS))
def test_odd_documents_that_are_not_plans_stop(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line, words = STOPS[name]
    assert main(["init", "--from-plan", str(ODD / f"{name}.txt"), str(tmp_path / "c")]) == 1
    err = capsys.readouterr().err
    assert f"{name}.txt:{line}: {words}" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # nothing written


@pytest.mark.build
@pytest.mark.parametrize("name", sorted(SITES))
def test_odd_documents_init_then_build(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given as a user would: through a link, from a folder with spaces and Vietnamese letters.
    outside = tmp_path / "văn bản nhận được"
    outside.mkdir()
    (original,) = ODD.glob(f"{name}.*")
    link = outside / f"{name} (bản chép){original.suffix}"
    link.symlink_to(original)
    folder = tmp_path / "chiến dịch"
    assert main(["init", "--from-plan", str(link), str(folder)]) == 0, capsys.readouterr().err
    assert main(["-C", str(folder), "build"]) == 0, capsys.readouterr().err
    err = capsys.readouterr().err
    assert "Traceback" not in err
    # Nothing written outside the campaign folder, nor to the plan.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chiến dịch", "văn bản nhận được"]
    assert [p.name for p in outside.iterdir()] == [link.name]
    kind = SITES[name]
    site = folder / "site"
    page = (site / "ke-hoach" / "index.html").read_text(encoding="utf-8")
    assert f"<title>{kind}: " in page  # the page is titled with the document's kind word
    if name == "quyet-dinh-kon-tum-06":
        # The decision never says "kế hoạch": no page of its site may.
        said = [
            p.relative_to(site).as_posix()
            for p in site.rglob("*")
            if p.suffix in (".html", ".txt", ".xml", ".json", ".ics")
            and "assets" not in p.parts
            and re.search("kế hoạch", p.read_text(encoding="utf-8"), re.IGNORECASE)
        ]
        assert said == []


def test_the_prime_ministers_letterhead_keeps_chinh_phu_capitalised() -> None:
    # tests/plans/odd/quyet-dinh-719-ttg.txt: "THỦ TƯỚNG CHÍNH PHỦ" was "Thủ tướng chính phủ".
    plan = parse_plan((ODD / "quyet-dinh-719-ttg.txt").read_text(encoding="utf-8"), "qd.txt")
    assert read_facts(plan).data["plan"]["issuer"] == "Thủ tướng Chính phủ"


def test_a_plan_typed_all_in_capitals_keeps_its_facts() -> None:
    # Corpus plan 39 with every line in capitals: the facts written by reading it still
    # hold, letter case aside; the signer's name, in capitals under the position, is found.
    scorer = _scorer()
    stem = PLANS / "corpus" / "39-kh-617-dong-thap-chuyen-doi-so-doanh-nghiep"
    facts = yaml.safe_load(stem.with_suffix(".facts.yml").read_text(encoding="utf-8"))
    text = stem.with_suffix(".txt").read_text(encoding="utf-8").upper()
    got, _ = scorer.extract(text, "caps.txt")
    assert got["issuer"] == facts["issuer"]
    assert (got["number"], got["date"]) == (facts["number"], facts["date"])
    assert got["signer"] == {k: (v or "").upper() or None for k, v in facts["signer"].items()}
    assert got["recipients"] == facts["recipients"]
