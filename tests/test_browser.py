"""The built site in Debian's Chromium: phone-sized, local-only, error-free."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from campaign.browser import launch, serve_site

PAGES = [
    "",
    "ke-hoach/",
    "khau-hieu/",
    "lo-trinh/",
    "phan-cong/",
    "su-kien/le-ky-niem/",
    "tin-tuc/",
    "tin-tuc/2025/02/le-ky-niem-70-nam-ngay-thay-thuoc-viet-nam/",
    "tin-tuc/luu-tru/2025/02/",
    "guong-dien-hinh/",
    "guong-dien-hinh/hoang-thi-minh-hoa/",
]


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
        page.on(
            "response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None
        )
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


def test_profile_filter_shows_only_the_chosen_kind(built: Path, browser: Any) -> None:
    with serve_site(built) as base:
        page = browser.new_page(viewport={"width": 360, "height": 740})
        page.goto(base + "guong-dien-hinh/", wait_until="networkidle")
        cards = page.locator(".cp-card")
        assert cards.count() == 3
        assert page.locator(".cp-filter").is_visible()
        page.get_by_role("button", name="Tập thể").click()
        visible = [c.inner_text() for c in cards.all() if c.is_visible()]
        page.get_by_role("button", name="Tất cả").click()
        all_visible = sum(1 for c in cards.all() if c.is_visible())
        page.close()
    assert len(visible) == 1 and "Đội y tế lưu động" in visible[0]
    assert all_visible == 3
