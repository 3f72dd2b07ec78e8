"""The line under the QR code of posters and leaflets names the document by its own
kind word (plan.kind): a decision's kit says "quyết định", the flagship's plan says
"kế hoạch" (issue 16).

Read back from what is printed: the display list's text runs and the PDF's live text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from campaign.content.load import load_campaign
from campaign.content.model import Campaign
from campaign.media import compose
from campaign.media.display import Display, TextRun
from campaign.media.fit import using_phrases
from campaign.media.kit import Job, check_kit, plan_kit
from campaign.media.pdf import Page, folds_mm, write_pdf
from tests.conftest import MINIMAL, ROOT

SCALE = 0.3
URL = "https://suckhoe.vi-du.vn/"
# MINIMAL as a decision: its kind word, one slogan, an address the gate lets through.
DECISION = MINIMAL.replace("https://vi-du.example/", URL).replace(
    "plan:\n  issuer:", "plan:\n  kind: Quyết định\n  issuer:"
) + ("slogans:\n  - {id: chu-de, text: Sức khỏe là vàng}\n")


def _jobs(campaign: Campaign) -> dict[str, Job]:
    """The A3 poster and the leaflet's outer side of the campaign's first slogan."""
    jobs = {j.fmt.id: j for j in plan_kit(campaign, None, ROOT) if j.slogan}
    return {fid: jobs[fid] for fid in ("ap-phich-a3", "to-roi-a4")}


def _display(job: Job) -> Display:
    """The job's drawing as the kit composes it (with the campaign's phrases)."""
    with using_phrases(job.phrases):
        texts = dict(job.texts)
        display, _ = compose(job.fmt, job.layout, texts, qr_url=job.qr_url, scale=SCALE)
    return display


def _printed(display: Display) -> str:
    """Every line of text drawn, in painting order, joined by spaces."""
    return " ".join(op.text for op in display.ops if isinstance(op, TextRun))


def _pdf_text(job: Job, path: Path) -> str:
    display = _display(job)
    page = Page(display, job.fmt, tuple(folds_mm(job.fmt, outside=True)))
    write_pdf([page], path, title=job.title, author=job.author)
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def _caption(text: str) -> str:
    found = re.search(r"Quét mã để xem (.+?) và các hoạt động", text)
    assert found, text
    return found[1]


def test_a_decisions_poster_and_leaflet_say_quyet_dinh(
    write_campaign: Callable[[str], Path], tmp_path: Path
) -> None:
    campaign = load_campaign(write_campaign(DECISION))
    assert campaign.plan.kind == "Quyết định"
    for fid, job in _jobs(campaign).items():
        display = _display(job)
        assert _caption(_printed(display)) == "quyết định", fid
        assert _caption(_pdf_text(job, tmp_path / f"{fid}.pdf")) == "quyết định", fid
        # One word of two syllables, never cut: the leaflet's two-line caption breaks
        # elsewhere ("Quét mã để xem quyết định / và các hoạt động").
        lines = [op.text for op in display.ops if isinstance(op, TextRun)]
        first = next(i for i, line in enumerate(lines) if line.startswith("Quét mã"))
        assert not any(line.endswith("quyết") for line in lines[first : first + 2]), fid


def test_the_flagship_plans_poster_and_leaflet_say_ke_hoach(tmp_path: Path) -> None:
    campaign = load_campaign(ROOT / "campaign.yml")
    assert campaign.plan.kind == "Kế hoạch"
    for fid, job in _jobs(campaign).items():
        assert _caption(_printed(_display(job))) == "kế hoạch", fid
        assert _caption(_pdf_text(job, tmp_path / f"{fid}.pdf")) == "kế hoạch", fid


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("Chương trình", "chương trình"),
        # Lowered like a word of a sentence: an abbreviation or a name after it stays.
        ("Kế hoạch liên tịch", "kế hoạch liên tịch"),
        ("Đề án Sức khỏe Việt Nam", "đề án Sức khỏe Việt Nam"),
        ("KH-UBND", "KH-UBND"),
    ],
)
def test_the_kind_word_is_lowered_only_where_a_sentence_would(
    write_campaign: Callable[[str], Path], kind: str, said: str
) -> None:
    campaign = load_campaign(write_campaign(DECISION.replace("Quyết định", kind)))
    for job in _jobs(campaign).values():
        assert dict(job.texts)["qr_caption"] == f"Quét mã để xem {said} và các hoạt động"


def test_a_kind_too_long_for_the_line_drops_the_caption_not_the_poster(
    write_campaign: Callable[[str], Path], tmp_path: Path
) -> None:
    from campaign.project import load_project

    # Typed by a user: far more than a kind word; the caption cannot take it at 9 pt.
    kind = "Quyết định " + " ".join(["về việc phê duyệt kế hoạch tuyên truyền"] * 8)
    path = write_campaign(DECISION.replace("kind: Quyết định", f"kind: {kind}"))
    project = load_project(tmp_path)
    kit = check_kit(project.campaign, tmp_path / "kit", source=project.source, root=tmp_path)
    printed = [f.path for f in kit.files if f.role == "print-pdf"]
    assert "bo-an-pham/ap-phich-a3/ap-phich-a3_297x420mm_chu-de.pdf" in printed
    assert "bo-an-pham/to-roi-a4/to-roi-a4_297x210mm_chu-de.pdf" in printed
    said = [w for w in kit.warnings if "chú thích mã QR" in w.message]
    line = path.read_text(encoding="utf-8").splitlines().index(f"  kind: {kind}") + 1
    assert {(w.line, w.field) for w in said} == {(line, "plan.kind")}
    assert all(
        w.message.endswith("ảnh vẫn được in: bỏ chú thích mã QR (không vừa khung)") for w in said
    )
    dropped = {w.message.split("định dạng '")[1].split("'")[0] for w in said}
    assert {"ap-phich-a3", "to-roi-a4"} <= dropped
