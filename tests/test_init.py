"""`campaign init --from-plan`: a campaign started from a plan's text, for plans seen and unseen."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from campaign.cli import main
from campaign.content.errors import CampaignError, ContentError
from campaign.content.load import load_campaign
from campaign.importers.plan.facts import PLACEHOLDER_URL, read_facts
from campaign.importers.plan.init import REPORT, init_from_plan
from campaign.importers.plan.parse import parse_plan
from campaign.pages import plan
from tests.conftest import PLANS, SEEDS
from tests.test_example import _flat

# A commune's plan written for these tests: two-column header and footer, "Căn cứ" on
# separate lines, "+" bullets, an inline unit ("2. Công an xã: ..."), a deadline without
# its year, a request ("Đề nghị ...") and a closing formula.
COMMUNE = PLANS / "tiem-chung-an-phu.txt"
SEED_000 = SEEDS / "000_58355a6700c5ab09.txt"
SEED_003 = SEEDS / "003_ed5d3a0484daf249.txt"
ALL = [SEED_000, SEED_003, COMMUNE]


@pytest.fixture
def start(tmp_path: Path) -> Callable[[Path], Path]:
    """Run the real command on a plan; return the campaign folder."""

    def run(plan_file: Path) -> Path:
        folder = tmp_path / plan_file.stem
        assert main(["init", "--from-plan", str(plan_file), str(folder)]) == 0
        return folder

    return run


@pytest.mark.parametrize("plan_file", ALL, ids=["seed-000", "seed-003", "commune"])
def test_campaign_yml_matches_golden(
    plan_file: Path, start: Callable[[Path], Path], golden: Callable[[str, str], None]
) -> None:
    folder = start(plan_file)
    for name in ("campaign.yml", REPORT):
        golden(f"init/{plan_file.stem}/{name}", (folder / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("plan_file", ALL, ids=["seed-000", "seed-003", "commune"])
def test_yaml_says_exactly_what_was_read(plan_file: Path, start: Callable[[Path], Path]) -> None:
    """The hand-written YAML (folded lines, quoting, comments) loads back to the same data."""
    facts = read_facts(parse_plan(plan_file.read_text(encoding="utf-8"), plan_file.name))
    written = (start(plan_file) / "campaign.yml").read_text(encoding="utf-8")
    assert yaml.safe_load(written) == facts.data


@pytest.mark.parametrize("plan_file", ALL, ids=["seed-000", "seed-003", "commune"])
def test_site_name_and_description_load_back(
    plan_file: Path, start: Callable[[Path], Path]
) -> None:
    """mkdocs.yml and the about page quote the site's name and description (yaml_quote)."""
    folder = start(plan_file)
    site = load_campaign(folder / "campaign.yml").site

    def said(text: str, key: str) -> object:
        line = next(line for line in text.splitlines() if line.startswith(f"{key}: "))
        assert line.startswith(f'{key}: "')  # quoted, whatever the name holds
        return yaml.safe_load(line)[key]

    mkdocs_yml = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    assert said(mkdocs_yml, "site_name") == site.name
    assert said(mkdocs_yml, "site_description") == site.description
    about = (folder / "docs" / "gioi-thieu.md").read_text(encoding="utf-8")
    assert said(about, "description") == site.name


