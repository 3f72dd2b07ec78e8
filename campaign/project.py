"""A campaign project on disk: ``campaign.yml`` plus ``docs/``, checked together."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError, Problem
from .frontmatter import check_docs
from .load import load_campaign
from .model import Campaign

__all__ = ["Project", "build_date", "load_project"]

BUILD_DATE_ENV = "CAMPAIGN_BUILD_DATE"


@dataclass(frozen=True)
class Project:
    root: Path
    campaign: Campaign
    today: dt.date

    @property
    def cache_dir(self) -> Path:
        return self.root / ".cache" / "campaign"


def build_date(value: str | None = None) -> dt.date:
    """The date pages are computed for: ``value``, ``$CAMPAIGN_BUILD_DATE``, or today."""
    text = value or os.environ.get(BUILD_DATE_ENV)
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        problem = Problem(BUILD_DATE_ENV, 0, "", f"cần ngày dạng 2025-02-27, nhận được {text!r}")
        raise ContentError([problem]) from None


def load_project(
    root: Path,
    campaign_file: str = "campaign.yml",
    docs_dir: str = "docs",
    today: str | None = None,
) -> Project:
    """Load and check everything; raise :class:`ContentError` with all problems."""
    problems: list[Problem] = []
    campaign = None
    try:
        campaign = load_campaign(root / campaign_file, display=campaign_file)
    except ContentError as exc:
        problems += exc.problems
    docs = root / docs_dir
    if docs.is_dir():
        problems += check_docs(docs, root)
    try:
        date = build_date(today)
    except ContentError as exc:
        problems += exc.problems
    if problems or campaign is None:
        raise ContentError(problems)
    return Project(root, campaign, date)
