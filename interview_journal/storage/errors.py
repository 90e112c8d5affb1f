"""Errors the storage layer raises; each carries a sentence fit to show the user."""

from __future__ import annotations

from pathlib import Path

from interview_journal.core.i18n import translate


class JournalError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing sentence."""


class NotAJournalError(JournalError):
    """The file is damaged, not a database, or another program's database.

    ``detail`` holds SQLite's own words (e.g. what ``quick_check`` found), for the log and
    ``interview-journal check``; the sentence itself stays readable.
    """

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class JournalTooNewError(JournalError):
    """The journal was written by a newer version of the app than this one."""


class JournalWriteError(JournalError):
    """A write failed (disk full, read-only folder, locked database)."""


class RecordNotFoundError(JournalError):
    """The record asked for does not exist (any more)."""


# Why a write failed, from SQLite's primary result codes (https://www.sqlite.org/rescode.html).
DISK_FULL = "disk full"
READ_ONLY = "read-only"
LOCKED = "locked"
CANNOT_OPEN = "cannot open"
DISK_ERROR = "disk error"
OTHER = "other"

_BY_CODE = {
    13: DISK_FULL,  # SQLITE_FULL
    8: READ_ONLY,  # SQLITE_READONLY (and its extended codes)
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    14: CANNOT_OPEN,  # SQLITE_CANTOPEN
    10: DISK_ERROR,  # SQLITE_IOERR
}
# Older SQLite builds, and errors raised by hand, carry the cause in their text only.
_BY_TEXT = (
    ("full", DISK_FULL),
    ("readonly", READ_ONLY),
    ("read-only", READ_ONLY),
    ("locked", LOCKED),
    ("busy", LOCKED),
    ("unable to open", CANNOT_OPEN),
    ("i/o error", DISK_ERROR),
)


def _sqlite_error(error: BaseException) -> BaseException:
    """The DB-API error behind a SQLAlchemy one (its ``orig``), or ``error`` itself."""
    orig = getattr(error, "orig", None)
    return orig if isinstance(orig, BaseException) else error


def failure_cause(error: BaseException) -> str:
    """One of DISK_FULL, READ_ONLY, LOCKED, CANNOT_OPEN, DISK_ERROR or OTHER."""
    raw = _sqlite_error(error)
    code = getattr(raw, "sqlite_errorcode", None)  # Python 3.11+: the extended code
    if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
        return _BY_CODE[code & 0xFF]
    text = str(raw).lower()
    for needle, cause in _BY_TEXT:
        if needle in text:
            return cause
    return OTHER


def write_failure(error: BaseException, journal: Path | None = None) -> JournalWriteError:
    """The user-facing :class:`JournalWriteError` for a failed write, one sentence per cause.

    Each says what is wrong and what to do about it; ``journal`` (the file) names where,
    when known. The words "disk is full", "read-only" and "locked" stay in the English
    text: the tests rely on them (the UI tells the causes apart by :func:`failure_cause`).
    """
    cause = failure_cause(error)
    # " (folder)" after the cause, or nothing when the file is not known.
    folder = f" ({journal.parent})" if journal is not None else ""
    if cause == DISK_FULL:
        reason = translate("JournalError", "the disk is full{folder}. Free some space on it")
    elif cause == READ_ONLY:
        reason = translate(
            "JournalError",
            "the journal's folder or file is read-only{folder}. "
            "Allow writing there (check its permissions, or whether the drive is write-protected)",
        )
    elif cause == LOCKED:
        reason = translate(
            "JournalError",
            "another program holds the journal locked. Close it (a copy of Interview Journal, "
            "a backup or sync tool), or wait a moment",
        )
    elif cause == CANNOT_OPEN:
        reason = translate(
            "JournalError",
            "the journal file cannot be reached{folder}. Check that its folder still exists "
            "and its drive is connected",
        )
    elif cause == DISK_ERROR:
        reason = translate(
            "JournalError", "the disk reported an error while writing{folder}. Check the disk"
        )
    else:
        reason = translate("JournalError", "the database reported: {detail}")
    return JournalWriteError(
        translate("JournalError", "Could not save to the journal: {reason}.").format(
            reason=reason.format(folder=folder, detail=_sqlite_error(error))
        )
    )
