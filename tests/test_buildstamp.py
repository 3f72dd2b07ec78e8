"""A build with nothing changed does nothing, and any change is seen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.publish.buildstamp import inputs_digest

pytestmark = pytest.mark.build

SKIPPED = "Không có gì thay đổi"


def _build(flagship: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = main(["-C", str(flagship), "build", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_unchanged_build_is_skipped_and_changes_are_seen(
    flagship: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-10")
    site = flagship / "site"
    assert _build(flagship, capsys)[0] == 0
    first = site.stat().st_ino

    code, out, _ = _build(flagship, capsys)
    assert code == 0 and SKIPPED in out
    assert site.stat().st_ino == first  # the published folder was not touched

    page = flagship / "docs" / "gioi-thieu.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMột câu mới.\n", encoding="utf-8")
    code, out, _ = _build(flagship, capsys)
    assert code == 0 and SKIPPED not in out
    assert "Một câu mới." in (site / "gioi-thieu" / "index.html").read_text(encoding="utf-8")

    code, out, _ = _build(flagship, capsys, "--force")
    assert code == 0 and SKIPPED not in out

    # A broken build is not remembered; undoing the mistake finds the good site current.
    good = page.read_text(encoding="utf-8")
    page.write_text(good + "\n[Hỏng](khong-co.md)\n", encoding="utf-8")
    assert _build(flagship, capsys)[0] == 1
    page.write_text(good, encoding="utf-8")
    code, out, _ = _build(flagship, capsys)
    assert code == 0 and SKIPPED in out

    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-11")  # countdowns change daily
    code, out, _ = _build(flagship, capsys)
    assert code == 0 and SKIPPED not in out

    site.rename(flagship / "moved")  # the published folder was replaced by hand
    code, out, _ = _build(flagship, capsys)
    assert code == 0 and SKIPPED not in out
    assert (site / "index.html").is_file()

    # A page deleted or edited by hand inside site/: the next build puts it right.
    assert SKIPPED in _build(flagship, capsys)[1]
    (site / "gioi-thieu" / "index.html").unlink()
    assert SKIPPED not in _build(flagship, capsys)[1]
    assert (site / "gioi-thieu" / "index.html").is_file()
    (site / "index.html").write_text("sửa tay", encoding="utf-8")
    assert SKIPPED not in _build(flagship, capsys)[1]
    assert "sửa tay" not in (site / "index.html").read_text(encoding="utf-8")


def test_digest_sees_content_photos_and_date(flagship: Path) -> None:
    site = flagship / "site"
    day = dt.date(2025, 2, 10)
    before = inputs_digest(flagship, site, day)
    assert inputs_digest(flagship, site, day) == before
    assert inputs_digest(flagship, site, day + dt.timedelta(days=1)) != before
    # The output folder and hidden folders (caches) are not inputs.
    (site / "x").mkdir(parents=True)
    (site / "x" / "index.html").write_text("x", encoding="utf-8")
    (flagship / ".cache").mkdir()
    (flagship / ".cache" / "y").write_text("y", encoding="utf-8")
    assert inputs_digest(flagship, site, day) == before
    # Same size, new content: still seen.
    campaign = flagship / "campaign.yml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace("Văn Quan", "Văn Quam", 1), encoding="utf-8")
    changed = inputs_digest(flagship, site, day)
    assert changed != before
    photo = next((flagship / "anh").rglob("*.jpg"))
    photo.write_bytes(photo.read_bytes() + b"\0")
    assert inputs_digest(flagship, site, day) != changed


def test_build_loads_the_project_once(
    flagship: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import campaign.adapter.plugin as plugin

    calls: list[Path] = []
    real = plugin.load_project

    def counted(root: Path, *args: object, **kwargs: object) -> object:
        calls.append(root)
        return real(root, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(plugin, "load_project", counted)
    assert main(["-C", str(flagship), "build", "--force"]) == 0
    assert calls == []  # the command line handed its checked project to the plugin
    # A plain MkDocs build, without the command line, loads it in the plugin.
    build(load_config(str(flagship / "mkdocs.yml"), site_dir=str(tmp_path / "plain")))
    assert calls == [flagship]
    assert (tmp_path / "plain" / "index.html").is_file()


def test_digest_sees_inherited_config_and_environment(
    flagship: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, day = flagship / "site", dt.date(2025, 2, 10)
    shared = tmp_path / "chung.yml"  # outside the campaign folder
    shared.write_text("copyright: A\n", encoding="utf-8")
    config = flagship / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(f"INHERIT: {shared}\nextra_url: !ENV [DIA_CHI, 'x']\n" + text, "utf-8")
    monkeypatch.setenv("DIA_CHI", "https://thu.example")
    before = inputs_digest(flagship, site, day)
    shared.write_text("copyright: B\n", encoding="utf-8")
    after_inherit = inputs_digest(flagship, site, day)
    assert after_inherit != before
    monkeypatch.setenv("DIA_CHI", "https://that.example")
    assert inputs_digest(flagship, site, day) != after_inherit


def test_an_unreadable_input_builds_instead_of_failing(
    flagship: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file the user may not read (permissions, a disk error): no traceback, no
    # skip; the build runs and says what it cannot read.
    def refuse(path: str, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr("campaign.publish.buildstamp.open", refuse, raising=False)
    assert inputs_digest(flagship, flagship / "site", dt.date(2025, 2, 10)) is None
