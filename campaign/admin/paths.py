"""Paths the editor may name: relative, inside the campaign folder, never through a link."""

from __future__ import annotations

from pathlib import Path

__all__ = ["EDITABLE", "PathRefused", "inside"]

# What the editor may read or write: authored pages, photos and the plan's data.
EDITABLE = ("docs", "anh", "campaign.yml")


class PathRefused(ValueError):
    """A path outside what the editor may touch (the message is for the user)."""


def inside(root: Path, name: object) -> Path:
    """``name`` (POSIX, relative to ``root``) as a real path inside ``root``.

    Refused: non-strings, absolute paths, backslashes, ``..``, ``.``, empty and hidden parts
    (``.git``, ``.cache`` with the accounts), anything outside ``docs/``, ``anh/``
    and ``campaign.yml``, and any symbolic link on the way (a link could lead
    out of the folder, or into the accounts).
    """
    if not isinstance(name, str) or not name or "\\" in name or "\x00" in name:
        raise PathRefused(f"đường dẫn không hợp lệ: {name!r}")
    parts = name.split("/")  # as written: PurePosixPath would drop "." and empty parts
    if any(not p or p.startswith(".") for p in parts):
        raise PathRefused(f"đường dẫn phải nằm trong thư mục chiến dịch: {name!r}")
    if parts[0] not in EDITABLE or (parts[0] == "campaign.yml" and len(parts) > 1):
        raise PathRefused(f"trình soạn thảo chỉ đọc và ghi docs/, anh/ và campaign.yml: {name!r}")
    base = root.resolve()
    path = base
    for part in parts:
        path = path / part
        if path.is_symlink():
            raise PathRefused(f"không đọc, ghi qua liên kết tượng trưng: {name!r}")
    if not path.resolve().is_relative_to(base):
        raise PathRefused(f"đường dẫn phải nằm trong thư mục chiến dịch: {name!r}")
    return path
