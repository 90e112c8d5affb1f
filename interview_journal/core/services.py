"""The services a window needs, built over one open journal."""

from __future__ import annotations

from dataclasses import dataclass

from interview_journal.core.contacts import ContactService
from interview_journal.core.fit import FitService
from interview_journal.core.follow_up import FollowUpService
from interview_journal.core.inquiries import InteractionService
from interview_journal.core.live import LiveService
from interview_journal.core.offers import OfferService
from interview_journal.core.pipeline import PipelineService
from interview_journal.core.questions import QuestionService
from interview_journal.core.reminders import ReminderService
from interview_journal.core.research import ResearchService
from interview_journal.core.review import ReviewService
from interview_journal.core.search import SearchService
from interview_journal.core.thresholds import ThresholdService
from interview_journal.core.timeline import TimelineService
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Application, Company


@dataclass(frozen=True)
class Services:
    journal: Journal
    research: ResearchService
    live: LiveService
    timeline: TimelineService
    questions: QuestionService
    fit: FitService
    search: SearchService
    thresholds: ThresholdService
    pipeline: PipelineService
    follow_ups: FollowUpService
    interactions: InteractionService
    contacts: ContactService
    offers: OfferService
    reminders: ReminderService
    review: ReviewService

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
            ThresholdService(journal),
            PipelineService(journal),
            FollowUpService(journal),
            InteractionService(journal),
            ContactService(journal),
            OfferService(journal),
            ReminderService(journal),
            ReviewService(journal),
        )

    @classmethod
    def open(cls, paths: DataPaths) -> Services:
        return cls.over(Journal.open(paths))

    def is_empty(self) -> bool:
        """Nothing entered yet: no company and no application (the first-run welcome)."""
        return self.journal.count(Company) == 0 and self.journal.count(Application) == 0

    def close(self) -> None:
        self.journal.close()
