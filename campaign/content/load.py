"""Load ``campaign.yml`` into a :class:`Campaign`, reporting every problem located."""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterator
from pathlib import Path as FsPath
from typing import Any

from pydantic import BaseModel, ValidationError

from .cleanup import decode_source, detect_legacy, legacy_message
from .errors import ContentError, Problem, os_reason
from .model import Campaign
from .yamlsource import Path, Source, dotted, load_yaml

__all__ = [
    "load_campaign",
    "load_campaign_source",
    "parse_campaign",
    "parse_campaign_source",
    "validation_problems",
]


def load_campaign(path: FsPath, display: str | None = None) -> Campaign:
    """Read and validate a campaign file; raise :class:`ContentError`."""
    return load_campaign_source(path, display)[0]


def load_campaign_source(path: FsPath, display: str | None = None) -> tuple[Campaign, Source]:
    """The campaign and its parsed YAML, whose lines locate later problems."""
    name = display or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(
            [Problem(name, 0, "", f"không đọc được tệp ({os_reason(exc)})")]
        ) from None
    text, refused = decode_source(raw)
    if refused is not None:
        raise ContentError([Problem(name, refused[0], "", refused[1])])
    legacy = detect_legacy(text)
    if legacy is not None:
        raise ContentError([Problem(name, legacy[1], "", legacy_message(legacy[0]))])
    return parse_campaign_source(text, name)


def parse_campaign(text: str, file: str) -> Campaign:
    return parse_campaign_source(text, file)[0]


def parse_campaign_source(text: str, file: str) -> tuple[Campaign, Source]:
    source = load_yaml(text, file)
    if not isinstance(source.data, dict):
        raise ContentError(
            [Problem(file, 1, "", "cần các trường dạng 'tên: giá trị' ở cấp cao nhất")]
        )
    problems = list(_reference_problems(source.data, source))
    try:
        campaign = Campaign.model_validate(source.data)
    except ValidationError as exc:
        problems += validation_problems(exc, source, Campaign)
    if problems:
        raise ContentError(problems)
    return campaign, source


def validation_problems(
    exc: ValidationError, source: Source, model: type[BaseModel], prefix: Path = ()
) -> list[Problem]:
    """One Vietnamese, located problem per pydantic error."""
    problems = []
    for error in exc.errors():
        loc: Path = tuple(error["loc"])
        loc = tuple(part for part in loc if not _is_internal(part))
        path = prefix + loc
        kind = error["type"]
        received = _show(error.get("input"))
        if kind == "extra_forbidden":
            allowed = _fields_at(model, loc[:-1])
            key = str(loc[-1])
            hint = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            message = f"trường lạ '{key}'"
            if hint:
                message += f"; có phải ý bạn là '{hint[0]}'?"
            elif allowed:
                message += f"; các trường hợp lệ: {', '.join(sorted(allowed))}"
            problems.append(Problem(source.file, source.line(path), dotted(path), message))
            continue
        ctx = error.get("ctx") or {}
        if "field" in ctx:
            # A rule across fields: name the field that needs a value, at its neighbour's line.
            path = (*path, ctx["field"])
            line = source.line((*path[:-1], ctx["near"]))
            message = f"cần {error['msg']}, nhưng còn để trống"
            problems.append(Problem(source.file, line, dotted(path), message))
            continue
        if ctx.get("said"):
            # A sentence of its own (what is wrong here, what to write instead): as written.
            message = str(error["msg"])
            problems.append(Problem(source.file, source.line(path), dotted(path), message))
            continue
        if ctx.get("hint"):
            received += f"; có phải ý bạn là '{ctx['hint']}'?"
        if kind == "missing":
            message = "cần có giá trị, nhưng còn để trống"
            # A missing key has no line: point at its parent, or the top of the file.
            line = source.line(path[:-1]) if len(path) > 1 else source.first_line
            problems.append(Problem(source.file, line, dotted(path), message))
            continue
        else:
            message = f"cần {_expected(error)}, nhận được {received}"
        problems.append(Problem(source.file, source.line(path), dotted(path), message))
    return problems


def _is_internal(part: str | int) -> bool:
    # pydantic inserts validator names such as "function-before[...]" into locations.
    return isinstance(part, str) and ("[" in part or part.startswith("function-"))


