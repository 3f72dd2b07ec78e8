"""The editor's web application (WSGI, Werkzeug): login, Decap, its API, publish, Word.

State-changing requests all need the session's CSRF token (a header from
Decap, a form field from the pages) and a same-origin ``Origin`` when the
browser sends one; the session cookie is HttpOnly and SameSite=Strict.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import secrets
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.utils import redirect
from werkzeug.wrappers import Request, Response

from ..content.errors import CampaignError, ContentError, os_reason
from .accounts import ROLE_NAMES, Account, Accounts, accounts_file
from .audit import AuditLog, audit_file
from .decapconfig import API_PATH, decap_config
from .history import History
from .pages import (
    editor_page,
    login_page,
    message_page,
    publish_page,
    rollback_page,
    word_page,
)
from .paths import PathRefused, inside
from .proxy import ActionError, Proxy, undone
from .ratelimit import LoginThrottle
from .release import (
    Outcome,
    ReleaseList,
    Runner,
    publish_configured,
    release_list,
    roll_back,
    run_build_only,
    run_cli,
    run_publish,
)
from .sessions import COOKIE, IDLE_SECONDS, Session, Sessions, same_token
from .validate import load_campaign_or_none

__all__ = ["EditorApp", "decap_dist", "site_styles"]

_ASSETS = Path(__file__).resolve().parent.parent / "assets" / "admin"
_LOGIN_COOKIE = "campaign_login"
REGISTER = "dia-chi.yml"
_DIST_FILE = re.compile(r"^[A-Za-z0-9_.-]+\.(js|css|wasm)$")
_PHOTO_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}
_TYPES = {".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm"}
MAX_REQUEST = 64 * 1024 * 1024  # a phone photo, base64-encoded, with its entry
_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "SAMEORIGIN",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def site_styles() -> dict[str, Path]:
    """The stylesheets a built page links, by the name the preview asks for."""
    theme = importlib.util.find_spec("material")  # located, not imported (no MkDocs here)
    origin = theme.origin if theme is not None and theme.origin else "."
    sheets = Path(origin).resolve().parent / "templates" / "assets" / "stylesheets"
    found = {"campaign.css": _ASSETS.parent / "campaign.css"}
    for main in sorted(sheets.glob("main.*.min.css"))[:1]:
        found["material.css"] = main
    return found


def decap_dist() -> Path:
    """Decap CMS's built files, installed by ``npm ci`` (package-lock.json pins 3.16.3)."""
    return Path(__file__).resolve().parents[2] / "node_modules" / "decap-cms" / "dist"


