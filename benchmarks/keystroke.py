"""Key-to-processed latency in a live session with durable saving, against a bare editor.

Both editors hold the same 100 KB of notes and get the same keys through Qt's event
system, in the same run. The live note pad also writes every key to the journal (WAL,
``synchronous=FULL``) before the key counts as processed. Reports p50/p99 and the ratio.
Usage: ``python benchmarks/keystroke.py [--keys N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Context, Figure
from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.ui.live import LiveView

LINE = "A: we moved the invoices in batches and compared totals every night "  # ~70 chars
TARGET_BYTES = 100_000


def _keys(count: int) -> list[str]:
    text = "Q: how did you test the rollback path\n"
    return [text[i % len(text)] for i in range(count)]


def _time_keys(widget: QPlainTextEdit, keys: list[str]) -> list[float]:
    samples = []
    for key in keys:
        started = time.perf_counter()
        if key == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(widget, key)
        samples.append(time.perf_counter() - started)
    return samples


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure_keys(key_count: int) -> tuple[list[float], list[float], int, int]:
    """Per-key seconds for the bare editor and the live pad; the session's bytes and the
    lines saved."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    keys = _keys(key_count)
    lines = [f"{LINE}{n}" for n in range(TARGET_BYTES // (len(LINE) + 4))]

    bare = QPlainTextEdit()
    bare.setPlainText("\n".join(lines))
    bare.show()
    bare.moveCursor(bare.textCursor().MoveOperation.End)
    bare.setFocus()

    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(DataPaths(Path(folder)))
        session = services.live.start(company_name="Bench Co", kind="technical")
        services.live.save_lines(
            session.round.id, [(f"id-{n}", float(n + 1), n * 1000, t) for n, t in enumerate(lines)]
        )
        session = services.live.start(round_id=session.round.id)
        view = LiveView()
        view.resize(1100, 700)
        view.attach(services)  # reopens the interrupted session with its 100 KB
        view.show()
        pad = view.pad
        size = len(pad.toPlainText().encode())

        _time_keys(bare, keys[:100])  # warm-up, both
        _time_keys(pad, keys[:100])
        bare_samples = _time_keys(bare, keys)
        pad_samples = _time_keys(pad, keys)
        view.flush()
        saved = len(services.live.lines(session.round.id))
        view.close()
        services.close()
    bare.close()
    app.processEvents()
    return bare_samples, pad_samples, size, saved


def measure(context: Context) -> list[Figure]:
    keys = 2000 if context.size == "heavy" else 500
    bare, pad, size, saved = measure_keys(keys)
    return [
        Figure(
            "keystroke p99",
            _percentile(pad, 0.99) * 1000,
            "ms",
            1.5,
            "ratio",
            _percentile(bare, 0.99) * 1000,
            f"{keys} keys into a {size / 1000:.0f} KB live session saved durably, against a "
            "bare QPlainTextEdit",
            {
                "p50_ms": statistics.median(pad) * 1000,
                "bare_p50_ms": statistics.median(bare) * 1000,
                "lines_saved": saved,
            },
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keys", type=int, default=2000)
    args = parser.parse_args()
    bare_samples, pad_samples, size, saved = measure_keys(args.keys)
    bare_p99, pad_p99 = _percentile(bare_samples, 0.99), _percentile(pad_samples, 0.99)
    print(f"session: {size / 1000:.0f} KB, {saved} lines saved; keys: {args.keys}")
    print(f"{'editor':<26}{'p50 ms':>9}{'p99 ms':>9}")
    for name, samples in (
        ("bare QPlainTextEdit", bare_samples),
        ("live note pad + save", pad_samples),
    ):
        median = statistics.median(samples) * 1000
        print(f"{name:<26}{median:>9.3f}{_percentile(samples, 0.99) * 1000:>9.3f}")
    print(f"p99 ratio: {pad_p99 / bare_p99:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
