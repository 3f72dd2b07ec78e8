"""The MkDocs plugin ``campaign``: wires MkDocs events to the engine, nothing more."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from ..errors import ContentError
from ..fonts import font_css, web_fonts
from ..pages import generate_pages
from ..project import Project, load_project
from ..text import slugify

ASSETS = Path(__file__).resolve().parent.parent / "assets"
ASSET_URL = "assets/campaign/"


class CampaignPluginConfig(Config):
    campaign_file = c.Type(str, default="campaign.yml")
    build_date = c.Optional(c.Type(str))


class CampaignPlugin(BasePlugin[CampaignPluginConfig]):
    project: Project

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).resolve().parent
        docs = Path(config.docs_dir).resolve()
        try:
            self.project = load_project(
                root,
                self.config.campaign_file,
                docs_dir=str(docs.relative_to(root)) if docs.is_relative_to(root) else str(docs),
                today=self.config.build_date,
            )
        except ContentError as exc:
            raise PluginError("Nội dung chưa hợp lệ:\n" + str(exc)) from None
        self.pages = generate_pages(self.project.campaign, self.project.today)
        self.fonts = web_fonts(self.project.cache_dir / "fonts")

        # ASCII anchors: "Đà Nẵng" → "da-nang" (the default toc slugify drops "đ").
        if "toc" not in config.markdown_extensions:
            config.markdown_extensions.append("toc")
        config.mdx_configs.setdefault("toc", {})["slugify"] = slugify
        config.theme.dirs.insert(0, str(ASSETS / "templates"))
        config.extra_css.insert(0, ASSET_URL + "campaign.css")
        config.extra["campaign_fonts"] = [ASSET_URL + "fonts/" + f.filename for f in self.fonts]
        if not config.site_url:
            config.site_url = self.project.campaign.site.url
        if config.nav is None:
            config.nav = self._nav(docs)
        return config

    def _nav(self, docs: Path) -> list[Any]:
        nav: list[Any] = [
            {page.nav_title: page.path} for page in self.pages if "/" not in page.path
        ]
        events = [{p.nav_title: p.path} for p in self.pages if p.path.startswith("su-kien/")]
        if events:
            nav.append({"Sự kiện": events} if len(events) > 1 else events[0])
        generated = {p.path for p in self.pages}
        for path in sorted(docs.glob("*.md")):
            if path.name not in generated:
                nav.append(path.name)
        return nav

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for page in self.pages:
            if files.get_file_from_path(page.path) is None:
                files.append(File.generated(config, page.path, content=page.markdown))
        css = (ASSETS / "campaign.css").read_text(encoding="utf-8")
        css = font_css(self.fonts, "fonts/") + "\n" + css
        files.append(File.generated(config, ASSET_URL + "campaign.css", content=css))
        for font in self.fonts:
            files.append(
                File.generated(config, ASSET_URL + "fonts/" + font.filename, content=font.data)
            )
        return files
