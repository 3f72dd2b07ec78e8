"""Web and e-mail addresses as a radio announcer reads them (corpus README).

Only the host is said: the scheme, ``www.``, the path, the query and a trailing
slash are left out (a listener cannot note a path; the proof list carries the
full address). Each label of the host is read one way:

* a few labels radio says as a word or by a fixed spelling: ``gov`` "gờ o vê",
  ``edu`` "ê đu", ``vn`` "vê en", ``com`` "com", ``net`` "nét";
* a label that spells Vietnamese words without their tones is read as those
  words (``dichvucong`` "dịch vụ công"), possibly around a known abbreviation,
  which is spelled (``thithptquocgia`` "thi tê hát pê tê quốc gia"). The tones
  come from the words of the sentence itself first, then from the expansions
  of the abbreviation dictionary; a label is read as words only when at least
  one phrase of two syllables or more is found there (``moet`` is not "mở
  ết"); an acronym the dictionary says as a word is that word
  (``antoancovid`` "an toàn Cô-vít");
* any other label is spelled letter by letter with the Northern letter names
  used for spelling (``csgt`` "xê ét giê tê", ``moj`` "em o gi").

The dots are "chấm"; in an e-mail address ``@`` is "a còng".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import yaml

__all__ = ["read_addresses", "read_label", "spell"]

_URL = re.compile(
    r"(?:\b(?:https?:)?//|(?<![\w/])//|\bwww\.)(?P<host>[\w.-]+\w)[^\s()<>\[\]]*(?<![.,;:])"
)
_EMAIL = re.compile(r"(?<![\w.+-])(?P<local>[\w.+-]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)")
# "vov2.vn", "baochinhphu.vn": a host written without scheme or "www.", known by
# its ending; lower case only, so "TP.HCM" or "ThS.BS" are never taken for one.
_BARE_HOST = re.compile(
    r"(?<![\w@./:-])(?P<host>[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org))(?![\w-]|\.\w)"
)
_WEB_WORDS = Path(__file__).resolve().parent.parent / "data" / "web-words.yml"


@lru_cache(maxsize=1)
def _web_words() -> tuple[str, ...]:
    return tuple(str(w) for w in yaml.safe_load(_WEB_WORDS.read_text(encoding="utf-8")) or [])


def province_names() -> tuple[str, ...]:
    """The provinces and centrally run cities in lower case ("đồng nai", "hà nội"), as
    web-words.yml lists them from "hà nội" on."""
    words = _web_words()
    return words[words.index("hà nội") :]


_FIXED = {
    "gov": "gờ o vê",
    "edu": "ê đu",
    "vn": "vê en",
    "com": "com",
    "net": "nét",
    "org": "o rờ gờ",
}
# Letter names for spelling a word out (not a person's initials, which radio
# says "mờ", "nờ"...): "em", "en", "ét", "e rờ".
_SPELLING = {
    "a": "a", "b": "bê", "c": "xê", "d": "đê", "đ": "đê", "e": "e", "f": "ép",
    "g": "giê", "h": "hát", "i": "i", "j": "gi", "k": "ca", "l": "e lờ", "m": "em",
    "n": "en", "o": "o", "p": "pê", "q": "quy", "r": "e rờ", "s": "ét", "t": "tê",
    "u": "u", "v": "vê", "w": "vê kép", "x": "ích xì", "y": "i dài", "z": "dét",
    "0": "không", "1": "một", "2": "hai", "3": "ba", "4": "bốn", "5": "năm",
    "6": "sáu", "7": "bảy", "8": "tám", "9": "chín",
}  # fmt: skip
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?"
    r"[aeiouy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"[^\W\d_]+")
_MAX_PHRASE = 4


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def spell(label: str) -> str:
    """``label`` letter by letter, by the names used for spelling."""
    return " ".join(_SPELLING.get(c, c) for c in label.lower())


def _phrases(text: str) -> Iterable[tuple[str, str]]:
    """(toneless key, phrase) for every run of one to four Vietnamese syllables."""
    words = [w.lower() for w in _WORD.findall(text)]
    for i in range(len(words)):
        for n in range(1, _MAX_PHRASE + 1):
            run = words[i : i + n]
            if len(run) < n or not all(_SYLLABLE.fullmatch(_fold(w)) for w in run):
                break
            yield "".join(_fold(w) for w in run), " ".join(run)


@lru_cache(maxsize=4)
def _dictionary_vocabulary(expansions: tuple[str, ...]) -> dict[str, str]:
    """The commonest toned form of each toneless phrase in the dictionary's expansions."""
    counts: dict[str, Counter[str]] = {}
    for text in expansions:
        for key, phrase in _phrases(text):
            counts.setdefault(key, Counter())[phrase] += 1
    return {key: c.most_common(1)[0][0] for key, c in counts.items()}


