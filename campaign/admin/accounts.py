"""Editor accounts: a JSON file outside docs/ (never published), passwords hashed with Argon2."""

from __future__ import annotations

import json
import os
import re
import secrets
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

__all__ = ["ROLES", "Account", "Accounts", "Role", "accounts_file"]

Role = Literal["editor", "publisher"]
# editor: writes and saves; publisher: also builds and publishes the site.
ROLES: tuple[Role, ...] = ("editor", "publisher")
ROLE_NAMES = {"editor": "biên tập viên", "publisher": "người xuất bản"}
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
# A hash verified for unknown names, so a wrong name costs as long as a wrong password.
_DUMMY = PasswordHasher().hash("không có tài khoản này")


def accounts_file(root: Path) -> Path:
    """Where the accounts of the campaign at ``root`` live (``.cache/`` is never published)."""
    return root / ".cache" / "admin" / "tai-khoan.json"


@dataclass(frozen=True)
class Account:
    name: str  # login name: lower-case ASCII
    full_name: str  # shown in the audit log and as the commit author
    role: Role
    password_hash: str

    @property
    def email(self) -> str:
        """A commit needs an address; the tool makes one that names the account."""
        return f"{self.name}@bien-tap.invalid"

    def can_publish(self) -> bool:
        return self.role == "publisher"


class Accounts:
    """The accounts file, read and written whole (a handful of staff)."""

    def __init__(self, path: Path, hasher: PasswordHasher | None = None) -> None:
        self.path = path
        self._hasher = hasher or PasswordHasher()
        self._lock = threading.Lock()

    def _read(self) -> dict[str, Account]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {a["name"]: Account(**a) for a in raw.get("accounts", [])}

    def _write(self, accounts: dict[str, Account]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_suffix(".tmp")
        data = {"accounts": [asdict(a) for a in accounts.values()]}
        # Owner-only: the hashes are not for other users of the machine.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
        os.replace(temp, self.path)

    def all(self) -> list[Account]:
        return list(self._read().values())

    def get(self, name: str) -> Account | None:
        return self._read().get(name)

    def add(self, name: str, full_name: str, role: Role, password: str | None = None) -> str:
        """Create an account; return its password (generated when not given)."""
        if not _NAME.match(name):
            raise ValueError(
                "tên đăng nhập cần 2–32 ký tự: chữ thường không dấu, số, '.', '_', '-', "
                f"nhận được {name!r}"
            )
        if role not in ROLES:
            raise ValueError(f"vai trò cần là 'editor' hoặc 'publisher', nhận được {role!r}")
        password = password or secrets.token_urlsafe(12)
        with self._lock:
            accounts = self._read()
            if name in accounts:
                raise ValueError(f"đã có tài khoản {name!r}")
            accounts[name] = Account(name, full_name or name, role, self._hasher.hash(password))
            self._write(accounts)
        return password

    def verify(self, name: str, password: str) -> Account | None:
        """The account when ``password`` is right, else None (same work either way)."""
        account = self.get(name)
        try:
            self._hasher.verify(account.password_hash if account else _DUMMY, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if account is None:
            return None
        if self._hasher.check_needs_rehash(account.password_hash):
            with self._lock:
                accounts = self._read()
                accounts[name] = Account(
                    account.name, account.full_name, account.role, self._hasher.hash(password)
                )
                self._write(accounts)
        return account
