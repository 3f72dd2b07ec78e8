"""The shipped nginx configuration serves the built site on loopback, as a host would:
nginx's workers run as ``www-data`` and read the site as published (modes kept)."""

from __future__ import annotations

import gzip
import http.client
import os
import shutil
import stat
import subprocess
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser import NGINX, NGINX_CONF, serve_nginx

# The account a stock Debian nginx runs its workers as (created by nginx-light).
WORKER = "www-data"
SECURITY = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "SAMEORIGIN",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
# Readable only by its owner (root): a worker that is not root must refuse it.
PRIVATE = "rieng-tu.txt"
ROOT_ONLY = os.geteuid() == 0

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def published(built: Path) -> Iterator[Path]:
    """The built site copied as it is, modes kept (as ``cp -a`` or ``rsync -a`` do),
    into a folder every account can pass through, as /var/www is: pytest's own
    temporary folders are private to root and would hide what the site's own
    modes do."""
    www = Path(tempfile.mkdtemp(prefix="campaign-www-"))
    try:
        www.chmod(0o755)
        site = www / "site"
        shutil.copytree(built, site, symlinks=True)  # copy2 and copystat keep every mode
        for folder in site.parents:
            assert folder.stat().st_mode & stat.S_IXOTH, f"{folder}: {WORKER} cannot pass"
        yield site
    finally:
        shutil.rmtree(www)


@pytest.fixture(scope="module")
def server(published: Path) -> Iterator[str]:
    assert Path(NGINX).exists(), "nginx is installed by the set-up (scripts/system-packages.txt)"
    with serve_nginx(published, user=WORKER) as base:
        yield base


def _get(url: str, gzip_ok: bool = False) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def _raw(base: str, path: str) -> tuple[int, dict[str, str], bytes]:
    """One request, redirects not followed, as a proxy in front would pass it on."""
    address = urlsplit(base)
    connection = http.client.HTTPConnection(address.hostname or "", address.port, timeout=5)
    try:
        connection.request("GET", path, headers={"Host": "thaythuoc70.vanquan.example"})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@pytest.mark.skipif(not ROOT_ONLY, reason="nginx changes its workers' account only as root")
def test_workers_are_not_root(published: Path, server: str) -> None:
    # A file only root can read is refused: the test sees what www-data sees.
    private = published / PRIVATE
    private.write_text("chỉ root đọc được\n", encoding="utf-8")
    private.chmod(0o600)
    try:
        status, headers, body = _get(server + PRIVATE)
        assert status in (403, 404)  # 404: the site's own folder is closed to www-data
        assert headers["X-Content-Type-Options"] == "nosniff"  # error pages too
        assert b"nginx/" not in body and headers["Server"] == "nginx"
    finally:
        private.unlink()


def test_every_page_is_served(published: Path, server: str) -> None:
    pages = sorted(p.relative_to(published).as_posix() for p in published.rglob("index.html"))
    assert len(pages) > 10
    for page in pages:
        url = server + page.removesuffix("index.html")
        status, headers, body = _get(url)
        assert status == 200, f"{url}: {status} ({WORKER} cannot read the published site?)"
        assert headers["Content-Type"].startswith("text/html"), url
        assert b"</html>" in body


def _assets(site: Path) -> list[str]:
    """A font, a hashed stylesheet and script, a processed photo."""
    found = [
        next((site / "assets" / "campaign" / "fonts").glob("*.woff2")),
        next((site / "assets" / "stylesheets").glob("main.*.min.css")),
        next((site / "assets" / "javascripts").glob("bundle.*.min.js")),
        next((site / "assets" / "photos").rglob("*.jpg")),
    ]
    return [p.relative_to(site).as_posix() for p in found]


