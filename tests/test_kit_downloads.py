"""The kit page for a phone: thumbnails, sizes in words, the kit's zips (no site build)."""

from __future__ import annotations

import functools
import io
import re
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from campaign.content.load import load_campaign
from campaign.media.downloads import human_size, plan_downloads
from campaign.media.kit import KIT_DIR, KitFile, KitResult, _bundles
from campaign.pages import mediakit
from tests.conftest import MINIMAL

SLOGANS = MINIMAL + (
    "slogans:\n"
    "  - {id: mot, text: Sức khỏe là vàng}\n"
    '  - {id: hai, text: "Khám sớm <b>sống</b> khỏe & \\"vui\\""}\n'
)


def _file(stem: str, role: str, *, slogan: str | None = None, physical: bool = True) -> KitFile:
    suffix = {"print-pdf": "pdf", "print-png": "png", "preview-webp": "webp"}[role]
    folder = stem.split("/", 1)[0]
    return KitFile(
        f"{KIT_DIR}{stem}.{suffix}",
        "poster" if physical else "social",
        folder,
        "Áp phích A3 (dọc)" if physical else "Ảnh chia sẻ liên kết 1200 × 630",
        role,
        slogan,
        None,
        1200 if role == "preview-webp" else 3508,
        1697 if role == "preview-webp" else 4961,
        300.0 if physical else None,
        303.0 if physical else None,
        426.0 if physical else None,
    )


@functools.cache
def _preview() -> bytes:
    """A poster-sized WebP preview, encoded once (about 0.1 s each time)."""
    out = io.BytesIO()
    Image.new("RGB", (1200, 1697), "red").save(out, "WEBP")
    return out.getvalue()


def _kit(cache: Path, sizes: dict[str, int]) -> KitResult:
    """A kit of two posters (PDF, PNG, preview) and two social images (PNG, preview)."""
    files, sources = [], {}
    for folder, physical in (("ap-phich-a3", True), ("mxh-og", False)):
        for slogan in ("mot", "hai"):
            roles = ["print-pdf", "print-png"] if physical else ["print-png"]
            for role in [*roles, "preview-webp"]:
                file = _file(f"{folder}/{slogan}", role, slogan=slogan, physical=physical)
                # Renders live in a folder named by their inputs' hash, as the kit keeps them.
                cached = cache / f"key-{folder}-{slogan}" / ("kit." + file.path.rsplit(".", 1)[1])
                cached.parent.mkdir(parents=True, exist_ok=True)
                if role == "preview-webp":
                    cached.write_bytes(_preview())
                else:
                    cached.write_bytes(bytes([len(slogan)]) * sizes.get(file.path, 1000))
                files.append(file)
                sources[file.path] = cached
    # The kit's own zips (one per format), made as a build makes them.
    files, sources = _bundles(files, sources, cache, write=True)
    return KitResult(files, sources, rendered=0, cached=len(files))


@pytest.mark.parametrize(
    ("size", "words"),
    [
        (0, "1 KB"),
        (640 * 1024, "640 KB"),
        (1024 * 1024, "1 MB"),
        (int(3.2 * 1024 * 1024), "3,2 MB"),
        (int(2.04 * 1024 * 1024), "2 MB"),
    ],
)
def test_sizes_are_said_with_a_decimal_comma(size: int, words: str) -> None:
    assert human_size(size) == words


