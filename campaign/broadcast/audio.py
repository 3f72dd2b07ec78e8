"""A spoken bulletin or session as MP3: espeak-ng (or a campaign's own engine) reads,
lameenc encodes.

The engine reads one sentence at a time (:class:`Speaker`): a process and a few
hundred kilobytes of samples per sentence, whatever the length of the session,
and each text read once per build however many sessions repeat it. A session's
file is its parts (the opening, each bulletin, the closing) one after another,
so it lasts exactly as long as its parts together.

espeak-ng is optional: without it :func:`synthesize` returns None and the
caller says once that the audio was skipped. A campaign may name another
local engine by command (``broadcast.tts_command``): the text goes to its
standard input, the WAV comes back in the file named by ``{out}`` (or on its
standard output). The command is an argument list, never a shell line, so
nothing in a campaign's text or file names can run a command. The MP3 starts with a small ID3
tag carrying the title, a hash of what was read and the measured duration, so
a later build can tell the file is current without running espeak-ng again.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import wave
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import lameenc

from ..publish.fsutil import write_atomic
from .listening import sentences
from .numbers import Dialect
from .timing import estimate

__all__ = [
    "BITRATE_KBPS",
    "ESPEAK_COMMAND",
    "ESPEAK_SPEED_FACTOR",
    "MISSING_NOTICE",
    "PLACEHOLDERS",
    "VOICES",
    "WORD_GAP",
    "AudioError",
    "AudioResult",
    "Speaker",
    "cached_seconds",
    "engine_command",
    "espeak_speed",
    "mp3_seconds",
    "read_tag",
    "synthesize",
    "synthesize_parts",
    "tts_argv",
    "voice_for",
]

MISSING_NOTICE = (
    "Không tìm thấy espeak-ng: bỏ qua tệp âm thanh; cài bằng `apt-get install espeak-ng`"
)

# Speech through a loudspeaker horn: 64 kbps mono is transparent for a voice
# and keeps a five-minute bulletin under three megabytes for slow links.
BITRATE_KBPS = 64
# espeak-ng accepts 80 to 450 words a minute; outside that it clamps silently.
MIN_SPEED, MAX_SPEED = 80, 450
# espeak-ng's -s is "words" a minute and a Vietnamese word is one syllable, but
# the vi voice's syllables are short: -s 200 read the flagship's plan bulletin
# (660 syllables) in 140 s where the estimate said 221 s. With a word gap (below)
# the factor that makes the audio last what the schedule estimates is 0.8: the
# flagship's three bodies (260 s estimated) read in 261 s at -s 160 -g 5.
ESPEAK_SPEED_FACTOR = 0.8
# espeak-ng's -g: extra silence between words, in units of 10 ms. A short break
# between syllables is what the recogniser (scripts/listen.py) found easiest to
# follow: word error rate 0.82 with no gap at -s 130, 0.79 with 50 ms at -s 160
# (same length); the README's "Độ dễ nghe" lists every setting tried.
WORD_GAP = 5
# The espeak-ng voice for each dialect setting: the text and the voice agree.
VOICES: Mapping[Dialect, str] = {"north": "vi", "south": "vi-vn-x-south"}
# The built-in engine, written the way a campaign writes its own command.
ESPEAK_COMMAND = (
    "espeak-ng",
    "-v",
    "{voice}",
    "-s",
    "{speed}",
    "-g",
    "{gap}",
    "-b",
    "1",
    "--stdout",
)
# What a command may ask for; anything else in braces is left as written.
PLACEHOLDERS = ("{out}", "{voice}", "{speed}", "{rate}", "{gap}")
# espeak-ng renders far faster than real time; a minute covers any bulletin and
# stops a hung process from hanging the build.
TIMEOUT_SECONDS = 60

# What a build keeps of the texts it has read, to use them again in the next
# session: about six hours of speech at espeak-ng's 22,050 16-bit samples a second.
CACHE_BYTES = 64 * 1024 * 1024

_TAG_SOURCE = "campaign-source"
_TAG_SECONDS = "campaign-seconds"


class AudioError(RuntimeError):
    """espeak-ng failed on a text (the build goes on without that file)."""


@dataclass(frozen=True)
class AudioResult:
    """An MP3 written, with its measured length next to the reading estimate."""

    path: Path
    seconds_audio: float
    seconds_estimate: float


@dataclass(frozen=True)
class _Pcm:
    frames: bytes
    rate: int
    channels: int
    width: int

    @property
    def seconds(self) -> float:
        return len(self.frames) / (self.rate * self.channels * self.width)

    def mono(self) -> bytes:
        """16-bit samples of the first channel (a recogniser wants one)."""
        if self.width != 2:
            raise AudioError(f"mẫu âm thanh {self.width * 8} bit, cần 16 bit")
        if self.channels == 1:
            return self.frames
        step = 2 * self.channels
        return b"".join(self.frames[i : i + 2] for i in range(0, len(self.frames), step))


def espeak_speed(rate_spm: int) -> int:
    """espeak-ng's ``-s`` for a reading rate in syllables a minute."""
    return max(MIN_SPEED, min(MAX_SPEED, round(rate_spm * ESPEAK_SPEED_FACTOR)))


