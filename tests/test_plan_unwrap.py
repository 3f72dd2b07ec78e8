"""The pre-pass that re-joins what a web page's layout cut, and the header shapes it
makes readable (split dates, blank number and date, decision with an attached plan)."""

from __future__ import annotations

from campaign.importers.plan.parse import parse_plan
from campaign.importers.plan.unwrap import unwrap


def test_joins_cut_pieces_and_keeps_line_numbers() -> None:
    text = "|\n**ỦY BAN NHÂN\nDÂN**\n|\n*Đắk Lắk, ngày 18\ntháng 11 năm 2025*\nSố:\n12/KH-UBND\n"
    lines = unwrap(text)
    assert (1, "") in lines  # a lone "|" is a blank line
    assert (2, "**ỦY BAN NHÂN DÂN**") in lines
    assert (5, "*Đắk Lắk, ngày 18 tháng 11 năm 2025*") in lines
    assert (7, "Số: 12/KH-UBND") in lines
    assert all(number != 3 for number, _ in lines)  # joined into line 2


def test_signature_lines_stay_apart() -> None:
    lines = [text for _, text in unwrap("**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**")]
    assert lines == ["**KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH**"]
    joined = [text for _, text in unwrap("**TM. ỦY BAN NHÂN\nDÂN**")]
    assert joined == ["**TM. ỦY BAN NHÂN DÂN**"]


def test_blank_number_and_date_are_left_blank_and_reported() -> None:
    plan = parse_plan(
        "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: /KH-UBND\nTân Lập, ngày tháng 01 năm 2024\n\n"
        "KẾ HOẠCH\nTổ chức Tết Nguyên đán\n\nI. MỤC ĐÍCH\n- Vui tươi.\n",
        "ke-hoach.txt",
    )
    assert plan.number is None and plan.date is None and plan.place == "Tân Lập"
    assert [text for _, text in plan.header] == ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"]
    assert any("số văn bản để trống" in note for note in plan.notes)
    assert any("ngày ban hành để trống" in note for note in plan.notes)


def test_decision_with_attached_plan() -> None:
    plan = parse_plan(
        "ỦY BAN NHÂN DÂN\nTỈNH X\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/QĐ-UBND\n"
        "Hà Nội, ngày 2 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH Y\n\n"
        "Điều 1. Ban hành.\n\n"
        "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn B\n\n"
        "KẾ HOẠCH\nY TRÊN ĐỊA BÀN TỈNH\n(Ban hành kèm theo Quyết định số 5/QĐ-UBND ngày\n"
        "02/3/2025 của Ủy ban nhân dân tỉnh)\n\nI. MỤC ĐÍCH\n- Một.\n",
        "qd.txt",
    )
    assert plan.number is None and plan.decision == "5/QĐ-UBND" and plan.place == "Hà Nội"
    assert plan.title == "Y TRÊN ĐỊA BÀN TỈNH"
    assert plan.attachment is not None and plan.attachment.endswith("Ủy ban nhân dân tỉnh")
    assert [text for _, text in plan.header] == ["ỦY BAN NHÂN DÂN", "TỈNH X"]
    assert plan.signer is not None and plan.signer.name == "Nguyễn Văn B"
    assert plan.signer.authority == "KT. CHỦ TỊCH"
    assert len(plan.recipients) == 2


def test_a_lower_case_parenthesis_goes_on_the_sentence_above() -> None:
    """ "... hằng năm" / "(trước ngày 15 tháng 11) hoặc ..." is one sentence (plan 24);
    "(Ban hành kèm theo ...)" and a recipient's own line are not joined."""
    lines = [
        t
        for _, t in unwrap(
            "Báo cáo kết quả hằng năm\n(trước ngày 15 tháng 11) hoặc khi có yêu cầu."
        )
    ]
    assert lines == ["Báo cáo kết quả hằng năm (trước ngày 15 tháng 11) hoặc khi có yêu cầu."]
    lines = [t for _, t in unwrap("KẾ HOẠCH\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)")]
    assert lines == ["KẾ HOẠCH", "(Ban hành kèm theo Quyết định số 12/QĐ-UBND)"]


