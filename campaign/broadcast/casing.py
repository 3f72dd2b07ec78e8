"""A title typed in capitals, said in sentence case.

Plans print their title in capitals ("THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15
THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ …"). Read aloud or shown in a
bulletin that way, the reader takes the capitals for letters to spell and says
"NGÀY ngày". An editor writes it in sentence case and keeps what is written
with capitals in running text: the names the plan's own text capitalises
(``evidence``: its issuer, grounds, purposes…), the state's and the Party's
names, a document's type before its number, a place's name after its level,
abbreviations as the dictionary spells them ("TTG" → "TTg"), Roman numerals.
Nothing is added or reordered: only the case of letters changes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from ..content.text import lower_first
from .abbreviations import UPPER

__all__ = ["in_capitals", "lower_item", "sentence_case"]

# Names written with capitals wherever they stand (longest first when they overlap).
_NAMES = (
    "Đảng Cộng sản Việt Nam",
    "Ban Chấp hành Trung ương",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Thủ tướng Chính phủ",
    "Phó Thủ tướng",
    "Thủ tướng",
    "Chính phủ",
    "Quốc hội",
    "Nhà nước",
    "Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc",
    "Nghị quyết Đại hội",
    "Đại hội đại biểu toàn quốc",
    "Đại hội lần thứ",
    "Hồ Chí Minh",
    "Việt Nam",
    "Trung ương",
    "Đảng",
)
# A document named by its type and number ("Quyết định số …") or a law by its name.
_DOCUMENT = re.compile(
    r"(?<!\w)(nghị quyết|quyết định|chỉ thị|thông tư|nghị định|công văn|kết luận|"
    r"thông báo|kế hoạch|chương trình|đề án|hướng dẫn)(?=\s+số\b)",
)
_LAW = re.compile(r"(?<!\w)(?<!pháp )luật\s+(\w)")
# A place's level: the words after it are the place's own name.
_LEVEL = re.compile(
    r"(?<!\w)(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã(?! hội)|phường|"
    r"trường thpt|trường thcs)\s+(?=\w)"
)
# Words that end a place's name: what a title goes on with after it.
_AFTER_PLACE = frozenset(
    "năm giai đoạn đến và trên trong theo về của tại khóa nhiệm kỳ đối với thời điểm "
    "lần thứ giai từ cho các những là được nhằm để ở sau trước tầm nhìn định hướng "
    "đợt quý tháng ngày".split()
)
_PLACE_WORDS = 3
_ROMAN = re.compile(r"^[IVXLC]+$")
# Words a Roman numeral follows in a title ("khóa XVI", "lần thứ XIV", "quý II").
_BEFORE_NUMERAL = frozenset({"khóa", "thứ", "lần", "phần", "chương", "quý", "đợt", "kỳ", "số"})
_HOUR = re.compile(r"^(\d+)H(\d*)$")


# What comes before a capital that is there only because a sentence or an item opens.
_OPENS = re.compile(r"(?:^|[.!?:;|\n]|(?<!\w)[a-zđ]\)|\d\.|[-+*•])[\W]*$")


def in_capitals(text: str) -> bool:
    """Whether ``text`` is typed in capitals: most of its words are."""
    words: list[str] = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]
    if len(words) < 3:
        return False
    return sum(w.isupper() for w in words) >= 0.8 * len(words)


def _vowel(char: str) -> bool:
    return unicodedata.normalize("NFD", char)[:1].lower() in "aeiouy"


_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?V+(?:ng|nh|ch|[cmnpt])?"
)


def _syllable(word: str) -> bool:
    """Whether ``word`` (lower case) has the shape of a Vietnamese syllable."""
    shape = "".join("V" if _vowel(c) else c for c in word)
    return bool(_SYLLABLE.fullmatch(shape))


def _token(word: str, previous: str, spelled: Mapping[str, str]) -> str:
    """One word of the title, lowered unless it is a code, a numeral or an abbreviation."""
    hour = _HOUR.match(word)
    if hour:
        return word.lower()  # "0H00" → "0h00"
    if any(c.isdigit() for c in word) or "/" in word:
        # "48/NQ-CP", "06/QĐ-TTG": a document's code; its parts as the dictionary spells them.
        return re.sub(r"[^\W\d_]+", lambda m: spelled.get(m[0].upper(), m[0]), word)
    core = word.strip("“”\"'‘’(),.;:!?")
    if core and core.isupper():
        if core in spelled.values() and not _syllable(core.lower()):
            return word  # "HĐND", "UBND": the reader expands them
        mixed = spelled.get(core.upper(), core)
        if mixed != core and not mixed.isupper():
            return word.replace(core, mixed)  # "IOT" → "IoT", "TTG" → "TTg"
        if _ROMAN.match(core) and previous in _BEFORE_NUMERAL:
            return word  # "khóa XVI", "lần thứ XIV"; not "phạm VI"
    return word.lower()


def _recase(text: str, phrase: str) -> str:
    """Every whole-word occurrence of ``phrase`` in ``text`` written as ``phrase``."""
    words = phrase.split()
    pattern = r"(?<!\w)" + r"\W+".join(re.escape(w.lower()) for w in words) + r"(?!\w)"
    return re.sub(pattern, lambda m: _apply(m[0], words), text)


def _apply(found: str, words: Sequence[str]) -> str:
    """``found`` (lower case, its own spacing) with the capitals of ``words``."""
    parts = re.split(r"(\W+)", found)
    out = []
    index = 0
    for part in parts:
        if part and part[0].isalnum():
            model = words[index]
            if model[:1].isupper() and model.lower() == part.lower():
                # "IoT" in "Internet vạn vật (IoT) tại các Khu công nghiệp" (corpus 42):
                # the word as the plan writes it, not "Iot".
                out.append(model)
            else:
                out.append(model[:1] + part[1:] if model[:1].isupper() else part)
            index += 1
        else:
            out.append(part)
    return "".join(out)


def _evidence_phrases(title: str, evidence: Iterable[str]) -> list[str]:
    """Phrases of the title that the plan's text writes with capitals mid-sentence."""
    text = " | ".join(" ".join(e.split()) for e in evidence if e and not in_capitals(e))
    if not text:
        return []
    words = re.findall(r"[^\W_]+", title)
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(6, len(words) - i), 1, -1):
            pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words[i : i + n]) + r"(?!\w)"
            form = _capitalised(text, pattern)
            if form is not None:
                found.append(form)
                i += n
                break
        else:
            i += 1
    return found


