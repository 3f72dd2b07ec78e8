"""Every save is a git commit by its author; versions are named by git blob ids."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from ..content.errors import CampaignError
from .accounts import Account

__all__ = ["History", "blob_id"]

# What the campaign's git repository never holds: builds, caches (accounts, audit log).
_IGNORED = ("site/", ".cache/", "__pycache__/", ".*.new-*/", ".*.old-*/")
_TOOL = ("Công cụ chiến dịch", "cong-cu@bien-tap.invalid")


def blob_id(content: bytes) -> str:
    """The id git gives ``content`` (``git hash-object``): the version a client read."""
    return hashlib.sha1(b"blob %d\x00" % len(content) + content, usedforsecurity=False).hexdigest()


class History:
    def __init__(self, root: Path) -> None:
        self.root = root
        if shutil.which("git") is None:
            raise CampaignError("Trình soạn thảo cần git để lưu lịch sử: sudo apt-get install git")

    def _git(self, *args: str, author: tuple[str, str] = _TOOL) -> str:
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": author[0],
            "GIT_AUTHOR_EMAIL": author[1],
            "GIT_COMMITTER_NAME": _TOOL[0],
            "GIT_COMMITTER_EMAIL": _TOOL[1],
            "GIT_TERMINAL_PROMPT": "0",
        }
        done = subprocess.run(
            ["git", "-C", str(self.root), *args],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise CampaignError(f"git {args[0]} không chạy được: {done.stderr.strip()}")
        return done.stdout

    def ensure_repo(self) -> bool:
        """Make the campaign folder a git repository if it is not one; True when created."""
        inside = subprocess.run(
            ["git", "-C", str(self.root), "rev-parse", "--is-inside-work-tree"],
            capture_output=True,
            text=True,
            check=False,
        )
        if inside.returncode == 0 and inside.stdout.strip() == "true" and self._kept():
            return False  # already kept by git (its own repository or an enclosing one)
        self._git("init", "-q")
        ignore = self.root / ".gitignore"
        present = ignore.read_text(encoding="utf-8").splitlines() if ignore.exists() else []
        missing = [line for line in _IGNORED if line not in present]
        if missing:
            with ignore.open("a", encoding="utf-8") as out:
                out.write("".join(f"{line}\n" for line in missing))
        self._git("add", "-A")
        self._git("commit", "-q", "--allow-empty", "-m", "Bắt đầu lưu lịch sử nội dung chiến dịch")
        return True

    def _kept(self) -> bool:
        """Inside a git work tree: whether that repository keeps this campaign (it is
        the repository's own folder, or the repository tracks a file of it). A campaign
        folder made inside another clone (the tool's own, say) and never added to it
        gets a repository of its own: the editor's saves were commits on whatever
        branch that clone had checked out. A folder whose pages the repository keeps
        but whose campaign.yml was not added yet is the user's: no second .git there
        (review8: it got one, and the outer repository's files a second history)."""
        top = self._git("rev-parse", "--show-toplevel").strip()
        if Path(top).resolve() == self.root.resolve():
            return True
        return self._git("ls-files", "--", ".").strip() != ""

    def commit(self, account: Account, message: str, paths: list[str]) -> str:
        """Commit ``paths`` (written or removed) as ``account``; return the commit id.

        A path git never knew and that is gone from disk (a photo copied into the
        folder by hand, then deleted from the editor before any commit) is left out of
        the pathspecs, which git refuses; the commit still records who did what."""
        tracked = set(self._git("ls-files", "-z", "--", *paths).split("\0")) if paths else set()
        known = [p for p in paths if p in tracked or (self.root / p).exists()]
        if known:
            self._git("add", "-A", "--", *known)
        self._git(
            "commit",
            "-q",
            "--allow-empty",
            "--only",
            "-m",
            message,
            "--",
            *known,
            author=(account.full_name, account.email),
        )
        return self._git("rev-parse", "HEAD").strip()

    def changed(self, path: str) -> bool:
        """Whether ``path`` differs from its last committed version (or is new)."""
        return bool(self._git("status", "--porcelain", "--", path).strip())

    def last_change(self, path: str) -> tuple[str, str] | None:
        """Who last committed ``path`` and when (ISO), if anyone."""
        out = self._git("log", "-1", "--format=%an%x00%aI", "--", path).strip()
        if not out:
            return None
        name, when = out.split("\x00", 1)
        return name, when

    def log(self, limit: int = 20) -> list[dict[str, str]]:
        out = self._git("log", f"-{limit}", "--format=%H%x00%an%x00%aI%x00%s")
        keys = ("commit", "author", "time", "message")
        return [dict(zip(keys, line.split("\x00"), strict=True)) for line in out.splitlines()]
