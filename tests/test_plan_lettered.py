"""Plans whose sections are lettered in capitals ("A. MỤC ĐÍCH", "B. NỘI DUNG", "C. PHÂN
CÔNG NHIỆM VỤ") and have no Roman ones: the letters are the sections, and what they hold
is read as under Roman sections (purposes, activities). The real plan is corpus 46 (the
Youth Union of THPT Kim Liên, its facts file gives the source); the others are written
for the rule in the shape of school and Youth Union plans."""

from __future__ import annotations

import textwrap
from pathlib import Path

from campaign.broadcast.bulletin import project_bulletins
from campaign.importers.plan.facts import Facts, read_facts
from campaign.importers.plan.init import init_from_plan
from campaign.importers.plan.parse import parse_plan
from campaign.pages.plan import section_label
from campaign.project import load_project
from tests.conftest import PLANS

KIM_LIEN = PLANS / "corpus" / "46-kh-kim-lien-doan-truong-35-nam.txt"


def _read(text: str) -> Facts:
    return read_facts(parse_plan(textwrap.dedent(text).lstrip("\n"), "ke-hoach.txt"))


def test_corpus_46_is_read_in_its_three_parts() -> None:
    facts = read_facts(parse_plan(KIM_LIEN.read_text(encoding="utf-8"), KIM_LIEN.name))
    plan = facts.data["plan"]
    assert plan["numbering"] == "A."
    assert [s["title"] for s in plan["sections"]] == ["MỤC ĐÍCH", "NỘI DUNG", "PHÂN CÔNG NHIỆM VỤ"]
    # "A. MỤC ĐÍCH:Để thiết thực …": the text after the heading's colon is the section's.
    assert plan["sections"][0]["body"][0].startswith("Để thiết thực hướng tới Đại lễ 1000 năm")
    assert plan["title"] == "THAM GIA CHƯƠNG TRÌNH LỄ KỈ NIỆM 35 NĂM THÀNH LẬP TRƯỜNG THPT KIM LIÊN"
    # "I, Gian hàng:", "II, Giao lưu với cựu học sinh:", "III, Đêm hội Kim Liên:" under B.
    activities = facts.data["activities"]
    assert [a["name"] for a in activities] == [
        "Gian hàng",
        "Giao lưu với cựu học sinh",
        "Đêm hội Kim Liên",
    ]
    # When each takes place, as the plan labels it; a registration's or a casting's day
    # ("Thời gian casting các đội chơi Chung kết: từ 14h00 ngày 1/11/2009") and the
    # month of the MCs' contest are not the night's.
    assert activities[1]["when_text"] == "15h00 đến 16h30 ngày 14/11/2009 tại Sân trường"
    assert "when_text" not in activities[0]
    assert "when_text" not in activities[2]
    # "Ban tổ chức chương trình gồm: Cố vấn Đoàn, …" says who organises: no unit.
    assert "units" not in facts.data
    # The contest's rounds ("1- Chào hỏi:") are parts of the night, not sections.
    night = plan["sections"][1]["parts"][2]
    assert [p["title"] for p in night["parts"]] == ["Chào hỏi:", "Tài năng:", "Ý tưởng sáng tạo:"]


def test_corpus_46_composes_its_activities(tmp_path: Path) -> None:
    folder = tmp_path / "chien-dich"
    init_from_plan(KIM_LIEN, folder)
    project = load_project(folder, today="2009-10-20")
    plan = next(b for b in project_bulletins(project) if b.id == "ke-hoach")
    assert plan.paragraphs[1:5] == [
        "Các nội dung chính của Kế hoạch gồm:",
        "Một là, gian hàng.",
        "Hai là, giao lưu với cựu học sinh.",
        "Ba là, đêm hội Kim Liên.",
    ]


def test_lettered_sections_with_numbered_parts() -> None:
    facts = _read(
        """
        ĐOÀN TNCS HỒ CHÍ MINH
        BCH ĐOÀN XÃ TÂN LẬP
        KẾ HOẠCH
        Tổ chức Ngày hội thanh niên với văn hóa giao thông năm 2025
        A. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        - Nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông trong đoàn viên,
        thanh niên.
        2. Yêu cầu
        - Các chi đoàn tham gia đầy đủ, đúng thành phần.
        B. NỘI DUNG
        1. Tổ chức diễu hành cổ động từ ngày 10/5/2025 đến ngày 11/5/2025.
        2. Tổ chức hội thi tìm hiểu Luật Giao thông đường bộ.
        C. TỔ CHỨC THỰC HIỆN
        Các chi đoàn thôn xây dựng kế hoạch cụ thể.
        """
    )
    plan = facts.data["plan"]
    assert plan["numbering"] == "A."
    assert [s["title"] for s in plan["sections"]] == [
        "MỤC ĐÍCH, YÊU CẦU",
        "NỘI DUNG",
        "TỔ CHỨC THỰC HIỆN",
    ]
    assert plan["purposes"] == [
        "Nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông trong đoàn "
        "viên, thanh niên."
    ]
    activities = facts.data["activities"]
    assert [a["name"][:25] for a in activities] == [
        "Tổ chức diễu hành cổ động",
        "Tổ chức hội thi tìm hiểu ",
    ]
    assert activities[0]["when"] == {"start": "10/05/2025", "end": "11/05/2025"}


def test_letters_that_name_no_section_are_no_sections() -> None:
    # A lettered list of people, or letters out of order, cuts nothing.
    for body in (
        "A. NGUYỄN VĂN AN\nB. TRẦN THỊ BÌNH\n",
        "B. NỘI DUNG\nTổ chức hội thi.\nA. MỤC ĐÍCH\nTạo sân chơi.\n",
        "A. Mục đích: tạo sân chơi.\nB. Nội dung: tổ chức hội thi.\n",
    ):
        facts = _read("ĐOÀN TRƯỜNG THCS TÂN LẬP\nKẾ HOẠCH\nTổ chức hội thi năm 2025\n" + body)
        assert "sections" not in facts.data["plan"], body


def test_the_plans_page_labels_lettered_sections() -> None:
    assert [section_label("A.", n) for n in (1, 2, 3)] == ["A.", "B.", "C."]
    assert section_label("I.", 2) == "II."
    assert section_label("1.", 2) == "2."
