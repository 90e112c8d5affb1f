"""A compressed day of interviews: per-key time in the first and the last, and memory.

Five interviews are typed one after the other through the live view into a copy of the
benchmark's journal (durable: WAL, ``synchronous=FULL``), as key events: Enter about every
60 keys, a marker (``Q:``, ``A:``, ``DK:``...) starting one line in three. Each key is
timed from its press to its processing (as ``keystroke.py`` does); each interview is
ended as the user ends it. 10,000 keys an interview on the heavy sample (50,000 in all,
issue 8's day), 2,000 on the small one.

Figures: the p50 and p99 per key in the last interview against the first (a ratio: the
time per key must not grow over the day), and how much the process grew (RSS, from
``/proc/self/statm``) from the end of the second interview to the end of the last, the
first two being the warm-up. It runs in a fresh process so the RSS is the day's alone.
``tests/reliability/test_long_session.py`` checks the same day without timing it.

Usage: ``python benchmarks/long_session.py [--keys N] [--data-dir DIR]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Context, Figure, run_child, sample_or_given

CHILD_FLAG = "--child"
TIMEOUT_S = 900
SESSIONS = 5
WORDS = (
    "we",
    "moved",
    "the",
    "invoices",
    "in",
    "batches",
    "and",
    "compared",
    "totals",
    "every",
    "night",
    "before",
    "the",
    "cut",
    "over",
    "rollback",
    "plan",
    "owner",
    "latency",
    "budget",
    "team",
    "of",
    "six",
    "on",
    "call",
    "rotation",
    "quarterly",
    "goals",
    "data",
    "migration",
    "postgres",
    "kafka",
    "retries",
    "idempotent",
    "keys",
    "review",
    "culture",
    "mentoring",
    "pairing",
    "café",
    "naïve",
    "résumé",
    "数据",
    "שלום",
    "🚀",
)
PREFIXES = ("Q: ", "A: ", "DK: ", "F: ", "H: ")


def interview_lines(seed: int, keys: int) -> list[str]:
    """Lines whose characters plus one Enter each add up to ``keys`` keystrokes."""
    rng = random.Random(seed)
    lines: list[str] = []
    left = keys
    while left > 0:
        length = rng.randint(40, 80)
        if left - (length + 1) < 41:
            length = max(left - 1, 1)
        line = rng.choice(PREFIXES) if rng.random() < 1 / 3 else ""
        while len(line) < length:
            line += rng.choice(WORDS) + " "
        lines.append(line[: length - 1] + ".")
        left -= length + 1
    return lines


def rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * 4096


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _child(data_dir: Path, keys: int) -> dict[str, Any]:
    """Runs in the measured process: the day, timed key by key."""
    import gc

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton

    from interview_journal.core.services import Services
    from interview_journal.paths import DataPaths
    from interview_journal.ui.live import LiveView

    app = QApplication([])
    services = Services.open(DataPaths(data_dir))
    view = LiveView()
    view.resize(1100, 700)
    view.attach(services)
    view.show()
    app.processEvents()
    rss_start = rss_bytes()

    def key(character: str) -> None:
        if character == "\n":
            QTest.keyClick(view.pad, Qt.Key.Key_Return)
        elif ord(character) < 128:
            QTest.keyClicks(view.pad, character)
        else:  # QTest has no key code for it: a press and release carrying the text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    view.pad, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
                )

    sessions: list[dict[str, Any]] = []
    started = time.perf_counter()
    for number in range(SESSIONS):
        view.start_quick(f"Long Day {number + 1}", "technical")
        samples: list[float] = []
        for line in interview_lines(number, keys):
            for character in line + "\n":
                before = time.perf_counter()
                key(character)
                samples.append(time.perf_counter() - before)
            app.processEvents()
        saved = view.flush(30.0)
        view.end_session()
        later = view.findChild(QPushButton, "liveReviewLater")
        if later is not None:
            later.click()
        gc.collect()
        sessions.append(
            {
                "keys": len(samples),
                "p50_ms": statistics.median(samples) * 1000,
                "p99_ms": _percentile(samples, 0.99) * 1000,
                "saved": saved,
                "rss_bytes": rss_bytes(),
            }
        )
    seconds = time.perf_counter() - started
    view.close()
    services.close()
    return {"sessions": sessions, "rss_start_bytes": rss_start, "seconds": seconds}


def run_day(data_dir: Path, work_dir: Path, keys: int) -> dict[str, Any]:
    """The day in a fresh process, on a copy of ``data_dir``'s journal."""
    copy = work_dir / "long-session"
    if copy.exists():
        shutil.rmtree(copy)
    copy.mkdir(parents=True)
    for name in ("journal.sqlite3", "journal.sqlite3-wal"):
        if (data_dir / name).exists():
            shutil.copy2(data_dir / name, copy / name)
    args = [CHILD_FLAG, str(copy), str(keys)]
    return run_child(__file__, args, "long-session benchmark", TIMEOUT_S)


