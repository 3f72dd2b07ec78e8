"""Reading plans `init` has never seen: the same administrative style, other wordings.

Each test holds the few lines of a plan that once were misread, and checks that
nothing is invented from them.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

from campaign.content.load import load_campaign, parse_campaign
from campaign.importers.plan.facts import PLACEHOLDER_ISSUER, Facts, read_facts
from campaign.importers.plan.init import init_from_plan, render_report, render_yaml
from campaign.importers.plan.parse import parse_plan
from campaign.pages import plan
from tests.conftest import PLANS


def _read(text: str, name: str = "ke-hoach.txt") -> Facts:
    return read_facts(parse_plan(textwrap.dedent(text).lstrip("\n"), name))


def _tasks(facts: Facts) -> list[dict[str, Any]]:
    return [task for a in facts.data["assignments"] for task in a["tasks"]]


HEAD = """\
    UBND HUYỆN ĐỨC PHỔ
    PHÒNG Y TẾ
    Số: 15/KH-PYT
    Đức Phổ, ngày 05 tháng 3 năm 2024

    KẾ HOẠCH
    Tổ chức Hội thi tuyên truyền viên giỏi năm 2024

    I. MỤC ĐÍCH
    Nâng cao kiến thức.
"""


def test_only_real_dates_become_deadlines() -> None:
    """Quantities and ranges after "trước", "không quá" are not dates; a year-less date
    takes the plan's year only after "ngày" and when it does not fall before the plan."""
    facts = _read(
        HEAD
        + """
    II. TỔ CHỨC THỰC HIỆN
    1. Trung tâm Y tế huyện
    - Gửi thể lệ đến các xã trước 3-5 ngày kể từ ngày ban hành kế hoạch.
    - Nộp lệ phí không quá 1.5 triệu đồng mỗi đội.
    - Báo cáo kết quả trước 30/5.
    - Mỗi xã cử không quá 2-3 thí sinh.
    - Gửi danh sách trước ngày 10.4.2024.
    - Nộp hồ sơ, hạn chót ngày 10/4/2024.
    - Tổng hợp chậm nhất ngày 20 tháng 4.
    - Hoàn thành trước ngày 10/01.
    - Trình duyệt trước 17h00 ngày 15/8/2024.
    """
    )
    deadlines = [task.get("deadline") for task in _tasks(facts)]
    assert deadlines == [
        None,
        None,
        None,
        None,
        "10/04/2024",
        "10/04/2024",
        "20/04/2024",
        None,
        "15/08/2024",
    ]
    report = render_report(facts, "ke-hoach.txt")
    assert "dòng 16: “trước 30/5” có thể là thời hạn nhưng không ghi “ngày” hay năm" in report
    assert "“chậm nhất ngày 20 tháng 4” không ghi năm: lấy năm ban hành 2024" in report
    assert "dòng 21: “trước ngày 10/01” (thời hạn không ghi năm, rơi trước ngày ban hành" in report
    assert "3-5" not in report and "1.5" not in report and "2-3" not in report


def test_a_task_about_receiving_files_is_not_the_footer() -> None:
    """Only "Nơi nhận:" alone on its line, after the last section, starts the recipients."""
    facts = _read(
        HEAD
        + """
    II. NỘI DUNG
    Nơi nhận:
    Hồ sơ gửi về Phòng Y tế.

    III. TỔ CHỨC THỰC HIỆN
    1. Trung tâm Y tế huyện
    - Nơi nhận hồ sơ dự thi: Trung tâm Y tế huyện.
    - Gửi thể lệ đến các xã.
    2. UBND các xã, thị trấn
    Cử thí sinh tham gia.

    *Nơi nhận:*\t\t\tKT. TRƯỞNG PHÒNG
    - Sở Y tế (b/c);\t\t\tPHÓ TRƯỞNG PHÒNG
    - Lưu: VT.
    \t\t\t\t\tTrần Thị Bích
    """
    )
    plan = facts.data["plan"]
    assert [u["name"] for u in facts.data["units"]] == [
        "Trung tâm Y tế huyện",
        "UBND các xã, thị trấn",
    ]
    assert [t["text"] for t in _tasks(facts)][:2] == [
        "Nơi nhận hồ sơ dự thi: Trung tâm Y tế huyện.",
        "Gửi thể lệ đến các xã.",
    ]
    assert plan["recipients"] == [{"name": "Sở Y tế", "note": "b/c"}, {"name": "Lưu: VT"}]
    assert plan["signer"]["name"] == "Trần Thị Bích"
    assert facts.unplaced == []


def test_the_title_stops_where_the_next_paragraph_starts() -> None:
    """No blank line after the title: the basis, a purpose or the issuer's formula is not
    part of it, and the document it cites is no reference of the event."""
    for opener in (
        "Triển khai Công văn số 210/SYT-NVY ngày 20/02/2024 của Sở Y tế tỉnh Quảng Ngãi, "
        "Phòng Y tế xây dựng Kế hoạch như sau:",
        "Nhằm tôn vinh đội ngũ cán bộ y tế, Phòng Y tế ban hành kế hoạch như sau:",
        "Để chuẩn bị tốt Hội thi, Phòng Y tế xây dựng kế hoạch như sau:",
        "Căn cứ Công văn số 210/SYT-NVY ngày 20/02/2024 của Sở Y tế tỉnh Quảng Ngãi;",
        "Thực hiện chỉ đạo của Sở Y tế, Phòng Y tế xây dựng Kế hoạch như sau:",
        "Phòng Y tế xây dựng Kế hoạch tổ chức như sau:",
    ):
        facts = _read(
            f"""\
            PHÒNG Y TẾ
            Số: 15/KH-PYT

            KẾ HOẠCH
            Tổ chức Hội thi tuyên truyền viên giỏi
            về an toàn thực phẩm năm 2024
            {opener}

            I. THỜI GIAN, ĐỊA ĐIỂM
            1. Thời gian: Hội thi diễn ra vào ngày 22/4/2024.
            """
        )
        title = "Tổ chức Hội thi tuyên truyền viên giỏi về an toàn thực phẩm năm 2024"
        assert facts.data["plan"]["title"] == title, opener
        assert facts.data["plan"]["basis_text"] == [opener]
        event = facts.data["events"][0]
        assert event["name"] == title[len("Tổ chức ") :] and "refs" not in event
        assert (
            facts.data["site"]["name"]
            == "Tổ chức Hội thi tuyên truyền viên giỏi về an toàn thực phẩm"
        )


