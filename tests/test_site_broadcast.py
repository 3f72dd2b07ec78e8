"""The loudspeaker page and files, as a commune station downloads them from the site."""

from __future__ import annotations

import re
from pathlib import Path

import docx


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


def test_announcer_sheet_is_a4_times_new_roman(built: Path) -> None:
    sheet = docx.Document(str(next((built / "truyen-thanh").rglob("ke-hoach.docx"))))
    section = sheet.sections[0]
    assert section.page_width is not None and abs(section.page_width.mm - 210) < 1
    assert section.page_height is not None and abs(section.page_height.mm - 297) < 1
    fonts = {run.font.name for p in sheet.paragraphs for run in p.runs if run.font.name}
    fonts |= {sheet.styles["Normal"].font.name}
    assert "Times New Roman" in fonts


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
