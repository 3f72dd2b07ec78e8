"""Titles typed in capitals, said in sentence case (campaign/broadcast/casing.py).

Each title is a real plan's, copied from tests/plans/corpus/<file> (its .facts.yml
gives the address it came from). The expected casing was written by reading the
title as an editor writes it in running text: common words in lower case; the
state's and the Party's names, a document's type before its number, a law's name,
a place's name after its level and abbreviations as they are spelled keep capitals.
"""

from __future__ import annotations

import datetime as dt

import pytest

from campaign.broadcast.abbreviations import ABBREVIATIONS
from campaign.broadcast.bulletin import build_bulletins, enumerated, spoken_title
from campaign.broadcast.casing import in_capitals, sentence_case
from campaign.broadcast.reading import normalize
from campaign.content.model import DateWindow
from campaign.project import load_project

from ..conftest import ROOT

SPELLED = {key.upper(): key for key in ABBREVIATIONS}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # 13-kh-165-can-tho-dan-so: "TTG" is the Prime Minister's code, "TTg"
            "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ "
            "VỀ VIỆC TĂNG CƯỜNG THỰC HIỆN CÔNG TÁC DÂN SỐ TRONG TÌNH HÌNH MỚI",
            "Thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ "
            "về việc tăng cường thực hiện công tác dân số trong tình hình mới",
        ),
        (  # 22-kh-556-dong-thap-tai-nguyen-ben-vung
            "THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 03/4/2023 CỦA CHÍNH PHỦ PHÊ DUYỆT CHIẾN "
            "LƯỢC KHAI THÁC, SỬ DỤNG BỀN VỮNG TÀI NGUYÊN, BẢO VỆ MÔI TRƯỜNG BIỂN VÀ HẢI ĐẢO "
            "ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2050",
            "Thực hiện Nghị quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ phê duyệt chiến "
            "lược khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo "
            "đến năm 2030, tầm nhìn đến năm 2050",
        ),
        (  # 10-kh-982-nghe-an-thi-dua-dai-hoi-xiv: Roman numerals after "lần thứ"
            "TRIỂN KHAI ĐỢT THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG; "
            "TĂNG TỐC, BỨT PHÁ HOÀN THÀNH THẮNG LỢI CÁC MỤC TIÊU, NHIỆM VỤ NGHỊ QUYẾT ĐẠI HỘI "
            "LẦN THỨ XIII CỦA ĐẢNG TRÊN ĐỊA BÀN TỈNH NGHỆ AN",
            "Triển khai đợt thi đua lập thành tích chào mừng Đại hội lần thứ XIV của Đảng; "
            "tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ Nghị quyết Đại hội "
            "lần thứ XIII của Đảng trên địa bàn tỉnh Nghệ An",
        ),
        (  # 06-qd-1627-quang-ngai: "PHẠM VI" is a word, "0H00" an hour
            "TRIỂN KHAI THỰC HIỆN TỔNG KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ, TÀI "
            "SẢN KẾT CẤU HẠ TẦNG DO NHÀ NƯỚC ĐẦU TƯ, QUẢN LÝ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH "
            "QUẢNG NGÃI THỜI ĐIỂM 0H00 NGÀY 01 THÁNG 01 NĂM 2026",
            "Triển khai thực hiện tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài "
            "sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý thuộc phạm vi quản lý của tỉnh "
            "Quảng Ngãi thời điểm 0h00 ngày 01 tháng 01 năm 2026",
        ),
        (  # 30-kh-144-bac-ninh-kinh-te-so: "xã hội" is no commune
            "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030",
            "Phát triển kinh tế số và xã hội số tỉnh Bắc Ninh giai đoạn 2026 - 2030",
        ),
        (  # 39-kh-617-dong-thap: nor is "hợp tác xã"
            "CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, "
            "HỘ KINH DOANH",
            "Chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, "
            "hộ kinh doanh",
        ),
        (  # 46-kh-kim-lien: a school's name after its level
            "THAM GIA CHƯƠNG TRÌNH LỄ KỈ NIỆM 35 NĂM THÀNH LẬP TRƯỜNG THPT KIM LIÊN",
            "Tham gia chương trình lễ kỉ niệm 35 năm thành lập trường THPT Kim Liên",
        ),
        (  # 01-qd-2623-ttg: a law's name
            "TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN",
            "Triển khai thi hành Luật Bảo vệ dữ liệu cá nhân",
        ),
        (  # 24-kh-141-bac-ninh: "pháp luật" names no law
            "NÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC XÂY DỰNG CHÍNH SÁCH, PHÁP LUẬT "
            "TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2030",
            "Nâng cao năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật "
            "trên địa bàn tỉnh giai đoạn 2026 - 2030",
        ),
        (  # 08-kh-0125-dak-lak: "HĐND" stays for the reader to expand
            "PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN THÀNH CÔNG CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI "
            "KHÓA XVI VÀ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2026 - 2031",
            "Phát động phong trào thi đua thực hiện thành công cuộc bầu cử đại biểu Quốc hội "
            "khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031",
        ),
        (  # tests/plans/tiem-chung-an-phu (held out): ordinary case is left as written
            "Tổ chức Tuần lễ tiêm chủng mở rộng trên địa bàn xã An Phú năm 2024",
            "Tổ chức Tuần lễ tiêm chủng mở rộng trên địa bàn xã An Phú năm 2024",
        ),
    ],
)
def test_a_title_in_capitals_is_written_in_sentence_case(title: str, expected: str) -> None:
    assert sentence_case(title, spelled=SPELLED) == expected


