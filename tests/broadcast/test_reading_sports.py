# ruff: noqa: E501
"""Sports and culture sentences (issue 17, round 8): the reader on match results and
scores (with team names between the verb and the score, lists of set scores, a
bracket of set or penalty scores), race times and distances, rankings and medals,
seasons ("V.League 2025/26"), festivals on lunar dates ("mùng 10/3 âm lịch", "tháng
Giêng", "tháng Chạp"), ticket prices and audiences. Written for this file, modelled on
match reports and festival news of the training sites, with the reading written by
hand before the reader ran; alternatives are the ones the corpus README accepts.
Compared as the corpus scorer compares (tests/broadcast/reading.heard_as).
"""

from __future__ import annotations

import pytest

from .reading import heard_as, messages

Y25 = "hai nghìn không trăm hai mươi lăm"
Y26 = "hai nghìn không trăm hai mươi sáu"

CASES: list[tuple[str, ...]] = [
    (
        "Thể Công thắng Hải Phòng 3-1 trên sân Hàng Đẫy.",
        "Thể Công thắng Hải Phòng ba - một trên sân Hàng Đẫy.",
    ),
    (
        "Hai đội hòa 0-0 sau 90 phút thi đấu chính thức.",
        "Hai đội hòa không - không sau chín mươi phút thi đấu chính thức.",
    ),
    (
        "Trận đấu kết thúc với tỉ số 2-2 (pen 4-3).",
        "Trận đấu kết thúc với tỉ số hai - hai (pen bốn - ba).",
    ),
    (
        "Việt Nam thắng Thái Lan 3-2 sau loạt sút luân lưu.",
        "Việt Nam thắng Thái Lan ba - hai sau loạt sút luân lưu.",
    ),
    (
        "Tuyển bóng chuyền nữ thắng 3-0 với các set đấu 25-23, 25-18, 25-20.",
        "Tuyển bóng chuyền nữ thắng ba - không với các set đấu hai mươi lăm - hai mươi ba, hai mươi lăm - mười tám, hai mươi lăm - hai mươi.",
    ),
    (
        "Vận động viên về nhất với thời gian 2 giờ 05 phút 30 giây.",
        "Vận động viên về nhất với thời gian hai giờ năm phút ba mươi giây.",
    ),
    (
        "Nguyễn Thị Oanh về đích với thành tích 1:02:35.",
        "Nguyễn Thị Oanh về đích với thành tích một giờ hai phút ba mươi lăm giây.",
    ),
    ("Đội tuyển xếp hạng 3 chung cuộc.", "Đội tuyển xếp hạng ba chung cuộc."),
    (
        "Đoàn thể thao Việt Nam giành 87 HCV, 81 HCB và 110 HCĐ.",
        "Đoàn thể thao Việt Nam giành tám mươi bảy huy chương vàng, tám mươi mốt huy chương bạc và một trăm mười huy chương đồng.",
    ),
    (
        "Vòng 5 V.League 2025/26 diễn ra vào cuối tuần này.",
        f"Vòng năm V.League {Y25} - {Y26} diễn ra vào cuối tuần này.",
    ),
    (
        "Đoàn Việt Nam đặt mục tiêu đứng trong top 3 tại SEA Games 33.",
        "Đoàn Việt Nam đặt mục tiêu đứng trong top ba tại SEA Games ba mươi ba.",
    ),
    (
        "U23 Việt Nam thắng U23 Lào 2-0.",
        "U hai mươi ba Việt Nam thắng U hai mươi ba Lào hai - không.",
    ),
    (
        "Lễ hội chùa Hương khai mạc vào ngày mùng 6 tháng Giêng.",
        "Lễ hội chùa Hương khai mạc vào ngày mùng sáu tháng Giêng.",
    ),
    (
        "Giỗ Tổ Hùng Vương được tổ chức vào mùng 10/3 âm lịch.",
        "Giỗ Tổ Hùng Vương được tổ chức vào mùng mười tháng ba âm lịch.",
    ),
    ("Lễ hội diễn ra vào đêm rằm tháng Giêng.", "Lễ hội diễn ra vào đêm rằm tháng Giêng."),
    (
        "Giá vé xem trận chung kết từ 200.000-500.000 đồng.",
        "Giá vé xem trận chung kết từ hai trăm nghìn đến năm trăm nghìn đồng.",
    ),
    (
        "Hơn 10.000 khán giả có mặt trên sân Mỹ Đình.",
        "Hơn mười nghìn khán giả có mặt trên sân Mỹ Đình.",
    ),
    (
        "Phút 45+2, Tiến Linh ghi bàn nâng tỉ số lên 2-1.",
        "Phút bốn mươi lăm cộng hai, Tiến Linh ghi bàn nâng tỉ số lên hai - một.",
    ),
    (
        "Đội bóng đang đứng thứ 2 với 25 điểm sau 12 trận.",
        "Đội bóng đang đứng thứ hai với hai mươi lăm điểm sau mười hai trận.",
    ),
    (
        "Giải chạy có 3 cự ly 5km, 10km và 21km.",
        "Giải chạy có ba cự ly năm ki-lô-mét, mười ki-lô-mét và hai mươi mốt ki-lô-mét.",
    ),
    (
        "Cự ly 42,195km dành cho các vận động viên chuyên nghiệp.",
        "Cự ly bốn mươi hai phẩy một trăm chín mươi lăm ki-lô-mét dành cho các vận động viên chuyên nghiệp.",
        "Cự ly bốn mươi hai phẩy một chín năm ki-lô-mét dành cho các vận động viên chuyên nghiệp.",
    ),
    ("Quang Hải ghi bàn ở phút 78.", "Quang Hải ghi bàn ở phút bảy mươi tám."),
    (
        "Ánh Viên phá kỷ lục 200m hỗn hợp với thời gian 2 phút 13 giây 16.",
        "Ánh Viên phá kỷ lục hai trăm mét hỗn hợp với thời gian hai phút mười ba giây mười sáu.",
    ),
    (
        "Vận động viên chạy 100m trong 10,25 giây.",
        "Vận động viên chạy một trăm mét trong mười phẩy hai mươi lăm giây.",
    ),
    (
        "Cô giành HCV nội dung 48kg nữ.",
        "Cô giành huy chương vàng nội dung bốn mươi tám ki-lô-gam nữ.",
    ),
    (
        "Đô cử Thạch Kim Tuấn cử tổng 297kg.",
        "Đô cử Thạch Kim Tuấn cử tổng hai trăm chín mươi bảy ki-lô-gam.",
    ),
    (
        "Giải đấu diễn ra từ ngày 5-15/12 tại Thái Lan.",
        "Giải đấu diễn ra từ ngày mồng năm đến mười lăm tháng mười hai tại Thái Lan.",
        "Giải đấu diễn ra từ ngày mồng năm đến ngày mười lăm tháng mười hai tại Thái Lan.",
    ),
    (
        "Trên bảng xếp hạng tháng 11/2025, Việt Nam đứng thứ 114.",
        f"Trên bảng xếp hạng tháng mười một năm {Y25}, Việt Nam đứng thứ một trăm mười bốn.",
    ),
    (
        "Hà Nội thắng 4-1 ở lượt đi và hòa 1-1 ở lượt về.",
        "Hà Nội thắng bốn - một ở lượt đi và hòa một - một ở lượt về.",
    ),
    ("Đội khách dẫn trước 1-0 sau hiệp 1.", "Đội khách dẫn trước một - không sau hiệp một."),
    (
        "Trận đấu bắt đầu lúc 19h15 tối nay.",
        "Trận đấu bắt đầu lúc mười chín giờ mười lăm tối nay.",
        "Trận đấu bắt đầu lúc mười chín giờ mười lăm phút tối nay.",
    ),
    (
        "Trận đấu diễn ra lúc 19 giờ 30 ngày 14/10 tại sân Thống Nhất.",
        "Trận đấu diễn ra lúc mười chín giờ ba mươi ngày mười bốn tháng mười tại sân Thống Nhất.",
        "Trận đấu diễn ra lúc mười chín giờ ba mươi phút ngày mười bốn tháng mười tại sân Thống Nhất.",
    ),
    (
        "Lễ hội Lồng Tồng diễn ra ngày 15/1 âm lịch hằng năm.",
        "Lễ hội Lồng Tồng diễn ra ngày mười lăm tháng Giêng âm lịch hằng năm.",
    ),
    ("Hội Lim được tổ chức vào 13 tháng Giêng.", "Hội Lim được tổ chức vào mười ba tháng Giêng."),
    (
        "Liên hoan phim Việt Nam lần thứ XXIV diễn ra tại Đà Nẵng.",
        "Liên hoan phim Việt Nam lần thứ hai mươi tư diễn ra tại Đà Nẵng.",
    ),
    (
        "Đêm nhạc thu hút khoảng 20.000 khán giả.",
        "Đêm nhạc thu hút khoảng hai mươi nghìn khán giả.",
    ),
    ("Vé ngồi có giá 150.000đ/người.", "Vé ngồi có giá một trăm năm mươi nghìn đồng một người."),
    (
        "Vé khán đài A giá 300.000 đồng, khán đài B giá 200.000 đồng.",
        "Vé khán đài A giá ba trăm nghìn đồng, khán đài B giá hai trăm nghìn đồng.",
    ),
    (
        "Giải quần vợt có tổng tiền thưởng 25.000 USD.",
        "Giải quần vợt có tổng tiền thưởng hai mươi lăm nghìn đô la Mỹ.",
    ),
    (
        "Đội tuyển nữ Việt Nam đứng thứ 37 thế giới với 1.600,5 điểm.",
        "Đội tuyển nữ Việt Nam đứng thứ ba mươi bảy thế giới với một nghìn sáu trăm phẩy năm điểm.",
    ),
    (
        "Tay vợt Lý Hoàng Nam thắng 2-0 (6-4, 7-5).",
        "Tay vợt Lý Hoàng Nam thắng hai - không (sáu - bốn, bảy - năm).",
    ),
    (
        "Trận chung kết kết thúc với tỉ số 6-4, 3-6, 7-6.",
        "Trận chung kết kết thúc với tỉ số sáu - bốn, ba - sáu, bảy - sáu.",
    ),
    (
        "Cờ vua: Lê Quang Liêm đạt 6,5/9 điểm.",
        "Cờ vua: Lê Quang Liêm đạt sáu phẩy năm trên chín điểm.",
    ),
    ("Hai đội hòa 2-2 sau 120 phút.", "Hai đội hòa hai - hai sau một trăm hai mươi phút."),
    (
        "Đội tuyển Việt Nam thua 0-3 trước Nhật Bản.",
        "Đội tuyển Việt Nam thua không - ba trước Nhật Bản.",
    ),
    (
        "Kết quả chung cuộc: Việt Nam 2-1 Indonesia.",
        "Kết quả chung cuộc: Việt Nam hai - một Indonesia.",
    ),
    (
        "Giải bóng đá U17 Quốc gia năm 2025 khởi tranh ngày 1/4.",
        f"Giải bóng đá U mười bảy Quốc gia năm {Y25} khởi tranh ngày mồng một tháng tư.",
    ),
    (
        "Cuộc thi có 150 VĐV đến từ 12 quốc gia.",
        "Cuộc thi có một trăm năm mươi vận động viên đến từ mười hai quốc gia.",
    ),
    (
        "Giải Marathon Quốc tế Di sản Hà Nội 2025 có 12.000 người tham gia.",
        f"Giải Marathon Quốc tế Di sản Hà Nội {Y25} có mười hai nghìn người tham gia.",
    ),
    ("Lễ hội Đền Hùng năm Ất Tỵ 2025.", f"Lễ hội Đền Hùng năm Ất Tỵ {Y25}."),
    ("Ngày 10 tháng 3 âm lịch là ngày Giỗ Tổ.", "Ngày mồng mười tháng ba âm lịch là ngày Giỗ Tổ."),
    (
        "Tết Nguyên đán năm nay rơi vào ngày 29/1/2025.",
        f"Tết Nguyên đán năm nay rơi vào ngày hai mươi chín tháng một năm {Y25}.",
    ),
    (
        "Đoàn đứng thứ 3 toàn đoàn với 25 HCV.",
        "Đoàn đứng thứ ba toàn đoàn với hai mươi lăm huy chương vàng.",
    ),
    (
        "Cô đạt thành tích 6m50 ở nội dung nhảy xa.",
        "Cô đạt thành tích sáu mét năm mươi ở nội dung nhảy xa.",
    ),
    ("Vận động viên nhảy cao 2m15.", "Vận động viên nhảy cao hai mét mười lăm."),
    (
        "Lượt trận thứ 7 diễn ra từ 18-20/10.",
        "Lượt trận thứ bảy diễn ra từ ngày mười tám đến ngày hai mươi tháng mười.",
        "Lượt trận thứ bảy diễn ra từ ngày mười tám đến hai mươi tháng mười.",
    ),
    ("Hà Tĩnh thắng 3-1, vươn lên thứ 4.", "Hà Tĩnh thắng ba - một, vươn lên thứ tư."),
    (
        "Giải bóng chuyền Cúp Hùng Vương lần thứ 19 năm 2025.",
        f"Giải bóng chuyền Cúp Hùng Vương lần thứ mười chín năm {Y25}.",
    ),
    (
        "Khán giả được vào xem miễn phí từ 8h-17h.",
        "Khán giả được vào xem miễn phí từ tám giờ đến mười bảy giờ.",
    ),
    (
        "Giải chạy 5k thu hút hơn 3.000 người.",
        "Giải chạy năm ki-lô-mét thu hút hơn ba nghìn người.",
    ),
    (
        "Cự ly 10K dành cho người từ 16 tuổi.",
        "Cự ly mười ki-lô-mét dành cho người từ mười sáu tuổi.",
    ),
    (
        "Mùa giải 2024-25 khép lại với chức vô địch của Nam Định.",
        f"Mùa giải hai nghìn không trăm hai mươi tư - {Y25} khép lại với chức vô địch của Nam Định.",
        f"Mùa giải hai nghìn không trăm hai mươi tư đến {Y25} khép lại với chức vô địch của Nam Định.",
    ),
    (
        "Ngày 23/12 âm lịch, người dân cúng ông Công ông Táo.",
        "Ngày hai mươi ba tháng Chạp âm lịch, người dân cúng ông Công ông Táo.",
    ),
    ("Công an Hà Nội đánh bại Bình Dương 2-1.", "Công an Hà Nội đánh bại Bình Dương hai - một."),
    (
        "Thái Sơn Nam vượt qua Sahako 4-2 ở bán kết.",
        "Thái Sơn Nam vượt qua Sahako bốn - hai ở bán kết.",
    ),
    (
        "Đội đã thắng 3-4 trận liên tiếp.",
        "Đội đã thắng ba đến bốn trận liên tiếp.",
        "Đội đã thắng ba, bốn trận liên tiếp.",
    ),
    (
        "Sân vận động có sức chứa 40.000 chỗ ngồi.",
        "Sân vận động có sức chứa bốn mươi nghìn chỗ ngồi.",
    ),
    ("Giải thưởng cho đội vô địch là 3 tỷ đồng.", "Giải thưởng cho đội vô địch là ba tỷ đồng."),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_sports_and_culture_sentence(case: tuple[str, ...]) -> None:
    written, *readings = case
    assert heard_as(written, *readings)


def test_there_are_sixty_sports_sentences_or_more() -> None:
    assert len(CASES) >= 60
    assert len({c[0] for c in CASES}) == len(CASES)


# --- honesty: a score is said as one and listed as one -------------------------------


@pytest.mark.parametrize(
    ("written", "pair"),
    [
        ("Tay vợt thắng 2-0 (6-4, 7-5).", "7-5"),
        ("Trận đấu kết thúc với tỉ số 2-2 (pen 4-3).", "4-3"),
        ("Kết quả chung cuộc: Việt Nam 2-1 Indonesia.", "2-1"),
        ("Đội thắng Hải Phòng 3-1 trên sân khách.", "3-1"),
    ],
)
def test_every_score_of_a_list_is_listed_as_a_score(written: str, pair: str) -> None:
    assert f"'{pair}' được đọc là tỉ số trận đấu; nếu là khoảng, hãy sửa" in messages(written)


def test_a_count_after_thang_stays_a_range() -> None:
    # "thắng 3-4 trận": a word of counting after the pair, no score.
    assert heard_as("Đội đã thắng 3-4 trận.", "Đội đã thắng ba đến bốn trận.")


def test_a_pair_without_a_word_of_a_match_is_not_a_score() -> None:
    assert heard_as("Kế hoạch tiêm trong 3-4 ngày.", "Kế hoạch tiêm trong ba đến bốn ngày.")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Năm học 2025/2026 bắt đầu.", f"Năm học {Y25} - {Y26} bắt đầu."),
        ("Giai đoạn 2021-25.", f"Giai đoạn hai nghìn không trăm hai mươi mốt đến {Y25}."),
    ],
)
def test_two_years_in_a_row_are_a_season_never_a_share(written: str, spoken: str) -> None:
    assert heard_as(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Bảng A: Việt Nam 3-1 Lào.", "Bảng A: Việt Nam ba - một Lào."),
        ("Kết quả trận đấu: 2-0.", "Kết quả trận đấu: hai - không."),
    ],
)
def test_a_score_between_two_names_or_after_ket_qua_tran(written: str, spoken: str) -> None:
    assert heard_as(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A word of a date between the verb and the pair: a date, not a score.
        (
            "Đội giành thắng lợi ngày 25-9 trước đối thủ.",
            "Đội giành thắng lợi ngày hai mươi lăm tháng chín trước đối thủ.",
        ),
        # No word of a match in the line: a pair between two names is left to the
        # date reader ("Lễ 2-9"), as before.
        ("Nghỉ Lễ 2-9 Quốc khánh.", "Nghỉ Lễ mồng hai tháng chín Quốc khánh."),
    ],
)
def test_dates_stay_dates_near_score_words(written: str, spoken: str) -> None:
    assert heard_as(written, spoken)


