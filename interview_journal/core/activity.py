"""When a process last moved, and the rule that says it has gone quiet.

A process is quiet when nothing was exchanged with the company either way (an
application, a round, a message, a follow-up, an inquiry) for the user's number of days
and no round is still ahead. Closing, stage moves and the user's own notes do not count:
they are not word from or to the company.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from interview_journal.core.errors import ValidationError
from interview_journal.core.i18n import translate
from interview_journal.core.validation import field_name
from interview_journal.storage.journal import Journal, utc
from interview_journal.storage.tables import (
    Application,
    InterviewRound,
    PipelineStage,
    TimelineEvent,
)

# Timeline kinds that are an exchange with the company and so restart the quiet clock.
QUIET_CLOCK_KINDS: frozenset[str] = frozenset(
    {
        "applied",
        "round_scheduled",
        "round_started",
        "round_held",
        "follow_up_sent",
        "contact_in",
        "contact_out",
        "status_inquiry",
        "offer",
    }
)

# Stages whose outcome means the company has answered: nothing to wait for.
WAITING_OUTCOMES: frozenset[str] = frozenset({"open"})


# The moments and days the services accept. Far outside them a date is a typing slip (the
# year 9999), and date arithmetic on it (a cadence added, a notice subtracted, a change of
# zone) overflows and would break every later read of reminders and timelines.
EARLIEST_MOMENT = datetime(1900, 1, 1, tzinfo=UTC)
LATEST_MOMENT = datetime(2200, 1, 1, tzinfo=UTC)


def _out_of_range(what: str) -> ValidationError:
    return ValidationError(
        translate(
            "Validation", "The {what} must fall between the years {first} and {last}."
        ).format(what=field_name(what), first=EARLIEST_MOMENT.year, last=LATEST_MOMENT.year - 1)
    )


def checked_moment(value: object, what: str) -> datetime:
    """``value`` as aware UTC, or a ValidationError: it must be a datetime with a time zone
    and fall between :data:`EARLIEST_MOMENT` and :data:`LATEST_MOMENT`."""
    if not isinstance(value, datetime):
        raise ValidationError(
            translate("Validation", "The {what} must be a date and time.").format(
                what=field_name(what)
            )
        )
    if value.utcoffset() is None:
        raise ValidationError(
            translate("Validation", "The {what} needs its time zone.").format(what=field_name(what))
        )
    try:
        moment = value.astimezone(UTC)
    except OverflowError:
        raise _out_of_range(what) from None
    if not EARLIEST_MOMENT <= moment < LATEST_MOMENT:
        raise _out_of_range(what)
    return moment


def checked_day(value: object, what: str) -> date | None:
    """A calendar day (a datetime keeps only its day) within the accepted years, or None."""
    if value is None:
        return None
    if not isinstance(value, date):
        raise ValidationError(
            translate("Validation", "The {what} must be a date.").format(what=field_name(what))
        )
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST_MOMENT.date() <= day < LATEST_MOMENT.date():
        raise _out_of_range(what)
    return day


def days_since(moment: datetime, now: datetime) -> int:
    """Whole days from ``moment`` to ``now`` (0 for a moment in the future)."""
    return max(0, (utc(now) - utc(moment)).days)


def is_gone_quiet(
    last_activity: datetime, now: datetime, quiet_after_days: int, *, round_ahead: bool
) -> bool:
    """True when ``quiet_after_days`` whole days passed since ``last_activity``."""
    return not round_ahead and days_since(last_activity, now) >= quiet_after_days


def last_exchange(application: Application, latest_exchange: datetime | None) -> datetime:
    """When the process last moved: its latest exchange with the company (an event of
    :data:`QUIET_CLOCK_KINDS`), or when it was applied for (added, if never applied)."""
    moments = [utc(application.applied_at or application.created_at)]
    if latest_exchange is not None:
        moments.append(utc(latest_exchange))
    return max(moments)


@dataclass(frozen=True)
class ProcessActivity:
    """An open application and when it last moved."""

    application: Application
    last_activity: datetime
    round_ahead: bool

    def quiet_days(self, now: datetime) -> int:
        return days_since(self.last_activity, now)

    def gone_quiet(self, now: datetime, quiet_after_days: int) -> bool:
        return is_gone_quiet(
            self.last_activity, now, quiet_after_days, round_ahead=self.round_ahead
        )


def open_processes(journal: Journal, now: datetime) -> list[ProcessActivity]:
    """Every application still waiting on the company (not closed, not at an offer stage),
    with its last exchange; three queries whatever the journal's size."""
    outcomes = {stage.id: stage.outcome for stage in journal.records(PipelineStage)}
    latest = journal.group_summary(
        TimelineEvent, "application_id", "occurred_at", only=("kind", QUIET_CLOCK_KINDS)
    )
    ahead = {
        r.application_id
        for r in journal.records(InterviewRound, ended_at=None)
        if r.application_id and r.scheduled_at is not None and utc(r.scheduled_at) > utc(now)
    }
    result = []
    for application in journal.records(Application, closed_at=None):
        if outcomes.get(application.stage_id or "", "open") not in WAITING_OUTCOMES:
            continue
        if application.applied_at is None and application.id not in latest:
            continue  # only considered, never applied: nobody to wait for
        exchange = latest[application.id][1] if application.id in latest else None
        result.append(
            ProcessActivity(
                application,
                last_exchange(application, exchange),
                round_ahead=application.id in ahead,
            )
        )
    return result
