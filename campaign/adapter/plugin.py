"""The MkDocs plugin ``campaign``: wires MkDocs events to the engine, nothing more."""

from __future__ import annotations

import gc
import logging
import posixpath
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache
from jinja2 import __version__ as jinja_version
from mkdocs import utils as mkdocs_utils
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from ..broadcast import memo
from ..content import siteconfig
from ..content.cleanup import clean
from ..content.dates import short_date
from ..content.errors import ContentError
from ..content.frontmatter import Document, heading_title
from ..content.schemas import NEWS_DIR, PROFILES_DIR, NewsMeta, ProfileMeta
from ..content.text import slugify
from ..content.urls import REGISTER
from ..media.downloads import plan_downloads
from ..media.fonts import font_css, web_fonts
from ..media.icons import site_icons
from ..media.kit import KitResult, build_kit, emblem_for
from ..media.ogcard import (
    card_cached,
    card_path,
    card_thumb,
    card_thumb_path,
    page_card,
    title_notes,
)
from ..pages import (
    GeneratedPage,
    broadcast,
    generate_pages,
    mediakit,
    news,
    news_items,
    profiles,
)
from ..pages.masthead import masthead
from ..pages.navtree import folder_sections, folder_title
from ..parallel.tasks import JobsError, jobs
from ..parallel.warm import warm_in_parallel
from ..photos.photoset import PhotoSet
from ..project import Project, build_date, load_project
from ..publish import buildstamp, outdir
from ..publish.calendar import ICS_PATH, campaign_calendar
from ..publish.feed import FeedEntry, atom_feed, newest
from ..publish.fsutil import link_or_copy
from ..publish.manifest import MANIFEST, write_manifest
from ..publish.sanitize import clean_html, removed_kinds
from . import (
    addresses,
    blog,
    buildrecord,
    compat,
    escape,
    fastmarkdown,
    fastsearch,
    incremental,
    known,
    navcache,
    pageparser,
    posts,
    published,
    rendering,
)
from .log import log
from .parallel import readahead, shard
from .publish import CachedFile

# The editor's proof list of the bulletins: outside MkDocs' strict count.
notes_log = logging.getLogger("campaign.broadcast")
# A page's ``template:`` the theme lacks (a check says it, a build fails on it).
TEMPLATE_MISSING = (
    "template: không có mẫu trang '{template}' (mẫu của công cụ: about.html cho trang "
    "giới thiệu); sửa tên hoặc xóa dòng template:"
)
# Notes on how the navigation names a folder of docs/: outside MkDocs' strict count.
names_log = logging.getLogger("campaign.nav")

ASSETS = Path(__file__).resolve().parent.parent / "assets"
ASSET_URL = "assets/campaign/"
# The label above the title on each section's share card.
SECTIONS = (
    ("tin-tuc/", "Tin tức"),
    ("guong-dien-hinh/", "Gương điển hình"),
    ("ke-hoach", "Kế hoạch"),
    ("truyen-thanh/", "Truyền thanh"),
    ("su-kien/", "Sự kiện"),
    ("lo-trinh", "Lộ trình"),
    ("phan-cong", "Phân công nhiệm vụ"),
    ("khau-hieu", "Khẩu hiệu"),
)

# Events run while pages are read: plugins listening to them must be known to
# read pages ahead in a second process (see ``readahead``).
READ_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content")

# The register of published addresses as parsed (see ``load_register``).
REGISTER_CACHE = "dia-chi.pickle"

# At the site root: Material fetches "sitemap.xml" beside every rel=alternate link.
FEED = "feed.xml"


class CampaignPluginConfig(Config):
    campaign_file = c.Type(str, default="campaign.yml")
    build_date = c.Optional(c.Type(str))


