"""The actions Decap CMS's proxy backend sends (the protocol of ``decap-server``).

Every path is checked by :func:`campaign.admin.paths.inside`; every save is
validated as ``campaign check`` would, refused when it is based on an older
version than the file's current one, then committed with its author.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from ..content.dates import short_date
from ..content.schemas import NEWS_DIR, PageMeta, schema_for
from .audit import AuditLog
from .decapconfig import CAMPAIGN_SECTIONS, COLLECTIONS, LABELS, PHOTOS, fields_for
from .history import History, blob_id
from .paths import PathRefused, inside
from .sessions import Session
from .validate import check_entry, keep_hidden_keys, splice_section, with_photo_paths

__all__ = ["PHOTO_TYPES", "ActionError", "Proxy", "undone"]

PHOTO_TYPES = (".jpg", ".jpeg", ".png", ".webp")
MAX_PHOTO_BYTES = 40 * 1024 * 1024
NEWS = "docs/" + NEWS_DIR


class ActionError(Exception):
    """Refused; ``message`` is shown to the user by the editor."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root.resolve()).as_posix()


@dataclass
class Proxy:
    root: Path
    history: History
    audit: AuditLog
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, session: Session, body: Any) -> Any:
        if not isinstance(body, dict) or not isinstance(body.get("action"), str):
            raise ActionError(422, "yêu cầu không hợp lệ")
        params = body.get("params") or {}
        if not isinstance(params, dict):
            raise ActionError(422, "yêu cầu không hợp lệ")
        action: Callable[[Session, dict[str, Any]], Any] | None = getattr(
            self, "_" + body["action"], None
        )
        if action is None or body["action"] not in _ACTIONS:
            raise ActionError(422, f"thao tác không được hỗ trợ: {body['action']}")
        try:
            return action(session, params)
        except PathRefused as exc:
            raise ActionError(400, undone(body["action"], str(exc))) from None
        except ActionError as exc:
            raise ActionError(exc.status, undone(body["action"], exc.message)) from None

    # Reading -------------------------------------------------------------------------

    def _path(self, name: object) -> Path:
        return inside(self.root, name)

    def _entry(self, session: Session, name: str, label: Any = None) -> dict[str, Any]:
        path = self._path(name)
        try:
            content = path.read_bytes()
        except OSError:
            return {"data": None, "file": {"path": name, "label": label, "id": None}}
        version = blob_id(content)
        session.reads[name] = version
        text = content.decode("utf-8", errors="replace")
        return {"data": text, "file": {"path": name, "label": label, "id": version}}

    def _info(self, session: Session, params: dict[str, Any]) -> Any:
        return {"repo": self.root.name, "publish_modes": ["simple"], "type": "local_git"}

    def _entriesByFolder(self, session: Session, params: dict[str, Any]) -> Any:
        folder = self._path(params.get("folder"))
        extension = str(params.get("extension") or "")
        depth = int(params.get("depth") or 1)
        entries = []
        for path in _files(folder, extension, depth):
            name = _rel(self.root, path)
            if name.startswith("docs/") and _is_plain_page(name, folder):
                continue  # an index page in a collection's folder is no item of it
            entries.append(self._entry(session, name))
        return entries

    def _entriesByFiles(self, session: Session, params: dict[str, Any]) -> Any:
        files = params.get("files") or []
        if not isinstance(files, list):
            raise ActionError(422, "yêu cầu không hợp lệ")
        return [self._entry(session, f.get("path"), f.get("label")) for f in files]

    def _getEntry(self, session: Session, params: dict[str, Any]) -> Any:
        return self._entry(session, params.get("path"))  # type: ignore[arg-type]

    def _media(self, name: str) -> dict[str, Any]:
        content = self._path(name).read_bytes()
        return {
            "id": blob_id(content),
            "content": base64.b64encode(content).decode("ascii"),
            "encoding": "base64",
            "path": name,
            "name": PurePosixPath(name).name,
        }

    def _getMedia(self, session: Session, params: dict[str, Any]) -> Any:
        """Every photo of the campaign, subfolders included (the flagship and import-docx
        keep theirs in anh/minh-hoa/…). Decap shows, while an item is open, only files
        whose folder is media_folder itself, and writes a picked one as public_folder +
        its file name: a photo in a subfolder is listed as ``anh/<its name>``, which
        :meth:`_getMediaFile` finds and a save turns back into its real path
        (:meth:`_photo_path`). One at the top of anh/ with the same name hides it."""
        folder = self._path(params.get("mediaFolder") or PHOTOS)
        photos = _photos(folder)
        top = {p.name for p in photos if p.parent == folder}
        listed = []
        for path in photos:
            if path.parent != folder and path.name in top:
                continue
            media = self._media(_rel(self.root, path))
            media["path"] = _rel(self.root, folder / path.name)
            listed.append(media)
        return listed

    def _getMediaFile(self, session: Session, params: dict[str, Any]) -> Any:
        name = params.get("path")
        path = self._path(name)
        if not path.is_file() and path.parent == self._path(PHOTOS):
            # Decap looks a photo up as media_folder + file name; import-docx and the
            # flagship keep photos in subfolders of anh/: the one photo of that name.
            found = [p for p in _photos(path.parent) if p.name == path.name]
            path = found[0] if len(found) == 1 else path
        try:
            return self._media(_rel(self.root, path))
        except OSError:
            raise ActionError(404, f"không có tệp {name}") from None

    def _getDeployPreview(self, session: Session, params: dict[str, Any]) -> Any:
        return None

    # Writing -------------------------------------------------------------------------

    def _stale(self, session: Session, name: str) -> None:
        """Refuse a save not based on the file's current version."""
        path = self._path(name)
        current = blob_id(path.read_bytes()) if path.is_file() else None
        if current is None or session.reads.get(name) == current:
            return
        last = self.history.last_change(name)
        if self.history.changed(name):
            who = " ngoài trình soạn thảo"  # on disk, not committed: by no one git knows
            made = " (viết ngoài trình soạn thảo)"
        else:
            who = f" bởi {last[0]} lúc {_when(last[1])}" if last else ""
            made = f" (do {last[0]} lưu lúc {_when(last[1])})" if last else ""
        if name not in session.reads:
            raise ActionError(
                409,
                f"Chưa lưu: đã có tệp {name}{made}. Hãy tải lại trang, mở mục đó và sửa ở đó "
                "(hoặc đổi tiêu đề để tạo mục mới).",
            )
        raise ActionError(
            409,
            f"Chưa lưu: {name} đã được sửa{who}, sau khi bạn mở. Bản của bạn không ghi đè "
            "bản đó. Hãy sao chép phần vừa viết, tải lại trang để xem bản mới rồi sửa lại.",
        )

    def _asset(self, asset: Any) -> tuple[str, bytes]:
        if not isinstance(asset, dict) or asset.get("encoding") != "base64":
            raise ActionError(422, "ảnh gửi lên không hợp lệ")
        name = str(asset.get("path") or "")
        path = self._path(name)
        if not name.startswith("anh/") or path.suffix.lower() not in PHOTO_TYPES:
            raise ActionError(
                400, f"ảnh cần là tệp .jpg, .png hoặc .webp trong thư mục anh/, nhận được {name}"
            )
        try:
            content = base64.b64decode(str(asset.get("content") or ""), validate=True)
        except (binascii.Error, ValueError):
            raise ActionError(422, f"ảnh {name} gửi lên bị hỏng") from None
        if len(content) > MAX_PHOTO_BYTES:
            raise ActionError(413, f"ảnh {name} quá lớn (tối đa 40 MB)")
        return name, content

    def _photo_path(self, value: str, new_photos: frozenset[str]) -> str:
        """``anh/x.jpg`` as Decap writes a photo picked in its dialog (public_folder + the
        file name, whatever its folder) → ``anh/minh-hoa/x.jpg``, the photo of that name
        in a subfolder, when ``anh/x.jpg`` itself is neither a file nor sent with the save.
        Two photos of that name in subfolders: refused, naming both."""
        parts = value.split("/")
        if len(parts) != 2 or parts[0] != PHOTOS or value in new_photos:
            return value
        try:
            if self._path(value).exists():
                return value
        except PathRefused:
            return value  # not a plain photo name: the check says what is wrong
        found = [_rel(self.root, p) for p in _photos(self._path(PHOTOS)) if p.name == parts[1]]
        if len(found) > 1:
            raise ActionError(
                422,
                f"Chưa lưu: có {len(found)} ảnh cùng tên {parts[1]} ({', '.join(found)}). "
                "Hãy đổi tên một ảnh (tên tệp khác nhau) rồi chọn lại.",
            )
        return found[0] if found else value

    def _require_writer(self, session: Session) -> None:
        if session.account.role not in ("editor", "publisher"):
            raise ActionError(403, "tài khoản này không được sửa nội dung")

    def _final_text(
        self, name: str, slug: Any, raw: str, new_photos: frozenset[str] = frozenset()
    ) -> str:
        """What is written: campaign.yml gets only the part its form edits; a page keeps
        the front matter keys its form does not show (``slug:``, ``tags:``…), and a photo
        chosen in a subfolder of anh/ gets its folder back (see :meth:`_photo_path`)."""
        if name != "campaign.yml":
            path = self._path(name)
            old = path.read_text(encoding="utf-8") if path.is_file() else None
            text = keep_hidden_keys(old, raw, PurePosixPath(name).stem, name.startswith(NEWS))
            return with_photo_paths(text, lambda v: self._photo_path(v, new_photos))
        section = next((s for s in CAMPAIGN_SECTIONS if s[0] == slug), None)
        if section is None:
            raise ActionError(422, "không rõ phần nào của campaign.yml được sửa")
        _, _, key_path, model, _ = section
        try:
            value: Any = yaml.safe_load(raw) or {}
        except yaml.YAMLError:
            raise ActionError(422, "nội dung gửi lên không đọc được") from None
        for key in key_path:
            value = value.get(key) if isinstance(value, dict) else None
        shown = frozenset(f["name"] for f in fields_for(model))
        current = self._path(name).read_text(encoding="utf-8")
        return splice_section(current, key_path, value, shown)

    def _persistEntry(self, session: Session, params: dict[str, Any]) -> Any:
        self._require_writer(session)
        data_files = params.get("dataFiles") or ([params["entry"]] if params.get("entry") else [])
        assets = [self._asset(a) for a in params.get("assets") or []]
        new_photos = {name for name, _ in assets}
        writes: list[tuple[str, bytes]] = []
        removes: list[str] = []
        with self.lock:
            for data_file in data_files:
                if not isinstance(data_file, dict) or not isinstance(data_file.get("raw"), str):
                    raise ActionError(422, "yêu cầu không hợp lệ")
                name = str(data_file.get("path"))
                self._path(name)
                self._stale(session, name)
                target = str(data_file.get("newPath") or name)
                if target != name:
                    self._path(target)
                    self._stale(session, target)
                    removes.append(name)
                text = self._final_text(
                    target, data_file.get("slug"), data_file["raw"], frozenset(new_photos)
                )
                problems = check_entry(self.root, target, text, new_photos)
                if problems:
                    # Named as the form names the field (the key too, for campaign.yml).
                    lines = "; ".join(
                        f"{_label(p.field)}: {p.message}" if p.field else p.message
                        for p in problems
                    )
                    raise ActionError(422, f"Chưa lưu, cần sửa: {lines}")
                writes.append((target, text.encode("utf-8")))
            paths = self._write(writes + assets, removes)
            message = str((params.get("options") or {}).get("commitMessage") or "Sửa nội dung")
            commit = self.history.commit(session.account, message, paths)
            for name, content in writes:
                session.reads[name] = blob_id(content)
        self.audit.record(session.account.name, "lưu", files=paths, commit=commit)
        return {"message": "entry persisted"}

    def _write(self, files: list[tuple[str, bytes]], removes: list[str]) -> list[str]:
        for name, content in files:
            path = self._path(name)
            path.parent.mkdir(parents=True, exist_ok=True)
            temp = path.with_name(f".{path.name}.tmp")
            temp.write_bytes(content)
            temp.replace(path)
        for name in removes:
            self._path(name).unlink(missing_ok=True)
        return [name for name, _ in files] + removes

    def _validateEntry(self, session: Session, params: dict[str, Any]) -> Any:
        """The problems a save of ``data`` (the form's values) would be refused for, each
        with its field, so the editor shows them next to that field. ``photos``: those
        chosen in the form, sent with the save. Nothing is written; the save checks again."""
        data = params.get("data")
        if not isinstance(data, dict):
            raise ActionError(422, "yêu cầu không hợp lệ")
        collection = params.get("collection")
        folder = next((c[2] for c in COLLECTIONS if c[0] == collection), None)
        if folder is not None:
            name = params.get("path")
            fields = {k: v for k, v in data.items() if k != "body" and v not in ("", None, [])}
            front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=100)
            raw = f"---\n{front}---\n\n{data.get('body') or ''}"
            if name:
                if not self._path(name) or not str(name).startswith(folder + "/"):
                    raise ActionError(400, f"{name} không thuộc mục {collection}")
                text = self._final_text(str(name), None, raw)
            else:  # a new item: no file yet, its name is chosen when it is saved
                name, text = f"{folder}/moi.md", raw
        elif collection == "campaign":
            name = "campaign.yml"
            raw = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
            text = self._final_text(name, params.get("slug"), raw)
        else:
            raise ActionError(422, f"không có mục {collection!r} trong trình soạn thảo")
        # Photos chosen in this form go up with the save: the editor names them.
        pending = params.get("photos") or []
        photos = {p for p in pending if isinstance(p, str) and p.startswith("anh/")}
        if folder is not None:
            text = with_photo_paths(text, lambda v: self._photo_path(v, frozenset(photos)))
        problems = check_entry(self.root, name, text, photos)
        return {
            "problems": [
                {"field": p.field, "label": _label(p.field), "message": p.message} for p in problems
            ]
        }

    def _persistMedia(self, session: Session, params: dict[str, Any]) -> Any:
        self._require_writer(session)
        name, content = self._asset(params.get("asset"))
        with self.lock:
            if self._path(name).exists():
                raise ActionError(409, f"đã có ảnh {name}: hãy đổi tên tệp ảnh rồi tải lên")
            paths = self._write([(name, content)], [])
            commit = self.history.commit(session.account, f"Tải ảnh {name}", paths)
        self.audit.record(session.account.name, "tải ảnh", files=paths, commit=commit)
        return self._media(name)

    def _deleteFiles(self, session: Session, params: dict[str, Any]) -> Any:
        self._require_writer(session)
        paths = params.get("paths")
        if params.get("path"):
            paths = [params["path"]]
        if not isinstance(paths, list) or not paths:
            raise ActionError(422, "yêu cầu không hợp lệ")
        # A subfolder photo is listed (and so deleted from the dialog) as anh/<its name>.
        names = [self._photo_path(str(p), frozenset()) for p in paths]
        with self.lock:
            for name in names:
                if name == "campaign.yml":
                    raise ActionError(403, "không xóa được campaign.yml từ trình soạn thảo")
                if self._path(name).is_file() and not name.startswith("anh/"):
                    self._stale(session, name)
            self._write([], names)
            message = str((params.get("options") or {}).get("commitMessage") or "Xóa")
            commit = self.history.commit(session.account, message, names)
        self.audit.record(session.account.name, "xóa", files=names, commit=commit)
        return {"message": "deleted"}

    _deleteFile = _deleteFiles


