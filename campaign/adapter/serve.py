"""``campaign serve``: a preview that rebuilds only what an edit touches.

``mkdocs serve`` rebuilds the whole site on every change: half a minute for a
province's thousands of pages, after each saved sentence. Here the first
build is a full one (MkDocs, every plugin); its state stays in memory. When
the only changes are to the body of existing pages (front matter unchanged),
those pages are read, converted and written again through MkDocs' own page
steps, with the news listings that show an edited post, and the search
index, feed and manifest are written again. Anything else (a new or removed
page, front matter, ``campaign.yml``, photos, a title that changed, a text
read on the loudspeakers) gets a full build, as before; so does every change
when the speed-ups are off (see ``compat``).

A file with a mistake never stops the preview: the last good pages stay
(a full build is written beside them and swapped in only when it succeeds),
the problems are printed and shown at the top of every page (``overlay``),
and they go away with the next good build. Until a first build succeeds,
every address shows the problems.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from material.plugins.blog.structure import Post, View
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import YAML_RE

from ..content import siteconfig
from ..content.errors import BuildError, CampaignError, os_reason
from ..content.frontmatter import read_document, split_front_matter
from ..content.schemas import NewsMeta, ProfileMeta
from ..media.kit import KitResult
from ..photos.photoset import IMAGE
from ..project import Project
from ..publish.buildlock import SERVE_PREFIX, remove_stale_temp, temp_name
from . import blog, compat, overlay
from .build import _ABORTS, _Collect, _translate, _vietnamese
from .log import log
from .parallel.shard import page_url
from .plugin import CampaignPlugin

__all__ = ["Preview", "serve"]


Snapshot = dict[str, tuple[int, int]]


class Preview:
    """The site being previewed: its last full build's state, and what changed since."""

    def __init__(
        self,
        config_file: Path,
        site_dir: Path,
        serve_url: str,
        preloaded: tuple[Project, KitResult | None] | None = None,
    ) -> None:
        self.config_file = config_file.resolve()
        self.site_dir = site_dir
        self.serve_url = serve_url
        self.preloaded = preloaded
        self.config: MkDocsConfig | None = None
        self.plugin: CampaignPlugin | None = None
        self.snapshot: Snapshot = {}
        self.front: dict[str, str | None] = {}
        self.rebuilt = 0  # pages written by the last incremental rebuild
        self.full_builds = 0
        # What the preview shows (see ``overlay.Status``).
        self.problems: list[str] = []  # why the last build failed; empty when it did not
        self.ready = False  # a good build is in site_dir
        self.building = False
        self.attempted = 0

    # --- what the live server runs ----------------------------------------------

    def rebuild(self) -> None:
        """The live server's builder: the pages an edit touches, else everything.

        Never raises (but for an interruption): the server waits for its builder,
        so a raised error would hold every request. A mistake is recorded in
        ``problems``, printed, and the last good pages stay.
        """
        self.attempt(self._rebuild)

    def attempt(self, build: Callable[[], object]) -> bool:
        """Run ``build``; whether it succeeded. Its problems are kept in ``problems``."""
        collector = _Problems(_Collect(self.config_file).vietnamese)
        logger = logging.getLogger("mkdocs")
        logger.addHandler(collector)
        self.building = True
        try:
            done = build() is not False
        except (MkDocsException, CampaignError, SystemExit) as error:
            # A mistake in the files (logged already when MkDocs raised it as its own).
            collector.add(str(error), logged=False)
            done = False
        except OSError as error:  # a file unreadable, a full disk
            collector.add(f"{error.filename or 'trang xem trước'}: {os_reason(error)}", False)
            done = False
        except Exception as error:  # a fault of the tool: its traceback helps to fix it
            log.exception("Lỗi của công cụ khi dựng trang xem trước")
            collector.add(f"Lỗi của công cụ (xem cửa sổ lệnh): {type(error).__name__}: {error}")
            done = False
        finally:
            logger.removeHandler(collector)
            self.building = False
            self.attempted = round(time.monotonic() * 1000)
        if done:
            if self.problems:
                log.info("Đã hết lỗi: trang xem trước đã cập nhật.")
            self.problems = []
            return True
        self.problems = collector.problems or ["Dựng trang thất bại (xem cửa sổ lệnh)."]
        shown = (
            "giữ bản dựng đúng gần nhất và ghi các lỗi ở đầu mỗi trang"
            if self.ready
            else "chỉ hiện danh sách lỗi cho tới khi sửa xong"
        )
        summary = f"Có {len(self.problems)} lỗi cần sửa; trang xem trước {shown}."
        log.error("\n".join([*collector.unlogged, summary]))
        return False

    # --- full builds ------------------------------------------------------------

    def load(self) -> MkDocsConfig:
        """``mkdocs.yml`` as MkDocs reads it; a mistake in it is a :class:`BuildError`
        said in Vietnamese (MkDocs' own is English, or a traceback for bad YAML)."""
        text = siteconfig.require_campaign(self.config_file.parent)  # none: not a campaign
        if text is not None and (problem := siteconfig.syntax_problem(text)) is not None:
            raise BuildError(str(problem))
        try:
            config = load_config(str(self.config_file), site_dir=str(self.site_dir))
        except (MkDocsException, SystemExit) as error:  # its lines are logged, located
            raise BuildError(_translate(str(error), _ABORTS)) from None
        config.site_url = self.serve_url
        return config

    def full(self, config: MkDocsConfig | None = None) -> None:
        """A complete build, as ``mkdocs serve`` does it; then remember the inputs."""
        config = config or self.load()
        config.site_url = self.serve_url
        preloaded, self.preloaded = self.preloaded, None
        plugin = _campaign(config)
        if preloaded is not None:
            plugin.preloaded = preloaded
        self.config = self.plugin = None  # until this build succeeds
        snapshot = self.scan(config)
        front = {
            path: split_front_matter(_read(Path(path)))[0]
            for path in snapshot
            if path.endswith(".md") and _under(path, config.docs_dir)
        }
        # MkDocs empties the site folder before it writes: the last good pages wait
        # beside it and come back if this build fails. (The live server holds every
        # request while its builder runs, so none sees the folder missing.)
        kept = self.site_dir.with_name(self.site_dir.name + ".truoc")
        shutil.rmtree(kept, ignore_errors=True)
        if self.site_dir.exists():
            self.site_dir.rename(kept)
        try:
            with compat.patched():  # a failed build leaves no patch for the next one
                mkdocs_build.build(config, serve_url=self.serve_url)
        except BaseException:
            shutil.rmtree(self.site_dir, ignore_errors=True)
            if kept.exists():
                kept.rename(self.site_dir)
            raise
        shutil.rmtree(kept, ignore_errors=True)
        self.config, self.plugin, self.snapshot, self.front = config, plugin, snapshot, front
        self.full_builds += 1
        self.ready = True

    def scan(self, config: MkDocsConfig) -> Snapshot:
        """Size and modification time of every file the build reads."""
        roots = [config.docs_dir, str(self.config_file), *config.watch]
        found: Snapshot = {}
        for root in roots:
            for path in _walk(Path(root)):
                try:
                    info = path.stat()
                except FileNotFoundError:
                    continue
                found[str(path)] = (info.st_mtime_ns, info.st_size)
        return found

    # --- rebuilds ----------------------------------------------------------------

    def _rebuild(self) -> bool:
        """The pages an edit touches, else everything; False when a file has a mistake."""
        started = time.perf_counter()
        config = self.config
        if config is None or self.plugin is None:
            self.full()
            return True
        now = self.scan(config)
        paths = now.keys() | self.snapshot.keys()
        changed = sorted(p for p in paths if now.get(p) != self.snapshot.get(p))
        if not changed:
            return True
        try:
            pages = self.incremental(config, changed)
        except BaseException:
            self.config = None  # half-written state: the next change rebuilds everything
            raise
        if pages is None:
            log.info("Dựng lại toàn bộ trang…")
            self.full()
            log.info(f"Đã dựng lại toàn bộ trang ({time.perf_counter() - started:.1f} giây)")
            return True
        if pages == 0:
            # A file with a mistake: nothing was written, and every file of this
            # change (the good ones too) is looked at again on the next save.
            return False
        self.snapshot = now
        log.info(f"Đã dựng lại {pages} trang ({time.perf_counter() - started:.2f} giây)")
        return True

    def incremental(self, config: MkDocsConfig, changed: list[str]) -> int | None:
        """Rebuild the pages whose body changed; None when a full build is needed."""
        plugin = self.plugin
        assert plugin is not None
        if not plugin.fast:
            return None  # page by page goes through MkDocs' and Material's private steps
        files = plugin.files
        edits: list[tuple[Page, str]] = []
        for path in changed:
            if not path.endswith(".md") or not _under(path, config.docs_dir):
                return None
            if path not in self.front or not Path(path).is_file():
                return None  # a page added or removed: the navigation and listings change
            src_uri = Path(path).relative_to(config.docs_dir).as_posix()
            file = files.get_file_from_path(src_uri)
            text = _read(Path(path))
            front, body = split_front_matter(text)
            if file is None or file.page is None or front != self.front[path]:
                return None
            document, problems = read_document(Path(path), src_uri, _display(path))
            if problems or document is None:
                for problem in problems:
                    log.error(str(problem))
                return 0  # like a failed build: the preview keeps the last good pages
            if _on_air(document.meta) or not _photos_known(body, plugin):
                return None
            plugin.documents[src_uri] = document
            edits.append((file.page, text))
        written: list[Page] = []
        for page, text in edits:
            title = page.title
            if isinstance(page, Post):  # the blog reads posts once, when it finds them
                match = YAML_RE.match(text)
                page.markdown = text[match.end() :].lstrip("\n") if match else text
            mkdocs_build._populate_page(page, config, files)
            if page.title != title:
                return None  # the title shows in listings, links, the navigation
            written.append(page)
            for view in _views_showing(config, page):
                mkdocs_build._populate_page(view, config, files)
                written.append(view)
        self._write(config, written)
        self.rebuilt = len(written)
        return len(written)

    def _write(self, config: MkDocsConfig, pages: list[Page]) -> None:
        plugin = self.plugin
        assert plugin is not None
        search = config.plugins.get("material/search") or config.plugins.get("search")
        index = getattr(search, "search_index", None)
        urls = {page.url for page in pages}
        before: list[dict[str, Any]] = list(index.entries) if index is not None else []
        if index is not None:
            index.entries = [e for e in before if page_url(e["location"]) not in urls]
        doc_files = plugin.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        for page in pages:
            excluded = page.file.inclusion.is_excluded()
            mkdocs_build._build_page(
                page, config, doc_files, plugin.nav, plugin.env, excluded=excluded
            )
        if index is not None:
            index.entries = _in_place(before, index.entries, urls)
        # A removed heading breaks links to it from other pages: check them all,
        # as a full build does (cheap: the anchors are known).
        anchors = config.validation.links.anchors
        for file in doc_files:
            if file.page is not None:
                file.page.validate_anchor_links(files=plugin.files, log_level=anchors)
        config.plugins.on_post_build(config=config)


