"""Atomic MkDocs builds: a failed build leaves the last good site in place."""

from __future__ import annotations

import logging
import os
import re
import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

from ..content import siteconfig
from ..content.errors import BuildError, os_reason
from ..media.kit import KitResult
from ..project import Project, cache_dir
from ..publish import buildlock, outdir
from . import compat
from .plugin import CampaignPlugin, CheckDone

__all__ = ["build_site"]


# MkDocs' own wording for the mistakes staff make most in a page's links, said in
# Vietnamese; the page's file and, found in it, the line of the link are put first.
_DOC_LINKS = (
    (
        re.compile(
            r"Doc file '(?P<file>[^']+)' contains a link '(?P<link>[^']+)', "
            r"but the target .*not found.*"
        ),
        "liên kết '{link}' trỏ tới trang không tồn tại",
    ),
    (
        re.compile(
            r"Doc file '(?P<file>[^']+)' contains a link '(?P<link>[^']+)', "
            r"but the doc '(?P<doc>[^']+)' does not contain an anchor '(?P<anchor>[^']+)'.*"
        ),
        "liên kết '{link}': trang '{doc}' không có mục '{anchor}'",
    ),
    (
        re.compile(
            r"Doc file '(?P<file>[^']+)' contains a link '(?P<link>[^']+)', "
            r"but there is no such anchor on this page\..*"
        ),
        "liên kết '{link}': trang này không có mục đó (đề mục hay chú thích có mã này)",
    ),
    (
        re.compile(r"Doc file '(?P<file>[^']+)' contains an absolute link '(?P<link>[^']+)'.*"),
        "liên kết tuyệt đối '{link}': hãy dùng đường dẫn tương đối tới tệp .md",
    ),
    (
        re.compile(
            r"Doc file '(?P<file>[^']+)' contains an unrecognized relative link '(?P<link>[^']+)'.*"
        ),
        "liên kết '{link}' không trỏ tới tệp nào: liên kết tới một trang ghi tên tệp .md "
        "của trang đó (ví dụ 'muc/index.md', 'ten-trang.md')",
    ),
)
_HINT = re.compile(r" Did you mean '([^']+)'\?$")


def _doc_link(message: str, docs: Path | None) -> str | None:
    """A page's link MkDocs refused, as ``docs/page.md:line: …`` (None: another message)."""
    for pattern, words in _DOC_LINKS:
        if match := pattern.fullmatch(message.strip()):
            file, link = match["file"], match["link"]
            said = words.format(**match.groupdict())
            if hint := _HINT.search(message.strip()):
                said += f"; có phải ý bạn là '{hint[1]}'?"
            line = _line_of(docs / file, f"({link}") or _line_of(docs / file, link) if docs else 0
            return f"docs/{file}:{line}: {said}" if line else f"docs/{file}: {said}"
    return None


def _line_of(file: Path, needle: str) -> int:
    try:
        lines = file.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return 0
    return next((n for n, line in enumerate(lines, start=1) if needle in line), 0)


# MkDocs' closing line of a failed build; the problems themselves are listed below it.
_ABORTS = (
    (re.compile(r"Aborted with a BuildError!"), "có lỗi cần sửa"),
    (re.compile(r"Aborted with a configuration error!"), "mkdocs.yml có lỗi cấu hình"),
    (
        re.compile(r"Aborted with (\d+) configuration warnings in 'strict' mode!"),
        r"mkdocs.yml có \1 cảnh báo cấu hình (chế độ nghiêm ngặt coi cảnh báo là lỗi)",
    ),
    (
        re.compile(r"Aborted with (.+) in strict mode!"),
        r"\1 (chế độ nghiêm ngặt coi cảnh báo là lỗi)",
    ),
)
_COUNTS = (
    (re.compile(r"(\d+) warnings?\b"), r"\1 cảnh báo"),
    (re.compile(r"(\d+) errors?\b"), r"\1 lỗi"),
)


def _vietnamese(message: str) -> str:
    """A MkDocs message in Vietnamese when it is one staff cause often (else as it is)."""
    return _doc_link(message, None) or message


