"""A campaign project on disk: ``campaign.yml`` plus ``docs/``, checked together."""

from __future__ import annotations

import datetime as dt
import difflib
import os
from dataclasses import dataclass
from pathlib import Path

from .content.dates import parse_day
from .content.errors import ContentError, Problem
from .content.frontmatter import Document, check_docs
from .content.load import load_campaign_source
from .content.model import Campaign
from .content.schemas import NewsMeta, ProfileMeta
from .content.yamlsource import Source
from .photos.photoset import PhotoSet, collect_photos

__all__ = ["Project", "build_date", "cache_dir", "load_project"]

BUILD_DATE_ENV = "CAMPAIGN_BUILD_DATE"
CACHE_ENV = "CAMPAIGN_CACHE"


@dataclass(frozen=True)
class Project:
    root: Path
    campaign: Campaign
    today: dt.date
    documents: tuple[Document, ...] = ()
    photos: PhotoSet | None = None
    source: Source | None = None  # campaign.yml as parsed, to locate later problems

    @property
    def news(self) -> list[tuple[Document, NewsMeta]]:
        """Published news posts, newest first."""
        posts = [(d, d.meta) for d in self.documents if isinstance(d.meta, NewsMeta)]
        return sorted(
            ((d, m) for d, m in posts if not m.draft), key=lambda p: p[1].date, reverse=True
        )

    @property
    def profiles(self) -> list[tuple[Document, ProfileMeta]]:
        return [(d, d.meta) for d in self.documents if isinstance(d.meta, ProfileMeta)]

    @property
    def cache_dir(self) -> Path:
        """Renders, subset fonts, photos, audio; ``$CAMPAIGN_CACHE`` may point elsewhere."""
        return cache_dir(self.root)


def cache_dir(root: Path) -> Path:
    """The cache of the campaign at ``root``: ``$CAMPAIGN_CACHE`` or ``.cache/campaign``."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else root / ".cache" / "campaign"


def build_date(value: str | None = None, option: str = BUILD_DATE_ENV) -> dt.date:
    """The date pages are computed for: ``value``, ``$CAMPAIGN_BUILD_DATE``, or today.

    ``option`` names where ``value`` came from (``--ngay``) when it is no date.
    """
    text, where = (value, option) if value else (os.environ.get(BUILD_DATE_ENV), BUILD_DATE_ENV)
    if not text:
        return dt.date.today()
    day = parse_day(text)
    if day is None:
        message = f"cần ngày dạng 2025-02-27 hoặc 27/02/2025, nhận được {text!r}"
        raise ContentError([Problem(where, 0, "", message)])
    return day


def load_project(
    root: Path,
    campaign_file: str = "campaign.yml",
    docs_dir: str = "docs",
    today: str | None = None,
    *,
    check: bool = False,
) -> Project:
    """Load and check everything; raise :class:`ContentError` with all problems.

    With ``check`` (``campaign check``) photos are validated from their headers and
    nothing is written to the cache (see :func:`.content.yamlcache.read_only`)."""
    problems: list[Problem] = []
    campaign = None
    source = None
    try:
        campaign, source = load_campaign_source(root / campaign_file, display=campaign_file)
    except ContentError as exc:
        problems += exc.problems
    docs = root / docs_dir
    documents: list[Document] = []
    if docs.is_dir():
        documents, found = check_docs(docs, root, cache_dir(root) / "frontmatter.pickle")
        problems += found
    if campaign is not None:
        problems += _document_references(campaign, documents)
        from .media.kit import check_media

        problems += check_media(campaign, source, root)
    try:
        date = build_date(today)
    except ContentError as exc:
        problems += exc.problems
    if campaign is None:
        raise ContentError(problems)
    # Photos are checked in the same run, so one command shows every problem.
    try:
        photos = collect_photos(root, documents, cache_dir(root) / "photos", inspect=check)
    except ContentError as exc:
        problems += exc.problems
    if problems:
        raise ContentError(problems)
    return Project(root, campaign, date, tuple(documents), photos, source)


def _document_references(campaign: Campaign, documents: list[Document]) -> list[Problem]:
    """Unit and event ids named in front matter must exist (photos are checked when processed)."""
    units = {u.id for u in campaign.units}
    events = {e.id for e in campaign.events}
    problems = []
    for document in documents:
        meta = document.meta
        unit = getattr(meta, "unit", None)
        if unit is not None and unit not in units:
            hint = difflib.get_close_matches(unit, sorted(units), n=1, cutoff=0.6)
            message = f"cần mã đơn vị có trong 'units' của campaign.yml, nhận được '{unit}'"
            if hint:
                message += f"; có phải ý bạn là '{hint[0]}'?"
            problems.append(Problem(document.display, document.line("unit"), "unit", message))
        event = getattr(meta, "event", None)
        if event is not None and event not in events:
            hint = difflib.get_close_matches(event, sorted(events), n=1, cutoff=0.6)
            message = f"cần mã sự kiện có trong 'events' của campaign.yml, nhận được '{event}'"
            if hint:
                message += f"; có phải ý bạn là '{hint[0]}'?"
            problems.append(Problem(document.display, document.line("event"), "event", message))
    return problems
