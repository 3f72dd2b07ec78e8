"""A station editor's rules for spoken text: short sentences, no repeated asides.

These rules work on what is said (or, for the date span and the theme, on
what is written just before it is read) and never add a fact: they cut a
sentence where the writer already paused, drop what the listener has just
heard, and say an anniversary's date span once, briefly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from ..content.text import lower_first
from .abbreviations import UPPER
from .timing import count_syllables

__all__ = [
    "MAX_SENTENCE_SYLLABLES",
    "MIN_PIECE_SYLLABLES",
    "brief_span",
    "drop_definitions",
    "drop_repeated_explanations",
    "drop_repeated_theme",
    "drop_spans",
    "explained_long_sentences",
    "internal_orders",
    "load_plan_verbs",
    "load_word_groups",
    "long_sentences",
    "purpose_items",
    "sentences_of",
    "short_names",
    "split_long_sentences",
    "unsplit_reason",
]

# A listener holds about a breath of speech: radio style guides ask for
# sentences of twenty to thirty words; forty syllables is the most an
# announcer reads in one go without the meaning getting lost.
MAX_SENTENCE_SYLLABLES = 40
# A piece shorter than this is a fragment, not a sentence: never cut one off.
MIN_PIECE_SYLLABLES = 8

_DATE = r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})"
# "(27/02/1955 - 27/02/2025)": the span an anniversary's name carries in a title.
SPAN = re.compile(rf"\s*\(\s*{_DATE}\s*[-–—]\s*{_DATE}\s*\)")

# Words that open a clause of their own after a comma: a cut there leaves two
# sentences that each stand up ("…, trong đó, tập trung …" → "Trong đó, …").
_CONNECTIVES = (
    "trong đó",
    "đồng thời",
    "qua đó",
    "từ đó",
    "nhằm",
    "góp phần",
    "tạo",
    "để",
)
# A cut right after a connective ("…, trong đó, tập trung …") would strand it.
_ENDS_WITH_CONNECTIVE = re.compile(r"\b(?:" + "|".join(_CONNECTIVES) + r")\s*$", re.IGNORECASE)
# A comma before a linking word whose piece has no clause of its own ("…, gắn với
# hội nghị tổng kết …"): cut there, the piece would be a fragment, and making it a
# sentence would take words the writer did not write. Better left whole, warned.
_LINKING = re.compile(
    r"(?:gắn với|gắn liền với|cùng với|kèm theo|kèm với|trong đó|nhằm|để|theo|với|"
    r"thông qua|bao gồm|gồm)\b",
    re.IGNORECASE,
)
# Units named as one pair ("các xã, thị trấn", "xã, phường"): never two sentences.
_UNIT_LEVELS = r"(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố)"
_UNIT_BEFORE = re.compile(r"\b" + _UNIT_LEVELS + r"\s*$", re.IGNORECASE)
_UNIT_AFTER = re.compile(_UNIT_LEVELS + r"\b", re.IGNORECASE)
# People named as one group ("cán bộ, nhân viên y tế", "cán bộ, công chức"): the
# comma joins two nouns, and the piece after it has no verb of its own.
_PEOPLE = (
    r"cán bộ|công chức|viên chức|nhân viên|người lao động|đảng viên|đoàn viên|hội viên|"
    r"chiến sĩ|y bác sĩ|bác sĩ|điều dưỡng|giáo viên|học sinh|sinh viên|nhân dân"
)
_PEOPLE_BEFORE = re.compile(rf"\b(?:{_PEOPLE})\s*$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(rf"(?:{_PEOPLE})\b", re.IGNORECASE)
_WORD_GROUPS = Path(__file__).resolve().parent.parent / "data" / "word_groups.yml"


def load_word_groups(path: Path = _WORD_GROUPS) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per group of words listed together ("cơ quan, tổ chức", "phòng, chống"): a
    pattern for a member ending the text before a comma, one for a member opening
    the text after it."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for words in (data.get("groups") or {}).values():
        members = sorted({" ".join(str(w).split()) for w in words}, key=len, reverse=True)
        alternatives = "|".join(re.escape(m) for m in members)
        out.append(
            (
                re.compile(rf"\b(?:{alternatives})\s*$", re.IGNORECASE),
                re.compile(rf"(?:{alternatives})\b", re.IGNORECASE),
            )
        )
    return out


_GROUPS = load_word_groups()


def _between_names(head: str, rest: str) -> bool:
    """ "Bộ Văn hóa, Thể thao và Du lịch", "Hội đồng nhân dân, Ủy ban bầu cử": a comma
    between two capitalised words is inside a name or a list of names (a title in
    capitals throughout says nothing either way)."""
    before, after = head.split()[1:][-6:], rest.split()[:1]
    if not after or not after[0][:1].isupper() or after[0].isupper():
        return False
    return any(word[:1].isupper() for word in before)


# A list introduced by a colon, its items between semicolons ("Thành phần tham dự:
# a; b; c"): an announcer reads the introduction with the first item, then one
# item per breath. An item shorter than this is a name in a list of names
# ("Phòng Y tế; Phòng Kinh tế"): such a list is kept whole.
MIN_LIST_ITEM_SYLLABLES = 4
# Last resort, without a comma: before a purpose or a result ("… góp phần …").
# Not after "căn cứ" ("giúp các Sở, ban, ngành … căn cứ để triển khai …", corpus 45):
# "căn cứ để" is one verb, "base on to"; cut there, "… trên địa bàn tỉnh căn cứ. Việc
# này nhằm triển khai …" says neither.
_BARE_CUT = re.compile(r"(?<!căn cứ)\s+(?=(?:nhằm|góp phần|để)\s)")
# The very last resort: a comma between two long stretches ("…, gắn với …"). Not
# inside a list ("cán bộ, công chức, viên chức": a short item on either side),
# and not after an opening phrase ("Thực hiện Kế hoạch …, Trung tâm … ban hành"):
# cut off from its main clause, the opening is no sentence.
_COMMA_CUT = re.compile(r",\s+")
# "… Ngày Thầy thuốc Việt Nam, ngày hai mươi bảy tháng hai …": the date after the
# comma restates what comes before it, and alone it would be no sentence.
# The same for what goes on describing it: "…, đặc biệt là …", "…, nhiệm kỳ …",
# "… đến năm 2030, tầm nhìn đến năm 2045" (found cut in the corpus plans), and the
# scope that closes a title ("…, trên địa bàn thành phố Hồ Chí Minh", corpus 04 and
# 18, after a closing quotation mark read as a pause): alone it has no verb.
# So is how it is done ("… thực hiện hiệu quả, đúng mục tiêu Chương trình …", corpus 45:
# "Đúng mục tiêu Chương trình …" alone has no verb).
# So is a document's number said in brackets after it ("… tầm nhìn đến năm 2045 (Số
# 1226/QĐ-BVHTTDL ngày 29/4/2025 và số 2657/…)", corpus 02; brackets are said as commas).
_APPOSITION = re.compile(
    r"(?:ngày|tháng|năm|tức|tức là|hay|đặc biệt là|nhất là|kể cả|sau đây gọi là|"
    r"viết tắt là|nhiệm kỳ|khóa|tầm nhìn|định hướng|trên địa bàn|trong phạm vi|đúng|"
    r"số(?=\s+(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b))\b",
    re.IGNORECASE,
)
_OPENING = re.compile(
    r"^\s*(?:thực hiện|hưởng ứng|theo|căn cứ|nhân dịp|nhân|với|trong|tại|trên|để|nhằm|"
    r"sau|trước|qua|từ|cùng với|bên cạnh|ngoài)\b",
    re.IGNORECASE,
)
# Two predicates of one subject joined by "và" ("Phong trào được triển khai … và sẽ
# được tổng kết …"): cut before "và" and say the subject again, as an editor
# would ("… Phong trào sẽ được tổng kết …"). Only where "và" is followed by a
# word that opens a predicate (a tense or voice word), never between two nouns.
_AND_PREDICATE = re.compile(
    r",?\s+và\s+(?=(?:sẽ|đã|đang|cũng|vẫn|được|tiếp tục|còn)\s)", re.IGNORECASE
)
# The subject is what comes before the sentence's first predicate word, if it is
# a short noun phrase (no comma, at most six syllables, no opening phrase).
_FIRST_PREDICATE = re.compile(r"\s(?:sẽ|đã|đang|cũng|vẫn|được|tiếp tục|là)\s", re.IGNORECASE)
SUBJECT_SYLLABLES = 6
_CLAUSE_CUT = re.compile(r",\s+(?=(?:" + "|".join(_CONNECTIVES) + r")\b)", re.IGNORECASE)
_SENTENCES = re.compile(r"[^.!?]+[.!?]*")


_PLAN_VERBS = Path(__file__).resolve().parent.parent / "data" / "plan_verbs.yml"


def load_plan_verbs(path: Path = _PLAN_VERBS) -> tuple[str, ...]:
    """Verbs that open a plan's purpose ("Xác định …", "Nâng cao …"), longest first."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    verbs = {" ".join(str(v).split()).casefold() for v in data.get("verbs") or ()}
    return tuple(sorted(verbs, key=len, reverse=True))


