"""The kit gives up a part of an image, never the build: panels, lists, glyphs, optional texts.

Fast: texts are measured (never drawn) at a reduced scale, where minimum type
sizes scale too, so what fits is what fits at full size.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from campaign.content.errors import ContentError
from campaign.content.load import load_campaign
from campaign.media import Format, Layout, MediaError
from campaign.media.color import ContrastError
from campaign.media.degrade import Degraded, degrade
from campaign.media.kit import check_kit, leaflet_texts, plan_kit
from campaign.media.render import MissingTextError, measure
from tests.conftest import MINIMAL

from .conftest import TEXTS, URL

SCALE = 0.25
LEAFLET = {k: v for k, v in TEXTS.items() if k[:-1] in ("heading", "body")}


def _measure(fmt: Format) -> Callable[[Layout, Mapping[str, str]], None]:
    def check(layout: Layout, texts: Mapping[str, str]) -> None:
        measure(fmt, layout, texts, qr_url=URL, scale=SCALE)

    return check


def _error(fmt: Format, layout: Layout, texts: Mapping[str, str]) -> MediaError:
    with pytest.raises(MediaError) as info:
        measure(fmt, layout, texts, qr_url=URL, scale=SCALE)
    return info.value


def _slots(layout: Layout) -> set[str]:
    return {getattr(layer, "slot", None) or "" for layer in layout.layers} - {""}


def test_a_panel_with_nothing_to_say_is_left_empty_with_its_heading(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, layout = formats["to-roi-a4-trong"], layouts["to-roi-trong"]
    texts = {k: v for k, v in LEAFLET.items() if not k.endswith("2")}
    error = _error(fmt, layout, texts)
    assert isinstance(error, MissingTextError) and error.slot == "heading2"
    result = degrade(layout, texts, error, _measure(fmt))
    assert isinstance(result, Degraded)
    assert _slots(result.layout) == {"heading1", "body1", "heading3", "body3"}
    assert result.texts == texts, "nothing else changes"
    assert result.notes == ("để trống tiêu đề tấm 2, nội dung tấm 2",)
    measure(fmt, result.layout, result.texts, qr_url=URL, scale=SCALE)  # fits


@pytest.mark.slow
def test_a_list_too_long_keeps_its_first_items_and_says_how_many_more(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, layout = formats["to-roi-a4-trong"], layouts["to-roi-trong"]
    items = [f"• Hoạt động tuyên truyền số {n} tại các thôn, bản (01/03/2025)" for n in range(50)]
    texts = {**LEAFLET, "body2": "\n".join(items)}
    result = degrade(layout, texts, _error(fmt, layout, texts), _measure(fmt))
    assert result is not None
    kept = result.texts["body2"].split("\n")
    count = len(kept) - 1
    assert 1 <= count < 50 and kept[:count] == items[:count]
    assert kept[-1] == f"• … và {50 - count} mục khác (xem trên trang web)"
    assert result.notes == (f"nội dung tấm 2 chỉ in {count}/50 mục đầu",)
    # The largest count that fits: one item more does not.
    more = "\n".join([*items[: count + 1], f"• … và {49 - count} mục khác (xem trên trang web)"])
    with pytest.raises(MediaError):
        measure(fmt, result.layout, {**texts, "body2": more}, qr_url=URL, scale=SCALE)


@pytest.mark.slow
def test_body_copy_too_long_is_cut_at_a_word(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, leaflet = formats["to-roi-a4-trong"], layouts["to-roi-trong"]
    # The first panel's box made small: the same rule, measured in a second, not a minute.
    layers = [
        layer.model_copy(update={"box": layer.box.model_copy(update={"h": 0.12}), "max_lines": 8})
        if getattr(layer, "slot", None) == "body1"
        else layer
        for layer in leaflet.layers
    ]
    layout = leaflet.model_copy(update={"layers": layers})
    purpose = " ".join(["Nâng cao nhận thức của cán bộ và nhân dân về bảo vệ môi trường."] * 6)
    texts = {**LEAFLET, "body1": purpose}
    result = degrade(layout, texts, _error(fmt, layout, texts), _measure(fmt))
    assert result is not None
    cut = result.texts["body1"]
    assert cut.endswith("…") and purpose.startswith(cut[:-1]) and len(cut) < len(purpose)
    assert purpose[len(cut) - 1] in " .", "cut between words"
    assert result.notes == (f"nội dung tấm 1 rút gọn còn {len(cut)}/{len(purpose)} ký tự",)


def test_a_character_the_font_lacks_is_left_out(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, layout = formats["mxh-og"], layouts["the-ngang"]
    texts = {"headline": "Ngày hội", "slogan": "Sức khỏe là vàng ❤\U0001f600", "url": "x.vn"}
    result = degrade(layout, texts, _error(fmt, layout, texts), _measure(fmt))
    assert result is not None and result.texts["slogan"] == "Sức khỏe là vàng"
    assert len(result.notes) == 1 and result.notes[0].startswith("bỏ ký tự phông chữ không có: ")


def test_a_slogan_that_fits_nowhere_is_not_cut(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, layout = formats["co-phuon"], layouts[formats["co-phuon"].layout]
    slogan = " ".join(["Tuyên truyền sâu rộng chăm sóc sức khỏe"] * 12)
    texts = {**TEXTS, "slogan": slogan}
    assert degrade(layout, texts, _error(fmt, layout, texts), _measure(fmt)) is None


def test_a_colour_without_contrast_is_the_layouts_mistake(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt, layout = formats["to-roi-a4-trong"], layouts["to-roi-trong"]
    with pytest.raises(ContrastError):
        degrade(layout, LEAFLET, ContrastError("chữ không nổi trên nền"), _measure(fmt))


# A published address: the pre-press gate leaves QR-bearing formats out of a kit
# whose address is a placeholder (see tests/media/test_prepress.py).
PUBLISHED = MINIMAL.replace("https://vi-du.example/", "https://suckhoe.vi-du.vn/")


def _conference(text: str) -> str:
    """MINIMAL without its activities: nothing dated, no event, one format (the leaflet)."""
    return (
        PUBLISHED.split("activities:")[0]
        + "media:\n  formats:\n    - {id: to-roi-a4-trong}\n"
        + text
    )


def test_kit_check_warns_at_the_field_and_keeps_the_leaflet(
    write_campaign: Callable[[str], Path], tmp_path: Path
) -> None:
    from campaign.project import load_project

    write_campaign(_conference(""))
    project = load_project(tmp_path)
    campaign = project.campaign
    assert "heading2" not in leaflet_texts(campaign)
    kit = check_kit(campaign, tmp_path / "kit", source=project.source)
    assert [f.path for f in kit.files if f.role == "print-pdf"] == [
        "bo-an-pham/to-roi-a4-trong/to-roi-a4-trong_297x210mm_chien-dich-thu.pdf"
    ]
    [warning] = kit.warnings
    # No "activities" key: the line is the top of the file, the field the one to add.
    assert (warning.file, warning.field) == ("campaign.yml", "activities")
    assert "tấm 2 không có gì để in" in warning.message
    assert "ảnh vẫn được in: để trống tiêu đề tấm 2, nội dung tấm 2" in warning.message


def test_the_plans_requirements_fill_the_second_panel(
    write_campaign: Callable[[str], Path],
) -> None:
    text = _conference("").replace(
        "  title: Tổ chức tuần lễ sức khỏe\n",
        '  title: Tổ chức tuần lễ sức khỏe\n  requirements: ["Bảo đảm an toàn, tiết kiệm"]\n',
    )
    texts = leaflet_texts(load_campaign(write_campaign(text)))
    assert (texts["heading2"], texts["body2"]) == ("Yêu cầu", "• Bảo đảm an toàn, tiết kiệm")


@pytest.mark.slow
def test_a_slogan_too_long_leaves_its_images_out_with_located_warnings(
    write_campaign: Callable[[str], Path], tmp_path: Path
) -> None:
    from campaign.project import load_project

    long = " ".join(["Tuyên truyền sâu rộng chăm sóc sức khỏe"] * 12)
    write_campaign(
        PUBLISHED + f"slogans:\n  - {{id: ngan, text: Sức khỏe là vàng}}\n"
        f"  - {{id: dai-qua, text: {long}}}\n"
    )
    project = load_project(tmp_path)
    jobs = plan_kit(project.campaign, project.source)
    kit = check_kit(project.campaign, tmp_path / "kit", source=project.source)
    line = MINIMAL.count("\n") + 3
    where = f"campaign.yml:{line}: slogans[1].text: khẩu hiệu 'dai-qua', định dạng '"
    # The leaflet's missing imprint has its own note (see test_imprint.py).
    fitted = [w for w in kit.warnings if not w.field.startswith("media.imprint")]
    assert fitted and all(str(w).startswith(where) for w in fitted)
    gone = [w for w in fitted if w.message.endswith("ảnh này được bỏ khỏi bộ ấn phẩm")]
    # Where the slogan itself fits (the A1 poster, at 24 pt), the headline whose 28 pt
    # minimum would outrank it is what goes, said so: the slogan leads every poster.
    printed = [w for w in fitted if w not in gone]
    assert [w.message.split("định dạng '")[1].split("'")[0] for w in printed] == ["ap-phich-a1"]
    assert printed[0].message.endswith("ảnh vẫn được in: bỏ tiêu đề (không vừa khung)")
    left_out = {w.message.split("định dạng '")[1].split("'")[0] for w in gone}
    kept = {f.path.rsplit(".", 1)[0] for f in kit.files if f.role.startswith(("print-p", "prev"))}
    assert kept == {f"bo-an-pham/{j.stem}" for j in jobs} - {
        f"bo-an-pham/{j.stem}" for j in jobs if j.slogan == "dai-qua" and j.fmt.id in left_out
    }
    assert "to-roi-a4" in left_out, "the 3 pt leaflet cover is left out, the build goes on"


def test_only_the_layouts_mistakes_fail(
    write_campaign: Callable[[str], Path], tmp_path: Path
) -> None:
    from campaign.project import load_project

    # A white slogan on a cream background: no text of the plan can fix that.
    write_campaign(
        MINIMAL + "media:\n  formats:\n    - {id: mxh-og}\n  layouts:\n    - id: the-ngang\n"
        "      background: {color: '#FFFFFF'}\n"
        "slogans:\n  - {id: ngan, text: Sức khỏe là vàng}\n"
    )
    project = load_project(tmp_path)
    with pytest.raises(ContentError) as info:
        check_kit(project.campaign, tmp_path / "kit", source=project.source)
    problems = info.value.problems
    line = MINIMAL.count("\n") + 5  # "- id: the-ngang", not the slogan's line
    assert problems and {(p.line, p.field) for p in problems} == {(line, "media.layouts[0]")}
    assert all("tương phản" in p.message for p in problems)
