"""``campaign broadcast check``: the proof list, and a campaign's own abbreviations."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest

from campaign.cli import main


def _campaign(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_lists_every_doubt_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "tin.txt"
    text.write_text("Sở TT&TT họp.\n\nBQLDA dự án và đ/c Lan dự.\n", encoding="utf-8")
    code, out, err = _campaign(capsys, "-C", str(tmp_path), "broadcast", "check", str(text))
    assert code == 1
    assert out == (
        f"{text}:3:1: chữ viết tắt chưa biết: 'BQLDA' đã đọc từng chữ cái ('bê quy lờ đê a'); "
        "nếu đọc thành tên hay có nghĩa đầy đủ, hãy thêm vào từ điển\n"
    )
    assert "Cần soát 1 chỗ" in err


def test_check_clean_file_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "tin.txt"
    text.write_text("UBND xã họp ngày 3-9.\n", encoding="utf-8")
    code, out, err = _campaign(capsys, "-C", str(tmp_path), "broadcast", "check", str(text))
    assert (code, out) == (0, "")
    assert "Không có chỗ nào cần soát" in err


def test_check_markdown_skips_what_is_not_heard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "tin.md"
    post.write_text("Tin\n\n```\nXYZW\n```\n| QWER | 1 |\nHợp tác xã ABCD.\n", encoding="utf-8")
    code, out, _ = _campaign(capsys, "-C", str(tmp_path), "broadcast", "check", str(post))
    assert code == 1
    assert out.splitlines() == [
        f"{post}:7:12: chữ viết tắt chưa biết: 'ABCD' đã đọc từng chữ cái ('a bê xê đê'); "
        "nếu đọc thành tên hay có nghĩa đầy đủ, hãy thêm vào từ điển"
    ]


def test_check_of_a_news_post_reads_its_title_not_its_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's example, `broadcast check docs/tin-tuc/posts/….md`, on a post as
    `campaign new news` writes it: the front matter's keys, comments and values
    (slug, categories, `anh/ten-anh.jpg`) are not read aloud; the title is."""
    from campaign.importers.scaffold import new_news

    path = new_news(tmp_path / "docs", "Tiêm chủng QZRV cho trẻ", dt.date(2025, 2, 20))
    path.write_text(path.read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8")
    code, out, _ = _campaign(capsys, "-C", str(tmp_path), "broadcast", "check", str(path))
    title = next(
        n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if "QZRV" in line
    )
    column = len('title: "Tiêm chủng ') + 1
    assert code == 1
    assert out.splitlines() == [
        f"{path}:{title}:{column}: chữ viết tắt chưa biết: 'QZRV' "
        "đã đọc từng chữ cái ('quy dét rờ vê'); "
        "nếu đọc thành tên hay có nghĩa đầy đủ, hãy thêm vào từ điển"
    ]


def test_check_of_a_file_it_cannot_read_says_why_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "khong-co.md"
    utf16 = tmp_path / "notepad.txt"
    utf16.write_bytes("Sở Y tế họp.\n".encode("utf-16"))
    argv = ["-C", str(tmp_path), "broadcast", "check", str(missing), str(utf16), str(tmp_path)]
    code, out, err = _campaign(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"{missing}: không đọc được tệp: không có tệp hay thư mục này",
        f"{utf16}:1: tệp lưu dạng UTF-16 (Unicode của Notepad cũ): hãy lưu lại dạng UTF-8",
        f"{tmp_path}: không đọc được tệp: đây là thư mục, không phải tệp",
    ]


def test_campaign_yml_adds_abbreviations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = Path(__file__).resolve().parents[2] / "campaign.yml"
    text = seed.read_text(encoding="utf-8")
    assert "\nbroadcast:" in text
    text = text.replace(
        "\nbroadcast:", "\nbroadcast:\n  abbreviations:\n    BQLDA: Ban Quản lý dự án", 1
    )
    (tmp_path / "campaign.yml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("BQLDA họp\n".encode())))
    code, out, err = _campaign(capsys, "-C", str(tmp_path), "broadcast", "normalize")
    assert (code, out, err) == (0, "Ban Quản lý dự án họp\n", "")


def test_normalize_in_a_campaign_folder_adds_no_word_of_its_units(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The flagship's units: TTYT is "Trung tâm Y tế huyện Văn Quan". Text given to
    # normalize may be about any place: the unit's district is not added, and the
    # folder reads it as outside any campaign (only broadcast: abbreviations: count).
    seed = Path(__file__).resolve().parents[2] / "campaign.yml"
    (tmp_path / "campaign.yml").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    text = "TTYT huyện tổ chức hiến máu.\r\nUBND huyện Văn Quan chỉ đạo TTYT.\r\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code, out, err = _campaign(capsys, "-C", str(tmp_path), "broadcast", "normalize")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Trung tâm Y tế huyện tổ chức hiến máu.",
        "Ủy ban nhân dân huyện Văn Quan chỉ đạo Trung tâm Y tế.",
    ]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    outside = tmp_path / "outside"
    outside.mkdir()
    assert _campaign(capsys, "-C", str(outside), "broadcast", "normalize")[1] == out


def test_campaign_yml_bad_abbreviation_is_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = Path(__file__).resolve().parents[2] / "campaign.yml"
    text = seed.read_text(encoding="utf-8").replace(
        "\nbroadcast:", "\nbroadcast:\n  abbreviations:\n    BQLDA: Ban số 5", 1
    )
    (tmp_path / "campaign.yml").write_text(text, encoding="utf-8")
    line = text.splitlines().index("    BQLDA: Ban số 5") + 1
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"BQLDA\n")))
    code, out, err = _campaign(capsys, "-C", str(tmp_path), "broadcast", "normalize")
    assert (code, out) == (2, "")
    assert err.startswith(f"campaign.yml:{line}:")
    assert "không có chữ số" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("unit", ["x", "a1", "1-", "1/2 ", "a.b@", "Nguyễn Văn A. "])
