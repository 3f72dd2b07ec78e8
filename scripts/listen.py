"""How well the machine voice is understood: word error rate per bulletin.

Reads every bulletin of a campaign aloud (the body, with the campaign's
engine or espeak-ng and the voice of its dialect, a sentence at a time: the
recogniser fails on clips over about a minute), transcribes the audio with the
offline recogniser ``viet-asr``, and prints the word error rate against the
bulletin's normalized text. About 0.2 s of CPU per second of
audio, plus three seconds to load the model.

The options override the engine's settings, to compare them:

    python scripts/listen.py [CAMPAIGN_DIR] [--today 2025-02-10] [--samples]
                             [--rate 200] [--gap 0] [--voice vi]
                             [--only ke-hoach,khau-hieu] [--show] [--worst 20]
                             [--sessions]

With --sessions it hears each session's recording instead, as the stations
play it (one opening, the session's bulletins, one closing): every distinct
programme of every station once, the same sentences that make up the
session's MP3.

The total line is all errors over all words (long bulletins weigh more).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from campaign.broadcast import audio
from campaign.broadcast.bulletin import project_bulletins
from campaign.broadcast.listening import Listener, misheard, sentences, words
from campaign.broadcast.numbers import Dialect
from campaign.broadcast.schedule import build_schedule
from campaign.project import load_project


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("campaign", nargs="?", default=".", type=Path)
    parser.add_argument("--today", default=None, help="build date, YYYY-MM-DD")
    parser.add_argument("--samples", action="store_true", help="include sample content")
    parser.add_argument("--rate", type=int, default=None, help="syllables a minute")
    parser.add_argument("--gap", type=int, default=audio.WORD_GAP, help="espeak-ng -g")
    parser.add_argument("--voice", default=None, help="espeak-ng voice (default: dialect's)")
    parser.add_argument("--only", default="", help="bulletin ids, comma-separated")
    parser.add_argument("--show", action="store_true", help="print what was heard")
    parser.add_argument("--worst", type=int, default=0, help="list the N most misheard words")
    parser.add_argument("--sessions", action="store_true", help="hear each session's recording")
    args = parser.parse_args(argv)

    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    project = load_project(args.campaign.resolve(), today=today.isoformat())
    campaign = project.campaign
    bulletins = project_bulletins(project, include_samples=args.samples)
    only = {i for i in args.only.split(",") if i}
    # What is heard: (name, text, rate, dialect) for each bulletin body or session.
    clips: list[tuple[str, str, int, Dialect]] = []
    if args.sessions:
        seen = set()
        for slot in build_schedule(bulletins, campaign).slots:
            key = (slot.station.id, tuple(b.id for b in slot.bulletins))
            if key in seen or (only and not only & set(key[1])):
                continue
            seen.add(key)
            first = slot.bulletins[0]
            name = f"{slot.station.id}/{'+'.join(key[1])}"
            clips.append((name, slot.script, first.rate, first.dialect))
    else:
        clips = [
            (b.id, b.reading, b.rate, b.dialect) for b in bulletins if not only or b.id in only
        ]
    listener = Listener()
    errors = total = 0.0
    wrong: Counter[str] = Counter()
    seconds = 0.0
    started = time.process_time()
    print(f"{'bản tin':40} {'giây':>6} {'từ':>5} {'WER':>6}")
    speakers: dict[tuple[str, int], audio.Speaker] = {}
    for name, text, rate, dialect in clips:
        voice = args.voice or audio.voice_for(dialect)
        rate = args.rate or rate
        # The speaker the export uses: a session's MP3 is these very sentences.
        speaker = speakers.setdefault(
            (voice, rate),
            audio.Speaker(
                rate_spm=rate, voice=voice, command=campaign.broadcast.tts_command, gap=args.gap
            ),
        )
        pieces = []
        for sentence in sentences(text):
            pcm = speaker.read(sentence)
            pieces.append((pcm.mono(), pcm.rate))
        heard = listener.hear_pieces(text, pieces)
        count = len(words(text))
        errors += heard.wer * count
        total += count
        seconds += heard.seconds
        print(f"{name[:40]:40} {heard.seconds:6.1f} {count:5d} {heard.wer:6.2f}")
        if args.show:
            print(f"    {heard.text}")
        wrong.update(misheard(text, heard.text))
    if total:
        cpu = time.process_time() - started
        print(f"{'tổng':40} {seconds:6.1f} {int(total):5d} {errors / total:6.2f}")
        print(f"(CPU {cpu:.0f} s cho {seconds:.0f} s âm thanh, kể cả đọc bằng máy)")
    if args.worst:
        print(
            "Từ hay bị nghe sai: "
            + ", ".join(f"{w} ({n})" for w, n in wrong.most_common(args.worst))
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
