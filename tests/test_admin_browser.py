"""Staff in Chromium: log in, write a news item with a photo in Decap, see the error for a
missing photo description next to the save, fix it, save; the file and its commit are there."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from .admin_server import running_admin
from .browser import launch
from .scratch import post, scratch

pytestmark = [pytest.mark.browser, pytest.mark.server]

SLUG = "tiem-chung-mo-rong-tai-xa-tan-doan"


def test_news_item_with_a_photo_through_the_decap_ui(tmp_path: Path) -> None:
    root = scratch(tmp_path / "chien-dich")
    photo = tmp_path / "tiem-chung.jpg"
    Image.new("RGB", (800, 600), (40, 120, 180)).save(photo, quality=80)
    with running_admin(root) as (base, password), launch() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        page.goto(base + "/admin/")
        page.fill("#ten", "quantri")
        page.fill("#mat-khau", password)
        page.click("button[type=submit]")
        # Decap's own screen for the proxy backend: the session already exists.
        page.get_by_role("button", name="Đăng nhập").click()
        page.get_by_text("Tin tức").first.wait_for()
        page.goto(base + "/admin/#/collections/news/new")
        page.get_by_label("Tiêu đề").fill("Tiêm chủng mở rộng tại xã Tân Đoàn")
        page.get_by_label("Ngày").fill("2025-02-25")
        page.get_by_label("Tóm tắt").fill("Trạm Y tế xã tổ chức tiêm chủng cho trẻ em.")
        page.get_by_text("Chọn một hình").click()
        with page.expect_file_chooser() as chooser:
            page.get_by_text("Tải lên").first.click()
        chooser.value.set_files(str(photo))
        page.get_by_role("button", name="Chọn", exact=False).last.click()
        page.get_by_role("button", name="Công bố").first.click()
        page.get_by_text("Công bố ngay").click()
        error = page.get_by_text("Mô tả ảnh bìa (cover_alt)", exact=False)
        error.wait_for()
        assert "khi có ảnh bìa" in error.inner_text()
        assert not (root / "docs" / "tin-tuc" / "posts" / f"{SLUG}.md").exists()
        page.get_by_label("Mô tả ảnh bìa").fill("Điều dưỡng tiêm vắc xin cho một em bé")
        page.get_by_role("button", name="Công bố").first.click()
        page.get_by_text("Công bố ngay").click()
        page.wait_for_url(f"**/entries/{SLUG}")
        saved = (root / "docs" / "tin-tuc" / "posts" / f"{SLUG}.md").read_text(encoding="utf-8")
        assert "cover: anh/tiem-chung.jpg" in saved
        assert "cover_alt: Điều dưỡng tiêm vắc xin cho một em bé" in saved
        assert f"slug: {SLUG}" in saved
        assert (root / "anh" / "tiem-chung.jpg").read_bytes() == photo.read_bytes()
    log = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%an|%s", "--name-only"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert log.startswith("Quản trị|Tạo mục mới trong Tin tức")
    assert "anh/tiem-chung.jpg" in log and f"{SLUG}.md" in log


def _log_in(page: Any, base: str, password: str) -> None:
    page.goto(base + "/admin/")
    page.fill("#ten", "quantri")
    page.fill("#mat-khau", password)
    page.click("button[type=submit]")
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_text("Tin tức").first.wait_for()


def test_second_persons_stale_save_is_refused_in_the_ui(tmp_path: Path) -> None:
    root = scratch(tmp_path / "chien-dich")
    post(root, "tiem-chung", "Tiêm chủng")
    with running_admin(root) as (base, password), launch() as browser:
        first, second = (browser.new_context().new_page() for _ in range(2))
        entry = base + "/admin/#/collections/news/entries/tiem-chung"
        for page in (first, second):
            _log_in(page, base, password)
            page.goto(entry)
            page.get_by_label("Tóm tắt").wait_for()
        first.get_by_label("Tóm tắt").fill("Bản của người thứ nhất.")
        first.get_by_role("button", name="Công bố").first.click()
        first.get_by_text("Công bố ngay").click()
        first.get_by_text("Đã công bố").first.wait_for()
        second.get_by_label("Tóm tắt").fill("Bản của người thứ hai.")
        second.get_by_role("button", name="Công bố").first.click()
        second.get_by_text("Công bố ngay").click()
        second.get_by_text("không ghi đè", exact=False).wait_for()
        saved = (root / "docs" / "tin-tuc" / "posts" / "tiem-chung.md").read_text(encoding="utf-8")
        assert "Bản của người thứ nhất." in saved and "người thứ hai" not in saved
