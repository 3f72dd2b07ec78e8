"""Shared fixtures: the flagship project, scratch campaigns, golden files."""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLE = ROOT / "examples" / "chi-thi-06"
# Plans for `init`: copies of the two seed plans (public official documents), so a clean
# clone tests them too, and plans written for the tests.
PLANS = Path(__file__).resolve().parent / "plans"
SEEDS = PLANS
# The example is built as of a day inside its plan: one deadline ahead, the conference ahead.
EXAMPLE_DATE = "2023-05-02"

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="session", autouse=True)
def _shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One cache for every project a test session builds: the media kit and audio
    are rendered once per session, not once per scratch copy of the flagship."""
    previous = os.environ.get("CAMPAIGN_CACHE")
    os.environ["CAMPAIGN_CACHE"] = str(tmp_path_factory.mktemp("campaign-cache"))
    yield
    if previous is None:
        os.environ.pop("CAMPAIGN_CACHE", None)
    else:
        os.environ["CAMPAIGN_CACHE"] = previous


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="rewrite golden files from current output"
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare ``text`` with ``tests/golden/<name>``; rewrite it with --update-goldens."""
    update = (
        bool(request.config.getoption("--update-goldens"))
        or os.environ.get("UPDATE_GOLDENS") == "1"
    )

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        assert path.exists(), f"no golden file {path}; run `make goldens`"
        assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"

    return check


@pytest.fixture
def flagship(tmp_path: Path) -> Path:
    """A copy of the flagship project (mkdocs.yml, campaign.yml, docs/)."""
    target = tmp_path / "flagship"
    target.mkdir()
    _copy_project(target)
    return target


def _copy_project(target: Path) -> None:
    for name in ("mkdocs.yml", "campaign.yml"):
        shutil.copy(ROOT / name, target / name)
    for folder in ("docs", "anh"):
        shutil.copytree(ROOT / folder, target / folder)


MINIMAL = textwrap.dedent(
    """\
    site:
      url: https://vi-du.example/
      name: Chiến dịch thử
      description: Một chiến dịch nhỏ để kiểm thử.
    theme: Sức khỏe là vàng
    plan:
      issuer: Ủy ban nhân dân xã Thử
      title: Tổ chức tuần lễ sức khỏe
    units:
      - {id: tram-y-te, name: Trạm Y tế xã Thử, level: xã}
    activities:
      - id: kham-mien-phi
        name: Khám sức khỏe miễn phí
        when: {start: 10/03/2025, end: 12/03/2025}
        lead: tram-y-te
    """
)


# A conference plan: no theme, no slogans, no activities; an event known only to
# its month, participants by level, a combined review, deadlines, the plan's own sections.
CONFERENCE = textwrap.dedent(
    """\
    site:
      url: https://hoi-nghi.example/
      name: Hội nghị tổng kết thử
      description: Một kế hoạch hội nghị để kiểm thử.
    plan:
      issuer: Ban Thường vụ Thị ủy Thử
      number: 7-KH/TU
      title: tổ chức Hội nghị tổng kết thử
      numbering: I-
      purposes: [Đánh giá kết quả.]
      requirements: [Bảo đảm đúng tiến độ.]
      sections:
        - title: MỤC ĐÍCH, YÊU CẦU
          parts:
            - {title: Mục đích, show: purposes}
            - {title: Yêu cầu, show: requirements}
        - title: NỘI DUNG VÀ THÀNH PHẦN DỰ HỘI NGHỊ
          parts:
            - {title: Nội dung, show: agenda}
            - {title: Thành phần dự, show: participants}
        - title: THỜI GIAN TỔ CHỨC HỘI NGHỊ
          event: hoi-nghi
          body:
            - Dự kiến tổ chức vào tháng 6/2023.
        - title: TỔ CHỨC THỰC HIỆN
          show: assignments
    events:
      - id: hoi-nghi
        name: Hội nghị tổng kết thử
        month: 6/2023
        organizer: thi-uy
        combined:
          - name: Hội nghị tổng kết Chỉ thị thử khác
            document: {kind: Chỉ thị, number: 24-CT/TW, date: 04/07/2008, issuer: Ban Bí thư}
        agenda:
          - item: Phát biểu khai mạc.
          - item: Thông qua báo cáo.
        participants:
          - {level: Ở thị xã, who: [Thường trực Thị ủy.]}
          - {level: "Ở xã, phường", who: ["Đại diện Trạm y tế các xã, phường."]}
    units:
      - {id: thi-uy, name: Ban Thường vụ Thị ủy Thử, level: huyện}
      - {id: ubnd, name: Ủy ban nhân dân thị xã, level: huyện}
      - {id: dang-uy-xa, name: "Đảng ủy các xã, phường", level: xã}
    assignments:
      - unit: ubnd
        tasks:
          - {text: Gửi báo cáo về Thị ủy chậm nhất ngày 12/5/2023., deadline: 12/05/2023}
      - unit: dang-uy-xa
        heading: Đăng ủy các xã, phường
        tasks:
          - {text: Tổ chức tổng kết tại địa phương.}
    """
)


