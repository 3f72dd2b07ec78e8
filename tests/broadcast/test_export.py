"""Exported bulletin files: text for TTS, the announcer's sheet, audio, the schedule."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from campaign.broadcast import export as export_module
from campaign.broadcast.audio import (
    MISSING_NOTICE,
    AudioError,
    Speaker,
    _encode,
    _join,
    _Pcm,
    _speak,
    cached_seconds,
    espeak_speed,
    mp3_seconds,
    read_tag,
    synthesize,
)
from campaign.broadcast.bulletin import Bulletin, build_bulletins, slot_parts
from campaign.broadcast.export import SCHEDULE_FILE, export_all, session_audio_name
from campaign.broadcast.timing import estimate
from campaign.content.model import Priority
from campaign.project import Project, load_project
from tests.broadcast.test_bulletin import assert_speakable
from tests.conftest import ROOT

TODAY = dt.date(2025, 2, 10)
HAS_ESPEAK = shutil.which("espeak-ng") is not None
needs_espeak = pytest.mark.skipif(not HAS_ESPEAK, reason="espeak-ng is not installed")


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project(ROOT, today=TODAY.isoformat())


def bulletins(project: Project, samples: bool = False) -> list[Bulletin]:
    return build_bulletins(
        project.campaign, project.news, project.profiles, today=TODAY, include_samples=samples
    )


def short_bulletin(
    reading: str = "Kính thưa bà con. Ngày mai, trạm y tế xã tiêm vắc xin cho trẻ em.\nXin cảm ơn.",
    id: str = "ngan",
    priority: Priority = "thông thường",
) -> Bulletin:
    timing = estimate(reading, 200)
    return Bulletin(
        id=id,
        title="Tin ngắn",
        kind="tin-tuc",
        priority=priority,
        date=None,
        source_text=reading,
        reading=reading,
        syllables=timing.syllables,
        seconds=timing.seconds,
    )


@pytest.mark.slow  # writes the flagship's whole export set
def test_export_lists_every_file(project: Project, tmp_path: Path) -> None:
    files = export_all(bulletins(project), project.campaign, tmp_path, audio=False)
    assert files[0].path == SCHEDULE_FILE and files[0].kind == "schedule-csv"
    # 3 bulletins x 2 stations x (txt, docx), the schedule, and one script per
    # session: 28 days x 2 slots x 2 stations.
    assert len(files) == 13 + 112
    assert {f.kind for f in files} == {
        "schedule-csv",
        "bulletin-txt",
        "bulletin-docx",
        "slot-txt",
    }
    assert all(f.written for f in files)
    for entry in files:
        assert (tmp_path / entry.path).is_file()
    plan = next(f for f in files if f.path == "loa-xa/ke-hoach.txt")
    assert plan.bulletin_id == "ke-hoach" and plan.station_id == "loa-xa"
    assert plan.syllables and plan.seconds and plan.seconds > 60
    assert len(plan.slots) == 28
    assert plan.slots[0] == "2025-02-01 06:00"
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", s) for s in plan.slots)
    assert plan.manifest()["station"] == "loa-xa"


@pytest.mark.slow  # writes the flagship's whole export set
def test_a_check_lists_the_exports_and_writes_nothing(project: Project, tmp_path: Path) -> None:
    built = export_all(bulletins(project), project.campaign, tmp_path / "b", audio=False)
    checked = export_all(
        bulletins(project), project.campaign, tmp_path / "c", audio=True, check=True
    )
    assert not (tmp_path / "c").exists()  # no text, no sheet, no audio
    assert not any(f.written for f in checked)
    sounds = ("bulletin-mp3", "slot-mp3")
    assert [f.path for f in checked if f.kind not in sounds] == [f.path for f in built]


@pytest.mark.slow
def test_reexport_writes_nothing(project: Project, tmp_path: Path) -> None:
    first = export_all(bulletins(project), project.campaign, tmp_path, audio=False)
    stamps = {f.path: (tmp_path / f.path).stat().st_mtime_ns for f in first}
    second = export_all(bulletins(project), project.campaign, tmp_path, audio=False)
    assert [f.written for f in second] == [False] * len(second)
    assert [f.manifest() for f in second] == [f.manifest() for f in first]
    assert {f.path: (tmp_path / f.path).stat().st_mtime_ns for f in second} == stamps
    # A file edited by hand is put back, and only that one.
    (tmp_path / "loa-xa/ke-hoach.txt").write_text("sửa tay\n", encoding="utf-8")
    third = export_all(bulletins(project), project.campaign, tmp_path, audio=False)
    assert [f.path for f in third if f.written] == ["loa-xa/ke-hoach.txt"]
    assert not list(tmp_path.rglob("*.tmp"))


@pytest.mark.slow  # writes the flagship's whole export set
def test_an_unchanged_sheet_is_not_made_again(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news = bulletins(project)
    first = export_all(news, project.campaign, tmp_path, audio=False)
    made: list[str] = []
    real = export_module.bulletin_docx

    def counted(bulletin: Bulletin, station: object, **kwargs: object) -> bytes:
        made.append(bulletin.id)
        return real(bulletin, station, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export_module, "bulletin_docx", counted)
    second = export_all(news, project.campaign, tmp_path, audio=False)
    assert made == [] and [f.manifest() for f in second] == [f.manifest() for f in first]
    # A sheet edited by hand is made (and written) again, and only that one.
    sheet = tmp_path / "loa-xa/ke-hoach.docx"
    sheet.write_bytes(b"sua tay")
    third = export_all(news, project.campaign, tmp_path, audio=False)
    assert made == ["ke-hoach"] and [f.path for f in third if f.written] == ["loa-xa/ke-hoach.docx"]
    # A changed bulletin: its sheets (one per station) are made again.
    changed = [dataclasses.replace(news[0], title=news[0].title + " (sửa)"), *news[1:]]
    export_all(changed, project.campaign, tmp_path, audio=False)
    assert made[1:] == [news[0].id] * 2


@pytest.mark.parametrize("samples", [False, True])
@pytest.mark.slow  # writes the flagship's whole export set
def test_exported_text_is_speakable(project: Project, tmp_path: Path, samples: bool) -> None:
    files = export_all(bulletins(project, samples), project.campaign, tmp_path, audio=False)
    texts = [f for f in files if f.kind == "bulletin-txt"]
    assert texts
    for entry in texts:
        raw = (tmp_path / entry.path).read_bytes()
        text = raw.decode("utf-8")
        assert text.endswith("\n") and not text.endswith("\n\n")
        assert "" not in text.rstrip("\n").split("\n")
        assert_speakable(text, project.campaign)


@pytest.mark.slow  # writes the flagship's whole export set
def test_announcer_sheet(project: Project, tmp_path: Path) -> None:
    export_all(bulletins(project), project.campaign, tmp_path, audio=False)
    sheet = docx.Document(str(tmp_path / "loa-xa/ke-hoach.docx"))
    section = sheet.sections[0]
    width, height, margin = section.page_width, section.page_height, section.left_margin
    assert width is not None and height is not None and margin is not None
    assert round(width.mm) == 210 and round(height.mm) == 297
    assert round(margin.cm, 1) == 2.0
    normal = sheet.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size.pt == 14
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        assert fonts.get(qn(slot)) == "Times New Roman"
    texts = [p.text for p in sheet.paragraphs]
    assert texts[0].startswith("Kế hoạch tổ chức các hoạt động kỷ niệm 70 năm")
    style = sheet.paragraphs[0].style
    assert style is not None and style.name == "Heading 1"
    assert texts[1] == "Đài: Đài truyền thanh các xã, thị trấn."
    assert re.fullmatch(
        r"Thời lượng ước tính: \d+ phút \d+ giây \(\d+ âm tiết, đọc 200 âm tiết mỗi phút\)\.",
        texts[2],
    )
    assert texts[3] == "Mức ưu tiên: ưu tiên."
    station = project.campaign.broadcast.stations[1]
    body = [p for p in sheet.paragraphs if p.paragraph_format.line_spacing == 1.5]
    assert body[0].text == station.opening and body[-1].text == station.closing
    assert body[1].text.startswith("Ủy ban nhân dân huyện Văn Quan ban hành Kế hoạch")


@pytest.mark.slow  # writes the flagship's whole export set
def test_schedule_csv_opens_in_excel(project: Project, tmp_path: Path) -> None:
    export_all(bulletins(project), project.campaign, tmp_path, audio=False)
    raw = (tmp_path / SCHEDULE_FILE).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Ngày", "Thứ", "Giờ", "Đài", "Bản tin", "Thời lượng"]
    assert len(rows) == 1 + 112


# --- audio ------------------------------------------------------------------------


@pytest.mark.slow  # writes the flagship's whole export set
def test_no_espeak_no_audio(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert synthesize("Xin chào.", tmp_path / "a.mp3", rate_spm=200) is None
    assert not (tmp_path / "a.mp3").exists()
    notices: list[str] = []
    files = export_all(
        bulletins(project), project.campaign, tmp_path, audio=True, notify=notices.append
    )
    assert notices == [MISSING_NOTICE]
    assert "bulletin-mp3" not in {f.kind for f in files}


@needs_espeak
def test_mp3_from_a_short_bulletin(tmp_path: Path) -> None:
    text = short_bulletin().reading
    out = tmp_path / "ngan.mp3"
    result = synthesize(text, out, rate_spm=200, title="Tin ngắn", source_hash="abc")
    assert result is not None
    data = out.read_bytes()
    assert data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0)
    assert len(data) > 20_000
    # After the tag, the first MPEG frame.
    tag_size = sum(b << s for b, s in zip(data[6:10], (21, 14, 7, 0), strict=True))
    frame = data[10 + tag_size :]
    assert frame[0] == 0xFF and frame[1] & 0xE0 == 0xE0
    assert read_tag(out)["campaign-source"] == "abc"
    assert 0.5 <= result.seconds_audio / result.seconds_estimate <= 2
    # The measured length is the WAV's, before encoding.
    pcm = _speak(text, rate_spm=200, voice="vi")
    assert result.seconds_audio == pytest.approx(pcm.seconds, abs=0.05)


@needs_espeak
def test_wav_duration_follows_the_rate() -> None:
    text = short_bulletin().reading
    slow, fast = (_speak(text, rate_spm=r, voice="vi").seconds for r in (150, 300))
    assert slow > fast * 1.4
    assert espeak_speed(200) == 160 and espeak_speed(10) == 80


@needs_espeak
@pytest.mark.slow  # writes the flagship's whole export set
def test_audio_export_is_cached(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulletin = short_bulletin()
    first = export_all([bulletin], project.campaign, tmp_path, audio=True, notify=print)
    mp3 = [f for f in first if f.kind == "bulletin-mp3"]
    assert [f.path for f in mp3] == ["dai-huyen/ngan.mp3", "loa-xa/ngan.mp3"]
    assert all(f.written and f.seconds for f in mp3)

    def no_espeak(*args: object, **kwargs: object) -> None:
        raise AssertionError("espeak-ng ran again for an unchanged bulletin")

    monkeypatch.setattr(subprocess, "run", no_espeak)
    second = export_all([bulletin], project.campaign, tmp_path, audio=True, notify=print)
    assert [f.written for f in second] == [False] * len(second)
    assert [f.seconds for f in second if f.kind == "bulletin-mp3"] == [f.seconds for f in mp3]


@pytest.mark.slow  # writes the flagship's whole export set
def test_each_session_has_its_script_with_one_opening(project: Project, tmp_path: Path) -> None:
    files = export_all(bulletins(project), project.campaign, tmp_path, audio=False)
    station = project.campaign.broadcast.stations[1]
    sessions = [f for f in files if f.kind == "slot-txt" and f.station_id == station.id]
    assert len(sessions) == 56
    # 19/02, 06:00: the plan and the slogans share the session.
    morning = next(f for f in sessions if f.slots == ["2025-02-19 06:00"])
    assert morning.path == "loa-xa/buoi-phat/2025-02-19-0600.txt"
    text = (tmp_path / morning.path).read_text(encoding="utf-8")
    assert text.count("Kính thưa bà con nhân dân.") == 1
    assert text.count("Xin cảm ơn bà con đã lắng nghe.") == 1
    assert text.startswith("Kính thưa bà con nhân dân.")
    assert text.rstrip("\n").endswith("Xin cảm ơn bà con đã lắng nghe.")
    # The listed duration and syllables are those of this very script.
    assert morning.seconds == estimate(text, 200).seconds
    assert morning.syllables == estimate(text, 200).syllables


def test_a_title_past_words_property_limit_is_cut_at_a_word(project: Project) -> None:
    from dataclasses import replace

    from campaign.broadcast.export import PROPERTY_CHARS, bulletin_docx

    # Real plan titles pass 255 characters; python-docx refused the document property.
    title = "Kế hoạch triển khai thực hiện " + "phong trào thi đua yêu nước " * 12
    bulletin = replace(bulletins(project)[0], title=title.strip())
    station = project.campaign.broadcast.stations[0]
    sheet = docx.Document(io.BytesIO(bulletin_docx(bulletin, station, author="Ủy ban " * 60)))
    stored = sheet.core_properties.title
    assert len(title) > PROPERTY_CHARS >= len(stored) and stored.endswith("…")
    assert title.startswith(stored[:-1]) and title[len(stored) - 1] == " ", "cut between words"
    assert len(sheet.core_properties.author) <= PROPERTY_CHARS
    assert sheet.paragraphs[0].text == title.strip(), "the sheet prints the whole title"


# --- one recording per session ------------------------------------------------------


def test_mp3_length_is_read_from_its_frames() -> None:
    """Two seconds of silence, encoded, decode to two seconds (and the encoder's
    few milliseconds of padding); a cut or foreign file is refused."""
    data = _encode(_Pcm(b"\0\0" * 22050 * 2, 22050, 1, 2))
    assert mp3_seconds(data) == pytest.approx(2.0, abs=0.1)
    with pytest.raises(AudioError):
        mp3_seconds(data[:-100])
    with pytest.raises(AudioError):
        mp3_seconds(b"RIFF" + data)


def test_a_long_programme_gets_a_short_file_name() -> None:
    assert session_audio_name(["ke-hoach", "khau-hieu"]) == "ke-hoach_khau-hieu"
    many = [f"tin-bai-rat-dai-so-{n}" for n in range(10)]
    name = session_audio_name(many)
    assert len(name) <= 100 and name != session_audio_name(many[::-1])


@pytest.mark.slow
@needs_espeak
def test_each_session_is_one_recording_of_its_parts(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two urgent bulletins share every session: its MP3 holds one opening, both
    bulletins and one closing, as long as those parts read one by one."""
    first = short_bulletin(id="tiem-chung", priority="khẩn cấp")
    second = short_bulletin(
        "Từ ngày mai, trạm y tế xã mở cửa cả ngày thứ bảy và chủ nhật.",
        id="lich-kham",
        priority="khẩn cấp",
    )
    files = export_all([first, second], project.campaign, tmp_path, audio=True, notify=print)
    sessions = [f for f in files if f.kind == "slot-mp3"]
    assert [f.path for f in sessions] == [
        "dai-huyen/buoi-phat/lich-kham_tiem-chung.mp3",
        "loa-xa/buoi-phat/lich-kham_tiem-chung.mp3",
    ]
    texts = [f for f in files if f.kind == "slot-txt" and f.station_id == "loa-xa"]
    session = sessions[1]
    # Every session of the station plays it: 28 days x 2 slots.
    assert session.slots == [f.slots[0] for f in texts] and len(session.slots) == 56
    data = (tmp_path / session.path).read_bytes()
    decoded = mp3_seconds(data)
    assert session.seconds is not None
    assert decoded == pytest.approx(session.seconds, abs=0.15)
    station = project.campaign.broadcast.stations[1]
    parts = slot_parts([second, first], station)  # urgent ones in the order of their ids
    speaker = Speaker(rate_spm=200)
    assert decoded == pytest.approx(sum(speaker.read(p).seconds for p in parts), abs=0.15)
    # Each bulletin's own file has its own opening and closing; the session has one.
    alone = {
        f.bulletin_id: mp3_seconds((tmp_path / f.path).read_bytes())
        for f in files
        if f.kind == "bulletin-mp3" and f.station_id == "loa-xa"
    }
    formulas = speaker.read(parts[0]).seconds + speaker.read(parts[-1]).seconds
    assert decoded == pytest.approx(sum(alone.values()) - formulas, abs=0.3)

    def no_espeak(*args: object, **kwargs: object) -> None:
        raise AssertionError("espeak-ng ran again for an unchanged session")

    monkeypatch.setattr(subprocess, "run", no_espeak)
    again = export_all([first, second], project.campaign, tmp_path, audio=True, notify=print)
    assert [f for f in again if f.kind == "slot-mp3"] == [
        dataclasses.replace(f, written=False) for f in sessions
    ]


