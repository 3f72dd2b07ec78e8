"""Intelligibility: the word error rate, the engine command, and one real clip heard."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.broadcast.audio import (
    ESPEAK_COMMAND,
    _speak,
    engine_command,
    synthesize,
    tts_argv,
)
from campaign.broadcast.listening import misheard, sentences, word_error_rate, words
from campaign.content.errors import ContentError
from campaign.content.load import load_campaign
from tests.conftest import MINIMAL

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed"
)


# --- the rate itself -----------------------------------------------------------------


def test_words_fold_case_and_punctuation() -> None:
    assert words("Kính thưa bà con: Y tế Việt Nam - 70 năm!") == [
        "kính", "thưa", "bà", "con", "y", "tế", "việt", "nam", "70", "năm",
    ]  # fmt: skip


def test_word_error_rate_counts_edits_over_words_said() -> None:
    said = "kính thưa bà con nhân dân"
    assert word_error_rate(said, "Kính thưa bà con nhân dân.") == 0.0
    # One substitution, one deletion: 2 of 6.
    assert word_error_rate(said, "kính thưa bà còn dân") == pytest.approx(2 / 6)
    # An insertion counts too, so the rate can pass 1 when the noise is long.
    assert word_error_rate("bà con", "à ừ bà con ơi") == pytest.approx(3 / 2)
    assert word_error_rate(said, "") == 1.0
    assert word_error_rate("", "") == 0.0


def test_misheard_words_are_the_ones_the_rate_counts() -> None:
    said = "kính thưa bà con nhân dân"
    assert misheard(said, "kính phiếu bà còn nhân dân") == ["thưa", "con"]
    assert misheard(said, "kính thưa bà") == ["con", "nhân", "dân"]
    assert misheard(said, said + " ơi") == []  # an insertion misreads no word said


def test_sentences_are_short_clips() -> None:
    text = "Kính thưa bà con.\nMột là, tuyên truyền; hai là, thi đua! Ba"
    assert sentences(text) == ["Kính thưa bà con.", "Một là, tuyên truyền; hai là, thi đua!", "Ba"]


# --- a campaign's own engine, by command ---------------------------------------------------


def test_placeholders_fill_single_arguments(tmp_path: Path) -> None:
    out = tmp_path / "thư mục có dấu cách" / "ra.wav"
    command = ["piper", "--model", "/mô hình/{x}.onnx", "--output_file", "{out}", "-v{voice}"]
    argv = tts_argv(command, voice="vi; rm -rf ~", rate_spm=200, out=out)
    # Each value stays inside its own argument; an unknown brace is kept as written.
    assert argv == [
        "piper",
        "--model",
        "/mô hình/{x}.onnx",
        "--output_file",
        str(out),
        "-vvi; rm -rf ~",
    ]
    assert engine_command(None) == ESPEAK_COMMAND
    assert tts_argv(ESPEAK_COMMAND, voice="vi", rate_spm=200, out=out, gap=3)[:7] == [
        "espeak-ng", "-v", "vi", "-s", "160", "-g", "3",
    ]  # fmt: skip


def test_tts_command_is_read_as_an_argument_list(
    write_campaign: Callable[[str], Path],
) -> None:
    text = MINIMAL + textwrap.dedent(
        """\
        broadcast:
          tts_command: piper --model "/srv/giọng nói/vi.onnx" --output_file {out}
        """
    )
    campaign = load_campaign(write_campaign(text))
    assert campaign.broadcast.tts_command == [
        "piper", "--model", "/srv/giọng nói/vi.onnx", "--output_file", "{out}",
    ]  # fmt: skip
    with pytest.raises(ContentError) as error:
        load_campaign(write_campaign(text.replace('"/srv', "'/srv")))
    assert "broadcast.tts_command" in str(error.value)
    assert "dấu ngoặc kép" in str(error.value)


@needs_espeak
def test_espeak_through_the_command_path(tmp_path: Path) -> None:
    """The same path a station's neural engine takes: text on stdin, WAV in {out}."""
    command = ["espeak-ng", "-v", "{voice}", "-s", "{speed}", "-w", "{out}"]
    text = "Kính thưa bà con nhân dân; hôm nay có lịch tiêm chủng $(touch hacked)."
    pcm = _speak(text, rate_spm=200, voice="vi", command=command)
    assert pcm.seconds > 2
    assert not Path("hacked").exists() and not (tmp_path / "hacked").exists()
    result = synthesize(text, tmp_path / "tin.mp3", rate_spm=200, command=command)
    assert result is not None and (tmp_path / "tin.mp3").stat().st_size > 10_000
    missing = ["khong-co-chuong-trinh-nay", "{out}"]
    assert synthesize(text, tmp_path / "x.mp3", rate_spm=200, command=missing) is None


# --- a clip heard by the recogniser ------------------------------------------------------

CLIP = (
    "Kính thưa bà con nhân dân. "
    "Chủ đề tuyên truyền là: Y tế Việt Nam, bảy mươi năm làm theo lời Bác."
)
# Measured for this clip with the shipped settings (-s 160 -g 5): 0.91 (20 of
# 22 words; one short clip is noisy, the flagship's bulletins score 0.79). Natural
# speech scores about 0.05 with this recogniser.
CEILING = 0.95
# A sentence of the same length that was not said: what was heard must be closer
# to the clip than to this, or the score measures nothing.
OTHER = (
    "Sáng nay trời nắng nhẹ, các hợp tác xã ở vùng trũng khẩn trương gieo cấy "
    "lúa xuân trước khi hết khung thời vụ."
)


@pytest.mark.build  # loads an 80 MB model: slow tier
@needs_espeak
def test_a_short_espeak_clip_is_heard_and_scored() -> None:
    pytest.importorskip("vietasr")
    from campaign.broadcast.listening import Listener

    pcm = _speak(CLIP, rate_spm=200, voice="vi")
    heard = Listener().hear(CLIP, pcm.mono(), pcm.rate)
    assert heard.text.strip()
    assert 0.0 < heard.wer < CEILING, heard
    assert heard.wer < word_error_rate(OTHER, heard.text), heard
    assert heard.seconds == pytest.approx(pcm.seconds, abs=0.01)


def test_a_missing_engine_is_named_once(
    write_campaign: Callable[[str], Path], tmp_path: Path
) -> None:
    from campaign.broadcast.bulletin import build_bulletins
    from campaign.broadcast.export import export_all

    text = MINIMAL + "broadcast:\n  tts_command: khong-co-chuong-trinh-nay {out}\n"
    campaign = load_campaign(write_campaign(text))
    bulletins = build_bulletins(campaign, [], [], today=dt.date(2025, 3, 1))
    notices: list[str] = []
    files = export_all(bulletins, campaign, tmp_path / "ra", audio=True, notify=notices.append)
    assert notices == [
        "Không tìm thấy chương trình khong-co-chuong-trinh-nay (broadcast.tts_command): "
        "bỏ qua tệp âm thanh"
    ]
    assert "bulletin-mp3" not in {f.kind for f in files}
