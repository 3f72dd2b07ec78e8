"""Releases end to end, against a real sshd and the shipped nginx on 127.0.0.1.

A copy of the Directive 06 example (with a news section) is published with
``campaign publish`` over SSH into a server folder that nginx serves through
its ``current`` link, as a centre's server would: page fetched, news item
changed and published again, rolled back, a transfer that fails half way,
old releases pruned, and the gate refusing a placeholder address first.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import stat
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.content.errors import ReleaseError
from campaign.release import Tools, deploy, load_target, releases
from campaign.release.releases import _PREPARE
from campaign.release.remote import MARKER, run_script
from tests.browser import NGINX, serve_nginx
from tests.conftest import EXAMPLE, EXAMPLE_DATE, ROOT
from tests.sshd import SSHD, SshServer, serve_sshd

pytestmark = [pytest.mark.server, pytest.mark.build]

POST = "docs/tin-tuc/posts/hoi-nghi-tong-ket.md"
POST_URL = "tin-tuc/2023/04/hoi-nghi-tong-ket/"
REAL_URL = "https://chithi06.thixa-thu.vn/"


def _news(body: str) -> str:
    return (
        "---\ntitle: Chuẩn bị Hội nghị tổng kết 20 năm thực hiện Chỉ thị 06-CT/TW\n"
        "date: 2023-04-20\nslug: hoi-nghi-tong-ket\n"
        "summary: Các đơn vị chuẩn bị báo cáo tổng kết gửi về Thị ủy.\n---\n\n"
        f"{body}\n"
    )


def _blog_settings() -> str:
    """The flagship's news (blog) settings, as `campaign init` writes them."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    start = text.index("  # Tin tức")
    end = text.index("      authors: false\n", start) + len("      authors: false\n")
    return text[start:end]


def _campaign(folder: Path, server: SshServer, srv: Path, keep: int = 3) -> Path:
    root = folder / "chi-thi-06"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("site", ".cache"))
    mkdocs = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        mkdocs.replace("  - campaign\n", "  - campaign\n" + _blog_settings(), 1), encoding="utf-8"
    )
    (root / "docs" / "tin-tuc" / "posts").mkdir(parents=True)
    (root / "docs" / "tin-tuc" / "index.md").write_text(
        "---\ntitle: Tin tức\n---\n\n# Tin tức\n", encoding="utf-8"
    )
    (root / POST).write_text(_news("Bản tin thứ nhất về hội nghị."), encoding="utf-8")
    (root / "known_hosts").write_text(server.known_hosts, encoding="utf-8")
    with (root / "campaign.yml").open("a", encoding="utf-8") as out:
        out.write(
            f"\npublish:\n  host: 127.0.0.1\n  port: {server.port}\n  user: {server.user}\n"
            f"  path: {srv}\n  identity: {server.identity}\n"  # known_hosts: the default
            f"  keep: {keep}\n"
        )
    return root


def _real_address(root: Path) -> None:
    for name in ("campaign.yml", "mkdocs.yml"):
        path = root / name
        path.write_text(
            path.read_text(encoding="utf-8").replace("https://chithi06.example/", REAL_URL),
            encoding="utf-8",
        )


def _run(root: Path, command: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["-C", str(root), command])
    return code, out.getvalue(), err.getvalue()


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return f"HTTP {error.code}"


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[SshServer, Path, Path]]:
    """sshd, the server folder (in a tree www-data can pass, as /srv is) and a campaign."""
    assert Path(SSHD).exists() and Path(NGINX).exists(), "scripts/system-packages.txt"
    previous = os.environ.get("CAMPAIGN_BUILD_DATE")
    os.environ["CAMPAIGN_BUILD_DATE"] = EXAMPLE_DATE
    work = Path(tempfile.mkdtemp(prefix="campaign-release-"))
    try:
        work.chmod(0o755)
        srv = work / "srv"
        with serve_sshd(work / "ssh") as server:
            yield server, srv, _campaign(work / "local", server, srv)
    finally:
        shutil.rmtree(work)
        if previous is None:
            os.environ.pop("CAMPAIGN_BUILD_DATE", None)
        else:
            os.environ["CAMPAIGN_BUILD_DATE"] = previous


def _current(srv: Path) -> str:
    return os.readlink(srv / "current")


