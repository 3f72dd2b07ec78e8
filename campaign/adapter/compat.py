"""The versions of MkDocs, Material and Jinja2 the speed-ups were made for, and their undo.

The speed-ups for large sites reach into private points of MkDocs and
Material: MkDocs' ``_populate_page``, ``_build_page`` and
``_build_theme_template``, Material's ``_resolve_views`` and
``_config_pagination_per_page``, the class of the blog's excerpts, the blog
module's ``SafeLoader``, ``Markdown`` and ``_patch``, the blog plugin module's
``copy_file``, each blog's ``_path_to_file`` and ``_save_to_file`` and the
``_content`` of the files they make (see ``blog.ViewSources``), the ``markdown`` name in MkDocs'
pages module, ``Files.documentation_pages``, ``mkdocs.utils.clean_directory``
(a build into the spare folder, see ``campaign.publish.outdir``), each blog's
``_resolve_post`` (see ``posts``) and ``_format_date``; page rendering (see
``rendering``) uses MkDocs' ``_get_norm_url`` and ``_norm_parts``, wraps the
blog's ``url`` filter and gives some of Jinja2's templates their own
``new_context``, ``root_render_func`` and ``make_module``; and Python-Markdown's
``InlineProcessor.__handleInline`` (see ``fastmarkdown``: made for one release of
Python-Markdown, which it checks with :func:`version_is`); and Material's search
``Parser`` (see ``fastsearch``, which also compares the handlers' source). A
release of any of them may change any of them without notice. So they run only on
the versions named in :data:`MADE_FOR`; on any other (or with
``CAMPAIGN_SPEEDUPS=0``) :func:`speedups_enabled` says no, every speed-up is
skipped and MkDocs and Material work as shipped (slower on a large site, the
same pages). The mismatch is said once, in Vietnamese, on a logger outside
MkDocs' strict count: an upgrade must not fail a build.

Every change a speed-up makes to a module or class is made through
:func:`patch` and undone by :func:`undo` (the plugin calls it when a build
ends, whether it succeeded or failed; :func:`patched` wraps a build), so a
failed build in ``campaign serve`` leaves nothing behind for the next one.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import metadata

__all__ = [
    "ENV",
    "MADE_FOR",
    "found_versions",
    "patch",
    "patched",
    "speedups_enabled",
    "undo",
    "unpatch",
    "version_is",
]

# The distributions whose private points the speed-ups use, at the versions they were made for.
MADE_FOR = {"mkdocs": "1.6.1", "mkdocs-material": "9.8.1", "jinja2": "3.1.6"}
ENV = "CAMPAIGN_SPEEDUPS"

# Outside the "mkdocs" logger: a notice, not a warning strict mode turns into a failure.
log = logging.getLogger("campaign.compat")

_warned: set[tuple[tuple[str, str], ...]] = set()
_MISSING = object()
# (owner, attribute, what it was: _MISSING when the owner had none of its own), in order.
_patches: list[tuple[object, str, object]] = []


@cache
def found_versions() -> dict[str, str]:
    """The installed version of each distribution in :data:`MADE_FOR` ("?" when absent)."""
    found = {}
    for name in MADE_FOR:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "?"
    return found


def speedups_enabled() -> bool:
    """Whether the speed-ups may run: the versions they were made for, and not switched off."""
    if os.environ.get(ENV, "").strip() == "0":
        return False
    found = found_versions()
    if all(found[name] == version for name, version in MADE_FOR.items()):
        return True
    key = tuple(sorted(found.items()))
    if key not in _warned:  # once per process, however many builds ``serve`` runs
        _warned.add(key)
        have = ", ".join(f"{name} {found[name]}" for name in MADE_FOR)
        want = ", ".join(f"{name} {version}" for name, version in MADE_FOR.items())
        log.warning(
            f"Lưu ý: đang cài {have}, còn các bước tăng tốc được viết cho {want}; "
            "tạm tắt các bước tăng tốc, trang vẫn dựng đúng nhưng chậm hơn với trang lớn."
        )
    return False


def version_is(name: str, version: str) -> bool:
    """Whether the distribution ``name`` is installed at ``version``: a speed-up made for one
    release of a library outside :data:`MADE_FOR` (Python-Markdown, Jinja2) asks this
    too; on another release it stays off (said once, as for :data:`MADE_FOR`)."""
    try:
        found = metadata.version(name)
    except metadata.PackageNotFoundError:
        found = "?"
    if found == version:
        return True
    key = ((name, found),)
    if key not in _warned:
        _warned.add(key)
        log.warning(
            f"Lưu ý: đang cài {name} {found}, còn một bước tăng tốc được viết cho {name} "
            f"{version}; tạm tắt bước đó, trang vẫn dựng đúng."
        )
    return False


def patch(owner: object, name: str, value: object) -> None:
    """Set ``owner.name`` to ``value`` until :func:`undo` (the first value is kept)."""
    before = vars(owner).get(name, _MISSING) if hasattr(owner, "__dict__") else _MISSING
    if not any(o is owner and n == name for o, n, _ in _patches):
        _patches.append((owner, name, before))
    setattr(owner, name, value)


def unpatch(owner: object, name: str) -> None:
    """Give ``owner.name`` back its value from before :func:`patch` (if patched)."""
    for i, (o, n, before) in enumerate(_patches):
        if o is owner and n == name:
            del _patches[i]
            _restore(o, n, before)
            return


def _restore(owner: object, name: str, before: object) -> None:
    if before is _MISSING:
        try:
            delattr(owner, name)
        except AttributeError:
            pass
    else:
        setattr(owner, name, before)


def undo() -> None:
    """Undo every patch still in place, the last made first."""
    while _patches:
        owner, name, before = _patches.pop()
        _restore(owner, name, before)


@contextmanager
def patched() -> Iterator[None]:
    """Around a build: whatever it patched is undone when it ends, even by an error."""
    try:
        yield
    finally:
        undo()
