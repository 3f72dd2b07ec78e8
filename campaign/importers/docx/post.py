"""A Word (.docx) article becomes a Markdown news post with its photos extracted.

Staff write news in Word with photos pasted in. :func:`import_docx` converts the
document with mammoth (Word → HTML), turns that limited HTML into clean Markdown
with a small converter of its own, saves the photos under ``anh/`` and writes
``docs/tin-tuc/posts/<slug>.md`` with the front matter of a news post.

Nothing is written until the whole document has been converted, and existing
posts or photo folders are never overwritten: a clash gets ``-2``, ``-3``…
The post's ``slug:`` is written too (its address no longer follows the title),
and no other post's address is taken, even by a second import of one file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import mammoth
from PIL import Image

from ...content.cleanup import clean, detect_legacy
from ...content.errors import ContentError, Problem
from ...content.schemas import NEWS_DIR
from ...content.text import FILE_SLUG, nfc, slugify
from ...content.urls import post_slugs
from ...content.yamlwrite import yaml_quote
from ...photos.process import MAX_PIXELS, too_large

__all__ = ["ImportResult", "import_docx"]

SUMMARY_LENGTH = 300
WRAP = 80
# Photos are referenced from the campaign folder; the build only resolves ``anh/...``.
PHOTO_PREFIX = "anh"

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

# Private-use characters mark line breaks and images in rendered inline text;
# they cannot occur in the document because every text node is cleaned first.
_BR = "\ue000"
_IMG = "\ue001"
_MARKERS = re.compile(f"({_BR}|{_IMG}\\d+{_IMG})")
_IMAGE_MARKER = re.compile(f"{_IMG}(\\d+){_IMG}")
_IMAGE_SRC = "cp-image:"

_ENTITY = re.compile(r"&(?=#?\w+;)")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_LINE_START = re.compile(r"^(?:[#>]|[-+](?= |$)|=+$|-+$)")
_ORDERED_START = re.compile(r"^(\d+)\.(?= |$)")
_RISKY_WORD = re.compile(r"^(?:[#>]|[-+*]$|=+$|-+$|\d+\.$)")
_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table"})
_HEADING = re.compile(r"^h([1-6])$")
_SAFE_LINK = re.compile(r"^(?:https?:|mailto:|tel:)", re.IGNORECASE)
_WORD_ALT_JUNK = re.compile(
    r"automatically generated|được tạo tự động|^\S+\.(?:jpe?g|png|gif|bmp|tiff?|emf|wmf)$"
    r"|^(?:picture|image|hình|ảnh|img|dsc)[\s_-]*\d*$",
    re.IGNORECASE,
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_KEPT_FORMATS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}
_UNSUPPORTED_FORMATS = frozenset({"WMF", "EMF"})


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote, and what the author should check."""

    post: Path
    images: list[Path]
    warnings: list[str]


