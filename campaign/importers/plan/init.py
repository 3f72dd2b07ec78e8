"""``campaign init --from-plan``: a campaign folder started from a plan's text.

Writes ``campaign.yml`` (commented, Vietnamese, and checked against the model
before anything is written), ``mkdocs.yml``, ``docs/gioi-thieu.md`` and a
report, ``bao-cao-nhap.md``, of what was recognised, what needs checking and
which lines could not be placed. Nothing is invented: see ``facts``.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ...content.errors import CampaignError, ContentError, Problem, os_reason
from ...content.load import parse_campaign
from ...content.siteconfig import BLOG_PLUGIN
from ...content.yamlsource import Path as KeyPath
from ...content.yamlwrite import yaml_quote
from .facts import PLACEHOLDER_ISSUER, Facts, read_facts
from .parse import parse_plan
from .word import OLE_MAGIC, ZIP_MAGIC, WordError, docx_text

__all__ = ["REPORT", "InitResult", "init_from_plan", "render_report", "render_yaml"]

REPORT = "bao-cao-nhap.md"
WIDTH = 92

# Keys in the order an editor reads them, not the order they were found.
_ORDER: dict[KeyPath, list[str]] = {
    (): ["site", "theme", "anniversary", "plan", "activities", "events", "units", "assignments"],
    ("plan",): [
        "kind",
        "issuer",
        "issuer_short",
        "superior",
        "number",
        "date",
        "place",
        "title",
        "context",
        "legal_basis",
        "basis_text",
        "after_basis",
        "purposes",
        "requirements",
        "aims",
        "budget",
        "numbering",
        "sections",
        "closing",
        "recipients",
        "signer",
    ],
}

_HEAD = """\
# Dữ liệu chiến dịch, tạo tự động từ {source} bằng lệnh `campaign init --from-plan`.
# Mọi nội dung chép từ văn bản gốc; chỗ ghi "CẦN ĐIỀN" hoặc "CẦN SỬA" phải sửa trước khi
# công bố. Xem {report} để biết các dòng chưa xếp được. Ngày viết dạng 12/05/2023.
# Sau khi sửa, chạy `campaign -C <thư mục> check`, rồi `campaign -C <thư mục> build`.
"""

_MKDOCS = """\
# Cấu hình trang, tạo bằng `campaign init --from-plan`. Nội dung nằm trong campaign.yml và docs/.
site_name: {name}
# CẦN SỬA: địa chỉ giả định (sửa cả site.url trong campaign.yml).
site_url: {url}
site_description: {description}
docs_dir: docs
watch:
  - campaign.yml
use_directory_urls: true

theme:
  name: material
  language: vi
  font: false
  palette:
    primary: custom
    accent: custom
  # Giao diện chiến dịch: menu ngang trên máy tính, không mục lục bên phải,
  # không thanh "Trước/Sau" cuối trang.
  features:
    - navigation.tabs
    - navigation.top
    - search.highlight

plugins:
  - search:
      lang: vi
      separator: '[\\s\\-–—,.;:!?“”‘’"()\\[\\]/…]+'
  - campaign
{blog}
extra:
  generator: false

markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - tables
  # Không có dấu liên kết "¶" bên tiêu đề (ký hiệu của trang tài liệu kỹ thuật).
  - toc:
      permalink: false
  - pymdownx.details

validation:
  omitted_files: warn
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn
"""

_ABOUT = """\
---
title: Giới thiệu trang
description: {description}
template: about.html
---

# Giới thiệu trang

Trang thông tin về {kind} {title}{issuer}.
Toàn văn ở trang [{kind_title}](ke-hoach.md).

*Trang được tạo tự động từ văn bản {kind}; cơ quan quản lý trang cần đọc lại
và bổ sung thông tin liên hệ (mục site.contact trong campaign.yml) trước khi công bố.*
"""


# --- YAML with comments -------------------------------------------------------------------


def _loads_back(text: str, value: Any) -> bool:
    try:
        return bool(yaml.safe_load(text) == {"k": value})
    except yaml.YAMLError:
        return False


def _scalar(value: Any, indent: int) -> str:
    """What follows ``key:``: a plain or quoted value, or a folded block for long text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return " true" if value else " false"
    if isinstance(value, int):
        return f" {value}"
    text = str(value)
    if indent + len(text) > WIDTH - 8 and " " in text:
        lines = textwrap.wrap(
            text, WIDTH - indent - 2, break_long_words=False, break_on_hyphens=False
        )
        block = " >-\n" + "\n".join(" " * (indent + 2) + line for line in lines)
        if _loads_back("k:" + block.replace("\n" + " " * indent, "\n"), text):
            return block
    if text and _loads_back(f"k: {text}", text) and not text.startswith(("-", "?", ":")):
        return f" {text}"
    # Not yaml_quote: that keeps a line break as it is (it loads back as a space), and
    # this value must load back exactly as read (test_yaml_says_exactly_what_was_read);
    # JSON's escapes (\n, \t, \u0001) are double-quoted YAML's too.
    return " " + json.dumps(text, ensure_ascii=False)


def _comment(lines: list[str], indent: int, text: str) -> None:
    for line in textwrap.wrap(text, WIDTH - indent - 2):
        lines.append(" " * indent + "# " + line)


def _ordered(mapping: dict[str, Any], path: KeyPath) -> list[str]:
    order = _ORDER.get(path, [])
    return [k for k in order if k in mapping] + [k for k in mapping if k not in order]


