"""What the normalizer says for a text, and what it was unsure of: the two views the
reading-rule tests assert on."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from campaign.broadcast import normalize


def said(text: str) -> str:
    return normalize(text).text


def messages(text: str) -> list[str]:
    return [w.message for w in normalize(text).warnings]


def _corpus_scorer() -> ModuleType:
    name = "reading_corpus"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parents[2] / "scripts" / "reading_corpus.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def heard_as(text: str, *readings: str) -> bool:
    """Whether what the normalizer says for ``text`` is heard as one of ``readings``,
    folded as the corpus scorer folds (case, spacing, hyphens inside a word, a lone
    letter and its name, 'lẻ'/'linh', 'mươi bốn'/'mươi tư', the two kinds of pause)."""
    scorer = _corpus_scorer()
    got = scorer.tokens(said(text))
    return any(scorer.same(got, scorer.tokens(r)) for r in readings)
