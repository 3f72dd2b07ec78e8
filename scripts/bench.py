"""Benchmark: a province-sized synthetic campaign against stock mkdocs-material.

Generates a campaign (Vietnamese news, profiles, photos, communes) and measures,
in one run: cold build, no-op rebuild, rebuild after editing one news item,
loudspeaker exports; and the same posts built by stock mkdocs-material's blog
with nothing of ours. Each build runs in its own process, so its peak memory
(ru_maxrss) is its own. Results go to stdout as a table and to a JSON file.

Usage: python scripts/bench.py [--news 2000] [--profiles 500] [--growth] [--json bench.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

WORDS = (
    "y tế cơ sở trạm xã bác sĩ điều dưỡng khám chữa bệnh tiêm chủng người dân sức khỏe "
    "phòng chống dịch bệnh truyền thông thôn bản vùng cao hiến máu tình nguyện tuyên truyền "
    "chăm sóc bà mẹ trẻ em an toàn thực phẩm bảo hiểm y tế chuyển đổi số thầy thuốc lời Bác"
).split()
TOPICS = ["Tuyên truyền", "Thi đua", "Về nguồn", "Khám bệnh", "Tiêm chủng", "Hiến máu"]
HONOURS = ["Thầy thuốc Ưu tú", "Bằng khen", "Giấy khen", "Chiến sĩ thi đua cơ sở"]


def _sentence(rng: random.Random, n: int = 14) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def make_photos(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(count):
        name = f"anh-{i:03d}.jpg"
        image = Image.new("RGB", (1600, 1200), (20 + i * 7 % 200, 110, 100 + i * 13 % 150))
        image.save(folder / name, quality=80)
        names.append(f"anh/bench/{name}")
    return names


def make_campaign(root: Path, news: int, profiles: int, communes: int, photos: int) -> None:
    """The flagship's data and pages, plus generated news, profiles and communes."""
    rng = random.Random(2025)
    root.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "anh", root / "anh")
    text = (ROOT / "campaign.yml").read_text(encoding="utf-8")
    head = text.split("\ncommunes:\n", 1)[0]
    tail = text.split("\ncommunes:\n", 1)[1]
    tail = tail[tail.index("\nbroadcast:") :]
    lines = [f"  - {{name: Xã Thử {i:03d}, kind: xã}}" for i in range(communes)]
    (root / "campaign.yml").write_text(
        head + "\ncommunes:\n" + "\n".join(lines) + "\n" + tail, encoding="utf-8"
    )
    pictures = make_photos(root / "anh" / "bench", photos)
    posts = root / "docs" / "tin-tuc" / "posts"
    start = dt.date(2024, 8, 1)
    for i in range(news):
        day = start + dt.timedelta(days=i % 200)
        cover = rng.choice(pictures)
        body = "\n\n".join(_sentence(rng, 30) for _ in range(4))
        (posts / f"tin-{i:05d}.md").write_text(
            "---\n"
            f'title: "Tin số {i}: {_sentence(rng, 8)[:-1]}"\n'
            f"date: {day.isoformat()}\n"
            f'summary: "{_sentence(rng)}"\n'
            f"categories: [{rng.choice(TOPICS)}]\n"
            f"cover: {cover}\n"
            f'cover_alt: "Ảnh minh họa tin số {i}"\n'
            "unit: ttyt\n"
            f"broadcast: {'true' if i % 50 == 0 else 'false'}\n"
            "sample: true\n"
            "---\n\n"
            f"{_sentence(rng, 20)}\n\n<!-- more -->\n\n{body}\n",
            encoding="utf-8",
        )
    folder = root / "docs" / "guong-dien-hinh"
    for i in range(profiles):
        (folder / f"nguoi-{i:04d}.md").write_text(
            "---\n"
            f'name: "Nhân vật minh họa {i}"\n'
            f"kind: {'tập thể' if i % 7 == 0 else 'cá nhân'}\n"
            f"honour: {rng.choice(HONOURS)}\n"
            f"photo: {rng.choice(pictures)}\n"
            f'photo_alt: "Ảnh minh họa {i}"\n'
            f"achievements: [{_sentence(rng)}]\n"
            "sample: true\n"
            "---\n\n"
            f"{_sentence(rng, 40)}\n",
            encoding="utf-8",
        )


