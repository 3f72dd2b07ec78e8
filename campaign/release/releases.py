"""Releases on the server: send one, switch ``current`` atomically, go back, keep N.

Layout under the ``publish.path`` folder::

    releases/20250227T080000Z-1a2b3c4d/   one built site each, with a .campaign-release marker
    current -> releases/20250227T080000Z-1a2b3c4d   what nginx serves (root …/current)

A release is sent into a new folder (files unchanged since the current
release are hard links to it, so they cost no transfer and no space), then
``current`` is replaced in one ``rename`` (``ln -s`` to a temporary name,
``mv -T``): a reader gets the old site or the new one, never a mix. A failed
transfer removes its own folder and leaves ``current`` as it was. Only
folders named like a release *and* holding the marker are ever deleted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..content.dates import short_date
from ..content.errors import ReleaseError
from .remote import DEFAULT_TOOLS, MARKER, SENT, Tools, rsync_argv, run_rsync, run_script
from .target import Target

__all__ = ["Release", "deploy", "releases", "rollback", "site_digest"]

Log = Callable[[str], None]
NAME = re.compile(r"^(\d{8}T\d{6}Z)-([0-9a-f]{8})$")
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Release:
    name: str
    current: bool = False

    @property
    def created(self) -> dt.datetime:
        match = NAME.match(self.name)
        assert match is not None  # only names matching NAME are made into releases
        return dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)

    @property
    def digest(self) -> str:
        return self.name.rsplit("-", 1)[1]

    def describe(self) -> str:
        when = self.created.astimezone(dt.timezone(dt.timedelta(hours=7)))
        return f"{self.name} (gửi lúc {when:%H:%M:%S} ngày {short_date(when)}, giờ Việt Nam)"


# Every name a script receives was checked against NAME; "$1" is the server folder.
# A release folder gets MARKER when it is made and SENT once it was sent whole and
# switched to: only those are listed as releases (a rollback never lands on a half);
# a folder with MARKER alone is what a cut transfer or a killed command left.
_LIST = """
root=$1
if [ -e "$root/current" ] || [ -L "$root/current" ]; then
  if [ -L "$root/current" ]; then printf 'current %s\\n' "$(readlink -- "$root/current")"
  else printf 'foreign current\\n'; fi
fi
[ -d "$root/releases" ] || exit 0
for d in "$root"/releases/*; do
  if [ -d "$d" ] && [ ! -L "$d" ] && [ -f "$d/$2" ]; then
    if [ -f "$d/$3" ]; then printf 'release %s\\n' "${d##*/}"
    else printf 'partial %s\\n' "${d##*/}"; fi
  fi
done
exit 0
"""
_PREPARE = """
set -eu
root=$1 name=$2 marker=$3
mkdir -p -- "$root/releases"
chmod 755 -- "$root" "$root/releases"
mkdir -- "$root/releases/$name"
printf 'campaign publish %s\\n' "$name" > "$root/releases/$name/$marker"
"""
_SWITCH = """
set -eu
root=$1 name=$2 marker=$3 sent=$4
[ -f "$root/releases/$name/$marker" ] || { echo "not a release: $name" >&2; exit 3; }
if [ -e "$root/current" ] && [ ! -L "$root/current" ]; then
  echo "current is not a link" >&2; exit 4
fi
: > "$root/releases/$name/$sent"
ln -sfn -- "releases/$name" "$root/.current-$name"
mv -T -- "$root/.current-$name" "$root/current"
"""
_REMOVE = """
root=$1 marker=$2
shift 2
current=$(readlink -- "$root/current" 2>/dev/null || true)
for name in "$@"; do
  d="$root/releases/$name"
  [ "releases/$name" = "$current" ] && continue
  if [ -d "$d" ] && [ ! -L "$d" ] && [ -f "$d/$marker" ]; then rm -rf -- "$d"; fi
