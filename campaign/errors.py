"""Errors a user can cause, reported all at once and located.

The tree::

    CampaignError            anything the user can fix; exits non-zero, no traceback
    ├── ContentError         one or more located problems in campaign.yml or docs/
    └── BuildError           the site could not be built (the last good site/ stays)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["BuildError", "CampaignError", "ContentError", "Problem"]


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
