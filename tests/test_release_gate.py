"""The release gate, the ``publish:`` settings and the commands sent over SSH (no server).

Expected lines were read from the flagship's files: campaign.yml line 8 holds
``site.url`` (thaythuoc70.vanquan.example), lines 130 and 134 the ``sample: true``
of the slogans "chao-mung" and "luong-y-tu-mau"; mkdocs.yml line 3 ``site_url``;
each sample page's ``sample: true`` line as listed below. The HTML scanned is
written here, with the kind of page Material writes (its JSON configuration,
deferred scripts of the site) next to what no author's text may become.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shlex
import socket
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.content.errors import BuildError, ContentError, ReleaseError
from campaign.project import load_project
from campaign.release import (
    Target,
    Tools,
    deploy,
    gate,
    load_target,
    releases,
    rollback,
    scan_site,
)
from campaign.release.gate import is_placeholder_host
from campaign.release.pipeline import build_problems
from campaign.release.releases import _LIST, _PREPARE, _SWITCH
from campaign.release.remote import MARKER, SENT, rsync_argv, run_script, ssh_argv
from tests.conftest import MINIMAL

SAMPLE_PAGES = {
    "docs/guong-dien-hinh/hoang-thi-minh-hoa.md": 15,
    "docs/guong-dien-hinh/luong-van-mau.md": 12,
    "docs/guong-dien-hinh/doi-y-te-luu-dong.md": 10,
    "docs/tin-tuc/posts/tuyen-truyen-truc-quan.md": 11,
    "docs/tin-tuc/posts/hanh-trinh-ve-nguon.md": 13,
    "docs/tin-tuc/posts/phat-dong-phong-trao-thi-dua.md": 11,
    "docs/tin-tuc/posts/le-ky-niem.md": 13,
}
PUBLISH = (
    "\npublish:\n  host: web.vanquan.gov.vn\n  user: chiendich\n  path: /srv/chien-dich\n"
    "  identity: ~/.ssh/chien-dich\n"
)


def _where(problems: list) -> set[tuple[str, int, str]]:
    return {(p.file, p.line, p.field) for p in problems}


def test_the_flagship_is_refused_with_every_problem_located(flagship: Path) -> None:
    problems = gate(load_project(flagship))
    where = _where(problems)
    assert ("campaign.yml", 8, "site.url") in where
    assert ("mkdocs.yml", 3, "site_url") in where
    # slogans: chu-de, phong-trao-so-y-te, phong-trao-ttyt, chao-mung (3), luong-y-tu-mau (4)
    assert ("campaign.yml", 130, "slogans[3].sample") in where
    assert ("campaign.yml", 134, "slogans[4].sample") in where
    for page, line in SAMPLE_PAGES.items():
        assert (page, line, "sample") in where, page
    assert len(problems) == 2 + 2 + len(SAMPLE_PAGES)
    text = "\n".join(map(str, problems))
    assert "campaign.yml:8: site.url: cần địa chỉ thật" in text
    assert "allow_sample: true" in text


def test_sample_content_allowed_and_a_real_address(flagship: Path) -> None:
    for name in ("campaign.yml", "mkdocs.yml"):
        path = flagship / name
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace("thaythuoc70.vanquan.example", "thaythuoc70.vanquan.gov.vn"), "utf-8"
        )
    with (flagship / "campaign.yml").open("a", encoding="utf-8") as out:
        out.write(PUBLISH + "  allow_sample: true\n")
    assert gate(load_project(flagship)) == []


def test_markers_left_in_published_text_not_in_comments(flagship: Path) -> None:
    page = flagship / "docs" / "gioi-thieu.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines.append("Số điện thoại: CẦN ĐIỀN")
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    campaign = flagship / "campaign.yml"
    text = campaign.read_text(encoding="utf-8")
    text = text.replace(
        "  issuer_short: UBND huyện Văn Quan",
        "  # CẦN SỬA trong chú thích: không công bố\n  issuer_short: UBND huyện CẦN SỬA",
    )
    campaign.write_text(text, encoding="utf-8")
    problems = [p for p in gate(load_project(flagship)) if "còn chỗ ghi" in p.message]
    issuer_line = text.splitlines().index("  issuer_short: UBND huyện CẦN SỬA") + 1
    assert _where(problems) == {
        ("docs/gioi-thieu.md", len(lines), ""),
        ("campaign.yml", issuer_line, "plan.issuer_short"),
    }


@pytest.mark.parametrize(
    ("host", "placeholder"),
    [
        ("thaythuoc70.vanquan.example", True),
        ("example.com", True),
        ("www.example.org", True),
        ("localhost", True),
        ("ban-thu.test", True),
        ("127.0.0.1", True),
        ("[::1]", True),
        ("0.0.0.0", True),
        ("intranet", True),
        ("vanquan.langson.gov.vn", False),
        ("examples.vn", False),
        ("myexample.com", False),
        ("203.113.1.10", False),
    ],
)
def test_placeholder_hosts(host: str, placeholder: bool) -> None:
    assert is_placeholder_host(host) is placeholder


def test_scan_finds_active_content_by_line(tmp_path: Path) -> None:
    (tmp_path / "tin").mkdir()
    (tmp_path / "index.html").write_text(
        "<!doctype html>\n<html><head>\n"
        '<script id="__config" type="application/json">{"a": "&lt;script&gt;"}</script>\n'
        '<script defer src="assets/campaign/boot.js" data-md-scope="."></script>\n'
        "</head><body><p>&lt;script&gt;alert(1)&lt;/script&gt; CẦN sửa</p></body></html>\n",
        encoding="utf-8",
    )
    (tmp_path / "tin" / "index.html").write_text(
        "<html><body>\n<p>ok</p>\n<script>alert(1)</script>\n"
        '<img src="x" onerror="alert(2)">\n<a href=" java\tscript:alert(3)">x</a>\n'
        '<script src="https://cdn.example.net/x.js"></script>\n<p>Địa chỉ: CẦN ĐIỀN</p>\n'
        "</body></html>\n",
        encoding="utf-8",
    )
    problems = scan_site(tmp_path)
    assert [(p.file, p.line) for p in problems] == [
        ("site/tin/index.html", 3),
        ("site/tin/index.html", 4),
        ("site/tin/index.html", 5),
        ("site/tin/index.html", 6),
        ("site/tin/index.html", 7),
    ]
    assert "onerror" in problems[1].message and "CẦN ĐIỀN" in problems[4].message


def _settings(tmp_path: Path, extra: str) -> Path:
    root = tmp_path / "cd"
    root.mkdir(parents=True)
    (root / "campaign.yml").write_text(MINIMAL + extra, encoding="utf-8")
    return root


def test_settings_errors_are_located_all_at_once(tmp_path: Path) -> None:
    root = _settings(
        tmp_path,
        "publish:\n  host: web vanquan\n  port: 0\n  user: Chiến\n  path: /srv/../etc\n  keep: 1\n",
    )
    with pytest.raises(ContentError) as caught:
        load_target(root)
    where = {(p.line, p.field) for p in caught.value.problems}
    start = MINIMAL.count("\n") + 1
    assert where == {
        (start, "publish.identity"),  # missing: the line of publish:
        (start + 1, "publish.host"),
        (start + 2, "publish.port"),
        (start + 3, "publish.user"),
        (start + 4, "publish.path"),
        (start + 5, "publish.keep"),
    }
    text = str(caught.value)
    assert "tên máy chủ" in text and "'..'" in text


def test_settings_files(tmp_path: Path) -> None:
    outside = tmp_path / "known_hosts"
    outside.write_text("", encoding="utf-8")
    root = _settings(
        tmp_path,
        PUBLISH.replace("~/.ssh/chien-dich", "khong-co-khoa") + f"  known_hosts: {outside}\n",
    )
    with pytest.raises(ContentError) as caught:
        load_target(root)
    messages = {p.field: p.message for p in caught.value.problems}
    assert "không thấy tệp 'khong-co-khoa'" in messages["publish.identity"]
    assert "trong thư mục chiến dịch" in messages["publish.known_hosts"]
    none = _settings(tmp_path / "b", "")
    with pytest.raises(ContentError, match="chưa có mục publish"):
        load_target(none)


def test_ok_settings(tmp_path: Path) -> None:
    key = tmp_path / "khoa"
    key.write_text("", encoding="utf-8")
    root = _settings(
        tmp_path, PUBLISH.replace("~/.ssh/chien-dich", str(key)) + "  port: 2222\n  keep: 3\n"
    )
    with pytest.raises(
        ContentError, match=r"ssh-keyscan -p 2222 web\.vanquan\.gov\.vn > known_hosts"
    ):
        load_target(root)
    (root / "known_hosts").write_text("", encoding="utf-8")
    target = load_target(root)
    assert target == Target(
        host="web.vanquan.gov.vn",
        user="chiendich",
        path="/srv/chien-dich",
        port=2222,
        identity=key,
        known_hosts=root / "known_hosts",
        keep=3,
    )


def test_remote_commands_pass_values_as_arguments() -> None:
    target = Target(host="web.vanquan.gov.vn", user="chiendich", path="/srv/chien dich")
    name = "20250227T010203Z-0a1b2c3d"
    argv = ssh_argv(target, _SWITCH, [target.path, name, ".campaign-release"])
    assert argv[:3] == ["ssh", "-F", "none"] and "BatchMode=yes" in argv
    assert argv[-3:-1] == ["--", "web.vanquan.gov.vn"]
    # The remote login shell splits the command back into exactly these words.
    assert shlex.split(argv[-1]) == [
        "sh",
        "-c",
        _SWITCH,
        "sh",
        "/srv/chien dich",
        name,
        ".campaign-release",
    ]
    assert "$1" in _LIST and "/srv" not in _LIST
    sync = rsync_argv(target, Path("/tmp/site"), name, "20250226T010203Z-00000000")
    assert "--link-dest=../20250226T010203Z-00000000" in sync
    assert sync[-2:] == [
        "/tmp/site/",
        f"chiendich@web.vanquan.gov.vn:/srv/chien dich/releases/{name}/",
    ]


def test_build_failure_becomes_located_problems(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "tin.md"
    page.parent.mkdir()
    page.write_text("# Tin\n\nXem [lịch](lich-cu.md) nhé.\n", encoding="utf-8")
    error = BuildError(
        "Dựng trang thất bại, giữ nguyên bản cũ trong site/: 1 cảnh báo\n"
        "  - docs/tin.md: liên kết 'lich-cu.md' trỏ tới trang không tồn tại"
    )
    problems = build_problems(error, tmp_path)
    assert [str(p) for p in problems] == [
        "docs/tin.md:3: liên kết 'lich-cu.md' trỏ tới trang không tồn tại"
    ]


# ssh replaced by a local shell: the remote scripts run on a folder of this machine,
# so rollback and listing are tested without a server (tests/test_release.py has one).
FAKE_SSH = '#!/bin/sh\nfor last; do :; done\nexec sh -c "$last"\n'


def _local(tmp_path: Path) -> tuple[Target, Tools]:
    fake = tmp_path / "ssh"
    fake.write_text(FAKE_SSH, encoding="utf-8")
    fake.chmod(0o755)
    target = Target(host="may-chu.vn", user="chiendich", path=str(tmp_path / "srv"))
    return target, Tools(ssh=str(fake))


def _release(target: Target, tools: Tools, name: str, switch: bool = True) -> None:
    run_script(target, _PREPARE, [target.path, name, MARKER], "thử", tools)
    if switch:
        run_script(target, _SWITCH, [target.path, name, MARKER, SENT], "thử", tools)


def test_rollback_goes_back_one_whole_release(tmp_path: Path) -> None:
    target, tools = _local(tmp_path)
    with pytest.raises(ReleaseError, match="chưa có bản nào đang công bố"):
        rollback(target, log=lambda _: None, tools=tools)
    first, second, half = (
        "20250226T010000Z-11111111",
        "20250227T010000Z-22222222",
        "20250228T010000Z-33333333",
    )
    _release(target, tools, first)
    with pytest.raises(ReleaseError, match="bản cũ nhất còn giữ"):
        rollback(target, log=lambda _: None, tools=tools)
    _release(target, tools, second)
    _release(target, tools, half, switch=False)  # sent in part, never switched to
    srv = Path(target.path)
    (srv / "releases" / "20250225T010000Z-44444444").mkdir()  # no marker: not ours
    assert [(r.name, r.current) for r in releases(target, tools)] == [
        (first, False),
        (second, True),
    ]
    said: list[str] = []
    back = rollback(target, log=said.append, tools=tools)
    assert back.name == first and os.readlink(srv / "current") == f"releases/{first}"
    assert first in said[0] and second in said[0]
    assert (srv / "releases" / second).is_dir()  # the newer one is kept


def test_a_current_folder_not_made_by_the_tool_is_left_alone(tmp_path: Path) -> None:
    target, tools = _local(tmp_path)
    (tmp_path / "srv" / "current").mkdir(parents=True)
    (tmp_path / "srv" / "current" / "index.html").write_text("trang cũ\n", encoding="utf-8")
    with pytest.raises(ReleaseError, match="không phải liên kết do công cụ này tạo"):
        releases(target, tools)
    assert (tmp_path / "srv" / "current" / "index.html").is_file()


def test_commands_without_publish_settings_say_so(flagship: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["-C", str(flagship), "rollback"])
    assert code == 1
    assert "campaign.yml: publish: chưa có mục publish:" in err.getvalue()
    assert "trang đang công bố giữ nguyên" in err.getvalue()


def test_a_server_that_refuses_is_explained(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    target = Target(host="127.0.0.1", user="chiendich", path="/srv/chien-dich", port=port)
    with pytest.raises(ReleaseError) as caught:
        releases(target)
    message = str(caught.value)
    assert message.startswith("Đọc danh sách bản phát hành trên chiendich@127.0.0.1:/srv/")
    assert "máy chủ không nhận kết nối SSH ở cổng này (publish.port)" in message
    assert "Connection refused" in message  # ssh's own line, for whoever administers it


def test_a_slow_clock_is_refused_before_sending(tmp_path: Path) -> None:
    target, tools = _local(tmp_path)
    _release(target, tools, "20250227T010000Z-22222222")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>mới</p>\n", encoding="utf-8")
    slow = dt.datetime(2025, 2, 26, 8, 0, tzinfo=dt.UTC)
    with pytest.raises(ReleaseError, match="chậm hơn bản mới nhất"):
        deploy(site, target, log=lambda _: None, tools=tools, now=slow)
    assert [r.name for r in releases(target, tools)] == ["20250227T010000Z-22222222"]
