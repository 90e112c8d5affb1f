from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from interview_journal.core.errors import ValidationError
from interview_journal.core.inquiries import check_status_inquiry
from interview_journal.core.services import Services
from interview_journal.core.thresholds import Thresholds
from interview_journal.storage.tables import Interaction, Person, TimelineEvent

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
DEFAULTS = Thresholds()  # 5 days after a round, 7 between, at most 2


def day(d: int, hour: int = 10, month: int = 11, tz: ZoneInfo = BERLIN) -> datetime:
    return datetime(2026, month, d, hour, tzinfo=tz)


def check(now: datetime, ended: datetime | None, previous: list[datetime], tz: ZoneInfo = BERLIN):
    return check_status_inquiry(now, ended, previous, DEFAULTS, tz)


def test_first_inquiry_a_week_after_the_round_is_fine() -> None:
    result = check(day(17), day(10), [])
    assert result.ok and result.reasons == ()


def test_too_soon_after_the_interview_says_how_long() -> None:
    result = check(day(13), day(10), [])
    assert not result.ok
    assert result.reasons == ("Only 3 days since the interview; give them at least 5 days.",)
    assert check(day(10, 18), day(10, 11), []).reasons[0].startswith("The interview was today")


def test_second_inquiry_two_days_after_the_first_warns() -> None:
    result = check(day(19), day(1), [day(17)])
    assert result.reasons == (
        "Your last status inquiry was 2 days ago; wait at least 7 days between them.",
    )


def test_one_too_many() -> None:
    result = check(day(30), day(1), [day(8), day(16)])
    assert result.reasons == ("You already asked twice in this process; the limit you set is 2.",)


def test_every_reason_at_once() -> None:
    result = check(day(10, 20), day(10, 9), [day(10, 12), day(10, 14)])
    assert len(result.reasons) == 3
    assert "earlier today" in result.reasons[1]


def test_days_are_local_calendar_days_not_hours() -> None:
    # Monday 21:30 to the next Monday 08:00 is under 7 x 24 h, but 7 days on the calendar.
    assert check(day(23, 8), None, [datetime(2026, 11, 16, 21, 30, tzinfo=BERLIN)]).ok


def test_an_interview_ending_at_2130_counts_from_that_day() -> None:
    ended = day(10, 21) + timedelta(minutes=30)
    assert not check(day(14, 9), ended, []).ok
    assert check(day(15, 9), ended, []).ok


def test_interview_crossing_midnight_counts_from_the_day_it_ended() -> None:
    ended = day(11, 0) + timedelta(minutes=40)  # started 23:00 on the 10th
    assert "Only 4 days" in check(day(15, 9), ended, []).reasons[0]


def test_friday_interview_counts_the_weekend() -> None:
    assert check(day(25, 9), day(20, 15), []).ok  # Friday 20 → Wednesday 25: 5 days


def test_across_the_berlin_autumn_change() -> None:
    # 7 calendar days, 169 hours because of the extra hour on 25 Oct.
    previous = [day(22, 9, month=10)]
    assert check(day(29, 9, month=10), None, previous).ok
    assert not check(day(28, 23, month=10), None, previous).ok


def test_across_the_new_york_change_in_utc() -> None:
    previous = [datetime(2026, 10, 26, 3, 30, tzinfo=UTC)]  # 25 Oct 23:30 EDT
    now = datetime(2026, 11, 2, 4, 30, tzinfo=UTC)  # 1 Nov 23:30 EST
    assert check(now, None, previous, NEW_YORK).ok
    # In UTC that is 7 days too, but Berlin sees 26 Oct 05:30 → 2 Nov 05:30 as well.
    earlier = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)  # 1 Nov 22:00 EST: still 7 days
    assert check(earlier, None, previous, NEW_YORK).ok
    assert not check(datetime(2026, 11, 1, 3, 0, tzinfo=UTC), None, previous, NEW_YORK).ok


def test_inquiries_after_now_do_not_count() -> None:
    assert check(day(20), day(1), [day(25)]).ok


