"""The Reminders view: everything due, in one place."""

from interview_journal.ui.reminders.view import RemindersView

__all__ = ["RemindersView"]
