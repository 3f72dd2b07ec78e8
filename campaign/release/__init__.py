"""Releases: the gate before going public, rsync over SSH into a new release folder,
an atomic switch of ``current``, rollback, and the list of releases kept.

The typed core the command line (``campaign publish``, ``rollback``, ``releases``)
and the web editor share::

    gate(project) -> list[Problem]          what must not go public (sources only)
    publish(root, log) -> Release           gate + build + scan + send + switch
    rollback(target, log) -> Release        back one release
    releases(target) -> list[Release]       oldest first, ``current`` marked
    load_target(root) -> Target             the ``publish:`` settings of campaign.yml

Modules: ``gate`` (what must not go public), ``pipeline`` (check, gate, build, scan,
send, switch), ``releases`` (the release folders on the server), ``remote`` (ssh and
rsync as argument lists) and ``target`` (where releases go).
"""

from __future__ import annotations

from .gate import gate, scan_site
from .pipeline import publish
from .releases import Release, deploy, releases, rollback
from .remote import Tools
from .target import Target, load_target

__all__ = [
    "Release",
    "Target",
    "Tools",
    "deploy",
    "gate",
    "load_target",
    "publish",
    "releases",
    "rollback",
    "scan_site",
]
