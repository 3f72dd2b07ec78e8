"""The media kit: every slogan in every format, and a banner for each commune.

Each render is cached by a hash of everything that affects its pixels, so a
re-run with nothing changed renders nothing. New renders are spread over
the machine's cores, one image per worker at a time (memory stays bounded:
the 5 m banner is the largest canvas, under 200 MiB).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import unicodedata
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fontpkg
import PIL
import PIL.Image
import reportlab

from ..content.dates import month_text, short_date
from ..content.errors import ContentError, Problem
from ..content.model import Activity, Campaign, Event
from ..content.text import lower_first, slugify
from ..content.yamlsource import Source, dotted
from ..parallel.tasks import make_tasks
from ..publish import buildstamp
from ..publish.fsutil import file_stamp, write_atomic
from .color import ContrastError
from .degrade import degrade
from .display import Display
from .emblem import Badge, Emblem
from .fit import AUTHORITY, FitError, GlyphError, using_phrases
from .formats import Format, MediaError, load_formats
from .layout import Layout, QrLayer, TextLayer, load_layouts
from .phrases import name_phrases, phrase_problem
from .prepress import (
    imprint_missing,
    imprint_text,
    invitation_missing,
    placeholder_address,
    unfinished,
)

# The painter (``.render``: Pillow, the QR encoder, the PDF writer) is imported in the
# functions that draw or measure: a build that finds the kit made (``MEMO``) loads none.
if TYPE_CHECKING:
    from .specsheet import SpecRow

__all__ = [
    "Job",
    "KitFile",
    "KitResult",
    "build_kit",
    "check_kit",
    "check_media",
    "emblem_for",
    "even_sizes",
    "gate",
    "invitation_texts",
    "leaflet_texts",
    "plan_kit",
]

KIT_DIR = "bo-an-pham/"
VERSION = "11"  # bump when rendering changes in a way the inputs do not show
COMMUNE_FORMAT = "bang-ron-5m"
# The short form of a slogan replaces the full one in a format where the full
# one would come out at less than this fraction of the short one's size (a
# long slogan on a narrow flag), or only by splitting what belongs together.
SHORT_RATIO = 0.5


@dataclass(frozen=True)
class Job:
    """One image to render: a slogan (or commune banner) in one format."""

    stem: str  # ASCII, relative to the kit folder: "ap-phich-a3/chu-de"
    fmt: Format
    layout: Layout
    texts: tuple[tuple[str, str], ...]
    slogan: str | None
    commune: str | None
    qr_url: str | None
    fallback: tuple[tuple[str, str], ...] | None = None  # the short form, when it reads better
    emblem: Emblem | None = None
    event: str | None = None  # invitation cards: the event's id
    title: str = ""  # the PDF's title and author
    author: str = ""
    verso: Job | None = None  # the back of the sheet: the PDF's second page
    pdf: bool = True  # False for a side printed as another format's verso
    phrases: tuple[str, ...] = ()  # the campaign's own phrases (media.phrases)

    def key(self) -> str:
        fonts = hashlib.sha256(Path(fontpkg.path("Be Vietnam Pro", 700)).read_bytes()).hexdigest()
        if isinstance(self.emblem, Path):
            emblem = hashlib.sha256(self.emblem.read_bytes()).hexdigest()
        else:
            emblem = repr(self.emblem)
        inputs = [
            VERSION,
            PIL.__version__,
            reportlab.Version,
            fonts,
            self.fmt.model_dump_json(),
            self.layout.model_dump_json(),
            json.dumps(self.texts, ensure_ascii=False),
            json.dumps(self.fallback, ensure_ascii=False),
            self.qr_url or "",
            emblem,
            self.title,
            self.author,
            self.verso.key() if self.verso else "",
            str(self.pdf),
            json.dumps(self.phrases, ensure_ascii=False),
        ]
        return hashlib.sha256("\x1f".join(inputs).encode()).hexdigest()[:24]


@dataclass(frozen=True)
class KitFile:
    path: str  # relative to the site root
    kind: str
    format: str
    format_name: str
    role: str
    slogan: str | None
    commune: str | None
    width: int
    height: int
    dpi: float | None
    width_mm: float | None
    height_mm: float | None
    event: str | None = None

    def manifest(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class KitResult:
    files: list[KitFile]
    sources: dict[str, Path]  # site path → cached file
    rendered: int
    cached: int
    # What the kit gave up to stay buildable (a panel left empty, an image left out).
    warnings: list[Problem] = field(default_factory=list)
    # What the pre-press gate kept out, in plain Vietnamese for the kit's page.
    withheld: list[str] = field(default_factory=list)


def _texts(campaign: Campaign, slogan: str = "") -> dict[str, str]:
    """Headline and footer around ``slogan``, never repeating what it already says.

    Texts keep their natural case: a layout that wants capitals says so, and
    the line breaker needs the case to tell names ("Ngày Thầy thuốc") apart.
    """
    anniversary = campaign.anniversary
    if anniversary is not None:
        years = f"{anniversary.years} năm " if anniversary.years else ""
        headline = f"Kỷ niệm {years}{anniversary.name}"
    else:
        headline = campaign.theme
    said = slogan.casefold()
    if anniversary is not None and anniversary.name.casefold() in said:
        headline = campaign.theme if campaign.theme.casefold() not in said else ""
    # The sender on its own: "UBND huyện X (27/02/1955 - 27/02/2025)" would read as
    # the committee's own dates.
    footer = campaign.media.footer or campaign.plan.issuer_short or campaign.plan.issuer
    # The address typed by hand when a phone cannot read the QR code.
    url = campaign.site.url.split("://", 1)[-1].rstrip("/")
    texts = {"headline": headline or campaign.site.name, "footer": footer, "url": url}
    # Under the QR code: the document by its own kind word ("quyết định" for a
    # decision), never "kế hoạch" for every kind.
    kind = lower_first(campaign.plan.kind)
    texts["qr_caption"] = f"Quét mã để xem {kind} và các hoạt động"
    # The span the campaign celebrates, on its own line under the headline where a
    # layout has one (a "dates" layer): from campaign.yml's anniversary only, and not
    # when the slogan already says it.
    if anniversary is not None and anniversary.since is not None:
        dates = f"{short_date(anniversary.since)} - {short_date(anniversary.date)}"
        if short_date(anniversary.since) not in slogan:
            texts["dates"] = dates
    return texts


def emblem_for(campaign: Campaign, root: Path | None = None) -> Emblem | None:
    """The campaign's logo file, else a badge drawn from its anniversary, else nothing."""
    if campaign.media.logo and root is not None:
        return root / campaign.media.logo
    anniversary = campaign.anniversary
    if anniversary is not None and anniversary.years:
        years = f"{anniversary.since.year} - {anniversary.date.year}" if anniversary.since else None
        return Badge(str(anniversary.years), "NĂM", years)
    return None


