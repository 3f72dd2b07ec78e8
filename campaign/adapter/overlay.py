"""What ``campaign serve`` shows while a file has a mistake.

Every HTML page of the last good preview gets a banner listing the problems
(``file:line: ...``), and until a first build succeeds every address answers
with a page listing them. Both are plain HTML with an external stylesheet
(and, on the error page, an external script that waits for the next build):
nothing inline, so a strict Content-Security-Policy changes nothing. Every
problem is user text and is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import Any, Protocol

__all__ = ["ASSETS", "Status", "banner", "error_page", "with_problems"]

# Served by the preview itself, under MkDocs' own live-reload prefix (never a site file).
PREFIX = "/livereload/campaign/"
CSS = """\
.campaign-loi{position:relative;z-index:1000;margin:0;padding:.8rem 1rem;
background:#fff4e5;color:#5f2100;border-bottom:4px solid #d32f2f;
font:16px/1.5 system-ui,sans-serif}
.campaign-loi strong{color:#b71c1c}
.campaign-loi ul{margin:.4rem 0 0;padding-left:1.2rem}
.campaign-loi code{font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap;
overflow-wrap:anywhere;color:#3e1000;background:none}
"""
# MkDocs' live reload asks /livereload/<epoch>/<id> and is answered with the epoch
# of the newest build (milliseconds of time.monotonic) once it is newer than <epoch>.
JS = """\
(function () {
  var epoch = Number(document.currentScript.getAttribute("data-epoch"));
  function poll() {
    var request = new XMLHttpRequest();
    request.onloadend = function () {
      if (parseFloat(this.responseText) > epoch) {
        location.reload();
      } else {
        setTimeout(poll, this.status === 200 ? 0 : 3000);
      }
    };
    request.open("GET", "/livereload/" + epoch + "/" + Date.now());
    request.send();
  }
  poll();
})();
"""
ASSETS = {
    PREFIX + "loi.css": (CSS.encode(), "text/css; charset=utf-8"),
    PREFIX + "tai-lai.js": (JS.encode(), "application/javascript; charset=utf-8"),
}

_BODY = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)


class Status(Protocol):
    """The preview's state, as the server needs it."""

    problems: list[str]  # empty when the preview shows the files as they are
    ready: bool  # a good build has been written
    building: bool  # a build is under way
    attempted: int  # when the last build ended (MkDocs' live-reload clock)


def _items(problems: list[str]) -> str:
    return "".join(f"<li><code>{html.escape(p)}</code></li>" for p in problems)


def banner(problems: list[str]) -> str:
    """The notice put at the top of every page while some file has a mistake."""
    return (
        f'<link rel="stylesheet" href="{PREFIX}loi.css">'
        '<section class="campaign-loi" role="alert" lang="vi">'
        f"<p><strong>Trang xem trước chưa cập nhật: có {len(problems)} lỗi cần sửa.</strong> "
        "Trang dưới đây là bản dựng đúng gần nhất. Sửa xong và lưu tệp, trang tự tải lại "
        "và thông báo này mất đi.</p>"
        f"<ul>{_items(problems)}</ul></section>"
    )


def error_page(problems: list[str], epoch: int, building: bool = False) -> str:
    """The page every address shows until a first build succeeds."""
    under_way = (
        "<p><strong>Đang dựng lại trang sau lần sửa mới nhất…</strong> "
        "Trang tự tải lại khi xong.</p>"
        if building
        else ""
    )
    return (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<title>Chưa dựng được trang xem trước</title>"
        f'<link rel="stylesheet" href="{PREFIX}loi.css">'
        f'<script src="{PREFIX}tai-lai.js" data-epoch="{epoch}"></script>'
        '</head><body><main class="campaign-loi" role="alert">'
        "<h1>Chưa dựng được trang xem trước</h1>"
        f"{under_way}<p><strong>Có {len(problems)} lỗi cần sửa:</strong></p>"
        f"<ul>{_items(problems)}</ul>"
        "<p>Sửa các chỗ trên và lưu tệp: trang tự tải lại khi dựng xong "
        "(cửa sổ lệnh cũng ghi các lỗi này).</p></main></body></html>"
    )


def inject(page: bytes, problems: list[str]) -> bytes:
    """``page`` with the banner first in its body."""
    notice = banner(problems).encode()
    match = _BODY.search(page)
    at = match.end() if match else 0
    return page[:at] + notice + page[at:]


WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def with_problems(app: WSGIApp, status: Status) -> WSGIApp:
    """MkDocs' live-reload server ``app``, showing ``status``'s problems."""

    def serve(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path in ASSETS:
            body, kind = ASSETS[path]
            start_response("200 OK", [("Content-Type", kind), ("Cache-Control", "no-store")])
            return [body]
        if not status.ready and not path.startswith("/livereload/"):
            page = error_page(status.problems, status.attempted, status.building).encode()
            start_response(
                "503 Service Unavailable",
                [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
            )
            return [page]
        answer: list[Any] = []

        def hold(code: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
            answer[:] = [code, headers, exc_info]

        result = app(environ, hold)
        problems = status.problems
        code, headers, exc_info = answer
        kind = next((v for k, v in headers if k.lower() == "content-type"), "")
        if not problems or not kind.startswith("text/html"):
            start_response(code, headers, exc_info)
            return result
        try:
            page = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        page = inject(page, problems)
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        start_response(code, [*headers, ("Content-Length", str(len(page)))], exc_info)
        return [page]

    return serve
