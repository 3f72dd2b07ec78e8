"""Text pasted by staff from Word, Zalo or old documents, made safe to publish.

``clean`` fixes what is safe to fix silently (decomposed Unicode, non-breaking
and zero-width spaces, soft hyphens, stray control characters, Windows line
ends). ``detect_legacy`` recognises Vietnamese typed in the pre-Unicode
encodings TCVN3 (ABC, ".VnTime" fonts) and VNI ("VNI-Times"), which arrive as
mojibake once the font is lost: that cannot be fixed by guessing, so it is
reported with its location.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Change",
    "Cleaned",
    "Legacy",
    "clean",
    "decode_source",
    "detect_legacy",
    "legacy_message",
]

Legacy = Literal["tcvn3", "vni"]

_SPACES = {
    "\u00a0": "khoảng trắng không ngắt",
    "\u202f": "khoảng trắng hẹp",
    "\u2007": "khoảng trắng số",
}
_INVISIBLE = {
    "\u200b": "ký tự rộng 0",
    "\u200c": "ký tự rộng 0",
    "\u200d": "ký tự rộng 0",
    "\u2060": "ký tự nối từ",
    "\ufeff": "dấu BOM",
    "\u00ad": "gạch nối mềm",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# TCVN3 letters read as Windows-1252 become symbols or capitals inside words:
# "Y tÕ ViÖt Nam", "n¨m", "lµm", "B¸c". Ambiguous letters used by French or German
# (é, è, ä, ö, ü, ß...) are left out, so only TCVN3's own marks count.
_TCVN3 = re.compile(r"[a-z][µ¸¶·¹¨©ª«¬®»¾¼½ÕÖÒÓÔÇÊÈÉËÆÌÐÎÏÑ×ÝØÜÞ]|(?:^|\s)§[a-z]")
# VNI writes a vowel then its mark as a second letter: "Vieät" (Việt), "naêm" (năm),
# "laøm" (làm), "lôøi" (lời), "Baùc" (Bác); đ is "ñ".
_VNI = re.compile(r"[aeiouyAEIOUYôöÔÖ][ùøûõïâêáàåãäéèúüëÙØÛÕÏÂÊÁÀÅÃÄÉÈÚÜË]|(?:^|\s)[ñÑ][^\W\d_]")
# Some of those pairs are also plain Unicode Vietnamese written without a tone mark on
# another letter ("Xuân", "Liêm", "buôn", "hoàn", "quá", "già", "giã", "khoé", "què"):
# they are no evidence, only the pairs Unicode Vietnamese cannot produce are.
_UNICODE_PAIRS = frozenset(
    ["uâ", "iê", "yê", "uê", "uô"]
    + [v + m for v in "oui" for m in "àáã"]
    + [v + m for v in "ou" for m in "èé"]
)
# Letters only Vietnamese Unicode text has (not in Latin-1): their presence means Unicode.
_VIETNAMESE = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")


@dataclass(frozen=True)
class Change:
    line: int
    column: int
    kind: str
    description: str


@dataclass(frozen=True)
class Cleaned:
    text: str
    changes: list[Change] = field(default_factory=list)


def clean(text: str) -> Cleaned:
    """``text`` with safe fixes applied, and what was changed where."""
    changes: list[Change] = []
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n\n")
    )
    out_lines = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not unicodedata.is_normalized("NFC", line):
            changes.append(Change(number, 1, "nfc", "chữ có dấu ở dạng tổ hợp (NFD) đã chuẩn hóa"))
            line = unicodedata.normalize("NFC", line)
        for char, name in _SPACES.items():
            if char in line:
                changes.append(
                    Change(number, line.index(char) + 1, "space", f"{name} đã thay bằng dấu cách")
                )
                line = line.replace(char, " ")
        for char, name in _INVISIBLE.items():
            if char in line:
                changes.append(Change(number, line.index(char) + 1, "invisible", f"{name} đã bỏ"))
                line = line.replace(char, "")
        found = _CONTROL.search(line)
        if found:
            changes.append(Change(number, found.start() + 1, "control", "ký tự điều khiển đã bỏ"))
            line = _CONTROL.sub("", line)
        # Trailing spaces stay: two of them are a line break in Markdown.
        out_lines.append(line if line.strip() else "")
    return Cleaned("\n".join(out_lines), changes)


def detect_legacy(text: str) -> tuple[Legacy, int] | None:
    """The legacy encoding ``text`` seems typed in, and the first line showing it."""
    # Every mark of either encoding is a non-ASCII character: an ASCII text or line
    # has none (``isascii`` is a flag of the string, read at no cost).
    if text.isascii():
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.isascii() or _VIETNAMESE.search(line):
            continue
        tcvn = len(_TCVN3.findall(line))
        vni = sum(1 for pair in _VNI.findall(line) if pair.lower() not in _UNICODE_PAIRS)
        if tcvn < 2 and vni < 2:
            continue  # too few marks whatever the length: the letters need no counting
        letters = sum(c.isalpha() for c in line)
        if letters < 8:
            continue
        # Real French or German has an accent now and then; mojibake every few letters.
        if vni >= 2 and vni * 15 >= letters:
            return "vni", number
        if tcvn >= 2 and tcvn * 15 >= letters:
            return "tcvn3", number
    return None


def legacy_message(encoding: Legacy) -> str:
    name = "TCVN3 (ABC, phông .VnTime)" if encoding == "tcvn3" else "VNI (phông VNI-Times)"
    return (
        f"văn bản có vẻ gõ bằng bảng mã {name}, không phải Unicode: hãy chuyển mã sang "
        "Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) rồi dán lại"
    )


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_source(raw: bytes) -> tuple[str, tuple[int, str] | None]:
    """A text file as saved by Notepad, Word or a phone, read as the engine reads it.

    Returns the text with every line end made ``\\n`` (Windows CRLF, old Mac CR) and
    without a UTF-8 BOM, or ``("", (line, message))`` when it is not UTF-8 text.
    """
    if raw.startswith(_UTF16_BOMS):
        return "", (1, "tệp lưu dạng UTF-16 (Unicode của Notepad cũ): hãy lưu lại dạng UTF-8")
    if b"\x00" in raw:
        line = _lines_before(raw[: raw.index(b"\x00")])
        return "", (
            line,
            "tệp có ký tự NUL: có lẽ tệp lưu dạng UTF-16 hoặc không phải văn bản; "
            "hãy lưu lại dạng UTF-8",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return "", (
            _lines_before(raw[: exc.start]),
            "tệp không phải UTF-8 (có lẽ lưu bằng bảng mã ANSI hay Windows-1258): "
            "hãy lưu lại với mã hóa UTF-8",
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, None


def _lines_before(raw: bytes) -> int:
    """The line (1-based) a byte offset falls on, whatever the line ends."""
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
