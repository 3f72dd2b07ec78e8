"""Benchmark: a province-sized synthetic campaign against stock mkdocs-material.

Generates a campaign (Vietnamese news, profiles, photos, communes) and measures,
in one run and each step in its own process (so its peak memory is its own):

- stock: the same posts built by stock mkdocs-material's blog, nothing of ours;
- media kit cold, then cached (the second run must render nothing);
- loudspeaker exports (bulletins, schedule, .txt/.docx/.mp3) cold, then cached;
- cold: the first ``campaign build`` (the kit cached, share cards and photos not);
- cold pages, no spare: the first ``campaign build --force`` after the first build.
  No build has replaced a site yet, so there is no spare folder to write into (see
  campaign/publish/outdir): every folder and file of the site is made anew, as the
  stock blog does on every build. A campaign folder is in this state once, at its
  second build; reported apart, with its own ratios;
- cold pages: ``campaign build --force`` with every media cache warm: the pages
  alone, which is what the issue compares with the stock blog; it writes into the
  site the build before it replaced, as every build from a campaign's third on does;
- no-op: ``campaign build`` again, nothing changed;
- edit one: ``campaign build`` after one news item's text was edited (the
  incremental path: that post and the listings showing it are made again, the
  other pages come from the page cache);
- edit title: ``campaign build`` after one news item's title was changed
  (every page shows titles: every page is written again, the Markdown
  conversions come from the cache);
- serve edit: in ``campaign serve``, from saving an edited news item to the
  server returning the new text.

Each step reports wall seconds, CPU seconds (user + system, children included)
and peak memory (largest resident set of the process or any child it waited
for; and, sampled every 50 ms, the summed resident memory of the whole process
tree while it runs, an upper bound when two processes write pages). The
machine is shared and timings are noisy: compare ratios measured within one
run, and prefer the CPU columns when the load average is high.
Results go to stdout as tables and to a JSON file.

Usage: python scripts/bench.py [--news 2000] [--profiles 500] [--growth]
       [--sizes 1000,2000,4000] [--json bench.json] [--keep DIR] [--no-serve]
       [--pages-only [--repeat N] [--disk-probe]]

--pages-only runs the stock blog and the cold pages alone (what the issue's ratios
compare); with --keep DIR naming a folder an earlier run kept, it reuses that campaign
and its warm caches (a minute instead of several), else it builds once first. A reused
campaign gets one untimed `campaign build --force` before the timed one, as the full
run's `cold` step comes before `cold_pages`: after a change to the engine's code the
first build re-plans the kit and writes a new page cache (both keyed by the code).
That warm-up also keeps the copied site as the spare folder the timed build writes
into (outdir: a copy of a site the tool made, holding nothing its marker does not
list), as the full run's `cold_pages` has one. Until 06/12/2026 it deleted it (the
copy's marker names the original folder), so the first timed pair of every --keep
run was a build without a spare: the extra 1.4 s of system CPU of round 11's first
pairs (without a spare 2.2-5.2 s of system CPU, with one 0.7-0.9 s, three of each
alternated on one copy, machine busy).

--repeat N (with --pages-only; default 1, one pair as before) measures N pairs in one
run, alternated: stock, cold pages, stock, cold pages, … (each step in its own process,
the warm-up only before the first cold pages). It prints every pair's wall and CPU
seconds and ratios, then the median of the per-pair ratios with the lowest and highest.
Why: on this shared 2-core machine the stock step alone varies by about ±20% between
runs (14.0 / 12.9 / 18.9 s CPU on an idle machine), so one pair's ratio can land on
either side of a target. Alternating puts the two sides of a pair next to each other in
time, so a slow minute (another process, a warm or cold disk cache) slows both rather
than one; the median of the pair ratios ignores one or two pairs that a burst of load
still spoiled, where a mean would be pulled by them. The min and max show the spread.

User and system CPU are reported apart (and their ratios): on this machine they do not
move together. Why the stock blog's CPU grew pair after pair in round 8 (12.9 -> 14.9 s
in five pairs while ours stayed flat), measured on 06/12/2026 (round 10, load 3-15):
- it is system time only: stock alone, four runs in a row, `/usr/bin/time`: user
  12.0-12.2 s every run but the first (14.6 s, at load 10), system 0.59 / 1.48 / 2.38 /
  2.94 s;
- not its reused site/ folder: the same four runs, each into a new empty folder made
  before and removed after the timing (`mkdocs build -d`): system 0.76 / 1.69 / 2.50 /
  3.00 s, the same climb; nor writes waiting to reach the disk: `sync` before each run
  (Dirty under 200 kB at the start of each): system 3.27 / 3.61 / 4.26 / 4.57 s;
- it is making files: `strace -f -c -w` of one stock run: mkdir 696 µs and openat
  338 µs a call (3,530 mkdir, 7,502 openat): two thirds of its time in system calls;
  a loop making 3,500 folders and 2,500 files of 20 kB took 3.5-5.1 s of system CPU
  on this disk, 0.07 s on tmpfs (/dev/shm), in five runs, growing; in round 9 (the
  same day) 3,800 folders took 1.0-2.7 s at load 2-10 and 0.18 s once. So the cost of a
  new file on this ext4 disk grows with the files made and removed before it (by the
  bench itself, about 5,500 per stock run, and by the other users of the machine): a
  state of the disk, not of the stock blog. Building into a fresh folder does not
  reset it, nor did waiting 90 s (a probe of 1,000 folders every 13 s: 0.41 -> 1.34 s,
  though the probe adds churn itself); it did come down at times for reasons not found
  (0.08 s at the start of one run). So the bench neither rebuilds into fresh folders nor
  waits; with --disk-probe, `disk_probe` measures it before every pair (system
  CPU to make 300 folders with a file each) and the pair table shows it: in one run
  with 1,000 folders, 0.08 s before pair 1 (stock: 0.9 s of system CPU), 0.28 s before
  pair 2 (stock: 1.7 s).
  The user CPU ratio is the one that does not depend on the disk; the cold pages make
  fewer new files than the stock blog (they write the spare folder's files again in
  place, see campaign/publish/fsutil.make_way), which is a real saving but one whose
  size depends on this state.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", CAMPAIGN_BUILD_DATE="2025-02-10")
ENV.pop("CAMPAIGN_CACHE", None)  # each generated campaign keeps its own cache
# Compiled modules as `make` keeps them (see the Makefile): in the environment's own
# folder, used again by every step, whatever the shell says about writing them.
ENV.pop("PYTHONDONTWRITEBYTECODE", None)
ENV["PYTHONPYCACHEPREFIX"] = str(Path(sys.prefix) / "pycache")

WORDS = (
    "y tế cơ sở trạm xã bác sĩ điều dưỡng khám chữa bệnh tiêm chủng người dân sức khỏe "
    "phòng chống dịch bệnh truyền thông thôn bản vùng cao hiến máu tình nguyện tuyên truyền "
    "chăm sóc bà mẹ trẻ em an toàn thực phẩm bảo hiểm y tế chuyển đổi số thầy thuốc lời Bác"
).split()
TOPICS = ["Tuyên truyền", "Thi đua", "Về nguồn", "Khám bệnh", "Tiêm chủng", "Hiến máu"]
HONOURS = ["Thầy thuốc Ưu tú", "Bằng khen", "Giấy khen", "Chiến sĩ thi đua cơ sở"]
EDITED = "tin-00001.md"
EDITED_TITLE = "tin-00002.md"


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


def _usage(usage: Any, started: float) -> dict[str, Any]:
    # wait4() reports the child plus every descendant it waited for (the kit's workers).
    return {
        "seconds": round(time.perf_counter() - started, 2),
        "cpu": round(usage.ru_utime + usage.ru_stime, 2),
        "user": round(usage.ru_utime, 2),
        "sys": round(usage.ru_stime, 2),
        "peak_mib": round(usage.ru_maxrss / 1024, 1),
    }


PROBE_DIRS = 300


def disk_probe(work: Path) -> dict[str, float]:
    """What creating files costs on this disk right now: the system CPU seconds and wall
    seconds to make PROBE_DIRS folders with an empty file each, in a new folder under
    ``work``, then remove it (the removal is not timed). On the shared machine this
    cost is not constant: it moved between 0.2 and 2.5 s per 3,500 folders within one
    evening, whatever ran, and it is most of what made the stock blog's system time
    climb pair after pair (see the module's docstring). Reported beside every pair so
    that a pair measured on a slow disk can be seen as such. Only with --disk-probe: the
    probe adds to the very churn it measures (600 files and folders made and removed, a
    tenth of a stock run's; a probe of 1,000 repeated every 13 s went from 0.41 to 1.34 s),
    so the default run does not make the stock blog's disk slower than it is."""
    folder = Path(tempfile.mkdtemp(prefix="disk-probe-", dir=work))
    try:
        before = resource.getrusage(resource.RUSAGE_SELF)
        started = time.perf_counter()
        for i in range(PROBE_DIRS):
            sub = folder / f"d{i}"
            sub.mkdir()
            (sub / "index.html").write_bytes(b"")
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"sys": round(after.ru_stime - before.ru_stime, 3), "seconds": round(wall, 3)}


def _tree_rss(root: int) -> int:
    """Resident memory (KiB) of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            children.setdefault(int(stat[1]), []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack += children.get(pid, [])
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


class _TreeMemory(threading.Thread):
    """Samples the process tree's summed resident memory every 50 ms (forked page
    writers run at once; pages they still share are counted twice, so this is an
    upper bound)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.05):
            self.peak = max(self.peak, _tree_rss(self.pid))


