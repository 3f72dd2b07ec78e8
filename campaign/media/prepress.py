"""The pre-press gate: what must not go to a print shop, found before anything is drawn.

A print run cannot be corrected. A QR code to an example domain, a "CẦN
ĐIỀN" left in a slogan, a row of dots where the hour should be or a date
still "dự kiến" would be printed in hundreds of copies; an invitation with
no host or signer cannot be sent. The kit leaves such images out and says
why, in plain Vietnamese, on its page and in the build's notes.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urlsplit

from ..content.dates import short_date
from ..content.hosts import HostKind, host_kind
from ..content.model import Event, Imprint

__all__ = [
    "IMPRINT_REQUIRED",
    "Lack",
    "imprint_missing",
    "imprint_text",
    "invitation_missing",
    "placeholder_address",
    "unfinished",
]

# Why a printed address would not open, by kind of host. Stricter than the release
# gate: a private network address is refused too, since a printed QR code is scanned
# by phones on mobile data (see campaign.content.hosts).
_WHY: dict[HostKind, str] = {
    "empty": "không có tên miền",
    "reserved": "tên miền .{tld} chỉ dùng làm ví dụ, không mở được trên điện thoại người dân",
    "example": "{host} là tên miền dành cho ví dụ",
    "single": "{host} không phải tên miền đầy đủ, chỉ mở được trong một mạng nội bộ",
    "loopback": "{host} là địa chỉ của chính máy dựng trang",
    "unspecified": "{host} không phải địa chỉ mở được",
    "link-local": "{host} là địa chỉ nội bộ, người dân ngoài mạng này không mở được",
    "private": "{host} là địa chỉ nội bộ, người dân ngoài mạng này không mở được",
}


def placeholder_address(url: str) -> str | None:
    """Why ``url`` is not an address the public can open (in Vietnamese), or None."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    kind = host_kind(host)
    if kind is None:
        return None
    return _WHY[kind].format(host=host, tld=host.rsplit(".", 1)[-1])


# What a text must not carry to the printer: the form's own reminders.
_UNFINISHED = (
    (re.compile(r"c[ầa]n\s+đi[ềe]n", re.IGNORECASE), "còn chữ 'CẦN ĐIỀN'"),
    (re.compile(r"\.{4,}|…{2,}|(?:\.\s){3,}|_{4,}"), "còn chỗ trống để điền tay ('......')"),
    (re.compile(r"\bdự\s+kiến\b", re.IGNORECASE), "thời gian còn 'dự kiến'"),
    (re.compile(r"\b(?:TBD|TODO|XXX)\b"), "còn chỗ đánh dấu chưa xong"),
)


def unfinished(text: str) -> str | None:
    """What in ``text`` shows it is not ready to print (in Vietnamese), or None."""
    for pattern, why in _UNFINISHED:
        if pattern.search(text):
            return why
    return None


def invitation_missing(event: Event) -> list[str]:
    """What ``event`` lacks for an invitation that can be signed and sent, by field."""
    missing = []
    if event.date is None:
        missing.append("ngày (date)")
    if not event.time:
        missing.append("giờ (time)")
    if not event.place:
        missing.append("địa điểm (place)")
    if not event.host:
        missing.append("cơ quan mời (host)")
    if event.signer is None:
        missing.append("người ký (signer: authority, position, name)")
    if event.tentative:
        missing.append("ngày giờ chính thức (sự kiện còn ghi tentative: true, tức 'dự kiến')")
    reply = event.reply.name if event.reply else None
    for field, value in (
        ("time", event.time),
        ("place", event.place),
        ("host", event.host),
        ("reply.name", reply),
    ):
        why = unfinished(value or "")
        if why:
            missing.append(f"{field}: {why}")
    return missing


class Lack(NamedTuple):
    """One thing the imprint line lacks: the field of ``media.imprint`` (or "" for
    the whole section), what is wrong in Vietnamese, and whether the field is absent
    (else it holds a form's reminder such as "CẦN ĐIỀN")."""

    field: str
    what: str
    absent: bool = True

    def __str__(self) -> str:
        return self.what if self.absent else f"{self.field}: {self.what}"


# What the imprint line of a leaflet must carry (README, "Dòng thông tin xuất bản", says
# what was read and where). The text of the item for tờ rời, tờ gấp could not be reached;
# the two lists read for its neighbours, Luật Xuất bản 2012 Điều 27 khoản 1 (books) and
# Thông tư 01/2020/TT-BTTTT Điều 11 khoản 3 điểm b (calendars, another non-book
# publication), agree on: the publisher (or the body licensed to publish), the licence
# or registration number, the print run, the size, and the printer's name and address.
# Neither names the licence's date or the licensing body: printed when given, never
# asked for. The size defaults to the format's trim size (a computed fact).
IMPRINT_REQUIRED = (
    ("publisher", "cơ quan, tổ chức xuất bản (publisher)"),
    ("licence", "số giấy phép xuất bản (licence)"),
    ("copies", "số lượng in (copies)"),
    ("printer", "tên cơ sở in (printer)"),
    ("printer_address", "địa chỉ cơ sở in (printer_address)"),
)


def imprint_missing(imprint: Imprint | None) -> list[Lack]:
    """What the leaflet's imprint line lacks (``media.imprint`` in campaign.yml): the
    required fields absent, then the fields whose value is a form's reminder."""
    if imprint is None:
        fields = ", ".join(name for name, _ in IMPRINT_REQUIRED)
        return [Lack("", f"toàn bộ mục media.imprint ({fields})")]
    missing = [
        Lack(name, what) for name, what in IMPRINT_REQUIRED if getattr(imprint, name) in (None, "")
    ]
    for name in ("publisher", "licence", "licensed_by", "printer", "printer_address", "size"):
        why = unfinished(getattr(imprint, name) or "")
        if why:
            missing.append(Lack(name, why, absent=False))
    return missing


def imprint_text(imprint: Imprint, size: str) -> str:
    """The imprint line, from ``imprint`` only (``size``: the format's trim size when
    the campaign gives none). Call only when :func:`imprint_missing` is empty."""
    assert imprint.copies is not None
    licence = f"Giấy phép xuất bản số {imprint.licence}"
    if imprint.licence_date is not None:
        licence += f" ngày {short_date(imprint.licence_date)}"
    if imprint.licensed_by:
        licence += f" của {imprint.licensed_by}"
    copies = f"{imprint.copies:,}".replace(",", ".")
    parts = [
        f"Xuất bản: {imprint.publisher}",
        licence,
        f"Số lượng: {copies} bản, khổ {imprint.size or size}",
        f"In tại {imprint.printer}, {imprint.printer_address}",
    ]
    return ". ".join(parts) + "."
