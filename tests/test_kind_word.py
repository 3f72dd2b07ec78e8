"""A document of another kind is named by its own kind word in every sentence the tool
writes about it (issue 16): the pages, the broadcast page, a sample news note.

The campaign below is a decision whose own text never says "kế hoạch", so no page may:
every "kế hoạch" left would be a tool sentence that calls the decision a plan.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.broadcast.bulletin import build_bulletins, period_basis
from campaign.broadcast.schedule import build_schedule
from campaign.content.load import load_campaign
from campaign.content.model import Campaign
from campaign.content.schemas import NewsMeta
from campaign.importers.plan.init import init_from_plan
from campaign.pages import broadcast, generate_pages, news
from tests.conftest import CONFERENCE, PLANS

DECISION = (
    CONFERENCE.replace("plan:\n  issuer:", "plan:\n  kind: Quyết định\n  issuer:")
    .replace("Một kế hoạch hội nghị để kiểm thử.", "Một quyết định để kiểm thử.")
    .replace("  - unit: dang-uy-xa\n", "  - unit: dang-uy-xa\n    request: true\n")
    + """\
activities:
  - id: tuyen-truyen
    name: Tuyên truyền trên loa
    when: {start: 01/05/2023, end: 30/06/2023, focus_start: 01/06/2023, focus_end: 10/06/2023}
    includes: [topics]
  - id: kham
    name: Khám sức khỏe
    when: {start: 10/05/2023, end: 12/05/2023}
  - id: hop-dan
    name: Họp dân
topics: [Sức khỏe là vàng.]
"""
)


def _said(campaign: Campaign, today: dt.date) -> list[str]:
    bulletins = build_bulletins(campaign, [], [], today=today)
    schedule = build_schedule(bulletins, campaign)
    pages = [page.markdown for page in generate_pages(campaign, today)]
    pages.append(broadcast.render(campaign, bulletins, schedule, [], today))
    meta = NewsMeta(title="Tin thử", date=today, summary="Tin thử.", sample=True)
    pages.append(news.decorate(campaign, meta, "Nội dung.", ""))
    return pages


@pytest.mark.parametrize("focus", [True, False])
@pytest.mark.parametrize("today", ["2023-04-20", "2023-05-11", "2023-06-05", "2023-09-01"])
def test_a_decision_is_never_called_a_plan_by_the_tool(
    write_campaign: Callable[[str], Path], today: str, focus: bool
) -> None:
    text = DECISION if focus else DECISION.replace(", focus_start: 01/06/2023", "")
    text = text if focus else text.replace(", focus_end: 10/06/2023", "")
    assert "kế hoạch" not in text.casefold()
    campaign = load_campaign(write_campaign(text))
    assert period_basis(campaign) == ("focus" if focus else "activities")
    said = _said(campaign, dt.date.fromisoformat(today))
    plan_words = [
        m.group(0)
        for page in said
        for m in re.finditer(r".{0,40}kế hoạch.{0,40}", page, re.IGNORECASE)
    ]
    assert plan_words == []
    assert any("quyết định" in page for page in said)


def test_the_tool_sentences_name_the_decision(write_campaign: Callable[[str], Path]) -> None:
    # The sentences that said "kế hoạch" before, read on the pages they are on.
    campaign = load_campaign(write_campaign(DECISION))
    said = "\n".join(_said(campaign, dt.date(2023, 9, 1)))
    period = "Đợt phát thanh từ 01/06/2023 đến 10/06/2023, thời gian cao điểm trong quyết định"
    assert f"{period}: thời gian này đã qua." in said
    assert "Hạn trong quyết định: 12/05/2023 (đã qua)" in said
    assert "quyết định *đề nghị* đơn vị phối hợp thực hiện" in said
    assert "quyết định ghi: “Đăng ủy các xã, phường”" in said
    assert "**Địa điểm:** quyết định chưa ấn định" in said
    assert "soạn từ các hoạt động trong Quyết định;" in said
    assert "Nhiệm vụ của từng cơ quan, đơn vị theo quyết định, kèm thời hạn." in said
    unfocused = DECISION.replace(", focus_start: 01/06/2023, focus_end: 10/06/2023", "")
    campaign = load_campaign(write_campaign(unfocused))
    said = "\n".join(_said(campaign, dt.date(2023, 5, 11)))
    assert "Trong thời gian thực hiện quyết định</span>" in said
    assert "(từ ngày đầu đến ngày cuối của các hoạt động có thời gian trong quyết định)" in said


def test_the_import_report_names_the_decision(tmp_path: Path) -> None:
    # tests/plans/odd/quyet-dinh-kon-tum-06.txt is a Quyết định (line 16 "QUYẾT ĐỊNH").
    result = init_from_plan(PLANS / "odd" / "quyet-dinh-kon-tum-06.txt", tmp_path / "c")
    report = result.report
    assert report.startswith("# Báo cáo nhập quyết định: quyet-dinh-kon-tum-06.txt\n")
    assert "- Tên quyết định: QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ" in report
    assert "- site.name: rút từ tên quyết định (“" in report
    assert "kế hoạch" not in report.casefold()
    yml = (result.folder / "campaign.yml").read_text(encoding="utf-8")
    assert "Rút từ tên quyết định: có thể viết gọn lại." in yml
    assert "kế hoạch" not in yml.casefold()
