"""Template blanks are never read aloud: the sentence holding one is left out, and noted.

The sentences here were written for these tests, in the shapes blanks take in forms
and unfinished plans (a Word form's "ngày    tháng    năm", a web copy's "…/KH-UBND",
the "CẦN ĐIỀN" that ``campaign init`` writes), and in the shapes of ordinary text that
looks like one and is not (a list trailing off, a Roman numeral, a gloss in brackets).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.broadcast.blanks import first_blank, without_blank_lines, without_blanks
from campaign.broadcast.bulletin import (
    build_bulletins,
    editor_notes,
    project_bulletins,
    slot_script,
)
from campaign.content.load import load_campaign_source
from campaign.project import load_project
from tests.conftest import MINIMAL

BLANKS = [
    ("Hội nghị tổ chức vào ngày … tháng … năm 2025.", "ngày …"),
    ("Hội nghị tổ chức vào ngày ... tháng ... năm 2025.", "ngày ..."),
    ("Kế hoạch số …/KH-UBND của Ủy ban nhân dân xã.", "số …"),
    ("Kế hoạch số      /KH-UBND ban hành.", "số /"),
    ("Ban hành ngày    tháng    năm 2024 tại xã.", "ngày tháng năm 2024"),
    ("Hạn nộp là ngày xx/xx/2025.", "xx/xx/2025"),
    ("Hạn nộp là ngày XX/XX/20XX.", "XX/XX/20XX"),
    ("Số hiệu văn bản xx/KH-UBND.", "xx"),
    ("Phấn đấu đạt chuẩn vào năm 20xx.", "20xx"),
    ("Phấn đấu đạt chuẩn vào năm 20.. theo lộ trình.", "năm 20.."),
    ("Địa điểm tổ chức: (tên đơn vị).", "(tên đơn vị)"),
    ("Liên hệ [Tên xã] để đăng ký.", "[Tên xã]"),
    ("Người nhận: <họ và tên>.", "<họ và tên>"),
    ("Người ký (ký, ghi rõ họ tên) xác nhận.", "(ký, ghi rõ họ tên)"),
    ("Nội dung chi tiết […] sẽ bổ sung.", "[…]"),
    ("Số điện thoại liên hệ: ...........", "..........."),
    ("Người phụ trách: ______ điều phối.", "______"),
    ("Lúc … giờ sáng, các đội tập trung.", "Lúc …"),
    ("Xin giới thiệu Kế hoạch của CẦN ĐIỀN tên cơ quan ban hành.", "CẦN ĐIỀN"),
    ("Tổ chức tại thôn ..... theo lịch.", "thôn ....."),
    ("Họ và tên người đăng ký:.........", "........."),
]

NOT_BLANKS = [
    # A list trailing off, a sentence trailing off before the next one.
    "Các hoạt động văn nghệ, thể thao... được tổ chức sôi nổi.",
    "Cả năm... Mọi người đều cố gắng.",
    "Năm 2025... các hoạt động diễn ra liên tục.",
    "Phổ biến các quy định theo Luật Thủy sản, Luật Bảo vệ môi trường,....",
    # A quotation shortened by the writer is text, not a form.
    "Bài phát biểu [... lược bớt ...] kết thúc bằng lời cảm ơn.",
    # Roman numerals.
    "Đại hội XX của Đảng và thế kỷ XXI.",
    "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
    # Glosses and asides in brackets.
    "Tổ chức tại xã Tân Hòa (tên cũ là xã Tân Phú).",
    "Chương trình (sau đây gọi tắt là Chương trình) được triển khai.",
    "Lễ mít tinh (dự kiến) vào ngày 20/10/2025.",
    # "cần điền" in lower case is prose.
    "Các thông tin cần điền đầy đủ vào phiếu.",
    # Dates, numbers, times written in full.
    "Kế hoạch số 45/KH-UBND ngày 02/3/2024, lúc 7 giờ 30.",
    "Tỷ lệ đạt 1/2 chỉ tiêu, tăng 10.5%.",
]


@pytest.mark.parametrize(("text", "blank"), BLANKS)
def test_a_blank_is_found(text: str, blank: str) -> None:
    assert first_blank(text) == blank


@pytest.mark.parametrize("text", NOT_BLANKS)
def test_text_that_only_looks_like_a_blank(text: str) -> None:
    assert first_blank(text) is None
    assert without_blanks(text) == (text, [])


def test_only_the_sentence_with_the_blank_is_left_out() -> None:
    text = (
        "Hội nghị được tổ chức vào ngày … tháng 3 năm 2025. Địa điểm: (tên đơn vị). "
        "Thành phần gồm đại diện các thôn. Xin trân trọng thông báo!"
    )
    said, blanks = without_blanks(text)
    assert said == "Thành phần gồm đại diện các thôn. Xin trân trọng thông báo!"
    assert blanks == ["ngày …", "(tên đơn vị)"]
    # The blank's own dots end its sentence when a capital follows them.
    assert without_blanks("Hạn chót là ngày..... Mọi người nộp đúng hạn.") == (
        "Mọi người nộp đúng hạn.",
        ["ngày....."],
    )


def test_a_sentence_over_lines_leaves_each_line_and_every_line_keeps_its_place() -> None:
    lines = [
        "Trạm Y tế tiêm vắc xin vào ngày … tháng 3",
        "năm 2025 cho trẻ dưới một tuổi. Mang theo sổ tiêm.",
        "",
        "## Liên hệ",
        "- Gọi số xxx để hỏi.",
        "- Đến trạm trong giờ hành chính.",
    ]
    kept, blanks = without_blank_lines(lines)
    assert kept == [
        "",
        "Mang theo sổ tiêm.",
        "",
        "## Liên hệ",
        "",
        "- Đến trạm trong giờ hành chính.",
    ]
    assert blanks == [(0, "ngày …"), (4, "xxx")]


UNFILLED = textwrap.dedent(
    """\
    site:
      url: https://vi-du.example/
      name: Chiến dịch thử
      description: Một chiến dịch nhỏ để kiểm thử.
    plan:
      issuer: CẦN ĐIỀN tên cơ quan ban hành
      number: …/KH-UBND
      title: Tổ chức tuần lễ sức khỏe
      purposes:
        - Nâng cao sức khỏe người dân trên địa bàn xã.
        - Hoàn thành trước ngày … tháng … năm 2025. Huy động mọi người tham gia.
    activities:
      - id: kham-mien-phi
        name: Khám sức khỏe miễn phí
        when: {start: 10/03/2025, end: 12/03/2025}
      - id: hoi-thi
        name: Hội thi (tên hội thi)
        when: {start: 11/03/2025, end: 11/03/2025}
    events:
      - id: le-phat-dong
        name: Lễ phát động tuần lễ sức khỏe
        date: 10/03/2025
        place: (tên đơn vị)
    """
)


def test_a_plan_with_blanks_says_none_of_them(write_campaign: Callable[[str], Path]) -> None:
    campaign, source = load_campaign_source(write_campaign(UNFILLED), display="campaign.yml")
    bulletins = build_bulletins(campaign, [], [], today=dt.date(2025, 3, 5), source=source)
    # No theme, no slogan: no slogan bulletin.
    plan, event = bulletins
    # The issuer and the number are left out of the introduction, which stays.
    assert plan.paragraphs[0] == "Xin giới thiệu Kế hoạch về tổ chức tuần lễ sức khỏe."
    # The purpose keeps its number for the sentence of it that has no blank.
    assert "Hai là, huy động mọi người tham gia." in plan.paragraphs
    assert "hoàn thành trước" not in plan.reading.lower()
    # An activity named by a blank is not said, nor its day: the others keep their numbers.
    assert "Một là, khám sức khỏe miễn phí." in plan.reading
    assert "Hai là" not in plan.reading.split("Các nội dung chính")[1]
    assert "ngày mười một" not in plan.reading
    # No appeal in anyone's name.
    assert "đề nghị" not in plan.reading
    assert event.paragraphs[0] == "Thông báo về lễ phát động tuần lễ sức khỏe."
    assert "Địa điểm" not in event.reading
    for bulletin in bulletins:
        said = bulletin.reading.lower()
        for word in ("cần điền", "tên đơn vị", "chấm", "hoặc", "…", "..."):
            assert word not in said, (bulletin.id, word)
    notes = editor_notes(bulletins)
    rows = UNFILLED.splitlines()

    def at(written: str) -> str:
        """file:line:column of ``written``, counted in the text of the file."""
        [(row, column)] = [(i, r.index(written)) for i, r in enumerate(rows) if written in r]
        return f"campaign.yml:{row + 1}:{column + 1}"

    assert notes == [
        # The event's place, read in the plan bulletin and in the event's notice (whose
        # paragraphs join several fields): pointed at the place's own line, once.
        f"{at('(tên đơn vị)')}: chỗ trống chưa điền “(tên đơn vị)”: câu có chỗ này không được "
        "đọc trong bản tin; hãy điền vào rồi dựng lại",
        f"{at('ngày …')}: chỗ trống chưa điền “ngày …”: câu có chỗ này không được đọc "
        "trong bản tin; hãy điền vào rồi dựng lại",
        f"{at('(tên hội thi)')}: chỗ trống chưa điền “(tên hội thi)”: câu có chỗ này không được "
        "đọc trong bản tin; hãy điền vào rồi dựng lại",
        f"{at('CẦN ĐIỀN')}: plan.issuer: chỗ trống chưa điền “CẦN ĐIỀN tên cơ quan ban hành”: "
        "bản tin không đọc tên cơ quan ban hành; hãy điền vào rồi dựng lại",
        f"{at('…/KH-UBND')}: plan.number: chỗ trống chưa điền “…/KH-UBND”: bản tin không đọc số "
        "của văn bản; hãy điền vào rồi dựng lại",
    ]


NEWS = """\
---
title: Lịch tiêm chủng tháng 3
date: 2025-03-01
summary: Thử.
broadcast: true
---

