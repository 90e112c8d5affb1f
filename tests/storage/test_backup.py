"""Backups and restore: automatic, manual, and refusing every file that is not a journal."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from interview_journal.core.sample import generate_sample
from interview_journal.paths import DataPaths
from interview_journal.storage.backup import (
    backup_if_due,
    backup_now,
    list_backups,
    restore,
)
from interview_journal.storage.errors import JournalError, NotAJournalError
from interview_journal.storage.journal import Journal
from interview_journal.storage.migrations import LATEST_VERSION
from interview_journal.storage.tables import DOMAIN_TABLES, Company

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def everything(paths: DataPaths) -> dict[str, list[dict[str, Any]]]:
    journal = Journal.open(paths)
    try:
        return {str(m.__tablename__): list(journal.iter_table_rows(m)) for m in DOMAIN_TABLES}
    finally:
        journal.close()


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    """A data folder holding the small sample journal."""
    folder = DataPaths(tmp_path / "data")
    journal = Journal.open(folder)
    try:
        generate_sample(journal, "small", now=T0)
    finally:
        journal.close()
    return folder


def test_backup_delete_restore_brings_everything_back(paths: DataPaths) -> None:
    before = everything(paths)
    assert all(before.values())
    copy = backup_now(paths, now=T0)
    assert copy.name == "journal-20260301T090000Z-manual.sqlite3"
    for name in ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"):
        (paths.root / name).unlink(missing_ok=True)
    assert restore(paths, copy, now=T0) is None  # nothing was there to keep
    assert everything(paths) == before


def test_backup_of_an_open_journal_holds_its_latest_writes(paths: DataPaths) -> None:
    journal = Journal.open(paths)
    try:
        journal.add(Company(name="Written just now"))
        copy = backup_now(paths, now=T0)
    finally:
        journal.close()
    with sqlite3.connect(copy) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM company")}
    assert "Written just now" in names
    assert not copy.with_name(copy.name + "-wal").exists()


def test_restore_keeps_a_copy_of_what_it_replaces(paths: DataPaths) -> None:
    copy = backup_now(paths, now=T0)
    journal = Journal.open(paths)
    try:
        journal.add(Company(name="Added after the backup"))
    finally:
        journal.close()
    after = everything(paths)
    safety = restore(paths, copy, now=T0 + timedelta(hours=1))
    assert safety is not None and safety.name == "before-restore-20260301T100000Z.sqlite3"
    assert "Added after the backup" not in {c["name"] for c in everything(paths)["company"]}
    assert restore(paths, safety, now=T0 + timedelta(hours=2)) is not None
    assert everything(paths) == after


def test_list_backups_newest_first_with_reasons(paths: DataPaths) -> None:
    backup_now(paths, now=T0)
    backup_if_due(paths, now=T0 + timedelta(days=2))
    backup_now(paths, now=T0)  # same second: the name moves on a second
    listed = list_backups(paths)
    assert [(b.reason, b.when) for b in listed] == [
        ("auto", T0 + timedelta(days=2)),
        ("manual", T0 + timedelta(seconds=1)),
        ("manual", T0),
    ]
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)


def test_automatic_backup_only_when_a_day_old(paths: DataPaths) -> None:
    assert backup_if_due(paths, now=T0) is not None
    assert backup_if_due(paths, now=T0 + timedelta(hours=23)) is None
    backup_now(paths, now=T0 + timedelta(hours=30))  # a manual one does not count
    assert backup_if_due(paths, now=T0 + timedelta(hours=25)) is not None


def test_no_automatic_backup_without_a_journal(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "empty")
    assert backup_if_due(paths, now=T0) is None
    assert not paths.root.exists()
    with pytest.raises(JournalError, match="no journal"):
        backup_now(paths, now=T0)


def test_pruning_keeps_ten_automatic_and_every_other_copy(paths: DataPaths) -> None:
    manual = backup_now(paths, now=T0)
    safety = restore(paths, manual, now=T0)
    schema = paths.backups / "before-schema-2-20200101T000000Z.sqlite3"
    schema.write_bytes(manual.read_bytes())
    for day in range(1, 16):
        assert backup_if_due(paths, now=T0 + timedelta(days=day)) is not None
    automatic = [b for b in list_backups(paths) if b.reason == "auto"]
    assert len(automatic) == 10
    assert automatic[-1].when == T0 + timedelta(days=6)
    assert manual.exists() and safety is not None and safety.exists() and schema.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_backups_and_restored_journal_are_private(paths: DataPaths) -> None:
    copy = backup_now(paths, now=T0)
    safety = restore(paths, copy, now=T0)
    assert safety is not None
    for path in (copy, safety, paths.journal):
        assert path.stat().st_mode & 0o777 == 0o600, path


def _foreign_db(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO photos(name) VALUES ('cat.jpg')")
    connection.close()


def _newer(path: Path, real: Path) -> None:
    path.write_bytes(real.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.close()


def _empty_db(path: Path) -> None:
    sqlite3.connect(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 0")
    connection.close()


BAD_FILES = {
    "missing": lambda path, real: None,
    "empty": lambda path, real: path.write_bytes(b""),
    "truncated": lambda path, real: path.write_bytes(real.read_bytes()[: real.stat().st_size // 2]),
    "random": lambda path, real: path.write_bytes(os.urandom(64 * 1024)),
    "foreign": lambda path, real: _foreign_db(path),
    "newer": _newer,
    "empty-database": lambda path, real: _empty_db(path),
}
EXPECTED = {
    "missing": "no file",
    "empty": "empty",
    "truncated": "damaged|not an Interview Journal",
    "random": "not an Interview Journal",
    "foreign": "another program",
    "newer": "newer version",
    "empty-database": "empty database",
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_restore_refuses_a_bad_file_and_changes_nothing(
    paths: DataPaths, tmp_path: Path, kind: str
) -> None:
    real = backup_now(paths, now=T0)
    bad = tmp_path / f"{kind}.sqlite3"
    BAD_FILES[kind](bad, real)
    journal_before = paths.journal.read_bytes()
    backups_before = sorted(p.name for p in paths.backups.iterdir())
    with pytest.raises(JournalError, match=EXPECTED[kind]) as raised:
        restore(paths, bad, now=T0 + timedelta(hours=1))
    assert "\n" not in str(raised.value)
    assert kind in {"missing", "newer"} or isinstance(raised.value, NotAJournalError)
    assert paths.journal.read_bytes() == journal_before
    assert sorted(p.name for p in paths.backups.iterdir()) == backups_before
    assert sorted(p.name for p in paths.root.iterdir() if p.name.startswith(".")) == []


def test_restore_refuses_the_journal_itself(paths: DataPaths) -> None:
    before = paths.journal.read_bytes()
    with pytest.raises(JournalError, match="journal itself"):
        restore(paths, paths.journal, now=T0)
    assert paths.journal.read_bytes() == before


def test_restore_refuses_while_another_program_holds_the_journal(paths: DataPaths) -> None:
    copy = backup_now(paths, now=T0)
    journal = Journal.open(paths)
    try:
        journal.count(Company)  # the app's pool keeps a connection open
        with pytest.raises(JournalError, match="open in another program"):
            restore(paths, copy, now=T0 + timedelta(hours=1))
    finally:
        journal.close()
    assert [b.reason for b in list_backups(paths)] == ["manual"]


def test_restore_over_a_damaged_journal_keeps_its_bytes(paths: DataPaths) -> None:
    copy = backup_now(paths, now=T0)
    noise = os.urandom(8192)
    paths.journal.write_bytes(noise)
    safety = restore(paths, copy, now=T0)
    assert safety is not None and safety.read_bytes() == noise
    assert everything(paths)["company"]
