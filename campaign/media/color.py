"""Colour parsing, gradients and WCAG 2 contrast.

Contrast follows WCAG 2.x: relative luminance of linearised sRGB, ratio
``(L1 + 0.05) / (L2 + 0.05)``. Printed media have no WCAG of their own, but a
banner read from across the street in sunlight needs at least what a screen
needs, so every text layer must reach 4.5:1 against everything beneath it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .formats import MediaError

__all__ = [
    "MIN_CONTRAST",
    "RGB",
    "ContrastError",
    "contrast_ratio",
    "gradient",
    "hex_color",
    "parse_color",
    "relative_luminance",
    "worst_contrast",
]

MIN_CONTRAST = 4.5

RGB = tuple[int, int, int]


class ContrastError(MediaError):
    """Text would not stand out enough from its background."""


def parse_color(value: str) -> RGB:
    """``"#C8102E"`` → ``(200, 16, 46)``."""
    text = value.strip().lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {value!r}")
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def hex_color(rgb: RGB) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: RGB) -> float:
    r, g, b = rgb
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(a: RGB | str, b: RGB | str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    la = relative_luminance(parse_color(a) if isinstance(a, str) else a)
    lb = relative_luminance(parse_color(b) if isinstance(b, str) else b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def worst_contrast(fg: RGB, backgrounds: Iterable[RGB]) -> tuple[float, RGB]:
    """The lowest contrast of ``fg`` against any of ``backgrounds``, and that background."""
    worst: tuple[float, RGB] | None = None
    for bg in set(backgrounds):
        ratio = contrast_ratio(fg, bg)
        if worst is None or ratio < worst[0]:
            worst = (ratio, bg)
    if worst is None:
        raise ValueError("no background colour given")
    return worst


def gradient(stops: Sequence[RGB], length: int) -> list[RGB]:
    """``length`` colours through evenly spaced ``stops``, linearly in sRGB."""
    if length <= 0:
        return []
    if len(stops) == 1 or length == 1:
        return [stops[0]] * length
    out: list[RGB] = []
    segments = len(stops) - 1
    for i in range(length):
        t = i / (length - 1) * segments
        k = min(int(t), segments - 1)
        f = t - k
        a, b = stops[k], stops[k + 1]
        out.append(
            (
                round(a[0] + (b[0] - a[0]) * f),
                round(a[1] + (b[1] - a[1]) * f),
                round(a[2] + (b[2] - a[2]) * f),
            )
        )
    return out
