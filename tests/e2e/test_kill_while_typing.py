"""SIGKILL the real app at random moments while it types: no typed word may be lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.typing_driver import SCRIPT

DRIVER = Path(__file__).with_name("typing_driver.py")
KILLS = 20


def _saved_text(journal: Path) -> str:
    connection = sqlite3.connect(journal)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = connection.execute("SELECT text FROM note_line ORDER BY position").fetchall()
    finally:
        connection.close()
    return "\n".join(text for (text,) in rows)


def _run_until_killed(data_dir: Path, start_at: int, keys: int) -> tuple[int, str]:
    """Type ``keys`` more characters, then SIGKILL; returns (typed count, reopened line)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    reopened, typed = "", start_at
    with subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), str(start_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=Path(__file__).parent.parent.parent,
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("reopened"):
                reopened = line.strip()
            elif line.startswith("typed"):
                typed = int(line.split()[1])
                if typed >= start_at + keys:
                    break
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    return typed, reopened


@pytest.mark.slow
def test_twenty_kills_lose_nothing_typed(tmp_path: Path) -> None:
    rng = random.Random(2026)
    data_dir = tmp_path / "data"
    typed = 0
    for kill in range(KILLS):
        typed, reopened = _run_until_killed(data_dir, typed, rng.randint(5, 60))
        if kill:
            # The relaunch reopened the interrupted session, cursor at the end.
            assert reopened.endswith(" 1"), reopened
        saved = _saved_text(data_dir / "journal.sqlite3")
        # Every key reported as processed is on disk; at most the key in flight is extra.
        assert saved.startswith(SCRIPT[:typed]), (kill, typed, saved[-80:])
        assert len(saved) <= typed + 1
        typed = len(saved)
    connection = sqlite3.connect(data_dir / "journal.sqlite3")
    rounds = connection.execute("SELECT count(*) FROM interview_round").fetchone()[0]
    connection.close()
    assert rounds == 1, "every relaunch continued the same interview"
