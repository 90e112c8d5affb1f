"""Every contact in or out, and the restraint guard before a status inquiry."""

from __future__ import annotations

from interview_journal.storage.journal import Journal


class InteractionService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
