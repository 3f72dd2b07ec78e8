"""Plan import, round 7's lettered sections tried on a plan they should not take
(review7): letters inside a section numbered in Arabic numerals."""

from __future__ import annotations

import textwrap

from campaign.importers.plan.facts import read_facts
from campaign.importers.plan.parse import parse_plan

PLAN = """
    UBND XÃ HÒA BÌNH
    Số: 12/KH-UBND
    KẾ HOẠCH
    Tuyên truyền phòng, chống dịch sốt xuất huyết năm 2025

    1. MỤC ĐÍCH, YÊU CẦU
    Nâng cao nhận thức của người dân về phòng, chống sốt xuất huyết.
    2. NỘI DUNG
    A. NỘI DUNG TUYÊN TRUYỀN:
    Các biện pháp diệt lăng quăng, bọ gậy.
    B. HÌNH THỨC TUYÊN TRUYỀN:
    Phát bản tin trên loa hai lần mỗi tuần.
    3. TỔ CHỨC THỰC HIỆN
    Trạm Y tế xã chủ trì.
"""


def test_letters_under_an_arabic_section_are_not_the_plans_sections() -> None:
    # Before: "A." and "B." were taken as the plan's two sections, and its purpose
    # ("1. MỤC ĐÍCH, YÊU CẦU") and who carries it out ("3. TỔ CHỨC THỰC HIỆN") were lost.
    plan = read_facts(parse_plan(textwrap.dedent(PLAN).lstrip("\n"), "ke-hoach.txt")).data["plan"]
    assert plan["numbering"] == "1."
    assert [s["title"] for s in plan["sections"]] == [
        "MỤC ĐÍCH, YÊU CẦU",
        "NỘI DUNG",
        "TỔ CHỨC THỰC HIỆN",
    ]
    assert any("diệt lăng quăng" in b for b in plan["sections"][1]["body"])
