"""The output folder: only ever one the tool made, published readable by the web server.

A build writes the whole site into a staging folder beside the target, then
swaps it in. That swap deletes whatever the target held, so before any work
:func:`check_target` refuses a target that is the campaign itself, one of its
ancestors, its content (``docs/``, the photos in ``anh/``), a folder holding
campaign sources, or an existing folder with other content. A folder the tool
made carries :data:`MARKER`; an empty folder or a new one is fine too. The
marker records the folder it was made for (its identity, not its path: the
marker is published) and what the build put in it: a marker copied with the
site into a folder holding other data (``cp -r site/. /var/www/html``) does
not make that folder ours.

Sites built before the marker existed have none: the default ``site/`` beside
``mkdocs.yml`` holding our manifest and sitemap is recognised as ours and
adopted (the next build adds the marker). Any other folder without the marker
is refused with a message saying how to go on.

Staging and old folders are named ``.<name>.new-<pid>-<random>`` and
``.<name>.old-<pid>-<random>``; under the campaign's build lock
(:mod:`campaign.publish.buildlock`) every such folder beside the target is a leftover
of a build that was killed, and :func:`remove_leftovers` deletes it.

Deleting the replaced site takes as long as writing it on some file systems
(17 s for 2,000 news items), so the build does not wait for it:
:func:`discard` hands the old folder to a detached process that renames it
``.<name>.old-<its pid>-<random>`` (so :func:`remove_leftovers` leaves it to
that process while it runs, and deletes what a killed cleaner left) and then
deletes it. The cleaner deletes only the folder the swap handed back.

Creating a folder is the slowest step of writing a page on some disks (about
half a millisecond each; a province's site has thousands, one per page), so
the replaced site is not deleted but kept in the campaign's cache folder
(``site-spare/``, not beside the target: its parent may be a web server's
folder; see :func:`park`), and the next build, with the speed-ups on, writes
into it instead of a new folder (see :func:`take_spare`): its folders are
there already, and each page it holds that is still the page the build wants
(the page cache says which) stays as it is. The spare is only taken when its
marker says it is the very folder the marker was made for, or a copy of one
holding nothing the marker does not list (a campaign copied with its site and
cache); anything else found there is never reused or deleted. A replaced site
passing the same test is kept as the spare, so the first build of a copied
campaign keeps the copied site for the second one to write into. Before the
build writes, :func:`clear_spare` removes every file of it but those pages
(every other file is written again whole), and after it :func:`make_public`
removes the folders left empty. The pages kept share their bytes with the
published site (hard links); every writer of a page replaces the file
instead of writing through it, so the published site stays as it was
whatever the build does.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import os
import re
import secrets
import shutil
import stat
import subprocess
import sys
from collections.abc import Collection, Mapping
from pathlib import Path

from ..content.errors import ContentError, Problem
from .manifest import MANIFEST

__all__ = [
    "MARKER",
    "check_target",
    "clear_spare",
    "discard",
    "make_parents",
    "make_public",
    "make_staging",
    "mark",
    "move_old_spare",
    "park",
    "remove_leftovers",
    "replace_files",
    "spare_for",
    "swap",
    "take_spare",
]

MARKER = ".campaign-site"
# In the campaign's cache folder: the sites replaced, one per output folder (see ``park``).
SPARES = "site-spare"
MARKER_TEXT = (
    "Thư mục này do lệnh `campaign build` dựng ra: đây là trang web tĩnh của chiến dịch.\n"
    "Mỗi lần dựng, cả thư mục được thay bằng bản mới, nên đừng lưu tệp nào khác ở đây.\n"
    "Tệp này cho lệnh biết thư mục là của nó; xóa tệp này thì lệnh sẽ không ghi đè thư mục nữa.\n"
)
# Files whose presence means a folder holds a campaign's sources.
SOURCES = ("mkdocs.yml", "campaign.yml")
# Where a campaign keeps what staff wrote and photographed (relative to its folder).
PHOTOS = "anh"
# What a build before the marker left in the default site/.
LEGACY = (MANIFEST, "sitemap.xml", "index.html")
# The marker's record, below its text (see :func:`mark`).
_RECORD = "# Ghi cho lệnh, đừng sửa:"
_ID = "ma-thu-muc: "
_ENTRY = "muc: "
WHERE = "dòng lệnh"
FIELD = "--site-dir"
DIR_MODE = 0o755
FILE_MODE = 0o644
_DOCS_DIR = re.compile(r"^docs_dir:[ \t]*['\"]?([^'\"#\n]+?)['\"]?[ \t]*(?:#.*)?$", re.MULTILINE)


def _docs_dirs(root: Path) -> list[Path]:
    """``docs/`` and the folder ``mkdocs.yml`` names as ``docs_dir``, if another."""
    found = [root / "docs"]
    try:
        match = _DOCS_DIR.search((root / "mkdocs.yml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        match = None
    if match:
        found.append(root / match.group(1).strip())
    return found


def _entries(folder: Path) -> list[str]:
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return []


def _problem(target: Path, why: str, advice: str) -> Problem:
    return Problem(WHERE, 0, FIELD, f"cần {why}, nhận được {target}{advice}")


def check_target(root: Path, target: Path) -> None:
    """Refuse, before any work, an output folder whose replacement would lose work.

    ``root`` is the campaign folder and ``target`` the output folder, both
    resolved. Raises :class:`ContentError` with a located Vietnamese message.
    """
    root = root.resolve()
    target = target.resolve()
    fresh = root / "site"
    new = "một thư mục mới hoặc trống"
    if root.is_relative_to(target):
        what = "chính là thư mục chiến dịch" if target == root else "là thư mục cha của chiến dịch"
        raise ContentError(
            [
                _problem(
                    target,
                    "thư mục xuất khác thư mục chiến dịch và các thư mục cha của nó",
                    f" ({what} {root}: dựng vào đây sẽ xóa cả mkdocs.yml, campaign.yml, docs/,"
                    f" ảnh và mọi tệp khác). Không xóa gì. Hãy chọn {new}, ví dụ {fresh}",
                )
            ]
        )
    for kind, folders in (("nội dung viết tay", _docs_dirs(root)), ("ảnh gốc", [root / PHOTOS])):
        for folder in (f.resolve() for f in folders):
            if target.is_relative_to(folder):
                name = folder.relative_to(root) if folder.is_relative_to(root) else folder
                raise ContentError(
                    [
                        _problem(
                            target,
                            f"thư mục xuất nằm ngoài {name}/",
                            f" (nằm trong {name}/, nơi giữ {kind}: dựng vào đây sẽ thay các tệp"
                            f" đó bằng trang HTML). Không xóa gì. Hãy chọn {new}, ví dụ {fresh}",
                        )
                    ]
                )
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise ContentError(
            [_problem(target, "một thư mục", " (đây là một tệp, không phải thư mục)")]
        )
    entries = _entries(target)
    sources = [name for name in SOURCES if name in entries]
    if sources:
        raise ContentError(
            [
                _problem(
                    target,
                    "thư mục xuất không chứa mã nguồn chiến dịch",
                    f" (thư mục có {', '.join(sources)}: đây là một chiến dịch, không phải"
                    f" trang đã dựng). Không xóa gì. Hãy chọn {new}",
                )
            ]
        )
    if not entries:
        return
    if MARKER in entries:
        foreign = _foreign(target, entries)
        if not foreign:
            return
        shown = ", ".join(foreign[:5]) + (f"… ({len(foreign)} mục)" if len(foreign) > 5 else "")
        raise ContentError(
            [
                _problem(
                    target,
                    f"thư mục do lệnh này dựng ra (tệp {MARKER} đúng của thư mục)",
                    f" (tệp {MARKER} được chép từ nơi khác cùng với trang, và thư mục còn"
                    f" nội dung không do lệnh dựng: {shown}). Không xóa gì. Hãy chọn"
                    f" {new}, ví dụ {target / root.name}",
                )
            ]
        )
    if target == fresh and all(name in entries for name in LEGACY):
        return  # site/ built before the marker existed: ours, adopted by this build
    shown = ", ".join(entries[:5]) + (f"… ({len(entries)} mục)" if len(entries) > 5 else "")
    advice = f" (thư mục đã có nội dung không do lệnh này dựng: {shown}). Không xóa gì."
    if target == fresh:
        advice += " Hãy đổi tên hoặc chuyển thư mục này đi, hoặc chọn thư mục khác bằng --site-dir"
    else:
        advice += f" Hãy chọn {new}, ví dụ {target / root.name}"
    if MANIFEST in entries:
        advice += (
            f"; nếu đây là trang chiến dịch dựng bằng bản cũ của lệnh, hãy xóa thư mục"
            f" hoặc tạo tệp {MARKER} trong đó rồi dựng lại"
        )
    raise ContentError(
        [_problem(target, f"{new}, hoặc thư mục do lệnh này dựng (có tệp {MARKER})", advice)]
    )


def make_parents(folder: Path) -> None:
    """Create ``folder`` and its missing parents, each readable by the web server.

    Existing folders keep their mode; a folder created here is 0755 whatever
    the umask, or nginx could not reach the site inside it.
    """
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(exist_ok=True)
        os.chmod(path, DIR_MODE)


def _token() -> str:
    return f"{os.getpid()}-{secrets.token_hex(4)}"


def _leftover(target: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(target.name)}\.(?:new|old)-(?:(\d+)-)?[A-Za-z0-9_-]+")


def _running(pid: int) -> bool:
    """Whether another process ``pid`` is running (one of another account counts)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def make_staging(target: Path) -> Path:
    """A new, empty folder beside ``target`` to build into (see :func:`remove_leftovers`)."""
    staging = target.with_name(f".{target.name}.new-{_token()}")
    staging.mkdir(mode=0o700)
    return staging


