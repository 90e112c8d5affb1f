"""SIGKILL the real app at random moments while it types: no typed word may be lost."""

from __future__ import annotations

import json
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
# Keys come every 8 ms; a durable commit takes well under that, so at most the key being
# committed, and the one typed during that commit, can be missing after a kill.
MAX_KEYS_IN_FLIGHT = 2


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
    typed = lost = 0
    for kill in range(KILLS):
        typed, reopened = _run_until_killed(data_dir, typed, rng.randint(5, 60))
        if kill:
            # The relaunch reopened the interrupted session, cursor at the end.
            assert reopened.endswith(" 1"), reopened
        saved = _saved_text(data_dir / "journal.sqlite3")
        # What is on disk is exactly what was typed, short of at most the keys of the
        # last few milliseconds (the commit in flight when the kill came).
        assert SCRIPT.startswith(saved), (kill, typed, saved[-80:])
        assert typed - MAX_KEYS_IN_FLIGHT <= len(saved) <= typed + 1, (kill, typed, len(saved))
        lost += typed - len(saved)
        typed = len(saved)
    connection = sqlite3.connect(data_dir / "journal.sqlite3")
    rounds = connection.execute("SELECT count(*) FROM interview_round").fetchone()[0]
    connection.close()
    assert rounds == 1, "every relaunch continued the same interview"
    print(f"keys lost over {KILLS} kills: {lost}")
    exported = subprocess.run(
        [sys.executable, "-m", "interview_journal", "--data-dir", str(data_dir), "export"],
        check=True,
        capture_output=True,
        text=True,
    )
    lines = json.loads(exported.stdout)["tables"]["note_line"]
    assert "\n".join(row["text"] for row in sorted(lines, key=lambda r: r["position"])) == saved
    assert {row["marker"] for row in lines} >= {"question", "answer", "highlight", "did_not_know"}
    assert all(isinstance(row["elapsed_ms"], int) and row["elapsed_ms"] >= 0 for row in lines)
