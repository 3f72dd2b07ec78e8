"""Measure the plan importer on the corpus of real plans (a measurement, not a test).

For every plan with a facts file (``tests/plans/corpus/NN-*.txt`` and the test
fixtures in ``tests/plans``) this reads the plan the way
``campaign init --from-plan`` does (the importer's own functions, imported
below and not modified), compares what it extracted with the hand-written
``NN-*.facts.yml`` beside it, field by field, and prints a table plan x field
with the per-field and overall accuracy, then the values whose words do not
occur in the plan ("words not in the plan").

What counts as right, per field:

- strings (issuer, number, place, title): equal after NFC, whitespace folding,
  stripping Markdown emphasis marks, and (title, issuer) case folding;
- letterhead: the header lines joined with spaces, compared like a string
  (how a line was wrapped does not matter);
- date: the same day;
- signer: name, position and "on behalf" line all equal (a field the facts
  give as null must be absent from the tool's reading);
- recipients: the same count;
- deadlines: the same set of days; a recurring deadline in the facts
  (``--MM-DD``, no year) matches any tool date with that day and month;
- units: the same set of names after folding, a name matching when one
  contains the other (and a leading "Đề nghị" dropped).

A field the tool leaves empty where the facts say null is right. ``--build``
also runs ``campaign init`` into a temporary folder and ``campaign build``
there, and reports the first error line of each step that fails.

Plans whose facts say ``heldout: true`` are a held-out group, scored apart; ``-v`` does
not show their wrong values unless ``--heldout`` is given.

Usage: python scripts/plan_corpus.py [--build] [--only NN] [--verbose [--heldout]]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

# The importer, as `campaign init --from-plan` runs it: parse the layout, then read the
# facts.
from campaign.importers.plan.facts import PLACEHOLDER_ISSUER, read_facts
from campaign.importers.plan.parse import parse_plan

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "plans" / "corpus"
CAMPAIGN = Path(sys.executable).parent / "campaign"
FIELDS = [
    "issuer",
    "letterhead",
    "number",
    "date",
    "place",
    "title",
    "signer",
    "recipients",
    "deadlines",
    "units",
]


# --- normalising ------------------------------------------------------------------------


# Old and new tone placement are the same word ("Uỷ ban" / "Ủy ban", "hoà" / "hòa"): the
# mark moves from the second vowel of a closing "oa", "oe", "uy" to the first.
_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
_OLD_TONES = {
    old: new
    for pair, marks in (("o", "aàáảãạ"), ("o", "eèéẻẽẹ"), ("u", "yỳýỷỹỵ"))
    for old, new in zip(
        (pair + m for m in marks[1:]),
        (unicodedata.normalize("NFC", pair + c + marks[0]) for c in _TONE_MARKS),
        strict=True,
    )
}
_OLD_TONE = re.compile(r"(?i)(?<!q)(" + "|".join(_OLD_TONES) + r")(?!\w)")


def modern_tones(text: str) -> str:
    """``text`` with the tone marks of closing "oa", "oe", "uy" on the first vowel
    ("quý" keeps its mark: the "u" belongs to "qu")."""

    def swap(m: re.Match[str]) -> str:
        new = _OLD_TONES[m[1].lower()]
        if m[1].isupper():
            return new.upper()
        return new[0].upper() + new[1:] if m[1][0].isupper() else new

    return _OLD_TONE.sub(swap, text)


def fold(text: Any, casefold: bool = False) -> str:
    """NFC, no Markdown emphasis, one space between words, one tone placement."""
    out = unicodedata.normalize("NFC", str(text)).replace("*", "").replace("_", " ")
    out = modern_tones(out)
    out = " ".join(out.split()).strip(" .,;:")
    return out.casefold() if casefold else out


def words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())


def empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def as_day(value: Any) -> dt.date | str | None:
    """A date from the facts (date or "--MM-DD") or from the tool ("dd/mm/yyyy")."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if m := re.fullmatch(r"--(\d\d)-(\d\d)", text):
        return f"--{m[1]}-{m[2]}"
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", text):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    return text


