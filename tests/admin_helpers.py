"""A scratch campaign with the editor's app in front of it, driven like a browser would."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from werkzeug.test import Client, TestResponse

from campaign.admin.accounts import Accounts, Role, accounts_file
from campaign.admin.app import EditorApp
from campaign.admin.audit import AuditLog, audit_file
from campaign.admin.history import History
from campaign.admin.ratelimit import LoginThrottle

from .scratch import scratch

# Cheap hashes: the tests check the protocol, not Argon2's cost.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
SLOGANS = """\
# Khẩu hiệu: sửa được trong trình soạn thảo.
slogans:
  - id: suc-khoe
    text: Sức khỏe là vàng
"""


def editor_app(tmp_path: Path, throttle: LoginThrottle | None = None) -> EditorApp:
    root = scratch(tmp_path / "chien-dich")
    with (root / "campaign.yml").open("a", encoding="utf-8") as out:
        out.write(SLOGANS)
    app = EditorApp(
        root,
        Accounts(accounts_file(root), FAST_HASHER),
        AuditLog(audit_file(root)),
        History(root),
        throttle=throttle or LoginThrottle(),
    )
    app.history.ensure_repo()
    return app


class Browser:
    """One person's browser: its own cookies, the CSRF token its editor page carries."""

    def __init__(self, app: EditorApp) -> None:
        self.client = Client(app)
        self.csrf = ""

    def login(self, name: str, password: str) -> TestResponse:
        page = self.client.get("/admin/dang-nhap")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token
        response = self.client.post(
            "/admin/dang-nhap", data={"csrf": token[1], "ten": name, "mat_khau": password}
        )
        if response.status_code == 303:
            editor = self.client.get("/admin/")
            found = re.search(r'name="csrf-token" content="([^"]+)"', editor.text)
            assert found
            self.csrf = found[1]
        return response

    def api(self, action: str, **params: Any) -> TestResponse:
        return self.client.post(
            "/api/v1",
            json={"action": action, "params": params},
            headers={"X-CSRF-Token": self.csrf},
        )

    def save(self, path: str, raw: str, slug: str = "", assets: list[Any] | None = None) -> Any:
        return self.api(
            "persistEntry",
            dataFiles=[{"path": path, "slug": slug or Path(path).stem, "raw": raw}],
            assets=assets or [],
            options={"commitMessage": f"Lưu {path}"},
        )


def account(app: EditorApp, name: str, role: Role = "editor") -> str:
    return app.accounts.add(name, f"Cán bộ {name}", role)
