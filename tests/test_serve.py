"""campaign serve: an edit rebuilds only the pages it touches, and they equal a full build."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from campaign.adapter.serve import Preview
from campaign.manifest import MANIFEST

pytestmark = [pytest.mark.server, pytest.mark.build]

URL = "http://127.0.0.1:8000/"


def _files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


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
    with pytest.raises(Abort):
        preview.rebuild()
    assert "ảnh cần mô tả" in caplog.text
    assert preview.full_builds == 1


def test_campaign_serve_shows_an_edit_and_stops_cleanly(flagship: Path) -> None:
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, CAMPAIGN_BUILD_DATE="2025-02-10", TMPDIR=str(flagship.parent))
    log = flagship.parent / "serve.log"
    with log.open("wb") as stream:
        process = subprocess.Popen(
            [sys.executable, "-m", "campaign.cli", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=flagship,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stream,
        )

    def page() -> str:
        url = f"http://127.0.0.1:{port}/gioi-thieu/"
        for _ in range(1200):
            assert process.poll() is None, log.read_text(encoding="utf-8")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    return str(response.read().decode("utf-8"))
            except OSError:
                time.sleep(0.1)
        raise AssertionError("the preview did not answer")

    try:
        assert "Một đoạn mới" not in page()
        _append(flagship / "docs" / "gioi-thieu.md", "Một đoạn mới khi đang xem trước.")
        for _ in range(600):
            if "Một đoạn mới khi đang xem trước." in page():
                break
            time.sleep(0.1)
        else:
            raise AssertionError("the edit never showed")
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    assert "Đã dựng lại 1 trang" in log.read_text(encoding="utf-8")
    assert not list(flagship.parent.glob("campaign-serve-*"))  # the temporary site is gone
