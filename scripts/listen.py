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
from campaign.broadcast.bulletin import build_bulletins
from campaign.broadcast.listening import Listener, misheard, sentences, words
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
    args = parser.parse_args(argv)

    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    project = load_project(args.campaign.resolve(), today=today.isoformat())
    campaign = project.campaign
    bulletins = build_bulletins(
        campaign, project.news, project.profiles, today=today, include_samples=args.samples
    )
    only = {i for i in args.only.split(",") if i}
    listener = Listener()
    errors = total = 0.0
    wrong: Counter[str] = Counter()
    seconds = 0.0
    started = time.process_time()
    print(f"{'bản tin':40} {'giây':>6} {'từ':>5} {'WER':>6}")
    for bulletin in bulletins:
        if only and bulletin.id not in only:
            continue
        voice = args.voice or audio.voice_for(bulletin.dialect)
        pieces = []
        for sentence in sentences(bulletin.reading):
            pcm = audio._speak(
                sentence,
                rate_spm=args.rate or bulletin.rate,
                voice=voice,
                command=campaign.broadcast.tts_command,
                gap=args.gap,
            )
            pieces.append((pcm.mono(), pcm.rate))
        heard = listener.hear_pieces(bulletin.reading, pieces)
        count = len(words(bulletin.reading))
        errors += heard.wer * count
        total += count
        seconds += heard.seconds
        print(f"{bulletin.id[:40]:40} {heard.seconds:6.1f} {count:5d} {heard.wer:6.2f}")
        if args.show:
            print(f"    {heard.text}")
        wrong.update(misheard(bulletin.reading, heard.text))
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
