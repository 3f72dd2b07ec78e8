"""Abbreviations of Vietnamese administrative and health writing, as they are said.

Two tables: :data:`ABBREVIATIONS` for words met anywhere in a text, and
:data:`DOCUMENT_TYPES` for the first part of a document symbol (``KH`` in
``22/KH-UBND``), where ``CT`` means "chỉ thị" and ``TT`` "thông tư" rather than
"Chủ tịch" and "thị trấn". A campaign's own unit directory is merged on top
through :class:`Lexicon`, so a district may say that ``TU`` is its "Thị ủy".

Document symbols are read the way announcers read them: the document type,
unless the sentence has just named it, then "của" and the issuing bodies.
``Kế hoạch số 22/KH-UBND`` becomes "Kế hoạch số hai mươi hai của Ủy ban nhân
dân"; a bare ``CT/TW`` becomes "chỉ thị của Trung ương".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .numbers import read_int

__all__ = [
    "ABBREVIATIONS",
    "AMBIGUOUS",
    "CODE_HEADS",
    "DOCUMENT_TYPES",
    "DOTTED_TITLE",
    "FAMILY_NAMES",
    "JOINT_TYPES",
    "PARTY_COMMITTEE_ISSUERS",
    "SYMBOL_ISSUERS",
    "UPPER",
    "Lexicon",
    "SymbolReading",
    "btc_issuer",
    "code_head_applies",
    "held_post_slashes",
    "load_dictionary",
    "looks_like_word",
    "names_place",
    "party_committee_at",
    "party_committee_inferred",
    "party_committee_named",
    "unknown_issuer_named",
]

_DATA = Path(__file__).resolve().parent.parent / "data" / "abbreviations.yml"
# libyaml's loader when PyYAML has it: the same data from plain YAML, read ~10x faster
# (every build that writes bulletins imports this module: 0.03 s of CPU a build).
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_dictionary(path: Path = _DATA) -> dict[str, str]:
    """The shipped dictionary, its sections flattened (see the file's header)."""
    data = yaml.load(path.read_text(encoding="utf-8"), _LOADER) or {}
    entries: dict[str, str] = {}
    for section in data.values():
        for key, reading in (section or {}).items():
            entries[str(key)] = str(reading)
    return entries


ABBREVIATIONS: Mapping[str, str] = load_dictionary()

# The capital letters of Vietnamese, for a character class: "[A-ZĐÀ-Ỹ]" is no such
# class, U+00C0..U+1EF8 holds the lower-case "đ", "ư", "ơ" and every toned small letter
# ("được", "đã", "ở" are no capitalised word; review8: "sắm được TV" was a channel,
# "tê vê", and "PC đã …" a power company).
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EF9)) if c.isupper() and c.isalpha())

# Letters that, glued to a number, have one meaning and are said as words: the
# semester of a school year, "HK1", "HK2" ("Học kỳ 1 (HK1)", "Học kỳ 2 (HK2)":
# index id 61048162498 and 71360215890, school software labels found with
# find_string "học kỳ 1 (HK1)"). Alone, "HK" is also Hồng Kông: not in the
# dictionary, so a bare "HK" stays listed. "QK1", "QK7": the military region, quân khu
# ("code: \"QK-01\", name: \"Bộ Tư lệnh Quân khu 1\"", index id 62011539661).
CODE_HEADS: Mapping[str, str] = {"HK": "học kỳ", "QK": "quân khu"}
# "đường QK7" is a road's name (a road the military region built, or one named so),
# not "đường quân khu bảy": after a road's word the head is left as written, and
# listed, unless the sentence says "Quân khu" itself.
_ROAD_BEFORE = re.compile(r"(?<!\w)(?i:đường|tuyến|tuyến đường|lộ|tỉnh lộ|hương lộ)\s*$")


def code_head_applies(head: str, text: str, start: int) -> bool:
    """Whether ``CODE_HEADS[head]`` reads the code at ``start`` of ``text``."""
    if head != "QK" or not _ROAD_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    return re.search(r"(?<!\w)(?i:quân khu)(?!\w)", text) is not None


# Issuers met in document symbols, where the letters name a ministry or a
# Party body; elsewhere the same letters may mean something else (BTC is
# usually an event's "Ban Tổ chức").
SYMBOL_ISSUERS: Mapping[str, str] = {
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "QH": "Quốc hội",
    "BTC": "Bộ Tài chính",
    "BNV": "Bộ Nội vụ",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "VPCP": "Văn phòng Chính phủ",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "BTGHU": "Ban Tuyên giáo Huyện ủy",
    "VPHU": "Văn phòng Huyện ủy",
    # Issuers as real documents cite them: "05/2014/TT-BTP ... của Bộ Tư pháp"
    # (reading corpus f-part, a legal preamble), "4255/QĐ-BNN-KHCN ... của Bộ Nông
    # nghiệp và Phát triển nông thôn" and "QĐ-BKHCN ... của Bộ Khoa học và Công
    # nghệ" (tests/plans/corpus/20-..., 28-...).
    "BTP": "Bộ Tư pháp",
    "BNN": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    # The President's decisions on orders and titles: "Quyết định số 803/QĐ-CTN"
    # (https://www.vietnamplus.vn/phong-tang-va-truy-tang-danh-hieu-anh-hung-llvt/199975.vnp).
    "CTN": "Chủ tịch nước",
    # A province's ethnic-affairs board: "Kế hoạch số 476/KH-BDT ngày 28/8/2023 của
    # Ban Dân tộc tỉnh Quảng Trị" (https://bdt.quangtri.gov.vn/chi-tiet/-/view-article/
    # 1/1648180710333/1696476958140); only in a symbol (BDT is no word elsewhere).
    "BDT": "Ban Dân tộc",
}

