"""What a campaign's ``mkdocs.yml`` says, read without MkDocs, in the user's words.

- News: posts (``docs/tin-tuc/posts/``) are pages of Material's blog plugin;
  without it MkDocs takes them for ordinary pages and fails the strict build
  with an English line about the navigation. :func:`news_problem` says instead,
  located at the ``plugins:`` line, what is missing and what to add; the build
  (with the plugins MkDocs loaded) and the commands that write a post (reading
  ``mkdocs.yml`` themselves, before writing anything) use the same words.
  ``BLOG_PLUGIN`` is the entry to add, the one ``campaign init`` writes.
- Mistakes MkDocs reports in English with no line: :func:`syntax_problem` (YAML
  that does not parse) and :func:`config_value_problem` (``Config value 'x': …``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, Problem
from .schemas import NEWS_DIR
from .yamlsource import yaml_problem

__all__ = [
    "BLOG_DIR",
    "BLOG_PLUGIN",
    "blog_of",
    "config_value_problem",
    "nav_reference_problem",
    "news_problem",
    "plugins_line",
    "read_plugins",
    "refuse_without_news",
    "require_campaign",
    "require_campaign_folder",
    "syntax_problem",
]

BLOG_DIR = NEWS_DIR.split("/")[0]  # "tin-tuc"

# The entry of ``plugins:`` that publishes docs/tin-tuc/posts/ (indented as in a list).
BLOG_PLUGIN = f"""\
  # Tin tức: bài viết nằm trong docs/{NEWS_DIR}, không liệt kê trong thanh điều hướng.
  - blog:
      blog_dir: {BLOG_DIR}
      blog_toc: false
      post_date_format: dd/MM/yyyy
      post_url_date_format: yyyy/MM
      post_url_format: "{{date}}/{{slug}}"
      post_slugify: !!python/name:campaign.content.text.slugify
      post_readtime: false
      post_excerpt: optional
      archive_name: Lưu trữ theo tháng
      archive_date_format: "'Tháng' MM/yyyy"
      archive_url_date_format: yyyy/MM
      archive_url_format: "luu-tru/{{date}}"
      categories_name: Chủ đề
      categories_url_format: "chu-de/{{slug}}"
      categories_slugify: !!python/name:campaign.content.text.slugify
      pagination_per_page: 10
      pagination_url_format: "trang/{{page}}"
      authors: false
"""

_PLUGINS_LINE = re.compile(r"^plugins\s*:", re.M)


def _is_blog(name: str) -> bool:
    return name == "blog" or name.endswith("/blog")  # "material/blog" too


def blog_of(plugins: Iterable[tuple[str, Mapping[str, Any] | None]]) -> Mapping[str, Any] | None:
    """The settings of the first blog plugin in ``plugins`` (name, settings), if any."""
    for name, settings in plugins:
        if _is_blog(name):
            return settings or {}
    return None


def news_problem(blog: Mapping[str, Any] | None, line: int, posts: int) -> Problem | None:
    """What keeps ``posts`` news posts from being published (None: nothing).

    ``blog``: the blog plugin's settings (None: no blog plugin); ``line``: the
    ``plugins:`` line of ``mkdocs.yml`` (0: none).
    """
    if blog is not None and blog.get("enabled", True) is not False:
        folder = blog.get("blog_dir", "blog")
        if str(folder).strip("/") == BLOG_DIR:
            return None
        received = f"blog_dir: {folder}"
    else:
        received = "không có trình cắm blog" if blog is None else "blog tắt (enabled: false)"
    what = f"{posts} tin trong docs/{NEWS_DIR}" if posts else f"tin tức (docs/{NEWS_DIR})"
    return Problem(
        "mkdocs.yml",
        line,
        "plugins",
        f"cần trình cắm blog với blog_dir: {BLOG_DIR} để đăng {what}, nhận được {received}. "
        "Thêm vào mục plugins: của mkdocs.yml (như mkdocs.yml của chiến dịch mẫu):\n" + BLOG_PLUGIN,
    )


def plugins_line(config_text: str) -> int:
    """The line of ``plugins:`` in ``mkdocs.yml`` (0: none)."""
    match = _PLUGINS_LINE.search(config_text)
    return config_text.count("\n", 0, match.start()) + 1 if match else 0


class _Loader(yaml.SafeLoader):
    """Safe YAML that reads MkDocs' tags (``!!python/name:``, ``!ENV``) as plain values."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_Loader.add_multi_constructor("!", _any_tag)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


def read_plugins(config_text: str) -> list[tuple[str, Mapping[str, Any] | None]] | None:
    """The plugins ``mkdocs.yml`` lists, as (name, settings); None when it does not parse."""
    try:
        data = yaml.load(config_text, Loader=_Loader)  # a SafeLoader
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    listed = data.get("plugins") or []
    entries: Iterable[Any] = listed.items() if isinstance(listed, dict) else listed
    plugins: list[tuple[str, Mapping[str, Any] | None]] = []
    for entry in entries:
        if isinstance(entry, str):
            plugins.append((entry, None))
        elif isinstance(entry, tuple):  # plugins: written as a mapping
            name, settings = entry
            plugins.append((str(name), settings if isinstance(settings, dict) else None))
        elif isinstance(entry, dict):
            for name, settings in entry.items():
                plugins.append((str(name), settings if isinstance(settings, dict) else None))
    return plugins


