"""Rendering: geometry, clean margins, writers, goldens, memory."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from campaign.media import FitError, Format, Layout, MediaError, render, save_pdf
from campaign.media.render import export, save_png, save_webp

from .conftest import TEXTS, URL


@pytest.fixture(scope="module")
def logo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A neutral round mark with transparency (no real emblem in tests)."""
    image = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 190, 190), fill=(255, 222, 0, 255))
    draw.ellipse((60, 60, 140, 140), fill=(255, 255, 255, 255))
    path = tmp_path_factory.mktemp("logo") / "logo.png"
    image.save(path)
    return path


def _scale_for(fmt: Format, width: int = 600) -> float:
    return width / fmt.geometry().width


def _bands(image: Image.Image, fmt: Format, scale: float) -> list[bytes]:
    """Pixels outside the safe area: four bands from the canvas edge to the safe edge."""
    s = fmt.geometry(scale).safe
    w, h = image.size
    boxes = [(0, 0, w, s.y0), (0, s.y1, w, h), (0, 0, s.x0, h), (s.x1, 0, w, h)]
    return [image.crop(box).tobytes() for box in boxes]


def test_every_format_renders_at_its_size_with_clean_margins(
    formats: dict[str, Format], layouts: dict[str, Layout], logo: Path
) -> None:
    for fmt in formats.values():
        scale = _scale_for(fmt)
        layout = layouts[fmt.layout]
        image = render(fmt, layout, TEXTS, qr_url=URL, logo=logo, scale=scale)
        g = fmt.geometry(scale)
        assert image.size == g.size and image.mode == "RGB", fmt.id
        assert image.info["dpi"] == (g.dpi, g.dpi)
        empty = render(fmt, layout.model_copy(update={"layers": []}), {}, scale=scale)
        assert image.tobytes() != empty.tobytes(), f"{fmt.id}: nothing drawn"
        assert _bands(image, fmt, scale) == _bands(empty, fmt, scale), f"{fmt.id}: ink in margin"


def test_leaflet_folds_stay_clear(formats: dict[str, Format], layouts: dict[str, Layout]) -> None:
    fmt = formats["to-roi-a4"]
    scale = 0.25
    layout = layouts[fmt.layout]
    image = render(fmt, layout, TEXTS, qr_url=URL, scale=scale)
    empty = render(fmt, layout.model_copy(update={"layers": []}), {}, scale=scale)
    g = fmt.geometry(scale)
    assert len(g.folds) == 2
    margin = round(5 / 25.4 * g.dpi)
    for fold in g.folds:
        box = (fold - margin, 0, fold + margin, g.height)
        assert image.crop(box).tobytes() == empty.crop(box).tobytes(), fold


def test_nfd_texts_render_like_nfc(formats: dict[str, Format], layouts: dict[str, Layout]) -> None:
    fmt = formats["mxh-og"]
    nfd = {k: unicodedata.normalize("NFD", v) for k, v in TEXTS.items()}
    a = render(fmt, layouts[fmt.layout], TEXTS, scale=0.5)
    b = render(fmt, layouts[fmt.layout], nfd, scale=0.5)
    assert a.tobytes() == b.tobytes()


