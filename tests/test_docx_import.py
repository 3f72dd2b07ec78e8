"""Word files become news posts: built with python-docx, converted, read back."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import markdown  # type: ignore[import-untyped]
import pytest
import yaml
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Inches
from PIL import Image

from campaign.content.errors import ContentError
from campaign.importers.docx.images import web_image
from campaign.importers.docx.post import ImportResult, import_docx
from campaign.importers.docx.word import RawImage
from tests.wordfiles import word_document

DAY = dt.date(2025, 2, 10)
TITLE = "Phát động phong trào thi đua “Ngành Y tế 70 năm làm theo lời Bác Hồ dạy”"
SAPO = (
    "Sáng 10/2, Trung tâm Y tế huyện Văn Quan tổ chức lễ phát động phong trào thi đua "
    "hướng tới kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam."
)
# NBSP, a zero-width space and decomposed (NFD) Vietnamese, as Word pastes them.
DIRTY = unicodedata.normalize("NFD", "Y tế\u00a0cơ sở\u200b Lạng Sơn  chăm sóc sức khỏe")
CLEAN = "Y tế cơ sở Lạng Sơn chăm sóc sức khỏe"
PHOTO_ALT = "Lãnh đạo Trung tâm Y tế phát biểu tại lễ phát động"


def _png() -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(out, "PNG")
    out.seek(0)
    return out


def _jpeg() -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (30, 120, 200)).save(out, "JPEG")
    out.seek(0)
    return out


def _news_docx(path: Path, new: Callable[[], Any] = word_document) -> Path:
    doc = new()
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph().add_run(SAPO).bold = True
    doc.add_picture(_png(), width=Inches(2))
    doc.add_heading("Nội dung thi đua", level=2)
    doc.add_paragraph("Rèn luyện y đức;", style="List Bullet")
    doc.add_paragraph("Nâng cao chất lượng khám, chữa bệnh.", style="List Bullet")
    doc.add_paragraph("Đăng ký thi đua", style="List Number")
    doc.add_paragraph("Sơ kết, tổng kết", style="List Number")
    table = doc.add_table(rows=3, cols=2)
    for r, row in enumerate([("Đơn vị", "Số | người"), ("TTYT", "120"), ("Trạm Y tế xã", "45")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    para = doc.add_paragraph("Phong trào có ")
    para.add_run("ý nghĩa quan trọng").bold = True
    para.add_run(" và ")
    para.add_run("lâu dài").italic = True
    para.add_run(".")
    doc.add_paragraph(DIRTY)
    doc.add_paragraph("")  # an empty paragraph Word users leave behind
    doc.add_heading("Kết quả", level=2)
    doc.add_paragraph("Đã có 1.200 lượt cán bộ đăng ký.")
    shape = doc.add_picture(_jpeg(), width=Inches(2))
    shape._inline.docPr.set("descr", PHOTO_ALT)
    doc.save(str(path))
    return path


@pytest.fixture(scope="module")
def news_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _news_docx(tmp_path_factory.mktemp("word") / "bai.docx")


Run = Callable[..., ImportResult]


@pytest.fixture
def run(tmp_path: Path) -> Run:
    def convert(source: Path, **kwargs: Any) -> ImportResult:
        return import_docx(
            source, docs_dir=tmp_path / "docs", photos_dir=tmp_path / "anh", **kwargs
        )

    return convert


def _split(post: Path) -> tuple[dict[str, Any], str]:
    _, front, body = post.read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(front)
    assert isinstance(meta, dict)
    return meta, body


def _html(body: str) -> str:
    return str(markdown.markdown(body, extensions=["tables", "attr_list", "md_in_html"]))


def _docx(tmp_path: Path, build: Callable[[Any], None], name: str = "tin.docx") -> Path:
    doc = word_document()
    build(doc)
    path = tmp_path / name
    doc.save(str(path))
    return path


def test_news_post_front_matter(news_docx: Path, run: Run, tmp_path: Path) -> None:
    result = run(news_docx, date=DAY, unit="ttyt", categories=["Thi đua"])
    meta, _ = _split(result.post)
    folder = "2025-02-10-phat-dong-phong-trao-thi-dua-nganh-y-te-70-nam-lam-theo-loi"
    assert result.post == tmp_path / "docs/tin-tuc/posts" / f"{folder[11:]}.md"
    assert result.post.stem.isascii() and len(result.post.stem) <= 60
    assert meta == {
        "title": TITLE,
        "date": DAY,
        "slug": folder[11:],
        "summary": SAPO,
        "categories": ["Thi đua"],
        "cover": f"anh/{folder}/anh-1.png",
        "cover_alt": f'Ảnh 1 của bài "{TITLE}"',
        "unit": "ttyt",
        "broadcast": False,
    }
    assert [w for w in result.warnings if "chưa có mô tả" in w] == [
        "ảnh 1 (anh-1.png) chưa có mô tả trong Word nên tạm ghi “Ảnh 1 của bài …”: hãy sửa "
        "thành mô tả thật (ảnh cho thấy ai, đang làm gì) để người khiếm thị hiểu được ảnh"
    ]


def test_news_post_body(news_docx: Path, run: Run) -> None:
    result = run(news_docx, date=DAY)
    text = result.post.read_text(encoding="utf-8")
    _, body = _split(result.post)
    assert text == unicodedata.normalize("NFC", text)
    assert "\u00a0" not in text and "\u200b" not in text
    # The title is the page's h1, not repeated (the placeholder photo alt quotes it).
    assert TITLE not in body.replace(f'của bài "{TITLE}"', "")
    assert body.startswith(f"\n{SAPO[:70]}")  # the bold sapo, unbolded, first
    assert "\n<!-- more -->\n" in body
    assert "\n## Nội dung thi đua\n" in body and "\n## Kết quả\n" in body
    assert "\n- Rèn luyện y đức;\n- Nâng cao chất lượng khám, chữa bệnh.\n" in body
    assert "\n1. Đăng ký thi đua\n2. Sơ kết, tổng kết\n" in body
    assert "| Đơn vị | Số \\| người |\n| --- | --- |\n| TTYT | 120 |\n" in body
    assert "Phong trào có **ý nghĩa quan trọng** và *lâu dài*." in body
    assert f"\n{CLEAN}\n" in body
    assert "\n\n\n" not in body
    assert f"![{PHOTO_ALT}](anh/2025-02-10-" in body
    assert all(len(line) <= 100 for line in body.splitlines() if not line.startswith("!["))


def test_the_tests_word_files_import_as_python_docx_template_files(
    news_docx: Path, tmp_path: Path
) -> None:
    """The tests' Word files leave out python-docx's unused table styles (see
    tests/wordfiles.py): the same document made from the whole template gives the
    same post, images and warnings."""
    whole = _news_docx(tmp_path / "mau-day-du.docx", new=docx.Document)
    assert len(whole.read_bytes()) > len(news_docx.read_bytes())
    slim, full = (
        import_docx(source, docs_dir=folder / "docs", photos_dir=folder / "anh", date=DAY)
        for source, folder in ((news_docx, tmp_path / "a"), (whole, tmp_path / "b"))
    )
    assert full.post.read_text(encoding="utf-8") == slim.post.read_text(encoding="utf-8")
    assert [p.read_bytes() for p in full.images] == [p.read_bytes() for p in slim.images]
    assert full.warnings == slim.warnings


def test_body_renders_as_intended(news_docx: Path, run: Run) -> None:
    _, body = _split(run(news_docx, date=DAY).post)
    html = _html(body)
    assert html.count("<ul>") == 1 and html.count("<ol>") == 1  # lists kept apart
    assert "<h2>Nội dung thi đua</h2>" in html
    assert "<th>Số | người</th>" in html
    assert "<strong>ý nghĩa quan trọng</strong>" in html and "<em>lâu dài</em>" in html
    assert "**" not in html and "\\" not in html


def test_images_are_extracted(news_docx: Path, run: Run, tmp_path: Path) -> None:
    result = run(news_docx, date=DAY)
    names = [(p.parent.parent, p.name) for p in result.images]
    assert names == [(tmp_path / "anh", "anh-1.png"), (tmp_path / "anh", "anh-2.jpg")]
    sizes = []
    for path in result.images:
        with Image.open(path) as image:
            sizes.append(image.size)
    assert sizes == [(64, 48), (80, 60)]
    _, body = _split(result.post)
    for path in result.images:
        assert f"](anh/{path.parent.name}/{path.name})" in body


def test_second_import_never_overwrites(news_docx: Path, run: Run) -> None:
    first = run(news_docx, date=DAY)
    before = first.post.read_bytes()
    photos = [p.read_bytes() for p in first.images]
    second = run(news_docx, date=DAY)
    assert second.post == first.post.with_name(first.post.stem + "-2.md")
    assert first.post.read_bytes() == before
    assert [p.read_bytes() for p in first.images] == photos
    assert second.images[0].parent.name.endswith("-2")
    meta, _ = _split(second.post)
    assert meta["cover"] == f"anh/{second.images[0].parent.name}/anh-1.png"


def test_defaults(news_docx: Path, run: Run) -> None:
    meta, _ = _split(run(news_docx).post)
    assert meta["date"] == dt.date.today()
    assert meta["categories"] == []
    assert "unit" not in meta


def test_title_from_first_heading(tmp_path: Path, run: Run) -> None:
    def build(doc: Any) -> None:
        doc.add_heading("Khám sàng lọc miễn phí cho người cao tuổi", level=1)
        doc.add_paragraph("Người dân xã Tràng Phái được khám miễn phí.")
        doc.add_heading("Kết quả", level=2)
        doc.add_paragraph("Hơn 300 người được khám.")

    result = run(_docx(tmp_path, build), date=DAY)
    meta, body = _split(result.post)
    assert meta["title"] == "Khám sàng lọc miễn phí cho người cao tuổi"
    assert "Khám sàng lọc" not in body
    assert "\n## Kết quả\n" in body  # the top remaining level becomes "##"
    assert result.post.name == "kham-sang-loc-mien-phi-cho-nguoi-cao-tuoi.md"
    assert "cover" not in meta and result.images == []


def test_title_from_short_first_paragraph(tmp_path: Path, run: Run) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Tiêm chủng mở rộng tại xã Văn An")
        doc.add_paragraph("Sáng nay, trạm y tế xã tổ chức tiêm chủng.")

    meta, body = _split(run(_docx(tmp_path, build), date=DAY).post)
    assert meta["title"] == "Tiêm chủng mở rộng tại xã Văn An"
    assert meta["summary"] == "Sáng nay, trạm y tế xã tổ chức tiêm chủng."
    assert body.strip() == "Sáng nay, trạm y tế xã tổ chức tiêm chủng."


def test_title_from_file_name(tmp_path: Path, run: Run) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Sáng nay, trạm y tế xã tổ chức tiêm chủng.")

    result = run(_docx(tmp_path, build, name="tiem_chung.docx"), date=DAY)
    assert _split(result.post)[0]["title"] == "tiem chung"
    assert any("tên tệp" in w for w in result.warnings)


def test_explicit_title(news_docx: Path, run: Run) -> None:
    result = run(news_docx, date=DAY, title="Tin  ngắn")
    meta, body = _split(result.post)
    assert meta["title"] == "Tin ngắn"
    assert TITLE not in body and result.post.name == "tin-ngan.md"


def test_long_sapo_is_trimmed_at_a_word(tmp_path: Path, run: Run) -> None:
    sentence = "Trung tâm Y tế huyện Văn Quan tổ chức truyền thông phòng chống dịch bệnh, "
    long = (sentence * 6).strip()

    def build(doc: Any) -> None:
        doc.add_paragraph("Truyền thông phòng chống dịch", style="Title")
        doc.add_paragraph(long)

    meta, body = _split(run(_docx(tmp_path, build), date=DAY).post)
    summary = meta["summary"]
    assert summary.endswith("…") and len(summary) <= 301
    assert long.startswith(summary[:-1]) and long[len(summary) - 1] in " ,"
    assert long.split()[0] in body and "<!-- more -->" not in body  # nothing follows


def test_markdown_syntax_in_text_is_escaped(tmp_path: Path, run: Run) -> None:
    lines = [
        "1. Không phải danh sách tự động",
        "# Không phải đề mục",
        "- gạch đầu dòng gõ tay",
        "Trẻ <5 tuổi, nhóm *A* và [1] & <b>x</b> dùng a_b_c, \\n",
        "27/02/1955 - 27/02/2025 " * 6,
    ]

    def build(doc: Any) -> None:
        doc.add_paragraph("Kiểm tra ký tự", style="Title")
        for line in lines:
            doc.add_paragraph(line)

    _, body = _split(run(_docx(tmp_path, build), date=DAY).post)
    html = _html(body)
    for tag in ("<ol>", "<ul>", "<h1>", "<b>", "<em>"):
        assert tag not in html
    rendered = [p.removeprefix("<p>").removesuffix("</p>") for p in html.split("\n") if p]
    for line in lines[:3]:
        assert line in rendered
    assert "Trẻ &lt;5 tuổi, nhóm *A* và [1] &amp; &lt;b&gt;x&lt;/b&gt; dùng a_b_c, \\n" in html


def test_merged_table_cells(tmp_path: Path, run: Run) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Bảng gộp ô", style="Title")
        table = doc.add_table(rows=3, cols=3)
        table.cell(0, 0).merge(table.cell(0, 1)).text = "Gộp"
        table.cell(0, 2).text = "C"
        table.cell(1, 0).merge(table.cell(2, 0)).text = "Dọc"
        table.cell(1, 1).text = "b1"
        table.cell(2, 2).text = "c2"

    result = run(_docx(tmp_path, build), date=DAY)
    _, body = _split(result.post)
    rows = [line for line in body.splitlines() if line.startswith("|")]
    assert rows[0] == "| Gộp |  | C |"
    assert all(row.count("|") == 4 for row in rows)
    assert rows[2:] == ["| Dọc | b1 |  |", "|  |  | c2 |"]
    assert any("ô gộp" in w for w in result.warnings)


def test_tiff_is_converted(tmp_path: Path, run: Run) -> None:
    tiff = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 10)).save(tiff, "TIFF")
    tiff.seek(0)

    def build(doc: Any) -> None:
        doc.add_paragraph("Ảnh TIFF", style="Title")
        doc.add_paragraph("Nội dung.")
        doc.add_picture(tiff)

    result = run(_docx(tmp_path, build), date=DAY)
    assert [p.name for p in result.images] == ["anh-1.jpg"]
    with Image.open(result.images[0]) as image:
        assert image.format == "JPEG"


def test_unknown_styles_are_summarised(tmp_path: Path, run: Run) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Kiểu lạ", style="Title")
        style = doc.styles.add_style("Kiểu riêng của phòng", WD_STYLE_TYPE.PARAGRAPH)
        doc.add_paragraph("Đoạn một.", style=style)
        doc.add_paragraph("Đoạn hai.", style=style)

    result = run(_docx(tmp_path, build), date=DAY)
    assert result.warnings == [
        "kiểu đoạn văn chưa được hỗ trợ (“Kiểu riêng của phòng”): nội dung giữ nguyên, "
        "định dạng riêng của kiểu này bị bỏ",
        "đã tạo trang mục lục tin tức tin-tuc/index.md",  # the first post of a campaign
    ]
    assert "Đoạn một.\n\n<!-- more -->\n\nĐoạn hai.\n" in result.post.read_text(encoding="utf-8")


def test_unusable_images_are_reported() -> None:
    emf = b"\x01\0\0\0" + b"\0" * 36 + b" EMF" + b"\0" * 60
    warnings: list[str] = []
    assert web_image(RawImage("image/x-emf", emf, ""), 3, warnings) is None
    assert web_image(RawImage("image/png", emf, ""), 4, warnings) is None
    assert web_image(RawImage("image/jpeg", None, ""), 5, warnings) is None
    assert [w.split(" nên")[0].split(" là")[0] for w in warnings] == [
        "ảnh thứ 3 (định dạng EMF) không hiển thị được trên web",
        "ảnh thứ 4 (định dạng PNG) bị hỏng hoặc không đọc được",
        "ảnh thứ 5",
    ]


def test_empty_document(tmp_path: Path, run: Run) -> None:
    with pytest.raises(ContentError, match="không có nội dung"):
        run(_docx(tmp_path, lambda doc: doc.add_paragraph("  ")))


def test_missing_file(tmp_path: Path, run: Run) -> None:
    with pytest.raises(ContentError, match="không tìm thấy"):
        run(tmp_path / "khong-co.docx")


def test_not_a_docx(tmp_path: Path, run: Run) -> None:
    text = tmp_path / "ghi-chu.docx"
    text.write_text("chỉ là văn bản", encoding="utf-8")
    with pytest.raises(ContentError, match="không phải tệp Word"):
        run(text)
    other = tmp_path / "nen.docx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(ContentError, match=r"word/document\.xml") as error:
        run(other)
    assert error.value.problems[0].file == str(other)


def test_old_word_format(tmp_path: Path, run: Run) -> None:
    old = tmp_path / "bai-cu.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    with pytest.raises(ContentError, match=r"\.docx"):
        run(old)
    junk = tmp_path / "hong.doc"
    junk.write_bytes(b"\x00\x01 not word")
    with pytest.raises(ContentError, match="Word cũ"):
        run(junk)


def test_password_protected(tmp_path: Path, run: Run) -> None:
    locked = tmp_path / "mat-khau.docx"
    stream = "EncryptedPackage".encode("utf-16-le")
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + stream)
    with pytest.raises(ContentError, match="mật khẩu"):
        run(locked)


def test_nothing_written_on_error(tmp_path: Path, run: Run) -> None:
    broken = tmp_path / "hong.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("word/document.xml", "<not xml")
    with pytest.raises(ContentError, match="bị hỏng"):
        run(broken)
    assert not (tmp_path / "docs").exists() and not (tmp_path / "anh").exists()


@pytest.mark.parametrize(
    ("mojibake", "encoding", "source_name"),
    [
        ("Y tÕ ViÖt Nam - 70 n¨m lµm theo lêi B¸c", "TCVN3", "TCVN3 (ABC)"),
        ("Y teá Vieät Nam - 70 naêm laøm theo lôøi Baùc", "VNI", "VNI Windows"),
    ],
)
def test_a_legacy_encoded_word_file_is_refused_at_its_paragraph(
    tmp_path: Path, run: Run, mojibake: str, encoding: str, source_name: str
) -> None:
    # Word files typed with .VnTime or VNI-Times fonts: Unicode in the file, garbled letters.
    source = _docx(
        tmp_path,
        lambda doc: [
            doc.add_paragraph("Tin 2025", style="Title"),
            doc.add_paragraph("Ngày 10/2/2025"),
            doc.add_paragraph(mojibake),
            doc.add_paragraph(mojibake),
        ],
    )
    with pytest.raises(ContentError) as caught:
        run(source)
    (problem,) = caught.value.problems
    text = str(problem)
    shown = mojibake if len(mojibake) <= 40 else mojibake[:39].rstrip() + "…"
    assert text.startswith(f"{source}: đoạn 3 («{shown}»): văn bản gõ bằng bảng mã {encoding}")
    assert "chưa tạo tệp nào" in text and f"nguồn “{source_name}”" in text and "Unicode" in text
    assert not (tmp_path / "docs").exists() and not (tmp_path / "anh").exists()


def test_a_108_megapixel_photo_in_word_is_left_out_with_the_limit(
    tmp_path: Path, run: Run, recwarn: pytest.WarningsRecorder
) -> None:
    from .test_photos import png_header

    def build(doc: Any) -> None:
        doc.add_paragraph("Ảnh lớn", style="Title")
        doc.add_paragraph("Ảnh chụp bằng điện thoại ở chế độ 108 megapixel.")
        doc.add_picture(io.BytesIO(png_header(12000, 9000)), width=Inches(2))

    result = run(_docx(tmp_path, build))
    (warning,) = [w for w in result.warnings if "quá lớn" in w]
    assert warning.startswith(
        "ảnh thứ 1 quá lớn (12000×9000 điểm ảnh, 108 megapixel), tối đa 60 megapixel"
    )
    assert "4000×3000" in warning and warning.endswith("chưa được đưa vào bài")
    assert result.images == [] and "cover" not in _split(result.post)[0]
    assert not recwarn.list  # no English DecompressionBombWarning
