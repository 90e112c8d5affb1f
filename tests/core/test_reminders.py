"""Reminders: stored ones and derived ones, grouped by the user's day, snoozed and dismissed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from interview_journal.core.errors import ValidationError
from interview_journal.core.reminders import (
    ReminderService,
    due_in_words,
    group_of,
    snooze_presets,
)
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    Offer,
    Person,
    Reminder,
    TimelineEvent,
)

TOKYO = ZoneInfo("Asia/Tokyo")
NEW_YORK = ZoneInfo("America/New_York")
# Sunday 22 November 2026, 10:00 in Tokyo (01:00 UTC).
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=TOKYO)


@pytest.fixture
def service(journal: Journal) -> ReminderService:
    return ReminderService(journal)


def acme(journal: Journal, applied_days_ago: int = 2) -> tuple[Company, Application]:
    company = journal.add(Company(name="Acme"))
    applied = NOW - timedelta(days=applied_days_ago)
    application = journal.add(
        Application(
            company_id=company.id, role="Backend Engineer", applied_at=applied, created_at=applied
        )
    )
    return company, application


def keys(service: ReminderService, now: datetime = NOW) -> list[str]:
    return [item.key for item in service.items(now)]


# ------------------------------------------------------------------ pure rules
def test_groups_follow_the_users_day_not_utc() -> None:
    # 23:30 UTC on the 21st is 08:30 on the 22nd in Tokyo: today there, yesterday in UTC.
    due = datetime(2026, 11, 21, 23, 30, tzinfo=UTC)
    assert group_of(due, NOW) == "today"
    assert group_of(due, NOW.astimezone(UTC)) == "overdue"
    assert group_of(due + timedelta(days=1), NOW) == "upcoming"


def test_due_in_words() -> None:
    today_evening = datetime(2026, 11, 22, 18, 0, tzinfo=TOKYO)
    assert due_in_words(today_evening, NOW) == "due today 18:00"
    assert due_in_words(today_evening + timedelta(days=1), NOW) == "due tomorrow 18:00"
    assert due_in_words(today_evening + timedelta(days=3), NOW) == "due Wednesday 18:00"
    assert due_in_words(today_evening + timedelta(days=9), NOW) == "due in 9 days"
    assert due_in_words(today_evening - timedelta(days=3), NOW) == "3 days overdue"
    assert due_in_words(today_evening - timedelta(days=1), NOW) == "1 day overdue"
    assert due_in_words(today_evening, NOW, all_day=True) == "due today"


def test_an_offer_deadline_is_overdue_only_once_the_deadline_has_passed() -> None:
    # Reminded three days ahead of the 24th: due since the 21st.
    deadline = date(2026, 11, 24)
    reminded = datetime(2026, 11, 21, tzinfo=TOKYO)
    cases = [
        (date(2026, 11, 20), "upcoming", "answer in 4 days"),
        (date(2026, 11, 21), "today", "answer in 3 days"),
        (date(2026, 11, 22), "today", "answer in 2 days"),
        (date(2026, 11, 23), "today", "answer tomorrow"),
        (date(2026, 11, 24), "today", "answer today"),
        (date(2026, 11, 25), "overdue", "1 day overdue"),
        (date(2026, 11, 27), "overdue", "3 days overdue"),
    ]
    for day, group, words in cases:
        now = datetime(day.year, day.month, day.day, 10, 0, tzinfo=TOKYO)
        assert group_of(reminded, now, deadline=deadline) == group, day
        assert due_in_words(reminded, now, all_day=True, deadline=deadline) == words, day
    # Without a deadline the old rule stands: a moment before today is overdue.
    assert group_of(reminded, NOW) == "overdue"


def test_snooze_presets_land_at_nine_in_the_users_zone() -> None:
    (_, tomorrow), (_, next_week) = snooze_presets(NOW)
    assert tomorrow == datetime(2026, 11, 23, 9, 0, tzinfo=TOKYO)
    # On a Sunday, Monday is tomorrow: next week means the Monday after.
    assert next_week == datetime(2026, 11, 30, 9, 0, tzinfo=TOKYO)
    (_, tomorrow_ny), (_, next_week_ny) = snooze_presets(
        datetime(2026, 11, 18, 22, tzinfo=NEW_YORK)
    )
    assert tomorrow_ny == datetime(2026, 11, 19, 9, 0, tzinfo=NEW_YORK)
    assert next_week_ny == datetime(2026, 11, 23, 9, 0, tzinfo=NEW_YORK)


# ------------------------------------------------------------------ stored
def test_stored_follow_up_opens_the_follow_up_and_done_hides_it(
    journal: Journal, service: ReminderService
) -> None:
    company, application = acme(journal)
    interview = journal.add(InterviewRound(application_id=application.id))
    reminder = journal.add(
        Reminder(
            kind="follow_up",
            title="Send your follow-up to Acme",
            due_at=NOW - timedelta(hours=2),
            application_id=application.id,
            round_id=interview.id,
        )
    )
    [item] = service.items(NOW)
    assert item.key == f"reminder:{reminder.id}"
    assert (item.target, item.company_name, item.company_id) == (
        ("follow_up", interview.id),
        "Acme",
        company.id,
    )
    assert service.due_count(NOW) == 1
    service.complete(item.key, NOW)
    assert service.items(NOW) == []
    assert journal.get(Reminder, reminder.id).done_at == NOW.astimezone(UTC)


def test_stored_kinds_that_are_derived_are_ignored(
    journal: Journal, service: ReminderService
) -> None:
    for kind in ("stay_in_touch", "offer_deadline"):
        journal.add(Reminder(kind=kind, title=kind, due_at=NOW - timedelta(days=1)))
    assert service.items(NOW) == []


def test_prepare_reminder_goes_once_the_round_is_held(
    journal: Journal, service: ReminderService
) -> None:
    _, application = acme(journal)
    interview = journal.add(
        InterviewRound(application_id=application.id, scheduled_at=NOW + timedelta(days=5))
    )
    journal.add(Reminder(kind="prepare", title="Prepare", due_at=NOW, round_id=interview.id))
    assert len(service.items(NOW)) == 1
    journal.update(InterviewRound, interview.id, ended_at=NOW)
    assert service.items(NOW) == []


def test_far_reminders_wait_beyond_the_week(journal: Journal, service: ReminderService) -> None:
    journal.add(Reminder(kind="other", title="Soon", due_at=NOW + timedelta(days=6)))
    journal.add(Reminder(kind="other", title="Later", due_at=NOW + timedelta(days=8)))
    assert [item.title for item in service.items(NOW)] == ["Soon"]
    assert service.due_count(NOW) == 0


def test_add_validates(journal: Journal, service: ReminderService) -> None:
    with pytest.raises(ValidationError):
        service.add("   ", NOW, now=NOW)
    with pytest.raises(ValidationError):
        service.add("Call back", datetime(2026, 11, 23, 9, 0), now=NOW)  # naive
    with pytest.raises(ValidationError):
        service.add("Call back", NOW - timedelta(days=1), now=NOW)
    with pytest.raises(ValidationError):
        service.add("Call back", NOW, kind="offer_deadline", now=NOW)
    # Earlier today (in Tokyo) is still today: allowed.
    added = service.add("Call  back\nAnna", NOW - timedelta(hours=9), body="re: ref", now=NOW)
    assert (added.title, added.kind) == ("Call back Anna", "other")
    assert service.items(NOW)[0].group(NOW) == "today"


def test_snoozing_a_stored_reminder_moves_it(journal: Journal, service: ReminderService) -> None:
    reminder = journal.add(Reminder(kind="other", title="Ping", due_at=NOW - timedelta(days=2)))
    next_week = snooze_presets(NOW)[1][1]
    service.snooze(f"reminder:{reminder.id}", next_week, NOW)
    assert journal.get(Reminder, reminder.id).due_at == next_week
    assert service.due_count(NOW) == 0
    with pytest.raises(ValidationError):
        service.snooze(f"reminder:{reminder.id}", NOW - timedelta(minutes=1), NOW)


# ------------------------------------------------------------------ derived
def test_stay_in_touch_is_derived_and_done_logs_the_contact(
    journal: Journal, service: ReminderService
) -> None:
    person = journal.add(
        Person(
            name="Anna Berg",
            title="Recruiter",
            stay_in_touch_days=30,
            last_contact_at=NOW - timedelta(days=33),
        )
    )
    journal.add(Person(name="No cadence", last_contact_at=NOW - timedelta(days=400)))
    [item] = service.items(NOW)
    assert (item.key, item.kind, item.target) == (
        f"contact:{person.id}",
        "stay_in_touch",
        ("person", person.id),
    )
    assert "last contact 33 days ago" in item.detail
    assert due_in_words(item.due_at, NOW).endswith("days overdue")
    service.complete(item.key, NOW)
    assert journal.get(Person, person.id).last_contact_at == NOW.astimezone(UTC)
    assert service.items(NOW) == []


def test_offer_deadline_is_derived_from_open_offers(
    journal: Journal, service: ReminderService
) -> None:
    _, application = acme(journal)
    offer = journal.add(
        Offer(application_id=application.id, deadline=date(2026, 11, 24), status="received")
    )
    journal.add(
        Offer(application_id=application.id, deadline=date(2026, 11, 23), status="declined")
    )
    [item] = service.items(NOW)
    assert (item.key, item.target, item.all_day) == (
        f"offer:{offer.id}",
        ("offer", offer.id),
        True,
    )
    # Three days' notice before the 24th: due since the start of the 21st, Tokyo time.
    assert item.due_at == datetime(2026, 11, 21, tzinfo=TOKYO)
    # Due, but the deadline (in 2 days) has not passed: "Today", not "Overdue".
    assert item.group(NOW) == "today"
    assert item.due_words(NOW) == "answer in 2 days"
    assert [group for group, _ in service.grouped(NOW)] == ["today"]
    assert "answer by 24 Nov 2026" in item.detail
    service.complete(item.key, NOW)  # dismissed while the deadline stays
    assert service.items(NOW) == []
    journal.update(Offer, offer.id, deadline=date(2026, 11, 26))
    assert keys(service) == [f"offer:{offer.id}"]


def test_quiet_process_is_derived_not_completable_but_dismissable(
    journal: Journal, service: ReminderService
) -> None:
    _, application = acme(journal, applied_days_ago=30)
    journal.add(
        TimelineEvent(
            kind="contact_in",
            occurred_at=NOW - timedelta(days=20),
            application_id=application.id,
        )
    )
    [item] = service.items(NOW)
    assert (item.key, item.kind, item.completable) == (
        f"quiet:{application.id}",
        "gone_quiet",
        False,
    )
    assert item.target == ("timeline_application", application.id)
    assert "20 days" in item.detail and "Backend Engineer at Acme" in item.title
    with pytest.raises(ValidationError):
        service.complete(item.key, NOW)
    service.dismiss(item.key, NOW)
    assert service.items(NOW) == []
    # Word from them restarts the clock; quiet again later, it comes back.
    journal.add(
        TimelineEvent(
            kind="contact_in", occurred_at=NOW - timedelta(days=1), application_id=application.id
        )
    )
    assert service.items(NOW) == []
    assert keys(service, NOW + timedelta(days=14)) == [f"quiet:{application.id}"]


def test_snoozing_a_derived_item_is_remembered(journal: Journal, service: ReminderService) -> None:
    _, application = acme(journal, applied_days_ago=30)  # nothing since: quiet
    key = f"quiet:{application.id}"
    assert service.due_count(NOW) == 1
    tomorrow, _ = (moment for _, moment in snooze_presets(NOW))
    service.snooze(key, tomorrow, NOW)
    [item] = service.items(NOW)
    assert (item.snoozed, item.due_at, item.group(NOW)) == (True, tomorrow, "upcoming")
    assert service.due_count(NOW) == 0
    assert service.due_count(tomorrow + timedelta(minutes=1)) == 1


def test_upcoming_round_within_the_threshold(journal: Journal, service: ReminderService) -> None:
    company, application = acme(journal)
    near = journal.add(
        InterviewRound(
            application_id=application.id,
            kind="technical",
            title="Pairing session",
            scheduled_at=NOW + timedelta(days=1),
        )
    )
    journal.add(InterviewRound(application_id=application.id, scheduled_at=NOW + timedelta(days=5)))
    items = [item for item in service.items(NOW) if item.kind == "upcoming_round"]
    assert [item.key for item in items] == [f"round:{near.id}"]
    assert items[0].title == "Technical interview with Acme"
    assert items[0].target == ("company", company.id)
    assert items[0].detail == "Pairing session"


def test_items_are_soonest_first_and_grouped(journal: Journal, service: ReminderService) -> None:
    for title, delta in (("b", 2), ("a", -30), ("c", 0.2)):
        journal.add(Reminder(kind="other", title=title, due_at=NOW + timedelta(days=delta)))
    grouped = service.grouped(NOW)
    assert [(group, [i.title for i in items]) for group, items in grouped] == [
        ("overdue", ["a"]),
        ("today", ["c"]),
        ("upcoming", ["b"]),
    ]


def test_unknown_keys_are_refused(service: ReminderService) -> None:
    from interview_journal.storage.errors import RecordNotFoundError

    with pytest.raises(RecordNotFoundError):
        service.complete("nonsense:1", NOW)
    with pytest.raises(RecordNotFoundError):
        service.snooze("nonsense:1", NOW + timedelta(days=1), NOW)