def check_media(campaign: Campaign, source: Source | None, root: Path | None) -> list[Problem]:
    """Problems in ``media`` of campaign.yml, located: overrides, the logo file."""
    problems: list[Problem] = []
    for load, key in ((load_formats, "formats"), (load_layouts, "layouts")):
        overrides = getattr(campaign.media, key)
        try:
            load(overrides or None, source)
        except ContentError as exc:
            problems += exc.problems
    problems += _check_phrases(campaign, source)
    problems += _check_lines(campaign, source)
    logo = campaign.media.logo
    if logo and root is not None:
        file = source.file if source else "campaign.yml"
        line = source.line(("media", "logo")) if source else 0
        path = root / logo
        try:
            if not path.resolve().is_relative_to(root.resolve()):
                message = (
                    f"tệp logo '{logo}' nằm ngoài thư mục chiến dịch: chép nó vào thư mục "
                    f"chiến dịch rồi ghi đường dẫn tính từ đó, ví dụ 'logo: anh/logo.png' "
                    f"(để thư mục chiến dịch tự đủ, và lần dựng sau thấy khi logo đổi)"
                )
                problems.append(Problem(file, line, "media.logo", message))
                return problems
            with PIL.Image.open(path) as image:
                image.verify()
        except FileNotFoundError:
            message = (
                f"không thấy tệp logo '{logo}' trong thư mục chiến dịch: xem lại tên tệp "
                f"(chữ hoa, chữ thường, đuôi .png hay .jpg) và thư mục chứa nó"
            )
            problems.append(Problem(file, line, "media.logo", message))
        except (OSError, ValueError):
            message = (
                f"tệp logo '{logo}' không đọc được như một ảnh: dùng ảnh PNG hoặc JPEG "
                f"(mở bằng phần mềm xem ảnh rồi lưu lại dạng PNG)"
            )
            problems.append(Problem(file, line, "media.logo", message))
    return problems


def _check_phrases(campaign: Campaign, source: Source | None) -> list[Problem]:
    file = source.file if source else "campaign.yml"
    problems = []
    for i, phrase in enumerate(campaign.media.phrases):
        why = phrase_problem(phrase)
        if why is not None:
            line = source.line(("media", "phrases", i)) if source else 0
            problems.append(Problem(file, line, f"media.phrases.{i}", why))
    return problems


def _tokens(text: str) -> list[str]:
    """Words to compare hand-set lines with their slogan: case, spacing and dashes aside."""
    folded = unicodedata.normalize("NFC", text).casefold().split()
    return [w for w in folded if w not in ("-", "–", "—")]


def _first_difference(written: list[str], slogan: list[str]) -> str:
    """Where hand-set lines first leave the slogan's words: " (chữ 'x', khẩu hiệu ghi 'y')"."""
    for mine, theirs in zip(written, slogan, strict=False):
        if mine != theirs:
            return f" (chữ '{mine}', khẩu hiệu ghi '{theirs}')"
    if len(written) > len(slogan):
        return f" (thừa chữ '{written[len(slogan)]}')"
    if len(written) < len(slogan):
        return f" (thiếu chữ '{slogan[len(written)]}')"
    return ""


def _slogan_layer(layout: Layout) -> TextLayer | None:
    return next((x for x in layout.layers if isinstance(x, TextLayer) and x.slot == "slogan"), None)


def _check_lines(campaign: Campaign, source: Source | None) -> list[Problem]:
    """Hand-set lines (``slogans[].lines``): a known format, the slogan's own words."""
    if not any(s.lines for s in campaign.slogans):
        return []
    try:
        formats = load_formats(campaign.media.formats or None, source)
        layouts = load_layouts(campaign.media.layouts or None, source)
    except ContentError:
        return []  # reported by check_media already
    file = source.file if source else "campaign.yml"
    ids = [f.id for f in formats.values() if f.subject == "slogan"]
    problems = []
    for i, slogan in enumerate(campaign.slogans):
        for fmt_id, lines in slogan.lines.items():
            path = ("slogans", i, "lines", fmt_id)
            line = source.line(path) if source else 0
            field_name = dotted(path)
            fmt = formats.get(fmt_id)
            if fmt is None or fmt.subject != "slogan":
                problems.append(
                    Problem(
                        file,
                        line,
                        field_name,
                        f"'{fmt_id}' không phải mã một khổ in khẩu hiệu: ghi một trong "
                        f"{', '.join(ids)}",
                    )
                )
                continue
            words = _tokens(" ".join(lines))
            if words not in (_tokens(slogan.text), _tokens(slogan.short or "")):
                problems.append(
                    Problem(
                        file,
                        line,
                        field_name,
                        f"các dòng '{' / '.join(lines)}' không đúng chữ của khẩu hiệu"
                        f"{_first_difference(words, _tokens(slogan.text))}: chỉ được chia dòng "
                        "khác đi, giữ nguyên từng chữ của khẩu hiệu (text) hoặc của dạng ngắn "
                        "(short)",
                    )
                )
                continue
            layer = _slogan_layer(layouts[fmt.layout])
            if layer is not None and len(lines) > layer.max_lines:
                problems.append(
                    Problem(
                        file,
                        line,
                        field_name,
                        f"khổ '{fmt_id}' in khẩu hiệu trên tối đa {layer.max_lines} dòng, ở "
                        f"đây có {len(lines)} dòng: gộp lại còn {layer.max_lines} dòng",
                    )
                )
    return problems


def _hand_set(layout: Layout, count: int) -> Layout:
    """``layout`` whose slogan takes exactly the editor's ``count`` lines, no more."""
    layers = [
        x.model_copy(update={"max_lines": count})
        if isinstance(x, TextLayer) and x.slot == "slogan"
        else x
        for x in layout.layers
    ]
    return layout.model_copy(update={"layers": layers})


