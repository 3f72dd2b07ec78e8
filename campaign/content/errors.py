"""Errors a user can cause, reported all at once and located.

The tree::

    CampaignError            anything the user can fix; exits non-zero, no traceback
    ├── ContentError         one or more located problems in campaign.yml or docs/
    ├── BuildError           the site could not be built (the last good site/ stays)
    └── ReleaseError         a release could not be sent or switched (the public site stays)
"""

from __future__ import annotations

import errno
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "BuildError",
    "CampaignError",
    "ContentError",
    "Problem",
    "ReleaseError",
    "os_reason",
]


@dataclass(frozen=True, order=True)
class Problem:
    """One problem, printed as ``file:line: field: message``."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class CampaignError(Exception):
    """Root of every error a user can cause and fix."""


class ContentError(CampaignError):
    """Invalid content: carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


class BuildError(CampaignError):
    """The site could not be built."""


class ReleaseError(CampaignError):
    """A release could not be sent to the server or switched; the public site is unchanged."""


_OS_REASONS = {
    errno.ENOENT: "không có tệp hay thư mục này",
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không có quyền truy cập",
    errno.EISDIR: "đây là thư mục, không phải tệp",
    errno.ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
    errno.EEXIST: "đã có tệp trùng tên",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.ENAMETOOLONG: "tên tệp quá dài",
}


def os_reason(error: OSError) -> str:
    """Why the system refused, in Vietnamese (``strerror`` is English)."""
    if error.errno in _OS_REASONS:
        return _OS_REASONS[error.errno]
    code = errno.errorcode.get(error.errno, str(error.errno)) if error.errno else "?"
    return f"lỗi hệ thống {code}"
