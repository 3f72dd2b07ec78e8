"""scripts/bench.py --pages-only --repeat N: alternated pairs and the median of their ratios
(wall, CPU, user and system CPU apart), and the disk probe before each pair.

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


def _step(seconds: float, cpu: float, sys_share: float = 0.0) -> dict[str, Any]:
    """A step as timed() returns it; ``sys_share`` of the CPU is system time."""
    system = round(cpu * sys_share, 2)
    return {
        "seconds": seconds,
        "cpu": cpu,
        "user": round(cpu - system, 2),
        "sys": system,
        "peak_mib": 100.0,
        "stdout": "",
    }


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
        "stock_user": 13.0,
        "pages_user": 9.0,
        "ratio_user": 0.692,
        "stock_sys": 0.0,
        "pages_sys": 0.0,
        "ratio_sys": None,  # no system time on the stock side: no ratio, no crash
    }
    assert "ratio_median_sys" not in out
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
    probes = iter([0.5, 1.25, 2.0, 2.5])

    def timed(command: list[str], cwd: Path) -> dict[str, Any]:
        if "mkdocs" in command:
            calls.append("stock")
            s = stock_left.pop(0)
            return _step(s, s, sys_share=0.25)
        assert command[-2:] == ["build", "--force"], command
        calls.append("pages")
        s = pages_left.pop(0)
        return _step(s, round(s * 1.5, 2), sys_share=0.1)

    def disk_probe(work: Path) -> dict[str, float]:
        calls.append("probe")
        return {"sys": next(probes), "seconds": 1.0}

    monkeypatch.setattr(bench, "timed", timed)
    monkeypatch.setattr(bench, "disk_probe", disk_probe)
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
    r = bench.run(20, 5, 3, 2, _kept(tmp_path), serve=False, pages_only=True, repeat=3, probe=True)
    # The disk probe comes before each pair's stock step, outside every timed step.
    assert calls == [
        *("probe", "stock", "pages", "pages"),
        *("probe", "stock", "pages"),
        *("probe", "stock", "pages"),
    ]
    assert [row["ratio_seconds"] for row in r["pairs"]] == [0.6, 0.5, 0.5]
    assert [row["ratio_cpu"] for row in r["pairs"]] == [0.9, 0.75, 0.75]
    assert r["ratio_median_seconds"] == 0.5 and r["ratio_median_cpu"] == 0.75
    assert (r["ratio_min_seconds"], r["ratio_max_seconds"]) == (0.5, 0.6)
    # User and system CPU apart: stock 75% / 25%, ours 90% / 10% of their CPU.
    assert r["pairs"][0]["stock_user"] == 7.5 and r["pairs"][0]["stock_sys"] == 2.5
    assert r["pairs"][0]["pages_user"] == 8.1 and r["pairs"][0]["pages_sys"] == 0.9
    assert [row["ratio_user"] for row in r["pairs"]] == [1.08, 0.9, 0.9]
    assert [row["ratio_sys"] for row in r["pairs"]] == [0.36, 0.3, 0.3]
    assert r["ratio_median_user"] == 0.9 and r["ratio_median_sys"] == 0.3
    assert [row["disk_probe_sys"] for row in r["pairs"]] == [0.5, 1.25, 2.0]
    assert r["disk_probe"] == {"sys": 0.5, "seconds": 1.0}
    assert (r["ratio_to_stock_user"], r["ratio_to_stock_sys"]) == (1.08, 0.36)
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
        # stock: s, cpu, user, sys; ours: the same; ratios; disk probe
        "1 10.0 10.0 7.5 2.5 6.0 9.0 8.1 0.9 0.60 0.90 1.08 0.36 0.50".split(),
        "2 16.0 16.0 12.0 4.0 8.0 12.0 10.8 1.2 0.50 0.75 0.90 0.30 1.25".split(),
        "3 8.0 8.0 6.0 2.0 4.0 6.0 5.4 0.6 0.50 0.75 0.90 0.30 2.00".split(),
    ]
    assert "trung vị tỉ lệ (giây): 0.50 (thấp nhất 0.50, cao nhất 0.60)" in out
    assert "trung vị tỉ lệ (CPU): 0.75 (thấp nhất 0.75, cao nhất 0.90)" in out
    assert "trung vị tỉ lệ (CPU người dùng): 0.90 (thấp nhất 0.90, cao nhất 1.08)" in out
    assert "trung vị tỉ lệ (CPU hệ thống): 0.30 (thấp nhất 0.30, cao nhất 0.36)" in out
    assert "đĩa lúc đầu: tạo 300 thư mục (mỗi thư mục một tệp) tốn 0.50 giây" in out


def test_repeat_one_is_the_single_pair_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _fake_steps(monkeypatch, stock=[10.0], pages=[99.0, 6.0])
    r = bench.run(20, 5, 3, 2, _kept(tmp_path), serve=False, pages_only=True)
    assert calls == ["stock", "pages", "pages"]  # no disk probe unless asked
    assert "pairs" not in r and "ratio_median_cpu" not in r
    assert (r["ratio_to_stock_seconds"], r["ratio_to_stock_cpu"]) == (0.6, 0.9)
    bench.report([r])
    out = capsys.readouterr().out
    assert (
        "trang (lần đầu) / stock blog: 0.60 (giây), 0.90 (CPU), 1.08 (CPU người dùng),"
        " 0.36 (CPU hệ thống)"
    ) in out
    row = next(line.split() for line in out.splitlines() if line.startswith("stock blog"))
    assert row[2:7] == ["10.0", "10.0", "7.5", "2.5", "100MiB"]
    assert "đĩa" not in out and "disk_probe" not in r
    assert "cặp" not in out and "trung vị" not in out


def test_disk_probe_times_folder_creation_and_leaves_nothing(tmp_path: Path) -> None:
    probe = bench.disk_probe(tmp_path)
    assert set(probe) == {"sys", "seconds"}
    assert probe["sys"] >= 0 and probe["seconds"] > 0
    assert list(tmp_path.iterdir()) == []  # its folder is removed


def test_a_new_campaign_times_the_build_without_a_spare_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Generated here (not kept): the first build, then the first --force (no site has
    # been replaced yet: no spare folder), then the --force that writes into the spare.
    # Both --force builds are reported, each with its ratios to the stock blog.
    monkeypatch.setattr(bench, "make_campaign", lambda *args: None)
    monkeypatch.setattr(bench, "make_stock", lambda *args: None)
    calls: list[str] = []
    times = {"stock": (10.0, 10.0), "cold": (30.0, 40.0), "first": (7.0, 9.0), "pages": (5.0, 7.0)}

    def timed(command: list[str], cwd: Path) -> dict[str, Any]:
        if "mkdocs" in command:
            name = "stock"
        elif command[-1] != "--force":
            name = "cold"
        else:
            name = "first" if "first" not in calls else "pages"
        calls.append(name)
        return _step(*times[name])

    monkeypatch.setattr(bench, "timed", timed)
    r = bench.run(20, 5, 3, 2, tmp_path, serve=False, pages_only=True)
    assert calls == ["stock", "cold", "first", "pages"]
    assert (r["ratio_to_stock_seconds"], r["ratio_to_stock_cpu"]) == (0.5, 0.7)
    assert (r["first_seconds"], r["first_cpu"]) == (0.7, 0.9)
    bench.report([r])
    out = capsys.readouterr().out
    assert "trang (lần đầu) / stock blog: 0.50 (giây), 0.70 (CPU)" in out
    assert "trang (chưa dự phòng) / stock blog: 0.70 (giây), 0.90 (CPU)" in out
    row = next(line.split() for line in out.splitlines() if line.startswith("trang (chưa"))
    assert row[4:6] == ["7.0", "9.0"]