@pytest.mark.parametrize(
    "written", ["Sáng thứ Hai (8/9), học sinh trở lại trường.", "Chủ nhật (14/9) diễn ra lễ hội."]
)
def test_a_date_in_brackets_after_a_weekday_is_not_listed(written: str) -> None:
    assert messages(written) == []


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cô về đích sau 2h05'30\".", "Cô về đích sau hai giờ năm phút ba mươi giây."),
        (
            'Anh bơi 100m tự do với thời gian 50"12.',
            "Anh bơi một trăm mét tự do với thời gian năm mươi giây mười hai.",
        ),
        ('Kỷ lục chạy 100m là 10"30.', "Kỷ lục chạy một trăm mét là mười giây ba mươi."),
        (
            "Thành tích 1'23\"45 ở nội dung 100m ếch.",
            "Thành tích một phút hai mươi ba giây bốn mươi lăm ở nội dung một trăm mét ếch.",
        ),
        ("Anh ghi bàn ở phút 45'.", "Anh ghi bàn ở phút bốn mươi lăm."),
        # A quotation is still a quotation.
        ('Cô nói "10 năm" là đủ.', "Cô nói mười năm là đủ."),
    ],
)
def test_race_times_with_primes(written: str, spoken: str) -> None:
    # "50\"12" was "năm nghìn không trăm mười hai", silently: the quote mark dropped.
    assert heard_as(written, spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Đại hội Thể dục thể thao lần thứ X.", "Đại hội Thể dục thể thao lần thứ mười."),
        ("Hội nghị khóa V.", "Hội nghị khóa năm."),
        # A person's initial stays a letter.
        ("Anh Nguyễn Văn X. cho biết.", "Anh Nguyễn Văn xờ cho biết."),
    ],
)
def test_a_roman_number_before_a_full_stop_is_no_initial(written: str, spoken: str) -> None:
    # "lần thứ X." was "lần thứ xờ", silently.
    assert heard_as(written, spoken)
