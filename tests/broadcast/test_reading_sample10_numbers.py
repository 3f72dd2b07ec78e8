"""The reader on a training sample as it comes, numbers side (issue 17, round 10).

255 sentences from 68 pages on domains the corpus already uses (its training
domains), about half official (notices, plans, citizen-reception schedules,
statistics offices, livestock vaccination, power cuts) and half news (pig prices,
dengue counts, storms, fishing vessels in distress, hotlines, match reports,
weather by the hour, provincial economies): five to eight consecutive sentences of
each page as they stand, not picked for being hard. Each reading was written by
hand, by the corpus conventions (tests/broadcast/corpus/README.md), before the
reader ran on it.

Scored with the reader of main before this round (e3a72fd): 239 of 255 fully right
(93.7%), 15 of the 16 wrong warned. After the rules below: 242 of 255 (94.9%), every
wrong one warned. The wrong ones left are all on the letters side (left to the
abbreviation dictionary): the province letters of fishing vessels not in the
dictionary (BĐ, NA, QNa: the corpus reads "NA" by its letters, z068), "HQ", "SAR"
and "SL" (Sông Lam). One reading was mine in error, not the reader's, found on the
first run and corrected (both scores above use it): "vụ Thu- Đông" keeps its dash
(a pause), as the corpus does ("vụ Đông - Xuân").

Wrong before, by cause (number side): a day and month with a full stop after one
that "ngày" made a date ("từ 10.9 - 10.10" said "mười chấm chín"), warned; the
national child-protection line "111" named before it ("Đường dây nóng bảo vệ trẻ
em 111") said "một trăm mười một", once silently; a fishing vessel's number
without "TS" ("tàu cá NA 98286") said as an amount (its letters still wrong).
The other rules here were found by probing the kinds the blind parts missed
(plates, phones, minus signs, months and years, spans after a day word).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from .reading import _corpus_scorer, heard_as, messages, said


class Sentence(NamedTuple):
    source: str
    text: str
    reading: str
    also: tuple[str, ...] = ()


# --- a day and month with a full stop, joined to one that "ngày" made a date ------


def test_a_dotted_date_joined_to_a_dated_one_is_a_date() -> None:
    text = "Lịch họp ngày 04.3 và 11.3 tại hội trường."
    assert said(text) == ("Lịch họp ngày mồng bốn tháng ba và mười một tháng ba tại hội trường.")
    assert not [m for m in messages(text) if "dấu chấm" in m]


def test_a_second_dotted_span_after_a_dated_one_is_a_span_of_dates() -> None:
    assert heard_as(
        "Đợt đầu từ ngày 15.3 - 15.4; đợt sau từ 15.9 - 15.10.",
        "Đợt đầu từ ngày mười lăm tháng ba đến ngày mười lăm tháng tư; đợt sau từ ngày mười"
        " lăm tháng chín đến ngày mười lăm tháng mười.",
    )


def test_a_dotted_decimal_after_a_dated_one_stays_a_doubt() -> None:
    # Not joined to the date: a measure, a price; still listed, never made a date.
    text = "Ngày 7.3, mực nước đạt 3.5 m, giá 2.5 triệu đồng."
    out = said(text)
    assert "mồng bảy tháng ba" in out
    assert "tháng năm" not in out
    assert [m for m in messages(text) if "'3.5'" in m]


# --- a span inside a span: "từ 2 đến 3-5 triệu" ------------------------------------


def test_a_dash_span_after_den_before_an_amount_is_no_date_and_is_listed() -> None:
    text = "Giá cây giống từ 4 đến 6-8 triệu đồng."
    assert "tháng" not in said(text)
    assert [m for m in messages(text) if "'6-8' sau 'đến'" in m]


def test_a_day_span_to_a_date_is_still_a_day_span() -> None:
    assert said("Từ 12 đến 18-4, xã tổ chức tiêm phòng.") == (
        "Từ mười hai đến mười tám tháng tư, xã tổ chức tiêm phòng."
    )
    assert "đồng thời" in said("Từ ngày 12 đến 18-4 đồng thời kiểm tra.")
    assert "mười tám tháng tư" in said("Từ ngày 12 đến 18-4 đồng thời kiểm tra.")


# --- the fineness of gold ("bốn số chín", as review10 reads "vàng 9999") ---------------


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Giá vàng 9999 tăng mạnh.", "Giá vàng bốn số chín tăng mạnh."),
        (
            "Vàng nhẫn tròn trơn 9999 bán ra 120 triệu đồng/lượng.",
            "Vàng nhẫn tròn trơn bốn số chín bán ra một trăm hai mươi triệu đồng một lượng.",
        ),
        ("Nhẫn 999.9 được nhiều người mua.", "Nhẫn bốn số chín được nhiều người mua."),
        ("Vàng 999 giữ giá.", "Vàng ba số chín giữ giá."),
    ],
)
def test_the_fineness_of_gold_is_said_as_the_trade_says_it(text: str, reading: str) -> None:
    assert said(text) == reading


def test_an_amount_after_gold_stays_an_amount() -> None:
    assert "chín trăm chín mươi chín nghìn" in said("Giá vàng giảm 999 nghìn đồng.")
    assert "chín nghìn chín trăm chín mươi chín" in said("Đã thu giữ 9999 viên hồng phiến.")


# --- an emergency line named before its number -------------------------------------


def test_a_named_short_line_is_dialled() -> None:
    assert said("Tổng đài bảo vệ trẻ em 111 hoạt động suốt ngày đêm.") == (
        "Tổng đài bảo vệ trẻ em một một một hoạt động suốt ngày đêm."
    )
    assert said("Xin gọi đường dây nóng phòng cháy 114.") == (
        "Xin gọi đường dây nóng phòng cháy một một bốn."
    )


def test_a_count_after_the_lines_word_stays_a_count() -> None:
    assert "một trăm mười một cuộc" in said("Tổng đài đã tiếp nhận 111 cuộc gọi.")
    assert "một trăm mười hai xã" in said("Đường dây nóng của 112 xã đã thông.")


# --- a fishing vessel's number without "TS" ----------------------------------------


def test_a_vessels_number_without_ts_is_said_digit_by_digit() -> None:
    assert said("Tàu cá QNg 95123 cập cảng an toàn.") == (
        "Tàu cá Quảng Ngãi chín năm một hai ba cập cảng an toàn."
    )
    # A ship's name with a number is no vessel's number.
    assert "hai nghìn sáu trăm linh bốn" in said("Tàu Hải Thành 2604 chở hàng về cảng.")


# --- so many counted after "Sáng nay," ----------------------------------------------


def test_a_dash_pair_before_counted_members_after_sang_nay_is_a_span() -> None:
    assert said("Sáng nay, 7-8 đoàn viên đã có mặt.") == (
        "Sáng nay, bảy đến tám đoàn viên đã có mặt."
    )
    # A date after "sáng nay," stays a date.
    assert (
        said("Sáng nay, 2-9 cả nước mừng lễ.") == "Sáng nay, mồng hai tháng chín cả nước mừng lễ."
    )


# --- signs: a minus before a temperature, a sign that repeats the verb -------------


def test_a_spaced_minus_before_a_temperature_after_noi_is_minus() -> None:
    assert heard_as(
        "Vùng núi có nơi - 3 độ C.",
        "Vùng núi có nơi âm ba độ C.",
    )
    # A dash between words stays a pause.
    assert said("Có nơi - như vùng cao - rét hại.") == "Có nơi - như vùng cao - rét hại."


def test_a_sign_that_repeats_the_verb_is_said_once() -> None:
    assert said("Chỉ số giảm -2,15% trong phiên.") == (
        "Chỉ số giảm hai phẩy mười lăm phần trăm trong phiên."
    )
    assert said("Giá cổ phiếu tăng +4,2%.") == "Giá cổ phiếu tăng bốn phẩy hai phần trăm."


# --- number plates typed with a dash after the province or a stop after the series --


def test_plates_typed_with_a_dash_or_a_stop_are_plates() -> None:
    assert heard_as(
        "Xe máy biển số 61-H1 345.67 bỏ chạy.",
        "Xe máy biển số sáu mươi mốt hát một, ba bốn năm chấm sáu bảy bỏ chạy.",
    )
    assert heard_as(
        "Xe khách biển số 47B.012.34 bị giữ.",
        "Xe khách biển số bốn mươi bảy bê, không một hai chấm ba bốn bị giữ.",
    )
    assert heard_as(
        "Xe máy 36 B5 246.80 va chạm.",
        "Xe máy ba mươi sáu bê năm, hai bốn sáu chấm tám không va chạm.",
    )


def test_a_plate_masked_in_full_is_read_by_its_letters() -> None:
    assert heard_as(
        "Ô tô 88A-XXX.XX vượt đèn đỏ.",
        "Ô tô tám mươi tám A, ích xì ích xì ích xì chấm ích xì ích xì vượt đèn đỏ.",
    )


# --- a landline after its bracketed area code, its first group one digit ----------


def test_a_landline_after_its_area_code_is_said_group_by_group() -> None:
    assert said("Điện thoại: (0237) 3 851 246.") == (
        "Điện thoại: không hai ba bảy, ba, tám năm một, hai bốn sáu."
    )
    assert heard_as(
        "Số máy (024) 3.942.1357.",
        "Số máy không hai bốn, ba, chín bốn hai, một ba năm bảy.",
    )
    # Too few digits for a line: left to the other rules.
    assert "mười hai người" in said("Mã vùng (028) 12 người.")


# --- a month and year with a dash that ends the sentence -----------------------------


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Công trình hoàn thành trong tháng 11-2026.",
            "Công trình hoàn thành trong tháng mười một năm hai nghìn không trăm hai mươi sáu.",
        ),
        (
            "Dự án khởi công từ cuối tháng 3-2027.",
            "Dự án khởi công từ cuối tháng ba năm hai nghìn không trăm hai mươi bảy.",
        ),
        (
            "Hạn chót là hết 10-2026.",
            "Hạn chót là hết tháng mười năm hai nghìn không trăm hai mươi sáu.",
        ),
    ],
)
def test_a_month_and_year_before_the_full_stop_is_a_month_of_a_year(
    text: str, reading: str
) -> None:
    assert said(text) == reading


# --- "lần 3/2024", and a paper's number or a month: "Kế hoạch 5/2024" ----------------


def test_the_time_of_a_year_after_lan_or_phien_is_no_month() -> None:
    assert said("Hội thi lần 4/2026 diễn ra tại xã.") == (
        "Hội thi lần bốn năm hai nghìn không trăm hai mươi sáu diễn ra tại xã."
    )
    assert said("Phiên 3/2026 của hội đồng.") == (
        "Phiên ba năm hai nghìn không trăm hai mươi sáu của hội đồng."
    )


def test_a_number_of_a_year_after_a_papers_name_is_listed() -> None:
    text = "Thực hiện Kế hoạch 7/2026 của xã."
    assert [m for m in messages(text) if "'7/2026' sau 'Kế hoạch'" in m]
    # Written with "số" or "tháng", the text decides: nothing listed.
    assert not [m for m in messages("Thực hiện Kế hoạch số 7/2026 của xã.") if "sau 'Kế" in m]
    assert not [m for m in messages("Báo cáo tháng 7/2026 của xã.") if "sau 'Báo" in m]


# --- the sample, scored ------------------------------------------------------------

RIGHT_FLOOR = 242  # of 255 (94.9%); 239 with main's reader before this round


def test_the_training_sample_scores_and_every_wrong_sentence_is_warned() -> None:
    scorer = _corpus_scorer()
    right, silent = 0, []
    for n, s in enumerate(SAMPLE, start=1):
        entry = scorer.Entry(
            id=f"s10n{n:03d}",
            source=s.source,
            domain="sample",
            kinds=["number"],
            text=s.text,
            reading=s.reading,
            also=list(s.also),
        )
        result = scorer.score(entry)
        right += result.right
        if not result.right and not result.warnings:
            silent.append(s.text)
    assert len(SAMPLE) == 255
    assert right >= RIGHT_FLOOR
    assert silent == []


SAMPLE: tuple[Sentence, ...] = (
    Sentence(
        (
            "https://amp.doisongphapluat.com.vn/thong-bao-lich-cat-dien-ha-noi-ngay-mai-25-5-2023-cap-nhat-moi-nhat-a576433.html"
        ),
        (
            "Theo thông tin mới nhất từ trang web chính thức của Tổng công ty Điện lực Hà Nội "
            "(EVNHANOI), ngày 25/5 sẽ diễn ra kế hoạch cắt điện tại nhiều địa điểm trên toàn thành "
            "phố."
        ),
        (
            "Theo thông tin mới nhất từ trang web chính thức của Tổng công ty Điện lực Hà Nội, "
            "ngày hai mươi lăm tháng năm sẽ diễn ra kế hoạch cắt điện tại nhiều địa điểm trên toàn "
            "thành phố."
        ),
    ),
    Sentence(
        (
            "https://amp.doisongphapluat.com.vn/thong-bao-lich-cat-dien-ha-noi-ngay-mai-25-5-2023-cap-nhat-moi-nhat-a576433.html"
        ),
        (
            "Trong khoảng thời gian từ 7h đến 17h, các khu vực như quận Đống Đa, Long Biên, Nam Từ "
            "Liêm sẽ tạm ngừng cung cấp điện."
        ),
        (
            "Trong khoảng thời gian từ bảy giờ đến mười bảy giờ, các khu vực như quận Đống Đa, "
            "Long Biên, Nam Từ Liêm sẽ tạm ngừng cung cấp điện."
        ),
    ),
    Sentence(
        (
            "https://amp.doisongphapluat.com.vn/thong-bao-lich-cat-dien-ha-noi-ngay-mai-25-5-2023-cap-nhat-moi-nhat-a576433.html"
        ),
        (
            "Hơn nữa, ngày mai cũng sẽ có tạm ngừng cung cấp điện tại nhiều hộ dân tại quận Hoàng "
            "Mai, Thanh Xuân, huyện Sóc Sơn."
        ),
        (
            "Hơn nữa, ngày mai cũng sẽ có tạm ngừng cung cấp điện tại nhiều hộ dân tại quận Hoàng "
            "Mai, Thanh Xuân, huyện Sóc Sơn."
        ),
    ),
    Sentence(
        (
            "https://amp.doisongphapluat.com.vn/thong-bao-lich-cat-dien-ha-noi-ngay-mai-25-5-2023-cap-nhat-moi-nhat-a576433.html"
        ),
        (
            "Cụ thể, một phần phường Giáp Bát, một phần phường Tranh Trì (quận Hoàng Mai) sẽ mất "
            "điện trong khoảng thời gian từ 4 đến 8 tiếng; từ số nhà 9 đến số nhà 127, từ số nhà "
            "56 đến số nhà 138 phố Khương Trung, toàn bộ ngõ 102 phố Hoàng Văn Thái (quận Thanh "
            "Xuân) sẽ mất điện từ 5h đến 13h; một phần xã Đông Xuân, một phần xã Thanh Xuân (huyện "
            "Sóc Sơn) sẽ mất điện từ 5h đến 16h."
        ),
        (
            "Cụ thể, một phần phường Giáp Bát, một phần phường Tranh Trì (quận Hoàng Mai) sẽ mất "
            "điện trong khoảng thời gian từ bốn đến tám tiếng; từ số nhà chín đến số nhà một trăm "
            "hai mươi bảy, từ số nhà năm mươi sáu đến số nhà một trăm ba mươi tám phố Khương "
            "Trung, toàn bộ ngõ một trăm linh hai phố Hoàng Văn Thái (quận Thanh Xuân) sẽ mất điện "
            "từ năm giờ đến mười ba giờ; một phần xã Đông Xuân, một phần xã Thanh Xuân (huyện Sóc "
            "Sơn) sẽ mất điện từ năm giờ đến mười sáu giờ."
        ),
    ),
    Sentence(
        (
            "https://amp.doisongphapluat.com.vn/thong-bao-lich-cat-dien-ha-noi-ngay-mai-25-5-2023-cap-nhat-moi-nhat-a576433.html"
        ),
        (
            "EVNHANOI khuyến nghị các khách hàng sử dụng điện một cách tiết kiệm và hiệu quả, đồng "
            "thời hạn chế việc sử dụng các thiết bị tiêu thụ nhiều điện trong khoảng thời gian cao "
            "điểm hàng ngày từ 11h đến 14h và từ 18h đến 23h."
        ),
        (
            "Tổng công ty Điện lực Hà Nội khuyến nghị các khách hàng sử dụng điện một cách tiết "
            "kiệm và hiệu quả, đồng thời hạn chế việc sử dụng các thiết bị tiêu thụ nhiều điện "
            "trong khoảng thời gian cao điểm hàng ngày từ mười một giờ đến mười bốn giờ và từ mười "
            "tám giờ đến hai mươi ba giờ."
        ),
        (
            (
                "Tổng công ty Điện lực Thành phố Hà Nội khuyến nghị các khách hàng sử dụng điện "
                "một cách tiết kiệm và hiệu quả, đồng thời hạn chế việc sử dụng các thiết bị tiêu "
                "thụ nhiều điện trong khoảng thời gian cao điểm hàng ngày từ mười một giờ đến mười "
                "bốn giờ và từ mười tám giờ đến hai mươi ba giờ."
            ),
        ),
    ),
    Sentence(
        (
            "http://phongcachsong.net/song-khoe/lich-cat-dien-ha-noi-ngay-mai-196-ngay-dau-tuan-se-cat-dien-nhung-dau-nam-lich-de-co-ke-hoach-sinh-hoat-12266.html"
        ),
        (
            "Tổng Công ty Điện lực TP Hà Nội mới đây đã có thông báo về lịch cắt điện trên toàn "
            "thành phố trong ngày 19/6."
        ),
        (
            "Tổng Công ty Điện lực Thành phố Hà Nội mới đây đã có thông báo về lịch cắt điện trên "
            "toàn thành phố trong ngày mười chín tháng sáu."
        ),
    ),
    Sentence(
        (
            "http://phongcachsong.net/song-khoe/lich-cat-dien-ha-noi-ngay-mai-196-ngay-dau-tuan-se-cat-dien-nhung-dau-nam-lich-de-co-ke-hoach-sinh-hoat-12266.html"
        ),
        (
            "Theo đó, trong ngày 19/6, EVNHANOI sẽ có kế hoạch tạm ngừng cấp điện 1 huyện ngoại "
            "thành."
        ),
        (
            "Theo đó, trong ngày mười chín tháng sáu, Tổng công ty Điện lực Hà Nội sẽ có kế hoạch "
            "tạm ngừng cấp điện một huyện ngoại thành."
        ),
        (
            (
                "Theo đó, trong ngày mười chín tháng sáu, Tổng công ty Điện lực Thành phố Hà Nội "
                "sẽ có kế hoạch tạm ngừng cấp điện một huyện ngoại thành."
            ),
        ),
    ),
    Sentence(
        (
            "http://phongcachsong.net/song-khoe/lich-cat-dien-ha-noi-ngay-mai-196-ngay-dau-tuan-se-cat-dien-nhung-dau-nam-lich-de-co-ke-hoach-sinh-hoat-12266.html"
        ),
        (
            "Lịch cắt điện Hà Nội ngày mai 19/6 sẽ được Chuyên trang Gia đình và Xã hội cập nhật "
            "liên tục."
        ),
        (
            "Lịch cắt điện Hà Nội ngày mai mười chín tháng sáu sẽ được Chuyên trang Gia đình và Xã "
            "hội cập nhật liên tục."
        ),
        (
            (
                "Lịch cắt điện Hà Nội ngày mai ngày mười chín tháng sáu sẽ được Chuyên trang Gia "
                "đình và Xã hội cập nhật liên tục."
            ),
        ),
    ),
    Sentence(
        (
            "http://phongcachsong.net/song-khoe/lich-cat-dien-ha-noi-ngay-mai-196-ngay-dau-tuan-se-cat-dien-nhung-dau-nam-lich-de-co-ke-hoach-sinh-hoat-12266.html"
        ),
        "Độc giả nên nắm thông tin này để chủ động trong sinh hoạt, kinh doanh, sản xuất.",
        "Độc giả nên nắm thông tin này để chủ động trong sinh hoạt, kinh doanh, sản xuất.",
    ),
    Sentence(
        (
            "https://vietnambiz.vn/lich-cup-dien-ben-tre-an-giang-va-tien-giang-ngay-mai-112024-nhieu-noi-khong-mat-dien-vao-dip-tet-duong-lich-2023123111639837.htm"
        ),
        (
            "Lịch cúp điện Bến Tre, An Giang và Tiền Giang ngày mai (1/1/2024): Nhiều nơi không "
            "mất điện vào dịp Tết Dương lịch"
        ),
        (
            "Lịch cúp điện Bến Tre, An Giang và Tiền Giang ngày mai (mồng một tháng một năm hai "
            "nghìn không trăm hai mươi tư): Nhiều nơi không mất điện vào dịp Tết Dương lịch"
        ),
        (
            (
                "Lịch cúp điện Bến Tre, An Giang và Tiền Giang ngày mai (ngày mồng một tháng một "
                "năm hai nghìn không trăm hai mươi tư): Nhiều nơi không mất điện vào dịp Tết Dương "
                "lịch"
            ),
        ),
    ),
    Sentence(
        (
            "https://vietnambiz.vn/lich-cup-dien-ben-tre-an-giang-va-tien-giang-ngay-mai-112024-nhieu-noi-khong-mat-dien-vao-dip-tet-duong-lich-2023123111639837.htm"
        ),
        "Vì vậy, toàn bộ các địa phương này sẽ không mất điện trong dịp lễ Tết Dương lịch.",
        "Vì vậy, toàn bộ các địa phương này sẽ không mất điện trong dịp lễ Tết Dương lịch.",
    ),
    Sentence(
        (
            "https://vietnambiz.vn/lich-cup-dien-ben-tre-an-giang-va-tien-giang-ngay-mai-112024-nhieu-noi-khong-mat-dien-vao-dip-tet-duong-lich-2023123111639837.htm"
        ),
        "Do đó, các địa phương này sẽ không mất điện trong ngày 1/1.",
        "Do đó, các địa phương này sẽ không mất điện trong ngày mồng một tháng một.",
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        "Giá heo hơi hôm nay (28/8) biến động trái chiều.",
        "Giá heo hơi hôm nay (hai mươi tám tháng tám) biến động trái chiều.",
        ("Giá heo hơi hôm nay (ngày hai mươi tám tháng tám) biến động trái chiều.",),
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        "Theo đó, miền Bắc giữ ổn định, miền Trung và miền Nam giảm sâu.",
        "Theo đó, miền Bắc giữ ổn định, miền Trung và miền Nam giảm sâu.",
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        (
            "Mức giá phổ biến toàn quốc hiện dao động 51.000 - 59.000 đồng/kg, thấp hơn đáng kể so "
            "với giai đoạn đầu tháng."
        ),
        (
            "Mức giá phổ biến toàn quốc hiện dao động năm mươi mốt nghìn đến năm mươi chín nghìn "
            "đồng một ki-lô-gam, thấp hơn đáng kể so với giai đoạn đầu tháng."
        ),
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        (
            "Các tỉnh trọng điểm như Hà Nội, Bắc Ninh, Hải Phòng, Thái Nguyên, Tuyên Quang, Hưng "
            "Yên vẫn thu mua quanh mức 55.000 đồng/kg."
        ),
        (
            "Các tỉnh trọng điểm như Hà Nội, Bắc Ninh, Hải Phòng, Thái Nguyên, Tuyên Quang, Hưng "
            "Yên vẫn thu mua quanh mức năm mươi lăm nghìn đồng một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        (
            "Một số địa phương khác như Lào Cai, Lai Châu, Điện Biên, Sơn La giao dịch thấp hơn, "
            "phổ biến 53.000 - 54.000 đồng/kg."
        ),
        (
            "Một số địa phương khác như Lào Cai, Lai Châu, Điện Biên, Sơn La giao dịch thấp hơn, "
            "phổ biến năm mươi ba nghìn đến năm mươi tư nghìn đồng một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        (
            "Mặt bằng giá toàn khu vực hiện neo ổn định trong khoảng 53.000 - 55.000 đồng/kg, tạo "
            "sự an tâm nhất định cho người chăn nuôi sau nhiều phiên giảm liên tiếp trước đó."
        ),
        (
            "Mặt bằng giá toàn khu vực hiện neo ổn định trong khoảng năm mươi ba nghìn đến năm "
            "mươi lăm nghìn đồng một ki-lô-gam, tạo sự an tâm nhất định cho người chăn nuôi sau "
            "nhiều phiên giảm liên tiếp trước đó."
        ),
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        "Tại Đà Nẵng và Quảng Ngãi, giá thu mua chỉ còn 51.000 đồng/kg, mức thấp nhất cả nước.",
        (
            "Tại Đà Nẵng và Quảng Ngãi, giá thu mua chỉ còn năm mươi mốt nghìn đồng một ki-lô-gam, "
            "mức thấp nhất cả nước."
        ),
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        (
            "Gia Lai giảm 1.000 đồng xuống 53.000 đồng/kg, Lâm Đồng cũng lùi 1.000 đồng còn 56.000 "
            "đồng/kg."
        ),
        (
            "Gia Lai giảm một nghìn đồng xuống năm mươi ba nghìn đồng một ki-lô-gam, Lâm Đồng cũng "
            "lùi một nghìn đồng còn năm mươi sáu nghìn đồng một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        "Trung bình giá toàn vùng miền Trung - Tây Nguyên còn 53.200 đồng/kg.",
        (
            "Trung bình giá toàn vùng miền Trung - Tây Nguyên còn năm mươi ba nghìn hai trăm đồng "
            "một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        "Tại miền Nam, sáng 28/8 ghi nhận đà giảm sâu trên diện rộng.",
        "Tại miền Nam, sáng hai mươi tám tháng tám ghi nhận đà giảm sâu trên diện rộng.",
        ("Tại miền Nam, sáng ngày hai mươi tám tháng tám ghi nhận đà giảm sâu trên diện rộng.",),
    ),
    Sentence(
        (
            "https://thoibaotaichinhvietnam.vn/ngay-288-gia-heo-tai-mien-trung-va-mien-nam-tiep-tuc-giam-sau-182293.html"
        ),
        (
            "Đồng Nai, TP. Hồ Chí Minh và Đồng Tháp cùng về 57.000 đồng/kg, trong khi Vĩnh Long "
            "giảm xuống còn 56.000 đồng/kg - mức thấp nhất khu vực."
        ),
        (
            "Đồng Nai, Thành phố Hồ Chí Minh và Đồng Tháp cùng về năm mươi bảy nghìn đồng một "
            "ki-lô-gam, trong khi Vĩnh Long giảm xuống còn năm mươi sáu nghìn đồng một ki-lô-gam - "
            "mức thấp nhất khu vực."
        ),
    ),
    Sentence(
        (
            "https://thanhnien.vn/tai-chinh-kinh-doanh/gia-heo-hoi-hai-mien-nam-bac-deu-tang-manh-1112633.html"
        ),
        (
            "Trong đó, Vĩnh Long là địa phương ghi nhận mức tăng mạnh nhất, 5.000 đồng/kg, giá heo "
            "hơi hôm nay (9.8) tại tỉnh này đạt 33.000 đồng/kg; các tỉnh Trà Vĩnh, Tiền Giang cũng "
            "trở lại mức 34.000 đồng/kg (tăng 2.000 đồng/kg so với hai ngày trước); các tỉnh Long "
            "An, Đồng Tháp, Cần Thơ cũng đồng loạt tăng 3.000 đồng/kg lên 32.000 đồng/kg; Kiên "
            "Giang tăng mạnh 2.000 đồng lên 32.000 đồng/kg."
        ),
        (
            "Trong đó, Vĩnh Long là địa phương ghi nhận mức tăng mạnh nhất, năm nghìn đồng một "
            "ki-lô-gam, giá heo hơi hôm nay (mồng chín tháng tám) tại tỉnh này đạt ba mươi ba "
            "nghìn đồng một ki-lô-gam; các tỉnh Trà Vĩnh, Tiền Giang cũng trở lại mức ba mươi tư "
            "nghìn đồng một ki-lô-gam (tăng hai nghìn đồng một ki-lô-gam so với hai ngày trước); "
            "các tỉnh Long An, Đồng Tháp, Cần Thơ cũng đồng loạt tăng ba nghìn đồng một ki-lô-gam "
            "lên ba mươi hai nghìn đồng một ki-lô-gam; Kiên Giang tăng mạnh hai nghìn đồng lên ba "
            "mươi hai nghìn đồng một ki-lô-gam."
        ),
        (
            (
                "Trong đó, Vĩnh Long là địa phương ghi nhận mức tăng mạnh nhất, năm nghìn đồng một "
                "ki-lô-gam, giá heo hơi hôm nay (ngày mồng chín tháng tám) tại tỉnh này đạt ba "
                "mươi ba nghìn đồng một ki-lô-gam; các tỉnh Trà Vĩnh, Tiền Giang cũng trở lại mức "
                "ba mươi tư nghìn đồng một ki-lô-gam (tăng hai nghìn đồng một ki-lô-gam so với hai "
                "ngày trước); các tỉnh Long An, Đồng Tháp, Cần Thơ cũng đồng loạt tăng ba nghìn "
                "đồng một ki-lô-gam lên ba mươi hai nghìn đồng một ki-lô-gam; Kiên Giang tăng mạnh "
                "hai nghìn đồng lên ba mươi hai nghìn đồng một ki-lô-gam."
            ),
        ),
    ),
    Sentence(
        (
            "https://thanhnien.vn/tai-chinh-kinh-doanh/gia-heo-hoi-hai-mien-nam-bac-deu-tang-manh-1112633.html"
        ),
        "An Giang tăng 1.000 đồng lên 31.000 đồng/kg.",
        "An Giang tăng một nghìn đồng lên ba mươi mốt nghìn đồng một ki-lô-gam.",
    ),
    Sentence(
        (
            "https://thanhnien.vn/tai-chinh-kinh-doanh/gia-heo-hoi-hai-mien-nam-bac-deu-tang-manh-1112633.html"
        ),
        "Đồng Nai, Bình Dương, TP.HCM, Cà Mau dao động khoảng 32.000 - 34.000 đồng/kg.",
        (
            "Đồng Nai, Bình Dương, Thành phố Hồ Chí Minh, Cà Mau dao động khoảng ba mươi hai nghìn "
            "đến ba mươi tư nghìn đồng một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://thanhnien.vn/tai-chinh-kinh-doanh/gia-heo-hoi-hai-mien-nam-bac-deu-tang-manh-1112633.html"
        ),
        "Tại một số công ty chăn nuôi heo lớn ở miền Nam, giá heo hơi cũng tăng 1.000 đồng/kg.",
        (
            "Tại một số công ty chăn nuôi heo lớn ở miền Nam, giá heo hơi cũng tăng một nghìn đồng "
            "một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://vietnamnet.vn/mac-sot-xuat-huyet-nhieu-nguoi-co-dac-mau-suy-da-tang-moi-den-vien-2072365.html"
        ),
        (
            "Theo Bộ Y tế, tính từ đầu năm 2022 đến nay, cả nước ghi nhận 258.480 trường hợp mắc "
            "sốt xuất huyết (tăng 4,8 lần so với cùng kỳ năm 2021), trong đó có 102 trường hợp tử "
            "vong (tăng 81 trường hợp tử vong so với năm 2021)."
        ),
        (
            "Theo Bộ Y tế, tính từ đầu năm hai nghìn không trăm hai mươi hai đến nay, cả nước ghi "
            "nhận hai trăm năm mươi tám nghìn bốn trăm tám mươi trường hợp mắc sốt xuất huyết "
            "(tăng bốn phẩy tám lần so với cùng kỳ năm hai nghìn không trăm hai mươi mốt), trong "
            "đó có một trăm linh hai trường hợp tử vong (tăng tám mươi mốt trường hợp tử vong so "
            "với năm hai nghìn không trăm hai mươi mốt)."
        ),
    ),
    Sentence(
        (
            "https://vietnamnet.vn/mac-sot-xuat-huyet-nhieu-nguoi-co-dac-mau-suy-da-tang-moi-den-vien-2072365.html"
        ),
        (
            "Tại Hà Nội, cộng dồn từ đầu năm 2022 đến nay, ghi nhận 6.779 mắc sốt xuất huyết (tăng "
            "gấp 3,2 lần so với cùng kỳ năm 2021), trong đó có 5 trường hợp tử vong."
        ),
        (
            "Tại Hà Nội, cộng dồn từ đầu năm hai nghìn không trăm hai mươi hai đến nay, ghi nhận "
            "sáu nghìn bảy trăm bảy mươi chín mắc sốt xuất huyết (tăng gấp ba phẩy hai lần so với "
            "cùng kỳ năm hai nghìn không trăm hai mươi mốt), trong đó có năm trường hợp tử vong."
        ),
    ),
    Sentence(
        (
            "https://vietnamnet.vn/mac-sot-xuat-huyet-nhieu-nguoi-co-dac-mau-suy-da-tang-moi-den-vien-2072365.html"
        ),
        (
            "Dự báo, trong thời gian tới, số ca mắc sốt xuất huyết vẫn ở mức cao do đang là cao "
            "điểm mùa dịch diễn ra từ tháng 7 đến tháng 11 hằng năm."
        ),
        (
            "Dự báo, trong thời gian tới, số ca mắc sốt xuất huyết vẫn ở mức cao do đang là cao "
            "điểm mùa dịch diễn ra từ tháng bảy đến tháng mười một hằng năm."
        ),
    ),
    Sentence(
        "https://www.sggp.org.vn/dich-benh-sot-xuat-huyet-vao-mua-cao-diem-post803919.html",
        (
            "Ngày 15-7, Bộ Y tế cho biết, đầu năm 2025 tới nay cả nước đã ghi nhận 32.189 ca mắc "
            "sốt xuất huyết (SXH), trong đó có 5 trường hợp tử vong."
        ),
        (
            "Ngày mười lăm tháng bảy, Bộ Y tế cho biết, đầu năm hai nghìn không trăm hai mươi lăm "
            "tới nay cả nước đã ghi nhận ba mươi hai nghìn một trăm tám mươi chín ca mắc sốt xuất "
            "huyết, trong đó có năm trường hợp tử vong."
        ),
    ),
    Sentence(
        "https://www.sggp.org.vn/dich-benh-sot-xuat-huyet-vao-mua-cao-diem-post803919.html",
        (
            "Mặc dù số ca mắc và tử vong do SXH giảm so với cùng kỳ năm 2024 (36.276 ca mắc SXH và "
            "6 ca tử vong) nhưng cả nước đang bước vào mùa cao điểm của dịch SXH."
        ),
        (
            "Mặc dù số ca mắc và tử vong do sốt xuất huyết giảm so với cùng kỳ năm hai nghìn không "
            "trăm hai mươi tư (ba mươi sáu nghìn hai trăm bảy mươi sáu ca mắc sốt xuất huyết và "
            "sáu ca tử vong) nhưng cả nước đang bước vào mùa cao điểm của dịch sốt xuất huyết."
        ),
    ),
    Sentence(
        "https://www.sggp.org.vn/dich-benh-sot-xuat-huyet-vao-mua-cao-diem-post803919.html",
        (
            "Đáng lưu ý, qua giám sát dịch tễ cho thấy, một số địa phương ở khu vực phía Nam ghi "
            "nhận số ca mắc SXH tăng rất cao so với cùng kỳ, như Tây Ninh tăng 274,3%, Đồng Nai "
            "tăng 191,7%, TPHCM tăng 151,4%."
        ),
        (
            "Đáng lưu ý, qua giám sát dịch tễ cho thấy, một số địa phương ở khu vực phía Nam ghi "
            "nhận số ca mắc sốt xuất huyết tăng rất cao so với cùng kỳ, như Tây Ninh tăng hai trăm "
            "bảy mươi tư phẩy ba phần trăm, Đồng Nai tăng một trăm chín mươi mốt phẩy bảy phần "
            "trăm, Thành phố Hồ Chí Minh tăng một trăm năm mươi mốt phẩy bốn phần trăm."
        ),
    ),
    Sentence(
        "https://plo.vn/suc-khoe/lo-ngai-bung-phat-dich-sot-xuat-huyet-dien-rong-847159.html",
        (
            "Tính đến tháng 7-2019, cả nước có hơn 96.000 ca mắc SXH, tăng gấp ba lần so với cùng "
            "kỳ năm 2018."
        ),
        (
            "Tính đến tháng bảy năm hai nghìn không trăm mười chín, cả nước có hơn chín mươi sáu "
            "nghìn ca mắc sốt xuất huyết, tăng gấp ba lần so với cùng kỳ năm hai nghìn không trăm "
            "mười tám."
        ),
    ),
    Sentence(
        "https://plo.vn/suc-khoe/lo-ngai-bung-phat-dich-sot-xuat-huyet-dien-rong-847159.html",
        (
            "34 tỉnh/TP ghi nhận số mắc SXH hằng tuần tăng cao và số mắc tích lũy tăng cao so với "
            "cùng kỳ năm 2018."
        ),
        (
            "Ba mươi tư tỉnh, thành phố ghi nhận số mắc sốt xuất huyết hằng tuần tăng cao và số "
            "mắc tích lũy tăng cao so với cùng kỳ năm hai nghìn không trăm mười tám."
        ),
        (
            (
                "Ba mươi tư tỉnh hoặc thành phố ghi nhận số mắc sốt xuất huyết hằng tuần tăng cao "
                "và số mắc tích lũy tăng cao so với cùng kỳ năm hai nghìn không trăm mười tám."
            ),
            (
                "Ba mươi tư tỉnh thành phố ghi nhận số mắc sốt xuất huyết hằng tuần tăng cao và số "
                "mắc tích lũy tăng cao so với cùng kỳ năm hai nghìn không trăm mười tám."
            ),
        ),
    ),
    Sentence(
        "https://plo.vn/suc-khoe/lo-ngai-bung-phat-dich-sot-xuat-huyet-dien-rong-847159.html",
        (
            "Đồng thời, số ca mắc bệnh năm 2018 kéo dài sang cả mấy tháng đầu năm 2019 và sự thay "
            "đổi của virus gây bệnh khiến cho số ca bệnh cộng dồn của năm 2019 tăng cao."
        ),
        (
            "Đồng thời, số ca mắc bệnh năm hai nghìn không trăm mười tám kéo dài sang cả mấy tháng "
            "đầu năm hai nghìn không trăm mười chín và sự thay đổi của virus gây bệnh khiến cho số "
            "ca bệnh cộng dồn của năm hai nghìn không trăm mười chín tăng cao."
        ),
    ),
    Sentence(
        "https://baohaiduong.vn/tiem-phong-cho-gia-suc-gia-cam-den-het-thang-4-161103.html",
        (
            "Từ ngày 12.3-30.4, các địa phương trong tỉnh tiêm phòng vụ xuân cho toàn bộ đàn gia "
            "súc, gia cầm trong diện phải tiêm."
        ),
        (
            "Từ ngày mười hai tháng ba đến ngày ba mươi tháng tư, các địa phương trong tỉnh tiêm "
            "phòng vụ xuân cho toàn bộ đàn gia súc, gia cầm trong diện phải tiêm."
        ),
        (
            (
                "Từ ngày mười hai tháng ba đến ba mươi tháng tư, các địa phương trong tỉnh tiêm "
                "phòng vụ xuân cho toàn bộ đàn gia súc, gia cầm trong diện phải tiêm."
            ),
        ),
    ),
    Sentence(
        "https://baohaiduong.vn/tiem-phong-cho-gia-suc-gia-cam-den-het-thang-4-161103.html",
        (
            "Chi cục Chăn nuôi và Thú y đề nghị Trung tâm Dịch vụ nông nghiệp các huyện, thành "
            "phố, thị xã tổ chức triển khai tiêm phòng đúng lịch, đúng kỹ thuật và đúng đối tượng."
        ),
        (
            "Chi cục Chăn nuôi và Thú y đề nghị Trung tâm Dịch vụ nông nghiệp các huyện, thành "
            "phố, thị xã tổ chức triển khai tiêm phòng đúng lịch, đúng kỹ thuật và đúng đối tượng."
        ),
    ),
    Sentence(
        "https://baohaiduong.vn/tiem-phong-cho-gia-suc-gia-cam-den-het-thang-4-161103.html",
        (
            "Người chăn nuôi cần chủ động kinh phí mua những loại vaccine không được tỉnh hỗ trợ, "
            "thực hiện tiêm phòng cho gia súc, gia cầm của gia đình."
        ),
        (
            "Người chăn nuôi cần chủ động kinh phí mua những loại vaccine không được tỉnh hỗ trợ, "
            "thực hiện tiêm phòng cho gia súc, gia cầm của gia đình."
        ),
    ),
    Sentence(
        "https://danviet.vn/print-777736915.htm",
        (
            "Theo kế hoạch phòng, chống dịch bệnh gia súc, gia cầm của TP. Hà Nội, năm 2011, toàn "
            "thành phố sẽ thực hiện hai đợt tiêm phòng vaccin đại trà cho đàn gia súc, gia cầm."
        ),
        (
            "Theo kế hoạch phòng, chống dịch bệnh gia súc, gia cầm của Thành phố Hà Nội, năm hai "
            "nghìn không trăm mười một, toàn thành phố sẽ thực hiện hai đợt tiêm phòng vaccin đại "
            "trà cho đàn gia súc, gia cầm."
        ),
    ),
    Sentence(
        "https://danviet.vn/print-777736915.htm",
        "Đợt một từ ngày 10.3 - 10.4; đợt hai từ 10.9 - 10.10.",
        (
            "Đợt một từ ngày mồng mười tháng ba đến mồng mười tháng tư; đợt hai từ mồng mười tháng "
            "chín đến mồng mười tháng mười."
        ),
        (
            (
                "Đợt một từ ngày mồng mười tháng ba đến ngày mồng mười tháng tư; đợt hai từ ngày "
                "mồng mười tháng chín đến ngày mồng mười tháng mười."
            ),
            (
                "Đợt một từ ngày mồng mười tháng ba đến ngày mồng mười tháng tư; đợt hai từ mồng "
                "mười tháng chín đến ngày mồng mười tháng mười."
            ),
        ),
    ),
    Sentence(
        "https://danviet.vn/print-777736915.htm",
        (
            "UBND thành phố cũng yêu cầu, việc giám sát dịch bệnh gia súc, gia cầm phải được tổ "
            "chức tới tận thôn, xóm, hộ gia đình."
        ),
        (
            "Ủy ban nhân dân thành phố cũng yêu cầu, việc giám sát dịch bệnh gia súc, gia cầm phải "
            "được tổ chức tới tận thôn, xóm, hộ gia đình."
        ),
    ),
    Sentence(
        (
            "https://kieuphu.hanoi.gov.vn/y-te-giao-duc/ubnd-xa-kieu-phu-to-chuc-tiem-phong-dich-benh-dot-2-cho-dan-gia-suc-gia-cam-tren-dia-ban-276425101516190694.htm"
        ),
        "Cán bộ thú y cơ sở tiến hành tiêm Vacsin cho đàn gia cầm đợt 2 năm 2025",
        (
            "Cán bộ thú y cơ sở tiến hành tiêm Vacsin cho đàn gia cầm đợt hai năm hai nghìn không "
            "trăm hai mươi lăm"
        ),
    ),
    Sentence(
        (
            "https://kieuphu.hanoi.gov.vn/y-te-giao-duc/ubnd-xa-kieu-phu-to-chuc-tiem-phong-dich-benh-dot-2-cho-dan-gia-suc-gia-cam-tren-dia-ban-276425101516190694.htm"
        ),
        (
            "Đồng thời tiến hành tiêm đại trà cho gia súc, gia cầm, vật nuôi của các hộ đã kê khai "
            "từ ngày 20/9 đến 20/10/2025 gồm các nhóm Vacsin: Lở mồm long móng (type O, type O-A), "
            "Cúm gia cầm, Tai xanh, Dịch tả lợn."
        ),
        (
            "Đồng thời tiến hành tiêm đại trà cho gia súc, gia cầm, vật nuôi của các hộ đã kê khai "
            "từ ngày hai mươi tháng chín đến hai mươi tháng mười năm hai nghìn không trăm hai mươi "
            "lăm gồm các nhóm Vacsin: Lở mồm long móng (type O, type O A), Cúm gia cầm, Tai xanh, "
            "Dịch tả lợn."
        ),
        (
            (
                "Đồng thời tiến hành tiêm đại trà cho gia súc, gia cầm, vật nuôi của các hộ đã kê "
                "khai từ ngày hai mươi tháng chín đến ngày hai mươi tháng mười năm hai nghìn không "
                "trăm hai mươi lăm gồm các nhóm Vacsin: Lở mồm long móng (type O, type O A), Cúm "
                "gia cầm, Tai xanh, Dịch tả lợn."
            ),
        ),
    ),
    Sentence(
        (
            "https://kieuphu.hanoi.gov.vn/y-te-giao-duc/ubnd-xa-kieu-phu-to-chuc-tiem-phong-dich-benh-dot-2-cho-dan-gia-suc-gia-cam-tren-dia-ban-276425101516190694.htm"
        ),
        (
            "Chủ động phòng ngừa, ngăn chặn nguy cơ bùng phát các loại dịch bệnh nguy hiểm trên "
            "đàn gia súc, gia cầm trong vụ Thu- Đông năm 2025."
        ),
        (
            "Chủ động phòng ngừa, ngăn chặn nguy cơ bùng phát các loại dịch bệnh nguy hiểm trên "
            "đàn gia súc, gia cầm trong vụ Thu- Đông năm hai nghìn không trăm hai mươi lăm."
        ),
    ),
    Sentence(
        (
            "https://phucthanh.yenthanh.nghean.gov.vn/lich-lam-viec/1bbba6f16d0d7ee0df9ce0146898ecc2-613035"
        ),
        (
            "UBND xã Phúc Thành thông báo cho bà con nhân dân về việc đăng ký tiêm phòng dịch tả "
            "lợn châu phi"
        ),
        (
            "Ủy ban nhân dân xã Phúc Thành thông báo cho bà con nhân dân về việc đăng ký tiêm "
            "phòng dịch tả lợn châu phi"
        ),
    ),
    Sentence(
        (
            "https://phucthanh.yenthanh.nghean.gov.vn/lich-lam-viec/1bbba6f16d0d7ee0df9ce0146898ecc2-613035"
        ),
        "Đối tượng tiêm: Lợn trên 4 tuần tuổi, khoẻ mạnh.",
        "Đối tượng tiêm: Lợn trên bốn tuần tuổi, khoẻ mạnh.",
    ),
    Sentence(
        (
            "https://phucthanh.yenthanh.nghean.gov.vn/lich-lam-viec/1bbba6f16d0d7ee0df9ce0146898ecc2-613035"
        ),
        "Không tiêm cho lợn sinh sản, lợn ốm.",
        "Không tiêm cho lợn sinh sản, lợn ốm.",
    ),
    Sentence(
        (
            "https://phucthanh.yenthanh.nghean.gov.vn/lich-lam-viec/1bbba6f16d0d7ee0df9ce0146898ecc2-613035"
        ),
        "Giá vắc xin tiêm thử nghiệm là 75.000đ/liều.",
        "Giá vắc xin tiêm thử nghiệm là bảy mươi lăm nghìn đồng một liều.",
        ("Giá vắc xin tiêm thử nghiệm là bảy mươi lăm nghìn đồng mỗi liều.",),
    ),
    Sentence(
        (
            "https://phucthanh.yenthanh.nghean.gov.vn/lich-lam-viec/1bbba6f16d0d7ee0df9ce0146898ecc2-613035"
        ),
        (
            "Hình thức đăng ký: các hộ chăn nuôi đăng ký qua Xóm trưởng, hoặc Đ/c cường- thú y xã "
            "(SĐT: 0983.275.390)."
        ),
        (
            "Hình thức đăng ký: các hộ chăn nuôi đăng ký qua Xóm trưởng, hoặc Đồng chí cường, thú "
            "y xã (số điện thoại: không chín tám ba, hai bảy năm, ba chín không)."
        ),
    ),
    Sentence(
        "https://bachthong.gov.vn/chuan-bi-dieu-kien-tiem-phong-dot-2-cho-dan-vat-nuoi/",
        (
            "Để đạt kế hoạch tiêm phòng đợt 2/2022 cho đàn vật nuôi đề ra, hiện nay ngành chuyên "
            "môn và các xã, thị trấn trên địa bàn huyện đang tập trung đẩy mạnh tuyên truyền người "
            "dân đăng ký tiêm cho đàn vật nuôi."
        ),
        (
            "Để đạt kế hoạch tiêm phòng đợt hai năm hai nghìn không trăm hai mươi hai cho đàn vật "
            "nuôi đề ra, hiện nay ngành chuyên môn và các xã, thị trấn trên địa bàn huyện đang tập "
            "trung đẩy mạnh tuyên truyền người dân đăng ký tiêm cho đàn vật nuôi."
        ),
    ),
    Sentence(
        "https://bachthong.gov.vn/chuan-bi-dieu-kien-tiem-phong-dot-2-cho-dan-vat-nuoi/",
        (
            "Huyện Bạch Thông sẽ triển khai tiêm phòng gia súc đại trà đợt 2 trong tháng 9 và "
            "tháng 10/2022"
        ),
        (
            "Huyện Bạch Thông sẽ triển khai tiêm phòng gia súc đại trà đợt hai trong tháng chín và "
            "tháng mười năm hai nghìn không trăm hai mươi hai"
        ),
    ),
    Sentence(
        "https://bachthong.gov.vn/chuan-bi-dieu-kien-tiem-phong-dot-2-cho-dan-vat-nuoi/",
        (
            "Theo kế hoạch tiêm phòng đợt 2 năm 2022 sẽ triển khai tiêm đại trà trong tháng 9, 10; "
            "tổ chức tiêm bổ sung từ ngày 01-10/11/2022./."
        ),
        (
            "Theo kế hoạch tiêm phòng đợt hai năm hai nghìn không trăm hai mươi hai sẽ triển khai "
            "tiêm đại trà trong tháng chín, mười; tổ chức tiêm bổ sung từ ngày mồng một đến mồng "
            "mười tháng mười một năm hai nghìn không trăm hai mươi hai."
        ),
        (
            (
                "Theo kế hoạch tiêm phòng đợt hai năm hai nghìn không trăm hai mươi hai sẽ triển "
                "khai tiêm đại trà trong tháng chín, mười; tổ chức tiêm bổ sung từ ngày mồng một "
                "đến ngày mồng mười tháng mười một năm hai nghìn không trăm hai mươi hai."
            ),
        ),
    ),
    Sentence(
        (
            "https://sonongnghiep.tayninh.gov.vn/nong-nghiep-155/k-ho-ch-ph-ng-ch-ng-d-ch-c-m-gia-c-m-tr-n--a-b-n-t-nh-t-y-ninh-n-m-2013-639.html"
        ),
        "Tỉnh Tây Ninh có diện tích tự nhiên 4.028,12 km2, dân số khoảng 1,110 triệu người.",
        (
            "Tỉnh Tây Ninh có diện tích tự nhiên bốn nghìn không trăm hai mươi tám phẩy mười hai "
            "ki-lô-mét vuông, dân số khoảng một phẩy một trăm mười triệu người."
        ),
        (
            (
                "Tỉnh Tây Ninh có diện tích tự nhiên bốn nghìn không trăm hai mươi tám phẩy một "
                "hai ki-lô-mét vuông, dân số khoảng một phẩy một một không triệu người."
            ),
        ),
    ),
    Sentence(
        (
            "https://sonongnghiep.tayninh.gov.vn/nong-nghiep-155/k-ho-ch-ph-ng-ch-ng-d-ch-c-m-gia-c-m-tr-n--a-b-n-t-nh-t-y-ninh-n-m-2013-639.html"
        ),
        (
            "Toàn Tỉnh có 8 huyện và 1 Thị Xã với 95 xã, phường và thị trấn (Trong đó có 20 xã "
            "giáp biên giới thuộc 5 huyện)."
        ),
        (
            "Toàn Tỉnh có tám huyện và một Thị Xã với chín mươi lăm xã, phường và thị trấn (Trong "
            "đó có hai mươi xã giáp biên giới thuộc năm huyện)."
        ),
    ),
    Sentence(
        (
            "https://sonongnghiep.tayninh.gov.vn/nong-nghiep-155/k-ho-ch-ph-ng-ch-ng-d-ch-c-m-gia-c-m-tr-n--a-b-n-t-nh-t-y-ninh-n-m-2013-639.html"
        ),
        (
            "Là một tỉnh vùng biên giới thuộc miền Đông Nam Bộ, phía Nam giáp với TP.HCM và tỉnh "
            "Long An với đường biên 36 km, phía Đông giáp tỉnh Bình Dương và Bình Phước với đường "
            "biên 123 km, phía Bắc và phía Tây giáp nước bạn Campuchia với đường biên giới giáp "
            "ranh dài 240 km."
        ),
        (
            "Là một tỉnh vùng biên giới thuộc miền Đông Nam Bộ, phía Nam giáp với Thành phố Hồ Chí "
            "Minh và tỉnh Long An với đường biên ba mươi sáu ki-lô-mét, phía Đông giáp tỉnh Bình "
            "Dương và Bình Phước với đường biên một trăm hai mươi ba ki-lô-mét, phía Bắc và phía "
            "Tây giáp nước bạn Campuchia với đường biên giới giáp ranh dài hai trăm bốn mươi "
            "ki-lô-mét."
        ),
    ),
    Sentence(
        (
            "https://sonongnghiep.tayninh.gov.vn/nong-nghiep-155/k-ho-ch-ph-ng-ch-ng-d-ch-c-m-gia-c-m-tr-n--a-b-n-t-nh-t-y-ninh-n-m-2013-639.html"
        ),
        "Có 2 cửa khẩu Quốc gia, Quốc tế là Mộc Bài, Samat và 3 cửa khẩu địa phương.",
        "Có hai cửa khẩu Quốc gia, Quốc tế là Mộc Bài, Samat và ba cửa khẩu địa phương.",
    ),
    Sentence(
        (
            "https://sonongnghiep.tayninh.gov.vn/nong-nghiep-155/k-ho-ch-ph-ng-ch-ng-d-ch-c-m-gia-c-m-tr-n--a-b-n-t-nh-t-y-ninh-n-m-2013-639.html"
        ),
        "Gà: 2.431.189 con (chăn nuôi nhỏ lẽ: 630.159 con, chăn nuôi tập trung: 1.801.030 con).",
        (
            "Gà: hai triệu bốn trăm ba mươi mốt nghìn một trăm tám mươi chín con (chăn nuôi nhỏ "
            "lẽ: sáu trăm ba mươi nghìn một trăm năm mươi chín con, chăn nuôi tập trung: một triệu "
            "tám trăm linh một nghìn không trăm ba mươi con)."
        ),
    ),
    Sentence(
        (
            "https://sonongnghiep.tayninh.gov.vn/nong-nghiep-155/k-ho-ch-ph-ng-ch-ng-d-ch-c-m-gia-c-m-tr-n--a-b-n-t-nh-t-y-ninh-n-m-2013-639.html"
        ),
        "Dịch cúm gia cầm xuất hiện trên địa bàn tỉnh 02 lần vào năm 2004, 2005:",
        (
            "Dịch cúm gia cầm xuất hiện trên địa bàn tỉnh hai lần vào năm hai nghìn không trăm "
            "linh bốn, hai nghìn không trăm linh năm:"
        ),
    ),
    Sentence(
        (
            "https://sonongnghiep.tayninh.gov.vn/nong-nghiep-155/k-ho-ch-ph-ng-ch-ng-d-ch-c-m-gia-c-m-tr-n--a-b-n-t-nh-t-y-ninh-n-m-2013-639.html"
        ),
        "Trong tháng 01/2013, xảy ra 02 ổ dịch cúm gia cầm tại huyện Bến Cầu và thị xã Tây Ninh",
        (
            "Trong tháng một năm hai nghìn không trăm mười ba, xảy ra hai ổ dịch cúm gia cầm tại "
            "huyện Bến Cầu và thị xã Tây Ninh"
        ),
    ),
    Sentence(
        (
            "https://baodanang.vn/khan-truong-trien-khai-tiem-vac-xin-phong-benh-cho-dan-vat-nuoi-3300018.html"
        ),
        (
            "Sở Nông nghiệp và Môi trường vừa có văn bản gửi UBND các xã, phường về khẩn trương tổ "
            "chức triển khai thực hiện Tháng tổng vệ sinh, khử trùng, tiêu độc môi trường và tiêm "
            "phòng vắc xin cho đàn vật nuôi đợt 2/2025."
        ),
        (
            "Sở Nông nghiệp và Môi trường vừa có văn bản gửi Ủy ban nhân dân các xã, phường về "
            "khẩn trương tổ chức triển khai thực hiện Tháng tổng vệ sinh, khử trùng, tiêu độc môi "
            "trường và tiêm phòng vắc xin cho đàn vật nuôi đợt hai năm hai nghìn không trăm hai "
            "mươi lăm."
        ),
    ),
    Sentence(
        (
            "https://baodanang.vn/khan-truong-trien-khai-tiem-vac-xin-phong-benh-cho-dan-vat-nuoi-3300018.html"
        ),
        "Thực hiện đồng loạt tổng vệ sinh, khử trùng, tiêu độc môi trường trong tháng 9/2025.",
        (
            "Thực hiện đồng loạt tổng vệ sinh, khử trùng, tiêu độc môi trường trong tháng chín năm "
            "hai nghìn không trăm hai mươi lăm."
        ),
    ),
    Sentence(
        (
            "https://baodanang.vn/khan-truong-trien-khai-tiem-vac-xin-phong-benh-cho-dan-vat-nuoi-3300018.html"
        ),
        (
            "Theo đó, UBND các xã, phường tập trung mọi nguồn lực chỉ đạo, kiểm soát, xử lý dứt "
            "điểm các ổ dịch đang xảy ra, hạn chế dịch bệnh lây lan, kéo dài."
        ),
        (
            "Theo đó, Ủy ban nhân dân các xã, phường tập trung mọi nguồn lực chỉ đạo, kiểm soát, "
            "xử lý dứt điểm các ổ dịch đang xảy ra, hạn chế dịch bệnh lây lan, kéo dài."
        ),
    ),
    Sentence(
        (
            "https://baodanang.vn/khan-truong-trien-khai-tiem-vac-xin-phong-benh-cho-dan-vat-nuoi-3300018.html"
        ),
        (
            "Đồng thời khẩn trương tổ chức triển khai thực hiện Tháng tổng vệ sinh, khử trùng, "
            "tiêu độc môi trường đợt 2/2025; thời gian thực hiện đồng loạt trong tháng 9/2025."
        ),
        (
            "Đồng thời khẩn trương tổ chức triển khai thực hiện Tháng tổng vệ sinh, khử trùng, "
            "tiêu độc môi trường đợt hai năm hai nghìn không trăm hai mươi lăm; thời gian thực "
            "hiện đồng loạt trong tháng chín năm hai nghìn không trăm hai mươi lăm."
        ),
    ),
    Sentence(
        (
            "https://baodanang.vn/khan-truong-trien-khai-tiem-vac-xin-phong-benh-cho-dan-vat-nuoi-3300018.html"
        ),
        (
            "Các địa phương khẩn trương tổ chức triển khai tiêm phòng đại trà đợt 2/2025, tránh "
            "tiêm muộn hoặc để vắc xin hết hạn; thường xuyên rà soát tiêm phòng nhắc lại, tiêm "
            "phòng bổ sung bảo đảm đạt tối thiểu 80% tổng đàn."
        ),
        (
            "Các địa phương khẩn trương tổ chức triển khai tiêm phòng đại trà đợt hai năm hai "
            "nghìn không trăm hai mươi lăm, tránh tiêm muộn hoặc để vắc xin hết hạn; thường xuyên "
            "rà soát tiêm phòng nhắc lại, tiêm phòng bổ sung bảo đảm đạt tối thiểu tám mươi phần "
            "trăm tổng đàn."
        ),
    ),
    Sentence(
        "https://baothanhhoa.vn/topic/vac-xin-lo-mom-long-mong-105896",
        (
            "Theo thống kê của Sở Nông nghiệp và Phát triển nông thôn Thanh Hoá, đến ngày 18-11 "
            "các huyện, thị xã, thành phố trong tỉnh đã hoàn thành 100% kế hoạch tiêm phòng đợt 2 "
            "cho đàn vật nuôi theo Kế hoạch số 269/KH-UBND, ngày 21-12-2020 của UBND tỉnh về "
            "phòng, chống dịch bệnh động vật và tiêm phòng gia súc gia cầm trên địa bàn tỉnh năm "
            "2021."
        ),
        (
            "Theo thống kê của Sở Nông nghiệp và Phát triển nông thôn Thanh Hoá, đến ngày mười tám "
            "tháng mười một các huyện, thị xã, thành phố trong tỉnh đã hoàn thành một trăm phần "
            "trăm kế hoạch tiêm phòng đợt hai cho đàn vật nuôi theo Kế hoạch số hai trăm sáu mươi "
            "chín, ngày hai mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi của Ủy ban "
            "nhân dân tỉnh về phòng, chống dịch bệnh động vật và tiêm phòng gia súc gia cầm trên "
            "địa bàn tỉnh năm hai nghìn không trăm hai mươi mốt."
        ),
    ),
    Sentence(
        "https://viet-an.vn/category/tin-tuc/",
        (
            "Chỉ số sản xuất công nghiệp tháng 11/2021 tăng 5,5% so với tháng trước và tăng 5,6% "
            "so với cùng kỳ năm 2020."
        ),
        (
            "Chỉ số sản xuất công nghiệp tháng mười một năm hai nghìn không trăm hai mươi mốt tăng "
            "năm phẩy năm phần trăm so với tháng trước và tăng năm phẩy sáu phần trăm so với cùng "
            "kỳ năm hai nghìn không trăm hai mươi."
        ),
    ),
    Sentence(
        "https://viet-an.vn/category/tin-tuc/",
        "Tính chung 11 tháng, chỉ số sản xuất công nghiệp tăng 3,6% so với cùng kỳ năm trước.",
        (
            "Tính chung mười một tháng, chỉ số sản xuất công nghiệp tăng ba phẩy sáu phần trăm so "
            "với cùng kỳ năm trước."
        ),
    ),
    Sentence(
        (
            "https://tapchitaichinh.vn/infographics-chi-so-san-xuat-cong-nghiep-trong-thang-1-tang-22-2.html"
        ),
        (
            "Chỉ số sản xuất công nghiệp tháng 1/2021 ước tính tăng 22,2% so với tháng 1/2020 do "
            "số ngày làm việc của tháng 1/2021 nhiều hơn năm 2020."
        ),
        (
            "Chỉ số sản xuất công nghiệp tháng một năm hai nghìn không trăm hai mươi mốt ước tính "
            "tăng hai mươi hai phẩy hai phần trăm so với tháng một năm hai nghìn không trăm hai "
            "mươi do số ngày làm việc của tháng một năm hai nghìn không trăm hai mươi mốt nhiều "
            "hơn năm hai nghìn không trăm hai mươi."
        ),
    ),
    Sentence(
        "https://m.baomoi.com/chi-so-san-xuat-cong-nghiep-tang-7/c/20709998.epi",
        (
            "Theo công bố của Tổng cục Thống kê (TCTK), chỉ số sản xuất toàn ngành công nghiệp "
            "tháng 10 của cả nước ước tăng 7% so với cùng kỳ năm trước, trong đó ngành công nghiệp "
            "chế biến, chế tạo tăng 11,9%; sản xuất và phân phối điện tăng 13,6%."
        ),
        (
            "Theo công bố của Tổng cục Thống kê, chỉ số sản xuất toàn ngành công nghiệp tháng mười "
            "của cả nước ước tăng bảy phần trăm so với cùng kỳ năm trước, trong đó ngành công "
            "nghiệp chế biến, chế tạo tăng mười một phẩy chín phần trăm; sản xuất và phân phối "
            "điện tăng mười ba phẩy sáu phần trăm."
        ),
    ),
    Sentence(
        "https://m.baomoi.com/chi-so-san-xuat-cong-nghiep-tang-7/c/20709998.epi",
        (
            "Tính chung 10 tháng năm 2016, chỉ số sản xuất toàn ngành công nghiệp tăng 7,2% so với "
            "cùng kỳ2015."
        ),
        (
            "Tính chung mười tháng năm hai nghìn không trăm mười sáu, chỉ số sản xuất toàn ngành "
            "công nghiệp tăng bảy phẩy hai phần trăm so với cùng kỳ hai nghìn không trăm mười lăm."
        ),
        (
            (
                "Tính chung mười tháng năm hai nghìn không trăm mười sáu, chỉ số sản xuất toàn "
                "ngành công nghiệp tăng bảy phẩy hai phần trăm so với cùng kỳ năm hai nghìn không "
                "trăm mười lăm."
            ),
        ),
    ),
    Sentence(
        "https://m.baomoi.com/chi-so-san-xuat-cong-nghiep-tang-7/c/20709998.epi",
        (
            "Cụ thể, chỉ số sản xuất công nghiệp tỉnh Quảng Nam tăng 29,2%; Thái Nguyên tăng "
            "26,6%; Hải Phòng tăng 16,6%; Đà Nẵng tăng 12,2%."
        ),
        (
            "Cụ thể, chỉ số sản xuất công nghiệp tỉnh Quảng Nam tăng hai mươi chín phẩy hai phần "
            "trăm; Thái Nguyên tăng hai mươi sáu phẩy sáu phần trăm; Hải Phòng tăng mười sáu phẩy "
            "sáu phần trăm; Đà Nẵng tăng mười hai phẩy hai phần trăm."
        ),
    ),
    Sentence(
        "https://m.baomoi.com/chi-so-san-xuat-cong-nghiep-tang-7/c/20709998.epi",
        "Các tỉnh Bắc Ninh, Hải Dương và Đồng Nai cùng tăng 8,1%.",
        "Các tỉnh Bắc Ninh, Hải Dương và Đồng Nai cùng tăng tám phẩy một phần trăm.",
    ),
    Sentence(
        (
            "http://baohungyen.vn/kinh-te/201810/chi-so-san-xuat-cong-nghiep-9-thang-tang-hon-10-816746/"
        ),
        (
            "Theo đánh giá của Sở Công Thương, trong tháng 9, chỉ số sản xuất công nghiệp trên địa "
            "bàn tỉnh tăng hơn 11,8% so với cùng kỳ năm trước, tính chung 9 tháng qua, chỉ số sản "
            "xuất công nghiệp trên địa bàn tỉnh tăng hơn 10%."
        ),
        (
            "Theo đánh giá của Sở Công Thương, trong tháng chín, chỉ số sản xuất công nghiệp trên "
            "địa bàn tỉnh tăng hơn mười một phẩy tám phần trăm so với cùng kỳ năm trước, tính "
            "chung chín tháng qua, chỉ số sản xuất công nghiệp trên địa bàn tỉnh tăng hơn mười "
            "phần trăm."
        ),
    ),
    Sentence(
        (
            "http://baohungyen.vn/kinh-te/201810/chi-so-san-xuat-cong-nghiep-9-thang-tang-hon-10-816746/"
        ),
        (
            "Qua 9 tháng, các ngành công nghiệp có chỉ số tăng cao như: Công nghiệp chế biến, chế "
            "tạo tăng gần 10%, công nghiệp sản xuất và phân phối điện, khí đốt, nước nóng, hơi "
            "nước và điều hoà không khí tăng trên 14,6%..."
        ),
        (
            "Qua chín tháng, các ngành công nghiệp có chỉ số tăng cao như: Công nghiệp chế biến, "
            "chế tạo tăng gần mười phần trăm, công nghiệp sản xuất và phân phối điện, khí đốt, "
            "nước nóng, hơi nước và điều hoà không khí tăng trên mười bốn phẩy sáu phần trăm..."
        ),
    ),
    Sentence(
        "https://lite.baomoi.com/chi-so-san-xuat-toan-nganh-cong-nghiep-tang-8-8-c52448631.epi",
        (
            "5 tháng đầu năm 2025, chỉ số sản xuất toàn ngành công nghiệp tăng 8,8% so với cùng kỳ "
            "năm trước."
        ),
        (
            "Năm tháng đầu năm hai nghìn không trăm hai mươi lăm, chỉ số sản xuất toàn ngành công "
            "nghiệp tăng tám phẩy tám phần trăm so với cùng kỳ năm trước."
        ),
    ),
    Sentence(
        "https://lite.baomoi.com/chi-so-san-xuat-toan-nganh-cong-nghiep-tang-8-8-c52448631.epi",
        (
            "Trong đó, ngành chế biến, chế tạo tăng 10,8%; ngành sản xuất và phân phối điện tăng "
            "4,2%; ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 10,0%; "
            "ngành khai khoáng giảm 3,4%."
        ),
        (
            "Trong đó, ngành chế biến, chế tạo tăng mười phẩy tám phần trăm; ngành sản xuất và "
            "phân phối điện tăng bốn phẩy hai phần trăm; ngành cung cấp nước, hoạt động quản lý và "
            "xử lý rác thải, nước thải tăng mười phẩy không phần trăm; ngành khai khoáng giảm ba "
            "phẩy bốn phần trăm."
        ),
        (
            (
                "Trong đó, ngành chế biến, chế tạo tăng mười phẩy tám phần trăm; ngành sản xuất và "
                "phân phối điện tăng bốn phẩy hai phần trăm; ngành cung cấp nước, hoạt động quản "
                "lý và xử lý rác thải, nước thải tăng mười phần trăm; ngành khai khoáng giảm ba "
                "phẩy bốn phần trăm."
            ),
        ),
    ),
    Sentence(
        (
            "https://baomoi.net.vn/san-xuat-cong-nghiep-tiep-tuc-xu-huong-tich-cuc-trong-11-thang-cua-nam-2023-c47828779.epi"
        ),
        (
            "Ước tính chỉ số sản xuất công nghiệp tăng 3% so với tháng trước và tăng 5,8% so với "
            "cùng kỳ năm trước."
        ),
        (
            "Ước tính chỉ số sản xuất công nghiệp tăng ba phần trăm so với tháng trước và tăng năm "
            "phẩy tám phần trăm so với cùng kỳ năm trước."
        ),
    ),
    Sentence(
        (
            "https://baomoi.net.vn/san-xuat-cong-nghiep-tiep-tuc-xu-huong-tich-cuc-trong-11-thang-cua-nam-2023-c47828779.epi"
        ),
        (
            "Tính chung 11 tháng năm 2023, chỉ số sản xuất toàn ngành công nghiệp ước tính tăng 1% "
            "so với cùng kỳ năm trước."
        ),
        (
            "Tính chung mười một tháng năm hai nghìn không trăm hai mươi ba, chỉ số sản xuất toàn "
            "ngành công nghiệp ước tính tăng một phần trăm so với cùng kỳ năm trước."
        ),
    ),
    Sentence(
        (
            "https://vietnamdaily.kienthuc.net.vn/gia-heo-hoi-hom-nay-311-mien-bac-bat-ngo-quay-dau-giam-manh-post1444974.html"
        ),
        (
            "Tại tỉnh Vĩnh Phúc, Hà Nội, Thái Bình giá heo hơi hôm nay được thu mua từ mức 70.000 "
            "- 73.000 đồng/kg."
        ),
        (
            "Tại tỉnh Vĩnh Phúc, Hà Nội, Thái Bình giá heo hơi hôm nay được thu mua từ mức bảy "
            "mươi nghìn đến bảy mươi ba nghìn đồng một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://vietnamdaily.kienthuc.net.vn/gia-heo-hoi-hom-nay-311-mien-bac-bat-ngo-quay-dau-giam-manh-post1444974.html"
        ),
        (
            "Tại tỉnh Nam Định, Bắc Giang, Lào Cai giá heo hơi hôm nay ở mức thấp 68.000 - 69.000 "
            "đồng/kg."
        ),
        (
            "Tại tỉnh Nam Định, Bắc Giang, Lào Cai giá heo hơi hôm nay ở mức thấp sáu mươi tám "
            "nghìn đến sáu mươi chín nghìn đồng một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://vietnamdaily.kienthuc.net.vn/gia-heo-hoi-hom-nay-311-mien-bac-bat-ngo-quay-dau-giam-manh-post1444974.html"
        ),
        (
            "Như vậy, giá heo hơi hôm nay tại miền Bắc đang dao động trong khoảng từ 68.000 - "
            "73.000 đồng/kg."
        ),
        (
            "Như vậy, giá heo hơi hôm nay tại miền Bắc đang dao động trong khoảng từ sáu mươi tám "
            "nghìn đến bảy mươi ba nghìn đồng một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://vietnamdaily.kienthuc.net.vn/gia-heo-hoi-hom-nay-311-mien-bac-bat-ngo-quay-dau-giam-manh-post1444974.html"
        ),
        (
            "Cụ thể, tại tỉnh Bà Rịa Vũng Tàu, Đồng Nai, Bình Dương giá heo hơi hôm nay đồng loạt "
            "giảm 1.000 đồng/kg xuống lần lượt ở mức 72.000 đồng/kg, 73.000 đồng/kg và 74.000 "
            "đồng/kg."
        ),
        (
            "Cụ thể, tại tỉnh Bà Rịa Vũng Tàu, Đồng Nai, Bình Dương giá heo hơi hôm nay đồng loạt "
            "giảm một nghìn đồng một ki-lô-gam xuống lần lượt ở mức bảy mươi hai nghìn đồng một "
            "ki-lô-gam, bảy mươi ba nghìn đồng một ki-lô-gam và bảy mươi tư nghìn đồng một "
            "ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://voh.com.vn/thi-truong/gia-heo-hoi-hom-nay-17-9-2023-tuan-giam-cao-nhat-3-000-dong-kg-495352.html"
        ),
        (
            "Giá heo hơi tại miền Nam giảm cao nhất 2.000 đồng/kg, thu mua trong khoảng 55.000 - "
            "58.000 đồng/kg."
        ),
        (
            "Giá heo hơi tại miền Nam giảm cao nhất hai nghìn đồng một ki-lô-gam, thu mua trong "
            "khoảng năm mươi lăm nghìn đến năm mươi tám nghìn đồng một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://voh.com.vn/thi-truong/gia-heo-hoi-hom-nay-17-9-2023-tuan-giam-cao-nhat-3-000-dong-kg-495352.html"
        ),
        "Sau khi tăng 1.000 đồng/kg, tỉnh Long An giao dịch ở mức 57.000 đồng/kg.",
        (
            "Sau khi tăng một nghìn đồng một ki-lô-gam, tỉnh Long An giao dịch ở mức năm mươi bảy "
            "nghìn đồng một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://voh.com.vn/thi-truong/gia-heo-hoi-hom-nay-17-9-2023-tuan-giam-cao-nhat-3-000-dong-kg-495352.html"
        ),
        "TPHCM thu mua với giá 55.000 đồng/kg, giảm 1.000 đồng/kg.",
        (
            "Thành phố Hồ Chí Minh thu mua với giá năm mươi lăm nghìn đồng một ki-lô-gam, giảm một "
            "nghìn đồng một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://voh.com.vn/thi-truong/gia-heo-hoi-hom-nay-17-9-2023-tuan-giam-cao-nhat-3-000-dong-kg-495352.html"
        ),
        (
            "Các địa phương bao gồm Đồng Tháp, Vĩnh Long, Trà Vinh và Sóc Trăng cùng thu mua heo "
            "hơi với giá 56.000 đồng/kg, giảm 1.000 - 2.000 đồng/kg."
        ),
        (
            "Các địa phương bao gồm Đồng Tháp, Vĩnh Long, Trà Vinh và Sóc Trăng cùng thu mua heo "
            "hơi với giá năm mươi sáu nghìn đồng một ki-lô-gam, giảm một nghìn đến hai nghìn đồng "
            "một ki-lô-gam."
        ),
    ),
    Sentence(
        (
            "https://voh.com.vn/thi-truong/gia-heo-hoi-hom-nay-17-9-2023-tuan-giam-cao-nhat-3-000-dong-kg-495352.html"
        ),
        (
            "Giá heo hơi khu vực miền Trung, Tây Nguyên giảm 1.000 - 2.000 đồng/kg, thu mua trong "
            "khoảng 55.000 - 57.000 đồng/kg."
        ),
        (
            "Giá heo hơi khu vực miền Trung, Tây Nguyên giảm một nghìn đến hai nghìn đồng một "
            "ki-lô-gam, thu mua trong khoảng năm mươi lăm nghìn đến năm mươi bảy nghìn đồng một "
            "ki-lô-gam."
        ),
    ),
    Sentence(
        "https://vuikhoe247.com/sot-xuat-huyet",
        (
            "Tính đến ngày 7/11, tích lũy từ đầu năm đến nay cả nước ghi nhận hơn 292.000 ca sốt "
            "xuất huyết, 112 ca tử vong."
        ),
        (
            "Tính đến ngày mồng bảy tháng mười một, tích lũy từ đầu năm đến nay cả nước ghi nhận "
            "hơn hai trăm chín mươi hai nghìn ca sốt xuất huyết, một trăm mười hai ca tử vong."
        ),
    ),
    Sentence(
        "https://vuikhoe247.com/sot-xuat-huyet",
        (
            "So với cùng kỳ năm 2021, số mắc sốt xuất huyết tăng 4,8 lần, số tử vong tăng 91 "
            "trường hợp."
        ),
        (
            "So với cùng kỳ năm hai nghìn không trăm hai mươi mốt, số mắc sốt xuất huyết tăng bốn "
            "phẩy tám lần, số tử vong tăng chín mươi mốt trường hợp."
        ),
    ),
    Sentence(
        (
            "https://labweb.vtvgo.vn/tin-tuc/nguy-co-bung-phat-sot-xuat-huyet-mua-tuu-truong-chuyen-dong-24h-873664.html"
        ),
        (
            "Hơn 300 trường hợp mắc sốt xuất huyết, 22 ổ dịch mới chỉ trong 1 tuần tại Hà Nội, số "
            "ca mắc sốt xuất huyết đang liên tục tăng cao gấp 3 lần so với cùng kỳ năm ngoái, nhất "
            "là khi các em học sinh đã bước vào mùa tựu trường, nguy cơ bùng phát dịch là rất lớn."
        ),
        (
            "Hơn ba trăm trường hợp mắc sốt xuất huyết, hai mươi hai ổ dịch mới chỉ trong một tuần "
            "tại Hà Nội, số ca mắc sốt xuất huyết đang liên tục tăng cao gấp ba lần so với cùng kỳ "
            "năm ngoái, nhất là khi các em học sinh đã bước vào mùa tựu trường, nguy cơ bùng phát "
            "dịch là rất lớn."
        ),
    ),
    Sentence(
        "https://tapchisacdep.com/tag/kiem-soat-dich-benh",
        "TP.HCM ghi nhận 16.847 ca sốt xuất huyết, tăng 168% so với cùng kỳ năm ngoái.",
        (
            "Thành phố Hồ Chí Minh ghi nhận mười sáu nghìn tám trăm bốn mươi bảy ca sốt xuất "
            "huyết, tăng một trăm sáu mươi tám phần trăm so với cùng kỳ năm ngoái."
        ),
    ),
    Sentence(
        (
            "https://infonet.vietnamnet.vn/ca-mac-sot-xuat-huyet-suy-da-tang-co-dac-mau-tieu-cau-ha-o-ha-noi-gia-tang-5004068.html"
        ),
        (
            "Còn cả nước, theo số liệu mới nhất của Cục Y tế dự phòng (Bộ Y tế), tính trong tuần "
            "qua ghi nhận 9.750 ca mắc, có 1 trường hợp tử vong ở Bình Dương."
        ),
        (
            "Còn cả nước, theo số liệu mới nhất của Cục Y tế dự phòng (Bộ Y tế), tính trong tuần "
            "qua ghi nhận chín nghìn bảy trăm năm mươi ca mắc, có một trường hợp tử vong ở Bình "
            "Dương."
        ),
    ),
    Sentence(
        (
            "https://congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html"
        ),
        (
            "Theo dự báo, từ ngày 5-6/9, bão YAGI (bão số 3) có thể đạt cấp bão rất mạnh trên vùng "
            "biển phía Bắc của khu vực Bắc Biển Đông, vùng gần tâm bão gió mạnh có thể lên tới cấp "
            "14, giật cấp 17, biển động dữ dội."
        ),
        (
            "Theo dự báo, từ ngày mồng năm đến mồng sáu tháng chín, bão YAGI (bão số ba) có thể "
            "đạt cấp bão rất mạnh trên vùng biển phía Bắc của khu vực Bắc Biển Đông, vùng gần tâm "
            "bão gió mạnh có thể lên tới cấp mười bốn, giật cấp mười bảy, biển động dữ dội."
        ),
        (
            (
                "Theo dự báo, từ ngày mồng năm đến ngày mồng sáu tháng chín, bão YAGI (bão số ba) "
                "có thể đạt cấp bão rất mạnh trên vùng biển phía Bắc của khu vực Bắc Biển Đông, "
                "vùng gần tâm bão gió mạnh có thể lên tới cấp mười bốn, giật cấp mười bảy, biển "
                "động dữ dội."
            ),
        ),
    ),
    Sentence(
        (
            "https://congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html"
        ),
        (
            "Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, hồi 4 giờ ngày 4/9, vị trí tâm bão "
            "ở vào khoảng 18,9 độ Vĩ Bắc; 118 độ Kinh Đông trên vùng biển phía Đông khu vực Bắc "
            "Biển Đông."
        ),
        (
            "Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, hồi bốn giờ ngày mồng bốn tháng "
            "chín, vị trí tâm bão ở vào khoảng mười tám phẩy chín độ Vĩ Bắc; một trăm mười tám độ "
            "Kinh Đông trên vùng biển phía Đông khu vực Bắc Biển Đông."
        ),
    ),
    Sentence(
        (
            "https://congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html"
        ),
        (
            "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 11 (103-117 km/h), giật cấp 13, bão di "
            "chuyển theo hướng Tây Tây Bắc với tốc độ khoảng 10 km/h."
        ),
        (
            "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười một (một trăm linh ba đến một trăm "
            "mười bảy ki-lô-mét một giờ), giật cấp mười ba, bão di chuyển theo hướng Tây Tây Bắc "
            "với tốc độ khoảng mười ki-lô-mét một giờ."
        ),
    ),
    Sentence(
        (
            "https://congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html"
        ),
        (
            "Dự báo đến 4 giờ ngày 5/9, bão di chuyển theo hướng Tây với tốc độ khoảng 10 km/h, "
            "cách đảo Hải Nam (Trung Quốc) khoảng 560km về phía Đông."
        ),
        (
            "Dự báo đến bốn giờ ngày mồng năm tháng chín, bão di chuyển theo hướng Tây với tốc độ "
            "khoảng mười ki-lô-mét một giờ, cách đảo Hải Nam (Trung Quốc) khoảng năm trăm sáu mươi "
            "ki-lô-mét về phía Đông."
        ),
    ),
    Sentence(
        (
            "https://congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html"
        ),
        "Sức gió mạnh cấp 13, giật cấp 16.",
        "Sức gió mạnh cấp mười ba, giật cấp mười sáu.",
    ),
    Sentence(
        (
            "https://congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html"
        ),
        (
            "Khu vực chịu ảnh hưởng của bão là phía Đông của khu vực Bắc Biển Đông; độ rủi ro "
            "thiên tai cấp 3."
        ),
        (
            "Khu vực chịu ảnh hưởng của bão là phía Đông của khu vực Bắc Biển Đông; độ rủi ro "
            "thiên tai cấp ba."
        ),
    ),
    Sentence(
        (
            "https://congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html"
        ),
        (
            "Đến 4 giờ ngày 6/9, bão di chuyển theo hướng Tây Tây Bắc với tốc độ khoảng 10-15 "
            "km/h, cách đảo Hải Nam (Trung Quốc) khoảng 230km về phía Đông."
        ),
        (
            "Đến bốn giờ ngày mồng sáu tháng chín, bão di chuyển theo hướng Tây Tây Bắc với tốc độ "
            "khoảng mười đến mười lăm ki-lô-mét một giờ, cách đảo Hải Nam (Trung Quốc) khoảng hai "
            "trăm ba mươi ki-lô-mét về phía Đông."
        ),
    ),
    Sentence(
        "https://baomoi.net.vn/bao-vongfong-giat-cap-15-di-chuyen-nhanh-c35047209.epi",
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 13 (135 - 150 km/giờ), giật cấp 15.",
        (
            "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười ba (một trăm ba mươi lăm đến một "
            "trăm năm mươi ki-lô-mét một giờ), giật cấp mười lăm."
        ),
        (
            (
                "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười ba (một trăm ba mươi lăm đến một "
                "trăm năm mươi ki-lô-mét mỗi giờ), giật cấp mười lăm."
            ),
        ),
    ),
    Sentence(
        "https://baomoi.net.vn/bao-vongfong-giat-cap-15-di-chuyen-nhanh-c35047209.epi",
        "Bão đang di chuyển nhanh theo hướng Tây Tây Bắc, mỗi giờ đi được 10-15km.",
        (
            "Bão đang di chuyển nhanh theo hướng Tây Tây Bắc, mỗi giờ đi được mười đến mười lăm "
            "ki-lô-mét."
        ),
    ),
    Sentence(
        "https://baomoi.net.vn/bao-vongfong-giat-cap-15-di-chuyen-nhanh-c35047209.epi",
        (
            "Thông tin từ Trung tâm dự báo khí tượng thủy văn Quốc gia, hồi 13h ngày 14/5, vị trí "
            "tâm bão ở vào khoảng 12,3 độ Vĩ Bắc; 125,2 độ Kinh Đông, ngay trên bờ biển miền Trung "
            "Philippines."
        ),
        (
            "Thông tin từ Trung tâm dự báo khí tượng thủy văn Quốc gia, hồi mười ba giờ ngày mười "
            "bốn tháng năm, vị trí tâm bão ở vào khoảng mười hai phẩy ba độ Vĩ Bắc; một trăm hai "
            "mươi lăm phẩy hai độ Kinh Đông, ngay trên bờ biển miền Trung Philippines."
        ),
    ),
    Sentence(
        "https://baomoi.net.vn/bao-vongfong-giat-cap-15-di-chuyen-nhanh-c35047209.epi",
        (
            "Đến 13h ngày 16/5, vị trí tâm bão ở khoảng 17,0 độ Vĩ Bắc; 120,5 độ Kinh Đông, trên "
            "đảo Luzon (Philippines)."
        ),
        (
            "Đến mười ba giờ ngày mười sáu tháng năm, vị trí tâm bão ở khoảng mười bảy phẩy không "
            "độ Vĩ Bắc; một trăm hai mươi phẩy năm độ Kinh Đông, trên đảo Luzon (Philippines)."
        ),
        (
            (
                "Đến mười ba giờ ngày mười sáu tháng năm, vị trí tâm bão ở khoảng mười bảy độ Vĩ "
                "Bắc; một trăm hai mươi phẩy năm độ Kinh Đông, trên đảo Luzon (Philippines)."
            ),
        ),
    ),
    Sentence(
        "https://baomoi.net.vn/bao-vongfong-giat-cap-15-di-chuyen-nhanh-c35047209.epi",
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 9-10 (75-100km/giờ), giật cấp 12.",
        (
            "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp chín đến cấp mười (bảy mươi lăm đến một "
            "trăm ki-lô-mét một giờ), giật cấp mười hai."
        ),
        (
            (
                "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp chín đến mười (bảy mươi lăm đến một "
                "trăm ki-lô-mét một giờ), giật cấp mười hai."
            ),
            (
                "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp chín, cấp mười (bảy mươi lăm đến một "
                "trăm ki-lô-mét một giờ), giật cấp mười hai."
            ),
        ),
    ),
    Sentence(
        "https://baomoi.net.vn/bao-vongfong-giat-cap-15-di-chuyen-nhanh-c35047209.epi",
        (
            "Trong 72 đến 96 giờ tiếp theo, bão tiếp tục di chuyển theo hướng Đông Bắc, mỗi giờ đi "
            "được khoảng 25km."
        ),
        (
            "Trong bảy mươi hai đến chín mươi sáu giờ tiếp theo, bão tiếp tục di chuyển theo hướng "
            "Đông Bắc, mỗi giờ đi được khoảng hai mươi lăm ki-lô-mét."
        ),
    ),
    Sentence(
        (
            "https://www.vietnamplus.vn/bao-so-10-di-chuyen-rat-nhanh-gan-gap-doi-toc-do-trung-binh-post1064483.vnp"
        ),
        (
            "Hồi 4 giờ ngày 28/9, vị trí tâm bão ở vào khoảng 16,2 độ Vĩ Bắc; 110,2 độ Kinh Đông, "
            "trên vùng biển phía Tây đặc khu Hoàng Sa, cách Đà Nẵng khoảng 200km về phía Đông."
        ),
        (
            "Hồi bốn giờ ngày hai mươi tám tháng chín, vị trí tâm bão ở vào khoảng mười sáu phẩy "
            "hai độ Vĩ Bắc; một trăm mười phẩy hai độ Kinh Đông, trên vùng biển phía Tây đặc khu "
            "Hoàng Sa, cách Đà Nẵng khoảng hai trăm ki-lô-mét về phía Đông."
        ),
    ),
    Sentence(
        (
            "https://www.vietnamplus.vn/bao-so-10-di-chuyen-rat-nhanh-gan-gap-doi-toc-do-trung-binh-post1064483.vnp"
        ),
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 12 (118-133km/giờ), giật cấp 15.",
        (
            "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười hai (một trăm mười tám đến một trăm "
            "ba mươi ba ki-lô-mét một giờ), giật cấp mười lăm."
        ),
    ),
    Sentence(
        (
            "https://www.vietnamplus.vn/bao-so-10-di-chuyen-rat-nhanh-gan-gap-doi-toc-do-trung-binh-post1064483.vnp"
        ),
        "Di chuyển theo hướng Tây Tây Bắc với tốc độ 30km/h.",
        "Di chuyển theo hướng Tây Tây Bắc với tốc độ ba mươi ki-lô-mét một giờ.",
    ),
    Sentence(
        "https://thethaovanhoa.vn/bao-so-7-manh-cap-may.html",
        (
            "Đến 07 giờ ngày 14/10, vị trí tâm bão ở khoảng 19,2 độ Vĩ Bắc; 107,5 độ Kinh Đông, "
            "trên vùng biển Vịnh Bắc Bộ."
        ),
        (
            "Đến bảy giờ ngày mười bốn tháng mười, vị trí tâm bão ở khoảng mười chín phẩy hai độ "
            "Vĩ Bắc; một trăm linh bảy phẩy năm độ Kinh Đông, trên vùng biển Vịnh Bắc Bộ."
        ),
    ),
    Sentence(
        "https://thethaovanhoa.vn/bao-so-7-manh-cap-may.html",
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 9-10, giật cấp 12.",
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp chín đến cấp mười, giật cấp mười hai.",
        (
            "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp chín đến mười, giật cấp mười hai.",
            "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp chín, cấp mười, giật cấp mười hai.",
        ),
    ),
    Sentence(
        (
            "https://m.baomoi.com/sieu-bao-gan-bien-dong-co-suc-gio-manh-nhat-200-km-gio-giat-tren-cap-17/c/28353479.epi"
        ),
        (
            "Vào 13 giờ ngày 28-10, vị trí tâm siêu bão ở vào khoảng 17,9 độ Vĩ Bắc; 129,0 độ Kinh "
            "Đông, cách đảo Luzon (Philipines) khoảng 730 km về phía Đông."
        ),
        (
            "Vào mười ba giờ ngày hai mươi tám tháng mười, vị trí tâm siêu bão ở vào khoảng mười "
            "bảy phẩy chín độ Vĩ Bắc; một trăm hai mươi chín phẩy không độ Kinh Đông, cách đảo "
            "Luzon (Philipines) khoảng bảy trăm ba mươi ki-lô-mét về phía Đông."
        ),
        (
            (
                "Vào mười ba giờ ngày hai mươi tám tháng mười, vị trí tâm siêu bão ở vào khoảng "
                "mười bảy phẩy chín độ Vĩ Bắc; một trăm hai mươi chín độ Kinh Đông, cách đảo Luzon "
                "(Philipines) khoảng bảy trăm ba mươi ki-lô-mét về phía Đông."
            ),
        ),
    ),
    Sentence(
        (
            "https://m.baomoi.com/sieu-bao-gan-bien-dong-co-suc-gio-manh-nhat-200-km-gio-giat-tren-cap-17/c/28353479.epi"
        ),
        (
            "Sức gió mạnh nhất vùng gần tâm siêu bão mạnh cấp 16 (185 - 200 km/giờ), giật trên cấp "
            "17."
        ),
        (
            "Sức gió mạnh nhất vùng gần tâm siêu bão mạnh cấp mười sáu (một trăm tám mươi lăm đến "
            "hai trăm ki-lô-mét một giờ), giật trên cấp mười bảy."
        ),
    ),
    Sentence(
        (
            "https://m.baomoi.com/sieu-bao-gan-bien-dong-co-suc-gio-manh-nhat-200-km-gio-giat-tren-cap-17/c/28353479.epi"
        ),
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 11-12 (100 - 135 km/giờ), giật cấp 15.",
        (
            "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười một đến cấp mười hai (một trăm đến "
            "một trăm ba mươi lăm ki-lô-mét một giờ), giật cấp mười lăm."
        ),
        (
            (
                "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười một đến mười hai (một trăm đến "
                "một trăm ba mươi lăm ki-lô-mét một giờ), giật cấp mười lăm."
            ),
            (
                "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười một, cấp mười hai (một trăm đến "
                "một trăm ba mươi lăm ki-lô-mét một giờ), giật cấp mười lăm."
            ),
        ),
    ),
    Sentence(
        (
            "https://m.baomoi.com/sieu-bao-gan-bien-dong-co-suc-gio-manh-nhat-200-km-gio-giat-tren-cap-17/c/28353479.epi"
        ),
        "Cấp độ rủi ro thiên tai trên khu vực Đông Bắc Biển Đông: cấp 3.",
        "Cấp độ rủi ro thiên tai trên khu vực Đông Bắc Biển Đông: cấp ba.",
    ),
    Sentence(
        "https://dulich.thethaovanhoa.vn/tay-nam.html",
        (
            "Theo Trung tâm Dự báo Khí tượng Thủy văn Quốc gia, hồi 19 giờ ngày 20/12, vị trí tâm "
            "bão số 14 ở vào khoảng 10,3 độ Vĩ Bắc; 113,6 độ Kinh Đông, cách đảo Song Tử Tây (quần "
            "đảo Trường Sa) khoảng 150 km về phía Tây Nam."
        ),
        (
            "Theo Trung tâm Dự báo Khí tượng Thủy văn Quốc gia, hồi mười chín giờ ngày hai mươi "
            "tháng mười hai, vị trí tâm bão số mười bốn ở vào khoảng mười phẩy ba độ Vĩ Bắc; một "
            "trăm mười ba phẩy sáu độ Kinh Đông, cách đảo Song Tử Tây (quần đảo Trường Sa) khoảng "
            "một trăm năm mươi ki-lô-mét về phía Tây Nam."
        ),
    ),
    Sentence(
        "https://dulich.thethaovanhoa.vn/tay-nam.html",
        "Bán kính gió mạnh từ cấp 6, giật từ cấp 8 trở lên khoảng 100 km tính từ tâm bão.",
        (
            "Bán kính gió mạnh từ cấp sáu, giật từ cấp tám trở lên khoảng một trăm ki-lô-mét tính "
            "từ tâm bão."
        ),
    ),
    Sentence(
        (
            "https://nld.com.vn/tau-hai-quan-xuat-phat-cuu-nan-36-ngu-dan-tau-ca-quang-ngai-troi-dat-tren-bien-196260310200849177.htm"
        ),
        (
            "Ngày 10-3, Trung tâm Phối hợp Tìm kiếm Cứu nạn Hàng hải Việt Nam cho hay đã tiếp nhận "
            "thông tin về tàu cá QNg 90459 TS cùng 36 ngư dân gặp sự cố hỏng máy, trôi tự do trên "
            "biển."
        ),
        (
            "Ngày mồng mười tháng ba, Trung tâm Phối hợp Tìm kiếm Cứu nạn Hàng hải Việt Nam cho "
            "hay đã tiếp nhận thông tin về tàu cá Quảng Ngãi chín không bốn năm chín tê ét cùng ba "
            "mươi sáu ngư dân gặp sự cố hỏng máy, trôi tự do trên biển."
        ),
    ),
    Sentence(
        (
            "https://nld.com.vn/tau-hai-quan-xuat-phat-cuu-nan-36-ngu-dan-tau-ca-quang-ngai-troi-dat-tren-bien-196260310200849177.htm"
        ),
        (
            "Hiện tàu HQ 950 đã xuất phát từ đảo Hòn Tre, tỉnh Khánh Hòa thực hiện nhiệm vụ cứu "
            "nạn các ngư dân."
        ),
        (
            "Hiện tàu hát quy chín trăm năm mươi đã xuất phát từ đảo Hòn Tre, tỉnh Khánh Hòa thực "
            "hiện nhiệm vụ cứu nạn các ngư dân."
        ),
        (
            (
                "Hiện tàu hát quy chín năm không đã xuất phát từ đảo Hòn Tre, tỉnh Khánh Hòa thực "
                "hiện nhiệm vụ cứu nạn các ngư dân."
            ),
        ),
    ),
    Sentence(
        (
            "https://nld.com.vn/tau-hai-quan-xuat-phat-cuu-nan-36-ngu-dan-tau-ca-quang-ngai-troi-dat-tren-bien-196260310200849177.htm"
        ),
        (
            "Tàu cá QNg 90459 TS đang ở tọa độ 12°00'N – 109°43'E, cách đảo Hòn Tre khoảng 28 hải "
            "lý về hướng Đông Nam, cách mũi Cam Linh - Cam Ranh khoảng 26 hải lý về hướng Đông "
            "Bắc."
        ),
        (
            "Tàu cá Quảng Ngãi chín không bốn năm chín tê ét đang ở tọa độ mười hai độ không phút "
            "vĩ Bắc, một trăm linh chín độ bốn mươi ba phút kinh Đông, cách đảo Hòn Tre khoảng hai "
            "mươi tám hải lý về hướng Đông Nam, cách mũi Cam Linh - Cam Ranh khoảng hai mươi sáu "
            "hải lý về hướng Đông Bắc."
        ),
        (
            (
                "Tàu cá Quảng Ngãi chín không bốn năm chín tê ét đang ở tọa độ mười hai độ vĩ Bắc, "
                "một trăm linh chín độ bốn mươi ba phút kinh Đông, cách đảo Hòn Tre khoảng hai "
                "mươi tám hải lý về hướng Đông Nam, cách mũi Cam Linh - Cam Ranh khoảng hai mươi "
                "sáu hải lý về hướng Đông Bắc."
            ),
        ),
    ),
    Sentence(
        (
            "https://nld.com.vn/tau-hai-quan-xuat-phat-cuu-nan-36-ngu-dan-tau-ca-quang-ngai-troi-dat-tren-bien-196260310200849177.htm"
        ),
        (
            "Do không khắc phục được sự cố, tàu phải thả trôi trên biển với tốc độ khoảng 2,5 hải "
            "lý/giờ."
        ),
        (
            "Do không khắc phục được sự cố, tàu phải thả trôi trên biển với tốc độ khoảng hai phẩy "
            "năm hải lý một giờ."
        ),
        (
            (
                "Do không khắc phục được sự cố, tàu phải thả trôi trên biển với tốc độ khoảng hai "
                "phẩy năm hải lý mỗi giờ."
            ),
        ),
    ),
    Sentence(
        (
            "https://nld.com.vn/tau-hai-quan-xuat-phat-cuu-nan-36-ngu-dan-tau-ca-quang-ngai-troi-dat-tren-bien-196260310200849177.htm"
        ),
        (
            "Tàu cá QNg 90459 TS do ông Ngô Văn Cần (54 tuổi, trú xã Bình Sơn, tỉnh Quảng Ngãi) "
            "làm thuyền trưởng, trên tàu có 36 ngư dân, hành nghề câu mực xà."
        ),
        (
            "Tàu cá Quảng Ngãi chín không bốn năm chín tê ét do ông Ngô Văn Cần (năm mươi tư tuổi, "
            "trú xã Bình Sơn, tỉnh Quảng Ngãi) làm thuyền trưởng, trên tàu có ba mươi sáu ngư dân, "
            "hành nghề câu mực xà."
        ),
    ),
    Sentence(
        (
            "https://nld.com.vn/tau-hai-quan-xuat-phat-cuu-nan-36-ngu-dan-tau-ca-quang-ngai-troi-dat-tren-bien-196260310200849177.htm"
        ),
        (
            "Tàu xuất bến tại Trạm Kiểm soát Biên phòng Bình Thạnh ngày 28-2 để ra khơi khai thác "
            "thủy sản."
        ),
        (
            "Tàu xuất bến tại Trạm Kiểm soát Biên phòng Bình Thạnh ngày hai mươi tám tháng hai để "
            "ra khơi khai thác thủy sản."
        ),
    ),
    Sentence(
        (
            "https://nld.com.vn/tau-hai-quan-xuat-phat-cuu-nan-36-ngu-dan-tau-ca-quang-ngai-troi-dat-tren-bien-196260310200849177.htm"
        ),
        "Đến ngày 6-3, khi đang hoạt động trên biển, tàu gặp sự cố hỏng máy.",
        "Đến ngày mồng sáu tháng ba, khi đang hoạt động trên biển, tàu gặp sự cố hỏng máy.",
    ),
    Sentence(
        (
            "https://nld.com.vn/tau-hai-quan-xuat-phat-cuu-nan-36-ngu-dan-tau-ca-quang-ngai-troi-dat-tren-bien-196260310200849177.htm"
        ),
        (
            "Tuy nhiên, đến sáng 9-3, tàu tiếp tục bị hỏng máy và không thể sửa chữa nên buộc phải "
            "thả trôi trên biển."
        ),
        (
            "Tuy nhiên, đến sáng mồng chín tháng ba, tàu tiếp tục bị hỏng máy và không thể sửa "
            "chữa nên buộc phải thả trôi trên biển."
        ),
        (
            (
                "Tuy nhiên, đến sáng ngày mồng chín tháng ba, tàu tiếp tục bị hỏng máy và không "
                "thể sửa chữa nên buộc phải thả trôi trên biển."
            ),
        ),
    ),
    Sentence(
        (
            "https://nld.com.vn/tau-hai-quan-xuat-phat-cuu-nan-36-ngu-dan-tau-ca-quang-ngai-troi-dat-tren-bien-196260310200849177.htm"
        ),
        (
            "Bà Nguyễn Thị Kim, vợ ông Ngô Văn Cần, cho biết sáng 10-3, ông đã dùng điện thoại vệ "
            "tinh liên lạc về gia đình."
        ),
        (
            "Bà Nguyễn Thị Kim, vợ ông Ngô Văn Cần, cho biết sáng mồng mười tháng ba, ông đã dùng "
            "điện thoại vệ tinh liên lạc về gia đình."
        ),
        (
            (
                "Bà Nguyễn Thị Kim, vợ ông Ngô Văn Cần, cho biết sáng ngày mồng mười tháng ba, ông "
                "đã dùng điện thoại vệ tinh liên lạc về gia đình."
            ),
        ),
    ),
    Sentence(
        (
            "https://tienphong.vn/tau-hai-quan-xuat-phat-cuu-36-ngu-dan-tren-tau-ca-bi-hong-may-post1826393.tpo"
        ),
        (
            "Thời tiết khu vực hiện có gió Đông Bắc cấp 5-6, sóng cao khoảng 2-3m, gây nhiều khó "
            "khăn cho quá trình cứu nạn."
        ),
        (
            "Thời tiết khu vực hiện có gió Đông Bắc cấp năm đến cấp sáu, sóng cao khoảng hai đến "
            "ba mét, gây nhiều khó khăn cho quá trình cứu nạn."
        ),
        (
            (
                "Thời tiết khu vực hiện có gió Đông Bắc cấp năm đến sáu, sóng cao khoảng hai đến "
                "ba mét, gây nhiều khó khăn cho quá trình cứu nạn."
            ),
            (
                "Thời tiết khu vực hiện có gió Đông Bắc cấp năm, cấp sáu, sóng cao khoảng hai đến "
                "ba mét, gây nhiều khó khăn cho quá trình cứu nạn."
            ),
        ),
    ),
    Sentence(
        (
            "https://tienphong.vn/tau-hai-quan-xuat-phat-cuu-36-ngu-dan-tren-tau-ca-bi-hong-may-post1826393.tpo"
        ),
        (
            "Do không khắc phục được sự cố, tàu phải thả trôi tự do trên biển với tốc độ khoảng "
            "2,5 hải lý/giờ, theo hướng 200°."
        ),
        (
            "Do không khắc phục được sự cố, tàu phải thả trôi tự do trên biển với tốc độ khoảng "
            "hai phẩy năm hải lý một giờ, theo hướng hai trăm độ."
        ),
        (
            (
                "Do không khắc phục được sự cố, tàu phải thả trôi tự do trên biển với tốc độ "
                "khoảng hai phẩy năm hải lý mỗi giờ, theo hướng hai trăm độ."
            ),
        ),
    ),
    Sentence(
        (
            "https://tienphong.vn/tau-hai-quan-xuat-phat-cuu-36-ngu-dan-tren-tau-ca-bi-hong-may-post1826393.tpo"
        ),
        (
            "Hiện, tàu HQ 950 (Bộ Tư lệnh Vùng 4 Hải quân) xuất phát từ đảo Hòn Tre (Nha Trang, "
            "tỉnh Khánh Hòa) đi thực hiện nhiệm vụ cứu nạn các ngư dân."
        ),
        (
            "Hiện, tàu hát quy chín trăm năm mươi (Bộ Tư lệnh Vùng bốn Hải quân) xuất phát từ đảo "
            "Hòn Tre (Nha Trang, tỉnh Khánh Hòa) đi thực hiện nhiệm vụ cứu nạn các ngư dân."
        ),
        (
            (
                "Hiện, tàu hát quy chín năm không (Bộ Tư lệnh Vùng bốn Hải quân) xuất phát từ đảo "
                "Hòn Tre (Nha Trang, tỉnh Khánh Hòa) đi thực hiện nhiệm vụ cứu nạn các ngư dân."
            ),
        ),
    ),
    Sentence(
        (
            "https://dantri.com.vn/thoi-su/tau-hai-quan-len-duong-ung-cuu-tau-ca-cung-36-ngu-dan-dang-troi-dat-20260310194756881.htm"
        ),
        "Khoảng 16h ngày 10/3, tàu cá QNg 90459TS ở vùng biển cách đảo Hòn Tre khoảng 28 hải lý.",
        (
            "Khoảng mười sáu giờ ngày mồng mười tháng ba, tàu cá Quảng Ngãi chín không bốn năm "
            "chín tê ét ở vùng biển cách đảo Hòn Tre khoảng hai mươi tám hải lý."
        ),
    ),
    Sentence(
        (
            "https://dantri.com.vn/thoi-su/tau-hai-quan-len-duong-ung-cuu-tau-ca-cung-36-ngu-dan-dang-troi-dat-20260310194756881.htm"
        ),
        (
            "Tàu chưa khắc phục được sự cố động cơ nên vẫn đang thả trôi, sức khỏe 36 ngư dân trên "
            "tàu ổn định."
        ),
        (
            "Tàu chưa khắc phục được sự cố động cơ nên vẫn đang thả trôi, sức khỏe ba mươi sáu ngư "
            "dân trên tàu ổn định."
        ),
    ),
    Sentence(
        (
            "https://dantri.com.vn/thoi-su/tau-hai-quan-len-duong-ung-cuu-tau-ca-cung-36-ngu-dan-dang-troi-dat-20260310194756881.htm"
        ),
        "Tối 5/3, tàu bị hỏng máy buộc phải thả trôi tự do trên biển.",
        "Tối mồng năm tháng ba, tàu bị hỏng máy buộc phải thả trôi tự do trên biển.",
        ("Tối ngày mồng năm tháng ba, tàu bị hỏng máy buộc phải thả trôi tự do trên biển.",),
    ),
    Sentence(
        (
            "https://dantri.com.vn/thoi-su/tau-hai-quan-len-duong-ung-cuu-tau-ca-cung-36-ngu-dan-dang-troi-dat-20260310194756881.htm"
        ),
        (
            "Lúc 16h50 ngày 8/3, tàu cá QNg 95157TS trôi trên vùng biển cách tỉnh Khánh Hòa khoảng "
            "100 hải lý."
        ),
        (
            "Lúc mười sáu giờ năm mươi ngày mồng tám tháng ba, tàu cá Quảng Ngãi chín năm một năm "
            "bảy tê ét trôi trên vùng biển cách tỉnh Khánh Hòa khoảng một trăm hải lý."
        ),
        (
            (
                "Lúc mười sáu giờ năm mươi phút ngày mồng tám tháng ba, tàu cá Quảng Ngãi chín năm "
                "một năm bảy tê ét trôi trên vùng biển cách tỉnh Khánh Hòa khoảng một trăm hải lý."
            ),
        ),
    ),
    Sentence(
        (
            "https://dantri.com.vn/thoi-su/tau-hai-quan-len-duong-ung-cuu-tau-ca-cung-36-ngu-dan-dang-troi-dat-20260310194756881.htm"
        ),
        "Tàu này xuất bến ngày 28/2, đến ngày 6/3 tàu bị hỏng máy giữa biển.",
        (
            "Tàu này xuất bến ngày hai mươi tám tháng hai, đến ngày mồng sáu tháng ba tàu bị hỏng "
            "máy giữa biển."
        ),
    ),
    Sentence(
        (
            "https://dantri.com.vn/thoi-su/tau-hai-quan-len-duong-ung-cuu-tau-ca-cung-36-ngu-dan-dang-troi-dat-20260310194756881.htm"
        ),
        (
            "Khu vực biển nơi tàu QNg 90459TS trôi dạt có gió cấp 5-6, sóng cao 2-3m đã gây khó "
            "khăn cho công tác tìm kiếm, cứu nạn."
        ),
        (
            "Khu vực biển nơi tàu Quảng Ngãi chín không bốn năm chín tê ét trôi dạt có gió cấp năm "
            "đến cấp sáu, sóng cao hai đến ba mét đã gây khó khăn cho công tác tìm kiếm, cứu nạn."
        ),
        (
            (
                "Khu vực biển nơi tàu Quảng Ngãi chín không bốn năm chín tê ét trôi dạt có gió cấp "
                "năm đến sáu, sóng cao hai đến ba mét đã gây khó khăn cho công tác tìm kiếm, cứu "
                "nạn."
            ),
            (
                "Khu vực biển nơi tàu Quảng Ngãi chín không bốn năm chín tê ét trôi dạt có gió cấp "
                "năm, cấp sáu, sóng cao hai đến ba mét đã gây khó khăn cho công tác tìm kiếm, cứu "
                "nạn."
            ),
        ),
    ),
    Sentence(
        "http://plo.vn/thoi-su/kip-thoi-cuu-29-ngu-dan-gap-nan-666474.html",
        (
            "Đây là những ngư dân trên tàu cá BĐ 99047 TS của ông Nguyễn Công Đồng (xã Hoài Thanh, "
            "huyện Hoài Nhơn, Bình Định)."
        ),
        (
            "Đây là những ngư dân trên tàu cá Bình Định chín chín không bốn bảy tê ét của ông "
            "Nguyễn Công Đồng (xã Hoài Thanh, huyện Hoài Nhơn, Bình Định)."
        ),
    ),
    Sentence(
        "http://plo.vn/thoi-su/kip-thoi-cuu-29-ngu-dan-gap-nan-666474.html",
        (
            "Một ngày trước, trong khi đang đánh bắt hải sản trên vùng biển cách đảo Phú Quý (Bình "
            "Thuận) 96 hải lý, tàu cá trên bị hỏng hộp số."
        ),
        (
            "Một ngày trước, trong khi đang đánh bắt hải sản trên vùng biển cách đảo Phú Quý (Bình "
            "Thuận) chín mươi sáu hải lý, tàu cá trên bị hỏng hộp số."
        ),
    ),
    Sentence(
        "http://plo.vn/thoi-su/kip-thoi-cuu-29-ngu-dan-gap-nan-666474.html",
        (
            "Sau khi nhận thông tin khẩn cấp của họ, Bộ Tư lệnh Vùng 3 Cảnh sát biển điều động tàu "
            "6007 ra khơi."
        ),
        (
            "Sau khi nhận thông tin khẩn cấp của họ, Bộ Tư lệnh Vùng ba Cảnh sát biển điều động "
            "tàu sáu nghìn không trăm linh bảy ra khơi."
        ),
        (
            (
                "Sau khi nhận thông tin khẩn cấp của họ, Bộ Tư lệnh Vùng ba Cảnh sát biển điều "
                "động tàu sáu không không bảy ra khơi."
            ),
        ),
    ),
    Sentence(
        "http://plo.vn/thoi-su/kip-thoi-cuu-29-ngu-dan-gap-nan-666474.html",
        (
            "Còn tại Nghệ An, tối 20-11 tàu SAR 411 của Trung tâm Phối hợp tìm kiếm cứu nạn hàng "
            "hải Việt Nam đã đưa 18 thuyền viên trên tàu cá NA 93362 TS về đến đất liền an toàn."
        ),
        (
            "Còn tại Nghệ An, tối hai mươi tháng mười một tàu SAR bốn trăm mười một của Trung tâm "
            "Phối hợp tìm kiếm cứu nạn hàng hải Việt Nam đã đưa mười tám thuyền viên trên tàu cá "
            "Nghệ An chín ba ba sáu hai tê ét về đến đất liền an toàn."
        ),
        (
            (
                "Còn tại Nghệ An, tối ngày hai mươi tháng mười một tàu SAR bốn trăm mười một của "
                "Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải Việt Nam đã đưa mười tám thuyền viên "
                "trên tàu cá Nghệ An chín ba ba sáu hai tê ét về đến đất liền an toàn."
            ),
            (
                "Còn tại Nghệ An, tối hai mươi tháng mười một tàu SAR bốn một một của Trung tâm "
                "Phối hợp tìm kiếm cứu nạn hàng hải Việt Nam đã đưa mười tám thuyền viên trên tàu "
                "cá Nghệ An chín ba ba sáu hai tê ét về đến đất liền an toàn."
            ),
        ),
    ),
    Sentence(
        "http://plo.vn/thoi-su/kip-thoi-cuu-29-ngu-dan-gap-nan-666474.html",
        (
            "Sáng cùng ngày, tàu này khi đang đánh cá cách bờ biển Nghệ An khoảng 12 hải lý thì bị "
            "hỏng máy không thể khắc phục nên đã phát tín hiệu cầu cứu."
        ),
        (
            "Sáng cùng ngày, tàu này khi đang đánh cá cách bờ biển Nghệ An khoảng mười hai hải lý "
            "thì bị hỏng máy không thể khắc phục nên đã phát tín hiệu cầu cứu."
        ),
    ),
    Sentence(
        "https://nongnghiep.vn/cuu-ho-thanh-cong-tau-ca-gap-nan-tren-bien-d121631.html",
        (
            "Ngày 27/2, Đồn Biên phòng cảng Kỳ Hà (đóng tại huyện Núi Thành, Quảng Nam) cho biết: "
            "Sau 8 ngày lênh đênh trên biển, tàu cá mang số hiệu QNa 91298 TS của ông Huỳnh Văn "
            "Song, trú tại thôn Sâm Linh Đông (Tam Quang, Núi Thành) gặp nạn trên biển đã được 2 "
            "tàu cá khác kéo về cảng an toàn."
        ),
        (
            "Ngày hai mươi bảy tháng hai, Đồn Biên phòng cảng Kỳ Hà (đóng tại huyện Núi Thành, "
            "Quảng Nam) cho biết: Sau tám ngày lênh đênh trên biển, tàu cá mang số hiệu Quảng Nam "
            "chín một hai chín tám tê ét của ông Huỳnh Văn Song, trú tại thôn Sâm Linh Đông (Tam "
            "Quang, Núi Thành) gặp nạn trên biển đã được hai tàu cá khác kéo về cảng an toàn."
        ),
    ),
    Sentence(
        "https://nongnghiep.vn/cuu-ho-thanh-cong-tau-ca-gap-nan-tren-bien-d121631.html",
        (
            "Trước đó, ngày 19/2, tàu đánh cá QNa 91298 TS bất ngờ bị hỏng máy trong lúc đánh bắt "
            "cá ở vùng ngư trường Hoàng Sa."
        ),
        (
            "Trước đó, ngày mười chín tháng hai, tàu đánh cá Quảng Nam chín một hai chín tám tê ét "
            "bất ngờ bị hỏng máy trong lúc đánh bắt cá ở vùng ngư trường Hoàng Sa."
        ),
    ),
    Sentence(
        "https://nongnghiep.vn/cuu-ho-thanh-cong-tau-ca-gap-nan-tren-bien-d121631.html",
        (
            "Nhận được tin tàu QNa 91298 TS gặp nạn, ngày 21/2, Đồn Biên phòng Kỳ Hà đã huy động 2 "
            "chiếc tàu cá của ngư dân Huỳnh Văn Diệp ra khơi cứu hộ."
        ),
        (
            "Nhận được tin tàu Quảng Nam chín một hai chín tám tê ét gặp nạn, ngày hai mươi mốt "
            "tháng hai, Đồn Biên phòng Kỳ Hà đã huy động hai chiếc tàu cá của ngư dân Huỳnh Văn "
            "Diệp ra khơi cứu hộ."
        ),
    ),
    Sentence(
        "http://vov.vn/xa-hoi/cuu-ho-17-thuyen-vien-va-tau-ca-gap-nan-tren-bien-639629.vov",
        (
            "Sáng nay (25/6), Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam đã cứu hộ và "
            "lai dắt thành công tàu cá NA 98286 của ngư dân Hoàng Văn Hoa –thị xã Cửa Lò, tỉnh "
            "Nghệ An cùng 17 thuyền viên gặp nạn trên biển vào bờ an toàn."
        ),
        (
            "Sáng nay (hai mươi lăm tháng sáu), Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt "
            "Nam đã cứu hộ và lai dắt thành công tàu cá Nghệ An chín tám hai tám sáu của ngư dân "
            "Hoàng Văn Hoa, thị xã Cửa Lò, tỉnh Nghệ An cùng mười bảy thuyền viên gặp nạn trên "
            "biển vào bờ an toàn."
        ),
        (
            (
                "Sáng nay (ngày hai mươi lăm tháng sáu), Trung tâm Phối hợp tìm kiếm, cứu nạn hàng "
                "hải Việt Nam đã cứu hộ và lai dắt thành công tàu cá Nghệ An chín tám hai tám sáu "
                "của ngư dân Hoàng Văn Hoa, thị xã Cửa Lò, tỉnh Nghệ An cùng mười bảy thuyền viên "
                "gặp nạn trên biển vào bờ an toàn."
            ),
        ),
    ),
    Sentence(
        "http://vov.vn/xa-hoi/cuu-ho-17-thuyen-vien-va-tau-ca-gap-nan-tren-bien-639629.vov",
        (
            "Đến 9 giờ sáng qua (24/6), tàu tiếp cận được 17 thuyền viên của tàu bị nạn trong tình "
            "trạng mệt mỏi, hoảng loạn do phải vật lộn với sóng to, gió lớn, thiếu lương thực thực "
            "phẩm."
        ),
        (
            "Đến chín giờ sáng qua (hai mươi tư tháng sáu), tàu tiếp cận được mười bảy thuyền viên "
            "của tàu bị nạn trong tình trạng mệt mỏi, hoảng loạn do phải vật lộn với sóng to, gió "
            "lớn, thiếu lương thực thực phẩm."
        ),
        (
            (
                "Đến chín giờ sáng qua (ngày hai mươi tư tháng sáu), tàu tiếp cận được mười bảy "
                "thuyền viên của tàu bị nạn trong tình trạng mệt mỏi, hoảng loạn do phải vật lộn "
                "với sóng to, gió lớn, thiếu lương thực thực phẩm."
            ),
        ),
    ),
    Sentence(
        "http://vov.vn/xa-hoi/cuu-ho-17-thuyen-vien-va-tau-ca-gap-nan-tren-bien-639629.vov",
        (
            "Ngay sau đó tàu tìm kiếm cứu nạn hàng hải SAR 273 đã đưa toàn bộ 17 ngư dân bị nạn "
            "cùng với tàu NA 98286 TS về cảng Cửa Lò an toàn lúc 9 giờ sáng nay./."
        ),
        (
            "Ngay sau đó tàu tìm kiếm cứu nạn hàng hải SAR hai trăm bảy mươi ba đã đưa toàn bộ "
            "mười bảy ngư dân bị nạn cùng với tàu Nghệ An chín tám hai tám sáu tê ét về cảng Cửa "
            "Lò an toàn lúc chín giờ sáng nay."
        ),
        (
            (
                "Ngay sau đó tàu tìm kiếm cứu nạn hàng hải SAR hai bảy ba đã đưa toàn bộ mười bảy "
                "ngư dân bị nạn cùng với tàu Nghệ An chín tám hai tám sáu tê ét về cảng Cửa Lò an "
                "toàn lúc chín giờ sáng nay."
            ),
        ),
    ),
    Sentence(
        (
            "https://www.phunuvagiadinh.vn/doi-song-165/ninh-thuan-cuu-thanh-cong-17-ngu-dan-va-tau-ca-gap-nan-tren-bien-711112"
        ),
        (
            "Tàu QNg 95046 TS do ông Đào Nhật Quỳnh (SN 1981, Bình Châu, Bình Sơn, Quảng Ngãi) làm "
            "thuyền trưởng, xuất bến được gần 1 tháng tại cảng cá Cà Ná, tỉnh Ninh Thuận."
        ),
        (
            "Tàu Quảng Ngãi chín năm không bốn sáu tê ét do ông Đào Nhật Quỳnh (sinh năm một nghìn "
            "chín trăm tám mươi mốt, Bình Châu, Bình Sơn, Quảng Ngãi) làm thuyền trưởng, xuất bến "
            "được gần một tháng tại cảng cá Cà Ná, tỉnh Ninh Thuận."
        ),
    ),
    Sentence(
        (
            "https://www.phunuvagiadinh.vn/doi-song-165/ninh-thuan-cuu-thanh-cong-17-ngu-dan-va-tau-ca-gap-nan-tren-bien-711112"
        ),
        (
            "Sau hơn 2 giờ hành trình, tàu 417 tiếp cận tàu QNg 95046 TS cùng 17 thuyền viên tại "
            "vị trí Bắc đảo Phú Quý."
        ),
        (
            "Sau hơn hai giờ hành trình, tàu bốn trăm mười bảy tiếp cận tàu Quảng Ngãi chín năm "
            "không bốn sáu tê ét cùng mười bảy thuyền viên tại vị trí Bắc đảo Phú Quý."
        ),
        (
            (
                "Sau hơn hai giờ hành trình, tàu bốn một bảy tiếp cận tàu Quảng Ngãi chín năm "
                "không bốn sáu tê ét cùng mười bảy thuyền viên tại vị trí Bắc đảo Phú Quý."
            ),
        ),
    ),
    Sentence(
        (
            "https://www.phunuvagiadinh.vn/doi-song-165/ninh-thuan-cuu-thanh-cong-17-ngu-dan-va-tau-ca-gap-nan-tren-bien-711112"
        ),
        (
            "Hiện tại tàu cá QNg 95046 TS đang được tàu 417 lai kéo, dự kiến đến khoảng 11h ngày "
            "1/12 tàu cá sẽ được tàu 417 đưa vào cảng và tiến hành bàn giao cho đồn Biên Phòng Phú "
            "Quý phối hợp khắc phục hỏng hóc."
        ),
        (
            "Hiện tại tàu cá Quảng Ngãi chín năm không bốn sáu tê ét đang được tàu bốn trăm mười "
            "bảy lai kéo, dự kiến đến khoảng mười một giờ ngày mồng một tháng mười hai tàu cá sẽ "
            "được tàu bốn trăm mười bảy đưa vào cảng và tiến hành bàn giao cho đồn Biên Phòng Phú "
            "Quý phối hợp khắc phục hỏng hóc."
        ),
        (
            (
                "Hiện tại tàu cá Quảng Ngãi chín năm không bốn sáu tê ét đang được tàu bốn một bảy "
                "lai kéo, dự kiến đến khoảng mười một giờ ngày mồng một tháng mười hai tàu cá sẽ "
                "được tàu bốn một bảy đưa vào cảng và tiến hành bàn giao cho đồn Biên Phòng Phú "
                "Quý phối hợp khắc phục hỏng hóc."
            ),
        ),
    ),
    Sentence(
        (
            "https://tienphong.vn/giam-doc-cong-an-tinh-tra-vinh-cong-khai-so-dien-thoai-nguoi-dan-goi-cho-toi-bat-ke-ngay-dem-post1568091.tpo"
        ),
        (
            "Sau 3 ngày công bố số điện thoại đường dây nóng, Giám đốc Công an tỉnh Trà Vinh cho "
            "biết, ông nhận rất nhiều cuộc gọi, tin nhắn, bất kể ngày đêm."
        ),
        (
            "Sau ba ngày công bố số điện thoại đường dây nóng, Giám đốc Công an tỉnh Trà Vinh cho "
            "biết, ông nhận rất nhiều cuộc gọi, tin nhắn, bất kể ngày đêm."
        ),
    ),
    Sentence(
        (
            "https://tienphong.vn/giam-doc-cong-an-tinh-tra-vinh-cong-khai-so-dien-thoai-nguoi-dan-goi-cho-toi-bat-ke-ngay-dem-post1568091.tpo"
        ),
        (
            "Chiều 11/9, phóng viên Tiền Phong gọi vào số điện thoại đường dây nóng vừa công bố "
            "của Đại tá Trần Xuân Ánh - Giám đốc Công an tỉnh Trà Vinh (084.345.8484)."
        ),
        (
            "Chiều mười một tháng chín, phóng viên Tiền Phong gọi vào số điện thoại đường dây nóng "
            "vừa công bố của Đại tá Trần Xuân Ánh - Giám đốc Công an tỉnh Trà Vinh (không tám bốn, "
            "ba bốn năm, tám bốn tám bốn)."
        ),
        (
            (
                "Chiều ngày mười một tháng chín, phóng viên Tiền Phong gọi vào số điện thoại đường "
                "dây nóng vừa công bố của Đại tá Trần Xuân Ánh - Giám đốc Công an tỉnh Trà Vinh "
                "(không tám bốn, ba bốn năm, tám bốn tám bốn)."
            ),
        ),
    ),
    Sentence(
        (
            "https://tienphong.vn/giam-doc-cong-an-tinh-tra-vinh-cong-khai-so-dien-thoai-nguoi-dan-goi-cho-toi-bat-ke-ngay-dem-post1568091.tpo"
        ),
        (
            "Theo đại tá Ánh, dù chưa có thống kê chính thức, nhưng 3 ngày qua, mỗi ngày ông nhận "
            "khá nhiều cuộc gọi, tin nhắn của người dân trong tỉnh liên hệ đến số điện thoại đường "
            "dây nóng."
        ),
        (
            "Theo đại tá Ánh, dù chưa có thống kê chính thức, nhưng ba ngày qua, mỗi ngày ông nhận "
            "khá nhiều cuộc gọi, tin nhắn của người dân trong tỉnh liên hệ đến số điện thoại đường "
            "dây nóng."
        ),
    ),
    Sentence(
        (
            "https://tienphong.vn/giam-doc-cong-an-tinh-tra-vinh-cong-khai-so-dien-thoai-nguoi-dan-goi-cho-toi-bat-ke-ngay-dem-post1568091.tpo"
        ),
        (
            "Theo Giám đốc Công an tỉnh Trà Vinh, số điện thoại đường dây nóng của ông tiếp nhận "
            "24/24h, nên có cuộc gọi đến là ông nghe máy."
        ),
        (
            "Theo Giám đốc Công an tỉnh Trà Vinh, số điện thoại đường dây nóng của ông tiếp nhận "
            "hai mươi tư trên hai mươi tư giờ, nên có cuộc gọi đến là ông nghe máy."
        ),
    ),
    Sentence(
        "https://phunuvietnam.vn/print/de-xuat-so-duong-day-nong-bao-ve-tre-em-la-111-31382.htm",
        (
            "Chị Lại Hồng Nhung, ở phố Tây Sơn (Hà Nội), cho biết, các số hỗ trợ, cấp cứu khẩn cấp "
            "thường là những đầu số rất ngắn có 3 hoặc 4 chữ số, người dân dễ ghi nhớ hơn như các "
            "đầu số 113, 114, 115..."
        ),
        (
            "Chị Lại Hồng Nhung, ở phố Tây Sơn (Hà Nội), cho biết, các số hỗ trợ, cấp cứu khẩn cấp "
            "thường là những đầu số rất ngắn có ba hoặc bốn chữ số, người dân dễ ghi nhớ hơn như "
            "các đầu số một một ba, một một bốn, một một năm..."
        ),
    ),
    Sentence(
        "https://phunuvietnam.vn/print/de-xuat-so-duong-day-nong-bao-ve-tre-em-la-111-31382.htm",
        (
            "Theo bà Đào Hồng Lan, Thứ trưởng Bộ LĐ-TB&XH, Đường dây tư vấn và hỗ trợ trẻ em "
            "18001567 được thành lập từ năm 2004, qua 13 năm hoạt động, đầu số này đã tiếp nhận "
            "trên 2,5 triệu cuộc gọi trên phạm vi cả nước."
        ),
        (
            "Theo bà Đào Hồng Lan, Thứ trưởng Bộ Lao động, Thương binh và Xã hội, Đường dây tư vấn "
            "và hỗ trợ trẻ em một tám không không một năm sáu bảy được thành lập từ năm hai nghìn "
            "không trăm linh bốn, qua mười ba năm hoạt động, đầu số này đã tiếp nhận trên hai phẩy "
            "năm triệu cuộc gọi trên phạm vi cả nước."
        ),
        (
            (
                "Theo bà Đào Hồng Lan, Thứ trưởng Bộ Lao động - Thương binh và Xã hội, Đường dây "
                "tư vấn và hỗ trợ trẻ em một tám không không một năm sáu bảy được thành lập từ năm "
                "hai nghìn không trăm linh bốn, qua mười ba năm hoạt động, đầu số này đã tiếp nhận "
                "trên hai phẩy năm triệu cuộc gọi trên phạm vi cả nước."
            ),
        ),
    ),
    Sentence(
        "https://phunuvietnam.vn/print/de-xuat-so-duong-day-nong-bao-ve-tre-em-la-111-31382.htm",
        (
            "Trước thực tế người dân khó ghi nhớ được số đường dây nóng hỗ trợ trẻ em, với đầu số "
            "18001567 quá dài, có tới 8 chữ số."
        ),
        (
            "Trước thực tế người dân khó ghi nhớ được số đường dây nóng hỗ trợ trẻ em, với đầu số "
            "một tám không không một năm sáu bảy quá dài, có tới tám chữ số."
        ),
    ),
    Sentence(
        "https://baoanhdatmui.vn/ngay-6-12-duong-day-nong-bao-ve-tre-em-111-di-vao-hoat-dong.html",
        "Ngày 6/12: Đường dây nóng bảo vệ trẻ em 111 đi vào hoạt động",
        "Ngày mồng sáu tháng mười hai: Đường dây nóng bảo vệ trẻ em một một một đi vào hoạt động",
    ),
    Sentence(
        "https://baoanhdatmui.vn/ngay-6-12-duong-day-nong-bao-ve-tre-em-111-di-vao-hoat-dong.html",
        (
            "Tổng đài sẽ hoạt động 24 giờ mỗi ngày, không thu phí viễn thông và phí tư vấn đối với "
            "người gọi đến."
        ),
        (
            "Tổng đài sẽ hoạt động hai mươi tư giờ mỗi ngày, không thu phí viễn thông và phí tư "
            "vấn đối với người gọi đến."
        ),
    ),
    Sentence(
        "https://baoanhdatmui.vn/ngay-6-12-duong-day-nong-bao-ve-tre-em-111-di-vao-hoat-dong.html",
        (
            "Tổng đài Quốc gia bảo vệ trẻ em 111 được nâng cấp từ Đường dây tư vấn và hỗ trợ trẻ "
            "em 18001567 đã hoạt động hơn 13 năm qua và tiếp nhận hơn 2,5 triệu cuộc gọi về các "
            "vấn đề liên quan tới trẻ em."
        ),
        (
            "Tổng đài Quốc gia bảo vệ trẻ em một một một được nâng cấp từ Đường dây tư vấn và hỗ "
            "trợ trẻ em một tám không không một năm sáu bảy đã hoạt động hơn mười ba năm qua và "
            "tiếp nhận hơn hai phẩy năm triệu cuộc gọi về các vấn đề liên quan tới trẻ em."
        ),
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        (
            "Vượt qua Khánh Hoà bằng chiến thắng 3-2, SL Nghệ An là đội đầu tiên vào chung kết "
            "giải bóng đá U15 quốc gia năm nay."
        ),
        (
            "Vượt qua Khánh Hoà bằng chiến thắng ba - hai, Sông Lam Nghệ An là đội đầu tiên vào "
            "chung kết giải bóng đá U mười lăm quốc gia năm nay."
        ),
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        "Dưới cơn mưa nặng hạt tại TPHCM chiều 19/8, SL Nghệ An là đội thi đấu tốt hơn.",
        (
            "Dưới cơn mưa nặng hạt tại Thành phố Hồ Chí Minh chiều mười chín tháng tám, Sông Lam "
            "Nghệ An là đội thi đấu tốt hơn."
        ),
        (
            (
                "Dưới cơn mưa nặng hạt tại Thành phố Hồ Chí Minh chiều ngày mười chín tháng tám, "
                "Sông Lam Nghệ An là đội thi đấu tốt hơn."
            ),
        ),
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        (
            "Với nền tảng thể lực sung mãn, khả năng càn lướt rất tốt dưới mặt sân sũng nước, đoàn "
            "quân của HLV Lê Kỳ Phương đã liên tiếp có 2 bàn thắng ở các phút 28 và 30, do công "
            "của Ngọc Tú và Xuân Đại, qua đó dẫn trước Khánh Hoà 2-0."
        ),
        (
            "Với nền tảng thể lực sung mãn, khả năng càn lướt rất tốt dưới mặt sân sũng nước, đoàn "
            "quân của huấn luyện viên Lê Kỳ Phương đã liên tiếp có hai bàn thắng ở các phút hai "
            "mươi tám và ba mươi, do công của Ngọc Tú và Xuân Đại, qua đó dẫn trước Khánh Hoà hai "
            "- không."
        ),
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        "Phút bù giờ của hiệp 1, Khánh Hoà có cơ hội rất tốt để rút ngắn cách biệt.",
        "Phút bù giờ của hiệp một, Khánh Hoà có cơ hội rất tốt để rút ngắn cách biệt.",
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        "Nhưng rất tiếc cú sút từ chấm 11m của Thanh Tuấn lại đưa bóng lên trời.",
        "Nhưng rất tiếc cú sút từ chấm mười một mét của Thanh Tuấn lại đưa bóng lên trời.",
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        (
            "Đến phút 47, Xuân Tiến bên phía SL Nghệ An băng xuống rồi dứt điểm chính xác, nâng tỷ "
            "số lên 3-0 cho đội bóng trẻ xứ Nghệ."
        ),
        (
            "Đến phút bốn mươi bảy, Xuân Tiến bên phía Sông Lam Nghệ An băng xuống rồi dứt điểm "
            "chính xác, nâng tỷ số lên ba - không cho đội bóng trẻ xứ Nghệ."
        ),
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        "Bị dẫn 3 bàn, nhưng Khánh Hoà vẫn vùng lên vô cùng mạnh mẽ.",
        "Bị dẫn ba bàn, nhưng Khánh Hoà vẫn vùng lên vô cùng mạnh mẽ.",
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        "Phút 69, Quốc Lộc tung cú vuốt bóng đẹp mắt, rút ngắn tỷ số xuống còn 1-3 cho Khánh Hoà.",
        (
            "Phút sáu mươi chín, Quốc Lộc tung cú vuốt bóng đẹp mắt, rút ngắn tỷ số xuống còn một "
            "- ba cho Khánh Hoà."
        ),
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        (
            "2 phút sau, lại là Quốc Lộc thoát xuống trống trải rồi dứt điểm chéo góc, gỡ 2-3 cho "
            "đội bóng trẻ phố biển."
        ),
        (
            "Hai phút sau, lại là Quốc Lộc thoát xuống trống trải rồi dứt điểm chéo góc, gỡ hai - "
            "ba cho đội bóng trẻ phố biển."
        ),
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        (
            "Dù vậy, chừng đó là chưa đủ để Khánh Hoà ngăn SL Nghệ An giành thắng lợi chung cuộc "
            "3-2, giành quyền vào chung kết."
        ),
        (
            "Dù vậy, chừng đó là chưa đủ để Khánh Hoà ngăn Sông Lam Nghệ An giành thắng lợi chung "
            "cuộc ba - hai, giành quyền vào chung kết."
        ),
    ),
    Sentence(
        "https://hff.vn/author/hoangtrongvu/page/25",
        (
            "Đối thủ của đội bóng xứ Nghệ trong trận đấu cuối cùng của giải bóng đá U15 quốc gia – "
            "cúp Thái Sơn Bắc 2018, là đội thắng trong cặp đấu giữa Viettel và Bình Dương, diễn ra "
            "vào lúc 16h ngày 20/8 trên sân Thống Nhất (TPHCM)."
        ),
        (
            "Đối thủ của đội bóng xứ Nghệ trong trận đấu cuối cùng của giải bóng đá U mười lăm "
            "quốc gia – cúp Thái Sơn Bắc hai nghìn không trăm mười tám, là đội thắng trong cặp đấu "
            "giữa Viettel và Bình Dương, diễn ra vào lúc mười sáu giờ ngày hai mươi tháng tám trên "
            "sân Thống Nhất (Thành phố Hồ Chí Minh)."
        ),
    ),
    Sentence(
        "https://ngoisao.net/photo/24h/bang-gia-phu-trang-dinh-o-quy-ho-3329415.html",
        (
            "Ghi nhận của Trung tâm dự báo khí tượng thủy văn Lào Cai, nhiệt độ trạm đo Sa Pa (cao "
            "1.500 m so với mực nước biển) sáng nay chỉ 1,2 độ C."
        ),
        (
            "Ghi nhận của Trung tâm dự báo khí tượng thủy văn Lào Cai, nhiệt độ trạm đo Sa Pa (cao "
            "một nghìn năm trăm mét so với mực nước biển) sáng nay chỉ một phẩy hai độ C."
        ),
    ),
    Sentence(
        "https://ngoisao.net/photo/24h/bang-gia-phu-trang-dinh-o-quy-ho-3329415.html",
        (
            "Đây là mức nhiệt trong lều khí tượng có mái che, cách mặt đất 2 m, thực tế ngoài trời "
            "rét hơn 1-2 độ C."
        ),
        (
            "Đây là mức nhiệt trong lều khí tượng có mái che, cách mặt đất hai mét, thực tế ngoài "
            "trời rét hơn một đến hai độ C."
        ),
        (
            (
                "Đây là mức nhiệt trong lều khí tượng có mái che, cách mặt đất hai mét, thực tế "
                "ngoài trời rét hơn một, hai độ C."
            ),
        ),
    ),
    Sentence(
        "http://plo.vn/xa-hoi/sapa-co-the-lanh-0-do-c-154829.html",
        "Dự báo đêm về sáng 17-12, nhiệt độ thấp nhất ở Sa Pa giảm đến 1-2 độ C.",
        (
            "Dự báo đêm về sáng mười bảy tháng mười hai, nhiệt độ thấp nhất ở Sa Pa giảm đến một "
            "đến hai độ C."
        ),
        (
            (
                "Dự báo đêm về sáng ngày mười bảy tháng mười hai, nhiệt độ thấp nhất ở Sa Pa giảm "
                "đến một đến hai độ C."
            ),
            (
                "Dự báo đêm về sáng mười bảy tháng mười hai, nhiệt độ thấp nhất ở Sa Pa giảm đến "
                "một, hai độ C."
            ),
        ),
    ),
    Sentence(
        "http://plo.vn/xa-hoi/sapa-co-the-lanh-0-do-c-154829.html",
        (
            "Các khu vực có độ cao từ 2.000m trở lên so với mặt biển nhiệt độ thấp nhất khả năng "
            "giảm tới 0 độ C."
        ),
        (
            "Các khu vực có độ cao từ hai nghìn mét trở lên so với mặt biển nhiệt độ thấp nhất khả "
            "năng giảm tới không độ C."
        ),
    ),
    Sentence(
        "http://plo.vn/xa-hoi/sapa-co-the-lanh-0-do-c-154829.html",
        (
            "7 giờ sáng 16-12, trạm Khí tượng Sa Pa quan trắc được nhiệt độ thấp nhất giảm đến 5 "
            "độ C, đến khoảng 9 giờ sáng nhiệt độ tụt tới 2,7 độ C, mức thấp nhất tính từ đầu mùa "
            "đông đến nay."
        ),
        (
            "Bảy giờ sáng mười sáu tháng mười hai, trạm Khí tượng Sa Pa quan trắc được nhiệt độ "
            "thấp nhất giảm đến năm độ C, đến khoảng chín giờ sáng nhiệt độ tụt tới hai phẩy bảy "
            "độ C, mức thấp nhất tính từ đầu mùa đông đến nay."
        ),
        (
            (
                "Bảy giờ sáng ngày mười sáu tháng mười hai, trạm Khí tượng Sa Pa quan trắc được "
                "nhiệt độ thấp nhất giảm đến năm độ C, đến khoảng chín giờ sáng nhiệt độ tụt tới "
                "hai phẩy bảy độ C, mức thấp nhất tính từ đầu mùa đông đến nay."
            ),
        ),
    ),
    Sentence(
        "http://plo.vn/xa-hoi/sapa-co-the-lanh-0-do-c-154829.html",
        (
            "Do ảnh hưởng của không khí lạnh mạnh, khiến nhiệt độ các tỉnh biên giới phía bắc liên "
            "tục giảm thấp."
        ),
        (
            "Do ảnh hưởng của không khí lạnh mạnh, khiến nhiệt độ các tỉnh biên giới phía bắc liên "
            "tục giảm thấp."
        ),
    ),
    Sentence(
        "http://plo.vn/xa-hoi/sapa-co-the-lanh-0-do-c-154829.html",
        "Giảm nhiệt mạnh hơn là các khu vực núi cao.",
        "Giảm nhiệt mạnh hơn là các khu vực núi cao.",
    ),
    Sentence(
        "https://betav3.kienthuc.net.vn/tu-khoa.html?q=sapa+r%C3%A9t+k%E1%BB%B7+l%E1%BB%A5c",
        "Chưa từng có: Sa Pa 10 độ C, rét kỷ lục dịp mùa thu",
        "Chưa từng có: Sa Pa mười độ C, rét kỷ lục dịp mùa thu",
    ),
    Sentence(
        "https://betav3.kienthuc.net.vn/tu-khoa.html?q=sapa+r%C3%A9t+k%E1%BB%B7+l%E1%BB%A5c",
        "Đón đợt không khí lạnh đầu tiên của mùa thu đông, Sa Pa rét sâu 10 độ C.",
        "Đón đợt không khí lạnh đầu tiên của mùa thu đông, Sa Pa rét sâu mười độ C.",
    ),
    Sentence(
        "https://betav3.kienthuc.net.vn/tu-khoa.html?q=sapa+r%C3%A9t+k%E1%BB%B7+l%E1%BB%A5c",
        "Đây là mức nhiệt thấp chưa từng có trong cùng kỳ 63 năm qua.",
        "Đây là mức nhiệt thấp chưa từng có trong cùng kỳ sáu mươi ba năm qua.",
    ),
    Sentence(
        "https://vienman.com/tag/nhiet-do-xuong-11-3-do-c",
        "Sa Pa chuyển rét hại, nhiệt độ xuống 11,3 độ C",
        "Sa Pa chuyển rét hại, nhiệt độ xuống mười một phẩy ba độ C",
    ),
    Sentence(
        "https://m.docbao.vn/tags/mien-bac-ret-hai",
        "Miền Bắc sắp rét đậm rét hại, có nơi dưới 13 độ C",
        "Miền Bắc sắp rét đậm rét hại, có nơi dưới mười ba độ C",
    ),
    Sentence(
        (
            "https://binhduong.gov.vn:443/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan-dinh-ky-thang-12-2024-cua-chu-tich-ubnd-tin"
        ),
        (
            "Theo Lịch tiếp công dân, vào ngày 17/12/2024, Chủ tịch UBND tỉnh chủ trì cùng lãnh "
            "đạo các ngành, đơn vị chức năng tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh; "
            "tuy nhiên, do phát sinh chương trình công tác đột xuất, nên việc tiếp công dân định "
            "kỳ tháng 12/2024 không thể diễn ra theo kế hoạch."
        ),
        (
            "Theo Lịch tiếp công dân, vào ngày mười bảy tháng mười hai năm hai nghìn không trăm "
            "hai mươi tư, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cùng lãnh đạo các ngành, đơn vị "
            "chức năng tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh; tuy nhiên, do phát "
            "sinh chương trình công tác đột xuất, nên việc tiếp công dân định kỳ tháng mười hai "
            "năm hai nghìn không trăm hai mươi tư không thể diễn ra theo kế hoạch."
        ),
    ),
    Sentence(
        (
            "https://binhduong.gov.vn:443/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan-dinh-ky-thang-12-2024-cua-chu-tich-ubnd-tin"
        ),
        (
            "Văn phòng UBND tỉnh thông báo đến quý cơ quan, đơn vị, tổ chức và công dân biết và "
            "mong được thông cảm."
        ),
        (
            "Văn phòng Ủy ban nhân dân tỉnh thông báo đến quý cơ quan, đơn vị, tổ chức và công dân "
            "biết và mong được thông cảm."
        ),
    ),
    Sentence(
        "http://www.baomoi.com/ubnd-tinh-thong-bao-thay-doi-ngay-tiep-cong-dan/c/20553662.epi",
        (
            "UBND tỉnh Hà Tĩnh vừa có Thông báo số 364/TB-UBND về việc thay đổi ngày tiếp công dân "
            "định kỳ tháng 10 năm 2016."
        ),
        (
            "Ủy ban nhân dân tỉnh Hà Tĩnh vừa có Thông báo số ba trăm sáu mươi tư về việc thay đổi "
            "ngày tiếp công dân định kỳ tháng mười năm hai nghìn không trăm mười sáu."
        ),
    ),
    Sentence(
        "http://www.baomoi.com/ubnd-tinh-thong-bao-thay-doi-ngay-tiep-cong-dan/c/20553662.epi",
        (
            "Thông báo nêu rõ, phiên tiếp công dân định kỳ của lãnh đạo tỉnh tại Trụ sở Tiếp công "
            "dân tỉnh (số 81, đường Nguyễn Du, TP Hà Tĩnh) quy định vào ngày 15 hàng tháng."
        ),
        (
            "Thông báo nêu rõ, phiên tiếp công dân định kỳ của lãnh đạo tỉnh tại Trụ sở Tiếp công "
            "dân tỉnh (số tám mươi mốt, đường Nguyễn Du, Thành phố Hà Tĩnh) quy định vào ngày mười "
            "lăm hàng tháng."
        ),
    ),
    Sentence(
        "http://www.baomoi.com/ubnd-tinh-thong-bao-thay-doi-ngay-tiep-cong-dan/c/20553662.epi",
        (
            "Tuy nhiên, ngày 15 tháng 10 năm 2016 trùng vào ngày thứ bảy nên được chuyển sang thứ "
            "2 ngày 17 tháng 10 năm 2016."
        ),
        (
            "Tuy nhiên, ngày mười lăm tháng mười năm hai nghìn không trăm mười sáu trùng vào ngày "
            "thứ bảy nên được chuyển sang thứ hai ngày mười bảy tháng mười năm hai nghìn không "
            "trăm mười sáu."
        ),
    ),
    Sentence(
        "http://www.baomoi.com/ubnd-tinh-thong-bao-thay-doi-ngay-tiep-cong-dan/c/20553662.epi",
        (
            "UBND tỉnh thông báo để các sở, ban, ngành, đoàn thể cấp tỉnh; UBND các huyện, thành "
            "phố, thị xã, các tổ chức và công dân biết nhằm tiện cho việc thực hiện."
        ),
        (
            "Ủy ban nhân dân tỉnh thông báo để các sở, ban, ngành, đoàn thể cấp tỉnh; Ủy ban nhân "
            "dân các huyện, thành phố, thị xã, các tổ chức và công dân biết nhằm tiện cho việc "
            "thực hiện."
        ),
    ),
    Sentence(
        (
            "https://baodongkhoi.vn/chu-tich-ubnd-tinh-tam-hoan-lich-tiep-cong-dan-dinh-ky-14072021-a88407.html"
        ),
        (
            "Ngày  14-7-2021, do tình hình của dịch Covid-19 đang có diễn biến phức tạp, UBND tỉnh "
            "vừa có thông báo tạm hoãn lịch tiếp công dân định kỳ tháng 7-2021 của Chủ tịch UBND "
            "tỉnh."
        ),
        (
            "Ngày mười bốn tháng bảy năm hai nghìn không trăm hai mươi mốt, do tình hình của dịch "
            "Cô-vít mười chín đang có diễn biến phức tạp, Ủy ban nhân dân tỉnh vừa có thông báo "
            "tạm hoãn lịch tiếp công dân định kỳ tháng bảy năm hai nghìn không trăm hai mươi mốt "
            "của Chủ tịch Ủy ban nhân dân tỉnh."
        ),
    ),
    Sentence(
        (
            "https://baodongkhoi.vn/chu-tich-ubnd-tinh-tam-hoan-lich-tiep-cong-dan-dinh-ky-14072021-a88407.html"
        ),
        (
            "Lịch tiếp công dân định kỳ tháng 8-2021 của Chủ tịch UBND tỉnh sẽ được tổ chức vào "
            "thời điểm thích hợp và có thông báo sau."
        ),
        (
            "Lịch tiếp công dân định kỳ tháng tám năm hai nghìn không trăm hai mươi mốt của Chủ "
            "tịch Ủy ban nhân dân tỉnh sẽ được tổ chức vào thời điểm thích hợp và có thông báo "
            "sau."
        ),
    ),
    Sentence(
        "https://quangan.thuathienhue.gov.vn/?cn=28&gd=4&tc=75662",
        (
            "1. Lịch tiếp công dân định kỳ tại Phòng tiếp công dân của Chủ tịch UBND xã được bố "
            "trí vào ngày thứ năm hàng tuần."
        ),
        (
            "Một. Lịch tiếp công dân định kỳ tại Phòng tiếp công dân của Chủ tịch Ủy ban nhân dân "
            "xã được bố trí vào ngày thứ năm hàng tuần."
        ),
    ),
    Sentence(
        "https://quangan.thuathienhue.gov.vn/?cn=28&gd=4&tc=75662",
        "Thời gian: - Buổi sáng: Từ 07h30 đến 11h30;",
        "Thời gian: Buổi sáng: Từ bảy giờ ba mươi đến mười một giờ ba mươi;",
        ("Thời gian: Buổi sáng: Từ bảy giờ ba mươi phút đến mười một giờ ba mươi phút;",),
    ),
    Sentence(
        "https://quangan.thuathienhue.gov.vn/?cn=28&gd=4&tc=75662",
        "- Buổi chiều: Từ 13h00 đến 17h00.",
        "Buổi chiều: Từ mười ba giờ đến mười bảy giờ.",
    ),
    Sentence(
        "https://quangan.thuathienhue.gov.vn/?cn=28&gd=4&tc=75662",
        (
            "3. Trong trường hợp bận công tác đột xuất thì Chủ tịch UBND xã ủy quyền cho một Phó "
            "Chủ tịch UBND xã thực hiện việc tiếp công dân theo quy định."
        ),
        (
            "Ba. Trong trường hợp bận công tác đột xuất thì Chủ tịch Ủy ban nhân dân xã ủy quyền "
            "cho một Phó Chủ tịch Ủy ban nhân dân xã thực hiện việc tiếp công dân theo quy định."
        ),
    ),
    Sentence(
        "https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan",
        "Căn cứ Luật tiếp công dân số 42/2013/QH13 ngày 25/11/2013;",
        (
            "Căn cứ Luật tiếp công dân số bốn mươi hai năm hai nghìn không trăm mười ba của Quốc "
            "hội khóa mười ba ngày hai mươi lăm tháng mười một năm hai nghìn không trăm mười ba;"
        ),
    ),
    Sentence(
        "https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan",
        (
            "Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết thi "
            "hành một số điều của Luật tiếp công dân;"
        ),
        (
            "Căn cứ Nghị định số sáu mươi tư năm hai nghìn không trăm mười bốn ngày hai mươi sáu "
            "tháng sáu năm hai nghìn không trăm mười bốn của Chính phủ quy định chi tiết thi hành "
            "một số điều của Luật tiếp công dân;"
        ),
    ),
    Sentence(
        "https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan",
        (
            "Căn cứ Thông tư số 04/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ quy định "
            "Quy trình tiếp công dân;"
        ),
        (
            "Căn cứ Thông tư số bốn năm hai nghìn không trăm hai mươi mốt ngày mồng một tháng mười "
            "năm hai nghìn không trăm hai mươi mốt của Thanh tra Chính phủ quy định Quy trình tiếp "
            "công dân;"
        ),
    ),
    Sentence(
        "https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan",
        (
            "Chủ tịch UBND xã Tây Sơn trực tiếp tiếp công dân định kỳ vào thứ 5 hàng tuần tại "
            "Phòng tiếp công dân của UBND xã (nếu ngày tiếp công dân định kỳ trùng vào ngày Lễ, "
            "Tết thì sẽ tiếp vào ngày làm việc kế tiếp theo)"
        ),
        (
            "Chủ tịch Ủy ban nhân dân xã Tây Sơn trực tiếp tiếp công dân định kỳ vào thứ năm hàng "
            "tuần tại Phòng tiếp công dân của Ủy ban nhân dân xã (nếu ngày tiếp công dân định kỳ "
            "trùng vào ngày Lễ, Tết thì sẽ tiếp vào ngày làm việc kế tiếp theo)"
        ),
    ),
    Sentence(
        "https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan",
        (
            "UBND xã phân công chuyên viên Văn phòng HĐND & UBND xã tiếp công dân thường xuyên "
            "trong giờ hành chính vào tất cả các ngày làm việc trong năm."
        ),
        (
            "Ủy ban nhân dân xã phân công chuyên viên Văn phòng Hội đồng nhân dân và Ủy ban nhân "
            "dân xã tiếp công dân thường xuyên trong giờ hành chính vào tất cả các ngày làm việc "
            "trong năm."
        ),
    ),
    Sentence(
        "https://vinhxuan.thuathienhue.gov.vn/?cn=28&gd=4&tc=1589",
        (
            "Theo Thông báo số 658/TB-UBND ngày 31 tháng 12 năm 2019 của UBND huyện Phú Vang về "
            "việc bố trí Lịch tiếp công dân định kỳ 6 tháng đầu năm 2020 của Chủ tịch, các Phó Chủ "
            "tịch UBND huyện thì đồng chí Lê Đức Lộc - Phó Chủ tịch UBND huyện sẽ tiếp công dân "
            "định kỳ tại xã Phú Diên vào ngày 18/3/2020."
        ),
        (
            "Theo Thông báo số sáu trăm năm mươi tám ngày ba mươi mốt tháng mười hai năm hai nghìn "
            "không trăm mười chín của Ủy ban nhân dân huyện Phú Vang về việc bố trí Lịch tiếp công "
            "dân định kỳ sáu tháng đầu năm hai nghìn không trăm hai mươi của Chủ tịch, các Phó Chủ "
            "tịch Ủy ban nhân dân huyện thì đồng chí Lê Đức Lộc - Phó Chủ tịch Ủy ban nhân dân "
            "huyện sẽ tiếp công dân định kỳ tại xã Phú Diên vào ngày mười tám tháng ba năm hai "
            "nghìn không trăm hai mươi."
        ),
    ),
    Sentence(
        "https://vinhxuan.thuathienhue.gov.vn/?cn=28&gd=4&tc=1589",
        (
            "Vậy, UBND huyện thông báo để các cơ quan, đơn vị, tổ chức liên quan và nhân dân được "
            "biết./."
        ),
        (
            "Vậy, Ủy ban nhân dân huyện thông báo để các cơ quan, đơn vị, tổ chức liên quan và "
            "nhân dân được biết."
        ),
    ),
    Sentence(
        (
            "https://baogialai.com.vn/gia-lai-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2024-post283068.html"
        ),
        (
            "Theo số liệu thống kê công bố, 6 tháng đầu năm, tổng sản phẩm trên địa bàn tỉnh "
            "(GRDP) ước tính tăng 3,02% so với cùng kỳ năm 2023."
        ),
        (
            "Theo số liệu thống kê công bố, sáu tháng đầu năm, tổng sản phẩm trên địa bàn tỉnh ước "
            "tính tăng ba phẩy không hai phần trăm so với cùng kỳ năm hai nghìn không trăm hai "
            "mươi ba."
        ),
    ),
    Sentence(
        (
            "https://baogialai.com.vn/gia-lai-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2024-post283068.html"
        ),
        (
            "Trong đó, khu vực nông-lâm nghiệp và thủy sản tăng 4,26%; khu vực công nghiệp, xây "
            "dựng tăng 0,4%; khu vực dịch vụ tăng 3,84%; khu vực dịch vụ tăng 3,84%."
        ),
        (
            "Trong đó, khu vực nông lâm nghiệp và thủy sản tăng bốn phẩy hai mươi sáu phần trăm; "
            "khu vực công nghiệp, xây dựng tăng không phẩy bốn phần trăm; khu vực dịch vụ tăng ba "
            "phẩy tám mươi tư phần trăm; khu vực dịch vụ tăng ba phẩy tám mươi tư phần trăm."
        ),
    ),
    Sentence(
        (
            "https://baogialai.com.vn/gia-lai-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2024-post283068.html"
        ),
        (
            "Bên cạnh đó, tổng doanh thu bán lẻ hàng hóa đạt 29.232,75 tỷ đồng, tăng 8,95% so với "
            "cùng kỳ năm 2023; kim ngạch xuất khẩu của tỉnh ước đạt 525 triệu USD, đạt 70% so kế "
            "hoạch, tăng 16,98% so với cùng kỳ."
        ),
        (
            "Bên cạnh đó, tổng doanh thu bán lẻ hàng hóa đạt hai mươi chín nghìn hai trăm ba mươi "
            "hai phẩy bảy mươi lăm tỷ đồng, tăng tám phẩy chín mươi lăm phần trăm so với cùng kỳ "
            "năm hai nghìn không trăm hai mươi ba; kim ngạch xuất khẩu của tỉnh ước đạt năm trăm "
            "hai mươi lăm triệu đô la Mỹ, đạt bảy mươi phần trăm so kế hoạch, tăng mười sáu phẩy "
            "chín mươi tám phần trăm so với cùng kỳ."
        ),
    ),
    Sentence(
        (
            "https://baogialai.com.vn/gia-lai-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2024-post283068.html"
        ),
        (
            "Tổng thu ngân sách nhà nước ước đạt 3.370 tỷ đồng, tăng 17,7% so với cùng kỳ năm 2023 "
            "và đạt 59,9% so với dự toán Trung ương giao, đạt 58% dự toán HĐND tỉnh giao..."
        ),
        (
            "Tổng thu ngân sách nhà nước ước đạt ba nghìn ba trăm bảy mươi tỷ đồng, tăng mười bảy "
            "phẩy bảy phần trăm so với cùng kỳ năm hai nghìn không trăm hai mươi ba và đạt năm "
            "mươi chín phẩy chín phần trăm so với dự toán Trung ương giao, đạt năm mươi tám phần "
            "trăm dự toán Hội đồng nhân dân tỉnh giao..."
        ),
    ),
    Sentence(
        (
            "https://baogialai.com.vn/gia-lai-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2024-post283068.html"
        ),
        (
            "Đáng chú ý, 6 tháng đầu năm có 500 doanh nghiệp thành lập mới, tăng 7,6% so với cùng "
            "kỳ; tổng vốn đăng ký là 5.125 tỷ đồng, tăng 9,5% so với cùng kỳ."
        ),
        (
            "Đáng chú ý, sáu tháng đầu năm có năm trăm doanh nghiệp thành lập mới, tăng bảy phẩy "
            "sáu phần trăm so với cùng kỳ; tổng vốn đăng ký là năm nghìn một trăm hai mươi lăm tỷ "
            "đồng, tăng chín phẩy năm phần trăm so với cùng kỳ."
        ),
    ),
    Sentence(
        (
            "https://baogialai.com.vn/gia-lai-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2024-post283068.html"
        ),
        (
            "Chỉ số giá tiêu dùng (CPI) tháng 6 tăng 0,55% so với tháng trước, tăng 3,52% so với "
            "cùng kỳ; bình quân 6 tháng tăng 3,68% so với cùng kỳ."
        ),
        (
            "Chỉ số giá tiêu dùng tháng sáu tăng không phẩy năm mươi lăm phần trăm so với tháng "
            "trước, tăng ba phẩy năm mươi hai phần trăm so với cùng kỳ; bình quân sáu tháng tăng "
            "ba phẩy sáu mươi tám phần trăm so với cùng kỳ."
        ),
    ),
    Sentence(
        (
            "https://baogialai.com.vn/gia-lai-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2024-post283068.html"
        ),
        (
            "Số lao động được giải quyết việc làm trên địa bàn tỉnh là 15.360 lao động, đạt 57,31% "
            "kế hoạch, tăng 1,06% so cùng kỳ."
        ),
        (
            "Số lao động được giải quyết việc làm trên địa bàn tỉnh là mười lăm nghìn ba trăm sáu "
            "mươi lao động, đạt năm mươi bảy phẩy ba mươi mốt phần trăm kế hoạch, tăng một phẩy "
            "không sáu phần trăm so cùng kỳ."
        ),
    ),
    Sentence(
        "https://baobariavungtau.com.vn/kinh-te/202306/grdp-6-thang-dau-nam-tang-241-983195/",
        (
            "Chiều 28/6, Cục Thống kê tỉnh đã tổ chức họp báo công bố số liệu kinh tế - xã hội 6 "
            "tháng đầu năm 2023 và dự báo mức tăng trưởng 6 tháng cuối năm 2023."
        ),
        (
            "Chiều hai mươi tám tháng sáu, Cục Thống kê tỉnh đã tổ chức họp báo công bố số liệu "
            "kinh tế - xã hội sáu tháng đầu năm hai nghìn không trăm hai mươi ba và dự báo mức "
            "tăng trưởng sáu tháng cuối năm hai nghìn không trăm hai mươi ba."
        ),
        (
            (
                "Chiều ngày hai mươi tám tháng sáu, Cục Thống kê tỉnh đã tổ chức họp báo công bố "
                "số liệu kinh tế - xã hội sáu tháng đầu năm hai nghìn không trăm hai mươi ba và dự "
                "báo mức tăng trưởng sáu tháng cuối năm hai nghìn không trăm hai mươi ba."
            ),
        ),
    ),
    Sentence(
        "https://baobariavungtau.com.vn/kinh-te/202306/grdp-6-thang-dau-nam-tang-241-983195/",
        (
            "Cụ thể, tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí theo giá so sánh năm 2010 tăng "
            "2,41% so với cùng kỳ năm trước."
        ),
        (
            "Cụ thể, tổng sản phẩm trên địa bàn trừ dầu khí theo giá so sánh năm hai nghìn không "
            "trăm mười tăng hai phẩy bốn mươi mốt phần trăm so với cùng kỳ năm trước."
        ),
    ),
    Sentence(
        "https://baobariavungtau.com.vn/kinh-te/202306/grdp-6-thang-dau-nam-tang-241-983195/",
        (
            "Trong đó, khu vực nông nghiệp, lâm nghiệp và thủy sản tăng 3,26%; công nghiệp và xây "
            "dựng tăng 2,85%; khu vực dịch vụ tăng 2,56%."
        ),
        (
            "Trong đó, khu vực nông nghiệp, lâm nghiệp và thủy sản tăng ba phẩy hai mươi sáu phần "
            "trăm; công nghiệp và xây dựng tăng hai phẩy tám mươi lăm phần trăm; khu vực dịch vụ "
            "tăng hai phẩy năm mươi sáu phần trăm."
        ),
    ),
    Sentence(
        "https://baobariavungtau.com.vn/kinh-te/202306/grdp-6-thang-dau-nam-tang-241-983195/",
        (
            "Riêng sản xuất công nghiệp có dấu hiệu phục hồi, chỉ số công nghiệp (trừ dầu thô và "
            "khí đốt) ước tăng 6,25% so cùng kỳ."
        ),
        (
            "Riêng sản xuất công nghiệp có dấu hiệu phục hồi, chỉ số công nghiệp (trừ dầu thô và "
            "khí đốt) ước tăng sáu phẩy hai mươi lăm phần trăm so cùng kỳ."
        ),
    ),
    Sentence(
        "https://baobariavungtau.com.vn/kinh-te/202306/grdp-6-thang-dau-nam-tang-241-983195/",
        "Kinh doanh thương mại sôi động trở lại với tổng mức bán lẻ hàng hóa tăng 13,53%.",
        (
            "Kinh doanh thương mại sôi động trở lại với tổng mức bán lẻ hàng hóa tăng mười ba phẩy "
            "năm mươi ba phần trăm."
        ),
    ),
    Sentence(
        "https://baobariavungtau.com.vn/kinh-te/202306/grdp-6-thang-dau-nam-tang-241-983195/",
        "Về dịch vụ lưu trú, 6 tháng đầu năm tăng 17,01%.",
        "Về dịch vụ lưu trú, sáu tháng đầu năm tăng mười bảy phẩy không một phần trăm.",
    ),
    Sentence(
        (
            "https://soha.vn/ngoai-bac-giang-khanh-hoa-va-thanh-hoa-nhung-dia-phuong-nao-cung-ghi-nhan-grdp-tang-truong-2-con-so-trong-nua-dau-nam-2024-198240709153019718.htm"
        ),
        (
            "Theo số liệu của Tổng cục Thống kê, GDP 6 tháng đầu năm 2024 tăng 6,42%, chỉ thấp hơn "
            "tốc độ tăng 6,58% của 6 tháng đầu năm 2022 trong giai đoạn 2020-2024."
        ),
        (
            "Theo số liệu của Tổng cục Thống kê, tổng sản phẩm trong nước sáu tháng đầu năm hai "
            "nghìn không trăm hai mươi tư tăng sáu phẩy bốn mươi hai phần trăm, chỉ thấp hơn tốc "
            "độ tăng sáu phẩy năm mươi tám phần trăm của sáu tháng đầu năm hai nghìn không trăm "
            "hai mươi hai trong giai đoạn hai nghìn không trăm hai mươi - hai nghìn không trăm hai "
            "mươi tư."
        ),
        (
            (
                "Theo số liệu của Tổng cục Thống kê, tổng sản phẩm trong nước sáu tháng đầu năm "
                "hai nghìn không trăm hai mươi tư tăng sáu phẩy bốn mươi hai phần trăm, chỉ thấp "
                "hơn tốc độ tăng sáu phẩy năm mươi tám phần trăm của sáu tháng đầu năm hai nghìn "
                "không trăm hai mươi hai trong giai đoạn hai nghìn không trăm hai mươi đến hai "
                "nghìn không trăm hai mươi tư."
            ),
            (
                "Theo số liệu của Tổng cục Thống kê, gờ đê pê sáu tháng đầu năm hai nghìn không "
                "trăm hai mươi tư tăng sáu phẩy bốn mươi hai phần trăm, chỉ thấp hơn tốc độ tăng "
                "sáu phẩy năm mươi tám phần trăm của sáu tháng đầu năm hai nghìn không trăm hai "
                "mươi hai trong giai đoạn hai nghìn không trăm hai mươi - hai nghìn không trăm hai "
                "mươi tư."
            ),
        ),
    ),
    Sentence(
        (
            "https://soha.vn/ngoai-bac-giang-khanh-hoa-va-thanh-hoa-nhung-dia-phuong-nao-cung-ghi-nhan-grdp-tang-truong-2-con-so-trong-nua-dau-nam-2024-198240709153019718.htm"
        ),
        (
            "Theo đó, xét theo từng địa phương, Bắc Giang dẫn đầu cả nước với tăng trưởng GRDP "
            "trong nửa đầu năm 2024 đạt 14,14%."
        ),
        (
            "Theo đó, xét theo từng địa phương, Bắc Giang dẫn đầu cả nước với tăng trưởng tổng sản "
            "phẩm trên địa bàn trong nửa đầu năm hai nghìn không trăm hai mươi tư đạt mười bốn "
            "phẩy mười bốn phần trăm."
        ),
    ),
    Sentence(
        (
            "https://soha.vn/ngoai-bac-giang-khanh-hoa-va-thanh-hoa-nhung-dia-phuong-nao-cung-ghi-nhan-grdp-tang-truong-2-con-so-trong-nua-dau-nam-2024-198240709153019718.htm"
        ),
        "Đứng ở vị trí thứ hai là Khánh Hòa với GRDP tăng 12,73%.",
        (
            "Đứng ở vị trí thứ hai là Khánh Hòa với tổng sản phẩm trên địa bàn tăng mười hai phẩy "
            "bảy mươi ba phần trăm."
        ),
    ),
    Sentence(
        (
            "https://soha.vn/ngoai-bac-giang-khanh-hoa-va-thanh-hoa-nhung-dia-phuong-nao-cung-ghi-nhan-grdp-tang-truong-2-con-so-trong-nua-dau-nam-2024-198240709153019718.htm"
        ),
        (
            "Với tốc độ tăng trưởng GRDP ước đạt 11,5%, Thanh Hóa là địa phương có tăng trưởng "
            "kinh tế cao thứ 3 cả nước."
        ),
        (
            "Với tốc độ tăng trưởng tổng sản phẩm trên địa bàn ước đạt mười một phẩy năm phần "
            "trăm, Thanh Hóa là địa phương có tăng trưởng kinh tế cao thứ ba cả nước."
        ),
    ),
    Sentence(
        (
            "https://soha.vn/ngoai-bac-giang-khanh-hoa-va-thanh-hoa-nhung-dia-phuong-nao-cung-ghi-nhan-grdp-tang-truong-2-con-so-trong-nua-dau-nam-2024-198240709153019718.htm"
        ),
        (
            "Không chỉ có 3 địa phương kể trên, theo số liệu của Tổng cục Thống kê, có 4 tỉnh, "
            "thành phố khác cũng ghi nhận tăng trưởng GRDP vượt ngưỡng 10%."
        ),
        (
            "Không chỉ có ba địa phương kể trên, theo số liệu của Tổng cục Thống kê, có bốn tỉnh, "
            "thành phố khác cũng ghi nhận tăng trưởng tổng sản phẩm trên địa bàn vượt ngưỡng mười "
            "phần trăm."
        ),
    ),
    Sentence(
        (
            "https://soha.vn/ngoai-bac-giang-khanh-hoa-va-thanh-hoa-nhung-dia-phuong-nao-cung-ghi-nhan-grdp-tang-truong-2-con-so-trong-nua-dau-nam-2024-198240709153019718.htm"
        ),
        "Hà Nam: 10,39%",
        "Hà Nam: mười phẩy ba mươi chín phần trăm",
    ),
    Sentence(
        (
            "https://soha.vn/ngoai-bac-giang-khanh-hoa-va-thanh-hoa-nhung-dia-phuong-nao-cung-ghi-nhan-grdp-tang-truong-2-con-so-trong-nua-dau-nam-2024-198240709153019718.htm"
        ),
        (
            "Tổng sản phẩm trong tỉnh (GRDP) 6 tháng đầu năm 2024 (theo giá so sánh 2010) ước đạt "
            "26.891 tỷ đồng, tăng 10,35% so với cùng kỳ năm 2023."
        ),
        (
            "Tổng sản phẩm trong tỉnh sáu tháng đầu năm hai nghìn không trăm hai mươi tư (theo giá "
            "so sánh hai nghìn không trăm mười) ước đạt hai mươi sáu nghìn tám trăm chín mươi mốt "
            "tỷ đồng, tăng mười phẩy ba mươi lăm phần trăm so với cùng kỳ năm hai nghìn không trăm "
            "hai mươi ba."
        ),
    ),
    Sentence(
        (
            "https://thainguyentv.vn/du-uoc-toc-do-tang-truong-kinh-te-6-thang-dau-nam-dat-65-85099.html"
        ),
        (
            "Khu vực công nghiệp và xây dựng tăng 6,78%, đóng góp 3,93 điểm phần trăm vào mức tăng "
            "trưởng chung."
        ),
        (
            "Khu vực công nghiệp và xây dựng tăng sáu phẩy bảy mươi tám phần trăm, đóng góp ba "
            "phẩy chín mươi ba điểm phần trăm vào mức tăng trưởng chung."
        ),
    ),
    Sentence(
        (
            "https://thainguyentv.vn/du-uoc-toc-do-tang-truong-kinh-te-6-thang-dau-nam-dat-65-85099.html"
        ),
        (
            "Tỷ trọng khu vực công nghiệp - xây dựng chiếm 56,34%, khu vực dịch vụ và thuế sản "
            "phẩm chiếm 31,31% và khu vực nông, lâm nghiệp, thủy sản chiếm 12,35%./."
        ),
        (
            "Tỷ trọng khu vực công nghiệp - xây dựng chiếm năm mươi sáu phẩy ba mươi tư phần trăm, "
            "khu vực dịch vụ và thuế sản phẩm chiếm ba mươi mốt phẩy ba mươi mốt phần trăm và khu "
            "vực nông, lâm nghiệp, thủy sản chiếm mười hai phẩy ba mươi lăm phần trăm."
        ),
    ),
    Sentence(
        (
            "https://baoquangnam.vn/kinh-te-quang-nam-dat-muc-tang-truong-duong-cham-dut-2-nam-tang-truong-am-3137680.html"
        ),
        (
            "Tổng thu ngân sách nhà nước 6 tháng là 12.221 tỷ đồng, đạt 51,8% so với nghị quyết đề "
            "ra (23.600 tỷ đồng) và tăng 2,5% so với cùng kỳ năm 2023; trong đó, thu nội địa "
            "10.152 tỷ đồng, đạt 50,51% và thu xuất nhập khẩu là 3.224 tỷ đồng, đạt 59%."
        ),
        (
            "Tổng thu ngân sách nhà nước sáu tháng là mười hai nghìn hai trăm hai mươi mốt tỷ "
            "đồng, đạt năm mươi mốt phẩy tám phần trăm so với nghị quyết đề ra (hai mươi ba nghìn "
            "sáu trăm tỷ đồng) và tăng hai phẩy năm phần trăm so với cùng kỳ năm hai nghìn không "
            "trăm hai mươi ba; trong đó, thu nội địa mười nghìn một trăm năm mươi hai tỷ đồng, đạt "
            "năm mươi phẩy năm mươi mốt phần trăm và thu xuất nhập khẩu là ba nghìn hai trăm hai "
            "mươi tư tỷ đồng, đạt năm mươi chín phần trăm."
        ),
    ),
    Sentence(
        (
            "https://baoquangnam.vn/kinh-te-quang-nam-dat-muc-tang-truong-duong-cham-dut-2-nam-tang-truong-am-3137680.html"
        ),
        "Tiến độ giải ngân vốn đầu tư công cao hơn bình quân so với cùng kỳ.",
        "Tiến độ giải ngân vốn đầu tư công cao hơn bình quân so với cùng kỳ.",
    ),
    Sentence(
        (
            "http://baoquangngai.vn/channel/2025/202111/tap-trung-hoan-thanh-nhiem-vu-nam-2021-3089237/"
        ),
        "Năm 2021, GRDP của tỉnh ước đạt trên 53.500 tỷ đồng, tăng 6% so với năm 2020.",
        (
            "Năm hai nghìn không trăm hai mươi mốt, tổng sản phẩm trên địa bàn của tỉnh ước đạt "
            "trên năm mươi ba nghìn năm trăm tỷ đồng, tăng sáu phần trăm so với năm hai nghìn "
            "không trăm hai mươi."
        ),
    ),
    Sentence(
        (
            "http://baoquangngai.vn/channel/2025/202111/tap-trung-hoan-thanh-nhiem-vu-nam-2021-3089237/"
        ),
        (
            "Giá trị sản xuất công nghiệp ước đạt 120.553 tỷ đồng, tăng 14% so với năm 2020, đạt "
            "94,8% kế hoạch năm."
        ),
        (
            "Giá trị sản xuất công nghiệp ước đạt một trăm hai mươi nghìn năm trăm năm mươi ba tỷ "
            "đồng, tăng mười bốn phần trăm so với năm hai nghìn không trăm hai mươi, đạt chín mươi "
            "tư phẩy tám phần trăm kế hoạch năm."
        ),
    ),
    Sentence(
        (
            "http://baoquangngai.vn/channel/2025/202111/tap-trung-hoan-thanh-nhiem-vu-nam-2021-3089237/"
        ),
        "Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%.",
        (
            "Tổng kế hoạch vốn đầu tư công trên ba nghìn năm trăm tám mươi tỷ đồng, đã giải ngân "
            "đạt sáu mươi hai phần trăm."
        ),
    ),
    Sentence(
        (
            "http://baoquangngai.vn/channel/2025/202111/tap-trung-hoan-thanh-nhiem-vu-nam-2021-3089237/"
        ),
        (
            "Kim ngạch xuất khẩu ước đạt 1,68 tỷ USD, tăng trên 19%; kim ngạch nhập khẩu ước đạt "
            "trên 2,5 tỷ USD, tăng 53,4%, vượt gần 47% kế hoạch."
        ),
        (
            "Kim ngạch xuất khẩu ước đạt một phẩy sáu mươi tám tỷ đô la Mỹ, tăng trên mười chín "
            "phần trăm; kim ngạch nhập khẩu ước đạt trên hai phẩy năm tỷ đô la Mỹ, tăng năm mươi "
            "ba phẩy bốn phần trăm, vượt gần bốn mươi bảy phần trăm kế hoạch."
        ),
    ),
    Sentence(
        "http://skvn.vn/grdp-uoc-tang-83-quy-mo-kinh-te-tphcm-chiem-gan-1-4-ca-nuoc/",
        "GRDP ước tăng 8,3%, quy mô kinh tế TPHCM chiếm gần 1/4 cả nước",
        (
            "Tổng sản phẩm trên địa bàn ước tăng tám phẩy ba phần trăm, quy mô kinh tế Thành phố "
            "Hồ Chí Minh chiếm gần một phần tư cả nước"
        ),
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--02102024-269711.htm",
        (
            "Sáng sớm nhiệt độ đo được ở mức từ 23- 24 độ, trời nhiều mây, không mưa; độ ẩm khoảng "
            "77%."
        ),
        (
            "Sáng sớm nhiệt độ đo được ở mức từ hai mươi ba đến hai mươi tư độ, trời nhiều mây, "
            "không mưa; độ ẩm khoảng bảy mươi bảy phần trăm."
        ),
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--02102024-269711.htm",
        "Từ 9 giờ, nhiệt độ tăng nhẹ khi trời giảm mây.",
        "Từ chín giờ, nhiệt độ tăng nhẹ khi trời giảm mây.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--02102024-269711.htm",
        "Đến khoảng 10 giờ nhiệt độ tăng lên mức 26 độ.",
        "Đến khoảng mười giờ nhiệt độ tăng lên mức hai mươi sáu độ.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--02102024-269711.htm",
        "Trời có nắng hanh.",
        "Trời có nắng hanh.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--02102024-269711.htm",
        "Vào khoảng 12-16 giờ, nhiệt độ lên mức cao nhất trong ngày là 28 độ rồi sau đó giảm dần.",
        (
            "Vào khoảng mười hai đến mười sáu giờ, nhiệt độ lên mức cao nhất trong ngày là hai "
            "mươi tám độ rồi sau đó giảm dần."
        ),
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--02102024-269711.htm",
        "Đến khi trời tối, nhiệt độ ở vào khoảng 25 độ.",
        "Đến khi trời tối, nhiệt độ ở vào khoảng hai mươi lăm độ.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--02102024-269711.htm",
        "Độ ẩm ban ngày giảm thấp còn từ 47- 69%.",
        "Độ ẩm ban ngày giảm thấp còn từ bốn mươi bảy đến sáu mươi chín phần trăm.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/du-bao-thoi-tiet-08072024-250114.htm",
        (
            "Sau 8 giờ trời giảm mây, nhiệt độ lên mức 32 độ vào lúc 10 giờ rồi tiếp tục tăng lên "
            "34 độ vào giữa trưa."
        ),
        (
            "Sau tám giờ trời giảm mây, nhiệt độ lên mức ba mươi hai độ vào lúc mười giờ rồi tiếp "
            "tục tăng lên ba mươi tư độ vào giữa trưa."
        ),
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/du-bao-thoi-tiet-08072024-250114.htm",
        (
            "Mức nhiệt cao nhất trong ngày hôm nay là 35 độ sẽ duy trì từ 13-15 giờ chiều khi trời "
            "có nắng với cường độ mạnh hơn, rồi sau đó hạ dần."
        ),
        (
            "Mức nhiệt cao nhất trong ngày hôm nay là ba mươi lăm độ sẽ duy trì từ mười ba đến "
            "mười lăm giờ chiều khi trời có nắng với cường độ mạnh hơn, rồi sau đó hạ dần."
        ),
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/du-bao-thoi-tiet-08072024-250114.htm",
        "Đến lúc trời tối nền nhiệt ở mức 31 độ.",
        "Đến lúc trời tối nền nhiệt ở mức ba mươi mốt độ.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/du-bao-thoi-tiet-08072024-250114.htm",
        "Độ ẩm trong ngày từ 60 - 73%.",
        "Độ ẩm trong ngày từ sáu mươi đến bảy mươi ba phần trăm.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--22072024-253186.htm",
        "Sáng sớm trời nhiều mây, nhiệt độ khoảng 26-27 độ, độ ẩm trên 90%.",
        (
            "Sáng sớm trời nhiều mây, nhiệt độ khoảng hai mươi sáu đến hai mươi bảy độ, độ ẩm trên "
            "chín mươi phần trăm."
        ),
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--22072024-253186.htm",
        "Sau 8 giờ nhiệt độ bắt đầu nhích tăng, đến 10 giờ nhiệt độ ở mức 30 độ.",
        "Sau tám giờ nhiệt độ bắt đầu nhích tăng, đến mười giờ nhiệt độ ở mức ba mươi độ.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--22072024-253186.htm",
        "Khoảng từ 12-14 giờ nền nhiệt tăng lên 32 độ.",
        "Khoảng từ mười hai đến mười bốn giờ nền nhiệt tăng lên ba mươi hai độ.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--22072024-253186.htm",
        "Đây là mức nhiệt cao nhất trong ngày rồi sau đó giảm dần.",
        "Đây là mức nhiệt cao nhất trong ngày rồi sau đó giảm dần.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--22072024-253186.htm",
        "Nền nhiệt giảm xuống còn 29 độ khi trời tối.",
        "Nền nhiệt giảm xuống còn hai mươi chín độ khi trời tối.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--22072024-253186.htm",
        "Độ ẩm trong ngày khá cao từ 76 - 87%.",
        "Độ ẩm trong ngày khá cao từ bảy mươi sáu đến tám mươi bảy phần trăm.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--16112024-280701.htm",
        "Từ sau 9 giờ, nắng sẽ lên làm sương tan dần, nền nhiệt nhích tăng.",
        "Từ sau chín giờ, nắng sẽ lên làm sương tan dần, nền nhiệt nhích tăng.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--16112024-280701.htm",
        "Đến 10 giờ, nhiệt lên mức 27 độ, sau đó tiếp tục tăng lên 30 độ vào giữa trưa.",
        (
            "Đến mười giờ, nhiệt lên mức hai mươi bảy độ, sau đó tiếp tục tăng lên ba mươi độ vào "
            "giữa trưa."
        ),
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--16112024-280701.htm",
        "Nhiệt độ cao nhất trong ngày hôm nay duy trì ở 31 độ trong khoảng từ 14-15 giờ.",
        (
            "Nhiệt độ cao nhất trong ngày hôm nay duy trì ở ba mươi mốt độ trong khoảng từ mười "
            "bốn đến mười lăm giờ."
        ),
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--16112024-280701.htm",
        "Sau 17 giờ, nhiệt độ giảm dần.",
        "Sau mười bảy giờ, nhiệt độ giảm dần.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--16112024-280701.htm",
        "Khi trời tối, duy trì quanh ngưỡng 24-26 độ.",
        "Khi trời tối, duy trì quanh ngưỡng hai mươi tư đến hai mươi sáu độ.",
    ),
    Sentence(
        "https://beta-hn.tek4tv.vn/Du-bao-thoi-tiet--16112024-280701.htm",
        "Độ ẩm trong ngày từ 64% - 95%.",
        "Độ ẩm trong ngày từ sáu mươi tư phần trăm đến chín mươi lăm phần trăm.",
        ("Độ ẩm trong ngày từ sáu mươi tư đến chín mươi lăm phần trăm.",),
    ),
    Sentence(
        "https://vietbao.vn/tphcm-sap-co-mua-vang-giai-nhiet-nhung-ngay-toi-481376.html",
        (
            "Nhiệt độ cao nhất tại miền Đông phổ biến 35-37 độ C, có nơi trên 37 độ C; miền Tây "
            "34-36 độ C."
        ),
        (
            "Nhiệt độ cao nhất tại miền Đông phổ biến ba mươi lăm đến ba mươi bảy độ C, có nơi "
            "trên ba mươi bảy độ C; miền Tây ba mươi tư đến ba mươi sáu độ C."
        ),
    ),
    Sentence(
        "https://vietbao.vn/tphcm-sap-co-mua-vang-giai-nhiet-nhung-ngay-toi-481376.html",
        (
            "Trong 48-72 giờ tới, vùng áp thấp nóng phía Tây nối với rãnh áp thấp 24-27 độ vĩ bắc "
            "bị nén và làm đầy bởi bộ phận áp cao lạnh từ phía bắc có cường độ không mạnh."
        ),
        (
            "Trong bốn mươi tám đến bảy mươi hai giờ tới, vùng áp thấp nóng phía Tây nối với rãnh "
            "áp thấp hai mươi tư đến hai mươi bảy độ vĩ bắc bị nén và làm đầy bởi bộ phận áp cao "
            "lạnh từ phía bắc có cường độ không mạnh."
        ),
    ),
)
