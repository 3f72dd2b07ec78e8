"""Units read from a plan's assigning section: the general rules issue 16 asked for, each on
a minimal text (the corpus in tests/plans/corpus measures them on real plans)."""

from __future__ import annotations

import textwrap
from typing import Any

from campaign.importers.plan.facts import Facts, read_facts
from campaign.importers.plan.facts.units import MAX_UNIT_WORDS, unit_name
from campaign.importers.plan.parse import parse_plan

HEAD = """\
    UBND TỈNH ĐẮK LẮK
    Số: 15/KH-UBND
    Đắk Lắk, ngày 05 tháng 3 năm 2025

    KẾ HOẠCH
    Hỗ trợ nhu yếu phẩm cho Nhân dân vùng lũ

    I. MỤC ĐÍCH
    Bảo đảm đời sống Nhân dân.
"""


def _read(body: str) -> Facts:
    return read_facts(parse_plan(textwrap.dedent(HEAD + body).lstrip("\n"), "ke-hoach.txt"))


def _units(facts: Facts) -> list[str]:
    return [unit["name"] for unit in facts.data.get("units", [])]


def _tasks(facts: Facts) -> list[dict[str, Any]]:
    return [task for a in facts.data["assignments"] for task in a["tasks"]]


def test_a_name_ends_where_its_verb_or_means_start() -> None:
    """'tuân thủ', 'tiên phong', 'mở thêm', 'bằng ...' start what the unit does, not its
    name; 'Cao Bằng' (upper case) is part of a name."""
    assert unit_name("Các cơ sở sản xuất tuân thủ nghiêm các quy định của pháp luật;") == (
        "Các cơ sở sản xuất"
    )
    assert unit_name(
        "Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, dẫn dắt sự phát triển."
    ) == ("Các doanh nghiệp nhà nước, Tổng Công ty")
    assert unit_name(
        "Các cơ sở đào tạo đại học ở các lĩnh vực ngành, nghề mở thêm chuyên ngành đào tạo."
    ) == ("Các cơ sở đào tạo đại học ở các lĩnh vực ngành, nghề")
    assert (
        unit_name(
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng nhiều hình "
            "thức và phương pháp thích hợp, tổ chức tuyên truyền và vận động hội viên."
        )
        == "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh"
    )
    assert unit_name("Ủy ban nhân dân tỉnh Cao Bằng chủ trì thực hiện") == (
        "Ủy ban nhân dân tỉnh Cao Bằng"
    )
    assert unit_name("Ủy ban nhân dân các xã báo cáo kết quả về Sở Y tế") == (
        "Ủy ban nhân dân các xã"
    )
    assert unit_name("Đoàn báo cáo viên cấp tỉnh chủ trì thực hiện") == (
        "Đoàn báo cáo viên cấp tỉnh"
    )


LISTED = (
    "Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Đoàn "
    "đại biểu Quốc hội và HĐND tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Viện kiểm sát "
    "nhân dân tỉnh, Tòa án nhân dân tỉnh, Thuế tỉnh, Kiểm toán nhà nước khu vực II, Kho bạc "
    "nhà nước khu vực XI"
)


def test_a_list_of_bodies_longer_than_one_name_is_one_heading() -> None:
    """A heading listing many bodies runs past the length of one name; it is still the
    plan's unit heading when it is a list of names most of which start like an organ. A
    sentence of the same length is not."""
    assert len(LISTED.split()) > MAX_UNIT_WORDS
    assert unit_name(f"Đề nghị {LISTED} tăng cường công tác bảo vệ bí mật nhà nước.") == (
        f"Đề nghị {LISTED}"
    )
    heading = (
        "Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch, Cổng "
        "Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở:"
    )
    assert len(heading.split()) > MAX_UNIT_WORDS
    assert unit_name(heading) == heading.rstrip(":")
    sentence = (
        "Ban quản lý các khu công nghiệp, các khu kinh tế, các cụm công nghiệp, các làng "
        "nghề trên địa bàn tỉnh cần quan tâm hơn nữa đến việc thu gom, xử lý chất thải rắn, "
        "nước thải, khí thải"
    )
    assert len(sentence.split()) > MAX_UNIT_WORDS
    assert unit_name(sentence) is None


def test_businesses_given_a_numbered_task_are_a_unit() -> None:
    facts = _read(
        """
    II. PHÂN CÔNG NHIỆM VỤ
    1. Sở Công Thương:
    - Chủ trì điều phối nguồn hàng hỗ trợ.
    2. Doanh nghiệp, cộng đồng, tổ chức, cá nhân:
    Quan tâm, đăng ký hỗ trợ nhu yếu phẩm cho Nhân dân.
"""
    )
    assert _units(facts) == ["Sở Công Thương", "Doanh nghiệp, cộng đồng, tổ chức, cá nhân"]


