"""campaign serve: an edit rebuilds only the pages it touches, and they equal a full build."""

from __future__ import annotations

import filecmp
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from campaign.adapter.overlay import error_page, inject
from campaign.adapter.plugin import CampaignPlugin
from campaign.adapter.serve import Preview
from campaign.publish.manifest import MANIFEST
from campaign.publish.outdir import MARKER
from tests.browser import launch

pytestmark = [pytest.mark.server, pytest.mark.build]

URL = "http://127.0.0.1:8000/"


def _files(site: Path) -> list[str]:
    """Every file of a site but the marker, which names its own folder."""
    return sorted(
        p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.name != MARKER
    )


def _same_sites(a: Path, b: Path) -> None:
    names = _files(a)
    assert names == _files(b)
    _, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    assert not mismatch and not errors, mismatch[:5]


def _live(flagship: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Preview:
    """A preview of the flagship after its first full build, on a fixed date."""
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-10")
    preview = Preview(flagship / "mkdocs.yml", tmp_path / "live", URL)
    preview.full()
    return preview


def _append(path: Path, text: str, before_more: bool = False) -> None:
    content = path.read_text(encoding="utf-8")
    if before_more:
        content = content.replace("<!-- more -->", f"{text}\n\n<!-- more -->", 1)
    else:
        content += f"\n{text}\n"
    path.write_text(content, encoding="utf-8")


def test_body_edits_rebuild_their_pages_like_a_full_build(
    flagship: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = _live(flagship, tmp_path, monkeypatch)
    docs = flagship / "docs"
    # A post's excerpt (shown on the news index, its month and its topic), a post's
    # tail, a profile and a page in the navigation.
    _append(docs / "tin-tuc" / "posts" / "le-ky-niem.md", "Câu mới trong đoạn trích.", True)
    _append(docs / "guong-dien-hinh" / "hoang-thi-minh-hoa.md", "Một dòng thêm vào hồ sơ.")
    _append(docs / "gioi-thieu.md", "Một đoạn mới ở trang giới thiệu.")
    live = tmp_path / "live"
    generated = {name: (live / name).stat().st_mtime_ns for name in ("feed.xml", MANIFEST)}
    preview.rebuild()
    assert preview.full_builds == 1
    # Their inputs did not change: the feed and the manifest are not written again.
    assert generated == {name: (live / name).stat().st_mtime_ns for name in generated}
    assert preview.rebuilt == 6  # the post, 3 listing pages, the profile, the page
    page = next((tmp_path / "live" / "tin-tuc").rglob("le-ky-niem*/index.html"))
    assert "Câu mới trong đoạn trích." in page.read_text(encoding="utf-8")
    index = (tmp_path / "live" / "tin-tuc" / "index.html").read_text(encoding="utf-8")
    assert "Câu mới trong đoạn trích." in index

    fresh = Preview(flagship / "mkdocs.yml", tmp_path / "fresh", URL)
    fresh.full()
    _same_sites(tmp_path / "fresh", tmp_path / "live")


def test_other_changes_rebuild_everything(
    flagship: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-10")
    on_air = flagship / "docs" / "tin-tuc" / "posts" / "hanh-trinh-ve-nguon.md"
    text = on_air.read_text(encoding="utf-8")
    assert "broadcast: true" in text
    on_air.write_text(text.replace("sample: true", "sample: false"), encoding="utf-8")
    preview = Preview(flagship / "mkdocs.yml", tmp_path / "live", URL)
    preview.full()
    post = flagship / "docs" / "tin-tuc" / "posts" / "le-ky-niem.md"
    post.write_text(
        post.read_text(encoding="utf-8").replace("title: Lễ kỷ niệm", "title: Buổi lễ kỷ niệm"),
        encoding="utf-8",
    )
    preview.rebuild()
    assert preview.full_builds == 2  # front matter: listings, feed, card change
    # Read on the loudspeakers: the bulletins and their exports change.
    _append(on_air, "Thêm một câu cho bản tin.")
    preview.rebuild()
    assert preview.full_builds == 3
    (flagship / "docs" / "tin-tuc" / "posts" / "tin-moi.md").write_text(
        "---\ntitle: Tin mới\ndate: 2025-02-20\nsummary: Tin mới.\nunit: ttyt\n---\n\nTin.\n",
        encoding="utf-8",
    )
    preview.rebuild()
    assert preview.full_builds == 4
    assert next((tmp_path / "live" / "tin-tuc").rglob("tin-moi/index.html")).is_file()
    preview.rebuild()  # nothing changed since
    assert preview.full_builds == 4


def test_a_file_with_a_mistake_holds_back_the_whole_change(
    flagship: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Save all": a good edit and a file with a mistake arrive together. Nothing is
    # written, and once the mistake is fixed the good edit shows too (it was lost).
    preview = _live(flagship, tmp_path, monkeypatch)
    docs = flagship / "docs"
    good, bad = docs / "gioi-thieu.md", docs / "guong-dien-hinh" / "hoang-thi-minh-hoa.md"
    _append(good, "Đoạn sửa đúng.")
    original = bad.read_bytes()
    bad.write_bytes(original + "\nCâu dán từ Word.\n".encode("cp1258", "replace") + b"\xff\n")
    preview.rebuild()
    live = tmp_path / "live" / "gioi-thieu" / "index.html"
    assert "Đoạn sửa đúng." not in live.read_text(encoding="utf-8")
    bad.write_bytes(original + "\nCâu đã sửa.\n".encode())
    preview.rebuild()
    assert preview.full_builds == 1
    assert "Đoạn sửa đúng." in live.read_text(encoding="utf-8")


def test_an_edit_is_checked_like_a_full_build(
    flagship: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    preview = _live(flagship, tmp_path, monkeypatch)
    page = flagship / "docs" / "gioi-thieu.md"
    _append(page, "Xem [mục này](#muc-khong-co).")
    with caplog.at_level("WARNING"):
        preview.rebuild()
    assert preview.full_builds == 1
    assert "muc-khong-co" in caplog.text  # the anchor is checked, as by campaign build
    # A photo with no description: the full build says so (the page was not rebuilt alone).
    _append(page, "![](anh/minh-hoa/hien-mau.jpg)")
    caplog.clear()
    preview.rebuild()  # the live server's builder never raises: it would hold every request
    assert "ảnh cần mô tả" in caplog.text
    assert preview.full_builds == 1
    assert any("ảnh cần mô tả" in problem for problem in preview.problems)
    # The last good page stays (the anchor line was written by the edit before).
    assert "mục này" in (tmp_path / "live" / "gioi-thieu" / "index.html").read_text("utf-8")


def test_a_failed_full_build_keeps_the_last_good_pages(
    flagship: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A build that fails after MkDocs emptied the site folder and wrote pages again.
    preview = _live(flagship, tmp_path, monkeypatch)
    live = tmp_path / "live"
    before = {name: (live / name).read_bytes() for name in _files(live)}
    config = flagship / "campaign.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\n# sửa\n", encoding="utf-8")

    def fails(self: CampaignPlugin, *, config: object) -> None:
        raise PluginError("docs/gioi-thieu.md:3: title: cần <tiêu đề>, nhận được 'x'")

    with monkeypatch.context() as patch:
        patch.setattr(CampaignPlugin, "on_post_build", fails)
        preview.rebuild()
    assert preview.problems == ["docs/gioi-thieu.md:3: title: cần <tiêu đề>, nhận được 'x'"]
    assert before == {name: (live / name).read_bytes() for name in _files(live)}
    assert not list(tmp_path.glob("live.*"))
    _append(config, "# sửa lần nữa")
    preview.rebuild()
    assert preview.problems == [] and preview.full_builds == 2
    assert (live / "index.html").is_file()


def test_the_banner_escapes_and_needs_no_script() -> None:
    problem = "docs/a.md:2: title: cần chữ, nhận được '<img src=x onerror=alert(1)>'"
    page = inject(b'<html><body dir="ltr"><h1>Trang</h1></body></html>', [problem])
    text = page.decode()
    assert text.startswith('<html><body dir="ltr"><link rel="stylesheet"')
    assert "&lt;img src=x onerror=alert(1)&gt;" in text and "<img" not in text
    assert "<script" not in text and " style=" not in text  # nothing a strict CSP refuses
    assert text.endswith("<h1>Trang</h1></body></html>")
    error = error_page([problem], 123)
    assert "&lt;img" in error and "<img" not in error
    assert "<script src=" in error and "<script>" not in error  # an external script only


class Serving:
    """``campaign serve`` run as a user would, on a free port of 127.0.0.1."""

    def __init__(self, flagship: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}/"
        self.log = flagship.parent / "serve.log"
        env = dict(os.environ, CAMPAIGN_BUILD_DATE="2025-02-10", TMPDIR=str(flagship.parent))
        with self.log.open("wb") as stream:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "campaign.cli",
                    "serve",
                    "--dev-addr",
                    f"127.0.0.1:{self.port}",
                ],
                cwd=flagship,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=stream,
            )

    def get(self, path: str = "", timeout: float = 5) -> tuple[int, str]:
        """One request (no retry): its status and text."""
        try:
            with urllib.request.urlopen(self.base + path, timeout=timeout) as response:
                return response.status, str(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            return error.code, str(error.read().decode("utf-8"))

    def until(self, path: str, wanted: Callable[[int, str], bool], seconds: float = 600) -> str:
        """The page at ``path`` once ``wanted`` (builds take long on a busy machine)."""
        deadline = time.monotonic() + seconds
        seen = ""
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text(encoding="utf-8")
            try:
                status, seen = self.get(path)
            except OSError:  # not listening yet, or held while a build runs
                time.sleep(0.2)
                continue
            if wanted(status, seen):
                return seen
            time.sleep(0.2)
        raise AssertionError(f"{path}: never as wanted; last seen:\n{seen[:2000]}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        assert self.process.wait(timeout=60) == 0


def test_campaign_serve_shows_an_edit_and_stops_cleanly(flagship: Path) -> None:
    server = Serving(flagship)
    try:
        assert "Một đoạn mới" not in server.until("gioi-thieu/", lambda code, _: code == 200)
        _append(flagship / "docs" / "gioi-thieu.md", "Một đoạn mới khi đang xem trước.")
        server.until("gioi-thieu/", lambda _, page: "Một đoạn mới khi đang xem trước." in page)
    finally:
        server.stop()
    assert "Đã dựng lại 1 trang" in server.log.read_text(encoding="utf-8")
    assert not list(flagship.parent.glob("campaign-serve-*"))  # the temporary site is gone


BANNER = 'class="campaign-loi"'
# What staff type by mistake, with text that must never become HTML.
BAD_DATE = "  date: 27/02/2025", '  date: "<b>27/13/2025</b>"'
BAD_POST = "date: 2025-02-26", "date: ngày <i>26</i>"
# The line of BAD_DATE[0] in the flagship's campaign.yml, found rather than written down.
SAID_DATE_LINE = (
    Path(__file__)
    .resolve()
    .parent.parent.joinpath("campaign.yml")
    .read_text("utf-8")
    .splitlines()
    .index(BAD_DATE[0])
    + 1
)
SAID_DATE = f"campaign.yml:{SAID_DATE_LINE}: anniversary.date: cần ngày hợp lệ"
SAID_POST = "docs/tin-tuc/posts/le-ky-niem.md:3: date: cần ngày hợp lệ"


def test_campaign_serve_shows_mistakes_and_recovers(flagship: Path) -> None:
    config, post = (
        flagship / "campaign.yml",
        flagship / "docs" / "tin-tuc" / "posts" / "le-ky-niem.md",
    )
    good_config, good_post = config.read_text("utf-8"), post.read_text("utf-8")
    assert BAD_DATE[0] in good_config and BAD_POST[0] in good_post
    config.write_text(good_config.replace(*BAD_DATE), encoding="utf-8")
    server = Serving(flagship)
    try:
        # The first build fails: every address lists the problems, at once.
        page = server.until("gioi-thieu/", lambda code, _: code == 503)
        assert SAID_DATE in page and "&lt;b&gt;27/13/2025&lt;/b&gt;" in page
        assert "<b>" not in page
        status, script = server.get("livereload/campaign/tai-lai.js")
        assert status == 200 and "location.reload()" in script
        with launch() as browser:
            tab = browser.new_page()
            tab.goto(server.base + "gioi-thieu/")
            assert tab.locator(".campaign-loi").is_visible()
            # Fixed: the error page turns into the site by itself (its external script).
            config.write_text(good_config, encoding="utf-8")
            tab.wait_for_selector("nav.md-nav", state="attached", timeout=600_000)
            assert tab.locator(".campaign-loi").count() == 0
            # A mistake while serving: the open page reloads and shows the problems over
            # the last good content; every request is answered at once.
            config.write_text(good_config.replace(*BAD_DATE), encoding="utf-8")
            post.write_text(good_post.replace(*BAD_POST), encoding="utf-8")
            tab.wait_for_selector(".campaign-loi", timeout=600_000)
            banner = tab.locator(".campaign-loi").inner_text(timeout=5000)
            assert "lỗi cần sửa" in banner and "<b>27/13/2025</b>" in banner  # shown as text
            server.until("", lambda _, page: SAID_DATE in page and SAID_POST in page)
            for path in ("", "gioi-thieu/", "tin-tuc/", "khong-co-trang-nay/"):
                started = time.monotonic()
                status, page = server.get(path, timeout=5)
                assert time.monotonic() - started < 3, path
                assert status == (404 if path.startswith("khong") else 200), path
                assert page.count(BANNER) == 1 and SAID_POST in page, path
                assert "<i>26</i>" not in page and "&lt;i&gt;26&lt;/i&gt;" in page, path
            assert "Giới thiệu" in server.get("gioi-thieu/")[1]  # the last good page
            # Fixed: the open page reloads without the banner.
            config.write_text(good_config, encoding="utf-8")
            post.write_text(good_post, encoding="utf-8")
            tab.wait_for_selector(".campaign-loi", state="detached", timeout=600_000)
            assert tab.locator("nav.md-nav").count() > 0
        assert BANNER not in server.get("gioi-thieu/")[1]
    finally:
        server.stop()
    log = server.log.read_text(encoding="utf-8")
    assert SAID_DATE in log and SAID_POST in log  # printed in the terminal too
    assert "Traceback" not in log and "stuck" not in log