def test_the_plans_own_text_says_which_words_are_names() -> None:
    # 42-kh-987-nghe-an: the issuer writes "Nghệ An" (no level word before it in the
    # title); 11-kh-0130-dak-lak: "Môi trường" is capitalised in its text only inside
    # the office's name "Sở Nông nghiệp và Môi trường", so it stays a common noun.
    title = "PHÁT TRIỂN HỆ THỐNG SÓNG VIỄN THÔNG 5G TẠI CÁC KHU CÔNG NGHIỆP NGHỆ AN"
    evidence = ["Ủy ban nhân dân tỉnh Nghệ An", "Sở Nông nghiệp và Môi trường chủ trì."]
    assert sentence_case(title, evidence) == (
        "Phát triển hệ thống sóng viễn thông 5G tại các khu công nghiệp Nghệ An"
    )
    title = "KHẮC PHỤC MÔI TRƯỜNG VÀ PHÒNG, CHỐNG DỊCH BỆNH SAU LỤT BÃO TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK"
    assert sentence_case(title, evidence) == (
        "Khắc phục môi trường và phòng, chống dịch bệnh sau lụt bão trên địa bàn tỉnh Đắk Lắk"
    )
    # A capital that only opens a sentence or an item is no evidence.
    assert sentence_case("TỔ CHỨC HỘI NGHỊ TỔNG KẾT", ["Tổ chức hội nghị tổng kết."]) == (
        "Tổ chức hội nghị tổng kết"
    )
    # Nor when a capital further on is a name's: the grounds open "Thực hiện Chỉ thị số
    # …", so "Chỉ thị" keeps its capital, "thực hiện" in the middle of the title does not.
    grounds = [
        "Thực hiện Chỉ thị số 12/CT-UBND ngày 03/3/2025 của Ủy ban nhân dân tỉnh, Sở ban hành."
    ]
    assert sentence_case("TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 12/CT-UBND", grounds) == (
        "Triển khai thực hiện Chỉ thị số 12/CT-UBND"
    )
    # But a capital opening a sentence right before another capital is the name's own:
    # "bao gồm: Ngày Môi trường thế giới (05/6), …" (corpus 22) says how the day is written.
    listed = [
        "Tập trung tuyên truyền thông qua các chiến dịch tuyên truyền cao điểm hàng năm bao "
        "gồm: Ngày Môi trường thế giới (05/6), Ngày Đại dương thế giới (08/6), Tuần lễ Biển "
        "và Hải đảo Việt Nam (01 - 08/6)."
    ]
    title = "TỔ CHỨC CÁC HOẠT ĐỘNG HƯỞNG ỨNG NGÀY MÔI TRƯỜNG THẾ GIỚI NĂM 2025"
    assert sentence_case(title, listed) == (
        "Tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới năm 2025"
    )


def test_what_is_in_capitals() -> None:
    assert in_capitals("V/V HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP")
    assert not in_capitals("Tổ chức Hội nghị tổng kết 20 năm thực hiện Chỉ thị số 06-CT/TW")
    assert not in_capitals("UBND HĐND")  # two abbreviations are no title in capitals


