"""Menu and social links typed in mkdocs.yml cannot carry code (javascript:, data:)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.structure.nav import Link, Section

from campaign.adapter.escape import unsafe_links
from campaign.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "chi-thi-06"

CONFIG = """site_name: Thử
nav:
  - Trang chủ: index.md
  - Nhóm:
      - Lừa: "java\\tscript:alert(1)"
  - Báo: https://baochinhphu.vn/
extra:
  social:
    - icon: fontawesome/brands/facebook
      link: " data:text/html,<script>alert(1)</script>"
    - icon: fontawesome/solid/phone
      link: tel:0251000000
"""


def test_code_addresses_are_located_and_safe_ones_pass() -> None:
    nav = [
        Section("Nhóm", [Link("Lừa", "java\tscript:alert(1)")]),
        Link("Báo", "https://baochinhphu.vn/"),
        Link("Thư", "mailto:tt@example.vn"),
        Link("Trang", "../ke-hoach/"),
    ]
    social = [
        {"icon": "x", "link": " data:text/html,<script>alert(1)</script>"},
        {"icon": "y", "link": "tel:0251000000"},
    ]
    problems = unsafe_links(nav, social, lambda: CONFIG)
    assert len(problems) == 2, problems
    assert problems[0].startswith("mkdocs.yml:5: nav: ")  # found though YAML wrote the tab "\\t"
    assert "java\tscript:alert(1)" in problems[0] and "không an toàn" in problems[0]
    assert problems[1].startswith("mkdocs.yml:10: extra.social: ")


def test_scheme_case_and_vbscript_are_refused() -> None:
    nav = [Link("A", "JavaScript:alert(1)"), Link("B", "vbscript:x"), Link("C", "#muc")]
    assert len(unsafe_links(nav, None, lambda: "")) == 2


@pytest.mark.build
def test_build_refuses_a_code_menu_link_and_publishes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "chien-dich"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("site", ".cache"))
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8")
        + 'nav:\n  - Trang chủ: index.md\n  - Lừa: "javascript:alert(document.cookie)"\n',
        encoding="utf-8",
    )
    line = len(config.read_text("utf-8").splitlines())
    assert main(["-C", str(root), "build"]) == 1
    err = capsys.readouterr().err
    assert f"mkdocs.yml:{line}: nav: địa chỉ liên kết “javascript:alert(document.cookie)”" in err
    assert "Traceback" not in err
    assert not (root / "site").exists()