def test_upper_case_number_and_numeric_date_line() -> None:
    """ "SỐ:" in capitals and "ngày 05/3/2024" are the number and the date, not an issuer
    or an unplaced line."""
    facts = _read(
        """
        ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        HUYỆN ĐỨC PHỔ\t\t\tĐộc lập - Tự do - Hạnh phúc
        SỐ: 15/KH-UBND\t\t\tĐức Phổ, ngày 05/3/2024

        KẾ HOẠCH
        Tuyên truyền an toàn thực phẩm

        I. MỤC ĐÍCH
        Nâng cao kiến thức.
        """
    )
    plan = facts.data["plan"]
    assert (plan["number"], plan["date"], plan["place"]) == ("15/KH-UBND", "05/03/2024", "Đức Phổ")
    assert "superior" not in plan and "SỐ" not in plan["issuer"].upper()
    assert facts.unplaced == []


def test_what_was_not_read_is_not_said_to_be_missing_from_the_original(tmp_path: Path) -> None:
    plan_file = tmp_path / "ke-hoach.txt"
    plan_file.write_text(
        "PHÒNG Y TẾ\nSố hiệu: 15/KH-PYT\n\nKẾ HOẠCH\nTuyên truyền\n\nI. MỤC ĐÍCH\nNâng cao.\n",
        encoding="utf-8",
    )
    result = init_from_plan(plan_file, tmp_path / "moi")
    text = (tmp_path / "moi" / "campaign.yml").read_text(encoding="utf-8")
    assert "Bản gốc không ghi" not in text and "Không nhận ra số, ký hiệu" in text
    assert "plan.number: không nhận ra số, ký hiệu, hãy kiểm tra" in result.report
    page = plan.render(load_campaign(tmp_path / "moi" / "campaign.yml"))
    assert "bản gốc không ghi" not in page.casefold()


def test_header_as_a_markdown_table_with_line_breaks() -> None:
    """Word exported to Markdown: the two-column header is a pipe table whose cells break
    lines with <br>; the signature too."""
    text = (PLANS / "tuyen-truyen-tan-hoa.md").read_text(encoding="utf-8")
    facts = read_facts(parse_plan(text, "tuyen-truyen-tan-hoa.md"))
    plan = facts.data["plan"]
    assert (plan["number"], plan["date"], plan["place"]) == ("08/KH-UBND", "10/01/2025", "Tân Hòa")
    assert plan["issuer"] == "Ủy ban nhân dân xã Tân Hòa"
    assert plan["recipients"] == [{"name": "UBND huyện"}, {"name": "Lưu: VT"}]
    assert plan["signer"] == {
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "position": "CHỦ TỊCH",
        "name": "Nguyễn Văn Bình",
    }
    assert facts.unplaced == []


def test_columns_two_spaces_apart_and_line_breaks_inside_a_name() -> None:
    facts = _read(
        """
        UBND HUYỆN ĐỨC PHỔ  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        PHÒNG Y TẾ  Độc lập - Tự do - Hạnh phúc
        Số: 15/KH-PYT  Đức Phổ, ngày 05 tháng 3 năm 2024

        KẾ HOẠCH
        Tuyên truyền an toàn thực phẩm

        I. MỤC ĐÍCH
        Nâng cao kiến thức.

        Nơi nhận:  KT. TRƯỞNG PHÒNG
        - Sở Y tế  (b/c);  PHÓ TRƯỞNG PHÒNG
        - Lưu: VT.
          Trần Thị Bích
        """
    )
    plan = facts.data["plan"]
    assert (plan["superior"], plan["issuer"]) == ("UBND huyện Đức Phổ", "Phòng Y tế")
    assert (plan["number"], plan["date"], plan["place"]) == ("15/KH-PYT", "05/03/2024", "Đức Phổ")
    assert plan["recipients"] == [{"name": "Sở Y tế", "note": "b/c"}, {"name": "Lưu: VT"}]
    assert plan["signer"] == {
        "authority": "KT. TRƯỞNG PHÒNG",
        "position": "PHÓ TRƯỞNG PHÒNG",
        "name": "Trần Thị Bích",
    }
    broken = _read("ỦY BAN NHÂN DÂN<br>XÃ TÂN HÒA\n\nKẾ HOẠCH\nTuyên truyền\n\nI. MỤC ĐÍCH\nA.\n")
    assert broken.data["plan"]["issuer"] == "Ủy ban nhân dân xã Tân Hòa"


def test_upper_case_issuer_in_administrative_capitalisation() -> None:
    """Organ names capitalise their first word and the organ's own words, a place its
    name; the body never writes these names out, so nothing can be copied from it."""
    cases = {
        "ỦY BAN NHÂN DÂN XÃ TÂN HÒA": "Ủy ban nhân dân xã Tân Hòa",
        "BAN THƯỜNG VỤ THỊ ỦY": "Ban Thường vụ Thị ủy",
        "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN VĂN QUAN": "Ban Chấp hành Đảng bộ huyện Văn Quan",
        "ĐẢNG ỦY XÃ AN PHÚ": "Đảng ủy xã An Phú",
        "TRUNG TÂM Y TẾ THỊ XÃ ĐỨC PHỔ": "Trung tâm Y tế thị xã Đức Phổ",
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN ĐỨC PHỔ": (
            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đức Phổ"
        ),
    }
    for caps, expected in cases.items():
        facts = _read(f"{caps}\nSố: 3/KH\n\nKẾ HOẠCH\nTruyền thông\n\nI. MỤC ĐÍCH\nA.\n")
        assert facts.data["plan"]["issuer"] == expected
    two_lines = _read("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\n\nKẾ HOẠCH\nTruyền thông\n\nI. MỤC ĐÍCH\nA.\n")
    assert two_lines.data["plan"]["issuer"] == "Ủy ban nhân dân xã Tân Hòa"


def test_the_header_names_the_issuer_when_the_formula_shortens_it() -> None:
    facts = _read(
        """
        ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        HUYỆN ĐỨC PHỔ\t\t\tĐộc lập - Tự do - Hạnh phúc

        KẾ HOẠCH
        Tuyên truyền an toàn thực phẩm

        Căn cứ Công văn số 210/SYT-NVY ngày 20/02/2024 của Sở Y tế tỉnh Quảng Ngãi;
        UBND huyện ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH
        Nâng cao kiến thức.
        """
    )
    assert facts.data["plan"]["issuer"] == "Ủy ban nhân dân huyện Đức Phổ"
    assert "issuer_short" not in facts.data["plan"]
    report = render_report(facts, "ke-hoach.txt")
    assert "thay cho “UBND huyện” trong câu ban hành, hãy kiểm tra" in report


