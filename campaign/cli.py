"""The ``campaign`` command: build, check and preview a campaign site."""

from __future__ import annotations

import argparse
import atexit
import contextlib
import io
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .arguments import Parser
from .content.errors import CampaignError, ContentError, Problem, os_reason
from .publish import buildlock

if TYPE_CHECKING:
    from .media.kit import KitResult
from .parallel.tasks import jobs
from .project import CACHE_ENV, Project, build_date, load_project

__all__ = ["main"]


def _utf8_streams() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower() != "utf-8":
            stream.reconfigure(encoding="utf-8")


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="campaign", description="Dựng trang chiến dịch truyền thông từ campaign.yml và docs/."
    )
    parser.add_argument(
        "-C",
        "--thu-muc",
        dest="root",
        type=Path,
        default=Path("."),
        metavar="THƯ_MỤC",
        help="thư mục chiến dịch (chứa mkdocs.yml và campaign.yml); mặc định: thư mục hiện tại",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")
    build = sub.add_parser("build", help="kiểm tra rồi dựng trang vào site/ (giữ bản cũ nếu lỗi)")
    build.add_argument(
        "--site-dir", type=Path, metavar="THƯ_MỤC", help="thư mục xuất (mặc định: site/)"
    )
    build.add_argument(
        "--force",
        action="store_true",
        help="dựng lại mọi trang kể cả khi không có gì thay đổi (ảnh đã vẽ vẫn dùng lại)",
    )
    sub.add_parser("check", help="kiểm tra campaign.yml, các trang trong docs/ và ảnh")
    sub.add_parser(
        "media", help="dựng lại bộ ấn phẩm (băng rôn, pano, áp phích...), có thanh tiến độ"
    )
    new = sub.add_parser("new", help="tạo tệp nội dung mới để điền")
    new.add_argument(
        "kind",
        choices=["news", "profile"],
        metavar="LOẠI",
        help="news: tin bài; profile: gương điển hình",
    )
    new.add_argument("title", metavar="TIÊU_ĐỀ", help="tiêu đề tin, hoặc họ tên / tên tập thể")
    docx = sub.add_parser("import-docx", help="chuyển tệp Word (.docx) thành tin bài")
    docx.add_argument("file", type=Path, metavar="TỆP", help="tệp .docx")
    docx.add_argument(
        "--ngay", help="ngày đăng dạng 27/02/2025 hoặc 2025-02-27 (mặc định: hôm nay)"
    )
    docx.add_argument("--don-vi", help="mã đơn vị đưa tin trong campaign.yml")
    docx.add_argument("--chu-de", action="append", default=[], help="chủ đề (lặp lại được)")
    init = sub.add_parser(
        "init", help="tạo thư mục chiến dịch mới từ văn bản kế hoạch (.txt, .md hoặc .docx)"
    )
    init.add_argument(
        "--from-plan",
        dest="plan",
        type=Path,
        required=True,
        metavar="TỆP",
        help="văn bản kế hoạch: chữ thường hoặc Markdown (UTF-8), hoặc tệp Word .docx",
    )
    init.add_argument("folder", type=Path, metavar="THƯ_MỤC", help="thư mục chiến dịch sẽ tạo")
    broadcast = sub.add_parser(
        "broadcast",
        help="lời đọc cho loa: 'broadcast normalize' (đầu vào chuẩn) hoặc 'broadcast check TỆP'",
        add_help=False,
    )
    broadcast.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    admin = sub.add_parser(
        "admin", help="trình soạn thảo trên trình duyệt cho cán bộ (mạng nội bộ cơ quan)"
    )
    admin.add_argument(
        "--dia-chi",
        default="127.0.0.1:8100",
        help="địa chỉ lắng nghe; trong mạng cơ quan dùng địa chỉ LAN, ví dụ 192.168.1.10:8100",
    )
    admin.add_argument("--them-tai-khoan", metavar="TÊN", help="tạo tài khoản rồi thoát")
    admin.add_argument(
        "--vai-tro",
        choices=["editor", "publisher"],
        default="editor",
        help="editor: viết và lưu; publisher: viết, lưu và xuất bản",
    )
    admin.add_argument("--ho-ten", default="", help="họ tên hiện trong lịch sử sửa")
    sub.add_parser(
        "publish",
        help="kiểm tra, dựng rồi gửi trang lên máy chủ web (mục publish: trong campaign.yml)",
    )
    sub.add_parser("rollback", help="quay trang công bố về bản phát hành trước")
    sub.add_parser("releases", help="liệt kê các bản phát hành trên máy chủ")
    serve = sub.add_parser("serve", help="xem trước trang, tự tải lại khi sửa")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="địa chỉ xem trước")
    return parser