# "Thông báo số 12/TB-BTC về việc tổ chức giải bóng đá": after the kind of a notice,
# a plan, an invitation, rules or results, "BTC" is an event's Ban Tổ chức as often as
# the Ministry of Finance; the sentence decides by naming one, else it is not said
# and listed. After a circular, a decree or a decision it stays the ministry.
_BTC_EITHER_TYPES = frozenset({"TB", "KH", "GM", "TL", "KQ", "HD", "BC"})


def btc_issuer(type_code: str | None, sentence: str) -> str | None:
    """How "BTC" after ``type_code`` is said: "Bộ Tài chính", "Ban Tổ chức", or
    None when the sentence does not decide (not said; listed)."""
    organisers = re.search(r"(?<!\w)(?i:ban tổ chức)(?!\w)", sentence) is not None
    ministry = re.search(r"(?<!\w)(?i:bộ tài chính)(?!\w)", sentence) is not None
    if type_code == "QĐ" and organisers and not ministry:
        # "Ban Tổ chức hội thi ban hành Quyết định số 01/QĐ-BTC": an event's committee
        # decides too, and the sentence says so (review9: "của Bộ Tài chính", silently).
        return "Ban Tổ chức"
    if type_code not in _BTC_EITHER_TYPES:
        return SYMBOL_ISSUERS["BTC"]
    if organisers == ministry:
        return None
    return "Ban Tổ chức" if organisers else SYMBOL_ISSUERS["BTC"]


# Letters ending in "TU" name the Party committee of a province (Tỉnh ủy) OR of a
# city under the centre (Thành ủy): "30-CTr/TU ... của Thành ủy Cần Thơ" and
# "466-KH/TU ... của Tỉnh ủy" (tests/plans/corpus/13-..., 15-...); "Thông báo số
# 98-TB/VPTU" is the Văn phòng Thành ủy Hà Nội's (reading corpus, part S); and a
# town's Thị ủy numbers its plans "116-KH/TU" too (examples/, Ban Thường vụ Thị ủy). In a
# document symbol they are said only as the sentence's own words name them
# (one of them, never two); else the issuer is not said, and the doubts list it.
PARTY_COMMITTEE_ISSUERS: Mapping[str, tuple[str, ...]] = {
    "TU": ("Tỉnh ủy", "Thành ủy", "Thị ủy"),
    "VPTU": ("Văn phòng Tỉnh ủy", "Văn phòng Thành ủy", "Văn phòng Thị ủy"),
    "BTGTU": ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Thành ủy", "Ban Tuyên giáo Thị ủy"),
}


@functools.lru_cache(maxsize=8)
def _committees_said(sentence: str) -> tuple[bool, bool, bool]:
    """Whether ``sentence`` writes "Tỉnh ủy", "Thành ủy", "Thị ủy" (either spelling of
    "ủy"); once per line (a line of many "TU" asks once each)."""
    folded = sentence.casefold().replace("uỷ", "ủy")
    return ("tỉnh ủy" in folded, "thành ủy" in folded, "thị ủy" in folded)


def party_committee_named(part: str, sentence: str) -> str | None:
    """The body ``part`` ("TU", "VPTU") names, when ``sentence`` says which one:
    "Tỉnh ủy", "Thành ủy" or "Thị ủy" written (either spelling of "ủy"), only one."""
    named = _committees_said(sentence)
    said = [c for c, s in zip(PARTY_COMMITTEE_ISSUERS[part], named, strict=True) if s]
    return said[0] if len(said) == 1 else None


# "tỉnh Vĩnh Phúc": a province named by its word and name. A sentence that names a
# province and no city or town ("thành phố", "thị xã", "TP", "Tp", "TX", "Thành ủy",
# a "quận" or its "Quận ủy", which only a city has, or one of the six cities under the
# central government by its name alone: "huyện Đông Anh, Hà Nội") is about the
# province, whose Party committee is the Tỉnh ủy.
# "Tỉnh Đoàn", "Tỉnh hội", "Tỉnh đội" are bodies of the province (its Youth Union, an
# association, its military command), not a province's name: "Tỉnh Đoàn Thanh Hóa"
# names the province only through the name after it.
_PROVINCE_NAMED = re.compile(
    rf"(?<!\w)[Tt]ỉnh\s+(?!(?i:đoàn|hội|đội|ủy|uỷ)(?!\w))[{UPPER}]"
    rf"|(?<!\w)[Tt]ỉnh\s+(?i:đoàn|hội|đội)\s+[{UPPER}]"
)
# A province that the sentence goes to or deals with ("đoàn về nguồn tại tỉnh Cao Bằng",
# "phối hợp với tỉnh Lào Cai") is not the one the sentence is about: not taken.
_TO_OR_WITH = re.compile(r"(?i:(?<!\w)(?:tại|đến|tới|về|ở|sang|với|cùng|giáp)\s+)$")
_CITY_OR_TOWN = re.compile(
    r"(?i:(?<!\w)(?:thành phố|thị xã|thành ủy|thị ủy|thị trấn|quận|quận ủy|tp|tx)(?!\w))"
    r"|(?<!\w)(?:TP|TX)(?![^\W\d_])"
    r"|(?<!\w)(?:Hà Nội|Hải Phòng|Đà Nẵng|Cần Thơ|Hồ Chí Minh|HCM|Huế)(?!\w)"
)


