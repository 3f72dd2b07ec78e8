"""The spare folder: the site a build replaced, written into by the next build.

Unit tests of ``outdir.take_spare``, ``park``, ``clear_spare`` and the pruning
in ``make_public`` (no site is built); ``tests/test_incremental.py`` checks
that builds into the spare folder give a full build's site byte for byte, and
``test_a_failed_build_into_the_spare_keeps_the_site`` below that a build
failing midway leaves the published site as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from campaign.publish import buildstamp, outdir
from tests.scratch import post, scratch


def _site(folder: Path, pages: dict[str, str]) -> Path:
    for name, text in pages.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    outdir.mark(folder)
    return folder


def _gone(path: Path, timeout: float = 60) -> bool:
    """Whether ``path`` is gone and deleted (see ``discard``: the cleaner renames it
    ``.site.old-…`` first)."""
    return not path.exists() and _no_leftovers(path.parent, timeout)


def _no_leftovers(folder: Path, timeout: float = 60) -> bool:
    """Whether no staging or old folder is left beside the site (waiting for the cleaner)."""
    deadline = time.monotonic() + timeout
    while list(folder.glob(".site.new-*")) or list(folder.glob(".site.old-*")):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_the_replaced_site_is_kept_and_taken_by_the_next_build(tmp_path: Path) -> None:
    target = tmp_path / "www" / "site"
    target.parent.mkdir()
    spare = outdir.spare_for(tmp_path / "cache", target, tmp_path)
    assert spare.is_relative_to(tmp_path / "cache")  # not beside the site: www/ stays as it is
    assert spare != outdir.spare_for(tmp_path / "cache", tmp_path / "other", tmp_path)
    old = _site(target.with_name(".site.new-1-abc"), {"index.html": "cũ", "tin/index.html": "tin"})
    inode = old.stat().st_ino
    outdir.park(old, target, spare)
    assert spare.is_dir() and spare.stat().st_ino == inode
    assert os.listdir(target.parent) == []
    staging = outdir.take_spare(spare, target)
    assert staging is not None and staging.stat().st_ino == inode
    assert staging.parent == target.parent and staging.name.startswith(".site.new-")
    assert not spare.exists()
    assert (staging / "tin" / "index.html").read_text(encoding="utf-8") == "tin"
    assert outdir.take_spare(spare, target) is None  # taken: there is none left


def test_a_spare_the_tool_did_not_make_is_neither_taken_nor_deleted(tmp_path: Path) -> None:
    target = tmp_path / "site"
    spare = tmp_path / "cache" / "spare"
    spare.mkdir(parents=True)
    (spare / "ghi-chu.txt").write_text("của người dùng", encoding="utf-8")
    assert outdir.take_spare(spare, target) is None
    # A marker copied from a site elsewhere does not make it ours either.
    elsewhere = _site(tmp_path / "elsewhere", {"index.html": "x"})
    (spare / outdir.MARKER).write_bytes((elsewhere / outdir.MARKER).read_bytes())
    assert outdir.take_spare(spare, target) is None
    old = _site(tmp_path / ".site.new-1-abc", {"index.html": "cũ"})
    outdir.park(old, target, spare)  # a folder not ours is there: the old site goes
    assert _gone(old)
    assert (spare / "ghi-chu.txt").read_text(encoding="utf-8") == "của người dùng"
    # A spare symlinked elsewhere is not followed.
    spare.rename(tmp_path / "moved")
    real = _site(tmp_path / "real", {"index.html": "x"})
    spare.symlink_to(real)
    assert outdir.take_spare(spare, target) is None
    assert (real / "index.html").exists()


def test_a_copy_of_a_site_the_tool_made_is_kept_and_taken(tmp_path: Path) -> None:
    # A campaign copied with its site and cache (`cp -a`): the copied site's marker
    # records the original folder, not the copy. It holds nothing the marker does not
    # list, so the build that replaces it keeps it as the spare instead of deleting it,
    # and the next build takes it.
    original = _site(tmp_path / "goc", {"index.html": "cũ", "tin/a/index.html": "a"})
    target = tmp_path / "site"
    copy = tmp_path / ".site.new-1-abc"
    shutil.copytree(original, copy)
    assert copy.stat().st_ino != original.stat().st_ino
    spare = outdir.spare_for(tmp_path / "cache", target, tmp_path)
    outdir.park(copy, target, spare)
    assert (spare / "tin" / "a" / "index.html").read_text(encoding="utf-8") == "a"
    taken = outdir.take_spare(spare, target)
    assert taken is not None and (taken / "index.html").read_text(encoding="utf-8") == "cũ"
    shutil.rmtree(taken)
    # A copy someone added a file to is not the tool's: replaced, it is deleted.
    other = tmp_path / ".site.new-2-abc"
    shutil.copytree(original, other)
    (other / "ghi-chu.txt").write_text("của người dùng", encoding="utf-8")
    outdir.park(other, target, spare)
    assert _gone(other) and not spare.exists()
    # Nor is a spare holding such a file taken, or deleted when another site is parked.
    shutil.copytree(original, spare)
    (spare / "ghi-chu.txt").write_text("của người dùng", encoding="utf-8")
    assert outdir.take_spare(spare, target) is None
    outdir.park(_site(tmp_path / ".site.new-3-abc", {"index.html": "mới"}), target, spare)
    assert (spare / "ghi-chu.txt").read_text(encoding="utf-8") == "của người dùng"


def test_a_new_spare_replaces_the_earlier_one(tmp_path: Path) -> None:
    target = tmp_path / "site"
    spare = outdir.spare_for(tmp_path / "cache", target, tmp_path)
    first = _site(tmp_path / ".site.new-1-abc", {"index.html": "một"})
    outdir.park(first, target, spare)
    second = _site(tmp_path / ".site.new-2-abc", {"index.html": "hai"})
    outdir.park(second, target, spare)
    assert (spare / "index.html").read_text(encoding="utf-8") == "hai"
    assert _no_leftovers(tmp_path)  # the first one is deleted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]
    assert [p.name for p in spare.parent.iterdir()] == [spare.name]
    # A site without a marker of its own (built before the marker existed) is deleted.
    legacy = tmp_path / ".site.new-3-abc"
    legacy.mkdir()
    (legacy / "index.html").write_text("ba", encoding="utf-8")
    outdir.park(legacy, target, spare)
    assert _gone(legacy)
    assert (spare / "index.html").read_text(encoding="utf-8") == "hai"


def test_clearing_keeps_folders_and_the_pages_named(tmp_path: Path) -> None:
    spare = _site(
        tmp_path / "spare",
        {"index.html": "a", "tin/a/index.html": "b", "tin/b/index.html": "c", "x.png": "d"},
    )
    (spare / "tin" / "link").symlink_to(spare / "tin" / "a")
    (spare / "tin" / "empty").mkdir()
    removed = outdir.clear_spare(spare, {"tin/a/index.html", "index.html"})
    assert removed == 4  # the other page, the image, the symlink, the marker
    names = sorted(str(p.relative_to(spare)) for p in spare.rglob("*"))
    assert names == ["index.html", "tin", "tin/a", "tin/a/index.html", "tin/b", "tin/empty"]
    outdir.make_public(spare, prune=True)  # folders left empty go, the others stay
    names = sorted(str(p.relative_to(spare)) for p in spare.rglob("*"))
    assert names == ["index.html", "tin", "tin/a", "tin/a/index.html"]
    assert stat.S_IMODE(spare.stat().st_mode) == outdir.DIR_MODE


def test_make_public_without_prune_keeps_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "site" / "empty").mkdir(parents=True)
    outdir.make_public(tmp_path / "site")
    assert (tmp_path / "site" / "empty").is_dir()


RUN = """
import os, sys
from campaign.adapter import incremental
if os.environ.get("FAIL_AFTER_PAGES"):
    finish = incremental.Incremental.finish
    def fail(self):
        raise OSError(28, "No space left on device", self.site_dir / "index.html")
    incremental.Incremental.finish = fail
