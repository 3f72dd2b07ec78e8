"""Line breaks by phrase, on the issue's cases and on real slogans.

Every expectation below was written by reading the slogan: the units a
Vietnamese reader takes as one (a word of two syllables, a name, a date, a
fixed saying) and that a line break must therefore leave on one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.media import builtin_formats, builtin_layouts, fit_text
from campaign.media.fit import FitError, FittedText, using_phrases
from campaign.media.kit import plan_kit
from campaign.media.phrases import HARD, WORD, name_phrases, phrase_breaks, phrase_problem
from campaign.media.render import fit_slot
from campaign.project import load_project
from tests.conftest import MINIMAL

FORMATS = ("bang-ron-5m", "co-phuon", "pano-3x1-5", "ap-phich-a3", "to-roi-a4", "mxh-vuong")


def fitted(text: str, fmt_id: str) -> FittedText:
    fmt = builtin_formats()[fmt_id]
    result = fit_slot(fmt, builtin_layouts()[fmt.layout], "slogan", text)
    assert result is not None
    return result


def kept(lines: list[str], unit: str) -> bool:
    """Whether ``unit`` (case aside) sits whole on one line, or is not cut by a break."""
    unit = unit.casefold()
    joined = " / ".join(lines).casefold()
    words = unit.split()
    # Cut: the unit appears with a line break somewhere inside it.
    for k in range(1, len(words)):
        if " ".join(words[:k]) + " / " + " ".join(words[k:]) in joined:
            return False
    return True


# --- The cases of issue 20 ("Breaks that cut phrases") --------------------------------


@pytest.mark.parametrize("fmt_id", FORMATS)
def test_the_theme_never_leaves_a_dash_at_a_line_end(fmt_id: str) -> None:
    lines = [x.text for x in fitted("Y tế Việt Nam - 70 năm làm theo lời Bác", fmt_id).lines]
    assert not any(x.endswith("-") or x.startswith("-") for x in lines), lines
    assert kept(lines, "Y tế Việt Nam") or fmt_id == "co-phuon", lines
    assert kept(lines, "70 năm"), lines


@pytest.mark.parametrize("fmt_id", [f for f in FORMATS if f != "co-phuon"])
def test_lam_theo_loi_bac_is_never_cut_where_it_fits(fmt_id: str) -> None:
    for text in (
        "Y tế Việt Nam - 70 năm làm theo lời Bác",
        "Ngành Y tế 70 năm làm theo lời Bác Hồ dạy",
        "Ngành Y tế đoàn kết, sáng tạo, 70 năm thi đua làm theo lời Bác Hồ dạy",
    ):
        fmt = builtin_formats()[fmt_id]
        try:
            result = fitted(text, fmt_id)
        except FitError as exc:
            # Below the format's minimum cap height: the kit leaves it out, unbroken.
            assert fmt.min_cap_mm and "chữ hoa" in str(exc), exc
            continue
        lines = [x.text for x in result.lines]
        assert result.splits == 0, lines
        if not result.clean:
            # Only a minimum cap height may force a phrase to break: without it,
            # the same text fits whole, smaller than the minimum.
            assert fmt.min_cap_mm, lines
            free = fmt.model_copy(update={"min_cap_mm": None})
            layout = builtin_layouts()[fmt.layout]
            smaller = fit_slot(free, layout, "slogan", text)
            assert smaller is not None and smaller.clean
            assert smaller.size < result.size, lines
            continue
        assert kept(lines, "làm theo lời Bác"), lines
        assert kept(lines, "thi đua làm theo"), lines


def test_luong_y_breaks_after_its_subject() -> None:
    for fmt_id in ("ap-phich-a3", "mxh-og", "pano-3x1-5"):
        lines = [x.text.casefold() for x in fitted("Lương y phải như từ mẫu", fmt_id).lines]
        assert "lương y phải" not in lines, (fmt_id, lines)
        assert lines[0] == "lương y", (fmt_id, lines)


def test_on_a_narrow_flag_the_name_starts_its_own_line() -> None:
    # A 60 cm flag, at least 150 pt (the flag the kit had before it had a minimum cap
    # height): "NGÀY THẦY THUỐC" does not fit on one line, so the name must break; it
    # then opens a line instead of trailing "70 NĂM".
    flag = builtin_formats()["co-phuon"]
    narrow = flag.model_copy(
        update={"width_mm": 600, "height_mm": 1800, "dpi": 100, "min_cap_mm": None}
    )
    text = "Chào mừng 70 năm Ngày Thầy thuốc Việt Nam"
    result = fit_slot(narrow, builtin_layouts()[flag.layout], "slogan", text)
    assert result is not None
    lines = [x.text for x in result.lines]
    assert "70 NĂM NGÀY" not in lines and "70 NĂM" in lines, lines
    assert "THẦY THUỐC" in lines or "NGÀY THẦY THUỐC" in lines, lines  # never "THẦY / THUỐC"


def test_uy_ban_nhan_dan_stays_whole() -> None:
    for box, n in (((900, 400), 2), ((500, 900), 4), ((700, 700), 3)):
        text = "Ủy ban nhân dân huyện Văn Quan"
        lines = [x.text for x in fit_text(text, box, max_lines=n).lines]
        assert kept(lines, "Ủy ban nhân dân"), lines
        assert kept(lines, "Văn Quan"), lines


def test_a_date_and_a_count_stay_with_their_word() -> None:
    text = "Mít tinh kỷ niệm vào ngày 27/02/2025 tại 17 xã"
    for box, n in (((600, 500), 3), ((400, 700), 4), ((900, 300), 2)):
        lines = [x.text for x in fit_text(text, box, max_lines=n).lines]
        assert kept(lines, "ngày 27/02/2025") and kept(lines, "17 xã"), lines


def test_a_bad_break_loses_to_a_ten_percent_smaller_size() -> None:
    text = "Thầy thuốc nhân dân"
    # The cut "Thầy thuốc / nhân dân" set by hand, for its size.
    cut = fit_text("Thầy thuốc\nnhân dân", (1000, 500), max_lines=2)
    whole = fit_text(text, (1000, 500), max_lines=2)
    assert cut.size >= 1.1 * whole.size  # the cut would have been well over 10% larger
    assert [x.text for x in whole.lines] == [text] and whole.clean


# --- Data and campaign additions -----------------------------------------------------


def test_phrase_marks_and_the_longest_phrase_decides() -> None:
    gaps = phrase_breaks("Lương y phải như từ mẫu".split())
    assert [g.kind if g else None for g in gaps] == ["word", "natural", HARD, "allowed", WORD]
    # "Ngày Thầy thuốc || Việt Nam" spans "thuốc Việt": a natural break there.
    gaps = phrase_breaks("Ngày Thầy thuốc Việt Nam".split())
    assert [g.kind if g else None for g in gaps] == [HARD, WORD, "natural", WORD]
    # A comma ends a phrase: "Y tế, Việt Nam" is two.
    assert phrase_breaks("Y tế, Việt Nam".split())[1] is None


def test_phrase_problems_are_worded_for_the_editor() -> None:
    assert phrase_problem("Văn") is not None
    assert phrase_problem("| Văn Quan") is not None
    assert phrase_problem("Văn | | Quan") is not None
    assert phrase_problem("Bản Chắt || Văn Quan") is None


def test_a_campaign_phrase_is_kept_whole() -> None:
    # https://memart.vn/tin-tuc/suc-khoe-4/tim-hieu-ve-khau-hieu-hien-mau-tinh-nguyen-va-y-nghia-cua-no-vi-cb.html
    text = "Một giọt máu đào, gửi trao sự sống"
    before = [x.text for x in fitted(text, "to-roi-a4").lines]
    with using_phrases(("giọt máu đào", "gửi trao")):
        after = [x.text for x in fitted(text, "to-roi-a4").lines]
    assert not kept(before, "giọt máu đào")  # not in the built-in data
    assert kept(after, "giọt máu đào") and kept(after, "gửi trao"), after


# --- Real slogans, with their sources ------------------------------------------------

# Read while writing campaign/data/phrases.yml (tuned on).
TUNED = [
    # http://ttxtdldongnai.vn/?p=3173
    (
        "Nhiệt liệt chào mừng 48 năm Ngày Giải phóng miền Nam thống nhất đất nước "
        "(30/4/1975 – 30/4/2023)!",
        ["48 năm", "miền Nam", "thống nhất", "đất nước", "(30/4/1975 – 30/4/2023)!"],
    ),
    (
        "Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!",
        ["Hồ Chí Minh", "Chủ tịch"],
    ),
    # http://vhttdldaklak.gov.vn/quan-ly-van-hoa/huong-dan-viec-treo-co-nhan-dip-cac-ngay-le-lon-trong-thang-452019-5741.html
    (
        "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh!",
        ["học tập và làm theo", "tư tưởng", "đạo đức", "phong cách", "Hồ Chí Minh!"],
    ),
    ("Đảng Cộng sản Việt Nam quang vinh muôn năm!", ["quang vinh", "muôn năm!", "Cộng sản"]),
    # https://ubmttq.backan.gov.vn/Pages/tin-tuc-su-kien-387/tin-hoat-dong-502/khau-hieu-tuyen-truyen-nam-doan-ke-5dee6548a52a353e.aspx
    (
        "Việt Nam - Lào: Hợp tác toàn diện, hướng tới tương lai!",
        ["Việt Nam", "hợp tác", "toàn diện", "hướng tới", "tương lai!"],
    ),
]

# Not read until the data was written; their score is reported, not tuned for.
HELD_OUT = [
    # https://memart.vn/tin-tuc/suc-khoe-4/tim-hieu-ve-khau-hieu-hien-mau-tinh-nguyen-va-y-nghia-cua-no-vi-cb.html
    ("Mỗi giọt máu cho đi, một cuộc đời ở lại", ["giọt máu", "cho đi", "cuộc đời", "ở lại"]),
    ("Hiến máu cứu người - một nghĩa cử cao đẹp", ["Hiến máu", "cứu người", "nghĩa cử", "cao đẹp"]),
    ("Hiến máu hôm nay, sức khỏe ngày mai", ["Hiến máu", "hôm nay", "sức khỏe", "ngày mai"]),
    ("Một giọt máu đào, gửi trao sự sống", ["giọt máu đào", "gửi trao", "sự sống"]),
    # https://baocantho.com.vn/y-te/suc-khoe/
    (
        "Chung tay tiêm chủng phòng, chống dịch bệnh vì một Việt Nam khỏe mạnh",
        ["Chung tay", "tiêm chủng", "dịch bệnh", "Việt Nam", "khỏe mạnh"],
    ),
    # https://baothaibinh.com.vn/tin-tuc/13/157750/keu-goi-nguoi-dan-tich-cuc-tiem-vac-xin-phong-covid-19
    ("Vui Trung thu và tựu trường an toàn", ["Trung thu", "tựu trường", "an toàn"]),
]


def score(corpus: list[tuple[str, list[str]]]) -> tuple[int, int, list[str]]:
    """Cases where every unit stays whole, out of the cases where a clean set of breaks
    exists (the fitter says when none does: a 60 cm flag cannot hold "HỌC TẬP VÀ LÀM
    THEO" at 150 pt, and a phrase must then break)."""
    good, total, bad = 0, 0, []
    for text, units in corpus:
        for fmt_id in FORMATS:
            try:
                result = fitted(text, fmt_id)
            except Exception as exc:  # too long for the format: not a break to judge
                # (or, on an outdoor format, only set at its minimum cap height by
                # cutting a word in two: left out of the kit, not printed cut)
                assert "không vừa" in str(exc) or "cắt đôi một từ" in str(exc), exc
                continue
            if not result.clean:
                continue
            lines = [x.text for x in result.lines]
            total += 1
            cut = [u for u in units if not kept(lines, u)]
            no_dash = not any(x.endswith(("-", "–")) for x in lines)
            if not cut and no_dash:
                good += 1
            else:
                bad.append(f"{fmt_id}: {' / '.join(lines)} (cắt: {cut})")
    return good, total, bad


def test_tuned_slogans_keep_every_unit() -> None:
    good, total, bad = score(TUNED)
    # Fewer cases are judged since outdoor formats leave out what misses their minimum
    # cap height (20 of the 25 judged before).
    assert total >= 20 and good == total, bad


def test_held_out_slogans_score() -> None:
    # Measured when written: see the README's figures. A floor, so a regression shows.
    good, total, bad = score(HELD_OUT)
    assert total >= 30
    assert good / total >= 0.75, (good, total, bad)


@pytest.mark.slow
def test_no_two_syllable_word_is_ever_cut_in_the_flagship_kit() -> None:
    """Even on the 60 cm flag, where some phrase must break: between words, never
    inside one ("THI ĐUA / LÀM THEO", not "THI ĐUA LÀM / THEO")."""
    from pathlib import Path

    from campaign.media.kit import _job_texts, plan_kit
    from campaign.project import load_project
    from tests.conftest import ROOT

    project = load_project(ROOT)
    words = ["làm theo", "thi đua", "Thầy thuốc", "Việt Nam", "Bác Hồ", "Y tế", "từ mẫu"]
    seen = 0
    for job in plan_kit(project.campaign, project.source, Path(ROOT)):
        texts, _ = _job_texts(job)
        if not job.slogan:
            continue
        try:
            result = fit_slot(job.fmt, job.layout, "slogan", texts["slogan"])
        except FitError as exc:
            # Left out of the kit: never printed with a word cut in two.
            assert job.fmt.min_cap_mm and "chữ hoa" in str(exc), exc
            continue
        assert result is not None
        lines = [x.text for x in result.lines]
        assert all(kept(lines, w) for w in words), (job.stem, lines)
        assert not any(x.endswith("-") for x in lines), (job.stem, lines)
        seen += 1
    assert seen >= 60


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sở Thông tin và Truyền thông tỉnh Thử", ["Sở Thông tin và Truyền thông | tỉnh Thử"]),
        # The comma is where the name itself pauses: two phrases.
        (
            "Trung tâm Văn hóa, Thể thao và Truyền thông huyện Văn Quan",
            ["Trung tâm Văn hóa", "Thể thao và Truyền thông | huyện Văn Quan"],
        ),
        ("Ủy ban nhân dân thị xã Đức Phổ", ["Ủy ban nhân dân | thị xã Đức Phổ"]),
        # "Huyện ủy" is a body, not a place; "UBND huyện" names no place after it.
        ("Ban Tuyên giáo Huyện ủy Văn Quan", ["Ban Tuyên giáo Huyện ủy Văn Quan"]),
        ("UBND huyện", ["UBND huyện"]),
        ("Sở", []),
    ],
)
def test_names_of_bodies_are_phrases(name: str, expected: list[str]) -> None:
    assert name_phrases(name) == expected


