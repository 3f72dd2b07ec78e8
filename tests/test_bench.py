"""scripts/bench.py --pages-only --repeat N: alternated pairs and the median of their ratios.

The steps are replaced by a stub with known timings (a real run builds sites for minutes):
what is checked is the order of the steps, the arithmetic and what is printed and saved.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench", module)
    spec.loader.exec_module(module)
    return module


bench = _bench()


def _step(seconds: float, cpu: float) -> dict[str, Any]:
    return {"seconds": seconds, "cpu": cpu, "peak_mib": 100.0, "stdout": ""}


def test_pair_ratios_median_min_max() -> None:
    pairs = [
        (_step(10.0, 10.0), _step(5.0, 8.0)),  # 0.5, 0.8
        (_step(12.0, 13.0), _step(7.0, 9.0)),  # 0.583, 0.692
        (_step(8.0, 9.0), _step(4.0, 8.0)),  # 0.5, 0.889
        (_step(20.0, 20.0), _step(6.0, 14.0)),  # 0.3, 0.7
    ]
    out = bench.pair_ratios(pairs)
    assert [row["ratio_seconds"] for row in out["pairs"]] == [0.5, 0.583, 0.5, 0.3]
    assert [row["ratio_cpu"] for row in out["pairs"]] == [0.8, 0.692, 0.889, 0.7]
    assert out["pairs"][1] == {
        "stock_seconds": 12.0,
        "pages_seconds": 7.0,
        "ratio_seconds": 0.583,
        "stock_cpu": 13.0,
        "pages_cpu": 9.0,
        "ratio_cpu": 0.692,
    }
    # Even count: the mean of the two middle ratios; the outlier pair does not move it.
    assert out["ratio_median_seconds"] == 0.5
    assert out["ratio_median_cpu"] == 0.75
    assert (out["ratio_min_seconds"], out["ratio_max_seconds"]) == (0.3, 0.583)
    assert (out["ratio_min_cpu"], out["ratio_max_cpu"]) == (0.692, 0.889)
    odd = bench.pair_ratios(pairs[:3])
    assert odd["ratio_median_seconds"] == 0.5 and odd["ratio_median_cpu"] == 0.8


def _fake_steps(
    monkeypatch: pytest.MonkeyPatch, stock: list[float], pages: list[float]
) -> list[str]:
    """Replaces bench.timed: stock builds and `campaign build --force` take the given
    seconds in turn (CPU = 1.5 x seconds for ours, = seconds for stock); returns the log."""
    calls: list[str] = []
    stock_left, pages_left = list(stock), list(pages)

    def timed(command: list[str], cwd: Path) -> dict[str, Any]:
        if "mkdocs" in command:
            calls.append("stock")
            s = stock_left.pop(0)
            return _step(s, s)
        assert command[-2:] == ["build", "--force"], command
        calls.append("pages")
        s = pages_left.pop(0)
        return _step(s, round(s * 1.5, 2))

    monkeypatch.setattr(bench, "timed", timed)
    return calls


def _kept(tmp_path: Path) -> Path:
    """A folder as --keep leaves it: the run reuses it and generates nothing."""
    work = tmp_path / "20"
    (work / "campaign-20").mkdir(parents=True)
    (work / "stock-20").mkdir()
    return work


def test_repeat_alternates_pairs_and_reports_the_median(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The warm-up (a `build --force` that is not timed) is the second call: 99 s is
    # in no pair.
    calls = _fake_steps(monkeypatch, stock=[10.0, 16.0, 8.0], pages=[99.0, 6.0, 8.0, 4.0])
    r = bench.run(20, 5, 3, 2, _kept(tmp_path), serve=False, pages_only=True, repeat=3)
    assert calls == ["stock", "pages", "pages", "stock", "pages", "stock", "pages"]
    assert [row["ratio_seconds"] for row in r["pairs"]] == [0.6, 0.5, 0.5]
    assert [row["ratio_cpu"] for row in r["pairs"]] == [0.9, 0.75, 0.75]
    assert r["ratio_median_seconds"] == 0.5 and r["ratio_median_cpu"] == 0.75
    assert (r["ratio_min_seconds"], r["ratio_max_seconds"]) == (0.5, 0.6)
    # The first pair stays where the single run puts it (table and ratio_to_stock_*).
    assert r["stock_blog"]["seconds"] == 10.0 and r["cold_pages"]["seconds"] == 6.0
    assert r["ratio_to_stock_seconds"] == 0.6
    assert "stdout" not in r["stock_blog"]
    json.dumps(r)  # what main() writes

    bench.report([r])
    out = capsys.readouterr().out
    assert "3 cặp xen kẽ" in out
    rows = [line.split() for line in out.splitlines() if line[:1] in "123" and "." in line]
    assert rows == [
        ["1", "10.0", "10.0", "6.0", "9.0", "0.60", "0.90"],
        ["2", "16.0", "16.0", "8.0", "12.0", "0.50", "0.75"],
        ["3", "8.0", "8.0", "4.0", "6.0", "0.50", "0.75"],
    ]
    assert "trung vị tỉ lệ (giây): 0.50 (thấp nhất 0.50, cao nhất 0.60)" in out
    assert "trung vị tỉ lệ (CPU): 0.75 (thấp nhất 0.75, cao nhất 0.90)" in out


def test_repeat_one_is_the_single_pair_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _fake_steps(monkeypatch, stock=[10.0], pages=[99.0, 6.0])
    r = bench.run(20, 5, 3, 2, _kept(tmp_path), serve=False, pages_only=True)
    assert calls == ["stock", "pages", "pages"]
    assert "pairs" not in r and "ratio_median_cpu" not in r
    assert (r["ratio_to_stock_seconds"], r["ratio_to_stock_cpu"]) == (0.6, 0.9)
    bench.report([r])
    out = capsys.readouterr().out
    assert "trang (lần đầu) / stock blog: 0.60 (giây), 0.90 (CPU)" in out
    assert "cặp" not in out and "trung vị" not in out
