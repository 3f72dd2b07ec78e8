"""Organ and place names: casing upper-case headers, abbreviations, levels."""

from __future__ import annotations

import re

from ....content.text import fold
from .reading import upper_first

_EXPAND = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "BTV": "Ban Thường vụ",
    "TTYT": "Trung tâm Y tế",
    "BCH": "Ban Chấp hành",  # Youth Union letterheads: "BCH ĐOÀN HUYỆN VĂN QUAN"
}
# Abbreviations kept in capitals when a header is recased: school levels, the Youth Union.
_KEEP_CAPS = {"THCS", "THPT", "TH", "PTDTBT", "PTDTNT", "PTDTBT-THCS", "GDTX", "GDNN", "TNCS"}
# The Fatherland Front's letters ("ỦY BAN MTTQ VIỆT NAM XÃ …", corpus 32-38): kept, the
# reader expands them; lowered they were read "mờ tê tê quy".
_KEEP_CAPS |= {"MTTQ"}
# A header line starting with one of these continues the name above it ("HUYỆN VĂN QUAN").
PLACE_WORDS = {"xã", "phường", "trấn", "huyện", "quận", "xã,", "phố", "tỉnh"}
ISSUER_CLAUSE = re.compile(
    r"(?:^|[;,:)]\s*)(?P<issuer>[^;,:()]{3,80}?)\s+(?:xây dựng|ban hành|triển khai)\s+[Kk]ế hoạch"
)
# Organ names as administrative texts capitalise them: the first word, and the words that
# name the organ's own field ("Ban Thường vụ", "Sở Y tế"). Longest first where they overlap.
_ORGANS = [
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc",
    "Mặt trận Tổ quốc Việt Nam",
    "Việt Nam",  # "ỦY BAN MTTQ VIỆT NAM": the country's name after the Front's letters
    "Ủy ban",
    "Ủy ban Kiểm tra",
    "Ban Thường vụ",
    "Ban Chấp hành",
    "Ban Tuyên giáo",
    "Ban Dân vận",
    "Ban Tổ chức",
    "Ban Chỉ đạo",
    "Ban Văn hóa - Xã hội",
    "Thường trực",
    "Văn phòng",
    "Đảng bộ",
    "Chi bộ",
    "Đảng ủy",
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Thị ủy",
    "Quận ủy",
    "Thủ tướng Chính phủ",  # "THỦ TƯỚNG CHÍNH PHỦ" heads the Prime Minister's decisions
    "Văn phòng Chính phủ",
    "Chính phủ",
    "Bộ Y tế",
    "Sở Y tế",
    "Phòng Y tế",
    "Trung tâm Y tế",
    "Trạm Y tế",
    "Trung tâm Kiểm soát bệnh tật",
    "Trung tâm Văn hóa, Thể thao và Truyền thông",
    "Phòng Văn hóa và Thông tin",
    "Phòng Văn hóa - Thông tin",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Nội vụ",
    "Phòng Lao động - Thương binh và Xã hội",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Tỉnh đoàn",
    "Thành đoàn",
    "Huyện đoàn",
    "Đoàn",  # "BAN CHẤP HÀNH ĐOÀN XÃ ...": the Youth Union, a proper name
    "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Hội Chữ thập đỏ",
    "Liên đoàn Lao động",
    "Công an",
    "Bệnh viện",
]
_ORGAN_WORDS = sorted(
    ((tuple(organ.lower().split()), organ.split()) for organ in _ORGANS),
    key=lambda pair: -len(pair[0]),
)
# Words naming a place's level: the words after them are the place's own name.
_LEVEL_WORDS = [("thị", "xã"), ("thị", "trấn"), ("thành", "phố"), ("xã",), ("phường",)]
_LEVEL_WORDS += [("huyện",), ("quận",), ("tỉnh",)]
# A school's own name follows "trường": "ĐOÀN TRƯỜNG THPT VĂN QUAN" is the union of the
# school "THPT Văn Quan".
_LEVEL_WORDS += [("trường",)]


def recover_case(phrase: str, text: str) -> str | None:
    """The phrase as the body writes it, when an upper-case heading also says it."""
    match = re.search(re.escape(phrase), text, flags=re.IGNORECASE)
    if match and not match[0].isupper():
        return match[0]
    return None


