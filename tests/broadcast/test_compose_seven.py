"""Round 8's editor read (issue 17, item 4): the flagship's news names its issuer once
and says what its plan does in a sentence of its own; a plan in phases is not given
one span over the days between phases; corpus 46's contest rounds stay with their
activity; the issuer's internal orders (funding, conditions, its own direction and
coordination) are not aired, and the proof list says so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from campaign.broadcast.bulletin import (
    Bulletin,
    _without_page_pointers,
    editor_notes,
    project_bulletins,
)
from campaign.broadcast.editing import (
    drop_definitions,
    drop_repeated_explanations,
    internal_orders,
    split_long_sentences,
)
from campaign.broadcast.proofing import dedupe_names
from campaign.broadcast.timing import count_syllables
from campaign.importers.plan.init import init_from_plan
from campaign.pages.plan import render
from campaign.project import load_project
from tests.conftest import PLANS, ROOT

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


# --- a plan in phases -----------------------------------------------------------------

PLAN33 = PLANS / "corpus" / "33-kh-luong-minh-kiem-tra-giam-sat.txt"


def _plan_bulletin(tmp_path: Path, text: str, today: str = "2025-12-10") -> Bulletin:
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(text, encoding="utf-8")
    folder = tmp_path / "chien-dich"
    init_from_plan(plan, folder)
    project = load_project(folder, today=today)
    return next(b for b in project_bulletins(project) if b.id == "ke-hoach")


def test_phases_with_days_between_them_are_not_given_one_span(tmp_path: Path) -> None:
    # Every phase dated (phase three given an end): 20/02 to 23/02 is between phase one
    # and phase two. "Theo Kế hoạch, các hoạt động được thực hiện từ ngày mồng năm tháng
    # mười hai … đến ngày ba mươi tháng tư …" said the work ran on through those days.
    text = PLAN33.read_text(encoding="utf-8").replace(
        "Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử", "Đợt 3: Từ ngày 15/3/2026 đến ngày 30/4/2026"
    )
    plan = _plan_bulletin(tmp_path, text)
    said = plan.paragraphs
    assert "các hoạt động được thực hiện từ" not in plan.reading
    at = said.index("Các hoạt động của Kế hoạch được thực hiện theo ba đợt:")
    assert said[at + 1].endswith(
        "đến ngày hai mươi tháng hai năm hai nghìn không trăm hai mươi sáu."
    )
    assert said[at + 2].startswith("Đợt hai: từ ngày hai mươi ba tháng hai")
    assert said[at + 3] == (
        "Đợt ba: từ ngày mười lăm tháng ba đến ngày ba mươi tháng tư năm hai nghìn không "
        "trăm hai mươi sáu."
    )


def test_a_phase_dated_by_its_month_says_the_month(tmp_path: Path) -> None:
    text = PLAN33.read_text(encoding="utf-8")
    for old, new in (
        ("Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026", "Đợt 1: Tháng 12/2025"),
        ("Đợt 2: Từ ngày 23/02/2026 đến ngày 14/3/2026", "Đợt 2: Tháng 02/2026"),
        ("Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử", "Đợt 3: Tháng 4/2026"),
    ):
        text = text.replace(old, new)
    said = _plan_bulletin(tmp_path, text).paragraphs
    at = said.index("Các hoạt động của Kế hoạch được thực hiện theo ba đợt:")
    assert said[at + 1 : at + 4] == [
        "Đợt một: tháng mười hai năm hai nghìn không trăm hai mươi lăm.",
        "Đợt hai: tháng hai năm hai nghìn không trăm hai mươi sáu.",
        "Đợt ba: tháng tư năm hai nghìn không trăm hai mươi sáu.",
    ]


# --- corpus 46: the contest's rounds belong to its activity ---------------------------


def test_the_rounds_of_a_contest_stay_with_their_activity(tmp_path: Path) -> None:
    # "III, Đêm hội Kim Liên:" … "TNKL dự kiến gồm ba phần thi:" then "1- Chào hỏi:",
    # "2 - Tài năng:", "3 - Ý tưởng sáng tạo:": the rounds were in no activity.
    folder = tmp_path / "chien-dich"
    init_from_plan(PLANS / "corpus" / "46-kh-kim-lien-doan-truong-35-nam.txt", folder)
    data = yaml.safe_load((folder / "campaign.yml").read_text(encoding="utf-8"))
    activities = data["activities"]
    assert [a["name"] for a in activities] == [
        "Gian hàng",
        "Giao lưu với cựu học sinh",
        "Đêm hội Kim Liên",
    ]
    night = activities[2]["description"]
    rounds = night[night.index(next(d for d in night if d.endswith("gồm ba phần thi:"))) + 1 :]
    assert [r.split(":")[0] for r in rounds] == ["Chào hỏi", "Tài năng", "Ý tưởng sáng tạo"]
    assert rounds[0].startswith("Chào hỏi: Thời gian dành cho phần thi khoảng 3’ cho mỗi đội.")
    # An activity whose text announces nothing keeps only its own text.
    assert not any(d.startswith("Chào hỏi") for a in activities[:2] for d in a["description"])


def test_the_plan_page_numbers_the_rounds_as_the_plan_does(tmp_path: Path) -> None:
    # The rounds were labelled "a)", "b)", "c)" on the plan page; the plan writes "1-",
    # "2 -", "3 -".
    folder = tmp_path / "chien-dich"
    init_from_plan(PLANS / "corpus" / "46-kh-kim-lien-doan-truong-35-nam.txt", folder)
    project = load_project(folder, today="2009-10-20")
    night = project.campaign.plan.sections[1].parts[2]
    assert night.numbering == "1-"
    page = render(project.campaign)
    assert "**1- Chào hỏi:**" in page
    assert "**2- Tài năng:**" in page
    assert "**3- Ý tưởng sáng tạo:**" in page
    assert "a) Chào hỏi" not in page
    # The other parts number nothing of their own.
    assert [p.numbering for p in project.campaign.plan.sections[1].parts] == [None, None, "1-"]


# --- the issuer's internal orders -----------------------------------------------------


def test_an_internal_order_is_left_out_and_listed() -> None:
    note = (
        "Hội nghị dự kiến tổ chức bằng hình thức phù hợp. Văn phòng Thị ủy tham mưu giấy mời "
        "đại biểu và bảo đảm các điều kiện (địa điểm, tài liệu, kinh phí) để tổ chức Hội nghị."
    )
    kept, left = internal_orders(note)
    assert kept == "Hội nghị dự kiến tổ chức bằng hình thức phù hợp."
    assert left == [note.split(". ", 1)[1]]
    for public in (
        "Bảo đảm an toàn tiêm chủng theo quy định của Bộ Y tế.",
        "Đảm bảo nước sạch, vệ sinh môi trường, an toàn thực phẩm và ổn định đời sống nhân dân.",
        "Bảo đảm các điều kiện an toàn cho người dân khi nước rút.",
        "Đảm bảo khai thác, sử dụng hiệu quả dữ liệu quy hoạch trong quản lý nhà nước.",
    ):
        assert internal_orders(public) == (public, [])


@pytest.mark.parametrize(
    "public",
    [
        "Trạm Y tế bảo đảm đủ điều kiện cho người dân tiêm vắc xin an toàn.",
        "Ban tổ chức bảo đảm phương tiện cho người cao tuổi đến điểm bầu cử.",
        "UBND xã bảo đảm kinh phí, người dân không phải nộp tiền khi khám.",
        "Mời nhân dân đến dự, xã bảo đảm các điều kiện để người khuyết tật tham dự.",
    ],
)
def test_an_order_that_tells_the_public_something_is_aired(public: str) -> None:
    # review8: each was left out whole (who may come, what is free, transport).
    assert internal_orders(public) == (public, [])


def test_only_the_order_of_a_sentence_with_the_hour_and_place_is_left_out() -> None:
    # review8: the hour, the place and what to bring were left out with the order.
    note = (
        "Hội nghị tổ chức lúc 8 giờ ngày 5/3 tại Hội trường xã, đại biểu mang theo tài "
        "liệu; Văn phòng bảo đảm các điều kiện cho Hội nghị."
    )
    assert internal_orders(note) == (
        "Hội nghị tổ chức lúc 8 giờ ngày 5/3 tại Hội trường xã, đại biểu mang theo tài liệu.",
        ["Văn phòng bảo đảm các điều kiện cho Hội nghị."],
    )


def test_the_example_notice_airs_no_order_to_the_office() -> None:
    example = load_project(ROOT / "examples" / "chi-thi-06", today="2023-05-20")
    bulletins = project_bulletins(example)
    [notice] = [b for b in bulletins if b.id == "su-kien-hoi-nghi-tong-ket"]
    assert "Văn phòng Thị ủy tham mưu" not in notice.reading
    assert "kinh phí" not in notice.reading
    assert "Hội nghị dự kiến tổ chức bằng hình thức phù hợp." in notice.reading
    [note] = [n for n in editor_notes(bulletins) if "việc giao nội bộ" in n]
    assert note.startswith("campaign.yml:140:")
    assert "“Văn phòng Thị ủy tham mưu…”" in note


def test_a_purpose_that_orders_the_administration_is_not_aired(tmp_path: Path) -> None:
    # Corpus 26: "Bảo đảm sự chỉ đạo thống nhất của UBND tỉnh, Chủ tịch UBND tỉnh; sự phối
    # hợp chặt chẽ … giữa các sở, ngành, …" is the province's order to its own bodies.
    plan26 = PLANS / "corpus" / "26-kh-7360-lai-chau-luat-tieu-chuan.txt"
    plan = _plan_bulletin(tmp_path, plan26.read_text(encoding="utf-8"), today="2025-11-19")
    assert "sự chỉ đạo thống nhất" not in plan.reading
    assert "Một là, xác định cụ thể nội dung công việc" in plan.reading
    assert "Hai là, nâng cao nhận thức về Luật" in plan.reading
    assert any("việc giao nội bộ" in w and "Bảo đảm sự chỉ đạo" in w for w in plan.warnings)


def test_the_flagship_plan_bulletin_is_unchanged_by_these_rules(
    flagship: dict[str, Bulletin],
) -> None:
    assert not any("việc giao nội bộ" in w for b in flagship.values() for w in b.warnings)
    assert "dự kiến tổ chức vào Thứ Tư" in flagship["ke-hoach"].reading


# --- a document's short name in brackets -----------------------------------------------


def test_a_short_name_given_to_a_document_just_cited_is_not_said() -> None:
    # Corpus 27's purpose: "… Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ ban
    # hành Kế hoạch hành động … toàn diện (Nghị quyết 214/NQ-CP)": said ", Nghị quyết hai
    # trăm mười bốn." after the name was heard in full.
    cited = (
        "Thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ ban hành Kế hoạch "
        "hành động của Chính phủ (Nghị quyết 214/NQ-CP); đảm bảo hiệu quả."
    )
    assert drop_definitions([cited]) == [cited.replace(" (Nghị quyết 214/NQ-CP)", "")]
    # Not cited before (the bracket names it first), or another number: kept.
    for kept in (
        "Theo tinh thần (Nghị quyết 57-NQ/TW) của Bộ Chính trị.",
        "Thực hiện Nghị quyết số 5 của Chính phủ (Nghị quyết 214/NQ-CP).",
    ):
        assert drop_definitions([kept]) == [kept]


# --- a sentence that sends the reader to a page -----------------------------------------


def test_a_sentence_pointing_to_a_page_is_not_aired(flagship: dict[str, Bulletin]) -> None:
    # The sample post ends "Bộ khẩu hiệu có trên trang [Khẩu hiệu](../../khau-hieu.md).":
    # said "Bộ khẩu hiệu có trên trang Khẩu hiệu." to people who open no page.
    post = flagship["tin-tuc-tuyen-truyen-truc-quan"]
    assert "có trên trang" not in post.reading
    assert post.reading.endswith("bảy mươi năm làm theo lời Bác.")
    assert "Bộ khẩu hiệu có trên trang [Khẩu hiệu]" in post.source_text
    [note] = [w for w in post.warnings if "không mở được trang" in w]
    assert note.startswith("docs/tin-tuc/posts/tuyen-truyen-truc-quan.md:22: câu “Bộ khẩu hiệu")


def test_only_a_whole_pointing_sentence_on_its_line_is_left_out() -> None:
    lines = ["Xem chi tiết tại [đây](https://a.vn/b.html). Lịch tiêm bắt đầu từ thứ Hai."]
    kept, dropped = _without_page_pointers(lines)
    assert kept[0].strip() == "Lịch tiêm bắt đầu từ thứ Hai."
    assert dropped == [(0, "Xem chi tiết tại đây.")]
    for line in (
        ["Theo [Kế hoạch](ke-hoach.md) của huyện, các xã tổ chức tiêm chủng."],
        ["Bộ khẩu hiệu có trên trang [Khẩu hiệu](khau-hieu.md) và", "được in ra."],
        ["Các xã treo băng rôn, khẩu hiệu như", "trên trang [Khẩu hiệu](khau-hieu.md)."],
    ):
        assert _without_page_pointers(line) == (line, [])


@pytest.mark.parametrize(
    "line",
    [
        "Người dân đến tiêm tại [Trạm Y tế xã Tràng Các](../tram-y-te.md) từ 7 giờ ngày 5/3.",
        "Lễ mít tinh tổ chức tại [Nhà văn hóa huyện](../dia-diem.md) sáng thứ Hai.",
        "Mời bà con xem [lịch tiêm](../lich.md) và đến đúng giờ.",
    ],
)
def test_a_linked_place_to_go_is_read(line: str) -> None:
    # review8: "tại" + a link was a pointer, and the sentence with the hour and the
    # place was left out of the bulletin.
    assert _without_page_pointers([line]) == ([line], [])


def test_a_pointer_to_a_page_is_left_out_even_for_the_public() -> None:
    for line, said in (
        ("Bà con xem chi tiết tại [đây](../a.md).", "Bà con xem chi tiết tại đây."),
        (
            "Xem toàn văn Kế hoạch tại [Cổng thông tin huyện](../a.md).",
            "Xem toàn văn Kế hoạch tại Cổng thông tin huyện.",
        ),
    ):
        assert _without_page_pointers([line]) == ([""], [(0, said)])


def test_what_a_document_does_is_said_once_in_a_bulletin(tmp_path: Path) -> None:
    # Corpus 27 cites Nghị quyết số 214 in its title and again in its purpose: each cut
    # said "Nghị quyết này ban hành Kế hoạch hành động … toàn diện.", twice in a breath.
    plan27 = PLANS / "corpus" / "27-kh-308-ha-noi-chuyen-doi-so.txt"
    plan = _plan_bulletin(tmp_path, plan27.read_text(encoding="utf-8"), today="2025-11-17")
    explained = "Nghị quyết này ban hành Kế hoạch hành động của Chính phủ"
    assert plan.reading.count(explained) == 1
    assert "Mục đích của Kế hoạch: Thành phố Hà Nội là đơn vị đi đầu" in plan.reading
    # Only a "<Kind> này …" sentence said before, word for word; others stay.
    lines = ["Quyết định này phê duyệt A. Một là, làm B.", "Quyết định này phê duyệt A. Làm B."]
    assert drop_repeated_explanations(lines) == [lines[0], "Làm B."]
    other = ["Quyết định này phê duyệt A.", "Quyết định này phê duyệt C."]
    assert drop_repeated_explanations(other) == other