def test_unit_levels_compare_words_with_their_accents() -> None:
    """ "cơ quan" is no "quận", "cơ sở" no "Sở": such units take the issuer's level and
    are flagged; names that say their level keep it."""
    facts = _read(
        """
        ỦY BAN NHÂN DÂN XÃ TÂN HÒA

        KẾ HOẠCH
        Truyền thông phòng chống dịch

        I. TỔ CHỨC THỰC HIỆN
        1. Các cơ quan, đơn vị
        Phối hợp tuyên truyền.
        2. Các cơ sở y tế
        Tư vấn người dân.
        3. Sở Y tế
        Hướng dẫn chuyên môn.
        4. Phòng Y tế quận
        Theo dõi.
        """
    )
    assert [(u["name"], u["level"]) for u in facts.data["units"]] == [
        ("Các cơ quan, đơn vị", "xã"),
        ("Các cơ sở y tế", "xã"),
        ("Sở Y tế", "tỉnh"),
        ("Phòng Y tế quận", "huyện"),
    ]
    flagged = [path for path in facts.comments if path[0] == "units"]
    assert flagged == [("units", 0, "level"), ("units", 1, "level")]
    report = render_report(facts, "ke-hoach.txt")
    assert (
        "units: tên không nói rõ cấp, cấp 'xã' suy ra từ cơ quan ban hành, hãy kiểm tra: "
        "“Các cơ quan, đơn vị”, “Các cơ sở y tế”" in report
    )


def test_lettered_items_go_d_then_dd_then_e() -> None:
    facts = _read(
        """
        ỦY BAN NHÂN DÂN XÃ TÂN HÒA

        KẾ HOẠCH
        Truyền thông phòng chống dịch

        I. NỘI DUNG
        1. Các kênh truyền thông
        a) Loa truyền thanh.
        b) Băng rôn.
        c) Tờ rơi.
        d) Mạng xã hội.
        đ) Họp thôn.
        e) Thăm hộ gia đình.
        """
    )
    yml = render_yaml(facts, "ke-hoach.txt")
    page = plan.render(parse_campaign(yml, "campaign.yml"))
    letters = re.findall(r"^\*\*(\w)\) ", page, flags=re.M)
    assert letters == ["a", "b", "c", "d", "đ", "e"]
    assert "**đ) Họp thôn.**" in page and "**e) Thăm hộ gia đình.**" in page


def test_generic_labels_in_the_content_section_are_no_activities() -> None:
    facts = _read(
        HEAD
        + """
    II. NỘI DUNG, THỜI GIAN
    1. Thời gian: Hội thi diễn ra vào ngày 22/4/2024.
    2. Địa điểm: Hội trường UBND huyện.
    3. Hình thức
    Thi kiến thức và thi tiểu phẩm.
    4. Thời gian và địa điểm đăng ký: tại Phòng Y tế.
    5. Đăng ký dự thi: mỗi xã cử hai thí sinh.
    """
    )
    assert [a["name"] for a in facts.data["activities"]] == ["Đăng ký dự thi"]
    yml = render_yaml(facts, "ke-hoach.txt")
    page = plan.render(parse_campaign(yml, "campaign.yml"))
    for kept in ("Hội trường UBND huyện", "Thi kiến thức và thi tiểu phẩm", "tại Phòng Y tế"):
        assert kept in page  # still on the plan page, as the plan's text
    only_labels = _read(HEAD + "\n    II. NỘI DUNG\n    1. Thời gian: tháng 4/2024.\n")
    assert "activities" not in only_labels.data


def test_label_headings_in_the_content_section_are_no_activities() -> None:
    """ "Chủ đề …", "Tiêu chí …", "Quy định về …" head the plan's facts; what is done
    ("Tổ chức …", "Hội nghị …") stays an activity, and the labelled text stays on the page."""
    facts = _read(
        HEAD
        + """
    II. NỘI DUNG
    1. Chủ đề phong trào
    "Thôn xóm sạch, bà con khỏe".
    2. Tiêu chí bình xét, khen thưởng
    Mỗi hộ được chấm theo thang điểm mười.
    3. Quy định về số lượng đội tham gia
    Mỗi thôn cử một đội.
    4. Tổ chức ra quân dọn vệ sinh: ngày 5/6/2024.
    5. Hội nghị tổng kết phong trào
    6. Phương án chấm điểm
    Ban giám khảo chấm tại từng thôn.
    7. Cách thức xếp loại
    Xếp loại theo tổng điểm.
    """
    )
    names = [a["name"] for a in facts.data["activities"]]
    assert names == ["Tổ chức ra quân dọn vệ sinh", "Hội nghị tổng kết phong trào"]
    yml = render_yaml(facts, "ke-hoach.txt")
    page = plan.render(parse_campaign(yml, "campaign.yml"))
    assert "Mỗi hộ được chấm theo thang điểm mười" in page and "Mỗi thôn cử một đội" in page
    assert "Xếp loại theo tổng điểm" in page


def test_a_content_section_divided_by_body_has_no_activities() -> None:
    """ "II. NỘI DUNG THỰC HIỆN" whose parts are headed by bodies ("1. Sở Y tế", corpus 13)
    says what each is to do: those are tasks, not activities the bulletin lists."""
    facts = _read(
        HEAD
        + """
    II. NỘI DUNG THỰC HIỆN
    1. Trạm Y tế xã
    a) Tổ chức khám sàng lọc cho người cao tuổi.
    b) Báo cáo kết quả về Phòng Y tế.
    2. Hội Liên hiệp Phụ nữ xã
    Vận động hội viên tham gia.
    3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã
    Phối hợp tuyên truyền.
    4. Ủy ban nhân dân các thôn, bản
    Thông báo lịch khám đến từng hộ.
    """
    )
    assert "activities" not in facts.data
    assert any("4 phần mang tên cơ quan, đơn vị" in note for note in facts.check)
    yml = render_yaml(facts, "ke-hoach.txt")
    page = plan.render(parse_campaign(yml, "campaign.yml"))
    assert "Tổ chức khám sàng lọc cho người cao tuổi" in page  # the plan's text stays


def test_actions_that_open_like_a_body_stay_activities() -> None:
    """ "Phòng chống …", "Hội thi …", "Đoàn kiểm tra …", "Ban hành …", "Sở Y tế phối hợp
    tổ chức …": a body's first word, then what is done."""
    names = [
        "Phòng chống dịch sốt xuất huyết",
        "Hội thi tuyên truyền viên giỏi",
        "Đoàn kiểm tra liên ngành làm việc tại các xã",
        "Ban hành văn bản hướng dẫn",
        "Trung tâm Y tế chủ trì tổ chức lễ mít tinh",
        "Báo cáo kết quả thực hiện",
    ]
    section = "\n".join(f"    {n}. {name}" for n, name in enumerate(names, start=1))
    facts = _read(HEAD + "\n    II. NỘI DUNG\n" + section + "\n")
    assert [a["name"] for a in facts.data["activities"]] == names


