"""Start-up figures: the app's first paint against a bare PySide6 window, and "ready"
against a floor program.

Every program runs as a fresh process, in the same run, on the same machine, several
times, interleaved; the median of each is reported.

* first paint: launch to the main window's first paint, against a bare ``QMainWindow``;
* ready: ``interview-journal live`` with the journal to the live note pad enabled and
  focused (it takes keys from then on), against a floor program that imports
  PySide6.QtWidgets and sqlmodel, opens the same journal file, reads from it and shows a
  window.

Usage: ``python benchmarks/startup.py [--size small|heavy] [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Context, Figure, headless_env, make_sample

BARE_WINDOW = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1180, 760)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            open(sys.argv[1], "w").write(json.dumps({"first_paint": time.time()}))
            app.quit()
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


# What any app of this stack must do before it can take keys: load Qt Widgets and the
# ORM, open the database file, read from it, paint a window.
FLOOR = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
import sqlmodel
engine = sqlmodel.create_engine("sqlite:///" + sys.argv[2])
with engine.connect() as connection:
    connection.exec_driver_sql("SELECT count(*) FROM company").scalar()
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit())
window.resize(1180, 760)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            open(sys.argv[1], "w").write(json.dumps({"ready": time.time()}))
            app.quit()
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def _wait_for(
    report: Path, key: str, process: subprocess.Popen[bytes], timeout: float
) -> dict[str, float]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if report.exists():
            try:
                times: dict[str, float] = json.loads(report.read_text())
            except json.JSONDecodeError:
                times = {}
            if key in times:
                return times
        if process.poll() is not None and not report.exists():
            raise RuntimeError(f"process exited with {process.returncode} before {key}")
        time.sleep(0.005)
    raise TimeoutError(f"no {key} within {timeout} s")


def run_bare(env: dict[str, str], workdir: Path) -> float:
    report = workdir / "bare.json"
    report.unlink(missing_ok=True)
    launched = time.time()
    process = subprocess.Popen([sys.executable, "-c", BARE_WINDOW, str(report)], env=env)
    times = _wait_for(report, "first_paint", process, 60)
    process.wait(timeout=30)
    return times["first_paint"] - launched


def run_floor(env: dict[str, str], workdir: Path, journal_file: Path) -> float:
    report = workdir / "floor.json"
    report.unlink(missing_ok=True)
    launched = time.time()
    process = subprocess.Popen(
        [sys.executable, "-c", FLOOR, str(report), str(journal_file)], env=env
    )
    times = _wait_for(report, "ready", process, 60)
    process.wait(timeout=30)
    return times["ready"] - launched


def run_app(
    env: dict[str, str], workdir: Path, data_dir: Path, *, live: bool = False
) -> tuple[float, float]:
    """Seconds from launch to the first paint and to "ready" (the journal open and, with
    ``live``, the note pad taking keys)."""
    report = workdir / "app.json"
    report.unlink(missing_ok=True)
    env = {**env, "INTERVIEW_JOURNAL_STARTUP_REPORT": str(report)}
    command = [sys.executable, "-m", "interview_journal", "--data-dir", str(data_dir)]
    if live:
        command += ["live", "--company", "Benchmark Co", "--round", "technical"]
    launched = time.time()
    process = subprocess.Popen(command, env=env)
    try:
        times = _wait_for(report, "ready", process, 120)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return times["first_paint"] - launched, times["ready"] - launched


def measure(context: Context) -> list[Figure]:
    env = headless_env()
    work = context.work_dir / "startup"
    work.mkdir(parents=True, exist_ok=True)
    # A copy, since every live start adds a round to the journal it opens.
    data_dir = work / "data"
    shutil.rmtree(data_dir, ignore_errors=True)
    shutil.copytree(context.data_dir, data_dir)
    bare, paint, floor, ready = [], [], [], []
    run_app(env, work, data_dir)  # warm the disk cache for every program alike
    for _ in range(context.runs):
        bare.append(run_bare(env, work))
        paint.append(run_app(env, work, data_dir)[0])
        floor.append(run_floor(env, work, data_dir / "journal.sqlite3"))
        ready.append(run_app(env, work, data_dir, live=True)[1])

    def ms(samples: list[float]) -> float:
        return statistics.median(samples) * 1000

    runs = {"runs": context.runs}
    return [
        Figure(
            "first paint",
            ms(paint),
            "ms",
            1.3,
            "ratio",
            ms(bare),
            "launch to the main window's first paint, against a bare QMainWindow",
            runs,
        ),
        Figure(
            "ready (live pad takes keys)",
            ms(ready),
            "ms",
            1.2,
            "ratio",
            ms(floor),
            "`live` with the journal to the note pad focused, against Qt + sqlmodel + "
            "the journal file + a window",
            runs,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=["small", "heavy"], default="small")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        make_sample(work / "data", args.size)
        figures = measure(Context(work / "data", args.size, args.runs, work))
    for figure in figures:
        ratio = figure.ratio or 0
        print(
            f"{figure.name:<30}{figure.value:>8.0f} ms  vs {figure.baseline:>6.0f} ms"
            f"  {ratio:.2f}x (target {figure.target_text})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