def test_seed_000_units_tasks_recipients_signer(start: Callable[[Path], Path]) -> None:
    campaign = load_campaign(start(SEED_000) / "campaign.yml")
    assert campaign.plan.issuer == "Ủy ban nhân dân huyện Văn Quan"
    assert campaign.plan.number is None and campaign.plan.date is None  # the seed has neither
    assert campaign.stated_theme == "Y tế Việt Nam - 70 năm làm theo lời Bác"
    assert campaign.anniversary is not None and campaign.anniversary.years == 70
    assert [u.name for u in campaign.units] == [
        "Trung tâm Y tế",
        "Trung tâm Văn hóa, Thể thao và Truyền thông",
        "Phòng Nội vụ",
        "Phòng Tài chính - Kế hoạch",
        "Ban Tuyên giáo Huyện ủy",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện",
        "Hội Liên hiệp Phụ nữ huyện",
        "UBND các xã, thị trấn",
    ]
    assert [len(a.tasks) for a in campaign.assignments] == [3, 3, 1, 1, 1, 1, 1, 1]
    assert [a.request for a in campaign.assignments][4:7] == [True, True, True]
    assert campaign.assignments[0].role == "chủ trì"
    # The paragraph the seed breaks across a blank line is one task again.
    assert "trong thực hiện nhiệm vụ bảo vệ" in campaign.assignments[5].tasks[0].text
    assert len(campaign.plan.recipients) == 10
    assert campaign.plan.recipients[-1].name == "Lưu: VT, TTYT"
    assert campaign.plan.signer is not None
    assert (campaign.plan.signer.authority, campaign.plan.signer.name) == (
        "KT. CHỦ TỊCH",
        "Triệu Đức Dũng",
    )
    assert campaign.plan.closing is not None and campaign.plan.closing.endswith("chỉ đạo./.")
    event = campaign.events[0]
    assert (event.name, event.place, event.scale, event.tentative) == (
        "Lễ kỷ niệm",
        "Hội trường Ủy ban nhân dân huyện",
        "Ủy ban nhân dân huyện tổ chức",
        True,
    )
    assert event.date is not None and event.date.isoformat() == "2025-02-26"
    tuyen_truyen = campaign.activities[0]
    assert tuyen_truyen.name == "Công tác tuyên truyền" and tuyen_truyen.when is not None
    assert tuyen_truyen.when_text == "quý I năm 2025 (tập trung từ ngày 01 - 28/02/2025)"


def test_seed_003_units_tasks_deadlines_recipients_signer(start: Callable[[Path], Path]) -> None:
    campaign = load_campaign(start(SEED_003) / "campaign.yml")
    assert campaign.plan.number == "116-KH/TU" and campaign.plan.numbering == "I-"
    assert campaign.plan.issuer == "Ban Thường vụ Thị ủy"
    assert campaign.stated_theme is None and campaign.anniversary is None
    assert [u.name for u in campaign.units] == [
        "Ủy ban nhân dân thị xã",
        "Ban Tuyên giáo Thị ủy",
        "Văn phòng Thị ủy",
        "Đăng ủy các xã, phường",  # as printed: the parser never corrects the plan
    ]
    assert [u.level for u in campaign.units] == ["huyện", "huyện", "huyện", "xã"]
    deadlines = [
        (a.unit, t.deadline.isoformat())
        for a in campaign.assignments
        for t in a.tasks
        if t.deadline is not None
    ]
    assert deadlines == [
        ("uy-ban-nhan-dan-thi-xa", "2023-05-12"),
        ("ban-tuyen-giao-thi-uy", "2023-05-26"),
    ]
    assert [r.name for r in campaign.plan.recipients] == [
        "Như thành phần tại điểm 2, mục II của Kế hoạch này",
        "Chánh, PC Văn phòng Thị ủy",
        "Lưu Văn phòng Thị ủy",
    ]
    assert campaign.plan.signer is not None
    assert (campaign.plan.signer.authority, campaign.plan.signer.position) == (
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
    )
    event = campaign.events[0]
    assert event.month is not None and event.month.isoformat() == "2023-06-01"
    assert [g.level for g in event.participants] == ["Ở thị xã", "Ở xã, phường"]
    assert [len(g.who) for g in event.participants] == [6, 3]
    assert len(event.agenda) == 4
    assert event.combined[0].document is not None
    assert event.combined[0].document.number == "24-CT/TW"
    assert [r.number for r in event.refs] == ["06-CT/TW"]