@known.own_plugin  # the speed-ups below know its page events (see ``known``)
class CampaignPlugin(BasePlugin[CampaignPluginConfig]):
    project: Project
    photos: PhotoSet

    # Set by ``build_site`` when the command line has already loaded and checked
    # the project (and rendered the kit): loading 2,000 posts twice costs seconds.
    preloaded: tuple[Project, KitResult | None] | None = None
    # Set by ``build_site``: pages may be written by several processes (see ``shard``).
    parallel: bool = False
    halves: shard.Shard | None = None
    reader: readahead.ReadAhead | None = None
    # The register of published addresses as this build leaves it (see ``record_urls``).
    register: tuple[Path, str | None] | None = None
    # Set by ``build_site`` for ``campaign check``: pages are read and their links and
    # anchors validated, then the build stops before anything is rendered or written.
    checking: bool = False
    # Whether this build's speed-ups may reach into MkDocs and Material (see ``compat``).
    fast: bool = False
    # Set by ``build_site``: pages whose inputs did not change come from the page cache
    # (see ``incremental``); the folder the site is published in is no input.
    page_cache: bool = False
    page_cache_read: bool = True  # False: every page made again (``build --force``)
    published_dir: Path | None = None
    pages_cached: incremental.Incremental | None = None
    # Set by ``build_site``: the site folder is a spare one holding an earlier site
    # (see ``outdir.take_spare``), cleared here of all but the pages that may stay.
    reused: bool = False
    nav_written: bool = False  # mkdocs.yml has a nav: of its own (see ``on_config``)
    # Set by ``build_site``: what the build reads as it starts (see ``direct``).
    inputs: buildstamp.Inputs | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.fast = compat.speedups_enabled()
        root = Path(config.config_file_path).resolve().parent
        docs = Path(config.docs_dir).resolve()
        docs_dir = str(docs.relative_to(root)) if docs.is_relative_to(root) else str(docs)
        preloaded, self.preloaded = self.preloaded, None
        try:
            jobs()  # plain `mkdocs build` too: a wrong CAMPAIGN_JOBS is named before any work
        except JobsError as exc:
            raise PluginError(str(exc)) from None
        _news_published(config)
        _blog_index_present(config, root)
        try:
            if preloaded is not None and _same_project(
                preloaded[0], root, self.config.campaign_file, docs_dir, self.config.build_date
            ):
                self.project = preloaded[0]
            else:
                preloaded = None
                self.project = load_project(
                    root, self.config.campaign_file, docs_dir=docs_dir, today=self.config.build_date
                )
        except ContentError as exc:
            raise PluginError("Nội dung chưa hợp lệ:\n" + str(exc)) from None
        if links := published.folder_links(docs, root, docs_dir):
            raise PluginError("Nội dung chưa hợp lệ:\n" + "\n".join(links))
        self.photos = self.project.photos or PhotoSet()
        self.pages = generate_pages(
            self.project.campaign, self.project.today, news_items(self.project.news)
        )
        if preloaded is None or preloaded[1] is None:
            # `campaign build` and `check` said these before the build (and pass their
            # kit); a preview says them here, on each full build, as build does.
            for note in title_notes(self.project.documents):
                # Info, not warning: a strict build must not fail for what a card leaves out.
                log.info(f"Lưu ý: {note}")
        self._broadcast()
        self._kit(preloaded[1] if preloaded else None)
        self.documents = {d.src_uri: d for d in self.project.documents}
        self.profile_order: tuple[list[Any], list[Any]] | None = None
        self.emblem = emblem_for(self.project.campaign, self.project.root)
        # A check renders no page: the fonts its pages would carry are not subset.
        self.fonts = [] if self.checking else web_fonts(self.project.cache_dir / "fonts")
        self.feed: dict[str, FeedEntry] = {}  # by URL: a page built again replaces its entry
        self.cards: set[str] = set()
        self.card_files: dict[str, Path] = {}  # each page's card in the cache, by src_uri
        self.written: dict[str, Any] = {}  # what each generated file was last written from

        # ASCII anchors: "Đà Nẵng" → "da-nang" (the default toc slugify drops "đ").
        if "toc" not in config.markdown_extensions:
            config.markdown_extensions.append("toc")
        config.mdx_configs.setdefault("toc", {})["slugify"] = slugify
        # Column alignment as align=, not style= (which the site's CSP and the sanitizer refuse).
        if "tables" in config.markdown_extensions:
            config.mdx_configs.setdefault("tables", {})["use_align_attribute"] = True
        config.theme.dirs.insert(0, str(ASSETS / "templates"))
        config.extra_css.insert(0, ASSET_URL + "campaign.css")
        config.extra_javascript.append(ASSET_URL + "campaign.js")
        config.extra["campaign_fonts"] = [ASSET_URL + "fonts/" + f.filename for f in self.fonts]
        # The header band and footer (plain text: the templates escape it), the icons.
        config.extra["campaign_masthead"] = masthead(self.project.campaign).as_dict()
        config.theme["favicon"] = ASSET_URL + "favicon.png"
        # A folder's index.md is its section's own page: the menu names the section
        # once, as a link to it, not the section and then the same title as a page.
        features = list(config.theme["features"] if "features" in config.theme else [])
        if "navigation.indexes" not in features:
            config.theme["features"] = [*features, "navigation.indexes"]
        if self.project.news:
            config.extra["campaign_feed"] = FEED
        if not config.site_url:
            config.site_url = self.project.campaign.site.url
        escape.escape_config(config)  # Material prints the site's name and copyright raw
        # A nav: written in mkdocs.yml lists what its author wants; else the engine's.
        self.nav_written = config.nav is not None
        if config.nav is None:
            config.nav = self._nav(docs)
        self.post_meta: blog.PostMeta | None = None
        self.post_cache: posts.PostCache | None = None
        if self.fast:  # global patches: undone when the build ends (see ``compat``)
            blog.use_libyaml()
            blog.remember_dates(config)
            blog.link_view_copies()
            blog.keep_view_sources(config)  # the listings' sources in memory, not on disk
            blog.share_excerpt_parser()
            pageparser.share_page_parser(config.markdown_extensions)
            pageparser.skip_plain_raw_html()  # MkDocs' anchor scan, only where it can find one
            fastmarkdown.install()  # inline patterns a text cannot match are not tried
            fastsearch.install()  # the search index's sections, cut faster
            self.post_meta = blog.cache_post_meta(self.project.cache_dir / "posts.pickle")
            self.post_cache = posts.PostCache(self.project.cache_dir / "post-objects.pickle")
            self.post_cache.install(config)
        if self.reused:  # not emptied by MkDocs: ``on_nav`` clears what may not stay
            keep_site_dir(config.site_dir)
        if self.fast:
            _freeze()  # the project and its pages' sources live until the build ends
        # The inputs as this build starts, recorded at its end for the direct path.
        inputs, self.inputs = self.inputs, None
        if self.page_cache and self.fast and not self.checking and self.published_dir:
            if inputs is None or inputs.docs != str(docs):
                inputs = buildstamp.split_inputs(root, self.published_dir, self.project.today, docs)
            self.inputs = inputs
        return config

    def _broadcast(self) -> None:
        """Bulletins, their schedule and exports (kept in the cache between builds:
        composed again only when something they are made from changed, see ``memo``)."""
        project = self.project
        self.exports_dir = project.cache_dir / "truyen-thanh"
        key = memo.inputs_key(
            project.campaign,
            project.news,
            project.profiles,
            today=project.today,
            source=project.source,
            out_dir=self.exports_dir,
        )
        self.memo_key = key
        # A check writes nothing: the files it lists are those a build would write.
        made = None if self.checking else memo.recall(self.exports_dir, key)
        if made is not None:
            self._editor_notes(made.notes)
        else:
            made = self._compose_broadcast(key)
        self.exports = made.exports
        self.pages.append(GeneratedPage(broadcast.PATH, "Truyền thanh", made.page))

    def _compose_broadcast(self, key: str) -> memo.Made:
        # The reader, its dictionary and python-docx: loaded only when composing.
        from ..broadcast.bulletin import editor_notes, project_bulletins
        from ..broadcast.export import export_all
        from ..broadcast.schedule import build_schedule

        project = self.project
        bulletins = project_bulletins(project)
        notes = editor_notes(bulletins)
        self._editor_notes(notes)
        schedule = build_schedule(bulletins, project.campaign)
        notices: list[str] = []

        def notify(message: str) -> None:
            notices.append(message)
            log.warning(message)

        exports = export_all(
            bulletins,
            project.campaign,
            self.exports_dir,
            audio=project.campaign.broadcast.audio,
            schedule=schedule,
            notify=notify,
            check=self.checking,  # nothing written, no audio made
        )
        markdown = broadcast.render(project.campaign, bulletins, schedule, exports, project.today)
        made = memo.Made(exports, notes, markdown)
        # A notice (no speech engine, a recording that failed) is said again, and the
        # recording tried again, on the next build: nothing is kept.
        if not self.checking and not notices:
            memo.remember(self.exports_dir, key, made)
        return made

    @staticmethod
    def _editor_notes(notes: list[str]) -> None:
        for note in notes:
            # For the editor, never on the public page; outside MkDocs' logger so
            # a strict build does not fail over a word the editor can respell.
            notes_log.warning(f"Lưu ý: {note}")

    def _kit(self, rendered: KitResult | None = None) -> None:
        """Every slogan in every format (cached renders), and its page."""
        project = self.project
        try:
            self.kit = rendered or build_kit(
                project.campaign,
                project.cache_dir / "kit",
                source=project.source,
                root=project.root,
            )
        except ContentError as exc:
            raise PluginError("Bộ ấn phẩm chưa dựng được:\n" + str(exc)) from None
        if rendered is None:  # the command line has shown them already
            for warning in self.kit.warnings:
                # Info, not warning: a strict build must not fail for what the kit left out.
                log.info(f"Lưu ý: {warning}")
        # Thumbnails, sizes and zip buttons, from the kit's own listing.
        self.downloads = plan_downloads(self.kit, project.cache_dir / "kit", make=not self.checking)
        if self.kit.files or self.kit.withheld:
            markdown = mediakit.render(
                project.campaign, self.kit.files, self.kit.withheld, self.downloads
            )
            self.pages.append(GeneratedPage(mediakit.PATH, "Bộ ấn phẩm", markdown))

    def _nav(self, docs: Path) -> list[Any]:
        nav: list[Any] = [{p.nav_title: p.path} for p in self.pages if "/" not in p.path]
        nav.append({"Truyền thanh": broadcast.PATH})
        if self.kit.files or self.kit.withheld:
            nav.append({"Bộ ấn phẩm": mediakit.PATH})
        if (docs / "tin-tuc" / "index.md").exists():
            nav.insert(1, {"Tin tức": "tin-tuc/index.md"})
        if self.project.profiles:
            nav.append({"Gương điển hình": profiles.INDEX})
        events = [{p.nav_title: p.path} for p in self.pages if p.path.startswith("su-kien/")]
        if events:
            nav.append({"Sự kiện": events} if len(events) > 1 else events[0])
        generated = {p.path for p in self.pages}
        # Pages the project read (not one a link brings in from outside the campaign).
        nav += [
            p.name
            for p in sorted(docs.glob("*.md"))
            if p.name not in generated and p.name in self.documents
        ]
        # Pages written in a folder of their own (docs/hoat-dong/a.md), after the others,
        # a section a folder as MkDocs makes them (it refuses a page the navigation does
        # not list). News and profiles have their own index pages.
        news = NEWS_DIR.split("/")[0] + "/"
        sections = folder_sections(
            (
                uri
                for uri in self.documents
                if "/" in uri
                and not uri.startswith((news, PROFILES_DIR))
                and uri not in generated
                and not _hidden_readme(uri, self.documents)
            ),
            self._document_title,
        )
        for folder in sections.unnamed:
            # Outside MkDocs' strict count: a build must not fail over a section's name.
            names_log.warning(
                f"Lưu ý: docs/{folder}: mục “{folder_title(folder.rstrip('/'))}” trên thanh "
                f"điều hướng lấy tên theo tên thư mục; muốn tên có dấu, thêm trang "
                f"docs/{folder}index.md có tiêu đề (dòng đầu '# Tên mục')"
            )
        nav += sections.nav
        return nav

    def _document_title(self, uri: str) -> str | None:
        """An authored page's title: its front matter's, else its first heading's."""
        document = self.documents.get(uri)
        if document is None:
            return None
        title = getattr(document.meta, "title", None)
        return str(title) if title else heading_title(document.body)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self.files = files  # kept for campaign serve's page-by-page rebuilds
        root, docs = addresses.display_root(config)
        left = published.keep_published(files, config, (root, Path(config.docs_dir)))
        if (message := published.notice(left, docs)) is not None:
            published.log.warning(message)
        # The engine's pages, and those a file of docs/ at the same path would hide.
        self.generated = {p.path: p.nav_title for p in self.pages}
        if self.project.profiles:
            self.generated[profiles.INDEX] = "Gương điển hình"
        self.shadowed = [p for p in self.generated if files.get_file_from_path(p) is not None]
        # Profiles are listed by their index page, never one by one in the navigation
        # (whatever mkdocs.yml's not_in_nav says: MkDocs would refuse them as missing).
        for file in files.documentation_pages(inclusion=InclusionLevel.is_in_nav):
            if file.src_uri.startswith(PROFILES_DIR) and file.src_uri != profiles.INDEX:
                file.inclusion = InclusionLevel.NOT_IN_NAV

        def add(path: str, **content: Any) -> None:
            if files.get_file_from_path(path) is None:
                kind = CachedFile if "abs_src_path" in content else File
                files.append(kind.generated(config, path, **content))

        for page in self.pages:
            add(page.path, content=page.markdown)
        if self.project.profiles:
            entries = [(d.src_uri, m) for d, m in self.project.profiles]
            add(
                profiles.INDEX,
                content=profiles.render_index(self.project.campaign, entries, self._photo),
            )
        if self.nav_written:  # the engine's pages the author's nav: leaves out: not refused
            for path in self.generated:
                made = files.get_file_from_path(path)
                if made is not None and getattr(made, "generated_by", None):
                    made.inclusion = InclusionLevel.NOT_IN_NAV
        css = (ASSETS / "campaign.css").read_text(encoding="utf-8")
        add(ASSET_URL + "campaign.css", content=font_css(self.fonts, "fonts/") + "\n" + css)
        add(ASSET_URL + "campaign.js", abs_src_path=str(ASSETS / "campaign.js"))
        add(ASSET_URL + "boot.js", abs_src_path=str(ASSETS / "boot.js"))  # no inline script
        for font in self.fonts:
            add(ASSET_URL + "fonts/" + font.filename, content=font.data)
        for name, png in (
            {} if self.checking else site_icons(self.emblem, self.project.cache_dir / "icons")
        ).items():
            add(ASSET_URL + name, content=png)
        for path, cached in self.photos.renditions():
            add(path, abs_src_path=str(cached))
        add(ICS_PATH, content=campaign_calendar(self.project.campaign, self.project.today))
        site_url = config.site_url or self.project.campaign.site.url
        add("robots.txt", content=f"User-agent: *\nAllow: /\nSitemap: {site_url}sitemap.xml\n")
        for path, cached in self.kit.sources.items():
            add(path, abs_src_path=str(cached))
        for path, cached in self.downloads.sources.items():
            add(path, abs_src_path=str(cached))
        for item in self.exports:
            add(broadcast.FOLDER + item.path, abs_src_path=str(self.exports_dir / item.path))
        return files

    @event_priority(-100)  # last: the build may fork at its end
    def on_nav(self, nav: Any, *, config: MkDocsConfig, files: Files) -> Any:
        if self.fast:
            blog.index_posts(config)  # the blog's posts are known once its on_files has run
        post_meta, self.post_meta = self.post_meta, None
        if post_meta is not None:  # every post's front matter is read
            post_meta.finish()
        post_cache, self.post_cache = self.post_cache, None
        if post_cache is not None:
            post_cache.finish()
        # Every page's address is known now: fail on duplicates, redirect old addresses.
        self.register = addresses.settle(
            files,
            config,
            self.documents,
            self.generated,
            self.shadowed,
            self.project.cache_dir / REGISTER_CACHE,
        )
        self.nav = nav  # complete by on_env (the blog attaches its views after us)
        config_path = Path(config.config_file_path or "mkdocs.yml")

        def config_text() -> str:
            return config_path.read_text("utf-8") if config_path.is_file() else ""

        unsafe = escape.unsafe_links(nav.items, config.extra.get("social"), config_text)
        if unsafe:
            raise PluginError("Nội dung chưa hợp lệ:\n" + "\n".join(unsafe))
        escape.escape_links(nav.items)  # titles named in the navigation are plain text
        self.reader = None
        self.pages_cached = None
        if self.page_cache and self.fast and not self.checking:  # before the helpers fork
            project = self.project
            skip = {project.root / REGISTER, Path(config.site_dir).resolve()}
            if self.published_dir is not None:
                skip.add(self.published_dir.resolve())
            skip.add(project.cache_dir.resolve())
            self.pages_cached = incremental.start(
                config,
                files,
                project.root.resolve(),
                project.cache_dir / "pages",
                project.today.isoformat(),
                skip,
                read=self.page_cache_read,
                published=self.published_dir,
            )
        if self.reused:  # before anything is written into it
            outdir.clear_spare(Path(config.site_dir), self._spare_keep(files))
        if self.fast:
            _freeze()  # so do the files and the blog's posts
        if self.parallel and self.fast:  # convert Markdown on both cores while pages are read
            self.reader = readahead.start(config, files, CampaignPlugin, READ_EVENTS)
        return nav

    def _spare_keep(self, files: Files) -> set[str]:
        """What the spare folder this build writes into may keep (see ``outdir.clear_spare``):
        the pages the page cache may leave as they are, and the files this build
        publishes as links to the cache (``link_or_copy`` replaces any other file, and
        leaves one that is already the right link), but a path another file of the site
        also has (MkDocs would write it in place)."""
        if self.pages_cached is None:
            return set()
        keep = self.pages_cached.spare_pages()
        others = set()
        for file in files:
            if isinstance(file, CachedFile):
                keep.add(file.dest_uri)
            elif not file.is_documentation_page():
                others.add(file.dest_uri)
        for file in files.documentation_pages():
            keep.add(card_path(file.src_uri))
            if file.src_uri.startswith(NEWS_DIR):
                keep.add(card_thumb_path(file.src_uri))
        return keep - others

    def record_urls(self) -> None:
        """Write the register of published addresses (after a real build, not a check)."""
        register, self.register = self.register, None
        if register is not None:
            addresses.record(*register)

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        if self.reader is not None:
            self.reader.claim(page)
        return page

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        blog.head_excerpt(page, self.fast)
        if self.reader is not None:  # read on several cores: each reader prepares its excerpts
            blog.prepare_excerpt(page, config, self.reader.excerpt(page))
        if page.file.src_uri in self.documents:  # an author's page: say what its body lost
            published.notice_unsafe(page.file.src_uri, config.docs_dir, removed_kinds(html))
        return blog.paginated_heading(page, clean_html(html))

    def _photo(self, path: str | None, alt: str, css_class: str, prefix: str) -> str:
        return self.photos.html(path, alt, css_class, prefix)

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        prefix = _root_prefix(page)
        markdown = blog.view_heading(page, markdown)  # a topic's name: text, not Markdown
        markdown = blog.view_links(page, markdown, config)  # topics and months, for phones
        markdown = clean(markdown).text  # Word's invisible characters, NFD: never published
        document = self.documents.get(page.file.src_uri)
        if document is not None and isinstance(document.meta, NewsMeta):
            meta = document.meta
            page.meta.setdefault("description", meta.summary)
            cover = self.photos.html(meta.cover, meta.cover_alt or "", "cp-cover", prefix, False)
            markdown = news.decorate(
                self.project.campaign, meta, markdown, cover if meta.cover else ""
            )
        elif document is not None and isinstance(document.meta, ProfileMeta):
            meta_p = document.meta
            page.meta.setdefault("title", meta_p.name)
            header = profiles.profile_header(self.project.campaign, meta_p, self._photo, prefix)
            if self.profile_order is None:  # once per build: a site has hundreds of profiles
                entries = [(d.src_uri, m) for d, m in self.project.profiles]
                self.profile_order = (entries, profiles.ordered(entries))
            entries, listed = self.profile_order
            footer = profiles.profile_footer(entries, page.file.src_uri, listed)
            markdown = header + markdown.rstrip() + "\n" + footer
        template = getattr(document.meta, "template", None) if document is not None else None
        if self.checking and document is not None and template:  # the author's, not the blog's
            self._check_template(str(template), config, document)
        escape.escape_meta(page.meta)  # titles and descriptions reach the theme as HTML
        return self.photos.rewrite(markdown, prefix)

    def _check_template(self, name: str, config: MkDocsConfig, document: Document) -> None:
        """A check renders nothing: a page's ``template:`` the theme lacks is said here
        (a build fails on it, with the same words)."""
        from jinja2 import TemplateNotFound

        env = getattr(self, "_theme_env", None) or config.theme.get_env()
        self._theme_env = env
        try:
            if env.loader is not None:  # found, not compiled (the blog adds filters)
                env.loader.get_source(env, name)
        except TemplateNotFound:
            where = f"{document.display}:{document.line('template')}"
            log.warning(f"{where}: " + TEMPLATE_MISSING.format(template=name))

    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        self._card(page, config)
        self._feed(page, config)
        return context

    def replay_page(self, page: Page, config: MkDocsConfig, card: str | None) -> None:
        """What ``on_page_context`` leaves besides the page itself, for a page taken
        from the page cache (see ``incremental``): its share card (the one it had,
        when still in the cache) and its feed entry."""
        self._card(page, config, Path(card) if card else None)
        self._feed(page, config)

    def _feed(self, page: Page, config: MkDocsConfig) -> None:
        document = self.documents.get(page.file.src_uri)
        if document is not None and isinstance(document.meta, NewsMeta) and page.canonical_url:
            meta = document.meta
            image = None
            if meta.cover and meta.cover in self.photos.photos:
                image = (config.site_url or "") + self.photos.photos[meta.cover].fallback().path
            entry = FeedEntry(
                meta.title,
                page.canonical_url,
                meta.date,
                meta.summary,
                tuple(meta.categories),
                image,
            )
            self.feed[entry.url] = entry

    def _manifest(self, config: MkDocsConfig) -> None:
        bulletins = []
        for item in self.exports:
            entry = item.manifest()
            entry["path"] = broadcast.FOLDER + item.path
            bulletins.append(entry)
        cards = [
            {"path": path, "kind": "social", "format": "mxh-og", "width": 1200, "height": 630}
            for path in sorted(self.cards)
        ]
        sections = {
            "bulletins": bulletins,
            "cards": cards,
            "media": [f.manifest() for f in self.kit.files],
        }
        site = Path(config.site_dir)
        if self._unchanged(site / MANIFEST, sections):
            return  # campaign serve after an edit to a page's text
        write_manifest(site, self.project.campaign.site.name, sections)

    def _unchanged(self, target: Path, data: Any) -> bool:
        """Whether ``target`` was last written from ``data`` (and is still there)."""
        same = self.written.get(str(target)) == data and target.is_file()
        self.written[str(target)] = data
        return same

    @event_priority(-100)  # last: the build may fork at its end
    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Render missing share cards on every core before the pages are written,
        then, for a large site, split the writing of pages over several processes.

        Titles are known once every page is read; a province's thousands of
        cards take minutes on one core the first time (cached afterwards).
        """
        if self.checking:
            _validate_anchors(config, files)
            raise CheckDone()
        footer, cache = self.project.campaign.site.name, self.project.cache_dir / "cards"
        stored: set[str] = set()
        if self.pages_cached is not None:  # every page is read: its key is known
            self.pages_cached.prepare(config, files, self.nav)
            stored = self.pages_cached.stored()  # their cards are made already
        cards = {
            self._card_text(f.page)
            for f in files.documentation_pages()
            if f.page and f.src_uri not in stored
        }
        emblem = self.emblem
        warm_in_parallel(
            sorted(cards),
            lambda card: page_card(*card, footer, cache, emblem),
            pending=lambda card: not card_cached(*card, footer, cache, emblem),
        )
        if self.reader is not None:
            self.reader.finish()
            self.reader = None
        # Every excerpt, on every core, before the fork; not when pages come from the
        # page cache (after an edit, only the few listings made again convert theirs).
        if self.fast and not stored:
            left = blog.prepare_excerpts(config)  # none when prepared while pages were read
            log.debug("excerpts prepared once every page was read: %d", left)
        blog.stop_sharing_excerpt_parser()  # every excerpt is made: later ones get their own
        blog.escape_post_links(config)  # made by the blog's on_env
        env.filters["striptags"] = escape.striptags  # its result is printed raw
        env.filters["short_date"] = short_date  # a post's date, as every page writes one
        env.globals["campaign_related"] = blog.related_posts  # under each news post
        if env.bytecode_cache is None:  # templates compiled once, not on every build
            compiled = self.project.cache_dir / "jinja" / jinja_version
            try:
                compiled.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass  # a cache that cannot be written only costs speed
            else:
                env.bytecode_cache = FileSystemBytecodeCache(str(compiled))
        if env.cache is not None and not isinstance(env.cache, dict):
            # Jinja's unbounded cache (its ``cache_size=-1``): a plain dict instead of the
            # locked LRU list every ``include`` and ``import`` (about 28 a page) goes through.
            env.cache = dict(env.cache.items())
        navcache.install(env, self.nav, shared=self.fast)
        if self.fast:
            rendering.install(env)  # the url filter, static includes, the theme's words
        if self.fast:
            _freeze()  # so do the pages read
        self.env = env
        self.built_config = config
        parallel, self.parallel = self.parallel, False
        # Pages taken from the page cache are only linked or left in place: a second
        # writer is worth its start only for as many pages to render as a site it
        # would split (after one edited post, a handful).
        made = sum(1 for f in files.documentation_pages() if f.src_uri not in stored)
        self.halves = (
            shard.split(config, files, env, self.nav, CampaignPlugin)
            if parallel and self.fast and made >= shard.MIN_PAGES
            else None
        )
        return env

    def _card(self, page: Page, config: MkDocsConfig, known: Path | None = None) -> None:
        """Render (or reuse) the page's share card and publish it beside the site
        (``known``: the card this page had when its inputs were the same)."""
        if known is not None and known.is_file():
            card = known
        else:
            title, section = self._card_text(page)
            campaign = self.project.campaign
            card = page_card(
                title, section, campaign.site.name, self.project.cache_dir / "cards", self.emblem
            )
        self.card_files[page.file.src_uri] = card
        published = card_path(page.file.src_uri)
        link_or_copy(card, Path(config.site_dir) / published)
        if page.file.src_uri.startswith(NEWS_DIR):  # a news list's thumbnail without a photo
            thumb = card_thumb_path(page.file.src_uri)
            link_or_copy(card_thumb(card), Path(config.site_dir) / thumb)
        page.meta["campaign_card"] = published
        self.cards.add(published)

    def _card_text(self, page: Page) -> tuple[str, str]:
        """The title and the section label on the page's share card."""
        campaign = self.project.campaign
        uri = page.file.src_uri
        # Outside a section the label says what the campaign is about: the anniversary,
        # else the issuer (the site's name is already the card's footer).
        plan = campaign.plan
        # The plan page's label is the document's own kind word ("Quyết định").
        labels = ((p, plan.kind if p == "ke-hoach" else label) for p, label in SECTIONS)
        section = next(
            (label for prefix, label in labels if uri.startswith(prefix)),
            campaign.anniversary.name if campaign.anniversary else plan.issuer_short or plan.issuer,
        )
        title = escape.plain(page.meta.get("title") or page.title or campaign.site.name)
        if title.casefold().startswith(section.casefold() + ":"):
            title = title[len(section) + 1 :].strip()  # the label already says it
        if uri == "index.md" or title.casefold() == section.casefold():
            # Without a theme, the event the plan organises says more than the site's name.
            title = campaign.stated_theme or (
                campaign.events[0].name if campaign.events else campaign.site.name
            )
        return title, section

    @event_priority(100)  # first: the other process's pages count in the search index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        split, self.halves = self.halves, None
        cached, self.pages_cached = self.pages_cached, None
        if split is not None:
            facts = cached.facts if cached is not None else {}
            if split.is_child:
                split.finish_child(config, (self.feed, self.cards, facts), None)
            for feed, cards, more in split.join(config):
                self.feed.update(feed)
                self.cards.update(cards)
                facts.update(more)
        compat.undo()  # the pages are read and written: the globals as MkDocs shipped them
        gc.unfreeze()
        if cached is not None:
            cached.finish()
            if self.inputs is not None and self.published_dir is not None:
                buildrecord.record(
                    cached.store.folder / buildrecord.MAP,
                    site=self.published_dir,
                    inputs=self.inputs,
                    today=self.project.today.isoformat(),
                    config=config,
                    plugin=self,
                    facts=cached.facts,
                )
        self._manifest(config)
        if not self.project.news:
            return
        site = self.project.campaign.site
        entries = newest(self.feed.values())
        target = Path(config.site_dir) / FEED
        if self._unchanged(target, entries):
            return
        data = atom_feed(
            title=f"Tin tức · {site.name}",
            site_url=config.site_url or site.url,
            feed_url=(config.site_url or site.url) + FEED,
            author=self.project.campaign.plan.issuer,
            entries=entries,
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    def on_build_error(self, *, error: Exception) -> None:
        if self.halves is not None and self.halves.is_child:
            self.halves.finish_child(self.built_config, None, error)  # never returns
        self.stop_helpers()
        self.pages_cached = None
        compat.undo()
        gc.unfreeze()

    def stop_helpers(self) -> None:
        """Stop the processes helping this build (after an error or an interruption)."""
        gc.unfreeze()
        reader, self.reader = self.reader, None
        if reader is not None:
            reader.finish()
        split, self.halves = self.halves, None
        if split is not None and not split.is_child:
            split.abandon(self.built_config)


def _freeze() -> None:
    """Leave what lives until the build ends out of the collector's later passes.

    A build keeps every page, its tree and its HTML until it ends: each full pass
    of the cyclic collector went over all of them (on the bench campaign, one
    process: 7 passes, 0.6 s of 18 s CPU, measured with ``gc.callbacks``). Frozen,
    they are skipped until ``gc.unfreeze()`` when the build ends (or fails);
    garbage made of them before then waits for it. The page writer's fork freezes
    too (see ``shard``)."""
    gc.collect(1)  # the young garbage is not kept (a full pass would cost one more)
    gc.freeze()


def keep_site_dir(site_dir: str) -> None:
    """Keep MkDocs from emptying ``site_dir`` when a build starts (until the build ends)."""
    clean = mkdocs_utils.clean_directory

    def clean_directory(directory: str) -> None:
        if directory != site_dir:
            clean(directory)

    compat.patch(mkdocs_utils, "clean_directory", clean_directory)


class CheckDone(Exception):  # not an error: the end of a check
    """Raised at the end of ``on_env`` in a check: everything is validated, nothing is written."""


def _validate_anchors(config: MkDocsConfig, files: Files) -> None:
    """MkDocs' check of links to anchors, which a build runs once the pages are written
    (every page's anchors and links are known once it is read)."""
    level = config.validation.links.anchors
    for file in files.documentation_pages(inclusion=InclusionLevel.is_included):
        if file.page is not None:
            file.page.validate_anchor_links(files=files, log_level=level)


def _news_published(config: MkDocsConfig) -> None:
    """News posts need Material's blog on docs/tin-tuc/: without it, a located error
    saying what to add (MkDocs would take them for pages missing from the navigation)."""
    posts_dir = Path(config.docs_dir) / NEWS_DIR
    posts = sum(1 for _ in posts_dir.rglob("*.md")) if posts_dir.is_dir() else 0
    if not posts:
        return
    blog = siteconfig.blog_of(
        (name, getattr(plugin, "config", None)) for name, plugin in config.plugins.items()
    )
    config_path = Path(config.config_file_path or "mkdocs.yml")
    try:
        line = siteconfig.plugins_line(config_path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        line = 0
    problem = siteconfig.news_problem(blog, line, posts)
    if problem is not None:
        raise PluginError("Nội dung chưa hợp lệ:\n" + str(problem))


def _blog_index_present(config: MkDocsConfig, root: Path) -> None:
    """Keep Material's blog from writing into docs/.

    The blog creates ``<blog_dir>/index.md`` and its posts folder in the docs
    folder when they are missing. A campaign with no news folder at all has no
    news section (the blog is switched off for the build); a news folder
    without its index page is a located error saying what to create.
    """
    for name, plugin in config.plugins.items():
        settings = getattr(plugin, "config", None)
        if not name.endswith("blog") or settings is None or not settings.get("enabled", True):
            continue
        folder = Path(config.docs_dir) / settings.get("blog_dir", "blog")
        if not folder.exists():
            settings["enabled"] = False  # no news: no news section, nothing created
            continue
        index = folder / "index.md"
        if not index.is_file():
            real = index.resolve()
            shown = real.relative_to(root) if real.is_relative_to(root) else index
            raise PluginError(
                f"{shown}: cần trang mục lục của tin tức (tệp này bị thiếu), ví dụ với nội dung:\n"
                "    # Tin tức\n\n    Tin bài về các hoạt động của chiến dịch.\n"
                "  Hãy tạo tệp đó (lệnh `campaign new news` tạo sẵn), hoặc xóa thư mục "
                f"{shown.parent} nếu chiến dịch không đăng tin; lệnh dựng không tự ghi vào docs/."
            )


def _same_project(
    project: Project, root: Path, campaign_file: str, docs_dir: str, today: str | None
) -> bool:
    """Whether ``project`` is what this plugin's configuration would load."""
    try:
        date = build_date(today)
    except ContentError:
        return False
    return (
        project.root.resolve() == root
        and campaign_file == "campaign.yml"
        and Path(docs_dir) == Path("docs")
        and project.today == date
    )


def _hidden_readme(uri: str, documents: dict[str, Any]) -> bool:
    """A folder's README.md beside its index.md: MkDocs publishes only the index (and
    says so), so the navigation must not name the README."""
    folder, _, name = uri.rpartition("/")
    return name == "README.md" and posixpath.join(folder, "index.md") in documents


def _root_prefix(page: Page) -> str:
    """Relative path from ``page``'s URL to the site root ("" or "../../")."""
    url = page.url if page.url.endswith("/") or not page.url else posixpath.dirname(page.url) + "/"
    depth = url.count("/")
    return "../" * depth