@pytest.fixture
def write_campaign(tmp_path: Path) -> Callable[[str], Path]:
    """Write a scratch campaign.yml and return its path."""

    def write(text: str) -> Path:
        path = tmp_path / "campaign.yml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The flagship site, built once per test session with the real command."""
    from campaign.cli import main

    root = tmp_path_factory.mktemp("built")
    _copy_project(root)
    assert main(["-C", str(root), "build"]) == 0
    return root / "site"


@pytest.fixture(scope="session")
def built_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Directive 06 example site, built once per session with the real command."""
    from campaign.cli import main

    root = tmp_path_factory.mktemp("example") / "chi-thi-06"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("site", ".cache"))
    previous = os.environ.get("CAMPAIGN_BUILD_DATE")
    os.environ["CAMPAIGN_BUILD_DATE"] = EXAMPLE_DATE
    try:
        assert main(["-C", str(root), "build"]) == 0
    finally:
        if previous is None:
            os.environ.pop("CAMPAIGN_BUILD_DATE", None)
        else:
            os.environ["CAMPAIGN_BUILD_DATE"] = previous
    return root / "site"


# Test tiers. `make test` runs everything (CI); `make test-fast` leaves out the
# tests marked below (and those marked `slow` in their files) and must stay under a
# minute of CPU. A test is in a slow tier when
# it asks for a fixture that builds a whole site, or when its module says so with
# `pytestmark`. In the fast tier a site build or a browser start fails the test
# at once, so a slow test that lacks its mark is seen, not silently slow.
# Fixtures that build a whole site (session- or module-scoped, shared by their tests).
BUILD_FIXTURES = frozenset({"built", "built_example", "injected", "published"})
BROWSER_FIXTURES = frozenset({"browser"})
FAST_TIER = os.environ.get("CAMPAIGN_TEST_TIER") == "fast"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "build: builds a whole site with MkDocs (slow tier)")
    config.addinivalue_line("markers", "browser: drives Debian's Chromium (slow tier)")
    config.addinivalue_line("markers", "server: starts nginx, sshd or a preview server")
    config.addinivalue_line(
        "markers",
        "slow: integration-sized without a site build, seconds each: the whole media kit,"
        " full-size PDFs, audio, corpus-wide scoring or fuzzing (slow tier)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if names & BUILD_FIXTURES:
            item.add_marker(pytest.mark.build)
        if names & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def _fast_tier_guard() -> Iterator[None]:
    """Session-wide, so that builds in module- and session-scoped fixtures are caught too."""
    if not FAST_TIER:
        yield
        return

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail("this test builds a site or the kit, or starts a browser or server: mark it")

    with pytest.MonkeyPatch.context() as patch:
        # Every name a build or a browser start goes through (modules import them by name).
        for target in (
            "mkdocs.commands.build.build",
            "campaign.adapter.build.build",
            "tests.browser.launch",
            "campaign.cli._kit",  # the whole media kit, before every build and `media`
            # Servers: a socket server starting to listen, in the thread that makes it (the
            # preview's, tests.browser.serve_site's); the editor's waitress.
            "socketserver.TCPServer.server_activate",
            "waitress.serve",
        ):
            patch.setattr(target, refuse)
        patch.setattr(subprocess, "Popen", _no_server_process(subprocess.Popen))
        yield


# Programs a test starts as servers or browsers: nginx, sshd, Chromium, `campaign admin`.
SERVER_PROGRAMS = frozenset({"nginx", "sshd", "chromium"})


def _no_server_process(popen: type[subprocess.Popen[Any]]) -> type[subprocess.Popen[Any]]:
    class Refused(popen):  # type: ignore[valid-type,misc]
        def __init__(self, args: Any, *rest: Any, **kwargs: Any) -> None:
            argv = [args] if isinstance(args, (str, bytes, os.PathLike)) else list(args)
            program = os.path.basename(os.fsdecode(argv[0])) if argv else ""
            words = [os.fsdecode(a) for a in argv if isinstance(a, (str, bytes, os.PathLike))]
            if program in SERVER_PROGRAMS or ("campaign.cli" in words and "admin" in words):
                pytest.fail("this test starts a server or a browser: mark it")
            super().__init__(args, *rest, **kwargs)

    return Refused
