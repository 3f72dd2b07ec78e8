"""Round 7's composition leftovers (issue 17, item 4): a list after "liên quan đến" not
cut into a verbless sentence (corpus 18), a sample activity's dates never said as the
plan's, topics of a "NỘI DUNG TUYÊN TRUYỀN" section never announced as activities."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from campaign.broadcast.bulletin import (
    Bulletin,
    broadcast_period,
    build_bulletins,
    period_basis,
    project_bulletins,
)
from campaign.broadcast.casing import sentence_case
from campaign.broadcast.editing import split_long_sentences
from campaign.broadcast.proofing import speakable
from campaign.content.model import Campaign
from campaign.importers.plan.init import init_from_plan
from campaign.project import Project, load_project
from tests.conftest import PLANS, ROOT

BEFORE = dt.date(2025, 2, 10)


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project(ROOT, today=BEFORE.isoformat())


def _built(campaign: Campaign, *, samples: bool = False) -> dict[str, Bulletin]:
    return {
        b.id: b for b in build_bulletins(campaign, [], [], today=BEFORE, include_samples=samples)
    }


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.!?]+[.!?]", text)]


# --- a list after "liên quan đến" ------------------------------------------------------


def test_what_is_related_is_one_list_not_a_sentence_of_its_own() -> None:
    # Corpus 18's first activity: after "liên quan đến" the commas go on with what is
    # related; cut at one, "Phân biệt đối xử về giới và …" was said with no verb.
    text = (
        "Một là, nâng cao nhận thức của chính quyền các cấp, các ngành, các tổ chức và "
        "người dân về chính sách, pháp luật có liên quan đến phòng ngừa, ứng phó với bạo "
        "lực trên cơ sở giới, phân biệt đối xử về giới và ảnh hưởng của bạo lực trên cơ "
        "sở giới tới sự phát triển bền vững của xã hội."
    )
    said = _sentences(split_long_sentences(text))
    assert not any(s.startswith("Phân biệt") for s in said)
    assert said == [text]


def test_a_comma_before_liên_quan_đến_still_cuts() -> None:
    # The list is what follows "liên quan đến": a comma before it is not inside it.
    text = (
        "Hai là, tổ chức các lớp tập huấn nghiệp vụ tuyên truyền miệng cho đội ngũ báo cáo "
        "viên cấp huyện và cấp cơ sở trong năm nay, rà soát toàn bộ văn bản có liên quan "
        "đến công tác phòng, chống thiên tai và tìm kiếm cứu nạn."
    )
    said = _sentences(split_long_sentences(text))
    assert len(said) == 2
    assert said[1].startswith("Rà soát toàn bộ văn bản có liên quan đến")


def test_a_plan_verb_after_what_is_related_opens_the_next_task() -> None:
    # Corpus 17's purpose: "…, giảm chi phí liên quan đến việc chi trả tiền mặt, nâng
    # cao khả năng …": "nâng cao" is one more thing the plan does, said on its own.
    text = (
        "Qua đó, thay đổi dần thói quen sử dụng tiền mặt trong thực hiện chế độ, chính "
        "sách xã hội, giảm chi phí liên quan đến việc chi trả tiền mặt, nâng cao khả năng "
        "tiếp cận và sử dụng dịch vụ thanh toán điện tử của người được hưởng trợ cấp xã hội."
    )
    said = _sentences(split_long_sentences(text))
    assert len(said) == 2
    assert said[1].startswith("Nâng cao khả năng tiếp cận")


# --- a sample activity ----------------------------------------------------------------


def _with_sample(project: Project, *, dated_plan: bool) -> Campaign:
    """The flagship without its broadcast period, its activities undated (or as they are),
    and one sample activity with dates of its own."""
    campaign = project.campaign
    settings = campaign.broadcast.model_copy(update={"period": None})
    activities = [
        a if dated_plan else a.model_copy(update={"when": None}) for a in campaign.activities
    ]
    sample = campaign.activities[2].model_copy(
        update={
            "id": "minh-hoa",
            "name": "Tổ chức giải bóng đá giao hữu",
            "sample": True,
            "includes": ["topics", "channels"],
            "when": campaign.activities[0].when,
        }
    )
    return campaign.model_copy(update={"broadcast": settings, "activities": [*activities, sample]})


@pytest.mark.parametrize("samples", [False, True])
def test_a_sample_activitys_dates_are_not_the_plans(project: Project, samples: bool) -> None:
    campaign = _with_sample(project, dated_plan=False)
    # No activity of the plan's has dates: the days come from the event, not the sample.
    assert period_basis(campaign) == "events"
    ceremony = campaign.events[0].first_day
    assert broadcast_period(campaign) == (ceremony - dt.timedelta(days=7), ceremony)
    plan = _built(campaign, samples=samples)["ke-hoach"]
    assert "Theo Kế hoạch, các hoạt động được thực hiện" not in plan.reading
    assert "tập trung tuyên truyền" not in plan.reading
    if samples:
        # Said as what it is, after the plan's own, with its dates.
        said = next(p for p in plan.paragraphs if "bóng đá" in p)
        assert said.startswith(
            "Hoạt động minh họa, không có trong Kế hoạch: tổ chức giải bóng đá giao hữu. "
            "Thời gian thực hiện từ ngày mồng một tháng một"
        )
        activities = plan.paragraphs.index("Các nội dung chính của Kế hoạch gồm:")
        assert plan.paragraphs.index(said) > activities + 4
    else:
        assert "bóng đá" not in plan.reading


def test_with_a_sample_the_plans_days_are_said_as_before(project: Project) -> None:
    campaign = _with_sample(project, dated_plan=True)
    without = campaign.model_copy(update={"activities": campaign.activities[:-1]})
    assert broadcast_period(campaign) == broadcast_period(without)
    assert _built(campaign)["ke-hoach"].reading == _built(without)["ke-hoach"].reading
    shown = _built(campaign, samples=True)["ke-hoach"].paragraphs
    assert (
        shown[: len(_built(without)["ke-hoach"].paragraphs) - 2]
        == (_built(without)["ke-hoach"].paragraphs[:-2])
    )


# --- a quoted subject in a title in capitals ------------------------------------------


def test_a_quoted_subject_keeps_the_plans_own_case() -> None:
    # Corpus 25: the title quotes the directive's subject in capitals; the plan's text
    # quotes it in lower case ("của Thủ tướng Chính phủ “về tăng cường …”"). Said with
    # a capital, "Thủ tướng Chính phủ Về tăng cường" reads as a name.
    title = (
        "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ "
        "“VỀ TĂNG CƯỜNG CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC TRONG TÌNH HÌNH MỚI”"
    )
    evidence = [
        "Thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ “về tăng "
        "cường công tác bảo vệ bí mật nhà nước trong tình hình mới”, UBND tỉnh ban hành"
    ]
    said = sentence_case(title, evidence, {"TTG": "TTg"})
    assert "Chính phủ “về tăng cường công tác" in said
    # A quoted name the plan writes with its capital keeps it; without evidence too.
    named = "THỰC HIỆN PHONG TRÀO “NHÀ TRƯỜNG THÂN THIỆN, HỌC SINH TÍCH CỰC”"
    assert "“Nhà trường thân thiện" in sentence_case(named, ["phong trào “Nhà trường …”"])
    assert "“Về tăng cường" in sentence_case(title, [], {"TTG": "TTg"})


# --- a plan in phases -----------------------------------------------------------------


def test_a_plan_in_phases_says_each_phase_with_its_days(tmp_path: Path) -> None:
    # Corpus 33: "Hoạt động kiểm tra, giám sát được chia thành 03 đợt": "1. Đợt 1: Từ ngày
    # 05/12/2025 đến ngày 20/02/2026: …", "3. Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử gồm
    # các nội dung trọng tâm:". The bulletin said "Một là, đợt một. … Ba là, đợt ba." and,
    # above, "các hoạt động được thực hiện từ … đến ngày 14/3/2026", which phase three
    # runs past.
    plan33 = PLANS / "corpus" / "33-kh-luong-minh-kiem-tra-giam-sat.txt"
    folder = tmp_path / "chien-dich"
    init_from_plan(plan33, folder)
    project = load_project(folder, today="2025-12-10")
    plan = next(b for b in project_bulletins(project) if b.id == "ke-hoach")
    said = plan.paragraphs
    at = said.index("Các hoạt động của Kế hoạch được thực hiện theo ba đợt:")
    assert said[at + 1].startswith("Đợt một: từ ngày mồng năm tháng mười hai")
    assert said[at + 2].startswith("Đợt hai: từ ngày hai mươi ba tháng hai")
    assert said[at + 3] == (
        "Đợt ba: từ ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu đến ngày bầu cử."
    )
    assert "các hoạt động được thực hiện từ" not in plan.reading
    assert "là, đợt" not in plan.reading


def test_activities_not_all_dated_are_not_given_one_span(project: Project) -> None:
    # Two dated activities and two undated: the dated ones' span is not the activities'.
    settings = project.campaign.broadcast.model_copy(update={"period": None})
    undated_focus = [a.model_copy(update={"includes": []}) for a in project.campaign.activities]
    campaign = project.campaign.model_copy(
        update={"broadcast": settings, "activities": undated_focus}
    )
    assert sum(a.when is not None for a in campaign.activities) == 2
    assert "các hoạt động được thực hiện" not in _built(campaign)["ke-hoach"].reading
    both = [a for a in undated_focus if a.when is not None]
    campaign = campaign.model_copy(update={"activities": both})
    assert "Theo Kế hoạch, các hoạt động được thực hiện từ ngày mồng một tháng tám" in (
        _built(campaign)["ke-hoach"].reading
    )


# --- a document's numbers in brackets -------------------------------------------------


def test_numbers_in_brackets_after_a_document_stay_with_it() -> None:
    # Corpus 02: "… tầm nhìn đến năm 2045 (Số 1226/QĐ-BVHTTDL ngày 29/4/2025 và số
    # 2657/QĐ-BVHTTDL ngày 29/7/2025)". Brackets are said as commas; cut there, "Số một
    # nghìn hai trăm … và số …" was a sentence with no verb.
    aside = speakable(
        "Triển khai các Quyết định của Bộ trưởng phê duyệt điều chỉnh Quy hoạch (Số 1226 "
        "ngày 29/4/2025 và số 2657 ngày 29/7/2025)."
    )
    assert aside == (
        "Triển khai các Quyết định của Bộ trưởng phê duyệt điều chỉnh Quy hoạch, số 1226 "
        "ngày 29/4/2025 và số 2657 ngày 29/7/2025."
    )
    # A name in brackets keeps its capital.
    assert speakable("Tại bệnh viện tuyến huyện (Bệnh viện đa khoa Văn Quan).") == (
        "Tại bệnh viện tuyến huyện, Bệnh viện đa khoa Văn Quan."
    )
    text = (
        "Một là, triển khai thực hiện có hiệu quả các Quyết định của Bộ trưởng Bộ Văn hóa, "
        "Thể thao và Du lịch phê duyệt điều chỉnh Quy hoạch mạng lưới cơ sở văn hóa và thể "
        "thao, số một nghìn hai trăm hai mươi sáu ngày hai mươi chín tháng tư và số hai "
        "nghìn sáu trăm năm mươi bảy ngày hai mươi chín tháng bảy."
    )
    said = _sentences(split_long_sentences(text))
    assert not any(s.startswith("Số") for s in said)


def test_a_word_the_plan_writes_in_mixed_case_keeps_it() -> None:
    # Corpus 28: "PHÁT TRIỂN HẠ TẦNG 5G, IOT …" was said and shown "… năm G, iot …";
    # its text writes "IoT".
    title = "PHÁT TRIỂN HẠ TẦNG 5G, IOT TRONG CÁC KHU CÔNG NGHỆ CAO, KHU CÔNG NGHIỆP"
    said = sentence_case(title, ["Phát triển các nền tảng IoT: xây dựng các nền tảng"])
    assert said == "Phát triển hạ tầng 5G, IoT trong các khu công nghệ cao, khu công nghiệp"
    assert "iot" in sentence_case(title, []).split(", ")[1]


def test_the_plans_own_basis_sentence_gets_the_neutral_subject() -> None:
    # Corpus 22's fifth purpose: "… nhằm phát huy tinh thần chủ động, sáng tạo của từng
    # ngành, địa phương. Làm cơ sở để các sở, ban, ngành … chủ động triển khai …".
    text = (
        "Năm là, phân công trách nhiệm cụ thể cho từng cơ quan, đơn vị. Làm cơ sở để các "
        "sở, ban, ngành chủ động triển khai các công việc được giao."
    )
    said = _sentences(split_long_sentences(text))
    assert said[1] == (
        "Việc này làm cơ sở để các sở, ban, ngành chủ động triển khai các công việc được giao."
    )
    # Opening a line, it has nothing before it to refer to: left as written.
    alone = "Làm cơ sở để các sở, ban, ngành chủ động triển khai."
    assert split_long_sentences(alone) == alone
