"""Dialogs for the journal's own settings."""

from interview_journal.ui.settings.thresholds_dialog import ThresholdsDialog

__all__ = ["ThresholdsDialog"]
