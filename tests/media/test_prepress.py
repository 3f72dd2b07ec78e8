"""The pre-press gate: placeholder addresses, unfinished texts, invitations that
can be signed and sent; every QR code decoded; hand-set lines checked."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from campaign.content.errors import ContentError
from campaign.media.kit import _job_texts, check_kit, gate, invitation_texts, plan_kit
from campaign.media.layout import QrLayer
from campaign.media.prepress import invitation_missing, placeholder_address, unfinished
from campaign.media.render import render
from campaign.project import load_project
from campaign.release.gate import is_placeholder_host
from tests.conftest import MINIMAL, ROOT

from .conftest import EVENT

# An address no reserved domain: what a campaign publishes at (never fetched here).
REAL = "https://truyenthong.vanquan.gov.vn/"


def project(tmp_path: Path, text: str, url: str = REAL):  # type: ignore[no-untyped-def]
    (tmp_path / "campaign.yml").write_text(
        text.replace("https://vi-du.example/", url), encoding="utf-8"
    )
    return load_project(tmp_path)


@pytest.mark.parametrize(
    "url",
    [
        "https://thaythuoc70.vanquan.example/",
        "https://example.com/",
        "https://www.example.org/chien-dich/",
        "http://localhost:8000/",
        "http://127.0.0.1/",
        "http://192.168.1.20/",
        "https://chien-dich.test/",
        # Also refused by the release gate since the two share campaign.content.hosts:
        "http://intranet/",
        "http://0.0.0.0:8000/",
        "https://trang.vanquan.internal/",
        "http://[::1]/",
    ],
)
def test_placeholder_addresses_are_named(url: str) -> None:
    assert placeholder_address(url)


@pytest.mark.parametrize("url", ["http://192.168.1.20/", "http://10.0.0.5/", "http://[fd00::5]/"])
def test_a_private_address_is_never_printed_though_a_release_may_use_it(url: str) -> None:
    # A printed QR code is scanned on mobile data: a private address never opens there.
    # Publishing a site on an office network is a choice the release gate leaves open.
    assert (
        placeholder_address(url)
        == f"{urlsplit(url).hostname} là địa chỉ nội bộ, người dân ngoài mạng này không mở được"
    )
    assert not is_placeholder_host(urlsplit(url).hostname or "")


@pytest.mark.parametrize("url", [REAL, "https://suckhoe.langson.gov.vn/", "https://vi-du.vn/"])
def test_real_addresses_pass(url: str) -> None:
    assert placeholder_address(url) is None


@pytest.mark.parametrize(
    "text",
    [
        "Thời gian: ...... giờ ......, ngày 26/02/2025 (dự kiến)",
        "Địa điểm: CẦN ĐIỀN",
        "Địa điểm: cần điền sau",
        "Người ký: ……………",
        "Ngày 26/02/2025 (dự kiến)",
    ],
)
def test_unfinished_texts_are_caught(text: str) -> None:
    assert unfinished(text)


def test_the_flagship_slogans_are_finished() -> None:
    flagship = load_project(ROOT).campaign
    assert all(unfinished(s.text) is None for s in flagship.slogans)
    assert unfinished("Nhiệt liệt chào mừng (27/02/1955 - 27/02/2025)!") is None


@pytest.mark.slow
def test_the_flagship_kit_keeps_out_what_cannot_be_printed(tmp_path: Path) -> None:
    flagship = load_project(ROOT)
    kit = check_kit(flagship.campaign, tmp_path / "kit", source=flagship.source, root=ROOT)
    formats = {f.format for f in kit.files}
    # A placeholder address: no QR-bearing format, a note located at site.url.
    assert not formats & {"ap-phich-a0", "ap-phich-a3", "to-roi-a4", "to-roi-a4-trong"}
    assert {"bang-ron-5m", "co-phuon", "mxh-og"} <= formats
    notes = [str(w) for w in kit.warnings]
    url_line = next(
        n
        for n, line in enumerate((ROOT / "campaign.yml").read_text().splitlines(), 1)
        if line.strip().startswith("url:")
    )
    assert any(n.startswith(f"campaign.yml:{url_line}: site.url:") for n in notes), notes
    assert any("site_url (mkdocs.yml)" in n for n in notes)
    # The plan gives no hour, host or signer and a tentative day: no invitation.
    assert not any(f.kind == "invitation" for f in kit.files)
    note = next(n for n in kit.withheld if n.startswith("Giấy mời"))
    for missing in ("giờ (time)", "cơ quan mời (host)", "người ký", "dự kiến"):
        assert missing in note, note


def test_with_a_real_address_every_text_is_finished() -> None:
    flagship = load_project(ROOT)
    campaign = flagship.campaign.model_copy(
        update={"site": flagship.campaign.site.model_copy(update={"url": REAL})}
    )
    jobs, warnings, _ = gate(campaign, plan_kit(campaign, flagship.source, ROOT))
    assert {"ap-phich-a0", "to-roi-a4", "to-roi-a4-trong"} <= {j.fmt.id for j in jobs}
    for job in jobs:
        for slot, text in job.texts:
            assert unfinished(text) is None, (job.stem, slot, text)
    # The leaflet does not announce a ceremony whose day is still tentative.
    inside = next(j for j in jobs if j.fmt.id == "to-roi-a4-trong")
    assert "dự kiến" not in dict(inside.texts)["body3"]
    assert [str(w) for w in warnings if "site.url" in str(w)] == []


def test_an_unfinished_slogan_is_left_out_with_its_line(tmp_path: Path) -> None:
    text = (
        MINIMAL + "slogans:\n  - id: a\n    text: Sức khỏe là vàng\n  - id: b\n    text: CẦN ĐIỀN\n"
    )
    p = project(tmp_path, text)
    jobs, warnings, _ = gate(p.campaign, plan_kit(p.campaign, p.source, tmp_path), p.source)
    assert not any(j.slogan == "b" for j in jobs) and any(j.slogan == "a" for j in jobs)
    line = text.splitlines().index("    text: CẦN ĐIỀN") + 1
    assert any(str(w).startswith(f"campaign.yml:{line}: slogans[1].text:") for w in warnings)


def test_an_invitation_only_when_the_event_is_complete(tmp_path: Path) -> None:
    p = project(tmp_path, MINIMAL + EVENT)
    event = p.campaign.events[0]
    assert invitation_missing(event) == []
    texts = invitation_texts(p.campaign, event)
    assert texts["when"] == "Thời gian: 7 giờ 30, ngày 10/03/2025"
    assert texts["issuer"] == "Ủy ban nhân dân xã Thử"
    assert texts["signer_title"] == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    assert texts["signer_name"] == "Nguyễn Văn Thử"
    assert [j.event for j in plan_kit(p.campaign, p.source)].count("le") == 1
    # No host at all; an hour still to be filled in.
    for old, new in (("    host: Ủy ban nhân dân xã Thử\n", ""), ("7 giờ 30", "CẦN ĐIỀN")):
        q = project(tmp_path, MINIMAL + EVENT.replace(old, new))
        assert not any(j.event for j in plan_kit(q.campaign, q.source))
        assert invitation_missing(q.campaign.events[0])


def test_an_incomplete_signer_is_a_located_error(tmp_path: Path) -> None:
    text = MINIMAL + EVENT.replace(", name: Nguyễn Văn Thử", "")
    with pytest.raises(ContentError) as info:
        project(tmp_path, text)
    line = text.splitlines().index(next(x for x in text.splitlines() if "signer:" in x)) + 1
    assert f"campaign.yml:{line}: events[0].signer" in str(info.value)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools (Debian) not installed")
def test_every_qr_code_opens_the_real_address(tmp_path: Path) -> None:
    flagship = load_project(ROOT)
    campaign = flagship.campaign.model_copy(
        update={"site": flagship.campaign.site.model_copy(update={"url": REAL})}
    )
    jobs, _, _ = gate(campaign, plan_kit(campaign, flagship.source, ROOT))
    with_qr = [
        j
        for j in jobs
        if j.slogan in (None, "chu-de") and any(isinstance(x, QrLayer) for x in j.layout.layers)
    ]
    assert {j.fmt.id for j in with_qr} >= {
        "ap-phich-a0",
        "ap-phich-a3",
        "to-roi-a4",
        "to-roi-a4-trong",
    }
    for job in with_qr:
        texts, _ = _job_texts(job)
        # Large posters at a quarter of their size: the code scales with the page.
        scale = 0.25 if job.fmt.id in ("ap-phich-a0", "ap-phich-a1") else 0.5
        image = render(
            job.fmt, job.layout, texts, qr_url=job.qr_url, emblem=job.emblem, scale=scale
        )
        path = tmp_path / f"{job.fmt.id}.png"
        image.save(path)
        out = subprocess.run(
            ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert out.stdout.split() == [REAL], (job.stem, out.stdout, out.stderr)
        if "url" in texts:
            assert texts["url"] == REAL.split("://", 1)[1].rstrip("/")


def test_hand_set_lines_are_used_exactly(tmp_path: Path) -> None:
    text = MINIMAL + (
        "slogans:\n"
        "  - id: a\n"
        "    text: Sức khỏe là vàng - chăm sóc sức khỏe cho mọi người\n"
        "    lines:\n"
        "      pano-3x1-5: [Sức khỏe là vàng, chăm sóc sức khỏe, cho mọi người]\n"
    )
    p = project(tmp_path, text)
    jobs = plan_kit(p.campaign, p.source)
    job = next(j for j in jobs if j.fmt.id == "pano-3x1-5" and j.slogan == "a")
    texts, _ = _job_texts(job)
    assert texts["slogan"] == "Sức khỏe là vàng\nchăm sóc sức khỏe\ncho mọi người"
    from campaign.media.render import fit_slot

    fitted = fit_slot(job.fmt, job.layout, "slogan", texts["slogan"])
    assert fitted is not None
    assert [x.text for x in fitted.lines] == [
        "SỨC KHỎE LÀ VÀNG",
        "CHĂM SÓC SỨC KHỎE",
        "CHO MỌI NGƯỜI",
    ]
    other = next(j for j in jobs if j.fmt.id == "ap-phich-a3" and j.slogan == "a")
    assert "\n" not in dict(other.texts)["slogan"]  # other formats: the fitter's breaks


def test_hand_set_lines_problems_are_located(tmp_path: Path) -> None:
    text = MINIMAL + (
        "slogans:\n"
        "  - id: a\n"
        "    text: Sức khỏe là vàng\n"
        "    lines:\n"
        "      bang-ron-9m: [Sức khỏe, là vàng]\n"
        "      pano-3x1-5: [Sức khỏe, là bạc]\n"
        "      bang-ron-5m: [Sức, khỏe, là, vàng]\n"
        "media:\n"
        "  phrases: [vàng]\n"
    )
    with pytest.raises(ContentError) as info:
        project(tmp_path, text)
    message = str(info.value)
    lines = text.splitlines()

    def at(fragment: str) -> int:
        return next(i for i, x in enumerate(lines, 1) if fragment in x)

    assert (
        f"campaign.yml:{at('bang-ron-9m')}: slogans[0].lines.bang-ron-9m: 'bang-ron-9m' không "
        "phải mã một khổ in khẩu hiệu: ghi một trong bang-ron-5m, " in message
    )
    assert (
        f"campaign.yml:{at('là bạc')}: slogans[0].lines.pano-3x1-5: các dòng 'Sức khỏe / là "
        "bạc' không đúng chữ của khẩu hiệu (chữ 'bạc', khẩu hiệu ghi 'vàng'): chỉ được chia "
        "dòng khác đi" in message
    )
    assert f"campaign.yml:{at('[Sức, khỏe')}: slogans[0].lines.bang-ron-5m:" in message
    assert "tối đa 2 dòng, ở đây có 4 dòng: gộp lại còn 2 dòng" in message
    assert (
        f"campaign.yml:{at('phrases')}: media.phrases.0: 'vàng' chỉ có một âm tiết: một cụm từ "
        "không ngắt dòng cần hai âm tiết trở lên" in message
    )
    assert "nhận được" not in message


def test_an_unfinished_footer_or_short_form_is_located_at_its_own_field(tmp_path: Path) -> None:
    text = MINIMAL + (
        "slogans:\n"
        "  - id: a\n"
        "    text: Sức khỏe là vàng, vì cộng đồng khỏe mạnh\n"
        "    short: Sức khỏe ......\n"
        "media:\n"
        "  footer: CẦN ĐIỀN tên đơn vị\n"
    )
    p = project(tmp_path, text)
    jobs, warnings, withheld = gate(p.campaign, plan_kit(p.campaign, p.source), p.source)
    assert not any(j.slogan == "a" for j in jobs)
    lines = text.splitlines()
    footer = next(i for i, x in enumerate(lines, 1) if "footer:" in x)
    assert any(str(w).startswith(f"campaign.yml:{footer}: media.footer:") for w in warnings)
    assert withheld and all("CẦN ĐIỀN" in n or "chỗ trống" in n for n in withheld)
    q = project(tmp_path, text.replace("  footer: CẦN ĐIỀN tên đơn vị\n", "  footer: Trạm Y tế\n"))
    _, warnings, _ = gate(q.campaign, plan_kit(q.campaign, q.source), q.source)
    short = next(i for i, x in enumerate(lines, 1) if "short:" in x)
    assert any(str(w).startswith(f"campaign.yml:{short}: slogans[0].short:") for w in warnings)