def spare_for(cache: Path, target: Path, root: Path) -> Path:
    """Where the site replaced in ``target`` is kept, in the campaign's cache folder
    ``cache``: not beside the target, whose parent may be a web server's folder.

    Keyed by the target's path; by its path inside the campaign folder ``root`` when
    the cache and the target are both in it (the default ``.cache/campaign`` and
    ``site/``), so that a campaign copied or moved with its cache finds its spare
    (a copy of a folder the tool made is the tool's, see :func:`_ours`) instead of
    leaving it behind for good. A cache elsewhere (``$CAMPAIGN_CACHE``) may serve
    several campaigns: there the key stays the absolute path."""
    if cache.is_relative_to(root) and target.is_relative_to(root):
        return _spare_at(cache, b"campaign/" + os.fsencode(target.relative_to(root)))
    return _spare_at(cache, os.fsencode(target))


def _spare_at(cache: Path, key: bytes) -> Path:
    """The spare folder in ``cache`` kept under ``key`` (:func:`spare_for`; the
    target's absolute path was the only key until 06/12/2026, :func:`move_old_spare`)."""
    return cache / SPARES / hashlib.blake2b(key, digest_size=8).hexdigest()


def move_old_spare(cache: Path, target: Path, spare: Path) -> None:
    """Move the spare an earlier version kept under the target's absolute path (the
    only key until 06/12/2026) to ``spare``, the key :func:`spare_for` gives now,
    when there is none there yet: the first build after the upgrade writes into it
    as before, and it is not left behind. Only call this holding the build lock."""
    old = _spare_at(cache, os.fsencode(target))
    if old == spare or os.path.lexists(spare) or not _ours(old):
        return
    try:
        os.rename(old, spare)
    except OSError:
        pass


