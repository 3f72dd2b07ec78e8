"""A mistyped command line is answered in Vietnamese: argparse's own words are English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from campaign.cli import main

from .conftest import ROOT

ENGLISH = re.compile(r"\b(?:usage|error|argument|invalid choice|required|unrecognized|options)\b")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        ([], "campaign: lỗi: thiếu LỆNH"),
        (["buidl"], "campaign: lỗi: LỆNH: không có 'buidl'; chọn một trong: 'build', 'check'"),
        (["new"], "campaign new: lỗi: thiếu LOẠI, TIÊU_ĐỀ"),
        (["new", "newz", "x"], "campaign new: lỗi: LOẠI: không có 'newz'; chọn một trong: 'news'"),
        (["publish", "--dry-run"], "campaign: lỗi: lệnh không có tùy chọn này: --dry-run"),
        (["import-docx", "a.docx", "--ngay"], "campaign import-docx: lỗi: --ngay: cần một giá trị"),
        (["-C"], "campaign: lỗi: -C/--thu-muc: cần một giá trị sau tùy chọn"),
        (["broadcast", "chek"], "campaign broadcast: lỗi: VIỆC: không có 'chek'"),
    ],
)
def test_a_command_line_mistake_is_said_in_vietnamese(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    usage, message = err.strip().splitlines()[0], err.strip().splitlines()[-1]
    assert usage.startswith("cách dùng: campaign")
    assert message.startswith(said) and message.endswith("--help`)")
    assert not ENGLISH.search(err.replace("--help", "")), err


@pytest.mark.parametrize("argv", [["--help"], ["build", "--help"], ["broadcast", "check", "-h"]])
def test_help_is_in_vietnamese(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: campaign") and "in hướng dẫn này rồi thoát" in out
    assert "show this help" not in out and "options:" not in out


@pytest.mark.parametrize(
    ("kind", "title", "said"),
    [
        ("news", "", "tiêu đề: cần có chữ hoặc số, nhận được ''"),
        ("profile", "!!!", "họ tên: cần có chữ hoặc số, nhận được '!!!'"),
    ],
)
def test_a_title_without_a_letter_is_named(
    tmp_path: Path, kind: str, title: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("mkdocs.yml", "campaign.yml"):
        (tmp_path / name).write_bytes((ROOT / name).read_bytes())
    assert main(["-C", str(tmp_path), "new", kind, title]) == 1
    assert capsys.readouterr().err.splitlines()[0] == said
    assert not (tmp_path / "docs").exists()


@pytest.mark.parametrize(
    "command", ["build", "check", "media", "serve", "admin", "admin --them-tai-khoan lan"]
)
def test_a_folder_that_is_no_campaign_is_said_and_left_as_it_was(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`campaign build` run in the wrong folder: a located sentence saying where to run,
    and nothing written there (the build lock's .cache/ was made before)."""
    assert main(["-C", str(tmp_path), *command.split()]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{tmp_path / 'mkdocs.yml'}: không có tệp này: cần chạy lệnh")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "command",
    ["build", "check", "media", "serve", "new news Tin", "admin", "admin --them-tai-khoan lan"],
)
@pytest.mark.parametrize(
    ("present", "missing", "hint"),
    [
        ("campaign.yml", "mkdocs.yml", "chép mkdocs.yml của một chiến dịch khác"),
        ("mkdocs.yml", "campaign.yml", "`campaign init --from-plan TỆP THƯ_MỤC`"),
    ],
)
def test_a_folder_with_one_of_the_two_files_is_no_campaign_and_gets_nothing(
    tmp_path: Path,
    command: str,
    present: str,
    missing: str,
    hint: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A campaign.yml alone (or a mkdocs.yml alone) got a .cache/ (the build lock, the
    media kit) written beside it before the missing file was noticed."""
    (tmp_path / present).write_bytes((ROOT / present).read_bytes())
    assert main(["-C", str(tmp_path), *command.split()]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        f"{tmp_path / missing}: không có tệp này: thư mục có {present} nhưng thiếu {missing} "
        "nên chưa phải thư mục chiến dịch"
    ), err
    assert "chưa ghi gì vào thư mục" in err and hint in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [present]
