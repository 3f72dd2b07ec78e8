"""Three reader leftovers of issue 17 (round 10), on sentences written for the rule
(none taken from the corpus)."""

from __future__ import annotations

from .reading import messages, said

# --- a unit the reader said is no unknown word: "mi-li-mol", "héc-tô-pát-xcan" -------


def test_mmol_per_litre_is_not_listed_as_unknown() -> None:
    assert said("Đường huyết lúc đói 9 mmol/L.") == "Đường huyết lúc đói chín mi-li-mol một lít."
    assert not any("mol" in m for m in messages("Đường huyết lúc đói 9 mmol/L."))


def test_hectopascal_is_not_listed_as_foreign() -> None:
    line = "Áp suất tại tâm bão khoảng 985 hPa."
    assert said(line) == "Áp suất tại tâm bão khoảng chín trăm tám mươi lăm héc-tô-pát-xcan."
    assert not any("xcan" in m for m in messages(line))


def test_a_syllable_written_alone_is_still_listed() -> None:
    # Only the unit's own reading is known: "xcan" standing alone is still foreign.
    assert any("'xcan'" in m for m in messages("Đơn vị xcan được dùng ở đây."))
    assert any("'mol'" in m for m in messages("Nồng độ 9 mmol/L, một mol là bao nhiêu."))


# --- a score written with a colon: "tỷ số 1:0", "thắng 3:1" -------------------------


def test_colon_score_after_ty_so_is_said_like_the_hyphen_form() -> None:
    assert said("Hết hiệp một, tỷ số 1:0 nghiêng về đội khách.") == (
        "Hết hiệp một, tỷ số một - không nghiêng về đội khách."
    )
    # The hyphen form with the same follower ("nghiêng" was no follower: "hai đến một").
    assert said("Tỷ số 2-1 nghiêng về đội nhà.") == "Tỷ số hai - một nghiêng về đội nhà."
    assert said("Chung cuộc tỉ số 2:1.") == "Chung cuộc tỉ số hai - một."
    assert said("Đội tuyển nữ hòa 1 : 1 trên sân nhà.") == (
        "Đội tuyển nữ hòa một - một trên sân nhà."
    )


def test_colon_score_after_a_match_verb_then_a_clock_time() -> None:
    line = "Đội bóng xã thắng 3:1 lúc 16:30 chiều qua."
    assert said(line) == "Đội bóng xã thắng ba - một lúc mười sáu giờ ba mươi phút chiều qua."
    assert said("Đội bóng xã thắng 3-1 lúc 16 giờ.") == (
        "Đội bóng xã thắng ba - một lúc mười sáu giờ."
    )


def test_colon_score_is_listed_as_a_score() -> None:
    found = messages("Chung cuộc tỉ số 2:1.")
    assert any("'2:1' được đọc là tỉ số trận đấu" in m for m in found)
    assert not any("16:30" in m for m in messages("Đội bóng xã thắng 3:1 lúc 16:30."))


def test_clock_time_after_a_match_word_stays_a_time() -> None:
    # "dẫn" of "hướng dẫn" and "thắng" with words between are no score for "7:30".
    assert said("Hướng dẫn 7:30.") == "Hướng dẫn bảy giờ ba mươi phút."
    assert said("Đội nhà thắng lúc 7:30 tối qua.") == (
        "Đội nhà thắng lúc bảy giờ ba mươi phút tối qua."
    )
    assert not messages("Đội nhà thắng lúc 7:30 tối qua.")
    # A clock-shaped pair right after "tỷ số" is a score.
    assert said("Tỷ số 21:19.") == "Tỷ số hai mươi mốt - mười chín."