def _kit(project: Project) -> KitResult:
    """Render the media kit (cached) so a slogan too long for a format is reported here."""
    from .media.kit import build_kit, gate, plan_kit

    def progress(done: int, total: int, stem: str) -> None:
        bar = "=" * (20 * done // total)
        print(f"\r[{bar:<20}] {done}/{total} {stem:<40}", end="", file=sys.stderr, flush=True)
        if done == total:
            print(file=sys.stderr)

    # What the pre-press gate lets through: the rest is said in the notes after.
    total = len(gate(project.campaign, plan_kit(project.campaign, project.source, project.root))[0])
    _step(f"Bộ ấn phẩm: {total} ảnh (chỉ vẽ lại ảnh có thay đổi)…")
    kit = build_kit(
        project.campaign,
        project.cache_dir / "kit",
        progress=progress,
        source=project.source,
        root=project.root,
    )
    _kit_warnings(kit)
    return kit


def _card_notes(project: Project) -> None:
    """Titles with characters the share cards cannot draw: the build goes on."""
    from .media.ogcard import title_notes

    for note in title_notes(project.documents):
        print(f"Lưu ý: {note}", file=sys.stderr)


def _kit_warnings(kit: KitResult) -> None:
    """What the kit gave up to stay buildable: the build goes on, the user is told."""
    for warning in kit.warnings:
        print(f"Lưu ý: {warning}", file=sys.stderr)


def _cache_root(root: Path) -> Path:
    """The project's cache folder, without loading the project (see ``Project.cache_dir``)."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else root / ".cache" / "campaign"


def _guard(
    guard: contextlib.ExitStack, root: Path, site_dir: Path | None, *, shared: bool = False
) -> None:
    """Before any work: refuse an output folder that must not be replaced, turn a
    kill into a clean stop, wait for another build of the campaign to end, then
    remove what killed builds left (even when this build finds nothing to do).
    ``shared`` (a check): the lock is only waited for, nothing written in the campaign."""
    from .publish.outdir import check_target, remove_leftovers

    if site_dir is not None:
        check_target(root, site_dir)
    guard.enter_context(buildlock.stop_on_signals())
    guard.enter_context(buildlock.hold(root, on_wait=_step, write=not shared))
    buildlock.remove_stale_temp()
    if site_dir is not None:
        remove_leftovers(site_dir)


def _step(message: str) -> None:
    """Progress for work that takes seconds, on stderr so stdout stays clean."""
    print(message, file=sys.stderr, flush=True)


def _release(command: str, root: Path) -> int:
    """``publish``, ``rollback``, ``releases``: thin calls into :mod:`campaign.release`."""
    from . import release

    if command == "publish":
        published = release.publish(root, log=_step)
        print(f"Đã công bố bản {published.describe()}.")
        return 0
    target = release.load_target(root)
    if command == "rollback":
        with buildlock.hold(root, on_wait=_step):  # not while a publish of it is under way
            back = release.rollback(target, log=_step)
        print(f"Trang công bố đang là bản {back.name}.")
        return 0
    kept = release.releases(target)
    if not kept:
        print(f"Chưa có bản phát hành nào trên {target.label}.")
    for item in reversed(kept):
        print(("* " if item.current else "  ") + item.describe())
    return 0


def _known_unit(root: Path, code: str | None) -> None:
    """``--don-vi``: a unit of campaign.yml, checked before a post is written with it
    (a campaign.yml that does not read is reported by ``campaign check`` itself)."""
    if not code:
        return
    import difflib

    import yaml

    try:
        data = yaml.safe_load((root / "campaign.yml").read_bytes().decode("utf-8-sig"))
        known = [str(u["id"]) for u in data.get("units") or []]
    except Exception:  # anything unreadable: the check reports it, located
        return
    if code in known:
        return
    hint = difflib.get_close_matches(code, known, n=1, cutoff=0.6)
    listed = ", ".join(known[:8]) + (", …" if len(known) > 8 else "") if known else "chưa có"
    message = f"cần mã đơn vị có trong 'units' của campaign.yml ({listed}), nhận được '{code}'" + (
        f"; có phải ý bạn là '{hint[0]}'?" if hint else ""
    )
    raise ContentError([Problem("--don-vi", 0, "", message)])


def _broadcast_split(argv: list[str]) -> tuple[list[str], list[str]] | None:
    """``campaign [-C DIR] broadcast REST…``: the options before the command and
    REST, which ``campaign.broadcast.cli`` parses itself (its own ``--help`` too)."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in ("-C", "--thu-muc"):
            index += 2
        elif arg.startswith("--thu-muc=") or (arg.startswith("-C") and len(arg) > 2):
            index += 1
        elif arg == "broadcast":
            return argv[:index], argv[index + 1 :]
        else:
            return None
    return None


# Set once ``campaign build`` has finished and published its site (see ``main``).
_built = False


def main(argv: list[str] | None = None) -> int:
    """The command line. Run as the program (no ``argv``), a finished build ends the
    process at once (see :func:`_leave`); called with ``argv`` it returns."""
    global _built
    _built = False
    code = _main(argv)
    if argv is None and _built and code == 0:
        _leave(code)
    return code


def _leave(code: int) -> None:
    """End the process without Python taking apart every object it still holds.

    A build holds its pages, their trees and HTML until it ends; at exit Python frees
    them one by one: 0.6 s of CPU on one core after the site was published at 2,000
    news (the last stamp of a timeline to the process's end, build --force, idle
    machine), a tenth of the build. What exit does that matters is done first: the
    exit handlers (logging's, temporary folders', multiprocessing's), then the output
    flushed; not when another thread is still running (it would be cut short)."""
    if threading.active_count() != 1:
        return
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # closed, or a pipe no one reads
            pass
    os._exit(code)


def _main(argv: list[str] | None = None) -> int:
    global _built
    _utf8_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    split = _broadcast_split(argv)
    if split is not None:
        from .broadcast.cli import main as broadcast_main

        head, rest = split
        args = _parser().parse_args([*head, "broadcast"])
        return broadcast_main(rest, root=args.root.resolve())
    args = _parser().parse_args(argv)
    root: Path = args.root.resolve()
    guard = contextlib.ExitStack()
    try:
        if args.command in ("build", "check", "media", "serve"):
            jobs()  # a wrong CAMPAIGN_JOBS is reported before any work
        if args.command in ("build", "check", "media", "serve", "new", "import-docx", "admin"):
            from .content.siteconfig import require_campaign_folder

            # Not a campaign folder: nothing made (not even .cache/, the editor's accounts
            # or its git history).
            require_campaign_folder(root)
        if args.command in ("build", "check"):
            target = (args.site_dir or root / "site").resolve() if args.command == "build" else None
            _guard(guard, root, target, shared=args.command == "check")
        if args.command == "check":
            from .content.yamlcache import read_only
            from .media.kit import check_kit

            # A check only reads: no cache file is written, no photo decoded.
            guard.enter_context(read_only())
            project = load_project(root, check=True)
            # Every slogan measured in every format, nothing drawn: what the kit would refuse.
            _step("Đo chữ của bộ ấn phẩm (không vẽ ảnh)…")
            kit = check_kit(
                project.campaign,
                project.cache_dir / "kit",
                source=project.source,
                root=project.root,
            )
            _kit_warnings(kit)
            _card_notes(project)
            photos = len(project.photos.photos) if project.photos else 0
            # Links and anchors between pages are only known to MkDocs: it reads every
            # page as a strict build does and stops before rendering or writing.
            from .adapter.build import build_site

            scratch_name = buildlock.temp_name(buildlock.CHECK_PREFIX)  # removed if killed
            with tempfile.TemporaryDirectory(prefix=scratch_name) as scratch:
                scratch_site = Path(scratch) / "site"
                build_site(
                    root / "mkdocs.yml",
                    scratch_site,
                    quiet=True,
                    project=project,
                    kit=kit,
                    check=True,
                )
            print(
                f"Hợp lệ: campaign.yml, {len(project.documents)} trang trong docs/, "
                f"{photos} ảnh (ngày tính: {project.today})."
            )
            return 0
        if args.command == "build":
            started = time.perf_counter()
            from .publish.buildstamp import STAMP, is_current, record, split_inputs, with_register

            site_dir = (args.site_dir or root / "site").resolve()
            stamp = _cache_root(root) / STAMP
            inputs = split_inputs(root, site_dir, build_date())
            digest = None if inputs is None else inputs.digest(root)  # None: unreadable input
            if not args.force and is_current(stamp, site_dir, digest):
                print(
                    f"Không có gì thay đổi từ lần dựng trước: giữ nguyên {site_dir} "
                    f"({time.perf_counter() - started:.1f} giây; dựng lại: --force)."
                )
                return 0
            _step("Kiểm tra nội dung và ảnh…")
            project = load_project(root)
            _card_notes(project)
            kit = _kit(project)
            from .adapter.build import build_site

            _step(f"Dựng {len(project.documents)} trang viết tay và các trang tạo tự động…")
            site = build_site(
                root / "mkdocs.yml",
                args.site_dir,
                project=project,
                kit=kit,
                every_page=args.force,
                inputs=inputs,
            )
            record(stamp, site, with_register(digest, root))  # the build updates the register
            print(f"Đã dựng trang vào {site} ({time.perf_counter() - started:.1f} giây)")
            _built = True
            return 0
        if args.command == "serve":
            try:
                preloaded: tuple[Project, KitResult | None] | None = (load_project(root), None)
            except ContentError:
                preloaded = None  # the preview shows the problems until they are fixed
            from .adapter.serve import serve

            return serve(root / "mkdocs.yml", args.dev_addr, preloaded)
        if args.command == "admin":
            from .admin.serve import add_account, start

            if args.them_tai_khoan:
                return add_account(root, args.them_tai_khoan, args.vai_tro, args.ho_ten)
            return start(root, args.dia_chi)
        if args.command in ("publish", "rollback", "releases"):
            guard.enter_context(buildlock.stop_on_signals())  # a kill removes temporary folders
            return _release(args.command, root)
        if args.command == "media":
            kit = _kit(load_project(root))
            print(
                f"Bộ ấn phẩm: {len(kit.files)} tệp; vẽ mới {kit.rendered} ảnh, "
                f"{kit.cached} ảnh lấy từ bộ nhớ đệm. Chạy `campaign build` để đưa lên trang."
            )
            return 0
        if args.command == "new":
            from .content.siteconfig import refuse_without_news, require_campaign
            from .importers.scaffold import new_news, new_profile

            # Nothing is written into a folder that is not a campaign, nor a post
            # into a campaign whose mkdocs.yml does not publish news.
            (refuse_without_news if args.kind == "news" else require_campaign)(root)
            notes: list[str] = []
            if args.kind == "news":
                path = new_news(root / "docs", args.title, build_date(), notes)
            else:
                path = new_profile(root / "docs", args.title)
            for note in notes:
                print(f"Lưu ý: {note}", file=sys.stderr)
            print(
                f"Đã tạo {path.relative_to(root)}: mở tệp để điền nội dung, "
                "rồi chạy `campaign check`."
            )
            return 0
        if args.command == "init":
            from .importers.plan.init import init_from_plan

            created = init_from_plan(args.plan.resolve(), args.folder.resolve())
            print(created.report)
            names = ", ".join(str(p.relative_to(created.folder)) for p in created.written)
            print(
                f"Đã tạo {created.folder}: {names}. Đọc báo cáo, sửa các chỗ “CẦN SỬA”, "
                f"rồi chạy `campaign -C {args.folder} build`."
            )
            return 0
        if args.command == "import-docx":
            from .content.siteconfig import refuse_without_news
            from .importers.docx.post import import_docx

            refuse_without_news(root)
            _known_unit(root, args.don_vi)
            result = import_docx(
                args.file.resolve(),
                docs_dir=root / "docs",
                photos_dir=root / "anh",
                date=build_date(args.ngay, "--ngay"),
                unit=args.don_vi,
                categories=args.chu_de,
            )
            for warning in result.warnings:
                print(f"Lưu ý: {warning}", file=sys.stderr)
            print(
                f"Đã tạo {result.post.relative_to(root)} và {len(result.images)} ảnh; "
                "hãy đọc lại, sửa tóm tắt và mô tả ảnh, rồi chạy `campaign check`."
            )
            return 0
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        # init checks everything before it writes; the other commands leave site/ as it was.
        outcome = {
            "init": "chưa tạo tệp nào",
            "new": "chưa tạo tệp nào",
            "import-docx": "chưa tạo tệp nào",
            "admin": "chưa tạo tệp nào",
            "publish": "chưa gửi gì lên máy chủ, trang đang công bố giữ nguyên",
            "rollback": "trang đang công bố giữ nguyên",
            "releases": "chưa đọc được danh sách",
        }.get(args.command, "trang chưa được dựng lại")
        print(f"\nCó {count} lỗi cần sửa; {outcome}.", file=sys.stderr)
        return 1
    except CampaignError as exc:
        print(exc, file=sys.stderr)
        return 1
    except buildlock.Interrupted as exc:
        print("\nĐã dừng theo yêu cầu; trang đã dựng trước đó giữ nguyên.", file=sys.stderr)
        return 128 + exc.signum
    except OSError as exc:  # a folder not writable, a disk full: strerror is English
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{where}{os_reason(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        guard.close()
    return 2


if __name__ == "__main__":
    sys.exit(main())
