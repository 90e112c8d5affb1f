"""The iCalendar export: rounds and reminders that any calendar app imports and updates."""

from __future__ import annotations

import io
import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from icalendar import Alarm, Calendar, Event

from interview_journal.core.export_calendar import export_calendar, write_calendar
from interview_journal.core.reminders import ReminderService
from interview_journal.storage.errors import JournalWriteError
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    Offer,
    Person,
    Reminder,
    RoundAttendee,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PARIS_WINTER = timezone(timedelta(hours=1))
TRICKY = 'Zoë, "Café"; 🚀 — שלום עולם\\ back\nslash\'); DROP TABLE company; --'


def _ics(journal: Journal, now: datetime = NOW) -> str:
    stream = io.StringIO(newline="")
    write_calendar(journal, stream, now=now)
    return stream.getvalue()


def _events(text: str) -> dict[str, Event]:
    return {str(event["UID"]): event for event in Calendar.from_ical(text).events}


def _alarms(event: Event) -> list[Alarm]:
    return [part for part in event.subcomponents if isinstance(part, Alarm)]


def _summaries(text: str) -> set[str]:
    return {str(event["SUMMARY"]) for event in _events(text).values()}


@pytest.fixture
def acme(journal: Journal) -> Application:
    company = journal.add(Company(name="Acme Robotics"))
    return journal.add(Application(company_id=company.id, role="Backend Engineer"))


@pytest.fixture
def rounds(journal: Journal, acme: Application) -> list[InterviewRound]:
    """A technical round ahead (10:00 in Paris), a held round, one not scheduled yet."""
    ahead = InterviewRound(
        application_id=acme.id,
        kind="technical",
        scheduled_at=datetime(2026, 3, 5, 10, 0, tzinfo=PARIS_WINTER),
        location="Office in Lyon, floor 3; room B",
        recruiter_advice="Think aloud; they care about trade-offs.",
    )
    held = InterviewRound(
        application_id=acme.id,
        kind="screening",
        scheduled_at=datetime(2026, 2, 1, 14, 0, tzinfo=UTC),
        ended_at=datetime(2026, 2, 1, 14, 25, tzinfo=UTC),
    )
    unscheduled = InterviewRound(application_id=acme.id, kind="final")
    journal.add_all([ahead, held, unscheduled])
    person = journal.add(Person(name="Wen Rossi", title="Staff Engineer"))
    journal.add(RoundAttendee(round_id=ahead.id, person_id=person.id, role_in_round="host"))
    return [ahead, held, unscheduled]


def test_calendar_parses_back_with_one_event_per_scheduled_round(
    journal: Journal, rounds: list[InterviewRound]
):
    text = _ics(journal)
    calendar = Calendar.from_ical(text)
    assert str(calendar["VERSION"]) == "2.0"
    assert "Interview Journal" in str(calendar["PRODID"])
    events = _events(text)
    ahead, held, _unscheduled = rounds
    assert set(events) == {f"{ahead.id}@interview-journal", f"{held.id}@interview-journal"}
    event = events[f"{ahead.id}@interview-journal"]
    assert event.start == datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
    assert event.end == datetime(2026, 3, 5, 10, 0, tzinfo=UTC)  # one hour by default
    assert "DTSTART:20260305T090000Z" in text  # written in UTC
    assert str(event["SUMMARY"]) == "Technical interview — Acme Robotics"
    assert str(event["LOCATION"]) == "Office in Lyon, floor 3; room B"
    description = str(event["DESCRIPTION"])
    assert "Backend Engineer" in description
    assert "Wen Rossi (host)" in description
    assert "Think aloud; they care about trade-offs." in description
    assert event.stamp == NOW
    assert events[f"{held.id}@interview-journal"].end == datetime(2026, 2, 1, 14, 25, tzinfo=UTC)


def test_only_rounds_ahead_get_an_alarm(journal: Journal, rounds: list[InterviewRound]):
    events = _events(_ics(journal))
    ahead, held, _ = rounds
    (alarm,) = _alarms(events[f"{ahead.id}@interview-journal"])
    trigger = alarm.TRIGGER
    assert trigger == timedelta(minutes=-30)
    assert _alarms(events[f"{held.id}@interview-journal"]) == []


def test_uids_and_content_are_stable_across_exports(journal: Journal, rounds: list[InterviewRound]):
    journal.add(Reminder(kind="other", title="Send the portfolio", due_at=NOW + timedelta(days=1)))
    first, second = _ics(journal), _ics(journal)
    assert first == second
    later = _ics(journal, NOW + timedelta(hours=1))
    assert set(_events(later)) == set(_events(first))


def test_tricky_text_is_escaped_folded_and_round_trips(journal: Journal):
    company = journal.add(Company(name=TRICKY))
    application = journal.add(Application(company_id=company.id, role=TRICKY))
    journal.add(
        InterviewRound(
            application_id=application.id,
            scheduled_at=NOW + timedelta(days=2),
            location=TRICKY,
            recruiter_advice='Ask about on-call, pay; and "remote".',
        )
    )
    text = _ics(journal)
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")  # CRLF only
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert 'Zoë\\, "Café"\\; 🚀' in text  # RFC 5545 §3.3.11 escapes
    (event,) = _events(text).values()
    assert str(event["SUMMARY"]) == f"Interview — {TRICKY}"
    assert str(event["LOCATION"]) == TRICKY
    assert f"Role: {TRICKY}" in str(event["DESCRIPTION"])
    assert 'Ask about on-call, pay; and "remote".' in str(event["DESCRIPTION"])


