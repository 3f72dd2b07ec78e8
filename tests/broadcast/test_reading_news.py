"""Reading rules found on part D of the corpus (issue 17 item 2), each on its own.

The sentences here are written for the rule, not taken from the corpus: a rule
must hold for any sentence of its kind, and the corpus measures it on real ones.
"""

from __future__ import annotations

import pytest

from campaign.broadcast import normalize

from .reading import messages, said

# --- match scores ------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Đội nhà thắng Lào 3-1.", "Đội nhà thắng Lào ba - một."),
        ("Hai đội hòa 1-1 sau 90 phút.", "Hai đội hòa một - một sau chín mươi phút."),
        (
            "Tiền đạo nâng tỷ số lên 2-0 cho đội khách.",
            "Tiền đạo nâng tỷ số lên hai - không cho đội khách.",
        ),
        (
            "Đội bạn dẫn trước 4-0, rồi thua 4-5.",
            "Đội bạn dẫn trước bốn - không, rồi thua bốn - năm.",
        ),
    ],
)
def test_a_match_score_is_not_a_range(written: str, spoken: str) -> None:
    assert said(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a count noun after it: how many, a range
        ("Đội đã thắng 3-4 trận liên tiếp.", "Đội đã thắng ba đến bốn trận liên tiếp."),
        ("Ông dẫn 2-3 đoàn khách.", "Ông dẫn hai đến ba đoàn khách."),
        # no word that announces a score
        ("Gió giật cấp 8-9.", "Gió giật cấp tám đến chín."),
    ],
)
def test_ranges_near_match_words_stay_ranges(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_a_score_is_on_the_proof_list_as_a_score() -> None:
    found = messages("Đội nhà thắng Lào 3-1 trong trận mở màn.")
    assert any("tỉ số trận đấu" in m for m in found)
    assert not any("khoảng ('đến')" in m for m in found)


# --- emergency numbers and shares --------------------------------------------


def test_emergency_numbers_after_the_service_that_answers_them() -> None:
    assert said("Trung tâm 115 đã điều xe.") == "Trung tâm một một năm đã điều xe."
    assert said("Cảnh sát 113 có mặt.") == "Cảnh sát một một ba có mặt."
    assert said("Trung tâm thông tin chỉ huy 114 nhận tin.") == (
        "Trung tâm thông tin chỉ huy một một bốn nhận tin."
    )
    # a count stays a count
    assert said("Có 113 người dự.") == "Có một trăm mười ba người dự."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Đã có 9/12 chi bộ họp.", "Đã có chín trên mười hai chi bộ họp."),
        ("Có 5/7 đại biểu tán thành.", "Có năm trên bảy đại biểu tán thành."),
        ("Đạt 03/05 mục tiêu.", "Đạt ba trên năm mục tiêu."),
    ],
)
def test_so_many_out_of_so_many_before_a_count_noun(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_a_share_noun_after_a_date_keeps_the_date() -> None:
    assert said("Ngày 07/08 chi bộ họp.") == "Ngày mồng bảy tháng tám chi bộ họp."
    assert any("'trên' (tỉ lệ)" in m for m in messages("Đã có 07/08 chi bộ họp."))


def test_hours_out_of_the_day() -> None:
    assert said("Trực 24/24h.") == "Trực hai mươi tư trên hai mươi tư giờ."
    assert said("Trực 24/24 giờ.") == "Trực hai mươi tư trên hai mươi tư giờ."


def test_a_percentage_per_period() -> None:
    assert said("Tăng 7,5%/năm.") == "Tăng bảy phẩy năm phần trăm một năm."


def test_a_stray_space_in_a_date_after_ngay() -> None:
    assert said("Ngày 5 /9, xã họp.") == "Ngày mồng năm tháng chín, xã họp."


# --- initials, plates, chainage ------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Bé TV (3 tuổi) được cấp cứu.", "Bé tê vê (ba tuổi) được cấp cứu."),
        ("Người nhà thấy bé TV. bị sốt.", "Người nhà thấy bé tê vê bị sốt."),
        (
            "Anh NT (SN 1990) khai nhận.",
            "Anh nờ tê (sinh năm một nghìn chín trăm chín mươi) khai nhận.",
        ),
        # no age, no initials' stop: the letters are what they are elsewhere
        ("Nhà bà có TV mới.", "Nhà bà có tivi mới."),
        ("Ông CT UBND xã phát biểu.", "Ông Chủ tịch Ủy ban nhân dân xã phát biểu."),
    ],
)
def test_capitals_marked_as_a_withheld_name_are_initials(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_unknown_capitals_after_a_person_word_are_not_guessed() -> None:
    reading = normalize("Ông GĐ Sở phát biểu.")
    assert reading.text == "Ông GĐ Sở phát biểu."
    assert any("'GĐ'" in w.message for w in reading.warnings)


def test_a_single_initial_before_a_number() -> None:
    assert said("Tòa phạt H. 5 năm tù.") == "Tòa phạt hát năm năm tù."


def test_plate_series_letters_by_name() -> None:
    assert said("Xe 29N-123.45 bị giữ.") == "Xe hai mươi chín nờ, một hai ba chấm bốn năm bị giữ."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Đoạn từ km15 đến km18.", "Đoạn từ ki-lô-mét mười lăm đến ki-lô-mét mười tám."),
        ("Mật độ 300 người/km2.", "Mật độ ba trăm người một ki-lô-mét vuông."),
        ("Rộng 5 km2.", "Rộng năm ki-lô-mét vuông."),
    ],
)
def test_chainage_written_in_lower_case(written: str, spoken: str) -> None:
    assert said(written) == spoken


