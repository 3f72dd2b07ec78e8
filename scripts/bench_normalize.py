"""How the loudspeaker reader's time grows with the length of one line.

A news item, or ``campaign broadcast normalize`` on stdin, is user input: a
pasted table, a line of junk or a long legal basis must not take minutes. For
each generated line (one short piece repeated), this prints the CPU time of
``campaign.broadcast.reading.normalize`` at 5k, 10k, 20k and 40k characters,
and the ratio per doubling, all measured in this one run: about 2 is linear, 4
is quadratic. A run over ``--cap`` seconds stops that line's doubling ("-").

This is a measurement, not a test (timings on a shared machine are noisy: read
the ratios, and the load printed at the top). Exit code 0 whatever it finds.

Usage: python scripts/bench_normalize.py [--cap SECONDS] [--sizes 5000,10000,...]
       [--only NAME,...] [--skip NAME,...]
"""

from __future__ import annotations

import argparse
import itertools
import os
import time

from campaign.broadcast.reading import normalize

# Pieces that once made a rule retry from every position (see the commit log), and
# the shapes real text repeats: numbers, dates, documents, capitals, brackets.
PIECES = {
    "1-": "1-",
    "1/": "1/",
    "1.": "1.",
    "A-": "A-",
    "(": "(",
    "en dash": "–",
    "spaces": " ",
    "digits": "1",
    "digits, spaces": "12 345 ",
    "capitals": "ABCDEFGH",
    "capitals, spaces": "ABCDEFGH ",
    "plus": "+",
    "(1)": "(1)",
    "(x)": "(x)",
    "[Tên]": "[Tên]",
    "số 1/A-": "số 1/A-",
    "document refs": "Quyết định số 12/QĐ-UBND ngày 3/4/2024 của UBND tỉnh. ",
    # Letters of several meanings and a party committee's letters: each asked the whole
    # line once per occurrence (x3.3-3.6 per doubling) until round 7 asked it once.
    "Hội KH": "Hội KH ",
    "TU tỉnh": "TU tỉnh ",
    "news sentence": (
        "Ngày 14-21/11/2025, TTYT huyện ghi nhận 305 ca mắc sốt xuất huyết (SXH), "
        "giảm 22,5% so với cùng kỳ; hotline 0912.345.678. "
    ),
}


def _cpu(text: str) -> float:
    started = time.process_time()
    normalize(text)
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cap", type=float, default=20.0, help="stop doubling past this (s)")
    parser.add_argument("--sizes", default="5000,10000,20000,40000")
    parser.add_argument("--only", default="", help="comma-separated line names (default: all)")
    parser.add_argument("--skip", default="", help="comma-separated line names to leave out")
    args = parser.parse_args()
    only = {n for n in args.only.split(",") if n}
    skip = {n for n in args.skip.split(",") if n}
    sizes = [int(s) for s in args.sizes.split(",")]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"normalize: CPU seconds per line length (load {load:.1f}, {os.cpu_count()} cores)")
    head = "".join(f"{n:>9}" for n in sizes)
    print(f"{'line of':<18}{head}   ratio per doubling")
    for name, piece in PIECES.items():
        if (only and name not in only) or name in skip:
            continue
        times: list[float | None] = []
        for n in sizes:
            if times and (times[-1] is None or times[-1] > args.cap):
                times.append(None)
                continue
            times.append(_cpu((piece * (n // len(piece) + 1))[:n]))
        cells = "".join(f"{t:>9.3f}" if t is not None else f"{'-':>9}" for t in times)
        steps = []
        for a, b in itertools.pairwise(times):
            steps.append(f"{b / a:>6.1f}" if a and b and a > 0.001 else f"{'-':>6}")
        print(f"{name:<18}{cells}   {''.join(steps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
