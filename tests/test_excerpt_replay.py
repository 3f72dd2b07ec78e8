"""The second made-up listing's excerpt is the first conversion's tree replayed from where it
starts to depend on the listing (``blog._Fork``): it must be what a full conversion writes, for
Markdown that uses the stash (raw HTML, Markdown in HTML), headings and links. No site is built."""

from __future__ import annotations

from typing import Any

from markdown import Markdown  # type: ignore[import-untyped]
from markdown.treeprocessors import Treeprocessor  # type: ignore[import-untyped]

from campaign.adapter.blog import _Fork

SOURCE = """\
# Tin có liên kết

Đoạn mở đầu dẫn tới [trang giới thiệu](gioi-thieu/) và ![ảnh](anh/a.jpg){: .cp-cover }.

<div class="hop" markdown>
Chữ **đậm** trong khối HTML, [liên kết](ke-hoach/).
</div>

<aside>HTML thô: <b>giữ nguyên</b> &amp; không đổi.</aside>

| cột | giá trị |
|---|---|
| một | [hai](lo-trinh/) |

!!! note "Ghi chú"
    Nội dung ghi chú, 27/02/2025.
"""

EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "tables"]


class _Relative(Treeprocessor):  # type: ignore[misc]
    """Like the blog's processors: every link and image written relative to ``base``."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.base = ""

    def run(self, root: Any) -> None:
        for element in root.iter():
            key = {"a": "href", "img": "src"}.get(element.tag)
            if key and element.get(key):
                element.set(key, self.base + element.get(key))


def _parser() -> tuple[Markdown, _Relative]:
    md = Markdown(extensions=EXTENSIONS)
    relative = _Relative(md)
    md.treeprocessors.register(relative, "relpath", 1)
    return md, relative


def test_a_replayed_conversion_is_a_full_conversion_for_another_listing() -> None:
    md, relative = _parser()
    fork = _Fork()
    md.treeprocessors.register(fork, _Fork.NAME, _Fork.PRIORITY)
    relative.base = "../"
    with fork.replaying(md, again=False):
        md.reset()
        first = md.convert(SOURCE)
    relative.base = "../../../"
    with fork.replaying(md, again=True):
        md.reset()  # kept from clearing the stash while replaying
        replayed = md.convert("not parsed: the recorded tree is used")
    assert "convert" not in vars(md) and "reset" not in vars(md)  # given back

    fresh, fresh_relative = _parser()
    fresh_relative.base = "../../../"
    expected = fresh.convert(SOURCE)
    assert replayed == expected
    assert replayed != first and first.replace('"../', '"../../../') == expected
    assert "<aside>HTML thô: <b>giữ nguyên</b> &amp; không đổi.</aside>" in replayed
    assert '<a href="../../../ke-hoach/">liên kết</a>' in replayed  # Markdown in HTML


def test_a_blank_excerpt_replays_as_blank() -> None:
    md, _ = _parser()
    fork = _Fork()
    md.treeprocessors.register(fork, _Fork.NAME, _Fork.PRIORITY)
    with fork.replaying(md, again=False):
        assert md.convert("  \n") == ""
    with fork.replaying(md, again=True):
        assert md.convert("  \n") == ""
