"""Every page's address, once MkDocs and the blog have set them: duplicates, redirects.

Runs after every plugin's ``on_files`` (the blog sets posts' addresses there):

- :func:`duplicates`: two files published at one address is an error naming
  both, located at the post's ``slug:`` or ``title:`` line;
- :func:`redirect_files`: the register of published addresses (see
  :mod:`campaign.content.urls`) brought up to date, and a redirect page at each old
  address of a page that still exists.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from ..content.errors import ContentError, Problem, os_reason
from ..content.frontmatter import Document
from ..content.schemas import NewsMeta
from ..content.urls import (
    REGISTER,
    Redirect,
    Register,
    dest_of,
    load_register,
    merge,
    redirect_page,
    redirects,
    render_register,
)
from ..publish.fsutil import write_atomic
from .published import log

__all__ = ["authored", "duplicates", "record", "redirect_files", "settle"]


def settle(
    files: Files,
    config: MkDocsConfig,
    documents: Mapping[str, Document],
    generated: Mapping[str, str],
    shadowed: Sequence[str],
    cache: Path | None = None,
) -> tuple[Path, str | None]:
    """Fail on two files at one address; add a redirect at each page's old addresses.

    Returns the register file and its text after this build, for :func:`record`;
    the text is None when this build adds no address to the register as the file
    holds it (the user's file is then left as it is, whatever its layout).
    ``cache``: where the register's parse is kept, see ``load_register``.
    """
    root, docs = display_root(config)
    problems = duplicates(files, config, docs, documents, generated, shadowed)
    if problems:
        raise PluginError("Hai tệp trùng một địa chỉ trang:\n" + str(ContentError(problems)))
    try:
        register = load_register(root, cache)
    except ContentError as exc:
        raise PluginError("Nội dung chưa hợp lệ:\n" + str(exc)) from None
    merged, _, notices = redirect_files(files, config, register, authored(files, config, docs))
    for notice in notices:
        log.warning(f"Lưu ý: {notice}")
    unchanged = _same(register, merged)
    return root / REGISTER, None if unchanged else render_register(merged)


def _same(register: Register, merged: Register) -> bool:
    """Whether ``merged`` says what ``register`` says (files without an address aside)."""

    def kept(r: Register) -> dict[str, list[str]]:
        return {key: list(urls) for key, urls in r.items() if urls}

    return kept(register) == kept(merged)


def record(path: Path, text: str | None) -> None:
    """Write the register once the site is published, when the build changed it
    (``text`` None: it did not; the file stays byte for byte, its date too)."""
    if text is None:
        return
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:  # the site is published: say what the next build will miss
        log.warning(
            f"Lưu ý: không ghi được {path.name} ({os_reason(exc)}): địa chỉ của các trang vừa "
            "đăng chưa được ghi lại, nếu đổi địa chỉ sau này sẽ không có trang chuyển tiếp"
        )


def _is_authored(file: File, config: MkDocsConfig) -> bool:
    return (
        not getattr(file, "generated_by", None)
        and file.src_dir is not None
        and os.path.normpath(file.src_dir) == os.path.normpath(config.docs_dir)
    )


def _is_theme(file: File, config: MkDocsConfig) -> bool:
    return (
        not getattr(file, "generated_by", None)
        and file.src_dir is not None
        and any(os.path.normpath(file.src_dir) == os.path.normpath(d) for d in config.theme.dirs)
    )


def authored(files: Files, config: MkDocsConfig, docs: str) -> dict[str, str]:
    """Each published page of ``docs/`` (as ``docs/…``) → its address ("/a/b/")."""
    return {
        f"{docs}/{file.src_uri}": "/" + file.url
        for file in files.documentation_pages()
        if _is_authored(file, config) and file.inclusion.is_included()
    }


def duplicates(
    files: Files,
    config: MkDocsConfig,
    docs: str,
    documents: Mapping[str, Document],
    generated: Mapping[str, str],
    shadowed: Sequence[str] = (),
) -> list[Problem]:
    """A located problem for each file whose address another file also has.

    ``generated`` names the engine's pages by path ("ke-hoach.md" → "Kế hoạch");
    ``shadowed`` lists generated pages left out because a file of ``docs/`` has
    their path.
    """
    by_dest: dict[str, list[tuple[str, File | None]]] = {}
    for file in files:
        if not file.inclusion.is_included() or _is_theme(file, config):
            continue
        by_dest.setdefault(file.dest_uri, []).append(_name(file, config, docs, generated))
    for path in shadowed:
        hiding = files.get_file_from_path(path)
        if hiding is not None:
            entry = (f"trang tạo tự động “{generated.get(path, path)}”", None)
            by_dest.setdefault(hiding.dest_uri, []).append(entry)
    problems = []
    for dest, names in by_dest.items():
        if len(names) < 2:
            continue
        address = "/" + (dest[: -len("index.html")] if dest.endswith("index.html") else dest)
        for name, source in names:
            others = " và ".join(other for other, _ in names if other != name)
            if source is None or not _is_authored(source, config):
                continue  # named in the authored file's problem
            problems.append(_problem(name, source, address, others, documents))
        if all(f is None or not _is_authored(f, config) for _, f in names):
            first = names[0][0]
            others = " và ".join(other for other, _ in names[1:])
            message = f"cần địa chỉ riêng, nhận được '{address}' trùng với {others}"
            problems.append(Problem(first, 0, "", message))
    return problems


def _name(
    file: File, config: MkDocsConfig, docs: str, generated: Mapping[str, str]
) -> tuple[str, File]:
    if _is_authored(file, config):
        return f"{docs}/{file.src_uri}", file
    if file.src_uri in generated:
        return f"trang tạo tự động “{generated[file.src_uri]}”", file
    return f"tệp tạo tự động {file.src_uri}", file


def _problem(
    name: str, file: File, address: str, others: str, documents: Mapping[str, Document]
) -> Problem:
    document = documents.get(file.src_uri)
    meta = document.meta if document is not None else None
    if document is not None and isinstance(meta, NewsMeta):
        field = "slug" if meta.slug else "title"
        slug = address.rstrip("/").rsplit("/", 1)[-1]
        hint = (
            f"thêm 'slug: {slug}-2' (hoặc một slug khác) vào một trong các tin"
            if field == "title"
            else "sửa 'slug:' cho khác nhau"
        )
        return Problem(
            name,
            document.line(field),
            field,
            f"cần địa chỉ riêng cho mỗi tin, nhận được '{address}' trùng với {others}; {hint}",
        )
    return Problem(
        name,
        0,
        "",
        f"cần địa chỉ riêng cho mỗi trang, nhận được '{address}' trùng với {others}; "
        "đổi tên hoặc chuyển một trong các tệp",
    )


def redirect_files(
    files: Files,
    config: MkDocsConfig,
    register: Register,
    current: Mapping[str, str],
) -> tuple[Register, list[Redirect], list[str]]:
    """The register after this build, and a redirect file added for each old address.

    Returns the updated register, the redirects and notices (old addresses
    skipped because a live page has them).
    """
    merged = merge(register, current)
    live = [f.dest_uri for f in files if f.inclusion.is_included()]
    found, notices = redirects(merged, current, live)
    site_url = config.site_url or "/"
    for redirect in found:
        page = redirect_page(redirect, site_url)
        files.append(File.generated(config, dest_of(redirect.old), content=page))
    return merged, found, notices


def display_root(config: MkDocsConfig) -> tuple[Path, str]:
    """The campaign folder and how ``docs/`` is shown relative to it."""
    root = Path(config.config_file_path or ".").resolve().parent
    docs = Path(config.docs_dir).resolve()
    return root, docs.relative_to(root).as_posix() if docs.is_relative_to(root) else str(docs)