def test_unseen_commune_plan(start: Callable[[Path], Path]) -> None:
    folder = start(COMMUNE)
    campaign = load_campaign(folder / "campaign.yml")
    head = campaign.plan
    assert (head.issuer, head.number, head.place) == (
        "Ủy ban nhân dân xã An Phú",
        "45/KH-UBND",
        "An Phú",
    )
    assert head.date is not None and head.date.isoformat() == "2024-03-02"
    assert head.title == "Tổ chức Tuần lễ tiêm chủng mở rộng trên địa bàn xã An Phú năm 2024"
    assert [r.number for r in head.legal_basis] == ["12/KH-UBND", "34/TTYT-KSBT"]
    assert len(head.basis_text) == 3 and head.context == []
    assert head.requirements == [
        "Bảo đảm an toàn tiêm chủng theo quy định của Bộ Y tế.",
        "Không để sót đối tượng trong diện tiêm.",
    ]
    assert [(u.name, u.level) for u in campaign.units] == [
        ("Trạm Y tế xã", "xã"),
        ("Công an xã", "xã"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "xã"),
        ("Các thôn", "xã"),
    ]
    assert campaign.assignments[1].tasks[0].text.startswith("bảo đảm an ninh")
    assert campaign.assignments[2].request
    tasks = [t for a in campaign.assignments for t in a.tasks]
    deadlines = [t.deadline.isoformat() for t in tasks if t.deadline]
    # "chậm nhất ngày 29/3" takes the year the plan was issued, and says so in the report.
    assert deadlines == ["2024-03-15", "2024-03-29", "2024-03-12"]
    report = (folder / REPORT).read_text(encoding="utf-8")
    assert "“chậm nhất ngày 29/3” không ghi năm: lấy năm ban hành 2024" in report
    assert [(r.name, r.note) for r in head.recipients] == [
        ("UBND huyện Thử", "b/c"),
        ("Trung tâm Y tế huyện", "b/c"),
        ("Như mục IV", None),
        ("Lưu: VT", None),
    ]
    assert head.signer is not None
    assert (head.signer.authority, head.signer.position, head.signer.name) == (
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Văn A",
    )
    assert head.closing is not None and head.closing.endswith("nghiêm túc./.")
    vaccination = next(a for a in campaign.activities if a.name == "Tổ chức tiêm chủng")
    assert vaccination.when is not None
    assert (vaccination.when.start.isoformat(), vaccination.when.last.isoformat()) == (
        "2024-03-18",
        "2024-03-24",
    )
    assert campaign.events == []  # no ceremony or conference in this plan: none made up


def test_markdown_plan_reads_like_plain_text(tmp_path: Path) -> None:
    """The same plan typed as Markdown: headings, bold, italics, escapes, links."""
    text = COMMUNE.read_text(encoding="utf-8")
    markdown = re.sub(r"^(I|II|III|IV)\. ", r"## \1. ", text, flags=re.M)
    markdown = re.sub(r"^(\d)\. ", r"### \1\\. ", markdown, flags=re.M)
    markdown = markdown.replace("chậm nhất ngày 29/3", "**chậm nhất ngày 29/3**")
    markdown = markdown.replace("KẾ HOẠCH", "# **KẾ HOẠCH**")
    markdown = markdown.replace("lợi ích của tiêm chủng.", "*lợi ích* của [tiêm chủng](#).")
    plain = read_facts(parse_plan(text, "a.txt")).data
    marked = read_facts(parse_plan(markdown, "a.md")).data
    assert marked == plain


def test_other_numbering_and_units_as_bullets() -> None:
    """ "I/", units listed as "- Unit: task", a deadline with an hour, a capitalised issuer."""
    text = (
        "UBND XÃ BÌNH AN\nSố: 7/KH-UBND\nKẾ HOẠCH\nVệ sinh môi trường phòng chống dịch\n\n"
        "I/ MỤC ĐÍCH\n- Giữ vệ sinh.\nII/ TỔ CHỨC THỰC HIỆN\n"
        "- Trạm Y tế xã: hướng dẫn phun hóa chất, báo cáo trước 17h00 ngày 15/8/2024.\n"
        "- Các thôn: ra quân tổng vệ sinh trước ngày 10/8/2024.\n"
    )
    data = read_facts(parse_plan(text, "ve-sinh.txt")).data
    assert (data["plan"]["issuer"], data["plan"]["issuer_short"]) == (
        "Ủy ban nhân dân xã Bình An",
        "UBND xã Bình An",
    )
    assert [s["title"] for s in data["plan"]["sections"]] == ["MỤC ĐÍCH", "TỔ CHỨC THỰC HIỆN"]
    assert [(u["name"], u["level"]) for u in data["units"]] == [
        ("Trạm Y tế xã", "xã"),
        ("Các thôn", "xã"),
    ]
    assert [a["tasks"][0]["deadline"] for a in data["assignments"]] == ["15/08/2024", "10/08/2024"]


