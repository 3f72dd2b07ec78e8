"""A plan as real ones come: no communes, nothing dated, one short purpose, a title
longer than Word's 255-character properties. `init` then `build` must succeed, with
warnings that name the real field, and the site must claim nothing the plan does not say."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from campaign.cli import main
from tests.conftest import ROOT

PLAN = ROOT / "tests" / "plans" / "tuyen-truyen-tan-hoa.md"
SHORT_TITLE = "**Tuyên truyền Ngày Thầy thuốc Việt Nam**"
# A province's title as plans write them: one sentence of well over 255 characters.
LONG_TITLE = (
    "**Tuyên truyền Ngày Thầy thuốc Việt Nam, thực hiện Chương trình mục tiêu quốc gia "
    "về y tế - dân số giai đoạn 2021 - 2025, nâng cao chất lượng chăm sóc sức khỏe ban đầu "
    "cho nhân dân trên địa bàn xã, gắn với phong trào thi đua “Cán bộ y tế cơ sở làm theo "
    "lời Bác” và cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2025**"
)


@pytest.mark.build
def test_an_awkward_plan_builds_with_located_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = PLAN.read_text(encoding="utf-8")
    assert SHORT_TITLE in text and len(LONG_TITLE) > 255
    plan = tmp_path / "ke-hoach.md"
    plan.write_text(text.replace(SHORT_TITLE, LONG_TITLE), encoding="utf-8")
    folder = tmp_path / "chien-dich"
    assert main(["init", "--from-plan", str(plan), str(folder)]) == 0
    capsys.readouterr()
    # The commune publishes at a real address (init leaves a placeholder, and the
    # kit's pre-press gate keeps QR-bearing formats such as the leaflet out of it).
    for name in ("campaign.yml", "mkdocs.yml"):
        path = folder / name
        text = path.read_text(encoding="utf-8").replace(
            "https://ten-mien.example/", "https://tanhoa.vi-du.vn/"
        )
        path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-06-01")  # after the plan's date

    assert main(["-C", str(folder), "build"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "ValueError" not in err
    warnings = [line for line in err.splitlines() if line.startswith("Lưu ý: ")]
    # One warning: the leaflet's second panel, named by the field that would fill it.
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith("Lưu ý: campaign.yml:")
    assert ": activities: ấn phẩm 'to-roi-a4-trong/" in warnings[0]
    assert "tấm 2 không có gì để in" in warnings[0] and "communes" not in warnings[0]
    assert "ảnh vẫn được in: để trống tiêu đề tấm 2, nội dung tấm 2" in warnings[0]

    site = folder / "site"
    # No slogan, so no outside to print it behind: the inside is a PDF of its own.
    assert not list((site / "bo-an-pham" / "to-roi-a4").glob("*.pdf"))
    [leaflet] = list((site / "bo-an-pham" / "to-roi-a4-trong").glob("*.pdf"))
    # Printed with its empty panel left out.
    assert "mục đích" in PdfReader(leaflet).pages[0].extract_text().casefold()
    sheets = list((site / "truyen-thanh").rglob("*.docx"))
    assert sheets
    for sheet in sheets:
        title = docx.Document(str(sheet)).core_properties.title
        assert len(title) <= 255
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for claim in ("Đã diễn ra", "đã diễn ra", "quá hạn", "đã kết thúc"):
            assert claim not in html, (page.relative_to(site), claim)
