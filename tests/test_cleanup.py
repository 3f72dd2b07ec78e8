"""Text pasted from Word or typed in old Vietnamese encodings."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.content.cleanup import clean, detect_legacy
from campaign.content.schemas import NEWS_DIR
from tests.conftest import SEEDS


@pytest.mark.parametrize(
    ("text", "expected", "kinds"),
    [
        (unicodedata.normalize("NFD", "Y tế Việt Nam"), "Y tế Việt Nam", ["nfc"]),
        ("Trung\u00a0tâm Y\u202ftế", "Trung tâm Y tế", ["space", "space"]),
        ("Bác\u200b sĩ\u2060", "Bác sĩ", ["invisible", "invisible"]),
        ("\ufeffKế hoạch", "Kế hoạch", ["invisible"]),
        ("thầy\u00adthuốc", "thầythuốc", ["invisible"]),
        ("dòng một\r\ndòng hai\r\n", "dòng một\ndòng hai\n", []),
        ("a\x07b", "ab", ["control"]),
        ("  thụt lề giữ nguyên", "  thụt lề giữ nguyên", []),
        ("ngắt dòng Markdown  \ntiếp", "ngắt dòng Markdown  \ntiếp", []),
        ("“ngoặc kép” và – gạch", "“ngoặc kép” và – gạch", []),
    ],
)
def test_clean(text: str, expected: str, kinds: list[str]) -> None:
    result = clean(text)
    assert result.text == expected
    assert sorted(c.kind for c in result.changes) == sorted(kinds)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Y tÕ ViÖt Nam - 70 n¨m lµm theo lêi B¸c", "tcvn3"),
        ("Thµnh phè Hµ Néi tæ chøc lÔ kû niÖm", "tcvn3"),
        ("§oµn Thanh niªn Céng s¶n", "tcvn3"),
        ("Y teá Vieät Nam - 70 naêm laøm theo lôøi Baùc", "vni"),
        ("Ñoaøn thanh nieân tình nguyeän", "vni"),
        ("Y tế Việt Nam - 70 năm làm theo lời Bác", None),
        ("Le château est très âgé, où êtes-vous déjà?", None),
        ("Straße über Größe für Bäume und Öl", None),
        ("Crème brûlée à la française, très été", None),
        ("Trung tâm Y tế huyện", None),
        ("HIV/AIDS, COVID-19, 27/02/2025", None),
    ],
)
def test_detect_legacy(text: str, encoding: str | None) -> None:
    found = detect_legacy(text)
    assert (found[0] if found else None) == encoding


def test_seed_plans_are_unicode() -> None:
    seeds = sorted(SEEDS.glob("0*.txt"))
    assert len(seeds) == 2
    for seed in seeds:
        assert detect_legacy(seed.read_text(encoding="utf-8")) is None, seed


@pytest.mark.build
def test_legacy_post_is_located_and_word_characters_never_published(
    flagship: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = flagship / "docs" / NEWS_DIR / "tin-cu.md"
    post.write_text(
        "---\ntitle: Tin\ndate: 2025-02-20\nsummary: Tóm tắt.\n---\n\n"
        "Đoạn đầu.\n\nY tÕ ViÖt Nam - 70 n¨m lµm theo lêi B¸c\n",
        encoding="utf-8",
    )
    assert main(["-C", str(flagship), "check"]) == 1
    err = capsys.readouterr().err
    assert "docs/tin-tuc/posts/tin-cu.md:9: văn bản có vẻ gõ bằng bảng mã TCVN3" in err
    pasted = unicodedata.normalize("NFD", "Bác\u00a0sĩ\u200b khám bệnh")
    post.write_text(
        "---\ntitle: Tin\ndate: 2025-02-20\nsummary: Tóm\u00a0tắt.\n---\n\n" + pasted + "\n",
        encoding="utf-8",
    )
    assert main(["-C", str(flagship), "build"]) == 0
    html = next((flagship / "site" / "tin-tuc").rglob("tin/index.html")).read_text(encoding="utf-8")
    assert "Bác sĩ khám bệnh" in html
    assert "\u00a0" not in html and "\u200b" not in html
