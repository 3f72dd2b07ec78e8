"""Publishing cached files by hard link, and warming caches on every core."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from campaign.content.publishable import RealPaths
from campaign.parallel.warm import warm_in_parallel
from campaign.publish.fsutil import (
    link_new,
    link_or_copy,
    make_way,
    write_atomic,
    write_in_place,
    write_new,
)


def test_readable_cache_files_are_linked_and_keep_their_version(tmp_path: Path) -> None:
    source = tmp_path / "cache" / "card.png"
    write_atomic(source, b"first")  # 0644, replaced whole on change
    target = tmp_path / "site" / "assets" / "card.png"
    link_or_copy(source, target)
    assert target.read_bytes() == b"first"
    assert target.stat().st_ino == source.stat().st_ino
    write_atomic(source, b"second")  # a new render replaces the cache file...
    assert target.read_bytes() == b"first"  # ...and the published one is untouched
    link_or_copy(source, target)  # republishing replaces the old link
    assert target.read_bytes() == b"second"


def test_a_published_link_cannot_be_rewritten_in_place(tmp_path: Path) -> None:
    source = tmp_path / "cache" / "card.png"
    write_atomic(source, b"render")
    target = tmp_path / "site" / "card.png"
    link_or_copy(source, target)
    assert source.stat().st_mode & 0o222 == 0  # shared bytes are read-only
    if os.geteuid() != 0:  # root ignores permission bits
        with pytest.raises(PermissionError):
            target.write_bytes(b"edited by hand")
    write_atomic(source, b"new render")  # the cache is still replaced whole
    assert source.read_bytes() == b"new render" and target.read_bytes() == b"render"


def test_a_new_file_never_writes_through_a_link(tmp_path: Path) -> None:
    """A page of the new site is written as a new file: the last good site's page
    linked there before is left as it was."""
    live = tmp_path / "site" / "tin" / "index.html"
    write_new(str(live), b"<p>live</p>")  # its folders are made
    staging = tmp_path / "staging" / "tin" / "index.html"
    link_new(live, staging)
    assert staging.stat().st_ino == live.stat().st_ino
    write_new(str(staging), b"<p>new</p>")
    assert staging.read_bytes() == b"<p>new</p>"
    assert live.read_bytes() == b"<p>live</p>"
    link_new(live, staging)  # a link replaces what was there
    assert staging.read_bytes() == b"<p>live</p>"
    with pytest.raises(FileNotFoundError):
        link_new(tmp_path / "missing.html", tmp_path / "other" / "index.html")
    assert not (tmp_path / "other").exists()


def test_making_way_keeps_only_a_files_sole_link(tmp_path: Path) -> None:
    # A page of the spare folder that no other folder shares: kept, written in place
    # (shorter, then longer than what was there: the same bytes as a new file).
    own = tmp_path / "own.html"
    own.write_bytes(b"<p>old, longer</p>")
    inode = own.stat().st_ino
    assert make_way(str(own))
    assert own.read_bytes() == b"<p>old, longer</p>" and own.stat().st_ino == inode
    write_in_place(str(own), b"<p>new</p>")
    assert own.read_bytes() == b"<p>new</p>" and own.stat().st_ino == inode
    write_in_place(str(own), b"<p>newer and longer</p>")
    assert own.read_bytes() == b"<p>newer and longer</p>" and own.stat().st_ino == inode
    write_in_place(str(tmp_path / "new" / "index.html"), b"<p>made</p>")  # and its folder
    assert (tmp_path / "new" / "index.html").read_bytes() == b"<p>made</p>"
    # A page the published site shares (a hard link): removed, the site's file untouched.
    published = tmp_path / "published.html"
    published.write_bytes(b"<p>site</p>")
    shared = tmp_path / "shared.html"
    os.link(published, shared)
    assert not make_way(str(shared))
    assert not shared.exists() and published.read_bytes() == b"<p>site</p>"
    # A symbolic link is removed, not followed; nothing there: nothing to do.
    link = tmp_path / "link.html"
    link.symlink_to(published)
    assert not make_way(str(link))
    assert not link.exists() and published.read_bytes() == b"<p>site</p>"
    assert not make_way(str(tmp_path / "missing.html"))


def test_real_paths_are_what_resolve_gives(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "tin").mkdir(parents=True)
    (docs / "tin" / "a.md").write_text("a")
    outside = tmp_path / "ngoai"
    outside.mkdir()
    (outside / "b.md").write_text("b")
    (docs / "lienket").symlink_to(outside)  # a linked folder
    (docs / "tin" / "c.md").symlink_to(outside / "b.md")  # a linked file
    (docs / "vong").symlink_to(docs / "vong")  # a loop
    resolve = RealPaths()
    paths = [
        docs / "tin" / "a.md",
        docs / "lienket" / "b.md",
        docs / "tin" / "c.md",
        docs / "lienket" / ".." / "tin" / "a.md",
        docs / "tin" / "khong-co.md",
        Path("tuong-doi.md"),
    ]
    for path in paths * 2:  # the second time from the folders already resolved
        assert resolve(path) == path.resolve(), path
        assert resolve(str(path)) == path.resolve(), path
    with pytest.raises(RuntimeError):
        Path(docs / "vong" / "x.md").resolve()
    with pytest.raises(RuntimeError):
        resolve(docs / "vong" / "x.md")


def test_a_copy_never_writes_through_an_old_link(tmp_path: Path) -> None:
    cached = tmp_path / "cache.png"
    write_atomic(cached, b"cached")
    target = tmp_path / "site" / "card.png"
    link_or_copy(cached, target)
    private = tmp_path / "private.png"
    private.write_bytes(b"private")
    private.chmod(0o600)  # copied, not linked
    link_or_copy(private, target)
    assert target.read_bytes() == b"private"
    assert cached.read_bytes() == b"cached"


def test_private_cache_files_are_copied_with_usual_permissions(tmp_path: Path) -> None:
    source = tmp_path / "photo.webp"
    source.write_bytes(b"webp")
    source.chmod(0o600)
    target = tmp_path / "site" / "photo.webp"
    link_or_copy(source, target)
    assert target.read_bytes() == b"webp"
    assert target.stat().st_ino != source.stat().st_ino
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # a new file, not the private mode


def test_built_site_links_the_kit_and_cards(built: Path) -> None:
    kit = sorted((built / "bo-an-pham").rglob("*.pdf"))
    cards = sorted((built / "assets" / "cards").glob("*.png"))
    assert kit and cards
    for path in [*kit, *cards]:
        info = path.stat()
        assert info.st_nlink >= 2, path  # the same bytes as the cache, not a copy
        assert info.st_mode & 0o044 == 0o044, path  # readable by the web server


def test_warm_in_parallel_renders_every_item_in_workers(tmp_path: Path) -> None:
    parent = os.getpid()

    def render(name: str) -> None:
        if name == "x03":
            raise ValueError("a failing item does not stop the others")
        (tmp_path / name).write_text(str(os.getpid()), encoding="utf-8")

    names = [f"x{i:02d}" for i in range(10)]
    assert warm_in_parallel(names, render, workers=2)
    done = sorted(p.name for p in tmp_path.iterdir())
    assert done == [n for n in names if n != "x03"]
    pids = {(tmp_path / n).read_text(encoding="utf-8") for n in done}
    # Workers claim items as they go: a fast one may take them all.
    assert 1 <= len(pids) <= 2 and str(parent) not in pids


def test_warm_in_parallel_hands_workers_only_the_pending_items(tmp_path: Path) -> None:
    names = [f"x{i:02d}" for i in range(10)]
    for name in names[:4]:  # already warm
        (tmp_path / name).write_text("before", encoding="utf-8")

    def render(name: str) -> None:
        (tmp_path / name).write_text(str(os.getpid()), encoding="utf-8")

    def pending(name: str) -> bool:
        return not (tmp_path / name).exists()

    assert warm_in_parallel(names, render, workers=2, pending=pending)
    texts = {n: (tmp_path / n).read_text(encoding="utf-8") for n in names}
    assert all(texts[n] == "before" for n in names[:4])  # not rendered again
    assert all(texts[n] not in ("before", str(os.getpid())) for n in names[4:])
    # Every cache warm: no worker is forked at all.
    forks: list[int] = []
    os.register_at_fork(before=lambda: forks.append(1))
    assert not warm_in_parallel(names, render, workers=2, pending=pending)
    assert forks == []


def test_warm_in_parallel_stands_aside_when_threads_run(tmp_path: Path) -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not warm_in_parallel(["a", "b", "c", "d", "e"], lambda n: None, workers=2)
    finally:
        stop.set()
        thread.join()
