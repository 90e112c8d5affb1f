"""The benchmark suite: every figure of the app against what Qt and SQLite do alone.

``python benchmarks/run.py [--size small|heavy] [--runs N] [--output FILE]`` builds the
sample journal of that size in a temporary folder, runs each benchmark module's
``measure`` on it, prints one table and writes the figures as JSON (``results.json``
beside this file unless ``--output`` says otherwise). ``--only NAME`` runs some modules.
The heavy sample is the scale PRODUCT.md sets: 1,000 applications, 3,000 rounds,
100,000 note lines, 20,000 timeline events.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import Context, Figure, make_sample

# In this order: start-up first, in fresh processes, before this process loads Qt.
MODULES = ("startup", "keystroke", "search", "timeline", "memory", "transfer", "long_session")
RESULTS = Path(__file__).resolve().parent / "results.json"


def machine() -> dict[str, Any]:
    import PySide6

    return {
        "date": datetime.now(UTC).date().isoformat(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlite": sqlite3.sqlite_version,
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
    }


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}"
    return f"{text} {unit}".strip()


def table(figures: list[Figure]) -> str:
    """The figures as a Markdown table (also what the README shows)."""
    lines = [
        "| figure | app | baseline | ratio | target | met |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for figure in figures:
        ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else "—"
        met = {True: "yes", False: "**no**", None: "—"}[figure.passed]
        value = _number(figure.value, figure.unit)
        if "mb_per_s" in figure.extra:
            value += f" ({figure.extra['mb_per_s']:.1f} MB/s)"
        lines.append(
            f"| {figure.name} | {value} | {_number(figure.baseline, figure.unit)} | {ratio} "
            f"| {figure.target_text} | {met} |"
        )
    return "\n".join(lines)


def run(size: str, runs: int, only: list[str]) -> list[Figure]:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="interview-journal-bench-") as temporary:
        work = Path(temporary)
        started = time.perf_counter()
        make_sample(work / "data", size)
        print(f"{size} sample built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        context = Context(work / "data", size, runs, work)
        for name in MODULES:
            if only and name not in only:
                continue
            started = time.perf_counter()
            module = importlib.import_module(f"benchmarks.{name}")
            found: list[Figure] = module.measure(context)
            figures.extend(found)
            seconds = time.perf_counter() - started
            print(f"{name}: {len(found)} figures in {seconds:.1f} s", file=sys.stderr)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=["small", "heavy"], default="heavy")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per program")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where the JSON goes")
    parser.add_argument("--only", action="append", choices=MODULES, default=[])
    args = parser.parse_args()
    figures = run(args.size, args.runs, args.only)
    about = machine()
    document = {
        "machine": about,
        "size": args.size,
        "runs": args.runs,
        "figures": [figure.as_json() for figure in figures],
    }
    args.output.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(
        f"{args.size} sample · {about['date']} · {about['cpus']} CPUs · Python "
        f"{about['python']} · PySide6 {about['pyside6']} · SQLite {about['sqlite']} · "
        f"{about['qt_platform']}"
    )
    print(table(figures))
    missed = [figure.name for figure in figures if figure.passed is False]
    print(f"\n{len(figures)} figures, {len(missed)} missing their target; wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
