"""What a plan lists that is no activity. A propaganda plan's topics ("II. NỘI DUNG
TUYÊN TRUYỀN") and channels ("III. HÌNH THỨC TUYÊN TRUYỀN") are what it tells people
about and how; a meeting's order of business ("NỘI DUNG, TRÌNH TỰ, THỦ TỤC") is its
steps. Announced under "Các hoạt động chính của Kế hoạch gồm:", "Một là, tầm vóc, ý
nghĩa lịch sử …" would be heard as something that takes place. The propaganda plan is
written for the rule in the shape of commune plans (tests/plans/written/README.md)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from campaign.broadcast.bulletin import project_bulletins
from campaign.importers.plan.facts import Facts, read_facts
from campaign.importers.plan.init import init_from_plan
from campaign.importers.plan.parse import parse_plan
from campaign.project import load_project
from tests.conftest import PLANS

WRITTEN = PLANS / "written" / "tuyen-truyen-topics.txt"


def _read(text: str) -> Facts:
    return read_facts(parse_plan(textwrap.dedent(text).lstrip("\n"), "ke-hoach.txt"))


def test_topics_and_channels_are_read_as_such() -> None:
    facts = read_facts(parse_plan(WRITTEN.read_text(encoding="utf-8"), WRITTEN.name))
    assert "activities" not in facts.data
    assert facts.data["topics"] == [
        "Tầm vóc, ý nghĩa lịch sử của Cách mạng tháng Tám năm 1945 và sự ra đời của nước "
        "Việt Nam Dân chủ Cộng hòa",
        "Những thành tựu to lớn của đất nước sau 80 năm xây dựng và bảo vệ Tổ quốc",
        "Những kết quả đạt được trong phát triển kinh tế - xã hội của xã từ đầu nhiệm kỳ đến nay",
        "Gương người tốt, việc tốt trong các phong trào thi đua yêu nước",
    ]
    assert facts.data["channels"] == [
        "Tuyên truyền trên hệ thống đài truyền thanh xã, mỗi ngày hai buổi sáng và chiều",
        "Tuyên truyền trực quan: treo cờ Tổ quốc, băng rôn, khẩu hiệu tại trụ sở các cơ "
        "quan và khu dân cư",
    ]
    assert "4 nội dung tuyên truyền (không phải hoạt động)" in facts.found
    # The sections stay as the plan wrote them, for the plan's page.
    titles = [s["title"] for s in facts.data["plan"]["sections"]]
    assert titles[1:3] == ["NỘI DUNG TUYÊN TRUYỀN", "HÌNH THỨC TUYÊN TRUYỀN"]


def test_the_plan_bulletin_announces_no_topic_as_an_event(tmp_path: Path) -> None:
    folder = tmp_path / "chien-dich"
    init_from_plan(WRITTEN, folder)
    project = load_project(folder, today="2025-08-05")
    plan = next(b for b in project_bulletins(project) if b.id == "ke-hoach")
    assert "nội dung chính" not in plan.reading
    assert "tầm vóc" not in plan.reading.casefold()
    assert "gương người tốt" not in plan.reading.casefold()
    # What the plan is and what it is for are still said.
    assert plan.reading.startswith("Xin giới thiệu Kế hoạch số bốn mươi lăm")
    assert "Mục đích của Kế hoạch:" in plan.reading


def test_one_section_of_both_and_a_section_of_activities() -> None:
    # "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN" with a part of each, then the plan's activities
    # in a section of their own: those are the activities, and only those.
    facts = _read(
        """
        ỦY BAN NHÂN DÂN XÃ HỢP THÀNH
        KẾ HOẠCH
        Tổ chức Tháng hành động vì an toàn thực phẩm năm 2025
        I. MỤC ĐÍCH, YÊU CẦU
        Nâng cao nhận thức của người sản xuất, kinh doanh và người tiêu dùng.
        II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN
        1. Nội dung tuyên truyền
        - Các quy định của pháp luật về an toàn thực phẩm;
        - Tác hại của thực phẩm không bảo đảm an toàn đối với sức khỏe.
        2. Hình thức tuyên truyền
        - Phát thanh trên hệ thống loa của xã và các thôn;
        - Treo băng rôn tại trụ sở Ủy ban nhân dân xã.
        III. NỘI DUNG HOẠT ĐỘNG
        1. Tổ chức lễ phát động Tháng hành động vào ngày 15/4/2025 tại hội trường xã.
        2. Kiểm tra các cơ sở kinh doanh thực phẩm từ ngày 15/4/2025 đến ngày 15/5/2025.
        IV. TỔ CHỨC THỰC HIỆN
        Các thôn phối hợp thực hiện.
        """
    )
    assert facts.data["topics"] == [
        "Các quy định của pháp luật về an toàn thực phẩm",
        "Tác hại của thực phẩm không bảo đảm an toàn đối với sức khỏe",
    ]
    assert facts.data["channels"] == [
        "Phát thanh trên hệ thống loa của xã và các thôn",
        "Treo băng rôn tại trụ sở Ủy ban nhân dân xã",
    ]
    names = [a["name"] for a in facts.data["activities"]]
    assert len(names) == 2
    assert names[0].startswith("Tổ chức lễ phát động Tháng hành động")
    assert names[1].startswith("Kiểm tra các cơ sở kinh doanh thực phẩm")


def test_a_content_section_that_is_no_propaganda_keeps_its_activities() -> None:
    # "NỘI DUNG" alone, or "NỘI DUNG HOẠT ĐỘNG": the parts are what the plan does.
    facts = _read(
        """
        ỦY BAN NHÂN DÂN XÃ HỢP THÀNH
        KẾ HOẠCH
        Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025
        I. MỤC ĐÍCH, YÊU CẦU
        Phát huy sức mạnh khối đại đoàn kết toàn dân tộc.
        II. NỘI DUNG
        1. Tuyên truyền về truyền thống Mặt trận Tổ quốc Việt Nam trên loa truyền thanh.
        2. Tổ chức Ngày hội tại các khu dân cư từ ngày 10/11/2025 đến ngày 18/11/2025.
        """
    )
    assert len(facts.data["activities"]) == 2
    assert "topics" not in facts.data


def test_a_meetings_proceedings_are_no_activities(tmp_path: Path) -> None:
    # Corpus 36: "III. NỘI DUNG, TRÌNH TỰ, THỦ TỤC" lists the conference's order of
    # business ("Hội nghị cử Chủ tọa …", "Hội nghị thảo luận …"). Said as "Các hoạt động
    # chính của Kế hoạch", with "bà con nhân dân tích cực … tham gia các hoạt động", it
    # asked the public to take part in a closed meeting's steps.
    plan36 = PLANS / "corpus" / "36-kh-luong-minh-hiep-thuong-lan-hai.txt"
    facts = read_facts(parse_plan(plan36.read_text(encoding="utf-8"), plan36.name))
    assert "activities" not in facts.data
    titles = [s["title"] for s in facts.data["plan"]["sections"]]
    assert "NỘI DUNG, TRÌNH TỰ, THỦ TỤC" in titles
    folder = tmp_path / "chien-dich"
    init_from_plan(plan36, folder)
    project = load_project(folder, today="2026-01-20")
    plan = next(b for b in project_bulletins(project) if b.id == "ke-hoach")
    assert "nội dung chính" not in plan.reading
    assert "bà con nhân dân" not in plan.reading
    assert "dự kiến tổ chức hội nghị hiệp thương lần thứ hai" in plan.reading


def test_topic_bullets_under_a_label_in_a_content_section() -> None:
    # "II. NỘI DUNG" with no numbered parts lists its work as bullets (corpus 47's
    # shape); bullets under "Nội dung tuyên truyền:" are topics, not work.
    facts = _read(
        """
        ỦY BAN NHÂN DÂN XÃ HỢP THÀNH
        KẾ HOẠCH
        Tuyên truyền phòng, chống sốt xuất huyết năm 2025
        I. MỤC ĐÍCH, YÊU CẦU
        Nâng cao ý thức phòng bệnh của người dân.
        II. NỘI DUNG
        Nội dung tuyên truyền:
        - Các biểu hiện của bệnh sốt xuất huyết;
        - Cách diệt lăng quăng, bọ gậy tại hộ gia đình.
        Hình thức tuyên truyền:
        - Phát trên loa truyền thanh của xã.
        Các việc cần làm:
        - Tổ chức ra quân diệt lăng quăng tại các thôn từ ngày 05/6/2025 đến ngày 07/6/2025;
        - Phun hóa chất tại các ổ dịch.
        """
    )
    assert facts.data["topics"] == [
        "Các biểu hiện của bệnh sốt xuất huyết",
        "Cách diệt lăng quăng, bọ gậy tại hộ gia đình",
    ]
    assert facts.data["channels"] == ["Phát trên loa truyền thanh của xã"]
    names = [a["name"] for a in facts.data["activities"]]
    assert len(names) == 2
    assert names[0].startswith("Tổ chức ra quân diệt lăng quăng")
    assert names[1].startswith("Phun hóa chất tại các ổ dịch")
