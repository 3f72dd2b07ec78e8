"""campaign admin: accounts, sessions, CSRF, throttling, stale saves, paths, validation."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

import campaign.admin.app as app_module
import campaign.admin.release as release_module
from campaign.admin.accounts import Accounts
from campaign.admin.decapconfig import REQUIRED_WHEN, decap_config, fields_for
from campaign.admin.ratelimit import FREE_TRIES, LoginThrottle
from campaign.admin.release import ReleaseList
from campaign.content.load import load_campaign
from campaign.content.schemas import NewsMeta, ProfileMeta
from campaign.publish import buildlock
from campaign.release import Release

from .admin_helpers import FAST_HASHER, SLOGANS, Browser, account, editor_app

NEWS = "docs/tin-tuc/posts/kham-benh.md"
POST = "---\ntitle: Khám bệnh miễn phí\ndate: 2025-03-10\nsummary: Tóm tắt.\n{extra}---\n\nBài.\n"


def _git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    ).stdout


# Accounts and roles ------------------------------------------------------------------


def test_passwords_are_stored_hashed_and_verified(tmp_path: Path) -> None:
    accounts = Accounts(tmp_path / "tk.json", FAST_HASHER)
    password = accounts.add("lan", "Trần Thị Lan", "publisher")
    stored = (tmp_path / "tk.json").read_text(encoding="utf-8")
    assert password not in stored and "$argon2id$" in stored
    assert os.stat(tmp_path / "tk.json").st_mode & 0o077 == 0  # owner only
    assert accounts.verify("lan", password) is not None
    assert accounts.verify("lan", password + "x") is None
    assert accounts.verify("khong-co", password) is None
    with pytest.raises(ValueError, match="đã có"):
        accounts.add("lan", "", "editor")
    with pytest.raises(ValueError, match="tên đăng nhập"):
        accounts.add("Lan Trần", "", "editor")


def test_accounts_live_outside_docs_and_outside_git(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    account(app, "an")
    assert not app.accounts.path.is_relative_to(app.root / "docs")
    assert "tai-khoan.json" not in _git(app.root, "ls-files")
    assert ".cache/" in (app.root / ".gitignore").read_text(encoding="utf-8")


def test_only_a_publisher_publishes(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    builds: list[Path] = []

    def build(root: Path) -> tuple[bool, str]:
        builds.append(root)
        (root / "dia-chi.yml").write_text("tin-tuc/a.md: [tin-tuc/a/]\n", encoding="utf-8")
        return True, "Đã dựng"

    app.build = build
    editor, publisher = Browser(app), Browser(app)
    editor.login("an", account(app, "an", "editor"))
    publisher.login("lan", account(app, "lan", "publisher"))
    assert "Xuất bản" not in editor.client.get("/admin/").text
    refused = editor.client.post("/admin/xuat-ban", data={"csrf": editor.csrf})
    assert refused.status_code == 403 and not builds
    started = publisher.client.post("/admin/xuat-ban", data={"csrf": publisher.csrf})
    assert started.status_code == 303
    page = _settled(publisher, "Đang dựng")  # the build runs in the background
    assert builds == [app.root]
    assert "chưa có mục publish:" in page  # built, and says how to configure publishing
    # Nothing went wrong, not everything was done: a neutral note, not the red error box
    # (which said "Đã dựng trang …, chưa gửi" as if the build had failed).
    assert re.search(r'<p class="note" role="status">Đã dựng trang mới vào thư mục site/', page)
    assert 'class="error"' not in page
    actions = [e["action"] for e in app.audit.entries()]
    assert "xuất bản: bắt đầu dựng trang" in actions and "xuất bản: kết thúc" in actions
    assert _git(app.root, "log", "-1", "--format=%an|%s", "--name-only").split("\n")[:3] == [
        "Cán bộ lan|Ghi địa chỉ các trang sau khi dựng",
        "",
        "dia-chi.yml",
    ]


# Sessions, cookies, CSRF -------------------------------------------------------------


def test_session_cookie_is_httponly_and_samesite_strict(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    response = Browser(app).login("an", account(app, "an"))
    assert response.status_code == 303
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if "campaign_admin=" in c)
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_api_needs_a_session_and_its_csrf_token(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    stranger = Browser(app)
    assert stranger.api("getEntry", path="campaign.yml").status_code == 401
    user = Browser(app)
    user.login("an", account(app, "an"))
    good = user.api("getEntry", path="campaign.yml")
    assert good.status_code == 200 and "slogans" in good.json["data"]
    user.csrf = "gia-mao"
    forged = user.save(NEWS, POST.format(extra=""))
    assert forged.status_code == 403 and not (app.root / NEWS).exists()


def test_forms_need_the_csrf_token_and_the_same_origin(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    user = Browser(app)
    user.login("an", account(app, "an"))
    assert user.client.post("/admin/dang-xuat", data={}).status_code == 403
    other_site = user.client.post(
        "/admin/dang-xuat", data={"csrf": user.csrf}, headers={"Origin": "http://evil.example"}
    )
    assert other_site.status_code == 403
    # The session is still open after both refusals; a real logout closes it.
    assert user.api("getEntry", path="campaign.yml").status_code == 200
    assert user.client.post("/admin/dang-xuat", data={"csrf": user.csrf}).status_code == 303
    assert user.api("getEntry", path="campaign.yml").status_code == 401


def test_login_form_without_its_token_is_refused(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    password = account(app, "an")
    browser = Browser(app)
    response = browser.client.post("/admin/dang-nhap", data={"ten": "an", "mat_khau": password})
    assert response.status_code == 403


# Login throttling --------------------------------------------------------------------


def test_five_wrong_passwords_slow_the_next_tries(tmp_path: Path) -> None:
    now = [1000.0]
    app = editor_app(tmp_path, LoginThrottle(clock=lambda: now[0]))
    password = account(app, "an")
    browser = Browser(app)
    for _ in range(FREE_TRIES):
        assert browser.login("an", "sai").status_code == 401
    slowed = browser.login("an", password)  # even the right password waits
    assert slowed.status_code == 429
    assert "Hãy đợi" in slowed.text and int(slowed.headers["Retry-After"]) > 0
    now[0] += 10
    assert browser.login("an", password).status_code == 303
    log = [e["action"] for e in app.audit.entries()]
    assert log.count("đăng nhập sai") == FREE_TRIES and "đăng nhập bị chặn" in log


def test_throttle_waits_grow() -> None:
    now = [0.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    waits = []
    for _ in range(FREE_TRIES + 3):
        throttle.failed("user:an")
        waits.append(throttle.wait("user:an"))
    assert waits[: FREE_TRIES - 1] == [0.0] * (FREE_TRIES - 1)
    assert 0 < waits[FREE_TRIES - 1] < waits[FREE_TRIES] < waits[FREE_TRIES + 1]
    assert throttle.wait("user:lan") == 0.0


# Saves: validation, git, stale versions ------------------------------------------------


def test_a_save_is_a_commit_by_its_author(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    user = Browser(app)
    user.login("an", account(app, "an"))
    assert user.save(NEWS, POST.format(extra="")).status_code == 200
    assert _git(app.root, "log", "-1", "--format=%an|%s") == f"Cán bộ an|Lưu {NEWS}\n"
    assert _git(app.root, "status", "--porcelain", "--", "docs") == ""
    entries = app.audit.entries()
    assert entries[-1]["who"] == "an" and entries[-1]["files"] == [NEWS]


def test_invalid_entry_is_refused_naming_the_field(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    user = Browser(app)
    user.login("an", account(app, "an"))
    photo = {
        "path": "anh/kham.jpg",
        "content": base64.b64encode(b"jpeg").decode(),
        "encoding": "base64",
    }
    no_alt = user.save(NEWS, POST.format(extra="cover: anh/kham.jpg\n"), assets=[photo])
    assert no_alt.status_code == 422
    assert "cover_alt" in no_alt.json["error"] and "mô tả ảnh" in no_alt.json["error"]
    assert not (app.root / NEWS).exists() and not (app.root / "anh/kham.jpg").exists()
    missing = user.save(NEWS, POST.format(extra="cover: anh/khong-co.jpg\ncover_alt: Ảnh\n"))
    assert missing.status_code == 422 and "anh/khong-co.jpg" in missing.json["error"]
    unit = user.save(NEWS, POST.format(extra="unit: tram-y-tee\n"))
    assert unit.status_code == 422 and "unit" in unit.json["error"]
    fixed = POST.format(extra="cover: anh/kham.jpg\ncover_alt: Bác sĩ khám cho cụ bà\n")
    assert user.save(NEWS, fixed, assets=[photo]).status_code == 200
    assert (app.root / "anh/kham.jpg").read_bytes() == b"jpeg"


def test_validate_entry_names_each_problem_by_its_field_and_writes_nothing(
    tmp_path: Path,
) -> None:
    app = editor_app(tmp_path)
    stranger = Browser(app)
    news = {"title": "Khám bệnh", "date": "2025-03-10", "summary": "Tóm tắt.", "body": "Bài."}
    assert stranger.api("validateEntry", collection="news", data=news).status_code == 401
    user = Browser(app)
    user.login("an", account(app, "an"))
    before = _git(app.root, "rev-parse", "HEAD").strip()

    def problems(**params: Any) -> list[tuple[str, str]]:
        response = user.api("validateEntry", **params)
        assert response.status_code == 200, response.json
        return [(p["field"], p["message"]) for p in response.json["problems"]]

    assert problems(collection="news", data=news) == []
    no_alt = problems(collection="news", data={**news, "cover": "anh/kham.jpg"})
    assert [f for f, _ in no_alt] == ["cover_alt"] and "mô tả ảnh" in no_alt[0][1]
    # Plain words for an empty field (it said "nhưng chưa khai báo": a programmer's
    # "declared"); the same words as campaign check's.
    assert no_alt[0][1].endswith("khi có ảnh bìa, nhưng còn để trống")
    photo = problems(collection="news", data={**news, "cover": "anh/khong.jpg", "cover_alt": "A"})
    assert photo == [("cover", "không có ảnh 'anh/khong.jpg' trong thư mục anh/: hãy tải ảnh lên")]
    chosen = {**news, "cover": "anh/moi.jpg", "cover_alt": "A"}
    assert problems(collection="news", data=chosen, photos=["anh/moi.jpg"]) == []
    unit = problems(collection="news", data={**news, "unit": "tram-y-tee"})
    assert [f for f, _ in unit] == ["unit"] and "tram-y-tee" in unit[0][1]
    person = {"name": "Nguyễn Thị Hoa", "kind": "cá nhân", "honour": "Thầy thuốc Ưu tú"}
    portrait = problems(collection="profiles", data={**person, "photo": "anh/hoa.jpg"})
    assert "photo_alt" in [f for f, _ in portrait]
    slogan = problems(collection="campaign", slug="slogans", data={"slogans": [{"id": "A B"}]})
    assert {f for f, _ in slogan} >= {"slogans[0].id"}
    # An existing item is checked as it would be saved: its hidden keys kept.
    assert user.save(NEWS, POST.format(extra="")).status_code == 200
    assert problems(collection="news", path=NEWS, data=news) == []
    refused = user.api("validateEntry", collection="news", path="docs/index.md", data=news)
    assert refused.status_code == 400
    assert user.api("validateEntry", collection="khac", data=news).status_code == 422
    assert _git(app.root, "rev-list", "--count", f"{before}..HEAD") == "1\n"
    assert not (app.root / "docs/tin-tuc/posts/moi.md").exists()
    user.csrf = "gia-mao"
    assert user.api("validateEntry", collection="news", data=news).status_code == 403


def test_stale_save_is_refused(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    first, second = Browser(app), Browser(app)
    first.login("an", account(app, "an"))
    second.login("lan", account(app, "lan"))
    assert first.save(NEWS, POST.format(extra="")).status_code == 200
    # Both open the item; the first saves a change; the second saves from the old version.
    for browser in (first, second):
        assert browser.api("getEntry", path=NEWS).status_code == 200
    assert first.save(NEWS, POST.format(extra="broadcast: true\n")).status_code == 200
    stale = second.save(NEWS, POST.format(extra="priority: khẩn cấp\n"))
    assert stale.status_code == 409
    assert "Cán bộ an" in stale.json["error"] and "không ghi đè" in stale.json["error"]
    assert "broadcast: true" in (app.root / NEWS).read_text(encoding="utf-8")
    # After reading the new version, the second person's save goes through.
    second.api("getEntry", path=NEWS)
    assert second.save(NEWS, POST.format(extra="priority: khẩn cấp\n")).status_code == 200


def test_new_item_over_an_unread_file_is_refused(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    first, second = Browser(app), Browser(app)
    first.login("an", account(app, "an"))
    second.login("lan", account(app, "lan"))
    assert first.save(NEWS, POST.format(extra="")).status_code == 200
    clash = second.save(NEWS, POST.format(extra="draft: true\n"))
    assert clash.status_code == 409 and "đã có tệp" in clash.json["error"]
    assert re.search(r"\(do Cán bộ an lưu lúc \d\d:\d\d ngày [\d/]{10}\)", clash.json["error"])


def test_campaign_yml_save_rewrites_only_its_part(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    user = Browser(app)
    user.login("an", account(app, "an"))
    before = (app.root / "campaign.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(user.api("getEntry", path="campaign.yml").json["data"])
    data["slogans"].append({"id": "phong-benh", "text": "Phòng bệnh hơn chữa bệnh", "short": ""})
    data["theme"] = "Chủ đề bị sửa ngoài biểu mẫu"  # not the slogans part: ignored
    response = user.save("campaign.yml", yaml.safe_dump(data, allow_unicode=True), "slogans")
    assert response.status_code == 200
    after = (app.root / "campaign.yml").read_text(encoding="utf-8")
    assert "# Khẩu hiệu: sửa được trong trình soạn thảo." in after
    assert before.split("# Khẩu hiệu")[0] == after.split("# Khẩu hiệu")[0]
    campaign = load_campaign(app.root / "campaign.yml")
    assert [s.id for s in campaign.slogans] == ["suc-khoe", "phong-benh"]
    assert campaign.slogans[1].short is None  # an emptied field is no key
    bad = yaml.safe_load(after)
    bad["slogans"].append({"id": "Sai Mã", "text": "x"})
    refused = user.save("campaign.yml", yaml.safe_dump(bad, allow_unicode=True), "slogans")
    assert refused.status_code == 422 and "slogans" in refused.json["error"]


def test_a_list_part_keeps_the_users_comments_and_order_of_keys(tmp_path: Path) -> None:
    """Saving the slogans rewrote the whole list in the order of keys of the form, its
    comments lost: now an item left as it was keeps its text, a changed one its place,
    its comments, its order of keys and the lines of the keys not changed (a folded
    text); units written one a line stay so."""
    app = editor_app(tmp_path)
    path = app.root / "campaign.yml"
    mine = (
        "slogans:\n"
        "  # Chủ đề của kế hoạch: giữ ở đầu.\n"
        "  - id: suc-khoe\n"
        "    text: Sức khỏe là vàng  # như trong Kế hoạch\n"
        "  # Khẩu hiệu thứ hai, của Trạm Y tế.\n"
        "  - text: Phòng bệnh hơn chữa bệnh\n"
        "    id: phong-benh\n"
        "    # Nguồn: bản tin của trạm.\n"
        "    source: >-\n"
        "      Trạm Y tế\n"
        "      xã Thử\n"
    )
    text = path.read_text(encoding="utf-8").replace(SLOGANS.split("\n", 1)[1], mine)
    text = text.replace(
        "  - {id: tram-y-te, name: Trạm Y tế xã Thử, level: xã}\n",
        "  - {id: tram-y-te, name: Trạm Y tế xã Thử, level: xã}\n"
        "  # Đơn vị phối hợp.\n  - {id: ubnd-xa, name: Ủy ban nhân dân xã Thử, level: xã}\n",
    )
    path.write_text(text, encoding="utf-8")
    user = Browser(app)
    user.login("an", account(app, "an"))
    data = yaml.safe_load(user.api("getEntry", path="campaign.yml").json["data"])
    data["slogans"][1]["text"] = "Phòng bệnh là chính"
    data["slogans"].append({"id": "moi", "text": "Vì sức khỏe cộng đồng", "short": ""})
    assert user.save("campaign.yml", yaml.safe_dump(data), "slogans").status_code == 200
    after = path.read_text(encoding="utf-8")
    assert (
        mine.replace("hơn chữa bệnh", "là chính")
        + ("  - id: moi\n    text: Vì sức khỏe cộng đồng\n")
        in after
    ), after
    data = yaml.safe_load(user.api("getEntry", path="campaign.yml").json["data"])
    data["units"][1]["name"] = "UBND xã Thử"
    assert user.save("campaign.yml", yaml.safe_dump(data), "units").status_code == 200
    after = path.read_text(encoding="utf-8")
    assert (
        "  - {id: tram-y-te, name: Trạm Y tế xã Thử, level: xã}\n"
        "  # Đơn vị phối hợp.\n  - {id: ubnd-xa, name: UBND xã Thử, level: xã}\n" in after
    ), after
    assert [s.id for s in load_campaign(path).slogans] == ["suc-khoe", "phong-benh", "moi"]


# Paths: nothing outside the campaign folder --------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "../bi-mat.txt",
        "docs/../../bi-mat.txt",
        "/etc/passwd",
        "docs\\..\\..\\bi-mat.txt",
        ".cache/admin/tai-khoan.json",
        ".git/config",
        "mkdocs.yml",
        "docs/./tin.md",
        "",
    ],
)
def test_paths_outside_what_the_editor_may_touch_are_refused(tmp_path: Path, path: str) -> None:
    app = editor_app(tmp_path)
    (tmp_path / "bi-mat.txt").write_text("bí mật", encoding="utf-8")
    user = Browser(app)
    user.login("an", account(app, "an"))
    for response in (
        user.api("getEntry", path=path),
        user.api("getMediaFile", path=path),
        user.save(path, POST.format(extra="")),
        user.api("deleteFiles", paths=[path]),
        user.api(
            "persistMedia",
            asset={"path": path, "content": base64.b64encode(b"x").decode(), "encoding": "base64"},
        ),
    ):
        assert response.status_code in (400, 422), response.json
        assert "bí mật" not in json.dumps(response.json, ensure_ascii=False)
    assert (tmp_path / "bi-mat.txt").read_text(encoding="utf-8") == "bí mật"


def test_symbolic_links_are_not_followed(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    outside = tmp_path / "ngoai"
    outside.mkdir()
    (outside / "bi-mat.md").write_text("---\ntitle: bí mật\n---\n", encoding="utf-8")
    (app.root / "docs" / "lien-ket").symlink_to(outside)
    (app.root / "docs" / "tin-tuc" / "posts" / "lien-ket.md").symlink_to(outside / "bi-mat.md")
    (app.root / "anh" / "tai-khoan.jpg").symlink_to(app.accounts.path)
    user = Browser(app)
    user.login("an", account(app, "an"))
    for path in ("docs/lien-ket/bi-mat.md", "docs/tin-tuc/posts/lien-ket.md"):
        assert user.api("getEntry", path=path).status_code == 400
        assert user.save(path, POST.format(extra="")).status_code == 400
    assert user.api("getMediaFile", path="anh/tai-khoan.jpg").status_code == 400
    listed = user.api("entriesByFolder", folder="docs/tin-tuc/posts", extension="md", depth=2)
    assert all("bí mật" not in (e["data"] or "") for e in listed.json)
    media = user.api("getMedia", mediaFolder="anh")
    assert media.status_code == 200 and media.json == []
    assert (outside / "bi-mat.md").read_text(encoding="utf-8").startswith("---\ntitle: bí mật")


def test_photo_upload_must_be_a_photo_in_anh(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    user = Browser(app)
    user.login("an", account(app, "an"))
    content = base64.b64encode(b"\xff\xd8anh").decode()
    script = user.api(
        "persistMedia", asset={"path": "anh/x.html", "content": content, "encoding": "base64"}
    )
    assert script.status_code == 400
    wrong_folder = user.api(
        "persistMedia", asset={"path": "docs/x.jpg", "content": content, "encoding": "base64"}
    )
    assert wrong_folder.status_code == 400
    good = user.api(
        "persistMedia", asset={"path": "anh/x.jpg", "content": content, "encoding": "base64"}
    )
    assert good.status_code == 200 and good.json["path"] == "anh/x.jpg"
    assert _git(app.root, "log", "-1", "--format=%an") == "Cán bộ an\n"


def test_a_failed_build_is_an_error_on_the_publish_page(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    app.build = lambda root: (False, "docs/tin.md:3: title: cần có giá trị")
    publisher = Browser(app)
    publisher.login("lan", account(app, "lan", "publisher"))
    publisher.client.post("/admin/xuat-ban", data={"csrf": publisher.csrf})
    page = _settled(publisher, "Đang dựng")
    assert '<p class="error" role="status">Trang chưa dựng được' in page
    assert "docs/tin.md:3: title: cần có giá trị" in page
    ended = [e for e in app.audit.entries() if e["action"] == "xuất bản: kết thúc"]
    assert ended[-1]["done"] is False


def test_a_refused_action_says_first_what_was_not_done(tmp_path: Path) -> None:
    """Decap shows the server's message alone (start.js, admin.js): it must say what was
    not done, and when and by whom the file changed in words staff read (Decap put
    "Không thể giữ lại mục: API_ERROR:" before a bare "ảnh cần là tệp …" and git's
    "2025-03-10T08:05:00+00:00")."""
    app = editor_app(tmp_path)
    first, second = Browser(app), Browser(app)
    first.login("an", account(app, "an"))
    second.login("lan", account(app, "lan"))
    content = base64.b64encode(b"\xff\xd8anh").decode()
    upload = first.api(
        "persistMedia", asset={"path": "anh/x.html", "content": content, "encoding": "base64"}
    )
    assert upload.json["error"].startswith("Chưa tải ảnh lên: ảnh cần là tệp .jpg")
    outside = first.save("../ngoai.md", POST.format(extra=""))
    assert outside.status_code == 400 and outside.json["error"].startswith("Chưa lưu: ")
    kept = first.api("deleteFiles", paths=["campaign.yml"])
    assert kept.status_code == 403 and kept.json["error"].startswith("Chưa xóa: ")
    assert first.save(NEWS, POST.format(extra="")).status_code == 200
    second.api("getEntry", path=NEWS)
    assert first.save(NEWS, POST.format(extra="broadcast: true\n")).status_code == 200
    stale = second.save(NEWS, POST.format(extra="draft: true\n")).json["error"]
    assert re.search(r"^Chưa lưu: \S+ đã được sửa bởi Cán bộ an lúc \d\d:\d\d ngày "
                     r"\d\d/\d\d/\d{4}, sau khi bạn mở", stale), stale  # fmt: skip
    # Changed on disk, never committed: git's last author did not write it.
    second.api("getEntry", path=NEWS)
    (app.root / NEWS).write_text(POST.format(extra="priority: khẩn cấp\n"), encoding="utf-8")
    by_hand = second.save(NEWS, POST.format(extra="draft: true\n")).json["error"]
    assert "đã được sửa ngoài trình soạn thảo, sau khi bạn mở" in by_hand, by_hand


# The forms match the schemas ---------------------------------------------------------


@pytest.mark.parametrize("model", [NewsMeta, ProfileMeta])
def test_form_fields_are_the_schema_fields(model: type[NewsMeta] | type[ProfileMeta]) -> None:
    fields = {f["name"]: f for f in fields_for(model)}
    for name, field in fields.items():
        info = model.model_fields[name]
        assert field["required"] == info.is_required(), name
    required = {n for n, i in model.model_fields.items() if i.is_required()}
    assert required <= set(fields)


@pytest.mark.parametrize(
    ("model", "photo", "label"),
    [
        (NewsMeta, "cover", "Mô tả ảnh bìa (bắt buộc khi có ảnh bìa)"),
        (ProfileMeta, "photo", "Mô tả ảnh (bắt buộc khi có ảnh chân dung)"),
    ],
)
def test_a_photo_description_is_labelled_required_with_its_photo(
    model: type[NewsMeta] | type[ProfileMeta], photo: str, label: str
) -> None:
    """Decap marked the description "(không bắt buộc)" (the form may leave it empty),
    though a save with a photo and no description is refused: the label says when it
    is required, and start.js hides Decap's mark for the fields named here."""
    alt = next(n for n, other in REQUIRED_WHEN.items() if other == photo)
    field = next(f for f in fields_for(model) if f["name"] == alt)
    assert field["label"] == label
    assert field["campaign_required_when"] == photo and field["required"] is False
    assert "bắt buộc" not in field["hint"]
    # The model's own rule: a photo without this description is refused, naming it.
    base = {"title": "T", "date": "2025-02-10", "summary": "S", "name": "N", "kind": "cá nhân"}
    base |= {"honour": "Thầy thuốc Nhân dân"}
    data = {k: v for k, v in base.items() if k in model.model_fields}
    model.model_validate(data)
    with pytest.raises(ValidationError) as refused:
        model.model_validate({**data, photo: "anh/a.jpg"})
    assert refused.value.errors()[0]["ctx"]["field"] == alt


