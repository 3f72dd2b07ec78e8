"""The document's head: issuer, number, date, title, the documents it rests on, and the
site named after it."""

from __future__ import annotations

import re

from ....content.dates import short_date
from .names import ISSUER_CLAUSE, PLACE_WORDS, completes, expand, from_caps, recover_case, shortens
from .reading import PLACEHOLDER_ISSUER, PLACEHOLDER_URL, Reading, texts_of, upper_first
from .refs import references

_BASIS = ("Căn cứ", "Thực hiện")
_UNREAD = (
    "Không nhận ra {what}: để trống, hãy kiểm tra với bản gốc. Nếu bản gốc đúng là không "
    "ghi, thêm '{key}' vào danh sách not_in_original (ví dụ not_in_original: [{key}]) để "
    "trang {kind} nói rõ điều đó."
)


def read_preamble(r: Reading) -> None:
    out = r.data["plan"]
    texts = texts_of(r.plan.preamble)
    # "Căn cứ ...;" lines, and the clause that closes them: "<issuer> ban hành Kế hoạch ...
    # như sau:" (on its own line when the bases are listed one per line).
    grounds = [
        i
        for i, p in enumerate(texts)
        if p.startswith(_BASIS) or (ISSUER_CLAUSE.search(p) and p.endswith("như sau:"))
    ]
    # The page prints the three runs in this order, so they are cut where the original
    # puts them: what precedes the first ground, the grounds (with the lines between them:
    # a wrapped tail "2025”;", a cited document on its own line), what follows the last.
    first, last = (grounds[0], grounds[-1] + 1) if grounds else (len(texts), len(texts))
    if texts[:first]:
        out["context"] = texts[:first]
    refs = [ref for i in grounds for ref, _ in references(texts[i])]
    if refs:
        out["legal_basis"] = refs
    if texts[first:last]:
        out["basis_text"] = texts[first:last]
    if texts[last:]:
        out["after_basis"] = texts[last:]


def read_issuer(r: Reading) -> None:
    out = r.data["plan"]
    names = _header_names(r)
    if len(names) > 1 and _PART_OF.match(names[-1]):
        names[-1] = f"{names[-1]} {names[-2]}"
    issuer = None
    for text in reversed(out.get("basis_text", [])):
        if (match := ISSUER_CLAUSE.search(text)) and _organ_like(match["issuer"].strip()):
            issuer = match["issuer"].strip()
            break
    if issuer is not None and names and shortens(issuer, names[-1]):
        # "UBND huyện ban hành Kế hoạch": the header names the issuer in full.
        r.facts.check.append(
            f"plan.issuer: lấy tên đầy đủ ở đầu văn bản (“{names[-1]}”) thay cho "
            f"“{issuer}” trong câu ban hành, hãy kiểm tra"
        )
        issuer = None
    if issuer is not None and names and (whole := completes(issuer, names[-1])):
        # "Ban Thường vụ Huyện ủy xây dựng kế hoạch" under "HUYỆN ỦY VĂN QUAN": the
        # letterhead names the committee the clause leaves without its place.
        r.facts.check.append(
            f"plan.issuer: “{issuer}” trong câu ban hành, tên đầy đủ theo đầu văn bản "
            f"“{names[-1]}”: “{whole}”, hãy kiểm tra"
        )
        issuer = whole
    if issuer is None and names:
        issuer = names[-1]
        r.note(("plan", "issuer"), "Tên cơ quan chuyển từ chữ in hoa: hãy kiểm tra.")
    placeholder = issuer is None
    if issuer is None:
        issuer = PLACEHOLDER_ISSUER
        r.note(("plan", "issuer"), "CẦN ĐIỀN: không tìm thấy cơ quan ban hành.")
        r.facts.check.append("plan.issuer: không tìm thấy cơ quan ban hành, hãy điền")
    if expand(issuer) != issuer:
        out["issuer"] = expand(issuer)
        out["issuer_short"] = issuer
    else:
        out["issuer"] = issuer
    if len(names) > 1:
        out["superior"] = names[0]
    if not placeholder:
        r.facts.found.append(f"Cơ quan ban hành: {out['issuer']}")


