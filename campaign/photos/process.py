"""Publishing phone photos safely: resized, oriented, responsive, without metadata.

Staff add photos straight from phones: 4000×3000 px, rotated by an EXIF flag,
carrying GPS coordinates. :func:`process_photo` turns one original into a few
WebP and JPEG renditions that are

* oriented (the EXIF orientation is applied to the pixels, then dropped),
* never larger than the original (no upscaling),
* in sRGB without any metadata (no EXIF, GPS, XMP, ICC profile or comment),
* cached under a name derived from the source bytes and the encoding
  parameters, so a rebuild reuses them and a changed photo gets a new URL.

The original is only ever read. Problems a user can fix (missing file, not an
image, HEIC, too large, no alt text) raise :class:`ContentError` with a
Vietnamese message; :func:`process_photos` collects them for many photos.
"""

from __future__ import annotations

import functools
import hashlib
import html
import io
import json
import os
import re
import stat
import struct
import tempfile
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from ..content.errors import ContentError, Problem, os_reason
from ..content.text import slugify
from ..parallel.tasks import make_tasks

__all__ = [
    "DEFAULT_SIZES",
    "DEFAULT_WIDTHS",
    "MAX_PIXELS",
    "URL_DIR",
    "Photo",
    "Rendition",
    "process_many",
    "process_photo",
    "process_photos",
    "too_large",
]

DEFAULT_WIDTHS: tuple[int, ...] = (480, 960, 1600)
DEFAULT_SIZES = "(max-width: 760px) 100vw, 760px"
URL_DIR = "assets/photos"
# Far more than any phone produces (12–50 Mpx), yet bounded: Pillow's own
# decompression-bomb threshold is ~89 Mpx, and a 60 Mpx RGBA image is 240 MB.
MAX_PIXELS = 60_000_000
WEBP_QUALITY = 78
# Measured on the sample photos: method 5 is 6 % smaller than 4 for 3 % more
# time; 6 saves 3 % more but costs 30 % more time.
WEBP_METHOD = 5
JPEG_QUALITY = 82
# The <img> fallback for browsers without WebP or srcset: a mid-size JPEG.
FALLBACK_WIDTH = 960
# Bump when the pipeline changes its output, so cached renditions are redone.
PIPELINE_VERSION = "1"
# Decoders for what phones and editors produce. Restricting the list keeps
# exotic plugins away from untrusted files (EPS, for one, runs Ghostscript).
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "TIFF", "BMP", "AVIF")  # MPO comes with JPEG
HEIC_SUFFIXES = frozenset({".heic", ".heif", ".hif"})
HEIC_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})
# Forking costs ~20 ms and a 4000×3000 JPEG takes ~0.8 s: two such photos
# already finish in half the time on two cores (measured: 1.65 s → 0.82 s).
PARALLEL_MIN = 2

Format = Literal["webp", "jpeg"]
OUTPUT_FORMATS: tuple[Format, ...] = ("webp", "jpeg")
EXTENSIONS: dict[Format, str] = {"webp": "webp", "jpeg": "jpg"}

NO_ALT = "ảnh cần mô tả (alt) để người khiếm thị dùng được trang"


@dataclass(frozen=True)
class Rendition:
    """One resized, metadata-free file ready to publish.

    ``path`` is the URL path under the site root; ``file`` is where the bytes
    sit in the cache (files rather than bytes keep memory flat on big sites).
    """

    path: str
    file: Path
    width: int
    height: int
    format: Format


