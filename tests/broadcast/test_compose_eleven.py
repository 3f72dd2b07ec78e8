"""Round 11's editor read (issue 17, item 4): an activity's place is said where its plan
gives it ("Địa điểm: …" after its time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.broadcast.bulletin import activity_place, project_bulletins
from campaign.content.model import Activity
from campaign.importers.plan.init import init_from_plan
from campaign.project import load_project
from tests.conftest import PLANS

CORPUS = PLANS / "corpus"


def _plan_bulletin(tmp_path_factory: pytest.TempPathFactory, plan: Path, today: str) -> str:
    folder = tmp_path_factory.mktemp(plan.stem[:8]) / "chien-dich"
    init_from_plan(plan, folder)
    project = load_project(folder, today=today)
    return next(b for b in project_bulletins(project) if b.id == "ke-hoach").reading


def test_the_vaccination_place_is_said_after_its_days(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "3. Tổ chức tiêm chủng: từ ngày 18/3/2024 đến ngày 24/3/2024 tại Trạm Y tế xã."
    # The bulletin said the days and left out where (round 10's note).
    plan = _plan_bulletin(tmp_path_factory, PLANS / "tiem-chung-an-phu.txt", "2024-03-02")
    assert (
        "Ba là, tổ chức tiêm chủng. Thời gian thực hiện từ ngày mười tám đến ngày hai mươi"
        " tư tháng ba năm hai nghìn không trăm hai mươi tư. Địa điểm: Trạm Y tế xã.\n"
    ) in plan + "\n"


def test_a_place_line_of_its_own_is_said(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Corpus 35: "- Địa điểm: Tại Phòng tiếp công dân của UBND xã hoặc Văn phòng …".
    plan = _plan_bulletin(tmp_path_factory, next(CORPUS.glob("35-*.txt")), "2025-12-10")
    assert (
        "Một là, tổ chức tiếp công dân về bầu cử. Địa điểm: Phòng tiếp công dân của Ủy ban"
        " nhân dân xã hoặc Văn phòng Ủy ban Mặt trận Tổ quốc xã Lương Minh."
    ) in plan


def _activity(*description: str, when_text: str | None = None) -> Activity:
    return Activity(id="a", name="Hoạt động", description=list(description), when_text=when_text)


@pytest.mark.parametrize(
    ("lines", "when_text", "place"),
    [
        (["từ ngày 18/3/2024 đến ngày 24/3/2024 tại Trạm Y tế xã."], None, "Trạm Y tế xã"),
        (["- Địa điểm: tại hội trường thôn"], None, "Hội trường thôn"),
        (
            ["Thời gian tiến hành giao lưu: 15h00 đến 16h30 ngày 14/11/2009 tại Sân trường."],
            "15h00 đến 16h30 ngày 14/11/2009 tại Sân trường",
            "Sân trường",
        ),
        ([], "Sáng ngày 05/3/2024 tại nhà văn hóa thôn", "Nhà văn hóa thôn"),
        # What is done at a place is no place of the activity's (corpus 33's "Đợt 2").
        (
            ["Giám sát việc lập và niêm yết danh sách cử tri tại trụ sở UBND xã."],
            None,
            None,
        ),
        # A later line's "tại" is another matter than the activity's time.
        (
            ["Rà soát danh sách.", "từ ngày 18/3/2024 tại Trạm Y tế xã."],
            None,
            None,
        ),
        # More than the place after "tại" (a list, a clause): not said as the place.
        (["ngày 18/3/2024 tại Trạm Y tế xã, sau đó tổng hợp kết quả"], None, None),
        ([], None, None),
    ],
)
def test_activity_place(lines: list[str], when_text: str | None, place: str | None) -> None:
    assert activity_place(_activity(*lines, when_text=when_text)) == place
