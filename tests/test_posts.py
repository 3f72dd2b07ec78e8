"""Material's post objects made from an earlier build's reading (``adapter/posts.py``)
are the stock ones, attribute for attribute; what may not be kept is read again."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from material.plugins.blog.plugin import BlogPlugin
from material.plugins.blog.structure.options import DateDict
from mkdocs.commands.build import get_files
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from campaign.adapter import compat
from campaign.adapter.blog import blog_plugins
from campaign.adapter.posts import PostCache
from tests.scratch import post, scratch

NAME = "tin-tuc/posts/tin-1.md"


@pytest.fixture
def site(tmp_path: Path) -> tuple[Path, MkDocsConfig, BlogPlugin]:
    root = scratch(tmp_path / "chien-dich")
    path = post(
        root,
        "tin-1",
        '"Tin: số 1 «Đà Nẵng»"',
        date="2025-02-10 08:30:00",
        extra="categories: [Tiêm chủng, Hiến máu, Tiêm chủng]\nslug: tin-mot\npin: true\n",
    )
    path.write_text(path.read_text(encoding="utf-8") + "\nĐoạn hai.\n", encoding="utf-8")
    post(root, "tin-2", "Tin số 2", date="2025-02-11")
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    [blog] = blog_plugins(config)
    blog.on_startup(command="build", dirty=False)
    blog.on_config(config)
    return root, config, blog


def _post(config: MkDocsConfig, blog: BlogPlugin, name: str = NAME) -> Any:
    files = get_files(config)  # new File objects: the blog changes a post's file
    return blog._resolve_post(files.get_file_from_path(name), config)


def _state(post: Any) -> dict[str, Any]:
    state = {k: v for k, v in vars(post).items() if k not in ("file", "config")}
    file = post.file
    state["file"] = (file.src_uri, file.dest_uri, file.abs_dest_path, file.url, file.page is post)
    state["config"] = [(k, type(v), v) for k, v in post.config.items()]
    state["config_file"] = post.config.config_file_path
    state["title"] = post.title
    return state


def _cached(tmp_path: Path, config: MkDocsConfig, blog: BlogPlugin, name: str = NAME) -> Any:
    """The post read through a cache loaded from ``tmp_path`` (a new build's), and the cache."""
    cache = PostCache(tmp_path / "post-objects.pickle")
    with compat.patched():
        cache.install(config)
        made = _post(config, blog, name)
    cache.finish()
    return made, cache


def test_a_kept_post_is_the_stock_post(
    site: tuple[Path, MkDocsConfig, BlogPlugin], tmp_path: Path
) -> None:
    _, config, blog = site
    stock = _post(config, blog)
    first, cache = _cached(tmp_path, config, blog)
    assert (cache.hits, cache.misses) == (0, 1)
    again, cache = _cached(tmp_path, config, blog)
    assert (cache.hits, cache.misses) == (1, 0)
    assert _state(first) == _state(stock)
    assert _state(again) == _state(stock)
    assert isinstance(again.config.date, DateDict)
    assert again.config.date.created == stock.config.date.created
    assert again.config.categories == ["Tiêm chủng", "Hiến máu"]  # made unique, as validated
    assert "blog._resolve_post" not in str(vars(blog))  # the patch is undone after the build
    assert "_resolve_post" not in vars(blog)


def test_an_edited_post_or_other_settings_are_read_again(
    site: tuple[Path, MkDocsConfig, BlogPlugin], tmp_path: Path
) -> None:
    root, config, blog = site
    _cached(tmp_path, config, blog)
    path = root / "docs" / NAME
    path.write_text(path.read_text(encoding="utf-8").replace("Đoạn hai", "Đoạn ba"), "utf-8")
    edited, cache = _cached(tmp_path, config, blog)
    assert cache.misses == 1 and "Đoạn ba" in edited.markdown
    blog.config.post_url_format = "{slug}"
    moved, cache = _cached(tmp_path, config, blog)
    assert cache.misses == 1 and moved.file.url == "tin-tuc/tin-mot/"
    assert _state(moved) == _state(_post(config, blog))


def test_what_may_not_be_kept_is_read_every_time(
    site: tuple[Path, MkDocsConfig, BlogPlugin], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root, config, blog = site
    # Links (navigation objects) are made again by the blog for every build.
    post(root, "tin-3", "Tin số 3", extra="links:\n  - tin-tuc/index.md\n")
    for _ in range(2):
        _, cache = _cached(tmp_path, config, blog, "tin-tuc/posts/tin-3.md")
        assert cache.misses == 1
    # A slug function whose captured settings cannot be seen: the blog reads as shipped.
    captured = "-"
    blog.config.post_slugify = lambda text, sep: text.replace(" ", captured)
    for _ in range(2):
        _, cache = _cached(tmp_path, config, blog)
        assert (cache.hits, cache.misses) == (0, 0)


def test_a_post_that_logs_is_not_kept(
    site: tuple[Path, MkDocsConfig, BlogPlugin],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, config, blog = site
    resolve = BlogPlugin._resolve_post

    def noisy(self: BlogPlugin, file: Any, config: MkDocsConfig) -> Any:
        logging.getLogger("mkdocs.material.blog").warning("a warning of the validation")
        return resolve(self, file, config)

    monkeypatch.setattr(BlogPlugin, "_resolve_post", noisy)
    for _ in range(2):
        _, cache = _cached(tmp_path, config, blog)
        assert cache.misses == 1


def test_the_state_compared_is_the_whole_post(
    site: tuple[Path, MkDocsConfig, BlogPlugin],
) -> None:
    _, config, blog = site
    state = _state(_post(config, blog))
    for name in ("markdown", "meta", "canonical_url", "abs_url", "edit_url", "excerpt"):
        assert name in state, sorted(state)
    assert state["meta"]["template"] == "blog-post.html" and "navigation" in state["meta"]["hide"]


def test_dates_are_formatted_once_and_as_babel_formats_them(
    site: tuple[Path, MkDocsConfig, BlogPlugin], monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from campaign.adapter.blog import remember_dates

    _, config, blog = site
    utc = dt.datetime(2025, 2, 10, 23, 30, tzinfo=dt.UTC)
    hanoi = utc.astimezone(dt.timezone(dt.timedelta(hours=7)))  # the same instant, next day
    dates = [utc, hanoi, dt.datetime(2025, 2, 10, 23, 30), utc, hanoi]
    formats = ["dd/MM/yyyy", "'Tháng' MM/yyyy", "yyyy/MM", "full"]
    stock = [blog._format_date(d, f, config) for d in dates for f in formats]
    calls = []
    original = BlogPlugin._format_date

    def counted(self: BlogPlugin, date: Any, format: str, config: MkDocsConfig) -> str:
        calls.append((date, format))
        return original(self, date, format, config)  # type: ignore[no-any-return]

    monkeypatch.setattr(BlogPlugin, "_format_date", counted)
    with compat.patched():
        remember_dates(config)
        remembered = [blog._format_date(d, f, config) for d in dates for f in formats]
    assert remembered == stock
    assert stock[0] != stock[4]  # 10/02 in UTC, 11/02 in Hà Nội: not mixed up
    assert len(calls) == 3 * len(formats)  # each distinct date and format once
    assert "_format_date" not in vars(blog)