def from_caps(text: str) -> str:
    """ "ỦY BAN NHÂN DÂN XÃ TÂN HÒA" → "Ủy ban nhân dân xã Tân Hòa", "BAN THƯỜNG VỤ THỊ
    ỦY" → "Ban Thường vụ Thị ủy": known organ words as written in administrative texts,
    a place's level in lower case and its name capitalised, other words in lower case."""
    words = text.split()
    lowered = [word.lower().rstrip(",") for word in words]
    out: list[str] = []
    proper = False  # after "XÃ", "HUYỆN", "THỊ ỦY"... come a place's own words
    i = 0
    while i < len(words):
        if words[i] in _EXPAND or words[i].rstrip(",") in _KEEP_CAPS:
            out.append(words[i])
            i += 1
            continue
        organ = next(
            (cased for key, cased in _ORGAN_WORDS if tuple(lowered[i : i + len(key)]) == key),
            None,
        )
        level = next((key for key in _LEVEL_WORDS if tuple(lowered[i : i + len(key)]) == key), None)
        if organ is not None and proper and len(organ) == 1:
            organ = None  # "XÃ ĐOÀN KẾT": a place's own name, not the Youth Union
        if organ is not None:
            end = i + len(organ)
            out += [*organ[:-1], organ[-1] + ("," if words[end - 1].endswith(",") else "")]
            # "Thị ủy An Hòa", "Đảng ủy xã ...", "Huyện đoàn Văn Quan"
            proper = organ[-1] == "ủy" or organ[-2:] in (["Huyện", "đoàn"], ["Tỉnh", "đoàn"])
            proper = proper or organ == ["Thành", "đoàn"]
            i = end
        elif level is not None:
            place = [words[i + k].lower() for k in range(len(level))]
            out += place if out else [upper_first(place[0]), *place[1:]]
            proper = True
            i += len(level)
        else:
            lower = words[i].lower()
            proper_word = proper or not out or lowered[i] == "y"  # "Trung tâm Y tế"
            out.append(upper_first(lower) if proper_word else lower)
            i += 1
    return " ".join(out)


def expand(name: str) -> str:
    first, _, rest = name.partition(" ")
    return f"{_EXPAND[first]} {rest}".strip() if first in _EXPAND else name


def shortens(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` cut short ("UBND huyện" of "Ủy ban nhân dân huyện
    Đức Phổ"), abbreviations expanded."""
    short_words, full_words = _spelled_out(short), _spelled_out(full)
    return len(short_words) < len(full_words) and full_words[: len(short_words)] == short_words


def completes(issuer: str, full: str) -> str | None:
    """``issuer`` with its committee named in full, when it ends with the start of
    ``full``: "Ban Thường vụ Huyện ủy" and "Huyện ủy Văn Quan" (the letterhead) give
    "Ban Thường vụ Huyện ủy Văn Quan"; None when they do not overlap so."""
    words, full_words = issuer.split(), full.split()
    folded, full_folded = _spelled_out(issuer), _spelled_out(full)
    if len(folded) != len(words) or len(full_folded) != len(full_words):
        return None  # an abbreviation: the words no longer line up
    for start in range(1, len(words) - 1):
        tail = folded[start:]
        if len(tail) < len(full_folded) and full_folded[: len(tail)] == tail:
            return " ".join(words[:start] + full_words)
    return None


# Abbreviations anywhere in a name, spelled out to compare two names ("Ủy ban MTTQ Việt
# Nam" is "Ủy ban Mặt trận Tổ quốc Việt Nam"); the names themselves keep their spelling.
_SPELL = {**{fold(k): v for k, v in _EXPAND.items()}, "mttq": "Mặt trận Tổ quốc"}


def _spelled_out(name: str) -> list[str]:
    words = fold(expand(name)).split()
    return [w for word in words for w in fold(_SPELL.get(word, word)).split()]


def level_of(name: str) -> str | None:
    """The administrative level a name states ("xã", "huyện"...), if it states one.

    Words are compared with their accents: "quan" (of "cơ quan") is not "quận", and the
    "sở" of "cơ sở" is no "Sở" (a provincial department)."""
    words = " " + " ".join(re.findall(r"\w+", name.lower())) + " "
    words = words.replace(" thị xã ", " thịxã ").replace(" thị trấn ", " thịtrấn ")
    if " trung ương " in words or words.startswith((" bộ ", " ban bí thư ")):
        return "trung ương"
    # Not "bản" (a hamlet): "văn bản", "bản tin" say nothing of a level.
    if any(w in words for w in (" xã ", " phường ", " thịtrấn ", " thôn ", " ấp ")):
        return "xã"
    department = re.search(r"(?<!\w)(?<!cơ )(?<!Cơ )Sở(?!\w)", name)
    if " tỉnh " in words or department or words.startswith(" tỉnh ủy"):
        return "tỉnh"
    if any(w in words for w in (" huyện ", " thịxã ", " thị ủy ", " quận ", " thành phố ")):
        return "huyện"
    return None
