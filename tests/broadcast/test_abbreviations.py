"""The abbreviation dictionary as data, and the campaign's own units scoped to
its own place.

The dictionary's sentences here are written for each family, not taken from the
reading corpus."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from campaign.broadcast import normalize
from campaign.broadcast.abbreviations import ABBREVIATIONS, Lexicon, load_dictionary

_DATA = Path(__file__).resolve().parents[2] / "campaign" / "data" / "abbreviations.yml"

# --- the campaign's own units are scoped to its own place -------------------------

UNITS = {
    "UBND tỉnh": "Ủy ban nhân dân tỉnh Lạng Sơn",
    "TTYT": "Trung tâm Y tế huyện Văn Quan",
    "SYT": "Sở Y tế tỉnh Lạng Sơn",
    "TU": "Ban Thường vụ Thị ủy",
}


def _said(text: str) -> str:
    return normalize(text, abbreviations=UNITS).text


def test_a_unit_of_the_campaign_is_said_with_its_place() -> None:
    assert _said("UBND tỉnh vừa ban hành kế hoạch.") == (
        "Ủy ban nhân dân tỉnh Lạng Sơn vừa ban hành kế hoạch."
    )
    assert _said("TTYT tổ chức tiêm chủng.") == (
        "Trung tâm Y tế huyện Văn Quan tổ chức tiêm chủng."
    )


def test_news_quoting_another_place_does_not_get_the_campaigns_place() -> None:
    assert _said("UBND tỉnh Nghệ An vừa ban hành kế hoạch.") == (
        "Ủy ban nhân dân tỉnh Nghệ An vừa ban hành kế hoạch."
    )
    assert _said("TTYT Đồng Hỷ tổ chức tiêm chủng.") == (
        "Trung tâm Y tế Đồng Hỷ tổ chức tiêm chủng."
    )
    assert _said("TTYT huyện Đồng Hỷ tổ chức tiêm chủng.") == (
        "Trung tâm Y tế huyện Đồng Hỷ tổ chức tiêm chủng."
    )
    assert _said("Theo SYT Nghệ An, số ca giảm.") == "Theo Sở Y tế Nghệ An, số ca giảm."


def test_the_campaigns_own_place_named_again_is_said_once() -> None:
    assert _said("UBND tỉnh Lạng Sơn chỉ đạo.") == "Ủy ban nhân dân tỉnh Lạng Sơn chỉ đạo."


def test_an_entry_that_adds_no_place_is_not_scoped() -> None:
    # "Ban Thường vụ Thị ủy" names no place: a capital after it changes nothing
    assert _said("TU Sơn Tây họp.") == "Ban Thường vụ Thị ủy Sơn Tây họp."
    assert Lexicon(UNITS).scoped == frozenset({"UBND tỉnh", "TTYT", "SYT"})


def test_a_scoped_key_with_no_built_in_reading_is_left_and_listed() -> None:
    reading = normalize("XYZT Hà Giang họp.", abbreviations={"XYZT": "Tổ X huyện Văn Quan"})
    assert reading.text == "XYZT Hà Giang họp."
    assert any("XYZT" in w.message for w in reading.warnings)
