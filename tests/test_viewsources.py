"""The blog's listing sources kept in memory (``blog.ViewSources``): read as from disk."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from material.plugins.blog import plugin as blog_module
from material.plugins.blog.plugin import BlogPlugin

from campaign.adapter import blog, compat

# A BOM, Windows and old Mac line ends: MkDocs reads them away (utf-8-sig, universal newlines).
SOURCE = "\ufeff# Tin tức\r\n\r\nxin chào\rcuối\n"
TOPIC = "# Chủ đề\r\nhai"


def _listings(plugin: BlogPlugin, config: Any, source: Path) -> list[Any]:
    """What the blog does for a topic, a later page of the news and of the topic."""
    topic = plugin._path_to_file("tin-tuc/chu-de/a/index.md", config)
    plugin._save_to_file(topic.abs_src_path, TOPIC)
    later = plugin._path_to_file("tin-tuc/trang/2/index.md", config)
    blog_module.copy_file(str(source), later.abs_src_path)
    again = plugin._path_to_file("tin-tuc/chu-de/a/trang/2/index.md", config)
    blog_module.copy_file(topic.abs_src_path, again.abs_src_path)
    return [topic, later, again]


def test_listing_sources_read_as_the_stock_blog_writes_them(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    source = docs / "tin-tuc" / "index.md"
    source.parent.mkdir(parents=True)
    source.write_text(SOURCE, encoding="utf-8", newline="")
    stock, ours = BlogPlugin(), BlogPlugin()
    try:
        texts = []
        for plugin, fast in ((stock, False), (ours, True)):
            config: Any = SimpleNamespace(
                plugins={"material/blog": plugin},
                docs_dir=str(docs),
                site_dir=str(tmp_path / "site"),
                use_directory_urls=True,
            )
            with compat.patched():
                if fast:
                    blog.keep_view_sources(config)
                files = _listings(plugin, config, source)
            texts.append([file.content_string for file in files])
            assert [f.generated_by for f in files] == ["material/blog"] * 3
        topic = TOPIC.replace("\r\n", "\n")
        assert texts[1] == texts[0] == [topic, "# Tin tức\n\nxin chào\ncuối\n", topic]
        # The stock blog wrote three files; kept in memory, its folder stays empty.
        assert len([p for p in Path(stock.temp_dir).rglob("*") if p.is_file()]) == 3
        assert not any(Path(ours.temp_dir).iterdir())
        # Undone with the build: the blog writes its files again.
        assert "_save_to_file" not in vars(ours) and "_path_to_file" not in vars(ours)
    finally:
        shutil.rmtree(stock.temp_dir, ignore_errors=True)
        shutil.rmtree(ours.temp_dir, ignore_errors=True)
