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
