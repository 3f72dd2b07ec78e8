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

from ..content.model import Event

__all__ = ["invitation_missing", "placeholder_address", "unfinished"]

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