def _vocabulary(sentence: str, expansions: tuple[str, ...]) -> dict[str, str]:
    vocabulary = dict(_dictionary_vocabulary(_web_words()))
    vocabulary.update(_dictionary_vocabulary(expansions))
    for key, phrase in _phrases(sentence):  # the sentence's own words win
        vocabulary[key] = phrase
    return vocabulary


def read_label(label: str, vocabulary: Mapping[str, str], abbreviations: Iterable[str]) -> str:
    """One label of a host or of an e-mail's local part (see the module doc)."""
    return _read_label(label, vocabulary, _spelled_keys(abbreviations))


def _said_as_word(reading: str) -> bool:
    """An acronym said as a word, in hyphenated syllables: "Cô-vít", "A-xê-an"."""
    parts = reading.split("-")
    return len(parts) >= 2 and all(part.isalpha() for part in parts)


def _word_keys(abbreviations: Iterable[str]) -> dict[str, str]:
    """The acronyms a label may hold that the dictionary says as a word ("covid")."""
    if not isinstance(abbreviations, Mapping):
        return {}
    return {
        k.lower(): v
        for k, v in abbreviations.items()
        if len(k) >= 3 and k.isalpha() and k.isupper() and _said_as_word(v)
    }


def _spelled_keys(abbreviations: Iterable[str]) -> frozenset[str]:
    """The abbreviations a label may hold, said letter by letter ("ubnd")."""
    return frozenset(
        k.lower() for k in abbreviations if len(k) >= 2 and k.isalpha() and k.isupper()
    )


def _read_label(label: str, vocabulary: Mapping[str, str], keys: frozenset[str]) -> str:
    low = label.lower()
    if low in _FIXED:
        return _FIXED[low]
    if not low.isalpha() or not low.isascii():
        return spell(low)
    # best[i]: (pieces, -syllables in words, readings, the most syllables of one piece)
    best: list[tuple[int, int, list[str], int] | None] = [None] * (len(low) + 1)
    best[0] = (0, 0, [], 0)
    for i in range(len(low)):
        here = best[i]
        if here is None:
            continue
        for j in range(i + 1, len(low) + 1):
            piece = low[i:j]
            options: list[tuple[int, str]] = []
            if piece == "bao" and i == 0 and j < len(low):
                # "baochinhphu", "baolangson": a label opening on "bao" before words
                # is a newspaper's, "báo …" (never the dictionary's commoner "bảo");
                # "baohiem" is still "bảo hiểm", one piece of two syllables.
                options.append((1, "báo"))
            elif piece in vocabulary:
                # "Cô-vít" is two syllables, as "an toàn" is.
                syllables = len(vocabulary[piece].replace("-", " ").split())
                options.append((syllables, vocabulary[piece]))
            if piece in keys:
                options.append((0, spell(piece)))
            for syllables, reading in options:
                candidate = (
                    here[0] + 1,
                    here[1] - syllables,
                    [*here[2], reading],
                    max(here[3], syllables),
                )
                old = best[j]
                if old is None or candidate[:2] < old[:2]:
                    best[j] = candidate
    found = best[len(low)]
    # Words only where one piece is a phrase of two syllables or more ("moet" is not
    # "mở ét"): a toneless syllable beside an abbreviation's letters ("sonnptnt": "so"
    # and NNPTNT) is not guessed either ("số" was said for "sở"); the letters' names
    # are no phrase.
    if found is None or found[3] < 2:
        return spell(low)
    return " ".join(found[2])


def read_addresses(text: str, expansions: tuple[str, ...], abbreviations: Iterable[str]) -> str:
    """Every web and e-mail address in ``text`` read as the module doc says."""
    bare = _BARE_HOST.search(text)
    if "@" not in text and "//" not in text and "www." not in text.lower() and bare is None:
        return text
    words = _BARE_HOST.sub(" ", _URL.sub(" ", _EMAIL.sub(" ", text)))
    # An acronym said as a word is one syllable of the label's words ("antoancovid");
    # the sentence's own words come first.
    vocabulary = {**_word_keys(abbreviations), **_vocabulary(words, expansions)}
    keys = _spelled_keys(abbreviations)  # once for the text, not for every label

    def host(name: str) -> str:
        labels = [p for p in name.split(".") if p and p.lower() != "www"]
        return " chấm ".join(
            " ".join(_read_label(part, vocabulary, keys) for part in label.split("-") if part)
            for label in labels
        )

    text = _EMAIL.sub(lambda m: f"{host(m['local'])} a còng {host(m['host'])}", text)
    text = _URL.sub(lambda m: host(m["host"]), text)
    return _BARE_HOST.sub(lambda m: host(m["host"]), text)
