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

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "ABBREVIATIONS",
    "DOCUMENT_TYPES",
    "SYMBOL_ISSUERS",
    "Lexicon",
    "SymbolReading",
    "looks_like_word",
]

ABBREVIATIONS: Mapping[str, str] = {
    # Government, Party and mass organisations
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "MTTQ": "Mặt trận Tổ quốc",
    "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
    "UB": "Ủy ban",
    "UBKT": "Ủy ban Kiểm tra",
    "TW": "Trung ương",
    "TƯ": "Trung ương",
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "QH": "Quốc hội",
    "ĐBQH": "đại biểu Quốc hội",
    "ĐU": "Đảng ủy",
    "HU": "Huyện ủy",
    "TU": "Tỉnh ủy",
    "BCH": "Ban Chấp hành",
    "BTV": "Ban Thường vụ",
    "BTC": "Ban Tổ chức",
    "BCĐ": "Ban Chỉ đạo",
    "BTG": "Ban Tuyên giáo",
    "ĐTN": "Đoàn Thanh niên",
    "ĐTNCS": "Đoàn Thanh niên Cộng sản",
    "ĐTNCS HCM": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "TNCS": "Thanh niên Cộng sản",
    "TNCS HCM": "Thanh niên Cộng sản Hồ Chí Minh",
    "HCM": "Hồ Chí Minh",
    "LHPN": "Liên hiệp Phụ nữ",
    "HLHPN": "Hội Liên hiệp Phụ nữ",
    "HPN": "Hội Phụ nữ",
    "CCB": "Cựu chiến binh",
    "HCCB": "Hội Cựu chiến binh",
    "ND": "Nông dân",
    "HND": "Hội Nông dân",
    "CT-XH": "chính trị - xã hội",
    "KT-XH": "kinh tế - xã hội",
    "VN": "Việt Nam",
    "CHXHCN": "Cộng hòa xã hội chủ nghĩa",
    # Places
    "TP": "thành phố",
    "TP.": "thành phố",
    "TP.HCM": "Thành phố Hồ Chí Minh",
    "TPHCM": "Thành phố Hồ Chí Minh",
    "TX": "thị xã",
    "TT": "thị trấn",
    "KP": "khu phố",
    # Offices and signatures
    "CT": "Chủ tịch",
    "PCT": "Phó Chủ tịch",
    "CVP": "Chánh Văn phòng",
    "PCVP": "Phó Chánh Văn phòng",
    "PC": "Phó Chánh",
    "VP": "Văn phòng",
    "VT": "văn thư",
    "KT.": "ký thay",
    "TM.": "thay mặt",
    "TM": "thay mặt",
    "T/M": "thay mặt",
    "TL.": "thừa lệnh",
    "TUQ.": "thừa ủy quyền",
    "B/c": "báo cáo",
    "V/v": "về việc",
    "K/g": "kính gửi",
    "ĐT": "điện thoại",
    "SĐT": "số điện thoại",
    "CN": "chủ nhật",
    # Documents met outside a symbol
    "KH": "kế hoạch",
    "QĐ": "quyết định",
    "NĐ": "nghị định",
    "NQ": "nghị quyết",
    "NĐ-CP": "nghị định của Chính phủ",
    "TT-BYT": "thông tư của Bộ Y tế",
    "CT/TW": "chỉ thị của Trung ương",
    "NQ/TW": "nghị quyết của Trung ương",
    "KH-UBND": "kế hoạch của Ủy ban nhân dân",
    "KH/TU": "kế hoạch của Tỉnh ủy",
    "QĐ-UBND": "quyết định của Ủy ban nhân dân",
    "QĐ-TTg": "quyết định của Thủ tướng Chính phủ",
    # Health sector
    "BYT": "Bộ Y tế",
    "SYT": "Sở Y tế",
    "TTYT": "Trung tâm Y tế",
    "TYT": "Trạm Y tế",
    "BV": "Bệnh viện",
    "BVĐK": "Bệnh viện đa khoa",
    "PKĐK": "Phòng khám đa khoa",
    "CDC": "Trung tâm Kiểm soát bệnh tật",
    "BHYT": "bảo hiểm y tế",
    "BHXH": "bảo hiểm xã hội",
    "ATTP": "an toàn thực phẩm",
    "VSATTP": "vệ sinh an toàn thực phẩm",
    "KCB": "khám, chữa bệnh",
    "CSSK": "chăm sóc sức khỏe",
    "CSSKBĐ": "chăm sóc sức khỏe ban đầu",
    "YTCS": "y tế cơ sở",
    "NVYT": "nhân viên y tế",
    "TCMR": "tiêm chủng mở rộng",
    "SXH": "sốt xuất huyết",
    "TCM": "tay chân miệng",
    "DS-KHHGĐ": "dân số - kế hoạch hóa gia đình",
    "KHHGĐ": "kế hoạch hóa gia đình",
    "ĐD": "điều dưỡng",
    "KTV": "kỹ thuật viên",
    "CTV": "cộng tác viên",
    "BS": "bác sĩ",
    "BS.": "bác sĩ",
    "BSCKI": "bác sĩ chuyên khoa một",
    "BSCKII": "bác sĩ chuyên khoa hai",
    "CKI": "chuyên khoa một",
    "CKII": "chuyên khoa hai",
    "TS.": "tiến sĩ",
    "ThS.": "thạc sĩ",
    "GS.": "giáo sư",
    "PGS.": "phó giáo sư",
    "PGS.TS": "phó giáo sư, tiến sĩ",
    "WHO": "Tổ chức Y tế Thế giới",
    "UNICEF": "U-ni-xép",
    # HIV is said the English way on Vietnamese radio; AIDS is "ết".
    "HIV/AIDS": "ếch-ai-vi, ết",
    "HIV": "ếch-ai-vi",
    "AIDS": "ết",
    "COVID-19": "Cô-vít mười chín",
    "COVID": "Cô-vít",
    "Covid-19": "Cô-vít mười chín",
    "Covid": "Cô-vít",
    "SARS-CoV-2": "Sát Cô-vi hai",
    "SARS": "Sát",
    # Education, culture, economy
    "THCS": "trung học cơ sở",
    "THPT": "trung học phổ thông",
    "TH": "tiểu học",
    "MN": "mầm non",
    "HS": "học sinh",
    "HSSV": "học sinh, sinh viên",
    "GV": "giáo viên",
    "CBCCVC": "cán bộ, công chức, viên chức",
    "GD&ĐT": "giáo dục và đào tạo",
    "GDĐT": "giáo dục và đào tạo",
    "VH-TT": "văn hóa - thông tin",
    "VHTT&DL": "văn hóa, thể thao và du lịch",
    "LĐTB&XH": "lao động - thương binh và xã hội",
    "HTX": "hợp tác xã",
    "TNHH": "trách nhiệm hữu hạn",
    "VNĐ": "đồng",
    "VND": "đồng",
    "USD": "đô la Mỹ",
}

