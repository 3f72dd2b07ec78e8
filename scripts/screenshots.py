"""Phone-sized screenshots of built pages, for a person to look at.

One of each page type by default (home, plan, slogans, timeline, tasks,
ceremony, news index, a news item, a month's archive, profiles, a profile,
loudspeaker bulletins, media kit). ``--text 200`` enlarges the text to 200%
as a phone's accessibility setting does (the root font size, which every
size of the theme derives from).

Usage: python scripts/screenshots.py site/ OUT_DIR [--text 200] [page ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# The browser helpers are test tooling (tests/browser.py), not shipped in the engine.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.browser import PAGE_TYPES, launch, serve_site

PAGES = list(PAGE_TYPES)

SCROLL = """async () => {
  for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await new Promise(done => setTimeout(done, 100));
  }
  await Promise.all([...document.images].map(image => image.complete
    || new Promise(done => { image.onload = image.onerror = done; })));
  scrollTo(0, 0);
}"""

# Material sets the root font size to 125%; text enlarged to N% multiplies it.
ROOT_FONT = 125


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("pages", nargs="*", default=PAGES)
    parser.add_argument("--text", type=int, default=100, help="text size in percent")
    parser.add_argument("--width", type=int, default=390)
    args = parser.parse_intermixed_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with serve_site(args.site) as base, launch() as browser:
        page = browser.new_page(
            viewport={"width": args.width, "height": 844}, device_scale_factor=1
        )
        for path in args.pages:
            page.goto(base + path, wait_until="networkidle")
            if args.text != 100:
                size = ROOT_FONT * args.text / 100
                page.add_style_tag(content=f"html {{ font-size: {size}% !important; }}")
            page.evaluate("document.fonts.ready")
            # Scroll through once so lazy images load, as they would for a reader.
            page.evaluate(SCROLL)
            name = (path.strip("/").replace("/", "-") or "index") + ".png"
            page.screenshot(path=str(args.out / name), full_page=True)
            print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
