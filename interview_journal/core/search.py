"""Full-text search over the journal, scoped to a part of it (research now, everything later)."""

from __future__ import annotations

from interview_journal.storage.journal import Journal


class SearchService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
