"""Validation of campaign.yml: every kind of mistake gives a located message."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.content.errors import ContentError
from campaign.content.load import load_campaign
from campaign.pages import plan
from tests.conftest import MINIMAL, ROOT, SEEDS

Write = Callable[[str], Path]


def problems(write: Write, text: str) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_campaign(write(text), display="campaign.yml")
    return [str(p) for p in info.value.problems]


def test_flagship_campaign_loads_with_the_seed_content() -> None:
    campaign = load_campaign(ROOT / "campaign.yml")
    assert campaign.theme == "Y tế Việt Nam - 70 năm làm theo lời Bác"
    assert campaign.plan.signer is not None and campaign.plan.signer.name == "Triệu Đức Dũng"
    assert [r.number for r in campaign.plan.legal_basis] == ["22/KH-UBND"]
    assert len(campaign.assignments) == 8
    assert campaign.events[0].date.isoformat() == "2025-02-26"
    assert campaign.anniversary is not None and campaign.anniversary.years == 70
    assert len(campaign.plan.recipients) == 10


def _flat(text: str) -> str:
    text = re.sub(r"<[^>]+>|\\|\*\*|\*|^#+ |^- ", " ", text, flags=re.M)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r" ?- ?", "-", " ".join(text.split()))


def test_every_sentence_of_the_seed_is_on_the_plan_page() -> None:
    seed = SEEDS / "000_58355a6700c5ab09.txt"
    page = _flat(plan.render(load_campaign(ROOT / "campaign.yml"))).casefold()
    # The seed breaks one sentence across two lines once; join paragraphs first.
    paragraphs = re.split(r"\n\s*\n", seed.read_text(encoding="utf-8"))
    missing = []
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[.;:])\s+", _flat(paragraph)):
            sentence = sentence.strip("-;:. ")
            if (
                len(sentence) > 3
                and sentence not in ("}(B/c)", "} (B/c)")
                and sentence.casefold() not in page
            ):
                missing.append(sentence)
    assert missing == [], "\n".join(missing)


def test_minimal_campaign_is_valid(write_campaign: Write) -> None:
    campaign = load_campaign(write_campaign(MINIMAL))
    assert campaign.activities[0].when is not None
    assert campaign.activities[0].when.last.isoformat() == "2025-03-12"


def test_text_is_nfc_on_load(write_campaign: Write) -> None:
    decomposed = unicodedata.normalize("NFD", "Sức khỏe là vàng")
    campaign = load_campaign(write_campaign(MINIMAL.replace("Sức khỏe là vàng", decomposed)))
    assert campaign.theme == "Sức khỏe là vàng"
    assert unicodedata.is_normalized("NFC", campaign.theme)


def test_wrong_date_is_located(write_campaign: Write) -> None:
    found = problems(write_campaign, MINIMAL.replace("10/03/2025", "30/02/2025"))
    assert found == [
        "campaign.yml:14: activities[0].when.start: cần ngày hợp lệ dạng 27/02/2025 "
        "hoặc 2025-02-27, nhận được '30/02/2025'"
    ]


def test_date_out_of_range_and_reversed_window(write_campaign: Write) -> None:
    found = problems(
        write_campaign,
        MINIMAL.replace("10/03/2025", "10/03/1850").replace("end: 12/03/2025", "end: 01/03/2025"),
    )
    assert len(found) == 1 and "trong khoảng năm 1900–2100" in found[0]
    found = problems(write_campaign, MINIMAL.replace("end: 12/03/2025", "end: 01/03/2025"))
    assert found == [
        "campaign.yml:14: activities[0].when: cần ngày kết thúc không trước ngày bắt đầu, "
        "nhận được một nhóm trường"
    ]


def test_unknown_key_suggests_the_right_one(write_campaign: Write) -> None:
    found = problems(write_campaign, MINIMAL.replace("  title: Tổ chức", "  titel: Tổ chức"))
    assert "campaign.yml:8: plan.titel: trường lạ 'titel'; có phải ý bạn là 'title'?" in found
    assert "campaign.yml:6: plan.title: cần có giá trị, nhưng còn để trống" in found


def test_missing_title_is_located(write_campaign: Write) -> None:
    found = problems(write_campaign, MINIMAL.replace("  title: Tổ chức tuần lễ sức khỏe\n", ""))
    assert found == ["campaign.yml:6: plan.title: cần có giá trị, nhưng còn để trống"]


def test_tab_indentation_is_located(write_campaign: Write) -> None:
    found = problems(write_campaign, MINIMAL.replace("  issuer:", "\tissuer:"))
    assert len(found) == 1
    assert found[0].startswith("campaign.yml:7: ")
    assert "Tab" in found[0]


def test_unknown_unit_id_is_located_with_a_hint(write_campaign: Write) -> None:
    found = problems(write_campaign, MINIMAL.replace("lead: tram-y-te", "lead: tram-yte"))
    assert found == [
        "campaign.yml:15: activities[0].lead: cần mã đơn vị có trong 'units', "
        "nhận được 'tram-yte'; có phải ý bạn là 'tram-y-te'?"
    ]


def test_all_problems_are_reported_in_one_run(write_campaign: Write) -> None:
    broken = (
        MINIMAL.replace("10/03/2025", "32/03/2025")
        .replace("theme:", "thme:")
        .replace("lead: tram-y-te", "lead: khong-co")
        .replace("level: xã", "level: thôn")
    )
    found = problems(write_campaign, broken)
    # The date, the misspelt key, the unknown unit, the level; "theme" is optional.
    assert len(found) == 4, found
    assert any("thme" in p and "'theme'" in p for p in found)
    assert any("units[0].level" in p and "'thôn'" in p for p in found)


def test_duplicate_key_and_duplicate_id(write_campaign: Write) -> None:
    text = MINIMAL + "units:\n  - {id: a, name: A, level: xã}\n"
    found = problems(write_campaign, text)
    assert found == ["campaign.yml:16: units: trường bị khai báo hai lần; hãy giữ một"]
    text = MINIMAL.replace("level: xã}", "level: xã}\n  - {id: tram-y-te, name: Khác, level: xã}")
    found = problems(write_campaign, text)
    assert found == [
        "campaign.yml:11: units[1].id: mã 'tram-y-te' bị trùng: mỗi mục cần một mã riêng"
    ]


def test_bad_id_and_bad_url(write_campaign: Write) -> None:
    text = MINIMAL.replace("id: tram-y-te", "id: Trạm Y tế").replace(
        "url: https://vi-du.example/", "url: vi-du.example"
    )
    found = problems(write_campaign, text)
    assert any(p.startswith("campaign.yml:2: site.url: cần địa chỉ web đầy đủ") for p in found)
    assert any("units[0].id: cần mã chỉ gồm chữ thường không dấu" in p for p in found)


def test_not_utf8_and_not_a_mapping(tmp_path: Path, write_campaign: Write) -> None:
    path = tmp_path / "latin1.yml"
    path.write_bytes("theme: Sức khỏe\n".encode("utf-16"))
    with pytest.raises(ContentError) as info:
        load_campaign(path, display="latin1.yml")
    assert "UTF-8" in str(info.value)
    assert problems(write_campaign, "- a\n- b\n") == [
        "campaign.yml:1: cần các trường dạng 'tên: giá trị' ở cấp cao nhất"
    ]