def timed(command: list[str], cwd: Path) -> dict[str, Any]:
    """Wall time, CPU time and peak memory (MiB) of one child process, and its stdout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=out, stderr=err)
        sampler = _TreeMemory(process.pid)
        if Path("/proc/self/status").exists():
            sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        sampler.done.set()
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait
        result = _usage(usage, started)
        if sampler.peak:
            result["peak_tree_mib"] = round(sampler.peak / 1024, 1)
        out.seek(0)
        err.seek(0)
        if status != 0:
            text = err.read().decode("utf-8", "replace")
            raise SystemExit(f"lệnh thất bại: {' '.join(command)}\n{text[-3000:]}")
        result["stdout"] = out.read().decode("utf-8", "replace")
    return result


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8", "replace"))
    except (urllib.error.URLError, OSError):
        return None


def _post_url(site: Path, title: str) -> str:
    """The URL path of the post whose page shows ``title`` (found in the built site)."""
    for page in sorted((site / "tin-tuc").glob("2*/*/*/index.html")):
        if f"<title>{title}" in page.read_text(encoding="utf-8"):
            return page.parent.relative_to(site).as_posix() + "/"
    raise SystemExit(f"không tìm thấy trang của tin {title!r}")


def serve_edit(project: Path, post: Path, url_path: str, timeout: float = 600) -> dict[str, Any]:
    """``campaign serve``: first build, then the time from saving an edit to seeing it served."""
    port = _free_port()
    log = tempfile.TemporaryFile()
    started = time.perf_counter()
    process = subprocess.Popen(
        [PY, "-m", "campaign.cli", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=ENV,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped as one below
    )
    url = f"http://127.0.0.1:{port}/{url_path}"
    result: dict[str, Any] = {}
    try:
        while _get(url) is None:
            if process.poll() is not None or time.perf_counter() - started > timeout:
                log.seek(0)
                raise SystemExit("campaign serve không chạy:\n" + log.read().decode()[-3000:])
            time.sleep(0.2)
        result["first_build_seconds"] = round(time.perf_counter() - started, 2)
        time.sleep(1.5)  # let the watcher take its first snapshot
        marker = f"Câu sửa lúc {time.time_ns()}."
        edited = time.perf_counter()
        post.write_text(post.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
        while marker not in (_get(url) or ""):
            if process.poll() is not None or time.perf_counter() - edited > timeout:
                log.seek(0)
                raise SystemExit("campaign serve không dựng lại:\n" + log.read().decode()[-3000:])
            time.sleep(0.05)
        result["seconds"] = round(time.perf_counter() - edited, 2)
    finally:
        # SIGTERM: the server stops and removes its temporary site. wait4 (not
        # poll) reaps it, so its CPU time and peak memory can be read.
        reaped = None
        if process.returncode is None:
            os.killpg(process.pid, signal.SIGTERM)
            deadline = time.perf_counter() + 20
            while reaped is None and time.perf_counter() < deadline:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                reaped = (status, usage) if pid else None
                time.sleep(0.1)
            if reaped is None:
                os.killpg(process.pid, signal.SIGKILL)
                _, status, usage = os.wait4(process.pid, 0)
                reaped = (status, usage)
            process.returncode = os.waitstatus_to_exitcode(reaped[0])
            result["peak_mib"] = round(reaped[1].ru_maxrss / 1024, 1)
            result["cpu"] = round(reaped[1].ru_utime + reaped[1].ru_stime, 2)
        log.close()
    return result


def _rendered(stdout: str) -> int:
    match = re.search(r"vẽ mới (\d+) ảnh", stdout)
    return int(match.group(1)) if match else -1


EXPORTS = """
import json, sys, time
from pathlib import Path
from campaign.broadcast.bulletin import project_bulletins
from campaign.broadcast.export import export_all
from campaign.broadcast.schedule import build_schedule
from campaign.project import load_project
project = load_project(Path("."))
bulletins = project_bulletins(project)
schedule = build_schedule(bulletins, project.campaign)
files = export_all(bulletins, project.campaign, Path(sys.argv[1]),
                   audio=project.campaign.broadcast.audio, schedule=schedule)
