"""Round 9's new reading rules (tune-doc: letters of official notices; tune-onum:
numbers of notices and local news), tried against sentences written to make them
misfire (review9). Each sentence was said wrongly with no warning, or warned about a
reading it did not get, before the fix it stands beside.
"""

from __future__ import annotations

import pytest

from .reading import messages, said

# --- a document symbol's codes: a type code no table knows, joint documents ----------


def test_unknown_type_code_spelled_by_the_words_before_is_no_issuer() -> None:
    # The words right before the number spell "QCPH": the document's kind, so the
    # bodies after it were dropped as if the sentence had named them.
    written = "Theo Quy chế phối hợp số 7/QCPH-HND-MTTQ, hai bên trao đổi thông tin."
    spoken = said(written)
    warned = messages(written)
    assert "Hội Nông dân" in spoken or any("HND" in w for w in warned)
    assert "Mặt trận Tổ quốc" in spoken or any("MTTQ" in w for w in warned)


def test_named_issuer_by_initials_still_drops_its_office() -> None:
    written = "Sở Tài nguyên và Môi trường ban hành Công văn số 512/STNMT-CCBVMT về rác thải."
    assert said(written) == (
        "Sở Tài nguyên và Môi trường ban hành Công văn số năm trăm mười hai về rác thải."
    )


@pytest.mark.parametrize(
    ("written", "bodies"),
    [
        # "Cựu chiến binh" names no body by its first word: it was taken for the first
        # issuer's office and dropped.
        (
            "Hai hội ký Kế hoạch liên tịch số 3/KHLT-HND-CCB về nuôi bò.",
            "của Hội Nông dân, Cựu chiến binh về",
        ),
        (
            "Đã có Nghị quyết liên tịch số 9/NQLT-ĐTN-CCB về giáo dục truyền thống.",
            "của Đoàn Thanh niên, Cựu chiến binh về",
        ),
    ],
)
def test_joint_document_says_every_issuer(written: str, bodies: str) -> None:
    assert bodies in said(written)


def test_joint_document_unknown_code_is_not_called_an_office() -> None:
    written = "Kế hoạch liên tịch số 4/KHLT-UBND-HPNX về phụ nữ khởi nghiệp."
    assert not any("đơn vị soạn thảo" in w for w in messages(written))
    assert any("HPNX" in w for w in messages(written))


# --- emergency lines after a colon and after "hoặc" ----------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Số người khám trong ngày: 112 hoặc 113 người.",
            "Số người khám trong ngày: một trăm mười hai hoặc một trăm mười ba người.",
        ),
        (
            "Số hộ được hỗ trợ: 114 hay 115 hộ.",
            "Số hộ được hỗ trợ: một trăm mười bốn hay một trăm mười lăm hộ.",
        ),
    ],
)
def test_counts_after_a_colon_and_hoac_are_not_dialled(written: str, spoken: str) -> None:
    assert said(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Khi có cháy, gọi 114 hoặc 113.", "Khi có cháy, gọi một một bốn hoặc một một ba."),
        ("Đường dây trực ban: 113 hoặc 114.", "Đường dây trực ban: một một ba hoặc một một bốn."),
    ],
)
def test_second_emergency_line_after_hoac_is_dialled(written: str, spoken: str) -> None:
    assert said(written) == spoken


# --- "400C" in a line about the heat: not a house, a room or a rank -------------------


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Trời nắng nóng, cháy nhà số 150C đường Lê Duẩn.", "một trăm năm mươi C"),
        ("Nhiệt độ trong phòng 210C của khu trọ lên cao.", "hai trăm mười C"),
    ],
)
def test_labelled_number_with_c_is_not_a_lost_degree_sign(written: str, code: str) -> None:
    assert code in said(written)
    assert "độ xê" not in said(written)


def test_lost_degree_sign_still_read_in_a_heat_line() -> None:
    assert "bốn mươi mốt độ xê" in said("Nắng nóng, nhiệt độ cao nhất 410C.")


# --- the last day of a list: a rising pair after a bare "từ" or a count of days -------