def _ours(folder: Path) -> bool:
    """Whether ``folder`` is a real folder the tool made: its marker records this very
    folder, or it is a copy of one (the campaign copied with its site and cache, as
    ``cp -a`` does: the marker records the original) holding nothing the marker does
    not list, the test :func:`check_target` applies before replacing a site."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        marker = folder / MARKER
        if not stat.S_ISREG(os.lstat(marker).st_mode):
            return False
        record = _record(marker.read_text(encoding="utf-8"))
        identity = _identity(folder)
        entries = _entries(folder)
    except (OSError, UnicodeDecodeError):
        return False
    if record is None:
        return False
    ids, listed = record
    return identity in ids or all(name in listed or name == MARKER for name in entries)


def take_spare(spare: Path, target: Path) -> Path | None:
    """The site replaced by an earlier build in ``target`` (kept at ``spare``, see
    :func:`park`), renamed to be this build's staging folder beside ``target``; None
    when there is none the tool made (or it is on another file system).

    Only call this holding the campaign's build lock. The folder keeps everything
    it held: call :func:`clear_spare` before writing into it.
    """
    if not _ours(spare):
        return None
    staging = target.with_name(f".{target.name}.new-{_token()}")
    try:
        os.rename(spare, staging)
    except OSError:
        return None
    return staging


def park(old: Path, target: Path, spare: Path) -> None:
    """Keep ``old`` (what :func:`swap` handed back for ``target``) at ``spare`` for the
    next build, replacing an earlier spare; delete it (see :func:`discard`) when it
    carries no marker of its own (a site built before the marker existed), when
    something the tool did not make is at ``spare``, or when ``spare`` is on another
    file system."""
    if not _ours(old):
        discard(old, target)
        return
    if os.path.lexists(spare):
        if not _ours(spare):
            discard(old, target)
            return
        discard(spare, target)  # moved beside the target, then deleted there
    try:
        spare.parent.mkdir(parents=True, exist_ok=True)
        os.rename(old, spare)
    except OSError:
        discard(old, target)


def clear_spare(staging: Path, keep: Collection[str]) -> int:
    """Remove every file of a spare folder taken as staging (see :func:`take_spare`)
    but the paths in ``keep`` (relative, with "/"), keeping its folders; how many
    were removed.

    The kept paths are pages the build may find still right; everything else (the
    marker, links to the caches, anything a person put in the published folder) is
    written again by the build or is gone, so no file the build writes can be a
    link to a file of the published site or a cache.
    """
    removed = 0
    stack = [(os.fspath(staging), "")]
    while stack:
        folder, prefix = stack.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                name = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, name + "/"))
                elif name not in keep:
                    os.unlink(entry.path)
                    removed += 1
    return removed


def replace_files(target: Path, files: Mapping[str, bytes]) -> None:
    """Replace a few files of the site in ``target`` (paths relative to it, with "/")
    by new files with these bytes: all of them, or, if anything fails, none.

    Each new file is written in a staging folder beside ``target`` (removed by
    :func:`remove_leftovers` if the process is killed), the old one is kept there
    as a link, then each new file is renamed over the old one; after a failure
    the old files are renamed back. A reader sees each file old or new, never
    half of one; the other files of the site are not touched. Nothing is
    written through: a file of the site may be a link to the spare folder's.
    """
    staging = make_staging(target)
    done: list[tuple[Path, str]] = []
    try:
        ready: list[tuple[Path, str, str]] = []
        for number, (path, data) in enumerate(files.items()):
            new = os.path.join(staging, f"{number}.new")
            old = os.path.join(staging, f"{number}.old")
            with open(new, "xb") as stream:
                stream.write(data)
            os.chmod(new, FILE_MODE)
            os.link(target / path, old, follow_symlinks=False)
            ready.append((target / path, new, old))
        for place, new, old in ready:
            os.replace(new, place)
            done.append((place, old))
    except BaseException:
        for place, old in reversed(done):
            os.replace(old, place)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def remove_leftovers(target: Path) -> list[Path]:
    """Delete staging and old folders of ``target`` left by killed builds.

    Only call this holding the campaign's build lock: then no other build
    of the campaign is writing one of them. A folder whose process still runs
    is kept: a build of another campaign into the same folder is writing it.
    Returns what was removed.
    """
    pattern = _leftover(target)
    removed = []
    for name in _entries(target.parent):
        path = target.parent / name
        match = pattern.fullmatch(name)
        if match is None or (match[1] is not None and _running(int(match[1]))):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


# Run by a fresh interpreter: fork so the deleter outlives it in a session of its own,
# rename the old folder to carry the deleter's pid, say so on stdout, then delete it.
_CLEANER = """
import os, shutil, sys
old, moved_prefix = sys.argv[1], sys.argv[2]
if os.fork():
    os._exit(0)
