"""When to send the thank-you follow-up after an interview.

Not minutes after leaving (it reads as written in advance), and not days later: the
evening of the interview day, or the next morning when the interview ended late. All
rules work on local wall-clock time, because "evening" is the user's evening.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from interview_journal.storage.journal import Journal

EVENING_START = time(18, 0)
EVENING_END = time(21, 30)
MORNING_START = time(8, 0)
MORNING_END = time(10, 30)
# Ending after this, the evening is too close to the interview: wait for the morning.
LATEST_END_FOR_SAME_EVENING = time(16, 30)


@dataclass(frozen=True)
class SendWindow:
    """The recommended window, in the same timezone as the interview's end."""

    start: datetime
    end: datetime

    def verdict(self, moment: datetime) -> str:
        """``"too_soon"``, ``"on_time"`` or ``"late"`` for sending at ``moment``."""
        if moment < self.start:
            return "too_soon"
        return "on_time" if moment <= self.end else "late"


def recommended_window(ended_local: datetime) -> SendWindow:
    """The send window for an interview that ended at ``ended_local`` (aware, local time)."""
    if ended_local.tzinfo is None:
        raise ValueError("the end of the interview must carry its timezone")
    day = ended_local.date()
    tz = ended_local.tzinfo
    if ended_local.time() <= LATEST_END_FOR_SAME_EVENING:
        start = datetime.combine(day, EVENING_START, tz)
        end = datetime.combine(day + timedelta(days=1), MORNING_END, tz)
    else:
        next_day = day + timedelta(days=1)
        start = datetime.combine(next_day, MORNING_START, tz)
        end = datetime.combine(next_day, MORNING_END, tz)
    return SendWindow(start, end)


class FollowUpService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
