"""The plan importer measured on the corpus of real plans (tests/plans/corpus and the
fixtures with a facts file): ``scripts/plan_corpus.py`` scores every field against the
hand-written facts; these tests fail when the importer crashes, writes words that are not
in the plan, or falls below the accuracy it reached."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The accuracy reached when these floors were set. Tuned: 320/320 (round 5, units, with
# the facts of 06, 14, 15 and 22 corrected; round 3 left it at 312/320, round 2 at
# 302/320). Held-out: a group of eight commune plans, 42/80 when first scored untouched,
# then used to fix general causes: 80/80 (no longer a blind score, see
# tests/plans/corpus/README.md). Raise them when the importer gets better.
TUNED_FLOOR = 0.99
HELDOUT_FLOOR = 0.98
# Round 4's blind group (39-45, province plans never shown to the importer): 66/70 when
# first scored untouched, then used to fix general causes: 69/70 (tuned on since; 70/70
# after round 5).
BLIND_FLOOR = 0.98
# Round 5's blind group (46-47, a school Youth Union's and a school trade union's plans as
# posted on the web): 17/20 untouched, 20/20 after two general rules (tuned on since).
BLIND5_FLOOR = 0.95


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "plan_corpus", ROOT / "scripts" / "plan_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["plan_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_corpus_scores() -> None:
    scorer = _scorer()
    scored = scorer.score()
    print("\n" + scorer.table(scored))
    results = scored["results"]
    assert len([r for r in results if r["group"] != "fixtures"]) >= 30
    assert len([r for r in results if r["group"] == "heldout"]) >= 8
    crashed = [f"{r['name']}: {r['crash']}" for r in results if "crash" in r]
    assert not crashed, crashed
    foreign = [line for r in results for line in r["foreign"]]
    assert not foreign, foreign
    assert scorer.accuracy(scored, "tuned") >= TUNED_FLOOR
    assert scorer.accuracy(scored, "heldout") >= HELDOUT_FLOOR
    assert len([r for r in results if r["group"] == "blind"]) >= 7
    assert scorer.accuracy(scored, "blind") >= BLIND_FLOOR
    assert len([r for r in results if r["group"] == "blind5"]) >= 2
    assert scorer.accuracy(scored, "blind5") >= BLIND5_FLOOR
    assert scorer.accuracy(scored, "fixtures") == 1.0


def test_scorer_catches_a_wrong_value() -> None:
    """The checks are not vacuous: a wrong or missing value is wrong."""
    scorer = _scorer()
    assert not scorer.CHECKS["number"]("0125/KH-UBND", "0126/KH-UBND")
    assert not scorer.CHECKS["number"]("0125/KH-UBND", None)
    assert scorer.CHECKS["number"](None, None)
    assert not scorer.CHECKS["letterhead"](["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"], ["ỦY BAN NHÂN DÂN"])
    assert scorer.CHECKS["letterhead"](
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"], ["ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"]
    )
    assert scorer.foreign_words("Ủy ban nhân dân tỉnh", {"issuer": "Chủ nghĩa Việt Nam"}, {})
    # Old and new tone placement are the same spelling; a missing word is not.
    assert scorer.CHECKS["issuer"]("Ủy ban nhân dân tỉnh Hòa Bình", "Uỷ ban nhân dân tỉnh Hoà Bình")
    assert not scorer.CHECKS["issuer"]("Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân tỉnh")
    assert scorer.modern_tones("quý, thuỷ, khoẻ") == "quý, thủy, khỏe"


@pytest.mark.build
@pytest.mark.parametrize("plan", [c[0] for c in _scorer().cases()], ids=lambda p: p.stem)
def test_init_then_build(plan: Path) -> None:
    """`campaign init --from-plan` then `campaign build` succeed on every plan."""
    scorer = _scorer()
    status, detail = scorer.build(plan, 900)
    assert status == "ok", f"{plan.name}: {status}: {detail}"