@dataclass(frozen=True)
class Photo:
    """A processed photo: its renditions and the oriented size of the largest."""

    source: Path
    alt: str
    renditions: tuple[Rendition, ...]
    width: int
    height: int

    def srcset(self, format: Format, url_prefix: str = "") -> str:
        """``url 480w, url 960w, ...`` for one format, smallest first."""
        return ", ".join(
            f"{url_prefix}{r.path} {r.width}w" for r in self.renditions if r.format == format
        )

    def fallback(self) -> Rendition:
        """The JPEG for ``<img src>``: the widest not above 960 px, else the narrowest."""
        jpegs = [r for r in self.renditions if r.format == "jpeg"]
        fitting = [r for r in jpegs if r.width <= FALLBACK_WIDTH]
        return fitting[-1] if fitting else jpegs[0]

    def html(
        self,
        *,
        sizes: str = DEFAULT_SIZES,
        css_class: str | None = None,
        lazy: bool = True,
        url_prefix: str = "",
        alt: str | None = None,
        first: bool = False,
    ) -> str:
        """A responsive ``<picture>``: WebP for browsers that take it, JPEG otherwise.

        ``width``/``height`` give the browser the aspect ratio before the file
        arrives (no layout shift); ``lazy=False`` is for the first, visible image.
        ``first`` also asks for it before other images (``fetchpriority``): it is
        usually the largest thing painted on a phone's first screen.
        ``alt`` overrides the stored text when one photo is used in several places.
        """

        def attr(value: str) -> str:
            return html.escape(value, quote=True)

        text = self.alt if alt is None else alt
        img = [
            f'src="{attr(url_prefix + self.fallback().path)}"',
            f'srcset="{attr(self.srcset("jpeg", url_prefix))}"',
            f'sizes="{attr(sizes)}"',
            f'width="{self.width}"',
            f'height="{self.height}"',
            f'alt="{attr(text)}"',
        ]
        if first:
            img.append('fetchpriority="high"')
        elif lazy:
            img.append('loading="lazy"')
        img.append('decoding="async"')
        opening = f'<picture class="{attr(css_class)}">' if css_class else "<picture>"
        return (
            f"{opening}"
            f'<source type="image/webp" srcset="{attr(self.srcset("webp", url_prefix))}"'
            f' sizes="{attr(sizes)}">'
            f"<img {' '.join(img)}>"
            "</picture>"
        )


def process_photo(
    source: Path,
    *,
    alt: str,
    cache_dir: Path,
    widths: Sequence[int] = DEFAULT_WIDTHS,
    display: str | None = None,
    field: str = "",
    label: str | None = None,
    min_width: int = 0,
) -> Photo:
    """Publishable renditions of ``source``, from ``cache_dir`` when already made.

    ``display`` is the file named in problems (default: ``source``), ``field``
    the front-matter key; ``label`` is how messages name the photo (default:
    ``source`` as given). ``min_width`` > 0 rejects narrower photos.
    """
    photo = _process(
        source,
        alt=alt,
        cache_dir=cache_dir,
        widths=widths,
        display=display,
        field=field,
        label=label,
        min_width=min_width,
        cache_only=False,
    )
    assert photo is not None  # only a cache-only lookup answers None
    return photo


def process_photos(
    items: Iterable[tuple[Path, str, str, str]],
    cache_dir: Path,
    *,
    widths: Sequence[int] = DEFAULT_WIDTHS,
    min_width: int = 0,
    root: Path | None = None,
    workers: int | None = None,
) -> tuple[dict[Path, Photo], list[Problem]]:
    """Process ``(source, alt, display, field)`` items; every problem, not just the first.

    Cache hits and cheap checks are answered in this process. When at least
    ``PARALLEL_MIN`` photos need decoding, they are spread over ``workers``
    processes (default: :func:`campaign.parallel.tasks.jobs`); ``workers=1`` keeps
    everything in this process. Each source is processed once, with the first
    item's alt text (:meth:`Photo.html` takes another alt per use). Messages
    name photos relative to ``root`` when given (``anh/le.jpg``).
    """
    photos: dict[Path, Photo] = {}
    problems: list[Problem] = []
    todo: dict[Path, dict[str, Any]] = {}
    for source, alt, display, field in items:
        if source in photos or source in todo:
            continue
        kwargs: dict[str, Any] = {
            "alt": alt,
            "cache_dir": cache_dir,
            "widths": tuple(widths),
            "display": display,
            "field": field,
            "label": _relative(source, root),
            "min_width": min_width,
        }
        try:
            photo = _process(source, cache_only=True, **kwargs)
        except ContentError as exc:
            problems += exc.problems
            continue
        if photo is not None:
            photos[source] = photo
        else:
            todo[source] = kwargs
    for source, result in zip(todo, _decode_all(list(todo.items()), workers), strict=True):
        if isinstance(result, Photo):
            photos[source] = result
        else:
            problems += result
    return photos, sorted(set(problems))


def process_many(
    items: Sequence[tuple[Path, dict[str, Any]]], workers: int | None = None
) -> list[Photo | list[Problem]]:
    """:func:`process_photo` on each ``(source, keyword arguments)``: a photo or its
    problems, in the order given. Cache hits and cheap checks are answered in
    this process; the photos to decode go through the parallel seam
    (``workers`` processes, default :func:`campaign.parallel.tasks.jobs`)."""
    results: list[Photo | list[Problem] | None] = []
    pending: list[int] = []
    for source, kwargs in items:
        try:
            photo = _process(source, cache_only=True, **kwargs)
        except ContentError as exc:
            results.append(exc.problems)
            continue
        results.append(photo)
        if photo is None:
            pending.append(len(results) - 1)
    decoded = _decode_all([items[i] for i in pending], workers)
    for index, result in zip(pending, decoded, strict=True):
        results[index] = result
    return [r if r is not None else [] for r in results]