print(json.dumps({"bulletins": len(bulletins), "files": len(files),
                  "written": sum(1 for f in files if f.written)}))
"""


def run(
    news: int,
    profiles: int,
    communes: int,
    photos: int,
    work: Path,
    serve: bool,
    pages_only: bool = False,
    repeat: int = 1,
    probe: bool = False,
) -> dict[str, Any]:
    project = work / f"campaign-{news}"
    stock = work / f"stock-{news}"
    # --pages-only on a folder an earlier run kept: its campaign, caches warm, is reused.
    reused = pages_only and project.is_dir() and stock.is_dir()
    if not reused:
        make_campaign(project, news, profiles, communes, photos)
        make_stock(stock, project)
    build = [PY, "-m", "campaign.cli", "build"]
    r: dict[str, Any] = {"news": news, "profiles": profiles, "communes": communes}

    def step(name: str, command: list[str], cwd: Path = project) -> dict[str, Any]:
        print(f"  {name}…", file=sys.stderr, flush=True)
        r[name] = timed(command, cwd)
        return r[name]  # type: ignore[no-any-return]

    probes: list[dict[str, float]] = []
    if pages_only and probe:
        probes.append(disk_probe(work))
    step("stock_blog", [PY, "-m", "mkdocs", "build", "-q"], stock)
    if pages_only:
        if not reused:
            step("cold", build)  # fills the media caches the cold pages step leaves warm
            step("cold_pages_first", [*build, "--force"])
        else:
            # The engine's code is in the kit's memo key and in the page cache's keys: the
            # first build after a code change plans the kit again and writes a new page
            # cache (2.7-6 s more CPU than the next one, measured three times at 2,000
            # news), which the full run's `cold` step does before `cold_pages`. So here.
            print("  warm-up (không tính)…", file=sys.stderr, flush=True)
            timed([*build, "--force"], project)
        step("cold_pages", [*build, "--force"])
        pairs = [(r["stock_blog"], r["cold_pages"])]
        for i in range(2, repeat + 1):
            if probe:
                probes.append(disk_probe(work))
            print(f"  cặp {i}/{repeat}: stock_blog…", file=sys.stderr, flush=True)
            stock_run = timed([PY, "-m", "mkdocs", "build", "-q"], stock)
            print(f"  cặp {i}/{repeat}: cold_pages…", file=sys.stderr, flush=True)
            pairs.append((stock_run, timed([*build, "--force"], project)))
        if probes:
            r["disk_probe"] = probes[0]
        if repeat > 1:
            r.update(pair_ratios(pairs, probes))
        return _ratios(r)
    step("media_cold", [PY, "-m", "campaign.cli", "media"])
    step("media_cached", [PY, "-m", "campaign.cli", "media"])
    for name in ("media_cold", "media_cached"):
        r[name]["rendered"] = _rendered(r[name]["stdout"])
    exports = work / f"exports-{news}"
    for name in ("exports_cold", "exports_cached"):
        step(name, [PY, "-c", EXPORTS, str(exports)])
        r[name].update(json.loads(r[name]["stdout"]))
    step("cold", build)
    step("cold_pages_first", [*build, "--force"])
    step("cold_pages", [*build, "--force"])
    step("noop", build)
    post = project / "docs" / "tin-tuc" / "posts" / EDITED
    post.write_text(post.read_text(encoding="utf-8") + "\nMột câu sửa.\n", encoding="utf-8")
    step("edit_one", build)
    other = project / "docs" / "tin-tuc" / "posts" / EDITED_TITLE
    text = other.read_text(encoding="utf-8")
    other.write_text(text.replace('title: "Tin số 2:', 'title: "Tin số hai:', 1), encoding="utf-8")
    step("edit_title", build)
    if serve:
        print("  serve_edit…", file=sys.stderr, flush=True)
        url = _post_url(project / "site", "Tin số 1:")
        r["serve_edit"] = serve_edit(project, post, url)
    return _ratios(r)


MEASURES = ("seconds", "cpu", "user", "sys")


def _ratio(ours: float, stock: float) -> float | None:
    return round(ours / stock, 3) if stock > 0 else None


def pair_ratios(
    pairs: list[tuple[dict[str, Any], dict[str, Any]]],
    probes: list[dict[str, float]] | None = None,
) -> dict[str, Any]:
    """Each (stock, cold pages) pair's wall seconds, CPU (user + system), user and system
    CPU and their ratios, and the median, lowest and highest of the per-pair ratios (the
    median of ratios, not the ratio of medians: each ratio compares two steps measured
    next to each other). ``probes``: the disk probe taken before each pair."""
    rows = []
    for i, (stock, ours) in enumerate(pairs):
        row: dict[str, Any] = {}
        for key in MEASURES:
            if key in stock and key in ours:
                row[f"stock_{key}"] = stock[key]
                row[f"pages_{key}"] = ours[key]
                row[f"ratio_{key}"] = _ratio(ours[key], stock[key])
        if probes:
            row["disk_probe_sys"] = probes[i]["sys"]
        rows.append(row)
    out: dict[str, Any] = {"pairs": rows}
    for key in MEASURES:
        ratios = [row[f"ratio_{key}"] for row in rows if row.get(f"ratio_{key}") is not None]
        if not ratios:
            continue
        out[f"ratio_median_{key}"] = round(statistics.median(ratios), 3)
        out[f"ratio_min_{key}"] = min(ratios)
        out[f"ratio_max_{key}"] = max(ratios)
    return out


def _ratios(r: dict[str, Any]) -> dict[str, Any]:
    for value in r.values():
        if isinstance(value, dict):
            value.pop("stdout", None)
    for key in MEASURES:
        for step, prefix in (("cold_pages", "ratio_to_stock"), ("cold_pages_first", "first")):
            if step in r and key in r[step] and key in r["stock_blog"]:
                ours, stock = r[step][key], r["stock_blog"][key]
                r[f"{prefix}_{key}"] = round(ours / stock, 2) if stock > 0 else None
    r["ratio_to_stock"] = r["ratio_to_stock_seconds"]
    return r


def _machine() -> str:
    model = ""
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8")
        names = [line.split(":", 1)[1] for line in cpuinfo.splitlines() if "model name" in line]
        model = names[0].strip() if names else ""
    except OSError:
        pass
    memory = ""
    try:
        total = next(
            line for line in Path("/proc/meminfo").read_text().splitlines() if "MemTotal" in line
        )
        memory = f", {int(total.split()[1]) / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    return (
        f"{platform.machine()} {model}, {os.cpu_count()} lõi{memory}, "
        f"Python {platform.python_version()}"
    )


STEPS = [
    ("stock blog", "stock_blog"),
    ("lần đầu", "cold"),
    ("trang (chưa dự phòng)", "cold_pages_first"),
    ("trang (lần đầu)", "cold_pages"),
    ("không đổi", "noop"),
    ("sửa 1 tin", "edit_one"),
    ("đổi tiêu đề 1 tin", "edit_title"),
    ("serve: sửa 1 tin", "serve_edit"),
    ("ấn phẩm lần đầu", "media_cold"),
    ("ấn phẩm lần sau", "media_cached"),
    ("loa lần đầu", "exports_cold"),
    ("loa lần sau", "exports_cached"),
]


def _cell(value: Any, width: int, digits: int = 1) -> str:
    return f"{value:>{width}.{digits}f}" if isinstance(value, (int, float)) else f"{'–':>{width}}"


def report(runs: list[dict[str, Any]]) -> None:
    for r in runs:
        print(f"\n{r['news']} tin, {r['profiles']} hồ sơ, {r['communes']} xã")
        print(
            f"{'bước':<22} {'giây':>8} {'CPU giây':>9} {'người dùng':>10} {'hệ thống':>9}"
            f" {'RAM đỉnh':>9}  ghi chú"
        )
        for label, key in STEPS:
            if key not in r:
                continue
            m = r[key]
            note = ""
            if "rendered" in m:
                note = f"vẽ mới {m['rendered']} ảnh"
            if "written" in m:
                note = f"{m['files']} tệp, ghi mới {m['written']}"
            if key == "serve_edit":
                note = f"lần dựng đầu {m.get('first_build_seconds', '?')} giây"
            cpu = f"{_cell(m.get('cpu'), 9)} {_cell(m.get('user'), 10)} {_cell(m.get('sys'), 9)}"
            peak = f"{m['peak_mib']:>6.0f}MiB" if "peak_mib" in m else f"{'':>9}"
            if "peak_tree_mib" in m:
                note = f"{note}; cả cây tiến trình ≤ {m['peak_tree_mib']:.0f} MiB".lstrip("; ")
            print(f"{label:<22} {m['seconds']:>8.1f} {cpu} {peak}  {note}")
        ratios = [
            f"{r[f'ratio_to_stock_{key}']:.2f} ({label})"
            for key, label in MEASURE_LABELS
            if isinstance(r.get(f"ratio_to_stock_{key}"), float)
        ]
        print("trang (lần đầu) / stock blog: " + ", ".join(ratios))
        first = [
            f"{r[f'first_{key}']:.2f} ({label})"
            for key, label in MEASURE_LABELS
            if isinstance(r.get(f"first_{key}"), float)
        ]
        if first:
            print("trang (chưa dự phòng) / stock blog: " + ", ".join(first))
        if "disk_probe" in r:
            print(
                f"đĩa lúc đầu: tạo {PROBE_DIRS} thư mục (mỗi thư mục một tệp) tốn"
                f" {r['disk_probe']['sys']:.2f} giây CPU hệ thống"
            )
        if "pairs" in r:
            report_pairs(r)
    if len(runs) > 1:
        base = runs[0]
        print(f"\nTăng trưởng so với {base['news']} tin (tuyến tính: thời gian tăng như số tin)")
        for r in runs[1:]:
            scale = r["news"] / base["news"]
            parts = []
            for label, key in STEPS[:8]:
                if key in r and key in base and base[key]["seconds"] > 0:
                    parts.append(f"{label} ×{r[key]['seconds'] / base[key]['seconds']:.2f}")
            print(f"×{scale:.0f} số tin → " + ", ".join(parts))


MEASURE_LABELS = (
    ("seconds", "giây"),
    ("cpu", "CPU"),
    ("user", "CPU người dùng"),
    ("sys", "CPU hệ thống"),
)


def report_pairs(r: dict[str, Any]) -> None:
    """The --repeat table: every (stock, cold pages) pair with its wall seconds, CPU
    (user + system), user and system CPU, the ratios, and the disk probe taken before
    the pair; then the median ratios."""
    print(f"\n{len(r['pairs'])} cặp xen kẽ (blog gốc rồi trang lần đầu):")
    print("   (g: giây; c: CPU; u: CPU người dùng; s: CPU hệ thống; đĩa: --disk-probe)")
    print(
        f"{'cặp':<4} {'gốc g':>6} {'c':>5} {'u':>5} {'s':>5}"
        f" {'trang g':>8} {'c':>5} {'u':>5} {'s':>5}"
        f" {'tỉ lệ g':>8} {'c':>5} {'u':>5} {'s':>5} {'đĩa':>5}"
    )
    for i, row in enumerate(r["pairs"], 1):
        cells = [f"{i:<4}"]
        for side, first in (("stock", 6), ("pages", 8)):
            cells.append(_cell(row.get(f"{side}_seconds"), first))
            cells += [_cell(row.get(f"{side}_{key}"), 5) for key in ("cpu", "user", "sys")]
        cells.append(_cell(row.get("ratio_seconds"), 8, 2))
        cells += [_cell(row.get(f"ratio_{key}"), 5, 2) for key in ("cpu", "user", "sys")]
        cells.append(_cell(row.get("disk_probe_sys"), 5, 2))
        print(" ".join(cells))
    for key, label in MEASURE_LABELS:
        if f"ratio_median_{key}" not in r:
            continue
        print(
            f"trung vị tỉ lệ ({label}): {r[f'ratio_median_{key}']:.2f}"
            f" (thấp nhất {r[f'ratio_min_{key}']:.2f}, cao nhất {r[f'ratio_max_{key}']:.2f})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--news", type=int, default=2000)
    parser.add_argument("--profiles", type=int, default=500)
    parser.add_argument("--communes", type=int, default=100)
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--growth", action="store_true", help="1000, 2000 and 4000 news items")
    parser.add_argument("--sizes", help="news counts to run, e.g. 500,1000 (overrides --news)")
    parser.add_argument("--json", type=Path, default=Path("bench.json"))
    parser.add_argument("--keep", type=Path, help="keep the generated campaigns in this folder")
    parser.add_argument("--no-serve", action="store_true", help="skip the campaign serve step")
    parser.add_argument(
        "--pages-only",
        action="store_true",
        help="only the stock blog and the cold pages (reusing a campaign kept by --keep)",
    )
    parser.add_argument(
        "--disk-probe",
        action="store_true",
        help="with --pages-only: time making small files on the disk before every pair",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="with --pages-only: N alternated pairs (stock, pages, …); median of the ratios",
    )
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat phải từ 1 trở lên")
    if args.repeat > 1 and not args.pages_only:
        parser.error("--repeat chỉ dùng cùng --pages-only")
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    elif args.growth:
        sizes = [1000, 2000, 4000]
    else:
        sizes = [args.news]
    machine = _machine()
    load_before = os.getloadavg()
    runs = []
    with tempfile.TemporaryDirectory(prefix="campaign-bench-") as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            profiles = args.profiles * size // args.news
            print(f"… {size} tin, {profiles} hồ sơ", file=sys.stderr)
            runs.append(
                run(
                    size,
                    profiles,
                    args.communes,
                    args.photos,
                    work / str(size),
                    not args.no_serve,
                    args.pages_only,
                    args.repeat,
                    args.disk_probe,
                )
            )
    load_after = os.getloadavg()
    print(f"Máy: {machine}")
    print(f"Tải trung bình (1 phút) lúc đầu {load_before[0]:.1f}, lúc cuối {load_after[0]:.1f}")
    report(runs)
    args.json.write_text(
        json.dumps(
            {
                "machine": machine,
                "date": dt.date.today().isoformat(),
                "load_average": [load_before[0], load_after[0]],
                "runs": runs,
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