# Once per line (review16: a line of many Party documents "263-TB/TU …" scanned the
# whole line again for each, quadratic: 1000/2000/4000 documents 1.1/4.0/14.5 s CPU).
@functools.lru_cache(maxsize=8)
def party_committee_inferred(part: str, sentence: str) -> str | None:
    """The Tỉnh ủy form of ``part`` when the sentence names none of the three but names a
    province ("tỉnh Vĩnh Phúc") and no city or town: the committee is then the province's.
    An inference: the doubts still list it (reading.py)."""
    if party_committee_named(part, sentence) is not None:
        return None
    folded = sentence.replace("uỷ", "ủy")
    about = [
        m
        for m in _PROVINCE_NAMED.finditer(folded)
        if not _TO_OR_WITH.search(folded, max(0, m.start() - 30), m.start())
    ]
    if not about or _CITY_OR_TOWN.search(folded) is not None:
        return None
    return PARTY_COMMITTEE_ISSUERS[part][0]


# The level of the place written right after the letters: "VPTU tỉnh Lạng Sơn",
# "Ban Thường vụ TU thành phố Cần Thơ", "BTGTU TP Hà Nội".
_COMMITTEE_PLACE = re.compile(
    r"\s+(?P<level>tỉnh|thành phố|TP\.?|thị xã|TX\.?)(?=\s*[A-ZĐÀ-ỸƯƠ])", re.IGNORECASE
)
_COMMITTEE_OF_LEVEL = {"tỉnh": 0, "thành phố": 1, "tp": 1, "thị xã": 2, "tx": 2}


def party_committee_at(part: str, sentence: str, after: str) -> str | None:
    """``part`` ("TU", "VPTU", "BTGTU") in running text: the committee the sentence
    names, or the one the level of the place right after it says ("VPTU tỉnh Lạng
    Sơn" is the Văn phòng Tỉnh ủy); None when neither decides."""
    named = party_committee_named(part, sentence)
    if named is not None:
        return named
    m = _COMMITTEE_PLACE.match(after)
    if m is None:
        return None
    level = m["level"].casefold().rstrip(".")
    return PARTY_COMMITTEE_ISSUERS[part][_COMMITTEE_OF_LEVEL[level]]


# Letters with more than one established meaning in public writing, and those
# meanings. None is guessed (abbreviations.yml lists none of them alone): the
# reader says one only where the sentence decides (reading.py: the words before
# the letters are written in full with one of the meanings, or a context rule
# knows it, as "theo KH"), else leaves the letters and the proof list names the
# meanings. "Hội KH" is the Hội Khuyến học of a commune as often as a plan.
AMBIGUOUS: Mapping[str, tuple[str, ...]] = {
    "KH": ("kế hoạch", "Khuyến học", "khoa học", "khách hàng"),
    "ĐT": ("điện thoại", "đào tạo", "đầu tư", "đô thị", "đội tuyển"),
    "BT": ("Bí thư", "bồi thường", "bài tập"),
    "HT": ("Hè Thu", "hệ thống", "hiệu trưởng"),
    "ĐX": ("Đông Xuân", "đề xuất"),
    "GĐ": ("Giám đốc", "gia đình"),
    "THA": ("thi hành án", "tăng huyết áp"),
    "NB": ("người bệnh", "Ninh Bình"),
    # "trường MN", "giáo viên MN" (the dictionary's "GDMN", giáo dục mầm non), and "vùng
    # DTTS&MN", "DTTS và MN" (dân tộc thiểu số và miền núi: the dictionary's DTTS&MN;
    # "vùng DTTS&MN" at https://hoptacquocte.moj.gov.vn/qt/tintuc/Pages/an-pham-nhom-
    # quan-he-doi-tac-quoc-te.aspx?ItemID=101). Round 11: was "mầm non" everywhere.
    "MN": ("mầm non", "miền núi"),
}


