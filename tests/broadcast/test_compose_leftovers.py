"""Composition leftovers an editor's read-through found (issue 17, item 4): each rule
on sentences written for it (plans 06, 27, 34 and the example's participants show
the same shapes)."""

from __future__ import annotations

import re

from campaign.broadcast.bulletin import _purpose_item, _purpose_sentence, _series, enumerated
from campaign.broadcast.casing import lower_item
from campaign.broadcast.editing import split_long_sentences


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.!?]+[.!?]", text)]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def test_the_same_given_opening_is_not_said_twice_in_a_row() -> None:
    # Written for the rule: a purpose cut before "để …" and before its "bảo đảm …"
    # (the shape of corpus 34's first purpose). Long enough that no piece goes back.
    text = (
        "Một là, tuyên truyền sâu rộng trong các thôn, bản, tổ dân phố và trong các cơ "
        "quan, đơn vị trên địa bàn xã để tổ chức thành công cuộc thi tìm hiểu pháp luật "
        "về phòng cháy, chữa cháy và cứu nạn, cứu hộ năm hai nghìn không trăm hai mươi "
        "sáu. Việc này nhằm bảo đảm an toàn, tiết kiệm, đúng quy định."
    )
    said = _sentences(split_long_sentences(text))
    assert said[1].startswith("Việc này nhằm tổ chức thành công cuộc thi")
    assert said[2] == "Việc này cũng nhằm bảo đảm an toàn, tiết kiệm, đúng quy định."
    # Every word of the source is still said, in order.
    assert _words(" ".join(said).replace(" cũng", "").replace(" Việc này nhằm", "")) == (
        _words(text.replace(" để", "").replace(" Việc này nhằm", ""))
    )


def test_different_openings_in_a_row_are_left_alone() -> None:
    text = "Việc này nhằm nâng cao nhận thức. Việc này góp phần giảm tai nạn."
    assert split_long_sentences(text) == text


def test_a_purpose_with_its_own_subject_is_not_prefixed_nham() -> None:
    # The shape of corpus 27 ("Thành phố Hà Nội là đơn vị đi đầu …").
    item = "Tỉnh Lạng Sơn là địa phương đi đầu trong chuyển đổi số ở khu vực biên giới."
    said = _purpose_sentence("Kế hoạch", item)
    assert "nhằm" not in said
    assert said == f"Mục đích của Kế hoạch: {item}"
    assert _purpose_sentence("Kế hoạch", "100% trạm y tế có bác sĩ.").startswith("Mục đích")
    # A verb phrase keeps "nhằm", once; a plan verb before "là" is no subject.
    assert _purpose_sentence("Kế hoạch", "Tôn vinh cán bộ y tế.") == (
        "Kế hoạch nhằm tôn vinh cán bộ y tế."
    )
    assert _purpose_sentence("Kế hoạch", "Nhằm tôn vinh cán bộ y tế.") == (
        "Kế hoạch nhằm tôn vinh cán bộ y tế."
    )
    assert _purpose_sentence("Kế hoạch", "Nâng cao nhận thức là nhiệm vụ chính.") == (
        "Kế hoạch nhằm nâng cao nhận thức là nhiệm vụ chính."
    )


def test_a_purpose_that_is_the_basis_has_the_plan_as_subject() -> None:
    # The shape of corpus 19 and 28: "Là cơ sở để …" as a purpose.
    item = "Là cơ sở để các xã xây dựng kế hoạch của mình."
    assert _purpose_sentence("Kế hoạch", item) == (
        "Kế hoạch là cơ sở để các xã xây dựng kế hoạch của mình."
    )
    assert _purpose_item("Kế hoạch", 2, item) == (
        "Hai là, Kế hoạch là cơ sở để các xã xây dựng kế hoạch của mình."
    )
    assert _purpose_item("Kế hoạch", 1, "Nhằm phát huy vai trò") == "Một là, phát huy vai trò"


def test_a_cut_never_leaves_a_dangling_basis() -> None:
    # The shape of corpus 06: "…, làm cơ sở để …", too long to say in one breath.
    text = (
        "Xác định số lượng, hiện trạng sử dụng và giá trị các công trình nước sạch nông "
        "thôn do Nhà nước đầu tư trên địa bàn các xã vùng cao của huyện sau khi sắp xếp "
        "đơn vị hành chính, làm cơ sở để tiếp tục bố trí, sử dụng, khai thác có hiệu quả "
        "các công trình này."
    )
    said = _sentences(split_long_sentences(text))
    assert not any(s.rstrip(".").endswith("làm cơ sở") for s in said)
    assert said[-1] == (
        "Việc này làm cơ sở để tiếp tục bố trí, sử dụng, khai thác có hiệu quả các công trình này."
    )


