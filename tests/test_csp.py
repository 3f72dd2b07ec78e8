"""The shipped Content-Security-Policy allows no inline script, and the site works under it.

The built flagship is served with the policy read from
``deploy/nginx-campaign.conf`` (a small Python server adding the header, so
this does not depend on how nginx is run); every page type is opened in
Chromium, which reports each violation as a ``securitypolicyviolation`` event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import NGINX_CONF, PAGE_TYPES, launch, serve_site


def shipped_policy() -> str:
    found = set(
        re.findall(
            r'add_header Content-Security-Policy "([^"]+)"',
            NGINX_CONF.read_text(encoding="utf-8"),
        )
    )
    assert len(found) == 1, found  # the same policy in every block that sets it
    return found.pop()


def _directives(policy: str) -> dict[str, list[str]]:
    parts = (p.split() for p in policy.split(";") if p.strip())
    return {p[0]: p[1:] for p in parts}


def test_policy_allows_no_inline_script_or_style() -> None:
    directives = _directives(shipped_policy())
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in shipped_policy()
    assert "'unsafe-eval'" not in shipped_policy()


def test_built_pages_have_no_inline_script(built: Path) -> None:
    inline: list[str] = []
    for page in built.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in tag and 'type="application/json"' not in tag:
                inline.append(f"{page.relative_to(built)}: {tag}")
        if re.search(r"<[a-z][^>]*\son[a-z]+\s*=", text) or 'href="javascript:' in text.replace(
            'href="javascript:void(0)"', ""
        ):
            inline.append(f"{page.relative_to(built)}: an event handler attribute")
    assert inline == []


_WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' +
    (e.sourceFile || '') + ':' + e.lineNumber);
});
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as browser:
        yield browser


def test_every_page_type_runs_under_the_policy(built: Path, browser: Any) -> None:
    problems: list[str] = []
    with serve_site(built, {"Content-Security-Policy": shipped_policy()}) as base:
        context = browser.new_context(viewport={"width": 360, "height": 740})
        context.add_init_script(_WATCH)
        page = context.new_page()
        page.on(
            "console",
            lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        for path in PAGE_TYPES:
            response = page.goto(base + path, wait_until="networkidle")
            # The policy was really sent: without it no violation could ever be seen.
            assert response is not None
            assert response.headers.get("content-security-policy") == shipped_policy()
            # Material's bundle ran (it marks <html>), and campaign.js (it names the dialog).
            ready = page.evaluate(
                "[document.documentElement.classList.contains('js'),"
                " typeof __md_get === 'function',"
                " document.querySelector('.md-search').getAttribute('aria-label')]"
            )
            if ready != [True, True, "Tìm kiếm"]:
                problems.append(f"{path}: scripts did not run: {ready}")
            problems += [f"{path}: {v}" for v in page.evaluate("window.__violations")]
        context.close()
    assert problems == [], "\n".join(problems)


def test_search_profile_filter_and_back_to_top_work_under_the_policy(
    built: Path, browser: Any
) -> None:
    with serve_site(built, {"Content-Security-Policy": shipped_policy()}) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        context.add_init_script(_WATCH)
        page = context.new_page()
        index_requests: list[str] = []
        page.on(
            "request",
            lambda r: index_requests.append(r.url) if "search_index.json" in r.url else None,
        )
        page.goto(base, wait_until="networkidle")
        before = list(index_requests)  # the lazy search holds the index back
        page.locator(".md-search__input").click()
        page.keyboard.type("bac si", delay=30)
        page.locator(".md-search-result__item").first.wait_for(timeout=10000)
        results = page.locator(".md-search-result__item").count()
        # Theme feature navigation.top: scrolling down then up shows "back to top".
        page.goto(base + "ke-hoach/", wait_until="networkidle")
        page.mouse.wheel(0, 3000)
        page.wait_for_timeout(300)
        page.mouse.wheel(0, -400)
        top = page.locator(".md-top")
        top.wait_for(state="visible", timeout=5000)
        # campaign.js: the profile filter shows only the chosen kind.
        page.goto(base + "guong-dien-hinh/", wait_until="networkidle")
        page.get_by_role("button", name="Tập thể").click()
        shown = sum(1 for card in page.locator(".cp-card").all() if card.is_visible())
        violations = page.evaluate("window.__violations")
        context.close()
    assert before == []
    assert results > 0
    assert shown == 1
    assert violations == []
