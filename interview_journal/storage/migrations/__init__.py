"""Ordered, explicit schema migrations, recorded in ``PRAGMA user_version``.

Each migration module has ``VERSION``, ``DESCRIPTION`` and ``STATEMENTS_SQL``. All pending
migrations run in one ``BEGIN IMMEDIATE`` transaction together with the new
``user_version``: SQLite DDL is transactional, so a crash leaves the journal at the old
version, untouched (https://www.sqlite.org/lang_transaction.html). Before touching a
journal that already holds data, a copy is taken with SQLite's online backup.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from interview_journal.storage.errors import JournalTooNewError, NotAJournalError
from interview_journal.storage.migrations import m0001_initial, m0002_offer_location

# "IJRN" as a 32-bit integer, so a foreign SQLite file is told apart from a journal
# (https://www.sqlite.org/pragma.html#pragma_application_id).
APPLICATION_ID = 0x494A524E

MIGRATIONS: tuple[ModuleType, ...] = (m0001_initial, m0002_offer_location)
LATEST_VERSION: int = MIGRATIONS[-1].VERSION


@dataclass(frozen=True)
class MigrationResult:
    from_version: int
    to_version: int
    backup: Path | None


def split_statements(script: str) -> Iterator[str]:
    """Split a script into complete statements (trigger bodies hold semicolons too).

    ``executescript`` cannot be used: it commits the open transaction first.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statement = pending.strip()
            if statement:
                yield statement
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending[:60]!r}")


def read_version(connection: sqlite3.Connection) -> tuple[int, int, int]:
    """Return (application_id, user_version, number of schema objects)."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    user_version = connection.execute("PRAGMA user_version").fetchone()[0]
    objects = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return int(application_id), int(user_version), int(objects)


def check_compatible(application_id: int, user_version: int, objects: int) -> None:
    """Refuse what is not a journal of this or an older version."""
    if application_id == 0 and objects == 0 and user_version == 0:
        return  # an empty database: a new journal
    if application_id != APPLICATION_ID:
        raise NotAJournalError(
            "This file is a database of another program, not an Interview Journal; "
            "it was left unchanged."
        )
    if user_version > LATEST_VERSION:
        raise JournalTooNewError(
            f"This journal was written by a newer version of Interview Journal "
            f"(schema {user_version}; this version reads up to {LATEST_VERSION}). "
            "Update the app to open it; the file was left unchanged."
        )


def backup_copy(connection: sqlite3.Connection, target: Path) -> Path:
    """Copy the whole database to ``target`` (mode 0600) with the online backup API.

    Like every backup, the copy is written under a temporary name, checked and only then
    renamed: an upgrade killed mid-copy must not leave a half-written file that the
    backups list offers (tests/e2e/test_kill_during_migration.py).
    """
    from interview_journal.storage.backup import write_verified_copy

    target.parent.mkdir(parents=True, exist_ok=True)
    return write_verified_copy(connection, target)


def migrate(connection: sqlite3.Connection, backup_dir: Path | None) -> MigrationResult:
    """Bring the database on ``connection`` to :data:`LATEST_VERSION`.

    ``backup_dir`` receives a copy of a journal that already holds data before it is
    changed; ``None`` (in-memory journals) skips the copy.
    """
    application_id, version, objects = read_version(connection)
    check_compatible(application_id, version, objects)
    if version == LATEST_VERSION:
        return MigrationResult(version, version, None)
    backup = None
    if version > 0 and backup_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_copy(
            connection, backup_dir / f"before-schema-{LATEST_VERSION}-{stamp}.sqlite3"
        )

    previous_isolation = connection.isolation_level
    connection.isolation_level = None  # we issue BEGIN/COMMIT ourselves
    try:
        # Foreign keys must be off while tables are rebuilt; the pragma is a no-op
        # inside a transaction (https://www.sqlite.org/pragma.html#pragma_foreign_keys).
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("BEGIN IMMEDIATE")
        try:
            for migration in MIGRATIONS:
                if version >= migration.VERSION:
                    continue
                for statement in split_statements(migration.STATEMENTS_SQL):
                    connection.execute(statement)
            problems = connection.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise NotAJournalError(
                    "The journal has records pointing at missing records; "
                    "the upgrade was cancelled and the file left unchanged."
                )
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {LATEST_VERSION}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        finally:
            connection.execute("PRAGMA foreign_keys = ON")
    finally:
        connection.isolation_level = previous_isolation
    return MigrationResult(version, LATEST_VERSION, backup)