def test_party_header_in_two_columns() -> None:
    text = (
        "ĐẢNG BỘ TỈNH THỬ                 ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "THỊ ỦY AN HÒA\n*\n"
        "Số 9-KH/TU                      An Hòa, ngày 20 tháng 4 năm 2023\n\n"
        "KẾ HOẠCH\ntổng kết công tác y tế cơ sở\n\n"
        "I- MỤC ĐÍCH, YÊU CẦU\n\nĐánh giá kết quả.\n"
    )
    plan_data = read_facts(parse_plan(text, "dang.txt")).data["plan"]
    assert (plan_data["superior"], plan_data["issuer"]) == ("Đảng bộ tỉnh Thử", "Thị ủy An Hòa")
    assert (plan_data["number"], plan_data["date"], plan_data["place"]) == (
        "9-KH/TU",
        "20/04/2023",
        "An Hòa",
    )
    assert plan_data["numbering"] == "I-"


def test_nothing_is_invented(tmp_path: Path) -> None:
    """A bare plan: no number, date, signer or recipients. Those stay out; the report says so;
    the one required value missing (the site's address) is an obvious placeholder."""
    plan_file = tmp_path / "ke-hoach.md"
    plan_file.write_text(
        "KẾ HOẠCH\n\nTruyền thông phòng chống sốt xuất huyết\n\n"
        "I. MỤC ĐÍCH\n\nGiảm số ca mắc sốt xuất huyết trên địa bàn.\n\n"
        "II. PHÂN CÔNG NHIỆM VỤ\n\n1. Trạm Y tế\n\n- Phun hóa chất trước ngày 15/7.\n",
        encoding="utf-8",
    )
    result = init_from_plan(plan_file, tmp_path / "moi")
    text = (tmp_path / "moi" / "campaign.yml").read_text(encoding="utf-8")
    campaign = load_campaign(tmp_path / "moi" / "campaign.yml")
    assert campaign.plan.signer is None and campaign.plan.recipients == []
    assert campaign.plan.number is None and campaign.plan.date is None
    assert campaign.plan.issuer == "CẦN ĐIỀN tên cơ quan ban hành"
    assert campaign.site.url == PLACEHOLDER_URL
    assert "# CẦN SỬA: địa chỉ giả định" in text and "# CẦN ĐIỀN" in text
    assert campaign.assignments[0].tasks[0].deadline is None  # no year anywhere: no guess
    assert "dòng 13: “trước ngày 15/7” (thời hạn không ghi năm" in result.report
    assert "không thấy khối chữ ký" in result.report and "không thấy “Nơi nhận”" in result.report


