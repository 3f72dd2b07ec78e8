"""Round 7's second editor read (issue 17, item 4): a news item's own future is not
aired after its day; a plan title with a semicolon is said whole; the plan page numbers
parts under a lettered section as the plan does."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from campaign.broadcast.bulletin import (
    Bulletin,
    _introduction,
    _purpose_sentence,
    project_bulletins,
)
from campaign.broadcast.editing import split_long_sentences
from campaign.broadcast.schedule import build_schedule
from campaign.broadcast.timing import count_syllables
from campaign.broadcast.upcoming import upcoming
from campaign.content.model import PlanPart, PlanSection
from campaign.importers.plan.init import init_from_plan
from campaign.pages import plan as plan_page
from campaign.pages.plan import render
from campaign.project import Project, load_project
from tests.conftest import PLANS, ROOT

BEFORE = dt.date(2025, 2, 10)
SINCE = dt.date(2024, 8, 1)


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project(ROOT, today=BEFORE.isoformat())


@pytest.fixture(scope="module")
def bulletins(project: Project) -> dict[str, Bulletin]:
    return {b.id: b for b in project_bulletins(project, include_samples=True)}


# --- a news item's future ---------------------------------------------------------------


def test_a_post_that_says_what_is_to_come_is_aired_to_that_day(
    project: Project, bulletins: dict[str, Bulletin]
) -> None:
    # The flagship's sample news: "Phong trào … sẽ được tổng kết, tôn vinh, khen thưởng
    # vào dịp kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/02/2025)". Aired on 28/02 it
    # would say a review still to come; no source says it took place.
    news = bulletins["tin-tuc-phat-dong-phong-trao-thi-dua"]
    assert news.until == dt.date(2025, 2, 27)
    [note] = [w for w in news.warnings if "sắp tới" in w]
    assert note.startswith("docs/tin-tuc/posts/phat-dong-phong-trao-thi-dua.md:21: ")
    assert "chỉ phát đến hết ngày 27/02/2025" in note
    schedule = build_schedule(list(bulletins.values()), project.campaign)
    days = {s.day for s in schedule.slots if any(b.id == news.id for b in s.bulletins)}
    assert days and max(days) <= dt.date(2025, 2, 27)
    # Without the cut the rotation airs it after the 27th: the cut is what keeps it off.
    uncut = {**bulletins, news.id: dataclasses.replace(news, until=None)}
    schedule = build_schedule(list(uncut.values()), project.campaign)
    days = {s.day for s in schedule.slots if any(b.id == news.id for b in s.bulletins)}
    assert max(days) > dt.date(2025, 2, 27)


def test_a_post_with_no_future_keeps_the_period(bulletins: dict[str, Bulletin]) -> None:
    for slug in ("tuyen-truyen-truc-quan", "hanh-trinh-ve-nguon"):
        news = bulletins[f"tin-tuc-{slug}"]
        assert news.until is None
        assert not any("sắp tới" in w for w in news.warnings)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Hội nghị sẽ được tổ chức vào ngày 15 tháng 3 năm 2025 tại hội trường.", "2025-03-15"),
        ("Đợt tiêm dự kiến kéo dài đến hết tháng 9/2024.", "2024-09-30"),
        ("Lễ phát động sắp diễn ra (05/10/2024) tại sân vận động.", "2024-10-05"),
        # Two futures: the first day named is the one after which the post is stale.
        ("Sẽ bế mạc ngày 20/9/2024. Sẽ khai mạc ngày 02/9/2024.", "2024-09-02"),
    ],
)
def test_the_first_day_said_after_a_future_word(line: str, day: str) -> None:
    found = upcoming(["", line], 5, "docs/tin.md", SINCE)
    assert found is not None
    assert found.day == dt.date.fromisoformat(day)
    assert found.place == "docs/tin.md:6"


@pytest.mark.parametrize(
    "line",
    [
        # A date before the future word: when something began, not what is to come.
        "Ngày 01/8/2024, Trung tâm phát động phong trào và sẽ tiếp tục tuyên truyền.",
        # Before the post's day: not a future of the post's.
        "Phong trào sẽ được nhân rộng như kết quả năm 20/5/2024 đã cho thấy.",
        # A day with no year cannot be placed.
        "Hội nghị sẽ được tổ chức vào ngày 15/3 tại hội trường.",
        # No future word: a report of what was done.
        "Phong trào được tổng kết vào ngày 27/02/2025.",
        # "sẽ" inside another word is no future ("sẽ" only as a word).
        "Ông Lê Văn Sẽm nói tại hội nghị ngày 27/02/2025.",
        # "sắp xếp" is to arrange, no future.
        "Xã được sắp xếp lại từ ngày 01/7/2025 theo Nghị quyết.",
    ],
)
def test_no_future_no_cut(line: str) -> None:
    assert upcoming([line], 1, "docs/tin.md", SINCE) is None


def test_the_place_is_the_paragraphs_first_line() -> None:
    lines = ["Mở đầu.", "", "Phong trào được triển khai và", "sẽ được tổng kết vào 27/02/2025."]
    found = upcoming(lines, 10, "docs/tin.md", SINCE)
    assert found is not None
    assert found.place == "docs/tin.md:12"
    assert found.opening == "Phong trào được triển khai"


# --- a title with a semicolon ----------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "tail"),
    [
        ("09-kh-0124-dak-lak-thi-dua-dai-hoi-xiv.txt", "của Đảng."),
        ("10-kh-982-nghe-an-thi-dua-dai-hoi-xiv.txt", "trên địa bàn tỉnh Nghệ An."),
    ],
)
def test_a_title_with_a_semicolon_is_said_whole(tmp_path: Path, plan: str, tail: str) -> None:
    # "… CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG; TĂNG TỐC, BỨT PHÁ, HOÀN THÀNH …": the
    # drive's one name, as the Prime Minister's decision writes it. Cut at the semicolon,
    # "Tăng tốc, bứt phá, hoàn thành thắng lợi …" was said as a sentence of its own; cut
    # at "mục tiêu, nhiệm vụ" (corpus 10), "Nhiệm vụ Nghị quyết …" was.
    folder = tmp_path / "chien-dich"
    init_from_plan(PLANS / "corpus" / plan, folder)
    project = load_project(folder, today="2025-11-20")
    bulletin = next(b for b in project_bulletins(project) if b.id == "ke-hoach")
    said = re.findall(r"[^.!?]+[.!?]", bulletin.reading)
    [title] = [s.strip() for s in said if "Đợt thi đua" in s]
    assert title.startswith("Kế hoạch về ")
    assert "của Đảng, tăng tốc, bứt phá" in title
    assert "các mục tiêu, nhiệm vụ Nghị quyết Đại hội lần thứ mười ba" in title
    assert title.endswith(tail)
    assert not any(s.strip().startswith(("Tăng tốc", "Nhiệm vụ")) for s in said)
    # Long, so the editor is told (the plan's words are not cut where no editor would).
    assert any("câu “Kế hoạch về" in w and "âm tiết" in w for w in bulletin.warnings)


# --- the plan page numbers parts as the plan does ---------------------------------------

KIM_LIEN = PLANS / "corpus" / "46-kh-kim-lien-doan-truong-35-nam.txt"


def test_parts_under_a_lettered_section_keep_their_roman_numerals(tmp_path: Path) -> None:
    # Corpus 46: "B. NỘI DUNG:" then "I, Gian hàng:", "II, Giao lưu với cựu học sinh:",
    # "III, Đêm hội Kim Liên:". The page wrote "1. Gian hàng:", "2. …".
    folder = tmp_path / "chien-dich"
    init_from_plan(KIM_LIEN, folder)
    project = load_project(folder, today="2009-10-20")
    content = project.campaign.plan.sections[1]
    assert content.numbering == "I,"
    page = render(project.campaign)
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert headings[-5:] == [
        "## B. NỘI DUNG",
        "### I, Gian hàng:",
        "### II, Giao lưu với cựu học sinh:",
        "### III, Đêm hội Kim Liên:",
        "## C. PHÂN CÔNG NHIỆM VỤ",
    ]
    assert "### 1." not in page
    # The other sections number nothing of their own: no numbering written for them.
    assert [s.numbering for s in project.campaign.plan.sections] == [None, "I,", None]


@pytest.mark.parametrize(("mark", "said"), [("I.", "II. Nội dung"), ("I-", "II- Nội dung")])
def test_a_parts_numbering_is_written_as_declared(mark: str, said: str) -> None:
    section = PlanSection(
        title="NỘI DUNG",
        numbering=mark,
        parts=[PlanPart(title="Mục đích", body=["Tạo sân chơi."]), PlanPart(title="Nội dung")],
    )
    chunks = _content_of(section)
    assert f"### {said}\n" in chunks
    # Without it, the page's own "1.", "2." as before.
    plain = _content_of(section.model_copy(update={"numbering": None}))
    assert "### 2. Nội dung\n" in plain


def _content_of(section: PlanSection) -> list[str]:
    project = load_project(ROOT, today=BEFORE.isoformat())
    return plan_page._content(project.campaign, section, 0)


# --- a title that names the plan with its own "về" --------------------------------------


@pytest.mark.parametrize(
    ("title", "said"),
    [
        # Corpus 16 and 03: "Kế hoạch về truyền thông về …", "… về hành động quốc gia về …".
        (
            "truyền thông về giảm nghèo đa chiều năm 2025",
            "Kế hoạch truyền thông về giảm nghèo đa chiều năm 2025.",
        ),
        (
            "hành động quốc gia về khắc phục ô nhiễm không khí",
            "Kế hoạch hành động quốc gia về khắc phục ô nhiễm không khí.",
        ),
    ],
)
def test_a_title_with_its_own_về_is_said_as_the_plans_name(title: str, said: str) -> None:
    reference = "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12"
    assert _introduction(reference, "Kế hoạch", title, count_syllables) == [
        f"{reference}.",
        said,
    ]


@pytest.mark.parametrize(
    "title",
    [
        "tổ chức các hoạt động kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam",
        # "về" past the plan's first four syllables: what an activity is about, not a name.
        "tổ chức hội nghị tổng kết công tác về phòng cháy",
        # "Về việc …" has its "về" already: said once ("Kế hoạch về việc …").
        "về việc hỗ trợ nhu yếu phẩm",
    ],
)
def test_other_titles_keep_về(title: str) -> None:
    said = _introduction("Ủy ban nhân dân ban hành Kế hoạch số 12", "Kế hoạch", title, len)
    assert " về " in f" {said[-1]}"
    assert " về về " not in said[-1] and "về việc về" not in said[-1]


# --- the plan's own sentence that opens "Giúp …" ----------------------------------------


def test_the_plans_own_giúp_sentence_gets_the_neutral_subject() -> None:
    # Corpus 23's third purpose: "… nhằm phục vụ tốt … các cơ quan, tổ chức, cá nhân khác.
    # Giúp nâng cao nhận thức về Luật Việc làm; …": no subject, after a sentence.
    text = (
        "Ba là, triển khai đầy đủ chính sách hỗ trợ tạo việc làm. Giúp nâng cao nhận thức "
        "về Luật Việc làm."
    )
    said = re.findall(r"[^.!?]+[.!?]", split_long_sentences(text))
    assert said[1].strip() == "Việc này giúp nâng cao nhận thức về Luật Việc làm."
    # "Giúp đỡ …" is a task of its own; a line that opens "Giúp …" has nothing before it.
    for text in ("Ba là, khảo sát hộ nghèo. Giúp đỡ các hộ nghèo vay vốn.", "Giúp người dân."):
        assert split_long_sentences(text) == text
    # "Bảo đảm …" after a sentence is left as written (corpus 26: a task of its own).
    text = "Một là, nâng cao nhận thức về Luật. Bảo đảm việc tổ chức triển khai hiệu quả."
    assert split_long_sentences(text) == text


# --- one purpose of two tasks ------------------------------------------------------------


def test_a_single_purpose_of_two_tasks_says_the_plan_twice() -> None:
    # Corpus 29: "Xác định phạm vi, trách nhiệm; phân công nhiệm vụ cho các sở, …": the
    # second task was said "Phân công nhiệm vụ cho …" with no subject.
    said = _purpose_sentence(
        "Kế hoạch", "Xác định phạm vi, trách nhiệm; phân công nhiệm vụ cho các sở, ban, ngành"
    )
    assert said == (
        "Kế hoạch nhằm xác định phạm vi, trách nhiệm. "
        "Kế hoạch cũng nhằm phân công nhiệm vụ cho các sở, ban, ngành"
    )
    # What the task is for stays with it (said "Việc này góp phần …" when cut).
    aim = "Tuyên truyền sâu rộng trong Nhân dân; góp phần củng cố niềm tin của Nhân dân"
    assert _purpose_sentence("Kế hoạch", aim) == f"Kế hoạch nhằm {aim[:1].lower()}{aim[1:]}"
    # No semicolon, or no task after it: one sentence as before.
    assert (
        _purpose_sentence("Kế hoạch", "Tôn vinh cán bộ y tế")
        == "Kế hoạch nhằm tôn vinh cán bộ y tế"
    )
