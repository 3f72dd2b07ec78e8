"""The media kit as the communications centre downloads it from the site."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from campaign.content.errors import ContentError
from campaign.content.load import load_campaign
from campaign.media import kit as kit_module
from campaign.media.kit import Job, build_kit, check_kit, plan_kit
from tests.conftest import MINIMAL

pytestmark = pytest.mark.build

# A published address: with a placeholder one the pre-press gate keeps the QR-bearing
# formats out of the kit (tests/media/test_prepress.py).
PUBLISHED = MINIMAL.replace("https://vi-du.example/", "https://suckhoe.vi-du.vn/")


def test_kit_has_every_slogan_in_every_format_and_commune_banners(built: Path) -> None:
    manifest = json.loads((built / "campaign-manifest.json").read_text(encoding="utf-8"))
    media = manifest["media"]
    slogans = {m["slogan"] for m in media if "slogan" in m}
    assert slogans == {
        "chu-de",
        "phong-trao-so-y-te",
        "phong-trao-ttyt",
        "chao-mung",
        "luong-y-tu-mau",
    }
    formats = {m["format"] for m in media}
    assert {"bang-ron-5m", "co-phuon", "pano-3x1-5", "mxh-og", "mxh-zalo"} <= formats
    # The flagship's address is a placeholder: posters and leaflets (QR codes, printed
    # address) wait for the real one, and the page says so.
    assert not formats & {"ap-phich-a0", "ap-phich-a3", "to-roi-a4", "to-roi-a4-trong"}
    communes = {m["commune"] for m in media if "commune" in m}
    assert "thị trấn Văn Quan" in communes and len(communes) == 17
    for entry in media:
        path = built / entry["path"]
        assert path.is_file(), entry["path"]
        if entry["role"] == "print-png":
            with Image.open(path) as image:
                assert image.size == (entry["width"], entry["height"])
                if "width_mm" in entry:
                    expected = entry["width_mm"] / 25.4 * entry["dpi"]
                    assert abs(image.width - expected) <= 2
    page = (built / "bo-an-pham" / "index.html").read_text(encoding="utf-8")
    assert "chữ thập đỏ" in page and "20% diện tích" in page
    assert 'id="chua-dua-vao"' in page and "site_url" in page
    assert "thaythuoc70.vanquan.example" in page and "Áp phích A3" in page
    items = [m for m in media if m["role"] not in {"print-zip", "spec-sheet"}]
    assert page.count('class="cp-kit__item"') == len({m["path"].rsplit(".", 1)[0] for m in items})


def test_commune_banner_text(write_campaign: Callable[[str], Path]) -> None:
    text = MINIMAL + (
        "anniversary: {name: Ngày Thầy thuốc Việt Nam, date: 27/02/2025, since: 27/02/1955}\n"
        "communes:\n  - {name: Văn Quan, kind: thị trấn}\n  - {name: An Sơn, kind: xã}\n"
    )
    jobs = [j for j in plan_kit(load_campaign(write_campaign(text))) if j.commune]
    slogans = [dict(j.texts)["slogan"] for j in jobs]
    # The greeting is what reads from across the street (15 cm capitals on two lines);
    # the commune signs it underneath.
    assert slogans == ["Nhiệt liệt chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam"] * 2
    assert [j.stem for j in jobs] == [
        "bang-ron-xa/bang-ron-5m_5000x800mm_thi-tran-van-quan",
        "bang-ron-xa/bang-ron-5m_5000x800mm_xa-an-son",
    ]
    # The commune signs its banner: its own name in the footer, not the district's.
    footers = [dict(j.texts)["footer"] for j in jobs]
    assert footers == ["UBND thị trấn Văn Quan", "UBND xã An Sơn"]


def test_rerun_renders_nothing_and_a_changed_slogan_only_its_jobs(
    write_campaign: Callable[[str], Path], tmp_path: Path
) -> None:
    text = PUBLISHED + (
        "media:\n  formats:\n    - {id: mxh-og}\n"
        # Short enough for every format, the 1 m flag's 12 cm capitals included.
        "slogans:\n  - {id: mot, text: Sức khỏe là vàng}\n  - {id: hai, text: Vì sức khỏe}\n"
    )
    campaign = load_campaign(write_campaign(text))
    first = build_kit(campaign, tmp_path / "kit", workers=1)
    assert first.rendered == len(plan_kit(campaign)) and first.cached == 0
    again = build_kit(campaign, tmp_path / "kit", workers=1)
    assert again.rendered == 0 and again.files == first.files
    changed = load_campaign(write_campaign(text.replace("Vì sức khỏe", "Vì sức khỏe mọi nhà")))
    third = build_kit(changed, tmp_path / "kit", workers=1)
    per_slogan = len(plan_kit(changed)) // 2
    # The other slogan is drawn again only where the two share one size: the outdoor
    # formats (banner, flag, billboard) hung side by side.
    outdoor = sum(1 for j in plan_kit(changed) if j.slogan == "mot" and j.fmt.min_cap_mm)
    assert per_slogan <= third.rendered <= per_slogan + outdoor


def test_an_unchanged_kit_is_not_planned_again(
    write_campaign: Callable[[str], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long = " ".join(["Tuyên truyền sâu rộng chăm sóc sức khỏe"] * 12)
    text = PUBLISHED + (
        "media:\n  formats:\n    - {id: mxh-og}\n"
        f"slogans:\n  - {{id: mot, text: Sức khỏe là vàng}}\n  - {{id: dai-qua, text: {long}}}\n"
    )
    campaign = load_campaign(write_campaign(text))
    first = build_kit(campaign, tmp_path / "kit", workers=1)
    assert first.warnings and first.withheld, "a warning and a note kept as they were"
    planned: list[int] = []
    real = kit_module.even_sizes

    def counted(jobs: list[Job]) -> list[Job]:
        planned.append(len(jobs))
        return real(jobs)

    monkeypatch.setattr(kit_module, "even_sizes", counted)
    again = build_kit(campaign, tmp_path / "kit", workers=1)
    assert planned == []
    assert again.files == first.files and again.sources == first.sources
    assert again.warnings == first.warnings and again.withheld == first.withheld
    assert again.rendered == 0 and again.cached == first.rendered + first.cached
    # A removed render, a damaged record, a changed campaign: planned (and drawn) again.
    removed = next(iter(first.sources.values()))
    drawn = removed.read_bytes()
    removed.unlink()  # its folder still says the render is done
    redone = build_kit(campaign, tmp_path / "kit", workers=1)
    assert redone.files == first.files and redone.rendered == 1
    assert len(planned) == 1 and removed.read_bytes() == drawn
    (tmp_path / "kit" / kit_module.MEMO).write_text("{", encoding="utf-8")
    assert build_kit(campaign, tmp_path / "kit", workers=1).files == first.files
    assert len(planned) == 2
    changed = load_campaign(write_campaign(text.replace("là vàng", "là vốn quý")))
    third = build_kit(changed, tmp_path / "kit", workers=1)
    assert len(planned) == 3 and third.rendered >= 1


def test_renders_bundles_and_sheet_removed_or_replaced_by_hand_are_made_again(
    write_campaign: Callable[[str], Path], tmp_path: Path
) -> None:
    text = PUBLISHED + (
        "media:\n  formats:\n    - {id: ap-phich-a3}\n"
        "slogans:\n  - {id: mot, text: Sức khỏe là vàng}\n"
    )
    campaign = load_campaign(write_campaign(text))
    cache = tmp_path / "kit"
    first = build_kit(campaign, cache, workers=1)
    assert first.rendered >= 2
    kept = {name: path.read_bytes() for name, path in first.sources.items()}
    # One file of each role: renders (drawn), a shop bundle and the spec sheet (written).
    roles = {f.role: f.path for f in first.files}
    assert {"print-png", "print-pdf", "preview-webp", "print-zip", "spec-sheet"} <= set(roles)
    for role in ("print-png", "print-pdf", "preview-webp", "print-zip", "spec-sheet"):
        name = roles[role]
        path = first.sources[name]
        if role == "print-png":
            path.unlink()  # deleted
        else:  # replaced by a file of the same size (a copy gone wrong)
            path.write_bytes(b"\0" * len(kept[name]))
        again = build_kit(campaign, cache, workers=1)
        assert again.files == first.files, name
        assert {n: p.read_bytes() for n, p in again.sources.items()} == kept, name
        assert again.rendered == (0 if role in ("print-zip", "spec-sheet") else 1), name
    # Nothing touched: nothing drawn.
    assert build_kit(campaign, cache, workers=1).rendered == 0


def test_slogan_too_long_for_a_format_is_left_out_with_a_located_warning(
    write_campaign: Callable[[str], Path], tmp_path: Path
) -> None:
    long = " ".join(["Tuyên truyền sâu rộng chăm sóc sức khỏe"] * 12)
    text = PUBLISHED + f"slogans:\n  - {{id: dai-qua, text: {long}}}\n"
    kit = build_kit(load_campaign(write_campaign(text)), tmp_path / "kit", workers=1)
    # The leaflet's missing imprint has its own note (tests/media/test_imprint.py).
    fitted = [w for w in kit.warnings if not w.field.startswith("media.imprint")]
    messages = [str(p) for p in fitted]
    assert messages and all("khẩu hiệu 'dai-qua', định dạng '" in m for m in messages)
    # Left out where the slogan does not fit; printed with a note where only the poster
    # headline had to go (it would have outranked the slogan, see test_poster_hierarchy).
    gone = [w for w in fitted if w.message.endswith("ảnh này được bỏ khỏi bộ ấn phẩm")]
    left_out = {w.message.split("định dạng '")[1].split("'")[0] for w in gone}
    assert all(w in gone or w.message.endswith("bỏ tiêu đề (không vừa khung)") for w in fitted)
    assert not any(f.format in left_out and f.slogan == "dai-qua" for f in kit.files)
    assert any(f.slogan == "dai-qua" for f in kit.files), "the formats it fits keep it"
    # campaign check measures the same texts without drawing or writing: the same warnings.
    checked = check_kit(load_campaign(write_campaign(text)), tmp_path / "checked")
    assert [str(p) for p in checked.warnings] == [str(p) for p in kit.warnings]
    assert not (tmp_path / "checked").exists()


def test_short_form_only_where_the_full_slogan_reads_badly() -> None:
    from campaign.media.kit import _prefer_short
    from campaign.project import load_project
    from tests.conftest import ROOT

    project = load_project(ROOT)
    plan = plan_kit(project.campaign, project.source, project.root)
    jobs = {(j.fmt.id, j.slogan): j for j in plan}
    # On the 60 cm flag the greeting would split "Thầy / thuốc" or its dates.
    assert _prefer_short(jobs["co-phuon", "chao-mung"])
    for fid in ("ap-phich-a1", "mxh-og"):
        assert not _prefer_short(jobs[fid, "chao-mung"]), fid
    # On the 5 m banner the greeting with its dates misses the 15 cm capitals.
    assert _prefer_short(jobs["bang-ron-5m", "chao-mung"])
    # The sender line is the issuer on its own: "UBND huyện Văn Quan (27/02/1955 -
    # 27/02/2025)" would read as the committee's dates (issue 20's finding).
    job = jobs["co-phuon", "chao-mung"]
    assert job.fallback is not None
    issuer = project.campaign.plan.issuer_short or project.campaign.plan.issuer
    assert dict(job.texts)["footer"] == dict(job.fallback)["footer"] == issuer
    assert all("1955" not in dict(j.texts).get("footer", "") for j in plan if j.commune is None)


def test_anniversary_badge_or_logo(write_campaign: Callable[[str], Path], tmp_path: Path) -> None:
    from campaign.media.emblem import Badge
    from campaign.media.kit import emblem_for

    text = MINIMAL + (
        "anniversary: {name: Ngày Thầy thuốc Việt Nam, date: 27/02/2025, since: 27/02/1955}\n"
        "slogans:\n  - {id: mot, text: Sức khỏe là vàng}\n"
    )
    campaign = load_campaign(write_campaign(text))
    assert emblem_for(campaign, tmp_path) == Badge("70", "NĂM", "1955 - 2025")
    assert emblem_for(load_campaign(write_campaign(MINIMAL)), tmp_path) is None
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (64, 64), (0, 90, 60, 255)).save(logo)
    with_logo = load_campaign(write_campaign(text + "media: {logo: logo.png}\n"))
    assert emblem_for(with_logo, tmp_path) == logo
    first = plan_kit(with_logo, root=tmp_path)[0].key()
    Image.new("RGBA", (64, 64), (90, 0, 60, 255)).save(logo)
    assert plan_kit(with_logo, root=tmp_path)[0].key() != first, "a new logo renders again"


def test_media_problems_are_located_at_check(tmp_path: Path) -> None:
    from campaign.project import load_project

    (tmp_path / "campaign.yml").write_text(
        MINIMAL + "media:\n"
        "  logo: anh/khong-co.png\n"
        "  formats:\n"
        "    - id: ap-phich-a3\n"
        "      dpi: -5\n"
        "  layouts:\n"
        "    - id: the-doc\n"
        "      layers:\n"
        "        - {kind: emblem, box: {x: 0, y: 0, w: 0.6, h: 0.6}}\n",
        encoding="utf-8",
    )
    base = MINIMAL.count("\n")
    with pytest.raises(ContentError) as info:
        load_project(tmp_path)
    text = str(info.value)
    assert f"campaign.yml:{base + 2}: media.logo: không thấy tệp logo" in text
    assert f"campaign.yml:{base + 5}: media.formats[0].dpi:" in text
    assert f"campaign.yml:{base + 9}: media.layouts[0].layers[0]" in text and "20%" in text


def test_a_logo_outside_the_campaign_folder_is_refused(tmp_path: Path) -> None:
    from campaign.project import load_project

    root = tmp_path / "chien-dich"
    root.mkdir()
    Image.new("RGBA", (64, 64), (0, 90, 60, 255)).save(tmp_path / "logo.png")  # exists
    (root / "campaign.yml").write_text(MINIMAL + "media:\n  logo: ../logo.png\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_project(root)
    line = MINIMAL.count("\n") + 2
    assert (
        f"campaign.yml:{line}: media.logo: tệp logo '../logo.png' nằm ngoài thư mục chiến "
        "dịch: chép nó vào thư mục chiến dịch rồi ghi đường dẫn tính từ đó" in str(info.value)
    )


def test_the_flagship_invitation_waits_for_what_the_plan_does_not_say(built: Path) -> None:
    manifest = json.loads((built / "campaign-manifest.json").read_text(encoding="utf-8"))
    # The plan fixes a tentative day, no hour, no host, no signer: nothing is invented.
    assert not [m for m in manifest["media"] if m["kind"] == "invitation"]
    page = (built / "bo-an-pham" / "index.html").read_text(encoding="utf-8")
    assert "Giấy mời Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam: chưa làm" in page
    assert "giờ (time)" in page and "người ký" in page


def test_leaflet_inside_comes_from_the_plan(write_campaign: Callable[[str], Path]) -> None:
    from campaign.media.kit import leaflet_texts
    from campaign.project import load_project
    from tests.conftest import ROOT

    flagship = load_project(ROOT).campaign
    texts = leaflet_texts(flagship)
    assert texts["body1"] == flagship.plan.purposes[0]
    items = texts["body2"].split("\n")
    assert len(items) == len(flagship.activities)
    assert items[0] == "• Công tác tuyên truyền (01/01/2025 - 31/03/2025)"
    assert items[2] == "• Tổ chức các hoạt động về nguồn"  # no date in the plan, none shown
    # The ceremony's day is still tentative: a leaflet printed once does not announce it.
    assert texts["heading3"] == "Thông tin"
    assert texts["body3"].split("\n")[0] == flagship.plan.issuer
    assert texts["body3"].endswith("thaythuoc70.vanquan.example")
    minimal = load_campaign(write_campaign(MINIMAL))
    bare = leaflet_texts(minimal.model_copy(update={"activities": [], "events": []}))
    assert "body2" not in bare and bare["heading3"] == "Thông tin"
    jobs = [j for j in plan_kit(flagship) if j.fmt.subject == "campaign"]
    assert [j.fmt.id for j in jobs] == ["to-roi-a4-trong"]


def test_no_two_kit_files_share_a_name_and_names_say_format_and_size(built: Path) -> None:
    manifest = json.loads((built / "campaign-manifest.json").read_text(encoding="utf-8"))
    names = [m["path"].rsplit("/", 1)[1] for m in manifest["media"]]
    assert len(names) == len(set(names)), "two downloads would collide on a phone"
    for entry in manifest["media"]:
        if entry["role"] == "spec-sheet":
            continue
        name = entry["path"].rsplit("/", 1)[1]
        assert re.fullmatch(rf"{entry['format']}_\d+x\d+(mm|px)_[a-z0-9-]+\.\w+", name), name
    # The flagship's address is a placeholder, so the pre-press gate leaves its
    # leaflets out; the leaflet's two pages are tested on a campaign with a real
    # address (test_a_degraded_inside_is_still_page_two_of_the_leaflet).


def test_a_name_met_twice_gets_a_number(write_campaign: Callable[[str], Path]) -> None:
    text = MINIMAL + (
        "media:\n  formats:\n    - {id: bang-ron-5m}\n"
        "communes:\n  - {name: An Sơn, kind: xã}\n"
        "slogans:\n  - {id: xa-an-son, text: Sức khỏe là vàng}\n"
    )
    jobs = plan_kit(load_campaign(write_campaign(text)))
    stems = [j.stem for j in jobs if j.fmt.id == "bang-ron-5m"]
    assert stems == [
        "bang-ron-5m/bang-ron-5m_5000x800mm_xa-an-son",
        "bang-ron-xa/bang-ron-5m_5000x800mm_xa-an-son-2",
    ]


def test_zip_per_format_is_deterministic_and_spec_sheet_lists_the_formats(
    write_campaign: Callable[[str], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from campaign.media import kit as kit_module

    def two_formats(*args: Any, **kwargs: Any) -> list[Job]:
        # Two formats of the catalogue are enough, and keep the test quick.
        return [j for j in plan_kit(*args, **kwargs) if j.fmt.id in {"mxh-og", "thiep-moi-a5"}]

    monkeypatch.setattr(kit_module, "plan_kit", two_formats)
    text = MINIMAL + (
        # Short enough for every format, the 1 m flag's 12 cm capitals included.
        "slogans:\n  - {id: mot, text: Sức khỏe là vàng}\n  - {id: hai, text: Vì sức khỏe}\n"
    )
    campaign = load_campaign(write_campaign(text))
    first = build_kit(campaign, tmp_path / "a", workers=1)
    second = build_kit(campaign, tmp_path / "b", workers=1)
    zips = [f for f in first.files if f.role == "print-zip"]
    assert [z.path for z in zips] == ["bo-an-pham/mxh-og/mxh-og_1200x630px_tat-ca.zip"]
    path = zips[0].path
    assert first.sources[path].read_bytes() == second.sources[path].read_bytes()
    with zipfile.ZipFile(first.sources[path]) as bundle:
        infos = bundle.infolist()
    assert [i.filename for i in infos] == [
        "mxh-og_1200x630px_hai.png",
        "mxh-og_1200x630px_mot.png",
    ]
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    # MINIMAL has no event: no invitation, so no print PDF and no spec sheet.
    assert not any(f.role == "spec-sheet" for f in first.files)
    with_event = text + (
        "events:\n  - id: le\n    name: Lễ phát động\n    date: 01/03/2025\n"
        "    time: 8 giờ 00\n    place: Hội trường xã\n    host: Ủy ban nhân dân xã Thử\n"
        "    signer: {authority: TM. ỦY BAN NHÂN DÂN, position: CHỦ TỊCH, name: Nguyễn Văn Thử}\n"
    )
    kit = build_kit(load_campaign(write_campaign(with_event)), tmp_path / "c", workers=1)
    [sheet] = [f for f in kit.files if f.role == "spec-sheet"]
    assert sheet.path == "bo-an-pham/thong-so-in_chien-dich-thu.pdf"
    words = " ".join(PdfReader(kit.sources[sheet.path]).pages[0].extract_text().split())
    assert "Giấy mời A5 (ngang)" in words and "210 × 148" in words and "Số lượng" in words
    assert "CMYK; chữ đen K100" in words
    assert "Ảnh chia sẻ liên kết" not in words, "screen formats are not printed"


def test_a_degraded_inside_is_still_page_two_of_the_leaflet(
    write_campaign: Callable[[str], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from campaign.media import kit as kit_module

    def leaflet(*args: Any, **kwargs: Any) -> list[Job]:
        return [j for j in plan_kit(*args, **kwargs) if j.fmt.kind == "leaflet"]

    monkeypatch.setattr(kit_module, "plan_kit", leaflet)
    # Nothing dated, no event, no requirement: the inside's second panel has nothing to say.
    text = MINIMAL.split("activities:")[0] + "slogans:\n  - {id: mot, text: Sức khỏe là vàng}\n"
    # A real address: the pre-press gate leaves leaflets out on a placeholder one.
    text = text.replace("https://vi-du.example/", "https://truyenthong.vanquan.gov.vn/")
    # A complete imprint: the only note left is the empty panel's.
    text += (
        "media:\n  imprint: {publisher: Trạm Y tế xã Thử, licence: 3/GP-STTTT, "
        "licence_date: 02/03/2025, copies: 500, printer: Xưởng in Thử, "
        "printer_address: Số 2 đường Thử}\n"
    )
    kit = build_kit(load_campaign(write_campaign(text)), tmp_path / "kit", workers=1)
    assert [w.field for w in kit.warnings] == ["activities"]
    [pdf] = [f for f in kit.files if f.role == "print-pdf"]
    assert pdf.path == "bo-an-pham/to-roi-a4/to-roi-a4_297x210mm_mot.pdf"
    pages = PdfReader(kit.sources[pdf.path]).pages
    assert len(pages) == 2
    # The inside is printed as page 2: no PDF of its own to print alone.
    assert not any(f.format == "to-roi-a4-trong" and f.role == "print-pdf" for f in kit.files)
    inside = " ".join(pages[1].extract_text().split()).casefold()
    assert "mục đích" in inside and "tổ chức tuần lễ sức khỏe" in inside
    # The imprint line is on the outside (page 1), not the inside.
    outside = " ".join(pages[0].extract_text().split())
    assert "Giấy phép xuất bản số 3/GP-STTTT ngày 02/03/2025" in outside
    assert "Số lượng: 500 bản" in outside and "In tại Xưởng in Thử" in outside
    assert "GP-STTTT" not in inside.upper()
