"""The gate before a release: what must not go public, found all at once and located.

Two halves. :func:`gate` reads the sources (``campaign.yml``, ``mkdocs.yml``,
``docs/``) before anything is built: sample content the campaign did not allow,
a placeholder site address, a "CẦN ĐIỀN" / "CẦN SỬA" left by ``init`` or an
editor. :func:`scan_site` reads the built site before it is sent: active
content no author's text may produce (a ``<script>`` that is not a file of the
site or JSON data, an ``on…=`` handler, a ``javascript:`` address), and a
marker that reached a page some other way. Broken links between pages are the
build's own check (a strict MkDocs build fails on them, see
:mod:`campaign.adapter.build`); the publish pipeline runs it with the gate.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..content.errors import Problem
from ..content.hosts import NOWHERE, host_kind
from ..content.yamlsource import Source, dotted
from ..project import Project

__all__ = ["MARKERS", "gate", "is_placeholder_host", "scan_site", "text_markers"]

# What `campaign init` and editors leave where a fact is still missing (NFC, upper case:
# "cần điền" in lower case is ordinary prose).
MARKERS = ("CẦN ĐIỀN", "CẦN SỬA")
_SITE_URL = re.compile(r"^site_url\s*:\s*(.*?)\s*$")


def is_placeholder_host(host: str) -> bool:
    """True for an address no reader can reach from anywhere: example domains,
    localhost, loopback, a name with no domain. A private network address is not
    refused here (see :mod:`campaign.content.hosts`)."""
    return host_kind(host) in NOWHERE


def _address_problem(file: str, line: int, field: str, url: str) -> Problem | None:
    host = urlsplit(url).hostname or ""
    if not is_placeholder_host(host):
        return None
    return Problem(
        file,
        line,
        field,
        f"cần địa chỉ thật của trang (tên miền đã đăng ký), nhận được '{url}': "
        "đây là địa chỉ minh họa hoặc của máy này, người dân không vào được",
    )


def _mkdocs_site_url(root: Path) -> tuple[int, str] | None:
    try:
        lines = (root / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None  # the build reports an unreadable mkdocs.yml itself
    for number, line in enumerate(lines, start=1):
        if match := _SITE_URL.match(line):
            value = match.group(1).split(" #", 1)[0].strip().strip("'\"")
            return (number, value) if value else None
    return None


def _strings(
    value: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def text_markers(text: str) -> list[str]:
    """The markers found in ``text`` (compared in NFC)."""
    text = unicodedata.normalize("NFC", text)
    return [marker for marker in MARKERS if marker in text]


def _marker_message(found: list[str]) -> str:
    return f"còn chỗ ghi “{found[0]}”: điền hoặc sửa nội dung thật trước khi công bố"


def _marker_problems(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    source: Source | None = project.source
    if source is not None:
        for path, text in _strings(source.data):
            if found := text_markers(text):
                problems.append(
                    Problem(source.file, source.line(path), dotted(path), _marker_message(found))
                )
    root = project.root
    files = [root / "mkdocs.yml"]
    if project.campaign.communes_source:
        files.append(root / project.campaign.communes_source)
    docs = root / "docs"
    files += sorted(docs.rglob("*.md")) if docs.is_dir() else []
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue  # loading the project already reported what it could not read
        display = file.relative_to(root).as_posix() if file.is_relative_to(root) else str(file)
        yaml_file = file.suffix in (".yml", ".yaml")
        for number, line in enumerate(lines, start=1):
            if yaml_file and line.lstrip().startswith("#"):
                continue  # a comment of a YAML file is never published
            if found := text_markers(line):
                problems.append(Problem(display, number, "", _marker_message(found)))
    return problems


def _sample_problems(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    source = project.source
    file = source.file if source is not None else "campaign.yml"
    message = (
        "nội dung minh họa (sample: true) chưa được phép công bố: thay bằng nội dung thật, "
        "hoặc ghi 'allow_sample: true' trong mục publish: của campaign.yml"
    )
    flags = [("slogans", i, s.sample) for i, s in enumerate(project.campaign.slogans)]
    flags += [("activities", i, a.sample) for i, a in enumerate(project.campaign.activities)]
    for key, index, sample in flags:
        if sample:
            line = source.line((key, index, "sample")) if source is not None else 0
            problems.append(Problem(file, line, f"{key}[{index}].sample", message))
    for document in project.documents:
        if getattr(document.meta, "sample", False) and not getattr(document.meta, "draft", False):
            problems.append(Problem(document.display, document.line("sample"), "sample", message))
    return problems


def gate(project: Project) -> list[Problem]:
    """Every problem in the sources that must stop a release (empty: none)."""
    campaign = project.campaign
    source = project.source
    file = source.file if source is not None else "campaign.yml"
    problems: list[Problem] = []
    settings = campaign.publish
    if settings is None or not settings.allow_sample:
        problems += _sample_problems(project)
    line = source.line(("site", "url")) if source is not None else 0
    if found := _address_problem(file, line, "site.url", campaign.site.url):
        problems.append(found)
    if (site_url := _mkdocs_site_url(project.root)) is not None:
        if found := _address_problem("mkdocs.yml", site_url[0], "site_url", site_url[1]):
            problems.append(found)
    problems += _marker_problems(project)
    return sorted(set(problems))


# What a page may carry as active content: scripts that are files of the site and
# JSON data blocks (Material's configuration). Nothing an author types can become one
# unless the build failed to escape it.
_DATA_TYPES = frozenset({"application/json", "application/ld+json"})
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "xlink:href", "poster"})
_ACTIVE_SCHEMES = re.compile(r"^(?:javascript|vbscript|data:text/html)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x20]+")


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self.markers: list[tuple[int, str]] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = {name: value or "" for name, value in attrs}
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append((line, f"thuộc tính chạy mã '{name}' trong thẻ <{tag}>"))
            elif name in _URL_ATTRIBUTES and _ACTIVE_SCHEMES.match(_CONTROL.sub("", value or "")):
                self.found.append((line, f"địa chỉ chạy mã trong <{tag} {name}=…>"))
        if tag == "script":
            self._in_script = True
            src = values.get("src", "")
            kind = values.get("type", "").strip().lower()
            if not src and kind not in _DATA_TYPES:
                self.found.append((line, "đoạn <script> viết thẳng trong trang"))
            elif src and (urlsplit(src).scheme or src.startswith("//")):
                self.found.append((line, f"<script> tải từ nơi khác: '{src}'"))
        elif tag in ("iframe", "object", "embed", "base"):
            self.found.append((line, f"thẻ <{tag}> (nhúng hoặc đổi địa chỉ gốc của trang)"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if not self._in_script and (found := text_markers(data)):
            self.markers.append((self.getpos()[0], found[0]))


def scan_site(site: Path, display: str = "site") -> list[Problem]:
    """Active content and leftover markers in the built pages of ``site``."""
    problems: list[Problem] = []
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        if any(part.startswith(".") for part in relative.split("/")):
            continue  # not served (see deploy/nginx-campaign.conf)
        scan = _Scan()
        scan.feed(page.read_text(encoding="utf-8", errors="replace"))
        scan.close()
        where = f"{display}/{relative}"
        for line, what in scan.found:
            problems.append(
                Problem(
                    where,
                    line,
                    "",
                    f"trang có {what}: chữ của người viết phải hiện nguyên văn, không được chạy; "
                    "hãy bỏ mã HTML đó khỏi nội dung (hoặc báo lỗi công cụ)",
                )
            )
        for line, marker in scan.markers:
            problems.append(Problem(where, line, "", _marker_message([marker])))
    return problems
