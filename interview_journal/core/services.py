"""The services a window needs, built over one open journal."""

from __future__ import annotations

from dataclasses import dataclass

from interview_journal.core.fit import FitService
from interview_journal.core.live import LiveService
from interview_journal.core.questions import QuestionService
from interview_journal.core.research import ResearchService
from interview_journal.core.search import SearchService
from interview_journal.core.timeline import TimelineService
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal


@dataclass(frozen=True)
class Services:
    journal: Journal
    research: ResearchService
    live: LiveService
    timeline: TimelineService
    questions: QuestionService
    fit: FitService
    search: SearchService

    @classmethod
    def over(cls, journal: Journal) -> Services:
        return cls(
            journal,
            ResearchService(journal),
            LiveService(journal),
            TimelineService(journal),
            QuestionService(journal),
            FitService(journal),
            SearchService(journal),
        )

    @classmethod
    def open(cls, paths: DataPaths) -> Services:
        return cls.over(Journal.open(paths))

    def close(self) -> None:
        self.journal.close()
