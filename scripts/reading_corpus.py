"""Score the loudspeaker normalizer on the corpus of real sentences.

Loads every ``tests/broadcast/corpus/*.yml`` (see the README there), runs
``campaign.broadcast.reading.normalize`` -- the function bulletins use -- on
each ``text`` and compares what it says with the hand-written ``reading`` and
its accepted alternatives (``also``).

A sentence is *fully right* when the normalizer's output equals one accepted
reading after folding what a listener cannot hear:

* letter case and Unicode form (NFC);
* spacing, including spaces around punctuation;
* a hyphen inside a word ("ki-lô-mét" = "ki lô mét");
* a letter standing alone and its name ("độ C" = "độ xê", "2C" read "hai C"
  = "hai xê"), for the letters whose Northern name is one unambiguous syllable;
* a letter standing alone in a *reading* and any one-syllable name of it the
  normalizer says, for the letters with more than one (D đê/dê, G giê/gờ, L lờ, M
  em/mờ, N en/nờ, R rờ, S ét/sờ, X ích/xờ): the reading leaves the name to
  the announcer ("51R" read "năm mươi mốt R"), so "năm mươi mốt rờ" is right.
  Not the other way: a letter the normalizer leaves is not a name the reading
  chose ("chữ S" read "sờ" is not matched by "chữ S");
* a letter's name of two syllables and its one-syllable name, in a reading or in the
  output: R "e rờ" = "rờ", L "e lờ" = "lờ", X "ích xì" = "ích" (readings write both;
  "ích xì ích xì" for a masked plate is heard as "ích ích");
* an international body radio says as one word, kept as written or in the
  dictionary's Vietnamese spelling: "UNESCO" = "U-nét-xcô", "ASEAN" = "A-xê-an",
  "APEC" = "A-pếch", "OPEC" = "Ô-pếch";
* quotation marks;
* punctuation, down to two kinds of pause: a short one (, ; : brackets and a
  dash standing between words) and a long one (. ! ? …); runs of pauses count
  as one (the longest), and a pause at either end of the line is dropped.

Everything else counts: every word, every digit, letter or symbol left in the
output, and where the pauses fall. A second column, *words right*, ignores the
pauses too, to tell wrong words from misplaced pauses.

Prints the share of sentences fully right per kind, per domain and overall,
and how many wrong sentences got at least one warning (a warning is the
normalizer telling the editor it was unsure). With ``-v``, a word-level diff
of each wrong sentence against the closest accepted reading. With
``--silent``, the same diff for the wrong sentences that carry NO warning only
(the worst case for a station editor who trusts the proof list), and a table
per corpus file of wrong-and-unwarned and right-but-warned sentences.

This is a measurement, not a test: it exits 0 whatever the score unless
``--fail-under PCT`` is given.

Usage: python scripts/reading_corpus.py [-v | --silent] [--kind KIND] [--domain DOMAIN]
       [--fail-under PCT] [FILE.yml ...]
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from campaign.broadcast.reading import normalize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "broadcast" / "corpus"

KINDS = (
    "number money percent decimal date time range unit phone plate roman abbreviation title "
    "url email minus symbol ordinal fraction docnumber plain"
).split()
FIELDS = ("id", "source", "domain", "kinds", "text", "reading", "also", "notes")

SHORT, LONG = ",", "."
_JOIN = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
_TOKEN = re.compile(
    r"\w+(?:['\u2019]\w+)*"  # a word, with an inner apostrophe (H'Drai)
    r"|\.{2,}|[.!?\u2026]"  # long pause
    r"|[,;:()\[\]\-\u2012\u2013\u2014\u2015]"  # short pause (a dash standing alone)
    r"|[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e]"  # quotation marks, dropped
    r"|\S",  # anything else: a symbol left in the text
)
_QUOTES = set("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")
# A letter standing alone is said by its name: "độ C" and "độ xê" sound the same.
# Only letters whose Northern name is one unambiguous syllable are folded.
_LETTER_NAMES = {
    "b": "bê",
    "c": "xê",
    "đ": "đê",
    "h": "hát",
    "k": "ca",
    "p": "pê",
    "q": "quy",
    "t": "tê",
    "v": "vê",
}
# Regional pairs that are equally right in any sentence (corpus README, Scoring):
# "ngàn" = "nghìn", "mùng" = "mồng", "lẻ" = "linh" (after "trăm"), "mươi bốn" =
# "mươi tư". Both sides are folded to the first form.
_SAME_WORD = {"ngàn": "nghìn", "mùng": "mồng"}
# A letter standing alone in a reading, for the letters with several one-syllable
# Northern names: the normalizer may say any of them (see the module docstring).
_ANY_NAME: dict[str, frozenset[str]] = {
    "d": frozenset({"đê", "dê"}),
    "g": frozenset({"giê", "gờ"}),
    "l": frozenset({"lờ"}),
    "m": frozenset({"em", "mờ"}),
    "n": frozenset({"en", "nờ"}),
    "r": frozenset({"rờ"}),
    "s": frozenset({"ét", "sờ"}),
    "x": frozenset({"ích", "xờ"}),
}
_SAME_AFTER = {("trăm", "lẻ"): "linh", ("mươi", "bốn"): "tư"}
# Letters with a name of two syllables beside the one-syllable one: R "e rờ" / "rờ", L
# "e lờ" / "lờ", X "ích xì" / "ích". Readings write both (corpus README, "Initialisms
# ..."); an announcer says either, so both sides fold to the one-syllable name.
_TWO_SYLLABLE_NAMES = {("e", "rờ"): "rờ", ("e", "lờ"): "lờ", ("ích", "xì"): "ích"}
# International bodies radio says as one word: the acronym kept as written and the
# dictionary's Vietnamese spelling of that word are heard the same (corpus README,
# "Acronyms said as words"; ao007, ao010, ao031 keep "UNESCO", ap011 writes "U-nét-xcô").
_SAID_AS_WORD = {
    "unesco": ("u", "nét", "xcô"),
    "asean": ("a", "xê", "an"),
    "apec": ("a", "pếch"),
    "opec": ("ô", "pếch"),
}


def tokens(text: str) -> list[str]:
    """The words and pauses a listener hears in ``text``."""
    text = unicodedata.normalize("NFC", text).casefold()
    # The Icelandic eth (Ð, U+00D0) that some pages type for Đ looks and, said by an
    # announcer, sounds the same: part I's notes already count either letter as right.
    text = text.replace("\u00f0", "\u0111")
    text = _JOIN.sub(" ", text)
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok in _QUOTES:
            continue
        if tok[0] in ".!?\u2026":
            tok = LONG
        elif len(tok) == 1 and tok in ",;:()[]-\u2012\u2013\u2014\u2015":
            tok = SHORT
        else:
            tok = _LETTER_NAMES.get(tok, tok).replace("\u2019", "'")
            tok = _SAME_WORD.get(tok, tok)
            if out:
                tok = _SAME_AFTER.get((out[-1], tok), tok)
        if tok in _SAID_AS_WORD:
            out += _SAID_AS_WORD[tok]
            continue
        if tok in (SHORT, LONG) and out and out[-1] in (SHORT, LONG):
            out[-1] = LONG if LONG in (tok, out[-1]) else SHORT
            continue
        out.append(tok)
    out = _one_syllable_names(out)
    while out and out[0] in (SHORT, LONG):
        out.pop(0)
    while out and out[-1] in (SHORT, LONG):
        out.pop()
    return out


def _one_syllable_names(toks: list[str]) -> list[str]:
    """``toks`` with each two-syllable letter name ("e rờ") made its one-syllable name."""
    out: list[str] = []
    for tok in toks:
        if out and (out[-1], tok) in _TWO_SYLLABLE_NAMES:
            out[-1] = _TWO_SYLLABLE_NAMES[out[-1], tok]
            continue
        out.append(tok)
    return out


def words(toks: Sequence[str]) -> list[str]:
    return [t for t in toks if t not in (SHORT, LONG)]


def same(got: Sequence[str], reading: Sequence[str]) -> bool:
    """Whether the normalizer's tokens say what the reading's say: equal, but a
    letter standing alone in the reading may be said by any of its names."""
    return len(got) == len(reading) and all(
        g == r or g in _ANY_NAME.get(r, ()) for g, r in zip(got, reading, strict=True)
    )


@dataclass
class Entry:
    id: str
    source: str
    domain: str
    kinds: list[str]
    text: str
    reading: str
    also: list[str] = field(default_factory=list)
    notes: str = ""
    file: str = ""

    @property
    def accepted(self) -> list[str]:
        return [self.reading, *self.also]


@dataclass
class Result:
    entry: Entry
    said: str
    warnings: list[str]
    right: bool
    words_right: bool
    closest: str


def load(paths: Iterable[Path]) -> tuple[list[Entry], list[str]]:
    """Every entry of the corpus files, and what is wrong with the files themselves."""
    entries: list[Entry] = []
    problems: list[str] = []
    seen: set[str] = set()
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(data, list):
            problems.append(f"{path.name}: not a list of entries")
            continue
        for n, item in enumerate(data, start=1):
            where = f"{path.name}#{n}"
            if not isinstance(item, dict):
                problems.append(f"{where}: not a mapping")
                continue
            unknown = set(item) - set(FIELDS)
            missing = {"id", "source", "domain", "kinds", "text", "reading"} - set(item)
            if unknown or missing:
                problems.append(f"{where}: unknown {sorted(unknown)}, missing {sorted(missing)}")
                continue
            entry = Entry(
                id=str(item["id"]),
                source=str(item["source"]),
                domain=str(item["domain"]),
                kinds=[str(k) for k in item["kinds"] or []],
                text=str(item["text"]),
                reading=str(item["reading"]),
                also=[str(a) for a in item.get("also") or []],
                notes=str(item.get("notes") or ""),
                file=path.name,
            )
            if entry.id in seen:
                problems.append(f"{where}: duplicate id {entry.id}")
            seen.add(entry.id)
            bad = [k for k in entry.kinds if k not in KINDS]
            if bad or not entry.kinds:
                problems.append(f"{entry.id}: kinds {bad or 'missing'} not in the vocabulary")
            for reading in entry.accepted:
                if re.search(r"\d", reading):
                    problems.append(f"{entry.id}: a reading has a digit: {reading!r}")
            entries.append(entry)
    return entries, problems


def score(entry: Entry) -> Result:
    reading = normalize(entry.text, source=entry.id)
    said = reading.text
    got = tokens(said)
    accepted = [tokens(a) for a in entry.accepted]
    right = any(same(got, a) for a in accepted)
    words_right = any(same(words(got), words(a)) for a in accepted)
    best = max(
        range(len(accepted)),
        key=lambda i: difflib.SequenceMatcher(None, accepted[i], got, autojunk=False).ratio(),
    )
    return Result(
        entry, said, [str(w) for w in reading.warnings], right, words_right, entry.accepted[best]
    )


def word_diff(expected: str, got: str) -> str:
    """``expected`` with ``[-missing-]`` and ``{+extra+}`` words marked."""
    a, b = tokens(expected), tokens(got)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out += a[i1:i2]
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}%" if d else "    -"


def table(title: str, groups: dict[str, list[Result]]) -> list[str]:
    rows = [f"{title:<16} {'n':>4} {'fully right':>12} {'words right':>12}"]
    for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
        rs = groups[key]
        full = sum(r.right for r in rs)
        wr = sum(r.words_right for r in rs)
        rows.append(
            f"{key:<16} {len(rs):>4} {full:>5} {pct(full, len(rs))} {wr:>5} {pct(wr, len(rs))}"
        )
    return rows


def proof_table(results: Sequence[Result]) -> list[str]:
    """Per corpus file: wrong sentences with no warning, right ones with a warning."""
    by_file: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_file[r.entry.file].append(r)
    rows = [f"{'file':<12} {'n':>4} {'wrong':>6} {'unwarned':>9} {'right, warned':>14}"]
    for name in sorted(by_file):
        rs = by_file[name]
        wrong = [r for r in rs if not r.right]
        silent = sum(not r.warnings for r in wrong)
        right = len(rs) - len(wrong)
        noisy = sum(bool(r.warnings) for r in rs if r.right)
        rows.append(f"{name:<12} {len(rs):>4} {len(wrong):>6} {silent:>9} {noisy:>6}/{right:<7}")
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="corpus files (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="diff every wrong sentence")
    parser.add_argument(
        "--silent",
        action="store_true",
        help="diff only wrong sentences with no warning; proof-list table per file",
    )
    parser.add_argument("--kind", help="only sentences of this kind")
    parser.add_argument("--domain", help="only sentences of this domain")
    parser.add_argument("--fail-under", type=float, metavar="PCT", help="exit 1 below this score")
    args = parser.parse_args(argv)

    files = args.files or sorted(CORPUS.glob("*.yml"))
    entries, problems = load(files)
    for problem in problems:
        print(f"corpus: {problem}", file=sys.stderr)
    if args.kind:
        entries = [e for e in entries if args.kind in e.kinds]
    if args.domain:
        entries = [e for e in entries if e.domain == args.domain]
    if not entries:
        print("no sentences", file=sys.stderr)
        return 1

    results = [score(e) for e in entries]
    by_kind: dict[str, list[Result]] = defaultdict(list)
    by_domain: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_domain[r.entry.domain].append(r)
        for k in dict.fromkeys(r.entry.kinds):
            by_kind[k].append(r)

    if args.verbose or args.silent:
        for r in results:
            if r.right or (args.silent and r.warnings):
                continue
            e = r.entry
            flag = "words right, pauses differ" if r.words_right else "wrong"
            print(f"--- {e.id} [{e.domain}; {', '.join(e.kinds)}] {flag}")
            print(f"text: {e.text}")
            print(f"said: {r.said}")
            print(f"diff: {word_diff(r.closest, r.said)}")
            for w in r.warnings:
                print(f"warn: {w}")
            print()

    if args.silent:
        print("\n".join(proof_table(results)))
        print()
    total = len(results)
    full = sum(r.right for r in results)
    wr = sum(r.words_right for r in results)
    wrong = [r for r in results if not r.right]
    warned = sum(bool(r.warnings) for r in wrong)
    files_note = ", ".join(sorted({e.file for e in entries}))
    print(f"Reading corpus: {total} sentences ({files_note})")
    print()
    print("\n".join(table("kind", by_kind)))
    print()
    print("\n".join(table("domain", by_domain)))
    print()
    print(f"overall: {full}/{total} fully right ({pct(full, total).strip()}), ", end="")
    print(f"{wr}/{total} words right ({pct(wr, total).strip()})")
    print(f"wrong sentences with a warning: {warned}/{len(wrong)}", end="")
    print(f" ({pct(warned, len(wrong)).strip()})" if wrong else "")
    warned_right = sum(bool(r.warnings) for r in results if r.right)
    print(f"right sentences with a warning: {warned_right}/{full}")
    if problems:
        print(f"corpus problems: {len(problems)} (see stderr)")
    counts = Counter(k for r in wrong for k in dict.fromkeys(r.entry.kinds))
    if counts:
        print("wrong sentences by kind: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    if args.fail_under is not None and 100 * full / total < args.fail_under:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