_EXPECTED = {
    "string_type": "văn bản",
    "string_too_short": "văn bản không rỗng",
    "string_pattern_mismatch": (
        "mã chỉ gồm chữ thường không dấu, số và dấu '-' (ví dụ 'trung-tam-y-te')"
    ),
    "list_type": "một danh sách (các dòng bắt đầu bằng '- ')",
    "too_short": "danh sách có ít nhất một mục",
    "dict_type": "các trường dạng 'tên: giá trị'",
    "model_type": "các trường dạng 'tên: giá trị'",
    "model_attributes_type": "các trường dạng 'tên: giá trị'",
    "bool_type": "true hoặc false",
    "bool_parsing": "true hoặc false",
    "int_type": "một số nguyên",
    "int_parsing": "một số nguyên",
}

# Fields checked by a pattern other than an id's, by how their pattern begins.
_PATTERNS = {
    "^https?": "địa chỉ web đầy đủ kết thúc bằng '/' (ví dụ https://ten-mien.vn/)",
    "^anh/": (
        "một ảnh trong thư mục anh/ của chiến dịch, tên chỉ gồm chữ không dấu, số, "
        "'-', '_' và '.' (ví dụ anh/le-ky-niem.jpg)"
    ),
    "^([01]": "giờ dạng 06:00 (từ 00:00 đến 23:59)",
    "^\\+?\\(?[0-9]": "số điện thoại gồm 8 đến 15 chữ số, được có dấu cách, chấm, gạch ngang",
    "^[^@": "một địa chỉ thư điện tử dạng ten@coquan.gov.vn",
    "^(?:[A-Za-z0-9]": "tên máy chủ (ví dụ web.vanquan.gov.vn) hoặc địa chỉ IP",
    "^[a-z_]": "tên tài khoản trên máy chủ: chữ thường không dấu, số, '_', '-', '.'",
    "^/(?:": (
        "đường dẫn tuyệt đối trên máy chủ (ví dụ /srv/chien-dich), chỉ gồm chữ không dấu, "
        "số, '-', '_', '.'"
    ),
}

# Numeric bounds, worded with the bound pydantic reports in ``ctx``.
_BOUNDS = {
    "less_than_equal": ("le", "một số không lớn hơn {}"),
    "less_than": ("lt", "một số nhỏ hơn {}"),
    "greater_than_equal": ("ge", "một số không nhỏ hơn {}"),
    "greater_than": ("gt", "một số lớn hơn {}"),
    "multiple_of": ("multiple_of", "một bội số của {}"),
    "string_too_long": ("max_length", "văn bản dài tối đa {} ký tự"),
}
_NUMBERS = {
    "float_type": "một số",
    "float_parsing": "một số",
    "int_from_float": "một số nguyên",
}


def _number(value: Any) -> str:
    return f"{value:g}".replace(".", ",") if isinstance(value, float) else str(value)


def _expected(error: Any) -> str:
    kind = error["type"]
    if kind in _BOUNDS:
        key, wording = _BOUNDS[kind]
        return wording.format(_number((error.get("ctx") or {}).get(key, "")))
    if kind in _NUMBERS:
        return _NUMBERS[kind]
    if kind == "literal_error":
        # pydantic lists the choices in English ("'a', 'b' or 'c'").
        options = str(error.get("ctx", {}).get("expected", "")).replace(" or ", " hoặc ")
        return f"một trong {options}"
    if kind in _EXPECTED:
        if kind == "string_pattern_mismatch":
            pattern = str((error.get("ctx") or {}).get("pattern", ""))
            for start, wording in _PATTERNS.items():
                if pattern.startswith(start):
                    return wording
        return _EXPECTED[kind]
    if kind.startswith("vn_") or kind in ("window_order", "focus_pair"):
        return str(error["msg"])
    return str(error["msg"])


