"""SIGKILL `interview-journal check` while it upgrades a schema-1 journal: all or nothing.

The upgrade first copies the journal into ``backups/before-schema-N-*.sqlite3``, then runs
every pending migration in one transaction. Killed anywhere in that, the journal must
be whole and either still at schema 1 with every row, or fully upgraded; the next open
must upgrade it cleanly; and the backups list must offer no half-written copy.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from interview_journal.paths import DataPaths
from interview_journal.storage import migrations
from interview_journal.storage.backup import check_journal_file, list_backups
from interview_journal.storage.journal import Journal
from tests.e2e.kill_harness import (
    REPO,
    cli,
    dump,
    file_size,
    integrity,
    measure,
    row_counts,
    run,
    run_to_end,
    user_version,
)

FIXTURE = REPO / "tests" / "data" / "journal-schema-1.sqlite3"
# Note lines added to the fixture: about 7 MB, so that the safety copy and the checks of
# the upgrade take a tenth of a second, not a millisecond.
EXTRA_NOTE_LINES = 4_000
WORDS = (
    *("queue", "latency", "rollback", "schema", "migration", "billing", "invoice"),
    *("incident", "trade-off", "on-call", "Grüße", "東京", "مرحبا", "שלום", "🚀"),
    *('"quoted"', "'x';", "DROP TABLE note_line;", "--"),
)


@pytest.fixture(scope="module")
def old_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The schema-1 fixture grown with plain sqlite3, as version 1 of the app wrote it:
    its own triggers index every new line."""
    path = tmp_path_factory.mktemp("schema-1") / "journal.sqlite3"
    shutil.copy(FIXTURE, path)
    rng = random.Random(1)
    connection = sqlite3.connect(path)
    rounds = [r for (r,) in connection.execute("SELECT id FROM interview_round ORDER BY id")]
    rows = [
        (
            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "2025-11-03 09:30:00.000000",
            "2025-11-03 09:30:00.000000",
            rng.choice(rounds),
            10_000.0 + number,
            number * 1_500,
            rng.choice(("question", "answer", "highlight", "")),
            " ".join(rng.choice(WORDS) for _ in range(60)),
        )
        for number in range(EXTRA_NOTE_LINES)
    ]
    with connection:
        connection.executemany("INSERT INTO note_line VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.close()
    assert user_version(path) == 1
    return path


def _fresh_copy(old: Path, folder: Path) -> DataPaths:
    folder.mkdir()
    shutil.copy(old, folder / "journal.sqlite3")
    return DataPaths(folder)


def _copy_started(paths: DataPaths) -> bool:
    # The safety copy is the first thing the upgrade writes, under a temporary name
    # (".before-schema-N-....partial") until it is whole.
    return paths.backups.is_dir() and any(paths.backups.glob("*before-schema-*"))


def _copy_whole(paths: DataPaths) -> bool:
    # Renamed to its final name: the copy is done, the upgrade transaction comes next.
    return paths.backups.is_dir() and any(paths.backups.glob("before-schema-*"))


def _committed(paths: DataPaths) -> bool:
    # The upgrade transaction is the first write into the -wal: its commit.
    return file_size(paths.journal.with_name(paths.journal.name + "-wal")) > 0


# Where the kills aim, by the sign that starts the wait: three anywhere from the start of
# the safety copy, three from its end (where the short upgrade transaction runs). Each
# wait is up to 1.5 times the measured time to the commit, so some kills land after it,
# during the checks `check` runs next, when the journal must be found fully upgraded.
PHASES = (("copy", _copy_started, 3), ("transaction", _copy_whole, 3))
KILLS = sum(wanted for _, _, wanted in PHASES)


@pytest.mark.slow
def test_killed_upgrade_is_all_or_nothing(old_journal: Path, tmp_path: Path) -> None:
    original = dump(old_journal)
    original_counts = row_counts(old_journal)

    # Upgrades left alone: what a finished upgrade holds, and how long from each sign
    # to the commit.
    windows = {}
    for phase, started, _ in PHASES:
        paths = _fresh_copy(old_journal, tmp_path / f"whole-{phase}")
        windows[phase] = 1.5 * measure(
            cli(paths.root, "check"),
            lambda paths=paths, started=started: started(paths),  # type: ignore[misc]
            finished=lambda paths=paths: _committed(paths),  # type: ignore[misc]
        )
    upgraded = dump(paths.journal)
    assert user_version(paths.journal) == migrations.LATEST_VERSION
    assert upgraded != original

    rng = random.Random(2026)
    kills = attempts = still_old = upgraded_count = listed_copies = 0
    for phase, started, wanted in PHASES:
        done = 0
        while done < wanted:
            attempts += 1
            assert attempts <= KILLS * 4, f"only {kills} of {attempts} runs were killed mid-way"
            paths = _fresh_copy(old_journal, tmp_path / f"kill-{attempts}")
            outcome = run(
                cli(paths.root, "check"),
                lambda paths=paths, started=started: started(paths),  # type: ignore[misc]
                kill_after=rng.uniform(0, windows[phase]),
            )
            if not outcome.killed:
                assert outcome.returncode == 0, outcome.stderr
                continue
            done += 1
            kills += 1
            where = f"kill {kills}, {outcome.seconds * 1000:.0f} ms after the {phase} began"

            # Whole, and exactly one of the two states.
            assert integrity(paths.journal) == ["ok"], where
            version = user_version(paths.journal)
            if version == 1:
                still_old += 1
                assert dump(paths.journal) == original, where
            else:
                upgraded_count += 1
                assert version == migrations.LATEST_VERSION, where
                assert dump(paths.journal) == upgraded, where

            # Whatever the backups list offers is a whole copy of the old journal.
            for info in list_backups(paths):
                check_journal_file(info.path)
                assert user_version(info.path) == 1, (where, info.path.name)
                assert row_counts(info.path) == original_counts, (where, info.path.name)
                listed_copies += 1

            # The next start upgrades it cleanly.
            journal = Journal.open(paths)
            try:
                assert journal.schema_version() == migrations.LATEST_VERSION, where
                assert journal.integrity_problems() == [], where
            finally:
                journal.close()
            if version == 1:
                assert dump(paths.journal) == upgraded, where
                # The new safety copy's writing removed the partial one the kill left.
                assert not list(paths.backups.glob(".*.partial")), where

    checked = run_to_end(cli(paths.root, "check"))
    assert checked.returncode == 0, checked.stderr
    print(
        f"migration: {kills} kills survived in {attempts} runs; {still_old} left the journal "
        f"at schema 1, {upgraded_count} fully upgraded; {listed_copies} whole safety copies "
        "listed"
    )