os.setsid()
moved = f"{moved_prefix}-{os.getpid()}-{sys.argv[3]}"
try:
    os.rename(old, moved)
except OSError:
    os._exit(1)
sys.stdout.write("1")
sys.stdout.flush()
null = os.open(os.devnull, os.O_RDWR)
os.dup2(null, 1)
shutil.rmtree(moved, ignore_errors=True)
"""


def discard(old: Path, target: Path) -> None:
    """Delete ``old`` (what :func:`swap` handed back for ``target``) without waiting.

    A detached process renames it ``.<name>.old-<its pid>-…`` beside ``target``
    (this returns once that is done) and deletes it; where that cannot be
    started, ``old`` is deleted here.
    """
    prefix = str(target.with_name(f".{target.name}.old"))
    try:
        cleaner = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", _CLEANER, str(old), prefix, secrets.token_hex(4)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd="/",
            close_fds=True,
        )
    except OSError:
        shutil.rmtree(old, ignore_errors=True)
        return
    assert cleaner.stdout is not None
    with cleaner.stdout:
        renamed = cleaner.stdout.read(1) == b"1"
    cleaner.wait()  # the first process: it exits as soon as it has forked
    if not renamed:
        shutil.rmtree(old, ignore_errors=True)


def _identity(folder: Path) -> str:
    info = os.stat(folder)
    return f"{info.st_dev}:{info.st_ino}"


def mark(folder: Path) -> None:
    """Write :data:`MARKER` into a folder the tool made.

    Below the text for people, the marker records the folder's identity (kept
    when the staging folder is renamed into place, and when the campaign is
    moved) and its entries, for :func:`check_target`.
    """
    lines = [
        MARKER_TEXT,
        _RECORD,
        f"{_ID}{_identity(folder)}",
        *(f"{_ENTRY}{name}" for name in _entries(folder) if name != MARKER),
    ]
    (folder / MARKER).unlink(missing_ok=True)  # a reused folder's: never written through
    (folder / MARKER).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _record(text: str) -> tuple[set[str], set[str]] | None:
    """What a marker's record holds (see :func:`mark`): the identities of the folder it
    was made for and the entries the build put in it; None when it has no record (a
    marker written by hand, or before it recorded anything)."""
    lines = text.splitlines()
    if _RECORD not in lines:
        return None
    record = lines[lines.index(_RECORD) + 1 :]
    ids = {line.removeprefix(_ID) for line in record if line.startswith(_ID)}
    listed = {line.removeprefix(_ENTRY) for line in record if line.startswith(_ENTRY)}
    return ids, listed


def _foreign(target: Path, entries: list[str]) -> list[str]:
    """Entries of a folder holding :data:`MARKER` that show it is not the folder
    the marker was made for: none when it is (the same folder, even moved with
    its campaign), or when nothing in it is foreign (a copied campaign's
    ``site/``). A marker written by hand, or before it recorded anything, is
    taken at its word."""
    try:
        record = _record((target / MARKER).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return []
    if record is None:
        return []
    ids, listed = record
    if _identity(target) in ids:
        return []
    return [name for name in entries if name not in listed and name != MARKER]


def make_public(
    folder: Path, prune: bool = False
) -> tuple[tuple[int, int], list[tuple[str, int, int, int]]]:
    """Make every folder 0755 and every file readable by everyone, whatever the umask.

    A file hard-linked from the cache (see ``fsutil.link_or_copy``) is read-only
    on purpose; it only gets read bits added, never the owner's write bit.

    With ``prune`` (a reused spare folder, see :func:`clear_spare`), folders left
    empty are removed: a build writes no empty folder, so a new folder would not
    have them.

    Returns what it saw of every file, as ``buildstamp.site_listing`` reads it (the
    same order, names, sizes, times and inodes; its mode is not in it): the caller
    hands it to ``buildstamp.remember`` instead of reading the folder a second time.
    """
    removed: set[str] = set()
    seen: list[tuple[tuple[str, ...], list[tuple[str, int, int, int]]]] = []
    top = os.fspath(folder)
    for current, dirs, files in os.walk(folder, topdown=not prune):
        if prune and not files and current != os.fspath(folder):
            if all(os.path.join(current, d) in removed for d in dirs):
                try:
                    os.rmdir(current)
                except OSError:
                    pass
                else:
                    removed.add(current)
                    continue
        if stat.S_IMODE(os.stat(current).st_mode) != DIR_MODE:
            os.chmod(current, DIR_MODE)
        below = os.path.relpath(current, top)
        prefix = "" if below == os.curdir else below + os.sep
        listed = []
        for name in files:
            path = os.path.join(current, name)
            info = os.lstat(path)
            listed.append((prefix + name, info.st_size, info.st_mtime_ns, info.st_ino))
            if not stat.S_ISREG(info.st_mode):
                continue
            mode = stat.S_IMODE(info.st_mode)
            wanted = mode | (0o444 if info.st_nlink > 1 else FILE_MODE)
            if wanted != mode:
                os.chmod(path, wanted)
        if listed:
            listed.sort()
            seen.append(((() if below == os.curdir else tuple(below.split(os.sep))), listed))
    # ``site_listing``'s order: folders top down, each one's subfolders sorted by name,
    # its files (sorted) before its subfolders' (a folder's parts sort before its children's).
    seen.sort(key=lambda found: found[0])
    info = os.stat(folder)
    return (info.st_ino, info.st_mtime_ns), [entry for _, listed in seen for entry in listed]


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2``); False where unsupported."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def swap(staging: Path, target: Path) -> Path | None:
    """Put ``staging`` in the place of ``target``; returns the old site's folder to delete.

    Where the system allows it the two are exchanged in one step, so the web
    server never sees the site missing, and a kill cannot leave it missing.
    """
    if not target.exists():
        staging.rename(target)
        return None
    if _exchange(staging, target):
        return staging  # now holding the old site
    old = target.with_name(f".{target.name}.old-{_token()}")
    target.rename(old)
    try:
        staging.rename(target)
    except BaseException:
        old.rename(target)
        raise
    return old
