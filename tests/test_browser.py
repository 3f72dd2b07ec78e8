"""The built site in Debian's Chromium: phone-sized, local-only, error-free."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from campaign.browser import launch, serve_site

PAGES = ["", "ke-hoach/", "khau-hieu/", "lo-trinh/", "phan-cong/", "su-kien/le-ky-niem/"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as browser:
        yield browser


@pytest.mark.parametrize("path", PAGES)
def test_page_on_a_phone(built: Path, browser: Any, path: str, tmp_path: Path) -> None:
    with serve_site(built) as base:
        page = browser.new_page(viewport={"width": 360, "height": 740})
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base + path, wait_until="networkidle")
        page.evaluate("document.fonts.ready")
        fonts = page.evaluate(
            "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)"
        )
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
        page.close()
    assert [u for u in requests if not u.startswith(base)] == []
    assert errors == []
    assert any("Be Vietnam Pro" in f for f in fonts), fonts
    assert overflow <= 0