def require_campaign(root: Path) -> str | None:
    """``root``'s ``mkdocs.yml`` text, before a command writes content into ``root``:
    a located error when there is none (not a campaign folder); None when unreadable
    (the build says what is wrong with the file itself)."""
    config = root / "mkdocs.yml"
    try:
        return config.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        message = (
            "không có tệp này: cần chạy lệnh trong thư mục chiến dịch (có mkdocs.yml và "
            "campaign.yml), hoặc chỉ thư mục đó bằng -C, ví dụ `campaign -C examples/chi-thi-06 …`"
        )
        raise ContentError([Problem(str(config), 0, "", message)]) from None
    except (OSError, UnicodeDecodeError):
        return None


def require_campaign_folder(root: Path) -> None:
    """Before a command writes anything into ``root`` (even the build lock's
    ``.cache/``): a located error unless it holds both ``mkdocs.yml`` and
    ``campaign.yml``, the two files that make a folder a campaign."""
    has = {name: (root / name).exists() for name in ("mkdocs.yml", "campaign.yml")}
    if all(has.values()):
        return
    if not any(has.values()):
        require_campaign(root)  # neither: where to run the command
    missing, present = (
        ("mkdocs.yml", "campaign.yml")
        if has["campaign.yml"]
        else (
            "campaign.yml",
            "mkdocs.yml",
        )
    )
    how = (
        "chép mkdocs.yml của một chiến dịch khác (ví dụ examples/chi-thi-06/mkdocs.yml) "
        "rồi sửa site_name và site_url"
        if missing == "mkdocs.yml"
        else "viết campaign.yml (xem examples/chi-thi-06/campaign.yml), hoặc tạo chiến dịch "
        "mới từ văn bản kế hoạch bằng `campaign init --from-plan TỆP THƯ_MỤC`"
    )
    message = (
        f"không có tệp này: thư mục có {present} nhưng thiếu {missing} nên chưa phải thư mục "
        f"chiến dịch (cần cả mkdocs.yml và campaign.yml); chưa ghi gì vào thư mục; {how}"
    )
    raise ContentError([Problem(str(root / missing), 0, "", message)])


def refuse_without_news(root: Path) -> None:
    """Before a command writes a news post into ``root``: a located error when its
    ``mkdocs.yml`` is missing or does not publish news (nothing is written then)."""
    text = require_campaign(root)
    plugins = read_plugins(text) if text is not None else None
    if text is None or plugins is None:
        return  # a mkdocs.yml that does not parse: the build reports it, located
    problem = news_problem(blog_of(plugins), plugins_line(text), 0)
    if problem is not None:
        raise ContentError([problem])


def syntax_problem(config_text: str, name: str = "mkdocs.yml") -> Problem | None:
    """``mkdocs.yml`` that is not YAML, located and said in Vietnamese (None: it parses)."""
    try:
        yaml.load(config_text, Loader=_Loader)  # a SafeLoader
    except yaml.YAMLError as exc:
        return yaml_problem(name, exc, text=config_text)
    return None