def test_fit_failure_names_text_and_format(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt = formats["bang-ron-5m"]
    long = " ".join([TEXTS["slogan"]] * 4)
    with pytest.raises(FitError) as info:
        render(fmt, layouts["bang-ron"], {"slogan": long}, scale=0.05, text_ids={"slogan": "kh-01"})
    message = str(info.value)
    assert message.startswith("khẩu hiệu 'kh-01' không vừa định dạng 'bang-ron-5m': cỡ chữ cần ")
    assert message.endswith("tối thiểu 300 pt")


def test_missing_text_and_missing_qr_url(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt = formats["ap-phich-a3"]
    with pytest.raises(MediaError, match="cần chữ cho 'slogan'"):
        render(fmt, layouts["ap-phich"], {"headline": "Kỷ niệm"}, qr_url=URL, scale=0.2)
    with pytest.raises(MediaError, match="qr_url"):
        render(fmt, layouts["ap-phich"], TEXTS, scale=0.2)


def test_qr_code_is_drawn_on_posters(
    formats: dict[str, Format], layouts: dict[str, Layout]
) -> None:
    fmt = formats["ap-phich-a3"]
    image = render(fmt, layouts["ap-phich"], TEXTS, qr_url=URL, scale=0.3)
    g = fmt.geometry(0.3)
    box = layouts["ap-phich"].layers[4].box
    region = image.crop(_rect(g.safe.sub(box.x, box.y, box.w, box.h)))
    colors = {c for _, c in region.getcolors(1 << 16) or []}
    assert (255, 255, 255) in colors and (26, 26, 26) in colors


def _rect(r: object) -> tuple[int, int, int, int]:
    return (r.x0, r.y0, r.x1, r.y1)  # type: ignore[attr-defined]


def test_writers(formats: dict[str, Format], layouts: dict[str, Layout], tmp_path: Path) -> None:
    fmt = formats["bang-ron-5m"]
    scale = 0.05
    image = render(fmt, layouts["bang-ron"], TEXTS, scale=scale)
    paths = export(image, fmt, tmp_path / "bang-ron")
    assert [p.suffix for p in paths] == [".png", ".pdf", ".webp"]
    with Image.open(tmp_path / "bang-ron.png") as png:
        assert png.info["dpi"] == pytest.approx((72 * scale, 72 * scale), abs=0.01)
        assert png.info["srgb"] == 0
    media_box = re.search(rb"/MediaBox \[ ?0 0 ([\d.]+) ([\d.]+) ?\]", paths[1].read_bytes())
    assert media_box is not None
    width_pt, height_pt = (float(v) for v in media_box.groups())
    # True physical size with bleed: (5000 + 2·20) mm × (800 + 2·20) mm.
    assert width_pt == pytest.approx(5040 / 25.4 * 72, abs=0.5)
    assert height_pt == pytest.approx(840 / 25.4 * 72, abs=0.5)
    big = Image.new("RGB", (3000, 500), (10, 20, 30))
    with Image.open(save_webp(big, tmp_path / "p.webp")) as webp:
        assert webp.width <= 1200
    assert not list(tmp_path.glob(".*.tmp"))


def test_screen_formats_have_no_pdf(
    formats: dict[str, Format], layouts: dict[str, Layout], tmp_path: Path
) -> None:
    fmt = formats["mxh-zalo"]
    image = render(fmt, layouts[fmt.layout], TEXTS)
    assert [p.suffix for p in export(image, fmt, tmp_path / "zalo")] == [".png", ".webp"]
    save_png(image, tmp_path / "again.png", dpi=96)
    save_pdf(image, tmp_path / "x.pdf", page_mm=(100, 64))
    with Image.open(tmp_path / "again.png") as png:
        assert round(png.info["dpi"][0]) == 96


GOLDENS = [
    ("mxh-og", 0.5, "og-the-ngang"),
    ("ap-phich-a3", 0.2, "a3-ap-phich"),
    ("bang-ron-5m", 0.06, "bang-ron"),
]


@pytest.mark.parametrize("format_id,scale,name", GOLDENS)
def test_goldens(
    formats: dict[str, Format],
    layouts: dict[str, Layout],
    logo: Path,
    golden: Callable[..., None],
    format_id: str,
    scale: float,
    name: str,
) -> None:
    fmt = formats[format_id]
    image = render(fmt, layouts[fmt.layout], TEXTS, qr_url=URL, logo=logo, scale=scale)
    golden(image, name)


def test_goldens_stay_small() -> None:
    total = sum(p.stat().st_size for p in (Path(__file__).parent / "golden").glob("*.png"))
    assert total < 500_000


MEMORY_SCRIPT = """
import resource, tempfile
from pathlib import Path
from campaign.media import builtin_formats, builtin_layouts, render, export
fmt = builtin_formats()["bang-ron-5m"]
texts = {"slogan": "Y tế Việt Nam - 70 năm làm theo lời Bác"}
image = render(fmt, builtin_layouts()[fmt.layout], texts)
with tempfile.TemporaryDirectory() as d:
    export(image, fmt, Path(d) / "b")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux only")
def test_full_size_banner_peak_memory_is_bounded() -> None:
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT], capture_output=True, text=True, check=True
    )
    peak_mib = int(out.stdout.strip())
    assert peak_mib < 400, f"peak {peak_mib} MiB"