def test_config_offers_the_campaign_units_and_events(flagship: Path) -> None:
    campaign = load_campaign(flagship / "campaign.yml")
    config = decap_config(campaign)
    assert config["backend"]["name"] == "proxy" and config["backend"]["proxy_url"] == "/api/v1"
    assert config["locale"] == "vi" and config["media_folder"] == "anh"
    news = next(c for c in config["collections"] if c["name"] == "news")
    unit = next(f for f in news["fields"] if f["name"] == "unit")
    assert [o["value"] for o in unit["options"]] == [u.id for u in campaign.units]
    cover = next(f for f in news["fields"] if f["name"] == "cover")
    assert cover["widget"] == "image"
    sections = {
        f["name"]
        for f in next(c for c in config["collections"] if c["name"] == "campaign")["files"]
    }
    assert sections == {"slogans", "events", "units", "contacts"}
    label = next(c for c in config["collections"] if c["name"] == "campaign")["label"]
    assert label == "Dữ liệu kế hoạch"


def test_the_campaign_data_is_named_by_the_documents_kind(flagship: Path) -> None:
    # A decision's editor never calls its data a plan's (issue 16).
    path = flagship / "campaign.yml"
    text = path.read_text(encoding="utf-8")
    assert "  kind: Kế hoạch\n" in text
    path.write_text(text.replace("  kind: Kế hoạch\n", "  kind: Quyết định\n", 1), "utf-8")
    config = decap_config(load_campaign(path))
    [data] = [c for c in config["collections"] if c["name"] == "campaign"]
    assert data["label"] == "Dữ liệu quyết định"


