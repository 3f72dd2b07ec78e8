"""Every warning points at the line and column of its word in the file the user edits.

Expected columns are counted here from the text as written (``str.index`` on the
input line), never taken from the tool's output.
"""

from __future__ import annotations

import io
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest

from campaign.broadcast.bulletin import build_bulletins
from campaign.broadcast.locate import Columns
from campaign.cli import main
from campaign.project import load_project
from tests.conftest import MINIMAL

from .reading import spelled_unknown

# Words the reader says differently from how they are written, or after a sign:
# "20.000đ đồng" is said "… đồng đồng" (the doubt names the spoken pair), "–" is
# read as "-" (the doubt names the cleaned symbol), and "Luzon" comes after tokens
# the doubts list first.
PRICE = "Giá vé 20.000đ đồng mỗi lượt, chi tiết xem website của Sở."
SYMBOL = "Số hiệu 819/NQ – UVBTVQH 14 ngày 5/10 do bão Luzon."


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _expected(path: str, text: str) -> list[str]:
    price, symbol = text.split("\n")[:2]
    nfd = price != unicodedata.normalize("NFC", price)

    def col(line: str, word: str) -> int:
        """1-based column of ``word`` in ``line``, written in the line's own form."""
        return line.index(unicodedata.normalize("NFD", word) if nfd else word) + 1

    return [
        f"{path}:1:{col(price, 'website')}: từ nước ngoài hoặc chưa rõ cách đọc: 'website'",
        # the word said twice, where it is written once (after "20.000đ")
        f"{path}:1:{col(price, ' đồng') + 1}: từ 'đồng' được đọc hai lần liền: kiểm tra",
        f"{path}:2:{col(symbol, 'NQ')}: số hiệu văn bản bị tách bởi dấu gạch có khoảng "
        "trắng: 'NQ - UVBTVQH'; kiểm tra",
        f"{path}:2:{col(symbol, 'Luzon')}: từ nước ngoài hoặc chưa rõ cách đọc: 'Luzon'",
    ]


def test_normalize_points_at_words_said_otherwise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"{PRICE}\n{SYMBOL}\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code, out, err = _run(capsys, "-C", str(tmp_path), "broadcast", "normalize")
    assert code == 0 and len(out.splitlines()) == 2
    assert err.splitlines() == _expected("<stdin>", text)


def test_check_counts_columns_of_a_decomposed_file_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file saved in NFD (combining accents) is read as NFC; its columns are the
    file's own, where each accent is a character."""
    text = unicodedata.normalize("NFD", f"{PRICE}\n{SYMBOL}\n")
    path = tmp_path / "tin.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = _run(capsys, "-C", str(tmp_path), "broadcast", "check", str(path))
    assert code == 1
    nfd = unicodedata.normalize("NFD", PRICE + "\n" + SYMBOL)
    expected = _expected(str(path), nfd)
    assert out.splitlines() == [unicodedata.normalize("NFC", e) for e in expected]
    assert expected[0] != _expected(str(path), f"{PRICE}\n{SYMBOL}")[0]  # columns differ


def test_check_markdown_counts_what_it_skips_in_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = "Tin <!-- ghi chú của biên tập --> về hợp tác xã ABCD và ![ảnh](a.jpg) QZRV."
    post = tmp_path / "tin.md"
    post.write_text(f"# Tin\n\n{line}\n", encoding="utf-8")
    code, out, _ = _run(capsys, "-C", str(tmp_path), "broadcast", "check", str(post))
    assert code == 1
    unknown = spelled_unknown
    assert out.splitlines() == [
        f"{post}:3:{line.index('ABCD') + 1}: " + unknown("ABCD"),
        f"{post}:3:{line.index('QZRV') + 1}: " + unknown("QZRV"),
    ]


def test_a_news_bulletin_points_into_the_post_as_written(
    tmp_path: Path, write_campaign: object
) -> None:
    """The bulletin drops an aside said before (the reader sees a shorter line) and
    reads the title from the front matter: columns are those of the post's lines."""
    (tmp_path / "campaign.yml").write_text(MINIMAL, encoding="utf-8")
    posts = tmp_path / "docs" / "tin-tuc" / "posts"
    posts.mkdir(parents=True)
    title = "Hội nghị XKQW tổng kết"
    first = "Trung tâm (đơn vị chủ trì) họp."
    second = "Trung tâm (đơn vị chủ trì) mời hợp tác xã ABCD dự."
    post = textwrap.dedent(
        f"""\
            ---
            title: {title}
            summary: Tin họp.
            date: 2025-03-01
            broadcast: true
            ---

            {first}

            {second}
            """
    )
    (posts / "hop.md").write_text(post, encoding="utf-8")
    rows = post.split("\n")
    project = load_project(tmp_path, today="2025-03-05")
    bulletins = build_bulletins(
        project.campaign, project.news, [], today=project.today, source=project.source
    )
    [news] = [b for b in bulletins if b.id.startswith("tin-tuc-")]
    unknown = spelled_unknown
    where = "docs/tin-tuc/posts/hop.md"
    title_line = f"title: {title}"
    assert news.warnings == [
        f"{where}:{rows.index(title_line) + 1}:{title_line.index('XKQW') + 1}: " + unknown("XKQW"),
        f"{where}:{rows.index(second) + 1}:{second.index('ABCD') + 1}: " + unknown("ABCD"),
    ]


def test_columns_carry_a_spoken_word_to_its_written_sign() -> None:
    line = "Nhiệt độ 20+5 độ"
    columns = Columns(line)
    # "cộng" is not written: it stands where "+" is.
    assert columns.locate(["cộng"], ("Nhiệt độ hai mươi cộng năm độ",)) == [line.index("+") + 1]
    # Not found anywhere: the line's start, never an error.
    assert columns.locate(["khác"], ()) == [1]
