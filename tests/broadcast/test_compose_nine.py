"""Round 9's editor read (issue 17, item 4): a phase that has a start alone keeps the
plan's bulletin on air to that start, and no bulletin introduces a plan before the
day it is issued; a long name said in full once, then by the short form the plan
itself uses."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from campaign.broadcast.bulletin import Bulletin, broadcast_period, project_bulletins, start_only
from campaign.broadcast.casing import sentence_case
from campaign.broadcast.editing import (
    purpose_items,
    short_names,
    split_long_sentences,
    unsplit_reason,
)
from campaign.broadcast.schedule import build_schedule
from campaign.content.model import Activity, DateWindow
from campaign.importers.plan.init import init_from_plan
from campaign.project import Project, load_project
from tests.conftest import PLANS, ROOT

CORPUS = PLANS / "corpus"


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.!?]+[.!?]", text)]


def _project(tmp_path_factory: pytest.TempPathFactory, stem: str, today: str) -> Project:
    folder = tmp_path_factory.mktemp(stem[:2]) / "chien-dich"
    init_from_plan(next(CORPUS.glob(f"{stem}*.txt")), folder)
    return load_project(folder, today=today)


# --- a phase with a start alone (corpus 33) -------------------------------------------


@pytest.fixture(scope="module")
def phases(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return _project(tmp_path_factory, "33-", "2025-12-10")


def test_a_start_alone_is_read_from_the_plans_words() -> None:
    third = Activity(
        id="dot-3",
        name="Đợt 3",
        description=["Từ ngày 15/3/2026 đến ngày bầu cử gồm các nội dung trọng tâm:"],
    )
    assert start_only(third) == dt.date(2026, 3, 15)
    # A window the tool read, two dates written, or no "từ ngày": no start alone.
    dated = third.model_copy(update={"when": DateWindow(start=dt.date(2026, 3, 15))})
    assert start_only(dated) is None
    both = third.model_copy(update={"description": ["Từ ngày 15/3/2026 đến ngày 20/3/2026:"]})
    assert start_only(both) is None
    after = third.model_copy(update={"description": ["Sau ngày bầu cử 15/3/2026"]})
    assert start_only(after) is None
    said = third.model_copy(update={"description": [], "when_text": "từ ngày 01/4/2026"})
    assert start_only(said) == dt.date(2026, 4, 1)


def test_the_plan_is_aired_from_its_issue_to_the_start_of_its_last_phase(
    phases: Project,
) -> None:
    # Corpus 33, dated 10/12/2025: "Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026",
    # "Đợt 2: … đến ngày 14/3/2026", "Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử". The tool
    # chose 05/12/2025 - 14/03/2026: five days of a plan not yet issued on air, and the
    # bulletin that says phase three starts on 15/3 off the air the day before.
    campaign = phases.campaign
    assert campaign.plan.date == dt.date(2025, 12, 10)
    assert broadcast_period(campaign) == (dt.date(2025, 12, 10), dt.date(2026, 3, 15))
    bulletins = project_bulletins(phases)
    days = {slot.day for slot in build_schedule(bulletins, campaign).slots}
    assert min(days) == dt.date(2025, 12, 10)
    assert max(days) == dt.date(2026, 3, 15)
    plan: Bulletin = next(b for b in bulletins if b.id == "ke-hoach")
    said = _sentences(plan.reading)
    # What it says on that last day is true on it: the phase starts, to election day.
    assert (
        "Đợt ba: từ ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu đến ngày "
        "bầu cử." in said
    )
    # No span "các hoạt động … từ … đến …" is said for a plan in phases.
    assert not any(s.startswith("Theo Kế hoạch, các hoạt động") for s in said)


def test_a_declared_period_or_an_undated_plan_is_not_moved(phases: Project) -> None:
    campaign = phases.campaign
    undated = campaign.model_copy(update={"plan": campaign.plan.model_copy(update={"date": None})})
    assert broadcast_period(undated) == (dt.date(2025, 12, 5), dt.date(2026, 3, 15))
    period = DateWindow(start=dt.date(2025, 12, 1), end=dt.date(2026, 3, 1))
    declared = campaign.model_copy(
        update={"broadcast": campaign.broadcast.model_copy(update={"period": period})}
    )
    assert broadcast_period(declared) == (dt.date(2025, 12, 1), dt.date(2026, 3, 1))


# --- a long name said in full once, then as the plan shortens it (corpus 08) ----------

ELECTION = (
    "bầu cử đại biểu Quốc hội khóa mười sáu và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
    "hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi mốt"
)


def test_corpus_08_says_the_election_in_full_once(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    project = _project(tmp_path_factory, "08-", "2025-11-18")
    plan = next(b for b in project_bulletins(project) if b.id == "ke-hoach")
    assert plan.reading.count(ELECTION) == 1
    said = _sentences(plan.reading)
    assert said[1].startswith("Kế hoạch về phát động Phong trào thi đua thực hiện thành công")
    assert ELECTION in said[1]
    # The plan's own short form: "… tổ chức thực hiện thành công cuộc bầu cử, đảm bảo …".
    assert (
        "Việc này góp phần thực hiện tốt công tác bầu cử, đạt được mục tiêu, ý nghĩa, yêu "
        "cầu, nhiệm vụ đề ra." in said
    )
    assert (
        "Ba là, biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất "
        "sắc trong công tác bầu cử." in said
    )
    # Only the title is still warned as long (its name has no cut that keeps it whole).
    long = [w for w in plan.warnings if "âm tiết khi đọc" in w]
    assert len(long) == 1 and "“Kế hoạch về phát động Phong" in long[0]


TITLE = f"Kế hoạch về thi đua thực hiện thành công cuộc {ELECTION}."
LATER = f"Ba là, khen thưởng tập thể có thành tích trong công tác {ELECTION}."


def test_the_short_form_only_when_the_source_uses_it() -> None:
    uses_it = ["… tổ chức thành công cuộc bầu cử, bảo đảm dân chủ …"]
    assert short_names([TITLE, LATER], uses_it) == [
        TITLE,
        "Ba là, khen thưởng tập thể có thành tích trong công tác bầu cử.",
    ]
    # The written text never says "bầu cử" without the name after it: kept whole.
    never = ["… cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân …"]
    assert short_names([TITLE, LATER], never) == [TITLE, LATER]


def test_two_names_after_one_head_stay_whole() -> None:
    other = (
        "Hai là, tổng kết công tác bầu cử đại biểu Quốc hội khóa mười sáu và bầu cử đại "
        "biểu Hội đồng nhân dân các cấp nhiệm kỳ hai nghìn không trăm hai mươi sáu."
    )
    source = ["… cuộc bầu cử, bảo đảm …"]
    assert short_names([TITLE, other, LATER], source) == [TITLE, other, LATER]


def test_a_short_name_is_said_again() -> None:
    first = "Chào mừng Đại hội lần thứ mười bốn của Đảng."
    again = "Thi đua lập thành tích chào mừng Đại hội lần thứ mười bốn của Đảng."
    assert short_names([first, again], ["… trước Đại hội, trong Đại hội …"]) == [first, again]


# --- a title's common nouns are not taken for a longer name's words (corpus 39, 21, 15) --


def test_a_word_of_a_longer_name_does_not_capitalise_the_title() -> None:
    title = (
        "CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, "
        "HỘ KINH DOANH"
    )
    # Corpus 39's unit: "Hiệp hội Doanh nghiệp tỉnh, …, Liên minh Hợp tác xã Tỉnh".
    unit = "Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh"
    assert sentence_case(title, [unit]) == (
        "Chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, "
        "hộ kinh doanh"
    )
    # Corpus 21: "… của Tổng cục Thủy sản", "Bộ Tài nguyên Môi trường".
    said = sentence_case(
        "QUAN TRẮC, CẢNH BÁO MÔI TRƯỜNG TẠI MỘT SỐ VÙNG NUÔI TRỒNG THỦY SẢN",
        ["… ngày 28/12/2021 của Tổng cục Thủy sản (nay Cục Thủy sản)", "Bộ Tài nguyên Môi trường"],
    )
    assert said == "Quan trắc, cảnh báo môi trường tại một số vùng nuôi trồng thủy sản"
    # A name the plan writes on its own keeps its capitals ("theo Luật Thủy sản").
    assert sentence_case("THỰC HIỆN LUẬT THỦY SẢN", ["… theo Luật Thủy sản, …"]) == (
        "Thực hiện Luật Thủy sản"
    )


def test_a_purpose_cut_before_kip_thoi_phat_hien() -> None:
    # Corpus 41's second purpose, 49 syllables: two tasks, the second opening "kịp thời
    # phát hiện" ("phát hiện" was a plan verb, but only right after the comma).
    purpose = (
        "Nắm chắc được kết quả và mức độ thực hiện các chỉ tiêu của Chương trình theo đúng "
        "quy định về quản lý Chương trình, kịp thời phát hiện khó khăn, vướng mắc trong quá "
        "trình triển khai, tổ chức thực hiện Chương trình ở các cấp"
    )
    assert purpose_items(purpose) == [
        "Nắm chắc được kết quả và mức độ thực hiện các chỉ tiêu của Chương trình theo đúng "
        "quy định về quản lý Chương trình",
        "kịp thời phát hiện khó khăn, vướng mắc trong quá trình triển khai, tổ chức thực "
        "hiện Chương trình ở các cấp",
    ]
    # A purpose said in one breath is not cut.
    short = "Rà soát các văn bản quy phạm pháp luật, kịp thời phát hiện sai sót"
    assert purpose_items(short) == [short]


def test_a_mixed_case_word_of_the_evidence_keeps_its_spelling() -> None:
    # Corpus 42: the title's "(IOT)" was said "(Iot)": matched in a longer phrase of the
    # plan's text, only its first letter was copied; the reader then took it for a word.
    title = "PHÁT TRIỂN HỆ THỐNG SÓNG VIỄN THÔNG 5G, INTERNET VẠN VẬT (IOT) TẠI CÁC KHU CÔNG NGHIỆP"
    text = "Kế hoạch phát triển hệ thống sóng viễn thông 5G, Internet vạn vật (IoT) tại các Khu"
    assert "vạn vật (IoT) tại" in sentence_case(title, [text + " công nghiệp"])
    # Corpus 43's unit "Ban Quản lý khu Kinh tế": the title's "kinh tế mũi nhọn" stays.
    said = sentence_case("ĐỐI VỚI CÁC NGÀNH KINH TẾ MŨI NHỌN", ["Ban Quản lý khu Kinh tế"])
    assert said == "Đối với các ngành kinh tế mũi nhọn"


def test_a_title_is_not_cut_at_a_bare_comma() -> None:
    # Corpus 42: cut after "5G", the title left "Internet vạn vật tại các Khu công nghiệp
    # … giai đoạn …", a sentence with no verb. A long title stays whole (and warned).
    title = (
        "Kế hoạch về phát triển hệ thống sóng viễn thông năm G, internet vạn vật tại các Khu "
        "công nghiệp Nghệ An giai đoạn hai nghìn không trăm hai mươi sáu đến hai nghìn không "
        "trăm ba mươi, tầm nhìn đến năm hai nghìn không trăm bốn mươi lăm."
    )
    assert split_long_sentences(title) == title
    # Any other sentence still is, where both stretches are long.
    other = title.replace("Kế hoạch về phát triển", "Tỉnh phát triển")
    assert split_long_sentences(other) != other


# --- the flagship's long sentences left whole say why (issue 17 item 4, round 9) -------


def test_the_flagships_long_sample_sentences_say_why_they_are_whole() -> None:
    # Three sentences of the sample news (never aired, shown with samples) stay long:
    # each opens with a phrase that needs its main clause. Cut there, the phrase is no
    # sentence; moved after the main clause it would say what the writer did not
    # ("Kế hoạch này thực hiện Kế hoạch số tám mươi tám …" beside "Kế hoạch này phát
    # động …"); and after "Hưởng ứng …," the main clause alone is still 49 syllables.
    project = load_project(ROOT, today="2025-02-10")
    bulletins = project_bulletins(project, include_samples=True)
    long = [w for b in bulletins for w in b.warnings if "âm tiết khi đọc" in w]
    assert len(long) == 3
    said = {re.search(r"dài (\d+) âm tiết", w)[1]: w for w in long}  # type: ignore[index]
    assert sorted(said) == ["53", "60", "71"]
    assert "(cụm mở đầu “Thực hiện …,” không thành câu nếu tách" in said["71"]
    assert "(cụm mở đầu “Thực hiện …,” không thành câu nếu tách" in said["53"]
    assert "(cụm mở đầu “Hưởng ứng …,” không thành câu nếu tách" in said["60"]
    assert all(b.sample for b in bulletins if any("âm tiết khi đọc" in w for w in b.warnings))
    # None of them is aired: the site's bulletins have no long sentence.
    aired = project_bulletins(project)
    assert not [w for b in aired for w in b.warnings if "âm tiết khi đọc" in w]


def test_a_reason_only_where_a_rule_gives_one() -> None:
    assert unsplit_reason("Kế hoạch về phát triển hạ tầng năm G, internet vạn vật.") == (
        "tên văn bản đọc liền, không ngắt giữa tên"
    )
    assert unsplit_reason("Theo Kế hoạch, các cơ quan tuyên truyền.") is None
    assert unsplit_reason("Ba là, khơi dậy lòng tự hào của đội ngũ cán bộ.") is None


def test_the_page_says_where_the_proposed_days_come_from(phases: Project) -> None:
    from campaign.pages.broadcast import _period_text

    start, end = broadcast_period(phases.campaign)  # type: ignore[misc]
    said = _period_text(phases.campaign, "activities", start, end)
    assert said == (
        "Lịch phát thanh do công cụ đề xuất, từ 10/12/2025 đến 15/03/2026 (từ ngày ban "
        "hành kế hoạch đến ngày bắt đầu của hoạt động chỉ ghi ngày bắt đầu)"
    )


def test_the_editor_is_told_the_proposed_days_stop_at_a_start(phases: Project) -> None:
    plan = next(b for b in project_bulletins(phases) if b.id == "ke-hoach")
    notes = [w for w in plan.warnings if "chỉ ghi ngày bắt đầu" in w]
    assert len(notes) == 1
    assert re.match(r"campaign\.yml:\d+: activities\[3\] “Đợt 3”: kế hoạch chỉ ghi ngày", notes[0])
    assert "(15/03/2026)" in notes[0] and "broadcast.period" in notes[0]
