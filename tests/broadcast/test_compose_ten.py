"""Round 10's editor read (issue 17, item 4): a plan with no "Mục đích" says its general
aim ("Mục tiêu tổng quát", "Mục tiêu chung") as what the plan calls it; the sentence
cutter leaves "căn cứ để …" and "…, đúng mục tiêu …" whole; a short quoted name takes
no comma after it."""

from __future__ import annotations

import pytest

from campaign.broadcast.bulletin import project_bulletins
from campaign.broadcast.editing import split_long_sentences
from campaign.broadcast.proofing import mark_quotes
from campaign.importers.plan.facts import read_facts
from campaign.importers.plan.init import init_from_plan
from campaign.importers.plan.parse import parse_plan
from campaign.project import load_project
from tests.conftest import PLANS

CORPUS = PLANS / "corpus"


def _plan_bulletin(tmp_path_factory: pytest.TempPathFactory, stem: str, today: str) -> str:
    folder = tmp_path_factory.mktemp(stem[:2]) / "chien-dich"
    init_from_plan(next(CORPUS.glob(f"{stem}*.txt")), folder)
    project = load_project(folder, today=today)
    return next(b for b in project_bulletins(project) if b.id == "ke-hoach").reading


def test_corpus_45_says_its_general_aim(tmp_path_factory: pytest.TempPathFactory) -> None:
    # "I. MỤC TIÊU TỔNG QUÁT" / "1. Cụ thể hóa việc …": was two introduction sentences.
    plan = _plan_bulletin(tmp_path_factory, "45-", "2025-11-18")
    assert "Mục tiêu chung của Kế hoạch là cụ thể hóa việc triển khai thực hiện hiệu quả, " in plan
    assert "hiệu quả, đúng mục tiêu Chương trình phát triển kinh tế số" in plan
    assert "trên địa bàn tỉnh căn cứ để triển khai phát triển kinh tế số" in plan
    # Its aim is no purpose.
    assert "Mục đích" not in plan


def test_corpus_04_aims_with_their_own_tasks(tmp_path_factory: pytest.TempPathFactory) -> None:
    # "1. Mục tiêu chung" under "I. MỤC TIÊU": its tasks between semicolons numbered.
    plan = _plan_bulletin(tmp_path_factory, "04-", "2025-11-20")
    assert "Mục tiêu chung của Kế hoạch:\nMột là, nâng cao nhận thức về thiên tai" in plan
    assert "Ba là, hình thành văn hóa phòng ngừa" in plan


def test_numbered_targets_are_no_aim(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Corpus 30's "II. MỤC TIÊU" lists figures ("Kinh tế số chiếm 45% GRDP tỉnh"): not said.
    plan = _plan_bulletin(tmp_path_factory, "30-", "2025-11-24")
    assert "Mục tiêu" not in plan
    assert "bốn mươi lăm phần trăm" not in plan


def test_a_plan_with_purposes_says_no_aim(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Corpus 42 has "1. Mục đích": its aims, if any, are not said beside them.
    plan = _plan_bulletin(tmp_path_factory, "42-", "2025-11-20")
    assert "Mục tiêu chung" not in plan


def test_no_cut_before_de_after_can_cu() -> None:
    text = (
        "Giúp các Sở, ban, ngành, Ủy ban nhân dân các phường, xã, các tổ chức, các doanh"
        " nghiệp trên địa bàn tỉnh căn cứ để triển khai phát triển kinh tế số và xã hội số"
        " của các cơ quan đơn vị trên địa bàn tỉnh."
    )
    said = split_long_sentences(text)
    assert not any(s.startswith("Việc này nhằm triển khai") for s in said)


def test_corpus_12_aims_two_tasks(tmp_path_factory: pytest.TempPathFactory) -> None:
    # "2. Mục tiêu chung, lâu dài: Tạo điều kiện …; hỗ trợ vật liệu …": the second task
    # was a sentence with no subject ("Hỗ trợ vật liệu sửa chữa nhà ở …").
    plan = _plan_bulletin(tmp_path_factory, "12-", "2025-11-21")
    assert "Mục tiêu chung của Kế hoạch:\nMột là, tạo điều kiện khôi phục dần đời sống" in plan
    assert "\nHai là, hỗ trợ vật liệu sửa chữa nhà ở bước đầu" in plan


def test_a_wrapped_bullet_goes_on_after_an_acronym() -> None:
    # Corpus 21: "- Cảnh báo các sự cố về môi trường" / "NTTS và hướng dẫn …" is one bullet.
    path = next(CORPUS.glob("21-*.txt"))
    data = read_facts(parse_plan(path.read_text(encoding="utf-8"), str(path))).data
    assert data["plan"]["aims"][1] == (
        "Cảnh báo các sự cố về môi trường NTTS và hướng dẫn biện pháp xử lý cho người nuôi."
    )
    assert len(data["plan"]["aims"]) == 2


def test_a_short_quoted_name_takes_no_comma() -> None:
    short = "Thực hiện nội dung “Tổ chức các hoạt động về nguồn” trong Kế hoạch của huyện"
    assert mark_quotes(short) == short
    # A pause inside the quotation, or a long one: the comma marks where it ends.
    theme = "chủ đề “Y tế Việt Nam, 70 năm làm theo lời Bác” theo kế hoạch"
    assert "lời Bác”, theo kế hoạch" in mark_quotes(theme)
    long = (
        "Chỉ thị về “tăng cường công tác bảo vệ bí mật Nhà nước trong tình hình mới”"
        " trên địa bàn tỉnh"
    )
    assert "tình hình mới”, trên địa bàn" in mark_quotes(long)
    # Before a number or a full stop: nothing added.
    assert mark_quotes("thi đua “Hai tốt”.") == "thi đua “Hai tốt”."


def test_a_list_of_objects_is_not_cut_between_its_items() -> None:
    # Kế hoạch 155 of Bắc Ninh (tests/plans/odd): three objects of "của", the first
    # named again as the third; cut at either comma, a piece has no verb.
    text = (
        "Một là, bảo đảm các sự kiện hộ tịch của công dân Việt Nam, người nước ngoài cư trú"
        " trên địa bàn tỉnh, công dân Việt Nam cư trú ở nước ngoài được đăng ký kịp thời,"
        " đầy đủ, chính xác, đúng quy định pháp luật."
    )
    assert split_long_sentences(text) == text
