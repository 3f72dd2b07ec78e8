"""A save is checked with the code ``campaign check`` runs, before anything is written."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from ..content.errors import ContentError, Problem
from ..content.frontmatter import read_document, split_front_matter
from ..content.load import load_campaign_source, parse_campaign_source
from ..content.model import Campaign
from ..content.text import SLUG_PATTERN

__all__ = [
    "check_entry",
    "keep_hidden_keys",
    "load_campaign_or_none",
    "splice_section",
    "with_photo_paths",
]

_SLUG = re.compile(SLUG_PATTERN)
_TOP_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:")
_PHOTO_KEYS = ("cover", "photo")


def load_campaign_or_none(root: Path) -> Campaign | None:
    try:
        return load_campaign_source(root / "campaign.yml", display="campaign.yml")[0]
    except ContentError:
        return None


def check_entry(root: Path, path: str, raw: str, new_photos: set[str]) -> list[Problem]:
    """Problems of ``raw`` saved at ``path`` (relative to ``root``); ``new_photos`` are
    photos uploaded with the same save."""
    if path == "campaign.yml":
        try:
            parse_campaign_source(raw, path)
        except ContentError as exc:
            return list(exc.problems)
        return []
    parts = PurePosixPath(path).parts
    if parts[0] != "docs" or not path.endswith(".md"):
        return [Problem(path, 0, "", "chỉ lưu được trang .md trong docs/ và campaign.yml")]
    src_uri = "/".join(parts[1:])
    with tempfile.TemporaryDirectory(prefix="campaign-admin-") as scratch:
        candidate = Path(scratch) / "entry.md"
        candidate.write_text(raw, encoding="utf-8")
        document, problems = read_document(candidate, src_uri, path)
    if document is None:
        return problems
    campaign = load_campaign_or_none(root)
    meta = document.meta
    if campaign is not None:
        for key, known, what in (
            ("unit", {u.id for u in campaign.units}, "mã đơn vị có trong 'units'"),
            ("event", {e.id for e in campaign.events}, "mã sự kiện có trong 'events'"),
        ):
            value = getattr(meta, key, None)
            if value is not None and value not in known:
                message = f"cần {what} của campaign.yml, nhận được '{value}'"
                problems.append(Problem(path, document.line(key), key, message))
    for key in _PHOTO_KEYS:
        photo = getattr(meta, key, None)
        if isinstance(photo, str) and photo not in new_photos and not (root / photo).is_file():
            message = f"không có ảnh '{photo}' trong thư mục anh/: hãy tải ảnh lên"
            problems.append(Problem(path, document.line(key), key, message))
    return problems


def _blocks(lines: list[str]) -> dict[str, tuple[int, int]]:
    """Top-level key -> (first line, end line) of its block, comments after it excluded."""
    starts = [(i, m[1]) for i, line in enumerate(lines) if (m := _TOP_KEY.match(line))]
    blocks = {}
    for n, (start, key) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        # Comments and blank lines just above the next key belong to that key.
        while end - 1 > start and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
            end -= 1
        blocks[key] = (start, end)
    return blocks


def _clean(value: Any) -> Any:
    """An emptied form field is no key at all (an empty string is not a missing value)."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v not in ("", None, [])}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _merge(old: Any, new: Any, shown: frozenset[str]) -> Any:
    """``new`` from the form, keeping what the form does not show (nested tables of an
    event, say): items of a list are matched by their ``id``."""
    new = _clean(new)
    if isinstance(old, dict) and isinstance(new, dict):
        # A key the form shows and the client left out was emptied: it stays removed.
        hidden = {k: v for k, v in old.items() if k not in new and k not in shown}
        return {**new, **hidden}
    if isinstance(old, list) and isinstance(new, list):
        by_id = {o.get("id"): o for o in old if isinstance(o, dict) and o.get("id")}
        return [_merge(by_id.get(n.get("id")), n, shown) if isinstance(n, dict) else n for n in new]
    return new


def _dump(key: str, value: Any) -> str:
    return yaml.safe_dump(
        {key: value}, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100
    )