_NOT_ORGAN = re.compile(r"\d|\bcủa\b|\bvề việc\b|^(?:Căn cứ|Thực hiện|Theo|Trên cơ sở)\b")
_MAX_ORGAN_WORDS = 12
# What an organ's name starts with: its kind ("Ủy ban nhân dân", "Sở", "Ban Thường trực",
# "Huyện ủy", ...). Any two capitalised words are not enough: "Hà Nội ban hành Kế hoạch"
# names a place, "Ủy ban nhân tỉnh" is a name with a word missing.
_ORGAN_START = re.compile(
    r"^(?:(?:Ủy|Uỷ) ban nhân dân|(?:Ủy|Uỷ) ban (?!nhân\b)\S+|UBND|HĐND|UBMTTQ|MTTQ|"
    r"Hội đồng|Sở|Bộ|Ban|Tiểu ban|Thường trực|Văn phòng|Cục|Tổng cục|Chi cục|Trung tâm|"
    r"Trường|Bệnh viện|Công an|Mặt trận|Hội|Đoàn|Liên đoàn|Phòng|Trạm|Chi bộ|Đảng bộ|"
    r"(?:Đảng|Tỉnh|Thành|Huyện|Thị|Quận|Xã|Phường) ủy|(?:Đảng|Tỉnh|Thành|Huyện|Thị|Quận) uỷ|"
    r"Kho bạc|Ngân hàng|Viện|Tòa án|Tổng công ty|Công ty)\b"
)


def _organ_like(name: str) -> bool:
    """Whether a phrase before "ban hành Kế hoạch" can be an organ's name: two to twelve
    words starting with an organ's kind, no number, not a clause of its own."""
    words = name.split()
    return (
        2 <= len(words) <= _MAX_ORGAN_WORDS
        and bool(_ORGAN_START.match(name))
        and not _NOT_ORGAN.search(name)
    )


# A letterhead's last line naming a part of the organ above it: the issuer is that part
# "of" the organ ("BAN THƯỜNG TRỰC" under "ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH").
# Only the bare part ("THƯỜNG TRỰC HĐND" already names its organ), or a subcommittee.
_PART_OF = re.compile(
    r"^(?:(?:Ban Thường trực|Ban Thường vụ|Thường trực|Ban Chấp hành)$|Tiểu ban\b)"
)


# A header line continuing the name above: "THÀNH PHỐ HỒ CHÍ MINH" under "ỦY BAN NHÂN DÂN",
# "VÀ DU LỊCH" under "BỘ VĂN HÓA, THỂ THAO".
_CONTINUES = ("thị xã", "thị trấn", "thành phố", "và ", "đặc khu")


# Only these levels: "XÃ ĐOÀN KẾT" is a commune (a commune's committees are "ĐẢNG ỦY XÃ",
# "ĐOÀN XÃ").
_COMMITTEE = re.compile(r"^(?:HUYỆN|TỈNH|THÀNH|QUẬN|THỊ)\s+(?:ỦY|UỶ|ĐOÀN)\b", re.IGNORECASE)


def _header_names(r: Reading) -> list[str]:
    """Issuer lines above "KẾ HOẠCH", joined where a line continues a name."""
    names: list[str] = []
    for _, printed in r.plan.header:
        text = printed.lstrip("/\\|-–.,;: ")  # a stray mark typed before the first word
        text = re.sub(r"(?<=[^\W\d_]{2})\.$", "", text)  # "Đoàn trường THPT Kim Liên."
        if not text:
            continue
        first = text.split()[0].lower()
        cut = bool(names) and names[-1].rstrip().endswith((",", "-"))
        # "HUYỆN ỦY VĂN QUAN" under "ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ĐOÀN ..." under "BCH ĐOÀN
        # TỈNH ...": a level word before "ủy" or "đoàn" names a committee, not a place.
        committee = _COMMITTEE.match(text) is not None
        place = first in PLACE_WORDS and not committee
        if names and (place or text.lower().startswith(_CONTINUES) or cut):
            names[-1] += " " + text
        else:
            names.append(text)
    return [recover_case(name, r.body) or from_caps(name) for name in names]


