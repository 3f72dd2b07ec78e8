"""A Word file read into HTML with mammoth: checked, converted, its images kept in memory.

Word's paragraph styles (in English or Vietnamese) are mapped to headings,
lists and plain paragraphs; legacy TCVN3 or VNI text and files that are not a
.docx are refused before anything is written.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Any

import mammoth

from ...content.cleanup import detect_legacy
from ...content.errors import ContentError, Problem
from .html import IMAGE_SRC

__all__ = ["STYLE_MAP", "RawImage", "convert", "problem", "read_docx", "refuse_legacy"]

# Word's built-in styles keep their English names inside the file whatever the UI
# language; the Vietnamese names come from templates made by Vietnamese offices.
# Headings come before lists so that a numbered heading stays a heading, and the
# list rules come before "List Paragraph" so that numbering wins over the style.
_HEADINGS = "\n".join(
    f"p[style-name='{name} {level}'] => h{level}:fresh"
    for level in range(1, 7)
    for name in ("Heading", "Tiêu đề", "Đầu đề", "Đề mục")
)
_LISTS = "\n".join(
    f"p:{kind}-list({level}) => {'ul|ol > li > ' * (level - 1)}{tag} > li:fresh"
    for level in range(1, 7)
    for kind, tag in (("unordered", "ul"), ("ordered", "ol"))
)
_PLAIN_STYLES = (
    "Subtitle",
    "Tiêu đề phụ",
    "Normal (Web)",
    "Body Text",
    "Body Text 2",
    "Body Text 3",
    "Body Text Indent",
    "No Spacing",
    "List Paragraph",
    "List Bullet",
    "List Number",
    "Caption",
)
STYLE_MAP = "\n".join(
    [
        "p[style-name='Title'] => p.cp-title:fresh",
        "p[style-name='Tiêu đề'] => p.cp-title:fresh",
        _HEADINGS,
        _LISTS,
        "p[style-name='Quote'] => blockquote > p:fresh",
        "p[style-name='Intense Quote'] => blockquote > p:fresh",
        "p[style-name='Trích dẫn'] => blockquote > p:fresh",
        *(f"p[style-name='{name}'] => p:fresh" for name in _PLAIN_STYLES),
        "r[style-name='Emphasis'] => em",
        "r[style-name='Strong'] => strong",
    ]
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PARAGRAPH_END = re.compile(r"</(?:p|h[1-6]|li|td|th)>")


def refuse_legacy(source: Path, html: str) -> None:
    """Refuse a document typed in TCVN3 or VNI: its text would be published garbled.

    The paragraph is named by its number and its first words as Word shows them,
    so it can be found with Ctrl+F; nothing has been written yet.
    """
    paragraphs = [
        " ".join(unescape(re.sub(r"<[^>]+>", " ", chunk)).split())
        for chunk in _PARAGRAPH_END.split(html)
    ]
    paragraphs = [text for text in paragraphs if text]
    legacy = detect_legacy("\n".join(paragraphs))
    if legacy is None:
        return
    encoding, number = legacy
    words = paragraphs[number - 1]
    excerpt = words if len(words) <= 40 else words[:39].rstrip() + "…"
    name = "TCVN3 (ABC, phông .VnTime)" if encoding == "tcvn3" else "VNI (phông VNI-Times)"
    source_name = "TCVN3 (ABC)" if encoding == "tcvn3" else "VNI Windows"
    message = (
        f"văn bản gõ bằng bảng mã {name}, không phải Unicode, nên chữ sẽ bị lỗi trên trang; "
        "chưa tạo tệp nào. Hãy mở tệp trong Word, chép toàn bộ nội dung (Ctrl+A, Ctrl+C), "
        f"dùng Unikey: Công cụ… (Ctrl+Shift+F6), nguồn “{source_name}”, "
        "đích Unicode, bấm “Chuyển mã”, dán lại vào Word, chọn phông Times New Roman, "
        "lưu rồi nhập lại"
    )
    raise ContentError([Problem(str(source), 0, f"đoạn {number} («{excerpt}»)", message)])


def problem(source: Path, message: str) -> ContentError:
    return ContentError([Problem(str(source), 0, "", message)])


def read_docx(source: Path) -> bytes:
    """The bytes of ``source``, once it is known to be a readable .docx."""
    if not source.is_file():
        raise problem(source, "không tìm thấy tệp Word này")
    data = source.read_bytes()
    if data.startswith(_OLE_MAGIC):
        # Both old binary .doc files and password-protected .docx files are OLE
        # containers; only the latter hold an "EncryptedPackage" stream.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise problem(
                source,
                "tệp Word đang được đặt mật khẩu; hãy mở trong Word, bỏ mật khẩu "
                "(Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại",
            )
        raise problem(source, _SAVE_AS_DOCX)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        if source.suffix.lower() == ".doc":
            raise problem(source, _SAVE_AS_DOCX) from None
        if data.lstrip().startswith(b"{\\rtf"):
            raise problem(source, "đây là tệp RTF; " + _SAVE_AS_DOCX) from None
        raise problem(source, "không phải tệp Word .docx, hoặc tệp đã bị hỏng") from None
    if "word/document.xml" not in names:
        if "content.xml" in names:
            raise problem(source, "đây là tệp OpenDocument (.odt); " + _SAVE_AS_DOCX)
        raise problem(source, "không phải tệp Word .docx (thiếu phần nội dung word/document.xml)")
    return data


_SAVE_AS_DOCX = (
    "đây là định dạng Word cũ (.doc), không đọc được; hãy mở tệp trong Word, chọn "
    "Tệp → Lưu thành → “Tài liệu Word (*.docx)” rồi nhập lại tệp .docx"
)


@dataclass
class RawImage:
    content_type: str
    data: bytes | None
    alt: str


def convert(source: Path, data: bytes, images: list[RawImage], warnings: list[str]) -> str:
    """Word → HTML with mammoth; images are kept in memory, keyed by their ``src``."""

    def keep(image: Any) -> dict[str, str]:
        try:
            with image.open() as stream:
                content: bytes | None = stream.read()
        except Exception:  # a linked or damaged image: reported when photos are prepared
            content = None
        images.append(RawImage(str(image.content_type or ""), content, image.alt_text or ""))
        return {"src": f"{IMAGE_SRC}{len(images) - 1}"}

    try:
        result = mammoth.convert_to_html(
            io.BytesIO(data),
            style_map=STYLE_MAP,
            convert_image=mammoth.images.img_element(keep),
            include_embedded_style_map=False,
        )
    except Exception as error:  # mammoth raises many kinds on a damaged file
        raise problem(source, f"tệp Word bị hỏng, không đọc được ({error})") from None
    warnings.extend(_translate(result.messages))
    return str(result.value)


_STYLE_MESSAGE = re.compile(
    r"^Unrecognised (paragraph|run|table) style: (.*?)(?: \(Style ID: .*\))?$"
)
_STYLE_KINDS = {"paragraph": "đoạn văn", "run": "chữ", "table": "bảng"}


def _translate(messages: Sequence[Any]) -> Iterator[str]:
    """mammoth's English messages, summarised in Vietnamese."""
    styles: dict[str, list[str]] = {}
    others: list[str] = []
    for message in messages:
        text = str(message.message)
        if match := _STYLE_MESSAGE.match(text):
            names = styles.setdefault(match[1], [])
            if match[2] not in names:
                names.append(match[2])
        elif text.startswith("Image of type"):
            continue  # photos are checked and reported by prepare_photos
        elif text.startswith("An unrecognised element was ignored"):
            others.append("một số thành phần của Word không chuyển được và đã bị bỏ qua")
        else:
            others.append(f"lưu ý khi đọc tệp Word: {text}")
    for kind, names in styles.items():
        listed = ", ".join(f"“{name}”" for name in names)
        yield (
            f"kiểu {_STYLE_KINDS[kind]} chưa được hỗ trợ ({listed}): nội dung giữ nguyên, "
            "định dạng riêng của kiểu này bị bỏ"
        )
    yield from dict.fromkeys(others)
