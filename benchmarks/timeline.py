"""Timeline: opening the all-applications timeline, then scrolling it to the end.

Each run is a fresh process (offscreen Qt, its own QApplication), so nothing the
orchestrator loaded or cached skews it. The process opens the journal
(``Services.open``), builds a ``TimelineView`` and times, from ``attach`` + ``show`` to
the end of the first paint of the events table's viewport (the rows on screen drawn).
Then it keeps setting the vertical scroll bar to its maximum and processing events, as
a user holding End would, until the model has no more pages to fetch (it loads 200 rows
a page through ``canFetchMore``/``fetchMore``), and reports how long that took and how
many rows were loaded at first paint and at the end, against the total. The process
prints its figures as one JSON line.

Usage: ``python benchmarks/timeline.py [--size small|heavy] [--data-dir DIR] [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Context, Figure, run_child, sample_or_given, wait_until

CHILD_FLAG = "--child"
TIMEOUT_S = 300


def _child(data_dir: Path) -> dict[str, Any]:
    """Runs in the measured process: open the timeline, time it, scroll to the end."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from interview_journal.core.services import Services
    from interview_journal.paths import DataPaths
    from interview_journal.ui.timeline.view import TimelineView

    services = Services.open(DataPaths(data_dir))
    view = TimelineView()
    view.resize(1180, 760)
    model = view.model
    marks: dict[str, float] = {}
    rows_at_paint = -1

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            nonlocal rows_at_paint
            if event.type() == QEvent.Type.Paint and "paint_start" not in marks:
                marks["paint_start"] = time.perf_counter()
                rows_at_paint = model.rowCount()
                # A zero timer fires once this paint has been handled: the rows are drawn.
                QTimer.singleShot(0, lambda: marks.setdefault("painted", time.perf_counter()))
            return False

    watch = Watch()
    view.table.viewport().installEventFilter(watch)
    started = time.perf_counter()
    view.attach(services)
    view.show()
    if not wait_until(lambda: "painted" in marks, 60):
        raise TimeoutError("the timeline table never painted")
    total = model.total

    bar = view.table.verticalScrollBar()
    steps = 0
    scroll_started = time.perf_counter()

    def at_end() -> bool:
        nonlocal steps
        if not model.canFetchMore():
            return True
        steps += 1
        bar.setValue(bar.maximum())  # at the maximum the view asks the model for more
        return False

    finished = wait_until(at_end, 240)
    view.table.scrollToBottom()
    app.processEvents()
    scrolled = time.perf_counter()
    rows_at_end = model.rowCount()
    services.close()
    return {
        "first_paint_ms": (marks["painted"] - started) * 1000,
        "paint_start_ms": (marks["paint_start"] - started) * 1000,
        "rows_at_paint": rows_at_paint,
        "rows_at_end": rows_at_end,
        "total": total,
        "page_size": model.PAGE_SIZE,
        "scroll_ms": (scrolled - scroll_started) * 1000,
        "scroll_steps": steps,
        "reached_end": finished,
    }


def run_once(data_dir: Path) -> dict[str, Any]:
    """One fresh process measuring the timeline of ``data_dir``; its figures."""
    return run_child(__file__, [CHILD_FLAG, str(data_dir)], "timeline benchmark", TIMEOUT_S)


def measure(context: Context) -> list[Figure]:
    samples = [run_once(context.data_dir) for _ in range(max(1, context.runs))]
    paint = statistics.median(sample["first_paint_ms"] for sample in samples)
    scroll = statistics.median(sample["scroll_ms"] for sample in samples)
    last = samples[-1]
    total, at_paint, at_end = last["total"], last["rows_at_paint"], last["rows_at_end"]
    paged = at_paint < total
    if paged:
        loading = f"not every row loaded at first paint: {at_paint:,} of {total:,}"
    elif total > last["page_size"]:
        loading = f"EVERY row loaded at first paint ({total:,}): paging is broken"
    else:
        loading = f"all {total:,} rows fit in the first page of {last['page_size']}"
    extra = {
        "runs": len(samples),
        "first_paint_samples_ms": [round(sample["first_paint_ms"], 1) for sample in samples],
        "paint_start_ms": round(statistics.median(s["paint_start_ms"] for s in samples), 1),
        "rows_at_first_paint": at_paint,
        "rows_after_scroll": at_end,
        "total_rows": total,
        "page_size": last["page_size"],
        "scroll_steps": last["scroll_steps"],
        "reached_end": all(sample["reached_end"] for sample in samples),
        "paged": paged,
    }
    return [
        Figure(
            "timeline first paint",
            paint,
            "ms",
            100,
            "max",
            None,
            f"attach + show of the all-applications timeline to its table's first paint; {loading}",
            extra,
        ),
        Figure(
            "timeline scroll to end",
            scroll,
            "ms",
            None,
            "report",
            None,
            f"scroll bar held at the bottom until nothing is left to fetch: {at_end:,} of "
            f"{total:,} rows loaded, {last['page_size']} a page",
            extra,
        ),
    ]


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == CHILD_FLAG:
        result = _child(Path(sys.argv[2]))
        print(json.dumps(result), flush=True)
        return 0
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=["small", "heavy"], default="small")
    parser.add_argument("--data-dir", help="a journal folder to measure (default: a new sample)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        data_dir = sample_or_given(args.data_dir, args.size, work)
        figures = measure(Context(data_dir, args.size, args.runs, work))
    for figure in figures:
        verdict = {True: "pass", False: "MISS", None: ""}[figure.passed]
        print(f"{figure.name:<24}{figure.value:>9.1f} ms  target {figure.target_text}  {verdict}")
        print(f"    {figure.detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