def voice_for(dialect: Dialect) -> str:
    """The espeak-ng voice that speaks ``dialect``."""
    return VOICES[dialect]


def engine_command(command: Sequence[str] | None) -> tuple[str, ...]:
    """The campaign's own engine, or espeak-ng."""
    return tuple(command) if command else ESPEAK_COMMAND


def tts_argv(
    command: Sequence[str], *, voice: str, rate_spm: int, out: Path, gap: int = WORD_GAP
) -> list[str]:
    """``command`` with its placeholders filled in, one argument each.

    Plain replacement, not ``str.format``: a brace in a path or a model name is
    kept as written, and no value can become a second argument.
    """
    values = {
        "{out}": str(out),
        "{voice}": voice,
        "{speed}": str(espeak_speed(rate_spm)),
        "{rate}": str(rate_spm),
        "{gap}": str(gap),
    }
    argv = []
    for argument in command:
        for key, value in values.items():
            argument = argument.replace(key, value)
        argv.append(argument)
    return argv


def _speak(
    text: str,
    *,
    rate_spm: int,
    voice: str,
    command: Sequence[str] | None = None,
    gap: int = WORD_GAP,
) -> _Pcm:
    """Run the engine on ``text`` (stdin, UTF-8) and return its WAV samples."""
    template = engine_command(command)
    name = Path(template[0]).name
    with tempfile.TemporaryDirectory(prefix="campaign-tts-") as scratch:
        out = Path(scratch) / "doc.wav"
        argv = tts_argv(template, voice=voice, rate_spm=rate_spm, out=out, gap=gap)
        to_file = any("{out}" in a for a in template)
        try:
            done = subprocess.run(
                argv,
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise AudioError(f"{name} không chạy được: {error}") from error
        data = out.read_bytes() if to_file and out.is_file() else done.stdout
    if done.returncode != 0 or not data:
        message = done.stderr.decode("utf-8", "replace").strip() or f"mã lỗi {done.returncode}"
        raise AudioError(f"{name} báo lỗi: {message}")
    try:
        # On a pipe espeak-ng cannot seek back to fill in the sizes, so the
        # header claims about two gigabytes; reading takes what is really there.
        with wave.open(io.BytesIO(data)) as wav:
            return _Pcm(
                wav.readframes(wav.getnframes()),
                wav.getframerate(),
                wav.getnchannels(),
                wav.getsampwidth(),
            )
    except (wave.Error, EOFError) as error:
        raise AudioError(f"{name} trả về WAV không đọc được: {error}") from error


def _encode(pcm: _Pcm) -> bytes:
    if pcm.width != 2:
        raise AudioError(f"mẫu âm thanh {pcm.width * 8} bit, cần 16 bit")
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE_KBPS)
    encoder.set_in_sample_rate(pcm.rate)
    encoder.set_channels(pcm.channels)
    encoder.set_quality(2)
    return bytes(encoder.encode(pcm.frames) + encoder.flush())


# --- a minimal ID3v2.3 tag ------------------------------------------------------