def test_a_banner_keeps_a_long_unit_name_whole(tmp_path: Path) -> None:
    """A banner signed by a unit of campaign.yml: its name is not cut where it fits on
    one line ('HỘI LIÊN HIỆP PHỤ NỮ HUYỆN / VĂN QUAN' before the names were phrases)."""
    text = MINIMAL.replace(
        "units:\n",
        "units:\n  - {id: hoi-phu-nu, name: Hội Liên hiệp Phụ nữ huyện Văn Quan, level: huyện}\n",
    ) + (
        "slogans:\n  - id: phu-nu\n    text: Hội Liên hiệp Phụ nữ huyện Văn Quan chào mừng "
        "ngày 8/3\n"
    )
    (tmp_path / "campaign.yml").write_text(text, encoding="utf-8")
    project = load_project(tmp_path)
    job = next(j for j in plan_kit(project.campaign, project.source) if j.fmt.id == "bang-ron-5m")
    assert "Hội Liên hiệp Phụ nữ | huyện Văn Quan" in job.phrases
    slogan = dict(job.texts)["slogan"]
    with using_phrases(job.phrases):
        fitted = fit_slot(job.fmt, job.layout, "slogan", slogan, scale=0.1)
    assert fitted is not None
    lines = [line.text for line in fitted.lines]
    assert lines == ["HỘI LIÊN HIỆP PHỤ NỮ HUYỆN VĂN QUAN", "CHÀO MỪNG NGÀY 8/3"], lines
    # Without the unit's name the breaker cut it there: the test shows the difference.
    bare = fit_slot(job.fmt, job.layout, "slogan", slogan, scale=0.1)
    assert bare is not None and bare.lines[0].text.endswith("HUYỆN"), bare.lines


def test_common_slogan_verbs_are_kept_whole() -> None:
    # Found on banners broken "HƯỞNG / ỨNG" (round 3 of issue 20): two-syllable words
    # of slogans that were missing from the list.
    words = "HƯỞNG ỨNG NGÀY HÀNH ĐỘNG BÌNH ĐẲNG GIỚI".split()
    gaps = phrase_breaks(words)
    assert gaps[0] is not None and gaps[0].kind == "word"
    assert gaps[3] is not None and gaps[3].kind == "word"
    assert gaps[5] is not None and gaps[5].kind == "word"
