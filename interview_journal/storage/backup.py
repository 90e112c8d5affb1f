"""Backups of the journal, automatic and manual, and restoring one of them.

Copies are taken with SQLite's online backup API (``sqlite3.Connection.backup``), which
copies a consistent snapshot of the database page by page, also while another connection
is using it; if that other connection writes in the middle, the copy restarts by itself
(https://www.sqlite.org/backup.html). A plain file copy of a WAL database would miss the
writes still in the ``-wal`` file (https://www.sqlite.org/wal.html).

Every copy is written to a temporary file in the target folder, checked (read-only open,
``PRAGMA quick_check``, the journal's application id and schema version), and only then
renamed to its final name, so a crash never leaves a half-written backup that looks whole.

:func:`restore` replaces the journal file. It must not run while the app has that journal
open: quit the app first (the command line is the main way to restore). It refuses, with
the journal untouched, while another program holds the journal open.

File names, in ``DataPaths.backups``:

* ``journal-YYYYMMDDTHHMMSSZ-manual.sqlite3`` — asked for by the user;
* ``journal-YYYYMMDDTHHMMSSZ-auto.sqlite3`` — taken at start when the last one is a day old;
  only these are pruned;
* ``before-restore-YYYYMMDDTHHMMSSZ.sqlite3`` — the journal a restore replaced;
* ``before-schema-N-YYYYMMDDTHHMMSSZ.sqlite3`` — the journal before a schema upgrade.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from interview_journal.paths import PRIVATE_FILE_MODE, DataPaths
from interview_journal.storage.engine import inspect_journal_file
from interview_journal.storage.errors import JournalError, NotAJournalError

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
AUTOMATIC = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_SCHEMA = "before-schema"
DEFAULT_KEEP = 10
DEFAULT_MAX_AGE = timedelta(days=1)
# Seconds to wait for another program's lock before a restore gives up.
LOCK_TIMEOUT_S = 2.0

_REASON = re.compile(r"^[a-z][a-z0-9]*$")
_NAMES = (
    re.compile(r"^journal-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z][a-z0-9]*)\.sqlite3$"),
    re.compile(r"^(?P<reason>before-restore)-(?P<stamp>\d{8}T\d{6}Z)\.sqlite3$"),
    re.compile(r"^(?P<reason>before-schema)-\d+-(?P<stamp>\d{8}T\d{6}Z)\.sqlite3$"),
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; ``when`` is aware UTC, ``reason`` one of the names above."""

    path: Path
    when: datetime
    size: int
    reason: str


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(UTC)


