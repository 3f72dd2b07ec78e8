"""Bulletin files for the stations: spoken text, the announcer's sheet, audio, schedule.

Layout under ``out_dir``::

    lich-phat-thanh.csv                 the schedule (UTF-8 with BOM, for Excel)
    <station>/<bulletin>.txt            the script as smart loudspeakers' TTS takes it
    <station>/<bulletin>.docx           the announcer's sheet (A4, Times New Roman 14)
    <station>/<bulletin>.mp3            espeak-ng's reading (when asked and installed)
    <station>/buoi-phat/<day>-<time>.txt one session as read: one opening, its
                                        bulletins, one closing
    <station>/buoi-phat/<ids>.mp3       that session read aloud; every session of the
                                        station with the same bulletins plays the
                                        same file (named for them: ke-hoach_khau-hieu)

Files are written through a temporary file and a rename, so a reader never
sees half a file, and only when their content changed: a second export of the
same campaign writes nothing (each :class:`ExportedFile` says if it wrote).
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..content.model import Campaign, Station
from ..publish import buildstamp
from ..publish.fsutil import write_atomic
from .audio import (
    MISSING_NOTICE,
    WORD_GAP,
    AudioError,
    Speaker,
    cached_seconds,
    engine_command,
    synthesize_parts,
    voice_for,
)
from .bulletin import Bulletin, script, script_estimate, slot_parts
from .files import SCHEDULE_FILE, SLOT_FOLDER, ExportedFile, FileKind
from .schedule import Schedule, Slot, build_schedule, schedule_csv
from .stations import stations_of
from .timing import format_duration

__all__ = [
    "FONT",
    "FONT_SIZE_PT",
    "SCHEDULE_FILE",
    "SLOT_FOLDER",
    "ExportedFile",
    "FileKind",
    "bulletin_docx",
    "export_all",
    "session_audio_name",
    "write_if_changed",
]

FONT = "Times New Roman"
FONT_SIZE_PT = 14
# The date zip entries get, so the same sheet is the same bytes on every build.
_ZIP_DATE = (2000, 1, 1, 0, 0, 0)


# What each announcer's sheet in an export folder was made from (see :class:`_Sheets`).
SHEETS = ".sheets.json"


class _Sheets:
    """The announcer's sheets of an export folder by what each was made from, so an
    unchanged sheet is not made again: python-docx takes ~40 ms a sheet, every build.

    A sheet is taken as made when its inputs (the bulletin, the station, the slots,
    the author, the engine's code and the libraries) are those recorded with it and
    the file still holds the bytes recorded (its digest): anything else makes it again.
    """

    def __init__(self, out_dir: Path, check: bool) -> None:
        self.path = out_dir / SHEETS
        self.check = check  # nothing written
        self.known: dict[str, list[str]] = {}
        self.seen: dict[str, list[str]] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                self.known = {
                    str(k): [str(v[0]), str(v[1])] for k, v in data.items() if len(v) == 2
                }
        except (OSError, ValueError, TypeError, AttributeError):
            self.known = {}

    @staticmethod
    def source(bulletin: Bulletin, station: Station, slots: Sequence[str], author: str) -> str:
        parts = (
            buildstamp.engine_digest(),
            buildstamp.versions(),
            repr(bulletin),
            station.model_dump_json(),
            repr(tuple(slots)),
            author,
        )
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def current(self, path: Path, name: str, source: str) -> bool:
        """Whether the sheet at ``path`` was made from ``source`` and is still as made."""
        entry = self.known.get(name)
        if entry is None or entry[0] != source:
            return False
        try:
            same = hashlib.sha256(path.read_bytes()).hexdigest() == entry[1]
        except OSError:
            return False
        if same:
            self.seen[name] = entry
        return same

    def made(self, name: str, source: str, data: bytes) -> None:
        self.seen[name] = [source, hashlib.sha256(data).hexdigest()]

    def save(self) -> None:
        if self.check or self.seen == self.known:
            return
        try:
            write_atomic(self.path, json.dumps(self.seen, sort_keys=True).encode("utf-8"))
        except OSError:
            pass  # a record that cannot be written only costs time


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write ``data`` atomically unless ``path`` already holds it; True if written."""
    if path.is_file():
        current = hashlib.sha256(path.read_bytes()).digest()
        if current == hashlib.sha256(data).digest():
            return False
    write_atomic(path, data)
    return True


# --- the announcer's sheet ---------------------------------------------------------


def _set_fonts(element: Any) -> None:
    """Times New Roman for every script Word distinguishes, theme fonts removed.

    Word picks the East Asian or complex-script slot for some Vietnamese
    letters; a theme font attribute would override the explicit name.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = element if element.tag == qn("w:rPr") else element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(theme)) is not None:
            del fonts.attrib[qn(theme)]
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)


def _defaults(document: Any) -> None:
    """The document defaults too: text outside any style falls back to them."""
    from docx.oxml.ns import qn

    rpr = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is not None:
        _set_fonts(rpr)
        # Vietnamese, so Word's proofing does not flag every word as misspelt English.
        lang = rpr.find(qn("w:lang"))
        if lang is not None:
            lang.set(qn("w:val"), "vi-VN")


def _style(document: Any, name: str, size: float, *, bold: bool = False) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style = document.styles[name]
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(style.element)
    # w:sz sizes Latin text; Word sizes complex-script runs by w:szCs.
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(round(size * 2)))
    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:szCs")):
        rpr.remove(old)
    rpr.append(size_cs)
    return style


def _page_number(section: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field_ = OxmlElement("w:fldSimple")
    field_.set(qn("w:instr"), "PAGE")
    paragraph._p.append(field_)


def _slots_line(slots: Sequence[str]) -> str:
    def day(stamp: str) -> str:
        year, month, date = stamp[:10].split("-")
        return f"{date}/{month}/{year}"

    if not slots:
        return "Lịch phát: chưa xếp vào buổi phát nào."
    return f"Lịch phát: {len(slots)} lượt, từ {day(slots[0])} đến {day(slots[-1])}."


def _stable_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry dates: python-docx stamps the build time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


# Word's document properties hold at most 255 characters (python-docx raises past
# them); plans' titles often run longer.
PROPERTY_CHARS = 255


def _property(text: str) -> str:
    """``text`` as a document property: whole, or cut at a word with "…"."""
    text = " ".join(text.split())
    if len(text) <= PROPERTY_CHARS:
        return text
    return text[: PROPERTY_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:-–") + "…"


def bulletin_docx(
    bulletin: Bulletin, station: Station, *, slots: Sequence[str] = (), author: str = ""
) -> bytes:
    """The announcer's sheet for one bulletin at one station, as .docx bytes."""
    # python-docx is imported here: a build whose sheets are cached never needs it.
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Mm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin = section.right_margin = Cm(2)
    _defaults(document)
    normal = _style(document, "Normal", FONT_SIZE_PT)
    normal.paragraph_format.space_after = Pt(6)
    heading = _style(document, "Heading 1", 16, bold=True)
    heading.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.paragraph_format.space_after = Pt(12)
    _page_number(section)

    core = document.core_properties
    core.title = _property(bulletin.title)  # the page itself carries the whole title
    core.author = _property(author)
    core.comments = ""

    document.add_heading(bulletin.title, level=1)
    timing = script_estimate(bulletin, station)
    facts = [
        f"Đài: {station.name}.",
        f"Thời lượng ước tính: {format_duration(timing.seconds)} "
        f"({timing.syllables} âm tiết, đọc {bulletin.rate} âm tiết mỗi phút).",
        f"Mức ưu tiên: {bulletin.priority}.",
        _slots_line(slots),
    ]
    if bulletin.sample:
        facts.append("Nội dung minh họa: không phát như tin thật.")
    for fact in facts:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(fact).italic = True
    document.add_paragraph()

    lines = script(bulletin, station).split("\n")
    for number, line in enumerate(lines):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.line_spacing = 1.5
        paragraph.paragraph_format.first_line_indent = Cm(1)
        run = paragraph.add_run(line)
        # The formulas frame the bulletin: bold marks where to start and stop.
        run.bold = number in (0, len(lines) - 1)
    out = io.BytesIO()
    document.save(out)
    return _stable_zip(out.getvalue())


# --- the whole export --------------------------------------------------------------


# Bumped when the way a text becomes audio changes (2: a sentence at a time).
_SYNTHESIS = 2


def _source_hash(text: str, rate: int, voice: str, command: Sequence[str]) -> str:
    engine = "\0".join(command)
    key = f"{_SYNTHESIS}\n{engine}\n{WORD_GAP}\n{voice}\n{rate}\n{text}"
    return hashlib.sha256(key.encode()).hexdigest()


def _missing_notice(command: Sequence[str] | None) -> str:
    if not command:
        return MISSING_NOTICE
    return f"Không tìm thấy chương trình {command[0]} (broadcast.tts_command): bỏ qua tệp âm thanh"


def export_all(
    bulletins: Sequence[Bulletin],
    campaign: Campaign,
    out_dir: Path,
    *,
    audio: bool,
    schedule: Schedule | None = None,
    notify: Callable[[str], None] | None = None,
    check: bool = False,
) -> list[ExportedFile]:
    """Write every bulletin for every station, and the schedule; list what is there.

    ``notify`` receives user notices (espeak-ng missing or failing), at most
    once each; by default they go to stderr. With ``check`` nothing is written
    and no audio is made: the files a build would write are listed (a bulletin
    not yet read aloud with its estimated duration), with the same notice when
    espeak-ng is missing.
    """

    def write(path: Path, data: bytes) -> bool:
        return False if check else write_if_changed(path, data)

    say = notify or (lambda message: print(message, file=sys.stderr))
    schedule = schedule or build_schedule(bulletins, campaign)
    author = campaign.plan.issuer
    files: list[ExportedFile] = []
    written = write(out_dir / SCHEDULE_FILE, schedule_csv(schedule).encode("utf-8"))
    files.append(
        ExportedFile(
            SCHEDULE_FILE,
            "schedule-csv",
            None,
            "Lịch phát thanh",
            None,
            None,
            None,
            [s.stamp for s in schedule.slots],
            written,
        )
    )
    for slot in schedule.slots:
        path = f"{slot.station.id}/{SLOT_FOLDER}/{slot.file_name}"
        done = write(out_dir / path, (slot.script + "\n").encode("utf-8"))
        files.append(
            ExportedFile(
                path,
                "slot-txt",
                None,
                slot.label,
                slot.station.id,
                slot.syllables,
                slot.seconds,
                [slot.stamp],
                done,
            )
        )
    command = campaign.broadcast.tts_command
    engine = engine_command(command)
    speakers: dict[tuple[str, int], Speaker] = {}
    audio_missing = False

    def speak(item: ExportedFile, parts: Sequence[str], first: Bulletin) -> ExportedFile | None:
        """``item`` (an MP3 of ``parts``) as it is on disk: current, made now, or
        listed with its estimate (check); None when it cannot be made."""
        nonlocal audio_missing
        voice = voice_for(first.dialect)
        source = _source_hash("\n".join(parts), first.rate, voice, engine)
        seconds = cached_seconds(out_dir / item.path, source)
        if seconds is not None:
            return replace(item, seconds=seconds)
        if audio_missing:
            return None
        speaker = speakers.get((voice, first.rate))
        if speaker is None:
            speaker = Speaker(rate_spm=first.rate, voice=voice, command=command)
            speakers[(voice, first.rate)] = speaker
        if not speaker.available():
            audio_missing = True
            say(_missing_notice(command))
            return None
        if check:
            return item  # read aloud by the build; its estimate until then
        try:
            result = synthesize_parts(
                parts, out_dir / item.path, speaker, title=item.title, source_hash=source
            )
        except AudioError as error:
            say(f"{item.path}: {error}")
            return None
        if result is None:  # pragma: no cover - available() said it was there
            return None
        return replace(item, seconds=result.seconds_audio, written=True)

    if audio:
        for (station_id, name), sessions in _sessions_by_programme(schedule.slots).items():
            slot = sessions[0]
            mp3 = ExportedFile(
                f"{station_id}/{SLOT_FOLDER}/{name}.mp3",
                "slot-mp3",
                None,
                "Buổi phát: " + "; ".join(b.title for b in slot.bulletins),
                slot.station.id,
                slot.syllables,
                slot.seconds,
                [s.stamp for s in sessions],
            )
            made = speak(mp3, slot_parts(slot.bulletins, slot.station), slot.bulletins[0])
            if made is not None:
                files.append(made)
    sheets = _Sheets(out_dir, check)
    for station in stations_of(campaign):
        for bulletin in bulletins:
            text = script(bulletin, station)
            timing = script_estimate(bulletin, station)
            slots = schedule.stamps(bulletin.id, station.id)
            base = f"{station.id}/{bulletin.id}"
            txt = ExportedFile(
                f"{base}.txt",
                "bulletin-txt",
                bulletin.id,
                bulletin.title,
                station.id,
                timing.syllables,
                timing.seconds,
                list(slots),
            )
            done = write(out_dir / txt.path, (text + "\n").encode("utf-8"))
            files.append(replace(txt, written=done))
            name = f"{base}.docx"
            done = False  # with ``check`` the sheet is listed, never made
            if not check:
                source = sheets.source(bulletin, station, slots, author)
                if not sheets.current(out_dir / name, name, source):
                    sheet = bulletin_docx(bulletin, station, slots=slots, author=author)
                    done = write(out_dir / name, sheet)
                    sheets.made(name, source, sheet)
            files.append(replace(txt, path=f"{base}.docx", kind="bulletin-docx", written=done))
            if not audio:
                continue
            mp3 = replace(txt, path=f"{base}.mp3", kind="bulletin-mp3")
            made = speak(mp3, slot_parts([bulletin], station), bulletin)
            if made is not None:
                files.append(made)
    sheets.save()
    return files


# A session's audio is named for what it holds: the same bulletins at the same
# station are the same recording, whichever day it airs.
_NAME_CHARS = 100


def session_audio_name(bulletin_ids: Sequence[str]) -> str:
    """``ke-hoach_khau-hieu``: the file name (no suffix) of a programme's audio."""
    name = "_".join(bulletin_ids)
    if len(name) <= _NAME_CHARS:
        return name
    digest = hashlib.sha256("\0".join(bulletin_ids).encode()).hexdigest()[:12]
    return name[: _NAME_CHARS - 13].rstrip("-_") + "_" + digest


def _sessions_by_programme(slots: Sequence[Slot]) -> dict[tuple[str, str], list[Slot]]:
    """Sessions grouped by station and programme: (station id, audio name) → sessions."""
    groups: dict[tuple[str, str], list[Slot]] = {}
    for slot in slots:
        key = (slot.station.id, session_audio_name([b.id for b in slot.bulletins]))
        groups.setdefault(key, []).append(slot)
    return groups
