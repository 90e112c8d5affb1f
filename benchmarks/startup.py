"""Start-up figures: the app's first paint and "ready" against a bare PySide6 window.

Both programs run as fresh processes, in the same run, on the same machine, several times;
the median of each is reported. "ready" is when the journal is open and the views are
filled. Usage: ``python benchmarks/startup.py [--size small|heavy] [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def run_app(env: dict[str, str], workdir: Path, data_dir: Path) -> tuple[float, float]:
    report = workdir / "app.json"
    report.unlink(missing_ok=True)
    env = {**env, "INTERVIEW_JOURNAL_STARTUP_REPORT": str(report)}
    launched = time.time()
    process = subprocess.Popen(
        [sys.executable, "-m", "interview_journal", "--data-dir", str(data_dir)], env=env
    )
    try:
        times = _wait_for(report, "ready", process, 120)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return times["first_paint"] - launched, times["ready"] - launched


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=["empty", "small", "heavy"], default="small")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as temporary:
        workdir = Path(temporary)
        data_dir = workdir / "data"
        if args.size != "empty":
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "interview_journal",
                    "--data-dir",
                    str(data_dir),
                    "sample",
                    "--size",
                    args.size,
                ],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        else:
            subprocess.run(
                [sys.executable, "-m", "interview_journal", "--data-dir", str(data_dir), "check"],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        bare, paint, ready = [], [], []
        for _ in range(args.runs):
            bare.append(run_bare(env, workdir))
            first, done = run_app(env, workdir, data_dir)
            paint.append(first)
            ready.append(done)
    bare_ms = statistics.median(bare) * 1000
    paint_ms = statistics.median(paint) * 1000
    ready_ms = statistics.median(ready) * 1000
    print(
        f"journal: {args.size}, runs: {args.runs}, Python {sys.version.split()[0]}, "
        f"platform {env['QT_QPA_PLATFORM']}"
    )
    print(f"{'figure':<28}{'median ms':>10}{'vs bare':>9}")
    print(f"{'bare QMainWindow paint':<28}{bare_ms:>10.0f}{1:>9.2f}")
    print(f"{'app first paint':<28}{paint_ms:>10.0f}{paint_ms / bare_ms:>9.2f}")
    print(f"{'app ready (journal open)':<28}{ready_ms:>10.0f}{ready_ms / bare_ms:>9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
