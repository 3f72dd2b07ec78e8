"""Round 11's editor read (issue 17, item 4): an activity's place is said where its plan
gives it ("Địa điểm: …" after its time); a review's purpose over two periods is said in
three sentences as the example's station editor wrote it."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from campaign.broadcast.bulletin import activity_place, editor_notes, project_bulletins
from campaign.broadcast.editing import MAX_SENTENCE_SYLLABLES, purpose_items
from campaign.broadcast.reading import normalize
from campaign.broadcast.timing import count_syllables
from campaign.content.model import Activity, DateWindow
from campaign.importers.plan.init import init_from_plan
from campaign.pages.plan import render
from campaign.project import load_project
from tests.conftest import PLANS, ROOT

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
    window = DateWindow(start=dt.date(2024, 3, 18), end=dt.date(2024, 3, 24))
    return Activity(
        id="a", name="Hoạt động", description=list(description), when_text=when_text, when=window
    )


def test_no_place_from_a_time_that_is_not_said() -> None:
    # Corpus 46: "Thời gian tiến hành giao lưu: 15h00 đến 16h30 ngày 14/11/2009 tại Sân
    # trường." has no window the bulletin says: "Địa điểm: Sân trường." alone would be
    # heard with no day. A place line of its own is said with or without a time.
    text = "15h00 đến 16h30 ngày 14/11/2009 tại Sân trường"
    activity = Activity(id="a", name="Giao lưu", description=[text], when_text=text)
    assert activity_place(activity) is None
    lined = Activity(id="a", name="Tiếp công dân", description=["Địa điểm: Tại Hội trường"])
    assert activity_place(lined) == "Hội trường"


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


# tests/plans/003_…, section I.1, its first phrase (79 syllables said): a review over
# two periods, the second a document cited with its date, issuer and subject.
REVIEW = (
    "Đánh giá những kết quả đạt được, hạn chế, khó khăn, vướng mắc và bài học kinh nghiệm "
    "sau 20 năm triển khai thực hiện Chỉ thị số 06 và 10 năm thực hiện Thông báo kết luận "
    "số 126-TB/TW ngày 01/4/2013 của Ban Bí thư khóa IX về 10 năm thực hiện Chỉ thị số 06 "
    "trên địa bàn thị xã"
)


def _said(text: str) -> int:
    return count_syllables(normalize(text).text)


def test_a_review_of_two_periods_is_said_as_the_editor_wrote_it() -> None:
    # The example's station editor's rewrite (its broadcast.rewrites until round 11).
    [item] = purpose_items(REVIEW, _said)
    said = [s.strip() for s in item.split(". ")]
    assert said == [
        "Đánh giá những kết quả đạt được, hạn chế, khó khăn, vướng mắc và bài học kinh "
        "nghiệm trên địa bàn thị xã sau 20 năm triển khai thực hiện Chỉ thị số 06",
        "Đánh giá cả 10 năm thực hiện Thông báo kết luận số 126-TB/TW của Ban Bí thư khóa IX",
        "Thông báo kết luận này ban hành ngày 01/4/2013, về 10 năm thực hiện Chỉ thị số 06",
    ]
    assert all(_said(s) <= MAX_SENTENCE_SYLLABLES for s in said)
    # Nothing of the plan's left out: every word of it is said (the scope with what is
    # assessed), the "và" between the periods now "Đánh giá cả".
    added = Counter(["Đánh", "giá", "cả", "Thông", "báo", "kết", "luận", "này", "ban", "hành"])
    words = Counter(re.findall(r"\w+", REVIEW)) + added - Counter(["và"])
    assert Counter(re.findall(r"\w+", item)) == words


@pytest.mark.parametrize(
    "text",
    [
        # Short enough: as written.
        "Đánh giá kết quả sau 5 năm thực hiện Chỉ thị số 06 và 3 năm thực hiện Kết luận số 12",
        # No verb of the plan's to say again: as written.
        "Những kết quả đạt được, hạn chế, khó khăn, vướng mắc và bài học kinh nghiệm sau 20"
        " năm triển khai thực hiện Chỉ thị số 06 và 10 năm thực hiện Thông báo kết luận số"
        " 126-TB/TW ngày 01/4/2013 của Ban Bí thư khóa IX về 10 năm thực hiện Chỉ thị số 06",
        # A list inside a period (a comma): which period it belongs to is unsure.
        "Đánh giá những kết quả đạt được, hạn chế, khó khăn, vướng mắc và bài học kinh"
        " nghiệm sau 20 năm triển khai thực hiện Chỉ thị số 06 và 10 năm thực hiện Thông báo"
        " kết luận số 126-TB/TW, Kết luận số 12-KL/TW của Ban Bí thư khóa IX về y tế cơ sở",
    ],
)
def test_no_review_cut_where_it_is_unsure(text: str) -> None:
    assert purpose_items(text, _said)[0] == text


def test_the_example_says_its_first_purpose_without_a_rewrite() -> None:
    example = load_project(ROOT / "examples" / "chi-thi-06", today="2023-05-20")
    assert not example.campaign.broadcast.rewrites
    plan = next(b for b in project_bulletins(example) if b.id == "ke-hoach")
    assert "Đánh giá cả mười năm thực hiện Thông báo kết luận số một trăm hai mươi sáu" in (
        plan.reading
    )
    assert not [n for n in editor_notes([plan]) if "âm tiết" in n]


# --- the plan's general aim on its page (plan.aims, round 10's field) -------------------


def test_imported_aims_show_where_the_plan_prints_them(tmp_path: Path) -> None:
    # Corpus 04: "II. MỤC TIÊU" / "1. Mục tiêu chung" / its paragraph. The page showed the
    # paragraph as text, apart from plan.aims: an edit of the aim changed the bulletin only.
    folder = tmp_path / "chien-dich"
    init_from_plan(next(CORPUS.glob("04-*.txt")), folder)
    project = load_project(folder, today="2025-11-20")
    plan = project.campaign.plan
    [part] = [
        p for s in plan.sections for p in s.parts if (p.title or "").startswith("Mục tiêu chung")
    ]
    assert part.show == "aims" and not part.body
    page = render(project.campaign)
    assert page.count("Nâng cao nhận thức về thiên tai, năng lực ứng phó thiên tai") == 1
    # Edited in campaign.yml, the page follows.
    edited = plan.model_copy(update={"aims": ["Mục tiêu đã sửa <b>&</b>."]})
    page = render(project.campaign.model_copy(update={"plan": edited}))
    assert "Nâng cao nhận thức về thiên tai" not in page
    # Escaped as every data text of the page (Markdown, then HTML): "&lt;b\\>&amp;…".
    assert "Mục tiêu đã sửa &lt;b\\>&amp;&lt;/b\\>." in page


def test_a_plan_without_sections_shows_its_aims_as_its_purposes_would_be(
    tmp_path: Path,
) -> None:
    # A campaign.yml written by hand: aims and requirements, no purposes, no sections.
    folder = tmp_path / "chien-dich"
    init_from_plan(PLANS / "tiem-chung-an-phu.txt", folder)
    project = load_project(folder, today="2024-03-02")
    plan = project.campaign.plan.model_copy(
        update={
            "purposes": [],
            "aims": ["Tiêm đủ mũi cho trẻ <dưới 1 tuổi> & phụ nữ có thai."],
            "sections": [],
        }
    )
    page = render(project.campaign.model_copy(update={"plan": plan}))
    assert "MỤC TIÊU, YÊU CẦU" in page
    assert "Mục tiêu chung" in page
    assert "Tiêm đủ mũi cho trẻ &lt;dưới 1 tuổi\\> &amp; phụ nữ có thai." in page
    assert "MỤC ĐÍCH" not in page
