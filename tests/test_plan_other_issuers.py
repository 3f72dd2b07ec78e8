"""Plans of issuers other than People's Committees: a Party committee, a Youth Union
committee, a school, a health centre.

No whole real plan of these kinds could be found for the corpus (tests/plans/corpus/
README.md, round 5), so each rule here is checked on a few lines written in the layout
the Party's and the Youth Union's own rules on documents prescribe: the committee's name
over a "*" on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" (or "ĐOÀN TNCS HỒ CHÍ MINH") where a
state body prints the national motto, the number under the "*", "T/M BAN THƯỜNG VỤ".
"""

from __future__ import annotations

import textwrap
from typing import Any

from campaign.importers.plan.facts import Facts, read_facts
from campaign.importers.plan.facts.names import completes, from_caps
from campaign.importers.plan.parse import parse_plan
from campaign.importers.plan.unwrap import unwrap


def _read(text: str) -> Facts:
    return read_facts(parse_plan(textwrap.dedent(text).lstrip("\n"), "ke-hoach.txt"))


def _deadlines(facts: Facts) -> dict[str, list[Any]]:
    """Each unit's name and the deadlines of its tasks."""
    names = {unit["id"]: unit["name"] for unit in facts.data["units"]}
    return {
        names[a["unit"]]: [t["deadline"] for t in a["tasks"] if t.get("deadline")]
        for a in facts.data["assignments"]
    }


PARTY_BODY = """
    KẾ HOẠCH
    tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Đảng

    Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 02/12/2024 của Ban Tuyên giáo Tỉnh ủy, Ban \
Thường vụ Huyện ủy xây dựng kế hoạch như sau:

    I- MỤC ĐÍCH, YÊU CẦU

    Tuyên truyền sâu rộng truyền thống vẻ vang của Đảng.

    II- TỔ CHỨC THỰC HIỆN

    1. Ban Tuyên giáo Huyện ủy chủ trì, báo cáo kết quả về Ban Thường vụ Huyện ủy trước \
ngày 20/02/2025.

    2. Văn phòng Huyện ủy bảo đảm kinh phí.

    Nơi nhận:
    - Ban Thường vụ Tỉnh ủy (b/c),
    - Các chi, đảng bộ cơ sở,
    - Lưu Văn phòng Huyện ủy.

    T/M BAN THƯỜNG VỤ
    PHÓ BÍ THƯ

    Hoàng Văn Nam
"""


def test_a_party_letterhead_with_its_star_beside_the_date() -> None:
    """The row "*   Văn Quan, ngày ..." is the star under the committee's name and the
    date: the "*" opens no emphasis, so the number on the next line stays a line of its
    own; "HUYỆN ỦY VĂN QUAN" is a committee under "ĐẢNG BỘ TỈNH ...", not the rest of it."""
    facts = _read(
        """
        ĐẢNG BỘ TỈNH LẠNG SƠN          ĐẢNG CỘNG SẢN VIỆT NAM
        HUYỆN ỦY VĂN QUAN
                 *                     Văn Quan, ngày 10 tháng 01 năm 2025
        Số 45-KH/HU
        """
        + PARTY_BODY
    )
    plan = facts.data["plan"]
    assert plan["number"] == "45-KH/HU"
    assert plan["date"] == "10/01/2025"
    assert plan["place"] == "Văn Quan"
    # The clause says "Ban Thường vụ Huyện ủy"; the letterhead says which Huyện ủy.
    assert plan["issuer"] == "Ban Thường vụ Huyện ủy Văn Quan"
    assert plan["superior"] == "Đảng bộ tỉnh Lạng Sơn"
    assert any("Ban Thường vụ Huyện ủy Văn Quan" in c for c in facts.check)
    assert plan["signer"] == {
        "name": "Hoàng Văn Nam",
        "position": "PHÓ BÍ THƯ",
        "authority": "T/M BAN THƯỜNG VỤ",
    }
    assert len(plan["recipients"]) == 3
    assert _deadlines(facts) == {
        "Ban Tuyên giáo Huyện ủy": ["20/02/2025"],
        "Văn phòng Huyện ủy": [],  # "bảo đảm kinh phí": the verb ends the name
    }


