"""Review: past interviews, their replay, the questions asked, a study list and statistics."""

from interview_journal.ui.review.view import ReviewView

__all__ = ["ReviewView"]
