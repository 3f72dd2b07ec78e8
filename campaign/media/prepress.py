"""The pre-press gate: what must not go to a print shop, found before anything is drawn.

A print run cannot be corrected. A QR code to an example domain, a "CẦN
ĐIỀN" left in a slogan, a row of dots where the hour should be or a date
still "dự kiến" would be printed in hundreds of copies; an invitation with
no host or signer cannot be sent. The kit leaves such images out and says
why, in plain Vietnamese, on its page and in the build's notes.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from ..content.model import Event, Imprint

__all__ = [
    "imprint_missing",
    "imprint_text",
    "invitation_missing",
    "placeholder_address",
    "unfinished",
]

# Domains reserved for examples and tests (RFC 2606, RFC 6761), and addresses that
# only open on the computer that built the site.
_RESERVED_TLDS = ("example", "test", "invalid", "localhost", "local")
_EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org")


def placeholder_address(url: str) -> str | None:
    """Why ``url`` is not an address the public can open (in Vietnamese), or None."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if not host:
        return "không có tên miền"
    tld = host.rsplit(".", 1)[-1]
    if tld in _RESERVED_TLDS:
        return f"tên miền .{tld} chỉ dùng làm ví dụ, không mở được trên điện thoại người dân"
    if any(host == d or host.endswith("." + d) for d in _EXAMPLE_DOMAINS):
        return f"{host} là tên miền dành cho ví dụ"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if address.is_private or address.is_loopback or address.is_link_local:
        return f"{host} là địa chỉ nội bộ, người dân ngoài mạng này không mở được"
    return None


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
    for field, value in (("time", event.time), ("place", event.place), ("host", event.host)):
        why = unfinished(value or "")
        if why:
            missing.append(f"{field}: {why}")
    return missing


def imprint_missing(imprint: Imprint | None) -> list[str]:
    """What the leaflet's imprint line lacks (``media.imprint`` in campaign.yml), by field."""
    if imprint is None:
        return ["toàn bộ mục media.imprint (publisher, licence, licence_date, copies, printer)"]
    missing = []
    if not imprint.publisher:
        missing.append("cơ quan xuất bản (publisher)")
    if not imprint.licence:
        missing.append("số giấy phép xuất bản (licence)")
    if imprint.licence_date is None:
        missing.append("ngày cấp giấy phép (licence_date)")
    if imprint.copies is None:
        missing.append("số lượng in (copies)")
    if not imprint.printer:
        missing.append("tên cơ sở in (printer)")
    for field, value in (
        ("publisher", imprint.publisher),
        ("licence", imprint.licence),
        ("licensed_by", imprint.licensed_by),
        ("printer", imprint.printer),
        ("printer_address", imprint.printer_address),
        ("size", imprint.size),
    ):
        why = unfinished(value or "")
        if why:
            missing.append(f"{field}: {why}")
    return missing


def imprint_text(imprint: Imprint, size: str) -> str:
    """The imprint line, from ``imprint`` only (``size``: the format's trim size when
    the campaign gives none). Call only when :func:`imprint_missing` is empty."""
    assert imprint.licence_date is not None and imprint.copies is not None
    licence = f"Giấy phép xuất bản số {imprint.licence} ngày {imprint.licence_date:%d/%m/%Y}"
    if imprint.licensed_by:
        licence += f" của {imprint.licensed_by}"
    copies = f"{imprint.copies:,}".replace(",", ".")
    printer = f"In tại {imprint.printer}"
    if imprint.printer_address:
        printer += f", {imprint.printer_address}"
    parts = [
        f"Xuất bản: {imprint.publisher}",
        licence,
        f"Số lượng: {copies} bản, khổ {imprint.size or size}",
        printer,
    ]
    return ". ".join(parts) + "."
