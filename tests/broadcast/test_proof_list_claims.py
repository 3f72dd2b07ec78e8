"""What the proof list says was read is what was read, on every training sample.

An entry of the proof list tells the editor how the reader took a written form
("'5/10' được đọc là 'trên'", "'2-9' được đọc là khoảng ('đến')", "'a/b' đọc là
'hoặc'"); the editor decides from it whether to fix the text. The proof list once
decided those claims with its own copies of the reader's rules and they drifted
(twin12). This checks each such claim against the spoken line on the training samples
(``sample*.txt``, 1392 sentences; no corpus part), so that a new reading rule that the
proof list is not told about shows up here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from campaign.broadcast.numbers import read_int, read_month
from campaign.broadcast.reading import normalize

from .reading import load_sample

pytestmark = pytest.mark.slow

SAMPLES = sorted(Path(__file__).parent.glob("sample*.txt"))
_PAIR = re.compile(r"(?P<a>\d+)\s*(?P<sep>[/-])\s*(?P<b>\d+)")


def _n(x: str) -> str:
    return read_int(int(x))


def _month(x: str) -> tuple[str, ...]:
    names = {1: ("giêng",), 12: ("chạp",)}.get(int(x), ())
    return (read_month(int(x)), _n(x), *names)


def contradiction(token: str, message: str, spoken: str) -> str | None:
    """Why the claim of ``message`` about ``token`` is not what ``spoken`` says, or None."""
    spoken = spoken.casefold()
    if "đọc là 'hoặc'" in message and "/" in token:
        a, b = token.casefold().split("/", 1)
        return None if f"{a} hoặc {b}" in spoken else "said no 'hoặc'"
    pair = _PAIR.fullmatch(token)
    if pair is None:
        return None
    a, b = pair["a"], pair["b"]
    if "được đọc là 'trên'" in message or "được đọc là số ('trên')" in message:
        return None if f"{_n(a)} trên {_n(b)}" in spoken else "said no 'trên'"
    if "được đọc là phân số" in message:
        return None if "phần" in spoken else "said no 'phần'"
    if "được đọc là khoảng ('đến')" in message:
        said = (f"{_n(a)} đến {_n(b)}", f"{_n(a)} đến tháng {_n(b)}")
        return None if any(s in spoken for s in said) else "said no span"
    if "được đọc là ngày tháng" in message:
        return None if any(f"tháng {m}" in spoken for m in _month(b)) else "said no date"
    return None


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_claim_of_the_proof_list_is_what_was_said(path: Path) -> None:
    wrong = []
    for sentence in load_sample(path):
        reading = normalize(sentence.text)
        for w in reading.warnings:
            why = contradiction(w.token, w.message, reading.text)
            if why is not None:
                wrong.append(f"{sentence.text[:60]!r}: {w.token}: {why}")
    assert wrong == []


@pytest.mark.parametrize(
    ("token", "message", "spoken"),
    [
        ("vở/học", "'vở/học' đọc là 'hoặc': …", "năm quyển vở một học sinh"),
        ("1/4", "'1/4' được đọc là ngày tháng; …", "tỉ lệ chọi một trên bốn"),
        ("5-6", "'5-6' được đọc là ngày tháng (ngày cuối …); …", "từ bốn đến năm đến sáu"),
        ("4-7", "'4-7' được đọc là khoảng ('đến'); …", "mồng ba và mồng bốn tháng bảy"),
    ],
)
def test_the_check_sees_the_drift_it_is_for(token: str, message: str, spoken: str) -> None:
    # Claims the proof list made on main before twin12, against what the reader said.
    assert contradiction(token, message, spoken) is not None
