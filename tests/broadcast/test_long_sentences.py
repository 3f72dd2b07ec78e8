"""An editor's cuts of long plan sentences, on sentences written for each rule.

The sentences here are written for the rules (names, numbers and subjects made
up in the style of real plans), not copied from the corpus: each rule is shown
cutting where an editor would and leaving alone what it must not touch.
"""

from __future__ import annotations

import re

from campaign.broadcast.editing import (
    MAX_SENTENCE_SYLLABLES,
    purpose_items,
    sentences_of,
    split_long_sentences,
)
from campaign.broadcast.reading import normalize
from campaign.broadcast.timing import count_syllables


def _said(text: str) -> str:
    """``text`` as the reader says it (the rules work on what is said)."""
    return normalize(text).text


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.!?]+[.!?]", text)]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


# --- a cited document, then what it does ------------------------------------------


def test_a_cited_directive_is_named_then_its_subject_said() -> None:
    said = _said(
        "Kế hoạch về thực hiện Chỉ thị số 15/CT-TTg ngày 20/3/2023 của Thủ tướng Chính phủ "
        "về việc đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới."
    )
    assert count_syllables(said) > MAX_SENTENCE_SYLLABLES
    first, second = _sentences(split_long_sentences(said))
    assert first.startswith("Kế hoạch về thực hiện Chỉ thị số mười lăm ngày hai mươi")
    assert first.endswith("của Thủ tướng Chính phủ.")
    assert second == (
        "Chỉ thị này về việc đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong "
        "tình hình mới."
    )


def test_what_a_decision_approves_keeps_its_horizon() -> None:
    said = _said(
        "Một là, triển khai có hiệu quả Quyết định số 412/QĐ-TTg ngày 05/5/2022 của Thủ "
        "tướng Chính phủ phê duyệt Chiến lược phát triển, quản lý rừng bền vững giai đoạn "
        "2021 - 2030, tầm nhìn đến năm 2050."
    )
    out = split_long_sentences(said)
    first, second = _sentences(out)
    assert first.endswith("của Thủ tướng Chính phủ.")
    assert second.startswith("Quyết định này phê duyệt Chiến lược phát triển, quản lý rừng")
    assert second.endswith("tầm nhìn đến năm hai nghìn không trăm năm mươi.")
    # Nothing lost, nothing added but the document's kind said again.
    added = _words(out)
    for word in _words(said):
        added.remove(word)
    assert added == ["quyết", "định", "này"]


def test_a_resolution_that_issues_a_plan() -> None:
    said = _said(
        "Nghị quyết số 88/NQ-CP ngày 14/6/2024 của Chính phủ ban hành Chương trình hành "
        "động của Chính phủ về phát triển nguồn nhân lực chất lượng cao cho vùng đồng bằng."
    )
    [first, second] = _sentences(split_long_sentences(said))
    assert first.endswith("của Chính phủ.")
    assert second.startswith("Nghị quyết này ban hành Chương trình hành động của Chính phủ")


def test_a_second_document_in_the_object_is_not_given_to_the_first() -> None:
    # "… phê duyệt Quy hoạch … và các Quyết định của Bộ trưởng …": the decisions of the
    # minister are what the plan carries out too; "Quyết định này phê duyệt … và các
    # Quyết định …" would make them part of what the first decision approves.
    said = _said(
        "Một là, triển khai Quyết định số 307/QĐ-TTg ngày 02/3/2024 của Thủ tướng Chính phủ "
        "phê duyệt Quy hoạch mạng lưới trường học và các Quyết định của Bộ trưởng Bộ Giáo "
        "dục và Đào tạo điều chỉnh Quy hoạch mạng lưới trường học."
    )
    assert "này" not in split_long_sentences(said)


def test_a_subject_shared_by_two_documents_is_not_given_to_one() -> None:
    said = _said(
        "Kế hoạch về triển khai Quyết định số 9/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính "
        "phủ và Quyết định số 2107/QĐ-BTC ngày 11/8/2025 của Bộ Tài chính về đề án xây dựng "
        "cơ sở dữ liệu quốc gia về giá."
    )
    assert "này" not in split_long_sentences(said)


def test_the_plans_own_scope_after_a_comma_stays_with_the_plan() -> None:
    # ", trên địa bàn tỉnh Hà Tĩnh" is where the plan applies, not the directive: said
    # after "Chỉ thị này về …" it would narrow a national directive to one province.
    said = _said(
        "Kế hoạch về thực hiện Chỉ thị số 21/CT-TTg ngày 09/9/2025 của Thủ tướng Chính phủ "
        "về tăng cường công tác phòng cháy rừng trong mùa khô, trên địa bàn tỉnh Hà Tĩnh."
    )
    assert "này" not in split_long_sentences(said)


