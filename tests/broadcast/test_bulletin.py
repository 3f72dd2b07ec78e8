"""Bulletins composed from the campaign: what they say, how long, what they warn about."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from campaign.broadcast.abbreviations import ABBREVIATIONS
from campaign.broadcast.bulletin import (
    SAMPLE_NOTICE,
    Bulletin,
    _window,
    build_bulletins,
    editor_notes,
    project_bulletins,
    script,
    script_estimate,
)
from campaign.broadcast.stations import stations_of
from campaign.broadcast.timing import (
    CLAUSE_PAUSE,
    SENTENCE_PAUSE,
    count_syllables,
    estimate,
    format_duration,
)
from campaign.content.model import Campaign, Rewrite
from campaign.project import Project, load_project
from tests.conftest import MINIMAL, ROOT

from .reading import spelled_unknown

TODAY = dt.date(2025, 2, 10)
FORBIDDEN = set("/%&#*_[]<>@=+~|\\{}")


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project(ROOT, today=TODAY.isoformat())


def _bulletins(project: Project, *, samples: bool = False) -> list[Bulletin]:
    return build_bulletins(
        project.campaign, project.news, project.profiles, today=TODAY, include_samples=samples
    )


Composed = Callable[..., list[Bulletin]]


@pytest.fixture(scope="module")
def composed(project: Project) -> Composed:
    """``_bulletins(project, samples=...)``, composed once for the module (the tests
    only read them; a composition takes about 0.15 s of CPU)."""
    made: dict[bool, list[Bulletin]] = {}

    def at(samples: bool = False) -> list[Bulletin]:
        if samples not in made:
            made[samples] = _bulletins(project, samples=samples)
        return made[samples]

    return at


def unexpanded(text: str, campaign: Campaign) -> list[str]:
    """Tokens of two or more capitals that a dictionary would have expanded."""
    known = set(ABBREVIATIONS) | {a for u in campaign.units for a in u.abbreviations}
    known_words = {k for k in known if " " not in k}
    return [t for t in re.findall(r"\b[A-ZĐ]{2,}\b", text) if t in known_words]


def assert_speakable(text: str, campaign: Campaign) -> None:
    assert not re.search(r"[0-9]", text), text
    assert not FORBIDDEN & set(text), sorted(FORBIDDEN & set(text))
    assert unexpanded(text, campaign) == []


# --- the flagship ------------------------------------------------------------------


def test_samples_stay_off_air_by_default(composed: Composed) -> None:
    bulletins = composed()
    assert [b.id for b in bulletins] == ["ke-hoach", "khau-hieu", "su-kien-le-ky-niem"]
    assert all(not b.sample for b in bulletins)
    slogans = next(b for b in bulletins if b.id == "khau-hieu")
    # The two sample slogans are not read; the theme is read once, not as a slogan too.
    assert "Lương y" not in slogans.reading
    assert slogans.reading.count("làm theo lời Bác.") == 1


def test_samples_on_request_are_announced_as_samples(composed: Composed) -> None:
    bulletins = {b.id: b for b in composed(True)}
    assert {
        "tin-tuc-hanh-trinh-ve-nguon",
        "tin-tuc-tuyen-truyen-truc-quan",
        "tin-tuc-phat-dong-phong-trao-thi-dua",
        "guong-dien-hinh-hoang-thi-minh-hoa",
        "guong-dien-hinh-luong-van-mau",
        "guong-dien-hinh-doi-y-te-luu-dong",
    } <= set(bulletins)
    # broadcast: false keeps a post off air whatever the sample switch says.
    assert "tin-tuc-le-ky-niem" not in bulletins
    for bulletin in bulletins.values():
        if bulletin.kind in ("tin-tuc", "guong-dien-hinh"):
            assert bulletin.sample
            assert bulletin.paragraphs[0] == SAMPLE_NOTICE
    news = bulletins["tin-tuc-hanh-trinh-ve-nguon"]
    assert news.date == dt.date(2025, 2, 15)
    assert news.priority == "thông thường"


@pytest.mark.parametrize("samples", [False, True])
def test_scripts_are_speakable(composed: Composed, project: Project, samples: bool) -> None:
    for bulletin in composed(samples):
        # Nothing the reader was unsure how to say (long sentences: test_composition; a
        # post aired only to the day its future names: test_compose_six; a sentence that
        # points to a page, left out: test_compose_seven).
        editorial = ("âm tiết khi đọc", "nói việc sắp tới", "không mở được trang")
        assert [w for w in bulletin.warnings if not any(e in w for e in editorial)] == []
        for station in stations_of(project.campaign):
            assert_speakable(script(bulletin, station), project.campaign)


def test_golden_scripts(
    composed: Composed, project: Project, golden: Callable[[str, str], None]
) -> None:
    station = next(s for s in project.campaign.broadcast.stations if s.id == "loa-xa")
    for bulletin in composed():
        golden(f"bulletins/{bulletin.id}.txt", script(bulletin, station) + "\n")


def test_plan_bulletin_names_the_essentials(composed: Composed, project: Project) -> None:
    plan = composed()[0]
    text = plan.reading
    assert text.startswith("Ủy ban nhân dân huyện Văn Quan ban hành Kế hoạch về tổ chức")
    assert "từ ngày mồng một đến ngày hai mươi tám tháng hai năm" in text
    assert "Chủ đề tuyên truyền là: Y tế Việt Nam, bảy mươi năm làm theo lời Bác." in text
    assert "Một là, công tác tuyên truyền" in text
    assert "vào Thứ Tư, ngày hai mươi sáu tháng hai" in text
    assert "Hội trường Ủy ban nhân dân huyện" in text
    # "UBND huyện Văn Quan" must not become "... huyện Văn Quan Văn Quan".
    assert "Văn Quan Văn Quan" not in text
    # The anniversary's span is said once, briefly (its day), not in full.
    assert "một nghìn chín trăm năm mươi lăm" not in text
    assert text.count("Ngày Thầy thuốc Việt Nam, ngày hai mươi bảy tháng hai,") == 1
    # A dash joining phrases is a pause; inside a compound it is not said.
    assert "chính trị xã hội" in text
    assert plan.priority == project.campaign.broadcast.plan_priority
    assert plan.date is None
    # Written form keeps the digits for the proofreader.
    assert "01 - 28/02/2025" in plan.source_text


def test_event_bulletin_window(composed: Composed, project: Project) -> None:
    event = next(b for b in composed() if b.id == "su-kien-le-ky-niem")
    assert (event.date, event.until) == (dt.date(2025, 2, 19), dt.date(2025, 2, 26))
    assert event.priority == "ưu tiên"
    later = build_bulletins(project.campaign, [], [], today=dt.date(2025, 2, 27))
    assert "su-kien-le-ky-niem" not in {b.id for b in later}


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        (dt.date(2025, 2, 26), dt.date(2025, 2, 26), "ngày 26/02/2025"),
        (dt.date(2025, 2, 1), dt.date(2025, 2, 28), "từ ngày 01 - 28/02/2025"),
        (dt.date(2025, 2, 26), dt.date(2025, 3, 5), "từ ngày 26/02 - 05/03/2025"),
        (dt.date(2024, 12, 26), dt.date(2025, 1, 5), "từ ngày 26/12/2024 đến ngày 05/01/2025"),
    ],
)
def test_the_period_line_writes_a_span_as_documents_do(
    start: dt.date, end: dt.date, said: str
) -> None:
    assert _window(start, end) == said


# --- timing -------------------------------------------------------------------------


def test_syllables_are_written_tokens() -> None:
    assert count_syllables("Kính thưa bà con nhân dân.") == 6
    assert count_syllables("ba ki-lô-mét , - .") == 4


def test_duration_arithmetic() -> None:
    timing = estimate("Một hai ba, bốn năm. Sáu bảy tám; chín mười!", 60)
    # 10 syllables at 60 a minute, two sentence ends and two clause breaks.
    assert timing.syllables == 10
    assert timing.seconds == pytest.approx(10 + 2 * SENTENCE_PAUSE + 2 * CLAUSE_PAUSE)
    assert estimate("một " * 400, 200).seconds == 120.0


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(45, "45 giây"), (59.6, "1 phút"), (130, "2 phút 10 giây"), (1020, "17 phút")],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_station_script_adds_formulas(composed: Composed, project: Project) -> None:
    bulletin = composed()[1]
    station = project.campaign.broadcast.stations[1]
    lines = script(bulletin, station).split("\n")
    assert lines[0] == station.opening
    assert lines[-1] == station.closing
    assert lines[1:-1] == bulletin.paragraphs
    assert script_estimate(bulletin, station).seconds > bulletin.seconds


# --- news markup, warnings, caps -------------------------------------------------------

NEWS = """\
---
title: Tin khẩn về tiêm chủng ngày 12/3
date: 2025-03-11
summary: Thử.
broadcast: true
priority: khẩn cấp
---