def test_not_a_plan_and_existing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    letter = tmp_path / "thu.txt"
    letter.write_text("Kính gửi các đồng chí,\nXin thông báo...\n", encoding="utf-8")
    assert main(["init", "--from-plan", str(letter), str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err
    assert "thu.txt:1: cần dòng tên loại văn bản “KẾ HOẠCH”" in err and "Traceback" not in err
    assert not (tmp_path / "x").exists()
    with pytest.raises(ContentError):
        init_from_plan(tmp_path / "khong-co.txt", tmp_path / "y")
    folder = tmp_path / "co-san"
    folder.mkdir()
    (folder / "campaign.yml").write_text("# công việc của ai đó\n", encoding="utf-8")
    with pytest.raises(CampaignError, match="không ghi đè"):
        init_from_plan(COMMUNE, folder)
    assert (folder / "campaign.yml").read_text(encoding="utf-8") == "# công việc của ai đó\n"
    assert not (folder / "mkdocs.yml").exists()


@pytest.mark.parametrize("plan_file", [SEED_000, SEED_003], ids=["seed-000", "seed-003"])
def test_every_sentence_of_the_seed_reaches_the_plan_page(
    plan_file: Path, start: Callable[[Path], Path]
) -> None:
    page = _flat(plan.render(load_campaign(start(plan_file) / "campaign.yml"))).casefold()
    missing = []
    for paragraph in re.split(r"\n\s*\n", plan_file.read_text(encoding="utf-8")):
        # Recipients end in "," or ";" on their own lines: check line by line there.
        for line in re.split(r"(?<=,)\n", paragraph):
            for sentence in re.split(r"(?<=[.;:])\s+", _flat(line)):
                sentence = sentence.strip("-;:,. ")
                if len(sentence) > 3 and sentence.casefold() not in page:
                    missing.append(sentence)
    # The seed's "} (B/c);" brace is reported, not guessed onto some recipients.
    assert missing == (["} (B/c)"] if plan_file == SEED_000 else [])


@pytest.fixture(scope="module")
def started_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Each plan started with `init` and built strictly, once for the module."""
    sites = {}
    for plan_file in ALL:
        folder = tmp_path_factory.mktemp("started") / plan_file.stem
        assert main(["init", "--from-plan", str(plan_file), str(folder)]) == 0
        assert main(["-C", str(folder), "build"]) == 0
        sites[plan_file.stem] = folder / "site"
    yield sites


@pytest.mark.build
@pytest.mark.parametrize("plan_file", ALL, ids=["seed-000", "seed-003", "commune"])
def test_started_campaign_builds_strictly(plan_file: Path, started_sites: dict[str, Path]) -> None:
    site = started_sites.get(plan_file.stem)
    assert site is not None
    for page in ("index.html", "ke-hoach/index.html", "phan-cong/index.html", "lich.ics"):
        assert (site / page).is_file(), page
    assert not (site / "khau-hieu").exists()  # no slogans in any plan: no page
    # The import report is for the editor: none of it is published.
    published = [p for p in site.rglob("*") if p.suffix in (".html", ".json", ".xml", ".txt")]
    assert published
    leaked = [p for p in published if "Báo cáo nhập kế hoạch" in p.read_text(encoding="utf-8")]
    assert leaked == []


def test_folder_and_plan_errors_are_reported_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No traceback and no English: a file where the folder should be, a path that cannot
    be made, a plan that is a folder, a plan without a title (told against the plan, not
    against a campaign.yml that is never written)."""
    taken = tmp_path / "tep"
    taken.write_text("", encoding="utf-8")
    untitled = tmp_path / "khong-ten.txt"
    untitled.write_text("UBND XÃ THỬ\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\nNâng cao.\n", encoding="utf-8")
    cases = [
        (COMMUNE, taken, f"{taken}: cần một thư mục để tạo chiến dịch, nhận được một tệp đã có"),
        (COMMUNE, taken / "con", f"{taken / 'con'}: không ghi được (một phần của đường dẫn là tệp"),
        (tmp_path, tmp_path / "a", f"{tmp_path.name}: không đọc được tệp (đây là thư mục"),
        (tmp_path / "khong-co.txt", tmp_path / "b", "không đọc được tệp (không có tệp hay thư mục"),
        (
            untitled,
            tmp_path / "c",
            "khong-ten.txt:3: cần tên kế hoạch ngay sau dòng “KẾ HOẠCH”, nhận được “I. MỤC ĐÍCH”",
        ),
    ]
    for plan_file, folder, message in cases:
        assert main(["init", "--from-plan", str(plan_file), str(folder)]) == 1
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err and "campaign.yml" not in err, err
        assert "No such file" not in err and "trang chưa được dựng lại" not in err
        assert not (tmp_path / "c").exists()


@pytest.mark.build
def test_first_news_post_in_a_started_campaign_builds(
    start: Callable[[Path], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """init, then `campaign new news`, then build: the post is a news item (the
    blog is configured by init), not a page missing from the navigation."""
    folder = start(COMMUNE)
    title = 'Tiêm chủng "mũi 2" <b>đợt 1</b> & lịch 💉'
    assert main(["-C", str(folder), "new", "news", title]) == 0
    capsys.readouterr()
    assert main(["-C", str(folder), "build"]) == 0, capsys.readouterr().err
    (post,) = (folder / "site" / "tin-tuc").glob("*/*/tiem-chung-*/index.html")
    html = post.read_text(encoding="utf-8")
    assert "<h1>Tiêm chủng &#34;mũi 2&#34; &lt;b&gt;đợt 1&lt;/b&gt; &amp; lịch 💉</h1>" in html
    assert "<b>đợt" not in html