DOCUMENT_TYPES: Mapping[str, str] = {
    "KH": "kế hoạch",
    "CT": "chỉ thị",
    "TB": "thông báo",
    "QĐ": "quyết định",
    "NĐ": "nghị định",
    "NQ": "nghị quyết",
    "TT": "thông tư",
    "TTLT": "thông tư liên tịch",
    "CV": "công văn",
    "BC": "báo cáo",
    "HD": "hướng dẫn",
    "TTr": "tờ trình",
    "KL": "kết luận",
    "QC": "quy chế",
    "QyĐ": "quy định",
    "CTr": "chương trình",
    "CĐ": "công điện",
    "GM": "giấy mời",
    "PA": "phương án",
    "ĐA": "đề án",
    # The rest of the kinds in Nghị định 30/2020/NĐ-CP, Phụ lục III (as listed at
    # https://thiquocgia.vn/quy-tac-viet-tat-khi-soan-thao-van-ban-hanh-chinh-moi-nhat/).
    "TC": "thông cáo",
    "DA": "dự án",
    "BB": "biên bản",
    "HĐ": "hợp đồng",
    "BGN": "bản ghi nhớ",
    "BTT": "bản thỏa thuận",
    "GUQ": "giấy ủy quyền",
    "GGT": "giấy giới thiệu",
    "GNP": "giấy nghỉ phép",
    "PG": "phiếu gửi",
    "PC": "phiếu chuyển",
    "PB": "phiếu báo",
    "Ctr": "chương trình",
    # Joint documents, the type code and "LT" (liên tịch) as "TTLT": "Số: 42/KHLT-SGDĐT-
    # CĐGDT" and "821/KHLT-PGDĐT-CĐGD ... Kế hoạch Thực hiện cuộc vận động" (index ids
    # 43629554409, 28910196426), "Kế hoạch liên tịch số 4639/KHLT-GDĐT-VHTTDL" (index id
    # 68311598707); "Nghị quyết liên tịch 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN" (index id
    # 10157717651). Was read as an issuer the words before had named by its initials, and
    # the bodies after it dropped with it, silently.
    "KHLT": "kế hoạch liên tịch",
    "NQLT": "nghị quyết liên tịch",
    # A decree of the President of the Democratic Republic: "Sắc lệnh số 20/SL"
    # (http://hoctapvalamtheobac-tpthuduc.hochiminhcity.gov.vn/ky-yeu-dien-tu).
    "SL": "sắc lệnh",
}

# Codes that follow the type in a symbol and only narrow it: "2614/QĐ-XPVPHC" is
# a decision on an administrative sanction, not one issued by a body "XPVPHC".
# Like the type code they are not read, and they name no issuer.
# Types of documents several bodies issue together (liên tịch): every code after the
# type is an issuer.
JOINT_TYPES: frozenset[str] = frozenset({"TTLT", "KHLT", "NQLT"})
TYPE_QUALIFIERS: frozenset[str] = frozenset({"XPVPHC", "XPHC"})

# A Vietnamese syllable, once diacritics are folded: optional onset, one to
# three vowels, optional coda. Abbreviations such as UBND or HIV fail it,
# capitalised words such as MỤC or HOẠCH pass.
# Without an onset Vietnamese writes "yê", never "iê" ("yên", "yếu"): "IEC" is letters.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx]|(?!ie))"
    r"[aeiouy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?"
)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def looks_like_word(token: str) -> bool:
    """True when an upper-case token is a Vietnamese word, not an abbreviation.

    The test is the shape of a Vietnamese syllable once diacritics are folded:
    it lets headings in capitals through and catches letter clusters.
    """
    return _SYLLABLE.fullmatch(_fold(token)) is not None


# Vietnamese family names, an alternation: a capitalised word after a title is a
# person's name when it is one of these (reading.py uses it too).
FAMILY_NAMES = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lò|Lường|Lương"
    "|Hà|Đinh|Trịnh|Đào|Mai|Cao|Lâm|Tạ|Đoàn|Vương|Chu|Triệu|Tô|Quách|Thái|Kiều|Lưu|La|Lục"
    "|Hứa|Nông|Mạc|Tăng|Khúc|Âu|Giáp|Tống|Từ|Châu|Đàm|Đồng|Lã|Lữ|Phùng|Trương|Tôn|Thân"
    "|Doãn|Nghiêm|Bế|Lăng|Lộc|Vi|Mông|Sầm|Ma|Quàng|Hầu|Vàng|Giàng|Sùng|Thào|Mùa"
)


# "T.S. Nguyễn Văn An", "P.G.S. Hoàng Văn Dũng", "B.S. Lê Thị Hoa": a title's letters
# each with a stop before a person's full name are the title ("TS.", "PGS."), read as it
# is (review16: left as letters, listed since tune-ano; "P.G.S." was "Phường G.S.").
# Not in a business's name: "Công ty TNHH T.S. Hoàng Long" was "Tiến sĩ Hoàng Long",
# silent (review17); there the letters stay and are listed, as before review16.
_BUSINESS_BEFORE = "".join(
    f"(?<!{w} )"
    for w in (
        "Công ty", "công ty", "Cty", "TNHH", "CTCP", "DNTN", "HTX", "Tập đoàn", "Cửa hàng",
        "cửa hàng", "Doanh nghiệp", "doanh nghiệp", "Hộ kinh doanh", "thương hiệu",
    )
)  # fmt: skip
# (A clinic or a pharmacy is often named for its doctor: "Phòng khám B.S. Lê Lan" keeps
# the title.)
DOTTED_TITLE = re.compile(
    _BUSINESS_BEFORE
    + r"(?<![\w.])(?P<t>P\.\s?G\.\s?S|G\.\s?S|T\.\s?S|Th\.\s?S|B\.\s?S|K\.\s?S|D\.\s?S)\."
    rf"(?=\s*(?:{FAMILY_NAMES})\s+[{UPPER}])"
)


