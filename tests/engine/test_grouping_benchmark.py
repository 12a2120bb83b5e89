"""The grouping benchmark runs end to end at a small size (speed is read from its output, not tested)."""

from __future__ import annotations

import importlib.util

from tests.conftest import PROJECT_ROOT


def test_the_benchmark_runs_small_and_reports_both_rates(capsys) -> None:
    spec = importlib.util.spec_from_file_location("bench_grouping", PROJECT_ROOT / "benchmarks" / "bench_grouping.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)

    assert bench.main(["--n", "400", "--chunk", "100"]) == 0
    output = capsys.readouterr().out
    assert "stream: 400 articles" in output
    assert "baseline (datasketch" in output and "full grouping" in output
    assert "0 grouping errors" in output
