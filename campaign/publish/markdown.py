"""Small helpers to write Markdown safely from campaign data."""

from __future__ import annotations

import html
import re

from ..content.yamlwrite import yaml_quote

__all__ = ["attr", "esc", "front_matter"]

# "#" ends a heading early ("# Tiêu đề #"), "{" "}" carry attributes ("… {: onclick=… }").
_SPECIAL = re.compile(r"([\\`*_\[\]>|#{}])")


def esc(text: str) -> str:
    """Escape inline Markdown so data text renders literally.

    "&" and "<" become entities (Markdown has no backslash escape for "<", and
    "&lt;" typed in a name is text, not the character it encodes).
    """
    text = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;")
    text = _SPECIAL.sub(r"\\\1", text)
    # A leading "1." or "#" would turn a paragraph into a list or heading.
    return re.sub(r"^(\d+)\.(\s)", r"\1\\.\2", text).replace("\n#", "\n\\#")


def attr(text: str) -> str:
    """Quote text for an HTML attribute."""
    return html.escape(" ".join(text.split()), quote=True)


def front_matter(**fields: str | None) -> str:
    lines = ["---"]
    for key, value in fields.items():
        if value is not None:
            lines.append(f"{key}: {yaml_quote(' '.join(value.split()))}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"
