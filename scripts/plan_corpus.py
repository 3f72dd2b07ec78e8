"""Measure the plan importer on the corpus of real plans (a measurement, not a test).

For every ``tests/plans/corpus/NN-*.txt`` this reads the plan the way
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

Usage: python scripts/plan_corpus.py [--build] [--only NN] [--verbose]
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


def fold(text: Any, casefold: bool = False) -> str:
    """NFC, no Markdown emphasis, one space between words."""
    out = unicodedata.normalize("NFC", str(text)).replace("*", "").replace("_", " ")
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", action="store_true", help="also run init and build")
    parser.add_argument("--only", action="append", default=[], help="plan number(s), e.g. 07")
    parser.add_argument("--verbose", "-v", action="store_true", help="show each wrong value")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per init or build")
    args = parser.parse_args(argv)

    plans = sorted(CORPUS.glob("[0-9][0-9]-*.txt"))
    if args.only:
        plans = [p for p in plans if p.name[:2] in args.only]
    right = {f: 0 for f in FIELDS}
    rows: list[str] = []
    wrong: list[str] = []
    foreign: list[str] = []
    builds: list[str] = []
    crashed = 0
    width = max(len(p.stem) for p in plans) if plans else 10
    header = f"{'plan':<{width}}  " + " ".join(f"{f[:5]:>5}" for f in FIELDS) + "  ok"
    for plan in plans:
        facts = yaml.safe_load(plan.with_suffix(".facts.yml").read_text(encoding="utf-8"))
        text = plan.read_text(encoding="utf-8")
        if args.build:
            status, detail = build(plan, args.timeout)
            builds.append(f"{plan.stem:<{width}}  {status}" + (f": {detail}" if detail else ""))
            print(builds[-1], file=sys.stderr, flush=True)
        try:
            got, extra = extract(text, plan.name)
        except Exception as exc:  # a crash is a result here, not a reason to stop
            crashed += 1
            rows.append(f"{plan.stem:<{width}}  importer crashed: {type(exc).__name__}: {exc}")
            continue
        marks = []
        for field in FIELDS:
            ok = CHECKS[field](facts.get(field), got.get(field))
            right[field] += ok
            marks.append(f"{'✓' if ok else '✗':>5}")
            if not ok:
                want = facts.get(field)
                if field == "deadlines":
                    want = [str(d["date"]) for d in want or []]
                have = got.get(field)
                if field == "deadlines":
                    have = [str(d) for d in have or []]
                pad = " " * (4 + len(field))
                wrong.append(f"{plan.stem[:2]} {field}: want {want!r}\n{pad}got  {have!r}")
        score = sum(m.strip() == "✓" for m in marks)
        rows.append(f"{plan.stem:<{width}}  " + " ".join(marks) + f"  {score}/{len(FIELDS)}")
        for item in foreign_words(text, got, extra):
            foreign.append(f"{plan.stem[:2]} {item}")

    total = len(plans)
    print(header)
    print("\n".join(rows))
    print()
    print("per field: " + ", ".join(f"{f} {right[f]}/{total}" for f in FIELDS))
    cells = total * len(FIELDS)
    overall = sum(right.values())
    print(f"overall: {overall}/{cells} = {100 * overall / cells:.1f}%" if cells else "no plans")
    if crashed:
        print(f"importer crashed on {crashed} plan(s)")
    print(f"\nwords not in the plan: {len(foreign)} value(s)")
    for line in foreign:
        print("  " + line)
    if args.verbose:
        print("\nwrong values:")
        for line in wrong:
            print("  " + line)
    if args.build:
        ok = sum(line.split()[1] == "ok" for line in builds)
        print(f"\ninit + build: {ok}/{total} ok")
        for line in builds:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