_VERBS = "|".join(re.escape(v) for v in load_plan_verbs())
# A new phrase of a purpose: a plan verb right after a comma or a semicolon.
_VERB_CUT = re.compile(rf"[,;]\s+(?=(?:{_VERBS})\b)", re.IGNORECASE)
# "bảo vệ, chăm sóc và nâng cao sức khỏe": verbs in a row share their object; the
# comma after a verb joins them, it does not open a new phrase.
_ENDS_WITH_VERB = re.compile(rf"\b(?:{_VERBS})\s*$", re.IGNORECASE)
# Once a phrase has said what it is for ("… nhằm duy trì, phát huy …, đảm bảo …"),
# a verb after a comma may belong to that aim: cutting there would make a sub-aim
# a purpose of its own. The same after "đồng thời", "trong đó" ("đồng thời biểu
# dương, tôn vinh …, nhân rộng …": the verbs after it are one series).
_AIM = re.compile(
    r"\b(?:nhằm|để|từ đó|qua đó|góp phần|đồng thời|trong đó|gắn với|gắn liền với|bao gồm)\b",
    re.IGNORECASE,
)
# A verb after a comma that ends a series of short words ("hoạt động xây dựng, quản
# lý, khai thác …", "khoa học, công nghệ, đổi mới sáng tạo") is one more item of
# the series: the stretch before the comma must be a phrase of its own, and the
# one after it a verb with its object.
MIN_PHRASE_BEFORE = MIN_PIECE_SYLLABLES
MIN_PHRASE_AFTER = 4
# "Phối hợp chặt chẽ với Bộ Công an, triển khai …" (corpus 14): the verb after the
# comma is what is done together, not a purpose of its own.
_TOGETHER = re.compile(r"(?:^|[,;]\s*)(?:phối hợp|kết hợp)\b[^,;]*\bvới\b[^,;]*$", re.IGNORECASE)