# MkDocs' own lines during a preview, said in Vietnamese (None: not shown at all).
_PREVIEW_LINES: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"Cleaning site directory"), None),
    (re.compile(r"Building documentation to directory: .*"), None),
    (re.compile(r"Documentation built in ([\d.]+) seconds"), r"Đã dựng trang xem trước (\1 giây)"),
    (re.compile(r"Watching paths for changes: (.*)"), r"Theo dõi thay đổi trong: \1"),
    (
        re.compile(r"Serving on (\S+)(?: and opening it in a browser)?"),
        r"Xem trước tại \1 (Ctrl-C để dừng)",
    ),
    (re.compile(r"Detected file changes"), "Có tệp vừa thay đổi"),
    (re.compile(r"Reloading browsers"), "Tải lại trang trên trình duyệt"),
    (re.compile(r"Browser connected: (.*)"), r"Trình duyệt đã mở \1"),
)
_CLOCK = re.compile(r"^(\[\d\d:\d\d:\d\d\] )?(.*)$", re.S)


def _in_vietnamese(
    record: logging.LogRecord, say: Callable[[str, str | None], str] | None = None
) -> bool:
    """A logging filter: MkDocs' English lines of the preview in Vietnamese (or dropped);
    ``say`` translates the others (a build's, located in the campaign's mkdocs.yml)."""
    clock, message = _CLOCK.match(record.getMessage()).groups()  # type: ignore[union-attr]
    said: str | None = message
    for pattern, words in _PREVIEW_LINES:
        if match := pattern.fullmatch(message):
            said = match.expand(words) if words is not None else None
            break
    else:
        said = say(message, record.name) if say is not None else _vietnamese(message)
    if said is None:
        return False
    record.msg, record.args = (clock or "") + said, None
    return True