def _translate(message: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, replacement in table:
        match = pattern.search(message)
        if match:
            return match.expand(replacement)
    return message


_NAV_OMITTED = re.compile(
    r"The following pages exist in the docs directory, but are not included in the "
    r'"nav" configuration:\s*\n(?P<pages>(?:\s*- .+\n?)+)'
)


def _nav_omitted(message: str, docs: Path, written: bool) -> str | None:
    """MkDocs' list of pages missing from the navigation, a line a page (a page of
    ``docs/`` by its file, a generated one by its path); ``written``: mkdocs.yml has
    a ``nav:`` of its own (otherwise the engine made it, and missed the page)."""
    match = _NAV_OMITTED.search(message)
    if match is None:
        return None
    pages = [p.strip().removeprefix("- ").strip() for p in match["pages"].splitlines()]
    why = (
        ": không có trong mục nav: của mkdocs.yml (thanh điều hướng viết tay); thêm trang "
        "vào nav:, hoặc xóa cả mục nav: để công cụ tự lập thanh điều hướng"
        if written
        else ": không có trong thanh điều hướng công cụ tự lập (lỗi của công cụ, hãy báo); "
        "tạm thời thêm mục nav: vào mkdocs.yml liệt kê mọi trang"
    )
    return "\n  - ".join(
        ("docs/" + page if (docs / page).is_file() else f"trang tạo tự động {page}") + why
        for page in pages
        if page
    )


class _Collect(logging.Handler):
    def __init__(self, config_file: Path | None = None) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []
        self.counts: dict[int, int] = {}
        self.config_file = config_file
        self._config_text: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(self.vietnamese(record.getMessage()))
        self.counts[record.levelno] = self.counts.get(record.levelno, 0) + 1

    def vietnamese(self, message: str) -> str:
        """The message in Vietnamese; a setting of ``mkdocs.yml`` MkDocs refused, located."""
        if self.config_file is None:
            return _vietnamese(message)
        if self._config_text is None:
            try:
                self._config_text = self.config_file.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                self._config_text = ""
        root = self.config_file.parent
        problem = siteconfig.config_value_problem(
            message, self._config_text, root
        ) or siteconfig.nav_reference_problem(message, self._config_text)
        if problem is not None:
            return str(problem)
        if (said := _doc_link(message, root / "docs")) is not None:
            return said
        written = re.search(r"^nav\s*:", self._config_text, re.M) is not None
        return _nav_omitted(message, root / "docs", written) or _vietnamese(message)

    def strict_failure(self) -> Abort | None:
        """MkDocs' own failure of a strict build with these warnings (None: none)."""
        if not self.counts:
            return None
        counts = sorted(self.counts.items(), reverse=True)
        msg = ", ".join(f"{v} {logging.getLevelName(k).lower()}s" for k, v in counts)
        return Abort(f"Aborted with {msg} in strict mode!")


def build_site(
    config_file: Path,
    site_dir: Path | None = None,
    strict: bool = True,
    quiet: bool = False,
    *,
    project: Project | None = None,
    kit: KitResult | None = None,
    check: bool = False,
    every_page: bool = False,
) -> Path:
    """Build into a staging folder beside ``site_dir``, then swap it in.

    The target must be a folder this tool may replace (see
    :func:`campaign.publish.outdir.check_target`); the build holds the campaign's
    lock, first removes what killed builds left, and whatever happens leaves
    no staging folder behind. ``project`` (and its rendered ``kit``), already
    loaded and checked by the caller, are handed to the plugin instead of
    being loaded a second time.

    With ``check``, MkDocs reads every page and validates links and anchors
    as a strict build does, then stops before rendering or writing anything:
    the same problems are reported, and ``site_dir`` is not created.

    Pages whose inputs did not change since an earlier build are taken from the
    page cache (see :mod:`campaign.adapter.incremental`); with ``every_page``
    every page is converted and written again (and the cache refreshed).
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config_file = config_file.resolve()
    target = (site_dir or config_file.parent / "site").resolve()
    outdir.check_target(config_file.parent, target)
    with buildlock.hold(config_file.parent):
        buildlock.remove_stale_temp()
        outdir.remove_leftovers(target)
        # The site an earlier build replaced, to write into (its folders are there);
        # with the speed-ups off, in a check or with --force, a new folder.
        spare = outdir.spare_for(cache_dir(config_file.parent), target)
        reused = None
        if not check and not every_page and compat.speedups_enabled():
            reused = outdir.take_spare(spare, target)
        try:
            outdir.make_parents(target.parent)
            staging = reused or outdir.make_staging(target)
        except OSError as exc:
            raise BuildError(
                f"Không tạo được thư mục dựng trang cạnh {target}: {os_reason(exc)}"
            ) from None
        swapped = False
        try:
            campaign = _build(
                config_file,
                staging,
                strict,
                quiet,
                target,
                project,
                kit,
                check,
                every_page,
                reused is not None,
            )
            if check:
                return target
            outdir.mark(staging)
            outdir.make_public(staging, prune=reused is not None)
            old = outdir.swap(staging, target)
            swapped = True
        except OSError as exc:
            raise BuildError(
                f"Dựng trang thất bại, giữ nguyên bản cũ trong {target.name}/: "
                f"{exc.filename or target}: {os_reason(exc)}"
            ) from None
        finally:
            if not swapped:  # a failed or interrupted build's half
                if reused is not None:
                    outdir.discard(staging, target)  # thousands of files: not waited for
                else:
                    shutil.rmtree(staging, ignore_errors=True)
        # Once swapped, the staging folder's name holds the old site (or nothing):
        # kept as the next build's spare folder, or deleted without waiting.
        if old is not None:
            outdir.park(old, target, spare)
        if campaign is not None and not quiet:  # a check builds a scratch copy: nothing published
            campaign.record_urls()
    return target


def _build(
    config_file: Path,
    staging: Path,
    strict: bool,
    quiet: bool,
    target: Path,
    project: Project | None,
    kit: KitResult | None,
    check: bool = False,
    every_page: bool = False,
    reused: bool = False,
) -> CampaignPlugin | None:
    """Run MkDocs into ``staging`` (MkDocs' failures become a :class:`BuildError`);
    returns the campaign plugin that built it."""
    collector = _Collect(config_file)
    parent = os.getpid()
    # No mkdocs.yml, or YAML that does not parse: MkDocs says so in English, with no line.
    text = siteconfig.require_campaign(config_file.parent)
    problem = siteconfig.syntax_problem(text) if text is not None else None
    if problem is not None:
        what = (
            "Kiểm tra thất bại"
            if quiet
            else f"Dựng trang thất bại, giữ nguyên bản cũ trong {target.name}/"
        )
        raise BuildError(f"{what}: {problem}")
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        config = load_config(str(config_file), strict=strict, site_dir=str(staging))
        campaign: CampaignPlugin | None = None
        for plugin in config.plugins.values():
            if isinstance(plugin, CampaignPlugin):
                campaign = plugin
                plugin.parallel = True
                plugin.checking = check
                plugin.page_cache = not check
                plugin.published_dir = target
                plugin.page_cache_read = not every_page
                plugin.reused = reused  # ``staging`` holds an earlier site (see ``outdir``)
                if project is not None:
                    plugin.preloaded = (project, kit)
        try:
            with compat.patched():  # whatever happens, MkDocs and Material as shipped after
                build(config)
        except CheckDone:  # every page read and validated; nothing rendered or written
            if (failure := collector.strict_failure()) is not None:
                raise failure from None
        except BaseException:  # an interruption skips MkDocs' on_build_error
            if os.getpid() == parent:
                for plugin in config.plugins.values():
                    if isinstance(plugin, CampaignPlugin):
                        plugin.stop_helpers()
            raise
        finally:
            if os.getpid() != parent:  # the second page writer never returns here normally
                os._exit(3)
    except (MkDocsException, SystemExit, OSError) as exc:
        details = "\n".join(f"  - {m}" for m in collector.messages)
        reason = _translate(str(exc), _ABORTS) or type(exc).__name__
        for pattern, replacement in _COUNTS:
            reason = pattern.sub(replacement, reason)
        if isinstance(exc, OSError):  # strerror is English and names the scratch folder
            where = str(exc.filename or "").replace(str(staging), f"{target.name}")
            reason = f"{where}: {os_reason(exc)}" if where else os_reason(exc)
        message = (
            f"Kiểm tra thất bại: {reason}"
            if quiet
            else f"Dựng trang thất bại, giữ nguyên bản cũ trong {target.name}/: {reason}"
        )
        raise BuildError(message + ("\n" + details if details else "")) from None
    finally:
        logger.removeHandler(collector)
    return campaign