def _decode_all(
    items: Sequence[tuple[Path, dict[str, Any]]], workers: int | None
) -> list[Photo | list[Problem]]:
    """The photos not in the cache, through the parallel seam, in the order given."""
    tasks = make_tasks(len(items), PARALLEL_MIN, workers)
    for source, kwargs in items:
        tasks.add(_process_or_problems, source, kwargs, name=kwargs.get("label") or str(source))
    return tasks.join()


def _relative(source: Path, root: Path | None) -> str | None:
    """``source`` as a POSIX path under ``root``; ``None`` when it is not under it."""
    if root is None or not source.is_relative_to(root):
        return None
    return source.relative_to(root).as_posix()


def _process(
    source: Path,
    *,
    alt: str,
    cache_dir: Path,
    widths: Sequence[int],
    display: str | None,
    field: str,
    label: str | None = None,
    min_width: int,
    cache_only: bool,
) -> Photo | None:
    """:func:`process_photo`; with ``cache_only``, ``None`` instead of decoding."""
    name, fail, targets, data, stem, cached = _open(
        source, alt, cache_dir, widths, display, field, label
    )
    if cached is not None or cache_only:
        return cached
    image = _decode(data, name, targets, fail)
    if image.width < min_width:
        raise fail(_too_small(name, image.width, image.height, min_width))
    cache_dir.mkdir(parents=True, exist_ok=True)
    return _render(image, source, alt, cache_dir, stem, targets)


def inspect_photo(
    source: Path,
    *,
    alt: str,
    cache_dir: Path,
    widths: Sequence[int] = DEFAULT_WIDTHS,
    display: str | None = None,
    field: str = "",
    label: str | None = None,
    min_width: int = 0,
) -> Photo:
    """What :func:`process_photo` would make of ``source``, and the same problems, from
    its header alone (size, kind, EXIF orientation): nothing decoded, resized, encoded
    or written. The renditions are those recorded in ``cache_dir`` or those a build
    would make (their files may not exist)."""
    name, fail, targets, data, stem, cached = _open(
        source, alt, cache_dir, widths, display, field, label
    )
    if cached is not None:
        return cached
    corrupt = f"tệp '{name}' không phải ảnh hoặc đã hỏng"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            opened = Image.open(io.BytesIO(data), formats=FORMATS)
        except Image.DecompressionBombError as exc:
            counted = re.search(r"\((\d+) pixels\)", str(exc))
            raise fail(too_large(f"ảnh '{name}'", int(counted[1]) if counted else 0)) from None
        except UnidentifiedImageError:
            raise fail(corrupt) from None
        except _DECODE_ERRORS:
            raise fail(corrupt) from None
        with opened as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise fail(too_large(f"ảnh '{name}'", width * height, (width, height)))
            if _cut_short(image, data):
                raise fail(corrupt)
            try:
                if image.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # turned by 90°
                    width, height = height, width
            except _DECODE_ERRORS:
                raise fail(corrupt) from None
    if width < min_width:
        raise fail(_too_small(name, width, height, min_width))
    renditions = sorted(
        (
            Rendition(
                f"{URL_DIR}/{stem}-{w}.{EXTENSIONS[fmt]}",
                cache_dir / f"{stem}-{w}.{EXTENSIONS[fmt]}",
                w,
                max(1, round(w * height / width)),
                fmt,
            )
            for w in _plan(width, targets)
            for fmt in OUTPUT_FORMATS
        ),
        key=lambda r: (r.width, r.format),
    )
    largest = renditions[-1]
    return Photo(source, alt, tuple(renditions), largest.width, largest.height)


