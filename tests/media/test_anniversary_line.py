"""The anniversary's own line (issue 20, leftover 5).

The dates used to ride on the sender line ("UBND huyện Văn Quan (27/02/1955 -
27/02/2025)"), which tied them to the committee; once taken off it, no short
slogan showed them anywhere. They are now a line of their own under the headline,
from campaign.yml's ``anniversary`` only, where a layout has a place for it and
the format has room (no other text shrinks for it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.media import compose
from campaign.media.display import TextRun
from campaign.media.kit import _job_texts, _texts, plan_kit, using_phrases
from campaign.media.render import measure
from campaign.project import load_project
from tests.conftest import MINIMAL

ROOT = Path(__file__).resolve().parents[2]
SPAN = "27/02/1955 - 27/02/2025"


def _flagship():  # type: ignore[no-untyped-def]
    project = load_project(ROOT)
    return project, plan_kit(project.campaign, project.source, ROOT)


def test_the_span_comes_from_the_campaign_and_never_rides_on_the_sender() -> None:
    project, _ = _flagship()
    campaign = project.campaign
    assert campaign.anniversary is not None and campaign.anniversary.since is not None
    texts = _texts(campaign, "Y tế Việt Nam - 70 năm làm theo lời Bác")
    assert texts["dates"] == SPAN
    assert "1955" not in texts["footer"] and "2025" not in texts["footer"]
    # A slogan that already says the dates is not given them twice.
    said = "Nhiệt liệt chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/02/1955 - 27/02/2025)!"
    assert "dates" not in _texts(campaign, said)


def test_without_a_start_date_no_span_is_made_up(tmp_path: Path) -> None:
    text = MINIMAL.replace("https://vi-du.example/", "https://truyenthong.vanquan.gov.vn/")
    (tmp_path / "campaign.yml").write_text(text, encoding="utf-8")
    campaign = load_project(tmp_path).campaign
    if campaign.anniversary is not None:
        campaign = campaign.model_copy(
            update={"anniversary": campaign.anniversary.model_copy(update={"since": None})}
        )
    assert "dates" not in _texts(campaign, "Sức khỏe là vàng")


@pytest.mark.slow
def test_its_own_line_where_the_format_has_room_and_nowhere_it_would_cost() -> None:
    _, jobs = _flagship()
    shown, withheld = set(), set()
    for job in jobs:
        if job.layout.id not in ("ap-phich", "the-doc"):
            continue
        with using_phrases(job.phrases):
            texts, ids = _job_texts(job)
            without = {k: v for k, v in texts.items() if k != "dates"}
            alone = measure(job.fmt, job.layout, without, qr_url=job.qr_url, emblem=job.emblem)
            if "dates" not in texts:
                withheld.add(job.stem)
                continue
            display, sizes = compose(
                job.fmt, job.layout, texts, qr_url=job.qr_url, emblem=job.emblem, text_ids=ids
            )
        shown.add(job.stem)
        # Room: every other text keeps the size it has without the dates line.
        assert all(sizes[slot] >= size for slot, size in alone.items()), job.stem
        runs = [op for op in display.ops if isinstance(op, TextRun) and op.text.strip()]
        [line] = [op for op in runs if SPAN in op.text]
        assert line.text.strip() == SPAN  # a line of its own, not part of another text
        slogan = [
            op
            for op in runs
            if op.size == sizes["slogan"]
            and len(op.text.strip()) > 3
            and op.text in texts["slogan"]
        ]
        assert slogan, job.stem
        assert line.baseline < min(op.baseline for op in slogan), job.stem  # above it
        assert sizes["dates"] < sizes["slogan"]
    # The vertical social images and the posters of the longer slogans have room.
    assert "mxh-doc/mxh-doc_1080x1350px_chu-de" in shown
    assert "ap-phich-a3/ap-phich-a3_297x420mm_phong-trao-ttyt" in shown
    # On the A0 poster of the theme the headline and slogan would shrink for it.
    assert "ap-phich-a0/ap-phich-a0_841x1189mm_chu-de" in withheld