def test_every_response_has_the_security_headers(published: Path, server: str) -> None:
    csv = next(published.rglob("*.csv")).relative_to(published).as_posix()
    expected = {
        "/": 200,
        "/tin-tuc/": 200,
        "/lich.ics": 200,
        f"/{csv}": 200,
        "/feed.xml": 200,
        "/search/search_index.json": 200,
        **{f"/{asset}": 200 for asset in _assets(published)},
        "/khong-co-trang-nay/": 404,
        "/tin-tuc": 301,
    }
    for path, code in expected.items():
        status, headers, _ = _raw(server, path)
        assert status == code, path
        for name, value in SECURITY.items():
            assert headers.get(name) == value, f"{path}: {name}: {headers.get(name)}"
        policy = headers.get("Content-Security-Policy", "")
        assert "default-src 'self'" in policy and "frame-ancestors 'self'" in policy, path
        assert headers.get("Server") == "nginx", f"{path}: the version is shown"


def test_hidden_files_are_not_served(published: Path, server: str) -> None:
    assert (published / ".campaign-site").is_file()  # the tool's marker: not for readers
    challenge = published / ".well-known" / "acme-challenge"
    challenge.mkdir(parents=True)
    (challenge / "ma-thu").write_text("ma-thu.khoa\n", encoding="utf-8")
    challenge.chmod(0o755)
    challenge.parent.chmod(0o755)
    (challenge / "ma-thu").chmod(0o644)
    (published / "tin-tuc" / ".git").mkdir()
    (published / "tin-tuc" / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (published / "tin-tuc" / ".git" / "du-lieu.csv").write_text("[core]\n", encoding="utf-8")
    try:
        hidden = ("/.campaign-site", "/tin-tuc/.git/config", "/tin-tuc/.git/du-lieu.csv", "/.git/")
        for path in hidden:
            status, headers, body = _raw(server, path)
            assert status == 404, path
            assert b"campaign build" not in body and b"[core]" not in body, path
            assert headers.get("X-Content-Type-Options") == "nosniff", path
        status, _, body = _raw(server, "/.well-known/acme-challenge/ma-thu")
        assert (status, body) == (200, b"ma-thu.khoa\n")  # certbot's check still passes
    finally:
        shutil.rmtree(challenge.parent)
        shutil.rmtree(published / "tin-tuc" / ".git")


def test_a_directory_redirect_is_relative(server: str) -> None:
    # Behind a TLS proxy an absolute http://host:port/ address would leave HTTPS.
    status, headers, _ = _raw(server, "/tin-tuc")
    assert status == 301
    assert headers["Location"] == "/tin-tuc/"


def test_compression_and_caching(published: Path, server: str) -> None:
    status, headers, body = _get(server, gzip_ok=True)
    assert status == 200 and headers.get("Content-Encoding") == "gzip"
    assert b"<!doctype html>" in gzip.decompress(body).lower()
    assert headers["Cache-Control"] == "no-cache"
    for path in ("lich.ics", "feed.xml", "search/search_index.json", *_assets(published)[1:3]):
        status, headers, _ = _get(server + path, gzip_ok=True)
        assert status == 200 and headers.get("Content-Encoding") == "gzip", path
    for path in _assets(published):
        status, headers, _ = _get(server + path)
        assert status == 200 and "immutable" in headers["Cache-Control"], path
    status, headers, _ = _get(server + "lich.ics")
    assert headers["Content-Type"].startswith("text/calendar")
    assert headers["Cache-Control"] == "no-cache"
    status, headers, body = _get(server + "khong-co-trang-nay/")
    # The site's own 404 page, in Vietnamese.
    assert status == 404 and "Không tìm thấy trang này" in body.decode("utf-8")
    assert headers["Cache-Control"] == "no-cache"
    assert b"nginx/" not in body


def test_the_configuration_has_no_warning(tmp_path: Path) -> None:
    # nginx starts despite a warning (a duplicate type, an ignored directive): say it here.
    server = NGINX_CONF.read_text(encoding="utf-8")
    server = server.replace("__LISTEN__", "127.0.0.1:8080").replace("__SITE__", str(tmp_path))
    (tmp_path / "site.conf").write_text(server, encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n include /etc/nginx/mime.types;\n include {tmp_path}/site.conf;\n}}\n",
        encoding="utf-8",
    )
    checked = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0 and "[warn]" not in checked.stderr, checked.stderr