def _open(
    source: Path,
    alt: str,
    cache_dir: Path,
    widths: Sequence[int],
    display: str | None,
    field: str,
    label: str | None,
) -> tuple[str, Callable[[str], ContentError], list[int], bytes, str, Photo | None]:
    """What processing and inspecting a photo share before either looks at its pixels:
    the name its messages use, how a problem is reported, the widths asked for, the
    file's bytes, the cache stem and the cached result if a build recorded one."""
    shown = display if display is not None else str(source)
    name = label if label is not None else str(source)

    def fail(message: str) -> ContentError:
        return ContentError([Problem(shown, 0, field, message)])

    targets = sorted({w for w in widths if w > 0})
    if not targets:
        raise ValueError("widths must contain a positive width")
    if not alt.strip():
        raise fail(NO_ALT)
    data = _read(source, name, fail)
    stem = _stem(source, data, targets)
    return name, fail, targets, data, stem, _load_manifest(source, alt, cache_dir, stem)


def _too_small(name: str, width: int, height: int, min_width: int) -> str:
    return (
        f"ảnh '{name}' quá nhỏ ({width}×{height} điểm ảnh), cần rộng ít nhất {min_width} điểm ảnh"
    )


def _cut_short(image: Image.Image, data: bytes) -> bool:
    """Whether the file ends before its image data does, seen without decoding it: a
    JPEG's scan has no end marker (``FFD9`` cannot occur inside the scan's coded data),
    a PNG has no ``IEND``, a WebP is shorter than its RIFF size, a GIF has no trailer."""
    if image.format in ("JPEG", "MPO"):
        tile = getattr(image, "tile", None)  # the scan's offset (an ImageFile's)
        start = tile[0][2] if tile else 0
        return data.find(b"\xff\xd9", start) < 0
    if image.format == "PNG":
        return data.rfind(b"IEND") < 0
    if image.format == "WEBP":
        return len(data) < 8 + int.from_bytes(data[4:8], "little")
    if image.format == "GIF":
        return b"\x3b" not in data[-16:]
    return False


def _process_or_problems(source: Path, kwargs: dict[str, Any]) -> Photo | list[Problem]:
    # ContentError does not survive pickling between processes (its args are
    # the joined message), so workers hand back the problems themselves.
    try:
        return process_photo(source, **kwargs)
    except ContentError as exc:
        return exc.problems


def _read(source: Path, name: str, fail: Callable[[str], ContentError]) -> bytes:
    """The source bytes, read once: hashed and decoded from the same copy."""
    if source.suffix.lower() in HEIC_SUFFIXES and source.is_file():
        raise fail(f"ảnh HEIC của iPhone chưa được hỗ trợ: hãy xuất '{name}' sang JPEG")
    try:
        data = source.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise fail(f"không tìm thấy ảnh '{name}'") from None
    except OSError as exc:
        raise fail(f"không đọc được ảnh '{name}': {os_reason(exc)}") from None
    # A HEIC renamed to .jpg: an ISO box "ftyp" followed by a HEIF brand.
    if data[4:8] == b"ftyp" and data[8:12] in HEIC_BRANDS:
        raise fail(f"ảnh HEIC của iPhone chưa được hỗ trợ: hãy xuất '{name}' sang JPEG")
    return data


def _stem(source: Path, data: bytes, targets: list[int]) -> str:
    """``slug-hash``: the hash covers the bytes and every parameter of the output."""
    digest = hashlib.sha256(data)
    params = f"v{PIPELINE_VERSION}|{targets}|webp{WEBP_QUALITY}m{WEBP_METHOD}|jpeg{JPEG_QUALITY}"
    digest.update(params.encode())
    return f"{slugify(source.stem) or 'anh'}-{digest.hexdigest()[:8]}"