def _show(value: Any) -> str:
    if value is None:
        return "giá trị rỗng"
    if isinstance(value, dict):
        return "một nhóm trường"
    if isinstance(value, list):
        return "một danh sách"
    text = str(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return repr(text) if isinstance(value, str) else text


def _fields_at(model: type[BaseModel], loc: Path) -> list[str]:
    """Field names of the model reached by ``loc`` from ``model``."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = _keys(current).get(str(part))
            if field is None:
                return []
            current = field.annotation
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(_keys(current))
    return []


def _keys(model: type[BaseModel]) -> dict[str, Any]:
    """Fields by the key written in YAML (the alias, when a field has one)."""
    return {field.alias or name: field for name, field in model.model_fields.items()}


def _unwrap(tp: Any) -> Any:
    """Strip Optional, list[...] and Annotated down to the model type."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (list, tuple):
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = args[0]
        else:
            return tp


def _reference_problems(data: dict[str, Any], source: Source) -> Iterator[Problem]:
    """Cross-field checks on the raw data, so they run even when other fields are invalid."""

    def items(value: Any) -> list[tuple[int, dict[str, Any]]]:
        return [(i, v) for i, v in enumerate(value)] if isinstance(value, list) else []

    def as_list(value: Any) -> list[Any]:
        return value if isinstance(value, list) else []

    known = {u.get("id") for _, u in items(data.get("units")) if isinstance(u, dict)}

    def check(unit_id: Any, path: Path) -> Iterator[Problem]:
        if isinstance(unit_id, str) and unit_id not in known:
            hint = difflib.get_close_matches(unit_id, sorted(map(str, known)), n=1, cutoff=0.6)
            message = f"cần mã đơn vị có trong 'units', nhận được '{unit_id}'"
            if hint:
                message += f"; có phải ý bạn là '{hint[0]}'?"
            yield Problem(source.file, source.line(path), dotted(path), message)

    for collection in ("units", "slogans", "activities", "events"):
        seen: set[Any] = set()
        for i, item in items(data.get(collection)):
            item_id = item.get("id") if isinstance(item, dict) else None
            if item_id is not None and item_id in seen:
                path: Path = (collection, i, "id")
                message = f"mã '{item_id}' bị trùng: mỗi mục cần một mã riêng"
                yield Problem(source.file, source.line(path), dotted(path), message)
            seen.add(item_id)
    for i, activity in items(data.get("activities")):
        if isinstance(activity, dict):
            yield from check(activity.get("lead"), ("activities", i, "lead"))
            for j, unit_id in enumerate(as_list(activity.get("support"))):
                yield from check(unit_id, ("activities", i, "support", j))
    for i, event in items(data.get("events")):
        if isinstance(event, dict):
            yield from check(event.get("organizer"), ("events", i, "organizer"))
    for i, assignment in items(data.get("assignments")):
        if not isinstance(assignment, dict):
            continue
        yield from check(assignment.get("unit"), ("assignments", i, "unit"))
        for j, task in items(assignment.get("tasks")):
            if isinstance(task, dict):
                for k, unit_id in enumerate(as_list(task.get("partners"))):
                    yield from check(unit_id, ("assignments", i, "tasks", j, "partners", k))
    events = {e.get("id") for _, e in items(data.get("events")) if isinstance(e, dict)}

    def check_parts(parts: Any, path: Path) -> Iterator[Problem]:
        for i, part in items(parts):
            if not isinstance(part, dict):
                continue
            event_id = part.get("event")
            if isinstance(event_id, str) and event_id not in events:
                where: Path = (*path, i, "event")
                hint = difflib.get_close_matches(event_id, sorted(map(str, events)), n=1)
                message = f"cần mã sự kiện có trong 'events', nhận được '{event_id}'"
                if hint:
                    message += f"; có phải ý bạn là '{hint[0]}'?"
                yield Problem(source.file, source.line(where), dotted(where), message)
            elif part.get("show") in ("event", "agenda", "participants") and not events:
                where = (*path, i, "show")
                message = f"cần ít nhất một sự kiện trong 'events' để hiện '{part['show']}'"
                yield Problem(source.file, source.line(where), dotted(where), message)
            yield from check_parts(part.get("parts"), (*path, i, "parts"))

    plan = data.get("plan")
    if isinstance(plan, dict):
        yield from check_parts(plan.get("sections"), ("plan", "sections"))
    emulation = data.get("emulation")
    if isinstance(emulation, dict):
        yield from check(emulation.get("launched_by"), ("emulation", "launched_by"))
    site = data.get("site")
    contact = site.get("contact") if isinstance(site, dict) else None
    if isinstance(contact, dict):
        yield from check(contact.get("unit"), ("site", "contact", "unit"))