def test_a_star_followed_by_a_space_opens_no_emphasis() -> None:
    lines = [text for _, text in unwrap("   *    Văn Quan, ngày 10 tháng 01 năm 2025\nSố 45-KH/HU")]
    assert lines == ["   *    Văn Quan, ngày 10 tháng 01 năm 2025", "Số 45-KH/HU"]
    # An italic date cut after "ngày" still joins.
    assert [t for _, t in unwrap("*Hà Nội, ngày\n10 tháng 01 năm 2025*")] == [
        "*Hà Nội, ngày 10 tháng 01 năm 2025*"
    ]


def test_the_clause_names_the_body_the_letterhead_names_its_committee() -> None:
    assert completes("Ban Thường vụ Huyện ủy", "Huyện ủy Văn Quan") == (
        "Ban Thường vụ Huyện ủy Văn Quan"
    )
    assert completes("Ban Thường vụ Đảng ủy xã", "Đảng ủy xã Tân Đoàn") == (
        "Ban Thường vụ Đảng ủy xã Tân Đoàn"
    )
    # No overlap, or the clause already whole: nothing to complete.
    assert completes("Ban Tuyên giáo Huyện ủy", "Ủy ban nhân dân huyện Văn Quan") is None
    assert completes("Ủy ban nhân dân huyện Văn Quan", "Ủy ban nhân dân huyện Văn Quan") is None


def test_committees_and_places_in_capital_letters() -> None:
    assert from_caps("HUYỆN ĐOÀN VĂN QUAN") == "Huyện đoàn Văn Quan"
    assert from_caps("BCH ĐOÀN HUYỆN VĂN QUAN") == "BCH Đoàn huyện Văn Quan"
    assert from_caps("ĐOÀN TRƯỜNG THPT VĂN QUAN") == "Đoàn trường THPT Văn Quan"
    # A commune named "Đoàn Kết" is a place, not the Youth Union.
    assert from_caps("ỦY BAN NHÂN DÂN XÃ ĐOÀN KẾT") == "Ủy ban nhân dân xã Đoàn Kết"
    # corpus/32-38 (xã Lương Minh): the Front's letters stay for the reader to expand
    # and the country keeps its capitals; lowered, the bulletin read "mttq việt nam".
    assert from_caps("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH") == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"
    )
    facts = _read(
        """
        ỦY BAN NHÂN DÂN
        XÃ ĐOÀN KẾT
        Số: 12/KH-UBND
        Đoàn Kết, ngày 05 tháng 01 năm 2025

        KẾ HOẠCH
        Tổ chức Tết Nguyên đán Ất Tỵ năm 2025

        I. MỤC ĐÍCH
        Bảo đảm mọi nhà đón Tết vui tươi.
        """
    )
    assert facts.data["plan"]["issuer"] == "Ủy ban nhân dân xã Đoàn Kết"


def test_a_youth_union_plan() -> None:
    """ "ĐOÀN TNCS HỒ CHÍ MINH" stands where the motto does: no letterhead line; "BCH" is
    the Ban Chấp hành; the units' verbs "báo cáo", "chuẩn bị" end their names."""
    facts = _read(
        """
        HUYỆN ĐOÀN VĂN QUAN           ĐOÀN TNCS HỒ CHÍ MINH
        BCH ĐOÀN TRƯỜNG THPT VĂN QUAN
        ***
        Số: 05-KH/ĐTN                 Văn Quan, ngày 20 tháng 02 năm 2025

        KẾ HOẠCH
        Tổ chức Tháng Thanh niên năm 2025

        I. MỤC ĐÍCH, YÊU CẦU

        Phát huy vai trò xung kích của đoàn viên.

        II. TỔ CHỨC THỰC HIỆN

        1. Các chi đoàn báo cáo kết quả trước ngày 31/3/2025.

        2. Tổ Văn phòng chuẩn bị khánh tiết, hoàn thành trước ngày 25/02/2025.

        Nơi nhận:
        - Huyện đoàn (b/c);
        - Các chi đoàn;
        - Lưu VP.

        TM. BAN CHẤP HÀNH ĐOÀN TRƯỜNG
        BÍ THƯ

        Vi Thị Mai
        """
    )
    plan = facts.data["plan"]
    assert [
        line
        for _, line in parse_plan(
            "HUYỆN ĐOÀN VĂN QUAN           ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TRƯỜNG THPT VĂN QUAN\n"
            "KẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2025\n",
            "x",
        ).header
    ] == ["HUYỆN ĐOÀN VĂN QUAN", "BCH ĐOÀN TRƯỜNG THPT VĂN QUAN"]
    assert plan["issuer"] == "Ban Chấp hành Đoàn trường THPT Văn Quan"
    assert plan["number"] == "05-KH/ĐTN"
    assert plan["signer"]["authority"] == "TM. BAN CHẤP HÀNH ĐOÀN TRƯỜNG"
    assert _deadlines(facts) == {
        "Các chi đoàn": ["31/03/2025"],
        "Tổ Văn phòng": ["25/02/2025"],
    }