done
exit 0
"""


def _bytes(count: int) -> str:
    return f"{count:,} byte".replace(",", ".")  # Vietnamese groups thousands with "."


def site_digest(site: Path) -> str:
    """Eight hex digits of the site's content (paths and bytes): the release's name ends with it."""
    digest = hashlib.sha256()
    for path in sorted(p for p in site.rglob("*") if p.is_file() and not p.is_symlink()):
        digest.update(path.relative_to(site).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:8]


def _state(target: Target, tools: Tools) -> tuple[list[Release], str | None, list[str]]:
    """The whole releases, the one ``current`` names, the halves left by cut transfers."""
    out = run_script(
        target, _LIST, [target.path, MARKER, SENT], "Đọc danh sách bản phát hành", tools
    )
    names: list[str] = []
    partial: list[str] = []
    current: str | None = None
    for line in out.splitlines():
        kind, _, value = line.partition(" ")
        if kind == "release" and NAME.match(value):
            names.append(value)
        elif kind == "partial" and NAME.match(value):
            partial.append(value)
        elif kind == "current":
            current = value.removeprefix("releases/") if value.startswith("releases/") else ""
        elif kind == "foreign":
            raise ReleaseError(
                f"{target.path}/current trên máy chủ không phải liên kết do công cụ này tạo: "
                "không thay được. Hãy chuyển nó đi chỗ khác (người quản trị máy chủ)."
            )
    names.sort()
    return [Release(n, n == current) for n in names], current, partial


def releases(target: Target, tools: Tools = DEFAULT_TOOLS) -> list[Release]:
    """The releases on the server, oldest first; ``current`` marks the one served."""
    return _state(target, tools)[0]


def _switch(target: Target, name: str, tools: Tools) -> None:
    run_script(target, _SWITCH, [target.path, name, MARKER, SENT], "Chuyển bản đang công bố", tools)


def _remove(target: Target, names: list[str], tools: Tools) -> None:
    if names:
        run_script(target, _REMOVE, [target.path, MARKER, *names], "Xóa bản cũ", tools)


def deploy(
    site: Path,
    target: Target,
    log: Log = print,
    tools: Tools = DEFAULT_TOOLS,
    now: dt.datetime | None = None,
) -> Release:
    """Send ``site`` as a new release, switch ``current`` to it, keep ``target.keep``."""
    existing, current, partial = _state(target, tools)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime(_STAMP)
    name = f"{stamp}-{site_digest(site)}"
    if any(r.name == name for r in existing) or name in partial:
        raise ReleaseError(f"Đã có bản {name} trên máy chủ: đợi một giây rồi gửi lại.")
    if existing and name < existing[-1].name:
        # Releases are ordered by name: a slow clock would put the new one before the
        # others, and a rollback would then go the wrong way.
        raise ReleaseError(
            f"Đồng hồ máy này ({stamp}) chậm hơn bản mới nhất trên máy chủ "
            f"({existing[-1].name}): hãy chỉnh giờ máy rồi gửi lại."
        )
    link_dest = current if current and NAME.match(current) else None
    log(f"Gửi bản {name} lên {target.label}…")
    run_script(target, _PREPARE, [target.path, name, MARKER], "Tạo thư mục bản mới", tools)
    try:
        transfer = run_rsync(
            rsync_argv(target, site, name, link_dest, tools), "Gửi trang lên máy chủ"
        )
    except ReleaseError as error:
        try:
            _remove(target, [name], tools)  # the half-sent folder; `current` never saw it
        except ReleaseError:
            pass  # the next publish removes it with the old releases
        raise ReleaseError(f"{error}. Trang đang công bố không đổi.") from None
    shared = "; các tệp không đổi dùng chung với bản trước" if link_dest else ""
    log(
        f"Đã gửi {transfer.files_sent} tệp ({_bytes(transfer.bytes_sent)}) "
        f"trên tổng {_bytes(transfer.total_bytes)}{shared}."
    )
    _switch(target, name, tools)
    log(f"Đã chuyển trang công bố sang bản {name}.")
    names = sorted([*(r.name for r in existing), name])
    old = [n for n in names[: -target.keep] if n != name]
    _remove(target, old + partial, tools)
    if old:
        log(f"Đã xóa {len(old)} bản cũ, giữ {target.keep} bản gần nhất.")
    if partial:
        log(f"Đã xóa {len(partial)} bản gửi dở từ lần trước.")
    return Release(name, current=True)


def rollback(target: Target, log: Log = print, tools: Tools = DEFAULT_TOOLS) -> Release:
    """Switch ``current`` to the release before it; the newer one stays on the server."""
    existing, current, _ = _state(target, tools)
    names = [r.name for r in existing]
    if current is None or current not in names:
        raise ReleaseError(
            f"Trên {target.label} chưa có bản nào đang công bố: không có gì để quay lại."
        )
    index = names.index(current)
    if index == 0:
        raise ReleaseError(
            f"Bản đang công bố {current} là bản cũ nhất còn giữ: không có bản trước để quay lại."
        )
    previous = names[index - 1]
    _switch(target, previous, tools)
    back = Release(previous, current=True)
    log(f"Đã quay lại bản {back.describe()}; bản {current} vẫn giữ trên máy chủ.")
    return back