def _capitalised(text: str, pattern: str) -> str | None:
    """The first occurrence of ``pattern`` in ``text`` with a capital that is not
    there only because it opens a sentence."""
    for match in re.finditer(pattern, text, flags=re.IGNORECASE):
        form = match[0]
        if form.isupper():
            continue
        opens = _OPENS.search(text[max(0, match.start() - 12) : match.start()]) is not None
        words = form.split()
        if opens and words[0][:1].isupper() and not _name_goes_on(words):
            # "Thực hiện Chỉ thị số 32 …" opening the grounds (corpus 25): copied, the
            # sentence's capital made the title "Triển khai Thực hiện Chỉ thị …".
            continue
        capitals = [w for k, w in enumerate(words) if w[:1].isupper() and (k or not opens)]
        if capitals and not _inside_name(text[: match.start()], text[match.end() :]):
            return " ".join(re.findall(r"[^\W_]+", form))
    return None


def _name_goes_on(words: Sequence[str]) -> bool:
    """Whether a capital opening a sentence is a name's own: the next word has one too
    ("bao gồm: Ngày Môi trường thế giới (05/6)", corpus 22). Skipped as the sentence's,
    the title lost the name ("hưởng ứng ngày môi trường thế giới"); "Thực hiện Chỉ thị"
    goes on in lower case: its capital is the sentence's."""
    return len(words) > 1 and words[1][:1].isupper()


def _inside_name(before: str, after: str) -> bool:
    """Whether the words around a match are of a longer name: "Môi trường" in "Sở
    Nông nghiệp và Môi trường" is that office, not the common noun of the title."""
    # The texts are joined with "|": a name does not run on into the next text.
    before, after = before.rpartition("|")[2], after.partition("|")[0]
    previous = re.findall(r"[^\W\d_]+|[,&]", before)[-3:]
    following = re.findall(r"[^\W\d_]+", after)[:1]
    if following and following[0][:1].isupper():
        return True
    if not previous:
        return False
    if previous[-1][:1].isupper():
        return True
    # "Hiệp hội Doanh nghiệp tỉnh", "Liên minh Hợp tác xã Tỉnh" (corpus 39, a unit's
    # name): a name's first word has two syllables, the second in lower case. Its capital
    # two (or three) words back, with no mark between, makes the match part of that name:
    # the title's "các doanh nghiệp, … hợp tác xã" are common nouns ("các Doanh nghiệp").
    # "Ban Quản lý khu Kinh tế" (corpus 43, misprinted): three words back.
    for back in (2, 3):
        run = previous[-back:]
        if len(run) == back and run[0][:1].isupper() and run[0] not in (",", "&"):
            if all(w.isalpha() and w.islower() and w != "và" for w in run[1:]):
                return True
    joins = previous[-1] in ("và", ",", "&")
    return joins and any(w[:1].isupper() for w in previous[:-1])


