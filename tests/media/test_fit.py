"""Text fitting: size, line breaks, Vietnamese marks, failures."""

from __future__ import annotations

import unicodedata

import pytest
from PIL import Image, ImageDraw

from campaign.media import FitError, GlyphError, fit_text
from campaign.media.fit import draw_text, font

THEME = "Y tế Việt Nam - 70 năm làm theo lời Bác"
GREETING = "Nhiệt liệt chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/02/1955 - 27/02/2025)!"
CAPS = "KỶ NIỆM 70 NĂM NGÀY THẦY THUỐC VIỆT NAM"


def lines(text: str, box: tuple[int, int], max_lines: int, **kw: object) -> list[str]:
    return [line.text for line in fit_text(text, box, max_lines=max_lines, **kw).lines]  # type: ignore[arg-type]


def test_shorter_text_gets_a_larger_size() -> None:
    short = fit_text("Lương y phải như từ mẫu", (800, 300), max_lines=2)
    long = fit_text("Ngành Y tế 70 năm làm theo lời Bác Hồ dạy", (800, 300), max_lines=2)
    assert short.size > long.size


def test_two_lines_break_at_the_dash() -> None:
    # The break replaces the dash: no line ends with one.
    assert lines(THEME, (1000, 300), 2) == ["Y tế Việt Nam", "70 năm làm theo lời Bác"]
    assert lines(THEME, (7800, 1800), 3, uppercase=True) == [
        "Y TẾ VIỆT NAM",
        "70 NĂM LÀM THEO LỜI BÁC",
    ]


@pytest.mark.parametrize(
    "box,max_lines", [((1000, 300), 2), ((900, 900), 4), ((400, 1200), 6), ((1300, 400), 3)]
)
@pytest.mark.parametrize("text", [THEME, GREETING, CAPS, "Lương y phải như từ mẫu"])
def test_words_are_never_split_and_order_is_kept(
    text: str, box: tuple[int, int], max_lines: int
) -> None:
    fitted = fit_text(text, box, max_lines=max_lines)
    # A dash that separates two phrases gives way to the line break; nothing else goes.
    joined = " ".join(line.text for line in fitted.lines).split()
    assert joined == text.split() or [w for w in joined if w != "-"] == [
        w for w in text.split() if w != "-"
    ]
    assert not any(line.text.endswith(("-", "–")) for line in fitted.lines)
    assert all(line.text == line.text.strip() and line.text for line in fitted.lines)
    assert len(fitted.lines) <= max_lines


def test_compound_words_and_names_stay_together() -> None:
    for box, n in [((900, 900), 4), ((400, 1200), 6)]:
        result = lines(CAPS, box, n)
        assert not any(line.endswith(("THẦY", "VIỆT", "KỶ")) for line in result), result
        result = lines(THEME, box, n)
        assert not any(line.endswith(("Việt", "Y")) for line in result), result


def test_date_range_stays_on_one_line() -> None:
    for box, n in [((900, 900), 4), ((1504, 590), 4), ((7836, 1799), 3)]:
        assert "(27/02/1955 - 27/02/2025)!" in lines(GREETING, box, n)


def test_balanced_lines() -> None:
    # Balance never beats a name: "NGÀY THẦY THUỐC VIỆT NAM" stays whole.
    assert lines(CAPS, (1000, 300), 2) == ["KỶ NIỆM 70 NĂM", "NGÀY THẦY THUỐC VIỆT NAM"]
    fitted = fit_text("CHUNG TAY VÌ SỨC KHỎE CỘNG ĐỒNG TRONG THÔN BẢN", (1000, 300), max_lines=2)
    widths = [line.width for line in fitted.lines]
    assert min(widths) / max(widths) > 0.75, [line.text for line in fitted.lines]


def test_ink_including_stacked_marks_stays_inside_the_box() -> None:
    box = (600, 220)
    fitted = fit_text("ỄỖỀ ỘẾ Ệ", box, max_lines=1, weight=800)
    image = Image.new("RGB", box, (0, 0, 0))
    draw_text(ImageDraw.Draw(image), fitted, (0, 0, *box), (255, 255, 255))
    ink = image.getbbox()
    assert ink is not None
    x0, y0, x1, y1 = ink
    assert x0 > 0 and y0 > 0 and x1 < box[0] and y1 < box[1]
    # The marks really rise above the ascender: the fit must not assume they don't.
    ascent, _ = font(800, fitted.size).getmetrics()
    assert -fitted.lines[0].y0 > ascent * 1.1


def test_line_spacing_clears_marks_of_the_next_line() -> None:
    fitted = fit_text(CAPS, (1000, 300), max_lines=2, line_height=1.0)
    above, below = fitted.lines
    assert fitted.pitch > above.y1 - below.y0


def test_nfd_input_renders_exactly_like_nfc() -> None:
    box = (700, 260)
    images = []
    for form in ("NFC", "NFD"):
        fitted = fit_text(unicodedata.normalize(form, THEME), box, max_lines=2)
        image = Image.new("RGB", box, (0, 0, 0))
        draw_text(ImageDraw.Draw(image), fitted, (0, 0, *box), (255, 222, 0))
        images.append(image)
    assert images[0].tobytes() == images[1].tobytes()


