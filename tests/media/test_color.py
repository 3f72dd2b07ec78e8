"""WCAG contrast and its enforcement when rendering."""

from __future__ import annotations

import pytest

from campaign.media import ContrastError, Format, Layout, contrast_ratio
from campaign.media.color import gradient, worst_contrast
from campaign.media.render import render

from .conftest import TEXTS


def test_contrast_ratio_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    # The WCAG example: #767676 on white is just above 4.5:1.
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


def test_classic_banner_red_is_too_light_for_yellow() -> None:
    # #C8102E with #FFDE00 falls just short, which is why the layouts use a deeper red.
    assert contrast_ratio("#FFDE00", "#C8102E") < 4.5
    assert contrast_ratio("#FFDE00", "#BE0F2A") >= 4.5


def test_every_text_layer_meets_contrast_over_its_whole_gradient(
    layouts: dict[str, Layout],
) -> None:
    from campaign.media.color import parse_color
    from campaign.media.layout import TextLayer

    for layout in layouts.values():
        ramp = gradient([parse_color(c) for c in layout.background.stops], 64)
        for layer in layout.layers:
            if isinstance(layer, TextLayer):
                ratio, _ = worst_contrast(parse_color(layer.color), ramp)
                assert ratio >= 4.5, (layout.id, layer.label, ratio)


def test_render_rejects_text_on_a_gradient_it_fades_into(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    base = layouts["the-ngang"]
    # Starts dark, ends mid-grey: white fails only over the light end of the gradient.
    background = base.background.model_copy(
        update={"gradient": ["#062F38", "#9A9A9A"], "direction": "horizontal"}
    )
    layout = base.model_copy(update={"background": background})
    with pytest.raises(ContrastError) as info:
        render(formats["mxh-og"], layout, TEXTS, scale=0.25)
    message = str(info.value)
    assert "trong bố cục 'the-ngang'" in message
    assert "cần ít nhất 4,5:1" in message
