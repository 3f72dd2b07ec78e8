"""The few HTML pages of the editor that are not Decap: login, Word import, publish result.

Every value from a user or a file is escaped (MarkupSafe).
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup

__all__ = ["editor_page", "login_page", "message_page", "word_page"]

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;
line-height:1.5;color:#1a1a1a}
h1{font-size:1.4rem}label{display:block;margin-top:1rem;font-weight:600}
input,select{font:inherit;width:100%;padding:.5rem;box-sizing:border-box}
button{font:inherit;margin-top:1.2rem;padding:.6rem 1.2rem;background:#b71c1c;color:#fff;
border:0;border-radius:4px;cursor:pointer}
.error{background:#fdecea;border-left:4px solid #b71c1c;padding:.6rem .8rem}
.ok{background:#e8f5e9;border-left:4px solid #2e7d32;padding:.6rem .8rem}
pre{white-space:pre-wrap;background:#f5f5f5;padding:.6rem}
"""


def _page(title: str, body: Markup, refresh: int = 0) -> str:
    meta = Markup('<meta http-equiv="refresh" content="{}">').format(refresh) if refresh else ""
    return str(
        Markup(
            '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">{meta}'
            "<title>{title}</title><style>{style}</style></head><body>{body}</body></html>"
        ).format(title=title, style=Markup(_STYLE), body=body, meta=meta)
    )


def login_page(csrf: str, error: str = "", name: str = "") -> str:
    notice = Markup('<p class="error" role="alert">{}</p>').format(error) if error else ""
    return _page(
        "Đăng nhập trình soạn thảo",
        Markup(
            "<h1>Đăng nhập trình soạn thảo</h1>{notice}"
            '<form method="post" action="/admin/dang-nhap">'
            '<input type="hidden" name="csrf" value="{csrf}">'
            '<label for="ten">Tên đăng nhập</label>'
            '<input id="ten" name="ten" autocomplete="username" required value="{name}">'
            '<label for="mat-khau">Mật khẩu</label>'
            '<input id="mat-khau" name="mat_khau" type="password" '
            'autocomplete="current-password" required>'
            '<button type="submit">Đăng nhập</button></form>'
        ).format(notice=notice, csrf=csrf, name=name),
    )


def message_page(title: str, text: str, ok: bool, details: str = "", refresh: int = 0) -> str:
    more = Markup("<pre>{}</pre>").format(details) if details else ""
    return _page(
        title,
        Markup(
            '<h1>{title}</h1><p class="{cls}" role="status">{text}</p>{more}'
            '<p><a href="/admin/">Về trình soạn thảo</a></p>'
        ).format(title=title, cls="ok" if ok else "error", text=text, more=more),
        refresh,
    )


def word_page(csrf: str, units: Iterable[tuple[str, str]], error: str = "") -> str:
    notice = Markup('<p class="error" role="alert">{}</p>').format(error) if error else ""
    options = Markup("").join(
        Markup('<option value="{}">{}</option>').format(value, label) for value, label in units
    )
    return _page(
        "Nhập tin bài từ tệp Word",
        Markup(
            "<h1>Nhập tin bài từ tệp Word</h1>{notice}"
            '<form method="post" action="/admin/word" enctype="multipart/form-data">'
            '<input type="hidden" name="csrf" value="{csrf}">'
            '<label for="tep">Tệp Word (.docx)</label>'
            '<input id="tep" name="tep" type="file" accept=".docx" required>'
            '<label for="ngay">Ngày đăng (27/02/2025)</label><input id="ngay" name="ngay">'
            '<label for="don-vi">Đơn vị đưa tin</label>'
            '<select id="don-vi" name="don_vi"><option value="">(không ghi)</option>{options}'
            "</select>"
            '<label for="chu-de">Chủ đề</label><input id="chu-de" name="chu_de">'
            '<button type="submit">Nhập tin bài</button></form>'
            '<p><a href="/admin/">Về trình soạn thảo</a></p>'
        ).format(notice=notice, csrf=csrf, options=options),
    )


def editor_page(csrf: str, who: str, role: str, can_publish: bool) -> str:
    publish = (
        Markup(
            '<form method="post" action="/admin/xuat-ban">'
            '<input type="hidden" name="csrf" value="{}">'
            '<button type="submit">Xuất bản</button></form>'
        ).format(csrf)
        if can_publish
        else ""
    )
    return str(
        Markup(
            '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            '<meta name="csrf-token" content="{csrf}">'
            "<title>Trình soạn thảo trang chiến dịch</title>"
            '<link rel="stylesheet" href="/admin/static/admin.css"></head><body>'
            '<nav id="campaign-admin-bar" aria-label="Tài khoản">'
            "<span>{who} ({role})</span>"
            '<a href="/admin/word">Nhập tệp Word</a>{publish}'
            '<form method="post" action="/admin/dang-xuat">'
            '<input type="hidden" name="csrf" value="{csrf}">'
            '<button type="submit">Đăng xuất</button></form></nav>'
            '<script src="/admin/static/admin.js"></script>'
            '<script src="/admin/decap/decap-cms.js"></script>'
            '<script src="/admin/static/start.js"></script>'
            "</body></html>"
        ).format(csrf=csrf, who=who, role=role, publish=publish)
    )