def import_docx(
    source: Path,
    *,
    docs_dir: Path,
    photos_dir: Path,
    date: dt.date | None = None,
    title: str | None = None,
    unit: str | None = None,
    categories: Sequence[str] = (),
) -> ImportResult:
    """Convert the Word file ``source`` into a news post under ``docs_dir``.

    Photos go to ``photos_dir/<date>-<slug>/anh-<n>.<ext>`` and are referenced as
    ``anh/<date>-<slug>/anh-<n>.<ext>``; the first one is also the cover. Raises
    :class:`ContentError` when the file is missing, not a .docx, or unreadable.
    """
    day = date or dt.date.today()
    warnings: list[str] = []
    data = _read_docx(source)
    images: list[_RawImage] = []
    html = _convert(source, data, images, warnings)
    _refuse_legacy(source, html)
    root = _parse(html)
    if not _plain(root) and not _image_indices(root):
        raise _problem(source, "tệp Word không có nội dung")

    found = _take_title(root, explicit=_one_line(nfc(title)) if title else None)
    if found is None:
        post_title = _one_line(nfc(source.stem).replace("_", " ")) or "Tin mới"
        warnings.append(
            "không tìm thấy tiêu đề trong tệp Word (kiểu “Title” hoặc đề mục đầu tiên): "
            f"tạm dùng tên tệp “{post_title}”, hãy sửa lại tiêu đề"
        )
    else:
        post_title = found

    used = [int(m) for m in _image_indices(root)]
    base = _slug(post_title) or _slug(source.stem) or "tin"
    taken = post_slugs(docs_dir / NEWS_DIR)
    stem, folder = _free_names(
        docs_dir / NEWS_DIR, photos_dir, base, day, with_photos=bool(used), taken=taken
    )
    if stem != base and base in taken:
        warnings.append(
            f"đã có tin dùng địa chỉ '{base}' ({_shown(taken[base], docs_dir)}): tin mới dùng "
            f"slug '{stem}'. Nếu tệp Word này đã được nhập rồi, hãy xóa tin mới"
        )
    photos = _prepare_photos(images, used, folder, post_title, warnings)

    renderer = _Renderer({i: (p.alt, p.link) for i, p in photos.items()}, warnings)
    blocks = renderer.body(root)
    summary, body = _summary_and_body(blocks, renderer, post_title, warnings)

    ordered = [photos[i] for i in sorted(photos, key=used.index)]
    cover = ordered[0] if ordered else None
    front = _front_matter(post_title, day, summary, categories, cover, unit, stem)

    written: list[Path] = []
    for photo in ordered:
        photo.file.parent.mkdir(parents=True, exist_ok=True)
        with photo.file.open("xb") as out:
            out.write(photo.data)
        written.append(photo.file)
    post = docs_dir / NEWS_DIR / f"{stem}.md"
    post.parent.mkdir(parents=True, exist_ok=True)
    # "x": another import may have taken the name since we looked.
    with post.open("x", encoding="utf-8", newline="\n") as out:
        out.write(front + "\n" + body)
    return ImportResult(post=post, images=written, warnings=warnings)


# --------------------------------------------------------------------------- reading


_PARAGRAPH_END = re.compile(r"</(?:p|h[1-6]|li|td|th)>")


def _refuse_legacy(source: Path, html: str) -> None:
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


def _problem(source: Path, message: str) -> ContentError:
    return ContentError([Problem(str(source), 0, "", message)])


def _read_docx(source: Path) -> bytes:
    """The bytes of ``source``, once it is known to be a readable .docx."""
    if not source.is_file():
        raise _problem(source, "không tìm thấy tệp Word này")
    data = source.read_bytes()
    if data.startswith(_OLE_MAGIC):
        # Both old binary .doc files and password-protected .docx files are OLE
        # containers; only the latter hold an "EncryptedPackage" stream.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise _problem(
                source,
                "tệp Word đang được đặt mật khẩu; hãy mở trong Word, bỏ mật khẩu "
                "(Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại",
            )
        raise _problem(source, _SAVE_AS_DOCX)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        if source.suffix.lower() == ".doc":
            raise _problem(source, _SAVE_AS_DOCX) from None
        if data.lstrip().startswith(b"{\\rtf"):
            raise _problem(source, "đây là tệp RTF; " + _SAVE_AS_DOCX) from None
        raise _problem(source, "không phải tệp Word .docx, hoặc tệp đã bị hỏng") from None
    if "word/document.xml" not in names:
        if "content.xml" in names:
            raise _problem(source, "đây là tệp OpenDocument (.odt); " + _SAVE_AS_DOCX)
        raise _problem(source, "không phải tệp Word .docx (thiếu phần nội dung word/document.xml)")
    return data


_SAVE_AS_DOCX = (
    "đây là định dạng Word cũ (.doc), không đọc được; hãy mở tệp trong Word, chọn "
    "Tệp → Lưu thành → “Tài liệu Word (*.docx)” rồi nhập lại tệp .docx"
)