class _Problems(logging.Handler):
    """The warnings and errors logged during one build: one line per problem."""

    def __init__(self, say: Callable[[str, str | None], str]) -> None:
        super().__init__(logging.WARNING)
        self.say = say
        self.problems: list[str] = []
        self.unlogged: list[str] = []  # problems not printed yet

    def emit(self, record: logging.LogRecord) -> None:
        self.add(self.say(record.getMessage(), record.name))

    def add(self, message: str, logged: bool = True) -> None:
        for line in message.splitlines():
            line = line.strip().removeprefix("- ").strip()
            # Headings ("Nội dung chưa hợp lệ:") and MkDocs' closing line say nothing.
            if line and not line.endswith(":") and not line.startswith("Aborted with"):
                if line not in self.problems:
                    self.problems.append(line)
                    if not logged:
                        self.unlogged.append(line)


def _campaign(config: MkDocsConfig) -> CampaignPlugin:
    for plugin in config.plugins.values():
        if isinstance(plugin, CampaignPlugin):
            return plugin
    raise RuntimeError("mkdocs.yml không bật trình cắm 'campaign'")


def _walk(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                yield Path(folder) / name


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig", "replace")


def _under(path: str, folder: str) -> bool:
    return Path(path).is_relative_to(Path(folder))


def _display(path: str) -> str:
    try:
        return Path(path).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path


def _on_air(meta: Any) -> bool:
    """Whether the page's text is read on the loudspeakers (bulletins, exports change)."""
    if isinstance(meta, NewsMeta):
        return meta.broadcast and not meta.sample
    return isinstance(meta, ProfileMeta) and not meta.sample


def _photos_known(body: str, plugin: CampaignPlugin) -> bool:
    """Every photo already processed and described (else a full build reports it)."""
    return all(m["path"] in plugin.photos.photos and m["alt"].strip() for m in IMAGE.finditer(body))


def _in_place(
    before: list[dict[str, Any]], after: list[dict[str, Any]], urls: set[str]
) -> list[dict[str, Any]]:
    """The search entries of rebuilt pages moved back where they were (same index order)."""
    fresh: dict[str, list[dict[str, Any]]] = {}
    kept: list[dict[str, Any]] = []
    for entry in after:
        url = page_url(entry["location"])
        (fresh.setdefault(url, []) if url in urls else kept).append(entry)
    ordered: list[dict[str, Any]] = []
    placed: set[str] = set()
    kept_iter = iter(kept)
    for entry in before:
        url = page_url(entry["location"])
        if url in urls:
            if url not in placed:
                ordered += fresh.pop(url, [])
                placed.add(url)
        else:
            ordered.append(next(kept_iter))
    for entries in fresh.values():  # a page without entries before
        ordered += entries
    return ordered + list(kept_iter)


def _views_showing(config: MkDocsConfig, post: Page) -> list[Page]:
    """The listing pages (index, month, topic; the right page of each) showing ``post``."""
    found: list[Page] = []
    if not isinstance(post, Post):
        return found
    for instance in blog.blog_plugins(config):
        root = getattr(instance, "blog", None)
        if root is None or post not in root.posts:
            continue
        for view in instance._resolve_views(root):
            if post not in view.posts:
                continue
            if not view.pages:
                found.append(view)
                continue
            step = instance._config_pagination_per_page(view)
            at = next(i for i, p in enumerate(view.posts) if p is post) // step
            found.append(view.pages[at] if at < len(view.pages) else view)
    return [v for v in found if isinstance(v, View)]


def serve(
    config_file: Path,
    dev_addr: str,
    preloaded: tuple[Project, KitResult | None] | None = None,
) -> int:
    """Build, serve on ``dev_addr`` and rebuild on every change until interrupted."""
    remove_stale_temp()  # previews and builds killed before they could clean up
    work = Path(tempfile.mkdtemp(prefix=temp_name(SERVE_PREFIX)))
    site_dir = work / "site"
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        say = _Collect(config_file).vietnamese
        handler.addFilter(lambda record: _in_vietnamese(record, say))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    preview = Preview(config_file, site_dir, "", preloaded)
    config = preview.load()
    host, port = config.dev_addr if not dev_addr else _address(dev_addr)
    mount = urlsplit(config.site_url or "/").path
    preview.serve_url = f"http://{host}:{port}{mount if mount.endswith('/') else mount + '/'}"
    config.plugins.on_startup(command="serve", dirty=False)
    server = LiveReloadServer(
        builder=preview.rebuild, host=host, port=port, root=str(site_dir), mount_path=mount
    )

    def error_page(code: int) -> bytes | None:
        page = site_dir / f"{code}.html"
        return page.read_bytes() if code in (404, 500) and page.is_file() else None

    server.error_handler = error_page
    server.set_app(overlay.with_problems(server.serve_request, preview))
    # Ctrl-C and a polite kill both stop the server and remove the temporary site.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        preview.attempt(lambda: preview.full(config))  # a mistake: the server shows it
        server.watch(config.docs_dir)
        server.watch(str(preview.config_file))
        for item in config.watch:
            server.watch(item)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Dừng xem trước.")
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _address(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    return host or "127.0.0.1", int(port)