def test_a_date_cut_after_ngay_is_joined() -> None:
    lines = [t for _, t in unwrap("báo cáo về Sở chậm nhất *ngày\n17 tháng 12.* Thời gian báo cáo")]
    assert lines == ["báo cáo về Sở chậm nhất *ngày 17 tháng 12.* Thời gian báo cáo"]
    lines = [t for _, t in unwrap("Tổ chức vào ngày\nThứ Bảy")]
    assert lines == ["Tổ chức vào ngày", "Thứ Bảy"]


def test_an_items_label_alone_joins_its_text() -> None:
    """Plan 06 prints "a)" on its own line and the item below: one item, not a paragraph
    "a)"; two labels in a row, or a label before a table's "|", stay apart."""
    lines = [text for _, text in unwrap("a)\nXác định nội dung.\n*b) *\nPhát huy kết quả.")]
    assert lines == ["a) Xác định nội dung.", "*b) * Phát huy kết quả."]
    assert [text for _, text in unwrap("1.\n2.\nBáo cáo.")] == ["1.", "2. Báo cáo."]
    assert [text for _, text in unwrap("|\n1.\n|")] == ["", "1.", ""]


def test_a_short_emphasised_heading_cut_in_two_is_joined() -> None:
    """Plan 15: "*2.1. Sở" / "Tài chính*" is one italic heading; a long italic line that
    ends its sentence is not joined to a line below that closes an emphasis."""
    assert [t for _, t in unwrap("*2.1. Sở\nTài chính*")] == ["*2.1. Sở Tài chính*"]
    long = "*Các đơn vị thực hiện nghiêm túc kế hoạch này."
    assert [t for _, t in unwrap(f"{long}\nSở Tài chính*")] == [long, "Sở Tài chính*"]


def test_stray_stars_of_emphasis_split_across_lines_are_dropped() -> None:
    """A web copy's emphasis opened or closed on another line leaves a lone star at a
    word's edge: not printed; a footnote mark "(*)" and a product "5 * 3" keep theirs."""
    from campaign.importers.plan.parse import _plain

    assert _plain("*1.1.")[0] == "1.1."
    assert _plain("Trưởng Ban Chỉ đạo*")[0] == "Trưởng Ban Chỉ đạo"
    assert _plain("Quy hoạch) *(gọi tắt")[0] == "Quy hoạch) (gọi tắt"
    assert _plain("theo mục (*) dưới đây")[0] == "theo mục (*) dưới đây"
    assert _plain("5 * 3")[0] == "5 * 3"


def test_a_line_ending_on_a_word_that_needs_more_goes_on_in_a_name() -> None:
    # Written for the rule (corpus 01 has "5. Xây dựng Nghị định của" / "Chính phủ").
    text = "3. Tổ chức tập huấn cho\nBan Chỉ đạo các xã\n\n4. Lập kế hoạch.\nBan Chỉ đạo họp.\n"
    lines = unwrap(text)
    assert (1, "3. Tổ chức tập huấn cho Ban Chỉ đạo các xã") in lines
    # A sentence that ends is not joined to the name that opens the next one.
    assert (5, "Ban Chỉ đạo họp.") in lines
    # Nor is a numbered part after "về": "… về" / "2. …" stay apart.
    assert (2, "2. Nội dung") in unwrap("Báo cáo kết quả về\n2. Nội dung\n")


def test_an_elision_mark_is_no_text_of_the_plan() -> None:
    # "[... lược bớt ...]" (the corpus copies), "[…]": the copier left text out.
    text = (
        "- Nâng cao nhận thức.\n\n[... lược bớt ...]\n\n2. Nội dung\nTuyên truyền [...] rộng rãi.\n"
    )
    lines = unwrap(text)
    assert (3, "") in lines
    assert (6, "Tuyên truyền rộng rãi.") in lines
    assert not any("lược bớt" in line for _, line in lines)
