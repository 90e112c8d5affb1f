"""Runs the real command line in a subprocess and SIGKILLs it while it works.

Shared by the kill-during-import, -migration and -backup tests. The test waits for
evidence that the work is under way (a file appearing or growing), never for a fixed
time; the kill moment is then a seeded random delay within the time the same work was
measured to take on this machine, so the kills land all over it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from interview_journal.core import sample
from interview_journal.core.sample import SampleSize, generate_sample
from interview_journal.storage.journal import Journal

REPO = Path(__file__).resolve().parents[2]
# Checking a file's size costs a few microseconds: polling this often sees a step of the
# work that lasts a few milliseconds.
POLL_S = 0.0005
# Generous: two cores shared with other test processes make a start take seconds.
START_TIMEOUT_S = 120.0

Evidence = Callable[[], bool]

# Between the "small" sample (about 1,100 records: its import commits before the -wal
# grows at all, its backup takes milliseconds) and "heavy" (155,000 records, 110 MB: 18 s
# to import): about 5,800 records, a 4.5 MB journal, 2.2 MB of JSON.
MEDIUM = SampleSize(20, 60, 150, 3_000, 1_000, 365, (2, 4), 4, 1)


def fill_medium_sample(journal: Journal) -> None:
    """The app's realistic sample, at the medium size above."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sample.SIZES, "medium", MEDIUM)
        generate_sample(journal, "medium")  # type: ignore[arg-type]


def cli(data_dir: Path, *args: str) -> list[str]:
    """The command line of ``interview-journal --data-dir DATA_DIR ARGS``."""
    return [sys.executable, "-m", "interview_journal", "--data-dir", str(data_dir), *args]


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def run_to_end(command: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` to its end (no kill), capturing its output."""
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)


@dataclass(frozen=True)
class Outcome:
    seen: bool  # the evidence of the work was seen (False: the process ended first)
    killed: bool  # True when the SIGKILL ended the process before it finished on its own
    returncode: int
    seconds: float  # from the evidence to the kill, to ``finished`` or to the exit
    stderr: str


def _wait_for(process: subprocess.Popen[bytes], evidence: Evidence) -> float | None:
    """The moment ``evidence`` first held; None when the process ended before it did."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while not evidence():
        if process.poll() is not None:
            return None
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"no sign of the work after {START_TIMEOUT_S:.0f} s")
        time.sleep(POLL_S)
    return time.monotonic()


def run(
    command: list[str],
    started: Evidence,
    *,
    kill_after: float | None = None,
    finished: Evidence | None = None,
) -> Outcome:
    """Run ``command``; once ``started()`` holds, SIGKILL it ``kill_after`` seconds later
    unless it ended by then. Without ``kill_after`` it runs to its end, and ``seconds`` is
    how long the work took after ``started()``: until ``finished()`` held, or the exit."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    ) as process:
        seen = _wait_for(process, started)
        ended: float | None = None
        if seen is not None and kill_after is not None:
            try:
                # Returns early when the process ends on its own: no fixed sleep.
                process.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                ended = time.monotonic()
                os.kill(process.pid, signal.SIGKILL)
        elif seen is not None and finished is not None:
            while not finished() and process.poll() is None:
                time.sleep(POLL_S)
            ended = time.monotonic()
        _, err = process.communicate(timeout=START_TIMEOUT_S)
        if ended is None:
            ended = time.monotonic()
    return Outcome(
        seen=seen is not None,
        killed=process.returncode == -signal.SIGKILL,
        returncode=process.returncode,
        seconds=ended - (seen or ended),
        stderr=err.decode(errors="replace"),
    )


def measure(command: list[str], started: Evidence, finished: Evidence | None = None) -> float:
    """Seconds the work of ``command`` takes after ``started()``: until ``finished()``
    holds, or the process exits. The command must succeed."""
    whole = run(command, started, finished=finished)
    assert whole.seen and whole.returncode == 0, whole.stderr
    return whole.seconds


# ------------------------------------------------------------ reading with plain sqlite3
def _connect(path: Path) -> sqlite3.Connection:
    # An ordinary open, as the next launch does: SQLite recovers a -wal left by the kill,
    # keeping committed transactions and dropping the one cut short
    # (https://www.sqlite.org/wal.html#recovery).
    return sqlite3.connect(path)


def integrity(path: Path) -> list[str]:
    connection = _connect(path)
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def user_version(path: Path) -> int:
    connection = _connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def _tables(connection: sqlite3.Connection) -> list[str]:
    # Real tables only: FTS5 shadow tables (search_index_data, ...) hold the index itself
    # and are compared like any other; the virtual table reads through them.
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " ORDER BY name"
    )
    return [str(name) for (name,) in rows]


def row_counts(path: Path) -> dict[str, int]:
    """Rows in every table of the database at ``path``."""
    connection = _connect(path)
    try:
        return {
            table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in _tables(connection)
        }
    finally:
        connection.close()


Dump = dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]]


def dump(path: Path) -> Dump:
    """Every row of every table, by table: (column names, rows in a fixed order)."""
    connection = _connect(path)
    try:
        result: Dump = {}
        for table in _tables(connection):
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = tuple(str(column[0]) for column in cursor.description)
            result[table] = (columns, sorted(cursor.fetchall(), key=repr))
        return result
    finally:
        connection.close()
