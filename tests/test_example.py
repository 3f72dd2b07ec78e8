"""The second campaign, examples/chi-thi-06: built by the same engine, faithful to its seed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from campaign.content.load import load_campaign
from campaign.pages import generate_pages, plan
from tests.conftest import EXAMPLE, SEEDS

SEED = SEEDS / "003_ed5d3a0484daf249.txt"
PAGES = [
    "index.html",
    "ke-hoach/index.html",
    "lo-trinh/index.html",
    "phan-cong/index.html",
    "su-kien/hoi-nghi-tong-ket/index.html",
    "truyen-thanh/index.html",
    "gioi-thieu/index.html",
    "lich.ics",
    "bo-an-pham/index.html",
]
UNUSED = ["khau-hieu", "tin-tuc", "guong-dien-hinh", "su-kien/le-ky-niem", "bo-an-pham/bang-ron-xa"]


def _campaign_pages(today: dt.date) -> dict[str, str]:
    campaign = load_campaign(EXAMPLE / "campaign.yml")
    return {p.path: p.markdown for p in generate_pages(campaign, today)}


def _flat(text: str) -> str:
    """Text without Markdown or HTML: emphasis marks vanish, tags and line starts go."""
    text = re.sub(r"<[^>]+>|^#+ |^- |^\d+\. ", " ", text, flags=re.M)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text.replace("\\", "").replace("*", ""))
    return re.sub(r" ?- ?", "-", " ".join(text.split()))


def test_every_sentence_of_the_seed_is_on_the_plan_page() -> None:
    page = _flat(plan.render(load_campaign(EXAMPLE / "campaign.yml"))).casefold()
    missing = []
    # This seed never breaks a sentence across lines: every line is checked on its own.
    for line in SEED.read_text(encoding="utf-8").splitlines():
        for sentence in re.split(r"(?<=[.;:])\s+", _flat(line)):
            # A recipient line ends in "," where the page ends it in ";".
            sentence = sentence.strip("-;:,. ")
            if len(sentence) > 3 and sentence.casefold() not in page:
                missing.append(sentence)
    assert missing == [], "\n".join(missing)


def test_the_plans_own_sections_in_its_order() -> None:
    page = _campaign_pages(dt.date(2023, 5, 2))["ke-hoach.md"]
    sections = re.findall(r"^## (.+)$", page, flags=re.M)
    assert sections == [
        "I- MỤC ĐÍCH, YÊU CẦU",
        "II- NỘI DUNG VÀ THÀNH PHẦN DỰ HỘI NGHỊ",
        "III- THỜI GIAN TỔ CHỨC HỘI NGHỊ",
        "IV- TỔ CHỨC THỰC HIỆN",
    ]
    assert "### 4. Đăng ủy các xã, phường" in page  # the seed's misprint, kept


def test_deadlines_follow_the_build_date() -> None:
    units = _campaign_pages(dt.date(2023, 5, 20))["phan-cong.md"]
    first, second = units.split("## Ban Tuyên giáo Thị ủy", 1)
    assert "**Hạn: 12/05/2023**" in first and ">đã qua</span>" in first
    assert "**Hạn: 26/05/2023**" in second and "còn 6 ngày" in second
    home = _campaign_pages(dt.date(2023, 5, 27))["index.md"]
    assert home.count(">đã qua</span>") == 2 and "quá hạn" not in home


def test_example_builds_strictly_with_its_pages_only(built_example: Path) -> None:
    for page in PAGES:
        assert (built_example / page).is_file(), page
    for unused in UNUSED:
        assert not (built_example / unused).exists(), unused
    for html in built_example.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        for unused in UNUSED:
            assert f'href="{unused}/' not in text and f'/{unused}/"' not in text, (html, unused)
        assert "feed.xml" not in text


def test_example_pages_show_the_conference(built_example: Path) -> None:
    event = (built_example / "su-kien" / "hoi-nghi-tong-ket" / "index.html").read_text("utf-8")
    assert "Ở thị xã" in event and "Ở xã, phường" in event
    assert "Chỉ thị số 24-CT/TW ngày 04/07/2008" in event
    assert "tháng 06/2023" in event
    units = (built_example / "phan-cong" / "index.html").read_text(encoding="utf-8")
    assert "còn 10 ngày" in units and "còn 24 ngày" in units
    home = (built_example / "index.html").read_text(encoding="utf-8")
    assert "Thời hạn" in home and "còn 10 ngày" in home
    ics = (built_example / "lich.ics").read_text(encoding="utf-8")
    assert "DTSTART;VALUE=DATE:20230512" in ics and "DTSTART;VALUE=DATE:20230526" in ics


def test_example_announcement_on_air(built_example: Path) -> None:
    station = built_example / "truyen-thanh"
    announcement = next(station.rglob("su-kien-hoi-nghi-tong-ket.txt"))
    text = announcement.read_text(encoding="utf-8")
    assert "tháng sáu năm hai nghìn không trăm hai mươi ba" in text
    # Said after the date; a sentence of over 40 syllables is cut at its comma.
    assert "gắn với hội nghị tổng kết mười lăm năm" in text.casefold()
    assert not re.search(r"[0-9/%&#*_\[\]<>@=+~|\\{}]", text)
    schedule = (station / "lich-phat-thanh.csv").read_text(encoding="utf-8-sig")
    assert "25/05/2023" in schedule and "30/06/2023" in schedule


def test_the_conference_invitation_waits_for_what_the_plan_does_not_fix(
    built_example: Path,
) -> None:
    # The plan fixes only the month (tháng 6/2023): no day, hour, place, host or signer,
    # so no card is printed with blanks; the kit's page says what is missing.
    page = (built_example / "bo-an-pham" / "index.html").read_text(encoding="utf-8")
    assert not (built_example / "bo-an-pham" / "thiep-moi-a5").exists()
    assert "Giấy mời Hội nghị tổng kết 20 năm thực hiện Chỉ thị số 06-CT/TW: chưa làm" in page
    assert "ngày (date)" in page and "người ký" in page
    # No slogans: no slogan section, no banner per commune.
    assert "Băng rôn" not in page