def make_stock(root: Path, campaign_root: Path) -> None:
    """The same posts in a plain mkdocs-material blog: nothing of ours."""
    (root / "docs" / "blog" / "posts").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Trang chủ\n", encoding="utf-8")
    (root / "docs" / "blog" / "index.md").write_text("# Tin tức\n", encoding="utf-8")
    for post in sorted((campaign_root / "docs" / "tin-tuc" / "posts").glob("tin-*.md")):
        head, body = post.read_text(encoding="utf-8").split("---\n", 2)[1:]
        keep = [
            line
            for line in head.splitlines()
            if line.split(":")[0] in ("title", "date", "categories")
        ]
        (root / "docs" / "blog" / "posts" / post.name).write_text(
            "---\n" + "\n".join(keep) + "\n---\n" + body, encoding="utf-8"
        )
    (root / "mkdocs.yml").write_text(
        "site_name: Stock blog\nsite_url: https://vi-du.example/\n"
        "theme:\n  name: material\n  language: vi\n  font: false\n"
        "plugins:\n  - search\n  - blog:\n      authors: false\n",
        encoding="utf-8",
    )


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall time and peak memory (MiB) of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        err = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
        raise SystemExit(f"lệnh thất bại: {' '.join(command)}\n{err[-3000:]}")
    return {"seconds": round(elapsed, 2), "peak_mib": round(usage.ru_maxrss / 1024, 1)}


def run(news: int, profiles: int, communes: int, photos: int, work: Path) -> dict[str, Any]:
    project = work / f"campaign-{news}"
    stock = work / f"stock-{news}"
    make_campaign(project, news, profiles, communes, photos)
    make_stock(stock, project)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", CAMPAIGN_BUILD_DATE="2025-02-10")
    build = [PY, "-m", "campaign.cli", "build"]
    results: dict[str, Any] = {"news": news, "profiles": profiles, "communes": communes}
    results["stock_blog"] = timed([PY, "-m", "mkdocs", "build", "-q"], stock, env)
    results["cold"] = timed(build, project, env)
    results["noop"] = timed(build, project, env)
    post = project / "docs" / "tin-tuc" / "posts" / "tin-00001.md"
    post.write_text(post.read_text(encoding="utf-8") + "\nMột câu sửa.\n", encoding="utf-8")
    results["edit_one"] = timed(build, project, env)
    results["ratio_to_stock"] = round(
        results["cold"]["seconds"] / results["stock_blog"]["seconds"], 2
    )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--news", type=int, default=2000)
    parser.add_argument("--profiles", type=int, default=500)
    parser.add_argument("--communes", type=int, default=100)
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--growth", action="store_true", help="also 1000 and 4000 news items")
    parser.add_argument("--json", type=Path, default=Path("bench.json"))
    args = parser.parse_args()
    sizes = [1000, args.news, 4000] if args.growth else [args.news]
    machine = f"{platform.machine()}, {os.cpu_count()} lõi, Python {platform.python_version()}"
    runs = []
    with tempfile.TemporaryDirectory(prefix="campaign-bench-") as tmp:
        for size in sizes:
            profiles = args.profiles * size // args.news
            print(f"… {size} tin, {profiles} hồ sơ", file=sys.stderr)
            runs.append(run(size, profiles, args.communes, args.photos, Path(tmp)))
    print(f"Máy: {machine}")
    columns = [("tin", 6), ("stock blog", 11), ("lần đầu", 9), ("tỉ lệ", 6)]
    columns += [("không đổi", 10), ("sửa 1 tin", 10), ("RAM đỉnh", 9)]
    print(" ".join(f"{name:>{width}}" for name, width in columns))
    for r in runs:
        peak = max(r[k]["peak_mib"] for k in ("cold", "noop", "edit_one"))
        print(
            f"{r['news']:>6} {r['stock_blog']['seconds']:>10.1f}s {r['cold']['seconds']:>8.1f}s "
            f"{r['ratio_to_stock']:>6.2f} {r['noop']['seconds']:>9.1f}s "
            f"{r['edit_one']['seconds']:>9.1f}s {peak:>7.0f}MiB"
        )
    if len(runs) > 1:
        base = runs[0]
        for r in runs[1:]:
            grow = r["cold"]["seconds"] / base["cold"]["seconds"]
            print(f"tăng {r['news'] / base['news']:.0f}× số tin → thời gian ×{grow:.2f}")
    args.json.write_text(
        json.dumps({"machine": machine, "runs": runs}, ensure_ascii=False, indent=2),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