def plan_kit(
    campaign: Campaign, source: Source | None = None, root: Path | None = None
) -> list[Job]:
    """Every image of the kit, in a stable order."""
    formats = load_formats(campaign.media.formats or None, source)
    layouts = load_layouts(campaign.media.layouts or None, source)
    emblem = emblem_for(campaign, root)
    phrases = _phrases(campaign)
    jobs = []
    for slogan in campaign.slogans:
        # The leaflet's second panel quotes the theme beside the slogan.
        quote = campaign.theme if slogan.text != campaign.theme else slogan.short or slogan.text
        texts = {**_texts(campaign, slogan.text), "slogan": slogan.text, "quote": quote}
        short = None
        if slogan.short:
            # Headline and footer are chosen again: the short form may drop the dates.
            around = _texts(campaign, slogan.short)
            short = tuple(sorted({**around, "slogan": slogan.short, "quote": quote}.items()))
        for fmt in formats.values():
            if fmt.subject != "slogan":
                continue
            layout, chosen, fallback = layouts[fmt.layout], texts, short
            imprint = _imprint(campaign, fmt)
            if imprint:
                chosen = {**chosen, "imprint": imprint}
                if fallback:
                    fallback = tuple(sorted({**dict(fallback), "imprint": imprint}.items()))
            lines = slogan.lines.get(fmt.id)
            if lines:
                # The editor's lines, exactly: the short form's texts when they set it.
                set_text = "\n".join(" ".join(x.split()) for x in lines)
                is_short = slogan.short and _tokens(set_text) == _tokens(slogan.short)
                base = dict(short) if is_short and short else texts
                chosen, fallback = {**base, "slogan": set_text}, None
                if imprint:
                    chosen["imprint"] = imprint
                layout = _hand_set(layout, len(lines))
            jobs.append(
                Job(
                    file_stem(fmt, fmt.id, slogan.id),
                    fmt,
                    layout,
                    tuple(sorted(chosen.items())),
                    slogan.id,
                    None,
                    campaign.site.url,
                    fallback,
                    emblem,
                    title=f"{fmt.name}: {slogan.text}",
                    author=campaign.plan.issuer,
                    phrases=phrases,
                )
            )
    if campaign.media.commune_banners and campaign.communes and COMMUNE_FORMAT in formats:
        fmt = formats[COMMUNE_FORMAT]
        anniversary = campaign.anniversary
        for commune in campaign.communes:
            who = f"UBND {commune.kind} {commune.name}"
            what = (
                f"nhiệt liệt chào mừng kỷ niệm {anniversary.years} năm {anniversary.name}"
                if anniversary and anniversary.years
                else f"nhiệt liệt hưởng ứng: {campaign.theme}"
            )
            banner = f"{who} {what}"
            # The commune signs its own banner, under the greeting: the district's name
            # would contradict it. The greeting alone is what must read from across the
            # street (15 cm capitals fit it on two lines of a 5 m banner; with the
            # commune's name in front it needs three lines that do not fit).
            greeting = what[:1].upper() + what[1:]
            texts = {
                **_texts(campaign, banner),
                "slogan": greeting,
                "footer": who,
                "quote": campaign.theme,
            }
            jobs.append(
                Job(
                    file_stem(fmt, "bang-ron-xa", slugify(commune.kind + " " + commune.name)),
                    fmt,
                    layouts[fmt.layout],
                    tuple(sorted(texts.items())),
                    None,
                    f"{commune.kind} {commune.name}",
                    campaign.site.url,
                    None,
                    emblem,
                    title=f"{fmt.name}: {banner}",
                    author=campaign.plan.issuer,
                    phrases=phrases,
                )
            )
    for event in campaign.events:
        if invitation_missing(event):
            continue  # said on the kit's page (see ``gate``)
        texts = invitation_texts(campaign, event)
        for fmt in formats.values():
            if fmt.subject != "event":
                continue
            jobs.append(
                Job(
                    file_stem(fmt, fmt.id, event.id),
                    fmt,
                    layouts[fmt.layout],
                    tuple(sorted(texts.items())),
                    None,
                    None,
                    None,
                    None,
                    emblem,
                    event.id,
                    title=f"{fmt.name}: {event.name}",
                    author=campaign.plan.issuer,
                    phrases=phrases,
                )
            )
    inside = leaflet_texts(campaign)
    for fmt in formats.values():
        if fmt.subject == "campaign":
            jobs.append(
                Job(
                    file_stem(fmt, fmt.id, slugify(campaign.site.name) or "chien-dich"),
                    fmt,
                    layouts[fmt.layout],
                    tuple(sorted(inside.items())),
                    None,
                    None,
                    campaign.site.url,
                    None,
                    emblem,
                    title=f"{fmt.name}: {campaign.site.name}",
                    author=campaign.plan.issuer,
                    phrases=phrases,
                )
            )
    return _unique(_backed(jobs))


def _phrases(campaign: Campaign) -> tuple[str, ...]:
    """The campaign's own phrases (media.phrases), then its document's kind word and
    the names of the bodies it declares, each kept whole by the line breaker where it
    fits on one line."""
    plan, imprint = campaign.plan, campaign.media.imprint
    # The document's kind word too: the QR caption must not break "quyết / định".
    names = [plan.kind, plan.issuer, plan.issuer_short or ""]
    for unit in campaign.units:
        names += [unit.name, unit.short or ""]
    names += [event.host or "" for event in campaign.events]
    # The commune banners sign as "UBND xã ...": see the commune loop of ``plan_kit``.
    names += [f"UBND {commune.kind} {commune.name}" for commune in campaign.communes]
    if imprint is not None:
        names += [imprint.publisher or "", imprint.licensed_by or "", imprint.printer or ""]
    own = [p for p in campaign.media.phrases if phrase_problem(p) is None]
    found = [p for name in names if name for p in name_phrases(name)]
    return tuple(dict.fromkeys([*own, *found]))


def _imprint(campaign: Campaign, fmt: Format) -> str | None:
    """The imprint line on the outside of a leaflet (the side with a verso), or None
    for other formats and while ``media.imprint`` is incomplete (see ``gate``)."""
    imprint = campaign.media.imprint
    if fmt.kind != "leaflet" or not fmt.verso or imprint is None or imprint_missing(imprint):
        return None
    assert fmt.width_mm is not None and fmt.height_mm is not None
    return imprint_text(imprint, f"{fmt.width_mm:g} × {fmt.height_mm:g} mm")


def size_label(fmt: Format) -> str:
    """The trim size a file name carries: ``5000x800mm``, ``1200x630px``."""

    def number(value: float) -> str:
        return f"{value:g}".replace(".", "-")

    if fmt.physical:
        assert fmt.width_mm is not None and fmt.height_mm is not None
        return f"{number(fmt.width_mm)}x{number(fmt.height_mm)}mm"
    return f"{fmt.width_px}x{fmt.height_px}px"


def file_stem(fmt: Format, folder: str, slug: str) -> str:
    """``folder/<format>_<size>_<slug>``: a name that says what the file is even
    when it lands, alone, in a phone's download folder."""
    return f"{folder}/{fmt.id}_{size_label(fmt)}_{slug}"


def _backed(jobs: list[Job]) -> list[Job]:
    """Each job whose format has a verso gets that side's job as the PDF's second
    page; the verso's own job keeps its previews and writes no PDF."""
    versos = {job.fmt.verso for job in jobs if job.fmt.verso}
    backs = {job.fmt.id: job for job in jobs if job.fmt.id in versos}
    out = []
    for job in jobs:
        if job.fmt.id in versos:
            job = replace(job, pdf=False)
        if job.fmt.verso and job.fmt.verso in backs:
            job = replace(job, verso=replace(backs[job.fmt.verso], pdf=False))
        out.append(job)
    return out


def _unique(jobs: list[Job]) -> list[Job]:
    """No two files of the kit share a name, whatever their folders: a slug met
    twice (a commune named like a slogan id) gets a number."""
    seen: set[str] = set()
    out = []
    for job in jobs:
        folder, name = job.stem.rsplit("/", 1)
        candidate, n = name, 1
        while candidate in seen:
            n += 1
            candidate = f"{name}-{n}"
        seen.add(candidate)
        out.append(job if candidate == name else replace(job, stem=f"{folder}/{candidate}"))
    return out


def _window(activity: Activity) -> str:
    when = activity.when
    if when is None:
        return ""
    if when.end is None or when.end == when.start:
        return short_date(when.start)
    return f"{short_date(when.start)} - {short_date(when.end)}"