# Titles written with their full stop before a person's name ("CN. Nguyễn Văn An",
# "ThS.BS Lê Hoa"). At the end of a sentence the stop is the sentence's: "làm việc từ
# thứ Hai đến CN." is chủ nhật, and was read "đến Cử nhân" with the stop dropped.
_NAME_TITLES = frozenset({"GS.", "PGS.", "TS.", "ThS.", "Ths.", "CN.", "KS.", "BS.", "Bs.", "DS."})


# "ĐT.741", "ĐH.12": a provincial or district road only before its number. At the end
# of a sentence the stop is the sentence's: "được gọi vào ĐT." (the national team) was
# "đường tỉnh" with the stop dropped, silent (review17).
_ROADS_BEFORE_NUMBERS = frozenset({"ĐT.", "ĐH."})


def _key_pattern(key: str) -> str:
    """A one-letter key with its full stop ("H.", "Q.") is a place word only before
    a name or a number ("H. Gia Lâm", "Q.1"), never a person's initial ("Nguyễn Văn H.");
    a title with its full stop ("CN.") is one only before a word (a name, another title)."""
    escaped = re.escape(key)
    if key in _ROADS_BEFORE_NUMBERS:
        # the number may be read already ("ĐT.bảy bốn một"): a digit or a lower-case word
        return escaped + r"(?=\s?[\da-zà-ỹđ])"
    if len(key) == 2 and key.endswith("."):
        return escaped + r"(?=\s*[A-ZĐ0-9])"
    if key == "CN.":
        # "CN" is also chủ nhật, which ends sentences: "Nghỉ CN. Họp thứ Hai" is no
        # "Cử nhân Họp". The title only before a name (a family name, a given name) or a
        # title in capitals ("CN. Trần Văn Bình", "CN. KTV …").
        return escaped + rf"(?=\s*(?:(?:{FAMILY_NAMES})\s+[{UPPER}]|[A-ZĐ]{{2,}}))"
    if key in _NAME_TITLES:
        return escaped + r"(?=\s*[^\W\d_])"
    if key in _TITLE_NOT_BEFORE_NAMES:
        return escaped + _NOT_BEFORE_A_NAME
    return escaped


# "PGS", "GS" without their full stop are titles before a person ("PGS Trần Văn An",
# "PGS Cường") and nouns elsewhere ("có 12 GS, 30 PGS"), never before two capitalised
# words that do not begin with a family name: "Ban Điều phối PGS Tuyên Quang" is the
# Participatory Guarantee System of organic farming in a province, not "Phó Giáo sư
# Tuyên Quang" (round 13, part AP; was said so with no warning). There the letters are
# left unread and listed as an unknown abbreviation: the text does not say which it is.
_TITLE_NOT_BEFORE_NAMES = frozenset({"PGS", "GS"})
_NOT_BEFORE_A_NAME = (
    rf"(?!\s+(?!(?:{FAMILY_NAMES})(?!\w))[{UPPER}][^\W\d_{UPPER}]*\s+[{UPPER}][^\W\d_{UPPER}])"
)


# The words a body's name begins with; a capitalised expansion that begins with none
# of them names a field ("Tài nguyên và Môi trường"), not a body.
_BODY_HEADS = (
    "Bộ", "Sở", "Ủy ban", "Uỷ ban", "Ban", "Hội", "Tổng", "Cục", "Chi cục", "Trung tâm",
    "Viện", "Tòa", "Công an", "Bảo hiểm", "Kho bạc", "Ngân hàng", "Thanh tra", "Đảng",
    "Đoàn", "Mặt trận", "Liên đoàn", "Liên hiệp", "Quốc hội", "Chính phủ", "Thủ tướng",
    "Chủ tịch", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Thị ủy", "Công ty", "Tập đoàn",
    "Điện lực", "Trường", "Bệnh viện", "Học viện", "Đài", "Báo", "Hiệp hội", "Quân khu",
    "Hội đồng", "Văn phòng", "Phòng", "Chi bộ", "Kiểm toán", "Thông tấn", "Đại học",
)  # fmt: skip


@dataclass(frozen=True)
class SymbolReading:
    """How a document symbol is said, and its parts that no table knows."""

    text: str
    unknown: tuple[str, ...] = ()


_SYMBOL_SPLIT = re.compile(r"([-/])")
_TERM = re.compile(r"(?P<body>[A-ZĐ]+)(?P<n>\d{1,2})")
_TERM_BODIES = {"QH": "Quốc hội", "UBTVQH": "Ủy ban Thường vụ Quốc hội"}


