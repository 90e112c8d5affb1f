"""Memory: peak RSS of the app with the journal open and every view visited, against a
bare PySide6 window.

Two fresh processes (offscreen Qt), each reporting its peak resident set size
(``getrusage(RUSAGE_SELF).ru_maxrss``, kilobytes on Linux, see getrusage(2)) as one
JSON line:

* bare: a ``QMainWindow`` of the app's size, shown and painted;
* floor: the same window in a process that also imports sqlmodel (SQLAlchemy, pydantic)
  and reads from the journal file, as start-up's "ready" floor does: what the required
  stack costs before the app adds anything (reported, not the target's baseline);
* app: the app's ``MainWindow`` shown and painted, the journal opened
  (``Services.open``) and attached, then each view of ``VIEW_KEYS`` shown in turn,
  waiting each time until its background reads are done and their answers delivered.

The figure is app minus bare, in MB (10^6 bytes).

Usage: ``python benchmarks/memory.py [--size small|heavy] [--data-dir DIR]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Context, Figure, run_child, sample_or_given, wait_until

CHILD_FLAG = "--child"
TIMEOUT_S = 300
WINDOW_SIZE = (1180, 760)
# After a view's background reads are done, events keep being processed this long so
# their answers are delivered and painted.
SETTLE_S = 0.3


def _peak_rss_kb() -> int:
    """This process's peak resident set size in kB.

    Linux's ``VmHWM`` first: it starts afresh with the new address space of an exec,
    whereas ``getrusage``'s ``ru_maxrss`` carries over the peak of the process that
    forked this one (here the suite's runner, far bigger than a bare window).
    """
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _child(mode: str, data_dir: Path | None) -> dict[str, Any]:
    """Runs in the measured process: show a window (bare or the app's), report the peak."""
    from PySide6.QtCore import QEvent, QObject, QThreadPool
    from PySide6.QtWidgets import QApplication, QMainWindow

    _app = QApplication([])  # kept alive for the whole measurement

    painted: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    def show_and_paint(window: QMainWindow) -> None:
        watch = Watch(window)
        window.installEventFilter(watch)
        window.resize(*WINDOW_SIZE)
        window.show()
        if not wait_until(lambda: bool(painted), 60):
            raise TimeoutError("the window never painted")
        window.removeEventFilter(watch)

    if mode in ("bare", "floor"):
        if mode == "floor":
            assert data_dir is not None
            import sqlmodel

            engine = sqlmodel.create_engine(f"sqlite:///{data_dir / 'journal.sqlite3'}")
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM company").scalar()
        bare = QMainWindow()
        show_and_paint(bare)
        return {"peak_rss_kb": _peak_rss_kb()}

    assert data_dir is not None
    from interview_journal.core.services import Services
    from interview_journal.paths import DataPaths
    from interview_journal.ui.main_window import VIEW_KEYS, MainWindow

    imported = _peak_rss_kb()
    window = MainWindow()
    show_and_paint(window)
    window_shown = _peak_rss_kb()
    services = Services.open(DataPaths(data_dir))
    opened = _peak_rss_kb()
    window.attach(services)

    def idle() -> bool:
        pools = [QThreadPool.globalInstance(), *window.findChildren(QThreadPool)]
        return all(pool.activeThreadCount() == 0 for pool in pools)

    def settle() -> bool:
        """Background reads done and their answers delivered (a quiet stretch after)."""
        if not wait_until(idle, 120):
            return False
        quiet_until = time.perf_counter() + SETTLE_S
        return wait_until(lambda: time.perf_counter() > quiet_until, 10) and idle()

    after_attach = _peak_rss_kb()
    peaks: dict[str, int] = {}
    settled = settle()
    for key in VIEW_KEYS:
        window.show_view(key)
        settled = settle() and settled
        peaks[key] = _peak_rss_kb()
    result = {
        "peak_rss_kb": _peak_rss_kb(),
        "after_imports_kb": imported,
        "after_window_kb": window_shown,
        "after_open_kb": opened,
        "after_attach_kb": after_attach,
        "peak_after_view_kb": peaks,
        "settled": settled,
    }
    window.detach()
    services.close()
    return result


def run_once(mode: str, data_dir: Path | None = None) -> dict[str, Any]:
    """One fresh process in ``mode`` ("bare" or "app"); its figures."""
    args = [CHILD_FLAG, mode] if data_dir is None else [CHILD_FLAG, mode, str(data_dir)]
    return run_child(__file__, args, f"memory benchmark ({mode})", TIMEOUT_S)


def _mb(kilobytes: float) -> float:
    return kilobytes * 1024 / 1_000_000


def measure(context: Context) -> list[Figure]:
    bare = run_once("bare")
    floor = run_once("floor", context.data_dir)
    app = run_once("app", context.data_dir)
    bare_mb, app_mb = _mb(bare["peak_rss_kb"]), _mb(app["peak_rss_kb"])
    floor_mb = _mb(floor["peak_rss_kb"])
    extra = {
        "bare_peak_rss_mb": round(bare_mb, 1),
        "floor_peak_rss_mb": round(floor_mb, 1),
        "stack_over_bare_mb": round(floor_mb - bare_mb, 1),
        "app_over_floor_mb": round(app_mb - floor_mb, 1),
        "app_peak_rss_mb": round(app_mb, 1),
        "app_after_imports_mb": round(_mb(app["after_imports_kb"]), 1),
        "app_after_window_mb": round(_mb(app["after_window_kb"]), 1),
        "app_after_open_mb": round(_mb(app["after_open_kb"]), 1),
        "app_after_attach_mb": round(_mb(app["after_attach_kb"]), 1),
        "app_peak_after_view_mb": {
            key: round(_mb(value), 1) for key, value in app["peak_after_view_kb"].items()
        },
        "background_reads_settled": app["settled"],
    }
    return [
        Figure(
            "memory peak RSS over bare window",
            app_mb - bare_mb,
            "MB",
            60,
            "max",
            None,
            f"peak RSS with the journal open and all {len(app['peak_after_view_kb'])} views "
            f"visited ({app_mb:.0f} MB) minus a bare shown QMainWindow ({bare_mb:.0f} MB); "
            f"the same window with sqlmodel imported and the file read: {floor_mb:.0f} MB",
            extra,
        )
    ]


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == CHILD_FLAG:
        data_dir = Path(sys.argv[3]) if len(sys.argv) > 3 else None
        print(json.dumps(_child(sys.argv[2], data_dir)), flush=True)
        return 0
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=["small", "heavy"], default="small")
    parser.add_argument("--data-dir", help="a journal folder to measure (default: a new sample)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        data_dir = sample_or_given(args.data_dir, args.size, work)
        figures = measure(Context(data_dir, args.size, 1, work))
    for figure in figures:
        verdict = {True: "pass", False: "MISS", None: ""}[figure.passed]
        print(f"{figure.name:<34}{figure.value:>7.1f} MB  target {figure.target_text}  {verdict}")
        print(f"    {figure.detail}")
        print(f"    {json.dumps(figure.extra)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