def test_thresholds_are_configurable() -> None:
    relaxed = Thresholds(inquiry_min_days_between=1, inquiry_max_per_process=5)
    assert check_status_inquiry(day(19), day(1), [day(17), day(10)], relaxed, BERLIN).ok


# ------------------------------------------------------------------ service
def process(services: Services) -> tuple[str, str]:
    session = services.live.start(company_name="Acme", now=day(1))
    services.live.end(session.round.id, now=day(1, 11))
    attendee = services.live.add_attendee(session.round.id, "Ana Sample, recruiter")
    assert session.round.application_id is not None
    services.journal.update(Person, attendee.person.id, last_contact_at=None)
    return session.round.application_id, attendee.person.id


def test_log_writes_contact_event_and_last_contact(services: Services) -> None:
    application_id, person_id = process(services)
    when = day(10)
    logged = services.interactions.log(
        application_id,
        person_id=person_id,
        direction="out",
        channel="email",
        kind="status_inquiry",
        summary="Any news on the decision?",
        occurred_at=when,
    )
    [event] = services.journal.records(TimelineEvent, kind="status_inquiry")
    assert event.title == "To Ana Sample — Acme" and event.detail == "Any news on the decision?"
    assert (event.subject_table, event.subject_id) == ("interaction", logged.id)
    assert event.application_id == application_id and event.company_id is not None
    assert services.journal.get(Person, person_id).last_contact_at == when
    [entry] = services.interactions.history(application_id)
    assert entry.person_name == "Ana Sample"


def test_a_reply_is_contact_in(services: Services) -> None:
    application_id, _ = process(services)
    services.interactions.log(
        application_id, direction="in", channel="phone", kind="call", summary=""
    )
    [event] = services.journal.records(TimelineEvent, kind="contact_in")
    assert event.title == "From Acme"


def test_second_inquiry_two_days_later_warns_through_the_service(services: Services) -> None:
    application_id, _ = process(services)
    assert services.interactions.check(application_id, now=day(10), tz=BERLIN).ok
    services.interactions.log(
        application_id,
        direction="out",
        channel="email",
        kind="status_inquiry",
        summary="",
        occurred_at=day(10),
    )
    result = services.interactions.check(application_id, now=day(12), tz=BERLIN)
    assert result.reasons == (
        "Your last status inquiry was 2 days ago; wait at least 7 days between them.",
    )


def test_saved_thresholds_drive_the_guard(services: Services) -> None:
    application_id, _ = process(services)
    services.thresholds.save(inquiry_min_days_after_round=20)
    assert "at least 20 days" in services.interactions.check(application_id, now=day(12)).reasons[0]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kind", "shouting", "kind of contact"),
        ("channel", "pigeon", "how the contact"),
        ("direction", "sideways", "made the contact"),
        ("summary", "x" * 1_000_001, "limit"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    services: Services, field: str, value: str, message: str
) -> None:
    application_id, _ = process(services)
    values = {"direction": "out", "channel": "email", "kind": "message", "summary": "hi"}
    values[field] = value
    with pytest.raises(ValidationError, match=message):
        services.interactions.log(
            application_id,
            direction=values["direction"],
            channel=values["channel"],
            kind=values["kind"],
            summary=values["summary"],
        )
    assert services.journal.count(Interaction) == 0


def test_naive_time_is_refused(services: Services) -> None:
    application_id, _ = process(services)
    with pytest.raises(ValidationError, match="time zone"):
        services.interactions.log(
            application_id,
            direction="out",
            channel="email",
            kind="message",
            summary="",
            occurred_at=datetime(2026, 11, 20, 10),
        )


def test_odd_summary_is_kept_exactly(services: Services) -> None:
    application_id, _ = process(services)
    text = "'; DROP TABLE interaction; -- 🎉 مرحبا"
    logged = services.interactions.log(
        application_id, direction="out", channel="email", kind="message", summary=text
    )
    assert services.journal.get(Interaction, logged.id).summary == text


def test_contacts_of_the_company(services: Services) -> None:
    application_id, _ = process(services)
    assert [p.name for p in services.interactions.contacts(application_id)] == ["Ana Sample"]
    assert services.interactions.contacts(None) == []
