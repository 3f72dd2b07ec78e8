"""Shared fixtures for the media kit: catalogues, campaign texts, image comparison."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from campaign.media import Format, Layout, builtin_formats, builtin_layouts

GOLDEN_DIR = Path(__file__).parent / "golden"
URL = "https://thaythuoc70.vanquan.example/"
# An event complete enough for an invitation (date, time, place, host, signer).
EVENT = (
    "events:\n"
    "  - id: le\n"
    "    name: Lễ mít tinh hưởng ứng tuần lễ sức khỏe\n"
    "    date: 10/03/2025\n"
    "    time: 7 giờ 30\n"
    "    place: Sân vận động xã Thử\n"
    "    host: Ủy ban nhân dân xã Thử\n"
    "    signer: {authority: TM. ỦY BAN NHÂN DÂN, position: CHỦ TỊCH, name: Nguyễn Văn Thử}\n"
)
TEXTS = {
    "headline": "Kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam",
    "slogan": "Y tế Việt Nam - 70 năm làm theo lời Bác",
    "footer": "Trung tâm Y tế huyện Văn Quan",
    "quote": "Lương y phải như từ mẫu",
    # Under the QR code of posters and leaflets (the kit words it from plan.kind).
    "qr_caption": "Quét mã để xem kế hoạch và các hoạt động",
    # Invitation cards.
    "issuer": "Ủy ban nhân dân huyện Văn Quan",
    "event": "Tới dự Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam",
    "when": "Thời gian: 8 giờ 00, ngày 26/02/2025",
    "place": "Địa điểm: Hội trường Ủy ban nhân dân huyện",
    "signer_title": "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
    "signer_name": "Nguyễn Văn An",
    # The inside of the leaflet.
    "heading1": "Mục đích",
    "body1": "Triển khai các hoạt động kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam.",
    "heading2": "Các hoạt động",
    "body2": "• Công tác tuyên truyền (01/01/2025 - 31/03/2025)\n• Tổ chức các hoạt động về nguồn",
    "heading3": "Sự kiện chính",
    "body3": "Lễ kỷ niệm\nNgày 26/02/2025\nthaythuoc70.vanquan.example",
}


@pytest.fixture(scope="session")
def formats() -> dict[str, Format]:
    return builtin_formats()


@pytest.fixture(scope="session")
def layouts() -> dict[str, Layout]:
    return builtin_layouts()


def _updating(config: pytest.Config) -> bool:
    # ``make goldens`` passes --update-goldens when the root conftest defines it.
    try:
        flag = bool(config.getoption("--update-goldens"))
    except ValueError:
        flag = False
    return flag or os.environ.get("UPDATE_GOLDENS") == "1"


def assert_image_similar(
    actual: Image.Image, expected: Image.Image, epsilon: float, out_dir: Path, name: str
) -> None:
    """Same size and mode, then mean absolute channel difference at most ``epsilon``.

    On failure both images (and their difference) are kept in ``out_dir``.
    """
    assert actual.mode == expected.mode, f"{name}: mode {actual.mode} != {expected.mode}"
    assert actual.size == expected.size, f"{name}: size {actual.size} != {expected.size}"
    diff = ImageChops.difference(actual, expected)
    mean = sum(ImageStat.Stat(diff).mean) / len(actual.getbands())
    if mean > epsilon:
        out_dir.mkdir(parents=True, exist_ok=True)
        actual.save(out_dir / f"{name}.actual.png")
        expected.save(out_dir / f"{name}.expected.png")
        diff.save(out_dir / f"{name}.diff.png")
        pytest.fail(
            f"{name}: mean difference {mean:.3f} > {epsilon}; images in {out_dir}. "
            "If the change is intended, run with UPDATE_GOLDENS=1."
        )


@pytest.fixture
def golden(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., None]:
    """Compare with ``golden/<name>.png``, or rewrite it when updating on purpose."""

    def check(image: Image.Image, name: str, epsilon: float = 1.0) -> None:
        path = GOLDEN_DIR / f"{name}.png"
        if _updating(request.config):
            GOLDEN_DIR.mkdir(exist_ok=True)
            image.save(path, optimize=True)
            return
        if not path.exists():
            pytest.fail(f"no golden {path}: run with UPDATE_GOLDENS=1 to create it")
        with Image.open(path) as expected:
            assert_image_similar(image, expected.convert(image.mode), epsilon, tmp_path, name)

    return check
