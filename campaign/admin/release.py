"""What the editor's "Xuất bản" and "Quay lại bản trước" do: the release commands.

With a ``publish:`` section in ``campaign.yml``, "Xuất bản" runs ``campaign
publish`` (gate, strict build, rsync into a new release, atomic switch) as a
separate process, exactly as a terminal would, and turns its output into a
short sentence and the full list of problems. Without one, it only builds
``site/`` and says how to configure publishing.

"Quay lại bản trước" runs the core rollback in this process, holding the
campaign's build lock as ``campaign rollback`` does (the core does not take it),
and only if the release being served is still the one the user confirmed.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..content.errors import CampaignError, ContentError
from ..publish import buildlock
from ..release import Release, load_target, releases, rollback
from ..release.target import EXAMPLE
from .validate import load_campaign_or_none

__all__ = [
    "Outcome",
    "ReleaseList",
    "Tone",
    "publish_configured",
    "release_list",
    "roll_back",
    "run_cli",
    "run_publish",
]

Runner = Callable[[Path, str], tuple[int, str, str]]
# How a job ended, as the page shows it: "ok" done (green), "note" nothing wrong but not
# everything done (the site built, not sent: neutral), "error" refused or failed (red).
Tone = Literal["ok", "note", "error"]
Outcome = tuple[Tone, str, str]  # (tone, sentence for the user, details)

NOT_CONFIGURED = (
    "Đã dựng trang mới vào thư mục site/ nhưng chưa gửi lên máy chủ web: campaign.yml "
    "chưa có mục publish: (máy chủ nhận trang). Nhờ người quản trị thêm mục này "
    "(xem phần “Xuất bản và quay lại” trong README), ví dụ:"
)


def run_cli(root: Path, command: str) -> tuple[int, str, str]:
    """``campaign -C root COMMAND`` as a separate process: (exit code, stdout, stderr)."""
    done = subprocess.run(
        [sys.executable, "-m", "campaign.cli", "-C", str(root), command],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    return done.returncode, done.stdout.strip(), done.stderr.strip()


def publish_configured(root: Path) -> bool:
    """Whether ``campaign.yml`` names a server (an unreadable file counts as yes: the
    publish command then reports its problems)."""
    campaign = load_campaign_or_none(root)
    return campaign is None or campaign.publish is not None


def _summary(code: int, err: str, fallback: str) -> str:
    """The CLI's own closing line when it failed ("Có 3 lỗi cần sửa; …")."""
    lines = [line for line in err.splitlines() if line.strip()]
    if code != 0 and lines and lines[-1].startswith("Có "):
        return lines[-1].replace("Có ", "Chưa xuất bản: có ", 1)
    return fallback


def run_publish(root: Path, runner: Runner = run_cli) -> Outcome:
    """``campaign publish`` of the campaign; its result in a sentence and the details."""
    code, out, err = runner(root, "publish")
    if code == 0:
        return "ok", out or "Đã công bố bản mới.", err
    # The problems, without the progress lines ("Dựng trang…") and the closing count.
    problems = "\n".join(
        line
        for line in err.splitlines()
        if line.strip() and not line.startswith("Có ") and not line.endswith("…")
    )
    message = _summary(
        code, err, "Chưa xuất bản: lệnh gửi trang báo lỗi dưới đây; trang đang công bố giữ nguyên."
    )
    return "error", message, problems


def run_build_only(root: Path, built: tuple[bool, str]) -> Outcome:
    ok, log = built
    if not ok:
        return "error", "Trang chưa dựng được; sửa các lỗi dưới đây rồi xuất bản lại.", log
    return "note", NOT_CONFIGURED, EXAMPLE


@dataclass(frozen=True)
class ReleaseList:
    kept: list[Release]  # oldest first
    problem: str = ""  # why the list could not be read; "" when it was

    @property
    def current(self) -> Release | None:
        return next((r for r in self.kept if r.current), None)

    @property
    def previous(self) -> Release | None:
        names = [r.name for r in self.kept]
        current = self.current
        if current is None or names.index(current.name) == 0:
            return None
        return self.kept[names.index(current.name) - 1]


def release_list(root: Path) -> ReleaseList | None:
    """The releases on the server; None when publishing is not configured."""
    campaign = load_campaign_or_none(root)
    if campaign is not None and campaign.publish is None:
        return None
    try:
        return ReleaseList(releases(load_target(root)))
    except ContentError as error:
        return ReleaseList([], "\n".join(str(p) for p in error.problems))
    except CampaignError as error:
        return ReleaseList([], str(error))


def roll_back(root: Path, expected: str) -> Outcome:
    """Go back one release, if ``expected`` is still the one served (under the build lock)."""
    said: list[str] = []
    try:
        target = load_target(root)
        with buildlock.hold(root, on_wait=said.append):  # not while a publish is under way
            listed = ReleaseList(releases(target))
            if listed.current is None or listed.current.name != expected:
                now = listed.current.name if listed.current else "không có"
                return (
                    "error",
                    f"Chưa quay lại: bản đang công bố đã đổi (nay là {now}) từ lúc bạn xác "
                    "nhận. Hãy xem lại danh sách rồi làm lại nếu vẫn cần.",
                    "",
                )
            back = rollback(target, log=said.append)
    except ContentError as error:
        details = "\n".join(str(p) for p in error.problems)
        return "error", "Chưa quay lại được; trang đang công bố giữ nguyên.", details
    except CampaignError as error:
        return "error", f"Chưa quay lại được: {error}", "\n".join(said)
    return "ok", f"Trang công bố đã quay lại bản {back.describe()}.", "\n".join(said)
