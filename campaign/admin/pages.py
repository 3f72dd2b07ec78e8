"""The few HTML pages of the editor that are not Decap: login, Word import, publishing
(the last result and the releases kept), the rollback's confirmation.

Every value from a user or a file is escaped (MarkupSafe).
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup

from .release import Outcome, ReleaseList

__all__ = [
    "editor_page",
    "login_page",
    "message_page",
    "publish_page",
    "rollback_page",
    "word_page",
]

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;
line-height:1.5;color:#1a1a1a}
h1{font-size:1.4rem}label{display:block;margin-top:1rem;font-weight:600}
input,select{font:inherit;width:100%;padding:.5rem;box-sizing:border-box}
button{font:inherit;margin-top:1.2rem;padding:.6rem 1.2rem;background:#b71c1c;color:#fff;
border:0;border-radius:4px;cursor:pointer}
.error{background:#fdecea;border-left:4px solid #b71c1c;padding:.6rem .8rem}
.ok{background:#e8f5e9;border-left:4px solid #2e7d32;padding:.6rem .8rem}
.note{background:#e8f0fb;border-left:4px solid #1a5fb4;padding:.6rem .8rem}
pre{white-space:pre-wrap;background:#f5f5f5;padding:.6rem;font:inherit;font-size:.9rem}
h2{font-size:1.1rem;margin-top:2rem}a.button{display:inline-block;padding:.6rem 1.2rem;
border:2px solid #b71c1c;border-radius:4px;color:#b71c1c;text-decoration:none}
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
            '<a href="/admin/xuat-ban">Các bản đã xuất bản</a>'
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
            '<script src="/admin/static/date.js"></script>'
            '<script src="/admin/static/fields.js"></script>'
            '<script src="/admin/static/preview.js"></script>'
            '<script src="/admin/static/start.js"></script>'
            "</body></html>"
        ).format(csrf=csrf, who=who, role=role, publish=publish)
    )


def _release_rows(listed: ReleaseList) -> Markup:
    rows = Markup("").join(
        Markup("<li>{}{}</li>").format(
            r.describe(), Markup(" <strong>— đang công bố</strong>") if r.current else ""
        )
        for r in reversed(listed.kept)
    )
    return Markup('<ol class="releases" reversed>{}</ol>').format(rows)


def publish_page(
    csrf: str,
    can_publish: bool,
    last: Outcome | None,
    listed: ReleaseList | None,
) -> str:
    """The publish page: how the last release went, the releases kept, the two buttons."""
    if last is None:
        result = Markup('<p class="ok" role="status">{}</p>').format(
            "Chưa lần xuất bản nào từ khi mở trình soạn thảo."
        )
    else:
        tone, message, details = last  # green done, blue built but not sent, red failed
        more = Markup("<pre>{}</pre>").format(details) if details else ""
        result = Markup('<p class="{}" role="status">{}</p>{}').format(tone, message, more)
    if listed is None:
        kept = Markup("")
    elif listed.problem:
        kept = Markup(
            '<h2>Các bản trên máy chủ</h2><p class="error">Chưa đọc được danh sách:</p>'
            "<pre>{}</pre>"
        ).format(listed.problem)
    elif not listed.kept:
        kept = Markup("<h2>Các bản trên máy chủ</h2><p>Chưa có bản nào trên máy chủ.</p>")
    else:
        kept = Markup("<h2>Các bản trên máy chủ</h2>{}").format(_release_rows(listed))
    buttons = Markup("")
    if can_publish:
        buttons = Markup(
            '<form method="post" action="/admin/xuat-ban">'
            '<input type="hidden" name="csrf" value="{}">'
            '<button type="submit">Xuất bản bản mới</button></form>'
        ).format(csrf)
        if listed is not None and listed.previous is not None:
            buttons += Markup(
                '<p><a class="button" href="/admin/quay-lai">Quay lại bản trước…</a></p>'
            )
    return _page(
        "Xuất bản",
        Markup('<h1>Xuất bản</h1>{}{}{}<p><a href="/admin/">Về trình soạn thảo</a></p>').format(
            result, buttons, kept
        ),
    )


def rollback_page(csrf: str, listed: ReleaseList | None) -> str:
    """The confirmation step of a rollback: which release is served, which comes back."""
    back = Markup('<p><a href="/admin/xuat-ban">Về trang xuất bản</a></p>')
    if listed is None or listed.problem or listed.current is None or listed.previous is None:
        why = (
            "campaign.yml chưa có mục publish: nên chưa có bản nào trên máy chủ."
            if listed is None
            else listed.problem or "Không có bản trước để quay lại."
        )
        return _page(
            "Quay lại bản trước",
            Markup('<h1>Quay lại bản trước</h1><p class="error" role="alert">{}</p>{}').format(
                why, back
            ),
        )
    return _page(
        "Quay lại bản trước",
        Markup(
            "<h1>Quay lại bản trước</h1>"
            "<p>Trang công bố đang là bản <strong>{current}</strong>.</p>"
            "<p>Sau khi xác nhận, bạn đọc sẽ thấy lại bản <strong>{previous}</strong>. "
            "Bản đang công bố vẫn được giữ trên máy chủ; nội dung trong trình soạn thảo "
            "không đổi (lần xuất bản sau sẽ đưa nội dung hiện tại lên).</p>"
            '<form method="post" action="/admin/quay-lai">'
            '<input type="hidden" name="csrf" value="{csrf}">'
            '<input type="hidden" name="tu" value="{name}">'
            '<button type="submit">Xác nhận quay lại bản trước</button></form>{back}'
        ).format(
            current=listed.current.describe(),
            previous=listed.previous.describe(),
            csrf=csrf,
            name=listed.current.name,
            back=back,
        ),
    )