# MkDocs' reasons for refusing one setting, said in Vietnamese ({root}: the campaign folder).
_REASONS = (
    (
        re.compile(
            r"The path '(?P<path>[^']+)' isn't an existing (?:file or directory|directory|file)\.?"
        ),
        "cần tệp hoặc thư mục có trong thư mục chiến dịch, nhận được '{path}' (không có); "
        "tạo nó hoặc bỏ dòng này",
    ),
    (
        re.compile(r"Unrecognised configuration name: (?P<name>.+)"),
        "trường lạ '{name}' (MkDocs không dùng trường này): sửa tên hoặc xóa dòng",
    ),
    (
        re.compile(r'The "(?P<name>[^"]+)" plugin is not installed'),
        "trình cắm '{name}' không có (tên viết sai? các trình cắm của công cụ: search, "
        "campaign, blog)",
    ),
    (
        re.compile(r"The path set in custom_dir \('(?P<path>[^']+)'\) does not exist\.?"),
        "thư mục mẫu giao diện custom_dir '{path}' không có; tạo nó hoặc bỏ dòng này",
    ),
    (
        re.compile(r"Unrecognised theme name: '(?P<name>[^']*)'\..*", re.S),
        "giao diện '{name}' không có (tên viết sai?): trang của công cụ dùng 'name: material'",
    ),
    (
        re.compile(
            r"The URL isn't valid, it should include the http:// \(scheme\)"
            r"|Unable to parse the URL\."
        ),
        "cần địa chỉ trang đầy đủ, bắt đầu bằng https:// (ví dụ https://ten-mien.gov.vn/)",
    ),
    (
        # An option the extension does not have (Python-Markdown raises KeyError).
        re.compile(
            r"Failed to load extension '(?P<ext>[^']+)'\..*\nKeyError: '(?P<name>[^']+)'\s*", re.S
        ),
        "phần mở rộng Markdown '{ext}' không có tùy chọn '{name}' (tên viết sai?): sửa tên "
        "hoặc xóa dòng",
    ),
    (
        re.compile(
            r"Failed to load extension '(?P<ext>[^']+)'\..*\n(?:TypeError|ValueError): "
            r"(?P<why>[^\n]*)\s*",
            re.S,
        ),
        "phần mở rộng Markdown '{ext}' không nhận giá trị đã ghi cho tùy chọn của nó "
        "(MkDocs: {why})",
    ),
    (
        re.compile(r"Failed to load extension '(?P<name>[^']+)'\..*", re.S),
        "phần mở rộng Markdown '{name}' không có (tên viết sai?)",
    ),
    (
        re.compile(r"Expected one of: (?P<want>.+) but received: (?P<got>.+)"),
        "cần một trong {want}, nhận được {got}",
    ),
    (
        re.compile(r"Expected type: <class '(?P<want>\w+)'> but received: <class '(?P<got>\w+)'>"),
        "cần giá trị kiểu {want}, nhận được kiểu {got}",
    ),
)
_TYPES = {
    "bool": "true/false",
    "str": "chữ",
    "int": "số nguyên",
    "list": "danh sách",
    "dict": "nhóm trường",
}
_CONFIG_VALUE = re.compile(r"^Config value '(?P<key>[^']+)': (?P<reason>.*)$", re.S)
_PLUGIN_OPTION = re.compile(
    r"^Plugin '(?P<plugin>[^']+)' option '(?P<option>[^']+)': (?P<reason>.*)$", re.S
)


def config_value_problem(message: str, config_text: str, root: Path) -> Problem | None:
    """MkDocs' ``Config value 'key': reason`` as ``mkdocs.yml:line: key: …`` (None: another
    message). Reasons it says often are in Vietnamese; any other is kept as written."""
    match = _CONFIG_VALUE.match(message.strip())
    if match is None:
        return None
    key, reason = match["key"], match["reason"].strip()
    line = _key_line(config_text, key)
    if option := _PLUGIN_OPTION.match(reason):
        key = f"{key}: {option['plugin']}: {option['option']}"
        line = _key_line(config_text, option["option"], after=line) or line
        reason = option["reason"].strip()
    for pattern, words in _REASONS:
        if found := pattern.fullmatch(reason):
            values = {k: _TYPES.get(v, v) for k, v in found.groupdict().items()}
            if "path" in values:
                path = Path(values["path"])
                values["path"] = (
                    path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
                )
            reason = words.format(**values)
            # The line of the value named (a theme, a folder, an extension) below the key.
            named = values.get("name") or values.get("path") or values.get("ext")
            if named and line:
                lines = config_text.split("\n")
                line = next((n for n in range(line, len(lines) + 1) if named in lines[n - 1]), line)
            break
    else:  # MkDocs' own words, said to be theirs
        reason = f"MkDocs báo (nguyên văn tiếng Anh): {reason}"
    return Problem("mkdocs.yml", line, key, reason)


def _key_line(config_text: str, key: str, after: int = 0) -> int:
    """The line of ``key:`` (top level, or the first below line ``after``); 0: not found."""
    indent = r"[ \t]*(?:- )?" if after else ""
    pattern = re.compile(rf"^{indent}{re.escape(key)}[ \t]*:", re.M)
    lines = config_text.split("\n")
    for number, text in enumerate(lines[after:], start=after + 1):
        if pattern.match(text):
            return number
    return 0


_NAV_REFERENCE = re.compile(
    r"A reference to '(?P<page>[^']+)' is included in the 'nav' configuration, "
    r"which is not found in the documentation files\.?"
)


def nav_reference_problem(message: str, config_text: str) -> Problem | None:
    """MkDocs' "a reference to 'x.md' … not found" as ``mkdocs.yml:line: nav: …``."""
    match = _NAV_REFERENCE.fullmatch(message.strip())
    if match is None:
        return None
    page = match["page"]
    # Its own entry, not a line that merely contains the name ('gioi-thieu.md' for
    # 'thieu.md'); a comment may follow it ("- thieu.md  # viết sau"), or the next
    # entry of a nav written on one line ("nav: [index.md, thieu.md]").
    entry = re.compile(rf"(?:^|[\s:'\"\[,]){re.escape(page)}['\"]?\s*(?:[,\]].*|#.*)?$")
    lines = config_text.split("\n")
    line = next((n for n, text in enumerate(lines, start=1) if entry.search(text)), 0)
    return Problem(
        "mkdocs.yml",
        line,
        "nav",
        f"cần một trang có trong docs/, nhận được '{page}' (không có tệp docs/{page}); "
        "sửa tên tệp hoặc bỏ dòng này",
    )