def test_the_plan_bulletin_says_a_capitals_title_once_in_sentence_case() -> None:
    project = load_project(ROOT, today="2025-02-10")
    campaign = project.campaign
    # 22-kh-556-dong-thap: read as typed, it said "NGÀY ngày mồng ba tháng tư".
    caps = (
        "THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 03/4/2023 CỦA CHÍNH PHỦ PHÊ DUYỆT CHIẾN "
        "LƯỢC KHAI THÁC, SỬ DỤNG BỀN VỮNG TÀI NGUYÊN, BẢO VỆ MÔI TRƯỜNG BIỂN VÀ HẢI ĐẢO"
    )
    plan = campaign.plan.model_copy(update={"title": caps})
    campaign = campaign.model_copy(update={"plan": plan})
    assert spoken_title(campaign).startswith("Thực hiện Nghị quyết số 48/NQ-CP ngày 03/4/2023")
    [bulletin, *_] = build_bulletins(campaign, [], [], today=dt.date(2025, 2, 10))
    assert bulletin.title.startswith("Kế hoạch thực hiện Nghị quyết số 48/NQ-CP ngày")
    reading = bulletin.reading.lower()
    assert "ngày ngày" not in reading
    assert reading.count("ngày mồng ba tháng tư năm hai nghìn không trăm hai mươi ba") == 1
    assert not any(w.isupper() and len(w) > 1 for w in bulletin.reading.split())


def test_a_title_that_says_ve_viec_keeps_one_ve() -> None:
    # 12-kh-0129-dak-lak: "V/V HỖ TRỢ NHU YẾU PHẨM …" after "Kế hoạch về" said "về về việc".
    project = load_project(ROOT, today="2025-02-10")
    campaign = project.campaign
    plan = campaign.plan.model_copy(
        update={"title": "V/V HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP CHO NHÂN DÂN BỊ ẢNH HƯỞNG MƯA LŨ"}
    )
    campaign = campaign.model_copy(update={"plan": plan})
    [bulletin, *_] = build_bulletins(campaign, [], [], today=dt.date(2025, 2, 10))
    assert bulletin.title == (
        "Kế hoạch về việc hỗ trợ nhu yếu phẩm khẩn cấp cho Nhân dân bị ảnh hưởng mưa lũ"
    )
    said = normalize(bulletin.reading).text.lower()
    assert "về việc hỗ trợ nhu yếu phẩm" in said
    assert "về về" not in said


def test_a_long_event_name_comes_after_its_day_and_verb() -> None:
    # corpus/36-kh-luong-minh-hiep-thuong-lan-hai: the event's name is the plan's title.
    # Said "<name> dự kiến được tổ chức vào …", a cut before "để" left "Theo Kế hoạch,
    # hội nghị hiệp thương lần thứ hai." with no verb.
    project = load_project(ROOT, today="2025-02-10")
    campaign = project.campaign
    name = (
        "Hội nghị hiệp thương lần thứ hai để thỏa thuận, lập danh sách sơ bộ những người "
        "ứng cử đại biểu Hội đồng nhân dân xã khóa II, nhiệm kỳ 2026 - 2031"
    )
    event = campaign.events[0].model_copy(update={"name": name, "combined": []})
    # Aired only before the day (the plan bulletin aired past it says the event as the
    # plan gives it, below).
    early = DateWindow(start=dt.date(2025, 2, 1), end=dt.date(2025, 2, 19))
    settings = campaign.broadcast.model_copy(update={"period": early})
    campaign = campaign.model_copy(update={"events": [event], "broadcast": settings})
    plan, *_ = build_bulletins(campaign, [], [], today=dt.date(2025, 2, 10))
    [said] = [p for p in plan.paragraphs if "hiệp thương" in p]
    assert said.startswith(
        "Vào Thứ Tư, ngày hai mươi sáu tháng hai năm hai nghìn không trăm hai mươi lăm, "
        "dự kiến tổ chức hội nghị hiệp thương lần thứ hai. Hội nghị nhằm thỏa thuận, "
        "lập danh sách sơ bộ"
    )
    # After the day, the same words, attributed to the plan.
    plan, *_ = build_bulletins(campaign, [], [], today=dt.date(2025, 2, 27))
    [said] = [p for p in plan.paragraphs if "hiệp thương" in p]
    assert said.startswith("Theo Kế hoạch, vào Thứ Tư, ngày hai mươi sáu tháng hai")


def test_a_bodys_name_keeps_its_capital_in_a_numbered_list() -> None:
    # corpus/13-kh-165-can-tho-dan-so: its assignments read as a list of bodies.
    assert enumerated(1, "Sở Y tế") == "Một là, Sở Y tế"
    assert enumerated(6, "Ủy ban nhân dân xã, phường") == "Sáu là, Ủy ban nhân dân xã, phường"
    assert enumerated(5, "Sở, ban, ngành liên quan") == "Năm là, sở, ban, ngành liên quan"
    assert enumerated(2, "Tổ chức phát động phong trào") == "Hai là, tổ chức phát động phong trào"