def test_thumbnails_are_small_and_zips_hold_each_items_main_file(tmp_path: Path) -> None:
    big = f"{KIT_DIR}ap-phich-a3/mot.pdf"
    kit = _kit(tmp_path / "kit", {big: int(3.2 * 1024 * 1024)})
    downloads = plan_downloads(kit, tmp_path / "kit")
    assert downloads.sizes[big] == int(3.2 * 1024 * 1024)
    previews = [f for f in kit.files if f.role == "preview-webp"]
    assert len(downloads.thumbs) == len(previews) == 4
    for preview in previews:
        thumb = downloads.thumbs[preview.path]
        with Image.open(downloads.sources[thumb.path]) as image:
            assert image.size == (thumb.width, thumb.height)
            assert image.width <= 320 and image.height <= 400
            # The preview's shape is kept (1200 × 1697).
            assert abs(image.width / image.height - 1200 / 1697) < 0.01
    zips = {b.folder: b for b in downloads.bundles}
    assert set(zips) == {"ap-phich-a3", "mxh-og"}
    # Each button is one of the kit's zips, with its members and its size.
    assert [m.path.rsplit("/", 1)[1] for m in zips["ap-phich-a3"].members] == ["hai.pdf", "mot.pdf"]
    assert [m.path.rsplit("/", 1)[1] for m in zips["mxh-og"].members] == ["hai.png", "mot.png"]
    for bundle in zips.values():
        assert bundle.size == kit.sources[bundle.path].stat().st_size
        with zipfile.ZipFile(kit.sources[bundle.path]) as archive:
            assert archive.namelist() == [m.path.rsplit("/", 1)[1] for m in bundle.members]
    assert not any(path.endswith(".zip") for path in downloads.sources)  # the kit publishes them


def test_a_check_writes_nothing(tmp_path: Path) -> None:
    kit = _kit(tmp_path / "kit", {})
    before = sorted(p for p in tmp_path.rglob("*"))
    downloads = plan_downloads(kit, tmp_path / "kit", make=False)
    assert sorted(p for p in tmp_path.rglob("*")) == before
    assert downloads.thumbs == {}


def test_the_page_links_previews_to_files_with_sizes_in_words_and_described_images(
    tmp_path: Path,
) -> None:
    path = tmp_path / "campaign.yml"
    path.write_text(SLOGANS, encoding="utf-8")
    campaign = load_campaign(path)
    big = f"{KIT_DIR}ap-phich-a3/mot.pdf"
    kit = _kit(tmp_path / "kit", {big: int(3.2 * 1024 * 1024)})
    downloads = plan_downloads(kit, tmp_path / "kit")
    page = mediakit.render(campaign, kit.files, downloads=downloads)
    figures = re.findall(r'<figure class="cp-kit__item">.*?</figure>', page)
    assert len(figures) == 4
    poster = next(f for f in figures if 'href="ap-phich-a3/mot.pdf"' in f)
    # The preview is a link to the print file and shows the small thumbnail.
    assert re.search(
        r'<a class="cp-kit__preview" href="ap-phich-a3/mot.pdf"><img src="anh-nho/ap-phich-a3/'
        r'mot.webp" alt="Áp phích A3 \(dọc\), khẩu hiệu: “Sức khỏe là vàng”" loading="lazy"',
        poster,
    )
    assert ">PDF để in, 3,2 MB</a>" in poster and ">Ảnh PNG, 1 KB</a>" in poster
    assert "dpi" not in page and "WebP" not in page and "bleed" not in page
    # The slogan's own markup is text in the alt.
    other = next(f for f in figures if 'href="ap-phich-a3/hai.pdf"' in f)
    assert "“Khám sớm &lt;b&gt;sống&lt;/b&gt; khỏe &amp; &quot;vui&quot;”" in other
    assert "<b>" not in other
    # One button per zip, with what it holds and its size.
    assert 'href="ap-phich-a3/tat-ca.zip" download>Áp phích A3 (dọc)<span>ZIP, 2 tệp PDF, ' in page
    assert 'href="mxh-og/tat-ca.zip" download>' in page and "(#tai-ca-bo)" in page


def test_without_downloads_the_page_still_lists_every_file(tmp_path: Path) -> None:
    path = tmp_path / "campaign.yml"
    path.write_text(SLOGANS, encoding="utf-8")
    campaign = load_campaign(path)
    kit = _kit(tmp_path / "kit", {})
    page = mediakit.render(campaign, kit.files)
    assert 'src="ap-phich-a3/mot.webp"' in page  # the preview itself
    assert ">PDF để in</a>" in page and "tai-ca-bo" not in page
