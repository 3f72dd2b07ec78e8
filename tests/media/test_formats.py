"""The format and layout catalogues: geometry, validation, campaign overrides."""

from __future__ import annotations

import pytest

from campaign.content.errors import ContentError
from campaign.content.yamlsource import load_yaml
from campaign.media import Format, Layout, load_formats, load_layouts

EXPECTED_MM = {
    "bang-ron-5m": (5000, 800),
    "co-phuon": (1000, 3000),
    "pano-3x1-5": (3000, 1500),
    "ap-phich-a0": (841, 1189),
    "ap-phich-a1": (594, 841),
    "ap-phich-a2": (420, 594),
    "ap-phich-a3": (297, 420),
    "to-roi-a4": (297, 210),
    "to-roi-a4-trong": (297, 210),
    "thiep-moi-a5": (210, 148),
}
EXPECTED_PX = {
    "mxh-og": (1200, 630),
    "mxh-vuong": (1080, 1080),
    "mxh-doc": (1080, 1350),
    "mxh-story": (1080, 1920),
    "mxh-zalo": (1000, 640),
}


def test_catalogue_has_every_format(formats: dict[str, Format]) -> None:
    assert set(formats) == set(EXPECTED_MM) | set(EXPECTED_PX)


@pytest.mark.parametrize("format_id", sorted(EXPECTED_MM))
def test_print_geometry_is_mm_at_dpi_with_bleed(formats: dict[str, Format], format_id: str) -> None:
    fmt = formats[format_id]
    g = fmt.geometry()
    width_mm, height_mm = EXPECTED_MM[format_id]
    assert (fmt.width_mm, fmt.height_mm) == (width_mm, height_mm)
    assert fmt.dpi is not None
    bleed = fmt.bleed_mm
    assert g.width == round((width_mm + 2 * bleed) / 25.4 * fmt.dpi)
    assert g.height == round((height_mm + 2 * bleed) / 25.4 * fmt.dpi)
    assert g.bleed == round(bleed / 25.4 * fmt.dpi)
    assert g.page_points == pytest.approx(
        ((width_mm + 2 * bleed) / 25.4 * 72, (height_mm + 2 * bleed) / 25.4 * 72)
    )
    assert 0 < g.trim.x0 < g.safe.x0 < g.safe.x1 < g.trim.x1 < g.width


def test_dpi_follows_viewing_distance(formats: dict[str, Format]) -> None:
    assert formats["bang-ron-5m"].dpi is not None and formats["bang-ron-5m"].dpi <= 72
    for poster in ("ap-phich-a0", "ap-phich-a1", "ap-phich-a2", "ap-phich-a3"):
        assert formats[poster].dpi == 150
    assert formats["to-roi-a4"].dpi == 300
    assert formats["to-roi-a4"].panels == 3


@pytest.mark.parametrize("format_id", sorted(EXPECTED_PX))
def test_screen_geometry(formats: dict[str, Format], format_id: str) -> None:
    g = formats[format_id].geometry()
    assert g.size == EXPECTED_PX[format_id]
    assert g.bleed == 0 and g.dpi == 72


def test_scale_shrinks_proportionally(formats: dict[str, Format]) -> None:
    full, tenth = formats["bang-ron-5m"].geometry(), formats["bang-ron-5m"].geometry(0.1)
    assert tenth.width == round(full.width / 10) or abs(tenth.width - full.width / 10) <= 1
    assert tenth.page_mm == full.page_mm


