"""What kind of host an address names, when it is not one the public can open.

Two gates ask the same question with different stakes, so they share this one
classification and keep their own policy:

- the release gate (:mod:`campaign.release.gate`) refuses to publish a site whose
  address no reader can reach anywhere (:data:`NOWHERE`): names reserved for
  examples and tests, this machine, a name with no domain. A private network
  address (``10.0.0.5``) is allowed there: a site served on a commune's own
  network is a deployment the office may choose on purpose;
- the pre-press gate (:mod:`campaign.media.prepress`) refuses to print any of
  those and a private address too: a QR code on a poster is scanned by phones on
  mobile data, outside any office network, so a private address never opens.
"""

from __future__ import annotations

import ipaddress
from typing import Literal

__all__ = ["NOWHERE", "HostKind", "host_kind"]

HostKind = Literal[
    "empty",  # no host at all
    "reserved",  # a top-level name reserved for examples and tests (RFC 2606, RFC 6761)
    "example",  # example.com, example.net, example.org and their subdomains
    "single",  # one label ("intranet"): resolved, if at all, on one network only
    "loopback",  # 127.0.0.1, ::1: the computer that built the site
    "unspecified",  # 0.0.0.0, ::
    "link-local",  # 169.254.x.x, fe80::
    "private",  # 10.x, 172.16-31.x, 192.168.x, fc00::/7
]

# Reserved top-level names: RFC 2606 / RFC 6761, and ".internal" (ICANN, 2024).
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost", "local", "internal"})
_EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org")
# Kinds no reader can reach from anywhere (the release gate's refusals).
NOWHERE: frozenset[HostKind] = frozenset(
    {"empty", "reserved", "example", "single", "loopback", "unspecified", "link-local"}
)


def host_kind(host: str) -> HostKind | None:
    """The kind of ``host`` (a name or an IP address, IPv6 with or without brackets)
    when it is not an ordinary public address, else None."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if not host:
        return "empty"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if host.rsplit(".", 1)[-1] in _RESERVED_TLDS:
            return "reserved"
        if any(host == d or host.endswith("." + d) for d in _EXAMPLE_DOMAINS):
            return "example"
        return "single" if "." not in host else None
    if address.is_loopback:
        return "loopback"
    if address.is_unspecified:
        return "unspecified"
    if address.is_link_local:
        return "link-local"
    if address.is_private:
        return "private"
    return None
