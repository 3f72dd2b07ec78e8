"""Strip what a listener cannot hear: Markdown, HTML, invisible and typographic characters.

:func:`audible_lines` blanks whole lines a post body shows but nobody says (code,
tables, comments, images); :func:`file_lines` does it for a whole Markdown file,
front matter included (only its title is read aloud); :func:`clean_line` strips
the inline marks of one line.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from ..content.frontmatter import split_front_matter
from ..content.htmltags import ELEMENTS, TAG
from .blanks import first_blank

__all__ = ["as_written", "audible_lines", "clean_line", "file_lines", "modern_tones"]

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = dict.fromkeys(
    map(
        ord,
        "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
        "\u2009\u200a\u202f\u205f\u3000\u2028\u2029\x0b\x0c\x85",
    ),
    " ",
)
# Quotation marks only frame words for the eye; TTS would read or stumble on them.
_QUOTES = dict.fromkeys(map(ord, '"“”„‟«»‹›‘’‚‛'))
_INNER_APOSTROPHE = re.compile(r"(?<=\w)[’‘](?=\w)")
# A double quotation mark glued between two words ("mô hình“Tổ liên gia”", a typing
# slip of the page) still parts them: a space, so that dropping it joins nothing.
_GLUED_QUOTE = re.compile(r"(?<=[^\W\d_])[\"“”„«»](?=[^\W\d_])")
# A double prime in a race time ("50\"12", "1'23\"45", "2h05'30\""), typed as a
# quotation mark: the seconds' sign (dates._RACE_TIME reads it), kept as "″".
_SECONDS_SIGN = re.compile(r"(?<=\d)[\"”](?=\d)|(?<=\d['’′]\d\d)[\"”]")
# A footnote mark "[4]" after a word is for the eye; "dấu *" names the sign.
# Also after a number or a full stop: "2020-2024[1]", "USDT.[2]".
_FOOTNOTE = re.compile(r"(?:(?<=[^\W_])|(?<=[).,;:!?]))\[\d{1,3}\]")
# Some pages set the mark off by a space ("thông tin cơ sở [1], cả nước"): after a
# lower-case word and before a stop or a comma it still points to a note, not to an
# item (an item "[1]" heads a line or a clause, it does not close one).
# Not after a word that names the item or a choice: "bấm phím [0],", "đáp án đúng là
# [2].", "chọn mục [2]," say it (review14: dropped, silent).
_SPACED_FOOTNOTE = re.compile(
    r"(?<=[a-zđà-ỹ])(?<!\bphím)(?<!\bsố)(?<!\bmục)(?<!\bnút)(?<!\bô)(?<!\bcâu)(?<!\bbước)"
    r"(?<!\blà)(?<!\bbằng)(?<!\bán)(?<!\bchọn)(?<!\bbấm)(?<!\bnhấn)(?<!\bấn)(?<!\bgõ)"
    r"(?<!\bkhoản)(?<!\bđiểm)(?<!\bđiều)(?<!\bmẫu)(?<!\bhình)(?<!\bbảng)(?<!\btrang)"
    r"(?<!\blục)(?<!\bchương)(?<!\bkênh)(?<!\bphòng)(?<!\bcửa)(?<!\btầng)(?<!\bquầy)"
    # review15: nor after other words that a number follows ("đọc phần [3],", "làm bài
    # [4].", "điền dòng [7], cột [3].", "học lớp [5]."; the number was dropped, silent)
    r"(?<!\btập)(?<!\bphần)(?<!\bbài)(?<!\bdòng)(?<!\bcột)(?<!\blớp)(?<!\bquý)(?<!\bthứ)"
    r"(?<!\bhạng)(?<!\bloại)(?<!\bnhóm)(?<!\bđợt)(?<!\bkhóa)(?<!\btờ)(?<!\bphiếu)(?<!\btiết)"
    r" \[\d{1,3}\](?=[.,;:!?])"
)
# Papers' reference marks in round brackets are glued to the word too: "quốc
# tế(1), là ...", "lâu đời(2)...". A number in brackets after a space ("khoản
# (1)") or after a digit or a capital ("Điều 3(2)", "F(1)") is a text's own item.
_ROUND_FOOTNOTE = re.compile(r"(?<=[a-zđà-ỹ])\(\d{1,2}\)(?=[\s.,;:!?]|$)")
_STAR_SIGN = re.compile(r"\bdấu\s*\*")
_DASHES = str.maketrans({"–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "…": "..."})

_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
# Words in angle brackets are not a tag (see ``content.htmltags``): the page shows them
# as typed; a title "<<Tên sách>>" or an aside "<ngay cạnh chợ>" is read without its
# brackets, like one in quotation marks (a form's blank "<Tên đơn vị>" keeps them). A
# bracket glued to a word or before a digit is a comparison ("a<b", "<5 tuổi"), read by
# the reader.
_FRAMED = re.compile(
    r"<<\s*([^<>]*?[^\s<>])\s*>>|(?<![\w<])<(?=[^\W\d_])([^<>]*?[^\s<>=])>(?![\w>])"
)


def _unframed(found: re.Match[str]) -> str:
    # A form's blank ("<Tên đơn vị>", "<họ và tên>") keeps its brackets: its sentence
    # is not said and the editor is told (see ``blanks``).
    if first_blank(found.group(0)) is not None:
        return found.group(0)
    return found.group(1) or found.group(2)


def _untag(found: re.Match[str]) -> str:
    return " " if found.group(2) in ELEMENTS else found.group(0)


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_QUOTE_PREFIX = re.compile(r"^\s*(?:>\s*)+")
# A list mark opening a line, as pages type them: "-", "*", "+", "•", and the arrows,
# triangles, squares and hands of news and portal pages ("► Đoàn từ thiện …", "➢",
# "▪", "✓"): a mark, never said (was "►" left, listed as an unread symbol).
_BULLET = re.compile(r"^\s*[-*+•►▶▸▹‣◆◇■□▪▫●○◦➢➤➣✓✔❖☞]\s+")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_CODE = re.compile(r"`+")
_EMPHASIS = re.compile(r"\*+|(?<![\w])_+|_+(?![\w])")
# "./." closes official documents; "/." is its truncated form.
_END_MARK = re.compile(r"\.?/\.\s*$")
# Anchored where a run of spaces begins and possessive, so a long run of spaces
# without dots is scanned once, not once per space and per split (cubic).
_ELLIPSIS = re.compile(r"(?<!\s)\s*+[,;]?\s*+\.{3,}")

# The old tone placement on an open "oa", "oe", "uy" ("Uỷ", "Hoà", "Khoẻ", "Thuỷ")
# is the same syllable as the new one ("Ủy", "Hòa", "Khỏe", "Thủy"); every word the
# reader compares (dictionary, issuers, units) is written the new way. After "q" the
# "u" belongs to the consonant ("quý", "quỷ"): the mark is already on its vowel.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
_OLD_TONE = re.compile(r"(?<![qQ])(?P<v>[oOuU])(?P<t>[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")
_PAIRS = {"o": "ae", "u": "y"}


def _moved(m: re.Match[str]) -> str:
    vowel, toned = m["v"], m["t"]
    base = next((b for b, marks in _TONED.items() if toned.lower() in marks), "")
    if base not in _PAIRS[vowel.lower()]:
        return m[0]
    tone = _TONED[base].index(toned.lower())
    first = _TONED[vowel.lower()][tone]
    first = first.upper() if vowel.isupper() else first
    second = base.upper() if toned.isupper() else base
    return first + second


def modern_tones(text: str) -> str:
    """``text`` with the tone of an open "oa", "oe", "uy" on its first vowel ("Uỷ" is "Ủy")."""
    return _OLD_TONE.sub(_moved, text)


_WORD = re.compile(r"[^\W\d_]+")


def as_written(spoken: str, written: str) -> str:
    """``spoken`` with each word ``written`` spells the old way spelled that way again.

    The reader compares in the new spelling; what it says keeps the writer's, word
    by word: the words of ``spoken`` are aligned with those of ``written``, so a
    line that spells "Toà" once and "Tòa" once, or a reading the dictionary adds
    ("TAND": "Tòa án nhân dân"), keeps each spelling where it is.
    """
    words = _WORD.findall(written)
    modern = [modern_tones(w) for w in words]
    if modern == words:
        return spoken
    said = list(_WORD.finditer(spoken))
    matcher = difflib.SequenceMatcher(None, modern, [m[0] for m in said], autojunk=False)
    swaps: dict[int, str] = {}
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            if words[a + k] != modern[a + k]:
                swaps[b + k] = words[a + k]
    if not swaps:
        return spoken
    out: list[str] = []
    last = 0
    for i, m in enumerate(said):
        if i in swaps:
            out += [spoken[last : m.start()], swaps[i]]
            last = m.end()
    return "".join([*out, spoken[last:]])


# Combining marks (tones, the hook, the breve …) after anything but a letter: after
# NFC, a mark still standing alone belongs to no syllable.
_STRAY_MARK = re.compile(r"(?<![^\W\d_])[\u0300-\u036f]+")


# "tôm thẻ chân trắnɡ": a Latin word with a look-alike letter of another script in it
# (the IPA "ɡ" U+0261, Cyrillic "а е о р с х у і"), as pages pasted from some editors
# have; a voice spells it as a foreign word (round 12, listed). Folded to the Latin
# letter only inside a word that has Latin letters too: a Cyrillic word stays.
_LOOKALIKES = str.maketrans(
    "\u0261\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u0410\u0412\u0415\u041a"
    "\u041c\u041d\u041e\u0420\u0421\u0422\u0425",
    "gaeopcxyiABEKMHOPCTX",
)
_LOOKALIKE = re.compile(
    "[\u0261\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456"
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425]"
)
# A word with its combining marks, matched once from its start (linear in the line).
_MIXED_WORD = re.compile(r"(?<![\w\u0300-\u036f])[\w\u0300-\u036f]+")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def _unmixed(m: re.Match[str]) -> str:
    word = m[0]
    if not _LOOKALIKE.search(word):
        return word
    rest = _LOOKALIKE.sub("", unicodedata.normalize("NFD", word))
    # review16: one look-alike letter alone or glued to digits ("Vitamin С", "nhóm máu
    # А", "29А-123.45") is the Latin letter typed on the other keyboard; left, it was
    # said as nothing a voice knows, silent. A word of the other script stays.
    lone = len(_LOOKALIKE.findall(word)) == 1 and not any(c.isalpha() for c in rest)
    if not lone and not _LATIN.search(rest):
        return word
    return unicodedata.normalize("NFC", word.translate(_LOOKALIKES))


def clean_line(line: str) -> str:
    """One line as plain NFC text: no Markdown, no invisible or typographic characters."""
    text = unicodedata.normalize("NFC", line)
    if _LOOKALIKE.search(text):
        text = _MIXED_WORD.sub(_unmixed, text)
    # "so với tháng ̣9/2015" (a news page): a tone mark typed on no letter, left by a
    # slip of the keyboard, is nothing a voice can say; it is dropped (was kept, and
    # "tháng" said twice around it).
    text = _STRAY_MARK.sub("", text)
    # An apostrophe inside a name ("H’Drai") is part of the word, not a quotation mark.
    text = _INNER_APOSTROPHE.sub("'", text)
    text = _SECONDS_SIGN.sub("\u2033", text)
    text = _GLUED_QUOTE.sub(" ", text)
    text = text.translate(_INVISIBLE).translate(_SPACES).translate(_QUOTES).translate(_DASHES)
    if _RULE.match(text):
        return ""
    text = _FOOTNOTE.sub("", text)
    text = _SPACED_FOOTNOTE.sub("", text)
    text = _ROUND_FOOTNOTE.sub("", text)
    text = _STAR_SIGN.sub("dấu sao", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _IMAGE_OR_LINK.sub(r"\1", text)
    if "<" in text:
        text = TAG.sub(_untag, text)
        text = _FRAMED.sub(_unframed, text)
    text = _HEADING.sub("", text)
    text = _QUOTE_PREFIX.sub("", text)
    text = _BULLET.sub("", text)
    text = _CODE.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = _BULLET.sub("", text)
    text = _END_MARK.sub(".", text)
    text = _ELLIPSIS.sub("...", text)
    return text.strip()


_COMMENT = re.compile(r"<!--.*?-->")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_FENCE_LINE = re.compile(r"^\s*(?:```|~~~)")
_TABLE_LINE = re.compile(r"^\s*\|")


def audible_lines(body: str) -> list[str]:
    """Body lines with what is not heard blanked, keeping line numbers for warnings."""
    lines = body.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    in_comment = in_fence = False
    for line in lines:
        if _FENCE_LINE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence or _TABLE_LINE.match(line):
            out.append("")
            continue
        line = _COMMENT.sub("", line)
        if in_comment:
            end = line.find("-->")
            in_comment = end < 0
            line = "" if in_comment else line[end + 3 :]
        start = line.find("<!--")
        if start >= 0:
            in_comment, line = True, line[:start]
        out.append(_IMAGE.sub("", line))
    return out


_TITLE_KEY = re.compile(r"^title\s*:\s*")


def file_lines(text: str) -> list[str]:
    """A Markdown file's lines as heard, one per line of the file.

    Its front matter, found as the site build finds it (``---`` … ``---`` or
    ``...``, see :func:`campaign.content.frontmatter.split_front_matter`), is
    settings, not words: blanked, but for the value of ``title:`` (a news bulletin
    opens with it), in its own columns.
    """
    front, body = split_front_matter(text)
    if front is None:
        return audible_lines(body)
    head = [""]  # the opening "---"
    for line in front.split("\n")[:-1]:
        found = _TITLE_KEY.match(line)
        head.append(" " * found.end() + line[found.end() :] if found else "")
    return [*head, "", *audible_lines(body)]  # "" for the closing fence
