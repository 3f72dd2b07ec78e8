"""Round 8's editor read (issue 17, item 4): the flagship's news names its issuer once
and says what its plan does in a sentence of its own."""

from __future__ import annotations

import re

import pytest

from campaign.broadcast.bulletin import Bulletin, project_bulletins
from campaign.broadcast.editing import split_long_sentences
from campaign.broadcast.proofing import dedupe_names
from campaign.broadcast.timing import count_syllables
from campaign.project import load_project
from tests.conftest import ROOT

BEFORE = "2025-02-10"
UNITS = ["Trung tâm Y tế huyện Văn Quan", "Ủy ban nhân dân huyện Văn Quan"]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.!?]+[.!?]", text)]


@pytest.fixture(scope="module")
def flagship() -> dict[str, Bulletin]:
    project = load_project(ROOT, today=BEFORE)
    return {b.id: b for b in project_bulletins(project, include_samples=True)}


# --- the flagship's news: the issuer once, the plan's aim its own sentence ------------


def test_the_news_names_the_issuer_once_and_says_what_its_plan_does(
    flagship: dict[str, Bulletin],
) -> None:
    # "Trung tâm Y tế huyện ban hành Kế hoạch số 160/KH-TTYT ngày 01/8/2024 phát động
    # phong trào thi đua …": the symbol's letters said "của Trung tâm Y tế huyện Văn
    # Quan" right after the sentence had named that body, in a 103-syllable sentence.
    news = flagship["tin-tuc-phat-dong-phong-trao-thi-dua"]
    said = _sentences(news.reading)
    assert "Trung tâm Y tế huyện Văn Quan" not in news.reading
    issue = next(s for s in said if s.startswith("Thực hiện Kế hoạch số tám mươi tám"))
    assert issue.endswith(
        "Trung tâm Y tế huyện ban hành Kế hoạch số một trăm sáu mươi ngày mồng một tháng "
        "tám năm hai nghìn không trăm hai mươi tư."
    )
    following = said[said.index(issue) + 1]
    assert following == (
        "Kế hoạch này phát động phong trào thi đua Ngành Y tế đoàn kết, sáng tạo, bảy "
        "mươi năm thi đua làm theo lời Bác Hồ dạy."
    )
    # Still over a breath (the opening phrase cites the Sở's plan): warned, with its length.
    notes = [w for w in news.warnings if "Thực hiện Kế hoạch số tám" in w]
    assert len(notes) == 1 and f"dài {count_syllables(issue)} âm tiết" in notes[0]
    assert "dài 103" not in " ".join(news.warnings)


def test_a_body_not_the_subject_or_a_second_document_keeps_its_issuer() -> None:
    other = "Sở Y tế ban hành Kế hoạch số một của Trung tâm Y tế huyện Văn Quan."
    assert dedupe_names(other, UNITS) == other
    second = (
        "Trung tâm Y tế huyện ban hành Kế hoạch số một thực hiện Quyết định số hai của "
        "Trung tâm Y tế huyện Văn Quan."
    )
    assert dedupe_names(second, UNITS) == second
    # After a comma, another clause: the body named before is not its subject.
    apart = (
        "Trung tâm Y tế huyện ban hành, Sở ban hành Kế hoạch số ba của Trung tâm Y tế "
        "huyện Văn Quan."
    )
    assert dedupe_names(apart, UNITS) == apart
    same = (
        "Trung tâm Y tế huyện Văn Quan ban hành Kế hoạch số hai của Trung tâm Y tế huyện Văn Quan."
    )
    assert dedupe_names(same, UNITS) == "Trung tâm Y tế huyện Văn Quan ban hành Kế hoạch số hai."


DATE = "ngày mười hai tháng ba năm hai nghìn không trăm hai mươi sáu"


def test_an_issued_document_is_cut_after_its_date_only_when_a_body_issues_it() -> None:
    long = (
        "Thực hiện chỉ đạo của Ủy ban nhân dân huyện về công tác tiêm chủng mở rộng năm nay, "
        f"Ủy ban nhân dân xã ban hành Kế hoạch số mười hai {DATE} về tổ chức tiêm chủng "
        "cho trẻ em dưới một tuổi tại Trạm Y tế xã."
    )
    said = _sentences(split_long_sentences(long))
    assert (
        said[-1] == "Kế hoạch này về tổ chức tiêm chủng cho trẻ em dưới một tuổi tại Trạm Y tế xã."
    )
    assert said[-2].endswith(f"ban hành Kế hoạch số mười hai {DATE}.")
    # No body right before "ban hành": whose document it is stays open; left whole.
    unnamed = long.replace("Ủy ban nhân dân xã ban hành", "đã ban hành")
    assert _sentences(split_long_sentences(unnamed)) == [unnamed]
    # The issuer said after the date: the citation goes on, no cut there.
    cited = long.replace(f"{DATE} về", f"{DATE} của Ủy ban nhân dân xã về")
    assert not any(s.startswith("Kế hoạch này") for s in _sentences(split_long_sentences(cited)))
