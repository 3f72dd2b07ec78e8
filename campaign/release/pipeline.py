"""``campaign publish``: check, gate, build, scan, send, switch. The one entry point
the command line and the web editor share.

Everything that must stop a release is gathered before anything is sent and
reported at once: the content's own problems (as ``campaign check``), the
gate (:mod:`.gate`), the ``publish:`` settings, the strict build (broken links
and anchors fail it), and the scan of the built pages. The site is built into
the campaign's usual ``site/`` (a preview, never public by itself); only a
site that passed everything is sent.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..content.errors import BuildError, ContentError, Problem
from ..project import cache_dir, load_project
from ..publish import buildlock
from .gate import gate, scan_site
from .releases import Release, deploy
from .remote import DEFAULT_TOOLS, Tools
from .target import Target, load_target

__all__ = ["build_problems", "publish"]

Log = Callable[[str], None]
# A strict build's problem line, as campaign.adapter.build words it:
# "docs/x.md:3: …'link'…" (the line found in the page), or "docs/x.md: …'link'…".
_DETAIL = re.compile(r"^\s*-\s+(docs/[^:]+\.md)(?::(\d+))?: (.*?'([^']*)'.*)$")


def _line_of(file: Path, needle: str) -> int:
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 0
    return next((n for n, line in enumerate(lines, start=1) if needle in line), 0)


def build_problems(error: BuildError, root: Path) -> list[Problem]:
    """A failed build's message as located problems (a link's line found in its page)."""
    head, *details = str(error).splitlines()
    problems = []
    for detail in details:
        if match := _DETAIL.match(detail):
            file, found, message, link = match.groups()
            line = int(found) if found else 0
            line = line or _line_of(root / file, f"({link}") or _line_of(root / file, link)
            problems.append(Problem(file, line, "", message))
        elif detail.strip():
            problems.append(Problem("mkdocs.yml", 0, "", detail.strip().removeprefix("- ")))
    return problems or [Problem("mkdocs.yml", 0, "", head)]


def _build(root: Path, log: Log, problems: list[Problem]) -> Path | None:
    """Build ``site/`` (strict) with the project checked; the site, or None (``problems`` grown).

    When the sources already have problems, nothing is rendered: MkDocs only reads
    every page and checks links and anchors (as ``campaign check`` does), so the
    refusal comes in seconds and still lists broken links with the rest.
    """
    try:
        project = load_project(root)
    except ContentError as error:
        problems += error.problems
        return None
    problems += gate(project)
    from ..adapter.build import build_site
    from ..media.kit import build_kit, check_kit

    if problems:
        log("Kiểm tra liên kết giữa các trang…")
        kit = check_kit(
            project.campaign, project.cache_dir / "kit", source=project.source, root=root
        )
        name = buildlock.temp_name(buildlock.CHECK_PREFIX)  # removed if killed
        with tempfile.TemporaryDirectory(prefix=name) as scratch:
            try:
                build_site(
                    root / "mkdocs.yml",
                    Path(scratch) / "site",
                    quiet=True,
                    project=project,
                    kit=kit,
                    check=True,
                )
            except BuildError as error:
                problems += build_problems(error, root)
        return None
    from ..publish.buildstamp import STAMP, inputs_digest, is_current, record, with_register

    site_dir = root / "site"
    stamp = cache_dir(root) / STAMP
    digest = inputs_digest(root, site_dir, project.today)
    if is_current(stamp, site_dir, digest):
        log("Trang trong site/ đã dựng từ đúng nội dung này: dùng lại, không dựng lại.")
        problems += scan_site(site_dir)
        return site_dir
    log("Dựng bộ ấn phẩm và trang (chế độ nghiêm ngặt: liên kết hỏng là lỗi)…")
    kit = build_kit(project.campaign, project.cache_dir / "kit", source=project.source, root=root)
    for warning in kit.warnings:
        log(f"Lưu ý: {warning}")
    try:
        site = build_site(root / "mkdocs.yml", None, project=project, kit=kit)
    except BuildError as error:
        problems += build_problems(error, root)
        return None
    record(stamp, site, with_register(digest, root))  # as `campaign build` does
    problems += scan_site(site)
    return site


def publish(root: Path, log: Log = print, tools: Tools = DEFAULT_TOOLS) -> Release:
    """Gate, build and send the campaign at ``root``; the release now served.

    Raises :class:`ContentError` with every problem found (nothing sent), or
    :class:`~campaign.content.errors.ReleaseError` when the server could not
    take the release (the public site unchanged).
    """
    root = root.resolve()
    # One build or publish of a campaign at a time (the build lock is re-entrant):
    # a second "publish" waits, and then sends its own release after the first.
    with buildlock.hold(root, on_wait=log):
        problems: list[Problem] = []
        target: Target | None = None
        try:
            target = load_target(root)
        except ContentError as error:
            problems += error.problems
        site = _build(root, log, problems)
        if problems or site is None or target is None:
            raise ContentError(problems)
        return deploy(site, target, log, tools)