def _parse(path: Path) -> BackupInfo | None:
    for pattern in _NAMES:
        match = pattern.match(path.name)
        if match:
            when = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
            try:
                size = path.stat().st_size
            except OSError:
                return None
            return BackupInfo(path, when, size, match["reason"])
    return None


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Every backup in the data folder, newest first."""
    if not paths.backups.is_dir():
        return []
    found = [info for entry in paths.backups.iterdir() if (info := _parse(entry)) is not None]
    return sorted(found, key=lambda info: (info.when, info.path.name), reverse=True)


def _free_name(folder: Path, make_name: Callable[[str], str], when: datetime) -> Path:
    """The first unused name, moving the stamp a second on when two copies share one."""
    for step in range(3600):
        candidate = folder / make_name((when + timedelta(seconds=step)).strftime(STAMP_FORMAT))
        if not candidate.exists():
            return candidate
    raise JournalError(f"Too many backups in {folder} for one hour; none was written.")


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection: checking a file never writes to it."""
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def check_journal_file(path: Path, *, full: bool = True) -> None:
    """Refuse, with a clear sentence and without writing, what is not a whole journal.

    The journal's own file check (:func:`~interview_journal.storage.engine.inspect_journal_file`):
    ``full`` runs ``PRAGMA integrity_check``, otherwise ``quick_check``.
    """
    inspect_journal_file(path, thorough=True, full=full)


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Online backup of ``source`` into a new private file ``target``, as one file."""
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    if os.name == "posix":
        os.chmod(target, PRIVATE_FILE_MODE)
    destination = sqlite3.connect(target)
    try:
        # pages=-1 (the default): the whole database in one step, under one read
        # transaction on the source, so the copy is one consistent moment.
        source.backup(destination)
        # The copy inherits the source's WAL flag; a rollback-journal file is complete on
        # its own, with no -wal beside it (https://www.sqlite.org/wal.html#persistence).
        destination.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        destination.close()
    _fsync(target)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name == "posix":
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def _temporary(folder: Path, final: Path) -> Path:
    return folder / f".{final.name}.{os.getpid()}.partial"


_PARTIAL = re.compile(r"^\..+\.(?P<pid>\d+)\.partial$")


def _remove_stale_partials(folder: Path) -> None:
    """Delete the temporary copies of backups whose process was killed mid-copy.

    They are never listed, but each holds part of the journal (as large as the journal)
    and nothing else would ever remove them. A copy whose process still runs, or may
    (another user's), is left alone. POSIX only: ``os.kill(pid, 0)`` tests for a process
    there, while on Windows it would end it.
    """
    if os.name != "posix":
        return
    for entry in folder.glob(".*.partial"):
        match = _PARTIAL.match(entry.name)
        if match is None or int(match["pid"]) == os.getpid():
            continue
        try:
            os.kill(int(match["pid"]), 0)
        except ProcessLookupError:
            entry.unlink(missing_ok=True)
        except (OSError, OverflowError):
            continue  # it exists (PermissionError: another user's), or no such number


def write_verified_copy(source: sqlite3.Connection, final: Path) -> Path:
    """Copy into a temporary file, check it, then rename it to ``final``."""
    _remove_stale_partials(final.parent)
    partial = _temporary(final.parent, final)
    partial.unlink(missing_ok=True)
    try:
        _copy_database(source, partial)
        check_journal_file(partial, full=False)
        os.replace(partial, final)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return final


def _require_journal(paths: DataPaths) -> None:
    if not paths.journal.exists() or paths.journal.stat().st_size == 0:
        raise JournalError(f"There is no journal at {paths.journal} to back up yet.")


def backup_now(paths: DataPaths, *, now: datetime | None = None, reason: str = MANUAL) -> Path:
    """Copy the journal (open in the app or not) into the backups folder; return the copy.

    Raises :class:`JournalError` when there is no journal, it is not one, or the copy
    fails its check; nothing is left behind then.
    """
    if not _REASON.match(reason):
        raise ValueError(f"a backup reason is lowercase letters and digits, not {reason!r}")
    _require_journal(paths)
    inspect_journal_file(paths.journal, thorough=False, empty_is_new=True)
    paths.prepare()
    target = _free_name(paths.backups, lambda stamp: f"journal-{stamp}-{reason}.sqlite3", _now(now))
    try:
        with _read_only(paths.journal) as source:
            return write_verified_copy(source, target)
    except sqlite3.Error as error:
        raise JournalError(f"The backup could not be written: {error}.") from error


def backup_if_due(
    paths: DataPaths,
    *,
    now: datetime | None = None,
    max_age: timedelta = DEFAULT_MAX_AGE,
    keep: int = DEFAULT_KEEP,
) -> Path | None:
    """The automatic backup: taken when the newest automatic one is older than
    ``max_age`` (or there is none) and the journal holds something; then only the newest
    ``keep`` automatic backups are kept. Manual and safety copies are never pruned."""
    if not paths.journal.exists() or paths.journal.stat().st_size == 0:
        return None
    moment = _now(now)
    automatic = [info for info in list_backups(paths) if info.reason == AUTOMATIC]
    if automatic and moment - automatic[0].when < max_age:
        return None
    made = backup_now(paths, now=moment, reason=AUTOMATIC)
    automatic = [info for info in list_backups(paths) if info.reason == AUTOMATIC]
    for old in automatic[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return made


def _side_files(journal: Path) -> tuple[Path, Path]:
    return journal.with_name(journal.name + "-wal"), journal.with_name(journal.name + "-shm")


def _take_over_journal(journal: Path) -> sqlite3.Connection | None:
    """Make sure no other program has the journal open, and fold its WAL into the file.

    Leaving WAL mode needs the only connection to the database
    (https://www.sqlite.org/wal.html#persistence): if the app still holds the journal,
    this fails and the restore is refused before anything changed. Returns a connection
    on the journal (to copy it from), or ``None`` when SQLite cannot read it at all.
    """
    try:
        connection = sqlite3.connect(journal, timeout=LOCK_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as error:
        connection.close()
        if "locked" in str(error) or "busy" in str(error):
            raise JournalError(
                "The journal is open in another program (quit Interview Journal first); "
                "nothing was changed."
            ) from error
        return None
    except sqlite3.DatabaseError:
        connection.close()
        return None
    if str(mode).lower() != "delete":
        connection.close()
        raise JournalError(
            "The journal is open in another program (quit Interview Journal first); "
            "nothing was changed."
        )
    return connection


def _safety_copy(paths: DataPaths, moment: datetime) -> Path | None:
    """Keep what the restore replaces as ``before-restore-<stamp>.sqlite3``."""
    journal = paths.journal
    if not journal.exists() or journal.stat().st_size == 0:
        return None
    target = _free_name(paths.backups, lambda stamp: f"{BEFORE_RESTORE}-{stamp}.sqlite3", moment)
    connection = _take_over_journal(journal)
    if connection is not None:
        try:
            return write_verified_copy(connection, target)
        except (sqlite3.DatabaseError, NotAJournalError):
            pass  # damaged: kept byte for byte below
        finally:
            connection.close()
    # A journal SQLite cannot read whole is kept as it is, byte for byte.
    partial = _temporary(paths.backups, target)
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as out, journal.open("rb") as source:
            while chunk := source.read(1 << 20):
                out.write(chunk)
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def restore(paths: DataPaths, source: Path, *, now: datetime | None = None) -> Path | None:
    """Replace the journal with the backup ``source``; return the safety copy of the
    journal it replaced (``None`` when there was no journal).

    ``source`` is checked first (``PRAGMA integrity_check``, application id, schema
    version); a file that fails is refused with :class:`NotAJournalError` or
    :class:`JournalError` and nothing changes. The app must not have the journal open.
    """
    source = Path(source).expanduser().absolute()
    moment = _now(now)
    if source.exists() and paths.journal.exists() and source.samefile(paths.journal):
        raise JournalError("That file is the journal itself; nothing was changed.")
    check_journal_file(source)
    paths.prepare()
    safety = _safety_copy(paths, moment)
    journal = paths.journal
    partial = _temporary(journal.parent, journal)
    partial.unlink(missing_ok=True)
    try:
        with _read_only(source) as origin:
            _copy_database(origin, partial)
        check_journal_file(partial, full=False)
        # A -wal left beside the new file would be replayed into it: remove them first
        # (the safety copy above already holds their content).
        for side in _side_files(journal):
            side.unlink(missing_ok=True)
        os.replace(partial, journal)
        _fsync(journal)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise JournalError(f"The restore could not be written: {error}.") from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return safety
