"""What every benchmark of the suite shares: the journal it measures and how a figure is
reported.

A figure compares the app with what Qt and SQLite themselves do on the same machine in
the same run, so the targets hold on any machine: ``value`` is the app's measurement,
``baseline`` the bare program's, and ``target`` bounds either their ratio or the value.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

TargetKind = Literal["ratio", "max", "report"]


@dataclass(frozen=True)
class Figure:
    """One line of the table and one entry of ``results.json``.

    ``kind`` says how ``target`` reads: ``ratio`` — value / baseline at most target;
    ``max`` — value at most target (in ``unit``); ``report`` — no target, a measurement.
    """

    name: str
    value: float
    unit: str
    target: float | None = None
    kind: TargetKind = "report"
    baseline: float | None = None
    detail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def passed(self) -> bool | None:
        if self.kind == "report" or self.target is None:
            return None
        if self.kind == "ratio":
            ratio = self.ratio
            return ratio is not None and ratio <= self.target
        return self.value <= self.target

    @property
    def target_text(self) -> str:
        if self.kind == "ratio" and self.target is not None:
            return f"≤ {self.target:g}×"
        if self.kind == "max" and self.target is not None:
            return f"≤ {self.target:g} {self.unit}"
        return "report"

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(ratio=self.ratio, passed=self.passed, target_text=self.target_text)
        return data


@dataclass(frozen=True)
class Context:
    """The journal under test (a data folder holding the sample) and how hard to try."""

    data_dir: Path
    size: str
    runs: int
    work_dir: Path

    @property
    def journal_file(self) -> Path:
        return self.data_dir / "journal.sqlite3"


def headless_env(**extra: str) -> dict[str, str]:
    """The environment for measured programs: offscreen Qt unless a display is chosen."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.update(extra)
    return env


def make_sample(data_dir: Path, size: str) -> None:
    """Fill ``data_dir`` with the sample journal of ``size`` (small or heavy)."""
    command = [sys.executable, "-m", "interview_journal", "--data-dir", str(data_dir)]
    subprocess.run(
        [*command, "sample", "--size", size],
        env=headless_env(),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def run_child(script: str, args: list[str], what: str, timeout: float) -> dict[str, Any]:
    """Run ``script`` (a benchmark module) as a fresh headless process with ``args``; the
    JSON object it prints last. ``what`` names it in the error when it fails."""
    done = subprocess.run(
        [sys.executable, str(Path(script).resolve()), *args],
        check=False,
        env=headless_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def sample_or_given(data_dir: str | None, size: str, work: Path) -> Path:
    """The journal folder a module run alone measures: ``data_dir`` when given, else a new
    sample of ``size`` made in ``work``."""
    if data_dir:
        return Path(data_dir)
    made = work / "data"
    make_sample(made, size)
    return made


def wait_until(done: Callable[[], bool], seconds: float) -> bool:
    """Process Qt events until ``done()`` or ``seconds`` pass; whether it was done.

    For the measured child processes, which run their own QApplication.
    """
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    ticker = QTimer()  # wakes the wait below, so a deadline is always checked
    ticker.start(5)
    deadline = time.perf_counter() + seconds
    try:
        while not done():
            if time.perf_counter() > deadline:
                return False
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        ticker.stop()