# --- what the tool extracted --------------------------------------------------------------


def extract(text: str, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The importer's reading of one plan, as the fields the facts files hold."""
    plan = parse_plan(text, name)
    facts = read_facts(plan)
    data = facts.data
    head = data.get("plan", {})
    issuer = head.get("issuer")
    signer = head.get("signer")
    got: dict[str, Any] = {
        "issuer": None if issuer == PLACEHOLDER_ISSUER else issuer,
        "letterhead": [line for _, line in plan.header] or None,
        "number": head.get("number"),
        "date": as_day(head.get("date")),
        "place": head.get("place"),
        "title": head.get("title") or None,
        "signer": None
        if not signer
        else {
            "name": signer.get("name"),
            "position": signer.get("position"),
            "on_behalf": signer.get("authority"),
        },
        "recipients": len(head.get("recipients", [])) or None,
        "deadlines": sorted(
            {
                as_day(task["deadline"])  # type: ignore[misc]
                for assignment in data.get("assignments", [])
                for task in assignment.get("tasks", [])
                if task.get("deadline")
            },
            key=str,
        ),
        "units": [unit["name"] for unit in data.get("units", [])],
    }
    extra = {"recipient_names": [r["name"] for r in head.get("recipients", [])]}
    return got, extra


# --- comparing ---------------------------------------------------------------------------


def same_text(casefold: bool) -> Callable[[Any, Any], bool]:
    def check(want: Any, got: Any) -> bool:
        if want is None:
            return empty(got)
        return not empty(got) and fold(want, casefold) == fold(got, casefold)

    return check


def same_letterhead(want: Any, got: Any) -> bool:
    if not want:
        return empty(got)
    return not empty(got) and fold(" ".join(want)) == fold(" ".join(got))


def same_date(want: Any, got: Any) -> bool:
    return as_day(want) == got if want is not None else got is None


def same_signer(want: Any, got: Any) -> bool:
    if not want or all(v is None for v in want.values()):
        return empty(got)
    if empty(got):
        return False
    for key in ("name", "position", "on_behalf"):
        if want.get(key) is None:
            if not empty(got.get(key)):
                return False
        elif empty(got.get(key)) or fold(want[key]) != fold(got[key]):
            return False
    return True


def same_count(want: Any, got: Any) -> bool:
    return want == got if want is not None else empty(got)


def same_deadlines(want: Any, got: Any) -> bool:
    wanted = [as_day(d["date"]) for d in want or []]
    gotten = list(got or [])

    def matches(w: Any, g: Any) -> bool:
        if isinstance(w, str) and isinstance(g, dt.date):
            return w == f"--{g.month:02d}-{g.day:02d}"
        return bool(w == g)

    return all(any(matches(w, g) for g in gotten) for w in wanted) and all(
        any(matches(w, g) for w in wanted) for g in gotten
    )


def _unit(name: str) -> str:
    return fold(re.sub(r"^\W*(Đề nghị|Giao)\s+", "", fold(name)), casefold=True)


def unit_match(a: str, b: str) -> bool:
    a, b = _unit(a), _unit(b)
    return bool(a) and bool(b) and (a in b or b in a)


def same_units(want: Any, got: Any) -> bool:
    want, got = want or [], got or []
    return all(any(unit_match(w, g) for g in got) for w in want) and all(
        any(unit_match(w, g) for w in want) for g in got
    )


CHECKS: dict[str, Callable[[Any, Any], bool]] = {
    "issuer": same_text(casefold=True),
    "letterhead": same_letterhead,
    "number": same_text(casefold=False),
    "date": same_date,
    "place": same_text(casefold=False),
    "title": same_text(casefold=True),
    "signer": same_signer,
    "recipients": same_count,
    "deadlines": same_deadlines,
    "units": same_units,
}


def foreign_words(plan_text: str, got: dict[str, Any], extra: dict[str, Any]) -> list[str]:
    """Extracted values holding words the plan does not contain."""
    vocabulary = set(words(plan_text))
    values: list[tuple[str, str]] = []
    for key in ("issuer", "number", "place", "title"):
        if got.get(key):
            values.append((key, str(got[key])))
    for line in got.get("letterhead") or []:
        values.append(("letterhead", line))
    for key, value in (got.get("signer") or {}).items():
        if value:
            values.append((f"signer.{key}", value))
    for name in got.get("units") or []:
        values.append(("units", name))
    for name in extra.get("recipient_names") or []:
        values.append(("recipients", name))
    out = []
    for key, value in values:
        missing = [w for w in words(value) if w not in vocabulary]
        if missing:
            out.append(f"{key}: “{value}” ({', '.join(dict.fromkeys(missing))})")
    return out


# --- the optional build ----------------------------------------------------------------


def first_error(proc: subprocess.CompletedProcess[str]) -> str:
    lines = [line.strip() for line in (proc.stderr + "\n" + proc.stdout).splitlines()]
    lines = [line for line in lines if line]
    for line in lines:
        if re.search(r"lỗi|error|Error|Traceback|cần|không", line):
            return line[:200]
    return (lines[-1] if lines else f"mã thoát {proc.returncode}")[:200]


def build(plan: Path, timeout: int) -> tuple[str, str]:
    """("ok"|"FAIL", detail) for init, then build, in a temporary folder."""
    tmp = Path(tempfile.mkdtemp(prefix="plan-corpus-"))
    folder = tmp / "campaign"
    try:
        init = subprocess.run(
            [str(CAMPAIGN), "init", "--from-plan", str(plan), str(folder)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if init.returncode != 0:
            return "init FAIL", first_error(init)
        try:
            built = subprocess.run(
                [str(CAMPAIGN), "-C", str(folder), "build"],
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return "build FAIL", f"quá {timeout} s"
        if built.returncode != 0:
            return "build FAIL", first_error(built)
        return "ok", ""
    except subprocess.TimeoutExpired:
        return "init FAIL", f"quá {timeout} s"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --- main ----------------------------------------------------------------------------------

PLANS = ROOT / "tests" / "plans"
GROUPS = ("tuned", "fixtures", "heldout", "blind", "blind5")


def cases(only: list[str] | None = None) -> list[tuple[Path, Path, str]]:
    """(text, facts, group) for every plan with a facts file: the corpus, then the test
    fixtures in ``tests/plans``. A facts file marked ``heldout: true`` is the held-out
    group, ``fixture: true`` (texts written for the tests, not real plans) the fixtures."""
    found = []
    for facts in sorted(CORPUS.glob("*.facts.yml")) + sorted(PLANS.glob("*.facts.yml")):
        stem = facts.name.removesuffix(".facts.yml")
        text = next(
            (p for p in (facts.with_name(stem + ext) for ext in (".txt", ".md")) if p.exists()),
            None,
        )
        if text is None or (only and stem[:2] not in only and stem not in only):
            continue
        head = yaml.safe_load(facts.read_text(encoding="utf-8"))
        group = (
            "blind5"  # round 5's blind group: plans of other issuers (`blind: 5`)
            if head.get("blind") == 5
            else "blind"
            if head.get("blind")
            else "heldout"
            if head.get("heldout")
            else "fixtures"
            if head.get("fixture")
            else "tuned"
        )
        found.append((text, facts, group))
    return found


def score(
    only: list[str] | None = None,
) -> dict[str, Any]:
    """Every plan's marks, wrong values and foreign words, and the totals per group."""
    results: list[dict[str, Any]] = []
    for path, facts_path, group in cases(only):
        facts = yaml.safe_load(facts_path.read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        name = facts_path.name.removesuffix(".facts.yml")
        row: dict[str, Any] = {"name": name, "group": group, "path": path, "wrong": []}
        results.append(row)
        try:
            got, extra = extract(text, path.name)
        except Exception as exc:  # a crash is a result here, not a reason to stop
            row["crash"] = f"{type(exc).__name__}: {exc}"
            row["marks"] = {f: False for f in FIELDS}
            continue
        row["marks"] = {}
        for field in FIELDS:
            ok = CHECKS[field](facts.get(field), got.get(field))
            row["marks"][field] = ok
            if not ok:
                want = facts.get(field)
                have = got.get(field)
                if field == "deadlines":
                    want = [str(d["date"]) for d in want or []]
                    have = [str(d) for d in have or []]
                pad = " " * (4 + len(field))
                row["wrong"].append(f"{name[:12]} {field}: want {want!r}\n{pad}got  {have!r}")
        row["foreign"] = [f"{name[:12]} {item}" for item in foreign_words(text, got, extra)]
    totals: dict[str, dict[str, int]] = {}
    for group in GROUPS:
        rows = [r for r in results if r["group"] == group]
        totals[group] = {f: sum(r["marks"][f] for r in rows) for f in FIELDS}
        totals[group]["plans"] = len(rows)
    return {"results": results, "totals": totals}


def table(scored: dict[str, Any], verbose: bool = False, heldout: bool = False) -> str:
    """The report: one row per plan, per-field and overall scores per group."""
    results = scored["results"]
    out: list[str] = []
    width = max((len(r["name"]) for r in results), default=10)
    out.append(f"{'plan':<{width}}  " + " ".join(f"{f[:5]:>5}" for f in FIELDS) + "  ok")
    for group in GROUPS:
        rows = [r for r in results if r["group"] == group]
        if not rows:
            continue
        out.append(f"-- {group} --")
        for r in rows:
            if "crash" in r:
                out.append(f"{r['name']:<{width}}  importer crashed: {r['crash']}")
                continue
            marks = " ".join(f"{'✓' if r['marks'][f] else '✗':>5}" for f in FIELDS)
            ok = sum(r["marks"].values())
            out.append(f"{r['name']:<{width}}  {marks}  {ok}/{len(FIELDS)}")
    out.append("")
    for group in GROUPS:
        total = scored["totals"][group]
        plans = total["plans"]
        if not plans:
            continue
        right = sum(total[f] for f in FIELDS)
        cells = plans * len(FIELDS)
        out.append(
            f"{group} ({plans} plans): "
            + ", ".join(f"{f} {total[f]}/{plans}" for f in FIELDS)
            + f"; overall {right}/{cells} = {100 * right / cells:.1f}%"
        )
    crashed = [r["name"] for r in results if "crash" in r]
    if crashed:
        out.append(f"importer crashed on {len(crashed)} plan(s): {', '.join(crashed)}")
    foreign = [line for r in results for line in r.get("foreign", [])]
    out.append(f"\nwords not in the plan: {len(foreign)} value(s)")
    out += ["  " + line for line in foreign]
    if verbose:
        out.append("\nwrong values" + ("" if heldout else " (held-out plans not shown)") + ":")
        for r in results:
            if r["group"] != "heldout" or heldout:
                out += ["  " + line for line in r["wrong"]]
    return "\n".join(out)


def accuracy(scored: dict[str, Any], group: str) -> float:
    total = scored["totals"][group]
    cells = total["plans"] * len(FIELDS)
    return sum(total[f] for f in FIELDS) / cells if cells else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", action="store_true", help="also run init and build")
    parser.add_argument("--only", action="append", default=[], help="plan number(s), e.g. 07")
    parser.add_argument("--verbose", "-v", action="store_true", help="show each wrong value")
    parser.add_argument(
        "--heldout", action="store_true", help="with -v, also show the held-out plans' errors"
    )
    parser.add_argument("--timeout", type=int, default=900, help="seconds per init or build")
    args = parser.parse_args(argv)

    scored = score(args.only)
    print(table(scored, args.verbose, args.heldout))
    if args.build:
        builds = []
        for path, _, _ in cases(args.only):
            status, detail = build(path, args.timeout)
            builds.append(f"{path.stem}  {status}" + (f": {detail}" if detail else ""))
            print(builds[-1], file=sys.stderr, flush=True)
        ok = sum(line.split()[1] == "ok" for line in builds)
        print(f"\ninit + build: {ok}/{len(builds)} ok")
        for line in builds:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
