"""Stable addresses: pinned post slugs, duplicate addresses, and redirects from old ones.

A post's address is ``tin-tuc/<yyyy>/<MM>/<slug>/``, where the slug is its
``slug:`` field or, without one, its title's. ``campaign new news`` and
``import-docx`` write a ``slug:`` no other post uses, so editing a title keeps
the address, and two posts never share one.

When an address changes anyway (``slug:`` edited, date changed, file moved),
the old one must keep working: every real build records, in the register file
:data:`REGISTER` beside ``campaign.yml``, the addresses each page of ``docs/``
has been published at. Each later build publishes a small redirect page at
every old address of a page that still exists (not at an address a live page
now uses). The register is sorted by file and lists addresses in the order they
were first published, so it is deterministic and reads well in a git diff.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, Problem
from .frontmatter import split_front_matter
from .text import nfc, slugify
from .yamlcache import ParsedCache
from .yamlwrite import yaml_quote

__all__ = [
    "REGISTER",
    "Redirect",
    "Register",
    "dest_of",
    "free_slug",
    "load_register",
    "merge",
    "post_slugs",
    "redirect_page",
    "redirects",
    "render_register",
]

REGISTER = "dia-chi.yml"

_HEADER = """\
# Địa chỉ đã đăng của từng trang trong docs/ (lệnh `campaign build` tự ghi tệp này).
# Hãy lưu tệp cùng docs/ (ví dụ commit vào git), đừng xóa.
# Khi một trang đổi địa chỉ (sửa slug, sửa ngày, chuyển tệp), mỗi địa chỉ cũ ghi
# dưới tên tệp của trang sẽ tự chuyển tới địa chỉ mới. Xóa một dòng địa chỉ để
# thôi chuyển tiếp; chuyển tệp mà không giữ được địa chỉ cũ thì sửa tên tệp ở đây.
"""
# libyaml when present: ``new news`` reads every post's front matter.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# An address as the register writes it: a path below the site's root.
_URL = re.compile(r"^/(?:[A-Za-z0-9._~-]+/)*(?:[A-Za-z0-9._~-]+)?$")
# A folder named like one of the site's files ("/index.html/", "/sitemap.xml/"): the
# redirect page inside it would stop the build from writing that file.
_FILE_FOLDER = re.compile(r"\.(?:html?|xml|gz|json|ics|csv|txt|js|css|png|jpe?g|webp|pdf)/", re.I)

# file (relative to the campaign folder) → addresses, oldest first ("/tin-tuc/2025/02/x/")
Register = dict[str, list[str]]


# --------------------------------------------------------------------------- slugs


def _post_slug(path: Path) -> str | None:
    """The slug a post is published under, read leniently (an invalid post still counts)."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    raw, _ = split_front_matter(text)
    if raw is None:
        return None
    try:
        data = yaml.load(raw, Loader=_LOADER)  # a safe loader (libyaml when present)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    slug, title = data.get("slug"), data.get("title")
    if isinstance(slug, str) and slug.strip():
        return slug.strip()
    if isinstance(title, str):
        return slugify(nfc(title)) or None
    return None


def post_slugs(posts_dir: Path) -> dict[str, Path]:
    """Existing posts by the slug their address uses (``slug:``, else the title's)."""
    found: dict[str, Path] = {}
    if posts_dir.is_dir():
        for path in sorted(posts_dir.rglob("*.md")):
            slug = _post_slug(path)
            if slug:
                found.setdefault(slug, path)
    return found


def free_slug(base: str, taken: Callable[[str], bool]) -> str:
    """``base``, else ``base-2``, ``base-3``… the first that ``taken`` refuses."""
    candidate, n = base, 2
    while taken(candidate):
        candidate = f"{base}-{n}"
        n += 1
    return candidate


# --------------------------------------------------------------------------- register


def load_register(root: Path, cache: Path | None = None) -> Register:
    """The register beside ``campaign.yml`` (empty when there is none yet).

    ``cache``: the file keeping the register as parsed by an earlier run (see
    :mod:`.yamlcache`): with thousands of pages its parse took a tenth of a second.
    """
    path = root / REGISTER
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError):
        raise ContentError(
            [Problem(REGISTER, 0, "", "cần tệp chữ UTF-8 đọc được, nhận được tệp hỏng")]
        ) from None
    parsed = ParsedCache(cache)
    source = parsed.load(text, REGISTER)
    parsed.save()
    if source.data is None:
        return {}
    if not isinstance(source.data, dict):
        raise ContentError(
            [Problem(REGISTER, source.first_line, "", "cần các dòng 'tệp: [địa chỉ]'")]
        )
    register: Register = {}
    problems = []
    for key, value in source.data.items():
        values = value if isinstance(value, list) else [value]
        addresses = []
        for i, url in enumerate(values):
            if isinstance(url, str) and _URL.match(url) and "/../" not in url + "/":
                if not _FILE_FOLDER.search(url) and "/./" not in url + "/":
                    addresses.append(url)
                    continue
                wanted = "cần địa chỉ một trang, không phải tệp của trang (ví dụ /tin-tuc/)"
            else:
                wanted = (
                    "cần địa chỉ trong trang bắt đầu bằng '/' (ví dụ /tin-tuc/2025/02/ten-bai/)"
                )
            where = (key, i) if isinstance(value, list) else (key,)
            problems.append(
                Problem(REGISTER, source.line(where), str(key), f"{wanted}, nhận được {url!r}")
            )
        register[str(key)] = addresses
    if problems:
        raise ContentError(problems)
    return register


