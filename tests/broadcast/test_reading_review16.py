"""Review 16 (issue 17, round 13): silent misreadings of the rules that tune-alm,
review15 and tune-ano added, and of the known ones the round listed, found with
sentences written for the purpose (none from the corpus)."""

from __future__ import annotations

import time

from campaign.broadcast import dates
from campaign.broadcast.reading import normalize as read_with_doubts

from .reading import messages, said

# --- a run of "1 và 1 và …" (dates._DAY_LIST) ---------------------------------------


def _cpu(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        read_with_doubts(text)
        best = min(best, time.process_time() - start)
    return best


def test_a_long_run_of_numbers_joined_by_va_stays_linear() -> None:
    # Each number of the run was a new start of the day list, which ran to the run's
    # end: 2000/4000/8000 pieces took 0.7/2.5/9.6 s of CPU (x3.6-3.8 a doubling); now
    # 0.16/0.31/0.65 s. The ratio between one length and four times it: 16 if
    # quadratic, 4 if linear; the bound leaves room for a busy machine.
    read_with_doubts("khởi động")
    short, long = _cpu("1 và " * 1000), _cpu("1 và " * 4000)
    assert long < 8 * max(short, 0.01)
    # passed over whole, and still a date list where one ends the run
    assert "(?P<skip>" in dates._DAY_LIST.pattern
    assert said("Họp các ngày 5, 6 và 7/8.") == (
        "Họp các ngày mồng năm, mồng sáu và mồng bảy tháng tám."
    )


# --- two levels of place with a slash (reading._rate) ---------------------------------


def test_two_levels_of_place_either_side_of_a_slash_are_one_or_the_other() -> None:
    # "tổ", "khu" were missing from the set the rate read (the name was shadowed)
    assert said("Mỗi tổ/xã cử hai người trực.") == "Mỗi tổ hoặc xã cử hai người trực."
    assert said("Cấp khu/xã triển khai ngay.") == "Cấp khu hoặc xã triển khai ngay."
    assert said("Nhà văn hóa làng/xã mới sửa.") == "Nhà văn hóa làng hoặc xã mới sửa."
    # a rate is still a rate
    assert said("Giao 5 tấn/xã.") == "Giao năm tấn một xã."


# --- emergency lines with a slash (reading._PHONE_EMERGENCY, _EMERGENCY_OR) -----------


def test_emergency_lines_joined_by_a_slash_are_each_dialled() -> None:
    assert said("Tổng đài 113/ 114 luôn trực.") == (
        "Tổng đài một một ba hoặc một một bốn luôn trực."
    )
    assert said("Gọi 113/114/115 khi cần.") == (
        "Gọi một một ba hoặc một một bốn hoặc một một năm khi cần."
    )
    assert said("Tổng đài 113 / 114 luôn trực.") == (
        "Tổng đài một một ba hoặc một một bốn luôn trực."
    )
    assert said("Gọi ngay 114/ 115.") == "Gọi ngay một một bốn hoặc một một năm."
    # a share of what is counted stays a share
    assert said("Số 113/115 hộ đã nộp thuế.") == (
        "Số một trăm mười ba trên một trăm mười lăm hộ đã nộp thuế."
    )
    assert said("Đạt 113/115 chỉ tiêu.") == "Đạt một trăm mười ba trên một trăm mười lăm chỉ tiêu."


# --- a falling pair after a day word before "người" (dates.day_month_word) -----------


def test_a_falling_pair_after_a_day_word_before_people_is_the_date() -> None:
    # "ba mươi đến bốn người" is no span: the holiday, as before "đoàn viên"
    assert said("Sáng nay 30-4 người dân đổ về quảng trường.") == (
        "Sáng nay ba mươi tháng tư người dân đổ về quảng trường."
    )
    assert said("Sáng nay, 30-4 người dân đổ về quảng trường.") == (
        "Sáng nay, ba mươi tháng tư người dân đổ về quảng trường."
    )
    assert said("Chiều 20-10 người phụ nữ được tặng hoa.").startswith(
        "Chiều hai mươi tháng mười người"
    )
    assert said("Hôm qua, 6-6 hộ nhận gạo.").startswith("Hôm qua, mồng sáu tháng sáu hộ")
    # a rising pair before people is so many, as before
    assert said("Sáng nay 10-15 người tham gia.") == ("Sáng nay mười đến mười lăm người tham gia.")
    assert said("Sáng nay, 5-6 hội viên đã đến.") == "Sáng nay, năm đến sáu hội viên đã đến."


# --- "Đ/c" before a place word (reading._ADDRESS_DC, _ADDRESS_AFTER_PLACE) -----------


def test_d_c_before_a_place_named_pho_or_truong_is_the_address() -> None:
    assert said("Đ/c thôn Phó Thượng, xã Đông Hưng.").startswith("Địa chỉ thôn Phó Thượng")
    assert said("Đ/c xã Phó Bảng, huyện Đồng Văn.").startswith("Địa chỉ xã Phó Bảng")
    # the post, in lower case or after a capitalised word, is the comrade's (round 12)
    assert said("Các Đ/c xóm trưởng họp.").startswith("Các Đồng chí xóm trưởng")
    assert said("Đ/C Tổ Trưởng tổ 3 ký.").startswith("Đồng chí Tổ Trưởng")


def test_d_c_before_a_name_like_a_province_then_a_count_is_a_comrade() -> None:
    # "Cao", "Hà" are family names: a number that counts is no address
    assert said("Đ/c Hà Giang 3 năm liền là chiến sĩ thi đua.").startswith("Đồng chí Hà Giang")
    assert said("Đ/c Cao Bằng 2 lần được khen.").startswith("Đồng chí Cao Bằng")
    assert said("Đ/c Thái Bình, 25 tuổi, nhập ngũ.").startswith("Đồng chí Thái Bình")
    # a house number after the province is the address (review15)
    assert said("Đ/C Hà Nội 12 Lê Lợi.").startswith("Địa chỉ Hà Nội")
    assert said("Đ/C Cao Bằng: 5 Hoàng Đình Giong.").startswith("Địa chỉ Cao Bằng")


# --- "KH" after a share reached (reading._PLAN_SHARE_BEFORE) -------------------------


def test_kh_after_a_share_reached_before_what_people_do_is_not_the_plan() -> None:
    text = "Tỷ lệ hài lòng đạt 92% KH được khảo sát."
    assert "kế hoạch" not in said(text)
    assert any("'KH'" in m for m in messages(text))
    assert "kế hoạch" not in said("Chỉ số đạt 85% KH tham gia đánh giá.")
    # the plan reached, as tune-ano read it
    assert said("Diện tích lúa đạt 95% KH năm.") == (
        "Diện tích lúa đạt chín mươi lăm phần trăm kế hoạch năm."
    )
    assert said("Doanh thu bằng 110% KH.") == "Doanh thu bằng một trăm mười phần trăm kế hoạch."


# --- look-alike letters alone (markup._unmixed) ---------------------------------------


def test_one_look_alike_letter_alone_or_with_digits_is_the_latin_letter() -> None:
    # Cyrillic А, В, С typed for the Latin letters: said as nothing a voice knows
    assert said("Thuốc bổ sung vitamin \u0421 cho trẻ.") == "Thuốc bổ sung vitamin C cho trẻ."
    assert said("Nhóm máu \u0410 hiếm hơn.") == "Nhóm máu A hiếm hơn."
    assert said("Phòng khám khu \u0412 mở cửa.") == "Phòng khám khu B mở cửa."
    assert "\u0410" not in said("Xe biển số 29\u0410-123.45 vi phạm.")
    # a word of the other script stays, and is listed
    text = "Trường \u041c\u0413\u0423 của Nga."
    assert "\u041c\u0413\u0423" in said(text)
    assert messages(text)


# --- "Q. 3", "P. 7" in an address (reading._read_numbered_districts) ------------------


def test_q_and_p_with_a_space_before_a_number_in_an_address_are_district_and_ward() -> None:
    assert said("Địa chỉ: 18 Lý Chính Thắng, Q. 3, TP.HCM.") == (
        "Địa chỉ: mười tám Lý Chính Thắng, quận ba, Thành phố Hồ Chí Minh."
    )
    assert said("Số 9, P. 7, Q. 10, TP. Hồ Chí Minh.") == (
        "Số chín, phường bảy, quận mười, thành phố Hồ Chí Minh."
    )
    # a withheld name's initial stays the letter
    assert said("Ông Nguyễn Văn Q., 45 tuổi, bị bắt.").startswith("Ông Nguyễn Văn quy")
    # a room is no ward: "P." only before the district
    assert said("Họp tại P. 5, tầng 2.") == "Họp tại pê năm, tầng hai."


def test_q_and_a_number_no_address_follows_is_listed() -> None:
    for text in ("UBND Q. 10 thông báo lịch tiêm.", "Đọc Q. 3 trang 15 của bộ sách."):
        assert "quy" in said(text)
        assert any("quận hay quyển" in m for m in messages(text))
    assert not any("quận hay quyển" in m for m in messages("Nhà ở P.5, Q.3."))


# --- a pair after "mỗi"/"từng" and a place word (reading._space_number_lists) --------


def test_a_pair_given_to_each_place_is_two_counts_only_when_they_are_neighbours() -> None:
    # "1,5 ngày" is a day and a half, not "one or five days" (review15's rule)
    assert said("Mỗi tổ 1,5 ngày công.") == "Mỗi tổ một phẩy năm ngày công."
    assert said("Từng thôn 2,5 tuần tập huấn.") == "Từng thôn hai phẩy năm tuần tập huấn."
    # two neighbours are two or three of them, as review15 read them
    assert said("Mỗi tổ 3,4 người trực.") == "Mỗi tổ ba, bốn người trực."
    # a list of the places whatever its numbers
    assert said("Từng thôn 2,5 và 7 được khen.") == "Từng thôn hai, năm và bảy được khen."


# --- an amount after a phone's word, before "/" (reading._read_phones) --------------


def test_an_amount_in_thousands_before_a_slash_after_a_phone_word_is_no_line() -> None:
    # round 12's slash before a space let the trigger take a price for a line
    assert said("Giá điện thoại 3.000.000/ chiếc.") == "Giá điện thoại ba triệu một chiếc."
    assert said("Mua điện thoại 12.000.000/ cái.") == "Mua điện thoại mười hai triệu một cái."
    # a line ending in "/" is still dialled (round 12)
    assert said("Điện thoại 0243 826 456/ 0243 826 457.") == (
        "Điện thoại không hai bốn ba, tám hai sáu, bốn năm sáu hoặc "
        "không hai bốn ba, tám hai sáu, bốn năm bảy."
    )


def test_an_amount_then_a_slash_and_a_thing_sold_by_the_piece_is_so_much_a_piece() -> None:
    assert said("Giá 30.000/hộp.") == "Giá ba mươi nghìn một hộp."
    assert said("Bán 500.000/bộ.") == "Bán năm trăm nghìn một bộ."
    assert said("Giá 2 triệu/ cái.") == "Giá hai triệu một cái."
    # two amounts either side stay one or the other
    assert "hoặc" in said("Hàng nghìn/hàng triệu người.")


# --- AM/PM after a bare number (reading._read_am_pm, review15's _CLOCK_LEAD) ---------


def test_va_before_a_bare_number_and_pm_joins_a_clock_time_only_to_another() -> None:
    assert "giờ chiều" not in said("Công ty có 3 kỹ sư và 2 PM.")
    assert "giờ chiều" not in said("Nhóm gồm 4 lập trình viên và 1 PM.")
    assert said("Họp lúc 8 AM và 2 PM.") == "Họp lúc tám giờ sáng và hai giờ chiều."


def test_a_bare_number_and_am_that_a_span_goes_on_from_is_a_clock_time() -> None:
    # "tám a em" since review15
    assert said("Mở cửa 8 AM đến 5 PM hằng ngày.") == (
        "Mở cửa tám giờ sáng đến năm giờ chiều hằng ngày."
    )
    assert "giờ sáng" in said("Mở cửa 8 AM - 5 PM.")


# --- "đô" after dollars and a scale (numbers._CURRENCY_NAMED, review15) ---------------


def test_do_thi_after_dollars_and_a_scale_is_no_currency() -> None:
    assert said("Đầu tư $2 tỷ đô thị thông minh.") == ("Đầu tư hai tỷ đô la đô thị thông minh.")
    assert said("Vay $40 ngàn đô.") == "Vay bốn mươi ngàn đô."


def test_the_party_committee_of_a_line_is_inferred_once() -> None:
    # a line of many "…/TU" documents scanned itself again for each (quadratic)
    from campaign.broadcast import abbreviations

    abbreviations.party_committee_inferred.cache_clear()
    said("Theo Kết luận 1-KL/TU, 2-KL/TU và 3-KL/TU của tỉnh Lạng Sơn.")
    assert abbreviations.party_committee_inferred.cache_info().misses == 1


# --- stopped letters before a name (doubts._INITIALS_BEFORE_NAME, tune-ano) ----------


def test_a_titles_letters_each_with_a_stop_before_a_full_name_are_the_title() -> None:
    # left as letters and listed since tune-ano; "P.G.S." was "Phường G.S."
    text = "T.S. Nguyễn Văn An trình bày tham luận."
    assert said(text) == "Tiến sĩ Nguyễn Văn An trình bày tham luận."
    assert not messages(text)
    assert said("P.G.S. Hoàng Văn Dũng chủ trì.") == "Phó Giáo sư Hoàng Văn Dũng chủ trì."
    assert said("B.S. Lê Thị Hoa khám bệnh.") == "Bác sĩ Lê Thị Hoa khám bệnh."


def test_stopped_initials_before_a_name_that_ends_the_sentence_are_listed() -> None:
    text = "Bài thơ của T.S. Eliot."
    assert "T.S." in said(text)
    assert any("'T.S.'" in m for m in messages(text))