def leaflet_texts(campaign: Campaign) -> dict[str, str]:
    """The three inside panels of the leaflet, from the plan itself: nothing added.

    Purpose, the activities with their dates, and the main event (or, without
    one, who issues the plan); the web address closes the last panel.
    """
    plan = campaign.plan
    texts = {"heading1": "Mục đích", "body1": plan.purposes[0] if plan.purposes else plan.title}
    if campaign.activities:
        items = []
        for activity in campaign.activities:
            window = _window(activity)
            items.append(f"• {activity.name}" + (f" ({window})" if window else ""))
        texts |= {"heading2": "Các hoạt động", "body2": "\n".join(items)}
    elif deadlines := [
        (a, t) for a in campaign.assignments for t in a.tasks if t.deadline is not None
    ]:
        # A conference plan has no activities to list: its deadlines are what
        # the units must keep.
        items = [
            f"• {campaign.unit_name(a.unit)}: chậm nhất {short_date(t.deadline)}"
            if a.unit is not None
            else f"• Chậm nhất {short_date(t.deadline)}"
            for a, t in deadlines
            if t.deadline is not None
        ]
        texts |= {"heading2": "Các mốc thời hạn", "body2": "\n".join(items)}
    elif len(campaign.events) > 1:
        items = [f"• {e.name} ({_event_day(e)})" for e in campaign.events]
        texts |= {"heading2": "Các sự kiện", "body2": "\n".join(items)}
    elif plan.requirements:
        texts |= {"heading2": "Yêu cầu", "body2": "\n".join(f"• {r}" for r in plan.requirements)}
    # Else the panel has nothing from the plan to say: the kit leaves it empty and says so.
    url = campaign.site.url.split("://", 1)[-1].rstrip("/")
    fixed = [e for e in campaign.events if e.date is not None and not e.tentative]
    if fixed:
        # Only an event whose day is settled: a leaflet is printed once.
        event = fixed[0]
        day = _event_day(event)
        when = ("Ngày " if event.date else "") + day
        when = when[0].upper() + when[1:]
        if event.time:
            when = f"{event.time}, {when[0].lower()}{when[1:]}"
        lines = [event.name, when]
        if event.place:
            lines.append(f"Tại {event.place}")
        lines += ["Xem chi tiết tại:", url]
        texts |= {"heading3": "Sự kiện chính", "body3": "\n".join(lines)}
    else:
        lines = [plan.issuer, "Xem chi tiết tại:", url]
        texts |= {"heading3": "Thông tin", "body3": "\n".join(lines)}
    return texts


def _event_day(event: Event) -> str:
    """``26/02/2025``, or ``tháng 06/2023`` when the plan fixes only the month."""
    return short_date(event.date) if event.date else month_text(event.first_day)


def invitation_texts(campaign: Campaign, event: Event) -> dict[str, str]:
    """What an invitation card says, for an event with everything an invitation needs
    (see :func:`.prepress.invitation_missing`): nothing left blank, nothing tentative."""
    assert event.date is not None and event.signer is not None
    signer = event.signer
    # Each authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") on its own line, then the
    # position, as a signature block is set (Nghị định 30/2020/NĐ-CP, Phụ lục I).
    lines: list[list[str]] = []
    for word in (signer.authority or "").split():
        if word in AUTHORITY or not lines:
            lines.append([])
        lines[-1].append(word)
    title = "\n".join([*(" ".join(line) for line in lines), signer.position])
    texts = {
        "issuer": event.host or campaign.plan.issuer,
        "event": f"Tới dự {event.name}",
        "when": f"Thời gian: {event.time}, ngày {short_date(event.date)}",
        "place": f"Địa điểm: {event.place}",
        "signer_title": title,
        "signer_name": signer.name,
    }
    if event.reply is not None:
        who = f"{event.reply.name}, " if event.reply.name else ""
        texts["reply"] = f"Xác nhận tham dự: {who}điện thoại {event.reply.phone}"
    return texts


def _prefer_short(job: Job) -> bool:
    """Whether the short form reads better in this format than the full slogan."""
    from .render import fit_slot

    if job.fallback is None:
        return False
    full, short = dict(job.texts)["slogan"], dict(job.fallback)["slogan"]
    try:
        fitted_full = fit_slot(job.fmt, job.layout, "slogan", full)
    except FitError:
        return True
    try:
        fitted_short = fit_slot(job.fmt, job.layout, "slogan", short)
    except FitError:
        return False
    if fitted_full is None or fitted_short is None:
        return False
    if fitted_short.cuts < fitted_full.cuts:
        # The short form cuts fewer phrases (or none) where the full one must.
        return True
    if fitted_full.size < SHORT_RATIO * fitted_short.size:
        return True
    # The full slogan fits its box but comes out no larger than a line that must stay
    # below it at a legible size (the sender on a small social image): the short form
    # keeps the slogan the largest text, where it can.
    return _outranked(job, dict(job.texts)) and not _outranked(job, dict(job.fallback))


def _outranked(job: Job, texts: Mapping[str, str]) -> bool:
    """Whether a text that follows the slogan's size cannot stay below it (see
    :func:`campaign.media.render.measure`)."""
    from .render import measure

    try:
        measure(job.fmt, job.layout, texts, qr_url=job.qr_url, emblem=job.emblem)
    except FitError as error:
        return error.slot not in ("", "slogan")
    except MediaError:
        return False
    return False


def even_sizes(jobs: list[Job]) -> list[Job]:
    """One slogan size for each set of outdoor images hung side by side.

    The slogans of one outdoor format (and the commune banners, a set of their
    own) are set at the size of the smallest of them that reaches the format's
    minimum cap height: banners along a street read as one series. A slogan
    below the minimum is not counted (the kit leaves it out); the texts each job
    prints (full or short form) are settled first and kept.
    """
    from .render import measure

    groups: dict[tuple[str, str], list[int]] = {}
    for index, job in enumerate(jobs):
        if job.fmt.min_cap_mm and (job.slogan or job.commune) and _slogan_layer(job.layout):
            groups.setdefault((job.fmt.id, job.stem.split("/", 1)[0]), []).append(index)
    result = list(jobs)
    for members in groups.values():
        sizes: dict[int, tuple[float, dict[str, str]]] = {}
        for index in members:
            job = jobs[index]
            texts, _ = _job_texts(job)
            try:
                with using_phrases(job.phrases):
                    fitted = measure(
                        job.fmt, job.layout, texts, qr_url=job.qr_url, emblem=job.emblem
                    )
            except MediaError:
                continue  # left out or degraded later, with its warning
            sizes[index] = (fitted["slogan"] / job.fmt.points_to_px(1), texts)
        if len(sizes) < 2:
            continue
        # Whole points: the size every member can take, measured again when drawn.
        common = float(int(min(size for size, _ in sizes.values())))
        for index, (_, texts) in sizes.items():
            job = jobs[index]
            layers = [
                x.model_copy(update={"max_pt": common})
                if isinstance(x, TextLayer) and x.slot == "slogan"
                else x
                for x in job.layout.layers
            ]
            layout = job.layout.model_copy(update={"layers": layers})
            result[index] = replace(
                job, layout=layout, texts=tuple(sorted(texts.items())), fallback=None
            )
    return result


# What a slogan, a name or a format of the user's can make a render raise.
_USER_ERRORS = (FitError, GlyphError, MediaError)


def _job_texts(job: Job) -> tuple[dict[str, str], dict[str, str]]:
    """The texts drawn for ``job`` (the short form where it reads better) and their ids."""
    ids = {
        "slogan": job.slogan or job.commune or "",
        "quote": job.slogan or "",
        "event": job.event or "",
    }
    with using_phrases(job.phrases):
        short = bool(job.fallback) and _prefer_short(job)
        texts = dict(job.fallback if job.fallback and short else job.texts)
        return _room_for_dates(job, texts), ids


