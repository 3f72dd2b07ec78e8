"""The cache of parsed front matter: the same data and lines as a fresh parse, plain data only."""

from __future__ import annotations

import datetime as dt
import os
import pickle
from pathlib import Path

import pytest

from campaign.content import yamlcache
from campaign.content.errors import ContentError
from campaign.content.frontmatter import check_docs
from campaign.content.yamlsource import load_yaml

TEXT = "title: Tin số 1\ndate: 2025-02-10\ncategories: [Tiêm chủng, Hiến máu]\n"


def test_a_second_run_reads_what_the_first_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "frontmatter.pickle"
    first = yamlcache.ParsedCache(path)
    parsed = first.load(TEXT, "docs/a.md", 1)
    first.save()
    assert path.is_file()
    fresh = load_yaml(TEXT, "docs/a.md", 1)
    assert parsed.data == fresh.data and parsed.lines == fresh.lines

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(yamlcache, "load_yaml", refuse)
    again = yamlcache.ParsedCache(path).load(TEXT, "docs/a.md", 1)
    assert again.data == fresh.data
    assert again.data["date"] == dt.date(2025, 2, 10)
    assert again.lines == fresh.lines and again.line(("categories", 1)) == 4
    assert again.file == "docs/a.md" and again.first_line == 2
    # Another file, or the same text starting on another line: parsed (not found).
    with pytest.raises(AssertionError):
        yamlcache.ParsedCache(path).load(TEXT, "docs/b.md", 1)
    with pytest.raises(AssertionError):
        yamlcache.ParsedCache(path).load(TEXT, "docs/a.md", 3)


def test_problems_are_never_kept(tmp_path: Path) -> None:
    path = tmp_path / "frontmatter.pickle"
    for _ in range(2):
        cache = yamlcache.ParsedCache(path)
        with pytest.raises(ContentError) as caught:
            cache.load("title: [a\n", "docs/a.md", 1)
        assert caught.value.problems[0].file == "docs/a.md"
        cache.save()
    assert not path.exists()


class _Evil:
    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (os.getcwd, ())


def test_a_foreign_or_corrupt_file_is_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "frontmatter.pickle"
    entries: dict[str, object] = {"x": (_Evil(), {})}
    path.write_bytes(pickle.dumps({"version": yamlcache.VERSION, "entries": entries}))
    with pytest.raises(pickle.UnpicklingError):
        yamlcache.plain_loads(path.read_bytes())
    cache = yamlcache.ParsedCache(path)
    assert cache.store.known == {}
    assert cache.load(TEXT, "docs/a.md", 1).data["title"] == "Tin số 1"
    cache.save()
    path.write_bytes(path.read_bytes()[:20])  # cut short
    assert yamlcache.ParsedCache(path).store.known == {}


def test_check_docs_gives_the_same_documents_from_the_cache(tmp_path: Path) -> None:
    docs = tmp_path / "docs" / "tin-tuc" / "posts"
    docs.mkdir(parents=True)
    (docs / "tin-a.md").write_text(
        "---\ntitle: Tin A\ndate: 2025-02-10\nsummary: Tóm tắt.\n---\n\nNội dung.\n",
        encoding="utf-8",
    )
    (docs / "tin-b.md").write_text("---\ntitle: Tin B\ndate: sai\n---\n\nX\n", encoding="utf-8")
    cache = tmp_path / "cache" / "frontmatter.pickle"
    first = check_docs(tmp_path / "docs", tmp_path, cache)
    second = check_docs(tmp_path / "docs", tmp_path, cache)
    assert cache.is_file()
    assert [(d.src_uri, d.meta, d.body, d.source.lines) for d in first[0]] == [
        (d.src_uri, d.meta, d.body, d.source.lines) for d in second[0]
    ]
    assert first[1] == second[1] and second[1]  # tin-b's date, reported both times


def test_posts_front_matter_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml
    from material.plugins.blog import structure

    from campaign.adapter import blog, compat

    path = tmp_path / "posts.pickle"
    text = "title: Tin\ndate: 2025-02-10\nhide: [toc]\n"
    first = blog.cache_post_meta(path)
    try:
        assert structure.yaml is first  # the blog's posts read through it
        value = first.load(text, yaml.SafeLoader)
    finally:
        first.finish()
    assert structure.yaml is yaml  # type: ignore[comparison-overlap]  # given back
    assert value == yaml.load(text, yaml.SafeLoader) and path.is_file()

    def refuse(*_: object) -> None:
        raise AssertionError("parsed again")

    again = blog.PostMeta(path)
    monkeypatch.setattr(yaml, "load", refuse)
    one, two = again.load(text, yaml.SafeLoader), again.load(text, yaml.SafeLoader)
    assert one == value and one["date"] == dt.date(2025, 2, 10)
    one["hide"].append("navigation")  # the blog changes a post's meta in place
    assert two["hide"] == ["toc"]  # each post its own copy
    with pytest.raises(AssertionError):  # another loader: parsed
        again.load(text, yaml.FullLoader)
    compat.undo()
