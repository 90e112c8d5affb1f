"""After the interview: the follow-up composer and the contact log with its restraint guard."""

from __future__ import annotations

from interview_journal.ui.follow_up.composer import FollowUpComposer
from interview_journal.ui.follow_up.contact_dialog import LogContactDialog

__all__ = ["FollowUpComposer", "LogContactDialog"]
