"""Company research: a notebook per company, by topic, each note with its source and date."""

from interview_journal.ui.research.view import ResearchView

__all__ = ["ResearchView"]