# Issuers met in document symbols, where the letters name a ministry or a
# Party body; elsewhere the same letters may mean something else (BTC is
# usually an event's "Ban Tổ chức").
SYMBOL_ISSUERS: Mapping[str, str] = {
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
    "BTGTU": "Ban Tuyên giáo Tỉnh ủy",
    "BTGHU": "Ban Tuyên giáo Huyện ủy",
    "VPTU": "Văn phòng Tỉnh ủy",
    "VPHU": "Văn phòng Huyện ủy",
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
}

# A Vietnamese syllable, once diacritics are folded: optional onset, one to
# three vowels, optional coda. Abbreviations such as UBND or HIV fail it,
# capitalised words such as MỤC or HOẠCH pass.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?"
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


@dataclass(frozen=True)
class SymbolReading:
    """How a document symbol is said, and its parts that no table knows."""

    text: str
    unknown: tuple[str, ...] = ()


_SYMBOL_SPLIT = re.compile(r"([-/])")


@dataclass
class Lexicon:
    """The built-in abbreviations with a campaign's own entries on top."""

    extra: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.entries: dict[str, str] = {**ABBREVIATIONS, **self.extra}
        keys = sorted(self.entries, key=len, reverse=True)
        alternation = "|".join(re.escape(k) for k in keys)
        # Keys ending in a dot ("KT.") carry their own right edge.
        self.pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?:(?<=\.)|(?![\w]))")

    def get(self, key: str) -> str | None:
        return self.entries.get(key)

    def read_symbol(
        self, symbol: str, context: str = "", *, with_issuer: bool = True
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
            parts = parts[1:]
            if doc_type.casefold() not in context[-40:].casefold():
                words.append(doc_type)
        unknown: list[str] = []
        bodies: list[str] = []
        for part in parts if with_issuer else []:
            expansion = self.extra.get(part) or SYMBOL_ISSUERS.get(part) or self.entries.get(part)
            if expansion is None:
                unknown.append(part)
                bodies.append(part)
            else:
                bodies.append(expansion)
        if bodies and with_issuer:
            words.append("của " + ", ".join(bodies))
        return SymbolReading(" ".join(words), tuple(unknown))
