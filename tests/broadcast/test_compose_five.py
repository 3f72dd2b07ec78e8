"""Round 7's composition leftovers (issue 17, item 4): a list after "liên quan đến" not
cut into a verbless sentence (corpus 18), a sample activity's dates never said as the
plan's, topics of a "NỘI DUNG TUYÊN TRUYỀN" section never announced as activities."""

from __future__ import annotations

import re

from campaign.broadcast.editing import split_long_sentences


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
