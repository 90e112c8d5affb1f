"""Applications and their stages: the pipeline board, moves, closing, keeping applying."""

from __future__ import annotations

from interview_journal.storage.journal import Journal


class PipelineService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