def test_reminders_are_included_and_done_ones_left_out(
    journal: Journal, acme: Application, rounds: list[InterviewRound]
):
    due = NOW + timedelta(days=1)
    kept = journal.add(Reminder(kind="other", title="Send the portfolio, v2", due_at=due))
    journal.add(
        Reminder(kind="other", title="Already done", due_at=due, done_at=NOW - timedelta(hours=1))
    )
    later = journal.add(
        Reminder(kind="follow_up", title="Ask for feedback", due_at=NOW + timedelta(days=30))
    )
    events = _events(_ics(journal))
    summaries = {str(event["SUMMARY"]) for event in events.values()}
    assert "Already done" not in summaries
    event = events[f"{kept.id}@interview-journal"]
    assert str(event["SUMMARY"]) == "Send the portfolio, v2"
    assert event.start == due
    assert str(event["TRANSP"]) == "TRANSPARENT"
    (alarm,) = _alarms(event)
    trigger = alarm.TRIGGER
    assert trigger == timedelta(0)
    # Beyond the Reminders list's week, the user's own reminders still go on the calendar.
    assert events[f"{later.id}@interview-journal"].start == NOW + timedelta(days=30)


def test_derived_reminders_have_deterministic_uids(journal: Journal, acme: Application):
    person = journal.add(
        Person(name="Amara Petrov", stay_in_touch_days=30, last_contact_at=NOW - timedelta(days=31))
    )
    offer = journal.add(Offer(application_id=acme.id, deadline=date(2026, 3, 6), status="received"))
    events = _events(_ics(journal))
    contact = events[f"contact-{person.id}@interview-journal"]
    assert str(contact["SUMMARY"]) == "Get back in touch with Amara Petrov"
    deadline = events[f"offer-{offer.id}@interview-journal"]
    # An answer-by day is an all-day event, reminded of three days ahead (the default).
    assert deadline.start == date(2026, 3, 6)
    assert deadline.end == date(2026, 3, 7)
    (alarm,) = _alarms(deadline)
    assert alarm["TRIGGER"].params["VALUE"] == "DATE-TIME"
    trigger = alarm.TRIGGER
    assert trigger == datetime(2026, 3, 3, tzinfo=UTC)


def test_rounds_are_not_repeated_as_reminders(journal: Journal, acme: Application):
    soon = journal.add(InterviewRound(application_id=acme.id, scheduled_at=NOW + timedelta(days=1)))
    journal.add(Application(company_id=acme.company_id, applied_at=NOW - timedelta(days=60)))
    kinds = {item.kind for item in ReminderService(journal).items(NOW)}
    assert {"upcoming_round", "gone_quiet"} <= kinds  # the list has them
    events = _events(_ics(journal))
    assert list(events) == [f"{soon.id}@interview-journal"]  # the calendar does not


def test_prepare_reminder_for_a_held_round_is_left_out(journal: Journal, acme: Application):
    held = journal.add(
        InterviewRound(
            application_id=acme.id,
            scheduled_at=NOW - timedelta(days=1),
            ended_at=NOW - timedelta(days=1) + timedelta(hours=1),
        )
    )
    for days in (2, 20):  # within the Reminders list's week and beyond it
        journal.add(
            Reminder(
                kind="prepare",
                title=f"Prepare {days}",
                due_at=NOW + timedelta(days=days),
                round_id=held.id,
            )
        )
    assert not {"Prepare 2", "Prepare 20"} & _summaries(_ics(journal))


def test_empty_journal_gives_an_empty_calendar(journal: Journal, tmp_path: Path):
    summary = export_calendar(journal, tmp_path / "journal.ics", now=NOW)
    assert summary.rows == 0
    calendar = Calendar.from_ical((tmp_path / "journal.ics").read_bytes())
    assert calendar.events == []


def test_export_writes_crlf_and_counts(
    journal: Journal, rounds: list[InterviewRound], tmp_path: Path
):
    journal.add(Reminder(kind="other", title="Call back", due_at=NOW + timedelta(days=1)))
    target = tmp_path / "journal.ics"
    summary = export_calendar(journal, target, now=NOW)
    assert summary.rows_per_table == {"interview_round": 2, "reminder": 1}
    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert summary.bytes == len(raw)


def test_missing_folder_raises_and_leaves_nothing(
    journal: Journal, rounds: list[InterviewRound], tmp_path: Path
):
    with pytest.raises(JournalWriteError, match=r"^Could not write the export to journal\.ics"):
        export_calendar(journal, tmp_path / "nowhere" / "journal.ics", now=NOW)
    assert os.listdir(tmp_path) == []


def test_failure_mid_write_keeps_the_previous_file(
    journal: Journal, rounds: list[InterviewRound], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "journal.ics"
    target.write_bytes(b"previous export")

    def disk_full(self: Calendar) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Calendar, "to_ical", disk_full)
    with pytest.raises(JournalWriteError, match="disk is full"):
        export_calendar(journal, target, now=NOW)
    assert os.listdir(tmp_path) == ["journal.ics"]
    assert target.read_bytes() == b"previous export"
