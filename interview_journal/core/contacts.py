"""Recruiters, interviewers and coworkers met: contacts that outlive a process."""

from __future__ import annotations

from interview_journal.storage.journal import Journal


class ContactService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