def test_keys_the_form_does_not_show_are_kept(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    user = Browser(app)
    user.login("an", account(app, "an"))
    assert user.save(NEWS, POST.format(extra="")).status_code == 200
    saved = (app.root / NEWS).read_text(encoding="utf-8")
    assert "slug: kham-benh" in saved  # a new item's address is fixed at creation
    user.api("getEntry", path=NEWS)
    (app.root / NEWS).write_text(saved.replace("slug:", "tags: [tiêm chủng]\nslug:"), "utf-8")
    user.api("getEntry", path=NEWS)
    # The form sends back only its fields, with a new title: slug and tags stay.
    edited = POST.format(extra="").replace("Khám bệnh miễn phí", "Khám bệnh miễn phí cho người già")
    assert user.save(NEWS, edited).status_code == 200
    meta = yaml.safe_load((app.root / NEWS).read_text(encoding="utf-8").split("---")[1])
    assert meta["slug"] == "kham-benh" and meta["tags"] == ["tiêm chủng"]
    assert meta["title"] == "Khám bệnh miễn phí cho người già"


def test_word_file_goes_through_import_docx(tmp_path: Path) -> None:
    from io import BytesIO

    from tests.wordfiles import word_document

    app = editor_app(tmp_path)
    user = Browser(app)
    user.login("an", account(app, "an"))
    document = word_document()
    document.add_heading("Ra quân vệ sinh môi trường", level=1)
    document.add_paragraph("Sáng 20/02, Trạm Y tế xã phối hợp Đoàn Thanh niên ra quân.")
    word = BytesIO()
    document.save(word)
    word.seek(0)
    response = user.client.post(
        "/admin/word",
        data={
            "csrf": user.csrf,
            "ngay": "20/02/2025",
            "don_vi": "tram-y-te",
            "tep": (word, "bai-viet.docx"),
        },
    )
    assert response.status_code == 303
    assert response.headers["Location"].endswith(
        "/collections/news/entries/ra-quan-ve-sinh-moi-truong"
    )
    post = app.root / "docs/tin-tuc/posts/ra-quan-ve-sinh-moi-truong.md"
    assert "unit: tram-y-te" in post.read_text(encoding="utf-8")
    assert _git(app.root, "log", "-1", "--format=%an") == "Cán bộ an\n"
    assert _git(app.root, "status", "--porcelain", "--", "docs") == ""
    not_word = user.client.post(
        "/admin/word", data={"csrf": user.csrf, "tep": (BytesIO(b"MZ"), "virus.exe")}
    )
    assert not_word.status_code == 400


def test_a_campaign_inside_a_repository_uses_that_repository(tmp_path: Path) -> None:
    app = editor_app(tmp_path)  # the campaign folder got its own repository
    inner = app.root / "examples" / "khac"
    inner.mkdir(parents=True)
    (inner / "campaign.yml").write_text("site: {}\n", encoding="utf-8")
    _git(app.root, "add", "-A")
    _git(app.root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "khac")
    from campaign.admin.history import History

    assert History(inner).ensure_repo() is False
    assert not (inner / ".git").exists()


def test_a_campaign_folder_its_enclosing_repository_does_not_keep_gets_its_own(
    tmp_path: Path,
) -> None:
    """A campaign made inside another clone and never added to it: the editor's saves
    were commits in that clone, on whatever branch it had checked out."""
    app = editor_app(tmp_path)
    inner = app.root / "chien-dich-moi"
    inner.mkdir()
    (inner / "campaign.yml").write_text("site: {}\n", encoding="utf-8")
    outer_head = _git(app.root, "rev-parse", "HEAD")
    from campaign.admin.history import History

    assert History(inner).ensure_repo() is True
    assert (inner / ".git").is_dir()
    assert _git(inner, "log", "--format=%s") == "Bắt đầu lưu lịch sử nội dung chiến dịch\n"
    assert _git(app.root, "rev-parse", "HEAD") == outer_head
    assert History(inner).ensure_repo() is False  # the second start keeps it


def test_a_campaign_folder_whose_pages_the_repository_keeps_gets_no_second_git(
    tmp_path: Path,
) -> None:
    """The user's repository tracks the folder's pages, campaign.yml not added yet: a
    .git made there would give those tracked files a second history."""
    app = editor_app(tmp_path)
    inner = app.root / "chien-dich-cua-toi"
    (inner / "docs").mkdir(parents=True)
    (inner / "docs" / "index.md").write_text("# Trang chủ\n", encoding="utf-8")
    _git(app.root, "add", "chien-dich-cua-toi/docs/index.md")
    _git(app.root, "commit", "-q", "-m", "trang")
    (inner / "campaign.yml").write_text("site: {}\n", encoding="utf-8")
    from campaign.admin.history import History

    assert History(inner).ensure_repo() is False
    assert not (inner / ".git").exists()


def test_photos_are_shown_to_logged_in_staff_only(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    (app.root / "anh" / "2025-02-20-tin").mkdir()
    (app.root / "anh" / "2025-02-20-tin" / "anh-1.jpg").write_bytes(b"\xff\xd8jpeg")
    (app.root / "anh" / "ghi-chu.txt").write_text("không phải ảnh", encoding="utf-8")
    user = Browser(app)
    assert user.client.get("/admin/anh/2025-02-20-tin/anh-1.jpg").status_code == 401
    user.login("an", account(app, "an"))
    shown = user.client.get("/admin/anh/2025-02-20-tin/anh-1.jpg")
    assert shown.status_code == 200 and shown.mimetype == "image/jpeg"
    assert shown.data == b"\xff\xd8jpeg"
    for refused in ("ghi-chu.txt", "../campaign.yml", "..%2Fcampaign.yml", "khong-co.jpg"):
        assert user.client.get(f"/admin/anh/{refused}").status_code == 404


def test_photo_in_a_subfolder_is_found_by_its_name(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    (app.root / "anh" / "minh-hoa").mkdir()
    (app.root / "anh" / "minh-hoa" / "le.jpg").write_bytes(b"\xff\xd8le")
    user = Browser(app)
    user.login("an", account(app, "an"))
    # Decap asks for media_folder + file name, whatever subfolder the entry names.
    found = user.api("getMediaFile", path="anh/le.jpg")
    assert found.status_code == 200 and found.json["path"] == "anh/minh-hoa/le.jpg"
    (app.root / "anh" / "khac").mkdir()
    (app.root / "anh" / "khac" / "le.jpg").write_bytes(b"\xff\xd8khac")
    assert user.api("getMediaFile", path="anh/le.jpg").status_code == 404  # two: no guess


def test_the_photo_dialog_lists_subfolders_and_a_pick_is_saved_with_its_folder(
    tmp_path: Path,
) -> None:
    app = editor_app(tmp_path)
    (app.root / "anh" / "minh-hoa").mkdir()
    (app.root / "anh" / "minh-hoa" / "le.jpg").write_bytes(b"\xff\xd8le")
    (app.root / "anh" / "minh-hoa" / "ghi-chu.txt").write_text("không phải ảnh", "utf-8")
    user = Browser(app)
    user.login("an", account(app, "an"))
    # Listed as in anh/ itself: Decap shows only what is directly in its media folder.
    listed = user.api("getMedia", mediaFolder="anh")
    assert [(m["path"], m["name"]) for m in listed.json] == [("anh/le.jpg", "le.jpg")]
    assert base64.b64decode(listed.json[0]["content"]) == b"\xff\xd8le"
    # Decap writes a picked photo as public_folder + its name: the save puts the folder back.
    cover = "cover: anh/le.jpg\ncover_alt: Lễ kỷ niệm.\n"
    checked = user.api("validateEntry", collection="news", path=NEWS, data={
        "title": "Khám bệnh", "date": "2025-03-10", "summary": "Tóm tắt.",
        "cover": "anh/le.jpg", "cover_alt": "Lễ kỷ niệm.", "body": "Bài.",
    })  # fmt: skip
    assert checked.status_code == 200 and checked.json["problems"] == []
    assert user.save(NEWS, POST.format(extra=cover)).status_code == 200
    saved = (app.root / NEWS).read_text(encoding="utf-8")
    assert "cover: anh/minh-hoa/le.jpg\n" in saved and "anh/le.jpg" not in saved
    # A photo of that name at the top of anh/ is the one named (and the only one listed).
    (app.root / "anh" / "le.jpg").write_bytes(b"\xff\xd8top")
    listed = user.api("getMedia", mediaFolder="anh")
    assert [base64.b64decode(m["content"]) for m in listed.json] == [b"\xff\xd8top"]
    user.api("getEntry", path=NEWS)
    assert user.save(NEWS, POST.format(extra=cover)).status_code == 200
    assert "cover: anh/le.jpg\n" in (app.root / NEWS).read_text(encoding="utf-8")
    # Two in subfolders: no guess, both named.
    (app.root / "anh" / "le.jpg").unlink()
    (app.root / "anh" / "khac").mkdir()
    (app.root / "anh" / "khac" / "le.jpg").write_bytes(b"\xff\xd8khac")
    user.api("getEntry", path=NEWS)
    refused = user.save(NEWS, POST.format(extra=cover))
    assert refused.status_code == 422
    assert "anh/khac/le.jpg, anh/minh-hoa/le.jpg" in refused.json["error"]
    # Deleted from the dialog, where it is listed as anh/<its name>: that photo goes.
    (app.root / "anh" / "khac" / "le.jpg").unlink()
    _git(app.root, "add", "anh")
    _git(app.root, "commit", "-qm", "ảnh")
    assert user.api("deleteFiles", paths=["anh/le.jpg"]).status_code == 200
    assert not (app.root / "anh" / "minh-hoa" / "le.jpg").exists()


def test_a_photo_git_never_knew_is_deleted_from_the_dialog(tmp_path: Path) -> None:
    # Round 8 found a 500 here: the photo was copied into anh/ by hand, never committed,
    # and git refused its path once it was gone from disk.
    app = editor_app(tmp_path)
    (app.root / "anh").mkdir(exist_ok=True)
    (app.root / "anh" / "chep-tay.jpg").write_bytes(b"\xff\xd8hand")
    (app.root / "anh" / "da-luu.jpg").write_bytes(b"\xff\xd8kept")
    _git(app.root, "add", "anh/da-luu.jpg")
    _git(app.root, "commit", "-qm", "ảnh")
    user = Browser(app)
    user.login("an", account(app, "an"))
    deleted = user.api("deleteFiles", paths=["anh/chep-tay.jpg", "anh/da-luu.jpg"])
    assert deleted.status_code == 200, deleted.json
    assert not (app.root / "anh" / "chep-tay.jpg").exists()
    assert not (app.root / "anh" / "da-luu.jpg").exists()
    # The tracked one's removal is committed, with the account as author.
    assert _git(app.root, "ls-files", "anh").strip() == ""
    assert _git(app.root, "log", "-1", "--format=%an").strip() != "Công cụ chiến dịch"


@pytest.mark.parametrize("folder", ["anh/..", "anh/../..", "../anh", "/etc", "anh/minh-hoa/.."])
def test_the_photo_dialog_stays_in_the_campaign(tmp_path: Path, folder: str) -> None:
    app = editor_app(tmp_path)
    (tmp_path / "bi-mat.jpg").write_bytes(b"\xff\xd8secret")
    user = Browser(app)
    user.login("an", account(app, "an"))
    assert user.api("getMedia", mediaFolder=folder).status_code == 400
    # A cover naming a path out of anh/ is kept as written, and refused by the check.
    for cover in ("anh/../bi-mat.jpg", "anh/../../bi-mat.jpg"):
        response = user.save(NEWS, POST.format(extra=f"cover: {cover}\ncover_alt: Ảnh.\n"))
        assert response.status_code == 422, response.json
        assert not (app.root / NEWS).exists()


# Releases from the editor (the release commands faked; tests/test_admin_browser.py
# runs them for real against sshd and nginx) ------------------------------------------

PUBLISH = (
    "publish:\n  host: web.vi-du.vn\n  user: chiendich\n  path: /srv/chien-dich\n  identity: khoa\n"
)


def _configured(app: Any) -> None:
    with (app.root / "campaign.yml").open("a", encoding="utf-8") as out:
        out.write(PUBLISH)
    (app.root / "khoa").write_text("khóa giả\n", encoding="utf-8")
    (app.root / "known_hosts").write_text("web.vi-du.vn ssh-ed25519 AAAA\n", encoding="utf-8")


def _settled(browser: Browser, busy: str = "Đang ") -> str:
    """The publish page once the background job is done (the page reloads itself).
    The deadline is generous: on a loaded machine the job's thread may wait its turn."""
    deadline = time.monotonic() + 120
    while True:
        page = browser.client.get("/admin/xuat-ban").text
        if busy not in page:
            return page
        if time.monotonic() > deadline:
            raise AssertionError(page)
        time.sleep(0.05)


def test_publish_runs_the_release_command_and_shows_the_gate_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = editor_app(tmp_path)
    _configured(app)
    monkeypatch.setattr(app_module, "release_list", lambda root: ReleaseList([]))
    said: list[tuple[int, str, str]] = [
        (
            1,
            "",
            "docs/tin-tuc/posts/a.md:8: liên kết 'x.md' trỏ tới trang không tồn tại\n"
            "campaign.yml:2: site.url: cần địa chỉ thật <b>\n\n"
            "Có 2 lỗi cần sửa; chưa gửi gì lên máy chủ, trang đang công bố giữ nguyên.",
        )
    ]
    commands: list[str] = []

    def runner(root: Path, command: str) -> tuple[int, str, str]:
        commands.append(command)
        return said.pop(0)

    app.runner = runner
    app.build = lambda root: pytest.fail("with publish: the release command builds")
    publisher = Browser(app)
    publisher.login("lan", account(app, "lan", "publisher"))
    publisher.client.post("/admin/xuat-ban", data={"csrf": publisher.csrf})
    page = _settled(publisher)
    assert commands == ["publish"]
    assert "Chưa xuất bản: có 2 lỗi cần sửa; chưa gửi gì lên máy chủ" in page
    assert "docs/tin-tuc/posts/a.md:8: liên kết &#39;x.md&#39; trỏ tới" in page
    assert "địa chỉ thật &lt;b&gt;" in page and "<b>" not in page  # escaped
    assert "Chưa có bản nào trên máy chủ." in page
    said.append((0, "Đã công bố bản 20250227T080000Z-1a2b3c4d (gửi lúc …).", "Gửi bản…"))
    publisher.client.post("/admin/xuat-ban", data={"csrf": publisher.csrf})
    page = _settled(publisher)
    assert 'class="ok" role="status">Đã công bố bản 20250227T080000Z-1a2b3c4d' in page


def test_rollback_is_for_publishers_confirmed_locked_and_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = editor_app(tmp_path)
    _configured(app)
    first, second = "20250227T080000Z-1a2b3c4d", "20250228T080000Z-5e6f7a8b"
    served = {"name": second}
    switched: list[tuple[str, bool]] = []

    def listed(target: Any, tools: Any = None) -> list[Release]:
        return [Release(n, n == served["name"]) for n in (first, second)]

    def back(target: Any, log: Any = None, tools: Any = None) -> Release:
        switched.append((served["name"], bool(buildlock._held.get(app.root.resolve()))))
        served["name"] = first
        return Release(first, True)

    monkeypatch.setattr(release_module, "releases", listed)
    monkeypatch.setattr(release_module, "rollback", back)
    editor, publisher = Browser(app), Browser(app)
    editor.login("an", account(app, "an", "editor"))
    publisher.login("lan", account(app, "lan", "publisher"))
    assert editor.client.get("/admin/quay-lai").status_code == 403
    refused = editor.client.post("/admin/quay-lai", data={"csrf": editor.csrf, "tu": second})
    assert refused.status_code == 403
    assert publisher.client.post("/admin/quay-lai", data={"tu": second}).status_code == 403
    assert not switched
    # The editor links to the publish page, which lists the releases; its link leads
    # to a confirmation step.
    assert 'href="/admin/xuat-ban"' in publisher.client.get("/admin/").text
    assert 'href="/admin/xuat-ban"' not in editor.client.get("/admin/").text
    page = publisher.client.get("/admin/xuat-ban").text
    assert page.index(second) < page.index(first)  # newest first
    assert "— đang công bố" in page and 'href="/admin/quay-lai"' in page
    confirm = publisher.client.get("/admin/quay-lai").text
    assert f'name="tu" value="{second}"' in confirm and "bạn đọc sẽ thấy lại bản" in confirm
    started = publisher.client.post("/admin/quay-lai", data={"csrf": publisher.csrf, "tu": second})
    assert started.status_code == 303
    page = _settled(publisher)
    assert switched == [(second, True)]  # under the build lock
    assert f"Trang công bố đã quay lại bản {first}" in page
    # A confirmation made before someone else's rollback does nothing.
    publisher.client.post("/admin/quay-lai", data={"csrf": publisher.csrf, "tu": second})
    page = _settled(publisher)
    assert "bản đang công bố đã đổi" in page and len(switched) == 1
    actions = [(e["who"], e["action"]) for e in app.audit.entries()]
    assert ("lan", "quay lại bản trước: bắt đầu") in actions
    assert sum(a == "quay lại bản trước: kết thúc" for _, a in actions) == 2


def test_preview_gets_the_site_stylesheets_from_the_installed_theme(tmp_path: Path) -> None:
    app = editor_app(tmp_path)
    user = Browser(app)
    campaign_css = user.client.get("/admin/site/campaign.css")
    assert campaign_css.status_code == 200 and campaign_css.mimetype == "text/css"
    assert "--md-primary-fg-color: #be0f2a" in campaign_css.text
    material = user.client.get("/admin/site/material.css")
    assert material.status_code == 200 and ".md-typeset" in material.text
    # Nothing the preview fetches from elsewhere (Material's icons are inline SVG).
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", material.text + campaign_css.text)
    for name in ("main.css", "..%2Fapp.py", "campaign.js"):
        assert user.client.get(f"/admin/site/{name}").status_code == 404
    page = Browser(app)
    page.login("an", account(app, "an"))
    editor = page.client.get("/admin/").text
    assert editor.index("decap-cms.js") < editor.index("fields.js") < editor.index("start.js")
    assert editor.index("preview.js") < editor.index("start.js")
    # fields.js wraps the date widget date.js puts in place of Decap's.
    assert editor.index("decap-cms.js") < editor.index("date.js") < editor.index("fields.js")


def test_the_news_list_is_newest_first_with_each_day() -> None:
    """Decap listed the news by title with no date: staff looking for last week's
    item read the whole list."""
    news = next(c for c in decap_config(None)["collections"] if c["name"] == "news")
    assert news["summary"] == "{{date | date('DD/MM/YYYY')}} · {{title}}"
    assert news["sortable_fields"][0] == {
        "field": "date",
        "label": "Ngày đăng",
        "default_sort": "desc",
    }
