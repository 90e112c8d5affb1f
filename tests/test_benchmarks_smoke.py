"""The benchmark suite runs on the small sample and writes its JSON (times never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What the suite must report (issue 7); matched against the start of each figure's name.
EXPECTED = (
    "first paint",
    "ready",
    "keystroke",
    "search",
    "timeline",
    "memory",
    "JSON export",
    "JSON import",
)


@pytest.mark.slow
def test_the_suite_runs_on_the_small_sample_and_writes_every_figure(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--size",
            "small",
            "--runs",
            "1",
            "--output",
            str(output),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=900,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    document = json.loads(output.read_text(encoding="utf-8"))
    assert document["size"] == "small"
    assert {"date", "cpus", "python", "pyside6", "sqlite"} <= set(document["machine"])
    figures = document["figures"]
    names = [figure["name"] for figure in figures]
    for expected in EXPECTED:
        assert any(name.startswith(expected) for name in names), (expected, names)
    for figure in figures:
        assert {"name", "value", "unit", "target", "passed"} <= set(figure)
        assert isinstance(figure["value"], int | float) and figure["value"] >= 0
        assert figure["passed"] in (True, False, None)
    # The printed table: its heading, the rule under it, one row per figure.
    assert result.stdout.count("\n| ") == len(figures) + 2
