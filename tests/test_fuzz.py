"""Generated bad input: the tool reports located mistakes, never a traceback, and a
failed build leaves the published site/ exactly as it was.

Every case is a seeded mutation of a small, valid campaign: ``campaign.yml``, the
front matter (and body) of a news post, the front matter of a profile. Mutations
are what a busy office makes of a file (lines deleted, duplicated, swapped or
re-indented, tabs, quotes and brackets left open, wrong types, impossible dates,
pasted control characters, Notepad's encodings and line ends, an empty or a huge
file) and what an attacker would try (NUL bytes, YAML tags and aliases, deep
nesting). Most cases run ``load_project`` (what ``check`` and ``build`` run
first); a sample runs the real ``campaign check`` and ``campaign build``.
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.content.errors import ContentError
from campaign.content.schemas import NEWS_DIR, PROFILES_DIR
from campaign.project import load_project

from .conftest import MINIMAL, ROOT

SEED = 20250227
CAMPAIGN_CASES = 180
NEWS_CASES = 120
PROFILE_CASES = 80
CLI_CASES = 12
BUILD_CASES = 3

NEWS = f"docs/{NEWS_DIR}tin-thu.md"
PROFILE = f"docs/{PROFILES_DIR}nguoi-thu.md"

NEWS_TEXT = """\
---
title: Khám sức khỏe miễn phí cho người cao tuổi
date: 2025-03-10
summary: Trạm Y tế xã Thử khám sức khỏe miễn phí cho người cao tuổi.
categories:
  - Tuyên truyền
unit: tram-y-te
broadcast: true
---

Sáng 10/3, Trạm Y tế xã Thử tổ chức khám sức khỏe miễn phí.

<!-- more -->

Hơn 200 người cao tuổi được khám và tư vấn.
"""

PROFILE_TEXT = """\
---
name: Nguyễn Văn Thử
kind: cá nhân
honour: Giấy khen
year: 2025
position: "Bác sĩ, Trạm trưởng"
unit: tram-y-te
achievements:
  - Hơn 20 năm gắn bó với y tế cơ sở.
quote: Sức khỏe của bà con là niềm vui của tôi.
sample: true
---