@dataclass
class EditorApp:
    root: Path
    accounts: Accounts
    audit: AuditLog
    history: History
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    sessions: Sessions = field(default_factory=Sessions)
    build: Callable[[Path], tuple[bool, str]] | None = None
    runner: Runner = run_cli  # `campaign publish` as a separate process (tests replace it)

    @classmethod
    def for_campaign(cls, root: Path) -> EditorApp:
        root = root.resolve()
        return cls(root, Accounts(accounts_file(root)), AuditLog(audit_file(root)), History(root))

    def __post_init__(self) -> None:
        self.proxy = Proxy(self.root, self.history, self.audit)
        self.publishing = Publishing(self.audit)
        self.url_map = Map(
            [
                Rule("/", endpoint="home"),
                Rule("/admin/", endpoint="editor"),
                Rule("/admin/dang-nhap", endpoint="login"),
                Rule("/admin/dang-xuat", endpoint="logout", methods=["POST"]),
                Rule("/admin/config.json", endpoint="config"),
                Rule("/admin/static/<name>", endpoint="static"),
                Rule("/admin/decap/<name>", endpoint="decap"),
                Rule("/admin/site/<name>", endpoint="site_style"),
                # Decap shows a photo already in an entry at public_folder, relative to /admin/.
                Rule("/admin/anh/<path:name>", endpoint="photo"),
                Rule(API_PATH, endpoint="api", methods=["POST"]),
                Rule("/admin/xuat-ban", endpoint="publish", methods=["GET", "POST"]),
                Rule("/admin/quay-lai", endpoint="rollback", methods=["GET", "POST"]),
                Rule("/admin/word", endpoint="word", methods=["GET", "POST"]),
            ]
        )

    # WSGI ----------------------------------------------------------------------------

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        request = Request(environ)
        request.max_content_length = MAX_REQUEST
        adapter = self.url_map.bind_to_environ(environ)
        try:
            endpoint, values = adapter.match()
            if request.method == "POST" and not self._same_origin(request):
                response = self._refuse(request, 403, "Yêu cầu không đến từ trang trình soạn thảo.")
            else:
                handler: Callable[..., Response] = getattr(self, "_" + endpoint)
                response = handler(request, **values)
        except HTTPException as exc:
            response = exc.get_response(environ)
        finally:
            request.close()  # uploaded files are spooled to temporary files
        for name, value in _HEADERS.items():
            response.headers.setdefault(name, value)
        return response(environ, start_response)

    @staticmethod
    def _same_origin(request: Request) -> bool:
        origin = request.headers.get("Origin")
        return origin is None or origin == request.host_url.rstrip("/")

    def _session(self, request: Request) -> Session | None:
        return self.sessions.get(request.cookies.get(COOKIE))

    @staticmethod
    def _refuse(request: Request, status: int, message: str) -> Response:
        if request.path == API_PATH:
            return _json({"error": message}, status)
        return _html(message_page("Không thực hiện được", message, ok=False), status)

    def _checked(self, request: Request) -> Session | Response:
        """The session of a state-changing form request, its CSRF token checked."""
        session = self._session(request)
        if session is None:
            return redirect("/admin/dang-nhap")
        if not same_token(request.form.get("csrf"), session.csrf):
            return self._refuse(request, 403, "Phiên làm việc đã hết hạn; hãy tải lại trang.")
        return session

    # Pages ---------------------------------------------------------------------------

    def _home(self, request: Request) -> Response:
        return redirect("/admin/")

    def _editor(self, request: Request) -> Response:
        session = self._session(request)
        if session is None:
            return redirect("/admin/dang-nhap")
        account = session.account
        page = editor_page(
            session.csrf, account.full_name, ROLE_NAMES[account.role], account.can_publish()
        )
        return _html(page)

    def _login(self, request: Request) -> Response:
        if request.method == "GET":
            token = secrets.token_urlsafe(24)
            response = _html(login_page(token))
            _cookie(response, _LOGIN_COOKIE, token, path="/admin/dang-nhap")
            return response
        name = request.form.get("ten", "").strip().lower()
        password = request.form.get("mat_khau", "")
        keys = (f"user:{name}", f"ip:{request.remote_addr}")
        token = request.cookies.get(_LOGIN_COOKIE, "")
        if not token or not same_token(request.form.get("csrf"), token):
            return self._login_again("Trang đăng nhập đã cũ; hãy thử lại.", name, 403)
        wait = self.throttle.wait(*keys)
        if wait > 0:
            self.audit.record(name or "?", "đăng nhập bị chặn", address=request.remote_addr)
            message = (
                f"Sai mật khẩu nhiều lần. Hãy đợi {int(wait) + 1} giây rồi thử lại "
                "(hoặc hỏi người quản trị)."
            )
            response = self._login_again(message, name, 429)
            response.headers["Retry-After"] = str(int(wait) + 1)
            return response
        account = self.accounts.verify(name, password)
        if account is None:
            self.throttle.failed(*keys)
            self.audit.record(name or "?", "đăng nhập sai", address=request.remote_addr)
            return self._login_again("Sai tên đăng nhập hoặc mật khẩu.", name, 401)
        self.throttle.succeeded(*keys)
        session = self.sessions.open(account)
        self.audit.record(account.name, "đăng nhập", address=request.remote_addr)
        response = redirect("/admin/", code=303)
        _cookie(response, COOKIE, session.token)
        response.delete_cookie(_LOGIN_COOKIE, path="/admin/dang-nhap")
        return response

    def _login_again(self, message: str, name: str, status: int) -> Response:
        token = secrets.token_urlsafe(24)
        response = _html(login_page(token, message, name), status)
        _cookie(response, _LOGIN_COOKIE, token, path="/admin/dang-nhap")
        return response

    def _logout(self, request: Request) -> Response:
        session = self._checked(request)
        if isinstance(session, Response):
            return session
        self.sessions.close(session.token)
        self.audit.record(session.account.name, "đăng xuất")
        response = redirect("/admin/dang-nhap", code=303)
        response.delete_cookie(COOKIE, path="/")
        return response

    def _config(self, request: Request) -> Response:
        if self._session(request) is None:
            return _json({"error": "Chưa đăng nhập."}, 401)
        return _json(decap_config(load_campaign_or_none(self.root)))

    def _static(self, request: Request, name: str) -> Response:
        return _file(_ASSETS, name)

    def _site_style(self, request: Request, name: str) -> Response:
        """The site's stylesheets, for Decap's preview pane: Material's (from the
        installed theme) and the campaign's."""
        found = site_styles().get(name)
        if found is None:
            raise NotFound()
        return _file(found.parent, found.name, cache=True)

    def _decap(self, request: Request, name: str) -> Response:
        return _file(decap_dist(), name, cache=True)

    def _photo(self, request: Request, name: str) -> Response:
        if self._session(request) is None:
            return _json({"error": "Chưa đăng nhập."}, 401)
        try:
            path = inside(self.root, "anh/" + name)
        except PathRefused:
            raise NotFound() from None
        kind = _PHOTO_TYPES.get(path.suffix.lower())
        if kind is None or not path.is_file():
            raise NotFound()
        return Response(path.read_bytes(), mimetype=kind)

    # The API Decap talks to ------------------------------------------------------------

    def _api(self, request: Request) -> Response:
        session = self._session(request)
        if session is None:
            return _json({"error": "Chưa đăng nhập hoặc phiên đã hết hạn; hãy tải lại trang."}, 401)
        if not same_token(request.headers.get("X-CSRF-Token"), session.csrf):
            return _json({"error": "Phiên làm việc đã hết hạn; hãy tải lại trang."}, 403)
        try:
            body = json.loads(request.get_data(as_text=True))
        except ValueError:
            return _json({"error": "yêu cầu không hợp lệ"}, 400)
        try:
            return _json(self.proxy.handle(session, body))
        except ActionError as exc:
            return _json({"error": exc.message}, exc.status)
        except CampaignError as exc:  # git refused a commit: said as what was not done
            action = body.get("action") if isinstance(body, dict) else None
            return _json({"error": undone(str(action), str(exc))}, 500)
        except OSError as exc:  # a disk full, a file not writable: said in Vietnamese
            where = f"{exc.filename}: " if exc.filename else ""
            return _json({"error": f"Chưa lưu: {where}{os_reason(exc)}"}, 500)

    # Publishing and Word -------------------------------------------------------------

    def _publish(self, request: Request) -> Response:
        """POST starts a release in the background (one at a time); GET shows how it went
        and the releases on the server."""
        if request.method == "GET":
            session = self._session(request)
            if session is None:
                return redirect("/admin/dang-nhap")
            listed = None if self.publishing.busy() else release_list(self.root)
            return _html(self.publishing.page(session.csrf, session.account.can_publish(), listed))
        checked = self._checked(request)
        if isinstance(checked, Response):
            return checked
        if not checked.account.can_publish():
            return self._refuse(request, 403, "Chỉ người xuất bản mới xuất bản được trang.")
        account = checked.account
        if self.publishing.start(account.full_name, lambda: self._build_and_deploy(account)):
            self.audit.record(checked.account.name, "xuất bản: bắt đầu dựng trang")
        return redirect("/admin/xuat-ban", code=303)

    def _build_and_deploy(self, account: Account) -> Outcome:
        if publish_configured(self.root):
            result = run_publish(self.root, self.runner)
        else:
            result = run_build_only(self.root, (self.build or build_site)(self.root))
        # A build records every address each page has had (dia-chi.yml): kept with the content.
        with self.proxy.lock:
            if (self.root / REGISTER).is_file() and self.history.changed(REGISTER):
                self.history.commit(account, "Ghi địa chỉ các trang sau khi dựng", [REGISTER])
        return result

    def _rollback(self, request: Request) -> Response:
        """GET asks to confirm (which release is served, which one comes back);
        POST goes back one release, if the one served is still the one confirmed."""
        if request.method == "GET":
            session = self._session(request)
            if session is None:
                return redirect("/admin/dang-nhap")
            if not session.account.can_publish():
                return self._refuse(request, 403, "Chỉ người xuất bản mới quay lại bản trước.")
            return _html(rollback_page(session.csrf, release_list(self.root)))
        checked = self._checked(request)
        if isinstance(checked, Response):
            return checked
        if not checked.account.can_publish():
            return self._refuse(request, 403, "Chỉ người xuất bản mới quay lại bản trước.")
        expected = request.form.get("tu", "")
        who = checked.account
        job = lambda: roll_back(self.root, expected)  # noqa: E731
        if self.publishing.start(who.full_name, job, "quay lại bản trước"):
            self.audit.record(who.name, "quay lại bản trước: bắt đầu", served=expected)
        return redirect("/admin/xuat-ban", code=303)

    def _word(self, request: Request) -> Response:
        if request.method == "GET":
            session = self._session(request)
            if session is None:
                return redirect("/admin/dang-nhap")
            return _html(word_page(session.csrf, self._units()))
        checked = self._checked(request)
        if isinstance(checked, Response):
            return checked
        upload = request.files.get("tep")
        if upload is None or not (upload.filename or "").lower().endswith(".docx"):
            page = word_page(checked.csrf, self._units(), "Hãy chọn một tệp .docx.")
            return _html(page, 400)
        from ..importers.docx.post import import_docx
        from ..project import build_date

        try:
            with tempfile.TemporaryDirectory(prefix="campaign-word-") as scratch:
                source = Path(scratch) / "bai-viet.docx"
                upload.save(source)
                with self.proxy.lock:
                    result = import_docx(
                        source,
                        docs_dir=self.root / "docs",
                        photos_dir=self.root / "anh",
                        date=build_date(request.form.get("ngay") or None, "ngày đăng"),
                        unit=request.form.get("don_vi") or None,
                        categories=[c for c in [request.form.get("chu_de", "").strip()] if c],
                    )
                    written = [result.post, *result.images]
                    index = self.root / "docs" / "tin-tuc" / "index.md"
                    paths = [p.relative_to(self.root).as_posix() for p in written]
                    if index.exists():
                        paths.append("docs/tin-tuc/index.md")
                    self.history.commit(
                        checked.account, f"Nhập tin bài từ tệp Word {upload.filename}", paths
                    )
        except ContentError as exc:
            details = "\n".join(str(p) for p in exc.problems)
            return _html(word_page(checked.csrf, self._units(), details), 422)
        self.audit.record(checked.account.name, "nhập Word", files=paths)
        slug = result.post.stem
        return redirect(f"/admin/#/collections/news/entries/{slug}", code=303)

    def _units(self) -> list[tuple[str, str]]:
        campaign = load_campaign_or_none(self.root)
        return [(u.id, u.name) for u in campaign.units] if campaign else []


