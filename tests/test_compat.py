"""The speed-ups' version guard (``compat``) and the undoing of their patches."""

from __future__ import annotations

import logging
import types
from pathlib import Path

import markdown
import material.plugins.blog.structure as structure
import pytest
import yaml

from campaign.adapter import compat


@pytest.fixture
def versions(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    found = dict(compat.MADE_FOR)
    monkeypatch.setattr(compat, "found_versions", lambda: found)
    monkeypatch.setattr(compat, "_warned", set())
    monkeypatch.delenv(compat.ENV, raising=False)
    return found


def test_the_versions_installed_are_those_the_speed_ups_were_made_for() -> None:
    assert compat.found_versions.__wrapped__() == compat.MADE_FOR


def test_speed_ups_on_only_for_the_versions_made_for(
    versions: dict[str, str], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    assert compat.speedups_enabled()
    monkeypatch.setenv(compat.ENV, "0")
    assert not compat.speedups_enabled()
    monkeypatch.setenv(compat.ENV, "1")
    assert compat.speedups_enabled()
    assert not caplog.records
    versions["mkdocs-material"] = "9.9.0"
    with caplog.at_level(logging.WARNING):
        assert not compat.speedups_enabled()
        assert not compat.speedups_enabled()  # serve builds again: said once
    [record] = caplog.records
    assert record.name == "campaign.compat"  # not "mkdocs": strict mode does not count it
    message = record.getMessage()
    assert "mkdocs-material 9.9.0" in message and "mkdocs-material 9.8.1" in message
    assert "mkdocs 1.6.1" in message and "tạm tắt các bước tăng tốc" in message


def test_another_jinja_turns_the_speed_ups_off(
    versions: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    # Page rendering (``rendering``) reaches into Jinja2's templates too.
    assert compat.speedups_enabled()
    versions["jinja2"] = "3.2.0"
    with caplog.at_level(logging.WARNING):
        assert not compat.speedups_enabled()
    assert "jinja2 3.2.0" in caplog.records[0].getMessage()


def test_patches_are_undone_last_first() -> None:
    owner = types.SimpleNamespace(kept=1)
    compat.patch(owner, "kept", 2)
    compat.patch(owner, "added", 3)
    compat.patch(owner, "kept", 4)  # patched twice: undo gives back the first value
    assert (owner.kept, owner.added) == (4, 3)
    with compat.patched():
        compat.patch(owner, "inside", 5)
    assert not hasattr(owner, "inside")
    compat.undo()
    assert owner.kept == 1 and not hasattr(owner, "added")
    compat.patch(owner, "kept", 6)
    compat.unpatch(owner, "kept")
    compat.unpatch(owner, "kept")  # nothing left to undo
    assert owner.kept == 1


def test_patched_undoes_on_failure() -> None:
    with pytest.raises(RuntimeError), compat.patched():
        compat.patch(structure, "SafeLoader", yaml.CSafeLoader)
        raise RuntimeError("build failed")
    assert structure.SafeLoader is yaml.SafeLoader


@pytest.mark.build
def test_a_failed_build_in_serve_leaves_the_globals_as_they_were(
    flagship: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from campaign.adapter import plugin
    from campaign.adapter.serve import Preview

    seen: list[bool] = []

    def fail(*args: object, **kwargs: object) -> bool:
        # Mid-build, after on_config patched the blog's module, before on_env.
        seen.append(structure.Markdown is not markdown.Markdown)
        seen.append(structure.SafeLoader is not yaml.SafeLoader)
        raise OSError(28, "No space left on device", "anh")

    monkeypatch.setattr(plugin, "warm_in_parallel", fail)
    preview = Preview(flagship / "mkdocs.yml", flagship / "preview", "http://127.0.0.1:8000/")
    for _ in range(2):  # and again, as serve does after the next save
        assert not preview.attempt(preview.full)
        assert seen[-2:] == [True, True]
        assert structure.Markdown is markdown.Markdown
        assert structure.SafeLoader is yaml.SafeLoader
        assert not compat._patches
    assert preview.problems