from campaign.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _build(
    project: Path, cache: Path, fail: bool = False, *extra: str
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "CAMPAIGN_JOBS": "1",
        "CAMPAIGN_BUILD_DATE": "2025-03-10",
        "CAMPAIGN_CACHE": str(cache),
        "FAIL_AFTER_PAGES": "1" if fail else "",
    }
    command = [sys.executable, "-c", RUN, "-C", str(project), "build", *extra]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)


def _snapshot(folder: Path) -> dict[str, tuple[int, int, int, bytes]]:
    found = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        data = path.read_bytes() if stat.S_ISREG(info.st_mode) else b""
        found[str(path.relative_to(folder))] = (info.st_mode, info.st_ino, info.st_mtime_ns, data)
    return found


@pytest.mark.build
def test_a_failed_build_into_the_spare_keeps_the_site(tmp_path: Path) -> None:
    project = scratch(tmp_path / "chien-dich")
    for i in range(6):
        path = post(project, f"tin-{i}", f"Tin số {i}", date=f"2025-01-0{1 + i}")
        path.write_text(path.read_text(encoding="utf-8") + f"Nội dung {i}.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    edited = project / "docs" / "tin-tuc" / "posts" / "tin-2.md"
    for n in range(2):  # the second build leaves the first site as the spare
        edited.write_text(edited.read_text(encoding="utf-8") + f"Câu {n}.\n", encoding="utf-8")
        done = _build(project, cache)
        assert done.returncode == 0, done.stderr[-3000:]
    site = project / "site"
    spare = outdir.spare_for(cache, site.resolve(), project.resolve())
    assert spare.is_dir()
    # Something a person put in the published folder: the site is the tool's (see the
    # marker), so the next sites do not have it.
    (site / "ghi-chu.txt").write_text("tệp lạ", encoding="utf-8")
    good = _snapshot(site)
    # A build failing once its pages are written into the spare folder (a full disk).
    edited.write_text(edited.read_text(encoding="utf-8") + "Câu hỏng.\n", encoding="utf-8")
    failed = _build(project, cache, fail=True)
    assert failed.returncode == 1 and "giữ nguyên bản cũ" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert _snapshot(site) == good  # every file, inode, time and byte as it was
    assert not spare.exists()  # the half-written folder is deleted, not kept as the spare
    assert _no_leftovers(project)
    done = _build(project, cache)
    assert done.returncode == 0, done.stderr[-3000:]
    assert any("Câu hỏng." in p.read_text(encoding="utf-8") for p in site.rglob("index.html"))
    assert not (site / "ghi-chu.txt").exists()
    # The next build writes into the site that had the stranger's file: not carried over.
    edited.write_text(edited.read_text(encoding="utf-8") + "Câu cuối.\n", encoding="utf-8")
    done = _build(project, cache)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not list(site.rglob("ghi-chu.txt"))
    # --force writes into the spare folder too (every page again, a page only the spare
    # folder has in place, see fsutil.make_way): failing, it leaves the site as it was.
    assert spare.is_dir()
    good = _snapshot(site)
    failed = _build(project, cache, True, "--force")
    assert failed.returncode == 1 and "giữ nguyên bản cũ" in failed.stderr
    assert _snapshot(site) == good
    assert not spare.exists() and _no_leftovers(project)


@pytest.mark.parametrize("prune", [False, True])
def test_make_public_sees_the_listing_the_build_stamp_reads(tmp_path: Path, prune: bool) -> None:
    # make_public returns what buildstamp.site_listing would read (the build hands it to
    # buildstamp.remember instead of reading thousands of files again): same order too.
    site = _site(
        tmp_path / "site",
        {
            "index.html": "a",
            "a-b/index.html": "bb",
            "a/index.html": "c",
            "a/z/y.html": "dd",
            "a/b.css": "e",
            "Z/x.html": "f",
            "tin-tuc/2024/01/bai/index.html": "g",
            "tin-tuc/index.html": "h",
            "tin-tuc.html": "i",
        },
    )
    (site / "a" / "link").symlink_to(site / "a" / "z")  # a folder's link: no file of its own
    (site / "a" / "page-link").symlink_to(site / "index.html")
    (site / "a" / "empty" / "deeper").mkdir(parents=True)
    (site / "a" / "b.css").chmod(0o600)
    listing = outdir.make_public(site, prune=prune)
    assert listing == buildstamp.site_listing(site)
    assert len(listing[1]) == 11
    buildstamp.remember(site, listing)
    assert buildstamp._site_identity(site) == buildstamp.listing_identity(listing)


@pytest.mark.build
def test_a_copied_campaign_keeps_its_site_as_the_spare(tmp_path: Path) -> None:
    # The campaign copied elsewhere with its site and cache inside it (`cp -a`): the
    # first build there keeps the copied site as its spare (it used to delete it, so the
    # first two builds of a copy both made every folder anew), the second writes into it.
    project = scratch(tmp_path / "chien-dich")
    for i in range(3):
        post(project, f"tin-{i}", f"Tin số {i}", date=f"2025-01-0{1 + i}")
    done = _build(project, project / ".cache" / "campaign")
    assert done.returncode == 0, done.stderr[-3000:]
    copy = tmp_path / "ban-sao"
    shutil.copytree(project, copy, symlinks=True)
    cache, site = copy / ".cache" / "campaign", copy / "site"
    copied = site.stat().st_ino
    done = _build(copy, cache, False, "--force")
    assert done.returncode == 0, done.stderr[-3000:]
    spare = outdir.spare_for(cache, site.resolve(), copy.resolve())
    assert spare.stat().st_ino == copied  # the copied site, kept
    done = _build(copy, cache, False, "--force")
    assert done.returncode == 0, done.stderr[-3000:]
    assert site.stat().st_ino == copied  # written into and published
    assert _no_leftovers(copy)
    # Copied again, the copy's cache holds its spare under the key of site/ inside the
    # campaign, not under the folder's absolute path: the new copy's first build
    # writes into it (the copied spare, its marker naming the folder copied).
    again = tmp_path / "ban-sao-2"
    shutil.copytree(copy, again, symlinks=True)
    cache = again / ".cache" / "campaign"
    spare = outdir.spare_for(cache, (again / "site").resolve(), again.resolve())
    copied = spare.stat().st_ino
    done = _build(again, cache, False, "--force")
    assert done.returncode == 0, done.stderr[-3000:]
    assert (again / "site").stat().st_ino == copied
    assert [p.name for p in (cache / outdir.SPARES).iterdir()] == [spare.name]


def test_a_spare_kept_under_the_old_key_is_moved_to_the_new_one(tmp_path: Path) -> None:
    # Until 06/12/2026 every spare was keyed by the site's absolute path; the first
    # build after the upgrade moves it to the key spare_for gives now.
    root = tmp_path / "chien-dich"
    target = root / "site"
    cache = root / ".cache" / "campaign"
    spare = outdir.spare_for(cache, target, root)
    old = cache / outdir.SPARES / hashlib.blake2b(os.fsencode(target), digest_size=8).hexdigest()
    assert old != spare
    _site(old, {"index.html": "cũ"})
    outdir.move_old_spare(cache, target, spare)
    assert not old.exists() and (spare / "index.html").read_text(encoding="utf-8") == "cũ"
    # Not over a spare already there, nor a folder the tool did not make.
    _site(old, {"index.html": "khác"})
    outdir.move_old_spare(cache, target, spare)
    assert (spare / "index.html").read_text(encoding="utf-8") == "cũ" and old.exists()
    shutil.rmtree(spare)
    (old / outdir.MARKER).unlink()
    outdir.move_old_spare(cache, target, spare)
    assert not spare.exists() and (old / "index.html").exists()