_ACTIONS = {
    "info",
    "entriesByFolder",
    "entriesByFiles",
    "getEntry",
    "getMedia",
    "getMediaFile",
    "getDeployPreview",
    "persistEntry",
    "persistMedia",
    "validateEntry",
    "deleteFile",
    "deleteFiles",
}


# What a refused action did not do, said first: Decap shows the server's message alone.
_UNDONE = {
    "persistEntry": "Chưa lưu",
    "persistMedia": "Chưa tải ảnh lên",
    "deleteFile": "Chưa xóa",
    "deleteFiles": "Chưa xóa",
}


def undone(action: str, message: str) -> str:
    """``persistEntry``, "tài khoản này …" → "Chưa lưu: tài khoản này …" (a message that
    already says what was not done is kept)."""
    prefix = _UNDONE.get(action)
    if prefix is None or message.startswith("Chưa "):
        return message
    return f"{prefix}: {message}"


def _when(iso: str) -> str:
    """Git's ``2025-02-26T08:05:00+07:00`` as staff read it: ``08:05 ngày 26/02/2025``."""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{moment:%H:%M} ngày {short_date(moment.date())}"


def _label(field: str) -> str:
    """``cover_alt`` → ``Mô tả ảnh bìa (cover_alt)``; ``slogans.2.id`` keeps its path."""
    label = LABELS.get(field.rsplit(".", 1)[-1])
    return f"{label} ({field})" if label else field


def _files(folder: Path, extension: str, depth: int) -> list[Path]:
    """Regular files under ``folder`` (links and hidden names skipped), ``depth`` levels."""
    if depth <= 0 or not folder.is_dir() or folder.is_symlink():
        return []
    found: list[Path] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.is_symlink():
            continue
        if path.is_dir():
            found += _files(path, extension, depth - 1)
        elif path.is_file() and path.name.endswith(extension):
            found.append(path)
    return found


def _photos(folder: Path) -> list[Path]:
    """The photos under ``folder`` (``anh/``), subfolders included, links skipped."""
    return [p for p in _files(folder, "", 8) if p.suffix.lower() in PHOTO_TYPES]


def _is_plain_page(name: str, folder: Path) -> bool:
    """A plain page (``index.md``) where the folder holds news or profiles."""
    return schema_for(name.removeprefix("docs/")) is PageMeta and folder.name != "docs"
