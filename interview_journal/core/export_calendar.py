"""The iCalendar export: interview rounds and reminders, for any calendar app.

One ``VCALENDAR`` (RFC 5545) holds:

* every interview round with a scheduled time, as a ``VEVENT`` from ``scheduled_at`` to
  ``ended_at`` (or one hour), with a display alarm half an hour before if it lies ahead;
* the reminders that belong on a calendar, as ``VEVENT`` with a ``VALARM`` at the due
  moment. Not ``VTODO``: Google Calendar ignores to-dos in an imported file. They are
  what the Reminders list shows at export time (overdue and the next
  :data:`~interview_journal.core.reminders.HORIZON_DAYS` days, snoozes and dismissals
  applied), plus the user's own stored reminders further ahead. Upcoming-round items are
  left out (the round is an event already) and so are gone-quiet processes (a state to act
  on in the app, not a moment in a day).

Every event has a stable ``UID`` (``<record id>@interview-journal``, and for a derived
reminder its source and record, like ``contact-<person id>@interview-journal``), so
importing a newer export into the same calendar updates its events instead of
duplicating them (RFC 5545 §3.8.4.7). Times are written in UTC (``...Z``), which every
client converts to its own zone; an offer's answer-by day is an all-day event.

Escaping of commas, semicolons and line breaks, and folding of long lines at 75 octets
without splitting a UTF-8 character, are the ``icalendar`` library's (RFC 5545 §3.1,
§3.3.11). The file's lines end in CRLF as the RFC requires; :func:`write_atomically`
keeps them as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TextIO

from icalendar import TRANSP, Alarm, Calendar, Event

from interview_journal.core.export import ExportSummary, write_atomically
from interview_journal.core.reminders import (
    HORIZON_DAYS,
    STORED_KINDS,
    ReminderItem,
    ReminderService,
    local_now,
)
from interview_journal.core.vocabulary import (
    PERSON_KINDS,
    REMINDER_KINDS,
    ROUND_KINDS,
    english_label,
)
from interview_journal.storage.journal import Journal, utc
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    Person,
    Reminder,
    RoundAttendee,
)

__all__ = [
    "CALENDAR_REMINDER_KINDS",
    "PRODID",
    "UID_DOMAIN",
    "CalendarCounts",
    "build_calendar",
    "export_calendar",
    "write_calendar",
]

PRODID = "-//Interview Journal//Interview Journal//EN"
UID_DOMAIN = "interview-journal"
CALENDAR_NAME = "Interview Journal"

# A round without an end (not held yet, or held without "end") is shown as one hour.
ROUND_LENGTH = timedelta(hours=1)
# A round "ended" much later than it started was closed late (the pad left open): its end
# says nothing about the interview, so the default length is used instead.
LONGEST_ROUND = timedelta(hours=12)
ROUND_ALARM = timedelta(minutes=-30)
# Reminders are moments, not meetings; a short slot that does not mark the user busy.
REMINDER_LENGTH = timedelta(minutes=15)
# Enough of the recruiter's advice to recognise it; the rest is in the journal.
ADVICE_MAX = 300

# Reminder kinds written to the calendar (see the module docstring for the others).
CALENDAR_REMINDER_KINDS: frozenset[str] = frozenset(
    {"follow_up", "prepare", "other", "stay_in_touch", "offer_deadline"}
)


@dataclass(frozen=True)
class CalendarCounts:
    rounds: int
    reminders: int

    @property
    def events(self) -> int:
        return self.rounds + self.reminders


def _uid(record_id: str) -> str:
    return f"{record_id}@{UID_DOMAIN}"


def _item_uid(item: ReminderItem) -> str:
    # "reminder:<id>" is a stored row: its own id. A derived key ("contact:<person id>",
    # "offer:<offer id>") stays the same for as long as that person or offer exists.
    source, _, record_id = item.key.partition(":")
    return _uid(record_id) if source == "reminder" else _uid(f"{source}-{record_id}")


def _shortened(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _alarm(description: str, trigger: timedelta | datetime) -> Alarm:
    alarm = Alarm.new_display(description, trigger)
    if isinstance(trigger, datetime):
        # An absolute trigger must say so (RFC 5545 §3.8.6.3: VALUE=DATE-TIME is required);
        # the library writes the bare time, which strict readers reject as a bad duration.
        alarm["TRIGGER"].params["VALUE"] = "DATE-TIME"
    return alarm


# ------------------------------------------------------------------- rounds
def _people_met(journal: Journal, round_ids: set[str]) -> dict[str, list[str]]:
    """Per round, "Name (role)" of everyone met; two queries."""
    attendees = [a for a in journal.records(RoundAttendee) if a.round_id in round_ids]
    people = journal.records_by_id(Person, {a.person_id for a in attendees})
    met: dict[str, list[str]] = {}
    for attendee in sorted(attendees, key=lambda a: (a.round_id, a.created_at, a.id)):
        person = people.get(attendee.person_id)
        if person is None:
            continue
        role = attendee.role_in_round or person.title or english_label(PERSON_KINDS, person.kind)
        met.setdefault(attendee.round_id, []).append(
            f"{person.name} ({role})" if role else person.name
        )
    return met


def _round_end(interview_round: InterviewRound, start: datetime) -> datetime:
    if interview_round.ended_at is not None:
        end = utc(interview_round.ended_at)
        if start < end <= start + LONGEST_ROUND:
            return end
    return start + ROUND_LENGTH


def _round_events(journal: Journal, stamp: datetime) -> list[Event]:
    rounds = sorted(
        (r for r in journal.records(InterviewRound) if r.scheduled_at is not None),
        key=lambda r: (utc(r.scheduled_at or stamp), r.id),
    )
    applications = journal.records_by_id(
        Application, {r.application_id for r in rounds if r.application_id}
    )
    companies = {company.id: company.name for company in journal.records(Company)}
    met = _people_met(journal, {r.id for r in rounds})
    events = []
    for interview_round in rounds:
        assert interview_round.scheduled_at is not None
        application = applications.get(interview_round.application_id or "")
        company = companies.get(application.company_id, "") if application else ""
        kind = english_label(ROUND_KINDS, interview_round.kind)
        summary = f"{kind} — {company}" if company else kind
        lines = []
        role = application.role if application is not None else ""
        if role:
            lines.append(f"Role: {role}")
        # A title like "<kind> — <role>" (the sample's) says nothing the lines do not.
        if interview_round.title not in ("", summary, kind, role, f"{kind} — {role}"):
            lines.append(interview_round.title)
        if interview_round.id in met:
            lines.append("People: " + ", ".join(met[interview_round.id]))
        if interview_round.recruiter_advice.strip():
            lines.append("Advice: " + _shortened(interview_round.recruiter_advice, ADVICE_MAX))
        start = utc(interview_round.scheduled_at)
        event = Event.new(
            uid=_uid(interview_round.id),
            stamp=stamp,
            last_modified=utc(interview_round.updated_at),
            start=start,
            end=_round_end(interview_round, start),
            summary=summary,
            description="\n".join(lines) or None,
            location=interview_round.location.strip() or None,
            categories=["Interview"],
        )
        if start + ROUND_ALARM > stamp:
            event.add_component(_alarm(summary, ROUND_ALARM))
        events.append(event)
    return events


# ---------------------------------------------------------------- reminders
@dataclass(frozen=True)
class _Due:
    uid: str
    kind: str
    title: str
    lines: tuple[str, ...]
    due_at: datetime
    deadline: date | None = None
    last_modified: datetime | None = None


def _from_item(item: ReminderItem) -> _Due:
    lines = [item.detail] if item.detail else []
    if item.company_name and not any(item.company_name in text for text in (item.title, *lines)):
        lines.append(item.company_name)
    return _Due(
        uid=_item_uid(item),
        kind=item.kind,
        title=item.title,
        lines=tuple(lines),
        due_at=item.due_at,
        deadline=item.deadline if item.all_day else None,
    )


def _stored_beyond(journal: Journal, horizon: datetime, known: set[str]) -> list[_Due]:
    """The user's own reminders due after the Reminders list's horizon, not done.

    Like the list, a "prepare" reminder whose round took place is left out.
    """
    reminders = [
        r
        for r in journal.records(Reminder, done_at=None)
        if r.kind in STORED_KINDS and utc(r.due_at) > horizon and _uid(r.id) not in known
    ]
    rounds = journal.records_by_id(
        InterviewRound, {r.round_id for r in reminders if r.kind == "prepare" and r.round_id}
    )
    applications = journal.records_by_id(
        Application, {r.application_id for r in reminders if r.application_id}
    )
    companies = journal.records_by_id(Company, {a.company_id for a in applications.values()})
    found = []
    for reminder in reminders:
        if reminder.kind == "prepare" and reminder.round_id:
            prepared = rounds.get(reminder.round_id)
            if prepared is None or prepared.ended_at is not None:
                continue
        title = reminder.title or english_label(REMINDER_KINDS, reminder.kind)
        lines = [" ".join(reminder.body.split())] if reminder.body.strip() else []
        application = applications.get(reminder.application_id or "")
        company = companies.get(application.company_id) if application else None
        if company is not None and company.name not in title:
            lines.append(company.name)
        found.append(
            _Due(
                uid=_uid(reminder.id),
                kind=reminder.kind,
                title=title,
                lines=tuple(lines),
                due_at=utc(reminder.due_at),
                last_modified=utc(reminder.updated_at),
            )
        )
    return found


def _reminder_dues(journal: Journal, moment: datetime) -> list[_Due]:
    listed = [
        _from_item(item)
        for item in ReminderService(journal).items(moment)
        if item.kind in CALENDAR_REMINDER_KINDS
    ]
    horizon = utc(moment) + timedelta(days=HORIZON_DAYS)
    later = _stored_beyond(journal, horizon, {due.uid for due in listed})
    return listed + sorted(later, key=lambda due: (due.due_at, due.uid))


def _reminder_event(due: _Due, stamp: datetime) -> Event:
    start: date | datetime
    trigger: timedelta | datetime
    if due.deadline is not None:
        # An all-day event ends on the next day, exclusive (RFC 5545 §3.6.1); the alarm
        # rings at the reminder's notice, days before the answer-by day.
        start, end, trigger = due.deadline, due.deadline + timedelta(days=1), due.due_at
    else:
        start, end, trigger = due.due_at, due.due_at + REMINDER_LENGTH, timedelta(0)
    event = Event.new(
        uid=due.uid,
        stamp=stamp,
        last_modified=due.last_modified,
        start=start,
        end=end,
        summary=due.title,
        description="\n".join(due.lines) or None,
        categories=[english_label(REMINDER_KINDS, due.kind)],
        transparency=TRANSP.TRANSPARENT,  # a reminder does not make the user busy
    )
    if due.due_at > stamp:  # an alarm in the past only shows up as "missed" in some apps
        event.add_component(_alarm(due.title, trigger))
    return event


# --------------------------------------------------------------------- calendar
def _calendar(events: Iterable[Event]) -> Calendar:
    return Calendar.new(
        prodid=PRODID,
        name=CALENDAR_NAME,
        uid=f"calendar@{UID_DOMAIN}",
        method="PUBLISH",
        calscale="GREGORIAN",
        subcomponents=list(events),
    )


def build_calendar(
    journal: Journal,
    *,
    now: datetime | None = None,
    reminders_now: datetime | None = None,
) -> tuple[Calendar, CalendarCounts]:
    """The calendar of rounds and reminders, and how many of each it holds.

    ``now`` is the export's moment (each event's ``DTSTAMP``; alarms are added only to
    events ahead of it). ``reminders_now`` is the moment and time zone the reminders are
    reckoned in (default: ``now``, or the system's local time).
    """
    stamp = utc(now) if now is not None else datetime.now(UTC)
    moment = local_now(reminders_now if reminders_now is not None else now)
    rounds = _round_events(journal, stamp)
    reminders = [_reminder_event(due, stamp) for due in _reminder_dues(journal, moment)]
    return _calendar(rounds + reminders), CalendarCounts(len(rounds), len(reminders))


def _write(
    journal: Journal, stream: TextIO, now: datetime | None, reminders_now: datetime | None
) -> CalendarCounts:
    calendar, counts = build_calendar(journal, now=now, reminders_now=reminders_now)
    # to_ical() ends every line in CRLF (RFC 5545 §3.1); written untranslated.
    stream.write(calendar.to_ical().decode("utf-8"))
    return counts


def write_calendar(
    journal: Journal,
    stream: TextIO,
    *,
    now: datetime | None = None,
    reminders_now: datetime | None = None,
) -> int:
    """Write the calendar to ``stream`` (opened with ``newline=""``); returns the events."""
    return _write(journal, stream, now, reminders_now).events


def export_calendar(
    journal: Journal,
    target: Path,
    *,
    now: datetime | None = None,
    reminders_now: datetime | None = None,
) -> ExportSummary:
    """Write the calendar to ``target`` (an ``.ics`` file) atomically.

    Raises :class:`JournalWriteError` (leaving no temporary file, and any existing
    ``target`` as it was) when the file cannot be written.
    """
    target = Path(target)
    counts = write_atomically(target, lambda stream: _write(journal, stream, now, reminders_now))
    return ExportSummary(
        target,
        {"interview_round": counts.rounds, "reminder": counts.reminders},
        target.stat().st_size,
    )