def _syncsafe(size: int) -> bytes:
    return bytes((size >> shift) & 0x7F for shift in (21, 14, 7, 0))


def _frame(frame_id: str, body: bytes) -> bytes:
    return frame_id.encode("ascii") + len(body).to_bytes(4, "big") + b"\x00\x00" + body


def _id3(title: str, tags: dict[str, str]) -> bytes:
    # Encoding 1 is UTF-16 with a BOM: the only Unicode ID3v2.3 knows.
    frames = _frame("TIT2", b"\x01" + title.encode("utf-16"))
    for key, value in tags.items():
        frames += _frame("TXXX", b"\x00" + key.encode("latin-1") + b"\x00" + value.encode("ascii"))
    return b"ID3\x03\x00\x00" + _syncsafe(len(frames)) + frames


def read_tag(path: Path) -> dict[str, str]:
    """The ``TXXX`` key/value pairs this module wrote, or {} for any other file."""
    try:
        with path.open("rb") as stream:
            header = stream.read(10)
            if len(header) < 10 or header[:3] != b"ID3":
                return {}
            size = sum(b << shift for b, shift in zip(header[6:10], (21, 14, 7, 0), strict=True))
            data = stream.read(size)
    except OSError:
        return {}
    found: dict[str, str] = {}
    offset = 0
    while offset + 10 <= len(data) and data[offset : offset + 4].isalnum():
        length = int.from_bytes(data[offset + 4 : offset + 8], "big")
        body = data[offset + 10 : offset + 10 + length]
        if data[offset : offset + 4] == b"TXXX" and body[:1] == b"\x00" and b"\x00" in body[1:]:
            key, _, value = body[1:].partition(b"\x00")
            found[key.decode("latin-1")] = value.decode("ascii", "replace")
        offset += 10 + length
    return found


def cached_seconds(path: Path, source_hash: str) -> float | None:
    """The measured length of ``path`` if it was made from ``source_hash``."""
    tag = read_tag(path)
    if tag.get(_TAG_SOURCE) != source_hash:
        return None
    try:
        return float(tag[_TAG_SECONDS])
    except (KeyError, ValueError):
        return None


class Speaker:
    """One engine and voice at one rate, reading texts a sentence at a time.

    What it has read it keeps (up to :data:`CACHE_BYTES`, oldest dropped first),
    so a bulletin heard in many sessions, or the same opening at every session, is
    read once per build.
    """

    def __init__(
        self,
        *,
        rate_spm: int,
        voice: str = "vi",
        command: Sequence[str] | None = None,
        gap: int = WORD_GAP,
        cache_bytes: int = CACHE_BYTES,
    ) -> None:
        self.rate_spm = rate_spm
        self.voice = voice
        self.command = command
        self.gap = gap
        self._cache: dict[str, _Pcm] = {}
        self._cache_bytes = cache_bytes
        self._held = 0
        self.sentences_read = 0

    def available(self) -> bool:
        """Whether the engine's program is installed."""
        return shutil.which(engine_command(self.command)[0]) is not None

    def read(self, text: str) -> _Pcm:
        """``text`` spoken, its sentences one after another."""
        known = self._cache.get(text)
        if known is not None:
            return known
        pieces = []
        for said in sentences(text):
            pieces.append(
                _speak(
                    said,
                    rate_spm=self.rate_spm,
                    voice=self.voice,
                    command=self.command,
                    gap=self.gap,
                )
            )
            self.sentences_read += 1
        pcm = _join(pieces)
        self._remember(text, pcm)
        return pcm

    def _remember(self, text: str, pcm: _Pcm) -> None:
        size = len(pcm.frames)
        if size > self._cache_bytes:
            return
        while self._cache and self._held + size > self._cache_bytes:
            oldest = next(iter(self._cache))
            self._held -= len(self._cache.pop(oldest).frames)
        self._cache[text] = pcm
        self._held += size


