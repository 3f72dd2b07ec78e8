"""What a station editor changed after reading the flagship's and the example's bulletins:
an event's name said twice in a row, the same lead named after each activity, the
focus window said twice, and days said as the plan's when the tool chose them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from campaign.broadcast.bulletin import Bulletin, _event_kind, _runs, build_bulletins
from campaign.content.model import Campaign, DateWindow
from campaign.project import Project, load_project
from tests.conftest import ROOT

BEFORE = dt.date(2025, 2, 10)


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project(ROOT, today=BEFORE.isoformat())


def _built(campaign: Campaign, today: dt.date = BEFORE) -> dict[str, Bulletin]:
    return {b.id: b for b in build_bulletins(campaign, [], [], today=today)}


Composed = Callable[[], dict[str, Bulletin]]


@pytest.fixture(scope="module")
def composed(project: Project) -> Composed:
    """``_built(project.campaign)``, composed once for the module (the tests only read it)."""
    made: list[dict[str, Bulletin]] = []

    def once() -> dict[str, Bulletin]:
        if not made:
            made.append(_built(project.campaign))
        return made[0]

    return once


def test_the_notice_names_the_event_once_then_says_what_it_is(composed: Composed) -> None:
    notice = composed()["su-kien-le-ky-niem"].paragraphs
    assert notice[0].startswith("Thông báo về lễ kỷ niệm bảy mươi năm Ngày Thầy thuốc Việt Nam,")
    assert notice[1].startswith("Lễ kỷ niệm dự kiến được tổ chức vào Thứ Tư, ngày hai mươi sáu")
    # The plan bulletin names the event once, in full.
    plan = composed()["ke-hoach"].reading
    assert "lễ kỷ niệm bảy mươi năm Ngày Thầy thuốc Việt Nam dự kiến tổ chức" in plan


def test_the_example_conference_is_called_hoi_nghi_after_its_notice() -> None:
    example = load_project(ROOT / "examples" / "chi-thi-06", today="2023-05-20")
    notice = _built(example.campaign, dt.date(2023, 5, 20))["su-kien-hoi-nghi-tong-ket"]
    assert notice.paragraphs[1].startswith(
        "Hội nghị dự kiến được tổ chức vào tháng sáu năm hai nghìn không trăm hai mươi ba, "
        "gắn với hội nghị tổng kết mười lăm năm"
    )


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam", "Lễ kỷ niệm"),
        ("Hội nghị hiệp thương lần thứ hai", "Hội nghị"),
        ("Lễ mít tinh hưởng ứng Tháng hành động", "Lễ mít tinh"),
        ("Hội thi tuyên truyền viên giỏi", "Hội thi"),
        # Not a kind of event an editor can name it by: the full name is said again.
        ("Chiến dịch ra quân làm sạch môi trường", None),
        ("Lễ", None),
    ],
)
def test_the_kind_an_event_is_called_by(name: str, kind: str | None) -> None:
    assert _event_kind(name) == kind


def test_one_lead_of_activities_in_a_row_is_named_once(composed: Composed) -> None:
    plan = composed()["ke-hoach"].reading
    lead = "Trung tâm Y tế huyện Văn Quan chủ trì"
    assert plan.count(lead) == 1
    assert "Bốn là, tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao. Ba nội dung " in (
        plan
    )
    assert f"Ba nội dung vừa nêu do {lead}." in plan
    # A lead of one activity alone stays with it.
    assert "Một là, công tác tuyên truyền, do Trung tâm Văn hóa, Thể thao và Truyền thông" in plan


def test_rows_of_one_lead() -> None:
    assert _runs(["a", "b", "b", "b"]) == [1, 0, 0, 3]
    assert _runs(["a", "a", "b", "a"]) == [0, 2, 1, 1]
    assert _runs([None, None, "a"]) == [1, 1, 1]
    assert _runs([]) == []


def test_the_focus_window_is_said_once_as_the_plans(composed: Composed) -> None:
    # The flagship airs during the plan's focus window (campaign.yml broadcast.period is
    # the communication activity's focus): said at the top, not again in activity one.
    plan = composed()["ke-hoach"]
    assert plan.paragraphs[1] == (
        "Theo Kế hoạch, các cơ quan, đơn vị tập trung tuyên truyền từ ngày mồng một đến "
        "ngày hai mươi tám tháng hai năm hai nghìn không trăm hai mươi lăm."
    )
    assert "Thời gian tập trung" not in plan.reading


def test_days_the_station_set_are_not_said_as_the_plans(project: Project) -> None:
    period = DateWindow(start=dt.date(2025, 2, 15), end=dt.date(2025, 2, 27))
    settings = project.campaign.broadcast.model_copy(update={"period": period})
    campaign = project.campaign.model_copy(update={"broadcast": settings})
    plan = _built(campaign)["ke-hoach"]
    assert plan.paragraphs[1] == (
        "Các bản tin về Kế hoạch này được phát từ ngày mười lăm đến ngày hai mươi bảy "
        "tháng hai năm hai nghìn không trăm hai mươi lăm."
    )
    # The plan's focus window is then said where the plan gives it.
    assert "Thời gian tập trung từ ngày mồng một đến ngày hai mươi tám tháng hai" in plan.reading


def test_days_the_tool_chose_are_said_as_the_activities_dates(project: Project) -> None:
    settings = project.campaign.broadcast.model_copy(update={"period": None})
    activities = [
        a.model_copy(
            update={"when": a.when.model_copy(update={"focus_start": None, "focus_end": None})}
        )
        for a in project.campaign.activities
        if a.when
    ]
    # The dated activities only: with an undated one beside them, their span is not
    # the activities' (tests/broadcast/test_compose_five.py).
    campaign = project.campaign.model_copy(update={"broadcast": settings, "activities": activities})
    plan = _built(campaign)["ke-hoach"]
    assert plan.paragraphs[1].startswith("Theo Kế hoạch, các hoạt động được thực hiện từ ngày")
    assert "tập trung tuyên truyền" not in plan.reading


def test_a_long_event_name_with_an_aim_is_said_as_the_event_then_its_aim(
    project: Project,
) -> None:
    # Written for the rule: a name past twenty syllables that says what it is for.
    name = (
        "Hội nghị biểu dương điển hình tiên tiến ngành y tế huyện lần thứ hai để tôn vinh, "
        "khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong năm"
    )
    events = [project.campaign.events[0].model_copy(update={"name": name})]
    campaign = project.campaign.model_copy(update={"events": events})
    built = _built(campaign)
    aim = (
        "Hội nghị nhằm tôn vinh, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong năm."
    )
    notice = next(b for b in built.values() if b.id.startswith("su-kien-"))
    assert notice.paragraphs[0] == (
        "Thông báo về hội nghị biểu dương điển hình tiên tiến ngành y tế huyện lần thứ hai, "
        f"theo Kế hoạch của Ủy ban nhân dân huyện Văn Quan. {aim}"
    )
    said = "dự kiến tổ chức hội nghị biểu dương điển hình tiên tiến ngành y tế huyện lần thứ hai."
    assert f"{said} {aim}" in built["ke-hoach"].reading
    assert "Việc này" not in notice.reading
    # A plan whose title is the event's name has said the aim: the plan bulletin does
    # not say it again with the event; the notice (a bulletin of its own) still does.
    plan = campaign.plan.model_copy(update={"title": name.replace("Hội nghị", "Tổ chức hội nghị")})
    built = _built(campaign.model_copy(update={"plan": plan}))
    reading = built["ke-hoach"].reading
    assert reading.count("tôn vinh, khen thưởng các tập thể") == 1
    assert said in reading
    assert aim in next(b for b in built.values() if b.id.startswith("su-kien-")).reading


def test_days_the_tool_chose_from_an_event_or_one_activity_are_not_the_plans(
    project: Project,
) -> None:
    settings = project.campaign.broadcast.model_copy(update={"period": None})
    # No dated activity: the schedule runs the week before the ceremony, the tool's
    # choice. "Theo Kế hoạch, các hoạt động được thực hiện từ …" would say what the
    # plan never says.
    undated = [a.model_copy(update={"when": None}) for a in project.campaign.activities]
    campaign = project.campaign.model_copy(update={"broadcast": settings, "activities": undated})
    plan = _built(campaign)["ke-hoach"]
    assert "các hoạt động được thực hiện" not in plan.reading
    assert not plan.paragraphs[1].startswith("Theo Kế hoạch, các")
    # One dated activity: its dates are said with it, once.
    one = [
        a if index == 1 else a.model_copy(update={"when": None})
        for index, a in enumerate(project.campaign.activities)
    ]
    campaign = project.campaign.model_copy(update={"broadcast": settings, "activities": one})
    plan = _built(campaign)["ke-hoach"]
    assert "các hoạt động được thực hiện" not in plan.reading
    assert plan.reading.count("Thời gian thực hiện từ ngày mồng một tháng tám") == 1
