"""The real ``campaign admin`` process, driven over HTTP like Decap drives it."""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from .admin_server import running_admin
from .scratch import scratch

pytestmark = pytest.mark.server

NEWS = "docs/tin-tuc/posts/tiem-chung.md"
POST = "---\ntitle: Tiêm chủng\ndate: 2025-03-10\nsummary: Tóm tắt.\n{extra}---\n\nBài.\n"


class Staff:
    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self.csrf = ""

    def open(
        self, path: str, data: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, str]:
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def login(self, name: str, password: str) -> int:
        _, page = self.open("/admin/dang-nhap")
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        assert token
        form = urllib.parse.urlencode({"csrf": token[1], "ten": name, "mat_khau": password})
        status, editor = self.open("/admin/dang-nhap", form.encode())
        found = re.search(r'name="csrf-token" content="([^"]+)"', editor)
        if found:
            self.csrf = found[1]
        return status

    def api(self, action: str, **params: Any) -> tuple[int, Any]:
        body = json.dumps({"action": action, "params": params}).encode()
        headers = {"Content-Type": "application/json", "X-CSRF-Token": self.csrf}
        status, text = self.open("/api/v1", body, headers)
        return status, json.loads(text)


def test_first_run_editor_over_http(tmp_path: Path) -> None:
    root = scratch(tmp_path / "chien-dich")
    with running_admin(root) as (base, password):
        assert (root / ".git").is_dir()
        first = Staff(base)
        assert first.login("quantri", password) == 200 and first.csrf
        status, decap = first.open("/admin/decap/decap-cms.js")
        assert status == 200 and "decap-cms" in decap[:2000].lower()
        status, config = first.open("/admin/config.json")
        assert status == 200 and json.loads(config)["locale"] == "vi"
        assert (
            first.api(
                "persistEntry",
                dataFiles=[{"path": NEWS, "slug": "tiem-chung", "raw": POST.format(extra="")}],
                assets=[],
                options={"commitMessage": "Tạo tin"},
            )[0]
            == 200
        )
        log = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%an"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert log.stdout.strip() == "Quản trị"
        # A second person opened the item before the first changed it: refused.
        second = Staff(base)
        assert second.login("quantri", password) == 200
        second.api("getEntry", path=NEWS)
        first.api("getEntry", path=NEWS)
        assert (
            first.api(
                "persistEntry",
                dataFiles=[
                    {
                        "path": NEWS,
                        "slug": "tiem-chung",
                        "raw": POST.format(extra="broadcast: true\n"),
                    }
                ],
                assets=[],
                options={},
            )[0]
            == 200
        )
        status, answer = second.api(
            "persistEntry",
            dataFiles=[
                {"path": NEWS, "slug": "tiem-chung", "raw": POST.format(extra="draft: true\n")}
            ],
            assets=[],
            options={},
        )
        assert status == 409 and "Chưa lưu" in answer["error"]
        # Five wrong passwords, then even the right one waits.
        intruder = Staff(base)
        assert [intruder.login("quantri", "sai") for _ in range(5)] == [401] * 5
        assert intruder.login("quantri", password) == 429


@pytest.mark.build
def test_publish_builds_the_site_in_the_background(tmp_path: Path) -> None:
    root = scratch(tmp_path / "chien-dich")
    with running_admin(root) as (base, password):
        publisher = Staff(base)
        assert publisher.login("quantri", password) == 200
        _, editor = publisher.open("/admin/")
        form = re.search(
            r'action="/admin/xuat-ban">\s*<input type="hidden" name="csrf" value="([^"]+)"', editor
        )
        assert form
        status, page = publisher.open(
            "/admin/xuat-ban", urllib.parse.urlencode({"csrf": form[1]}).encode()
        )
        assert status == 200
        for _ in range(600):
            if "Đang dựng" not in page:
                break
            time.sleep(0.5)
            _, page = publisher.open("/admin/xuat-ban")
        assert "chưa có mục publish:" in page, page
        assert (root / "site" / "index.html").is_file()