_HEADER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\s*:\s*(#.*)?$")
_ITEM = re.compile(r"^( *)- ")


def _aside(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _item_spans(block: list[str]) -> tuple[int, list[tuple[int, int]]] | None:
    """The indentation of a top-level list's items and each item's lines (the comments
    just above it included, the first item's excepted); None when the block is no list
    written one item a line or more under its key."""
    if not _HEADER.match(block[0].rstrip("\n")):
        return None
    found = [(i, m) for i, line in enumerate(block) if i and (m := _ITEM.match(line))]
    if not found:
        return None
    indent = len(found[0][1][1])
    firsts = [i for i, m in found if len(m[1]) == indent]
    spans: list[tuple[int, int]] = []
    for n, first in enumerate(firsts):
        end = firsts[n + 1] if n + 1 < len(firsts) else len(block)
        while n + 1 < len(firsts) and end - 1 > first and _aside(block[end - 1]):
            end -= 1  # comments and blank lines just above the next item belong to it
        spans.append((spans[-1][1] if spans else first, end))
    return indent, spans


def _key_chunks(body: str, indent: int, old: dict[str, Any]) -> dict[str, str] | None:
    """Each key's lines of an item written as a block under ``- `` (its comments, its
    folded text…), each read back as exactly its value; None otherwise."""
    lines = body.splitlines(keepends=True)
    if not lines or lines[0].lstrip().startswith("- {"):
        return None
    inner = " " * (indent + 2)
    lines[0] = inner + lines[0][indent + 2 :]
    key_line = re.compile("^" + inner + r"([A-Za-z_][A-Za-z0-9_]*)\s*:")
    chunks: dict[str, str] = {}
    current = None
    for line in lines:
        if found := key_line.match(line):
            current = found[1]
            chunks[current] = ""
        if current is None:
            return None
        chunks[current] += line
    for key, chunk in chunks.items():
        if key not in old or yaml.safe_load(chunk) != {key: old[key]}:
            return None
    return chunks


def _item_text(item: Any, old: Any, indent: int, old_body: str) -> str:
    """A changed or new item of a list part, in its old order of keys and style; of a
    changed item written as a block, the keys left as they were keep their lines."""
    chunks = None
    if isinstance(item, dict) and isinstance(old, dict):
        item = {**{k: item[k] for k in old if k in item}, **item}
        chunks = _key_chunks(old_body, indent, old)
    if chunks is not None:
        inner = " " * (indent + 2)
        parts = []
        for key, value in item.items():
            if key in chunks and old[key] == value:
                parts.append(chunks[key])
            else:
                dumped = yaml.safe_dump(
                    {key: value},
                    allow_unicode=True,
                    sort_keys=False,
                    default_flow_style=False,
                    width=100,
                )
                parts.append("".join(inner + line for line in dumped.splitlines(keepends=True)))
        text = "".join(parts)
        return " " * indent + "- " + text[len(inner) :]
    flow = old_body.strip().startswith("- {") and len(old_body.strip().splitlines()) == 1
    if flow:
        text = yaml.safe_dump(
            [item], allow_unicode=True, sort_keys=False, default_flow_style=True, width=10**6
        )
        text = "- " + text.strip()[1:-1] + "\n"
    else:
        text = yaml.safe_dump(
            [item], allow_unicode=True, sort_keys=False, default_flow_style=False, width=100
        )
    return "".join(" " * indent + line for line in text.splitlines(keepends=True))


def _kept_items(block: list[str], key: str, old: Any, new: Any) -> str | None:
    """A list part of campaign.yml written back item by item: an item the save left as it
    was keeps its text (comments, order of keys, style); a changed one is written anew in
    its old order of keys and style; a new one is added. None (the part is written anew
    as a whole) unless every item's text reads back as exactly its value, and the result
    as exactly the saved list."""
    found = _item_spans(block)
    if found is None or not isinstance(old, list) or not isinstance(new, list):
        return None
    indent, spans = found
    texts = ["".join(block[begin:end]) for begin, end in spans]
    try:
        if len(texts) != len(old) or any(
            yaml.safe_load(text) != [value] for text, value in zip(texts, old, strict=True)
        ):
            return None
        out = ["".join(block[: spans[0][0]])]  # the key's line, comments above the first item
        used: set[int] = set()
        for item in new:
            same = next((k for k, v in enumerate(old) if k not in used and v == item), None)
            if same is not None:
                used.add(same)
                out.append(texts[same])
                continue
            ident = item.get("id") if isinstance(item, dict) else None
            was = next(
                (
                    k
                    for k, v in enumerate(old)
                    if ident and isinstance(v, dict) and v.get("id") == ident
                ),
                None,
            )
            if was is None:
                out.append(_item_text(item, None, indent, ""))
            else:
                lines = texts[was].splitlines(keepends=True)
                above = 0
                while above < len(lines) and _aside(lines[above]):
                    above += 1  # its own comments stay above it
                body = "".join(lines[above:])
                out.append("".join(lines[:above]) + _item_text(item, old[was], indent, body))
        text = "".join(out)
        return text if yaml.safe_load(text) == {key: new} else None
    except yaml.YAMLError:
        return None


def splice_section(
    current: str, key_path: tuple[str, ...], value: Any, shown: frozenset[str] = frozenset()
) -> str:
    """``current`` (campaign.yml) with the part at ``key_path`` replaced by ``value``.

    Only that top-level block is rewritten; every other part keeps its text and
    its comments. Keys of an item the form does not ``show`` are kept.
    """
    top = key_path[0]
    data = yaml.safe_load(current) or {}
    if not isinstance(data, dict):
        raise ValueError("campaign.yml cần các trường dạng 'tên: giá trị' ở cấp cao nhất")
    if len(key_path) == 1:
        new_value: Any = _merge(data.get(top), value, shown)
    else:
        new_value = dict(data.get(top) or {})
        if value in (None, {}):
            new_value.pop(key_path[1], None)
        else:
            new_value[key_path[1]] = _merge(new_value.get(key_path[1]), value, shown)
    lines = current.splitlines(keepends=True)
    blocks = _blocks(lines)
    text = _dump(top, new_value)
    if top in blocks:
        start, end = blocks[top]
        if len(key_path) == 1:
            text = _kept_items(lines[start:end], top, data.get(top), new_value) or text
        return "".join(lines[:start]) + text + "".join(lines[end:])
    tail = "" if not current or current.endswith("\n") else "\n"
    return current + tail + "\n" + text


def _front(text: str) -> tuple[dict[str, Any], str] | None:
    raw, body = split_front_matter(text)
    if raw is None:
        return None
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError:
        return None
    return (data, body) if isinstance(data, dict) else None


def keep_hidden_keys(old: str | None, new: str, stem: str, is_news: bool) -> str:
    """``new`` (a page from the form) with the front matter keys the form does not show
    carried over from ``old``; a new news item gets ``slug:`` (its file name), so that
    its address stays when its title is edited, as ``campaign new news`` does."""
    from .decapconfig import NOT_IN_FORM

    parsed = _front(new)
    if parsed is None:
        return new
    data, body = parsed
    previous = _front(old) if old is not None else None
    before = previous[0] if previous else {}
    carried = {k: v for k, v in before.items() if k in NOT_IN_FORM and k not in data}
    if is_news and "slug" not in data and "slug" not in carried and _SLUG.match(stem):
        carried["slug"] = stem
    if not carried:
        return new
    data = {**data, **carried}
    front = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{front}---\n{body}"


def with_photo_paths(text: str, resolve: Callable[[str], str]) -> str:
    """``text`` (a page) with each photo key (``cover:``, ``photo:``) that is a string
    given as ``resolve`` returns it; unchanged, byte for byte, when none changes."""
    parsed = _front(text)
    if parsed is None:
        return text
    data, body = parsed
    changed = {}
    for key in _PHOTO_KEYS:
        value = data.get(key)
        if isinstance(value, str) and (found := resolve(value)) != value:
            changed[key] = found
    if not changed:
        return text
    front = yaml.safe_dump({**data, **changed}, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{front}---\n{body}"