def _room_for_dates(job: Job, texts: dict[str, str]) -> dict[str, str]:
    """``texts`` with the anniversary's own line only where the format has room for it:
    it fits, and no other text comes out smaller for it (a slogan is never shrunk to
    make room for its dates)."""
    from .render import measure

    if "dates" not in texts or not any(
        isinstance(x, TextLayer) and x.slot == "dates" for x in job.layout.layers
    ):
        return texts
    without = {k: v for k, v in texts.items() if k != "dates"}
    try:
        alone = measure(job.fmt, job.layout, without, qr_url=job.qr_url, emblem=job.emblem)
        both = measure(job.fmt, job.layout, texts, qr_url=job.qr_url, emblem=job.emblem)
    except MediaError:
        return without  # what does not fit without it is the degrade step's to report
    if any(both.get(slot, 0) < size for slot, size in alone.items()):
        return without
    return texts


def _compose(job: Job) -> Display:
    from .render import compose

    texts, ids = _job_texts(job)
    display, _ = compose(
        job.fmt, job.layout, texts, qr_url=job.qr_url, emblem=job.emblem, text_ids=ids
    )
    return display


def _back(job: Job) -> Display | None:
    """The verso side as its own job prints it: degraded the same way when it does
    not fit as planned (its job reports why), None when it is left out."""
    from .render import measure

    try:
        return _compose(job)
    except ContrastError:
        return None
    except _USER_ERRORS as error:
        texts, ids = _job_texts(job)

        def check(layout: Layout, candidate: Mapping[str, str]) -> None:
            measure(job.fmt, layout, candidate, qr_url=job.qr_url, emblem=job.emblem, text_ids=ids)

        try:
            better = degrade(job.layout, texts, error, check)
        except ContrastError:
            return None
        if better is None:
            return None
        changed = replace(job, layout=better.layout, texts=tuple(sorted(better.texts.items())))
        try:
            return _compose(replace(changed, fallback=None))
        except _USER_ERRORS:
            return None


def _render_job(job: Job, folder: Path) -> list[str]:
    """Render one job into ``folder`` (in a worker process); the files written."""
    from .render import export

    with using_phrases(job.phrases):
        display = _compose(job)
        verso = None
        if job.verso is not None and job.pdf:
            back = _back(job.verso)
            verso = (back, job.verso.fmt) if back is not None else None
    folder.mkdir(parents=True, exist_ok=True)
    written = export(
        display,
        job.fmt,
        folder / "kit",
        verso=verso,
        title=job.title,
        author=job.author,
        pdf=job.pdf,
    )
    return [p.name for p in written]


def _has_address(job: Job) -> bool:
    """Whether ``job`` prints the site's address: a QR code, or the address as text."""
    slots = set()
    for layer in job.layout.layers:
        if isinstance(layer, QrLayer):
            return True
        if isinstance(layer, TextLayer) and layer.slot:
            slots.add(layer.slot)
    if "url" in slots:
        return True
    url = (job.qr_url or "").split("://", 1)[-1].rstrip("/")
    texts = (*job.texts, *(job.fallback or ()))
    return bool(url) and any(url in text for slot, text in texts if slot in slots)


def _text_field(
    campaign: Campaign, job: Job, slot: str, short: bool = False
) -> tuple[str | int, ...]:
    """The field of campaign.yml a text of ``job`` comes from, as far as it can be told."""
    if slot == "footer" and not job.commune:
        return ("media", "footer") if campaign.media.footer else ("plan", "issuer")
    if slot == "qr_caption":
        return ("plan", "kind")
    if slot in ("headline", "quote") and not job.event:
        return ("theme",) if campaign.stated_theme else ("site", "name")
    if job.slogan:
        index = next(i for i, s in enumerate(campaign.slogans) if s.id == job.slogan)
        return ("slogans", index, "short" if short else "text")
    if job.commune:
        communes = [f"{c.kind} {c.name}" for c in campaign.communes]
        return ("communes", communes.index(job.commune) if job.commune in communes else 0)
    if job.event:
        index = next(i for i, e in enumerate(campaign.events) if e.id == job.event)
        return ("events", index)
    return _leaflet_field(campaign, slot) or ("plan",)


def gate(
    campaign: Campaign, jobs: list[Job], source: Source | None = None
) -> tuple[list[Job], list[Problem], list[str]]:
    """The pre-press gate: the jobs fit to print, the located notes on what was kept
    out, and the same in plain words for the kit's page (see :mod:`.prepress`)."""
    file = source.file if source else "campaign.yml"

    def at(path: tuple[str | int, ...]) -> int:
        return source.line(path) if source else 0

    kept, warnings, withheld = [], [], []
    url = campaign.site.url
    why = placeholder_address(url)
    addressed = [j for j in jobs if _has_address(j)] if why else []
    if addressed:
        ids = sorted({j.fmt.id for j in addressed})
        warnings.append(
            Problem(
                file,
                at(("site", "url")),
                "site.url",
                f"địa chỉ trang '{url}' ({why}): {len(addressed)} ảnh có mã QR hoặc in địa "
                f"chỉ trang ({', '.join(ids)}) không được đưa vào bộ ấn phẩm; hãy ghi địa chỉ "
                "thật của trang vào site_url (mkdocs.yml) và site.url (campaign.yml)",
            )
        )
        names = sorted({j.fmt.name for j in addressed})
        withheld.append(
            f"{', '.join(names)}: chưa in được vì địa chỉ trang ({url}) là địa chỉ mẫu, "
            "mã QR và địa chỉ in trên ấn phẩm sẽ không mở được. Ghi địa chỉ thật vào "
            "site_url rồi dựng lại."
        )
    unready: dict[tuple[tuple[str | int, ...], str, str], list[Job]] = {}
    for job in jobs:
        if job in addressed:
            continue
        flaw = next(
            (
                (slot, text, w, short)
                for short, texts in ((False, job.texts), (True, job.fallback or ()))
                for slot, text in texts
                if (w := unfinished(text)) is not None
            ),
            None,
        )
        if flaw is None:
            kept.append(job)
            continue
        slot, text, what, short = flaw
        unready.setdefault((_text_field(campaign, job, slot, short), what, text), []).append(job)
    # One note per faulty text, however many images carry it.
    for (path, what, text), held in unready.items():
        stems = ", ".join(j.stem for j in held)
        warnings.append(
            Problem(
                file,
                at(path),
                dotted(path),
                f"{len(held)} ảnh không được đưa vào bộ ấn phẩm ({stems}): {what} ('{text}')",
            )
        )
        withheld.append(f"{stems}: {what} (trường {dotted(path)} trong campaign.yml).")
    for index, event in enumerate(campaign.events):
        missing = invitation_missing(event)
        if not missing:
            continue
        warnings.append(
            Problem(
                file,
                at(("events", index)),
                f"events[{index}]",
                f"giấy mời '{event.id}' chưa làm: thiếu {'; '.join(missing)}",
            )
        )
        withheld.append(
            f"Giấy mời {event.name}: chưa làm vì {campaign.plan.kind.lower()} chưa cho biết "
            f"{'; '.join(missing)}."
        )
    leaflets = sorted({j.fmt.name for j in kept if j.fmt.kind == "leaflet" and j.fmt.verso})
    lacks = imprint_missing(campaign.media.imprint) if leaflets else []
    absent = [lack.what for lack in lacks if lack.absent]
    if absent:
        warnings.append(
            Problem(
                file,
                at(("media", "imprint")),  # or the nearest section written
                "media.imprint",
                f"tờ rơi in ra chưa có dòng thông tin xuất bản: thiếu {'; '.join(absent)}",
            )
        )
    for lack in lacks:
        if not lack.absent:  # a reminder left in the field: located on its own line
            warnings.append(
                Problem(
                    file,
                    at(("media", "imprint", lack.field)),
                    f"media.imprint.{lack.field}",
                    f"tờ rơi in ra chưa có dòng thông tin xuất bản: {lack.what}",
                )
            )
    if lacks:
        withheld.append(
            f"{', '.join(leaflets)}: chưa có dòng thông tin xuất bản (giấy phép, số lượng in, "
            f"nơi in) vì campaign.yml chưa cho biết {'; '.join(map(str, lacks))}. Bản này "
            "chỉ để duyệt mẫu, chưa gửi in."
        )
    return kept, warnings, withheld