def test_long_odd_lines_stay_linear(unit: str) -> None:
    """A pasted table or a line of junk must not hang the reader: every rule
    looks only a bounded way back (this took over a minute before)."""
    import time

    from campaign.broadcast.reading import normalize

    line = unit * (20000 // len(unit))
    # This process's CPU time, not the wall clock: other work on a loaded machine
    # (load 7 on 2 cores made 4.6 s of CPU take 17 s) is not the reader's.
    started = time.process_time()
    normalize(line)
    assert time.process_time() - started < 10


def test_check_without_files_checks_the_campaign_bulletins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import MINIMAL

    text = MINIMAL.replace("Khám sức khỏe miễn phí", "Khám sức khỏe QZRV")
    (tmp_path / "campaign.yml").write_text(text, encoding="utf-8")
    line = text.splitlines().index("    name: Khám sức khỏe QZRV") + 1
    column = len("    name: Khám sức khỏe ") + 1
    code, out, err = _campaign(capsys, "-C", str(tmp_path), "broadcast", "check")
    assert code == 1
    assert out == (
        f"campaign.yml:{line}:{column}: chữ viết tắt chưa biết: 'QZRV' "
        "đã đọc từng chữ cái ('quy dét rờ vê'); "
        "nếu đọc thành tên hay có nghĩa đầy đủ, hãy thêm vào từ điển\n"
    )
    assert "Cần soát 1 chỗ" in err
    (tmp_path / "campaign.yml").write_text(MINIMAL, encoding="utf-8")
    code, out, err = _campaign(capsys, "-C", str(tmp_path), "broadcast", "check")
    assert (code, out) == (0, "")
    assert "Không có chỗ nào cần soát" in err


def test_check_without_files_needs_a_campaign(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _campaign(capsys, "-C", str(tmp_path), "broadcast", "check")
    assert (code, out) == (2, "")
    assert err.startswith("lỗi: không có campaign.yml")
    assert "Traceback" not in err
