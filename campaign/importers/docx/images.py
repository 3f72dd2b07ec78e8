"""Photos pasted in Word, made publishable: checked, re-encoded for the web, numbered."""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ...photos.process import MAX_PIXELS, too_large
from .html import one_line, tidy
from .word import RawImage

__all__ = ["PHOTO_PREFIX", "Photo", "prepare_photos", "web_image"]

# Photos are referenced from the campaign folder; the build only resolves ``anh/...``.
PHOTO_PREFIX = "anh"
_WORD_ALT_JUNK = re.compile(
    r"automatically generated|được tạo tự động|^\S+\.(?:jpe?g|png|gif|bmp|tiff?|emf|wmf)$"
    r"|^(?:picture|image|hình|ảnh|img|dsc)[\s_-]*\d*$",
    re.IGNORECASE,
)
_KEPT_FORMATS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}
_UNSUPPORTED_FORMATS = frozenset({"WMF", "EMF"})


@dataclass
class Photo:
    file: Path
    link: str
    alt: str
    data: bytes


def prepare_photos(
    images: list[RawImage], used: list[int], folder: Path, title: str, warnings: list[str]
) -> dict[int, Photo]:
    """Check and number the images the body uses, converting what browsers cannot show."""
    photos: dict[int, Photo] = {}
    for position, index in enumerate(used, start=1):
        if index in photos or index >= len(images):
            continue
        raw = images[index]
        converted = web_image(raw, position, warnings)
        if converted is None:
            continue
        data, ext = converted
        n = len(photos) + 1
        alt = one_line(tidy(raw.alt))
        if not alt or _WORD_ALT_JUNK.search(alt):
            alt = f'Ảnh {n} của bài "{title}"'
            warnings.append(
                f"ảnh {n} (anh-{n}.{ext}) chưa có mô tả trong Word nên tạm ghi “Ảnh {n} của "
                "bài …”: hãy sửa thành mô tả thật (ảnh cho thấy ai, đang làm gì) để người "
                "khiếm thị hiểu được ảnh"
            )
        # "]" would end the Markdown alt text early.
        alt = alt.replace("[", "(").replace("]", ")")
        name = f"anh-{n}.{ext}"
        photos[index] = Photo(
            file=folder / name, link=f"{PHOTO_PREFIX}/{folder.name}/{name}", alt=alt, data=data
        )
    return photos


def web_image(raw: RawImage, position: int, warnings: list[str]) -> tuple[bytes, str] | None:
    """``(bytes, extension)`` a browser can show, or ``None`` with a warning."""
    if raw.data is None:
        warnings.append(
            f"ảnh thứ {position} là ảnh liên kết ngoài tệp hoặc bị hỏng, đã bỏ qua; hãy chèn "
            "trực tiếp ảnh vào Word (Chèn → Ảnh) rồi nhập lại"
        )
        return None
    oversized = _oversized(raw.data, position)
    if oversized is not None:
        warnings.append(f"{oversized}; ảnh này chưa được đưa vào bài")
        return None
    label = raw.content_type.rsplit("/", 1)[-1].removeprefix("x-").upper() or "không rõ"
    unsupported = label in _UNSUPPORTED_FORMATS
    converted = None if unsupported else _decode(raw.data)
    if converted is None:
        problem = "không hiển thị được trên web" if unsupported else "bị hỏng hoặc không đọc được"
        warnings.append(
            f"ảnh thứ {position} (định dạng {label}) {problem} nên đã bỏ qua; hãy lưu ảnh "
            "gốc dưới dạng JPEG hoặc PNG rồi thêm vào bài"
        )
    return converted


def _oversized(data: bytes, position: int) -> str | None:
    """Why a photo pasted in Word is over the build's limit (it would be refused there)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow's own bomb warning is English
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
        except Image.DecompressionBombError as exc:
            counted = re.search(r"\((\d+) pixels\)", str(exc))
            return too_large(f"ảnh thứ {position}", int(counted[1]) if counted else 0)
        except Exception:  # damaged: said by the caller
            return None
    if width * height <= MAX_PIXELS:
        return None
    return too_large(f"ảnh thứ {position}", width * height, (width, height))


def _decode(data: bytes) -> tuple[bytes, str] | None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format or ""
            if kind in _KEPT_FORMATS:
                image.verify()
                return data, _KEPT_FORMATS[kind]
            if kind in _UNSUPPORTED_FORMATS:  # Pillow only renders these on Windows
                return None
            return _reencode(image)
    except Exception:  # Pillow's decoders raise all kinds of errors on damaged data
        return None


def _reencode(image: Image.Image) -> tuple[bytes, str]:
    """BMP, TIFF and the like: photos become JPEG, anything with transparency PNG."""
    image.load()
    out = io.BytesIO()
    if image.mode in ("RGB", "L", "CMYK"):
        image.convert("RGB").save(out, "JPEG", quality=92)
        return out.getvalue(), "jpg"
    image.convert("RGBA").save(out, "PNG")
    return out.getvalue(), "png"