def render_register(register: Mapping[str, Iterable[str]]) -> str:
    """The register's text: files sorted, addresses in the order first published."""
    lines = [_HEADER.rstrip("\n")]
    for key in sorted(register):
        urls = list(register[key])
        if not urls:
            continue
        lines.append(f"{_yaml_key(key)}:")
        lines += [f"  - {url}" for url in urls]
    return "\n".join(lines) + "\n"


def _yaml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9._/-]*", key) else yaml_quote(key)


def merge(register: Mapping[str, list[str]], current: Mapping[str, str]) -> Register:
    """The register after publishing ``current`` (file → its address now).

    A file published for the first time whose address an absent file had (a post
    file renamed: the address does not follow the file name), or whose name an
    absent file had (a page moved to another folder), takes over that file's
    history, so its old addresses follow it.
    """
    merged = {key: list(urls) for key, urls in register.items()}
    absent = [key for key in sorted(merged) if key not in current]
    for key in sorted(current):
        if key in merged:
            continue
        url = current[key]
        heir = next((old for old in absent if url in merged[old]), None)
        if heir is None:
            name = posixpath.basename(key)
            same_name = [old for old in absent if posixpath.basename(old) == name]
            heir = same_name[0] if len(same_name) == 1 and name != "index.md" else None
        if heir is not None:
            merged[key] = merged.pop(heir)
            absent.remove(heir)
    for key, url in current.items():
        urls = merged.setdefault(key, [])
        if url not in urls:
            urls.append(url)
    return merged


@dataclass(frozen=True)
class Redirect:
    old: str  # "/tin-tuc/2025/02/cu/"
    new: str  # "/tin-tuc/2025/02/moi/"
    file: str  # the page's file, relative to the campaign folder


def dest_of(url: str) -> str:
    """The file a site serves at ``url`` ("/a/b/" → "a/b/index.html")."""
    path = url.lstrip("/")
    last = path.rsplit("/", 1)[-1]
    if path and last and "." not in last:
        path += "/"
    return path + "index.html" if path.endswith("/") or not path else path


def redirects(
    register: Mapping[str, list[str]], current: Mapping[str, str], live: Iterable[str]
) -> tuple[list[Redirect], list[str]]:
    """Redirects from every old address of a current page, and notices for those skipped.

    ``live`` holds the files the site publishes (``dest_uri``): an old address
    another page now uses stays that page's. An old address two files claim
    goes to the first file by name.
    """
    published = set(live)
    found: dict[str, Redirect] = {}
    notices = []
    for key in sorted(current):
        new = current[key]
        for old in register.get(key, []):
            if old == new:
                continue
            if dest_of(old) in published:
                notices.append(
                    f"địa chỉ cũ {old} của {key} nay là của một trang khác: không chuyển tiếp"
                )
            elif old in found:
                notices.append(
                    f"địa chỉ cũ {old} thuộc cả {found[old].file} và {key}: "
                    f"chuyển tới {found[old].file}"
                )
            else:
                found[old] = Redirect(old, new, key)
    return sorted(found.values(), key=lambda r: r.old), notices


def redirect_page(redirect: Redirect, site_url: str) -> str:
    """A static page that sends readers (and search engines) to the new address.

    No script: a ``refresh`` meta tag, a visible link, ``rel=canonical`` to the
    new address and ``noindex`` so the old one leaves search results.
    """
    base = posixpath.dirname(dest_of(redirect.old))
    target = posixpath.relpath(redirect.new.lstrip("/") or ".", base or ".")
    if redirect.new.endswith("/") and not target.endswith("/"):
        target += "/"
    relative = html.escape(target, quote=True)
    canonical = html.escape(site_url.rstrip("/") + redirect.new, quote=True)
    return (
        "<!doctype html>\n"
        '<html lang="vi">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>Trang đã chuyển địa chỉ</title>\n"
        '<meta name="robots" content="noindex">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<link rel="canonical" href="{canonical}">\n'
        f'<meta http-equiv="refresh" content="0; url={relative}">\n'
        "</head>\n"
        "<body>\n"
        f'<p>Trang này đã chuyển tới địa chỉ mới: <a href="{relative}">{canonical}</a></p>\n'
        "</body>\n"
        "</html>\n"
    )
