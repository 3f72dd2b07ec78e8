"""Decap CMS configuration generated from the typed campaign model.

The forms are the schemas ``campaign check`` applies: each field's widget,
whether it is required and its pattern come from the pydantic models, so the
editor cannot drift from the checker. Only a Vietnamese label per field and
the choice of which keys staff edit are written here.
"""

from __future__ import annotations

import datetime as dt
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from ..content.model import Campaign, Contact, Event, Plan, Slogan, Unit
from ..content.schemas import HONOURS, NEWS_DIR, PROFILES_DIR, NewsMeta, ProfileMeta
from ..content.text import lower_first

__all__ = [
    "API_PATH",
    "CAMPAIGN_SECTIONS",
    "COLLECTIONS",
    "LABELS",
    "NOT_IN_FORM",
    "REQUIRED_WHEN",
    "decap_config",
    "fields_for",
]

API_PATH = "/api/v1"
PHOTOS = "anh"

LABELS = {
    "title": "Tiêu đề",
    "date": "Ngày",
    "summary": "Tóm tắt (một hai câu, hiện ở danh sách tin)",
    "categories": "Chủ đề",
    "cover": "Ảnh bìa",
    "cover_alt": "Mô tả ảnh bìa",
    "unit": "Đơn vị",
    "event": "Sự kiện",
    "broadcast": "Đưa vào bản tin loa truyền thanh",
    "priority": "Mức ưu tiên",
    "draft": "Bản nháp (chưa đăng)",
    "sample": "Nội dung minh họa (không có thật)",
    "name": "Tên",
    "kind": "Cá nhân hay tập thể",
    "honour": "Danh hiệu",
    "year": "Năm được tặng",
    "position": "Chức danh",
    "workplace": "Nơi công tác",
    "commune": "Xã, thị trấn",
    "photo": "Ảnh chân dung",
    "photo_alt": "Mô tả ảnh",
    "achievements": "Thành tích",
    "quote": "Câu nói tâm đắc",
    "id": "Mã (chữ thường không dấu, số, dấu '-')",
    "text": "Nội dung",
    "short": "Dạng ngắn",
    "source": "Nguồn",
    "abbreviations": "Tên viết tắt",
    "level": "Cấp",
    "month": "Tháng dự kiến (khi chưa có ngày), ví dụ 6/2023",
    "time": "Giờ",
    "place": "Địa điểm",
    "address": "Địa chỉ (để có nút xem bản đồ)",
    "scale": "Quy mô",
    "organizer": "Đơn vị tổ chức",
    "tentative": "Ngày dự kiến (chưa chắc chắn)",
    "duration": "Thời lượng",
    "note": "Ghi chú",
    "publisher": "Cơ quan ban hành",
    "phone": "Số điện thoại",
    "email": "Thư điện tử",
    "person": "Người chịu trách nhiệm nội dung",
}
HINTS = {
    "cover_alt": "Tả ảnh cho người khiếm thị: ai, đang làm gì, ở đâu.",
    "photo_alt": "Tả ảnh cho người khiếm thị: ai, đang làm gì, ở đâu.",
    "cover": "Ảnh để trong thư mục anh/; mô tả ảnh ở ô ngay dưới.",
}
# Fields the model requires once another one has a value (its validator says so; Decap
# knows only "required" or not, and marked these "(không bắt buộc)"): the label says
# when, and start.js hides Decap's mark for them (``REQUIRED_WHEN`` in the field).
REQUIRED_WHEN = {"cover_alt": "cover", "photo_alt": "photo"}
_LONG = {"summary", "quote", "text", "note"}
# Keys of the theme (MkDocs, Material) and of the URL: kept as written, not in the form.
# Vietnamese history: Decap names the change, our server adds the author.
COMMIT_MESSAGES = {
    "create": "Tạo mục mới trong {{collection}}: “{{slug}}”",
    "update": "Sửa {{collection}}: “{{slug}}”",
    "delete": "Xóa khỏi {{collection}}: “{{slug}}”",
    "uploadMedia": "Tải ảnh lên: “{{path}}”",
    "deleteMedia": "Xóa ảnh: “{{path}}”",
}
NOT_IN_FORM = {
    "description", "hide", "icon", "status", "subtitle", "template", "tags", "search",
    "links", "authors", "readtime", "pin", "slug",
}  # fmt: skip
_KNOWN_VALUES = {"honour": HONOURS}  # checked by a validator, offered as a choice
_REFERENCES = {"unit": "units", "organizer": "units", "event": "events"}

