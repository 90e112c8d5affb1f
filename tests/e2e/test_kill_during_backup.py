"""SIGKILL `interview-journal backup` while it copies: no half-written backup, journal untouched.

A backup is written as a hidden ``.NAME.PID.partial`` file in the backups folder, checked,
then renamed (storage/backup.py). The partial file appearing is the sign the copy has
begun; the kill comes a seeded random moment later, anywhere up to the measured end of a
whole backup. All kills hit the same data folder, as repeated crashes would.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from interview_journal.paths import DataPaths
from interview_journal.storage.backup import backup_now, check_journal_file, list_backups
from interview_journal.storage.journal import Journal
from tests.e2e.kill_harness import (
    cli,
    file_size,
    fill_medium_sample,
    integrity,
    measure,
    row_counts,
    run,
    run_to_end,
)

KILLS = 5


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _partials(paths: DataPaths) -> set[Path]:
    return set(paths.backups.glob(".*.partial")) if paths.backups.is_dir() else set()


def _new_partial(paths: DataPaths, known: set[Path]) -> bool:
    return bool(_partials(paths) - known)


def _check_listed(paths: DataPaths, counts: dict[str, int], where: str, verified: set[Path]) -> int:
    """Every backup the list offers is a whole copy of the journal; returns how many.

    A backup is never written again once renamed, so each is checked once (``verified``).
    """
    listed = list_backups(paths)
    for info in listed:
        if info.path in verified:
            continue
        assert not info.path.name.startswith("."), (where, info.path.name)
        check_journal_file(info.path)  # integrity_check, application id, schema version
        assert row_counts(info.path) == counts, (where, info.path.name)
        verified.add(info.path)
    return len(listed)


@pytest.mark.slow
def test_killed_backup_leaves_no_half_backup_and_the_journal_untouched(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    journal = Journal.open(paths)
    try:
        fill_medium_sample(journal)
    finally:
        journal.close()
    assert file_size(paths.journal) > 2_000_000
    digest = _sha256(paths.journal)
    counts = row_counts(paths.journal)
    wal = paths.journal.with_name(paths.journal.name + "-wal")

    known = _partials(paths)
    window = measure(cli(paths.root, "backup"), lambda: _new_partial(paths, known))
    verified: set[Path] = set()
    assert _check_listed(paths, counts, "whole", verified) == 1

    rng = random.Random(2026)
    kills = attempts = left_a_backup = 0
    while kills < KILLS:
        attempts += 1
        assert attempts <= KILLS * 4, f"only {kills} of {attempts} runs were killed mid-way"
        listed_before = len(list_backups(paths))
        known = _partials(paths)
        outcome = run(
            cli(paths.root, "backup"),
            lambda known=known: _new_partial(paths, known),  # type: ignore[misc]
            kill_after=rng.uniform(0, window),
        )
        if not outcome.killed:
            assert outcome.returncode == 0, outcome.stderr
            continue
        kills += 1
        where = f"kill {kills} at {outcome.seconds * 1000:.0f} ms of {window * 1000:.0f}"

        # The journal is byte for byte what it was; a -wal the read-only copy left
        # beside it holds nothing.
        assert _sha256(paths.journal) == digest, where
        assert file_size(wal) == 0, where
        # The list offers whole backups only: at most the one this run finished.
        listed = _check_listed(paths, counts, where, verified)
        assert listed in (listed_before, listed_before + 1), where
        left_a_backup += listed - listed_before

    # The journal opens and passes `check`; the next backup after all the kills works.
    assert integrity(paths.journal) == ["ok"]
    for command in ("check", "backup"):
        done = run_to_end(cli(paths.root, command))
        assert done.returncode == 0, (command, done.stderr)
    assert _sha256(paths.journal) == digest
    assert _check_listed(paths, counts, "after", verified) == len(verified)
    # ... and removed the partial copies the killed runs left.
    assert _partials(paths) == set()
    print(
        f"backup: {kills} kills survived in {attempts} runs; {left_a_backup} finished the "
        f"backup first, {kills - left_a_backup} left none listed"
    )


def test_next_backup_removes_partial_copies_of_killed_runs_only(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    journal = Journal.open(paths)
    journal.close()
    with subprocess.Popen([sys.executable, "-c", "pass"]) as gone:
        assert gone.wait(timeout=60) == 0
    stamp = ".journal-20260101T000000Z-manual.sqlite3"
    dead = paths.backups / f"{stamp}.{gone.pid}.partial"  # its process has ended
    alive = paths.backups / f"{stamp}.{os.getppid()}.partial"
    other = paths.backups / ".notes.partial"
    for path in (dead, alive, other):
        path.write_bytes(b"SQLite format 3\x00 cut short")

    made = backup_now(paths)

    assert not dead.exists()
    assert alive.exists() and other.exists()
    assert [info.path for info in list_backups(paths)] == [made]