# --- abbreviations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Thi đấu cho ĐT nữ.", "Thi đấu cho đội tuyển nữ."),
        ("ĐT: 0912.345.678", "Điện thoại: không chín một hai, ba bốn năm, sáu bảy tám"),
        ("Đài khí tượng T.Ư cho biết", "Đài khí tượng Trung ương cho biết"),
        ("Đồng chí A, TUV, dự.", "Đồng chí A, Tỉnh ủy viên, dự."),
        ("Đồng chí B, HUV, dự.", "Đồng chí B, Huyện ủy viên, dự."),
        ("Đại hội TDTT xã.", "Đại hội thể dục thể thao xã."),
        ("Giải ĐNÁ năm nay.", "Giải Đông Nam Á năm nay."),
        ("Nghe trên FM.", "Nghe trên ép em."),
        ("Nhập mã OTP.", "Nhập mã ô tê pê."),
        ("Xuất trình CMND/CCCD.", "Xuất trình Chứng minh nhân dân hoặc Căn cước công dân."),
    ],
)
def test_new_dictionary_entries(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_a_document_symbol_is_not_read_as_alternatives() -> None:
    assert "hoặc" not in said("Theo Chỉ thị 05-CT/TW và Nghị quyết 18-NQ/TW.")
    assert "hoặc" not in said("Hội nghị BCH/TW.")


def test_an_acronym_the_text_defines_is_said_as_its_words() -> None:
    reading = normalize("Ban quản lý dự án (BQLDA) đã họp.\nBQLDA cho biết thêm.")
    assert reading.text == "Ban quản lý dự án đã họp.\nBan quản lý dự án cho biết thêm."
    assert reading.warnings == []


def test_a_defined_acronym_inside_a_document_symbol_stays_a_symbol() -> None:
    # The sentence has named the issuer, so the symbol's issuer is not said again.
    assert said("Ủy ban nhân dân (UBND) tỉnh ban hành Kế hoạch số 22/KH-UBND.") == (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch số hai mươi hai."
    )
    # the same as where nothing was defined
    assert said("Sở Y tế (SYT) gửi Công văn 15/SYT-NV.") == said("Sở Y tế gửi Công văn 15/SYT-NV.")


def test_the_texts_own_definition_wins_over_the_dictionary() -> None:
    # ĐTN is "Đoàn Thanh niên" in the dictionary.
    assert said("Đội tuyển nữ (ĐTN) thắng. ĐTN về nước.") == (
        "Đội tuyển nữ thắng. Đội tuyển nữ về nước."
    )


def test_an_acronym_is_not_guessed_from_words_that_do_not_spell_it() -> None:
    reading = normalize("Trung tâm Kiểm soát bệnh tật (XYZ) và XYZ.")
    assert reading.text == "Trung tâm Kiểm soát bệnh tật và XYZ."
    assert any("'XYZ'" in w.message and "chưa biết" in w.message for w in reading.warnings)


# --- web addresses -------------------------------------------------------------


def test_a_host_written_without_scheme() -> None:
    assert said("Nghe lại trên vov2.vn") == "Nghe lại trên vê o vê hai chấm vê en"
    # capitals with a dot are abbreviations, not hosts
    assert said("Tại TP.HCM") == "Tại Thành phố Hồ Chí Minh"


def test_toneless_words_of_public_hosts() -> None:
    assert said("Vào https://baohiemxahoi.gov.vn/tra-cuu") == (
        "Vào bảo hiểm xã hội chấm gờ o vê chấm vê en"
    )
    assert said("Gửi thư về tracuu@dancuquocgia.vn") == (
        "Gửi thư về tra cứu a còng dân cư quốc gia chấm vê en"
    )
    # a label that is no listed phrase is spelled, never guessed
    assert said("Vào https://xyzq.vn") == "Vào ích xì i dài dét quy chấm vê en"
