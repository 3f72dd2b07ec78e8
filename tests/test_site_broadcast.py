"""The loudspeaker page and files, as a commune station downloads them from the site."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import docx
import pytest

from campaign.broadcast.audio import mp3_seconds
from campaign.cli import main


def test_station_page_lists_bulletins_with_downloads(built: Path) -> None:
    page = (built / "truyen-thanh" / "index.html").read_text(encoding="utf-8")
    assert "Bản tin cho đài truyền thanh" in page
    links = re.findall(r'href="([^"]+\.(?:txt|docx|mp3|csv))" download', page)
    assert links
    for link in links:
        assert (built / "truyen-thanh" / link).is_file(), link
    assert {Path(link).suffix for link in links} >= {".txt", ".docx", ".csv"}


def test_exported_scripts_are_speakable(built: Path) -> None:
    scripts = sorted((built / "truyen-thanh").rglob("*.txt"))
    assert len(scripts) >= 3
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        assert not re.search(r"[0-9/%&#*_\[\]<>@=+~|\\{}]", text), script
        assert "UBND" not in text and "TTYT" not in text


def _effective(run: Any, paragraph: Any, attribute: str) -> Any:
    """A run's font name or size as Word shows it: the run's own, else its style chain's."""
    value = getattr(run.font, attribute)
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.font, attribute)
        style = style.base_style
    return value


def test_announcer_sheet_is_a4_times_new_roman(built: Path) -> None:
    sheets = sorted((built / "truyen-thanh").rglob("*.docx"))
    assert sheets
    for path in sheets:
        sheet = docx.Document(str(path))
        section = sheet.sections[0]
        assert section.page_width is not None and abs(section.page_width.mm - 210) < 1
        assert section.page_height is not None and abs(section.page_height.mm - 297) < 1
        runs = [(run, p) for p in sheet.paragraphs for run in p.runs if run.text.strip()]
        assert runs, path
        for run, paragraph in runs:
            assert _effective(run, paragraph, "name") == "Times New Roman", (path, run.text)
        body = [_effective(run, p, "size").pt for run, p in runs if p.style.name == "Normal"]
        assert body and set(body) == {14.0}, (path, set(body))
        # A theme font (Calibri, Cambria) beside the name would win in Word: none in the
        # text nor in any style the text uses.
        used = {}
        for paragraph in sheet.paragraphs:
            style = paragraph.style
            while style is not None:
                used[style.name] = style.element.xml
                style = style.base_style
        for xml in (sheet.element.body.xml, *used.values()):
            assert "asciiTheme" not in xml and "hAnsiTheme" not in xml, path


def _is_mp3(path: Path) -> None:
    """A whole MPEG stream of seconds of speech, not a stub (frames walked to the end)."""
    data = path.read_bytes()
    assert mp3_seconds(data) > 2, path


def test_every_bulletin_and_session_has_its_audio(built: Path) -> None:
    """espeak-ng is a system package the set-up installs: a build without audio is a fault."""
    import json

    manifest = json.loads((built / "campaign-manifest.json").read_text(encoding="utf-8"))
    # Each bulletin's script has its reading beside it.
    scripts = sorted(
        p for p in (built / "truyen-thanh").rglob("*.txt") if p.parent.name != "buoi-phat"
    )
    assert scripts
    for script in scripts:
        _is_mp3(script.with_suffix(".mp3"))
    # Each session's script has one recording: opening, its bulletins, closing.
    recorded = {}
    for entry in manifest["bulletins"]:
        if entry["kind"] == "slot-mp3":
            _is_mp3(built / entry["path"])
            for stamp in entry["slots"]:
                recorded[(entry["station"], stamp)] = entry
    sessions = [e for e in manifest["bulletins"] if e["kind"] == "slot-txt"]
    assert len(sessions) == 112
    for session in sessions:
        sound = recorded[(session["station"], session["slots"][0])]
        # The same programme at the same station: the same words.
        assert sound["syllables"] == session["syllables"], session["path"]
    assert len({e["path"] for e in recorded.values()}) < len(sessions)


