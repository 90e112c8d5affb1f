"""Errors the storage layer raises; each carries a sentence fit to show the user."""

from __future__ import annotations


class JournalError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing sentence."""


class NotAJournalError(JournalError):
    """The file is damaged, not a database, or another program's database."""


class JournalTooNewError(JournalError):
    """The journal was written by a newer version of the app than this one."""


class JournalWriteError(JournalError):
    """A write failed (disk full, read-only folder, locked database)."""


class RecordNotFoundError(JournalError):
    """The record asked for does not exist (any more)."""