def build_kit(
    campaign: Campaign,
    cache_dir: Path,
    *,
    workers: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    source: Source | None = None,
    root: Path | None = None,
) -> KitResult:
    """Render what is missing from ``cache_dir``; list every file of the kit.

    An image that cannot be drawn as planned (a slogan too long for a format, a
    leaflet panel with nothing to say) is degraded (see :mod:`.degrade`) or left
    out, with a warning located in ``source`` (campaign.yml) when it is given:
    the kit is optional, it never stops the site. Only a layout's own mistake (a
    colour without contrast) is raised, as :class:`ContentError`. ``root`` is
    the campaign folder, where ``media.logo`` is found. New renders are spread
    over ``workers`` processes (default: :func:`campaign.parallel.tasks.jobs`).

    When nothing the kit is made from changed since the last call on ``cache_dir``
    and every file it listed is still there, that call's result is returned (see
    :func:`_memo_key`): planning the kit measures every slogan in every format
    again, about a second for a district's kit, on every build.
    """
    memo = cache_dir / MEMO
    key = _memo_key(campaign, source, root, cache_dir)
    found = _memo_load(memo, key)
    if found is not None:
        return found
    result = _build_kit(campaign, cache_dir, workers, progress, source, root)
    _memo_save(memo, key, result)
    return result


def _build_kit(
    campaign: Campaign,
    cache_dir: Path,
    workers: int | None,
    progress: Callable[[int, int, str], None] | None,
    source: Source | None,
    root: Path | None,
) -> KitResult:
    jobs, held, withheld = gate(campaign, plan_kit(campaign, source, root), source)
    jobs = even_sizes(jobs)
    kept = list(jobs)
    warnings: dict[str, Problem] = {}  # by image: a degraded one that fails again is left out
    problems: list[Problem] = []
    left_out: list[str] = []  # the same, in plain words for the kit's page
    todo = [j for j in jobs if _recorded(cache_dir / j.key()) is None]
    total, done, rendered_now = len(todo), 0, 0
    # Twice at most: the images as planned, then degraded versions of those that failed.
    for first in (True, False):
        tasks = make_tasks(len(todo), nproc=workers)  # one image per worker at a time
        for job in todo:
            tasks.add(_render_job, job, cache_dir / job.key(), name=job.stem)
        retry = []
        for job, outcome in zip(todo, tasks.outcomes(), strict=True):
            error = outcome.error
            if error is not None and not isinstance(error, _USER_ERRORS):
                outcome.result()  # a bug, not the content: raised here, naming the image
            if error is None:
                _record(cache_dir / job.key(), outcome.value)
                rendered_now += 1
            else:
                assert isinstance(error, MediaError)
                better, warning = _settle(campaign, source, job, error, first)
                if warning is None:
                    problems.append(_problem(campaign, source, job, error))
                else:
                    warnings[job.stem] = warning
                    index = kept.index(job)
                    if better is None:
                        left_out.append(_left_out(campaign, job, error))
                        del kept[index]
                    else:
                        kept[index] = better
                        if _recorded(cache_dir / better.key()) is None:
                            retry.append(better)
                            total += 1
            done += 1
            if progress:
                progress(done, total, job.stem)
        todo = retry
        if not todo:
            break
    if problems:
        raise ContentError(problems)

    def rendered(job: Job) -> list[str]:
        folder = cache_dir / job.key()
        return sorted(p.name for p in folder.iterdir() if p.name.startswith("kit."))

    files, sources = _listing(kept, cache_dir, rendered)
    files, sources = _bundles(files, sources, cache_dir, write=True)
    files, sources = _spec_sheet(campaign, kept, files, sources, cache_dir, write=True)
    return KitResult(
        files,
        sources,
        rendered=rendered_now,
        cached=len(kept) - rendered_now,
        warnings=held + list(warnings.values()),
        withheld=withheld + left_out,
    )


# In a render's folder, once it is drawn: the files it wrote, as they were written.
DONE = "done"


def _record(folder: Path, names: list[str]) -> None:
    """Note in ``folder`` that its render is done, with the files it wrote."""
    files = {name: file_stamp(folder / name) for name in sorted(names)}
    write_atomic(folder / DONE, json.dumps({"files": files}).encode("utf-8"))


def _record_file(path: Path) -> None:
    """Note beside ``path`` (a bundle, the spec sheet) that it is written, as written."""
    write_atomic(
        path.with_name(f"{path.name}.{DONE}"), json.dumps(file_stamp(path)).encode("utf-8")
    )


def _intact(path: Path) -> bool:
    """Whether ``path`` is the file :func:`_record_file` noted (else: write it again)."""
    try:
        seen = json.loads(path.with_name(f"{path.name}.{DONE}").read_text(encoding="utf-8"))
        return bool(file_stamp(path) == seen)
    except (OSError, ValueError):
        return False


def _recorded(folder: Path) -> list[str] | None:
    """The files of the render in ``folder`` if it is done and every file it wrote is
    still there, as it wrote it; None: draw it again. (A render deleted or replaced
    by hand is drawn again, not skipped because its folder says it was done.)"""
    try:
        files = json.loads((folder / DONE).read_text(encoding="utf-8"))["files"]
        if not isinstance(files, dict) or not files:
            return None
        if any(file_stamp(folder / name) != list(seen) for name, seen in files.items()):
            return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return sorted(files)


# The last result of ``build_kit`` in its cache folder, with what it was made from.
MEMO = "kit.json"


