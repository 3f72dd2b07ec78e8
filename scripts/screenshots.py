"""Phone-sized screenshots of built pages, for a person to look at.

Usage: python scripts/screenshots.py site/ OUT_DIR [page ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from campaign.browser import launch, serve_site

PAGES = ["", "ke-hoach/", "khau-hieu/", "lo-trinh/", "phan-cong/", "su-kien/le-ky-niem/"]


def main() -> int:
    site, out = Path(sys.argv[1]), Path(sys.argv[2])
    pages = sys.argv[3:] or PAGES
    out.mkdir(parents=True, exist_ok=True)
    with serve_site(site) as base, launch() as browser:
        page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
        for path in pages:
            page.goto(base + path, wait_until="networkidle")
            name = (path.strip("/").replace("/", "-") or "index") + ".png"
            page.screenshot(path=str(out / name), full_page=True)
            print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