def _load_manifest(source: Path, alt: str, cache_dir: Path, stem: str) -> Photo | None:
    """The photo recorded by an earlier build, if its manifest and files are all there."""
    try:
        record = json.loads((cache_dir / f"{stem}.json").read_text(encoding="utf-8"))
        renditions = tuple(
            Rendition(
                path=f"{URL_DIR}/{r['name']}",
                file=cache_dir / r["name"],
                width=int(r["width"]),
                height=int(r["height"]),
                format=_format(r["format"]),
            )
            for r in record["renditions"]
        )
        width, height = int(record["width"]), int(record["height"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not renditions or not all(_published_as_is(r.file) for r in renditions):
        return None
    return Photo(source, alt, renditions, width, height)


def _published_as_is(file: Path) -> bool:
    """Whether ``file`` is there; made readable by everyone when an earlier version left
    it private (``mkstemp``'s mode), as :func:`_write_atomic` now writes it: the site
    publishes it, and a private cache file is copied into every build's site (150
    files created on disk for 2,000 posts) where a readable one is linked once and left
    (see ``publish.fsutil.link_or_copy``)."""
    try:
        info = os.stat(file)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    if info.st_mode & 0o044 != 0o044:
        try:
            os.chmod(file, (info.st_mode | 0o444) & 0o7777)
        except OSError:
            pass  # not this user's: copied as before
    return True


def _format(value: object) -> Format:
    if value == "webp":
        return "webp"
    if value == "jpeg":
        return "jpeg"
    raise ValueError(f"unknown format {value!r}")


# What decoding a damaged file raises across Pillow's plugins (OSError for
# truncated data; the others from malformed chunks found while decoding).
_DECODE_ERRORS: tuple[type[Exception], ...] = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    KeyError,
    struct.error,
)


def _decode(
    data: bytes, name: str, targets: list[int], fail: Callable[[str], ContentError]
) -> Image.Image:
    """The oriented sRGB image (``RGB``, or ``RGBA`` with real transparency).

    Large JPEGs are decoded at 1/2, 1/4 or 1/8 scale when that still covers
    the widest rendition: a 12 Mpx phone photo then never exists in memory at
    full size.
    """
    corrupt = f"tệp '{name}' không phải ảnh hoặc đã hỏng"
    # Pillow warns about odd but readable files (corrupt EXIF, palette
    # transparency) and about sizes above its own bomb threshold; the first are
    # not actionable for staff, the second is enforced below with a lower limit.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            opened = Image.open(io.BytesIO(data), formats=FORMATS)
        except Image.DecompressionBombError as exc:
            # Pillow refuses before the size is known to us; its message has the pixel count.
            counted = re.search(r"\((\d+) pixels\)", str(exc))
            raise fail(too_large(f"ảnh '{name}'", int(counted[1]) if counted else 0)) from None
        except UnidentifiedImageError:  # what every plugin's failure becomes
            raise fail(corrupt) from None
        except _DECODE_ERRORS:  # a header cut short fails while opening, not loading
            raise fail(corrupt) from None
        with opened as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise fail(too_large(f"ảnh '{name}'", width * height, (width, height)))
            try:
                if image.format in ("JPEG", "MPO"):
                    image.draft(None, _draft_size(image, targets[-1]))
                image.load()
                return _to_srgb(ImageOps.exif_transpose(image))
            except _DECODE_ERRORS:
                raise fail(corrupt) from None


def _megapixels(pixels: int) -> str:
    """``108``, ``60,5``: megapixels as Vietnamese write decimals."""
    return f"{pixels / 1_000_000:.1f}".replace(".", ",").removesuffix(",0")


# The long side a photo too large is asked to be resized to: sharp on any screen.
RESIZE_TO = 4000


def too_large(what: str, pixels: int, size: tuple[int, int] | None = None) -> str:
    """Why a photo (``what``: "ảnh 'anh/x.jpg'") is refused, with the limit and a size
    to resize it to."""
    limit = f"tối đa {_megapixels(MAX_PIXELS)} megapixel ({MAX_PIXELS:,} điểm ảnh)".replace(
        ",", "."
    )
    if size is not None:
        width, height = size
        scale = RESIZE_TO / max(width, height)
        target = f"{round(width * scale)}×{round(height * scale)}"
        shown = f"{width}×{height} điểm ảnh, {_megapixels(pixels)} megapixel"
    else:
        target = f"cạnh dài {RESIZE_TO}"
        shown = f"{_megapixels(pixels)} megapixel" if pixels else "kích thước quá lớn"
    return (
        f"{what} quá lớn ({shown}), {limit}: hãy thu nhỏ ảnh về {target} điểm ảnh "
        "(vẫn nét trên mọi màn hình), ví dụ bằng Paint (Thay đổi kích thước) hoặc ứng "
        "dụng ảnh trên điện thoại, rồi dùng ảnh đã thu nhỏ"
    )


def _draft_size(image: Image.Image, widest: int) -> tuple[int, int]:
    """The stored size a JPEG must keep for the widest rendition once oriented."""
    width, height = image.size
    swapped = image.getexif().get(0x0112, 1) in (5, 6, 7, 8)  # turned by 90°
    shown_w, shown_h = (height, width) if swapped else (width, height)
    target_w = min(widest, shown_w)
    target_h = -(-target_w * shown_h // shown_w)  # rounded up: never short
    return (target_h, target_w) if swapped else (target_w, target_h)


def _to_srgb(image: Image.Image) -> Image.Image:
    """``RGB``/``RGBA`` in sRGB, the ICC profile applied and dropped."""
    icc = image.info.get("icc_profile")
    mode = image.mode
    if mode.startswith("I") or mode == "F":
        # 16-bit greyscale: Pillow's conversion to 8 bits clips, so scale first.
        high = image.getextrema()[1]
        scale = 255 / 65535 if isinstance(high, (int, float)) and high > 255 else 1
        image = image.convert("F").point(lambda v: v * scale).convert("L")
    elif mode == "P" or mode == "PA":
        image = image.convert("RGBA")
    elif mode == "LA" or mode == "La" or mode == "RGBa":
        image = image.convert("RGBA")
    elif mode not in ("RGB", "RGBA", "L", "CMYK"):
        image = image.convert("RGB")
    alpha = image.getchannel("A") if image.mode == "RGBA" else None
    if alpha is not None and alpha.getextrema()[0] == 255:
        alpha = None  # fully opaque: an alpha channel would only cost bytes
    colour = image.convert("RGB") if image.mode == "RGBA" else image
    colour = _apply_profile(colour, icc) if isinstance(icc, bytes) and icc else colour
    if colour.mode != "RGB":
        colour = colour.convert("RGB")
    if alpha is not None:
        colour.putalpha(alpha)
    colour.info.clear()
    return colour


def _apply_profile(image: Image.Image, icc: bytes) -> Image.Image:
    """``image`` converted from its embedded profile to sRGB; unchanged if unusable."""
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            image, profile, _SRGB, renderingIntent=ImageCms.Intent.PERCEPTUAL, outputMode="RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        # A broken or mismatched profile (an RGB profile on a CMYK file):
        # Pillow's plain conversion is a better result than refusing the photo.
        return image
    return converted if converted is not None else image


_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _plan(width: int, targets: list[int]) -> list[int]:
    """Rendition widths for an original ``width`` px wide: never upscaled.

    The original width itself is added when it is well above the widest
    target that fits, so a 1200 px photo still serves 1200 px to sharp screens.
    """
    kept = [w for w in targets if w <= width]
    if width < targets[-1] and (not kept or width > kept[-1] * 1.1):
        kept.append(width)
    return kept


def _render(
    image: Image.Image, source: Path, alt: str, cache_dir: Path, stem: str, targets: list[int]
) -> Photo:
    """Encode every rendition, then record them; the manifest is written last."""
    renditions: list[Rendition] = []
    resized = image
    # Widest first, each from the previous one: the smaller sizes resample a
    # 1600 px image instead of the full original (~10 % less time in all).
    for width in reversed(_plan(image.width, targets)):
        height = max(1, round(width * image.height / image.width))
        if (width, height) != resized.size:
            resized = resized.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        for fmt in OUTPUT_FORMATS:
            out = resized
            if fmt == "jpeg" and out.mode == "RGBA":
                # JPEG has no transparency: flatten on the page's white.
                out = Image.new("RGB", resized.size, (255, 255, 255))
                out.paste(resized, mask=resized.getchannel("A"))
            name = f"{stem}-{width}.{EXTENSIONS[fmt]}"
            _write_atomic(cache_dir / name, functools.partial(_encode, out, fmt))
            renditions.append(Rendition(f"{URL_DIR}/{name}", cache_dir / name, width, height, fmt))
    renditions.sort(key=lambda r: (r.width, r.format))
    largest = renditions[-1]
    record = {
        "version": PIPELINE_VERSION,
        "width": largest.width,
        "height": largest.height,
        "renditions": [
            {"name": r.file.name, "width": r.width, "height": r.height, "format": r.format}
            for r in renditions
        ],
    }
    payload = json.dumps(record, indent=1).encode()
    _write_atomic(cache_dir / f"{stem}.json", lambda fp: fp.write(payload))
    return Photo(source, alt, tuple(renditions), largest.width, largest.height)


def _encode(image: Image.Image, fmt: Format, fp: IO[bytes]) -> None:
    """Save with no metadata at all: no EXIF, GPS, XMP, ICC profile or comment."""
    # Pillow copies some fields from .info (a JPEG comment, for one) unless told.
    image.info.clear()
    if fmt == "webp":
        image.save(fp, "WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD, exif=b"", xmp=b"")
    else:
        image.save(
            fp, "JPEG", quality=JPEG_QUALITY, progressive=True, optimize=True, exif=b"", comment=b""
        )


def _write_atomic(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write ``path`` through a temporary file, so a cache file is whole or absent."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fp:
            write(fp)
        # mkstemp makes the file private; the site publishes it (linked, see _published_as_is).
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
