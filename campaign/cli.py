"""The ``campaign`` command: build, check and preview a campaign site."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from pathlib import Path

from .errors import CampaignError, ContentError
from .project import load_project

__all__ = ["main"]


def _utf8_streams() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower() != "utf-8":
            stream.reconfigure(encoding="utf-8")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="campaign", description="Dựng trang chiến dịch truyền thông từ campaign.yml và docs/."
    )
    parser.add_argument(
        "-C",
        "--thu-muc",
        dest="root",
        type=Path,
        default=Path("."),
        help="thư mục chiến dịch (chứa mkdocs.yml và campaign.yml); mặc định: thư mục hiện tại",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")
    build = sub.add_parser("build", help="kiểm tra rồi dựng trang vào site/ (giữ bản cũ nếu lỗi)")
    build.add_argument("--site-dir", type=Path, help="thư mục xuất (mặc định: site/)")
    sub.add_parser("check", help="kiểm tra campaign.yml và các trang trong docs/")
    serve = sub.add_parser("serve", help="xem trước trang, tự tải lại khi sửa")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="địa chỉ xem trước")
    return parser


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    args = _parser().parse_args(argv)
    root: Path = args.root.resolve()
    try:
        if args.command == "check":
            project = load_project(root)
            print(
                f"Hợp lệ: {root / 'campaign.yml'} và {root / 'docs'}/ (ngày tính: {project.today})."
            )
            return 0
        if args.command == "build":
            load_project(root)
            from .adapter.build import build_site

            site = build_site(root / "mkdocs.yml", args.site_dir)
            print(f"Đã dựng trang vào {site}")
            return 0
        if args.command == "serve":
            load_project(root)
            command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(root / "mkdocs.yml")]
            return subprocess.call([*command, "--dev-addr", args.dev_addr])
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        print(f"\nCó {count} lỗi cần sửa; trang chưa được dựng lại.", file=sys.stderr)
        return 1
    except CampaignError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