# Folder collections: (name, label, folder under the campaign, schema).
COLLECTIONS: tuple[tuple[str, str, str, type[BaseModel]], ...] = (
    ("news", "Tin tức", "docs/" + NEWS_DIR.rstrip("/"), NewsMeta),
    ("profiles", "Gương điển hình", "docs/" + PROFILES_DIR.rstrip("/"), ProfileMeta),
)
# Parts of campaign.yml edited as forms: (entry name, label, key path, item model, is a list).
CAMPAIGN_SECTIONS: tuple[tuple[str, str, tuple[str, ...], type[BaseModel], bool], ...] = (
    ("slogans", "Khẩu hiệu", ("slogans",), Slogan, True),
    ("events", "Sự kiện", ("events",), Event, True),
    ("units", "Đơn vị", ("units",), Unit, True),
    ("contacts", "Thông tin liên hệ (chân trang)", ("site", "contact"), Contact, False),
)


def _plain(annotation: Any) -> tuple[Any, list[Any]]:
    """``Annotated[X, …] | None`` → ``(X, [constraints…])``."""
    if get_origin(annotation) in (Union, types.UnionType):
        rest = [a for a in get_args(annotation) if a is not type(None)]
        if len(rest) == 1:
            annotation = rest[0]
    if get_origin(annotation) is Annotated:
        inner, *metadata = get_args(annotation)
        found: list[Any] = []
        for item in metadata:  # Field(pattern=…) carries its constraints in its own metadata
            found += [item, *getattr(item, "metadata", [])]
        return inner, found
    return annotation, []


def _pattern(metadata: list[Any]) -> str | None:
    for item in metadata:
        pattern = getattr(item, "pattern", None)
        if isinstance(pattern, str):
            return pattern
    return None


def _field(
    name: str, info: FieldInfo, choices: dict[str, list[dict[str, str]]], date_format: str
) -> dict[str, Any] | None:
    annotation, metadata = _plain(info.annotation)
    field: dict[str, Any] = {
        "name": name,
        "label": LABELS.get(name, name),
        "required": info.is_required(),
    }
    if name in HINTS:
        field["hint"] = HINTS[name]
    if name in REQUIRED_WHEN:
        other = REQUIRED_WHEN[name]
        field["label"] += f" (bắt buộc khi có {lower_first(LABELS.get(other, other))})"
        field["campaign_required_when"] = other
    pattern = _pattern([*info.metadata, *metadata])
    if name in _KNOWN_VALUES:
        field |= {"widget": "select", "options": list(_KNOWN_VALUES[name])}
    elif name in _REFERENCES:
        options = choices.get(_REFERENCES[name], [])
        field |= {"widget": "select", "options": options} if options else {"widget": "string"}
    elif annotation is dt.date and any(
        getattr(getattr(m, "func", None), "__name__", "") == "_to_month" for m in metadata
    ):
        field |= {"widget": "string", "hint": "ví dụ 6/2023"}
    elif annotation is dt.date:
        field |= {
            "widget": "datetime",
            "format": date_format,
            "date_format": "DD/MM/YYYY",
            "time_format": False,
        }
    elif annotation is bool:
        field |= {"widget": "boolean", "default": bool(info.default)}
    elif annotation is int:
        field |= {"widget": "number", "value_type": "int"}
    elif get_origin(annotation) is Literal:
        field |= {"widget": "select", "options": list(get_args(annotation))}
    elif get_origin(annotation) is list and _plain(get_args(annotation)[0])[0] is str:
        field |= {"widget": "list"}
    elif annotation is str and pattern and pattern.startswith("^" + PHOTOS + "/"):
        field |= {"widget": "image", "choose_url": False}
    elif annotation is str:
        field["widget"] = "text" if name in _LONG else "string"
        if pattern:
            field["pattern"] = [pattern, f"cần đúng dạng ({LABELS.get(name, name)})"]
    else:
        return None  # nested tables (agenda, refs…): kept as written, edited in the file
    if not info.is_required() and info.default not in (None, [], False, PydanticUndefined):
        field.setdefault("default", info.default)
    return field


