"""Round 13's dictionary entries (section "dict13" of abbreviations.yml) read right in
sentences, and the abbreviations left out for having two meanings stay unread.

Every sentence here is written for the test, not taken from the reading corpus."""

from __future__ import annotations

import pytest

from campaign.broadcast.abbreviations import load_dictionary

from .reading import messages, said

_UNKNOWN = "chữ viết tắt chưa biết"


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Giỗ Tổ được tổ chức vào ngày 10/3 (ÂL) hằng năm.",
            "Giỗ Tổ được tổ chức vào ngày mồng mười tháng ba (âm lịch) hằng năm.",
        ),
        ("LĐVP: đồng chí Hà trực.", "Lãnh đạo Văn phòng: đồng chí Hà trực."),
        (
            "HĐTĐKT huyện họp xét danh hiệu CSTĐCS năm 2025.",
            "Hội đồng Thi đua - Khen thưởng huyện họp xét danh hiệu Chiến sĩ thi đua cơ sở "
            "năm hai nghìn không trăm hai mươi lăm.",
        ),
        (
            "Đoàn khám tại BVĐKKV miền núi phía Bắc.",
            "Đoàn khám tại Bệnh viện Đa khoa khu vực miền núi phía Bắc.",
        ),
        (
            "Toàn thể CBGVNV trường PTDTBT và trường DTNT tham gia.",
            "Toàn thể cán bộ, giáo viên, nhân viên trường phổ thông dân tộc bán trú và "
            "trường Dân tộc Nội trú tham gia.",
        ),
        (
            "Điểm TCDV mở cửa cả thứ bảy.",
            "Điểm tiêm chủng dịch vụ mở cửa cả thứ bảy.",
        ),
        (
            "Theo BLLĐ, người lao động được nghỉ Tết.",
            "Theo Bộ luật Lao động, người lao động được nghỉ Tết.",
        ),
        (
            "Đoàn khảo sát Khu BTTN Xuân Liên cùng HTXNN của xã.",
            "Đoàn khảo sát Khu bảo tồn thiên nhiên Xuân Liên cùng hợp tác xã nông nghiệp của xã.",
        ),
        (
            "Đoàn đại biểu nước CHDCND Lào thăm xã.",
            "Đoàn đại biểu nước Cộng hòa Dân chủ Nhân dân Lào thăm xã.",
        ),
        (
            "Sách do NXBCTQG phát hành, tuyên truyền về ĐCSVN.",
            "Sách do Nhà xuất bản Chính trị quốc gia phát hành, tuyên truyền về Đảng Cộng sản "
            "Việt Nam.",
        ),
        (
            "Toàn thể CBĐV chi bộ học nghị quyết; UBKTĐU kiểm tra.",
            "Toàn thể cán bộ, đảng viên chi bộ học nghị quyết; Ủy ban Kiểm tra Đảng ủy kiểm tra.",
        ),
        (
            "Các NNƯT và NNND của làng nghề gốm.",
            "Các Nghệ nhân Ưu tú và Nghệ nhân Nhân dân của làng nghề gốm.",
        ),
        (
            "Hồ sơ nộp tại Chi nhánh Văn phòng ĐKĐĐ huyện.",
            "Hồ sơ nộp tại Chi nhánh Văn phòng đăng ký đất đai huyện.",
        ),
        (
            "BHXHVN và LMHTX ký kết phối hợp.",
            "Bảo hiểm xã hội Việt Nam và Liên minh Hợp tác xã ký kết phối hợp.",
        ),
    ],
)
def test_round_13_entries_read_in_sentences(text: str, spoken: str) -> None:
    assert said(text) == spoken
    assert not [m for m in messages(text) if _UNKNOWN in m]


@pytest.mark.parametrize("key", ["CBGV", "GĐVH", "CNC", "ĐTPT"])
def test_two_meanings_are_left_out_and_listed(key: str) -> None:
    # CBGV: cán bộ giáo viên (schools) or cán bộ giảng viên (universities); GĐVH: gia
    # đình văn hóa or a company's giám đốc vận hành; CNC: công nghệ cao or a CNC machine;
    # ĐTPT: đầu tư phát triển or a hospital's đối tượng phụ thu (the file's header).
    assert key not in load_dictionary()
    text = f"Báo cáo về {key} của xã."
    assert key in said(text)
    assert any(_UNKNOWN in m and key in m for m in messages(text))