def test_description_without_placeholder_or_doubled_punctuation(tmp_path: Path) -> None:
    plan_file = tmp_path / "ke-hoach.txt"
    plan_file.write_text(
        "KẾ HOẠCH\nTruyền thông phòng chống dịch như sau:\n\nI. MỤC ĐÍCH\nNâng cao.\n",
        encoding="utf-8",
    )
    init_from_plan(plan_file, tmp_path / "moi")
    text = (tmp_path / "moi" / "campaign.yml").read_text(encoding="utf-8")
    campaign = load_campaign(tmp_path / "moi" / "campaign.yml")
    assert campaign.site.description == "Kế hoạch truyền thông phòng chống dịch như sau."
    assert "# Rút từ tên kế hoạch; chưa có cơ quan ban hành" in text
    assert text.count("CẦN ĐIỀN tên cơ quan ban hành") == 1  # plan.issuer, commented
    about = (tmp_path / "moi" / "docs" / "gioi-thieu.md").read_text(encoding="utf-8")
    mkdocs = (tmp_path / "moi" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "CẦN ĐIỀN" not in about and "CẦN ĐIỀN" not in mkdocs
    assert "kế hoạch Truyền thông phòng chống dịch như sau." in about


# A Word export of a commune Fatherland Front plan: a blank line after every paragraph,
# the number and day left blank, the title over three lines (tests/plans/corpus/36).
WORD_EXPORT = """\
    ỦY BAN MTTQ VIỆT NAM

    XÃ LƯƠNG MINH

    BAN THƯỜNG TRỰC

    Số:      /KH-MTTQ-BTT

    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

    Độc lập - Tự do - Hạnh phúc

    Lương Minh, ngày    tháng 01 năm 2026

    KẾ HOẠCH

    Tổ chức hội nghị hiệp thương lần thứ hai để thỏa thuận, lập danh

    sách sơ bộ những người ứng cử đại biểu Hội đồng nhân dân xã

    khóa II, nhiệm kỳ 2026 - 2031

    Căn cứ Kế hoạch số 16/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh.

    I. MỤC ĐÍCH, YÊU CẦU

    1. Tổ chức hội nghị đúng luật.

    Nơi nhận:

    - Thường trực Đảng ủy;

    - Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng,

    VP Đảng uỷ;

    - Bí thư Chi bộ, Trưởng thôn, Ban công

     tác MT thôn;

    - Lưu: VT.

    TM. BAN THƯỜNG TRỰC

    CHỦ TỊCH

    Lan Thị Vân
"""


def test_a_word_export_with_a_blank_line_after_every_paragraph() -> None:
    """One blank line is no gap in the letterhead nor in the title; a blank number or day
    is reported blank and the place is still read; the letterhead's last line, a part of
    the organ above it, names the issuer with that organ."""
    plan_ = parse_plan(textwrap.dedent(WORD_EXPORT), "36.txt")
    assert [text for _, text in plan_.header] == [
        "ỦY BAN MTTQ VIỆT NAM",
        "XÃ LƯƠNG MINH",
        "BAN THƯỜNG TRỰC",
    ]
    assert plan_.number is None and plan_.date is None
    assert plan_.place == "Lương Minh"
    assert any("số văn bản để trống" in note for note in plan_.notes)
    assert plan_.title == (
        "Tổ chức hội nghị hiệp thương lần thứ hai để thỏa thuận, lập danh sách sơ bộ những "
        "người ứng cử đại biểu Hội đồng nhân dân xã khóa II, nhiệm kỳ 2026 - 2031"
    )
    # "..., Ban xây dựng Đảng," goes on in "VP Đảng uỷ;" (no dash): one recipient.
    assert [r.name for r in plan_.recipients] == [
        "Thường trực Đảng ủy",
        "Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng, VP Đảng uỷ",
        "Bí thư Chi bộ, Trưởng thôn, Ban công tác MT thôn",
        "Lưu: VT",
    ]
    facts = read_facts(plan_)
    assert facts.data["plan"]["issuer"] == "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"


def test_a_title_may_start_with_thuc_hien() -> None:
    """ "Thực hiện công tác bầu cử ..." is a title; "Thực hiện Kế hoạch số 16 ..." a basis."""
    text = textwrap.dedent(HEAD).replace(
        "Tổ chức Hội thi tuyên truyền viên giỏi năm 2024",
        "Thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI\n"
        "Thực hiện Kế hoạch số 16/KH-UBND ngày 18/11/2025 của UBND tỉnh;",
    )
    plan_ = parse_plan(text, "x.txt")
    assert plan_.title == "Thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI"


def test_the_issuer_clause_must_name_an_organ() -> None:
    """ "Hà Nội ban hành Kế hoạch" names a place, "Ủy ban nhân tỉnh" an organ with a word
    missing: the header's name is taken; with no header, the issuer is left to fill."""

    def with_clause(head: str, clause: str) -> Facts:
        basis = f"    Căn cứ Luật Y tế, {clause} ban hành Kế hoạch như sau:\n    I. MỤC ĐÍCH"
        return _read(head.replace("    I. MỤC ĐÍCH", basis))

    for clause in ("Hà Nội", "Ủy ban nhân tỉnh"):
        assert with_clause(HEAD, clause).data["plan"]["issuer"] == "Phòng Y tế", clause
    headless = HEAD.replace("    UBND HUYỆN ĐỨC PHỔ\n    PHÒNG Y TẾ\n", "")
    assert with_clause(headless, "Hà Nội").data["plan"]["issuer"] == PLACEHOLDER_ISSUER
    facts = with_clause(HEAD, "Sở Y tế tỉnh Quảng Ngãi")
    assert facts.data["plan"]["issuer"] == "Sở Y tế tỉnh Quảng Ngãi"


def test_meetings_and_labels_are_no_units_office_holders_are() -> None:
    """ "Hội nghị ..." and "Đơn vị chủ trì:" are no units; "Cán bộ phụ trách ...", "Đồng chí
    ..." are; "Đoàn kiểm tra trong quá trình ..." is "Đoàn kiểm tra"; a task with two
    deadlines is two tasks with the same text."""
    facts = _read(
        HEAD
        + """
    II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM
    1. Hội nghị hiệp thương lần thứ nhất
    - Đơn vị chủ trì: Ban công tác Mặt trận thôn.
    III. TỔ CHỨC THỰC HIỆN
    1. Cán bộ phụ trách lĩnh vực giám sát
    - Báo cáo 6 tháng trước ngày 16/6/2024, tổng kết năm trước ngày 20/11/2024.
    2. Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên: chỉ đạo tuyên truyền.
    3. Đoàn kiểm tra trong quá trình kiểm tra nếu có vướng mắc thì báo cáo kịp thời.
"""
    )
    names = [unit["name"] for unit in facts.data["units"]]
    assert names == [
        "Cán bộ phụ trách lĩnh vực giám sát",
        "Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên",
        "Đoàn kiểm tra",
    ]
    first = facts.data["assignments"][0]["tasks"]
    assert [task.get("deadline") for task in first] == ["16/06/2024", "20/11/2024"]
    assert first[0]["text"] == first[1]["text"]
    assert any("2 thời hạn" in line for line in facts.check)


def test_the_signature_before_an_appendix_with_roman_sections() -> None:
    """An appendix after the signature may have its own "I.", "II." sections: the
    footer is still the "Nơi nhận:" before it (tests/plans/corpus/30)."""
    plan_ = parse_plan(
        textwrap.dedent(
            HEAD
            + """
    II. TỔ CHỨC THỰC HIỆN
    1. Trung tâm Y tế huyện
    - Tổ chức hội thi.
    Nơi nhận:
    - Sở Y tế;
    - Lưu: VT.
    TRƯỞNG PHÒNG
    Nguyễn Văn An

    PHỤ LỤC
    I. DANH MỤC NHIỆM VỤ
    1. Xây dựng kế hoạch
    II. DANH MỤC DỰ ÁN
    1. Dự án số hóa
"""
        ),
        "x.txt",
    )
    assert plan_.signer is not None and plan_.signer.name == "Nguyễn Văn An"
    assert [r.name for r in plan_.recipients] == ["Sở Y tế", "Lưu: VT"]


def test_an_activity_timed_by_month_keeps_its_month_as_written() -> None:
    """ "Tháng 12/2013", "hằng tháng" are no days: the activity says them as written and
    gets no date; a dated window is kept as dates."""
    facts = _read(
        HEAD
        + """
    II. NỘI DUNG
    1. Tuyên truyền trên hệ thống loa truyền thanh
    - Phát tin bài hằng tháng.
    2. Sơ kết việc thực hiện
    - Tháng 12/2013.
    3. Hội thi tuyên truyền viên
    - Từ ngày 18/3/2024 đến ngày 24/3/2024, hằng tháng họp rút kinh nghiệm.
"""
    )
    activities = facts.data["activities"]
    assert [a.get("when_text") for a in activities] == ["hằng tháng", "Tháng 12/2013", None]
    assert "when" not in activities[0] and "when" not in activities[1]
    assert activities[2]["when"] == {"start": "18/03/2024", "end": "24/03/2024"}


def test_a_bank_branch_is_a_unit_a_budget_is_not() -> None:
    from campaign.importers.plan.facts.units import unit_name

    assert unit_name("Ngân hàng Nhà nước chi nhánh khu vực 14") == (
        "Ngân hàng Nhà nước chi nhánh khu vực 14"
    )
    assert unit_name("Ngân sách nhà nước bảo đảm theo quy định") is None


def test_a_deadline_with_emphasis_opening_inside_it() -> None:
    facts = _read(
        HEAD
        + """
    II. TỔ CHỨC THỰC HIỆN
    1. Trung tâm Y tế huyện
    - Báo cáo kết quả chậm nhất *ngày 17 tháng 12 năm 2024*.
    - Gửi danh sách trước **ngày 30/11/2024** về Phòng Y tế.
"""
    )
    days = [t.get("deadline") for t in _tasks(facts)]
    assert days == ["17/12/2024", "30/11/2024"]


def test_a_deadline_outside_the_assigning_section_is_kept_without_a_unit() -> None:
    """A dated sentence elsewhere that starts with no assigned unit (a numbered item's
    own sentence, the closing paragraph) stays a deadline, with no unit; one that starts
    with an assigned unit goes to that unit; a plain date in a sentence is no deadline."""
    facts = _read(
        HEAD
        + """
    II. TỔ CHỨC THỰC HIỆN
    1. Trung tâm Y tế huyện
    - Chuẩn bị hội trường.
    2. Phòng Văn hóa huyện
    - Đưa tin về hội thi.
    III. CHẾ ĐỘ BÁO CÁO
    1. Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Phòng Y tế.
    2. Trung tâm Y tế huyện gửi danh sách thí sinh trước ngày 20/4/2024.
    - Hội thi tổ chức ngày 10/5/2024 tại hội trường.
    Phòng Y tế đề nghị các đơn vị thực hiện; báo cáo trước ngày 30 tháng 11 hằng năm./.
"""
    )
    assignments = facts.data["assignments"]
    assert [a.get("unit") for a in assignments][-1:] == [None]
    unowned = assignments[-1]["tasks"]
    assert [t["deadline"] for t in unowned] == ["15/12/2024", "30/11/2024"]
    assert unowned[0]["text"].startswith("Định kỳ hằng năm (trước ngày 15 tháng 12)")
    medical = next(a for a in assignments if a.get("unit") == assignments[0]["unit"])
    assert [t.get("deadline") for t in medical["tasks"]] == [None, "20/04/2024"]
    assert [u["name"] for u in facts.data["units"]] == [
        "Trung tâm Y tế huyện",
        "Phòng Văn hóa huyện",
    ]
    assert any("không nêu đơn vị" in c for c in facts.check)


def test_a_deadline_without_a_unit_is_shown_without_inventing_one(tmp_path: Path) -> None:
    """Loaded, paged and put in the calendar: the tasks come under a heading that says no
    unit is named, they stay out of the plan's own assignment list, and nothing names a
    unit for them."""
    import datetime as dt

    from campaign.media.kit import leaflet_texts
    from campaign.pages import home, timeline, units
    from campaign.publish.calendar import campaign_calendar

    plan_file = tmp_path / "ke-hoach.txt"
    plan_file.write_text(
        textwrap.dedent(
            HEAD
            + """
    II. TỔ CHỨC THỰC HIỆN
    1. Trung tâm Y tế huyện
    - Gửi danh sách thí sinh trước ngày 20/4/2024.
    III. CHẾ ĐỘ BÁO CÁO
    1. Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Phòng Y tế.
"""
        ).lstrip("\n"),
        encoding="utf-8",
    )
    init_from_plan(plan_file, tmp_path / "moi")
    campaign = load_campaign(tmp_path / "moi" / "campaign.yml")
    assert [a.unit for a in campaign.assignments] == ["trung-tam-y-te-huyen", None]
    today = dt.date(2024, 3, 10)
    page = units.render(campaign, today)
    assert "## Không nêu đơn vị" in page and "(#khong-neu-don-vi)" in page
    assert "- Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả" in page
    front = home.render(campaign, today)
    assert "[Không nêu đơn vị](phan-cong.md#khong-neu-don-vi)" in front
    assert front.index("20/04/2024") < front.index("15/12/2024")
    assert [e.title for e in timeline.entries(campaign) if e.title.startswith("Hạn")] == [
        "Hạn: Trung tâm Y tế huyện",
        "Hạn: Không nêu đơn vị",
    ]
    ics = campaign_calendar(campaign, today).decode()
    assert "SUMMARY:Hạn\r\n" in ics and "SUMMARY:Hạn: Trung tâm Y tế huyện" in ics
    shown = plan.render(campaign)
    assert "Định kỳ hằng năm (trước ngày 15 tháng 12)" in shown
    assert "Không nêu đơn vị" not in shown
    assert leaflet_texts(campaign)["body2"] == (
        "• Trung tâm Y tế huyện: chậm nhất 20/04/2024\n• Chậm nhất 15/12/2024"
    )


def test_a_unit_after_the_grounds_of_its_sentence() -> None:
    """'Căn cứ ..., <units> <verb>': the units are the subject after the grounds; a
    sentence with no unit after its grounds names none."""
    from campaign.importers.plan.facts.units import unit_name

    assert unit_name(
        "Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ngành và Ủy ban nhân dân "
        "các xã, phường được phân công nhiệm vụ chủ động xây dựng kế hoạch"
    ) == ("các sở, ngành và Ủy ban nhân dân các xã, phường")
    assert unit_name(
        "Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường "
        "nghiên cứu triển khai thực hiện"
    ) == ("các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường")
    assert unit_name("Căn cứ tình hình thực tế, tổ chức sơ kết việc thực hiện") is None
    assert unit_name(
        "Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ Việt Nam phường, chịu trách nhiệm "
        "tổng hợp báo cáo"
    ) == ("Ban Thường trực Ủy ban MTTQ Việt Nam phường")
    assert unit_name("Các đơn vị được giao nhiệm vụ báo cáo kết quả") == "Các đơn vị"
    assert unit_name("Các Sở, ngành, đơn vị liên quan kiện toàn và nâng cao trình độ") == (
        "Các Sở, ngành, đơn vị liên quan"
    )
    facts = _read(
        HEAD
        + """
    II. TỔ CHỨC THỰC HIỆN
    1. Trung tâm Y tế huyện chủ trì tổ chức hội thi.
    2. Căn cứ Kế hoạch này, Ủy ban nhân dân các xã nghiên cứu triển khai thực hiện.
"""
    )
    assert [u["name"] for u in facts.data["units"]] == [
        "Trung tâm Y tế huyện",
        "Ủy ban nhân dân các xã",
    ]
    assert facts.data["assignments"][1]["tasks"][0]["text"] == (
        "Căn cứ Kế hoạch này, Ủy ban nhân dân các xã nghiên cứu triển khai thực hiện."
    )


def test_a_request_after_a_units_bullets_is_the_asked_bodys_task() -> None:
    """'Đề nghị <body> phối hợp ...' as a paragraph after the last unit's bullets (plan 36)
    is a task of the body asked; a paragraph that asks no body stays with the unit."""
    facts = _read(
        HEAD
        + """
    II. TỔ CHỨC THỰC HIỆN
    1. Trung tâm Y tế huyện
    - Chuẩn bị hội trường.
    - Mời đại biểu.
    Đề nghị Văn phòng HĐND&UBND huyện phối hợp chuẩn bị các điều kiện phục vụ hội thi.
    Đề nghị các đồng chí thực hiện nghiêm túc.
"""
    )
    units = [u["name"] for u in facts.data["units"]]
    assert units == ["Trung tâm Y tế huyện", "Văn phòng HĐND&UBND huyện"]
    asked = facts.data["assignments"][1]
    assert asked.get("request") is True
    assert [t["text"] for t in asked["tasks"]] == [
        "Đề nghị Văn phòng HĐND&UBND huyện phối hợp chuẩn bị các điều kiện phục vụ hội thi."
    ]
    first = [t["text"] for t in facts.data["assignments"][0]["tasks"]]
    assert first == [
        "Chuẩn bị hội trường.",
        "Mời đại biểu.",
        "Đề nghị các đồng chí thực hiện nghiêm túc.",
    ]


def test_a_roman_heading_wrapped_onto_the_next_line_is_one_heading() -> None:
    """A hard-wrapped web copy breaks "I. MỤC ĐÍCH, YÊU CẦU" after its comma: the caps line
    right below goes on with the heading; a caps line after a blank line, a numbered item,
    or a heading that ends its sentence does not."""
    facts = _read(
        """
    UBND HUYỆN ĐỨC PHỔ
    PHÒNG Y TẾ
    Số: 15/KH-PYT
    Đức Phổ, ngày 05 tháng 3 năm 2024

    KẾ HOẠCH
    Tổ chức Hội thi tuyên truyền viên giỏi năm 2024

    I. MỤC ĐÍCH,
    YÊU CẦU
    1. Mục đích
    Nâng cao kiến thức.
    2. Yêu cầu
    Tiết kiệm.
    II. TỔ CHỨC
    THỰC HIỆN
    1. Trung tâm Y tế huyện
    - Gửi thể lệ.
    III. KINH PHÍ.
    NGÂN SÁCH HUYỆN
"""
    )
    titles = [s["title"] for s in facts.data["plan"]["sections"]]
    assert titles == ["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ."]
    assert facts.data["plan"]["requirements"] == ["Tiết kiệm."]
    assert [u["name"] for u in facts.data["units"]] == ["Trung tâm Y tế huyện"]


def test_a_lettered_purpose_is_read_whole_not_as_its_wrapped_lines() -> None:
    """Plan 08: a lettered item wrapped in the middle ('a) Nhằm phát huy sức mạnh đại' /
    'đoàn kết ...' / 'Quốc hội khóa XVI ...;') is one purpose with its first line, not the
    fragments after it; a lettered item with its own bullets keeps them apart."""
    facts = _read(
        HEAD.replace("    I. MỤC ĐÍCH\n    Nâng cao kiến thức.\n", "")
        + """
    I. MỤC ĐÍCH, YÊU CẦU
    1. Mục đích
    a) Nhằm phát huy sức mạnh đại
    đoàn kết toàn dân trong cuộc bầu cử đại biểu
    Quốc hội khóa XVI;
    b) Biểu dương các tập thể.
    2. Yêu cầu
    a) Các cơ quan Đảng trực thuộc
    Tỉnh ủy; các sở, ban, ngành xác định đây là nhiệm vụ trọng tâm.
    b) Bảo đảm:
    - tiết kiệm;
    - an toàn.
"""
    )
    plan_data = facts.data["plan"]
    assert plan_data["purposes"] == [
        "Nhằm phát huy sức mạnh đại đoàn kết toàn dân trong cuộc bầu cử đại biểu Quốc hội "
        "khóa XVI;",
        "Biểu dương các tập thể.",
    ]
    assert plan_data["requirements"] == [
        "Các cơ quan Đảng trực thuộc Tỉnh ủy; các sở, ban, ngành xác định đây là nhiệm vụ "
        "trọng tâm.",
        "Bảo đảm:",
        "tiết kiệm;",
        "an toàn.",
    ]


def test_units_asked_with_a_colon_encouraged_or_wrapped_mid_name() -> None:
    """'6. Đề nghị: Hiệp hội ...' (the colon after 'Đề nghị'), 'Khuyến khích Đoàn ...'
    (printed as the plan words it, not as a request) and a numbered line wrapped inside the
    unit's name ('... tỉnh Đồng' / 'Nai chỉ đạo ...') name their units; 'Hiệp hội' heads
    a unit, 'Hiệp thương' does not."""
    facts = _read(
        HEAD
        + """
    II. TỔ CHỨC THỰC HIỆN
    1. Sở Khoa học và Công nghệ
    Chủ trì triển khai kế hoạch.
    2. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh
    Tuyên truyền, vận động hội viên.
    3. Khuyến khích Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng
    Nai chỉ đạo các cơ sở đoàn tham gia hỗ trợ người dân.
    4. Hiệp thương lần thứ nhất
    Tổ chức vào tháng 3.
"""
    )
    units = [u["name"] for u in facts.data["units"]]
    assert units == [
        "Sở Khoa học và Công nghệ",
        "Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai",
    ]
    asked, encouraged = facts.data["assignments"][1], facts.data["assignments"][2]
    assert asked.get("request") is True and "heading" not in asked
    assert [t["text"] for t in asked["tasks"]] == ["Tuyên truyền, vận động hội viên."]
    assert "request" not in encouraged
    assert encouraged["heading"].startswith("Khuyến khích Đoàn Thanh niên")
    assert encouraged["tasks"][0]["text"].startswith("chỉ đạo các cơ sở đoàn")


def test_two_days_of_one_deadline() -> None:
    """'trước ngày 01/6 và 15/11 hằng năm' is two yearly deadlines (the 'ngày' and the
    'hằng năm' hold for both); a quantity after 'và' is no second day."""
    facts = _read(
        HEAD
        + """
    II. TỔ CHỨC THỰC HIỆN
    1. Trung tâm Y tế huyện
    - Báo cáo kết quả trước ngày 01/6 và 15/11 hằng năm.
    - Nộp hồ sơ trước ngày 10/4/2024, 20/4/2024.
    - Gửi danh sách trước ngày 30/4/2024 và 3 ngày sau đó.
"""
    )
    days = [task.get("deadline") for task in _tasks(facts)]
    assert days == [
        "01/06/2024",
        "15/11/2024",
        "10/04/2024",
        "20/04/2024",
        "30/04/2024",
    ]


def test_a_paragraph_with_another_body_as_subject_is_that_bodys_task() -> None:
    """Plan 45: after 'Khuyến khích Mặt trận ... giám sát thực hiện Kế hoạch.' a new
    paragraph 'Hội, hiệp hội xã hội nghề nghiệp chủ động, ...' gives that body a task. A
    line wrapped mid-sentence, or one that names the unit itself again, does not."""
    facts = _read(
        HEAD
        + """
    II. TỔ CHỨC THỰC HIỆN
    1. Khuyến khích Mặt trận Tổ quốc Việt Nam huyện phát huy vai trò giám sát.
    Hội, hiệp hội xã hội nghề nghiệp chủ động tham gia tuyên truyền.
    2. Trung tâm Y tế huyện chủ trì tổ chức hội thi, phối hợp với
    Hội Chữ thập đỏ huyện chuẩn bị khu vực sơ cứu.
    Trung tâm Y tế huyện tổng hợp kết quả.
"""
    )
    units = [u["name"] for u in facts.data["units"]]
    assert units == [
        "Mặt trận Tổ quốc Việt Nam huyện",
        "Hội, hiệp hội xã hội nghề nghiệp",
        "Trung tâm Y tế huyện",
    ]
    assert [t["text"] for t in facts.data["assignments"][1]["tasks"]] == [
        "Hội, hiệp hội xã hội nghề nghiệp chủ động tham gia tuyên truyền."
    ]
    # The line cut after "phối hợp với" goes on in the body it names: one task, read whole.
    assert [t["text"] for t in facts.data["assignments"][2]["tasks"]] == [
        "chủ trì tổ chức hội thi, phối hợp với Hội Chữ thập đỏ huyện chuẩn bị khu vực sơ cứu.",
        "Trung tâm Y tế huyện tổng hợp kết quả.",
    ]


def test_a_units_lettered_tasks_are_read_whole() -> None:
    """Plan 39: under '1. Sở Khoa học và Công nghệ', 'a) Là cơ quan đầu mối, chủ' /
    'trì, ... trước ngày 15/4/2024.' is one task with its first line (and its deadline);
    before, only the unit's name was left as its task. Emphasised labels ('*b) *') are
    labels too."""
    facts = _read(
        HEAD
        + """
    II. TỔ CHỨC THỰC HIỆN
    1. Sở Khoa học và Công nghệ
    a) Là cơ quan đầu mối, chủ
    trì tổng hợp, báo cáo kết quả trước ngày 15/4/2024.
    *b) *Định kỳ tổng hợp báo cáo kết quả.
    2. Trung tâm Y tế huyện
    a) Chuẩn bị:
    - hội trường;
    - âm thanh.
"""
    )
    first, second = facts.data["assignments"][0], facts.data["assignments"][1]
    assert [(t["text"], t.get("deadline")) for t in first["tasks"]] == [
        (
            "Là cơ quan đầu mối, chủ trì tổng hợp, báo cáo kết quả trước ngày 15/4/2024.",
            "15/04/2024",
        ),
        ("Định kỳ tổng hợp báo cáo kết quả.", None),
    ]
    assert [t["text"] for t in second["tasks"]] == ["Chuẩn bị:", "hội trường;", "âm thanh."]


def test_a_line_ending_on_a_word_no_sentence_ends_with_goes_on() -> None:
    """Plan 39: 'Thực hiện Kế hoạch số 283/KH-UBND ... Nghị quyết số' / '71/NQ-CP ngày
    ...' is one paragraph (it was cut in two, and the page printed the halves out of
    order); a task's line ending in 'và' goes on in the next; a finished sentence does not."""
    from campaign.importers.plan.parse import parse_plan

    plan = parse_plan(
        textwrap.dedent(HEAD).replace(
            "I. MỤC ĐÍCH",
            "Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 về thực hiện Nghị quyết số\n"
            "71/NQ-CP ngày 01/5/2025 của Chính phủ;\n"
            "Phòng Y tế ban hành Kế hoạch như sau:\n\n"
            "I. MỤC ĐÍCH",
            1,
        )
        + "II. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Y tế huyện\n- Chuẩn bị hội trường và\n"
        "Ban tổ chức.\n- Mời đại biểu.\nBáo cáo kết quả.\n",
        "ke-hoach.txt",
    )
    texts = [block.text for block in plan.preamble]
    assert texts == [
        "Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 về thực hiện Nghị quyết số "
        "71/NQ-CP ngày 01/5/2025 của Chính phủ;",
        "Phòng Y tế ban hành Kế hoạch như sau:",
    ]
    unit = plan.sections[1].parts[0]
    assert [text for _, text in unit.items()] == [
        "Chuẩn bị hội trường và Ban tổ chức.",
        "Mời đại biểu.",
        "Báo cáo kết quả.",
    ]


def test_a_plan_numbering_its_sections_in_arabic_numerals() -> None:
    """No Roman numerals: "1. Nội dung công việc." heads the content section, its bullets
    are the activities (as the numbered parts of "II. NỘI DUNG" are in other plans)."""
    facts = _read(
        """
        CHI ĐOÀN THÔN BẢN CHẢI
        KẾ HOẠCH HOẠT ĐỘNG THÁNG 3
        1. Nội dung công việc.
        - Ra quân dọn vệ sinh đường làng vào sáng Chủ nhật 9/3.
        -Tổ chức giao lưu văn nghệ chào mừng ngày thành lập Đoàn 26/3;
        - Thu đoàn phí quý I
        2. Biện pháp thực hiện.
        - Bí thư chi đoàn phân công từng đoàn viên.
        - Báo cáo kết quả về Đoàn xã.
        """
    )
    sections = facts.data["plan"]["sections"]
    assert [s["title"] for s in sections] == ["Nội dung công việc.", "Biện pháp thực hiện."]
    assert facts.data["plan"]["numbering"] == "1."
    assert [a["name"] for a in facts.data["activities"]] == [
        "Ra quân dọn vệ sinh đường làng vào sáng Chủ nhật 9/3.",
        "Tổ chức giao lưu văn nghệ chào mừng ngày thành lập Đoàn 26/3",
        "Thu đoàn phí quý I",
    ]
    campaign = parse_campaign(render_yaml(facts, "ke-hoach.txt"), "campaign.yml")
    page = plan.render(campaign)
    assert "## 1. Nội dung công việc." in page
    assert "## 2. Biện pháp thực hiện." in page
    assert "## I." not in page


def test_numbered_labels_with_their_values_are_no_sections() -> None:
    """ "1. Thời gian: 7 giờ 30 …", "3. Nội dung: …" under "B. NỘI DUNG HOẠT ĐỘNG" are the
    facts of one activity, each a label and its value (the shape of "Thời gian tổ chức:
    từ ngày 15/10/2018", "Địa điểm: Tại lớp học …" in namsaigon.edu.vn/doantruong/
    ke-hoach-chuc-dai-hoi-chi-doan-nam-hoc-2018-2019), not headings: "Nội dung" and
    "Thời gian" name sections only as a heading does, with nothing after a colon."""
    facts = _read(
        """
        ĐOÀN TRƯỜNG THCS TÂN HÒA
        KẾ HOẠCH
        Tổ chức ngày hội đọc sách năm 2025
        A. MỤC ĐÍCH
        Khơi dậy phong trào đọc sách trong học sinh.
        B. NỘI DUNG HOẠT ĐỘNG
        1. Thời gian: 7 giờ 30 ngày 21/4/2025.
        2. Địa điểm: sân trường.
        3. Nội dung: trưng bày sách, thi kể chuyện theo sách.
        C. TỔ CHỨC THỰC HIỆN
        Các chi đoàn lớp đăng ký tham gia trước ngày 15/4/2025.
        """
    )
    # The sections are the lettered ones; the numbered lines are parts of the second,
    # and none is an activity (a time, a place, a content: labels with their values).
    plan = facts.data["plan"]
    assert plan["numbering"] == "A."
    assert [s["title"] for s in plan["sections"]] == [
        "MỤC ĐÍCH",
        "NỘI DUNG HOẠT ĐỘNG",
        "TỔ CHỨC THỰC HIỆN",
    ]
    assert [p["title"] for p in plan["sections"][1]["parts"]] == [
        "Thời gian:",
        "Địa điểm:",
        "Nội dung:",
    ]
    assert plan["title"] == "Tổ chức ngày hội đọc sách năm 2025"
    assert "activities" not in facts.data


def test_numbered_items_under_lettered_parts_are_no_sections() -> None:
    """ "1- Chào hỏi:", "2- Tài năng:" under "B. NỘI DUNG" (a contest's rounds) name no
    section: the plan is cut into sections by its letters only, and the rounds are no
    activities."""
    facts = _read(
        """
        ĐOÀN TRƯỜNG THPT SÔNG LÔ
        KẾ HOẠCH HỘI THI TÀI NĂNG HỌC SINH
        A. MỤC ĐÍCH: Tạo sân chơi cho học sinh.
        B. NỘI DUNG:
        Hội thi gồm ba phần thi:
        1- Chào hỏi: mỗi đội giới thiệu về lớp mình.
        2- Tài năng: mỗi đội trình diễn một tiết mục.
        3- Ứng xử: mỗi đội trả lời một câu hỏi của Ban giám khảo.
        """
    )
    # Two lettered sections; the rounds are parts of "B. NỘI DUNG", which its opening
    # sentence says are the contest's: no activity of the plan.
    plan = facts.data["plan"]
    assert [s["title"] for s in plan["sections"]] == ["MỤC ĐÍCH", "NỘI DUNG"]
    assert len(plan["sections"][1]["parts"]) == 3
    assert "activities" not in facts.data