@pytest.mark.parametrize(
    ("written", "pair"),
    [
        ("Mỗi tổ từ 4 đến 5-6 thành viên tham gia.", "5-6"),
        ("Mỗi ngày 1, 2-3 chuyến xe chạy tuyến này.", "2-3"),
    ],
)
def test_rising_pair_after_bare_tu_or_a_day_count_is_listed(written: str, pair: str) -> None:
    assert any(pair in w for w in messages(written))


def test_a_list_of_dates_stays_unlisted() -> None:
    written = "Hội chợ mở các ngày 17, 18 và 19-8 tại sân vận động."
    assert "mười chín tháng tám" in said(written)
    assert not any("19-8" in w for w in messages(written))


# --- tickers: "mã" before a word, a known code in a line about shares ------------------


def test_word_after_bare_ma_is_not_spelled_as_a_ticker() -> None:
    assert said("Không cung cấp mã PIN cho người lạ.") == "Không cung cấp mã PIN cho người lạ."


def test_word_ticker_in_a_stock_line_is_still_spelled() -> None:
    assert "vê i xê" in said("Trên sàn chứng khoán, mã VIC tăng mạnh.")


def test_known_common_words_in_a_stock_line_are_listed() -> None:
    written = "Phiên chiều, cổ phiếu thép giảm sàn, HSG mất 7%."
    assert any("HSG" in w and "mã cổ phiếu" in w for w in messages(written))


# --- IELTS bands: the README names no score, so "phẩy" is listed, not guessed ---------


def test_ielts_band_range_is_listed() -> None:
    written = "Ứng viên cần IELTS từ 6.0 đến 7.5 trở lên."
    assert "sáu phẩy không đến bảy phẩy năm" in said(written)
    warned = [w for w in messages(written) if "IELTS" in w and "chấm" in w]
    assert len(warned) == 2


def test_a_comma_band_is_not_listed_as_a_full_stop() -> None:
    assert not any("chấm" in w for w in messages("Ứng viên cần IELTS 6,0 trở lên."))


# --- a Party cell's symbol whose type the kind's name dropped --------------------------


def test_cell_symbol_after_its_kind_name_is_the_cell() -> None:
    written = "Đảng viên quán triệt Nghị quyết 09-NQ/CB về trồng rừng."
    assert said(written) == "Đảng viên quán triệt Nghị quyết chín của Chi bộ về trồng rừng."


# --- "/phiên", a rate since this round: not listed as "hoặc" ---------------------------


def test_per_session_is_not_listed_as_or() -> None:
    written = "Mỗi bác sĩ khám 40 người/phiên."
    assert said(written) == "Mỗi bác sĩ khám bốn mươi người một phiên."
    assert not any("hoặc" in w for w in messages(written))


# --- a name's first word said once: not when it ends another word ---------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Chính quyền đảm bảo BHYT cho trẻ em.",
            "Chính quyền đảm bảo bảo hiểm y tế cho trẻ em.",
        ),
        (
            "Phường phân công CCVC trực lễ.",
            "Phường phân công công chức, viên chức trực lễ.",
        ),
    ],
)
def test_head_word_ending_a_compound_is_said_again(written: str, spoken: str) -> None:
    assert said(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Bé chưa được tiêm TCMR mũi nào.", "Bé chưa được tiêm chủng mở rộng mũi nào."),
        ("Xã trích quỹ BHYT mua thuốc.", "Xã trích quỹ bảo hiểm y tế mua thuốc."),
    ],
)
def test_head_word_said_once(written: str, spoken: str) -> None:
    assert said(written) == spoken


# --- days listed with a bare comma ----------------------------------------------------


def test_comma_days_before_a_comma_after_the_month() -> None:
    written = "Xã phun thuốc ngày 20,21/6, 25/6 và 30/6."
    assert said(written).startswith(
        "Xã phun thuốc ngày hai mươi, hai mươi mốt tháng sáu, ngày hai mươi lăm tháng sáu"
    )


