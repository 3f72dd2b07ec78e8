"""Atomic MkDocs builds: a failed build leaves the last good site in place."""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from ..errors import BuildError, os_reason
from ..media.kit import KitResult
from ..project import Project
from .plugin import CampaignPlugin

__all__ = ["build_site"]


# MkDocs' own wording for the mistakes staff make most, said in Vietnamese.
_TRANSLATIONS = (
    (
        re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but the target .*not found"),
        r"docs/\1: liên kết '\2' trỏ tới trang không tồn tại",
    ),
    (
        re.compile(
            r"Doc file '([^']+)' contains a link '([^']+)', "
            r"but the doc '([^']+)' does not contain an anchor '([^']+)'"
        ),
        r"docs/\1: liên kết '\2': trang '\3' không có mục '\4'",
    ),
    (
        re.compile(r"Doc file '([^']+)' contains an absolute link '([^']+)'"),
        r"docs/\1: liên kết tuyệt đối '\2': hãy dùng đường dẫn tương đối tới tệp .md",
    ),
)


def _vietnamese(message: str) -> str:
    for pattern, replacement in _TRANSLATIONS:
        match = pattern.search(message)
        if match:
            return match.expand(replacement)
    return message


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(_vietnamese(record.getMessage()))


def build_site(
    config_file: Path,
    site_dir: Path | None = None,
    strict: bool = True,
    quiet: bool = False,
    *,
    project: Project | None = None,
    kit: KitResult | None = None,
) -> Path:
    """Build into a temporary folder beside ``site_dir``, then swap it in.

    ``project`` (and its rendered ``kit``), already loaded and checked by the
    caller, are handed to the plugin instead of being loaded a second time.
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config_file = config_file.resolve()
    target = (site_dir or config_file.parent / "site").resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    collector = _Collect()
    parent = os.getpid()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        config = load_config(str(config_file), strict=strict, site_dir=str(staging))
        for plugin in config.plugins.values():
            if isinstance(plugin, CampaignPlugin):
                plugin.parallel = True
                if project is not None:
                    plugin.preloaded = (project, kit)
        try:
            build(config)
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
        shutil.rmtree(staging, ignore_errors=True)
        details = "\n".join(f"  - {m}" for m in collector.messages)
        reason = str(exc) or type(exc).__name__
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
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return target
