"""The timeline: one stream of everything that happened, newest first, read in pages."""

from __future__ import annotations

from dataclasses import dataclass

from interview_journal.storage.journal import Journal, TimelineFilter
from interview_journal.storage.tables import Company, InterviewRound, NoteLine, TimelineEvent

__all__ = ["TimelineEntry", "TimelineFilter", "TimelineService"]


@dataclass(frozen=True)
class TimelineEntry:
    event: TimelineEvent
    company_name: str


class TimelineService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self._company_names: dict[str, str] | None = None

    def company_names(self) -> dict[str, str]:
        """Company id to name; fetched once per refresh, a few hundred rows at most."""
        if self._company_names is None:
            self._company_names = {c.id: c.name for c in self.journal.records(Company)}
        return self._company_names

    def refresh(self) -> None:
        self._company_names = None

    def count(self, where: TimelineFilter) -> int:
        return self.journal.timeline_count(where)

    def page(self, where: TimelineFilter, offset: int, limit: int) -> list[TimelineEntry]:
        names = self.company_names()
        return [
            TimelineEntry(event, names.get(event.company_id or "", ""))
            for event in self.journal.timeline_page(where, offset, limit)
        ]

    def round_of(self, event: TimelineEvent) -> InterviewRound | None:
        if event.subject_table != "interview_round":
            return None
        return self.journal.find(InterviewRound, event.subject_id)

    def round_lines(self, round_id: str) -> list[NoteLine]:
        return self.journal.note_lines(round_id)
