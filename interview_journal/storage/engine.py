"""Engine factory: one SQLite journal file.

Every connection gets the same pragmas (https://www.sqlite.org/pragma.html):
WAL so readers never block the writer and an application crash loses nothing
(https://www.sqlite.org/wal.html); ``synchronous=FULL`` so a power loss cannot roll
back a committed note either; foreign keys on; a busy timeout instead of instant
"database is locked" errors.

It also checks a journal file before anything opens it for writing
(:func:`verify_journal_file`): read-only, leaving no ``-wal``/``-shm`` behind, so a
damaged or foreign file is reported exactly as it was found.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event

from interview_journal.paths import DataPaths
from interview_journal.storage import migrations
from interview_journal.storage.errors import (
    CANNOT_OPEN,
    DISK_ERROR,
    LOCKED,
    READ_ONLY,
    JournalError,
    NotAJournalError,
    failure_cause,
)

if TYPE_CHECKING:
    from interview_journal.storage.backup import BackupInfo

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


# ------------------------------------------------------------- checking a file
# The 100-byte header of every SQLite database (https://www.sqlite.org/fileformat.html).
_HEADER_SIZE = 100
_MAGIC = b"SQLite format 3\x00"
UNCHANGED = "Nothing was changed."


def _side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@contextlib.contextmanager
def open_read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that can neither change ``path`` nor leave files beside it.

    A plain read-only open of a WAL database creates ``-wal`` and ``-shm`` files and, being
    read-only, cannot remove them again. So when no ``-wal`` exists (no program has the
    journal open, none crashed with it open) the file is opened ``immutable``: no locks,
    no side files (https://www.sqlite.org/uri.html#uriimmutable). When a ``-wal`` exists,
    its content is part of the journal: the ordinary read-only open reads it.
    """
    uri = path.absolute().as_uri()
    query = "mode=ro" if _side_file(path, "-wal").exists() else "mode=ro&immutable=1"
    connection = sqlite3.connect(f"{uri}?{query}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        yield connection
    finally:
        connection.close()


def _header_problem(path: Path, size: int) -> str | None:
    """What the 100-byte header shows is wrong with the file, or None."""
    with path.open("rb") as file:
        header = file.read(_HEADER_SIZE)
    if len(header) < _HEADER_SIZE or not header.startswith(_MAGIC):
        return "it does not start like a database file (it was damaged or overwritten)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid only when the change counter (offset 24)
    # equals "version-valid-for" (offset 92); pages still in a -wal are not counted in it.
    valid = header[24:28] == header[92:96]
    if pages and valid and not _side_file(path, "-wal").exists() and size < pages * page_size:
        return f"it is cut short ({size:,} of its {pages * page_size:,} bytes are there)"
    return None


def _damaged(
    name: str, detail: str, reason: str = "it is damaged or not a database"
) -> NotAJournalError:
    # SQLite's own words (``detail``) go to the log and `check`, not into the sentence.
    return NotAJournalError(
        f"{name} is not an Interview Journal any more: {reason}. {UNCHANGED}", detail=detail
    )


def inspect_journal_file(
    path: Path, *, thorough: bool = True, full: bool = False, empty_is_new: bool = False
) -> None:
    """Refuse, writing nothing, what is not a whole journal this version can open.

    Raises :class:`NotAJournalError` (damaged, cut short, not a database, another
    program's database, empty), :class:`JournalTooNewError`, or :class:`JournalError`
    (missing, unreadable, locked). ``thorough`` adds ``PRAGMA quick_check``, which reads
    every page (O(N): about 0.15 s for the heavy sample's 110 MB, warm); without it only
    the header and the schema's first page are read; ``full`` makes it ``PRAGMA
    integrity_check``, which also checks every index against its table
    (https://www.sqlite.org/pragma.html#pragma_integrity_check). ``empty_is_new`` accepts a 0-byte
    file or a database without tables (a new journal whose first start was cut short).
    """
    name = path.name
    try:
        if not path.exists():
            raise JournalError(f"There is no file at {path}. {UNCHANGED}")
        if not path.is_file():
            raise JournalError(f"{path} is a folder, not a journal file. {UNCHANGED}")
        size = path.stat().st_size
        if size == 0:
            if empty_is_new:
                return
            raise NotAJournalError(f"{name} is empty (0 bytes). {UNCHANGED}", detail="empty")
        problem = _header_problem(path, size)
    except OSError as error:
        raise JournalError(
            f"{name} cannot be read ({error.strerror or error}). {UNCHANGED}"
        ) from error
    if problem is not None:
        raise _damaged(name, problem, problem)
    try:
        with open_read_only(path) as connection:
            state = migrations.read_version(connection)
            if state == (0, 0, 0):
                if empty_is_new:
                    return
                raise NotAJournalError(
                    f"{name} is an empty database that holds no journal. {UNCHANGED}",
                    detail="empty database",
                )
            try:
                migrations.check_compatible(*state)
            except NotAJournalError as error:
                raise NotAJournalError(
                    f"{name} is a database of another program, not an Interview Journal. "
                    f"{UNCHANGED}",
                    detail=str(error),
                ) from error
            if thorough:
                pragma = "integrity_check" if full else "quick_check"
                rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
                if rows != ["ok"]:
                    raise NotAJournalError(
                        f"{name} is damaged: some of its pages cannot be read. {UNCHANGED}",
                        detail="; ".join(rows[:5]),
                    )
    except sqlite3.OperationalError as error:
        cause = failure_cause(error)
        if cause == LOCKED:
            raise JournalError(
                f"{name} is locked by another program; close it and try again. {UNCHANGED}"
            ) from error
        if cause in (CANNOT_OPEN, READ_ONLY, DISK_ERROR):
            raise JournalError(f"{name} cannot be read ({error}). {UNCHANGED}") from error
        raise _damaged(name, str(error)) from error
    except sqlite3.DatabaseError as error:
        raise _damaged(name, str(error)) from error


def verify_journal_file(paths: DataPaths, *, thorough: bool = True) -> None:
    """Refuse, writing nothing (no ``-wal``/``-shm`` either), a journal the app must not open.

    No file, or an empty one with no backups beside it: fine, a new journal is made
    there. An empty file while backups exist is not a new start but a journal that lost
    its content (SQLite would take it for an empty database and a new journal would be
    written over it): it is refused, so the app can offer the backups instead. The rest
    is :func:`inspect_journal_file`.
    """
    from interview_journal.storage.backup import list_backups

    journal = paths.journal
    if not journal.exists():
        return
    has_backups = bool(list_backups(paths))
    try:
        inspect_journal_file(journal, thorough=thorough, empty_is_new=not has_backups)
    except NotAJournalError as error:
        if error.detail in ("empty", "empty database"):
            raise NotAJournalError(
                f"{journal.name} is empty, although backups of your journal exist: its "
                f"content was lost. {UNCHANGED}",
                detail=error.detail,
            ) from error
        raise


def latest_restorable_backup(paths: DataPaths) -> BackupInfo | None:
    """The newest backup that is a whole journal this version can open, or None.

    Checked newest first (``quick_check``, read-only), so a damaged copy, such as the
    journal a failed restore kept aside, is never offered.
    """
    from interview_journal.storage.backup import list_backups

    for info in list_backups(paths):
        try:
            inspect_journal_file(info.path)
        except JournalError:
            continue
        return info
    return None
