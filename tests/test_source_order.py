"""The plan page prints the document's opening paragraphs in the document's order (issue 16).

The grounds ("Căn cứ ...", "Thực hiện ...") were printed after every other opening
paragraph, so a decision with no Roman sections showed its articles before its grounds.
Expected orders below were read from the source texts, not from the tool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.content.load import load_campaign
from campaign.importers.plan.init import init_from_plan
from campaign.pages import plan as plan_page
from tests.conftest import PLANS

ODD = PLANS / "odd"
CORPUS = PLANS / "corpus"


def _page(source: Path, tmp_path: Path) -> tuple[str, list[str]]:
    folder = init_from_plan(source, tmp_path / "c").folder
    campaign = load_campaign(folder / "campaign.yml")
    markdown = plan_page.render(campaign)
    plan = campaign.plan
    return markdown, [*plan.context, *plan.basis_text, *plan.after_basis]


def _positions(markdown: str, openings: list[str]) -> list[int]:
    found = [markdown.find(opening) for opening in openings]
    assert -1 not in found, list(zip(openings, found, strict=True))
    return found


def test_a_decision_without_sections_prints_its_grounds_first(tmp_path: Path) -> None:
    # tests/plans/odd/quyet-dinh-kon-tum-06.txt, as printed: the five "Căn cứ" paragraphs,
    # "Theo đề nghị của Chánh Văn phòng ...", "QUYẾT ĐỊNH:", then "Điều 1. Ban hành ...".
    markdown, _ = _page(ODD / "quyet-dinh-kon-tum-06.txt", tmp_path)
    openings = [
        "Căn cứ Luật Tổ chức chính quyền địa phương",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật",
        "Căn cứ Luật Công nghệ thông tin",
        "Căn cứ Luật An toàn thông tin mạng",
        "Căn cứ Nghị định số 09/2019/NĐ-CP",
        "Theo đề nghị của Chánh Văn phòng",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này",
    ]
    found = _positions(markdown, openings)
    assert found == sorted(found)


@pytest.mark.parametrize(
    ("source", "openings"),
    [
        # A plan citing a directive, then a ministry letter on its own line, then two
        # paragraphs on the situation (read from the text, lines 14-19).
        (
            CORPUS / "13-kh-165-can-tho-dan-so.txt",
            [
                "Thực hiện Chỉ thị số 27/CT-TTg",
                "Công văn số 6676/BYT-CDS",
                "Sau 8 năm triển khai thực hiện Nghị quyết số 21-NQ/TW",
                "Trên cơ sở các kết quả đạt được",
            ],
        ),
        # The grounds, then the issuing sentence "Ủy ban nhân dân Thành phố ban hành Kế
        # hoạch ... với các nội dung sau:" (it does not end in "như sau:").
        (
            CORPUS / "23-kh-172-hcm-luat-viec-lam.txt",
            [
                "Thực hiện Quyết định số 1850/QĐ-TTg",
                "Ủy ban nhân dân Thành phố ban hành Kế hoạch triển khai thi hành Luật Việc làm",
            ],
        ),
        # A decision approving a plan, with Roman sections: grounds, proposal, articles.
        (
            CORPUS / "03-qd-2530-ttg-o-nhiem-khong-khi.txt",
            [
                "Căn cứ Luật Tổ chức Chính phủ",
                "Căn cứ Quyết định số 450/QĐ-TTg",
                "Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường",
                "QUYẾT ĐỊNH:",
                "Điều 1. Phê duyệt",
            ],
        ),
        # The flagship: the situation first, then "Thực hiện Kế hoạch số 22/KH-UBND".
        (
            PLANS / "000_58355a6700c5ab09.txt",
            ["Năm 2025 là năm có ý nghĩa", "Thực hiện Kế hoạch số 22/KH-UBND"],
        ),
    ],
    ids=lambda value: value.stem if isinstance(value, Path) else "",
)
def test_plans_print_their_opening_in_the_source_order(
    source: Path, openings: list[str], tmp_path: Path
) -> None:
    markdown, _ = _page(source, tmp_path)
    found = _positions(markdown, openings)
    assert found == sorted(found)


@pytest.mark.parametrize(
    "source",
    [
        ODD / "quyet-dinh-kon-tum-06.txt",
        ODD / "quyet-dinh-719-ttg.txt",
        CORPUS / "08-kh-0125-dak-lak-thi-dua-bau-cu.txt",
        CORPUS / "12-kh-0129-dak-lak-nhu-yeu-pham-mua-lu.txt",
        CORPUS / "18-kh-171-hcm-binh-dang-gioi.txt",
        CORPUS / "21-kh-0134-dak-lak-moi-truong-thuy-san.txt",
    ],
    ids=lambda path: path.stem,
)
def test_every_opening_paragraph_keeps_its_place(source: Path, tmp_path: Path) -> None:
    # Whatever the importer keeps of the opening (grounds interleaved with other lines,
    # a wrapped tail "2025”;"), the page prints it in the order of the source text.
    markdown, paragraphs = _page(source, tmp_path)
    # Each paragraph is looked for after the one before it ("2025”;" is also printed
    # earlier): found in the source, then on the page, in that order.
    flat = " ".join(source.read_text(encoding="utf-8-sig").split())
    page = markdown.replace("\\", "")
    in_source = on_page = 0
    for paragraph in paragraphs:
        words = " ".join(paragraph.split())
        in_source = flat.find(words[:40], in_source)
        on_page = page.find(words[:40], on_page)
        assert in_source != -1 and on_page != -1, words
