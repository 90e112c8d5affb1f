"""Which reminders are announced outside the window, once each, never during an interview."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from interview_journal.core.notifications import (
    ANNOUNCED_KEY,
    ROUND_LEAD,
    NotificationService,
    NotificationState,
    plan,
    wants_announcing,
)
from interview_journal.core.reminders import ReminderItem, ReminderService
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Application, Company, InterviewRound

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
EMPTY = NotificationState()


def item(key: str, due: datetime, kind: str = "follow_up", title: str = "") -> ReminderItem:
    return ReminderItem(
        key=key,
        kind=kind,
        title=title or f"Item {key}",
        detail="",
        due_at=due,
        company_id=None,
        company_name="",
        target=("", ""),
    )


def keys_of(outcome_notices: tuple[object, ...]) -> list[list[str]]:
    return [[i.key for i in n.items] for n in outcome_notices]  # type: ignore[attr-defined]


# ------------------------------------------------------------------ the pure rule
def test_a_due_item_is_announced_once_per_due_moment() -> None:
    due = item("reminder:a", NOW - timedelta(minutes=5))
    first = plan([due], NOW, EMPTY, in_session=False)
    assert keys_of(first.notices) == [["reminder:a"]]
    assert not first.notices[0].summary and first.notices[0].key == "reminder:a"
    again = plan([due], NOW + timedelta(hours=1), first.state, in_session=False)
    assert again.notices == () and not again.changed


def test_an_item_not_yet_due_waits() -> None:
    later = item("reminder:a", NOW + timedelta(minutes=1))
    assert plan([later], NOW, EMPTY, in_session=False).notices == ()
    assert len(plan([later], NOW + timedelta(minutes=1), EMPTY, in_session=False).notices) == 1


def test_a_snoozed_item_that_falls_due_again_is_announced_again() -> None:
    first = plan([item("contact:p", NOW - timedelta(days=1))], NOW, EMPTY, in_session=False)
    snoozed = item("contact:p", NOW + timedelta(hours=20))
    waiting = plan([snoozed], NOW, first.state, in_session=False)
    assert waiting.notices == ()
    tomorrow = NOW + timedelta(days=1)
    assert keys_of(plan([snoozed], tomorrow, waiting.state, in_session=False).notices) == [
        ["contact:p"]
    ]


def test_up_to_three_come_one_by_one_and_more_as_one_summary() -> None:
    three = [item(f"reminder:{n}", NOW - timedelta(hours=n)) for n in range(3)]
    assert [n.summary for n in plan(three, NOW, EMPTY, in_session=False).notices] == [False] * 3
    five = [item(f"reminder:{n}", NOW - timedelta(hours=n)) for n in range(5)]
    (summary,) = plan(five, NOW, EMPTY, in_session=False).notices
    assert summary.summary and summary.count == 5 and summary.key == ""
    assert not summary.after_session


def test_nothing_is_announced_during_a_live_interview_and_one_summary_follows() -> None:
    before = item("reminder:a", NOW - timedelta(minutes=1))
    during = plan([before], NOW, EMPTY, in_session=True)
    assert during.notices == () and during.state.held
    assert during.state.announced == {}  # held, not taken as told
    later = item("offer:o", NOW + timedelta(minutes=10))
    still = plan([before, later], NOW + timedelta(minutes=20), during.state, in_session=True)
    assert still.notices == () and still.state.held
    after = plan([before, later], NOW + timedelta(minutes=45), still.state, in_session=False)
    (summary,) = after.notices
    assert summary.summary and summary.after_session
    assert [i.key for i in summary.items] == ["reminder:a", "offer:o"]
    assert not after.state.held
    assert (
        plan([before, later], NOW + timedelta(hours=1), after.state, in_session=False).notices == ()
    )


def test_what_was_done_during_the_interview_is_not_announced_after_it() -> None:
    during = plan([item("reminder:a", NOW)], NOW, EMPTY, in_session=True)
    after = plan([], NOW + timedelta(minutes=30), during.state, in_session=False)
    assert after.notices == () and not after.state.held


def test_what_fell_due_during_an_unchecked_interview_comes_as_a_summary() -> None:
    due = [item("reminder:a", NOW - timedelta(minutes=10))]
    (summary,) = plan(due, NOW, EMPTY, in_session=False, session_ended=True).notices
    assert summary.summary and summary.after_session and summary.count == 1


def test_a_check_shown_after_an_interview_began_is_held_instead() -> None:
    outcome = plan([item("reminder:a", NOW)], NOW, EMPTY, in_session=False)
    held = outcome.held_instead()
    assert held.notices == () and held.state == NotificationState({}, held=True)
    (summary,) = plan([item("reminder:a", NOW)], NOW, held.state, in_session=False).notices
    assert summary.after_session


def test_an_upcoming_round_is_announced_a_set_time_ahead_and_not_once_begun() -> None:
    starts = NOW + timedelta(minutes=90)
    interview = item("round:r", starts, kind="upcoming_round")
    assert not wants_announcing(interview, NOW)
    assert wants_announcing(interview, starts - ROUND_LEAD)
    assert wants_announcing(interview, starts - timedelta(minutes=1))
    assert not wants_announcing(interview, starts)
    assert wants_announcing(interview, NOW, round_lead=timedelta(hours=2))
    assert plan([interview], NOW, EMPTY, in_session=False).notices == ()
    soon = plan([interview], starts - timedelta(minutes=30), EMPTY, in_session=False)
    assert keys_of(soon.notices) == [["round:r"]]


def test_a_round_held_during_an_interview_is_dropped_once_it_has_begun() -> None:
    starts = NOW + timedelta(minutes=30)
    interview = item("round:r", starts, kind="upcoming_round")
    during = plan([interview], NOW, EMPTY, in_session=True)
    assert during.state.held
    after = plan([interview], starts + timedelta(minutes=5), during.state, in_session=False)
    assert after.notices == ()


def test_turned_off_nothing_is_announced_and_no_backlog_waits() -> None:
    due = [item(f"reminder:{n}", NOW - timedelta(hours=n)) for n in range(5)]
    off = plan(due, NOW, EMPTY, in_session=False, enabled=False)
    assert off.notices == () and not off.enabled and off.due == 5
    on_again = plan(due, NOW + timedelta(hours=1), off.state, in_session=False)
    assert on_again.notices == ()


def test_items_no_longer_listed_are_forgotten() -> None:
    first = plan([item("reminder:a", NOW), item("reminder:b", NOW)], NOW, EMPTY, in_session=False)
    second = plan([item("reminder:b", NOW)], NOW, first.state, in_session=False)
    assert set(second.state.announced) == {"reminder:b"}


def test_the_stored_state_survives_a_round_trip_and_damage() -> None:
    state = NotificationState({"reminder:a": NOW.isoformat(), "quiet:😀": "x"}, held=True)
    assert NotificationState.from_text(state.to_text()) == state
    for damaged in ("", "not json", "[1, 2]", '{"announced": [1], "held": "yes"}', "null"):
        assert NotificationState.from_text(damaged) == EMPTY
    mixed = '{"announced": {"a": "x", "b": 3}, "held": true}'
    assert NotificationState.from_text(mixed) == NotificationState({"a": "x"}, held=True)


# ------------------------------------------------------------------ over a journal
def _due_reminders(journal: Journal, count: int) -> None:
    service = ReminderService(journal)
    for number in range(count):
        title = f"Follow up #{number} — “quotes” '; DROP TABLE reminder; -- مرحبا 🎉"
        service.add(title, NOW + timedelta(minutes=number), now=NOW)


def test_a_restart_does_not_repeat_what_was_announced(journal: Journal) -> None:
    _due_reminders(journal, 2)
    at = NOW + timedelta(hours=1)
    first = NotificationService(journal).check(at)
    assert [n.items[0].title[:12] for n in first.notices] == ["Follow up #0", "Follow up #1"]
    NotificationService(journal).remember(first)
    assert journal.setting(ANNOUNCED_KEY) != ""
    # A new service over the same journal: what a restarted app would build.
    again = NotificationService(journal).check(at + timedelta(minutes=5))
    assert again.notices == () and again.due == 2


def test_snoozing_through_the_reminders_service_announces_again(journal: Journal) -> None:
    _due_reminders(journal, 1)
    service = NotificationService(journal)
    at = NOW + timedelta(hours=1)
    service.remember(service.check(at))
    (reminder,) = ReminderService(journal).items(at)
    ReminderService(journal).snooze(reminder.key, at + timedelta(hours=2), now=at)
    assert service.check(at + timedelta(hours=1)).notices == ()
    later = service.check(at + timedelta(hours=3))
    assert [n.key for n in later.notices] == [reminder.key]


def test_the_setting_turns_notices_off_and_on(journal: Journal) -> None:
    _due_reminders(journal, 1)
    service = NotificationService(journal)
    assert service.enabled()  # on by default
    service.set_enabled(False)
    off = service.check(NOW + timedelta(hours=1))
    assert not service.enabled() and off.notices == () and not off.enabled
    service.remember(off)
    service.set_enabled(True)
    assert service.enabled() and service.check(NOW + timedelta(hours=2)).notices == ()


def test_held_during_an_interview_survives_a_restart(journal: Journal) -> None:
    _due_reminders(journal, 1)
    at = NOW + timedelta(hours=1)
    during = NotificationService(journal).check(at, in_session=True)
    NotificationService(journal).remember(during)
    (summary,) = NotificationService(journal).check(at + timedelta(minutes=40)).notices
    assert summary.after_session


def test_an_upcoming_round_in_the_journal_is_announced_an_hour_ahead(journal: Journal) -> None:
    company = journal.add(Company(name="Acme"))
    application = journal.add(Application(company_id=company.id, role="Engineer", applied_at=NOW))
    starts = NOW + timedelta(hours=3)
    journal.add(InterviewRound(application_id=application.id, scheduled_at=starts))
    service = NotificationService(journal)
    assert service.check(NOW).notices == ()
    (notice,) = service.check(starts - timedelta(minutes=59)).notices
    assert notice.items[0].kind == "upcoming_round"


@pytest.mark.parametrize("in_session", [True, False])
def test_an_empty_journal_announces_nothing(journal: Journal, in_session: bool) -> None:
    outcome = NotificationService(journal).check(NOW, in_session=in_session)
    assert outcome.notices == () and not outcome.changed and outcome.due == 0
