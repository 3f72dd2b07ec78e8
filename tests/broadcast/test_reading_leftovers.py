"""Reading leftovers found on real texts in the last round (issue 17).

Each rule has a test on sentences written for it, none taken from the corpus.
"""

from __future__ import annotations

from .reading import messages, said

# --- an abbreviation after "word/" ---------------------------------------------------


def test_an_abbreviation_after_a_word_and_a_slash_is_expanded() -> None:
    text = "Mười hai quận/TP có học sinh đạt giải."
    assert said(text) == "Mười hai quận hoặc thành phố có học sinh đạt giải."
    assert not any("TP" in m for m in messages(text))
    assert said("Gửi về sở/UBND huyện.") == "Gửi về sở hoặc Ủy ban nhân dân huyện."


# --- "ngày" said once -------------------------------------------------------------------


def test_a_date_after_a_label_that_says_ngay_gets_no_second_ngay() -> None:
    assert said("Ngày cập nhật: 15/03/2023") == (
        "Ngày cập nhật: mười lăm tháng ba năm hai nghìn không trăm hai mươi ba"
    )
    text = "Ngày hiệu lực: 01/7"
    assert said(text) == "Ngày hiệu lực: mồng một tháng bảy"
    assert messages(text) == []
    # Without such a label the date still takes its "ngày".
    assert said("Cập nhật: 15/03/2023") == (
        "Cập nhật: ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi ba"
    )


def test_a_list_of_days_in_brackets_says_ngay_once() -> None:
    # After "ngày" before the bracket: no "ngày" inside it.
    assert said("Giải đấu kéo dài 3 ngày (12, 13 và 14-6-2026).") == (
        "Giải đấu kéo dài ba ngày (mười hai, mười ba và mười bốn tháng sáu năm hai nghìn "
        "không trăm hai mươi sáu)."
    )
    # A bracket no word introduces: "ngày" once, before the first day.
    assert (
        said("Lớp học mở lại (6 và 7/4).") == "Lớp học mở lại (ngày mồng sáu và mồng bảy tháng tư)."
    )
    # Ages in brackets are no dates.
    assert said("Trẻ (2 và 3-4 tuổi) được khám.") == "Trẻ (hai và ba đến bốn tuổi) được khám."


# --- a post and the area it is in charge of ----------------------------------------------


def test_the_area_after_a_post_and_a_slash_is_left_and_listed() -> None:
    text = "Nơi nhận: CVP, PCVP/KT; Lưu: VT."
    assert said(text) == "Nơi nhận: Chánh Văn phòng, Phó Chánh Văn phòng KT; Lưu: văn thư."
    found = messages(text)
    assert any("'PCVP/KT'" in m and "lĩnh vực phụ trách" in m for m in found)
    assert not any("chữ viết tắt chưa biết: 'KT'" in m for m in found)
    # A known abbreviation after the post is not read as an alternative ("hoặc").
    text = "Nơi nhận: PCT/ĐT UBND tỉnh."
    assert said(text) == "Nơi nhận: Phó Chủ tịch ĐT Ủy ban nhân dân tỉnh."
    assert any("'PCT/ĐT'" in m for m in messages(text))
    # Two things of one kind are still alternatives.
    assert said("Mang theo CMND/CCCD.") == "Mang theo Chứng minh nhân dân hoặc Căn cước công dân."


# --- a bracketed span stays in its sentence ------------------------------------------------


def test_a_bracketed_year_span_is_not_cut_off_as_a_sentence() -> None:
    from campaign.broadcast.editing import split_long_sentences
    from campaign.broadcast.proofing import speakable

    written = (
        "Các xã tập trung hoàn thành các chỉ tiêu của Chương trình mục tiêu quốc gia giai "
        "đoạn 5 năm (2026 - 2030) gắn với xây dựng nông thôn mới kiểu mẫu ở tất cả các thôn bản."
    )
    line = speakable(said(written))
    assert "năm năm, hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi," in line
    out = split_long_sentences(line)
    assert "năm năm. Hai nghìn" not in out
    assert "năm năm, hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi" in out
    # A comma before a clause of its own is still a place to cut.
    other = (
        "Ủy ban nhân dân xã đã tổ chức nhiều buổi tuyên truyền về phòng chống dịch bệnh ở "
        "các thôn bản vùng sâu vùng xa, người dân được hướng dẫn cách diệt lăng quăng và "
        "vệ sinh môi trường quanh nhà ở."
    )
    assert split_long_sentences(other).count(". ") == 1


def test_a_letter_that_ends_the_text_keeps_the_full_stop() -> None:
    # "°C." at the end was read "độxê": the initials rule took "C." for a person's
    # initial and ate both the space and the stop that ends the sentence
    assert said("Nhiệt độ cao nhất 38°C.") == "Nhiệt độ cao nhất ba mươi tám độ xê."
    assert said("Nhiệt độ cao nhất 38 độ C.") == "Nhiệt độ cao nhất ba mươi tám độ xê."
    assert said("Nghi phạm là anh T.") == "Nghi phạm là anh tê."
    # inside a sentence an initial's stop is not a sentence end
    assert said("Bé TV. bị sốt") == "Bé tê vê bị sốt"


def test_a_kind_of_document_before_a_word_that_is_no_body_is_not_a_symbol() -> None:
    # "Bộ KH-CN" (khoa học - công nghệ) was read "Bộ kế hoạch của chủ nhật", silently:
    # "CN" after "KH" is no issuing body. Round 13 (feat/tune-aras) reads it as the
    # dictionary's "KH&CN"; a pair the dictionary does not have is left and listed.
    text = "Thứ trưởng Bộ KH-CN dự họp."
    assert said(text) == "Thứ trưởng Bộ khoa học và công nghệ dự họp."
    assert not messages(text)
    text = "Thứ trưởng Bộ KH-CQ dự họp."
    assert said(text) == text
    assert any("'CQ'" in m for m in messages(text))
    # a real symbol still names its issuer
    assert said("Theo KH-UBND của tỉnh.") == "Theo kế hoạch của Ủy ban nhân dân của tỉnh."
