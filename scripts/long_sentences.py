"""Count the long sentences of the bulletins made from real plans (a measurement, not a test).

For every plan of ``tests/plans/corpus`` (and, apart, the two plans kept out of
tuning: ``tests/plans/tiem-chung-an-phu.txt`` and ``tuyen-truyen-tan-hoa.md``)
this does what a new user does: ``campaign init --from-plan`` into a scratch
folder (the importer's own function), then builds the campaign's bulletins as a
site build would, and counts the sentences of their spoken text (a sentence ends
at ".", "!" or "?") and those over 40 syllables.

``--dump FILE`` writes every sentence, one a line after its plan's name, so two
runs (before and after a change) can be compared with ``diff``; ``--long``
prints the long sentences themselves; ``--others`` adds, counted apart, the two seed
plans, the plan of tests/plans/written and the documents of tests/plans/odd that init
accepts.

The build date is the plan's own date when it has one (a station reads the plan
when it comes out), else 01/01 of the year after the newest corpus plan.

Usage: python scripts/long_sentences.py [--dump FILE] [--long] [--only NN] [--others]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from campaign.broadcast.bulletin import project_bulletins
from campaign.broadcast.editing import MAX_SENTENCE_SYLLABLES, sentences_of
from campaign.broadcast.timing import count_syllables
from campaign.importers.plan.init import init_from_plan
from campaign.project import load_project

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "plans" / "corpus").glob("[0-9][0-9]-*.txt"))
HELD_OUT = [
    ROOT / "tests" / "plans" / "tiem-chung-an-phu.txt",
    ROOT / "tests" / "plans" / "tuyen-truyen-tan-hoa.md",
]
# ``--others``: the inputs read closely but counted apart: the two seed plans, the plan
# written for a rule, and the documents of tests/plans/odd that init accepts.
OTHERS = [
    ROOT / "tests" / "plans" / "000_58355a6700c5ab09.txt",
    ROOT / "tests" / "plans" / "003_ed5d3a0484daf249.txt",
    ROOT / "tests" / "plans" / "written" / "tuyen-truyen-topics.txt",
    *(
        ROOT / "tests" / "plans" / "odd" / name
        for name in (
            "ke-hoach-bac-ninh-155-bang.md",
            "ke-hoach-vinh-phuc-90-nam-web.txt",
            "quyet-dinh-719-ttg.txt",
            "quyet-dinh-kon-tum-06.txt",
        )
    ),
]
FALLBACK_DAY = "2026-01-01"


def plan_sentences(plan: Path) -> list[str]:
    """Every spoken sentence of every bulletin built from ``plan``."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "chien-dich"
        init_from_plan(plan, folder)
        first = load_project(folder, today=FALLBACK_DAY)
        day = first.campaign.plan.date
        today = day.isoformat() if day else FALLBACK_DAY
        project = load_project(folder, today=today)
        bulletins = project_bulletins(project)
    return [s for b in bulletins for s in sentences_of(b.reading)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, help="write every sentence to this file")
    parser.add_argument("--long", action="store_true", help="print the long sentences")
    parser.add_argument("--only", help="only the plans whose name starts with this")
    parser.add_argument(
        "--others", action="store_true", help="also the seed, written and odd inputs, apart"
    )
    args = parser.parse_args()
    dump: list[str] = []
    groups = [("kế hoạch thật", CORPUS), ("không dùng khi chỉnh", HELD_OUT)]
    if args.others:
        groups.append(("văn bản khác", OTHERS))
    for label, plans in groups:
        total = long = 0
        for plan in plans:
            if args.only and not plan.name.startswith(args.only):
                continue
            said = plan_sentences(plan)
            over = [s for s in said if count_syllables(s) > MAX_SENTENCE_SYLLABLES]
            total, long = total + len(said), long + len(over)
            print(f"{plan.stem[:40]:40} {len(said):4d} câu {len(over):3d} dài")
            dump.append(f"## {plan.name}")
            dump += said
            if args.long:
                for s in over:
                    print(f"    {count_syllables(s):3d}: {s}")
        print(f"{label}: {total} câu, {long} câu quá {MAX_SENTENCE_SYLLABLES} âm tiết\n")
    if args.dump:
        args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