def test_below_minimum_size_fails_with_a_vietnamese_message() -> None:
    with pytest.raises(FitError) as info:
        fit_text(
            GREETING,
            (400, 60),
            max_lines=1,
            min_size=40,
            label="khẩu hiệu 'chao-mung'",
            where="định dạng 'bang-ron-5m'",
        )
    message = str(info.value)
    assert message.startswith(
        "khẩu hiệu 'chao-mung' không vừa định dạng 'bang-ron-5m': cỡ chữ cần "
    )
    assert message.endswith(" px, tối thiểu 40 px")
    needed = int(message.split("cần ")[1].split(" px")[0])
    assert 0 < needed < 40


def test_minimum_reported_in_points_for_print() -> None:
    with pytest.raises(FitError, match=r"cỡ chữ cần \d+ pt, tối thiểu 300 pt"):
        fit_text(GREETING, (2000, 200), max_lines=1, min_size=300 * 2, unit="pt", px_per_unit=2)


def test_missing_glyph_is_an_error_not_tofu() -> None:
    with pytest.raises(GlyphError) as info:
        fit_text("Y tế 健康", (800, 200), label="khẩu hiệu 'kh-01'")
    message = str(info.value)
    assert "khẩu hiệu 'kh-01'" in message
    assert "'健' (U+5065" in message
    assert "Be Vietnam Pro" in message


def test_empty_text_fails() -> None:
    with pytest.raises(FitError, match="trống"):
        fit_text("   ", (100, 100))


def test_no_break_space_glues_words() -> None:
    result = lines("Bảo\u00a0hiểm y tế toàn dân", (300, 600), 4)
    assert any("Bảo\u00a0hiểm" in line for line in result)


def test_long_text_falls_back_to_a_balanced_greedy_fill() -> None:
    text = " ".join(["Tăng cường truyền thông về những kết quả đạt được"] * 4)
    fitted = fit_text(text, (900, 900), max_lines=9)
    assert " ".join(line.text for line in fitted.lines) == text
    assert 1 < len(fitted.lines) <= 9


def test_names_in_natural_case_stay_together() -> None:
    # "Ngày Thầy thuốc Việt Nam" is a name: never "... NGÀY / THẦY THUỐC ...".
    # (3366, 1061) is the headline box of the A1 poster.
    for box in [(3366, 1061), (1504, 590), (1800, 300), (900, 900)]:
        result = lines("Kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam", box, 3, uppercase=True)
        assert not any(line.endswith("NGÀY") for line in result), result


def test_a_clean_break_is_preferred_to_a_larger_size() -> None:
    # On the vertical flag's slogan box the greeting cannot keep every phrase
    # and reach the largest size: it gives up size (131 px instead of 261),
    # never "THẦY / THUỐC" or "(27/02/1955 - / 27/02/2025)!".
    fitted = fit_text(GREETING, (1965, 3954), max_lines=8, uppercase=True, min_size=130)
    assert fitted.clean
    texts = [line.text for line in fitted.lines]
    assert not any(t.endswith(("THẦY", "NGÀY")) or t.startswith("THUỐC") for t in texts), texts
    assert "(27/02/1955 - 27/02/2025)!" in texts


def test_unclean_when_nothing_else_fits() -> None:
    # Two words per line at most: the bracketed range must be split somewhere.
    fitted = fit_text("Chào mừng (27/02/1955 - 27/02/2025)", (260, 2000), max_lines=4, min_size=20)
    assert not fitted.clean


def test_max_size_caps_the_size_and_prefers_fewer_lines() -> None:
    free = fit_text("UBND huyện Văn Quan", (1600, 600), max_lines=2)
    capped = fit_text("UBND huyện Văn Quan", (1600, 600), max_lines=2, max_size=80)
    assert free.size > 80 >= capped.size >= 78
    assert len(capped.lines) == 1


def test_composed_run_boxes_match_shaped_text() -> None:
    from campaign.media.fit import _Measurer

    words = GREETING.upper().split()
    measurer = _Measurer(words, 800)
    shaped = font(800, 200)
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            # A dash ending a run is dropped from it (the break replaces it).
            end = j - 1 if j - i > 1 and words[j - 1] == "-" else j
            real = shaped.getbbox(" ".join(words[i:end]), anchor="ls")
            composed = measurer.box(i, j)
            assert max(abs(a - b) for a, b in zip(real, composed, strict=True)) <= 1


def test_the_texts_own_line_breaks_are_kept() -> None:
    items = (
        "• Công tác tuyên truyền (01/01/2025 - 31/03/2025)\n"
        "• Tổ chức phát động phong trào thi đua (01/08/2024 - 27/02/2025)\n"
        "• Tổ chức các hoạt động về nguồn"
    )
    fitted = fit_text(items, (1100, 1500), max_lines=12, weight=500)
    texts = [line.text for line in fitted.lines]
    starts = [i for i, t in enumerate(texts) if t.startswith("•")]
    assert len(starts) == 3 and starts[0] == 0
    # Long list: dynamic programming still keeps brackets and compounds whole.
    assert fitted.clean
    assert "(01/01/2025 - 31/03/2025)" in " ".join(texts)
    assert not any(t.endswith(("phong", "thi", "hoạt")) for t in texts), texts
    # Wrapping the items lets the list grow far beyond one item per line.
    one_per_line = fit_text(items, (1100, 1500), max_lines=3, weight=500)
    assert fitted.size > 1.5 * one_per_line.size


def test_too_many_lines_of_its_own_is_an_error() -> None:
    with pytest.raises(FitError, match="có 3 dòng"):
        fit_text("một\nhai\nba", (500, 500), max_lines=2)
