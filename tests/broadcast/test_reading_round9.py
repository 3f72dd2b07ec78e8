"""Silent misreadings of the reader left at the end of round 8 (issue 17), each on
its own, on sentences written for the rule (none taken from the corpus)."""

from __future__ import annotations

import re

from campaign.broadcast.abbreviations import UPPER, held_post_slashes

from .reading import messages, said

# --- a capital is a capital: "[A-ZĐÀ-Ỹ]" also holds "đ", "ư", "ơ" and toned small
# letters, so older rules took "Cao điểm" for a family name and a given name, "> đáng"
# for a route's arrow between names, "ông ấy" for a person named -----------------------


def test_upper_holds_no_small_letter() -> None:
    capital = re.compile(f"[{UPPER}]")
    assert all(capital.match(c) for c in "AĐÂƯƠÝỸÀẠ")
    assert not any(capital.match(c) for c in "đươàạấýỹ")


def test_counted_title_stop_ends_the_sentence_before_a_small_toned_word() -> None:
    # "Cao" is a family name, "điểm" no given name: the stop ends the sentence (it was
    # swallowed: "năm Bác sĩ Cao điểm là …").
    assert said("Đoàn khám gồm 5 BS. Cao điểm là ngày thứ bảy.") == (
        "Đoàn khám gồm năm Bác sĩ. Cao điểm là ngày thứ bảy."
    )
    assert said("Đoàn khám gồm 5 BS. Cao Văn Hùng phụ trách.") == (
        "Đoàn khám gồm năm Bác sĩ Cao Văn Hùng phụ trách."
    )


def test_greater_than_before_a_small_toned_word_compares() -> None:
    # a route's arrow stands between names; "đáng" is none (it was ", đến đáng kể").
    assert said("Giá vàng tăng > đáng kể so với tháng trước.") == (
        "Giá vàng tăng lớn hơn đáng kể so với tháng trước."
    )


def test_a_pronoun_after_chi_is_no_person_named() -> None:
    # "chị ấy" names nobody: "/" between posts is not one person's posts held together.
    assert held_post_slashes("Chị ấy – Trưởng thôn/Bí thư chi bộ cho biết") == []
    assert held_post_slashes("Chị Hoa – Trưởng thôn/Bí thư chi bộ cho biết") == [(21, 22)]


# --- a Party code's issuer "/TW" is said, "của Trung ương", unless the sentence names
# a central body itself -------------------------------------------------------------


def test_party_code_says_its_issuer() -> None:
    assert said("Thực hiện Kết luận số 21-KL/TW về công tác cán bộ.") == (
        "Thực hiện Kết luận số hai mươi mốt của Trung ương về công tác cán bộ."
    )
    assert said("Chỉ thị 05-CT/TW của Bộ Chính trị và Quy định 08-QĐi/TW về nêu gương.") == (
        "Chỉ thị năm của Bộ Chính trị và Quy định tám của Trung ương về nêu gương."
    )


def test_party_code_issuer_not_said_when_the_sentence_names_it() -> None:
    assert said("Bộ Chính trị ban hành Chỉ thị 06-CT/TW.") == "Bộ Chính trị ban hành Chỉ thị sáu."
    assert said("Kết luận 14-KL/TW ngày 5/3/2021 của Ban Bí thư được quán triệt.") == (
        "Kết luận mười bốn ngày mồng năm tháng ba năm hai nghìn không trăm hai mươi mốt"
        " của Ban Bí thư được quán triệt."
    )


def test_directive_type_said_once_before_ct() -> None:
    assert said("Xã thực hiện nghiêm chỉ thị CT 16 về giãn cách.") == (
        "Xã thực hiện nghiêm chỉ thị mười sáu về giãn cách."
    )
    assert said("Theo CT 16, chỉ thị về giãn cách.") == (
        "Theo Chỉ thị mười sáu, chỉ thị về giãn cách."
    )


def test_a_unit_after_a_slash_ending_the_sentence_is_no_initial() -> None:
    assert said("Đường huyết lúc đói 12 mmol/L.") == (
        "Đường huyết lúc đói mười hai mi-li-mol một lít."
    )


def test_map_scale_is_one_part_in_so_many() -> None:
    assert said("Tỷ lệ bản đồ 1:500 được dùng.") == "Tỷ lệ bản đồ một phần năm trăm được dùng."
    assert said("Bản đồ tỉ lệ 1:25.000 của xã.") == (
        "Bản đồ tỉ lệ một phần hai mươi lăm nghìn của xã."
    )
    # no map: two amounts compared, not a scale
    assert "một phần hai" not in said("Tỷ lệ 1:2 giữa nam và nữ.")


def test_pc_before_a_unit_that_no_deputy_chief_heads_is_left_and_listed() -> None:
    assert said("PC huyện đội dự họp.") == "PC huyện đội dự họp."
    assert any("'PC'" in w for w in messages("PC huyện đội dự họp."))
    assert said("Bà Lan, PC Thanh tra tỉnh.") == "Bà Lan, Phó Chánh Thanh tra tỉnh."


def test_alarm_levels_in_brackets_are_read() -> None:
    written = "Mực nước trên báo động (BĐ2-BĐ3) tại sông Hồng."
    assert said(written) == ("Mực nước trên báo động (báo động hai đến báo động ba) tại sông Hồng.")
    assert messages(written) == []
    assert said("Mực nước ở mức (BĐ2) tại sông Hồng.") == (
        "Mực nước ở mức (báo động hai) tại sông Hồng."
    )
    # said just before: the bracket repeats it
    assert said("Mực nước trên báo động 2 (BĐ2) tại sông Hồng.") == (
        "Mực nước trên báo động hai tại sông Hồng."
    )


def test_day_range_across_two_months_says_ngay_on_both_ends() -> None:
    assert said("Từ ngày 29/5 - 3/6 tổ chức tiêm chủng.") == (
        "Từ ngày hai mươi chín tháng năm đến ngày mồng ba tháng sáu tổ chức tiêm chủng."
    )
    # one month written twice: "ngày" once, as before
    assert said("Từ ngày 20/5-25/5 tổ chức tiêm chủng.") == (
        "Từ ngày hai mươi tháng năm đến hai mươi lăm tháng năm tổ chức tiêm chủng."
    )
    # with a year, as the seed plan's span is read
    assert said("Từ ngày 02 - 20/6/2025 tổ chức tiêm chủng.") == (
        "Từ ngày mồng hai đến ngày hai mươi tháng sáu năm hai nghìn không trăm hai mươi lăm"
        " tổ chức tiêm chủng."
    )
