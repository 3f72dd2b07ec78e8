"""The loudspeaker page and files, as a commune station downloads them from the site."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import docx
import pytest

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


def test_every_bulletin_has_its_audio(built: Path) -> None:
    """espeak-ng is a system package the set-up installs: a build without audio is a fault."""
    # Each bulletin's script; a session's script (buoi-phat/) is text for smart loudspeakers.
    scripts = sorted(
        p for p in (built / "truyen-thanh").rglob("*.txt") if p.parent.name != "buoi-phat"
    )
    assert scripts
    for script in scripts:
        audio = script.with_suffix(".mp3")
        assert audio.is_file(), audio
        data = audio.read_bytes()
        start = 0
        if data[:3] == b"ID3":  # a tag first: its size is "synchsafe", 7 bits a byte
            start = 10 + sum((b & 0x7F) << (7 * (3 - i)) for i, b in enumerate(data[6:10]))
        # An MPEG audio frame header: 11 set sync bits, then a layer that is not "reserved".
        assert data[start] == 0xFF and data[start + 1] & 0xE0 == 0xE0, audio
        assert len(data) > 16_000, (audio, len(data))  # seconds of speech, not a stub


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
    # One player per bulletin and station, nothing fetched before "play".
    assert len(sounds) >= 4 and len(players) == len(sounds)
    for player in players:
        assert 'preload="none"' in player and "controls" in player
        source = re.search(r'src="([^"]+)"', player)
        assert source and (built / "truyen-thanh" / source[1]).is_file()
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
    config.write_text(text.replace(name + "\n", name + " QZRV\n", 1), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="campaign.broadcast"):
        assert main(["-C", str(flagship), "check"]) == 0
    notes = [r.getMessage() for r in caplog.records if r.name == "campaign.broadcast"]
    doubt = f"Lưu ý: campaign.yml:{line}: chữ viết tắt chưa biết: 'QZRV' (hãy thêm vào từ điển)"
    assert notes.count(doubt) == 1
    # The flagship's own long sentence is on the list too, at its purpose's "- >-" line.
    lines = text.splitlines()
    purpose = next(n for n, line in enumerate(lines) if "Khơi dậy lòng tự hào" in line)
    assert any(n.startswith(f"Lưu ý: campaign.yml:{purpose}: câu “Khơi dậy") for n in notes)
