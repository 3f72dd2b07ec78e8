"""The shipped nginx configuration serves the built site on loopback, as a host would."""

from __future__ import annotations

import gzip
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    assert Path(NGINX).exists(), "nginx is installed by the set-up (scripts/system-packages.txt)"
    work = tmp_path_factory.mktemp("nginx")
    port = _free_port()
    site_conf = (ROOT / "deploy" / "nginx-campaign.conf").read_text(encoding="utf-8")
    site_conf = site_conf.replace("__LISTEN__", f"127.0.0.1:{port}").replace("__SITE__", str(built))
    (work / "campaign.conf").write_text(site_conf, encoding="utf-8")
    # As root, nginx's workers switch to an unprivileged user that cannot enter
    # pytest's private temporary folders; keep them as the user running the test.
    user = "user root;\n" if os.geteuid() == 0 else ""
    (work / "nginx.conf").write_text(
        f"{user}worker_processes 1;\nerror_log {work}/error.log;\npid {work}/nginx.pid;\n"
        "daemon off;\nevents {}\n"
        f"http {{\n include /etc/nginx/mime.types;\n access_log off;\n"
        f" client_body_temp_path {work}/body;\n proxy_temp_path {work}/proxy;\n"
        f" fastcgi_temp_path {work}/fastcgi;\n uwsgi_temp_path {work}/uwsgi;\n"
        f" scgi_temp_path {work}/scgi;\n include {work}/campaign.conf;\n}}\n",
        encoding="utf-8",
    )
    process = subprocess.Popen([NGINX, "-p", str(work), "-c", str(work / "nginx.conf")])
    base = f"http://127.0.0.1:{port}/"
    for _ in range(50):
        try:
            urllib.request.urlopen(base, timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


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