def test_a_health_centres_departments_are_units() -> None:
    facts = _read(
        """
        SỞ Y TẾ LẠNG SƠN
        TRUNG TÂM Y TẾ HUYỆN VĂN QUAN

        Số: 25/KH-TTYT

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Văn Quan, ngày 15 tháng 3 năm 2024

        KẾ HOẠCH
        Triển khai tiêm vắc xin sởi - rubella năm 2024

        I. MỤC TIÊU

        Trên 95% trẻ trong diện được tiêm.

        II. TỔ CHỨC THỰC HIỆN

        1. Khoa Kiểm soát bệnh tật - HIV/AIDS tổng hợp kết quả, báo cáo trước ngày 30/4/2024.

        2. Khoa Dược bảo đảm đủ vắc xin.

        Nơi nhận:
        - Sở Y tế (b/c);
        - Lưu: VT, KSBT.

        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC

        Lê Văn Bình
        """
    )
    assert facts.data["plan"]["issuer"] == "Trung tâm Y tế huyện Văn Quan"
    assert _deadlines(facts) == {
        "Khoa Kiểm soát bệnh tật - HIV/AIDS": ["30/04/2024"],
        "Khoa Dược": [],
    }


def test_a_title_ends_where_numbered_parts_or_bullets_begin() -> None:
    """A short plan with no blank line after its title: "1. Nội dung công việc." and the
    bullets below it are the body (corpus 47 had its whole text read as the title)."""
    facts = _read(
        """
        KẾ HOẠCH CÔNG TÁC CÔNG ĐOÀN THÁNG 10
        1. Nội dung công việc.
        - Phát động thi đua chào mừng ngày 20/10.
        2. Biện pháp thực hiện.
        - Tổng hợp và nộp đúng thời hạn.
        """
    )
    assert facts.data["plan"]["title"] == "CÔNG TÁC CÔNG ĐOÀN THÁNG 10"
    facts = _read(
        """
        KẾ HOẠCH
        Tổ chức Tết Trung thu năm 2024
        - Tổ chức rước đèn cho các em học sinh.
        """
    )
    assert facts.data["plan"]["title"] == "Tổ chức Tết Trung thu năm 2024"
    # A year or a period on the title's next line still belongs to it.
    facts = _read(
        """
        KẾ HOẠCH
        Phát triển kinh tế số giai đoạn
        2026 - 2030
        I. MỤC ĐÍCH
        Nâng cao năng lực.
        """
    )
    assert facts.data["plan"]["title"] == "Phát triển kinh tế số giai đoạn 2026 - 2030"


def test_a_letterhead_typed_in_ordinary_case() -> None:
    """A plan posted on a web page with its header typed in ordinary case: the organ's name
    just above "KẾ HOẠCH" is the letterhead, the Youth Union's own name (its motto) is not,
    and a sentence above the title is no letterhead."""
    body = """
        KẾ HOẠCH THAM GIA CHƯƠNG TRÌNH
        LỄ KỈ NIỆM 35 NĂM THÀNH LẬP TRƯỜNG

        A. MỤC ĐÍCH: Đoàn trường xây dựng kế hoạch tham gia Lễ kỉ niệm.
        """
    plan = parse_plan(
        textwrap.dedent(
            """
            Đoàn TNCS Hồ Chí Minh.
            Đoàn trường THPT Kim Liên.

            **************
            """
            + body
        ).lstrip("\n"),
        "x",
    )
    assert [text for _, text in plan.header] == ["Đoàn trường THPT Kim Liên."]
    facts = read_facts(plan)
    assert facts.data["plan"]["issuer"] == "Đoàn trường THPT Kim Liên"
    # Not an organ's name, or not the last line above the title: nothing is taken.
    for above in (
        "Kính gửi các bạn đoàn viên.\n",
        "Đoàn trường THPT Kim Liên.\nXin gửi tới các bạn.\n",
    ):
        plan = parse_plan(above + textwrap.dedent(body), "x")
        assert plan.header == []
