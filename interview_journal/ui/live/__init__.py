"""The live interview view."""

from interview_journal.ui.live.view import LiveView

__all__ = ["LiveView"]
