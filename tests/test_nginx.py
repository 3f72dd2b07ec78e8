"""The shipped nginx configuration serves the built site on loopback, as a host would."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from campaign.browser import NGINX, serve_nginx

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server(built: Path) -> Iterator[str]:
    assert Path(NGINX).exists(), "nginx is installed by the set-up (scripts/system-packages.txt)"
    with serve_nginx(built) as base:
        yield base


def _get(url: str, gzip_ok: bool = False) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_every_page_is_served(built: Path, server: str) -> None:
    pages = sorted(p.relative_to(built).as_posix() for p in built.rglob("index.html"))
    assert len(pages) > 10
    for page in pages:
        url = server + page.removesuffix("index.html")
        status, headers, body = _get(url)
        assert status == 200, url
        assert headers["Content-Type"].startswith("text/html"), url
        assert b"</html>" in body


def test_headers_compression_and_caching(built: Path, server: str) -> None:
    status, headers, body = _get(server, gzip_ok=True)
    assert status == 200 and headers.get("Content-Encoding") == "gzip"
    assert b"<!doctype html>" in gzip.decompress(body).lower()
    assert headers["Cache-Control"] == "no-cache"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    font = next((built / "assets" / "campaign" / "fonts").glob("*.woff2")).name
    status, headers, _ = _get(server + f"assets/campaign/fonts/{font}")
    assert status == 200 and "immutable" in headers["Cache-Control"]
    status, headers, _ = _get(server + "lich.ics")
    assert headers["Content-Type"].startswith("text/calendar")
    status, _, body = _get(server + "khong-co-trang-nay/")
    assert status == 404 and "404" in body.decode("utf-8")