@needs_espeak
@pytest.mark.slow  # writes the flagship's whole export set
def test_the_engine_reads_each_text_once_per_build(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sessions and bulletins share their parts: a sentence is read once however
    many files hold it (here 2 stations x (1 session + 1 bulletin) files)."""
    calls: list[bytes] = []
    run = subprocess.run

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(kwargs["input"])  # type: ignore[arg-type]
        return run(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "run", counting)
    bulletin = short_bulletin()
    files = export_all([bulletin], project.campaign, tmp_path, audio=True, notify=print)
    assert len([f for f in files if f.kind.endswith("mp3")]) == 4
    assert len(calls) == len(set(calls))
    session = next(f for f in files if f.kind == "slot-mp3")
    assert cached_seconds(tmp_path / session.path, "other") is None


def test_parts_join_in_one_format() -> None:
    """A part with nothing to say adds no samples and no format; two engines'
    formats in one file are an error, not a file played at the wrong speed."""
    second = _Pcm(b"\0\0" * 16000, 16000, 1, 2)
    joined = _join([_Pcm(b"", 22050, 1, 2), second, second])
    assert joined.rate == 16000 and joined.seconds == pytest.approx(2.0)
    with pytest.raises(AudioError):
        _join([second, _Pcm(b"\0\0" * 22050, 22050, 1, 2)])