def _memo_key(campaign: Campaign, source: Source | None, root: Path | None, cache_dir: Path) -> str:
    """Everything a kit is made from: the campaign, where each of its fields is written
    (warnings name the line), the logo's bytes, the engine's code and data (formats,
    layouts, phrases), the libraries and fonts, and the folder of its renders."""
    logo = emblem_for(campaign, root)
    try:
        emblem = hashlib.sha256(logo.read_bytes()).hexdigest() if isinstance(logo, Path) else ""
    except OSError:
        emblem = "-"  # unreadable: planned again, which reports it
    lines = (
        ""
        if source is None
        else repr((source.file, source.first_line, sorted(source.lines.items(), key=repr)))
    )
    parts = [
        VERSION,
        buildstamp.engine_digest(),
        buildstamp.versions(),
        campaign.model_dump_json(),
        lines,
        str(root.resolve()) if root is not None else "",
        emblem,
        str(cache_dir.resolve()),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _memo_load(memo: Path, key: str) -> KitResult | None:
    """The result kept in ``memo`` if it was made from ``key`` and every file it lists
    is still in the cache as it was (None: make it again)."""
    try:
        data = json.loads(memo.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        sources = {str(k): Path(v) for k, v in data["sources"].items()}
        result = KitResult(
            [KitFile(**f) for f in data["files"]],
            sources,
            rendered=0,
            cached=int(data["count"]),
            warnings=[Problem(**w) for w in data["warnings"]],
            withheld=[str(w) for w in data["withheld"]],
        )
        stats = {str(k): list(v) for k, v in data["stats"].items()}
        # A render or bundle removed or replaced since: made again.
        if any(file_stamp(path) != stats.get(name) for name, path in sources.items()):
            return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return result


def _memo_save(memo: Path, key: str, result: KitResult) -> None:
    try:
        data = {
            "key": key,
            "count": result.rendered + result.cached,
            "files": [f.__dict__ for f in result.files],
            "sources": {k: str(v) for k, v in result.sources.items()},
            "stats": {k: file_stamp(v) for k, v in result.sources.items()},
            "warnings": [w.__dict__ for w in result.warnings],
            "withheld": result.withheld,
        }
        write_atomic(memo, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except (OSError, TypeError, ValueError):
        pass  # a result that cannot be kept only costs time


def _settle(
    campaign: Campaign, source: Source | None, job: Job, error: MediaError, degradable: bool
) -> tuple[Job | None, Problem | None]:
    """What replaces ``job``, which failed with ``error``: a degraded job that fits,
    or nothing (the image is left out), and the warning saying so. No warning: the
    error is the layout's own (a colour), to be reported as an error."""
    from .render import measure

    if isinstance(error, ContrastError):
        return None, None
    texts, ids = _job_texts(job)

    def check(layout: Layout, candidate: Mapping[str, str]) -> None:
        with using_phrases(job.phrases):
            measure(job.fmt, layout, candidate, qr_url=job.qr_url, emblem=job.emblem, text_ids=ids)

    try:
        better = degrade(job.layout, texts, error, check) if degradable else None
    except ContrastError:
        return None, None
    if better is None:
        return None, _problem(campaign, source, job, error, "ảnh này được bỏ khỏi bộ ấn phẩm")
    changed = replace(
        job, layout=better.layout, texts=tuple(sorted(better.texts.items())), fallback=None
    )
    said = "; ".join(better.notes)
    return changed, _problem(campaign, source, job, error, f"ảnh vẫn được in: {said}")


def _problem(
    campaign: Campaign, source: Source | None, job: Job, error: MediaError, done: str = ""
) -> Problem:
    """A job's failure (and ``done``: what the kit did about it), located at the
    field of campaign.yml the text that does not fit comes from."""
    from .render import MissingTextError

    path: tuple[str | int, ...]
    if job.slogan:
        what = f"khẩu hiệu '{job.slogan}'"
        index = next(i for i, s in enumerate(campaign.slogans) if s.id == job.slogan)
        path = ("slogans", index, "text")
    elif job.event:
        what = f"giấy mời '{job.event}'"
        index = next(i for i, e in enumerate(campaign.events) if e.id == job.event)
        path = ("events", index, "name")
    elif job.commune:
        what = f"băng rôn {job.commune}"
        communes = [f"{c.kind} {c.name}" for c in campaign.communes]
        path = ("communes", communes.index(job.commune) if job.commune in communes else 0, "name")
    else:  # the leaflet's inner side: each panel comes from its own field of the plan
        what = f"ấn phẩm '{job.stem}'"
        path = _leaflet_field(campaign, error.slot)
    if error.slot == "qr_caption":  # the caption names the document by plan.kind
        path = ("plan", "kind")
    if isinstance(error, ContrastError):
        # A colour is the layout's choice, not the text's: point at the layout overridden.
        ids = [layout.get("id") for layout in campaign.media.layouts]
        path = ("media", "layouts")
        if job.layout.id in ids:
            path = (*path, ids.index(job.layout.id))
    if isinstance(error, GlyphError) and error.char and source is not None:
        # The field that holds the character, wherever the layout put its text.
        path = _holding(source.data, error.char) or path
    file = source.file if source else "campaign.yml"
    line = source.line(path) if source else 0
    why = str(error)
    if isinstance(error, MissingTextError):
        why = "không có nội dung cho phần này"
        if not (job.slogan or job.event or job.commune) and error.slot.endswith("2"):
            why = (
                f"tấm 2 không có gì để in: {campaign.plan.kind.lower()} không có hoạt động có "
                "thời gian (activities), "
                "thời hạn của đơn vị (assignments), từ hai sự kiện (events) hay yêu cầu "
                "(plan.requirements)"
            )
    message = f"{what}, định dạng '{job.fmt.id}': {why}" + (f"; {done}" if done else "")
    return Problem(file, line, dotted(path), message)


def _left_out(campaign: Campaign, job: Job, error: MediaError) -> str:
    """Why ``job`` is not in the kit, for its page: the image, the reason, the field."""
    what = job.fmt.name
    if job.slogan:
        index = next(i for i, s in enumerate(campaign.slogans) if s.id == job.slogan)
        what += f", khẩu hiệu “{campaign.slogans[index].text}” (slogans[{index}])"
    elif job.commune:
        what += f", băng rôn {job.commune}"
    elif job.event:
        what += f", giấy mời {job.event}"
    return f"{what}: chưa đưa vào vì {error}."


def _leaflet_field(campaign: Campaign, slot: str) -> tuple[str | int, ...]:
    """The field of campaign.yml a panel of the leaflet is made from (see ``leaflet_texts``)."""
    plan = campaign.plan
    if slot.endswith("1"):
        return ("plan", "purposes", 0) if plan.purposes else ("plan", "title")
    if slot.endswith("2"):
        if campaign.activities:
            return ("activities",)
        if any(t.deadline for a in campaign.assignments for t in a.tasks):
            return ("assignments",)
        if len(campaign.events) > 1:
            return ("events",)
        return ("plan", "requirements") if plan.requirements else ("activities",)
    if slot.endswith("3"):
        fixed = [i for i, e in enumerate(campaign.events) if e.date and not e.tentative]
        return ("events", fixed[0], "name") if fixed else ("plan", "issuer")
    return ()


def _listing(
    jobs: list[Job], cache_dir: Path, names: Callable[[Job], list[str]]
) -> tuple[list[KitFile], dict[str, Path]]:
    """Every file of the kit, and where its render is (or would be) in ``cache_dir``."""
    files = []
    sources: dict[str, Path] = {}
    for job in jobs:
        geometry = job.fmt.geometry()
        folder = cache_dir / job.key()
        for name in names(job):
            suffix = name.split(".", 1)[1]
            role = {"png": "print-png", "pdf": "print-pdf", "webp": "preview-webp"}[suffix]
            width, height = geometry.size
            if suffix == "webp":
                ratio = min(1.0, 1200 / width)
                width, height = round(width * ratio), round(height * ratio)
            sources[f"{KIT_DIR}{job.stem}.{suffix}"] = folder / name
            files.append(
                KitFile(
                    f"{KIT_DIR}{job.stem}.{suffix}",
                    job.fmt.kind,
                    job.fmt.id,
                    job.fmt.name,
                    role,
                    job.slogan,
                    job.commune,
                    width,
                    height,
                    geometry.dpi if job.fmt.physical else None,
                    round(geometry.page_mm[0], 1) if job.fmt.physical else None,
                    round(geometry.page_mm[1], 1) if job.fmt.physical else None,
                    job.event,
                )
            )
    return files, sources


def check_kit(
    campaign: Campaign,
    cache_dir: Path,
    *,
    source: Source | None = None,
    root: Path | None = None,
) -> KitResult:
    """What :func:`build_kit` would refuse, found by measuring every text without
    drawing or writing anything; the kit's files as a build would list them
    (their renders in ``cache_dir`` may not exist yet). Raises like ``build_kit``."""
    from .render import measure

    jobs, held, withheld = gate(campaign, plan_kit(campaign, source, root), source)
    jobs = even_sizes(jobs)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    left_out: list[str] = []
    kept = []
    for job in jobs:
        texts, ids = _job_texts(job)
        try:
            with using_phrases(job.phrases):
                measure(
                    job.fmt, job.layout, texts, qr_url=job.qr_url, emblem=job.emblem, text_ids=ids
                )
        except MediaError as error:
            better, problem = _settle(campaign, source, job, error, True)
            if problem is None:
                problems.append(_problem(campaign, source, job, error))
                continue
            warnings.append(problem)
            if better is not None:
                kept.append(better)
            else:
                left_out.append(_left_out(campaign, job, error))
            continue
        kept.append(job)
    if problems:
        raise ContentError(problems)

    def exported(job: Job) -> list[str]:  # what ``export`` writes for the format
        pdf = job.fmt.physical and job.pdf
        return sorted(["kit.png", "kit.webp", *(["kit.pdf"] if pdf else [])])

    files, sources = _listing(kept, cache_dir, exported)
    files, sources = _bundles(files, sources, cache_dir, write=False)
    files, sources = _spec_sheet(campaign, kept, files, sources, cache_dir, write=False)
    return KitResult(
        files,
        sources,
        rendered=0,
        cached=0,
        warnings=held + warnings,
        withheld=withheld + left_out,
    )


def _bundles(
    files: list[KitFile], sources: dict[str, Path], cache_dir: Path, *, write: bool
) -> tuple[list[KitFile], dict[str, Path]]:
    """``files`` plus one zip per format holding its print files (PDFs; PNGs for
    screen formats), to send a shop one file. Deterministic: members sorted,
    fixed timestamps and modes, so an unchanged kit gives the same bytes. Zips
    live in ``cache_dir/zip`` under a hash of their members (``write`` makes
    any that is missing)."""
    by_format: dict[str, list[KitFile]] = {}
    for file in files:
        if file.role == "print-pdf" or (file.role == "print-png" and file.dpi is None):
            by_format.setdefault(file.format, []).append(file)
    out, out_sources = list(files), dict(sources)
    for members in by_format.values():
        members = sorted(members, key=lambda f: f.path.rsplit("/", 1)[1])
        first = members[0]
        folder, name = first.path.rsplit("/", 1)
        size = name.split("_")[1] if name.count("_") >= 2 else ""
        path = f"{folder}/{first.format}_{size}_tat-ca.zip" if size else f"{folder}/tat-ca.zip"
        digest = hashlib.sha256(
            "\x1f".join(f"{m.path}\x1e{sources[m.path]}" for m in members).encode()
        ).hexdigest()[:24]
        target = cache_dir / "zip" / f"{digest}.zip"
        if write and not _intact(target):
            _write_zip(target, [(m.path.rsplit("/", 1)[1], sources[m.path]) for m in members])
            _record_file(target)
        out_sources[path] = target
        out.append(
            replace(first, path=path, role="print-zip", slogan=None, commune=None, event=None)
        )
    return out, out_sources


def _spec_sheet(
    campaign: Campaign,
    jobs: list[Job],
    files: list[KitFile],
    sources: dict[str, Path],
    cache_dir: Path,
    *,
    write: bool,
) -> tuple[list[KitFile], dict[str, Path]]:
    """``files`` plus the spec sheet for the shop (when the kit has print PDFs)."""
    # ReportLab's page layout, a tenth of a second to import: only when the kit is made.
    from .specsheet import SpecRow, write_spec_sheet

    counts: dict[str, int] = {}
    for file in files:
        if file.role == "print-pdf":
            counts[file.format] = counts.get(file.format, 0) + 1
    rows: dict[str, SpecRow] = {}
    for job in jobs:
        fmt = job.fmt
        if fmt.id in counts and fmt.id not in rows:
            verso = job.verso.fmt if job.verso is not None else None
            rows[fmt.id] = SpecRow(fmt, counts[fmt.id], job.layout, verso)
    if not rows:
        return files, sources
    url = campaign.site.url
    inputs = [VERSION, reportlab.Version, campaign.site.name, campaign.plan.issuer, url]
    inputs += [
        f"{r.fmt.model_dump_json()}{r.files}{r.layout.model_dump_json()}{r.verso}"
        for r in rows.values()
    ]
    digest = hashlib.sha256("\x1f".join(inputs).encode()).hexdigest()[:24]
    target = cache_dir / "spec" / f"{digest}.pdf"
    if write and not _intact(target):
        write_spec_sheet(
            list(rows.values()),
            target,
            campaign=campaign.site.name,
            issuer=campaign.plan.issuer,
            url=url,
        )
        _record_file(target)
    path = f"{KIT_DIR}thong-so-in_{slugify(campaign.site.name) or 'chien-dich'}.pdf"
    sheet = KitFile(
        path, "spec", "", "Bảng thông số in", "spec-sheet", None, None, 0, 0, None, None, None
    )
    return [*files, sheet], {**sources, path: target}


def _write_zip(target: Path, members: list[tuple[str, Path]]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    with zipfile.ZipFile(tmp, "w") as bundle:
        for name, source in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            # PDFs shrink a little more; PNGs are compressed already.
            info.compress_type = (
                zipfile.ZIP_DEFLATED if name.endswith(".pdf") else zipfile.ZIP_STORED
            )
            with source.open("rb") as data, bundle.open(info, "w") as out:
                shutil.copyfileobj(data, out, 1 << 20)
    os.replace(tmp, target)


def _holding(data: Any, char: str, path: tuple[str | int, ...] = ()) -> tuple[str | int, ...]:
    """The path of the first text in ``data`` containing ``char`` (``()`` if none)."""
    if isinstance(data, str):
        return path if char in data else ()
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else ()
    )
    for key, value in items:
        found = _holding(value, char, (*path, key))
        if found:
            return found
    return ()
