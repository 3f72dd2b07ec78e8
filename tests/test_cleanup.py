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
        # Names with no letter outside Latin-1: 'uâ', 'iê' are Unicode Vietnamese too.
        ("**Mai Xuân Liêm**", None),
        ("Hoàng Xuân Tiến", None),
        ("Mai Xuaân Lieâm", "vni"),
    ],
)
def test_detect_legacy(text: str, encoding: str | None) -> None:
    found = detect_legacy(text)
    assert (found[0] if found else None) == encoding


# The VNI (VNI-Windows) table: a vowel's marks are typed as a second character.
_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_HAT = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def _to_vni(text: str) -> str:
    """``text`` as typed with a VNI font, read back as Unicode (what a paste gives)."""
    out = []
    for char in text:
        if char in "đĐ":
            out.append("ñ" if char == "đ" else "Ñ")
            continue
        base, *marks = unicodedata.normalize("NFD", char)
        tone = next((m for m in marks if m in _VNI_TONES), "")
        upper = base.isupper()
        if base.lower() not in "aeiouy" or not marks:
            out.append(char)
            continue
        if "\u031b" in marks:  # horn: ơ is ô, ư is ö, then the tone
            seq = ("ô" if base.lower() == "o" else "ö") + _VNI_TONES.get(tone, "")
        elif "\u0302" in marks:
            seq = base.lower() + _VNI_HAT[tone]
        elif "\u0306" in marks:
            seq = base.lower() + _VNI_BREVE[tone]
        elif base.lower() == "i":
            seq = _VNI_I[tone]
        elif base.lower() == "y" and tone == "\u0323":
            seq = "î"
        else:
            seq = base.lower() + _VNI_TONES[tone]
        out.append(seq.upper() if upper else seq)
    return "".join(out)


def _real_lines() -> list[str]:
    """Every line of the real Vietnamese texts in the repository (plans, broadcast items)."""
    root = SEEDS.parent
    files = sorted((root / "plans" / "corpus").glob("*.txt"))
    files += sorted((root / "broadcast" / "corpus").glob("*.yml"))
    files += sorted((root / "plans").glob("*.txt"))
    assert len(files) > 30
    return [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]


def test_no_real_vietnamese_line_is_taken_for_a_legacy_encoding() -> None:
    lines = _real_lines()
    wrong = [line for line in lines if detect_legacy(line) is not None]
    assert not wrong, wrong[:5]


@pytest.mark.slow
def test_real_lines_typed_in_vni_are_recognised() -> None:
    """The same real lines encoded with the VNI table: each long Vietnamese one is caught
    (a line in English, or of chemical formulas, with a Vietnamese word or two is not)."""
    assert _to_vni("Ủy ban nhân dân tỉnh Đắk Lắk") == "UÛy ban nhaân daân tænh Ñaék Laék"

    def marked(line: str) -> int:
        return sum(len(unicodedata.normalize("NFD", c)) > 1 or c in "đĐ" for c in line)

    lines = [
        line
        for line in _real_lines()
        if sum(c.isalpha() for c in line) >= 40
        and marked(line) * 5 >= len(line.split())
        # the corpus's notes and comments are English with Vietnamese names in them
        and not line.lstrip().startswith(("notes:", "#"))
    ]
    assert len(lines) > 1000
    missed = [line for line in lines if detect_legacy(_to_vni(line)) != ("vni", 1)]
    assert len(missed) <= len(lines) // 100, missed[:5]


def _legacy_as_before(text: str) -> tuple[str, int] | None:
    """``detect_legacy`` as written before its shortcuts (ASCII lines skipped, letters
    counted only for a line with two marks): the rule they must not change."""
    from campaign.content import cleanup

    for number, line in enumerate(text.splitlines(), start=1):
        if cleanup._VIETNAMESE.search(line):
            continue
        letters = sum(c.isalpha() for c in line)
        if letters < 8:
            continue
        tcvn = len(cleanup._TCVN3.findall(line))
        vni = sum(1 for p in cleanup._VNI.findall(line) if p.lower() not in cleanup._UNICODE_PAIRS)
        if vni >= 2 and vni * 15 >= letters:
            return "vni", number
        if tcvn >= 2 and tcvn * 15 >= letters:
            return "tcvn3", number
    return None


def test_the_shortcuts_of_detect_legacy_change_no_answer() -> None:
    lines = _real_lines()
    # The same lines as VNI mojibake, cut short (fewer than 8 letters), in ASCII, and
    # TCVN3-looking samples of every length around the thresholds.
    texts = lines + [_to_vni(line) for line in lines[::7]]
    texts += [_to_vni(line)[:n] for line in lines[::97] for n in (6, 9, 12, 30)]
    texts += ["Y te Viet Nam 70 nam lam theo loi Bac", "ab", ""]
    texts += ["Y tÕ ViÖt Nam" + " abc" * n for n in range(12)]
    texts += ["\n".join([*lines[i : i + 5], _to_vni(lines[i])]) for i in range(0, 400, 40)]
    found = [detect_legacy(text) for text in texts]
    assert found == [_legacy_as_before(text) for text in texts]
    assert ("vni", 1) in found and ("tcvn3", 1) in found and None in found


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
