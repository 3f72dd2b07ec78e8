"""What the kit does with texts that cannot be printed as given: it gives up a part, not the build.

Every image of the kit is optional: a plan with no dated activity, a list of
forty deadlines, a character the font lacks must not stop the site. When an
image cannot be drawn as planned, these steps are tried in order, each only
if the previous ones were not enough, and each is described in a note:

1. a text the layout needs but the campaign does not have (a leaflet panel
   with nothing to say): that text is left out, with what it heads;
2. a character the font cannot draw: left out of that text;
3. a bulleted list too long for its box: its last items are left out and one
   line says how many more are on the website;
4. body copy (a text box of many lines) too long: cut at a word, with "…";
5. an optional text (a footer, a quote) that does not fit: left out;
6. a logo piled with the texts (the invitation's badge) when the pile is too
   tall: left out.

What still does not fit leaves the image out of the kit (the caller warns).
A colour that does not stand out is the layout's mistake, not the content's:
it is never degraded (see :class:`campaign.media.color.ContrastError`).

Candidates are checked with :func:`campaign.media.render.measure`, which
fits every text without drawing: a few measures per failing image.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

from .color import ContrastError
from .fit import GlyphError, drawable
from .formats import MediaError
from .layout import EmblemLayer, Layout, TextLayer

__all__ = ["BULLET", "Degraded", "degrade"]

BULLET = "• "
# A text box of this many lines or more holds body copy, which may be cut; fewer
# lines hold display text (a slogan, a headline), which is never cut mid-sentence.
BODY_LINES = 8
# Shortest cut worth printing: below it, the text is left out instead.
MIN_CHARS = 40

# Measures a candidate: raises MediaError (or a subclass) when it does not fit.
Measure = Callable[[Layout, Mapping[str, str]], None]


@dataclass(frozen=True)
class Degraded:
    """A layout and texts that fit, and what was given up to get there (in Vietnamese)."""

    layout: Layout
    texts: dict[str, str]
    notes: tuple[str, ...]


def _fits(measure: Measure, layout: Layout, texts: Mapping[str, str]) -> MediaError | None:
    try:
        measure(layout, texts)
    except ContrastError:
        raise
    except MediaError as error:
        return error
    return None


def _text_layers(layout: Layout) -> list[TextLayer]:
    return [layer for layer in layout.layers if isinstance(layer, TextLayer) and layer.slot]


def _name(layer: TextLayer) -> str:
    return layer.label or layer.slot or "chữ"


def _without(layout: Layout, slots: set[str]) -> Layout:
    """``layout`` without the text layers of ``slots`` (a rule attached to one is skipped
    when drawn, see ``render``)."""
    layers = [
        layer
        for layer in layout.layers
        if not (isinstance(layer, TextLayer) and layer.slot in slots)
    ]
    return layout.model_copy(update={"layers": layers})


def _items(text: str) -> list[str] | None:
    """The items of a bulleted list (``None``: not a list of two items or more)."""
    lines = text.split("\n")
    if len(lines) < 2 or not all(line.startswith(BULLET) for line in lines):
        return None
    return lines


def _kept(items: list[str], count: int) -> str:
    left = len(items) - count
    return "\n".join([*items[:count], f"{BULLET}… và {left} mục khác (xem trên trang web)"])


def _cut(text: str, limit: int) -> str:
    words = " ".join(text.split())[:limit].rsplit(" ", 1)[0]
    return words.rstrip(",;:.-–") + "…"


def _longest(
    measure: Measure,
    layout: Layout,
    texts: Mapping[str, str],
    slot: str,
    shorter: Callable[[int], str],
    low: int,
    high: int,
    step: int = 1,
) -> int | None:
    """The largest ``n`` in ``low..high`` for which ``shorter(n)`` fits in ``slot``,
    to within ``step``.

    A shorter text never fits worse. The search grows from ``low`` (doubling)
    before it halves: measuring a text far too long for its box is what costs
    (thousands of candidate line breaks), so no candidate is tried that is more
    than twice what fits.
    """

    def fits(n: int) -> bool:
        return _fits(measure, layout, {**texts, slot: shorter(n)}) is None

    if low > high or not fits(low):
        return None
    best, grow = low, step
    while best + grow <= high and fits(best + grow):
        best, grow = best + grow, grow * 2
    top = min(high, best + grow - 1)
    while top - best >= step:
        middle = (best + top + 1) // 2
        if fits(middle):
            best = middle
        else:
            top = middle - 1
    return best


def degrade(
    layout: Layout, texts: Mapping[str, str], error: MediaError, measure: Measure
) -> Degraded | None:
    """A variant of the image that fits, or ``None`` when nothing reasonable does.

    ``error`` is why the image as planned failed; ``measure`` checks a variant.
    A :class:`ContrastError` (the layout's colours) is raised again, never degraded.
    """
    if isinstance(error, ContrastError):
        raise error
    texts = dict(texts)
    notes: list[str] = []

    layers = _text_layers(layout)
    missing = {
        layer.slot or ""
        for layer in layers
        if layer.required and not (texts.get(layer.slot or "") or "").strip()
    }
    if missing:
        # A panel goes as a whole: a missing "heading2" takes "body2" (the layouts
        # number the slots of one panel alike) and the rule under it.
        panels = {slot[-1] for slot in missing if slot[-1:].isdigit()}
        missing |= {layer.slot or "" for layer in layers if (layer.slot or "")[-1:] in panels}
        left = [_name(layer) for layer in layers if layer.slot in missing]
        layout = _without(layout, missing)
        notes.append(f"để trống {', '.join(left)}")
        if (found := _fits(measure, layout, texts)) is None:
            return Degraded(layout, texts, tuple(notes))
    else:
        found = error  # measuring again what just failed would only cost time

    if isinstance(found, GlyphError):
        cleaned = {}
        for slot, text in texts.items():
            lines = [drawable(line) for line in text.split("\n")]
            cleaned[slot] = "\n".join(line for line in lines if line)
        kept = set("".join(cleaned.values()))
        dropped = sorted({ch for t in texts.values() for ch in t if not ch.isspace()} - kept)
        texts = cleaned
        notes.append(f"bỏ ký tự phông chữ không có: {' '.join(dropped)}")
        if (found := _fits(measure, layout, texts)) is None:
            return Degraded(layout, texts, tuple(notes))

    body = [layer for layer in _text_layers(layout) if layer.max_lines >= BODY_LINES]
    for layer in sorted(body, key=lambda la: -len(texts.get(la.slot or "", ""))):
        slot = layer.slot or ""
        items = _items(texts.get(slot, ""))
        if items is None:
            continue
        count = _longest(measure, layout, texts, slot, partial(_kept, items), 1, len(items) - 1)
        if count is None:
            continue
        texts[slot] = _kept(items, count)
        notes.append(f"{_name(layer)} chỉ in {count}/{len(items)} mục đầu")
        if (found := _fits(measure, layout, texts)) is None:
            return Degraded(layout, texts, tuple(notes))

    for layer in sorted(body, key=lambda la: -len(texts.get(la.slot or "", ""))):
        slot = layer.slot or ""
        text = texts.get(slot, "")
        if _items(text) is not None or len(text) <= MIN_CHARS:
            continue
        limit = _longest(
            measure, layout, texts, slot, partial(_cut, text), MIN_CHARS, len(text), 20
        )
        if limit is None:
            continue
        texts[slot] = _cut(text, limit)
        notes.append(f"{_name(layer)} rút gọn còn {len(texts[slot])}/{len(text)} ký tự")
        if (found := _fits(measure, layout, texts)) is None:
            return Degraded(layout, texts, tuple(notes))

    for layer in _text_layers(layout):
        if layer.required or not (texts.get(layer.slot or "") or "").strip():
            continue
        smaller = _without(layout, {layer.slot or ""})
        if _fits(measure, smaller, texts) is None:
            notes.append(f"bỏ {_name(layer)} (không vừa khung)")
            return Degraded(smaller, texts, tuple(notes))

    # The logo in a pile of texts is decoration: its height goes to the texts before
    # the image is given up (an invitation keeps its signing space, see layouts.yml).
    stacked = [x for x in layout.layers if isinstance(x, EmblemLayer) and x.stack]
    if stacked:
        bare = layout.model_copy(update={"layers": [x for x in layout.layers if x not in stacked]})
        if _fits(measure, bare, texts) is None:
            notes.append("bỏ logo (huy hiệu) để các dòng chữ đủ chỗ")
            return Degraded(bare, texts, tuple(notes))
    return None