def test_every_format_names_a_known_layout(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    for fmt in formats.values():
        assert fmt.layout in layouts, fmt.id


def test_campaign_overrides_and_additions() -> None:
    source = load_yaml(
        "media:\n"
        "  formats:\n"
        "    - id: bang-ron-5m\n"
        "      dpi: 50\n"
        "    - id: bang-ron-3m\n"
        "      name: Băng rôn 3 m\n"
        "      kind: banner\n"
        "      layout: bang-ron\n"
        "      width_mm: 3000\n"
        "      height_mm: 700\n"
        "      dpi: 72\n"
        "      safe_mm: 40\n",
        "campaign.yml",
    )
    catalogue = load_formats(source.data["media"]["formats"], source)
    assert catalogue["bang-ron-5m"].dpi == 50
    assert catalogue["bang-ron-5m"].width_mm == 5000
    assert catalogue["bang-ron-3m"].geometry().width == round(3000 / 25.4 * 72)


def test_override_errors_are_located_by_field() -> None:
    source = load_yaml(
        "media:\n"
        "  formats:\n"
        "    - id: ap-phich-a3\n"
        "      dpi: -5\n"
        "      colour: red\n"
        "    - id: mxh-moi\n"
        "      name: Ảnh mới\n"
        "      kind: social\n"
        "      layout: the-doc\n"
        "      width_px: 800\n",
        "campaign.yml",
    )
    with pytest.raises(ContentError) as info:
        load_formats(source.data["media"]["formats"], source)
    text = str(info.value)
    assert "campaign.yml:4: media.formats[0].dpi:" in text
    assert "campaign.yml:5: media.formats[0].colour: trường lạ 'colour'" in text
    assert "campaign.yml:6: media.formats[1]:" in text
    assert "height_px" in text


def test_layout_boxes_must_stay_in_the_safe_area() -> None:
    overrides = [
        {
            "id": "hong",
            "name": "Hỏng",
            "background": {"color": "#000000"},
            "layers": [
                {"kind": "rect", "box": {"x": 0.5, "y": 0, "w": 0.6, "h": 1}, "color": "#fff"}
            ],
        }
    ]
    with pytest.raises(ContentError) as info:
        load_layouts(overrides)
    message = str(info.value)
    assert "media.layouts[0].layers[0].box" in message
    assert "khung này ra ngoài vùng an toàn (x + w = 1,1, y + h = 1)" in message
    assert "giảm w hoặc x" in message
    assert (
        "media.layouts[0].layers[0].color: '#fff' không phải một mã màu: ghi màu dạng "
        "#RRGGBB, ví dụ #C8102E" in message
    )
    assert "nhận được" not in message


def test_builtin_data_is_not_shared_between_loads() -> None:
    first = load_formats([{"id": "mxh-og", "safe_px": 10}])
    second = load_formats()
    assert first["mxh-og"].safe_px != second["mxh-og"].safe_px


def _layout(*layers: dict[str, object], **extra: object) -> list[dict[str, object]]:
    return [
        {
            "id": "thu",
            "name": "Thử",
            "background": {"color": "#B80F28"},
            "layers": list(layers),
            **extra,
        }
    ]


SLOGAN = {
    "kind": "text",
    "slot": "slogan",
    "box": {"x": 0, "y": 0, "w": 1, "h": 0.5},
    "color": "#FFFFFF",
    "min_px": 10,
}


@pytest.mark.parametrize(
    "layers,extra,message",
    [
        (
            [{"kind": "emblem", "box": {"x": 0, "y": 0, "w": 0.5, "h": 0.5}}],
            {},
            "20% diện tích",
        ),
        (
            [{**SLOGAN, "slot": "footer", "max_size": {"relative_to": "slogan", "ratio": 0.5}}],
            {},
            "max_size.relative_to ghi 'slogan', nhưng bố cục này không có lớp chữ "
            "'slot: slogan' nào không có max_size: ghi 'slot' của một lớp chữ",
        ),
        (
            [
                SLOGAN,
                {
                    "kind": "rect",
                    "box": {"x": 0, "y": 0, "w": 1, "h": 0.01},
                    "color": "#FFFFFF",
                    "attach": {"slot": "headline", "edge": "below"},
                },
            ],
            {},
            "attach.slot ghi 'headline', nhưng bố cục này không có lớp chữ 'slot: headline': "
            "ghi một trong 'slogan'",
        ),
        (
            [{**SLOGAN, "stack": True}],
            {},
            "media.layouts[0].stack: cần một dải để xếp chồng các lớp có 'stack: true', "
            "ví dụ 'stack: {y: 0.2, h: 0.6}'",
        ),
        (
            [{**SLOGAN, "row": True}],
            {},
            "media.layouts[0].row: cần một hàng để đặt cạnh nhau các lớp có 'row: true', "
            "ví dụ 'row: {gap: 0.025}'",
        ),
        ([SLOGAN], {"stack": {"y": 0.5, "h": 0.6}}, "(y + h = 1,1, không được quá 1)"),
        (
            [{**SLOGAN, "min_px": None}],
            {},
            "layers[0]: lớp chữ này chưa có cỡ chữ nhỏ nhất: thêm 'min_pt: 24'",
        ),
        (
            [{**SLOGAN, "text": "Chữ cố định"}],
            {},
            "layers[0]: lớp chữ này ghi cả 'slot' lẫn 'text': chỉ giữ một",
        ),
    ],
)
def test_layout_rules_are_checked(
    layers: list[dict[str, object]], extra: dict[str, object], message: str
) -> None:
    with pytest.raises(ContentError) as info:
        load_layouts(_layout(*layers, **extra))
    assert message in str(info.value)
    assert "media.layouts[0]" in str(info.value)
    assert "nhận được" not in str(info.value)


def test_the_leaflet_prints_its_inside_on_the_back_and_a_wrong_verso_is_located(
    formats: dict[str, Format],
) -> None:
    assert formats["to-roi-a4"].verso == "to-roi-a4-trong"
    assert [f.id for f in formats.values() if f.verso] == ["to-roi-a4"]
    source = load_yaml(
        "media:\n  formats:\n    - id: to-roi-a4\n      verso: mxh-og\n"
        "    - id: ap-phich-a3\n      verso: khong-co\n",
        "campaign.yml",
    )
    with pytest.raises(ContentError) as info:
        load_formats(source.data["media"]["formats"], source)
    text = str(info.value)
    # A screen format cannot be printed on the back of a sheet; an unknown id is named.
    assert (
        "campaign.yml:4: media.formats[0].verso: 'mxh-og' là khổ màn hình, không in được ở "
        "mặt sau tờ giấy: ghi id của một khổ in (ví dụ 'to-roi-a4-trong')" in text
    )
    assert (
        "campaign.yml:6: media.formats[1].verso: không có khổ nào mang id 'khong-co': mặt sau "
        "(verso) phải là id của một khổ in trong danh mục" in text
    )


def test_a_new_format_is_told_what_it_lacks_in_plain_words() -> None:
    """Seen with campaign check: 'cần lớp chữ cần …, nhận được một nhóm trường' and a
    list of kinds ending in English ("… or 'invitation'")."""
    source = load_yaml(
        "media:\n  formats:\n    - id: moi\n      name: Mới\n      kind: poster\n"
        "      layout: pano\n      width_mm: 100\n    - id: la\n      name: Lạ\n"
        "      kind: raster\n      layout: pano\n      width_px: 100\n      height_px: 100\n"
        "      safe_px: 5\n",
        "campaign.yml",
    )
    with pytest.raises(ContentError) as info:
        load_formats(source.data["media"]["formats"], source)
    text = str(info.value)
    assert (
        "campaign.yml:3: media.formats[0]: khổ in còn thiếu height_mm, dpi, safe_mm: ghi đủ "
        "width_mm, height_mm, dpi và safe_mm (ví dụ width_mm: 420" in text
    )
    assert "campaign.yml:10: media.formats[1].kind: cần một trong 'banner'," in text
    assert "'social' hoặc 'invitation', nhận được 'raster'" in text and " or " not in text
