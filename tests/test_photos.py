"""Phone photos published safely: oriented, resized, metadata-free, cached, located errors."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageCms

from campaign.content.errors import ContentError
from campaign.parallel.forking import can_fork
from campaign.photos import process as photos
from campaign.photos.photoset import PhotoSet
from campaign.photos.process import Photo, inspect_photo, process_photo, process_photos

RED = (220, 20, 30)
BLUE = (20, 40, 200)
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="21,1.5N"/>'
    b"</rdf:RDF></x:xmpmeta>"
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def phone_jpeg(path: Path, size: tuple[int, int] = (4000, 3000), orientation: int = 6) -> Path:
    """A phone-like JPEG: left half red, right half blue, rotated by EXIF, with GPS."""
    image = Image.new("RGB", size, BLUE)
    image.paste(RED, (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (21.0, 1.0, 30.0)
    gps[3] = "E"
    gps[4] = (105.0, 51.0, 0.0)
    image.save(path, "JPEG", quality=80, exif=exif, xmp=XMP, comment=b"GPS 21.025N 105.85E")
    return path


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width``×``height``: enough for Pillow to size it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 16))
        + chunk(b"IEND", b"")
    )


def assert_clean(path: Path) -> None:
    """No EXIF, GPS, XMP, ICC profile or comment in a published file."""
    raw = path.read_bytes()
    for marker in (b"Exif", b"GPS", b"xmp", b"XMP", b"PhoneMaker", b"ICC_PROFILE", b"ICCP"):
        assert marker not in raw, f"{marker!r} in {path.name}"
    with Image.open(path) as image:
        assert not image.getexif()
        for key in ("exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment"):
            assert key not in image.info, f"{key} in {path.name}"


@dataclass
class Phone:
    source: Path
    digest: str
    listing: list[str]
    photo: Photo
    cache: Path


@pytest.fixture(scope="module")
def phone(tmp_path_factory: pytest.TempPathFactory) -> Phone:
    """The 4000×3000 rotated phone photo, processed once for the module."""
    folder = tmp_path_factory.mktemp("anh")
    source = phone_jpeg(folder / "Lễ kỷ niệm.jpg")
    digest = sha256(source)
    cache = tmp_path_factory.mktemp("cache")
    photo = process_photo(source, alt="Lễ kỷ niệm", cache_dir=cache)
    return Phone(source, digest, sorted(p.name for p in folder.iterdir()), photo, cache)


def test_the_source_fixture_carries_what_must_not_be_published(phone: Phone) -> None:
    raw = phone.source.read_bytes()
    assert b"Exif" in raw and b"GPS" in raw and b"PhoneMaker" in raw
    with Image.open(phone.source) as image:
        assert image.getexif().get_ifd(0x8825)[1] == "N"


def test_orientation_is_applied_and_sizes_follow_the_widths(phone: Phone) -> None:
    sizes = [(r.width, r.height, r.format) for r in phone.photo.renditions]
    assert sizes == [
        (480, 640, "jpeg"),
        (480, 640, "webp"),
        (960, 1280, "jpeg"),
        (960, 1280, "webp"),
        (1600, 2133, "jpeg"),
        (1600, 2133, "webp"),
    ]
    assert (phone.photo.width, phone.photo.height) == (1600, 2133)
    for rendition in phone.photo.renditions:
        with Image.open(rendition.file) as image:
            assert image.size == (rendition.width, rendition.height)
            assert image.format == {"jpeg": "JPEG", "webp": "WEBP"}[rendition.format]
            assert image.mode == "RGB"
            # Orientation 6 turns the stored image clockwise: its left (red)
            # half becomes the top of the portrait photo.
            top = image.getpixel((image.width // 2, image.height // 4))
            bottom = image.getpixel((image.width // 2, image.height * 3 // 4))
            assert isinstance(top, tuple) and isinstance(bottom, tuple)
            assert top[0] > 180 and top[2] < 80, top
            assert bottom[2] > 160 and bottom[0] < 80, bottom


def test_no_metadata_survives(phone: Phone) -> None:
    for rendition in phone.photo.renditions:
        assert_clean(rendition.file)


def test_names_are_slugs_with_a_content_hash_under_assets_photos(phone: Phone) -> None:
    names = [r.path for r in phone.photo.renditions]
    stem = names[0].removesuffix("-480.jpg")
    assert stem.startswith("assets/photos/le-ky-niem-") and len(stem.rsplit("-", 1)[1]) == 8
    assert names == [
        f"{stem}-480.jpg",
        f"{stem}-480.webp",
        f"{stem}-960.jpg",
        f"{stem}-960.webp",
        f"{stem}-1600.jpg",
        f"{stem}-1600.webp",
    ]
    assert all(r.file.parent == phone.cache for r in phone.photo.renditions)


def test_the_original_is_untouched_and_nothing_is_written_next_to_it(phone: Phone) -> None:
    assert sha256(phone.source) == phone.digest
    assert sorted(p.name for p in phone.source.parent.iterdir()) == phone.listing


def test_a_rerun_reuses_the_cache_without_image_work(
    phone: Phone, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = {r.file: r.file.stat().st_mtime_ns for r in phone.photo.renditions}

    def no_work(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("image work on a cache hit")

    monkeypatch.setattr(Image, "open", no_work)
    monkeypatch.setattr(Image.Image, "save", no_work)
    again = process_photo(phone.source, alt="Ảnh khác", cache_dir=phone.cache)
    assert again.renditions == phone.photo.renditions
    assert (again.width, again.height, again.alt) == (1600, 2133, "Ảnh khác")
    assert {r.file: r.file.stat().st_mtime_ns for r in again.renditions} == stamps


def test_a_changed_photo_or_parameter_gets_new_names(tmp_path: Path) -> None:
    source = tmp_path / "anh.png"
    Image.new("RGB", (700, 500), RED).save(source)
    first = process_photo(source, alt="a", cache_dir=tmp_path / "c")
    Image.new("RGB", (700, 500), BLUE).save(source)
    second = process_photo(source, alt="a", cache_dir=tmp_path / "c")
    third = process_photo(source, alt="a", cache_dir=tmp_path / "c", widths=(320, 640))
    assert {r.path for r in first.renditions}.isdisjoint(r.path for r in second.renditions)
    assert {r.path for r in second.renditions}.isdisjoint(r.path for r in third.renditions)
    assert [r.width for r in third.renditions] == [320, 320, 640, 640]


def test_renditions_are_cached_readable_so_a_site_links_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A private cache file is copied into every build's site (publish.fsutil.link_or_copy);
    # a readable one is linked once. Written readable, and one an earlier version left
    # private (mkstemp's 0600) made readable when found, without image work.
    source = tmp_path / "anh.png"
    Image.new("RGB", (600, 400), RED).save(source)
    first = process_photo(source, alt="a", cache_dir=tmp_path / "c")
    assert {r.file.stat().st_mode & 0o777 for r in first.renditions} == {0o644}
    for rendition in first.renditions:
        rendition.file.chmod(0o600)

    def no_work(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("image work on a cache hit")

    monkeypatch.setattr(Image.Image, "save", no_work)
    again = process_photo(source, alt="a", cache_dir=tmp_path / "c")
    assert again.renditions == first.renditions
    assert {r.file.stat().st_mode & 0o777 for r in again.renditions} == {0o644}


def test_a_damaged_cache_is_redone(tmp_path: Path) -> None:
    source = tmp_path / "anh.png"
    Image.new("RGB", (600, 400), RED).save(source)
    first = process_photo(source, alt="a", cache_dir=tmp_path / "c")
    first.renditions[0].file.unlink()
    manifest = next((tmp_path / "c").glob("*.json"))
    second = process_photo(source, alt="a", cache_dir=tmp_path / "c")
    assert second.renditions == first.renditions and first.renditions[0].file.is_file()
    manifest.write_text("{not json", encoding="utf-8")
    assert process_photo(source, alt="a", cache_dir=tmp_path / "c") == second


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (3000, [480, 960, 1600]),
        (1600, [480, 960, 1600]),
        (1200, [480, 960, 1200]),
        (1000, [480, 960]),
        (600, [480, 600]),
        (300, [300]),
        (120, [120]),
    ],
)
def test_never_upscales(tmp_path: Path, width: int, expected: list[int]) -> None:
    source = tmp_path / "anh.png"
    Image.new("RGB", (width, width // 2), RED).save(source)
    photo = process_photo(source, alt="a", cache_dir=tmp_path / "c")
    assert sorted({r.width for r in photo.renditions}) == expected
    assert photo.width == expected[-1] and photo.height == round(expected[-1] / 2)


def test_transparency_is_kept_in_webp_and_flattened_on_white_in_jpeg(tmp_path: Path) -> None:
    source = tmp_path / "logo.png"
    image = Image.new("RGBA", (600, 400), (*RED, 255))
    image.paste((0, 0, 0, 0), (300, 0, 600, 400))
    image.save(source)
    photo = process_photo(source, alt="Logo", cache_dir=tmp_path / "c")
    for rendition in photo.renditions:
        assert_clean(rendition.file)
        with Image.open(rendition.file) as out:
            left = out.convert("RGBA").getpixel((5, out.height // 2))
            right = out.convert("RGBA").getpixel((out.width - 5, out.height // 2))
            assert isinstance(left, tuple) and isinstance(right, tuple)
            assert left[3] == 255 and left[0] > 200 and left[1] < 60, left
            if rendition.format == "webp":
                assert out.mode == "RGBA" and right[3] == 0, right
            else:
                assert out.mode == "RGB" and min(right) > 245, right


@pytest.mark.parametrize(
    ("mode", "colour", "save", "expected"),
    [
        ("CMYK", (0, 255, 255, 0), {"format": "JPEG"}, RED[:1]),
        ("P", None, {"format": "GIF", "transparency": 0}, None),
        ("LA", (128, 255), {"format": "PNG"}, None),
        ("I;16", 40000, {"format": "PNG"}, None),
        ("L", 128, {"format": "JPEG", "icc_profile": None}, None),
    ],
)
def test_every_colour_mode_becomes_srgb(
    tmp_path: Path, mode: str, colour: Any, save: dict[str, Any], expected: Any
) -> None:
    source = tmp_path / f"anh.{save['format'].lower()}"
    image = Image.new(mode, (500, 300), colour)
    if mode == "P":
        image.putpalette([255, 255, 255, *RED] + [0] * 762)
        image.paste(1, (0, 0, 250, 300))
    image.save(source, **save)
    photo = process_photo(source, alt="a", cache_dir=tmp_path / "c")
    for rendition in photo.renditions:
        assert_clean(rendition.file)
        with Image.open(rendition.file) as out:
            assert out.mode in ("RGB", "RGBA")
            pixel = out.getpixel((10, 10))
            assert isinstance(pixel, tuple)
            if mode == "CMYK":
                assert pixel[0] > 200 and pixel[1] < 60 and pixel[2] < 60, pixel
            if mode == "I;16":
                # 40000/65535 of full scale, not clipped to white.
                assert 140 < pixel[0] < 170, pixel


def test_an_embedded_profile_is_applied_then_dropped(tmp_path: Path) -> None:
    source = tmp_path / "anh.jpg"
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    Image.new("RGB", (500, 300), RED).save(source, icc_profile=srgb)
    with Image.open(source) as image:
        assert "icc_profile" in image.info
    photo = process_photo(source, alt="a", cache_dir=tmp_path / "c")
    for rendition in photo.renditions:
        assert_clean(rendition.file)


def problem(source: Path, **kwargs: Any) -> str:
    options: dict[str, Any] = {"alt": "Ảnh", "cache_dir": source.parent / "c"}
    options.update(kwargs)
    with pytest.raises(ContentError) as info:
        process_photo(source, **options)
    assert len(info.value.problems) == 1
    return str(info.value.problems[0])


def test_bad_files_give_located_vietnamese_messages(tmp_path: Path) -> None:
    anh = tmp_path / "anh"
    anh.mkdir()
    good = io.BytesIO()
    Image.effect_noise((400, 300), 40).save(good, "JPEG")
    (anh / "hong.jpg").write_bytes(good.getvalue()[: len(good.getvalue()) // 2])
    (anh / "chu.jpg").write_text("không phải ảnh", encoding="utf-8")
    (anh / "iphone.heic").write_bytes(b"\0\0\0\x18ftypheic" + b"\0" * 32)
    (anh / "doi-ten.jpg").write_bytes(b"\0\0\0\x18ftypheic" + b"\0" * 32)
    (anh / "lon.png").write_bytes(png_header(12000, 9000))
    (anh / "qua-lon.png").write_bytes(png_header(20000, 10000))
    Image.new("RGB", (150, 100), RED).save(anh / "nho.png")

    def at(name: str, **kwargs: Any) -> str:
        return problem(
            anh / name, display="docs/tin/a.md", field="cover", label=f"anh/{name}", **kwargs
        )

    head = "docs/tin/a.md: cover: "
    assert at("le-ky-niem.jpg") == head + "không tìm thấy ảnh 'anh/le-ky-niem.jpg'"
    assert at("hong.jpg") == head + "tệp 'anh/hong.jpg' không phải ảnh hoặc đã hỏng"
    assert at("chu.jpg") == head + "tệp 'anh/chu.jpg' không phải ảnh hoặc đã hỏng"
    heic = "ảnh HEIC của iPhone chưa được hỗ trợ: hãy xuất '{}' sang JPEG"
    assert at("iphone.heic") == head + heic.format("anh/iphone.heic")
    assert at("doi-ten.jpg") == head + heic.format("anh/doi-ten.jpg")
    # A 108-megapixel phone photo: the limit and a size to resize to, in plain words.
    resize = (
        "tối đa 60 megapixel (60.000.000 điểm ảnh): hãy thu nhỏ ảnh về {} điểm ảnh "
        "(vẫn nét trên mọi màn hình), ví dụ bằng Paint (Thay đổi kích thước) hoặc ứng "
        "dụng ảnh trên điện thoại, rồi dùng ảnh đã thu nhỏ"
    )
    assert at("lon.png") == head + (
        "ảnh 'anh/lon.png' quá lớn (12000×9000 điểm ảnh, 108 megapixel), "
        + resize.format("4000×3000")
    )
    assert at("qua-lon.png") == head + (
        "ảnh 'anh/qua-lon.png' quá lớn (200 megapixel), " + resize.format("cạnh dài 4000")
    )
    assert at("nho.png", min_width=200) == head + (
        "ảnh 'anh/nho.png' quá nhỏ (150×100 điểm ảnh), cần rộng ít nhất 200 điểm ảnh"
    )
    assert at("nho.png", alt="  ") == head + photos.NO_ALT
    assert at("") == head + "không tìm thấy ảnh 'anh/'"  # the folder itself
    # Without display/label, the source path names both the file and the photo.
    assert problem(anh / "chu.jpg") == f"{anh / 'chu.jpg'}: tệp '{anh / 'chu.jpg'}' " + (
        "không phải ảnh hoặc đã hỏng"
    )
    assert not (anh / "c").exists() or not any((anh / "c").iterdir())


def test_inspecting_a_photo_reports_what_processing_would_and_writes_nothing(
    tmp_path: Path,
) -> None:
    """``campaign check``'s path: the header alone gives the same problems and the same
    renditions as processing, with nothing decoded into the cache."""
    anh = tmp_path / "anh"
    anh.mkdir()
    for fmt, ext in (("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"), ("GIF", "gif")):
        data = io.BytesIO()
        Image.effect_noise((400, 300), 40).convert("RGB").save(data, fmt)
        (anh / f"cut.{ext}").write_bytes(data.getvalue()[: len(data.getvalue()) // 2])
    (anh / "chu.jpg").write_text("không phải ảnh", encoding="utf-8")
    (anh / "iphone.heic").write_bytes(b"\0\0\0\x18ftypheic" + b"\0" * 32)
    (anh / "qua-lon.png").write_bytes(png_header(20000, 10000))
    Image.new("RGB", (150, 100), RED).save(anh / "nho.png")
    names = ["cut.jpg", "cut.png", "cut.webp", "cut.gif", "chu.jpg", "iphone.heic"]
    names += ["qua-lon.png", "nho.png", "khong-co.jpg"]
    for name in names:
        options: dict[str, Any] = {"alt": "Ảnh", "display": "docs/a.md", "field": "cover"}
        options |= {"label": f"anh/{name}", "min_width": 200, "cache_dir": tmp_path / "c"}
        with pytest.raises(ContentError) as seen:
            inspect_photo(anh / name, **options)
        assert str(seen.value) == problem(anh / name, **options), name
    assert not (tmp_path / "c").exists()
    # A phone photo turned by its EXIF tag: the renditions a build makes, to the pixel.
    phone = phone_jpeg(anh / "dien-thoai.jpg", size=(1800, 1200), orientation=6)
    inspected = inspect_photo(phone, alt="Ảnh", cache_dir=tmp_path / "c")
    assert not (tmp_path / "c").exists()
    made = process_photo(phone, alt="Ảnh", cache_dir=tmp_path / "c")
    assert (inspected.width, inspected.height) == (made.width, made.height) == (1200, 1800)
    assert inspected.renditions == made.renditions
    assert all(r.file.is_file() for r in made.renditions)
    # Once made, the cache's record answers (read, not written).
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "c").iterdir()}
    assert inspect_photo(phone, alt="Ảnh", cache_dir=tmp_path / "c") == made
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "c").iterdir()} == before


def write_set(folder: Path) -> list[tuple[Path, str, str, str]]:
    folder.mkdir()
    for index, colour in enumerate((RED, BLUE, (30, 160, 60))):
        Image.new("RGB", (520 + index, 300), colour).save(folder / f"tot-{index}.jpg")
    (folder / "chu.jpg").write_text("x", encoding="utf-8")
    return [
        (folder / "tot-0.jpg", "Ảnh 0", "docs/a.md", "cover"),
        (folder / "chu.jpg", "Ảnh hỏng", "docs/b.md", "photo"),
        (folder / "tot-1.jpg", "Ảnh 1", "docs/c.md", ""),
        (folder / "thieu.jpg", "Ảnh thiếu", "docs/d.md", "cover"),
        (folder / "tot-2.jpg", "", "docs/e.md", ""),
        (folder / "tot-2.jpg", "Ảnh 2", "docs/f.md", ""),
        (folder / "tot-0.jpg", "Lần hai", "docs/g.md", ""),
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_process_photos_reports_every_problem_in_one_run(tmp_path: Path, workers: int) -> None:
    if workers > 1 and not can_fork():
        pytest.skip("worker processes are only forked on Linux without threads")
    items = write_set(tmp_path / "anh")
    found, problems = process_photos(items, tmp_path / "c", root=tmp_path, workers=workers)
    folder = tmp_path / "anh"
    assert sorted(p.name for p in found) == ["tot-0.jpg", "tot-1.jpg", "tot-2.jpg"]
    assert found[folder / "tot-0.jpg"].alt == "Ảnh 0"
    assert found[folder / "tot-2.jpg"].alt == "Ảnh 2"
    assert [str(p) for p in problems] == [
        "docs/b.md: photo: tệp 'anh/chu.jpg' không phải ảnh hoặc đã hỏng",
        "docs/d.md: cover: không tìm thấy ảnh 'anh/thieu.jpg'",
        "docs/e.md: " + photos.NO_ALT,
    ]
    # The second run is all cache hits: the same photos, no image work.
    again, problems_again = process_photos(items, tmp_path / "c", root=tmp_path, workers=workers)
    assert again == found and problems_again == problems


def test_without_root_messages_name_the_source_path(tmp_path: Path) -> None:
    missing = tmp_path / "anh" / "thieu.jpg"
    found, problems = process_photos([(missing, "Ảnh", "docs/a.md", "")], tmp_path / "c")
    assert found == {}
    assert [str(p) for p in problems] == [f"docs/a.md: không tìm thấy ảnh '{missing}'"]


def test_large_jpegs_are_decoded_at_reduced_scale(
    phone: Phone, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    decoded: list[tuple[int, int]] = []
    to_srgb = photos._to_srgb

    def spy(image: Image.Image) -> Image.Image:
        decoded.append(image.size)
        return to_srgb(image)

    monkeypatch.setattr(photos, "_to_srgb", spy)
    photo = process_photo(phone.source, alt="a", cache_dir=tmp_path, widths=(480,))
    # 4000×3000 decoded at 1/4 (the largest DCT scale still ≥ 480×640 once
    # rotated), then resized: the full 12 Mpx never sits in memory.
    assert decoded == [(750, 1000)]
    assert [(r.width, r.height) for r in photo.renditions] == [(480, 640), (480, 640)]


def test_html_is_a_responsive_picture_with_escaped_alt(phone: Phone) -> None:
    photo = Photo(phone.source, 'Bác sĩ "Lan" <trực> & đội', phone.photo.renditions, 1600, 2133)
    stem = phone.photo.renditions[0].path.removesuffix("-480.jpg")
    text = photo.html()
    assert text == (
        "<picture>"
        f'<source type="image/webp" srcset="{stem}-480.webp 480w, {stem}-960.webp 960w, '
        f'{stem}-1600.webp 1600w" sizes="(max-width: 760px) 100vw, 760px">'
        f'<img src="{stem}-960.jpg" srcset="{stem}-480.jpg 480w, {stem}-960.jpg 960w, '
        f'{stem}-1600.jpg 1600w" sizes="(max-width: 760px) 100vw, 760px" width="1600" '
        'height="2133" alt="Bác sĩ &quot;Lan&quot; &lt;trực&gt; &amp; đội" loading="lazy" '
        'decoding="async">'
        "</picture>"
    )
    first = photo.html(lazy=False, css_class="cp-cover", url_prefix="../../", sizes="50vw")
    assert first.startswith('<picture class="cp-cover"><source type="image/webp" srcset="../../')
    assert 'loading="lazy"' not in first and 'sizes="50vw"' in first
    assert f'src="../../{stem}-960.jpg"' in first
    assert 'alt="Khác"' in photo.html(alt="Khác")


def test_the_first_photo_of_a_page_is_fetched_first_and_cards_ask_for_small_files(
    phone: Phone,
) -> None:
    photo = Photo(phone.source, "a", phone.photo.renditions, 1600, 2133)
    first = photo.html(first=True)
    assert 'fetchpriority="high"' in first and 'loading="lazy"' not in first
    assert "fetchpriority" not in photo.html()
    shown = PhotoSet({"anh/a.jpg": photo})
    # A profile's portrait and a news cover open their page: never lazy.
    portrait = shown.html("anh/a.jpg", "a", "cp-profile__photo", "../")
    assert 'fetchpriority="high"' in portrait and 'sizes="200px"' in portrait
    cover = shown.html("anh/a.jpg", "a", "cp-cover", "../")
    assert 'fetchpriority="high"' in cover and 'sizes="(max-width: 760px) 100vw, 760px"' in cover
    # Cards are two to a row on a phone: half the screen, not all of it.
    card = shown.html("anh/a.jpg", "a", "cp-card__photo", "../")
    assert 'sizes="(max-width: 480px) 50vw, 220px"' in card and 'loading="lazy"' in card


def test_a_small_photo_falls_back_to_its_only_jpeg(tmp_path: Path) -> None:
    source = tmp_path / "nho.png"
    Image.new("RGB", (300, 200), RED).save(source)
    text = process_photo(source, alt="a", cache_dir=tmp_path / "c").html()
    assert '-300.jpg 300w"' in text and 'width="300" height="200"' in text