def _mapping(
    mapping: dict[str, Any], indent: int, path: KeyPath, comments: dict[KeyPath, str]
) -> list[str]:
    lines: list[str] = []
    for key in _ordered(mapping, path):
        value = mapping[key]
        here = (*path, key)
        if here in comments:
            _comment(lines, indent, comments[here])
        if isinstance(value, dict):
            lines.append(" " * indent + f"{key}:")
            lines += _mapping(value, indent + 2, here, comments)
        elif isinstance(value, list):
            if not value:
                lines.append(" " * indent + f"{key}: []")
                continue
            lines.append(" " * indent + f"{key}:")
            lines += _sequence(value, indent + 2, here, comments)
        else:
            lines.append(" " * indent + f"{key}:" + _scalar(value, indent))
    return lines


def _sequence(
    items: list[Any], indent: int, path: KeyPath, comments: dict[KeyPath, str]
) -> list[str]:
    lines: list[str] = []
    for index, item in enumerate(items):
        if isinstance(item, dict):
            inner = _mapping(item, indent + 2, (*path, index), comments)
            first = next(i for i, line in enumerate(inner) if not line.lstrip().startswith("#"))
            inner[first] = " " * indent + "- " + inner[first][indent + 2 :]
            lines += inner
        else:
            lines.append(" " * indent + "-" + _scalar(item, indent))
    return lines


def render_yaml(facts: Facts, source: str) -> str:
    head = _HEAD.format(source=source, report=REPORT)
    body = _mapping(facts.data, 0, (), facts.comments)
    # A blank line before each top-level key, as a person would space the file.
    out: list[str] = []
    for line in body:
        if line and not line.startswith((" ", "#", "-")) and out:
            out.append("")
        out.append(line)
    return head + "\n" + "\n".join(out) + "\n"


# --- the report --------------------------------------------------------------------------


def render_report(facts: Facts, source: str) -> str:
    kind = str(facts.data.get("plan", {}).get("kind", "Kế hoạch")).lower()
    out = [f"# Báo cáo nhập {kind}: {source}\n", "## Đã nhận ra\n"]
    out += [f"- {item}" for item in facts.found]
    out.append("\n## Cần điền hoặc kiểm tra\n")
    out += [f"- {item}" for item in facts.check] or ["- (không có)"]
    out.append("\n## Chưa xếp được\n")
    if facts.unplaced:
        out.append("Các dòng sau chưa được đưa vào campaign.yml; hãy tự xếp nếu cần.\n")
        out += [
            f"- dòng {u.line}: “{u.text}” ({u.reason})"
            for u in sorted(facts.unplaced, key=lambda u: u.line)
        ]
    else:
        out.append("Mọi dòng của văn bản đều đã được xếp.")
    return "\n".join(out) + "\n"


# --- the folder --------------------------------------------------------------------------


@dataclass(frozen=True)
class InitResult:
    folder: Path
    written: list[Path]
    report: str


def init_from_plan(plan_file: Path, folder: Path) -> InitResult:
    """Read ``plan_file`` and write a campaign into ``folder`` (never over existing files)."""
    display = plan_file.name
    try:
        data = plan_file.read_bytes()
    except OSError as exc:
        problem = Problem(display, 0, "", f"không đọc được tệp ({os_reason(exc)})")
        raise ContentError([problem]) from None
    try:
        if data.startswith((ZIP_MAGIC, OLE_MAGIC)) or plan_file.suffix.lower() == ".docx":
            text = docx_text(data)
        else:
            text = data.decode("utf-8-sig")
    except WordError as exc:
        raise ContentError([Problem(display, 0, "", str(exc))]) from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = "tệp không phải UTF-8: hãy lưu lại dạng văn bản UTF-8"
        raise ContentError([Problem(display, line, "", message)]) from None
    if folder.exists() and not folder.is_dir():
        raise CampaignError(f"{folder}: cần một thư mục để tạo chiến dịch, nhận được một tệp đã có")
    plan = parse_plan(text, display)
    facts = read_facts(plan)
    campaign_yml = render_yaml(facts, display)
    try:
        campaign = parse_campaign(campaign_yml, "campaign.yml")  # a bug here must not write files
    except ContentError as exc:
        # campaign.yml is not written: what it lacks is told against the plan.
        problems = [
            Problem(display, plan.title_line, "", f"chưa tạo được campaign.yml hợp lệ: {p}")
            for p in exc.problems
        ]
        raise ContentError(problems) from None
    files = {
        folder / "campaign.yml": campaign_yml,
        folder / "mkdocs.yml": _MKDOCS.format(
            name=yaml_quote(campaign.site.name),
            url=campaign.site.url,
            description=yaml_quote(campaign.site.description),
            blog=BLOG_PLUGIN,
        ),
        folder / "docs" / "gioi-thieu.md": _ABOUT.format(
            description=yaml_quote(campaign.site.name),
            kind=campaign.plan.kind.lower(),
            kind_title=campaign.plan.kind,
            title=campaign.plan.title.rstrip(" .,;:"),
            issuer=""
            if campaign.plan.issuer == PLACEHOLDER_ISSUER
            else f" của {campaign.plan.issuer}",
        ),
        folder / REPORT: render_report(facts, display),
    }
    existing = [str(path.relative_to(folder)) for path in files if path.exists()]
    if existing:
        raise CampaignError(
            f"{folder} đã có {', '.join(existing)}: không ghi đè lên công việc đã có; "
            "hãy chọn một thư mục khác"
        )
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
    except OSError as exc:
        where = exc.filename or folder
        raise CampaignError(f"{where}: không ghi được ({os_reason(exc)})") from None
    return InitResult(folder, list(files), files[folder / REPORT])
