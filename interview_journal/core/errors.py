"""Errors raised by the services when input breaks a rule; the text is for the user."""

from __future__ import annotations

from interview_journal.storage.errors import JournalError


class ValidationError(JournalError):
    """Input the journal will not take; nothing was changed."""