def test_publish_change_rollback_fail_prune(world: tuple[SshServer, Path, Path]) -> None:
    _, srv, root = world
    # The gate: the example's placeholder address and a broken link, refused together,
    # located, and nothing is sent.
    (root / POST).write_text(_news("Xem [lịch cũ](lich-cu.md)."), "utf-8")
    code, _, err = _run(root, "publish")
    assert code == 1
    link = "liên kết 'lich-cu.md' trỏ tới trang không tồn tại"
    assert f"{POST}:8: {link}" in err, err  # line 8: the body's first line (see _news)
    assert re.search(r"^campaign\.yml:8: site\.url: cần địa chỉ thật", err, re.M), err
    assert re.search(r"^mkdocs\.yml:6: site_url: cần địa chỉ thật", err, re.M), err
    assert "chưa gửi gì lên máy chủ" in err
    assert not srv.exists()

    _real_address(root)
    (root / POST).write_text(_news("Bản tin thứ nhất về hội nghị."), "utf-8")
    code, out, err = _run(root, "publish")
    assert code == 0, err
    first = _current(srv)
    assert re.fullmatch(r"releases/\d{8}T\d{6}Z-[0-9a-f]{8}", first)
    assert (srv / first / MARKER).is_file()
    with serve_nginx(srv / "current", user="www-data" if os.geteuid() == 0 else None) as base:
        assert "Bản tin thứ nhất về hội nghị." in _get(base + POST_URL)

        # A news item changed and published again: the new page, unchanged files shared.
        (root / POST).write_text(_news("Bản tin đã sửa: hội nghị dời sang tháng 6."), "utf-8")
        time.sleep(1)  # release names carry the second
        code, out, err = _run(root, "publish")
        assert code == 0, err
        second = _current(srv)
        assert second != first
        assert "dời sang tháng 6" in _get(base + POST_URL)
        css = next((srv / second / "assets" / "stylesheets").glob("main.*.min.css"))
        old_css = srv / first / css.relative_to(srv / second)
        assert css.stat().st_ino == old_css.stat().st_ino  # a hard link, not a second copy
        assert "dùng chung với bản trước" in err
        assert "Không có gì thay đổi" in _run(root, "build")[1]  # publish recorded its build

        # Rollback: the old page again, and the command says which release.
        code, out, err = _run(root, "rollback")
        assert code == 0, err
        assert _current(srv) == first
        assert first.removeprefix("releases/") in err + out
        assert "Bản tin thứ nhất về hội nghị." in _get(base + POST_URL)
        code, out, _ = _run(root, "releases")
        listed = out.splitlines()
        assert len(listed) == 2 and listed[1].startswith("* " + first.removeprefix("releases/"))

        # A transfer that fails half way: `current` as it was, no half release left.
        (root / POST).write_text(_news("Bản tin không được gửi."), "utf-8")
        broken = root.parent / "rsync-dut-giua-chung"
        broken.write_text(
            "#!/bin/sh\n# sends small files only, then fails as a cut connection does\n"
            'rsync --max-size=2k "$@"\nexit 12\n',
            encoding="utf-8",
        )
        broken.chmod(0o755)
        site = root / "site"
        code, _, err = _run(root, "build")
        assert code == 0, err
        target = load_target(root)
        before = sorted(p.name for p in (srv / "releases").iterdir())
        time.sleep(1)
        with pytest.raises(ReleaseError, match="Trang đang công bố không đổi"):
            deploy(site, target, log=lambda _: None, tools=Tools(rsync=str(broken)))
        assert _current(srv) == first
        assert sorted(p.name for p in (srv / "releases").iterdir()) == before
        assert "Bản tin thứ nhất về hội nghị." in _get(base + POST_URL)

        # A half release left by a killed command (marker, never switched to): not a
        # release to roll back to, removed by the next publish.
        half = "29991231T000000Z-0000beef"
        run_script(target, _PREPARE, [str(srv), half, MARKER], "thử")
        assert half not in {r.name for r in releases(target)}

        # Keep the last N (3): older releases go; what the tool did not make stays.
        foreign = srv / "releases" / "ban-sao-tay"
        foreign.mkdir()
        (srv / "releases" / "ghi-chu.txt").write_text("của người quản trị\n", encoding="utf-8")
        for number in range(3):
            (root / POST).write_text(_news(f"Bản tin số {number + 3}."), "utf-8")
            time.sleep(1)
            code, _, err = _run(root, "publish")
            assert code == 0, err
        assert "Bản tin số 5." in _get(base + POST_URL)
        assert "dùng lại" not in err  # each of them changed a news item: built again
        kept = releases(target)
        assert len(kept) == 3 and kept[-1].current
        assert f"releases/{kept[-1].name}" == _current(srv)
        assert first.removeprefix("releases/") not in {r.name for r in kept}
        assert foreign.is_dir() and (srv / "releases" / "ghi-chu.txt").is_file()
        assert not (srv / "releases" / half).exists()
        mode = (srv / _current(srv) / "index.html").stat().st_mode
        assert mode & stat.S_IROTH  # nginx's account reads every file


def test_unknown_server_key_and_refused_user_key(
    world: tuple[SshServer, Path, Path], tmp_path: Path
) -> None:
    server, _, root = world
    known = root / "known_hosts"
    # Another server's key in known_hosts: ssh refuses to talk, the command says why.
    other = tmp_path / "khac"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(other)], check=True)
    kind, key = other.with_suffix(".pub").read_text(encoding="utf-8").split()[:2]
    known.write_text(f"[127.0.0.1]:{server.port} {kind} {key}\n", encoding="utf-8")
    try:
        code, _, err = _run(root, "releases")
        assert code == 1
        assert "khóa của máy chủ không có trong tệp known_hosts của chiến dịch" in err, err
    finally:
        known.write_text(server.known_hosts, encoding="utf-8")
    # A user key the server does not know.
    campaign = root / "campaign.yml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace(str(server.identity), str(other)), encoding="utf-8")
    try:
        code, _, err = _run(root, "releases")
        assert code == 1
        assert "máy chủ không nhận khóa SSH (publish.identity)" in err, err
    finally:
        campaign.write_text(text, encoding="utf-8")
    assert _run(root, "releases")[0] == 0
