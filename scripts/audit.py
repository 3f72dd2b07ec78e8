"""Measure the public site as a phone on a slow network sees it.

Prints the first-visit weight of the home page (bytes transferred, by type)
and, with --lighthouse, Lighthouse's mobile scores for a few page types.
The site is served by nginx with the shipped deploy/nginx-campaign.conf
(gzip, cache headers, keep-alive), so the bytes counted are the bytes a real
host sends. Lighthouse comes from the npm registry into tools/lighthouse/ on
first use. Scores move by a few points between runs on a busy machine:
--runs N keeps, per page, the run with the median performance score.

Usage: python scripts/audit.py [site/] [--lighthouse] [--runs 3]
                               [--json results.json] [--reports DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

# The browser helpers are test tooling (tests/browser.py), not shipped in the engine.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.browser import CHROMIUM, CHROMIUM_ARGS, launch, serve_nginx

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE_DIR = ROOT / "tools" / "lighthouse"
PAGES = ["", "ke-hoach/", "tin-tuc/", "guong-dien-hinh/"]
BUDGET = 300 * 1024


KINDS = {
    ".css": "stylesheet",
    ".js": "script",
    ".woff2": "font",
    ".json": "data",
    ".webp": "image",
    ".jpg": "image",
    ".png": "image",
    ".svg": "image",
}


def _kind(uri: str) -> str:
    path = uri.split("?")[0]
    if path.endswith("/") or path.endswith(".html"):
        return "document"
    return KINDS.get(Path(path).suffix, "other")


def _sent(log: Path, start: int, end: int | None = None) -> list[tuple[int, str]]:
    """(bytes, "status uri") of the GET requests nginx logged between two offsets."""
    sent: list[tuple[int, str]] = []
    with log.open("rb") as file:
        file.seek(start)
        data = file.read() if end is None else file.read(end - start)
    for line in data.decode("utf-8").splitlines():
        if line:
            size, status, method, uri = line.split(" ", 3)
            if method == "GET":  # not the server's readiness probe
                sent.append((int(size), f"{status} {uri.strip()}"))
    return sent


def home_weight(base: str, log: Path) -> dict[str, Any]:
    """Bytes nginx sent on a first visit (empty cache), grouped by type, and
    what the first search then adds (the index and the search worker load on
    first use).

    Counted from nginx's access log, so requests made by workers (Material's
    search worker, lunr) count too, with their real gzip size and headers.
    """
    start = log.stat().st_size if log.exists() else 0
    with launch() as browser:
        context = browser.new_context(viewport={"width": 360, "height": 740})
        page = context.new_page()
        foreign: list[str] = []
        page.on(
            "request",
            lambda request: None if request.url.startswith(base) else foreign.append(request.url),
        )
        page.goto(base, wait_until="networkidle")
        page.wait_for_timeout(1000)
        unpacked = page.evaluate(
            "performance.getEntriesByType('navigation').concat("
            "performance.getEntriesByType('resource'))"
            ".reduce((sum, e) => sum + (e.decodedBodySize || 0), 0)"
        )
        visit = log.stat().st_size
        page.locator("label.md-header__button[for='__search']").click()
        page.locator("input.md-search__input").press_sequentially("bac si", delay=30)
        page.locator(".md-search-result__item").first.wait_for(timeout=30000)
        page.wait_for_load_state("networkidle")
        context.close()
    sizes: dict[str, int] = {}
    first, search = _sent(log, start, visit), _sent(log, visit)
    for size, request in first:
        kind = _kind(request.split(" ", 1)[1])
        sizes[kind] = sizes.get(kind, 0) + size
    return {
        "total": sum(sizes.values()),
        "uncompressed": int(unpacked),
        "by_type": sizes,
        "requests": len(first),
        "files": sorted(first, reverse=True),
        "search": sum(size for size, _ in search),
        "search_files": sorted(search, reverse=True),
        "foreign_requests": foreign,
    }


def _lighthouse_cli() -> Path:
    cli = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
    if not cli.exists():
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=LIGHTHOUSE_DIR,
            check=True,
        )
    return cli


def lighthouse_report(url: str) -> dict[str, Any]:
    """One Lighthouse run, mobile profile (simulated slow 4G, 4× slower CPU)."""
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    out = subprocess.run(
        [
            str(_lighthouse_cli()),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            "--form-factor=mobile",
            "--only-categories=performance,accessibility,best-practices,seo",
            f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    report: dict[str, Any] = json.loads(out)
    return report


def scores(report: dict[str, Any]) -> dict[str, int]:
    return {key: round(100 * (value["score"] or 0)) for key, value in report["categories"].items()}


METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI",
}


def metrics(report: dict[str, Any]) -> dict[str, str]:
    return {
        short: report["audits"][key]["displayValue"]
        for key, short in METRICS.items()
        if key in report["audits"]
    }


def lighthouse(
    base: str, pages: list[str], runs: int = 1, reports: Path | None = None
) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    for path in pages:
        done = [lighthouse_report(base + path) for _ in range(runs)]
        done.sort(key=lambda r: r["categories"]["performance"]["score"] or 0)
        report = done[len(done) // 2]
        name = path.strip("/").replace("/", "-") or "index"
        if reports is not None:
            reports.mkdir(parents=True, exist_ok=True)
            (reports / f"{name}.json").write_text(json.dumps(report), encoding="utf-8")
        results[path or "/"] = {
            "scores": scores(report),
            "metrics": metrics(report),
            "performance_runs": [scores(r)["performance"] for r in done],
        }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    parser.add_argument("--lighthouse", action="store_true")
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page (median)")
    parser.add_argument("--pages", nargs="*", default=PAGES)
    parser.add_argument("--json", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every file sent")
    parser.add_argument("--reports", type=Path, help="keep each page's Lighthouse JSON here")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    log = Path(tempfile.mkdtemp(prefix="audit-")) / "access.log"
    with serve_nginx(args.site, access_log=log) as base:
        weight = home_weight(base, log)
        results["home_weight"] = weight
        total, unpacked = weight["total"] / 1024, weight["uncompressed"] / 1024
        print(
            f"Trang chủ, lần đầu: {total:.0f} KB truyền qua mạng (nginx, nén gzip; "
            f"{unpacked:.0f} KB khi giải nén; {weight['requests']} yêu cầu), "
            f"ngân sách {BUDGET // 1024} KB"
        )
        for kind, size in sorted(weight["by_type"].items(), key=lambda kv: -kv[1]):
            print(f"  {kind:<12} {size / 1024:7.1f} KB")
        if args.verbose:
            for size, request in weight["files"]:
                print(f"    {size / 1024:7.1f} KB  {request}")
        print(f"  yêu cầu tới máy chủ khác: {len(weight['foreign_requests'])}")
        print(f"Lần đầu dùng ô tìm kiếm: thêm {weight['search'] / 1024:.0f} KB (chỉ khi dùng)")
        if args.verbose:
            for size, request in weight["search_files"]:
                print(f"    {size / 1024:7.1f} KB  {request}")
        if args.lighthouse:
            results["lighthouse"] = lighthouse(base, args.pages, args.runs, args.reports)
            print("Lighthouse (di động):")
            for page, found in results["lighthouse"].items():
                row = "  ".join(f"{k} {v}" for k, v in found["scores"].items())
                timing = "  ".join(f"{k} {v}" for k, v in found["metrics"].items())
                print(f"  {page:<18} {row}")
                print(f"  {'':<18} {timing}  (hiệu năng các lần: {found['performance_runs']})")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if weight["total"] <= BUDGET and not weight["foreign_requests"] else 1


if __name__ == "__main__":
    sys.exit(main())