def test_an_emphasised_heading_wrapped_over_three_lines_is_one_unit() -> None:
    """'*2.11.' / 'Đề nghị Ủy ban ... xã hội' / 'trực thuộc*' is one heading; the lettered
    items beside a numbered unit's heading are its tasks, even one that starts with a
    unit's name ('đ) Ủy ban nhân dân các xã, phường phân công ...'); 'Chỉ đạo ...' names no
    unit."""
    facts = _read(
        """
    II. NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM
    1. Nhiệm vụ, giải pháp tổng thể
    Tăng cường sự lãnh đạo của Đảng.
    2. Phân công trách nhiệm
    *2.1. Sở
    Tài chính*

    a) Tham mưu bố trí kinh phí thực hiện.

    *2.2.
    Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội
    trực thuộc*

    - Tuyên truyền, vận động Nhân dân.

    *2.3. Ủy ban nhân dân xã, phường*

    a) Triển khai kế hoạch trên địa bàn.

    b) Chỉ đạo các ban, ngành, đoàn thể chủ động phối hợp với lực lượng Công an.

    c) Ủy ban nhân dân các xã, phường phân công cán bộ theo dõi người cai nghiện.
"""
    )
    assert _units(facts) == [
        "Sở Tài chính",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội trực thuộc",
        "Ủy ban nhân dân xã, phường",
    ]
    tasks = [[t["text"] for t in a["tasks"]] for a in facts.data["assignments"]]
    assert tasks[0] == ["Tham mưu bố trí kinh phí thực hiện."]
    assert len(tasks[2]) == 3 and tasks[2][2].startswith("Ủy ban nhân dân các xã, phường")
    assert unit_name("Chỉ đạo các ban, ngành, đoàn thể chủ động phối hợp") is None


def test_a_unit_named_twice_is_one_unit() -> None:
    """The same unit named again, with or without "các", "cấp" or what qualifies it ("có
    liên quan ..."), is one unit with both tasks; a plain name stays apart from a list
    that starts with it."""
    facts = _read(
        """
    II. TỔ CHỨC THỰC HIỆN
    1. Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường nghiên cứu.
    2. Các sở, ban, ngành tỉnh có liên quan tới Kế hoạch này có trách nhiệm phối hợp thực hiện.
    3. Sở Y tế, Sở Giáo dục và Đào tạo phối hợp tuyên truyền trong trường học.
    4. Sở Y tế chủ trì tổ chức khám sàng lọc.
    5. Ủy ban nhân dân xã, phường bố trí địa điểm.
    6. Ủy ban nhân dân các xã, phường báo cáo kết quả trước ngày 15/12/2025.
"""
    )
    assert _units(facts) == [
        "các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường",
        "Sở Y tế, Sở Giáo dục và Đào tạo",
        "Sở Y tế",
        "Ủy ban nhân dân xã, phường",
    ]
    tasks = [[t["text"][:20] for t in a["tasks"]] for a in facts.data["assignments"]]
    assert len(tasks[0]) == 2 and tasks[0][1].startswith("Các sở, ban, ngành")
    assert [t.get("deadline") for t in facts.data["assignments"][3]["tasks"]] == [
        None,
        "15/12/2025",
    ]
    assert sum("là đơn vị đã nêu" in line for line in facts.check) == 2


def test_a_paragraph_opening_with_its_grounds_names_the_unit_its_heading_does_not() -> None:
    """Under a numbered item that names office holders, not a unit, a paragraph of its own
    that opens with its grounds names the unit ('Căn cứ ..., các bộ, ... xây dựng kế hoạch');
    a line that goes on with the heading's sentence does not ('... phản ánh về' / 'Ủy ban
    nhân dân tỉnh (qua Sở Tư pháp) ...')."""
    facts = _read(
        """
    II. TỔ CHỨC THỰC HIỆN
    1. Sở Tư pháp chủ trì theo dõi việc thực hiện Kế hoạch.
    2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban
    nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thực hiện Kế hoạch.

    Căn cứ Kế hoạch này, các bộ, cơ quan ngang bộ và Ủy ban nhân dân các tỉnh xây dựng kế
    hoạch chi tiết.

    3. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về

    Ủy ban nhân dân tỉnh (qua Sở Tư pháp) để xem xét, giải quyết.
"""
    )
    assert _units(facts) == [
        "Sở Tư pháp",
        "các bộ, cơ quan ngang bộ và Ủy ban nhân dân các tỉnh",
    ]
    assert facts.data["assignments"][1]["tasks"][0]["text"].startswith("Căn cứ Kế hoạch này")


def test_the_section_listing_units_under_headings_is_the_assignment() -> None:
    """Of two sections with assigning titles, the one naming more units is read: here the
    list under "1. Nhiệm vụ của thành viên Ban Chỉ đạo" (a part holding unit headings),
    not the one group a sentence of "TỔ CHỨC THỰC HIỆN" names. "Trách nhiệm của X" is X's
    heading; a colon inside a parenthesis does not end the name; "các xã: A, B" keeps
    which communes; "cơ quan tham mưu" is a name, not a verb."""
    facts = _read(
        """
    II. NHIỆM VỤ CỤ THỂ
    1. Nhiệm vụ của thành viên Ban Chỉ đạo
    1.1. Sở Tài chính
    - Tham mưu kế hoạch kiểm kê.
    1.2. Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Công Thương)
    - Hướng dẫn kiểm kê tài sản.
    1.3. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông
    - Tổng hợp kết quả kiểm kê.
    1.4. Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện):
    - Đôn đốc đối tượng thực hiện kiểm kê.
    III. TỔ CHỨC THỰC HIỆN
    1. Trên cơ sở Kế hoạch này, các sở, ban, ngành tỉnh xây dựng kế hoạch triển khai.
    2. Trong quá trình thực hiện, nếu có vướng mắc, phản hồi về Ban Chỉ đạo.
"""
    )
    assert _units(facts) == [
        "Sở Tài chính",
        "Các cơ quan tham mưu quản lý ngành, lĩnh vực",
        "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông",
        "các cơ quan quản lý cấp trên",
    ]