def test_manifest_lists_every_bulletin_file_and_card(built: Path) -> None:
    import json

    manifest = json.loads((built / "campaign-manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == 1
    exported = {
        p.relative_to(built).as_posix()
        for p in (built / "truyen-thanh").rglob("*")
        if p.is_file() and p.suffix in (".txt", ".docx", ".mp3", ".csv")
    }
    assert {e["path"] for e in manifest["bulletins"]} == exported
    for entry in manifest["bulletins"]:
        if entry["kind"] == "bulletin-txt":
            assert entry["title"] and entry["syllables"] > 0 and entry["seconds"] > 0
            assert entry["station"] in ("dai-huyen", "loa-xa")
    assert manifest["cards"]
    for card in manifest["cards"]:
        assert (built / card["path"]).is_file()


def test_station_page_plays_each_bulletin_and_lists_the_schedule_by_day(built: Path) -> None:
    page = (built / "truyen-thanh" / "index.html").read_text(encoding="utf-8")
    import json

    manifest = json.loads((built / "campaign-manifest.json").read_text(encoding="utf-8"))
    sounds = [e for e in manifest["bulletins"] if e["kind"] == "bulletin-mp3"]
    players = re.findall(r"<audio [^>]*>", page)
    # The day shown (the period's last, 28/02: the build is after it) plays each of
    # its sessions at each station, then each bulletin and station on its own;
    # nothing is fetched before "play".
    entries = manifest["bulletins"]
    day = [e for e in entries if e["kind"] == "slot-txt" and "2025-02-28" in e["slots"][0]]
    assert len(day) == 4
    sessions = [e for e in entries if e["kind"] == "slot-mp3"]
    assert len(sounds) >= 4 and len(players) == len(day) + len(sounds)
    played = [re.search(r'src="([^"]+)"', player) for player in players]
    for player, source in zip(players, played, strict=True):
        assert 'preload="none"' in player and "controls" in player
        assert source and (built / "truyen-thanh" / source[1]).is_file()
    # The day's players come first, each the recording of one of its sessions.
    expected = sorted(
        next(e for e in sessions if e["station"] == entry["station"] and stamp in e["slots"])[
            "path"
        ]
        for entry in day
        for stamp in entry["slots"]
    )
    assert sorted("truyen-thanh/" + s[1] for s in played[: len(day)] if s) == expected
    assert len(set(expected)) == 4  # two programmes at two stations
    # Every session of the schedule links its recording.
    for entry in sessions:
        assert f'href="{entry["path"].removeprefix("truyen-thanh/")}"' in page
    assert "<table" not in page.split('id="lich-phat-thanh"')[1]
    # Consecutive days with the same sessions are one entry of the list.
    assert "Từ Thứ Bảy, 01/02/2025 đến " in page
    # Inline scripts and styles are refused by the CSP.
    assert "<script>" not in page and " style=" not in page


@pytest.mark.browser
def test_station_page_fits_a_phone(built: Path, tmp_path: Path) -> None:
    from tests.browser import launch, serve_site

    with launch() as browser, serve_site(built) as base:
        page = browser.new_page(viewport={"width": 360, "height": 800})
        page.goto(base + "truyen-thanh/", wait_until="networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        height = page.evaluate("document.documentElement.scrollHeight")
        players = page.evaluate(
            "[...document.querySelectorAll('audio')].map(a => "
            "[a.getBoundingClientRect().right, a.preload, a.networkState])"
        )
        page.screenshot(path=str(tmp_path / "truyen-thanh.png"), full_page=True)
        page.close()
    assert width <= 360
    # The 112-row table was 39,000 px tall on a phone.
    assert height < 8000, height
    assert players and all(right <= 360 and preload == "none" for right, preload, _ in players)


@pytest.mark.build
def test_check_gives_the_editor_the_bulletins_proof_list(
    flagship: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A doubt in a bulletin is a located 'Lưu ý:' of the command, once, pointed at
    the campaign.yml field its words come from (the public page never shows it)."""
    config = flagship / "campaign.yml"
    text = config.read_text(encoding="utf-8")
    name = "    name: Công tác tuyên truyền"
    line = text.splitlines().index(name) + 1
    # The editor's rewrite of the long purpose, copied with a slip: it no longer matches.
    copied = (
        "        Khơi dậy lòng tự hào, đề cao tinh thần trách nhiệm, tính chủ động, sáng tạo và trí"
    )
    assert copied in text
    rewrite = text.splitlines().index("  rewrites:") + 2  # its "- bulletin:" line
    slipped = text.replace(name + "\n", name + " QZRV\n", 1).replace(
        copied, copied.replace(" và trí", ", trí"), 1
    )
    config.write_text(slipped, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="campaign.broadcast"):
        assert main(["-C", str(flagship), "check"]) == 0
    notes = [r.getMessage() for r in caplog.records if r.name == "campaign.broadcast"]
    column = len(name + " ") + 1  # the word's column in the line as written
    doubt = (
        f"Lưu ý: campaign.yml:{line}:{column}: chữ viết tắt chưa biết: 'QZRV' "
        "đã đọc từng chữ cái ('quy dét rờ vê'); nếu đọc thành tên hay có nghĩa đầy đủ, "
        "hãy thêm vào từ điển"
    )
    assert notes.count(doubt) == 1
    # The flagship's own long sentence is on the list too, at its purpose's "- >-" line.
    lines = text.splitlines()
    purpose = next(n for n, line in enumerate(lines) if "Khơi dậy lòng tự hào" in line)
    assert any(n.startswith(f"Lưu ý: campaign.yml:{purpose}: câu “Ba là, khơi dậy") for n in notes)
    # The rewrite that found nothing is named at its own line.
    assert any(
        n.startswith(f"Lưu ý: campaign.yml:{rewrite}: broadcast.rewrites: không tìm thấy câu")
        for n in notes
    ), notes