def fields_for(
    model: type[BaseModel],
    choices: dict[str, list[dict[str, str]]] | None = None,
    date_format: str = "YYYY-MM-DD",
) -> list[dict[str, Any]]:
    """Decap fields for ``model``, in the model's order."""
    out = []
    for name, info in model.model_fields.items():
        if name in NOT_IN_FORM:
            continue
        if model is ProfileMeta and name == "title":
            continue  # the page title defaults to the name
        key = info.alias or name
        field = _field(key, info, choices or {}, date_format)
        if field is not None:
            out.append(field)
    # The "sample content" switch of the base schema goes last, after what the item says.
    return sorted(out, key=lambda f: f["name"] == "sample")


def _choices(campaign: Campaign | None) -> dict[str, list[dict[str, str]]]:
    if campaign is None:
        return {}
    return {
        "units": [{"label": f"{u.name} ({u.id})", "value": u.id} for u in campaign.units],
        "events": [{"label": f"{e.name} ({e.id})", "value": e.id} for e in campaign.events],
    }


def decap_config(campaign: Campaign | None) -> dict[str, Any]:
    """The whole Decap configuration for a campaign (``campaign`` gives the choices)."""
    choices = _choices(campaign)
    collections: list[dict[str, Any]] = []
    body = {"name": "body", "label": "Nội dung", "widget": "markdown", "required": False}
    for name, label, folder, model in COLLECTIONS:
        collections.append(
            {
                "name": name,
                "label": label,
                "folder": folder,
                "create": True,
                "delete": True,
                "extension": "md",
                "format": "frontmatter",
                "slug": "{{slug}}",
                "identifier_field": "title" if model is NewsMeta else "name",
                "summary": "{{title}}" if model is NewsMeta else "{{name}}",
                "fields": [*fields_for(model, choices), body],
            }
        )
        if model is NewsMeta:
            # The news list as staff look for an item: newest first, each with its day
            # (Decap listed them by title, with no date).
            collections[-1]["summary"] = "{{date | date('DD/MM/YYYY')}} · {{title}}"
            collections[-1]["sortable_fields"] = [
                {"field": "date", "label": "Ngày đăng", "default_sort": "desc"},
                {"field": "title", "label": "Tiêu đề"},
            ]
    files = []
    for entry, label, path, model, is_list in CAMPAIGN_SECTIONS:
        fields = fields_for(model, choices, date_format="DD/MM/YYYY")
        inner: dict[str, Any]
        if is_list:
            summary = "{{fields.text}}" if model is Slogan else "{{fields.name}}"
            inner = {"widget": "list", "summary": summary, "fields": fields}
        else:
            inner = {"widget": "object", "fields": fields}
        field: dict[str, Any] = {"name": path[-1], "label": label, **inner}
        for parent in reversed(path[:-1]):
            field = {"name": parent, "label": label, "widget": "object", "fields": [field]}
        files.append({"name": entry, "label": label, "file": "campaign.yml", "fields": [field]})
    # The document by its own kind word: "Dữ liệu quyết định" for a decision.
    kind = lower_first(campaign.plan.kind if campaign else Plan.model_fields["kind"].default)
    collections.append(
        {
            "name": "campaign",
            "label": f"Dữ liệu {kind}",
            "extension": "yml",
            "format": "yml",
            "delete": False,
            "files": files,
        }
    )
    return {
        "backend": {
            "name": "proxy",
            "proxy_url": API_PATH,
            "branch": "main",
            "commit_messages": COMMIT_MESSAGES,
        },
        "locale": "vi",
        "load_config_file": False,
        "media_folder": PHOTOS,
        "public_folder": PHOTOS,
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": collections,
    }
