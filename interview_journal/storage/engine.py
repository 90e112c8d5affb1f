"""Engine factory: one SQLite journal file.

Every connection gets the same pragmas (https://www.sqlite.org/pragma.html):
WAL so readers never block the writer and an application crash loses nothing
(https://www.sqlite.org/wal.html); ``synchronous=FULL`` so a power loss cannot roll
back a committed note either; foreign keys on; a busy timeout instead of instant
"database is locked" errors.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000


def _configure_connection(dbapi_connection: sqlite3.Connection, *, durable: bool) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA synchronous = {'FULL' if durable else 'OFF'}")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def create_journal_engine(path: Path, *, durable: bool = True) -> Engine:
    """An engine on the journal file at ``path``.

    Each thread gets its own connection, as SQLite wants for concurrent use. ``durable``
    False skips the fsyncs, for throwaway journals (tests, samples in a temporary folder).
    """
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        # Error messages (and so the log) must never carry note text.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        _configure_connection(dbapi_connection, durable=durable)

    return engine