@functools.lru_cache(maxsize=32)
def _lexicon_pattern(keys: frozenset[str]) -> re.Pattern[str]:
    """The pattern finding any of ``keys`` (one per set of keys: a build makes a
    lexicon for each bulletin, hundreds)."""
    alternation = "|".join(_key_pattern(k) for k in sorted(keys, key=lambda k: (-len(k), k)))
    # Whole tokens only: a key is not matched inside a longer run of letters,
    # "&", "/" or "-" ("TT" is not found inside "TT&TT"). Keys ending in a
    # dot ("KT.") carry their own right edge. After a slash that follows a
    # lower-case word ("tỉnh/TP") the key is the second of two words, not part
    # of a code ("KH/UBND", "PCVP/ĐT"), and is said; so is a key before a slash
    # and a capitalised word ("TPHCM/Hà Nội": two places, not a code).
    return re.compile(
        rf"(?:(?<![\w.&/-])|(?<=[a-zđà-ỹ]/))(?:{alternation})"
        rf"(?:(?<=\.)|(?![\w&]|-\w|/[A-ZĐ](?:[A-ZĐ0-9]|(?!\w))))"
    )


@functools.lru_cache(maxsize=32)
def _folded_keys(extra: frozenset[tuple[str, str]]) -> Mapping[str, str]:
    """Case-folded keys that every spelling reads the same way ("COVID-19",
    "Covid-19", "covid-19"), with the key to use; a fold with two readings ("TS",
    "Ts") has none. Once per set of campaign entries, as the pattern above: a
    build makes a lexicon for each bulletin, and the dictionary has hundreds of keys."""
    readings: dict[str, set[str]] = {}
    keys: dict[str, str] = {}
    for key, reading in {**ABBREVIATIONS, **dict(extra)}.items():
        readings.setdefault(key.casefold(), set()).add(reading)
        keys.setdefault(key.casefold(), key)
    return {f: keys[f] for f, r in readings.items() if len(r) == 1}


# The level words of Vietnamese places, lower case ("huyện Văn Quan").
PLACE_LEVELS = ("thành phố", "thị trấn", "thị xã", "phường", "huyện", "quận", "tỉnh", "xã")
_LEVEL_ALT = "|".join(PLACE_LEVELS)
# A reading that names a place: a level word, then a capitalised name.
_NAMES_PLACE = re.compile(rf"(?<!\w)(?:{_LEVEL_ALT})\s+[A-ZĐÀ-ỸƯƠ]", re.IGNORECASE)
# What may follow an abbreviation to name the place it is of: "UBND tỉnh Nghệ An",
# "TTYT Đồng Hỷ", "TTYT huyện Đồng Hỷ".
_PLACE_AFTER = re.compile(rf"\s+(?:(?i:{_LEVEL_ALT})\s+)?(?P<name>[^\W\d_]+)")


def names_place(reading: str) -> bool:
    m = _NAMES_PLACE.search(reading)
    return m is not None and m[0][-1].isupper()