Trạm Y tế xã tiêm vắc xin sởi cho trẻ vào ngày … tháng 3
năm 2025. Bà con đưa trẻ đến đúng giờ.

Mọi thắc mắc xin gọi số xxx.
"""


def test_a_post_with_a_blank_keeps_its_other_sentences(
    tmp_path: Path, write_campaign: Callable[[str], Path]
) -> None:
    write_campaign(MINIMAL)
    posts = tmp_path / "docs" / "tin-tuc" / "posts"
    posts.mkdir(parents=True)
    (posts / "lich-tiem.md").write_text(NEWS, encoding="utf-8")
    project = load_project(tmp_path, today="2025-03-01")
    news = project_bulletins(project)[-1]
    assert news.paragraphs == ["Lịch tiêm chủng tháng ba.", "Bà con đưa trẻ đến đúng giờ."]
    note = "câu có chỗ này không được đọc trong bản tin; hãy điền vào rồi dựng lại"
    rows = NEWS.splitlines()
    day = rows[7].index("ngày …") + 1  # the columns of the post's lines 8 and 11
    number = rows[10].index("xxx") + 1
    assert news.warnings == [
        # Looked for in the text as heard, where "…" is written "...".
        f"docs/tin-tuc/posts/lich-tiem.md:8:{day}: chỗ trống chưa điền “ngày...”: {note}",
        f"docs/tin-tuc/posts/lich-tiem.md:11:{number}: chỗ trống chưa điền “xxx”: {note}",
    ]
    # The written text keeps every line for the proofreader.
    assert "ngày … tháng 3" in news.source_text


def test_a_stations_own_words_never_say_a_blank(write_campaign: Callable[[str], Path]) -> None:
    station = textwrap.dedent(
        """\
        broadcast:
          stations:
            - id: loa-xa
              name: Đài xã
              opening: Đây là Đài truyền thanh xã (tên xã). Kính thưa bà con.
              closing: Xin cảm ơn bà con đã lắng nghe.
        """
    )
    campaign, source = load_campaign_source(
        write_campaign(MINIMAL + station), display="campaign.yml"
    )
    bulletins = build_bulletins(campaign, [], [], today=dt.date(2025, 3, 1), source=source)
    lines = slot_script(bulletins[:1], campaign.broadcast.stations[0]).split("\n")
    assert lines[0] == "Kính thưa bà con."
    rows = (MINIMAL + station).splitlines()
    [row] = [i for i, r in enumerate(rows) if "(tên xã)" in r]
    where = f"campaign.yml:{row + 1}:{rows[row].index('(tên xã)') + 1}"
    assert editor_notes(bulletins) == [
        f"{where}: broadcast.stations[1].opening: chỗ trống chưa điền “(tên xã)”: câu "
        "có chỗ này không được đọc trong bản tin; hãy điền vào rồi dựng lại"
    ]