class Publishing:
    """The one build-and-deploy that may run at a time, and how the last one ended."""

    def __init__(self, audit: AuditLog) -> None:
        self.audit = audit
        self._lock = threading.Lock()
        self.running: tuple[str, str, str] | None = None  # (who, started at, doing what)
        self.last: Outcome | None = None  # (tone, message, log)

    def start(self, who: str, job: Callable[[], Outcome], action: str = "xuất bản") -> bool:
        with self._lock:
            if self.running is not None:
                return False
            doing = "dựng trang" if action == "xuất bản" else action
            self.running = (who, dt.datetime.now().strftime("%H:%M"), doing)

        def run() -> None:
            try:
                result = job()
            except Exception as exc:  # reported on the page, never lost in a thread
                result = ("error", "Dựng trang gặp lỗi không lường trước.", repr(exc))
            # Logged before the page stops saying "running": whoever sees the job done
            # finds its end in the audit log too.
            try:
                done = result[0] == "ok"
                self.audit.record(who, f"{action}: kết thúc", done=done, message=result[1])
            finally:
                with self._lock:
                    self.last, self.running = result, None

        threading.Thread(target=run, name="campaign-publish", daemon=True).start()
        return True

    def busy(self) -> bool:
        with self._lock:
            return self.running is not None

    def page(self, csrf: str, can_publish: bool, listed: ReleaseList | None) -> str:
        with self._lock:
            running, last = self.running, self.last
        if running is not None:
            who, started, doing = running
            return message_page(
                "Đang xuất bản",
                f"Đang {doing} (bắt đầu lúc {started}, do {who}); trang này tự tải lại.",
                ok=True,
                refresh=5,
            )
        return publish_page(csrf, can_publish, last, listed)


def build_site(root: Path) -> tuple[bool, str]:
    """``campaign build`` of the campaign, as a separate process (its own build lock)."""
    done = subprocess.run(
        [sys.executable, "-m", "campaign.cli", "-C", str(root), "build"],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    return done.returncode == 0, (done.stdout + done.stderr).strip()


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), status, mimetype="application/json")


def _html(text: str, status: int = 200) -> Response:
    return Response(text, status, mimetype="text/html")


def _cookie(response: Response, name: str, value: str, path: str = "/") -> None:
    response.set_cookie(
        name, value, max_age=IDLE_SECONDS, path=path, httponly=True, samesite="Strict"
    )


def _file(folder: Path, name: str, cache: bool = False) -> Response:
    if not _DIST_FILE.match(name) or not (folder / name).is_file():
        raise NotFound()
    suffix = Path(name).suffix
    response = Response((folder / name).read_bytes(), mimetype=_TYPES[suffix])
    if cache:
        response.headers["Cache-Control"] = "private, max-age=86400"
    return response