def read_header(r: Reading) -> None:
    plan, out = r.plan, r.data["plan"]
    # Not found is not "not printed": the parser may just not have read it.
    out["number"] = plan.number
    if plan.decision:
        # A plan issued with (or inside) a decision has no number of its own.
        said = f" (“{plan.attachment}”)" if plan.attachment else ""
        r.note(
            ("plan", "number"),
            f"Kế hoạch ban hành kèm Quyết định số {plan.decision}{said}, không có số riêng; "
            "ngày, nơi ban hành, người ký và nơi nhận lấy từ quyết định.",
        )
        r.facts.found.append(f"Ban hành kèm Quyết định số {plan.decision}")
    elif plan.number:
        r.facts.found.append(f"Số, ký hiệu: {plan.number}")
    else:
        r.note(("plan", "number"), _UNREAD.format(what="số, ký hiệu", key="number", kind=plan.kind))
        r.facts.check.append("plan.number: không nhận ra số, ký hiệu, hãy kiểm tra")
    out["date"] = short_date(plan.date) if plan.date else None
    if plan.date:
        r.facts.found.append(f"Ngày ban hành: {short_date(plan.date)}")
    else:
        r.note(("plan", "date"), _UNREAD.format(what="ngày ban hành", key="date", kind=plan.kind))
        r.facts.check.append("plan.date: không nhận ra ngày ban hành, hãy kiểm tra")
    out["place"] = plan.place
    out["title"] = plan.title
    r.facts.found.append(f"Tên {plan.kind.lower()}: {plan.title}")
    r.facts.check += plan.notes
    if refs := out.get("legal_basis"):
        r.facts.found.append(
            "Căn cứ: " + "; ".join(f"{ref['kind']} số {ref['number']}" for ref in refs)
        )


def read_site(r: Reading) -> None:
    plan = r.data["plan"]
    name = _site_name(r.plan.title)
    title = _lower_title(plan["title"]).rstrip(" .,;:")
    kind = plan["kind"].lower()
    if plan["issuer"] == PLACEHOLDER_ISSUER:
        description = f"{plan['kind']} {title}."
        r.note(
            ("site", "description"),
            f"Rút từ tên {kind}; chưa có cơ quan ban hành: thêm “của …” khi đã điền plan.issuer.",
        )
    else:
        description = f"{plan['kind']} của {plan['issuer']} {title}."
    r.data["site"] = {"url": PLACEHOLDER_URL, "name": name, "description": description}
    r.note(("site", "url"), "CẦN SỬA: địa chỉ giả định; điền tên miền thật khi công bố.")
    r.note(("site", "name"), f"Rút từ tên {kind}: có thể viết gọn lại.")
    r.facts.check.append(f"site.url: địa chỉ giả định {PLACEHOLDER_URL}, hãy sửa")
    r.facts.check.append(f"site.name: rút từ tên {kind} (“{name}”)")


def _lower_title(title: str) -> str:
    first = title.split(" ", 1)[0]
    return title[:1].lower() + title[1:] if first[1:].islower() else title


# A site's name is its plan's subject, without the dates and issuers a title carries.
_NAME_CUTS = re.compile(r"\s\(|\sngày\s\d|\scủa\s|\strên địa bàn\s|\snăm\s\d{4}")
MAX_SITE_NAME = 70


def _site_name(title: str) -> str:
    name = upper_first(title)
    cut = _NAME_CUTS.search(name, 20)
    if cut:
        name = name[: cut.start()]
    if len(name) > MAX_SITE_NAME:
        name = name[:MAX_SITE_NAME].rsplit(" ", 1)[0] + "…"
    return name.rstrip(" ,;:")