@dataclass
class _RawImage:
    content_type: str
    data: bytes | None
    alt: str


def _convert(source: Path, data: bytes, images: list[_RawImage], warnings: list[str]) -> str:
    """Word → HTML with mammoth; images are kept in memory, keyed by their ``src``."""

    def keep(image: Any) -> dict[str, str]:
        try:
            with image.open() as stream:
                content: bytes | None = stream.read()
        except Exception:  # a linked or damaged image: reported when photos are prepared
            content = None
        images.append(_RawImage(str(image.content_type or ""), content, image.alt_text or ""))
        return {"src": f"{_IMAGE_SRC}{len(images) - 1}"}

    try:
        result = mammoth.convert_to_html(
            io.BytesIO(data),
            style_map=STYLE_MAP,
            convert_image=mammoth.images.img_element(keep),
            include_embedded_style_map=False,
        )
    except Exception as error:  # mammoth raises many kinds on a damaged file
        raise _problem(source, f"tệp Word bị hỏng, không đọc được ({error})") from None
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
            continue  # photos are checked and reported by _prepare_photos
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


# --------------------------------------------------------------------------- text


def _tidy(text: str) -> str:
    """NFC, hard spaces made plain, invisible Word artefacts removed.

    Whitespace runs are collapsed later, once inline elements are joined.
    """
    return clean(text).text.replace("\t", " ")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escape(text: str) -> str:
    """Escape what Markdown or HTML would otherwise interpret inside running text."""
    text = text.replace("\\", "\\\\")
    for char in "`*[":
        text = text.replace(char, "\\" + char)
    text = re.sub(r"(?<![^\W_])_|_(?![^\W_])", r"\\_", text)
    text = _ENTITY.sub("&amp;", text)
    return _TAG_START.sub("&lt;", text)


def _escape_line_start(line: str) -> str:
    """Keep a line's first characters from being read as a heading, list or quote."""
    if match := _ORDERED_START.match(line):
        return f"{match[1]}\\.{line[match.end() :]}"
    if _LINE_START.match(line):
        return "\\" + line
    return line


def _wrap(text: str, width: int) -> list[str]:
    """Greedy wrap at spaces, never starting a line with a word Markdown would misread."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if not word:
            continue
        if current and len(current) + 1 + len(word) > width and not _RISKY_WORD.match(word):
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def _trim(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:–-") + "…"


def _slug(title: str) -> str:
    return slugify(title, limit=FILE_SLUG)


# --------------------------------------------------------------------------- HTML tree


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """mammoth's HTML as a tree; it is well formed, so no recovery is needed."""

    VOID = frozenset({"img", "br", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {})
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {key: value or "" for key, value in attrs})
        self._stack[-1].children.append(node)
        if tag not in self.VOID:
            self._stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(_tidy(data))


