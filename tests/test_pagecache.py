"""The page cache's store: whole entries or none, never outside its folder."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from campaign.publish.pagecache import PageCache

KEY = "ab" + "0" * 38


def test_an_entry_comes_back_as_stored(tmp_path: Path) -> None:
    store = PageCache(tmp_path / "pages")
    assert store.get(KEY) is None
    store.put(
        KEY, {"search": [[{"location": "a/", "text": "Bác sĩ"}]]}, "<p>Thầy thuốc</p>".encode()
    )
    header, body = store.get(KEY) or ({}, b"")
    assert header == {"search": [[{"location": "a/", "text": "Bác sĩ"}]]}
    assert body.decode() == "<p>Thầy thuốc</p>"
    assert (store.hits, store.misses) == (1, 1)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short (a full disk, a killed build)
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit of the page changed
        lambda data: b"",
        lambda data: b"<html>not an entry</html>",
        lambda data: data.replace(b"campaign-page-cache 1", b"campaign-page-cache 9"),
    ],
)
def test_a_damaged_entry_is_a_miss_and_is_removed(tmp_path: Path, damage: object) -> None:
    store = PageCache(tmp_path)
    store.put(KEY, {"search": []}, b"<p>trang</p>")
    path = tmp_path / KEY[:2] / KEY
    assert callable(damage)
    path.write_bytes(damage(path.read_bytes()))
    assert store.get(KEY) is None
    assert not path.exists()


def test_keys_cannot_leave_the_folder(tmp_path: Path) -> None:
    store = PageCache(tmp_path / "pages")
    for key in ("../../etc/passwd", "ab/../../x", "", "AB" + "0" * 38):
        with pytest.raises(ValueError):
            store.put(key, {})
    assert not any((tmp_path).rglob("passwd"))


def test_without_reading_every_entry_is_made_again(tmp_path: Path) -> None:
    PageCache(tmp_path).put(KEY, {}, b"x")
    assert PageCache(tmp_path, read=False).get(KEY) is None
    assert PageCache(tmp_path).get(KEY) is not None


def test_prune_keeps_what_was_used_since(tmp_path: Path) -> None:
    store = PageCache(tmp_path)
    old, used = "cd" + "1" * 38, "ef" + "2" * 38
    store.put(old, {}, b"old")
    store.put(used, {}, b"used")
    past = time.time() - 3600
    for key in (old, used):
        os.utime(tmp_path / key[:2] / key, (past, past))
    started = time.time() - 1
    assert store.get(used) is not None  # touched by the build
    assert store.prune(started) == 1
    assert store.get(old) is None and store.get(used) is not None


def test_touch_says_whether_an_entry_is_stored_even_without_reading(tmp_path: Path) -> None:
    # A --force build (read=False) makes every page again; an entry already stored
    # under the page's key is kept by ``put`` as it is, so the build skips making one.
    forced = PageCache(tmp_path, read=False)
    assert forced.touch(KEY) is False
    assert not (tmp_path / KEY[:2] / KEY).exists()  # touching makes nothing
    PageCache(tmp_path).put(KEY, {}, b"x")
    path = tmp_path / KEY[:2] / KEY
    past = time.time() - 3600
    os.utime(path, (past, past))
    started = time.time() - 1
    assert forced.touch(KEY) is True
    assert forced.prune(started) == 0  # touched: used by this build
    assert PageCache(tmp_path).get(KEY) is not None
