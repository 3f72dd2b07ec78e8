"""The loudspeaker exports are composed again exactly when something they are made of
changed (``campaign.broadcast.memo``), and a build that keeps them produces the same
files, page and editor's notes as one that composes them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import campaign.broadcast.bulletin as bulletin_module
from campaign.adapter.plugin import CampaignPlugin
from campaign.broadcast import memo
from campaign.project import load_project

from ..conftest import MINIMAL

# Audio off: the tests compare compositions, not espeak-ng's speed.
CAMPAIGN = MINIMAL + (
    "broadcast:\n"
    "  audio: false\n"
    "  period: {start: 10/03/2025, end: 12/03/2025}\n"
    "  abbreviations: {KSK: khám sức khỏe}\n"
)
POSTS = "docs/tin-tuc/posts"
ON_AIR = (
    "---\ntitle: Trạm Y tế xã Thử khám sức khỏe\ndate: 2025-03-10\n"
    "summary: Tóm tắt.\nbroadcast: true\n---\n\nNgày 10/3, trạm KSK cho 120 người dân.\n"
)
OFF_AIR = (
    "---\ntitle: Tin không đọc trên loa\ndate: 2025-03-11\nsummary: Tóm tắt.\n---\n\nNội dung.\n"
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "chien-dich"
    (root / POSTS).mkdir(parents=True)
    (root / "campaign.yml").write_text(CAMPAIGN, encoding="utf-8")
    (root / POSTS / "tren-loa.md").write_text(ON_AIR, encoding="utf-8")
    (root / POSTS / "khong-tren-loa.md").write_text(OFF_AIR, encoding="utf-8")
    monkeypatch.setenv("CAMPAIGN_CACHE", str(tmp_path / "cache"))
    return root


@pytest.fixture
def composed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times the bulletins were composed."""
    calls: list[int] = []
    real = bulletin_module.build_bulletins

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(bulletin_module, "build_bulletins", counting)
    yield calls


Run = Callable[..., CampaignPlugin]


@pytest.fixture
def run(project: Path) -> Run:
    """The plugin's broadcast step, as a build runs it (nothing else of the build)."""

    def go(today: str = "2025-03-05", checking: bool = False) -> CampaignPlugin:
        plugin = CampaignPlugin()
        plugin.project = load_project(project, today=today)
        plugin.pages = []
        plugin.checking = checking
        plugin._broadcast()
        return plugin

    return go


def _page(plugin: CampaignPlugin) -> str:
    (page,) = [p for p in plugin.pages if p.path == "truyen-thanh/index.md"]
    return page.markdown


def _outputs(plugin: CampaignPlugin) -> dict[str, bytes]:
    return {f.path: (plugin.exports_dir / f.path).read_bytes() for f in plugin.exports}


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_second_build_keeps_what_the_first_made(run: Run, composed: list[int]) -> None:
    first = run()
    assert len(composed) == 1
    files = _outputs(first)
    assert any(p.endswith("tin-tuc-tren-loa.txt") for p in files)
    second = run()
    assert len(composed) == 1, "nothing changed: not composed again"
    assert _page(second) == _page(first)
    assert [(f.path, f.kind, f.seconds, f.slots) for f in second.exports] == [
        (f.path, f.kind, f.seconds, f.slots) for f in first.exports
    ]
    assert _outputs(second) == files


def test_the_editors_notes_are_said_again_when_kept(
    run: Run, project: Path, composed: list[int], caplog: pytest.LogCaptureFixture
) -> None:
    # A word the reader is unsure of: a note for the editor on every build.
    _edit(project / POSTS / "tren-loa.md", "cho 120", "cho XYZQ 120")
    with caplog.at_level(logging.WARNING, logger="campaign.broadcast"):
        run()
    said = [r.getMessage() for r in caplog.records if r.name == "campaign.broadcast"]
    assert any("XYZQ" in message for message in said)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="campaign.broadcast"):
        run()
    assert len(composed) == 1
    assert [r.getMessage() for r in caplog.records if r.name == "campaign.broadcast"] == said


def test_editing_a_news_item_on_air_composes_again(
    run: Run, project: Path, composed: list[int]
) -> None:
    before = _outputs(run())
    _edit(project / POSTS / "tren-loa.md", "120 người dân", "150 người dân")
    second = run()
    assert len(composed) == 2
    (txt,) = [p for p in _outputs(second) if p.endswith("tin-tuc-tren-loa.txt")]
    assert "một trăm năm mươi" in (second.exports_dir / txt).read_text(encoding="utf-8")
    assert _outputs(second) != before


def test_editing_a_news_item_off_air_does_not(run: Run, project: Path, composed: list[int]) -> None:
    run()
    _edit(project / POSTS / "khong-tren-loa.md", "Nội dung.", "Nội dung khác.")
    run()
    assert len(composed) == 1
    # Put on air: it now reaches a bulletin.
    _edit(
        project / POSTS / "khong-tren-loa.md",
        "summary: Tóm tắt.\n",
        "summary: Tóm tắt.\nbroadcast: true\n",
    )
    plugin = run()
    assert len(composed) == 2
    assert any("khong-tren-loa" in f.path for f in plugin.exports)


def test_another_date_composes_again(run: Run, composed: list[int]) -> None:
    before = _page(run(today="2025-03-05"))
    during = _page(run(today="2025-03-11"))
    assert len(composed) == 2
    assert "## Bản tin hôm nay" in during and "## Bản tin hôm nay" not in before


def test_an_abbreviation_in_campaign_yml_composes_again(
    run: Run, project: Path, composed: list[int]
) -> None:
    before = _outputs(run())
    _edit(project / "campaign.yml", "KSK: khám sức khỏe", "KSK: khám sàng lọc")
    second = run()
    assert len(composed) == 2
    assert "khám sàng lọc" in "".join(
        (second.exports_dir / f.path).read_text(encoding="utf-8")
        for f in second.exports
        if f.kind == "bulletin-txt"
    )
    assert _outputs(second) != before


@pytest.mark.parametrize("change", ["delete", "edit"])
def test_an_output_removed_or_changed_is_made_again(
    run: Run, composed: list[int], change: str
) -> None:
    first = run()
    files = _outputs(first)
    target = first.exports_dir / next(p for p in files if p.endswith(".docx"))
    if change == "delete":
        target.unlink()
    else:
        target.write_bytes(b"not a sheet")
    second = run()
    assert len(composed) == 2
    assert _outputs(second) == files, "the file is back as the build makes it"


def test_a_check_neither_reads_nor_keeps_the_record(
    run: Run, project: Path, composed: list[int]
) -> None:
    checked = run(checking=True)
    assert not (checked.exports_dir / memo.MEMO).exists()
    run()
    run(checking=True)
    assert len(composed) == 3