def _parse(html: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def _walk(node: _Node) -> Iterator[_Node]:
    for child in node.children:
        if isinstance(child, _Node):
            yield child
            yield from _walk(child)


def _image_indices(root: _Node) -> list[str]:
    return [
        node.attrs["src"].removeprefix(_IMAGE_SRC)
        for node in _walk(root)
        if node.tag == "img" and node.attrs.get("src", "").startswith(_IMAGE_SRC)
    ]


def _plain(node: _Node) -> str:
    """The visible text of ``node`` on one line."""
    parts: list[str] = []

    def collect(current: _Node) -> None:
        for child in current.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br" or child.tag in _BLOCK_TAGS:
                parts.append(" ")
                collect(child)
            else:
                collect(child)

    collect(node)
    return _one_line("".join(parts))


def _has_image(node: _Node) -> bool:
    return any(child.tag == "img" for child in _walk(node))


def _is_body_text(node: _Node) -> bool:
    return node.tag == "p" and bool(_plain(node))


def _take_title(root: _Node, explicit: str | None) -> str | None:
    """Find the document's title, remove it from ``root`` and return it.

    Order: the "Title" style (consecutive title paragraphs are one title), a
    heading before any body text, a short first paragraph not ending with a full
    stop, any heading. With ``explicit`` the title is given: a "Title" paragraph
    is still removed, a heuristic candidate only if it says the same thing.
    """
    top = [child for child in root.children if isinstance(child, _Node)]
    titled = [i for i, node in enumerate(top) if "cp-title" in node.attrs.get("class", "")]
    chosen: list[_Node] = []
    if titled:
        run = [titled[0]]
        while run[-1] + 1 < len(top) and run[-1] + 1 in titled:
            run.append(run[-1] + 1)
        chosen = [top[i] for i in run]
    else:
        body = next((i for i, node in enumerate(top) if _is_body_text(node)), None)
        heading = next((i for i, node in enumerate(top) if _HEADING.match(node.tag)), None)
        first = top[body] if body is not None else None
        if heading is not None and (body is None or heading < body):
            chosen = [top[heading]]
        elif first is not None and len(_plain(first)) < 200 and not _plain(first).endswith("."):
            chosen = [first]
        elif heading is not None:
            chosen = [top[heading]]
        if explicit is not None and chosen and _plain(chosen[0]).casefold() != explicit.casefold():
            chosen = []
    found = " ".join(text for text in map(_plain, chosen) if text)
    for node in chosen:
        if not _has_image(node):
            root.children.remove(node)
        else:  # keep a photo pasted into the title line; only its text goes
            node.tag, node.children = "p", [c for c in _walk(node) if c.tag == "img"]
    return explicit or found or None


# --------------------------------------------------------------------------- photos


@dataclass
class _Photo:
    file: Path
    link: str
    alt: str
    data: bytes


def _prepare_photos(
    images: list[_RawImage], used: list[int], folder: Path, title: str, warnings: list[str]
) -> dict[int, _Photo]:
    """Check and number the images the body uses, converting what browsers cannot show."""
    photos: dict[int, _Photo] = {}
    for position, index in enumerate(used, start=1):
        if index in photos or index >= len(images):
            continue
        raw = images[index]
        converted = _web_image(raw, position, warnings)
        if converted is None:
            continue
        data, ext = converted
        n = len(photos) + 1
        alt = _one_line(_tidy(raw.alt))
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
        photos[index] = _Photo(
            file=folder / name, link=f"{PHOTO_PREFIX}/{folder.name}/{name}", alt=alt, data=data
        )
    return photos


def _web_image(raw: _RawImage, position: int, warnings: list[str]) -> tuple[bytes, str] | None:
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


def _free_names(
    posts: Path,
    photos_dir: Path,
    slug: str,
    day: dt.date,
    *,
    with_photos: bool,
    taken: Mapping[str, Path] | None = None,
) -> tuple[str, Path]:
    """A post stem (also its pinned slug) and a photo folder that do not exist yet:
    existing work is never touched, and no other post's address is taken."""
    used = taken or {}
    n = 1
    while True:
        stem = slug if n == 1 else f"{slug}-{n}"
        folder = photos_dir / f"{day.isoformat()}-{stem}"
        if (
            stem not in used
            and not (posts / f"{stem}.md").exists()
            and not (with_photos and folder.exists())
        ):
            return stem, folder
        n += 1


def _shown(path: Path, docs_dir: Path) -> str:
    """``path`` as the user sees it: relative to the campaign folder."""
    root = docs_dir.parent
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


# --------------------------------------------------------------------------- Markdown


@dataclass
class _Block:
    kind: str  # "p", "h", "list", "table", "quote", "img"
    text: str
    node: _Node | None = None


class _Renderer:
    """The limited HTML mammoth emits, as Markdown blocks."""

    def __init__(self, images: dict[int, tuple[str, str]], warnings: list[str]) -> None:
        self.images = images
        self.warnings = warnings
        self.shift = 0

    def body(self, root: _Node) -> list[_Block]:
        # The page title is the only h1: the document's top heading level becomes "##".
        levels = [int(m[1]) for node in _walk(root) if (m := _HEADING.match(node.tag))]
        self.shift = 2 - min(levels) if levels else 0
        return self.blocks(root.children)

    def blocks(self, children: Sequence[_Node | str]) -> list[_Block]:
        out: list[_Block] = []
        loose: list[_Node | str] = []  # inline content outside any paragraph
        for child in children:
            if isinstance(child, _Node) and (child.tag in _BLOCK_TAGS or child.tag == "blockquote"):
                out.extend(self.paragraph(_Node("p", {}, loose)))
                loose = []
                out.extend(self.block(child))
            else:
                loose.append(child)
        out.extend(self.paragraph(_Node("p", {}, loose)))
        return out

    def block(self, node: _Node) -> list[_Block]:
        if heading := _HEADING.match(node.tag):
            return self.heading(node, int(heading[1]))
        if node.tag in ("ul", "ol"):
            lines = self.list_lines(node, 0)
            return [_Block("list", "\n".join(lines))] if lines else []
        if node.tag == "table":
            return self.table(node)
        if node.tag == "blockquote":
            inner = self.blocks(node.children)
            text = "\n>\n".join(
                "\n".join(f"> {line}" if line else ">" for line in b.text.split("\n"))
                for b in inner
            )
            return [_Block("quote", text)] if inner else []
        return self.paragraph(node)

    # -- inline

    def inline(self, children: Sequence[_Node | str], *, emphasis: bool = True) -> str:
        out: list[str] = []
        for child in children:
            if isinstance(child, str):
                out.append(_escape(child))
                continue
            tag = child.tag
            if tag == "br":
                out.append(_BR)
            elif tag == "img":
                src = child.attrs.get("src", "")
                if src.startswith(_IMAGE_SRC):
                    out.append(f"{_IMG}{src.removeprefix(_IMAGE_SRC)}{_IMG}")
            elif tag in ("strong", "b") and emphasis:
                out.append(_emphasise(self.inline(child.children), "**"))
            elif tag in ("em", "i") and emphasis:
                out.append(_emphasise(self.inline(child.children), "*"))
            elif tag == "a":
                out.append(self.link(child, emphasis))
            elif tag in _BLOCK_TAGS:
                out.append(_BR + self.inline(child.children, emphasis=emphasis) + _BR)
            else:  # sup, sub, s, u, span…: their text only
                out.append(self.inline(child.children, emphasis=emphasis))
        return "".join(out)

    def link(self, node: _Node, emphasis: bool) -> str:
        text = self.inline(node.children, emphasis=emphasis)
        href = node.attrs.get("href", "")
        if href.startswith("#footnote-ref") or href.startswith("#endnote-ref"):
            return ""  # the "↑" back-link of a footnote: its target does not survive
        if not _SAFE_LINK.match(href) or _MARKERS.search(text) or not text.strip():
            return text
        target = href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        return f"[{text}]({target})"

    def image(self, marker: str) -> str | None:
        photo = self.images.get(int(marker))
        return f"![{photo[0]}]({photo[1]})" if photo else None

    # -- blocks

    def paragraph(self, node: _Node, *, emphasis: bool = True) -> list[_Block]:
        """A paragraph, split around its photos so each photo stands on its own."""
        out: list[_Block] = []
        for part in re.split(f"({_IMG}\\d+{_IMG})", self.inline(node.children, emphasis=emphasis)):
            if image := _IMAGE_MARKER.fullmatch(part):
                markdown = self.image(image[1])
                if markdown:
                    out.append(_Block("img", markdown))
            elif segments := _segments(part):
                text = "<br>\n".join(
                    "\n".join(_wrap(_escape_line_start(seg), WRAP)) for seg in segments
                )
                out.append(_Block("p", text, node))
        return out

    def heading(self, node: _Node, level: int) -> list[_Block]:
        text = _IMAGE_MARKER.sub(" ", self.inline(node.children, emphasis=False))
        text = _one_line(text.replace(_BR, " "))
        out = [_Block("h", "#" * min(6, max(2, level + self.shift)) + " " + text)] if text else []
        for marker in _IMAGE_MARKER.findall(self.inline(node.children)):
            if markdown := self.image(marker):
                out.append(_Block("img", markdown))
        return out

    def list_lines(self, node: _Node, depth: int) -> list[str]:
        lines: list[str] = []
        indent = "    " * depth
        number = 0
        for item in node.children:
            if not isinstance(item, _Node) or item.tag != "li":
                continue
            number += 1
            marker = f"{number}. " if node.tag == "ol" else "- "
            own = [c for c in item.children if not (isinstance(c, _Node) and c.tag in ("ul", "ol"))]
            segments = _segments(self.inline_images(self.inline(own)))
            if segments:
                pad = indent + " " * len(marker)
                text = "<br>\n".join(
                    "\n".join(_wrap(_escape_line_start(seg), WRAP - len(pad))) for seg in segments
                )
                lines.append(indent + marker + text.replace("\n", "\n" + pad))
            for nested in item.children:
                if isinstance(nested, _Node) and nested.tag in ("ul", "ol"):
                    lines.extend(self.list_lines(nested, depth + 1 if segments else depth))
        return lines

    def inline_images(self, text: str) -> str:
        """Photos inside list items and table cells stay inline."""
        return _IMAGE_MARKER.sub(lambda m: f" {self.image(m[1]) or ''} ", text)

    def table(self, node: _Node) -> list[_Block]:
        grid, merged = _grid(node)
        width = max((len(row) for row in grid), default=0)
        if len(grid) < 2 or width < 2:
            # A one-row or one-column table is Word layout (a framed box), not data.
            cells = [cell for row in grid for cell in row if cell is not None]
            return [block for cell in cells for block in self.blocks(cell.children)]
        if merged:
            self.warnings.append(
                "bảng có ô gộp: Markdown không gộp được ô nên các ô gộp được để trống; "
                "hãy xem lại bảng trong bài"
            )
        rows = [[self.cell(cell) for cell in row] + [""] * (width - len(row)) for row in grid]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return [_Block("table", "\n".join(lines))]

    def cell(self, cell: _Node | None) -> str:
        if cell is None:
            return ""
        text = self.inline_images(self.inline(cell.children))
        return "<br>".join(_segments(text)).replace("|", "\\|")


def _emphasise(inner: str, mark: str) -> str:
    """Wrap each text run of ``inner`` in ``mark``, keeping spaces outside the marks.

    ``** đậm **`` is not bold in Markdown, and a mark may not span a photo.
    """
    out: list[str] = []
    for part in _MARKERS.split(inner):
        core = part.strip()
        if _MARKERS.fullmatch(part) or not core:
            out.append(part)
            continue
        lead = " " if part[0].isspace() else ""
        trail = " " if part[-1].isspace() else ""
        out.append(f"{lead}{mark}{core}{mark}{trail}")
    return "".join(out)


def _segments(text: str) -> list[str]:
    """The non-empty lines of ``text`` split at line breaks, spaces collapsed."""
    return [line for line in (_one_line(seg) for seg in text.split(_BR)) if line]


def _grid(table: _Node) -> tuple[list[list[_Node | None]], bool]:
    """Table cells row by row, merged cells expanded to empty ones."""
    rows = [
        row
        for child in table.children
        if isinstance(child, _Node)
        for row in ([child] if child.tag == "tr" else child.children)
        if isinstance(row, _Node) and row.tag == "tr"
    ]
    grid: list[list[_Node | None]] = []
    spanning: dict[int, int] = {}  # column → rows still covered by a cell above
    merged = False
    for row in rows:
        out: list[_Node | None] = []

        for cell in row.children:
            if not isinstance(cell, _Node) or cell.tag not in ("td", "th"):
                continue
            _skip_covered(out, spanning)
            colspan = _span(cell.attrs.get("colspan"))
            rowspan = _span(cell.attrs.get("rowspan"))
            merged = merged or colspan > 1 or rowspan > 1
            for offset in range(colspan):
                if rowspan > 1:
                    spanning[len(out)] = rowspan - 1
                out.append(cell if offset == 0 else None)
        _skip_covered(out, spanning)
        # Cells spanning down from above may also sit after this row's last cell.
        while any(rows_left > 0 for col, rows_left in spanning.items() if col > len(out)):
            out.append(None)
            _skip_covered(out, spanning)
        grid.append(out)
    return grid, merged


def _skip_covered(out: list[_Node | None], spanning: dict[int, int]) -> None:
    """Append an empty cell for each column still covered by a cell above."""
    while spanning.get(len(out), 0) > 0:
        spanning[len(out)] -= 1
        out.append(None)


def _span(value: str | None) -> int:
    return int(value) if value and value.isdigit() and int(value) > 0 else 1


def _summary_and_body(
    blocks: list[_Block], renderer: _Renderer, title: str, warnings: list[str]
) -> tuple[str, str]:
    """The summary from the first paragraph (the "sapo"), and the Markdown body.

    A sapo typed entirely in bold loses the bold: the site styles the lead itself.
    The excerpt separator follows it, as in posts written by hand.
    """
    first = next((i for i, b in enumerate(blocks) if b.kind == "p" and b.node is not None), None)
    if first is None:
        warnings.append("bài chưa có đoạn văn nào ngoài tiêu đề; tóm tắt tạm lấy theo tiêu đề")
        summary = title
    else:
        node = blocks[first].node
        assert node is not None
        summary = _trim(_one_line(_IMAGE_MARKER.sub(" ", _plain(node))), SUMMARY_LENGTH)
        if _fully_bold(node):
            plain = renderer.paragraph(node, emphasis=False)
            blocks[first : first + 1] = plain
            first += len(plain) - 1
        if first + 1 < len(blocks):
            blocks.insert(first + 1, _Block("more", "<!-- more -->"))
    parts: list[str] = []
    for previous, block in zip([None, *blocks], blocks, strict=False):
        if previous is not None and previous.kind == block.kind == "list":
            # Without a separator Markdown merges adjacent lists, even "-" and "1.".
            parts.append("<!-- -->")
        parts.append(block.text)
    return summary, "\n\n".join(parts) + "\n"


def _fully_bold(node: _Node) -> bool:
    meaningful = [c for c in node.children if not (isinstance(c, str) and not c.strip())]
    return (
        len(meaningful) == 1
        and isinstance(meaningful[0], _Node)
        and meaningful[0].tag
        in (
            "strong",
            "b",
        )
    )


def _front_matter(
    title: str,
    day: dt.date,
    summary: str,
    categories: Sequence[str],
    cover: _Photo | None,
    unit: str | None,
    slug: str,
) -> str:
    lines = ["---", f"title: {yaml_quote(title)}", f"date: {day.isoformat()}", f"slug: {slug}"]
    lines.append(f"summary: {yaml_quote(summary)}")
    names = [name for name in (_one_line(nfc(c)) for c in categories) if name]
    lines += (
        ["categories:", *(f"  - {yaml_quote(name)}" for name in names)]
        if names
        else ["categories: []"]
    )
    if cover is not None:
        lines += [f"cover: {cover.link}", f"cover_alt: {yaml_quote(cover.alt)}"]
    if unit:
        unit = unit.strip()
        lines.append(
            f"unit: {unit if re.fullmatch(r'[a-z0-9]+(?:-[a-z0-9]+)*', unit) else yaml_quote(unit)}"
        )
    lines += ["broadcast: false", "---"]
    return "\n".join(lines) + "\n"