def test_the_plans_local_scope_is_not_given_to_a_national_document() -> None:
    # No comma to tell: "trên địa bàn huyện" is where the plan assesses, not what the
    # Secretariat's conclusion is about.
    said = _said(
        "Một là, đánh giá kết quả 15 năm thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 "
        "của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 trên địa bàn huyện."
    )
    assert "này" not in split_long_sentences(said)


def test_an_opening_phrase_keeps_its_main_clause() -> None:
    said = _said(
        "Thực hiện Chỉ thị số 21/CT-TTg ngày 09/9/2025 của Thủ tướng Chính phủ về phòng "
        "cháy rừng, các cơ quan, đơn vị tổ chức tuyên truyền đến từng thôn, bản trong tháng."
    )
    assert "này" not in split_long_sentences(said)


def test_an_enumerated_item_opens_with_its_own_verb() -> None:
    # "Một là, thực hiện …": "thực hiện" is the item's verb, not an opening phrase.
    said = _said(
        "Một là, thực hiện Quyết định số 412/QĐ-TTg ngày 05/5/2022 của Thủ tướng Chính phủ "
        "phê duyệt Chiến lược phát triển lâm nghiệp bền vững của cả nước đến năm 2030."
    )
    [_, second] = _sentences(split_long_sentences(said))
    assert second.startswith("Quyết định này phê duyệt Chiến lược")


def test_a_citation_in_brackets_is_not_cut() -> None:
    said = (
        "Các xã tổ chức tuyên truyền về phòng cháy rừng (theo Chỉ thị số hai mươi mốt ngày "
        "mồng chín tháng chín năm hai nghìn không trăm hai mươi lăm của Thủ tướng Chính phủ "
        "về tăng cường công tác phòng cháy rừng trong mùa khô) đến từng thôn."
    )
    assert count_syllables(said) > MAX_SENTENCE_SYLLABLES
    assert "này" not in split_long_sentences(said)


def test_a_short_citation_is_left_in_one_sentence() -> None:
    said = _said("Thực hiện Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ về phòng cháy rừng.")
    assert split_long_sentences(said) == said


# --- "bảo đảm …" at the end of a long purpose -----------------------------------------


def _items(text: str) -> list[str]:
    return purpose_items(text, lambda t: count_syllables(_said(t)))


def test_how_the_work_is_to_be_done_is_a_sentence_of_its_own() -> None:
    text = (
        "Phân công cụ thể nhiệm vụ, thời hạn hoàn thành và trách nhiệm của các phòng, ban "
        "chuyên môn, Ủy ban nhân dân các xã trong việc tổ chức thực hiện Đề án, bảo đảm "
        "kịp thời, đồng bộ, thống nhất và hiệu quả."
    )
    [item] = _items(text)
    assert sentences_of(item) == [
        "Phân công cụ thể nhiệm vụ, thời hạn hoàn thành và trách nhiệm của các phòng, ban "
        "chuyên môn, Ủy ban nhân dân các xã trong việc tổ chức thực hiện Đề án.",
        "Việc này phải bảo đảm kịp thời, đồng bộ, thống nhất và hiệu quả",
    ]


def test_after_an_aim_ensuring_is_part_of_the_aim() -> None:
    text = (
        "Nhằm tổ chức thành công Đại hội đại biểu Hội Nông dân huyện lần thứ mười hai, "
        "nhiệm kỳ 2023 - 2028, đảm bảo dân chủ, đoàn kết, đổi mới và đúng quy định."
    )
    [item] = _items(text)
    assert sentences_of(item)[1] == (
        "Việc này nhằm đảm bảo dân chủ, đoàn kết, đổi mới và đúng quy định"
    )


def test_ensuring_as_a_noun_is_not_cut() -> None:
    # "và bảo đảm an sinh xã hội", "về bảo đảm quốc phòng": what is named, not how.
    text = (
        "Góp phần thực hiện thắng lợi các chủ trương, chính sách về trợ giúp xã hội, trợ "
        "cấp người cao tuổi, chăm sóc trẻ em mồ côi và bảo đảm an sinh xã hội trên địa "
        "bàn huyện."
    )
    assert _items(text) == [text]


def test_a_short_purpose_keeps_its_ensuring() -> None:
    text = "Triển khai Đề án kịp thời, bảo đảm đồng bộ và hiệu quả."
    assert _items(text) == [text]