Giới thiệu về bác sĩ Nguyễn Văn Thử (nội dung minh họa).
"""

FILES = {"campaign.yml": MINIMAL, NEWS: NEWS_TEXT, PROFILE: PROFILE_TEXT}

# ----------------------------------------------------------------------------- mutations

Text = str | bytes
Mutation = Callable[[random.Random, Text], Text]

VALUES = [
    "[1, 2]",
    "{a: 1}",
    "42",
    "-1",
    "3.5",
    "1e999",
    "true",
    "null",
    "~",
    "''",
    '""',
    "[]",
    "{}",
    "2025-02-30",
    "2025-13-01",
    "0000-00-00",
    "31/04/2025",
    "99/99/9999",
    "2025-02-29",
    "9999-12-31",
    "2025-02-30T25:61:00",
    "!!python/object/apply:os.system ['true']",
    "!!binary aGVsbG8=",
    "!!binary ***",
    "!!timestamp hôm-nay",
    "!!int mười",
    "!!float abc",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "!foo bar",
    "&neo 1",
    "*neo",
    "@ghi chú",
    "`lệnh`",
    "% phần trăm",
    "| ",
    "> ",
    "- mục",
    "? khóa",
    ": giá trị",
    "'chưa đóng",
    '"chưa đóng',
    '"thoát \\x \\u12"',
    "[chưa đóng",
    "{chưa: đóng",
    "]",
    "}",
    "a: b: c",
    "<img src=x onerror=alert(1)>",
    "😀🎉 Chúc mừng",
    "\u202eđảo chiều",
    "x" * 2000,
    "Đ" * 300,
    "tiêu đề\u2028dòng mới",
    "\u00a0\u200b\ufeff",
    "[" * 200 + "]" * 200,
    "[" * 5000,
    "&a [*a]",
]
CONTROL = [chr(c) for c in [*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x85]]


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _as_text(data: Text) -> str | None:
    return data if isinstance(data, str) else None


def on_lines(change: Callable[[random.Random, list[str]], None]) -> Mutation:
    def mutate(rng: random.Random, data: Text) -> Text:
        text = _as_text(data)
        if text is None:
            return data
        lines = _lines(text)
        if lines:
            change(rng, lines)
        return "\n".join(lines)

    mutate.__name__ = change.__name__
    return mutate


def _pick(rng: random.Random, lines: list[str]) -> int:
    return rng.randrange(len(lines))


@on_lines
def delete_line(rng: random.Random, lines: list[str]) -> None:
    del lines[_pick(rng, lines)]


@on_lines
def duplicate_line(rng: random.Random, lines: list[str]) -> None:
    i = _pick(rng, lines)
    lines.insert(i, lines[i])


@on_lines
def swap_lines(rng: random.Random, lines: list[str]) -> None:
    i, j = _pick(rng, lines), _pick(rng, lines)
    lines[i], lines[j] = lines[j], lines[i]


@on_lines
def reindent(rng: random.Random, lines: list[str]) -> None:
    i = _pick(rng, lines)
    shift = rng.choice([-4, -2, -1, 1, 2, 3, 8])
    stripped = lines[i].lstrip(" ")
    lines[i] = " " * max(0, len(lines[i]) - len(stripped) + shift) + stripped


@on_lines
def insert_tab(rng: random.Random, lines: list[str]) -> None:
    i = _pick(rng, lines)
    at = rng.randrange(len(lines[i]) + 1)
    lines[i] = lines[i][:at] + "\t" + lines[i][at:]


@on_lines
def open_quote(rng: random.Random, lines: list[str]) -> None:
    i = _pick(rng, lines)
    quote = rng.choice(["'", '"', "[", "{", "]", "}", "(", "“"])
    if ": " in lines[i]:
        key, _, value = lines[i].partition(": ")
        lines[i] = f"{key}: {quote}{value}"
    else:
        lines[i] += quote


@on_lines
def wrong_value(rng: random.Random, lines: list[str]) -> None:
    candidates = [i for i, line in enumerate(lines) if re.match(r"^\s*(- )?[\w.]+:", line)]
    i = rng.choice(candidates) if candidates else _pick(rng, lines)
    key = lines[i].split(":", 1)[0] if ":" in lines[i] else lines[i]
    lines[i] = f"{key}: {rng.choice(VALUES)}"


@on_lines
def wrong_key(rng: random.Random, lines: list[str]) -> None:
    i = _pick(rng, lines)
    key = rng.choice(["titel", "ngày", "Title", "date ", "x" * 300, "1", "null", "[a]", "? x"])
    indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
    lines.insert(i, f"{indent}{key}: giá trị")


@on_lines
def control_character(rng: random.Random, lines: list[str]) -> None:
    i = _pick(rng, lines)
    at = rng.randrange(len(lines[i]) + 1)
    lines[i] = lines[i][:at] + rng.choice(CONTROL) + lines[i][at:]


@on_lines
def nul_byte(rng: random.Random, lines: list[str]) -> None:
    i = _pick(rng, lines)
    lines[i] += "\x00"


@on_lines
def huge_value(rng: random.Random, lines: list[str]) -> None:
    i = _pick(rng, lines)
    lines[i] += " " + "Sức khỏe là vàng " * rng.choice([100, 10_000])


@on_lines
def deep_nesting(rng: random.Random, lines: list[str]) -> None:
    depth = rng.choice([100, 1000, 5000])
    lines.insert(_pick(rng, lines), "sau: " + "[" * depth + "]" * depth)


@on_lines
def block_nesting(rng: random.Random, lines: list[str]) -> None:
    depth = rng.choice([50, 500, 3000])
    lines.extend(f"{' ' * i}k{i}:" for i in range(depth))


@on_lines
def alias_bomb(rng: random.Random, lines: list[str]) -> None:
    bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for n in range(1, rng.choice([3, 9])):
        bomb.append(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]")
    lines[_pick(rng, lines) : 0] = bomb


@on_lines
def yaml_marker(rng: random.Random, lines: list[str]) -> None:
    lines.insert(_pick(rng, lines), rng.choice(["---", "...", "%YAML 1.1", "%TAG ! x", "#"]))


@on_lines
def fence(rng: random.Random, lines: list[str]) -> None:
    """Front matter fences lost, moved or doubled."""
    fences = [i for i, line in enumerate(lines) if line.strip() == "---"]
    choice = rng.randrange(4)
    if choice == 0 and fences:
        del lines[fences[0]]
    elif choice == 1 and len(fences) > 1:
        del lines[fences[1]]
    elif choice == 2:
        lines.insert(_pick(rng, lines), "---")
    else:
        lines.insert(0, "")


def crlf(rng: random.Random, data: Text) -> Text:
    text = _as_text(data)
    return data if text is None else text.replace("\n", rng.choice(["\r\n", "\r"]))


def bom(rng: random.Random, data: Text) -> Text:
    text = _as_text(data)
    return data if text is None else "\ufeff" + text


def encode(rng: random.Random, data: Text) -> Text:
    text = _as_text(data)
    if text is None:
        return data
    codec = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1258"])
    return text.encode(codec, errors="replace")


def invalid_utf8(rng: random.Random, data: Text) -> Text:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    at = rng.randrange(len(raw) + 1)
    junk = rng.choice([b"\xff", b"\xc3", b"\xe1\xba", b"\xed\xa0\x80", b"\xc0\xaf", b"\x80"])
    return raw[:at] + junk + raw[at:]


def empty(rng: random.Random, data: Text) -> Text:
    return rng.choice(["", "\n", " ", "---", "---\n", "---\n---\n", "\ufeff", "\t", "#"])


def truncate(rng: random.Random, data: Text) -> Text:
    return data[: rng.randrange(len(data) + 1)]


def five_megabytes(rng: random.Random, data: Text) -> Text:
    text = _as_text(data)
    if text is None:
        return data
    filler = rng.choice(
        [
            "# " + "ghi chú dài " * 500_000,
            "topics:\n" + "  - Tiêm chủng mở rộng cho trẻ em\n" * 160_000,
            "x" * 5_000_000,
        ]
    )
    return text + "\n" + filler + "\n"


MUTATIONS: list[Mutation] = [
    delete_line,
    duplicate_line,
    swap_lines,
    reindent,
    insert_tab,
    open_quote,
    wrong_value,
    wrong_value,
    wrong_value,
    wrong_key,
    control_character,
    nul_byte,
    huge_value,
    deep_nesting,
    block_nesting,
    alias_bomb,
    yaml_marker,
    crlf,
    bom,
    encode,
    invalid_utf8,
    empty,
    truncate,
]
FRONT_MATTER = [*MUTATIONS, fence, fence]
RARE = [five_megabytes]  # slow: a few cases only


@dataclass(frozen=True)
class Case:
    target: str
    number: int
    steps: tuple[str, ...]
    data: Text

    def __str__(self) -> str:
        return f"{self.target} #{self.number}: {' + '.join(self.steps)}"


def generate(target: str, count: int, pool: list[Mutation]) -> list[Case]:
    cases = []
    for number in range(count):
        rng = random.Random(f"{SEED}-{target}-{number}")
        data: Text = FILES[target]
        steps = []
        chosen = [rng.choice(pool) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
        if number % 60 == 59:
            chosen = [rng.choice(RARE)]
        for mutation in chosen:
            data = mutation(rng, data)
            steps.append(mutation.__name__)
        cases.append(Case(target, number, tuple(steps), data))
    return cases


CASES = (
    generate("campaign.yml", CAMPAIGN_CASES, MUTATIONS)
    + generate(NEWS, NEWS_CASES, FRONT_MATTER)
    + generate(PROFILE, PROFILE_CASES, FRONT_MATTER)
)

# ----------------------------------------------------------------------------- checks

LOCATED = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+): \S")
# What PyYAML, pydantic and the system say in English, leaking through.
ENGLISH = re.compile(
    r"\b(?:found|expected|while (?:scanning|parsing)|could not|[Ii]nput should|"
    r"[Ss]tring should|[Ff]ield required|Errno|Traceback|unacceptable|[Vv]alue error)\b"
)


def write_project(root: Path) -> Path:
    (root / "docs" / NEWS_DIR).mkdir(parents=True)
    (root / "docs" / NEWS_DIR).parent.joinpath("index.md").write_text("# Tin tức\n", "utf-8")
    (root / "docs" / PROFILES_DIR).mkdir(parents=True)
    (root / "anh").mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def put(root: Path, case: Case) -> None:
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    raw = case.data.encode("utf-8", "surrogatepass") if isinstance(case.data, str) else case.data
    (root / case.target).write_bytes(raw)


def line_count(root: Path, name: str) -> int:
    raw = (root / name).read_bytes()
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1


def mislocated(root: Path, lines: list[str]) -> list[str]:
    """Error lines that do not start with ``file:line:`` naming a real file and line."""
    wrong = []
    for text in lines:
        found = LOCATED.match(text)
        if found is None:
            wrong.append(f"not located: {text[:200]!r}")
            continue
        name, line = found["file"], int(found["line"])
        if ENGLISH.search(text.split(": ", 1)[1]):
            wrong.append(f"English: {text[:200]!r}")
        if name not in FILES:
            wrong.append(f"unknown file: {text[:200]!r}")
        elif not 1 <= line <= line_count(root, name):
            wrong.append(f"line out of the file: {text[:200]!r}")
    return wrong


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_project(tmp_path_factory.mktemp("fuzz"))


def test_every_mutation_is_exercised_on_every_file() -> None:
    for target in FILES:
        used = {step for case in CASES if case.target == target for step in case.steps}
        pool = MUTATIONS + RARE + ([fence] if target != "campaign.yml" else [])
        assert {m.__name__ for m in pool} <= used, target


def test_the_scratch_campaign_is_valid(scratch: Path) -> None:
    project = load_project(scratch)
    assert len(project.documents) == 3  # the news index, a post and a profile


@pytest.mark.slow
def test_generated_bad_input_is_located_without_traceback(scratch: Path) -> None:
    assert len(CASES) >= 300
    failures: list[str] = []
    outcomes = {"valid": 0, "refused": 0}
    for case in CASES:
        put(scratch, case)
        try:
            load_project(scratch)
            outcomes["valid"] += 1
        except ContentError as exc:
            outcomes["refused"] += 1
            problems = [str(p) for p in exc.problems]
            if not problems:
                failures.append(f"{case}: no problem reported")
            failures += [f"{case}: {w}" for w in mislocated(scratch, problems)]
        except Exception as exc:  # any other exception is the bug
            failures.append(f"{case}: {type(exc).__name__}: {str(exc)[:300]}")
    assert not failures, f"{len(failures)} of {len(CASES)} cases:\n" + "\n".join(failures)
    # The mutations are mostly mistakes: most cases must be refused.
    assert outcomes["refused"] > len(CASES) // 2, outcomes


def refused_cases(root: Path, count: int, salt: str) -> list[Case]:
    """``count`` cases that ``load_project`` refuses, spread over the three files."""
    rng = random.Random(f"{SEED}-{salt}")
    chosen: list[Case] = []
    for case in rng.sample(CASES, len(CASES)):
        if len(chosen) == count:
            break
        if len(case.data) > 100_000:
            continue
        put(root, case)
        try:
            load_project(root)
        except ContentError:
            chosen.append(case)
    return chosen


@pytest.mark.slow
def test_campaign_check_reports_every_error_located(
    scratch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    failures: list[str] = []
    for case in refused_cases(scratch, CLI_CASES, "check"):
        put(scratch, case)
        capsys.readouterr()
        try:
            code = main(["-C", str(scratch), "check"])
        except BaseException as exc:  # SystemExit included
            failures.append(f"{case}: {type(exc).__name__}: {exc}")
            continue
        out, err = capsys.readouterr()
        if code != 1 or "Traceback" in out + err:
            failures.append(f"{case}: exit {code}\n{err[-2000:]}")
            continue
        lines = err.split("\n\nCó ")[0].strip().splitlines()
        failures += [f"{case}: {w}" for w in mislocated(scratch, lines)]
    assert not failures, "\n".join(failures)


def _snapshot(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


@pytest.mark.build
def test_a_failed_build_leaves_site_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-03-01")
    root = write_project(tmp_path / "chien-dich")
    assert main(["-C", str(root), "build"]) == 0, capsys.readouterr().err
    site = root / "site"
    before = _snapshot(site)
    assert "index.html" in before
    failures = []
    for case in refused_cases(root, BUILD_CASES, "build"):
        put(root, case)
        capsys.readouterr()
        code = main(["-C", str(root), "build"])
        out, err = capsys.readouterr()
        if code != 1 or "Traceback" in out + err:
            failures.append(f"{case}: exit {code}\n{err[-2000:]}")
        if _snapshot(site) != before:
            failures.append(f"{case}: site/ changed")
    assert not failures, "\n".join(failures)


ACCEPTED_BUILDS = 2


@pytest.mark.build
def test_accepted_odd_input_builds_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mutations the checks accept (CRLF, a BOM, tabs in text, control characters in a
    body, odd keys...) go through the whole build: one mutation per file at once."""
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-03-01")
    root = write_project(tmp_path / "chien-dich")
    rng = random.Random(f"{SEED}-accepted")
    accepted: dict[str, list[Case]] = {name: [] for name in FILES}
    for case in rng.sample(CASES, len(CASES)):
        if len(case.data) > 100_000 or len(accepted[case.target]) >= ACCEPTED_BUILDS:
            continue
        put(root, case)
        try:
            load_project(root)
        except ContentError:
            continue
        accepted[case.target].append(case)
    failures = []
    for round_ in range(ACCEPTED_BUILDS):
        cases = [found[round_] for found in accepted.values() if len(found) > round_]
        for name, text in FILES.items():
            (root / name).write_text(text, encoding="utf-8")
        for case in cases:
            raw = case.data.encode("utf-8") if isinstance(case.data, str) else case.data
            (root / case.target).write_bytes(raw)
        capsys.readouterr()
        code = main(["-C", str(root), "build"])
        out, err = capsys.readouterr()
        if code != 0 or "Traceback" in out + err:
            failures.append(f"{' & '.join(map(str, cases))}: exit {code}\n{err[-2000:]}")
    assert not failures, "\n".join(failures)