def _mb(value: float) -> float:
    return value / 1_000_000


def figures(result: dict[str, Any]) -> list[Figure]:
    sessions = result["sessions"]
    first, last = sessions[0], sessions[-1]
    keys = sum(s["keys"] for s in sessions)
    growth = _mb(last["rss_bytes"] - sessions[1]["rss_bytes"])
    extra = {
        "keys": keys,
        "sessions": len(sessions),
        "seconds": round(result["seconds"], 1),
        "p50_ms_by_session": [round(s["p50_ms"], 3) for s in sessions],
        "p99_ms_by_session": [round(s["p99_ms"], 3) for s in sessions],
        "rss_mb_by_session": [round(_mb(s["rss_bytes"]), 1) for s in sessions],
        "rss_start_mb": round(_mb(result["rss_start_bytes"]), 1),
        "all_saved": all(s["saved"] for s in sessions),
    }
    day = f"{keys:,} keys in {len(sessions)} interviews"
    return [
        Figure(
            "long session key p50, last vs first interview",
            last["p50_ms"],
            "ms",
            1.25,
            "ratio",
            first["p50_ms"],
            f"{day}; median per key in the last interview against the first",
            extra,
        ),
        Figure(
            "long session key p99, last vs first interview",
            last["p99_ms"],
            "ms",
            1.5,
            "ratio",
            first["p99_ms"],
            f"{day}; 99th percentile per key in the last interview against the first",
        ),
        Figure(
            "long session RSS growth",
            max(growth, 0.0),
            "MB",
            10,
            "max",
            None,
            f"{day}; resident memory at the end of the last interview minus at the end of "
            f"the second ({_mb(sessions[1]['rss_bytes']):.0f} → "
            f"{_mb(last['rss_bytes']):.0f} MB)",
        ),
    ]


def measure(context: Context) -> list[Figure]:
    keys = 10_000 if context.size == "heavy" else 2_000
    return figures(run_day(context.data_dir, context.work_dir, keys))


def main() -> int:
    if len(sys.argv) >= 4 and sys.argv[1] == CHILD_FLAG:
        print(json.dumps(_child(Path(sys.argv[2]), int(sys.argv[3]))), flush=True)
        return 0
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keys", type=int, default=10_000, help="keys per interview")
    parser.add_argument("--size", choices=["small", "heavy"], default="small")
    parser.add_argument("--data-dir", help="a journal folder to copy (default: a new sample)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        data_dir = sample_or_given(args.data_dir, args.size, work)
        result = run_day(data_dir, work, args.keys)
    for figure in figures(result):
        verdict = {True: "pass", False: "MISS", None: ""}[figure.passed]
        ratio = f" ({figure.ratio:.2f}×)" if figure.ratio is not None else ""
        print(
            f"{figure.name:<48}{figure.value:>8.3f} {figure.unit}{ratio}  "
            f"target {figure.target_text}  {verdict}"
        )
        print(f"    {figure.detail}")
    print(json.dumps(figures(result)[0].extra))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