def sentence_case(
    title: str, evidence: Iterable[str] = (), spelled: Mapping[str, str] | None = None
) -> str:
    """``title`` in sentence case when typed in capitals (unchanged otherwise).

    ``evidence``: texts of the same plan in ordinary case, whose capitals are kept
    ("Bộ Công an", "Đắk Lắk"); ``spelled``: abbreviations as the dictionary
    writes them, keyed by their capitals ("TTG": "TTg").
    """
    if not in_capitals(title):
        return title
    spelled = spelled or {}
    evidence = list(evidence)
    words = title.split()
    text = " ".join(
        _token(w, words[k - 1].lower() if k else "", spelled) for k, w in enumerate(words)
    )
    for phrase in sorted(_evidence_phrases(text, evidence), key=len, reverse=True):
        text = _recase(text, phrase)
    text = _mixed_case(text, words, evidence)
    for name in _NAMES:
        text = _recase(text, name)
    text = _DOCUMENT.sub(lambda m: m[1][:1].upper() + m[1][1:], text)
    text = _LAW.sub(lambda m: "Luật " + m[1].upper(), text)
    text = _places(text)
    # A name quoted in the title starts with a capital: “Nâng cao nhận thức …”, unless
    # the plan's own text quotes it in lower case: the title's “VỀ TĂNG CƯỜNG …” is a
    # document's subject, “về tăng cường …” where the plan cites it (corpus 25).
    folded = [" ".join(e.split()) for e in evidence]

    def quoted(match: re.Match[str]) -> str:
        start = " ".join(text[match.start() : match.start() + 40].split()[:2])
        if start[1:2].islower() and any(start in e for e in folded):
            return match[0]
        return match[1] + match[2].upper()

    text = re.sub(r"([“\"])(\w)", quoted, text)
    return text[:1].upper() + text[1:]


def _mixed_case(text: str, words: Sequence[str], evidence: Sequence[str]) -> str:
    """A word typed in capitals that the plan's text writes with a capital inside it
    ("5G, IOT" in corpus 28's title, "IoT" in its text): written as the text writes it,
    not lowered to "iot"."""
    forms: dict[str, str] = {}
    for e in evidence:
        for w in re.findall(r"[^\W_]+", e):
            if len(w) > 1 and any(c.isupper() for c in w[1:]) and not w.isupper():
                forms.setdefault(w.casefold(), w)
    for word in words:
        core = word.strip("“”\"'‘’(),.;:!?")
        form = forms.get(core.casefold()) if core.isupper() and len(core) > 1 else None
        if form is not None:
            text = re.sub(rf"(?<!\w){re.escape(core.lower())}(?!\w)", form, text)
    return text


def _places(text: str) -> str:
    """ "tỉnh nghệ an" → "tỉnh Nghệ An": a place's own words after its level."""
    words = text.split(" ")
    joined = [w.lower() for w in words]
    out = list(words)
    i = 0
    while i < len(words):
        level = _LEVEL.match(" ".join(joined[i : i + 2]) + " x")
        if level is None or (i >= 2 and joined[i - 2 : i] == ["hợp", "tác"]):
            i += 1
            continue
        i += len(level[1].split())
        if words[i - 1][-1:].isalpha():
            for _ in range(_PLACE_WORDS):
                if i >= len(words):
                    break
                core = words[i].strip("“”\"'‘’(),.;:!?")
                if not core.isalpha() or core.lower() in _AFTER_PLACE:
                    break
                out[i] = words[i].replace(core, core[:1].upper() + core[1:], 1)
                i += 1
                if not words[i - 1][-1:].isalpha():
                    break
    return " ".join(out)


# The head of a body's name, written with its capital wherever it stands ("Thường
# trực Thị ủy", "Phòng Y tế", "Ủy ban nhân dân xã"): lowering it as an item's first
# letter ("thường trực Thị ủy") turns the name into common words. Some heads are a
# name by themselves ("Ủy ban nhân dân", "Công an xã"); the others head a name only
# before a capitalised word ("Phòng Y tế" but "Phòng chống dịch"; "Hội Nông dân" but
# "Hội nghị"; "Bộ Y tế" but "Bộ phận").
_CAPITAL = rf"(?=\s+(?:[{UPPER}]|UBND|HĐND))"
_BODY_HEAD = re.compile(
    r"^(?:(?:Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng nhân dân|Đảng ủy|Đảng bộ|Chi bộ|Tỉnh ủy|"
    r"Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Công an|Bảo hiểm xã hội|Bệnh viện|Chính phủ|"
    r"Quốc hội|Mặt trận Tổ quốc)(?=\s|$)|"
    rf"(?:Thường trực|Thường vụ|Hội đồng|Ban|Sở|Phòng|Trung tâm|Trạm|Văn phòng|Bộ|Cục|"
    rf"Chi cục|Viện|Trường|Đài|Kho bạc|Ngân hàng|Liên đoàn|Đoàn|Công ty|Hợp tác xã|"
    rf"Hội|Báo){_CAPITAL})"
)


def lower_item(text: str) -> str:
    """An item of a list said after a colon or a semicolon, its first letter lowered
    ("Đại diện lãnh đạo …" → "đại diện lãnh đạo …") unless it opens with a body's
    name, which keeps the source's casing ("Thường trực Thị ủy")."""
    text = " ".join(text.split())
    if _BODY_HEAD.match(text):
        return text
    return lower_first(text)
