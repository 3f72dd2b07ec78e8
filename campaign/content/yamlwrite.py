"""YAML the engine writes: a string quoted so it loads back as the same string."""

from __future__ import annotations

__all__ = ["yaml_quote"]


def yaml_quote(text: str) -> str:
    """``text`` as a double-quoted YAML scalar (``"Tin \\"mới\\""``).

    Only backslash and double quote need escaping; a line break stays as it is
    and loads back as a space, which is what a title or a field in front matter
    or ``dia-chi.yml`` should become.
    """
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
