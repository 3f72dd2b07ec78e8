"""Measure the public site as a phone on a slow network sees it.

Prints the first-visit weight of the home page (bytes transferred, by type)
and, with --lighthouse, Lighthouse's mobile scores for a few page types.
Lighthouse comes from the npm registry into tools/lighthouse/ on first use.

Usage: python scripts/audit.py [site/] [--lighthouse] [--json results.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from campaign.browser import CHROMIUM, CHROMIUM_ARGS, launch, serve_site

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE_DIR = ROOT / "tools" / "lighthouse"
PAGES = ["", "ke-hoach/", "tin-tuc/", "guong-dien-hinh/"]
BUDGET = 300 * 1024


def home_weight(base: str) -> dict[str, Any]:
    """Bytes transferred on a first visit (empty cache), grouped by resource type."""
    with launch() as browser:
        context = browser.new_context(viewport={"width": 360, "height": 740})
        page = context.new_page()
        sizes: dict[str, int] = {}
        raw: dict[str, int] = {}
        foreign: list[str] = []

        def on_response(response: Any) -> None:
            request = response.request
            if not request.url.startswith(base):
                foreign.append(request.url)
            body = response.body() if response.status == 200 else b""
            kind = request.resource_type
            # The loopback server does not compress; a real host does (see
            # deploy/nginx-campaign.conf), so text is counted gzip-compressed.
            textual = kind in ("document", "stylesheet", "script", "xhr", "fetch", "other")
            sent = len(gzip.compress(body, 6)) if textual and body else len(body)
            sizes[kind] = sizes.get(kind, 0) + sent
            raw[kind] = raw.get(kind, 0) + len(body)

        page.on("response", on_response)
        page.goto(base, wait_until="networkidle")
        page.wait_for_timeout(500)
        context.close()
    return {
        "total": sum(sizes.values()),
        "uncompressed": sum(raw.values()),
        "by_type": sizes,
        "foreign_requests": foreign,
    }


def lighthouse(base: str, pages: list[str]) -> dict[str, dict[str, int]]:
    cli = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
    if not cli.exists():
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=LIGHTHOUSE_DIR,
            check=True,
        )
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    flags = " ".join(CHROMIUM_ARGS)
    scores: dict[str, dict[str, int]] = {}
    for path in pages:
        out = subprocess.run(
            [
                str(cli),
                base + path,
                "--quiet",
                "--output=json",
                "--output-path=stdout",
                "--form-factor=mobile",
                "--only-categories=performance,accessibility,best-practices,seo",
                f"--chrome-flags={flags}",
            ],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        report = json.loads(out)
        scores[path or "/"] = {
            key: round(100 * (value["score"] or 0)) for key, value in report["categories"].items()
        }
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    parser.add_argument("--lighthouse", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with serve_site(args.site) as base:
        weight = home_weight(base)
        results["home_weight"] = weight
        total, unpacked = weight["total"] / 1024, weight["uncompressed"] / 1024
        print(
            f"Trang chủ, lần đầu: {total:.0f} KB truyền qua mạng (nén gzip; "
            f"{unpacked:.0f} KB khi giải nén), ngân sách {BUDGET // 1024} KB"
        )
        for kind, size in sorted(weight["by_type"].items(), key=lambda kv: -kv[1]):
            print(f"  {kind:<12} {size / 1024:7.1f} KB")
        print(f"  yêu cầu tới máy chủ khác: {len(weight['foreign_requests'])}")
        if args.lighthouse:
            results["lighthouse"] = lighthouse(base, PAGES)
            print("Lighthouse (di động):")
            for page, scores in results["lighthouse"].items():
                row = "  ".join(f"{k} {v}" for k, v in scores.items())
                print(f"  {page:<18} {row}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if weight["total"] <= BUDGET and not weight["foreign_requests"] else 1


if __name__ == "__main__":
    sys.exit(main())
