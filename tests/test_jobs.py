"""CAMPAIGN_JOBS everywhere: one process forks nothing; three, or a fork that fails,
build the same site as one.

A small campaign with slogans (a few kit images), photos and cards, each build
with its own empty cache so the kit, the photos and the cards are all rendered.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

from campaign.cli import main
from campaign.parallel.tasks import can_fork
from campaign.publish.outdir import MARKER

from .conftest import MINIMAL
from .scratch import post, scratch

pytestmark = pytest.mark.build

SLOGANS = "slogans:\n  - {id: mot, text: Sức khỏe là vàng}\n"  # 14 kit images


def _campaign(root: Path) -> Path:
    scratch(root)
    (root / "campaign.yml").write_text(MINIMAL + SLOGANS, encoding="utf-8")
    for i, colour in enumerate(((200, 30, 30), (30, 60, 200), (30, 160, 60), (90, 90, 90))):
        Image.new("RGB", (1700 + i, 900), colour).save(root / "anh" / f"anh-{i}.jpg")
    for i in range(4):
        extra = f"cover: anh/anh-{i}.jpg\ncover_alt: Ảnh bìa {i}\n"
        path = post(root, f"tin-{i}", f"Tin thử số {i}", extra=extra)
        with path.open("a", encoding="utf-8") as body:
            body.write(f"\n![Ảnh trong bài {i}](anh/anh-{(i + 1) % 4}.jpg)\n")
    return root


def _build(root: Path, site: Path, jobs: str, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAMPAIGN_JOBS", jobs)
    monkeypatch.setenv("CAMPAIGN_CACHE", str(cache))
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-10")
    assert main(["-C", str(root), "build", "--force", "--site-dir", str(site)]) == 0


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


# Pillow stamps each PDF with the time it was written: not what the test compares.
_STAMPS = re.compile(rb"/(CreationDate|ModDate) ?\(D:[^)]*\)")


def _same(one: Path, other: Path) -> None:
    files = _files(one)
    assert files == _files(other)
    assert any(name.startswith("assets/photos/") for name in files)
    assert any(name.startswith("bo-an-pham/") for name in files)
    assert any(name.startswith("assets/cards/") for name in files)
    for name in files:
        if name == MARKER:  # records the folder's own identity
            continue
        mine, theirs = (one / name).read_bytes(), (other / name).read_bytes()
        if name.endswith(".pdf"):
            mine, theirs = _STAMPS.sub(b"", mine), _STAMPS.sub(b"", theirs)
        assert mine == theirs, name


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The campaign, its site built with CAMPAIGN_JOBS=1 (nothing forked), its cache."""
    from campaign.adapter.parallel import shard

    folder = tmp_path_factory.mktemp("jobs")
    root, site, cache = _campaign(folder / "c"), folder / "one", folder / "cache-1"

    def fork() -> int:
        raise AssertionError("os.fork() called with CAMPAIGN_JOBS=1")

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(shard, "MIN_PAGES", 1)  # pages and read-ahead would fork
        monkeypatch.setattr(os, "fork", fork)  # and the kit, the photos, the cards
        _build(root, site, "1", cache, monkeypatch)
    return root, site, cache


def test_one_job_forks_nothing_anywhere(reference: tuple[Path, Path, Path]) -> None:
    _, site, cache = reference
    assert (site / "index.html").is_file()
    assert list((cache / "photos").glob("*.webp")) and list((cache / "kit").iterdir())


@pytest.mark.skipif(not can_fork(), reason="workers are forked on Linux only")
@pytest.mark.parametrize("fork_fails", [False, True], ids=["three", "fork-fails"])
def test_three_jobs_or_a_failing_fork_build_the_same_site_as_one(
    reference: tuple[Path, Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fork_fails: bool,
) -> None:
    root, one, cache_one = reference
    cache = tmp_path / "cache"
    # Web fonts are subset with a timestamp: taken from the first build, not made again.
    shutil.copytree(cache_one / "fonts", cache / "fonts")
    forks = []
    real_fork = os.fork

    def fork() -> int:
        forks.append(1)  # counted in this process only
        if fork_fails:
            raise OSError(errno.ENOMEM, "Cannot allocate memory")
        return real_fork()

    monkeypatch.setattr(os, "fork", fork)
    _build(root, tmp_path / "three", "3", cache, monkeypatch)
    monkeypatch.setattr(os, "fork", real_fork)
    # The kit, the photos and the cards asked for workers (forked, or refused).
    assert len(forks) >= 3
    _same(one, tmp_path / "three")