def test_a_body_in_a_list_keeps_its_capital() -> None:
    # Participants as plans list them (the example's "Thường trực Thị ủy").
    who = [
        "Thường trực Huyện ủy.",
        "Đại diện lãnh đạo Phòng Y tế.",
        "Ủy ban nhân dân các xã.",
        "Hội Nông dân huyện.",
        "Phòng chống dịch của trường.",
        "Hội nghị viên.",
    ]
    assert _series(who) == (
        "Thường trực Huyện ủy; đại diện lãnh đạo Phòng Y tế; Ủy ban nhân dân các xã; "
        "Hội Nông dân huyện; phòng chống dịch của trường; hội nghị viên"
    )
    assert lower_item("Bộ phận một cửa") == "bộ phận một cửa"
    assert lower_item("Bộ Y tế") == "Bộ Y tế"


def test_an_item_does_not_announce_a_list_it_does_not_read() -> None:
    # The shapes of corpus 25 and 35: "…, bao gồm:" and "…, cụ thể:" before a list
    # the bulletin leaves out.
    assert enumerated(5, "Kiện toàn Ban Chỉ đạo xã đúng thành phần, bao gồm:") == (
        "Năm là, kiện toàn Ban Chỉ đạo xã đúng thành phần"
    )
    assert enumerated(2, "Tiếp nhận đơn thư theo hướng dẫn của huyện, cụ thể:") == (
        "Hai là, tiếp nhận đơn thư theo hướng dẫn của huyện"
    )
    # "cụ thể" without a comma is an adjective of the phrase: it stays.
    assert enumerated(3, "Xác định mức độ đạt được theo chỉ tiêu cụ thể.") == (
        "Ba là, xác định mức độ đạt được theo chỉ tiêu cụ thể."
    )


def test_a_cut_does_not_part_policy_and_law_or_town_and_industrial_zone() -> None:
    # Written for the rule (corpus 24 and 19 have the same pairs): cut at these
    # commas, "Pháp luật có bản lĩnh …" and "Khu công nghiệp trên địa bàn …" would be
    # sentences saying something else.
    for text in (
        "Bồi dưỡng đội ngũ cán bộ làm công tác tham mưu xây dựng chính sách, pháp luật có "
        "bản lĩnh chính trị vững vàng và chuyên môn sâu của các sở, ngành trên địa bàn tỉnh.",
        "Kế hoạch về nâng cao chất lượng chăm sóc sức khỏe người lao động ở địa bàn đô thị, "
        "khu công nghiệp trên địa bàn tỉnh giai đoạn hai nghìn không trăm hai mươi sáu đến "
        "hai nghìn không trăm ba mươi.",
    ):
        said = _sentences(split_long_sentences(text))
        assert not any(s.startswith(("Pháp luật", "Khu công nghiệp")) for s in said), said


def test_a_titles_closing_scope_is_not_a_sentence_of_its_own() -> None:
    # Written for the rule: a quoted name read with a pause where its quotation mark
    # closed (corpus 04 and 18 have the shape), then the plan's scope.
    text = (
        "Kế hoạch về triển khai thực hiện đề án Nâng cao chất lượng dân số và chăm sóc "
        "sức khỏe người cao tuổi dựa vào cộng đồng, đến năm hai nghìn không trăm ba "
        "mươi, trên địa bàn các xã vùng cao tỉnh Lạng Sơn."
    )
    said = _sentences(split_long_sentences(text))
    assert not any(s.startswith("Trên địa bàn") for s in said), said


def test_a_noun_after_a_semicolon_gets_the_verb_it_shares() -> None:
    # Written for the rule (corpus 26 has the shape "Bảo đảm sự chỉ đạo …; sự phối
    # hợp …"): the second object, cut off, would be a sentence with no verb.
    text = (
        "Một là, bảo đảm sự lãnh đạo, chỉ đạo thống nhất của Ban Chỉ đạo huyện, Trưởng "
        "ban Chỉ đạo huyện; sự phối hợp chặt chẽ, thường xuyên giữa các phòng, ban, "
        "ngành, các xã, thị trấn trong tổ chức tiêm chủng."
    )
    said = _sentences(split_long_sentences(text))
    assert said[1].startswith("Bảo đảm sự phối hợp chặt chẽ"), said
    # Without a semicolon cut, or when what follows is no "sự …", nothing is added.
    assert split_long_sentences("Bảo đảm sự phối hợp; các xã báo cáo.") == (
        "Bảo đảm sự phối hợp; các xã báo cáo."
    )
