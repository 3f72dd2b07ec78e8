"""Where a built site goes live: the hook the release commands (``campaign publish``) fill.

The release core (a gate, rsync into a new release folder, rollback) is written
separately; until it is wired here, "Xuất bản" builds ``site/`` and says that
copying it to the web server is still to be done by hand.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["deploy"]


def deploy(root: Path) -> tuple[bool, str]:
    """Put ``root/site`` live; ``(done, message for the user)``."""
    site = root / "site"
    return (
        False,
        f"Đã dựng trang mới vào {site}. Bước đưa lên máy chủ web chưa được nối vào "
        "trình soạn thảo: hãy chép thư mục site/ lên máy chủ như trước.",
    )
