"""Everything due, in one place: follow-ups, deadlines, stay-in-touch, quiet processes,
rounds ahead."""

from __future__ import annotations

from interview_journal.storage.journal import Journal


class ReminderService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
