# ruff: noqa: E501
"""Economy and prices, traffic, agriculture (issue 17, round 8): the reader on prices
per unit (gold per tael, dollars per ounce and per barrel, dong per dollar, per square
metre per year), indices and signed changes, chainages ("Km 1.245+600"), plates,
speeds, yields per hectare, densities per square metre, litters. Written for this
file, modelled on market, traffic and farming news of the training sites; readings
written by hand, alternatives the ones the corpus README accepts. Compared as the
corpus scorer compares (tests/broadcast/reading.heard_as).
"""

from __future__ import annotations

import pytest

from .reading import heard_as, messages

Y24 = "hai nghìn không trăm hai mươi tư"
Y25 = "hai nghìn không trăm hai mươi lăm"
Y26 = "hai nghìn không trăm hai mươi sáu"
CASES: list[tuple[str, ...]] = [
    # economy and prices
    (
        "Tỷ giá trung tâm được niêm yết ở mức 25.400 VND/USD.",
        "Tỷ giá trung tâm được niêm yết ở mức hai mươi lăm nghìn bốn trăm đồng một đô la Mỹ.",
    ),
    (
        "Giá heo hơi dao động trong khoảng 62.000-65.000 đồng/kg.",
        "Giá heo hơi dao động trong khoảng sáu mươi hai nghìn đến sáu mươi lăm nghìn đồng một ki-lô-gam.",
    ),
    (
        "Kim ngạch xuất khẩu đạt 405,5 tỷ USD, tăng 14,3% so với cùng kỳ.",
        "Kim ngạch xuất khẩu đạt bốn trăm linh năm phẩy năm tỷ đô la Mỹ, tăng mười bốn phẩy ba phần trăm so với cùng kỳ.",
    ),
    (
        "Lãi suất tiết kiệm kỳ hạn 12 tháng ở mức 4,7-5,2%/năm.",
        "Lãi suất tiết kiệm kỳ hạn mười hai tháng ở mức bốn phẩy bảy đến năm phẩy hai phần trăm một năm.",
        "Lãi suất tiết kiệm kỳ hạn mười hai tháng ở mức bốn phẩy bảy đến năm phẩy hai phần trăm mỗi năm.",
    ),
    (
        "CPI tháng 10 tăng 0,33% so với tháng trước.",
        "Chỉ số giá tiêu dùng tháng mười tăng không phẩy ba mươi ba phần trăm so với tháng trước.",
    ),
    (
        "Giá cà phê hôm nay tăng 1.500 đồng/kg, lên 118.000 đồng/kg.",
        "Giá cà phê hôm nay tăng một nghìn năm trăm đồng một ki-lô-gam, lên một trăm mười tám nghìn đồng một ki-lô-gam.",
    ),
    (
        "Giá tiêu đạt 145.000-147.000 đồng/kg.",
        "Giá tiêu đạt một trăm bốn mươi lăm nghìn đến một trăm bốn mươi bảy nghìn đồng một ki-lô-gam.",
    ),
    (
        "GDP quý III/2025 tăng 8,22%.",
        f"Tổng sản phẩm trong nước quý ba năm {Y25} tăng tám phẩy hai mươi hai phần trăm.",
    ),
    (
        "Giá vàng thế giới ở mức 2.650 USD/ounce.",
        "Giá vàng thế giới ở mức hai nghìn sáu trăm năm mươi đô la Mỹ một ao-xơ.",
    ),
    (
        "Khối ngoại bán ròng hơn 1.200 tỷ đồng.",
        "Khối ngoại bán ròng hơn một nghìn hai trăm tỷ đồng.",
    ),
    (
        "Thanh khoản đạt 22.000 tỷ đồng, tương đương 850 triệu cổ phiếu.",
        "Thanh khoản đạt hai mươi hai nghìn tỷ đồng, tương đương tám trăm năm mươi triệu cổ phiếu.",
    ),
    (
        "Giá dầu thô giảm 1,2% xuống 73,5 USD/thùng.",
        "Giá dầu thô giảm một phẩy hai phần trăm xuống bảy mươi ba phẩy năm đô la Mỹ một thùng.",
    ),
    (
        "Doanh thu 9 tháng đạt 1.234 tỷ đồng, hoàn thành 78% kế hoạch năm.",
        "Doanh thu chín tháng đạt một nghìn hai trăm ba mươi tư tỷ đồng, hoàn thành bảy mươi tám phần trăm kế hoạch năm.",
    ),
    (
        "Lương cơ sở tăng lên 2,34 triệu đồng/tháng từ ngày 1/7/2024.",
        f"Lương cơ sở tăng lên hai phẩy ba mươi tư triệu đồng một tháng từ ngày mồng một tháng bảy năm {Y24}.",
        f"Lương cơ sở tăng lên hai phẩy ba mươi tư triệu đồng mỗi tháng từ ngày mồng một tháng bảy năm {Y24}.",
    ),
    (
        "Giá điện bình quân là 2.103,11 đồng/kWh.",
        "Giá điện bình quân là hai nghìn một trăm linh ba phẩy mười một đồng một ki-lô-oát giờ.",
    ),
    (
        "Dự án có tổng mức đầu tư 1.500 tỷ đồng.",
        "Dự án có tổng mức đầu tư một nghìn năm trăm tỷ đồng.",
    ),
    (
        "Giá thuê đất là 50.000 đồng/m²/năm.",
        "Giá thuê đất là năm mươi nghìn đồng một mét vuông một năm.",
        "Giá thuê đất là năm mươi nghìn đồng một mét vuông mỗi năm.",
    ),
    (
        "Giá vàng nhẫn tăng 500.000 đồng/lượng ở cả hai chiều mua - bán.",
        "Giá vàng nhẫn tăng năm trăm nghìn đồng một lượng ở cả hai chiều mua - bán.",
    ),
    (
        "Giá vàng miếng mua vào 118,5 triệu đồng, bán ra 120,5 triệu đồng.",
        "Giá vàng miếng mua vào một trăm mười tám phẩy năm triệu đồng, bán ra một trăm hai mươi phẩy năm triệu đồng.",
    ),
    (
        "Lạm phát cơ bản bình quân 9 tháng tăng 2,69%.",
        "Lạm phát cơ bản bình quân chín tháng tăng hai phẩy sáu mươi chín phần trăm.",
    ),
    (
        "Vốn FDI thực hiện đạt 18,8 tỷ USD, tăng 7,7%.",
        "Vốn đầu tư trực tiếp nước ngoài thực hiện đạt mười tám phẩy tám tỷ đô la Mỹ, tăng bảy phẩy bảy phần trăm.",
    ),
    (
        "Thu ngân sách đạt 1,57 triệu tỷ đồng.",
        "Thu ngân sách đạt một phẩy năm mươi bảy triệu tỷ đồng.",
    ),
    (
        "Giá thép giảm 100.000-200.000 đồng/tấn.",
        "Giá thép giảm một trăm nghìn đến hai trăm nghìn đồng một tấn.",
    ),
    (
        "Giá trứng gà 28.000-30.000 đồng/chục.",
        "Giá trứng gà hai mươi tám nghìn đến ba mươi nghìn đồng một chục.",
    ),
    (
        "Tăng trưởng tín dụng đạt 9,5% so với cuối năm 2024.",
        f"Tăng trưởng tín dụng đạt chín phẩy năm phần trăm so với cuối năm {Y24}.",
    ),
    (
        "Lãi suất cho vay giảm 0,5-1 điểm phần trăm.",
        "Lãi suất cho vay giảm không phẩy năm đến một điểm phần trăm.",
    ),
    (
        "Cà phê giao tháng 1/2026 giá 4.500 USD/tấn.",
        f"Cà phê giao tháng một năm {Y26} giá bốn nghìn năm trăm đô la Mỹ một tấn.",
    ),
    (
        "Chỉ số giá tiêu dùng quý III/2025 tăng 3,27% so với cùng kỳ.",
        f"Chỉ số giá tiêu dùng quý ba năm {Y25} tăng ba phẩy hai mươi bảy phần trăm so với cùng kỳ.",
    ),
    (
        "Doanh nghiệp nộp thuế 2.500 tỷ đồng trong 6 tháng đầu năm.",
        "Doanh nghiệp nộp thuế hai nghìn năm trăm tỷ đồng trong sáu tháng đầu năm.",
    ),
    (
        "Giá nhà ở xã hội khoảng 15-18 triệu đồng/m².",
        "Giá nhà ở xã hội khoảng mười lăm đến mười tám triệu đồng một mét vuông.",
    ),
    (
        "Khoảng 60% số hộ có thu nhập trên 5 triệu đồng/người/tháng.",
        "Khoảng sáu mươi phần trăm số hộ có thu nhập trên năm triệu đồng một người một tháng.",
        "Khoảng sáu mươi phần trăm số hộ có thu nhập trên năm triệu đồng một người mỗi tháng.",
    ),
    (
        "Sản lượng điện thương phẩm đạt 25,3 tỷ kWh.",
        "Sản lượng điện thương phẩm đạt hai mươi lăm phẩy ba tỷ ki-lô-oát giờ.",
    ),
    (
        "Tốc độ tăng trưởng kinh tế năm 2025 ước đạt 8%.",
        f"Tốc độ tăng trưởng kinh tế năm {Y25} ước đạt tám phần trăm.",
    ),
    (
        "Tổng kim ngạch xuất nhập khẩu đạt 786,29 tỷ USD.",
        "Tổng kim ngạch xuất nhập khẩu đạt bảy trăm tám mươi sáu phẩy hai mươi chín tỷ đô la Mỹ.",
    ),
    (
        "Xuất khẩu gạo 9 tháng đạt 7,2 triệu tấn, trị giá 4,6 tỷ USD.",
        "Xuất khẩu gạo chín tháng đạt bảy phẩy hai triệu tấn, trị giá bốn phẩy sáu tỷ đô la Mỹ.",
    ),
    ("Mỗi hộ được hỗ trợ 5 triệu đồng/ha.", "Mỗi hộ được hỗ trợ năm triệu đồng một héc-ta."),
    (
        "Giá vàng 120,5 triệu đồng/lượng.",
        "Giá vàng một trăm hai mươi phẩy năm triệu đồng một lượng.",
    ),
    (
        "Lạng Sơn: thông quan 1.200 xe/ngày qua cửa khẩu Hữu Nghị.",
        "Lạng Sơn: thông quan một nghìn hai trăm xe một ngày qua cửa khẩu Hữu Nghị.",
        "Lạng Sơn: thông quan một nghìn hai trăm xe mỗi ngày qua cửa khẩu Hữu Nghị.",
    ),
    (
        "Giá phân urê 9.500-10.000 đồng/kg.",
        "Giá phân urê chín nghìn năm trăm đến mười nghìn đồng một ki-lô-gam.",
    ),
    (
        "Giá cá tra nguyên liệu 27.000-28.500 đồng/kg.",
        "Giá cá tra nguyên liệu hai mươi bảy nghìn đến hai mươi tám nghìn năm trăm đồng một ki-lô-gam.",
    ),
    # traffic
    (
        "Tai nạn xảy ra tại Km 15+200 QL1A đoạn qua xã Hòa Phước.",
        "Tai nạn xảy ra tại ki-lô-mét mười lăm cộng hai trăm Quốc lộ một A đoạn qua xã Hòa Phước.",
    ),
    (
        "Xe tải BKS 43C-123.45 va chạm với xe máy.",
        "Xe tải biển kiểm soát bốn mươi ba C, một hai ba chấm bốn năm va chạm với xe máy.",
    ),
    (
        "Trong tháng 10, toàn tỉnh xảy ra 25 vụ TNGT, làm chết 12 người, bị thương 18 người.",
        "Trong tháng mười, toàn tỉnh xảy ra hai mươi lăm vụ tai nạn giao thông, làm chết mười hai người, bị thương mười tám người.",
    ),
    (
        "Cao tốc Cam Lộ - La Sơn dài 98,35km.",
        "Cao tốc Cam Lộ - La Sơn dài chín mươi tám phẩy ba mươi lăm ki-lô-mét.",
    ),
    (
        "Tốc độ tối đa cho phép là 80km/h, tối thiểu 60km/h.",
        "Tốc độ tối đa cho phép là tám mươi ki-lô-mét một giờ, tối thiểu sáu mươi ki-lô-mét một giờ.",
    ),
    (
        "Lưu lượng xe qua trạm đạt 25.000 lượt/ngày đêm.",
        "Lưu lượng xe qua trạm đạt hai mươi lăm nghìn lượt một ngày đêm.",
        "Lưu lượng xe qua trạm đạt hai mươi lăm nghìn lượt mỗi ngày đêm.",
    ),
    (
        "Đoạn tuyến từ Km0+000 đến Km12+500 được thông xe.",
        "Đoạn tuyến từ ki-lô-mét không cộng không đến ki-lô-mét mười hai cộng năm trăm được thông xe.",
    ),
    (
        "Ô tô 7 chỗ BKS 30A-999.99 bị tạm giữ.",
        "Ô tô bảy chỗ biển kiểm soát ba mươi A, chín chín chín chấm chín chín bị tạm giữ.",
    ),
    (
        "Tuyến đường ĐT.741 dài 12km.",
        "Tuyến đường tỉnh bảy bốn một dài mười hai ki-lô-mét.",
        "Tuyến đường tỉnh bảy trăm bốn mươi mốt dài mười hai ki-lô-mét.",
    ),
    (
        "Sạt lở trên QL.6 tại Km 145+300.",
        "Sạt lở trên Quốc lộ sáu tại ki-lô-mét một trăm bốn mươi lăm cộng ba trăm.",
    ),
    (
        "Xe khách BKS 29B-012.34 lưu thông theo hướng Bắc - Nam.",
        "Xe khách biển kiểm soát hai mươi chín B, không một hai chấm ba bốn lưu thông theo hướng Bắc - Nam.",
    ),
    (
        "Vụ tai nạn xảy ra lúc 5h30 ngày 2/10 tại Km 1.245+600 QL1.",
        "Vụ tai nạn xảy ra lúc năm giờ ba mươi ngày mồng hai tháng mười tại ki-lô-mét một nghìn hai trăm bốn mươi lăm cộng sáu trăm Quốc lộ một.",
        "Vụ tai nạn xảy ra lúc năm giờ ba mươi phút ngày mồng hai tháng mười tại ki-lô-mét một nghìn hai trăm bốn mươi lăm cộng sáu trăm Quốc lộ một.",
    ),
    (
        "Tài xế có nồng độ cồn 0,25mg/lít khí thở.",
        "Tài xế có nồng độ cồn không phẩy hai mươi lăm mi-li-gam một lít khí thở.",
    ),
    (
        "Phạt 6-8 triệu đồng với người điều khiển ô tô vượt đèn đỏ.",
        "Phạt sáu đến tám triệu đồng với người điều khiển ô tô vượt đèn đỏ.",
    ),
    ("Tước giấy phép lái xe từ 10-12 tháng.", "Tước giấy phép lái xe từ mười đến mười hai tháng."),
    (
        "Tuyến Metro số 1 dài 19,7km với 14 nhà ga.",
        "Tuyến Metro số một dài mười chín phẩy bảy ki-lô-mét với mười bốn nhà ga.",
    ),
    (
        "Cầu dài 1,2km, rộng 24m, gồm 6 làn xe.",
        "Cầu dài một phẩy hai ki-lô-mét, rộng hai mươi tư mét, gồm sáu làn xe.",
    ),
    (
        "Đường có vận tốc thiết kế 100km/giờ.",
        "Đường có vận tốc thiết kế một trăm ki-lô-mét một giờ.",
    ),
    (
        "Cao tốc Bắc - Nam đoạn Mai Sơn - QL45 dài 63,37km.",
        "Cao tốc Bắc - Nam đoạn Mai Sơn - Quốc lộ bốn mươi lăm dài sáu mươi ba phẩy ba mươi bảy ki-lô-mét.",
    ),
    (
        "Tai nạn làm 3 người chết tại chỗ, 2 người bị thương nặng.",
        "Tai nạn làm ba người chết tại chỗ, hai người bị thương nặng.",
    ),
    ("Xe chở quá tải 120%.", "Xe chở quá tải một trăm hai mươi phần trăm."),
    (
        "Số vụ TNGT giảm 5 vụ (-8,5%) so với cùng kỳ.",
        "Số vụ tai nạn giao thông giảm năm vụ (giảm tám phẩy năm phần trăm) so với cùng kỳ.",
        "Số vụ tai nạn giao thông giảm năm vụ (âm tám phẩy năm phần trăm) so với cùng kỳ.",
    ),
    (
        "Tuyến tránh dài 7,8km, tổng vốn 1.100 tỷ đồng.",
        "Tuyến tránh dài bảy phẩy tám ki-lô-mét, tổng vốn một nghìn một trăm tỷ đồng.",
    ),
    (
        "Vận tốc tối đa 50km/h trong khu dân cư.",
        "Vận tốc tối đa năm mươi ki-lô-mét một giờ trong khu dân cư.",
    ),
    # agriculture
    ("Năng suất lúa đạt 62,5 tạ/ha.", "Năng suất lúa đạt sáu mươi hai phẩy năm tạ một héc-ta."),
    (
        "Mật độ thả nuôi tôm 100-150 con/m².",
        "Mật độ thả nuôi tôm một trăm đến một trăm năm mươi con một mét vuông.",
    ),
    (
        "Diện tích gieo cấy vụ Đông Xuân 2025-2026 đạt 45.000ha.",
        f"Diện tích gieo cấy vụ Đông Xuân {Y25} - {Y26} đạt bốn mươi lăm nghìn héc-ta.",
        f"Diện tích gieo cấy vụ Đông Xuân {Y25} đến {Y26} đạt bốn mươi lăm nghìn héc-ta.",
    ),
    ("Sản lượng lúa đạt 1,2 triệu tấn.", "Sản lượng lúa đạt một phẩy hai triệu tấn."),
    ("Đàn lợn của tỉnh có 1,5 triệu con.", "Đàn lợn của tỉnh có một phẩy năm triệu con."),
    (
        "Mật độ rầy nâu 3.000-5.000 con/m², cục bộ trên 10.000 con/m².",
        "Mật độ rầy nâu ba nghìn đến năm nghìn con một mét vuông, cục bộ trên mười nghìn con một mét vuông.",
    ),
    ("Phun thuốc khi tỷ lệ bệnh trên 10%.", "Phun thuốc khi tỷ lệ bệnh trên mười phần trăm."),
    ("Tỷ lệ tiêm phòng đạt 85% tổng đàn.", "Tỷ lệ tiêm phòng đạt tám mươi lăm phần trăm tổng đàn."),
    (
        "Năng suất sầu riêng đạt 15-20 tấn/ha.",
        "Năng suất sầu riêng đạt mười lăm đến hai mươi tấn một héc-ta.",
    ),
    (
        "Năng suất vụ hè thu đạt 58-60 tạ/ha.",
        "Năng suất vụ hè thu đạt năm mươi tám đến sáu mươi tạ một héc-ta.",
    ),
    ("Mỗi con bò được hỗ trợ 10 triệu đồng.", "Mỗi con bò được hỗ trợ mười triệu đồng."),
    (
        "Diện tích lúa bị nhiễm bệnh đạo ôn là 1.250ha, trong đó 120ha nhiễm nặng.",
        "Diện tích lúa bị nhiễm bệnh đạo ôn là một nghìn hai trăm năm mươi héc-ta, trong đó một trăm hai mươi héc-ta nhiễm nặng.",
    ),
    (
        "Lượng giống gieo sạ 80-100kg/ha.",
        "Lượng giống gieo sạ tám mươi đến một trăm ki-lô-gam một héc-ta.",
    ),
    (
        "Tổng đàn gia cầm đạt 12,5 triệu con, tăng 3,2%.",
        "Tổng đàn gia cầm đạt mười hai phẩy năm triệu con, tăng ba phẩy hai phần trăm.",
    ),
    (
        "Chăn nuôi 500 con lợn/lứa.",
        "Chăn nuôi năm trăm con lợn một lứa.",
        "Chăn nuôi năm trăm con lợn mỗi lứa.",
    ),
    ("Độ mặn 4‰ xâm nhập sâu 50km.", "Độ mặn bốn phần nghìn xâm nhập sâu năm mươi ki-lô-mét."),
    (
        "Trồng mới 2.000ha rừng, tỷ lệ che phủ rừng đạt 42,5%.",
        "Trồng mới hai nghìn héc-ta rừng, tỷ lệ che phủ rừng đạt bốn mươi hai phẩy năm phần trăm.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_economy_traffic_agriculture_sentence(case: tuple[str, ...]) -> None:
    written, *readings = case
    assert heard_as(written, *readings)


def test_there_are_forty_sentences_or_more_per_domain() -> None:
    assert len(CASES) >= 80
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(
    "written",
    [
        "Mật độ thả nuôi tôm 100-150 con/m².",
        "Chăn nuôi 500 con lợn/lứa.",
        "Giá dầu thô ở mức 73,5 USD/thùng.",
    ],
)
def test_a_rate_after_a_number_is_not_listed_as_hoac(written: str) -> None:
    assert not any("'hoặc'" in m for m in messages(written))


def test_two_words_with_a_slash_and_no_number_stay_hoac() -> None:
    assert heard_as("Cán bộ xã/phường tham gia.", "Cán bộ xã hoặc phường tham gia.")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tỷ lệ mắc 1/1.000 trẻ sinh sống.", "Tỷ lệ mắc một trên một nghìn trẻ sinh sống."),
        ("Tiểu cầu giảm còn 20.000/mm3.", "Tiểu cầu giảm còn hai mươi nghìn một mi-li-mét khối."),
        (
            "Tọa độ 21°01'N, 105°50'E.",
            "Tọa độ hai mươi mốt độ một phút vĩ Bắc, một trăm linh năm độ năm mươi phút kinh Đông.",
        ),
    ],
)
def test_ratios_per_thousands_counts_per_volume_and_coordinates(written: str, spoken: str) -> None:
    # "1/1.000" was "ngày mồng một tháng một. không không không"; "/mm3" "hoặc mm ba".
    assert heard_as(written, spoken)
    assert not any("ngày tháng" in m for m in messages(written))


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Sản phẩm đạt 4/5 sao OCOP.", "Sản phẩm đạt bốn trên năm sao Ô-cốp."),
        ("Em trả lời đúng 8/10 câu.", "Em trả lời đúng tám trên mười câu."),
    ],
)
def test_so_many_out_of_so_many_stars_or_questions(written: str, spoken: str) -> None:
    # "4/5 sao" was "ngày mồng bốn tháng năm sao"; still listed ("trên"), as every share.
    assert heard_as(written, spoken)
    assert any("'trên'" in m for m in messages(written))
