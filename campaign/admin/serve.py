"""``campaign admin``: start the editor (first run: a git history and a first account)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..content.errors import CampaignError
from .accounts import ROLE_NAMES, Accounts, Role, accounts_file
from .app import EditorApp, decap_dist

__all__ = ["DEFAULT_ADDRESS", "add_account", "start"]

DEFAULT_ADDRESS = "127.0.0.1:8100"
FIRST_ACCOUNT = "quantri"


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise CampaignError(
            f"--dia-chi cần dạng 127.0.0.1:8100 hoặc 192.168.1.10:8100, nhận {text!r}"
        )
    return host.strip("[]"), int(port)


def add_account(root: Path, name: str, role: Role, full_name: str) -> int:
    try:
        password = Accounts(accounts_file(root)).add(name, full_name, role)
    except ValueError as exc:
        raise CampaignError(f"Không tạo được tài khoản: {exc}") from None
    print(f"Đã tạo tài khoản {name} ({ROLE_NAMES[role]}). Mật khẩu (chỉ in một lần): {password}")
    return 0


def start(root: Path, address: str) -> int:
    host, port = _address(address)
    if not (decap_dist() / "decap-cms.js").is_file():
        raise CampaignError("Chưa cài Decap CMS: chạy `make setup` (npm ci) trong thư mục công cụ.")
    app = EditorApp.for_campaign(root)
    if app.history.ensure_repo():
        print(f"Đã bắt đầu lưu lịch sử (git) trong {root}.")
    if not app.accounts.all():
        password = app.accounts.add(FIRST_ACCOUNT, "Quản trị", "publisher")
        print(
            f"Tài khoản đầu tiên: {FIRST_ACCOUNT}, mật khẩu: {password}\n"
            "Mật khẩu chỉ in lần này: hãy ghi lại. Thêm tài khoản: "
            "campaign admin --them-tai-khoan TÊN --vai-tro editor"
        )
    from waitress import serve

    print(f"Trình soạn thảo: http://{address}/admin/  (dừng: Ctrl+C)", flush=True)
    serve(app, host=host, port=port, threads=4, ident="campaign-admin", _quiet=True)
    sys.stdout.flush()
    return 0
