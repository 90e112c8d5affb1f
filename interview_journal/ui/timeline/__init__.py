"""The Timeline view: the whole job search as one stream, newest first."""

from interview_journal.ui.timeline.view import TimelineView

__all__ = ["TimelineView"]
