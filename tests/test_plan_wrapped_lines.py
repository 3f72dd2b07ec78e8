"""Hard-wrapped lines of web copies: a wrap that falls before a number or a capital is
no new item or paragraph (issue 16, plans 06, 12, 15, 22 of the corpus)."""

from __future__ import annotations

import textwrap

from campaign.importers.plan.parse import parse_plan
from campaign.importers.plan.unwrap import unwrap

HEAD = textwrap.dedent(
    """\
    ỦY BAN NHÂN DÂN
    TỈNH ĐỒNG THÁP
    Số: 556/KH-UBND
    Đồng Tháp, ngày 05 tháng 3 năm 2025

    KẾ HOẠCH
    Khai thác bền vững tài nguyên biển

    I. MỤC ĐÍCH
    Nâng cao nhận thức.

    II. TỔ CHỨC THỰC HIỆN
    """
)


def _items(body: str) -> list[tuple[str, list[str]]]:
    plan = parse_plan(HEAD + textwrap.dedent(body), "ke-hoach.txt")
    return [
        (part.title or "", [t for _, t in part.paragraphs()]) for part in plan.sections[1].parts
    ]


def test_a_document_number_at_a_line_start_is_no_numbered_item() -> None:
    """Plan 22: '... Nghị quyết số' / '36-NQ/TW ngày ...' was read as item 36 and the
    unit's task was cut there; plan 12: '... Quy chế phối hợp' / '49/QCPH-UBND ...'."""
    items = _items(
        """\
        1. Sở Nông nghiệp và Môi trường
        - Tiếp tục thực hiện Nghị quyết số
        36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương.
        - Vận động theo Quy chế phối hợp
        49/QCPH-UBND-UBMT ngày 24/01/2025; chủ trì tiếp nhận.
        2. Sở Tài chính
        - Bố trí kinh phí.
        """
    )
    assert [title for title, _ in items] == ["Sở Nông nghiệp và Môi trường", "Sở Tài chính"]
    assert items[0][1] == [
        "Tiếp tục thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương.",
        "Vận động theo Quy chế phối hợp 49/QCPH-UBND-UBMT ngày 24/01/2025; chủ trì tiếp nhận.",
    ]


def test_a_number_after_a_word_no_sentence_ends_with_goes_on() -> None:
    """A line stopped on 'số', 'ngày', 'tại', ...: the number below is the rest of it; after
    a finished sentence, or a heading, '2. ...' and '1- ...' are items."""
    items = _items(
        """\
        1. Sở Y tế
        Chủ trì theo Kế hoạch số
        12. Tổ chức tiêm chủng tại
        3 xã vùng cao.
        2. Công an tỉnh
        1- Bảo đảm an ninh.
        """
    )
    assert [title for title, _ in items] == ["Sở Y tế", "Công an tỉnh", "Bảo đảm an ninh."]
    assert items[0][1] == ["Chủ trì theo Kế hoạch số 12. Tổ chức tiêm chủng tại 3 xã vùng cao."]


# A web page's copy: lines filled to about 80 characters, paragraphs a blank line apart.
_FILLER = textwrap.fill(
    "Các sở, ban, ngành tổ chức tuyên truyền sâu rộng đến cán bộ, công chức, viên chức "
    "và người lao động về nội dung kế hoạch, bảo đảm thiết thực và hiệu quả " * 12,
    width=80,
)


def _web(text: str) -> list[str]:
    lines = [line for _, line in unwrap(_FILLER + "\n\n" + text.rstrip("\n"))]
    return lines[lines.index("") + 1 :]


def test_a_line_filled_to_the_page_width_goes_on_below() -> None:
    """Plan 15: '- Phương án phân bổ vốn ... giai đoạn' / '2026 - 2030; ...'; 22: '... tại
    khu vực Cồn' / 'Ngang.'; the short first line of a bullet goes on too ('- Chủ trì phối
    hợp UBND tỉnh,' / 'Sở Công Thương ...', plan 12)."""
    text = (
        "- Phương án phân bổ vốn kế hoạch\n"
        "đầu tư công trung hạn nguồn hỗ trợ có mục tiêu từ ngân sách trung ương giai đoạn\n"
        "2026 - 2030; kế hoạch đầu tư vốn, dự toán ngân sách trung ương hỗ trợ có mục\n"
        "tiêu hàng năm.\n"
        "\n"
        "- Chủ trì phối hợp UBND tỉnh,\n"
        "Sở Công Thương và các cơ quan liên quan tổ chức tiếp nhận, quản lý và phân phối\n"
        "nguồn đóng góp tự nguyện; đẩy mạnh phát triển tuyến du lịch sinh thái tại Cồn\n"
        "Ngang.\n"
    )
    assert _web(text) == [
        "- Phương án phân bổ vốn kế hoạch đầu tư công trung hạn nguồn hỗ trợ có mục tiêu "
        "từ ngân sách trung ương giai đoạn 2026 - 2030; kế hoạch đầu tư vốn, dự toán ngân "
        "sách trung ương hỗ trợ có mục tiêu hàng năm.",
        "",
        "- Chủ trì phối hợp UBND tỉnh, Sở Công Thương và các cơ quan liên quan tổ chức tiếp "
        "nhận, quản lý và phân phối nguồn đóng góp tự nguyện; đẩy mạnh phát triển tuyến du "
        "lịch sinh thái tại Cồn Ngang.",
    ]


def test_a_filled_line_stops_at_a_sentence_end_an_item_or_narrow_text() -> None:
    text = (
        "Ủy ban nhân dân tỉnh giao các sở, ban, ngành tổ chức thực hiện kế hoạch này gồm\n"
        "- Sở Y tế chủ trì.\n"
        "Ủy ban nhân dân tỉnh giao các sở, ban, ngành tổ chức thực hiện nghiêm kế hoạch.\n"
        "Sở Tài chính bố trí kinh phí.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
    )
    assert _web(text) == text.rstrip("\n").split("\n")
    # A copy that is not filled to one width is not joined before a capital.
    narrow = "Ủy ban nhân dân tỉnh giao các sở, ban, ngành thực hiện kế hoạch tại\nCồn Ngang.\n"
    assert [line for _, line in unwrap(narrow.rstrip("\n"))] == narrow.rstrip("\n").split("\n")


def test_an_items_one_paragraph_ending_the_plan_is_its_task_not_the_closing() -> None:
    """Plan 02: '4. Các tổ chức, cá nhân liên quan' / 'Phối hợp ... (nếu có)./.' is the
    item's task; 'Trên đây là Kế hoạch ...' and a paragraph after a running item are the
    closing."""
    plan = parse_plan(
        HEAD + "1. Sở Y tế\n- Chủ trì.\n2. Các tổ chức liên quan\nPhối hợp thực hiện./.\n", "k.txt"
    )
    assert plan.closing is None
    assert [t for _, t in plan.sections[1].parts[1].paragraphs()] == ["Phối hợp thực hiện./."]
    closing = parse_plan(
        HEAD + "1. Sở Y tế\nTrên đây là Kế hoạch của Ủy ban nhân dân tỉnh./.\n", "k.txt"
    ).closing
    assert closing is not None and closing.text and closing.text.startswith("Trên đây")
    running = parse_plan(
        HEAD + "1. Các sở, ban, ngành chịu trách nhiệm thực hiện.\n\n"
        "Trong quá trình thực hiện, nếu có vướng mắc, báo cáo Sở Y tế./.\n",
        "k.txt",
    ).closing
    assert running is not None