def test_comma_days_without_their_day_word_are_listed() -> None:
    written = "Lễ hội diễn ra các ngày 2,3/9 và 9,10/9."
    assert any("9,10/9" in w for w in messages(written))
    assert not any("2,3/9" in w for w in messages(written))


# --- "TT" before a number: no town has one ----------------------------------------------


def test_tt_before_a_circulars_number_is_the_circular() -> None:
    written = "Theo TT. 12/2023/TT-BTC, xã lập dự toán."
    assert said(written) == (
        "Theo Thông tư mười hai năm hai nghìn không trăm hai mươi ba của Bộ Tài chính, "
        "xã lập dự toán."
    )


def test_tt_before_a_bare_number_is_listed() -> None:
    assert any("TT. 14" in w for w in messages("Hộ có TT. 14 trong danh sách được hỗ trợ."))


def test_town_with_its_name_is_unlisted() -> None:
    written = "Chợ TT. Hòa Bình họp phiên đầu năm."
    assert said(written) == "Chợ thị trấn Hòa Bình họp phiên đầu năm."
    assert messages(written) == []


# --- "QĐ-BTC": an event's committee decides too ---------------------------------------


def test_decision_of_an_organising_committee_the_sentence_names() -> None:
    written = "Ban Tổ chức giải đua thuyền ra Quyết định số 03/QĐ-BTC về trọng tài."
    assert said(written) == ("Ban Tổ chức giải đua thuyền ra Quyết định số ba về trọng tài.")


def test_decision_btc_the_sentence_does_not_decide_is_listed() -> None:
    written = "Theo Quyết định số 04/QĐ-BTC, hội thi bơi lội sẽ hoãn."
    assert "của Bộ Tài chính" in said(written)
    assert any("Ban Tổ chức" in w for w in messages(written))


def test_decision_of_the_ministry_named_is_unlisted() -> None:
    written = "Bộ Tài chính ban hành Quyết định số 1500/QĐ-BTC về giá."
    assert not any("BTC" in w for w in messages(written))


def test_known_words_in_a_stock_line_that_make_no_move_are_unlisted() -> None:
    written = "Cổ phiếu DIG tăng trần nhờ tin về KCN mới."
    assert not any("KCN" in w for w in messages(written))


def test_a_price_at_its_limit_outside_shares_is_no_stock_line() -> None:
    assert messages("Giá phân bón tăng kịch trần, HTX lo lắng.") == []


# --- "Đ/C" before an address; a standard's part after a long number --------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Đ/C: Số 8 đường Trần Hưng Đạo.",
            "Địa chỉ: Số tám đường Trần Hưng Đạo.",
        ),
        (
            "Cửa hàng bán gạo, Đ/c xóm 4, xã Yên Lộc.",
            "Cửa hàng bán gạo, địa chỉ xóm bốn, xã Yên Lộc.",
        ),
    ],
)
def test_dc_before_an_address_is_the_address(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_dc_before_a_name_is_still_a_comrade() -> None:
    assert said("Đ/C Hà Văn Minh dự họp.") == "Đồng chí Hà Văn Minh dự họp."


def test_standard_part_after_a_long_number_is_listed() -> None:
    written = "Bình chữa cháy đạt TCVN 7026-2:2013."
    assert any("7026-2" in w for w in messages(written))


# --- "STK" before its number only; emergency lines listed with commas ------------------


def test_stk_before_a_number_is_the_account() -> None:
    written = "Ủng hộ qua STK 1900 2024 5678 tại ngân hàng xã."
    assert said(written).startswith("Ủng hộ qua số tài khoản")


def test_stk_without_a_number_is_not_guessed() -> None:
    written = "Kẻ gian lấy trộm STK của bà cụ."
    assert "số tài khoản" not in said(written)
    assert any("STK" in w for w in messages(written))


def test_emergency_lines_listed_with_commas_are_all_dialled() -> None:
    assert said("Số khẩn cấp: 115, 114, 113.") == (
        "Số khẩn cấp: một một năm, một một bốn, một một ba."
    )