## Lịch tiêm

Trạm Y tế xã tiêm vắc xin cho trẻ từ 9h ngày 12/3.
Xem [hướng dẫn](https://vi-du.example/huong-dan) và <b>mang sổ</b> tiêm.

<!-- more -->

![Ảnh minh họa không đọc](anh/a.jpg)

- Mang theo sổ tiêm chủng;
- Liên hệ XYZT để biết thêm.
"""


def scratch(
    tmp_path: Path, write_campaign: Callable[[str], Path], extra: str = "", news: str = NEWS
) -> Project:
    write_campaign(MINIMAL + textwrap.dedent(extra))
    posts = tmp_path / "docs" / "tin-tuc" / "posts"
    posts.mkdir(parents=True)
    (posts / "tiem-chung.md").write_text(news, encoding="utf-8")
    # The post shows a photo; the project checks that it exists.
    (tmp_path / "anh").mkdir()
    Image.new("RGB", (64, 48), "teal").save(tmp_path / "anh" / "a.jpg")
    return load_project(tmp_path, today="2025-03-01")


def test_news_markup_is_not_read(tmp_path: Path, write_campaign: Callable[[str], Path]) -> None:
    project = scratch(tmp_path, write_campaign)
    bulletins = build_bulletins(project.campaign, project.news, [], today=project.today)
    news = bulletins[-1]
    assert news.id == "tin-tuc-tiem-chung"
    assert news.priority == "khẩn cấp"
    assert news.date == dt.date(2025, 3, 11)
    assert news.paragraphs == [
        "Tin khẩn về tiêm chủng ngày mười hai tháng ba.",
        "Lịch tiêm.",
        "Trạm Y tế xã tiêm vắc xin cho trẻ từ chín giờ ngày mười hai tháng ba. "
        "Xem hướng dẫn và mang sổ tiêm.",
        "Mang theo sổ tiêm chủng.",
        "Liên hệ ích i dài dét tê để biết thêm.",
    ]
    # The unknown abbreviation is located in the post itself: line 19, column 11.
    assert news.warnings == [
        "docs/tin-tuc/posts/tiem-chung.md:19:11: "
        "chữ viết tắt chưa biết: 'XYZT' đã đọc từng chữ cái ('ích i dài dét tê'); "
        "nếu đọc thành tên hay có nghĩa đầy đủ, hãy thêm vào từ điển"
    ]


def test_unit_abbreviations_are_expanded(
    tmp_path: Path, write_campaign: Callable[[str], Path]
) -> None:
    news = NEWS.replace("XYZT", "TYT xã")
    extra = "  - {id: tyt, name: Trạm Y tế xã Thử, abbreviations: [TYT xã], level: xã}\n"
    write_campaign(MINIMAL.replace("units:\n", "units:\n" + extra))
    project = scratch(tmp_path, lambda text: tmp_path / "campaign.yml", news=news)
    news_bulletin = build_bulletins(project.campaign, project.news, [], today=project.today)[-1]
    assert news_bulletin.warnings == []
    assert news_bulletin.paragraphs[-1] == "Liên hệ Trạm Y tế xã Thử để biết thêm."


def test_cap_warning_for_a_long_bulletin(
    tmp_path: Path, write_campaign: Callable[[str], Path]
) -> None:
    station = """\
    broadcast:
      stations:
        - {id: loa-thu, name: Loa xã Thử, opening: Kính thưa bà con., closing: Hết., cap_minutes: 1}
    """
    body = "\n\n".join(["Bà con chú ý giữ gìn vệ sinh, ăn chín uống sôi."] * 30)
    project = scratch(tmp_path, write_campaign, station, NEWS.split("## ")[0] + body + "\n")
    news = build_bulletins(project.campaign, project.news, [], today=project.today)[-1]
    assert news.seconds > 60
    assert len(news.warnings) == 1
    assert re.fullmatch(
        r"bản tin tin-tuc-tiem-chung \(Loa xã Thử\): \d+ phút( \d+ giây)?, vượt giới hạn 1 phút",
        news.warnings[0],
    )


def test_composed_warnings_point_at_campaign_yml_fields(
    tmp_path: Path, write_campaign: Callable[[str], Path]
) -> None:
    """A doubt in a plan-made bulletin points at the campaign.yml line of its words,
    once even when the plan bulletin and the event notice both read them."""
    events = """\
    events:
      - id: hop-mat
        name: Buổi gặp mặt XKQW
        date: 11/03/2025
    """
    text = MINIMAL.replace("Khám sức khỏe miễn phí", "Khám sức khỏe QZRV") + textwrap.dedent(events)
    write_campaign(text)
    project = load_project(tmp_path, today="2025-03-05")
    lines = text.splitlines()
    # The line, and the column of the word in it (counted here from the text written).
    row = lines.index("    name: Khám sức khỏe QZRV")
    activity = f"{row + 1}:{lines[row].index('QZRV') + 1}"
    row = lines.index("    name: Buổi gặp mặt XKQW")
    event = f"{row + 1}:{lines[row].index('XKQW') + 1}"
    bulletins = build_bulletins(
        project.campaign, project.news, [], today=project.today, source=project.source
    )
    unknown = spelled_unknown
    by_id = {b.id: b.warnings for b in bulletins}
    assert by_id["ke-hoach"] == [
        f"campaign.yml:{activity}: " + unknown("QZRV"),
        f"campaign.yml:{event}: " + unknown("XKQW"),
    ]
    # The notice reads the name twice (title and fact); the fact points at the event.
    assert f"campaign.yml:{event}: " + unknown("XKQW") in by_id["su-kien-hop-mat"]
    notes = editor_notes(bulletins)
    assert notes.count(f"campaign.yml:{event}: " + unknown("XKQW")) == 1
    assert len(notes) == len(set(notes))
    # Without the parsed file: the bulletin and the paragraph's number in it.
    bare = build_bulletins(project.campaign, project.news, [], today=project.today)
    assert bare[0].warnings[0].startswith("bản tin ke-hoach:")


def test_warnings_stay_off_the_public_page(
    tmp_path: Path, write_campaign: Callable[[str], Path]
) -> None:
    from campaign.broadcast.schedule import build_schedule
    from campaign.pages import broadcast as broadcast_page

    write_campaign(MINIMAL.replace("Khám sức khỏe miễn phí", "Khám sức khỏe QZRV"))
    project = load_project(tmp_path, today="2025-03-05")
    bulletins = build_bulletins(
        project.campaign, project.news, [], today=project.today, source=project.source
    )
    assert editor_notes(bulletins)
    schedule = build_schedule(bulletins, project.campaign)
    page = broadcast_page.render(project.campaign, bulletins, schedule, [], project.today)
    assert f"{bulletins[0].title}](#ke-hoach)" in page  # the bulletin is listed
    assert "chưa biết" not in page and "campaign.yml:" not in page


# --- the station editor's rewrites (broadcast.rewrites) -------------------------------

REWRITES = textwrap.dedent(
    """\
    broadcast:
      rewrites:
        - bulletin: ke-hoach
          sentence: Ủy ban nhân dân xã Thử ban hành Kế hoạch về tổ chức tuần lễ sức khỏe.
          say: Ngày 10/3, Ủy ban nhân dân xã Thử mở tuần lễ sức khỏe.
        - sentence: câu này không có trong bản tin nào cả
          say: Không dùng.
        - bulletin: khong-co
          sentence: Khám sức khỏe miễn phí cho bà con
          say: Không dùng.
    """
)


def test_a_rewrite_replaces_the_sentence_as_read(tmp_path: Path) -> None:
    from campaign.content.load import load_campaign_source

    (tmp_path / "campaign.yml").write_text(MINIMAL + REWRITES, encoding="utf-8")
    campaign, source = load_campaign_source(tmp_path / "campaign.yml", display="campaign.yml")
    built = build_bulletins(campaign, [], [], today=TODAY, source=source)
    plan = built[0]
    # Written with digits in campaign.yml, read as words like any other text.
    assert (
        plan.paragraphs[0] == "Ngày mồng mười tháng ba, Ủy ban nhân dân xã Thử mở tuần lễ sức khỏe."
    )
    assert "ban hành Kế hoạch về tổ chức tuần lễ" not in plan.reading
    # The written bulletin (for the proofreader) keeps the plan's own sentence.
    assert "ban hành Kế hoạch về tổ chức tuần lễ sức khỏe" in plan.source_text
    lines = (MINIMAL + REWRITES).splitlines()
    second = lines.index("    - sentence: câu này không có trong bản tin nào cả") + 1
    third = lines.index("    - bulletin: khong-co") + 1
    notes = [w for w in editor_notes(built) if "broadcast.rewrites" in w]
    assert notes == [
        f"campaign.yml:{second}: broadcast.rewrites: không tìm thấy câu này trong bản tin "
        "nào: lời đọc thay thế chưa được dùng; hãy chép lại câu đúng như trong kịch bản "
        "hoặc campaign.yml",
        f"campaign.yml:{third}: broadcast.rewrites: không có bản tin “khong-co” (có: "
        "ke-hoach, khau-hieu): lời đọc thay thế chưa được dùng; hãy chép lại câu đúng như "
        "trong kịch bản hoặc campaign.yml",
    ]


def test_a_rewrite_is_found_as_written_or_as_read_inside_a_sentence() -> None:
    # The example's event notice: in campaign.yml "Chỉ thị số 24-CT/TW" and "6/2023",
    # in the rewrite "Chỉ thị số 24" and "tháng 6/2023": both read the same.
    example = load_project(ROOT / "examples" / "chi-thi-06", today="2023-05-20")
    notice = Rewrite(
        bulletin="su-kien-hoi-nghi-tong-ket",
        sentence="Hội nghị dự kiến được tổ chức vào tháng 6/2023, gắn với hội nghị tổng kết "
        "15 năm thực hiện Chỉ thị số 24.",
        say="Hội nghị dự kiến được tổ chức vào tháng 6/2023. Cùng dịp này là hội nghị "
        "tổng kết 15 năm thực hiện Chỉ thị số 24.",
    )
    rewrites = [*example.campaign.broadcast.rewrites, notice]
    settings = example.campaign.broadcast.model_copy(update={"rewrites": rewrites})
    campaign = example.campaign.model_copy(update={"broadcast": settings})
    built = build_bulletins(campaign, [], [], today=dt.date(2023, 5, 20), source=example.source)
    said = built[-1].reading
    assert "Cùng dịp này là hội nghị tổng kết mười lăm năm" in said
    assert "hai mươi ba, gắn với" not in said
    assert not [w for w in editor_notes(built) if "broadcast.rewrites" in w]
    # A rewrite with no bulletin named applies to every bulletin that says it: the
    # event's name is said in the plan and in the event's own notice.
    anywhere = Rewrite(
        sentence="tổng kết 20 năm thực hiện Chỉ thị số 06-CT/TW",
        say="tổng kết hai mươi năm thực hiện Chỉ thị sáu",
    )
    settings = example.campaign.broadcast.model_copy(update={"rewrites": [anywhere]})
    campaign = example.campaign.model_copy(update={"broadcast": settings})
    built = build_bulletins(campaign, [], [], today=dt.date(2023, 5, 20))
    for bulletin in built:
        assert "tổng kết hai mươi năm thực hiện Chỉ thị sáu" in bulletin.reading
    assert not [w for w in editor_notes(built) if "broadcast.rewrites:" in w]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("    - {sentence: '', say: Câu khác.}", "sentence"),
        ("    - {sentence: Một câu đủ dài để tìm thấy, say: ''}", "say"),
        (
            "    - {sentence: Một câu đủ dài để tìm thấy, say: Câu khác., bulletin: Kế Hoạch}",
            "bulletin",
        ),
        ("    - {sentence: Một câu đủ dài để tìm thấy, noi: Câu khác.}", "noi"),
    ],
)
def test_a_bad_rewrite_is_located(entry: str, expected: str) -> None:
    from campaign.content.errors import ContentError
    from campaign.content.load import parse_campaign

    text = MINIMAL + "broadcast:\n  rewrites:\n" + entry + "\n"
    line = text.splitlines().index(entry) + 1
    with pytest.raises(ContentError) as caught:
        parse_campaign(text, "campaign.yml")
    problems = [str(p) for p in caught.value.problems]
    assert all(p.startswith(f"campaign.yml:{line}: broadcast.rewrites[0].") for p in problems)
    assert any(f"rewrites[0].{expected}:" in p for p in problems), problems


def test_project_bulletins_are_the_builds(
    tmp_path: Path, write_campaign: Callable[[str], Path]
) -> None:
    """The one call every caller makes (the build, `broadcast check`, the scripts): the
    project's own date and its campaign.yml, so a composed bulletin's note names the
    line of the field its words come from."""
    extra = MINIMAL.replace("Khám sức khỏe miễn phí", "Khám sức khỏe miễn phí tại QWXZ")
    project = scratch(tmp_path, lambda text: write_campaign(extra))
    bulletins = project_bulletins(project)
    assert [b.id for b in bulletins] == ["ke-hoach", "khau-hieu", "tin-tuc-tiem-chung"]
    assert project.today == dt.date(2025, 3, 1)
    plan_notes = [n for n in bulletins[0].warnings if "QWXZ" in n]
    assert plan_notes and all(n.startswith("campaign.yml:13:") for n in plan_notes), plan_notes
    unlocated = build_bulletins(project.campaign, project.news, [], today=project.today)
    assert not any(n.startswith("campaign.yml:") for n in unlocated[0].warnings)
    assert [b.reading for b in bulletins] == [b.reading for b in unlocated]
