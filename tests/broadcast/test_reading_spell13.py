"""How letters are said (issue 17, round 13): an unknown acronym spelled by its letters'
Northern names and still listed. The sentences are written for each rule, not taken
from the corpus.
"""

from __future__ import annotations

from .reading import _corpus_scorer, messages, said

# --- an unknown acronym is spelled, and stays on the proof list ---------------------------


def test_an_unknown_acronym_is_said_by_its_letters_and_listed() -> None:
    text = "Đoàn viên QKVT đã dọn vệ sinh đường làng."
    assert said(text) == "Đoàn viên quy ca vê tê đã dọn vệ sinh đường làng."
    assert any(
        m.startswith("chữ viết tắt chưa biết: 'QKVT' đã đọc từng chữ cái ('quy ca vê tê')")
        for m in messages(text)
    )


def test_spelled_acronyms_take_the_names_acronyms_are_spelled_with() -> None:
    # M "em", N "en", S "ét", X "ích", as "UBND" is spelt "u bê en đê"
    assert said("Công ty SMX trao quà.") == "Công ty ét em ích trao quà."
    assert said("Hợp tác xã BNF nhận giống.") == "Hợp tác xã bê en ép nhận giống."


def test_two_letters_are_spelled() -> None:
    assert said("Khu phố KB, phường Hòa Bình.") == "Khu phố ca bê, phường Hòa Bình."


def test_letters_joined_by_a_dash_are_spelled_together() -> None:
    assert said("Mẫu xét nghiệm HKT-VQL âm tính.") == "Mẫu xét nghiệm hát ca tê-vê quy lờ âm tính."


def test_a_known_abbreviation_is_not_respelled() -> None:
    # the dictionary expands it; nothing is spelled, nothing listed as unknown
    assert said("UBND xã họp.") == "Ủy ban nhân dân xã họp."
    assert not any("chưa biết" in m for m in messages("UBND xã họp."))


def test_a_compound_with_a_known_part_that_is_no_spelling_stays_as_written() -> None:
    # "TT" is known (thị trấn, thông tư); spelling only "QKV" would break the name
    text = "Phòng QKV-TT huyện họp."
    assert "QKV-TT" in said(text)
    assert any("'QKV'" in m and "hãy thêm vào từ điển" in m for m in messages(text))


def test_letters_of_two_meanings_are_not_spelled() -> None:
    # "KH": kế hoạch, khoa học … is listed with its meanings, never spelled
    assert "KH" in said("Hội KH xã tổng kết.")


# --- not spelled: words, names said as words, headlines, foreign compounds ---------------


def test_a_vietnamese_syllable_in_capitals_is_not_spelled() -> None:
    assert "TOÀN" in said("Anh Lê TOÀN đến dự.")


def test_a_name_said_as_a_word_is_kept() -> None:
    # storm names, brands: the letters run as syllables
    assert said("Bão MELOR suy yếu.") == "Bão MELOR suy yếu."
    assert "NOVATA" in said("Công ty NOVATA tài trợ.")
    assert "LUMAX" in said("Nhãn hàng LUMAX ra mắt.")


def test_an_acronym_in_a_headline_in_capitals_is_not_spelled() -> None:
    text = "THÔNG BÁO CỦA BQLX VỀ VIỆC NGHỈ LỄ"
    assert "BQLX" in said(text)


def test_an_acronym_joined_to_a_foreign_word_is_kept() -> None:
    assert "VTS-Index" in said("Chỉ số VTS-Index giảm nhẹ.")
    assert "HTK News" in said("Trang HTK News đưa tin.")


def test_a_place_written_in_capitals_is_not_spelled() -> None:
    # "EA Tiêu": a Vietnamese syllable before a name
    assert said("Xã EA Tiêu tổ chức lễ hội.") == "Xã EA Tiêu tổ chức lễ hội."


def test_a_roman_number_is_not_spelled() -> None:
    assert "ích vê" not in said("Thế kỷ XV có nhiều đổi thay.")


# --- the scorer: a letter's two-syllable name is its one-syllable name -------------------


def test_the_scorer_takes_two_syllable_letter_names_as_the_one_syllable_ones() -> None:
    scorer = _corpus_scorer()
    same, tokens = scorer.same, scorer.tokens
    # written either way in a reading, said either way by the reader
    assert same(tokens("biển số chấm ích xì ích xì"), tokens("biển số chấm ích ích"))
    assert same(tokens("trang e rờ tê chấm vê en"), tokens("trang rờ tê chấm vê en"))
    assert same(tokens("mã lờ a"), tokens("mã e lờ a"))
    # a letter left in the reading takes the two-syllable name too
    assert same(tokens("xe ích xì"), tokens("xe X")) and same(tokens("hạng e rờ"), tokens("hạng R"))
    # nothing else is folded: "e" or "xì" before or after another word
    assert not same(tokens("e ngại"), tokens("ngại"))
    assert not same(tokens("xì dầu"), tokens("dầu"))
    assert not same(tokens("e lờ"), tokens("e"))


# --- UNESCO: a name said as one word ------------------------------------------------------


def test_unesco_is_said_as_the_dictionarys_word_and_not_listed_as_foreign() -> None:
    text = "Ngôi đình được UNESCO ghi danh năm ngoái."
    assert said(text) == "Ngôi đình được U-nét-xcô ghi danh năm ngoái."
    assert not any("xcô" in m for m in messages(text))
    # a foreign word that is no dictionary reading is still listed
    assert any("'rubella'" in m for m in messages("Trẻ được tiêm vắc xin rubella."))


def test_the_scorer_takes_a_body_said_as_a_word_kept_as_written() -> None:
    scorer = _corpus_scorer()
    same, tokens = scorer.same, scorer.tokens
    assert same(tokens("được U-nét-xcô ghi danh"), tokens("được UNESCO ghi danh"))
    assert same(tokens("khối A-xê-an"), tokens("khối ASEAN"))
    assert same(tokens("khối ASEAN"), tokens("khối A-xê-an"))
    # not letter by letter, and no other acronym
    assert not same(tokens("được u en e ét xê o ghi danh"), tokens("được UNESCO ghi danh"))
    assert not same(tokens("Tổ chức Y tế Thế giới"), tokens("WHO"))
