"""Small scratch campaigns for tests that build: no slogans, no photos, a second a build."""

from __future__ import annotations

import shutil
from pathlib import Path

from campaign.content.schemas import NEWS_DIR

from .conftest import MINIMAL, ROOT

POST = "---\ntitle: {title}\ndate: {date}\nsummary: Tóm tắt.\n{extra}---\n\nNội dung.\n"


def scratch(root: Path) -> Path:
    """A small campaign (no slogans, no photos): a build takes about a second."""
    (root / "anh").mkdir(parents=True)
    (root / "docs" / NEWS_DIR).mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "campaign.yml").write_text(MINIMAL, encoding="utf-8")
    (root / "docs" / "tin-tuc" / "index.md").write_text("# Tin tức\n", encoding="utf-8")
    return root


def post(root: Path, name: str, title: str, date: str = "2025-02-10", extra: str = "") -> Path:
    path = root / "docs" / NEWS_DIR / f"{name}.md"
    path.write_text(POST.format(title=title, date=date, extra=extra), encoding="utf-8")
    return path
