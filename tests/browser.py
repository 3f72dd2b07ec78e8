"""A built site served on loopback and Debian's Chromium driven by Playwright.

Used by the browser tests, the audit and the screenshot script; nothing here
reaches another host (Chromium's background networking is switched off).
``serve_site`` is a plain Python server; ``serve_nginx`` runs the shipped
``deploy/nginx-campaign.conf`` (gzip, cache and security headers, keep-alive),
so what is measured is what a real host sends.
"""

from __future__ import annotations

import functools
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "NGINX",
    "NGINX_CONF",
    "PAGE_TYPES",
    "launch",
    "serve_nginx",
    "serve_site",
]

# One page of each type of the flagship site (home, plan, slogans, timeline, tasks,
# ceremony, news index, a news item, a month's archive, profiles, a profile,
# loudspeaker bulletins, media kit): what the browser tests and screenshots cover.
PAGE_TYPES = (
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
    "truyen-thanh/",
    "bo-an-pham/",
)

CHROMIUM = "/usr/bin/chromium"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
NGINX_CONF = Path(__file__).resolve().parent.parent / "deploy" / "nginx-campaign.conf"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(SimpleHTTPRequestHandler):
    headers_out: tuple[tuple[str, str], ...] = ()

    def end_headers(self) -> None:
        for name, value in self.headers_out:
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_site(site: Path, headers: Mapping[str, str] | None = None) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 and yield its base URL (ending in ``/``);
    ``headers`` are sent with every response (a Content-Security-Policy, say)."""
    extra = tuple((headers or {}).items())
    handler = functools.partial(
        type("Handler", (_QuietHandler,), {"headers_out": extra}), directory=str(site)
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve_nginx(
    site: Path,
    conf: Path = NGINX_CONF,
    access_log: Path | None = None,
    user: str | None = None,
) -> Iterator[str]:
    """Serve ``site`` with nginx and the shipped server block; yield its base URL.

    With ``access_log``, nginx writes one line per response there:
    ``<bytes sent, headers included> <status> <method> <uri>``. With ``user``
    (and run as root), nginx's workers read the site as that account, as a
    real server's do (``www-data`` on Debian): every folder above ``site``
    must then let that account through.
    """
    if not Path(NGINX).exists():
        raise FileNotFoundError(f"{NGINX}: nginx is installed by the set-up (nginx-light)")
    with tempfile.TemporaryDirectory(prefix="campaign-nginx-") as tmp:
        work = Path(tmp)
        port = _free_port()
        server = conf.read_text(encoding="utf-8")
        server = server.replace("__LISTEN__", f"127.0.0.1:{port}")
        # Not resolved: a root that is a link (a release's `current`) is followed per request.
        server = server.replace("__SITE__", str(Path(site).absolute()))
        (work / "campaign.conf").write_text(server, encoding="utf-8")
        # As root, nginx's workers switch to an unprivileged user that cannot
        # enter private temporary folders: keep them as the user running this,
        # unless told which user a real server would use.
        account = f"user {user or 'root'};\n" if os.geteuid() == 0 else ""
        temps = "".join(
            f" {name}_temp_path {work}/{name};\n"
            for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        log = " access_log off;\n"
        if access_log is not None:
            log = (
                " log_format sent '$bytes_sent $status $request_method $request_uri';\n"
                f" access_log {Path(access_log).resolve()} sent;\n"
            )
        (work / "nginx.conf").write_text(
            f"{account}worker_processes 1;\nerror_log {work}/error.log;\npid {work}/nginx.pid;\n"
            "daemon off;\nevents {}\n"
            f"http {{\n include /etc/nginx/mime.types;\n{log}{temps}"
            f" include {work}/campaign.conf;\n}}\n",
            encoding="utf-8",
        )
        process = subprocess.Popen([NGINX, "-p", str(work), "-c", str(work / "nginx.conf")])
        base = f"http://127.0.0.1:{port}/"
        try:
            for _ in range(100):
                if process.poll() is not None:
                    errors = (work / "error.log").read_text(encoding="utf-8", errors="replace")
                    raise RuntimeError(f"nginx stopped: {errors}")
                try:
                    probe = urllib.request.Request(base, method="HEAD")
                    urllib.request.urlopen(probe, timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=10)


@contextmanager
def launch() -> Iterator[Any]:
    """A headless Chromium browser (Playwright ``Browser``)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