@dataclass
class Lexicon:
    """The built-in abbreviations with a campaign's own entries on top.

    A campaign's entry whose reading adds its own place ("UBND tỉnh" is "Ủy ban
    nhân dân tỉnh Lạng Sơn") is scoped: where the text names a place right after
    the abbreviation ("UBND tỉnh Nghệ An", news quoting another province), the
    campaign's place is not said; the built-in reading is (:meth:`reading_at`).
    """

    extra: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.entries: dict[str, str] = {**ABBREVIATIONS, **self.extra}
        self.pattern = _lexicon_pattern(frozenset(self.entries))
        # Keys written in two words ("CS PCCC&CNCH") are found before "&" or any
        # other rule splits their parts.
        phrases = frozenset(k for k in self.entries if " " in k)
        self.phrases = _lexicon_pattern(phrases) if phrases else None
        self.scoped = frozenset(k for k, v in self.extra.items() if names_place(v))
        self.folded = _folded_keys(frozenset(self.extra.items()))

    def get(self, key: str) -> str | None:
        return self.entries.get(key)

    def key_in_any_case(self, token: str) -> str | None:
        """The key ``token`` spells in another case ("CoVid-19" is "Covid-19"),
        when every key of that spelling reads the same; else None."""
        if token in self.entries:
            return token
        return self.folded.get(token.casefold())

    def reading_at(self, key: str, after: str) -> str | None:
        """The reading of ``key`` followed in the text by ``after``.

        A scoped entry followed by a place name ("Nghệ An", "huyện Đồng Hỷ") is
        read without the campaign's place: the built-in reading of the key, or of
        its first token with the rest as written ("UBND tỉnh" → "Ủy ban nhân dân
        tỉnh"), else the key as written (then listed as unknown)."""
        if key not in self.scoped:
            return self.entries.get(key)
        m = _PLACE_AFTER.match(after)
        names_place = (
            m is not None and m["name"][0].isupper() and m["name"].casefold() not in PLACE_LEVELS
        )
        if not names_place:
            return self.entries.get(key)
        if key in ABBREVIATIONS:
            return ABBREVIATIONS[key]
        head, _, rest = key.partition(" ")
        if head in ABBREVIATIONS:
            return f"{ABBREVIATIONS[head]} {rest}".strip()
        return key

    def read_symbol(
        self,
        symbol: str,
        context: str = "",
        *,
        with_issuer: bool = True,
        type_named: bool = False,
        sentence: str | None = None,
        in_document: bool = False,
    ) -> SymbolReading:
        """Read a document symbol such as ``KH-UBND`` or ``TTLT-BYT-BTC``.

        The leading document type is dropped when ``context`` (the words just
        before the number) already names it, so "Kế hoạch số 22/KH-UBND" does
        not say "kế hoạch" twice. ``with_issuer=False`` leaves the issuing bodies
        out, for a sentence that names them in full right after.
        """
        parts = [p for p in _SYMBOL_SPLIT.split(symbol) if p and p not in "-/"]
        doc_type = DOCUMENT_TYPES.get(parts[0]) if parts else None
        words: list[str] = []
        if doc_type is not None:
            code, parts = parts[0], parts[1:]
            before = context[-40:]
            # Named just before, in full or by its own code ("QĐ số 2123/QĐ-TTg").
            named = (
                type_named
                or doc_type.casefold() in before.casefold()
                or re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", before)
                # "Thông tư số 23/2015/TTLT-…": the page named the kind by its first
                # words; "thông tư liên tịch" after it said it twice (round 10).
                or (
                    doc_type.count(" ") >= 2
                    and re.search(
                        rf"(?i:{' '.join(doc_type.split()[:2])})\s+(?:số\s*:?\s*)?$", before
                    )
                    is not None
                )
                # "tại văn bản số 81-CV/TW": "văn bản" has said what "công văn" (an
                # official letter) says; heard twice otherwise. A "nghị quyết" adds to it.
                or (
                    doc_type.casefold() == "công văn"
                    and re.search(r"(?<!\w)(?i:văn bản)\s*(?:số\s*:?\s*)?$", before)
                )
            )
            if not named:
                words.append(doc_type)
        unknown: list[str] = []
        bodies: list[str] = []
        # "01/KHLT-HND-CCB": a joint document's codes are all its issuers; none is the
        # first one's drafting office (review9: "CCB" was dropped, silently).
        joint = doc_type is not None and code in JOINT_TYPES
        for part in parts if with_issuer else []:
            if doc_type is not None and part in TYPE_QUALIFIERS:
                continue
            if part in PARTY_COMMITTEE_ISSUERS and part not in self.extra:
                said_in = context if sentence is None else sentence
                committee = party_committee_named(part, said_in) or party_committee_inferred(
                    part, said_in
                )
                if committee is None:
                    continue  # Tỉnh ủy, Thành ủy or Thị ủy: not said; listed by the doubts
                bodies.append(committee)
                continue
            if (
                part == "LĐTBXH"
                and in_document
                and not bodies
                and not unknown
                and part not in self.extra
            ):
                # "Thông báo số 13/TB-LĐTBXH ... của Bộ Lao động - Thương binh và Xã hội"
                # (index id 34756027705): the ministry signs its letters with the field's
                # letters; after another issuer ("641/UBND-LĐTBXH") they are the
                # drafting office, as before.
                bodies.append("Bộ Lao động - Thương binh và Xã hội")
                continue
            # "Nghị quyết 05-NQ/CB" reaches here as "CB" alone, its type dropped after
            # the kind's name (reading._drop_bracketed_acronyms): the same cell (review9:
            # "của cán bộ", and the proof list no longer asked).
            if part == "CB" and (doc_type is not None or symbol == "CB") and part not in self.extra:
                # "05-NQ/CB": a Party cell's resolution; cadres ("cán bộ") issue nothing
                # ("Số …-NQ/CB" under "ĐẢNG ỦY PHƯỜNG … CHI BỘ …", index id 71571669702).
                bodies.append("Chi bộ")
                continue
            if part == "BTC" and part not in self.extra:
                btc = btc_issuer(code if doc_type is not None else None, sentence or context)
                if btc is None:
                    continue  # Bộ Tài chính or Ban Tổ chức: not said; listed (reading.py)
                bodies.append(btc)
                continue
            expansion = self.extra.get(part) or SYMBOL_ISSUERS.get(part) or self.entries.get(part)
            term = _TERM.fullmatch(part)
            if expansion is None and term is not None and term["body"] in _TERM_BODIES:
                # "QH10", "UBTVQH15": the body and its term, "Quốc hội khóa mười".
                expansion = f"{_TERM_BODIES[term['body']]} khóa {read_int(int(term['n']))}"
            if (
                expansion is not None
                and not joint
                and bodies
                and bodies[0][:1].isupper()
                and not unknown
                and part not in self.extra
                and part not in SYMBOL_ISSUERS
                and (
                    expansion.startswith(("Văn phòng", "Phòng"))
                    or expansion[:1].islower()
                    # "641/UBND-LĐTBXH", "3653/UBND-TNMT": a field's name, no body's
                    # ("Lao động - Thương binh và Xã hội"): the issuer's office for it
                    # (was "của Ủy ban nhân dân, Lao động - …", silently).
                    or (in_document and not expansion.startswith(_BODY_HEADS))
                )
            ):
                # "125/UBND-VP", "15/SYT-TCHC": after the issuer its own office or
                # department, which drafted the text; not a second issuer (a joint
                # document names bodies: "TTLT-BYT-BTC", "Bộ Tài chính").
                continue
            if expansion is None and bodies and not unknown and not joint:
                # "8070/VPCP-KGVX", "583/UBDT-CSDT": after a known issuer, a code
                # no table knows is the issuer's own department, which drafted the
                # text; the listener needs the issuer only.
                continue
            if expansion is None:
                unknown.append(part)
                bodies.append(part)
            else:
                bodies.append(expansion)
        if bodies and with_issuer:
            words.append("của " + ", ".join(bodies))
        return SymbolReading(" ".join(words), tuple(unknown))


