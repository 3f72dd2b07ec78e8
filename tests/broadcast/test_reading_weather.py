# ruff: noqa: E501
"""Weather and disaster sentences (issue 17, round 8): the reader on the number side of
forecasts and warnings, as the national hydro-meteorological service writes them and
the training news sites print them (storm positions, wind levels, rain amounts and
spans, temperatures, humidity, river levels and alarm levels, hours and dates of a
bulletin). Written for this file, with the reading written by hand before the reader
ran; the alternatives after the reading are the ones the corpus README accepts
("cấp 6-7" also "cấp sáu đến bảy", "7h30" also "… ba mươi phút", "mm/đợt" also
"một đợt"). Compared as the corpus scorer compares (tests/broadcast/reading.heard_as).
"""

from __future__ import annotations

import pytest

from .reading import heard_as, messages

CASES: list[tuple[str, ...]] = [
    (
        "Bão số 3 cách đảo Bạch Long Vĩ khoảng 200km về phía Đông Nam.",
        "Bão số ba cách đảo Bạch Long Vĩ khoảng hai trăm ki-lô-mét về phía Đông Nam.",
    ),
    (
        "Vị trí tâm bão ở vào khoảng 17,5 độ Vĩ Bắc; 112,3 độ Kinh Đông.",
        "Vị trí tâm bão ở vào khoảng mười bảy phẩy năm độ Vĩ Bắc; một trăm mười hai phẩy ba độ Kinh Đông.",
    ),
    (
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 10-11 (89-117km/h), giật cấp 13.",
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười đến cấp mười một (tám mươi chín đến một trăm mười bảy ki-lô-mét một giờ), giật cấp mười ba.",
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười đến mười một (tám mươi chín đến một trăm mười bảy ki-lô-mét một giờ), giật cấp mười ba.",
    ),
    (
        "Trong 24 giờ tới, bão di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được 15-20km.",
        "Trong hai mươi bốn giờ tới, bão di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được mười lăm đến hai mươi ki-lô-mét.",
    ),
    (
        "Vùng biển phía Bắc Biển Đông có gió mạnh cấp 6-7, sóng biển cao 2-4m, biển động mạnh.",
        "Vùng biển phía Bắc Biển Đông có gió mạnh cấp sáu đến cấp bảy, sóng biển cao hai đến bốn mét, biển động mạnh.",
        "Vùng biển phía Bắc Biển Đông có gió mạnh cấp sáu đến bảy, sóng biển cao hai đến bốn mét, biển động mạnh.",
    ),
    (
        "Cấp độ rủi ro thiên tai do gió mạnh trên biển: cấp 3.",
        "Cấp độ rủi ro thiên tai do gió mạnh trên biển: cấp ba.",
    ),
    (
        "Từ chiều tối và đêm nay (12/9), khu vực Bắc Bộ có mưa vừa, mưa to.",
        "Từ chiều tối và đêm nay (mười hai tháng chín), khu vực Bắc Bộ có mưa vừa, mưa to.",
    ),
    (
        "Lượng mưa phổ biến 50-100mm, có nơi trên 150mm.",
        "Lượng mưa phổ biến năm mươi đến một trăm mi-li-mét, có nơi trên một trăm năm mươi mi-li-mét.",
    ),
    (
        "Nhiệt độ cao nhất phổ biến 35-37 độ C, có nơi trên 39 độ.",
        "Nhiệt độ cao nhất phổ biến ba mươi lăm đến ba mươi bảy độ C, có nơi trên ba mươi chín độ.",
    ),
    (
        "Độ ẩm tương đối thấp nhất 45-55%.",
        "Độ ẩm tương đối thấp nhất bốn mươi lăm đến năm mươi lăm phần trăm.",
    ),
    (
        "Lũ trên sông Thao tại Yên Bái lên mức BĐ2.",
        "Lũ trên sông Thao tại Yên Bái lên mức báo động hai.",
    ),
    (
        "Lúc 7h sáng nay, mực nước sông Hồng tại Hà Nội là 3,2m.",
        "Lúc bảy giờ sáng nay, mực nước sông Hồng tại Hà Nội là ba phẩy hai mét.",
    ),
    (
        "Đến 21h ngày 10/9, vị trí tâm bão ở trên đất liền.",
        "Đến hai mươi mốt giờ ngày mồng mười tháng chín, vị trí tâm bão ở trên đất liền.",
    ),
    (
        "Đêm 5 và ngày 6/9, các tỉnh miền núi phía Bắc có mưa to.",
        "Đêm mồng năm và ngày mồng sáu tháng chín, các tỉnh miền núi phía Bắc có mưa to.",
    ),
    (
        "Khoảng 7h30 sáng mai, gió bắt đầu mạnh lên.",
        "Khoảng bảy giờ ba mươi sáng mai, gió bắt đầu mạnh lên.",
        "Khoảng bảy giờ ba mươi phút sáng mai, gió bắt đầu mạnh lên.",
    ),
    (
        "Mưa lớn kéo dài từ ngày 20 đến 23/10.",
        "Mưa lớn kéo dài từ ngày hai mươi đến hai mươi ba tháng mười.",
    ),
    (
        "Trạm Tam Đảo đo được 215,6mm trong 6 giờ.",
        "Trạm Tam Đảo đo được hai trăm mười lăm phẩy sáu mi-li-mét trong sáu giờ.",
    ),
    (
        "Nhiệt độ thấp nhất ở vùng núi cao có nơi dưới 3 độ C.",
        "Nhiệt độ thấp nhất ở vùng núi cao có nơi dưới ba độ C.",
    ),
    (
        "Tại Sa Pa, nhiệt độ xuống tới -1 độ C, xuất hiện băng giá.",
        "Tại Sa Pa, nhiệt độ xuống tới âm một độ C, xuất hiện băng giá.",
    ),
    (
        "Ngày 15/12, không khí lạnh tăng cường ảnh hưởng đến Bắc Bộ.",
        "Ngày mười lăm tháng mười hai, không khí lạnh tăng cường ảnh hưởng đến Bắc Bộ.",
    ),
    (
        "Gió đông bắc trong đất liền mạnh cấp 2-3, vùng ven biển cấp 3-4.",
        "Gió đông bắc trong đất liền mạnh cấp hai đến cấp ba, vùng ven biển cấp ba đến cấp bốn.",
        "Gió đông bắc trong đất liền mạnh cấp hai đến ba, vùng ven biển cấp ba đến bốn.",
    ),
    (
        "Lượng mưa từ 19h ngày 11/9 đến 19h ngày 12/9 ở một số nơi trên 200mm.",
        "Lượng mưa từ mười chín giờ ngày mười một tháng chín đến mười chín giờ ngày mười hai tháng chín ở một số nơi trên hai trăm mi-li-mét.",
    ),
    (
        "Mực nước hạ lưu sông Cả dao động ở mức 1,8-2,3m.",
        "Mực nước hạ lưu sông Cả dao động ở mức một phẩy tám đến hai phẩy ba mét.",
    ),
    ("Hồ Hòa Bình đang mở 3 cửa xả đáy.", "Hồ Hòa Bình đang mở ba cửa xả đáy."),
    (
        "Lưu lượng nước về hồ khoảng 5.200m3/s.",
        "Lưu lượng nước về hồ khoảng năm nghìn hai trăm mét khối một giây.",
    ),
    (
        "Mực nước hồ lúc 13h ngày 8/9 là 115,2m.",
        "Mực nước hồ lúc mười ba giờ ngày mồng tám tháng chín là một trăm mười lăm phẩy hai mét.",
    ),
    (
        "Trận động đất có độ lớn 4,2 xảy ra lúc 10h15 ngày 3/8.",
        "Trận động đất có độ lớn bốn phẩy hai xảy ra lúc mười giờ mười lăm ngày mồng ba tháng tám.",
        "Trận động đất có độ lớn bốn phẩy hai xảy ra lúc mười giờ mười lăm phút ngày mồng ba tháng tám.",
    ),
    ("Tâm chấn ở độ sâu khoảng 8,1km.", "Tâm chấn ở độ sâu khoảng tám phẩy một ki-lô-mét."),
    (
        "Chỉ số tia cực tím ở mức 8-10, nguy cơ gây hại rất cao.",
        "Chỉ số tia cực tím ở mức tám đến mười, nguy cơ gây hại rất cao.",
    ),
    (
        "Tầm nhìn xa trên biển giảm xuống dưới 1km.",
        "Tầm nhìn xa trên biển giảm xuống dưới một ki-lô-mét.",
    ),
    (
        "Trong 3 ngày qua, lượng mưa tại Hà Tĩnh phổ biến 150-250mm.",
        "Trong ba ngày qua, lượng mưa tại Hà Tĩnh phổ biến một trăm năm mươi đến hai trăm năm mươi mi-li-mét.",
    ),
    (
        "Mưa lũ làm 12 người chết, 5 người mất tích, 27 người bị thương.",
        "Mưa lũ làm mười hai người chết, năm người mất tích, hai mươi bảy người bị thương.",
    ),
    (
        "Hơn 1.500 ngôi nhà bị ngập, 320ha lúa bị hư hại.",
        "Hơn một nghìn năm trăm ngôi nhà bị ngập, ba trăm hai mươi héc-ta lúa bị hư hại.",
    ),
    (
        "Tổng thiệt hại ước tính khoảng 45,6 tỷ đồng.",
        "Tổng thiệt hại ước tính khoảng bốn mươi lăm phẩy sáu tỷ đồng.",
    ),
    (
        "Tàu thuyền trong vùng nguy hiểm dễ gặp dông, lốc, sóng lớn cao 3-5m.",
        "Tàu thuyền trong vùng nguy hiểm dễ gặp dông, lốc, sóng lớn cao ba đến năm mét.",
    ),
    (
        "Áp thấp nhiệt đới mạnh cấp 6 (39-49km/h), giật cấp 8.",
        "Áp thấp nhiệt đới mạnh cấp sáu (ba mươi chín đến bốn mươi chín ki-lô-mét một giờ), giật cấp tám.",
    ),
    (
        "Từ đêm 14/10, bão suy yếu thành áp thấp nhiệt đới.",
        "Từ đêm mười bốn tháng mười, bão suy yếu thành áp thấp nhiệt đới.",
    ),
    (
        "Nắng nóng gay gắt kéo dài đến khoảng ngày 25/5.",
        "Nắng nóng gay gắt kéo dài đến khoảng ngày hai mươi lăm tháng năm.",
    ),
    (
        "Chiều nay, nhiệt độ tại Láng đo được 38,4 độ C.",
        "Chiều nay, nhiệt độ tại Láng đo được ba mươi tám phẩy bốn độ C.",
    ),
    (
        "Thời gian nắng nóng trong ngày từ 11h đến 16h.",
        "Thời gian nắng nóng trong ngày từ mười một giờ đến mười sáu giờ.",
    ),
    (
        "Từ 10-16h, người dân hạn chế ra ngoài.",
        "Từ mười đến mười sáu giờ, người dân hạn chế ra ngoài.",
    ),
    (
        "Rét đậm, rét hại với nhiệt độ trung bình ngày dưới 15 độ C.",
        "Rét đậm, rét hại với nhiệt độ trung bình ngày dưới mười lăm độ C.",
    ),
    (
        "Đợt không khí lạnh này gây rét đậm từ ngày 8-12/1.",
        "Đợt không khí lạnh này gây rét đậm từ ngày mồng tám đến mười hai tháng một.",
    ),
    (
        "Khu vực Nam Bộ ngày nắng, nhiệt độ cao nhất 33-35 độ.",
        "Khu vực Nam Bộ ngày nắng, nhiệt độ cao nhất ba mươi ba đến ba mươi lăm độ.",
    ),
    (
        "Triều cường tại trạm Phú An đạt đỉnh 1,68m vào lúc 17h30.",
        "Triều cường tại trạm Phú An đạt đỉnh một phẩy sáu mươi tám mét vào lúc mười bảy giờ ba mươi.",
        "Triều cường tại trạm Phú An đạt đỉnh một phẩy sáu mươi tám mét vào lúc mười bảy giờ ba mươi phút.",
    ),
    (
        "Nguy cơ sạt lở đất tại 45 xã của tỉnh Yên Bái.",
        "Nguy cơ sạt lở đất tại bốn mươi lăm xã của tỉnh Yên Bái.",
    ),
    (
        "Lượng mưa 24 giờ qua tại Mù Cang Chải là 187mm.",
        "Lượng mưa hai mươi bốn giờ qua tại Mù Cang Chải là một trăm tám mươi bảy mi-li-mét.",
    ),
    (
        "Sóng biển cao 4-6m, vùng gần tâm bão 6-8m.",
        "Sóng biển cao bốn đến sáu mét, vùng gần tâm bão sáu đến tám mét.",
    ),
    (
        "Ven biển có nước dâng do bão cao 0,5-1m.",
        "Ven biển có nước dâng do bão cao không phẩy năm đến một mét.",
    ),
    (
        "Hồi 4 giờ ngày 26/9, vị trí tâm áp thấp nhiệt đới ở khoảng 15,8 độ Vĩ Bắc.",
        "Hồi bốn giờ ngày hai mươi sáu tháng chín, vị trí tâm áp thấp nhiệt đới ở khoảng mười lăm phẩy tám độ Vĩ Bắc.",
    ),
    (
        "Cảnh báo mưa lớn cục bộ với lượng mưa trên 100mm/3 giờ.",
        "Cảnh báo mưa lớn cục bộ với lượng mưa trên một trăm mi-li-mét trong ba giờ.",
    ),
    (
        "Từ ngày 1/6 đến nay, cả nước xảy ra 15 đợt mưa lớn.",
        "Từ ngày mồng một tháng sáu đến nay, cả nước xảy ra mười lăm đợt mưa lớn.",
    ),
    ("Nhiệt độ nước biển 28-29°C.", "Nhiệt độ nước biển hai mươi tám đến hai mươi chín độ C."),
    (
        "Vịnh Bắc Bộ có gió đông bắc mạnh cấp 6, giật cấp 7-8.",
        "Vịnh Bắc Bộ có gió đông bắc mạnh cấp sáu, giật cấp bảy đến cấp tám.",
        "Vịnh Bắc Bộ có gió đông bắc mạnh cấp sáu, giật cấp bảy đến tám.",
    ),
    (
        "Độ ẩm không khí lên tới 90-95%.",
        "Độ ẩm không khí lên tới chín mươi đến chín mươi lăm phần trăm.",
    ),
    ("Mưa đá có đường kính 2-3cm.", "Mưa đá có đường kính hai đến ba xen-ti-mét."),
    (
        "Mưa đá kéo dài khoảng 30 phút, từ 16h20 đến 16h50.",
        "Mưa đá kéo dài khoảng ba mươi phút, từ mười sáu giờ hai mươi đến mười sáu giờ năm mươi.",
        "Mưa đá kéo dài khoảng ba mươi phút, từ mười sáu giờ hai mươi phút đến mười sáu giờ năm mươi phút.",
    ),
    (
        "Khoảng 2.300 hộ dân với gần 8.000 nhân khẩu phải sơ tán.",
        "Khoảng hai nghìn ba trăm hộ dân với gần tám nghìn nhân khẩu phải sơ tán.",
    ),
    (
        "Sạt lở tại Km 35+500 quốc lộ 279.",
        "Sạt lở tại ki-lô-mét ba mươi lăm cộng năm trăm quốc lộ hai trăm bảy mươi chín.",
    ),
    (
        "Khối lượng đất đá sạt lở khoảng 1.200m3.",
        "Khối lượng đất đá sạt lở khoảng một nghìn hai trăm mét khối.",
    ),
    (
        "Sáng 18/11, Đài Khí tượng Thủy văn khu vực Nam Trung Bộ phát tin cảnh báo lũ.",
        "Sáng mười tám tháng mười một, Đài Khí tượng Thủy văn khu vực Nam Trung Bộ phát tin cảnh báo lũ.",
    ),
    (
        "Lũ trên các sông từ Quảng Trị đến Quảng Ngãi lên nhanh, biên độ lũ 3-5m.",
        "Lũ trên các sông từ Quảng Trị đến Quảng Ngãi lên nhanh, biên độ lũ ba đến năm mét.",
    ),
    (
        "Đỉnh lũ sông Hương tại Kim Long ở mức 4,1m, trên BĐ3 0,6m.",
        "Đỉnh lũ sông Hương tại Kim Long ở mức bốn phẩy một mét, trên báo động ba không phẩy sáu mét.",
    ),
    (
        "Mực nước sông Đà Rằng tại Phú Lâm lúc 1h ngày 19/11 là 3,95m.",
        "Mực nước sông Đà Rằng tại Phú Lâm lúc một giờ ngày mười chín tháng mười một là ba phẩy chín mươi lăm mét.",
    ),
    (
        "Trong 12-24 giờ tới, lũ trên sông Kôn tiếp tục lên.",
        "Trong mười hai đến hai mươi bốn giờ tới, lũ trên sông Kôn tiếp tục lên.",
    ),
    (
        "Nhiệt độ ban đêm phổ biến 24-26 độ C, ban ngày 33-35 độ C.",
        "Nhiệt độ ban đêm phổ biến hai mươi tư đến hai mươi sáu độ C, ban ngày ba mươi ba đến ba mươi lăm độ C.",
    ),
    (
        "Ngày 2/9 trời có mưa rào và dông rải rác.",
        "Ngày mồng hai tháng chín trời có mưa rào và dông rải rác.",
    ),
    (
        "Tối 30/4 và ngày 1/5, Hà Nội có mưa.",
        "Tối ba mươi tháng tư và ngày mồng một tháng năm, Hà Nội có mưa.",
    ),
    (
        "Từ ngày 28/12/2025 đến ngày 2/1/2026, trời rét.",
        "Từ ngày hai mươi tám tháng mười hai năm hai nghìn không trăm hai mươi lăm đến ngày mồng hai tháng một năm hai nghìn không trăm hai mươi sáu, trời rét.",
    ),
    (
        "Trận lũ năm 1999 có đỉnh 5,94m tại Huế.",
        "Trận lũ năm một nghìn chín trăm chín mươi chín có đỉnh năm phẩy chín mươi tư mét tại Huế.",
    ),
    (
        "Độ sâu ngập phổ biến 0,3-0,5m, có nơi trên 1m.",
        "Độ sâu ngập phổ biến không phẩy ba đến không phẩy năm mét, có nơi trên một mét.",
    ),
    (
        "Gió tây nam mạnh cấp 5, có lúc cấp 6, giật cấp 7-8, biển động.",
        "Gió tây nam mạnh cấp năm, có lúc cấp sáu, giật cấp bảy đến cấp tám, biển động.",
        "Gió tây nam mạnh cấp năm, có lúc cấp sáu, giật cấp bảy đến tám, biển động.",
    ),
    (
        "Bão có khả năng mạnh lên cấp 12, giật cấp 15.",
        "Bão có khả năng mạnh lên cấp mười hai, giật cấp mười lăm.",
    ),
    (
        "Tổng lượng mưa tháng 8 cao hơn trung bình nhiều năm từ 10-30%.",
        "Tổng lượng mưa tháng tám cao hơn trung bình nhiều năm từ mười đến ba mươi phần trăm.",
    ),
    (
        "Mưa tập trung từ chiều đến đêm, lượng mưa 20-40mm/đợt.",
        "Mưa tập trung từ chiều đến đêm, lượng mưa hai mươi đến bốn mươi mi-li-mét mỗi đợt.",
        "Mưa tập trung từ chiều đến đêm, lượng mưa hai mươi đến bốn mươi mi-li-mét một đợt.",
    ),
    (
        "Gió giật mạnh 25m/s được ghi nhận tại Cô Tô.",
        "Gió giật mạnh hai mươi lăm mét một giây được ghi nhận tại Cô Tô.",
    ),
    (
        "Lúc 22 giờ 30 phút, bão đi vào đất liền.",
        "Lúc hai mươi hai giờ ba mươi phút, bão đi vào đất liền.",
    ),
    (
        "Hồi 1h ngày 7/9, bão ở khoảng 20,5 độ Vĩ Bắc; 108,1 độ Kinh Đông, cách Quảng Ninh khoảng 90km.",
        "Hồi một giờ ngày mồng bảy tháng chín, bão ở khoảng hai mươi phẩy năm độ Vĩ Bắc; một trăm linh tám phẩy một độ Kinh Đông, cách Quảng Ninh khoảng chín mươi ki-lô-mét.",
    ),
    (
        "Mưa to đến rất to, có nơi trên 300mm trong 48 giờ.",
        "Mưa to đến rất to, có nơi trên ba trăm mi-li-mét trong bốn mươi tám giờ.",
    ),
    (
        "Cấp độ rủi ro thiên tai do lũ, ngập lụt: cấp 2; lũ quét, sạt lở đất: cấp 1.",
        "Cấp độ rủi ro thiên tai do lũ, ngập lụt: cấp hai; lũ quét, sạt lở đất: cấp một.",
    ),
    (
        "Nhiệt độ thấp nhất 12-15 độ C, vùng núi 9-12 độ C.",
        "Nhiệt độ thấp nhất mười hai đến mười lăm độ C, vùng núi chín đến mười hai độ C.",
    ),
    (
        "Đêm 12/9 đến sáng 13/9, mưa giảm dần.",
        "Đêm mười hai tháng chín đến sáng mười ba tháng chín, mưa giảm dần.",
    ),
    (
        "Bão di chuyển theo hướng Tây Bắc với tốc độ 10km/h.",
        "Bão di chuyển theo hướng Tây Bắc với tốc độ mười ki-lô-mét một giờ.",
    ),
    (
        "Lũ trên sông Mã tại Lý Nhân lên trên BĐ1 và có khả năng lên BĐ2.",
        "Lũ trên sông Mã tại Lý Nhân lên trên báo động một và có khả năng lên báo động hai.",
    ),
    ("Nhiệt độ ở vùng núi có nơi dưới 0 độ C.", "Nhiệt độ ở vùng núi có nơi dưới không độ C."),
    (
        "Đến 7 giờ ngày 13/9, mực nước trên sông Thao tại Phú Thọ là 18,95m.",
        "Đến bảy giờ ngày mười ba tháng chín, mực nước trên sông Thao tại Phú Thọ là mười tám phẩy chín mươi lăm mét.",
    ),
    (
        "Trong đợt mưa này, 3/5 huyện của tỉnh bị chia cắt.",
        "Trong đợt mưa này, ba trên năm huyện của tỉnh bị chia cắt.",
    ),
    (
        "Rạng sáng 9/9, bão số 4 đổ bộ vào Quảng Trị.",
        "Rạng sáng mồng chín tháng chín, bão số bốn đổ bộ vào Quảng Trị.",
    ),
    (
        "Nhiệt độ cao nhất ngày 20/5 tại Tương Dương là 41,2 độ C.",
        "Nhiệt độ cao nhất ngày hai mươi tháng năm tại Tương Dương là bốn mươi mốt phẩy hai độ C.",
    ),
    (
        "Không khí lạnh gây mưa nhỏ, nhiệt độ giảm 5-7 độ so với hôm qua.",
        "Không khí lạnh gây mưa nhỏ, nhiệt độ giảm năm đến bảy độ so với hôm qua.",
    ),
    (
        "Trên đất liền, gió giật mạnh nhất đo được tại Bãi Cháy là cấp 12 (36m/s).",
        "Trên đất liền, gió giật mạnh nhất đo được tại Bãi Cháy là cấp mười hai (ba mươi sáu mét một giây).",
    ),
    (
        "Hồ Thác Bà xả lũ từ 14h ngày 10/9 với tổng lưu lượng khoảng 3.000m³/s.",
        "Hồ Thác Bà xả lũ từ mười bốn giờ ngày mồng mười tháng chín với tổng lưu lượng khoảng ba nghìn mét khối một giây.",
    ),
    (
        "Nhiệt độ cao nhất phổ biến 35-37oC, có nơi trên 38oC.",
        "Nhiệt độ cao nhất phổ biến ba mươi lăm đến ba mươi bảy độ C, có nơi trên ba mươi tám độ C.",
    ),
    (
        "Lượng mưa từ 19h/10/9 đến 19h/11/9 có nơi trên 120mm.",
        "Lượng mưa từ mười chín giờ ngày mồng mười tháng chín đến mười chín giờ ngày mười một tháng chín có nơi trên một trăm hai mươi mi-li-mét.",
    ),
    (
        "Tại đảo Cô Tô có gió mạnh cấp 9 (20m/s), giật cấp 11 (30m/s).",
        "Tại đảo Cô Tô có gió mạnh cấp chín (hai mươi mét một giây), giật cấp mười một (ba mươi mét một giây).",
    ),
    (
        "Mực nước sông Lam tại Nam Đàn lúc 7h ngày 3/11 là 6,75m, trên BĐ3 0,25m.",
        "Mực nước sông Lam tại Nam Đàn lúc bảy giờ ngày mồng ba tháng mười một là sáu phẩy bảy mươi lăm mét, trên báo động ba không phẩy hai mươi lăm mét.",
    ),
    (
        "Dự báo trong 2-3 ngày tới, nhiệt độ tăng 2-3 độ.",
        "Dự báo trong hai đến ba ngày tới, nhiệt độ tăng hai đến ba độ.",
    ),
    ("Nhiệt độ thấp nhất từ -3 đến -1 độ C.", "Nhiệt độ thấp nhất từ âm ba đến âm một độ C."),
    ("Mưa dông vào chiều tối và đêm 14/6.", "Mưa dông vào chiều tối và đêm mười bốn tháng sáu."),
    ("Ngày 12-13/9, Bắc Bộ có mưa to.", "Ngày mười hai đến mười ba tháng chín, Bắc Bộ có mưa to."),
    (
        "Từ ngày 5 đến ngày 7/9, mưa lớn diện rộng.",
        "Từ ngày mồng năm đến ngày mồng bảy tháng chín, mưa lớn diện rộng.",
    ),
    (
        "Đến 0h ngày 12/9, bão cách Hải Phòng khoảng 150km.",
        "Đến không giờ ngày mười hai tháng chín, bão cách Hải Phòng khoảng một trăm năm mươi ki-lô-mét.",
    ),
    (
        "Lúc 12h30, mưa lớn gây ngập sâu nhiều tuyến phố.",
        "Lúc mười hai giờ ba mươi, mưa lớn gây ngập sâu nhiều tuyến phố.",
        "Lúc mười hai giờ ba mươi phút, mưa lớn gây ngập sâu nhiều tuyến phố.",
    ),
    (
        "Khoảng 5h sáng, nước lũ tràn vào khu dân cư.",
        "Khoảng năm giờ sáng, nước lũ tràn vào khu dân cư.",
    ),
    (
        "Lượng mưa phổ biến 30-60mm/24h.",
        "Lượng mưa phổ biến ba mươi đến sáu mươi mi-li-mét trong hai mươi bốn giờ.",
    ),
    ("Lũ trên sông Bưởi ở mức dưới BĐ1.", "Lũ trên sông Bưởi ở mức dưới báo động một."),
    (
        "Mực nước dao động trên BĐ3 từ 0,5-1,0m.",
        "Mực nước dao động trên báo động ba từ không phẩy năm đến một phẩy không mét.",
    ),
    ("Trận động đất có độ lớn 3,5 độ Richter.", "Trận động đất có độ lớn ba phẩy năm độ Richter."),
    (
        "Độ ẩm thấp nhất 50-60%, có nơi dưới 45%.",
        "Độ ẩm thấp nhất năm mươi đến sáu mươi phần trăm, có nơi dưới bốn mươi lăm phần trăm.",
    ),
    (
        "Sóng cao 2,0-3,0m, vùng gần tâm bão trên 5m.",
        "Sóng cao hai phẩy không đến ba phẩy không mét, vùng gần tâm bão trên năm mét.",
    ),
    (
        "Bão số 9 có cường độ cấp 8-9, giật cấp 11.",
        "Bão số chín có cường độ cấp tám đến cấp chín, giật cấp mười một.",
        "Bão số chín có cường độ cấp tám đến chín, giật cấp mười một.",
    ),
    (
        "Ngày và đêm 15/9, trời nhiều mây, có mưa rào.",
        "Ngày và đêm mười lăm tháng chín, trời nhiều mây, có mưa rào.",
    ),
    (
        "Lượng mưa đo được từ 7h ngày 2/10 đến 7h ngày 3/10 tại Kỳ Anh là 256,8mm.",
        "Lượng mưa đo được từ bảy giờ ngày mồng hai tháng mười đến bảy giờ ngày mồng ba tháng mười tại Kỳ Anh là hai trăm năm mươi sáu phẩy tám mi-li-mét.",
    ),
    (
        "Gió mạnh dần lên cấp 8, sau tăng lên cấp 10-11.",
        "Gió mạnh dần lên cấp tám, sau tăng lên cấp mười đến cấp mười một.",
        "Gió mạnh dần lên cấp tám, sau tăng lên cấp mười đến mười một.",
    ),
    (
        "Nhiệt độ thấp nhất 7-10 độ C, vùng núi cao dưới 4 độ C.",
        "Nhiệt độ thấp nhất bảy đến mười độ C, vùng núi cao dưới bốn độ C.",
    ),
    (
        "Đêm 28 và ngày 29/11, không khí lạnh ảnh hưởng đến Bắc Bộ.",
        "Đêm hai mươi tám và ngày hai mươi chín tháng mười một, không khí lạnh ảnh hưởng đến Bắc Bộ.",
    ),
    (
        "Mưa tập trung vào chiều và tối, từ 15-21h.",
        "Mưa tập trung vào chiều và tối, từ mười lăm đến hai mươi mốt giờ.",
    ),
    (
        "Đến 7h sáng 6/9, toàn tỉnh có 126 điểm sạt lở.",
        "Đến bảy giờ sáng mồng sáu tháng chín, toàn tỉnh có một trăm hai mươi sáu điểm sạt lở.",
        "Đến bảy giờ sáng ngày mồng sáu tháng chín, toàn tỉnh có một trăm hai mươi sáu điểm sạt lở.",
    ),
    (
        "Dự báo đỉnh lũ sông Hồng tại Hà Nội khoảng 9,5-10,0m.",
        "Dự báo đỉnh lũ sông Hồng tại Hà Nội khoảng chín phẩy năm đến mười phẩy không mét.",
    ),
    (
        "Mùa mưa bão năm 2025 có khoảng 11-13 cơn bão trên Biển Đông.",
        "Mùa mưa bão năm hai nghìn không trăm hai mươi lăm có khoảng mười một đến mười ba cơn bão trên Biển Đông.",
    ),
    (
        "Hồ thủy điện Sơn La mở thêm 1 cửa xả, nâng tổng số lên 4 cửa.",
        "Hồ thủy điện Sơn La mở thêm một cửa xả, nâng tổng số lên bốn cửa.",
    ),
    (
        "Nước lũ lên cao khoảng 1-1,5m so với mặt đường.",
        "Nước lũ lên cao khoảng một đến một phẩy năm mét so với mặt đường.",
    ),
    (
        "Mưa lớn từ ngày 27/10-1/11 gây ngập lụt nghiêm trọng.",
        "Mưa lớn từ ngày hai mươi bảy tháng mười đến ngày mồng một tháng mười một gây ngập lụt nghiêm trọng.",
        "Mưa lớn từ ngày hai mươi bảy tháng mười đến mồng một tháng mười một gây ngập lụt nghiêm trọng.",
    ),
    (
        "Rạng sáng nay (18/10), mưa như trút nước tại Đà Nẵng.",
        "Rạng sáng nay (mười tám tháng mười), mưa như trút nước tại Đà Nẵng.",
        "Rạng sáng nay (ngày mười tám tháng mười), mưa như trút nước tại Đà Nẵng.",
    ),
    (
        "Trưa 17/10, mực nước sông Vu Gia đạt đỉnh.",
        "Trưa mười bảy tháng mười, mực nước sông Vu Gia đạt đỉnh.",
    ),
    (
        "Nhiệt độ ngày 31/12 giảm còn 11-13 độ C.",
        "Nhiệt độ ngày ba mươi mốt tháng mười hai giảm còn mười một đến mười ba độ C.",
    ),
    (
        "Gió giật cấp 6-7 trong mưa dông, đề phòng lốc, sét, mưa đá.",
        "Gió giật cấp sáu đến cấp bảy trong mưa dông, đề phòng lốc, sét, mưa đá.",
        "Gió giật cấp sáu đến bảy trong mưa dông, đề phòng lốc, sét, mưa đá.",
    ),
    (
        "Tâm bão ở khoảng 16,2N-111,5E.",
        "Tâm bão ở khoảng mười sáu phẩy hai độ vĩ Bắc, một trăm mười một phẩy năm độ kinh Đông.",
    ),
    (
        "Áp suất khí quyển ở tâm bão khoảng 975hPa.",
        "Áp suất khí quyển ở tâm bão khoảng chín trăm bảy mươi lăm héc-tô-pát-xcan.",
    ),
    (
        "Mưa 50-100mm, cục bộ trên 200mm/đợt.",
        "Mưa năm mươi đến một trăm mi-li-mét, cục bộ trên hai trăm mi-li-mét mỗi đợt.",
        "Mưa năm mươi đến một trăm mi-li-mét, cục bộ trên hai trăm mi-li-mét một đợt.",
    ),
    (
        "Lúc 19h00 ngày 9/9, mực nước tại Yên Bái là 34,2m.",
        "Lúc mười chín giờ ngày mồng chín tháng chín, mực nước tại Yên Bái là ba mươi tư phẩy hai mét.",
    ),
    (
        "Từ 13h-16h, nhiệt độ đạt đỉnh 39,5 độ C.",
        "Từ mười ba giờ đến mười sáu giờ, nhiệt độ đạt đỉnh ba mươi chín phẩy năm độ C.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_weather_sentence(case: tuple[str, ...]) -> None:
    written, *readings = case
    assert heard_as(written, *readings)


def test_there_are_eighty_weather_sentences_or_more() -> None:
    assert len(CASES) >= 80
    assert len({c[0] for c in CASES}) == len(CASES)


# --- the proof list stays quiet where the text decides --------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Sức gió mạnh cấp 10-11, giật cấp 13.",
        "Gió giật cấp 6-7 trong mưa dông.",
        "Ngày 12-13/9, Bắc Bộ có mưa to.",
        "Mưa lớn từ ngày 27/10-1/11.",
        "Rét đậm từ ngày 8-12/1.",
        "Lượng mưa từ 19h/10/9 đến 19h/11/9 trên 120mm.",
    ],
)
def test_levels_and_day_spans_are_not_listed(written: str) -> None:
    assert messages(written) == []


def test_an_hour_slash_date_is_that_hour_of_that_day() -> None:
    assert heard_as(
        "Mưa từ 7h/3/10 đến 7h/4/10.",
        "Mưa từ bảy giờ ngày mồng ba tháng mười đến bảy giờ ngày mồng bốn tháng mười.",
    )


def test_a_level_dash_pair_is_still_a_range_not_a_date() -> None:
    assert heard_as("Gió mạnh cấp 6-7.", "Gió mạnh cấp sáu đến bảy.")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Đêm 28/6-2/7 có mưa.", "Đêm hai mươi tám tháng sáu đến mồng hai tháng bảy có mưa."),
        (
            "Chiều 30/11-1/12 có mưa rào.",
            "Chiều ba mươi tháng mười một đến mồng một tháng mười hai có mưa rào.",
        ),
    ],
)
def test_a_part_of_the_day_before_a_span_of_two_dates_adds_no_tu(written: str, spoken: str) -> None:
    # Was "Đêm từ ngày … đến ngày …": a "từ" the text does not have, after "Đêm".
    assert heard_as(written, spoken)