def _join(pieces: Sequence[_Pcm]) -> _Pcm:
    """Clips of one format as one clip (an empty one for no clip)."""
    pieces = [p for p in pieces if p.frames]  # a text with nothing to say has no format
    if not pieces:
        return _Pcm(b"", 22050, 1, 2)
    first = pieces[0]
    for piece in pieces[1:]:
        if (piece.rate, piece.channels, piece.width) != (first.rate, first.channels, first.width):
            raise AudioError(
                f"các đoạn âm thanh không cùng định dạng ({first.rate} Hz và {piece.rate} Hz)"
            )
    return _Pcm(b"".join(p.frames for p in pieces), first.rate, first.channels, first.width)


def synthesize_parts(
    parts: Sequence[str],
    out_mp3: Path,
    speaker: Speaker,
    *,
    title: str = "",
    source_hash: str = "",
) -> AudioResult | None:
    """Read ``parts`` one after another into ``out_mp3``; None without the engine.

    A session is its opening, its bulletins and its closing: each part is read
    (or taken from what ``speaker`` has read already) and the samples follow one
    another, so the file lasts what its parts last together. ``source_hash`` is
    stored in the file's tag for :func:`cached_seconds`. Raises
    :class:`AudioError` when the engine is there but fails.
    """
    if not speaker.available():
        return None
    pcm = _join([speaker.read(part) for part in parts if part.strip()])
    if not pcm.frames:
        raise AudioError("không có câu nào để đọc")
    seconds = round(pcm.seconds, 1)
    tag = _id3(title, {_TAG_SOURCE: source_hash, _TAG_SECONDS: f"{seconds:.1f}"})
    write_atomic(out_mp3, tag + _encode(pcm))
    text = "\n".join(parts)
    return AudioResult(out_mp3, seconds, estimate(text, speaker.rate_spm).seconds)


def synthesize(
    text: str,
    out_mp3: Path,
    *,
    rate_spm: int,
    voice: str = "vi",
    title: str = "",
    source_hash: str = "",
    command: Sequence[str] | None = None,
) -> AudioResult | None:
    """Read ``text`` with the engine and write it to ``out_mp3``; None without it.

    ``command`` is the campaign's own engine (None: espeak-ng). See
    :func:`synthesize_parts`.
    """
    speaker = Speaker(rate_spm=rate_spm, voice=voice, command=command)
    return synthesize_parts([text], out_mp3, speaker, title=title, source_hash=source_hash)


# --- reading an MP3 back: its frames, to know its length --------------------------

# MPEG-1 Layer III bit rates (kbps) by header index; MPEG-2 and 2.5 have their own.
_BITRATES_V1 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_BITRATES_V2 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mp3_seconds(data: bytes) -> float:
    """The length of an MPEG Layer III stream, frame by frame, after any ID3 tag.

    Every frame from the first to the last must follow the one before: a file
    that is not a whole MP3 raises :class:`AudioError`.
    """
    offset = 0
    if data[:3] == b"ID3" and len(data) >= 10:
        offset = 10 + sum((b & 0x7F) << (7 * (3 - i)) for i, b in enumerate(data[6:10]))
    samples = 0
    rate = 0
    frames = 0
    while offset + 4 <= len(data):
        head = int.from_bytes(data[offset : offset + 4], "big")
        if head >> 21 != 0x7FF:
            raise AudioError(f"không phải khung MP3 ở byte {offset}")
        version = (head >> 19) & 3  # 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
        layer = (head >> 17) & 3  # 1: Layer III
        index = (head >> 12) & 15
        rate_index = (head >> 10) & 3
        if version == 1 or layer != 1 or index in (0, 15) or rate_index == 3:
            raise AudioError(f"khung MP3 không hợp lệ ở byte {offset}")
        padding = (head >> 9) & 1
        rate = _RATES[version][rate_index]
        if version == 3:
            per_frame, size = 1152, 144 * _BITRATES_V1[index] * 1000 // rate + padding
        else:
            per_frame, size = 576, 72 * _BITRATES_V2[index] * 1000 // rate + padding
        if offset + size > len(data):
            raise AudioError(f"khung MP3 cuối bị cắt ở byte {offset}")
        samples += per_frame
        frames += 1
        offset += size
    if not frames:
        raise AudioError("tệp không có khung MP3 nào")
    return samples / rate