def purpose_items(
    text: str,
    length: Callable[[str], int] = count_syllables,
    limit: int = MAX_SENTENCE_SYLLABLES,
) -> list[str]:
    """A plan's purpose as the phrases it is made of, when it is too long to say
    in one breath ("đánh giá …, đề xuất …" → ["đánh giá …", "đề xuất …"]).

    Cut only before a plan verb (campaign/data/plan_verbs.yml) that opens a new
    phrase: not after another verb, not inside an aim, never leaving a fragment.
    ``length`` counts syllables as said (digits read out).
    """
    text = " ".join(text.split())
    if length(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    for match in _VERB_CUT.finditer(text):
        head, rest = text[start : match.start()], text[match.end() :]
        if min(length(head), length(rest)) < MIN_PIECE_SYLLABLES:
            continue
        if _ENDS_WITH_VERB.search(head) or _AIM.search(head) or _TOGETHER.search(head):
            continue
        before, after = re.split(r"[,;]", head)[-1], re.split(r"[,;]", rest)[0]
        if length(before) < MIN_PHRASE_BEFORE or length(after) < MIN_PHRASE_AFTER:
            continue
        pieces.append(head)
        start = match.end()
    pieces.append(text[start:])
    items = [piece.strip().rstrip(" .;,") for piece in pieces]
    return [_ensuring(_two_periods(item, length, limit), length, limit) for item in items]


# "…, bảo đảm kịp thời, đồng bộ, hiệu quả" ends a purpose with how its work is to be
# done. Said after a breath, it needs a subject: the work just named ("Việc này").
# The plan states what is to be done, so its "bảo đảm" is a requirement ("phải");
# after an aim ("nhằm duy trì …, đảm bảo …") it is part of the aim ("nhằm").
_ENSURE = re.compile(r"(?<![.!?]),?\s+(?=(?:bảo đảm|đảm bảo)\s+\S+\s+\S)")
# "… và bảo đảm an sinh xã hội", "… về bảo đảm quốc phòng": a noun there, not a verb.
_BEFORE_NOUN = re.compile(
    r"\b(?:và|hoặc|về|của|cho|với|việc|sự|công tác|phải|cần|để|nhằm|luôn|trong|là)\s*$",
    re.IGNORECASE,
)
_ENSURE_AIM = re.compile(r"\b(?:(nhằm|để)|(góp phần))\b", re.IGNORECASE)
ENSURE_SUBJECT = "Việc này"


def _ensuring(item: str, length: Callable[[str], int], limit: int) -> str:
    """A purpose too long for a breath with its "bảo đảm …" said as a sentence of its
    own ("…. Việc này phải bảo đảm …"); each sentence of ``item`` that has no clean
    cut there is left as it was."""
    sentences = [s.strip() for s in _SENTENCES.findall(item) if s.strip()]
    return " ".join(_ensuring_sentence(s, length, limit) for s in sentences)


def _ensuring_sentence(text: str, length: Callable[[str], int], limit: int) -> str:
    if length(text) <= limit:
        return text
    for match in reversed(list(_ENSURE.finditer(text))):
        head, rest = text[: match.start()], text[match.end() :]
        if length(head) < MIN_PIECE_SYLLABLES or _ENDS_WITH_VERB.search(head):
            continue
        if _BEFORE_NOUN.search(head):
            continue
        aims = list(_ENSURE_AIM.finditer(head))
        verb = "phải" if not aims else "góp phần" if aims[-1][2] else "nhằm"
        return f"{head.rstrip(' ,;')}. {ENSURE_SUBJECT} {verb} {rest}"
    return text


def brief_span(match: re.Match[str]) -> str:
    """The span said briefly: the day when both ends share it, else the years."""
    day1, month1, year1, day2, month2, year2 = (int(g) for g in match.groups())
    if (day1, month1) == (day2, month2):
        return f" (ngày {day2}/{month2})"
    return f" ({year1} - {year2})"


def _span_dates(match: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    day1, month1, year1, day2, month2, year2 = (int(g) for g in match.groups())
    try:
        return dt.date(year1, month1, day1), dt.date(year2, month2, day2)
    except ValueError:
        return None


def drop_spans(
    texts: Sequence[str],
    *,
    keep_first: bool,
    only: tuple[dt.date, dt.date] | None = None,
) -> list[str]:
    """Remove anniversary spans; with ``keep_first`` the first is said briefly.

    With ``only``, just that span (the campaign's anniversary) is removed: in a
    news text another date range is information, not a repeated aside.
    """
    kept = not keep_first
    out: list[str] = []
    for text in texts:

        def replace(match: re.Match[str]) -> str:
            nonlocal kept
            if only is not None and _span_dates(match) != only:
                return match[0]
            if kept:
                return ""
            kept = True
            return brief_span(match)

        out.append(SPAN.sub(replace, text))
    return out


# "(sau đây gọi tắt là Chương trình)", "(sau đây gọi là Quyết định số 1132)": how the
# document will call something for its readers. The listener hears the short name in
# context; said aloud, the definition is a breath of words with no fact in it.
# "(gọi tắt là …)" too (corpus 02); not "(còn gọi là …)", another name the place has.
_DEFINITION = re.compile(
    r"\s*\(\s*[*_]*\s*(?:(?:sau đây|dưới đây)\s+(?:được\s+)?(?:gọi|viết)(?:\s+(?:tắt|chung))?"
    r"|(?:gọi|viết)\s+(?:tắt|chung))(?:\s+là)?\s+[^()]{1,80}\)",
    re.IGNORECASE,
)


# "… Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ ban hành Kế hoạch hành động
# … (Nghị quyết 214/NQ-CP)" (corpus 27): the short name the text gives the document it
# has just cited in full, its kind and number again. Said, ", Nghị quyết hai trăm mười
# bốn." ends the sentence with a name the listener has just heard.
_SHORT_NAME = re.compile(
    r"\s*\(\s*(?P<kind>(?:Nghị quyết|Quyết định|Chỉ thị|Thông tư|Nghị định|Kết luận|Kế hoạch|"
    r"Công văn|Thông báo))\s+(?:số\s+)?(?P<n>\d+)(?:/[\w/-]+)?\s*\)"
)


def _short_name(match: re.Match[str]) -> str:
    cited = rf"{match['kind']}\s+(?:số\s+)?{match['n']}\b"
    return "" if re.search(cited, match.string[: match.start()]) else match[0]


def drop_definitions(texts: Sequence[str]) -> list[str]:
    """Texts without a document's bracketed definitions of its own short names."""
    return [_SHORT_NAME.sub(_short_name, _DEFINITION.sub("", text)) for text in texts]


def drop_repeated_theme(
    texts: Sequence[str], theme: str | None, *, said: bool = False
) -> list[str]:
    """After the theme has been said, "với chủ đề <theme>" is not said again; with
    ``said``, it was said before these texts (earlier in the same session)."""
    if not theme:
        return list(texts)
    words = [re.escape(w) for w in re.findall(r"\w+", theme)]
    body = r"[\W_]*".join(words)
    phrase = re.compile(
        r",?\s*(?:với|theo|có)?\s*chủ đề\s*(?:là)?\s*:?\s*[\"“”'‘’]?" + body + r"[\"“”'‘’]?",
        re.IGNORECASE,
    )
    plain = re.compile(body, re.IGNORECASE)
    out: list[str] = []
    for text in texts:
        if said:
            text = phrase.sub("", text)
        elif plain.search(text):
            said = True
        out.append(text)
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _close(text: str, end: str) -> str:
    text = text.strip().rstrip(",;:")
    return text if text[-1:] in ".!?" else text + end


def _opening_phrase(body: str) -> bool:
    """Whether ``body`` opens with a phrase that needs its main clause after a comma.

    A short lead-in ("Theo Kế hoạch, …") is looked past: no comma cut can leave it
    alone (see :func:`_between_long_stretches`), and the main clause follows it.
    """
    first, comma, rest = body.partition(",")
    if comma and count_syllables(first) < MIN_PIECE_SYLLABLES:
        body = rest
    return bool(_OPENING.match(body))


# Numbers said in words, and the words that join them in a span ("hai nghìn không
# trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm").
_NUMBER_WORDS = (
    "không một mốt hai ba bốn tư năm lăm sáu bảy tám chín mười mươi trăm nghìn ngàn "
    "triệu tỷ tỉ linh lẻ phẩy đến và"
).split()
_ONLY_NUMBERS = re.compile(rf"\s*(?:(?:{'|'.join(_NUMBER_WORDS)})\b\s*)+$", re.IGNORECASE)


def _joins_one_group(head: str, rest: str) -> bool:
    """Whether the comma between ``head`` and ``rest`` joins words named as one group:
    "xã, thị trấn", "cán bộ, công chức", "phòng, chống" (campaign/data/word_groups.yml)."""
    if _UNIT_BEFORE.search(head) and _UNIT_AFTER.match(rest):
        return True
    if _PEOPLE_BEFORE.search(head) and _PEOPLE_AFTER.match(rest):
        return True
    return any(before.search(head) and after.match(rest) for before, after in _GROUPS)


def _between_long_stretches(head: str, rest: str) -> bool:
    """A comma with a long stretch on either side, up to the next comma (not a
    list's), and no date or gloss after it restating what comes before.

    A stretch of numbers alone after the comma is an aside the reader made a
    pause of ("Kế hoạch 5 năm (2021 - 2025) theo …" is said "… năm năm, hai nghìn
    … đến …, theo …"): it qualifies what comes before and opens no sentence."""
    before, after = head.rsplit(",", 1)[-1], rest.split(",", 1)[0]
    if _APPOSITION.match(rest) or _LINKING.match(rest) or _ONLY_NUMBERS.match(after):
        return False
    if _joins_one_group(head, rest) or _between_names(head, rest):
        return False
    if _TIED_TO.search(head) or _SHORT_OBJECT.search(before) or _same_object(before, rest):
        return False
    # The noun named again two items on: "… sự kiện hộ tịch của công dân Việt Nam, người
    # nước ngoài cư trú trên địa bàn tỉnh, công dân Việt Nam cư trú ở nước ngoài được
    # đăng ký …" (Kế hoạch 155 of Bắc Ninh, tests/plans/odd): a third object of "của".
    # Cut before or after that middle item, either piece is no sentence.
    *_, earlier, item = ["", *head.rsplit(",", 2)]
    if len(item.split()) <= _LIST_ITEM_WORDS and _same_object(earlier, rest):
        return False
    ahead, _, further = rest.partition(",")
    if len(ahead.split()) <= _LIST_ITEM_WORDS and _same_object(before, further.strip()):
        return False
    if _RELATED_TO.search(head) and not _OPENS_WITH_VERB.match(rest):
        return False
    return min(count_syllables(before), count_syllables(after)) >= MIN_PIECE_SYLLABLES


# "… gắn với thực hiện công tác cải cách hành chính, xây dựng và hoàn thiện Nhà nước
# pháp quyền, phát triển nguồn nhân lực …" (corpus 09): after "gắn với" comes what the
# work is tied to, a list; every comma after it goes on with the list, to the semicolon
# (as in an aside, see _IN_ASIDE). Cut there, "Xây dựng và hoàn thiện Nhà nước pháp
# quyền …" or the list's third item is heard as a task of its own.
_TIED_TO = re.compile(r"\b(?:gắn với|gắn liền với|kết hợp với)\b[^;]*$", re.IGNORECASE)
# After "liên quan đến" comes what is related, a list of nouns too: "… pháp luật có liên
# quan đến phòng ngừa, ứng phó với bạo lực trên cơ sở giới, phân biệt đối xử về giới và
# …" (corpus 18) cut there left "Phân biệt đối xử về giới và ảnh hưởng của bạo lực …",
# a sentence with no verb. It ends where a plan's verb opens the next task ("… giảm chi
# phí liên quan đến việc chi trả tiền mặt, nâng cao khả năng …", corpus 17).
_RELATED_TO = re.compile(r"\bliên quan (?:đến|tới)\b[^;]*$", re.IGNORECASE)
# "… cán bộ chính quyền các cấp về quản lý, triển khai các hoạt động …" (corpus 04): one
# or two words after "về" then a comma are the first of words sharing what follows
# ("quản lý, triển khai các hoạt động"). Cut there, the object goes with the second only.
_SHORT_OBJECT = re.compile(r"\bvề(?:\s+[^\s,;]+){1,2}\s*$", re.IGNORECASE)
_PREPOSITION = r"(?:cho|của|về|với|đến|tới|trong|tại|giữa)"
# An item of a list between two commas is short: a longer stretch is a clause.
_LIST_ITEM_WORDS = 10


def _same_object(before: str, rest: str) -> bool:
    """ "… bồi dưỡng kiến thức cho cán bộ thủy lợi, cán bộ các hợp tác xã …": after the
    comma the noun that a preposition before it governs, named again: one more object of
    the preposition, no clause (cut there, "Cán bộ các hợp tác xã …" has no verb)."""
    noun = _NOUN_OPENS.match(rest)
    if noun is None or noun[1] != noun[1].lower():
        return False
    return re.search(rf"\b{_PREPOSITION}\s+{re.escape(noun[1])}\b", before) is not None


# What goes on qualifying the words before it ("…; đặc biệt tại các khu vực bị ngập
# sâu …", corpus 11): cut off, it is a piece with no verb, whatever the mark before it.
_ASIDE_OPENING = re.compile(r"(?:đặc biệt|nhất là|kể cả|tức là|tức)\b", re.IGNORECASE)
# Its list goes on after a comma ("…; đặc biệt tại các khu vực bị ngập sâu, vùng dân cư
# bị ảnh hưởng"): no cut inside it either.
_IN_ASIDE = re.compile(r"[,;]\s*(?:đặc biệt|nhất là|kể cả)\b[^;]*$", re.IGNORECASE)


def _cut(text: str, pattern: re.Pattern[str], limit: int) -> list[str]:
    """Cut ``text`` at ``pattern`` until each piece has at most ``limit`` syllables.

    Each cut is the one that leaves the two halves most even, so no piece is a
    stub; a cut that would leave a fragment or strand a connective is not made.
    """
    if count_syllables(text) <= limit:
        return [text]
    best: tuple[int, re.Match[str]] | None = None
    for match in pattern.finditer(text):
        head, rest = text[: match.start()], text[match.end() :]
        left, right = count_syllables(head), count_syllables(rest)
        if min(left, right) < MIN_PIECE_SYLLABLES or _ENDS_WITH_CONNECTIVE.search(head):
            continue
        if _ASIDE_OPENING.match(rest) or _IN_ASIDE.search(head):
            continue
        if pattern is _COMMA_CUT and not _between_long_stretches(head, rest):
            continue
        if best is None or max(left, right) < best[0]:
            best = (max(left, right), match)
    if best is None:
        return [text]
    match = best[1]
    return _cut(text[: match.start()], pattern, limit) + _cut(text[match.end() :], pattern, limit)


def _subject(body: str) -> str | None:
    """The sentence's subject when it plainly opens the sentence ("Phong trào …")."""
    match = _FIRST_PREDICATE.search(body)
    if match is None or _OPENING.match(body):
        return None
    subject = body[: match.start()].strip()
    if "," in subject or not 1 <= count_syllables(subject) <= SUBJECT_SYLLABLES:
        return None
    return subject


def _and_predicates(piece: str, subject: str, limit: int) -> list[str]:
    """``piece`` cut before "và" + predicate, the subject said again after the cut."""
    if count_syllables(piece) <= limit or not piece.startswith(subject):
        return [piece]
    best: tuple[int, re.Match[str]] | None = None
    for match in _AND_PREDICATE.finditer(piece):
        head, rest = piece[: match.start()], piece[match.end() :]
        left, right = count_syllables(head), count_syllables(rest)
        if min(left, right) < MIN_PIECE_SYLLABLES:
            continue
        if best is None or max(left, right) < best[0]:
            best = (max(left, right), match)
    if best is None:
        return [piece]
    match = best[1]
    rest = f"{subject} {piece[match.end() :]}"
    return [piece[: match.start()], *_and_predicates(rest, subject, limit)]


def _list_items(body: str) -> list[str] | None:
    """A colon-introduced list cut into its items, the first carrying the
    introduction; None when ``body`` is no such list or an item is too short.

    An item that opens a list of its own ("đơn vị: Phòng Y tế; Trung tâm Y tế")
    keeps the names after it that start with a capital: they are its items.
    """
    intro, colon, rest = body.partition(":")
    if not colon or not intro.strip() or ";" not in rest:
        return None
    groups: list[str] = []
    nested = False
    for item in re.split(r";\s+", rest.strip()):
        if groups and nested and item[:1].isupper():
            groups[-1] += "; " + item
            continue
        groups.append(item)
        nested = ":" in item
    if len(groups) < 2 or any(count_syllables(g) < MIN_LIST_ITEM_SYLLABLES for g in groups):
        return None
    return [f"{intro.strip()}: {groups[0].strip()}", *groups[1:]]


def _name_groups(body: str, end: str, limit: int) -> list[str] | None:
    """A long list of short names ("đơn vị: Phòng Y tế; Trung tâm Y tế; …") read in
    breaths: the introduction with the first names, then the next names, each
    group under ``limit``, the groups as even as they can be. None when ``body``
    is no such list (a name is not short) or when it fits in one breath."""
    intro, colon, rest = body.partition(":")
    names = [n.strip() for n in re.split(r";\s+", rest.strip())]
    if not colon or len(names) < 2 or ":" in rest:
        return None
    counts = [count_syllables(n) for n in names]
    if max(counts) >= MIN_LIST_ITEM_SYLLABLES * 3:
        return None
    head = count_syllables(intro)
    total = head + sum(counts)
    groups = -(-total // limit)  # the fewest breaths
    if groups < 2:
        return None
    target = total / groups
    out: list[list[str]] = [[]]
    said = head
    for name, count in zip(names, counts, strict=True):
        if out[-1] and said + count > target * len(out) and len(out) < groups:
            out.append([])
        out[-1].append(name)
        said += count
    first = f"{intro.strip()}: " + "; ".join(out[0])
    pieces = [first, *("; ".join(g) for g in out[1:])]
    return [_close(_capital(p), ".") for p in pieces[:-1]] + [_close(_capital(pieces[-1]), end)]


# A piece cut off before "nhằm", "để" or "góp phần" says what the one before it is
# for; alone it would be a sentence with no subject ("Nhằm tạo khí thế thi đua …").
_PURPOSE = re.compile(r"^(?:nhằm|để|(góp phần))\s+", re.IGNORECASE)
# The neutral subject an editor gives it when it cannot go back with the piece
# before: the words after it are the plan's own ("để" and "nhằm" both say the aim).
PURPOSE_SUBJECT = "Việc này"
# What is the basis or the ground for the aim after it: it goes with that aim.
_BASIS = re.compile(r"[,;]?\s+((?:làm|là|tạo) (?:cơ sở|căn cứ|tiền đề))\s*$", re.IGNORECASE)


def _purpose_clauses(pieces: Sequence[str], limit: int) -> list[str]:
    """Pieces with no one opening on "nhằm …", "để …" or "góp phần …": each goes back
    with the piece before it when the two fit in a breath, else is said "Việc này
    nhằm …" ("Việc này góp phần …")."""
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        match = _PURPOSE.match(piece)
        if not out or match is None:
            out.append(piece)
            continue
        together = f"{out[-1].rstrip(' ,;')}, {piece}"
        basis = _BASIS.search(out[-1])
        if count_syllables(together) <= limit:
            out[-1] = together
        elif basis is not None and not match[1]:
            # "…, làm cơ sở để tiếp tục …" (corpus 06): cut before "để", the piece
            # before would end on "làm cơ sở" with nothing it is the basis for.
            out[-1] = out[-1][: basis.start()]
            out.append(f"{PURPOSE_SUBJECT} {basis[1]} {piece}")
        else:
            # "Để từ đó nâng cao …": "từ đó" after "nhằm" would say the aim twice.
            rest = re.sub(r"^(?:từ đó|qua đó),?\s+", "", piece[match.end() :], flags=re.I)
            verb = "góp phần" if match[1] else "nhằm"
            out.append(f"{PURPOSE_SUBJECT} {verb} {rest}")
    return out


# A document cited with its number or date and its issuer, then what it does or is
# about: "Quyết định số 991 ngày 16/9/2024 của Thủ tướng Chính phủ phê duyệt Quy
# hoạch …". The reference is a breath of its own; what the document does is said
# after it, the document named again by its kind ("Quyết định này phê duyệt …").
_DOCUMENT_KINDS = (
    "Nghị quyết liên tịch|Thông báo kết luận|Nghị quyết|Quyết định|Chỉ thị|Thông tư|"
    "Nghị định|Kết luận|Thông báo|Công văn|Kế hoạch|Chương trình|Đề án|Hướng dẫn|Pháp lệnh"
)
_DOCUMENT = re.compile(rf"(?<!\w)({_DOCUMENT_KINDS})\s")
# What a cited document does, said right after its issuer.
_DOCUMENT_VERB = re.compile(r"\s(phê duyệt|ban hành|quy định|về việc|về)\s", re.IGNORECASE)
# The issuer is a body's name ("Thủ tướng Chính phủ", "Quốc hội khóa mười lăm").
ISSUER_SYLLABLES = 12
# After the cut, a comma in what the document is about must stay inside it: a short
# item of a series ("Chiến lược khai thác, sử dụng bền vững tài nguyên, …") or its
# horizon ("…, tầm nhìn đến năm …"). A comma after a long stretch may close the
# citation ("… trong tình hình mới, trên địa bàn tỉnh Nghệ An": the plan's scope,
# not the directive's): then the document is not cut off.
_SUBJECT_GOES_ON = re.compile(r"(?:tầm nhìn|định hướng|giai đoạn|thời kỳ|nhiệm kỳ)\b")
SERIES_ITEM_SYLLABLES = 6
# "… Thông báo kết luận số 126 … của Ban Bí thư về 10 năm thực hiện Chỉ thị số 06 trên
# địa bàn thị xã": the local scope is the plan's (what it assesses), not the Party
# document's; after "Thông báo kết luận này về …" it would be said as the document's.
_SCOPE_WORDS = r"trên địa bàn|trong phạm vi|tại địa phương|ở địa phương"
_LOCAL_SCOPE = re.compile(rf"\b(?:{_SCOPE_WORDS})\b", re.IGNORECASE)


# A review's purpose over two periods (tests/plans/003_…, a review conference): "Đánh giá
# những kết quả … sau 20 năm triển khai thực hiện Chỉ thị số 06 và 10 năm thực hiện
# Thông báo kết luận số 126-TB/TW ngày 01/4/2013 của Ban Bí thư khóa IX về 10 năm thực
# hiện Chỉ thị số 06 trên địa bàn thị xã" (79 syllables said). The example's station
# editor wrote it as three sentences (its broadcast.rewrites until round 11): the scope
# with what is assessed, the first period; "Đánh giá cả …" the second; the cited
# document's date and subject a sentence of its own. Nothing left out, nothing added
# but the verb said again and the document named again.
_TWO_PERIODS = re.compile(
    r"^(?P<what>.+?) sau (?P<first>\d+ năm .+?) và (?P<second>\d+ năm .+?)"
    rf"(?P<scope> (?:{_SCOPE_WORDS}) [^,;]+)?$",
    re.IGNORECASE,
)
_CITED_IN_FULL = re.compile(
    rf"^(?P<head>.*?\b(?P<kind>{_DOCUMENT_KINDS}) số \S+)"
    r" ngày (?P<date>\d{1,2}/\d{1,2}/\d{4}) (?P<issuer>của [^,;]+?) về (?P<subject>[^,;]+)$"
)


def _two_periods(item: str, length: Callable[[str], int], limit: int) -> str:
    """``item`` said as the station's editor says a review of two periods (see
    _TWO_PERIODS); unchanged when it is short, or no such review, or a piece would be."""
    if length(item) <= limit:
        return item
    match = _TWO_PERIODS.match(item)
    verb = _OPENS_WITH_VERB.match(item)
    if match is None or verb is None or re.search(r"[,;]", match["first"] + match["second"]):
        return item
    second, cited = match["second"], _CITED_IN_FULL.match(match["second"])
    sentences = [f"{match['what']}{match['scope'] or ''} sau {match['first']}"]
    if cited is not None:
        second = f"{cited['head']} {cited['issuer']}"
    sentences.append(f"{verb[1]} cả {second}")
    if cited is not None:
        sentences.append(
            f"{cited['kind']} này ban hành ngày {cited['date']}, về {cited['subject']}"
        )
    if any(length(s) < MIN_PIECE_SYLLABLES for s in sentences):
        return item
    return ". ".join(sentences)


# "Một là, …" (see bulletin.enumerated): what follows is the item's own verb phrase.
_ENUMERATED = re.compile(r"^\S+ là, ")


def _stays_in_subject(subject: str) -> bool:
    """Whether each comma of ``subject`` is inside it: after a short item of a series,
    between words of one group ("phòng, chống ma túy"), or before its horizon."""
    for comma in re.finditer(r",\s*", subject):
        head, rest = subject[: comma.start()], subject[comma.end() :]
        stretch = head.rsplit(",", 1)[-1]
        if _SUBJECT_GOES_ON.match(rest):
            continue
        # "…, Trung tâm Y tế huyện ban hành …": a name after the comma opens a clause.
        if count_syllables(stretch) <= SERIES_ITEM_SYLLABLES and not rest[:1].isupper():
            continue
        if not _joins_one_group(head, rest):
            return False
    return True


def _document_cut(piece: str) -> tuple[str, str] | None:
    """``piece`` cut after a cited document's issuer: (the citation, "<Kind> này <what
    it does> …"); None when no citation in it can stand alone that way.

    Not in an opening phrase ("Thực hiện Chỉ thị số … về …, Ủy ban … ban hành …"):
    cut there, the opening would be left without its main clause. An item of a list
    ("Một là, thực hiện Quyết định số …") opens with its own verb, no such phrase."""
    if _opening_phrase(piece) and not _ENUMERATED.match(piece):
        return None
    for kind in _DOCUMENT.finditer(piece):
        before = piece[: kind.start()]
        # "Quyết định số 6 … và Quyết định số 3103 … của Bộ Tài chính về đề án …": the
        # subject may be both documents'; "<Kind> này" would give it to one.
        if re.search(r"\bvà\s*$", before):
            continue
        of = piece.find(" của ", kind.end())
        if of < 0:
            continue
        number = piece[kind.end() : of]
        if re.search(r"[,;:]", number) or _DOCUMENT.search(" " + number):
            continue
        if not re.match(r"(?:số|ngày)\s", number) and " số " not in f" {number} ":
            continue
        verb = _DOCUMENT_VERB.search(piece, of + len(" của"))
        if verb is None:
            continue
        issuer = piece[of + len(" của ") : verb.start()]
        # "của Quốc hội khóa mười lăm ngày hai mươi bảy tháng mười một năm …" (corpus
        # 14): a date after the issuer's name is still the citation's.
        name = re.split(r"\sngày\s", issuer)[0]
        if (
            not issuer[:1].isupper()
            or count_syllables(name) > ISSUER_SYLLABLES
            or re.search(r"[,;:]|\bvà\b", issuer)
            or _DOCUMENT.search(issuer + " ")
        ):
            continue
        subject = piece[verb.end() :]
        # "… phê duyệt Quy hoạch … và các Quyết định của Bộ trưởng …": the second
        # document is the plan's object too, not what the first one approves.
        if re.search(rf"\bvà\s+(?:các\s+|những\s+)?(?:{_DOCUMENT_KINDS})\b", subject):
            continue
        if not _stays_in_subject(subject) or _LOCAL_SCOPE.search(subject):
            continue
        head = piece[: verb.start()]
        # Inside brackets or quotation marks, a cut would leave one of the pair alone.
        if head.count("(") != head.count(")") or head.count("“") != head.count("”"):
            continue
        tail = f"{kind[1]} này {verb[1].lower()} {subject}"
        if min(count_syllables(head), count_syllables(subject)) < MIN_PIECE_SYLLABLES:
            continue
        return head, tail
    return None


# A date said in full: "ngày mồng một tháng tám năm hai nghìn không trăm hai mươi tư".
_SAID_NUMBER = (
    r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|linh|lẻ)"
)
_SAID_FULL_DATE = (
    rf"ngày (?:mồng |mùng )?{_SAID_NUMBER}(?: {_SAID_NUMBER})* tháng {_SAID_NUMBER}"
    rf"(?: {_SAID_NUMBER})* năm {_SAID_NUMBER}(?: {_SAID_NUMBER})*"
)
# "…, Trung tâm Y tế huyện ban hành Kế hoạch số 160/KH-TTYT ngày 01/8/2024 phát động
# phong trào thi đua …" (the flagship's news): the body issues a document, numbered and
# dated, and what follows the date is what that document does. The reference is a
# breath of its own; the rest is said "Kế hoạch này phát động …", the plan's words.
_ISSUED_DOCUMENT = re.compile(
    rf"(?P<head>.*?\bban hành (?P<kind>{_DOCUMENT_KINDS})(?: số [^,;:()“”]*?)? {_SAID_FULL_DATE})"
    rf" (?P<rest>(?!(?:{_SAID_NUMBER}|của|và|do|tại|theo|đến|hoặc|với)\b)[a-zà-ỹđ]\w* .+)$",
    re.DOTALL,
)


def _issued_cut(piece: str) -> tuple[str, str] | None:
    """``piece`` cut after a document its sentence's subject issues, number and date
    said, before what the document does: (the issue, "<Kind> này <does> …").

    Only when a body is named right before "ban hành" (a capital after the last comma:
    the clause's subject): the document is the main clause's, so the cut is after the
    main clause, whatever opening phrase comes before it."""
    match = _ISSUED_DOCUMENT.match(piece)
    if match is None:
        return None
    head = match["head"]
    before = head[: head.rfind(" ban hành ")]
    subject = before.rsplit(",", 1)[-1].strip()
    if not subject[:1].isupper():
        return None
    if head.count("(") != head.count(")") or head.count("“") != head.count("”"):
        return None
    tail = f"{match['kind']} này {match['rest']}"
    if min(count_syllables(head), count_syllables(match["rest"])) < MIN_PIECE_SYLLABLES:
        return None
    return head, tail


def _document_cuts(piece: str, limit: int) -> list[str]:
    """``piece`` cut after each cited document while it is longer than ``limit``."""
    out: list[str] = []
    while count_syllables(piece) > limit:
        cut = _issued_cut(piece) or _document_cut(piece)
        if cut is None:
            break
        head, piece = cut
        out.append(head)
    return [*out, piece]


# "Bảo đảm sự chỉ đạo thống nhất …; sự phối hợp chặt chẽ …" (corpus 26): after the
# semicolon, "sự …" is one more object of the verb before the first "sự". Said as a
# sentence of its own it has no verb, so the editor says that verb again.
_VERB_BEFORE_SU = re.compile(r"^(?:\S+ là, )?((?:\w+ ){1,3}?)sự ", re.IGNORECASE)
_SU = re.compile(r"^sự\s", re.IGNORECASE)


def _shared_verb(pieces: list[str]) -> list[str]:
    """Pieces cut at semicolons, each "sự …" after the first given the first's verb,
    each cited document given the words the first one's citation came after, each
    more of the first's object given its verb (see :func:`_object_verb`)."""
    pieces = _shared_citation(pieces)
    if len(pieces) < 2:
        return pieces
    out = [pieces[0]]
    verb = _VERB_BEFORE_SU.match(pieces[0])
    if verb is not None and any(w[:1].isupper() for w in verb[1].split()[1:]):
        verb = None
    for piece in pieces[1:]:
        said = lower_first(verb[1].strip()) if verb is not None and _SU.match(piece) else None
        said = said or _object_verb(pieces[0], piece)
        out.append(f"{said} {piece}" if said else piece)
    return out


# "Biên soạn tài liệu phục vụ …; tài liệu hướng dẫn …" (corpus 01), "Tăng cường quyền
# lợi, trách nhiệm của …; trách nhiệm của cả hệ thống chính trị …" (corpus 22): after
# the semicolon, the noun the first piece's verb governs, named again: one more object
# of that verb. Alone it has no verb ("Tài liệu hướng dẫn … dữ liệu cá nhân."), so the
# editor says the verb again, as for "sự …". The noun is two words (a Vietnamese noun
# mostly is: "tài liệu", "trách nhiệm"), found right after the verb or in the series of
# short nouns that opens its object ("quyền lợi, trách nhiệm"); the verb is a plan verb
# (campaign/data/plan_verbs.yml) or, right before the noun, one to three words.
_NOUN_OPENS = re.compile(r"^([^\W\d_]+ [^\W\d_]+)\b")
_OPENS_WITH_VERB = re.compile(rf"^({_VERBS})\s", re.IGNORECASE)
_SERIES_ITEM = r"(?:[^\W\d_]+(?: [^\W\d_]+){0,2}(?:, | và ))"
# The noun goes on with a verb of its own ("; tài liệu được gửi đến …", "; kinh phí do
# ngân sách xã bảo đảm"): it is that clause's subject, the piece a sentence already.
# Given the first piece's verb, it would say what the plan does not ("In ấn tài liệu
# được gửi …").
_OWN_PREDICATE = re.compile(
    r"(?:\s+(?:này|đó))?\s+(?:được|do|bị|phải|sẽ|đã|đang|cần|là|không|chưa)\b", re.IGNORECASE
)


def _object_verb(first: str, piece: str) -> str | None:
    """The verb of ``first`` when ``piece`` opens with the noun that verb governs."""
    noun = _NOUN_OPENS.match(piece)
    if noun is None or noun[1] != noun[1].lower() or _OWN_PREDICATE.match(piece, noun.end()):
        return None
    body = _ENUMERATED.sub("", first)
    named = re.escape(noun[1])
    verb = _OPENS_WITH_VERB.match(body)
    if verb is not None:
        found = re.match(rf"{_SERIES_ITEM}*{named}\b", body[verb.end() :], re.IGNORECASE)
        said = verb[1] if found else None
    else:
        found = re.match(rf"((?:[^\W\d_]+ ){{1,3}}?){named}\b", body, re.IGNORECASE)
        said = found[1].strip() if found else None
    if said is None or any(w[:1].isupper() for w in said.split()[1:]):
        return None
    return lower_first(said)


# "Một là, triển khai nghiêm túc … Nghị quyết số 163 … của Quốc hội …; Nghị quyết số 50
# … của Chính phủ" (corpus 14), "cụ thể hóa nhiệm vụ … đề ra tại Nghị quyết số 57 …;
# Quyết định số 1132 …" (corpus 28): after the semicolon a document is one more object
# of what the first piece does. Said as a sentence of its own it has no verb ("Nghị quyết
# số năm mươi ngày … của Chính phủ."), so the editor says those words again.
_CITED = re.compile(rf"^(?:{_DOCUMENT_KINDS})\s+(?:số|ngày)\s", re.IGNORECASE)
# The words before the first citation: a verb phrase, at most this long, no citation.
LEAD_SYLLABLES = 16


def _shared_citation(pieces: list[str]) -> list[str]:
    if len(pieces) < 2 or not any(_CITED.match(p) for p in pieces[1:]):
        return pieces
    body = _ENUMERATED.sub("", pieces[0])
    first = next((m for m in _DOCUMENT.finditer(body) if _CITED.match(body[m.start() :])), None)
    if first is None or first.start() == 0:
        return pieces
    lead = body[: first.start()]
    if count_syllables(lead) > LEAD_SYLLABLES or _opening_phrase(lead) or "(" in lead:
        return pieces
    said = lower_first(lead.strip())
    return [pieces[0]] + [f"{said} {p}" if _CITED.match(p) else p for p in pieces[1:]]


# "tăng cường sự lãnh đạo, chỉ đạo của …, sự phối hợp của …, sự tham gia của …" (corpus
# 22): "sự …" after a comma is one more object of the verb before the first "sự". A
# sentence too long for a breath is said one object at a time, the verb said again.
_COMMA_SU = re.compile(r",\s+(?=sự\s)", re.IGNORECASE)


def _objects_of_one_verb(piece: str, limit: int) -> list[str]:
    """``piece`` cut before each ", sự …" when it opens "<verb> sự …", each cut piece
    given that verb; the piece itself when it fits, or when a cut leaves a fragment."""
    verb = _VERB_BEFORE_SU.match(piece)
    if count_syllables(piece) <= limit or verb is None:
        return [piece]
    if any(w[:1].isupper() for w in verb[1].split()[1:]) or _opening_phrase(piece):
        return [piece]
    parts = _COMMA_SU.split(piece)
    if len(parts) < 2 or min(count_syllables(p) for p in parts) < MIN_PIECE_SYLLABLES:
        return [piece]
    said = lower_first(verb[1].strip())
    return [parts[0]] + [f"{said} {p}" for p in parts[1:]]


def _after_colon(body: str, end: str, limit: int) -> list[str] | None:
    """ "Phát triển các nền tảng IoT: Xây dựng …, để ứng dụng …" (corpus 28), "Mục đích
    của Kế hoạch: Thành phố Hà Nội là …": no list after the colon, one clause. It is cut
    as a sentence of its own, the introduction said with its first piece; never at a
    bare comma (after a colon, what a comma separates is often a list of nouns)."""
    intro, _, rest = body.partition(":")
    rest = rest.strip()
    if not intro.strip() or count_syllables(rest) < 2 * MIN_PIECE_SYLLABLES:
        return None
    # The first piece is said after the introduction: its breath is that much shorter.
    room = max(limit - count_syllables(intro), 2 * MIN_PIECE_SYLLABLES)
    pieces = _split_sentence(_close(_capital(rest), end), room, commas=False)
    if len(pieces) < 2:
        return None
    first = pieces[0] if rest[:1].isupper() else lower_first(pieces[0])
    return [f"{intro.strip()}: {first}", *pieces[1:]]


# "Kế hoạch về phát triển hệ thống sóng viễn thông 5G, Internet vạn vật (IoT) tại các Khu
# công nghiệp …" (corpus 42): a plan's title, said after "<Kind> về", is one name. A bare
# comma in it is a list's ("5G, Internet vạn vật"): cut there, "Internet vạn vật tại các
# Khu công nghiệp …" is heard as a sentence with no verb.
_TITLE_SENTENCE = re.compile(rf"^(?:{_DOCUMENT_KINDS}) về\s")


def _split_sentence(text: str, limit: int, *, commas: bool = True) -> list[str]:
    body = text.strip()
    end = body[-1] if body[-1:] in ".!?" else "."
    body = body.rstrip(".!?").strip()
    # A list ("Thành phần tham dự: a; b; c") is read as its introduction with the
    # first item, then one item a sentence; nothing else in it is cut.
    if count_syllables(body) <= limit:
        return [text.strip()]
    if ":" in body:
        items = _list_items(body)
        if items is None:
            said = _name_groups(body, end, limit) or _after_colon(body, end, limit)
            return said or [text.strip()]
        said = [
            part
            for item in items
            for part in _split_sentence(_close(_capital(item.strip()), "."), limit)
        ]
        said[-1] = _close(said[-1].rstrip("."), end)
        return said
    pieces = _shared_verb(_cut(body, re.compile(r";\s+"), limit))
    pieces = [part for piece in pieces for part in _objects_of_one_verb(piece, limit)]
    pieces = [part for piece in pieces for part in _document_cuts(piece, limit)]
    out: list[str] = []
    bare = commas and not _opening_phrase(body) and not _TITLE_SENTENCE.match(body)
    last_resort = (_COMMA_CUT,) if bare else ()
    for pattern in (_CLAUSE_CUT, _BARE_CUT, *last_resort):
        pieces = [
            part
            for piece in pieces
            for part in (_cut(piece, pattern, limit) if count_syllables(piece) > limit else [piece])
        ]
    subject = _subject(body)
    if subject is not None:
        pieces = [part for piece in pieces for part in _and_predicates(piece, subject, limit)]
    pieces = _purpose_clauses(pieces, limit)
    if len(pieces) == 1:
        return [text.strip()]
    for piece in pieces:
        out.append(_close(_capital(piece.strip()), "."))
    if out:
        out[-1] = _close(out[-1].rstrip("."), end)
    return out


# "… nhằm phát huy tinh thần chủ động của từng ngành. Làm cơ sở để các sở, ban, ngành …"
# (corpus 22): the plan's own next sentence says what the one before is the basis for,
# with no subject; said after it, it is "Việc này làm cơ sở để …", as a cut one is.
# So is one that opens "Giúp …" (corpus 23's first purpose: "… và các cơ quan, tổ chức,
# cá nhân khác. Giúp nâng cao nhận thức về Luật Việc làm; …"): "Việc này giúp …"; not
# "Giúp đỡ …", a task of its own.
_BASIS_OPENS = re.compile(r"^(?:(?:làm|tạo) (?:cơ sở|căn cứ|tiền đề)|giúp(?! đỡ))\b", re.IGNORECASE)
# Not one that opens "Bảo đảm …" (corpus 26: "Nâng cao nhận thức về Luật …. Bảo đảm
# việc tổ chức triển khai hiệu quả …"): a task of its own there, said as the plan wrote it.


# "Văn phòng Thị ủy tham mưu giấy mời đại biểu và bảo đảm các điều kiện (địa điểm, tài
# liệu, kinh phí) để tổ chức Hội nghị" (the example's notice), "Bảo đảm sự chỉ đạo thống
# nhất của UBND tỉnh …; sự phối hợp chặt chẽ … giữa các sở, ngành" (corpus 26's first
# purpose): the issuer's orders to its own staff about the means of its work (funding,
# logistics, the administration's direction and coordination). Nothing a listener is
# told to know or do. "bảo đảm an toàn tiêm chủng", "đảm bảo nước sạch … đời sống nhân
# dân" tell the public what the plan secures for them: not these.
_INTERNAL_MEANS = re.compile(
    r"(?<!\w)(?:bảo đảm|đảm bảo)\s+(?:(?:các|đủ|đầy đủ|nguồn)\s+)?"
    r"(?:(?:điều kiện(?: cần thiết)?|kinh phí|cơ sở vật chất|trang thiết bị|phương tiện|"
    r"hậu cần|nhân lực|thông tin liên lạc)(?=\s*(?:[(,;.]|$|để\b|cho\b|phục vụ\b))|"
    r"sự (?:lãnh đạo|chỉ đạo|phối hợp)\b)",
    re.IGNORECASE,
)
# A written sentence ends at a stop before a capital (not inside "(…)").
_WRITTEN_SENTENCE = re.compile(rf"(?<=[.!?])\s+(?=[{UPPER}])")


# What a listener needs in a sentence that also orders the staff (review8): the public
# named ("bảo đảm đủ điều kiện cho người dân tiêm", "bảo đảm phương tiện cho người cao
# tuổi", "mời nhân dân"; not "giấy mời đại biểu" nor "Ủy ban nhân dân"), a number (an
# hour, a day), what to bring, what is free. Such a sentence is kept; of one cut by ";"
# only the clauses with the order and none of these are left out ("Hội nghị lúc 8 giờ
# tại …, đại biểu mang theo tài liệu; Văn phòng bảo đảm các điều kiện cho Hội nghị").
_PUBLIC_WORDS = (
    r"(?i:(?<!\w)(?:người dân|(?<!ban )(?<!đồng )(?<!án )(?<!an )(?<!đội )(?<!sát )nhân dân|"
    r"bà con|cử tri|người cao tuổi|người khuyết tật|trẻ em|học sinh|phụ huynh|hộ gia đình|"
    r"du khách|công dân|(?<!giấy )mời|miễn phí|không (?:phải )?(?:nộp|trả)|mang theo)(?!\w))"
)
_FOR_THE_PUBLIC = re.compile(_PUBLIC_WORDS + r"|\d")
_NAMES_THE_PUBLIC = re.compile(_PUBLIC_WORDS)


def names_the_public(text: str) -> bool:
    """Whether ``text`` speaks to or of the public ("mời bà con", "người dân", "miễn
    phí"): a sentence an editor keeps for listeners."""
    return _NAMES_THE_PUBLIC.search(text) is not None


def _internal(clause: str) -> bool:
    return bool(_INTERNAL_MEANS.search(clause)) and not _FOR_THE_PUBLIC.search(clause)


def internal_orders(text: str) -> tuple[str, list[str]]:
    """``text`` without its sentences (or ";" clauses) that order the issuer's own staff
    about the means of the work (see ``_INTERNAL_MEANS``) and tell a listener nothing
    (``_FOR_THE_PUBLIC``), and those pieces, in order: they are left out of what is
    aired and named on the proof list."""
    kept: list[str] = []
    left: list[str] = []
    for said in _WRITTEN_SENTENCE.split(" ".join(text.split())):
        if not _INTERNAL_MEANS.search(said):
            kept.append(said)
        elif _internal(said):
            left.append(said)
        else:
            clauses = said.split("; ")
            orders = [c for c in clauses if _internal(c)] if len(clauses) > 1 else []
            if not orders:
                kept.append(said)
                continue
            rest = "; ".join(c for c in clauses if c not in orders)
            left += orders
            kept.append(rest if rest[-1:] in ".!?" else rest.rstrip(" ,;") + ".")
    return " ".join(kept), left


def split_long_sentences(line: str, limit: int = MAX_SENTENCE_SYLLABLES) -> str:
    """A spoken line with each over-long sentence cut at its own clause breaks."""
    sentences = [s for s in _SENTENCES.findall(line) if s.strip()]
    pieces = [piece for s in sentences for piece in _split_sentence(s, limit)]
    pieces = [
        f"{PURPOSE_SUBJECT} {lower_first(p.strip())}" if n and _BASIS_OPENS.match(p.strip()) else p
        for n, p in enumerate(pieces)
    ]
    return " ".join(_not_twice(pieces))


# The subject and verb the cuts give a piece ("Việc này nhằm …", "Việc này phải …").
_GIVEN_OPENING = re.compile(
    rf"^({re.escape(PURPOSE_SUBJECT)}|{re.escape(ENSURE_SUBJECT)}) (nhằm|góp phần|phải) "
)


def _not_twice(sentences: Sequence[str]) -> list[str]:
    """ "Việc này nhằm A. Việc này nhằm B.": two cuts of one purpose (before "để …",
    then before its "bảo đảm …") each gave their piece the same subject and verb.
    Said twice in a row it sounds like a slip; the second says "Việc này cũng nhằm
    B" (B is one more aim of the same work), the plan's words after it unchanged."""
    out: list[str] = []
    for text in sentences:
        match = _GIVEN_OPENING.match(text.strip())
        before = _GIVEN_OPENING.match(out[-1].strip()) if out else None
        if match and before and before.group(0) == match.group(0):
            text = f"{match[1]} cũng {match[2]} {text.strip()[match.end() :]}"
        out.append(text)
    return out


# "Nghị quyết này ban hành Kế hoạch hành động …": what a cited document does, said
# after its citation (see _document_cut).
_EXPLAINS = re.compile(rf"^(?:{_DOCUMENT_KINDS}) này\s")


def drop_repeated_explanations(lines: Sequence[str]) -> list[str]:
    """``lines`` (a bulletin's paragraphs) without a "<Kind> này <does> …" sentence said
    word for word earlier in the bulletin: corpus 27's title and first purpose each cite
    Nghị quyết số 214 of the Government, and each cut said "Nghị quyết này ban hành Kế
    hoạch hành động … toàn diện." The second says nothing the listener has not just
    heard about the same document; its citation stays."""
    said: set[str] = set()
    out: list[str] = []
    for line in lines:
        kept = []
        for piece in _SENTENCES.findall(line):
            text = piece.strip()
            if _EXPLAINS.match(text):
                if text in said:
                    continue
                said.add(text)
            kept.append(piece)
        out.append("".join(kept).strip() if len(kept) != len(_SENTENCES.findall(line)) else line)
    return out


def sentences_of(text: str) -> list[str]:
    """The sentences of ``text`` (lines), as a listener hears them: each ends at
    ".", "!" or "?" or at the end of its line."""
    found = (s.strip() for ln in text.split("\n") for s in _SENTENCES.findall(ln))
    return [s for s in found if s]


def long_sentences(text: str, limit: int = MAX_SENTENCE_SYLLABLES) -> list[tuple[str, int]]:
    """The sentences of ``text`` (lines) still longer than ``limit``: the first
    words of each, to find it by, and its syllable count."""
    return [(opening, n) for opening, n, _ in explained_long_sentences(text, limit)]


def explained_long_sentences(
    text: str, limit: int = MAX_SENTENCE_SYLLABLES
) -> list[tuple[str, int, str | None]]:
    """:func:`long_sentences`, each with why no cut was made when a rule says so."""
    counted = ((s, count_syllables(s)) for s in sentences_of(text))
    return [(" ".join(s.split()[:6]), n, unsplit_reason(s)) for s, n in counted if n > limit]


def unsplit_reason(sentence: str) -> str | None:
    """Why a long ``sentence`` was left whole, for the editor who rewrites it; None when
    no one rule explains it (no mark the writer paused at leaves two sentences).

    The flagship's sample news: "Thực hiện Kế hoạch số 88 … về phát động phong trào thi
    đua “…”, Trung tâm Y tế huyện ban hành Kế hoạch số 160 …" (71 syllables), "Hưởng ứng
    kỷ niệm …, Trung tâm … đẩy mạnh tuyên truyền, cổ động trực quan trên …" (60): the
    opening phrase needs its main clause, and moving it after the main clause would say
    what the writer did not order ("Kế hoạch này thực hiện …" next to "Kế hoạch này phát
    động …" names two plans alike). A plan's title is one name (corpus 42)."""
    body = sentence.strip()
    if _TITLE_SENTENCE.match(body):
        return "tên văn bản đọc liền, không ngắt giữa tên"
    if _opening_phrase(body):
        lead = " ".join(body.split()[:2])
        return f"cụm mở đầu “{lead} …,” không thành câu nếu tách khỏi vế chính sau nó"
    return None


# "… thực hiện thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng
# nhân dân các cấp nhiệm kỳ 2026 - 2031" (corpus 08): a name of 31 syllables, said in
# the title, then in two purposes. After the first full mention an editor says the
# short form, "công tác bầu cử", as the plan itself does ("… thành công cuộc bầu cử, đảm
# bảo dân chủ …"): only when the plan's text has that head word with no name after it,
# and only for the name said first (a second, different name after the same head, as
# "Đại hội lần thứ XIV" and "Đại hội lần thứ XIII" in corpus 09, keeps every name whole).
_NAME_HEADS = ("bầu cử", "đại hội", "hội nghị", "hội thi", "cuộc thi")
# A name shorter than this is said again in full: shortening it saves little.
MIN_NAME_TAIL_SYLLABLES = 12
_TOKEN_EDGE = ",.;:!?()“”\"'"
# After a name, words that go on with the sentence, not with the name.
_AFTER_NAME = re.compile(
    r"^(?:trên|tại|ở|đạt|bảo đảm|đảm bảo|và|của|để|nhằm|góp phần|được|sẽ|đã)$", re.IGNORECASE
)


def _bare(token: str) -> str:
    return token.strip(_TOKEN_EDGE).lower()


def _name_positions(words: Sequence[str], head: Sequence[str]) -> list[int]:
    n = len(head)
    return [
        i
        for i in range(len(words) - n)
        if [_bare(w) for w in words[i : i + n]] == list(head)
        and not any(w[-1:] in _TOKEN_EDGE for w in words[i : i + n])
    ]


def _ends_name(words: Sequence[str], last: int) -> bool:
    """Whether the name that ends at ``words[last]`` ends there: a mark after it, the
    paragraph's end, or a word that goes on with the sentence."""
    if words[last][-1:] in ",.;:!?)”":
        return True
    if last + 1 >= len(words):
        return True
    return bool(_AFTER_NAME.match(_bare(words[last + 1])))


def short_names(spoken: Sequence[str], written: Sequence[str]) -> list[str]:
    """``spoken`` (a bulletin's paragraphs) with each later mention of a long name said
    by its head ("bầu cử") when the written source uses that head alone."""
    source = " ".join(written)
    paragraphs = [p.split(" ") if p else [] for p in spoken]
    for head_text in _NAME_HEADS:
        head = head_text.split()
        found = [(n, i) for n, words in enumerate(paragraphs) for i in _name_positions(words, head)]
        if len(found) < 2:
            continue
        first_para, first_at = found[0]
        first = paragraphs[first_para][first_at + len(head) :]
        if not first:
            continue
        alone = re.compile(
            rf"(?<!\w){re.escape(head_text)}(?!\s+{re.escape(_bare(first[0]))}\b)(?!\w)",
            re.IGNORECASE,
        )
        if not alone.search(source):
            continue
        cuts: list[tuple[int, int, int]] = []
        for para, at in found[1:]:
            words = paragraphs[para]
            tail = words[at + len(head) :]
            if not tail or _bare(tail[0]) != _bare(first[0]):
                continue  # the head alone, or another thing after it: nothing to shorten
            same = 0
            while same < min(len(tail), len(first)) and _bare(tail[same]) == _bare(first[same]):
                same += 1
                if tail[same - 1][-1:] in _TOKEN_EDGE or first[same - 1][-1:] in _TOKEN_EDGE:
                    break
            start = at + len(head)
            if not (_ends_name(words, start + same - 1) and _ends_name(first, same - 1)):
                cuts = []
                break  # another name after the same head: every mention stays whole
            if count_syllables(" ".join(tail[:same])) < MIN_NAME_TAIL_SYLLABLES:
                continue
            cuts.append((para, start, same))
        for para, start, same in reversed(cuts):
            words = paragraphs[para]
            mark = words[start + same - 1].rstrip()[
                len(words[start + same - 1].rstrip(_TOKEN_EDGE)) :
            ]
            words[start - 1] += mark
            del words[start : start + same]
    return [" ".join(words) for words in paragraphs]