# "bà Lê Thị Thanh – UVBTVQU/Bí thư Đảng ủy phường", "ông Tân – Phó Bí thư Thường
# trực/Trưởng khối vận": after a person named and a dash, "/" before a post is one
# person's posts held together, said with a pause, not "hoặc" ("CT/PCT UBND xã",
# with no person named, is one post or the other). The clause runs back to the
# last ";" or "," or the start of the line: "ông Nam – Chủ tịch UBND xã cho biết, các
# hộ nghèo/Trưởng thôn …" is no person's posts, and stays "hoặc" with its warning.
_PERSON_DASH = re.compile(
    rf"(?<!\w)(?i:ông|bà|đồng chí|đ/c|anh|chị)\s+[{UPPER}][^\s;]*(?:\s+[{UPPER}][^\s;]*){{0,5}}"
    r"\s*[-\u2013\u2014]\s"
)
_POST_AFTER_SLASH = re.compile(
    r"(?<=[^\W\d_])\s*/\s*(?=(?:Phó\s+)?(?:Bí thư|Chủ tịch|Trưởng|Giám đốc|Ủy viên|Uỷ viên|Chánh"
    r"|Tổng Biên tập|Hiệu trưởng|Tổ trưởng|Đại biểu|Thường trực|Phó)(?!\w))"
)


def held_post_slashes(text: str) -> list[tuple[int, int]]:
    """Spans of the "/" in ``text`` that join posts one named person holds."""
    spans: list[tuple[int, int]] = []
    for m in _POST_AFTER_SLASH.finditer(text):
        # At most 200 characters back: a person's posts follow the name closely (and a
        # long line of slashes is not scanned again from each one).
        clause_start = max(
            text.rfind(";", 0, m.start()) + 1, text.rfind(",", 0, m.start()) + 1, m.start() - 200
        )
        if _PERSON_DASH.search(text, clause_start, m.start()) is not None:
            spans.append((m.start(), m.end()))
    return spans


# "của Trung tâm Dự báo ...", "do Sở Y tế ban hành": a body named in full in the sentence.
_BODY_NAMED = re.compile(
    r"(?<!\w)(?:của|do)\s+(?:Trung tâm|Sở|Bộ|Ủy ban|Uỷ ban|Cục|Tổng cục|Chi cục|Viện|Ban|Phòng"
    r"|Bệnh viện|Đài|Văn phòng|Hội đồng)\s+[^\W\d_]"
)


# "Hiệu trưởng Nhà trường đã có Thông báo số 11/TB-ĐHV": the head of a body, or the body
# itself, is the sentence's subject and has issued the document named right after the
# verb; the letters after its type are that body's (round 13, part AP: "của ĐHV" said).
_ISSUED_BY_SUBJECT = re.compile(
    r"(?<!\w)(?:Hiệu trưởng|Giám đốc|Chủ tịch|Viện trưởng|Cục trưởng|Thủ trưởng|Trưởng ban"
    r"|Nhà trường|Ban Giám hiệu|Ban Giám đốc)(?:\s+[^\W\d_]+){0,6}?"
    r"\s+(?:đã\s+)?(?:có|ban hành|ký|gửi)\s+(?:[^\W\d_]+\s+){1,3}(?:số\s*:?\s*)?$"
)


def unknown_issuer_named(symbol: str, known: Any, after: str, before: str = "") -> bool:
    """Whether no code of ``symbol`` after its type is known (``known(code)`` is None, and
    no table of issuers has it) while the words ``after`` it name the body the document is
    of ("... của Trung tâm Dự báo ..."), or the words ``before`` it make that body, or its
    head, the one that issued it (_ISSUED_BY_SUBJECT): the codes are then that body's
    letters, which a listener does not need."""
    parts = [p for p in re.split(r"[-/]", symbol) if p]
    if parts and parts[0] in DOCUMENT_TYPES:
        parts = parts[1:]
    if not parts or any(
        p in SYMBOL_ISSUERS
        or p in PARTY_COMMITTEE_ISSUERS
        or p in TYPE_QUALIFIERS
        or known(p) is not None
        for p in parts
    ):
        return False
    if _BODY_NAMED.search(after) is not None:
        return True
    clause = re.split(r"[.;:!?]\s", before)[-1]
    return _ISSUED_BY_SUBJECT.search(clause[-160:]) is not None
