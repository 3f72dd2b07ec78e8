"""The documents a plan cites: "Kế hoạch số 22/KH-UBND ngày 21/01/2025 của ..."."""

from __future__ import annotations

import re
from typing import Any

from .reading import vn_date

_REF = re.compile(
    r"(?P<kind>Bộ luật|Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư liên tịch|Thông tư"
    r"|Kế hoạch|Công văn|Công điện|Hướng dẫn|Thông báo kết luận|Thông báo|Kết luận|Chương trình)"
    r"\s+số\s+(?P<number>\d[\w/.\-]*\w)"
    r"(?:\s+ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?"
)
# Where a reference's own words stop: the next clause, an aside, the issuer's own clause.
_REF_END = re.compile(
    r";|\s\(sau đây|\./\.|,\s*[^,;]{3,80}?\s+(?:xây dựng|ban hành|triển khai)\s+(?:[Kk]ế hoạch)"
)
_OF = re.compile(r"^\s+của\s+(?P<issuer>.+?)(?:\s+(?P<title>(?:về|V/v)\s.+))?$")


def references(text: str) -> list[tuple[dict[str, Any], tuple[int, int]]]:
    """Top-level document references in ``text`` (not those inside another's title)."""
    found = []
    position = 0
    while match := _REF.search(text, position):
        end = _REF_END.search(text, match.end())
        stop = end.start() if end else len(text)
        tail = _OF.match(text[match.end() : stop].rstrip(" ,."))
        position = stop
        if tail is None:
            continue
        ref: dict[str, Any] = {"kind": match["kind"], "number": match["number"]}
        if date := vn_date(match["date"]):
            ref["date"] = date
        ref["issuer"] = tail["issuer"].strip()
        if tail["title"]:
            ref["title"] = tail["title"].strip()
        found.append((ref, (match.start(), stop)))
    return found
