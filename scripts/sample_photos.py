"""Draw the placeholder photos of the flagship's sample content (anh/minh-hoa/).

They are abstract patterns with a caption, never photos of people, so no
sample can be mistaken for a real person or event. Run once; the results
are committed.
"""

from __future__ import annotations

import math
from pathlib import Path

import fontpkg
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent.parent / "anh" / "minh-hoa"
PHOTOS = {
    "ve-nguon.jpg": ((2400, 1600), "#0b5e5a", "#2f9f95", "Hành trình về nguồn"),
    "hien-mau.jpg": ((1600, 1200), "#7a4a00", "#f2c14e", "Hiến máu tình nguyện"),
    "le-ky-niem.jpg": ((2400, 1350), "#073f3c", "#0b5e5a", "Lễ kỷ niệm 70 năm"),
    "chan-dung-1.jpg": ((1200, 1500), "#0b5e5a", "#8fd3c9", "Ảnh minh họa"),
    "chan-dung-2.jpg": ((1200, 1500), "#3b4a6b", "#a9c1e8", "Ảnh minh họa"),
}


def _hex(color: str) -> tuple[int, int, int]:
    return (int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16))


def draw(size: tuple[int, int], dark: str, light: str, caption: str) -> Image.Image:
    width, height = size
    image = Image.new("RGB", size, _hex(dark))
    pen = ImageDraw.Draw(image)
    a, b = _hex(dark), _hex(light)
    for i in range(0, width + height, 40):
        t = 0.5 + 0.5 * math.sin(i / 180)
        color = tuple(int(a[k] + (b[k] - a[k]) * t * 0.6) for k in range(3))
        pen.line([(i, 0), (i - height, height)], fill=color, width=24)
    if "chan-dung" in caption or caption == "Ảnh minh họa":
        r = width // 4
        cx, cy = width // 2, height // 2 - r // 3
        pen.ellipse([cx - r, cy - r, cx + r, cy + r], fill=b)
        pen.pieslice([cx - 2 * r, cy + r, cx + 2 * r, cy + 5 * r], 180, 360, fill=b)
    font = ImageFont.truetype(fontpkg.path("Be Vietnam Pro", 700), size=height // 12)
    box = pen.textbbox((0, 0), caption, font=font)
    x = (width - (box[2] - box[0])) // 2
    y = height - (box[3] - box[1]) - height // 10
    pen.rectangle([x - 30, y - 30 + box[1], x + box[2] - box[0] + 30, y + box[3] + 30], fill=a)
    pen.text((x, y), caption, font=font, fill="white")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (size, dark, light, caption) in PHOTOS.items():
        draw(size, dark, light, caption).save(OUT / name, quality=80)
        print(OUT / name)


if __name__ == "__main__":
    main()
