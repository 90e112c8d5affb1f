from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest

from interview_journal.core.errors import ValidationError
from interview_journal.core.follow_up import (
    LATE,
    ON_TIME,
    TOO_SOON,
    describe_verdict,
    describe_window,
    mailto_url,
    recommended_window,
)
from interview_journal.core.services import Services
from interview_journal.core.validation import LONG_TEXT_MAX
from interview_journal.storage.tables import (
    Application,
    FollowUp,
    Interaction,
    Person,
    Reminder,
    TimelineEvent,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def berlin(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def slots(ended: datetime) -> list[tuple[str, str]]:
    window = recommended_window(ended, ended.tzinfo)
    return [(f"{s.start:%a %d %H:%M}", f"{s.end:%a %d %H:%M}") for s in window.slots]


# ------------------------------------------------------------------ the window
def test_afternoon_round_gets_that_evening_or_the_next_morning() -> None:
    assert slots(berlin(11, 20, 15)) == [
        ("Fri 20 18:00", "Fri 20 21:00"),
        ("Sat 21 08:00", "Sat 21 10:30"),
    ]


def test_friday_is_just_a_day_saturday_morning_is_fine() -> None:
    window = recommended_window(berlin(11, 20, 15), BERLIN)
    assert window.morning.start.weekday() == 5
    assert window.verdict(berlin(11, 21, 9)) == ON_TIME


def test_ending_at_the_cut_off_still_gets_the_evening() -> None:
    assert slots(berlin(11, 18, 17))[0] == ("Wed 18 18:00", "Wed 18 21:00")
    assert len(slots(berlin(11, 18, 17, 1))) == 1


def test_late_round_waits_for_the_next_morning_only() -> None:
    assert slots(berlin(11, 18, 21, 30)) == [("Thu 19 08:00", "Thu 19 10:30")]


def test_round_crossing_midnight_gets_that_same_morning() -> None:
    # Started 23:00 on Wednesday, ended 00:40 on Thursday: "the next morning" is Thursday's.
    assert slots(berlin(11, 19, 0, 40)) == [("Thu 19 08:00", "Thu 19 10:30")]


def test_evening_stays_18_local_across_the_autumn_change_in_berlin() -> None:
    # Saturday 24 Oct is summer time (UTC+2); Sunday 25 Oct winter time (UTC+1).
    window = recommended_window(berlin(10, 24, 16), BERLIN)
    assert window.evening is not None
    assert window.evening.start.astimezone(UTC).hour == 16
    assert window.morning.start.astimezone(UTC).hour == 7
    assert window.morning.start.astimezone(BERLIN).hour == 8


def test_new_york_morning_after_the_change_is_0800_local() -> None:
    ended = datetime(2026, 10, 31, 22, 0, tzinfo=NEW_YORK)  # Saturday night, EDT
    window = recommended_window(ended, NEW_YORK)
    assert window.evening is None
    assert f"{window.start.astimezone(NEW_YORK):%d %H:%M}" == "01 08:00"
    assert window.start.astimezone(UTC).hour == 13  # EST, UTC-5


def test_utc_end_is_read_in_the_users_zone() -> None:
    ended_utc = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)  # 15:00 in Berlin
    window = recommended_window(ended_utc, BERLIN)
    assert window.start == berlin(11, 20, 18)


def test_machine_zone_is_used_without_one() -> None:
    window = recommended_window(datetime(2026, 11, 20, 12, tzinfo=UTC))
    assert window.start.astimezone().hour in {8, 18}


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        recommended_window(datetime(2026, 11, 20, 11))


# ------------------------------------------------------------------ verdicts
def test_sending_from_the_car_park_is_too_soon() -> None:
    window = recommended_window(berlin(11, 20, 15), BERLIN)
    assert window.verdict(berlin(11, 20, 15, 20)) == TOO_SOON
    assert window.verdict(berlin(11, 20, 19)) == ON_TIME
    assert window.verdict(berlin(11, 20, 23, 30)) == ON_TIME  # read next morning
    assert window.verdict(berlin(11, 21, 16)) == ON_TIME  # after the slot, still fine
    assert window.verdict(berlin(11, 22, 15, 1)) == LATE


def test_verdict_sentences_say_why() -> None:
    window = recommended_window(berlin(11, 20, 15), BERLIN)
    assert "20 minutes ago" in describe_verdict(window, berlin(11, 20, 15, 20))
    assert "passed" in describe_verdict(window, berlin(11, 21, 14))
    assert "Now is a good time" in describe_verdict(window, berlin(11, 20, 18, 30))
    assert "3 days" in describe_verdict(window, berlin(11, 23, 16))


def test_window_reads_relative_to_now() -> None:
    window = recommended_window(berlin(11, 20, 15), BERLIN)
    assert describe_window(window, berlin(11, 20, 15, 5), BERLIN) == (
        "Best sent this evening, 18:00–21:00, or tomorrow morning, 08:00–10:30."
    )
    later = describe_window(window, berlin(11, 23, 9), BERLIN)
    assert "on Fri 20 Nov, in the evening" in later


# ------------------------------------------------------------------ mailto
def test_mailto_encodes_every_special_character() -> None:
    body = 'Q&A? #1 "quoted" 🎉\nשלום عربى\nlast'
    url = mailto_url("ana@example.com", "Thanks & more?", body)
    assert url.startswith("mailto:ana@example.com?subject=")
    query = url.split("?", 1)[1]
    assert query.count("&") == 1 and "#" not in url and " " not in url
    subject, encoded_body = (part.split("=", 1)[1] for part in query.split("&"))
    assert unquote(subject) == "Thanks & more?"
    assert "%0D%0A" in encoded_body
    assert unquote(encoded_body) == body.replace("\n", "\r\n")


def test_mailto_refuses_what_is_no_address() -> None:
    with pytest.raises(ValidationError, match="email address"):
        mailto_url("Ana Silva", "Hi", "Body")
    assert mailto_url("", "Hi", "x") == "mailto:?subject=Hi&body=x"


# ------------------------------------------------------------------ service
NOON = datetime(2026, 11, 20, 11, tzinfo=UTC)


def ended_round(services: Services, company: str = "Acme") -> str:
    session = services.live.start(company_name=company, kind="second", now=NOON)
    round_id = session.round.id
    services.live.save_lines(
        round_id,
        [
            ("l1", 1.0, 5, "H: cut build time in half"),
            ("l2", 2.0, 9, "F: send the benchmark notes"),
            ("l3", 3.0, 12, "DK: raft"),
        ],
    )
    services.live.add_attendee(round_id, "Ana Sample, Engineering manager")
    services.live.add_attendee(round_id, "Rui Sample, recruiter")
    people = services.journal.records(Person, name="Rui Sample")
    services.journal.update(Person, people[0].id, email="rui@example.com", last_contact_at=None)
    services.live.end(round_id, now=NOON + timedelta(hours=1))
    return round_id


def test_draft_comes_from_the_notes_and_the_people(services: Services) -> None:
    round_id = ended_round(services)
    app = services.journal.records(Application)[0]
    services.journal.update(Application, app.id, role="Platform engineer")
    services.follow_ups.set_qualities("calm debugging and clear writing")
    draft = services.follow_ups.draft(round_id)
    assert draft.id is None and draft.recipient == "rui@example.com"
    assert "Acme" in draft.subject and "second interview" in draft.subject
    assert "Hello Ana Sample and Rui Sample," in draft.body
    assert "- cut build time in half" in draft.body
    assert "- send the benchmark notes" in draft.body
    assert "raft" not in draft.body
    assert "Platform engineer role at Acme" in draft.body
    assert "calm debugging and clear writing" in draft.body


def test_round_without_a_company_still_drafts_and_sends(services: Services) -> None:
    session = services.live.start(now=NOON)
    services.live.end(session.round.id, now=NOON + timedelta(hours=1))
    draft = services.follow_ups.draft(session.round.id)
    assert draft.body.startswith("Hello,") and draft.application_id is None
    saved = services.follow_ups.save_draft(
        session.round.id, recipient="", subject=draft.subject, body=draft.body
    )
    assert saved.id is not None
    sent = services.follow_ups.mark_sent(saved.id, now=NOON + timedelta(hours=8))
    assert sent.sent
    assert services.journal.records(TimelineEvent, kind="follow_up_sent")[0].title == "Follow-up"


def test_saved_draft_is_returned_and_drafted_once(services: Services) -> None:
    round_id = ended_round(services)
    first = services.follow_ups.save_draft(round_id, recipient="", subject="S", body="one")
    second = services.follow_ups.save_draft(
        round_id, recipient="rui@example.com", subject="S\nline", body="two"
    )
    assert first.id == second.id and second.subject == "S line"
    assert services.follow_ups.draft(round_id).body == "two"
    assert services.journal.count(TimelineEvent, kind="follow_up_drafted") == 1


def test_too_long_text_is_refused_and_nothing_written(services: Services) -> None:
    round_id = ended_round(services)
    with pytest.raises(ValidationError, match="limit"):
        services.follow_ups.save_draft(
            round_id, recipient="", subject="S", body="x" * (LONG_TEXT_MAX + 1)
        )
    with pytest.raises(ValidationError, match="subject"):
        services.follow_ups.save_draft(round_id, recipient="", subject="s" * 3000, body="b")
    assert services.journal.count(FollowUp) == 0
    assert services.journal.count(TimelineEvent, kind="follow_up_drafted") == 0


def test_odd_text_is_kept_exactly(services: Services) -> None:
    round_id = ended_round(services)
    body = 'Robert\'); DROP TABLE follow_up;-- 🎉 שלום "quoted"'
    saved = services.follow_ups.save_draft(round_id, recipient="", subject="S", body=body)
    assert services.journal.get(FollowUp, saved.id or "").body == body


def test_mark_sent_logs_everything_once(services: Services) -> None:
    round_id = ended_round(services)
    draft = services.follow_ups.draft(round_id)
    saved = services.follow_ups.save_draft(
        round_id, recipient=draft.recipient, subject=draft.subject, body=draft.body
    )
    sent_at = datetime(2026, 11, 20, 18, 30, tzinfo=UTC)
    sent = services.follow_ups.mark_sent(saved.id or "", now=sent_at)
    assert sent.status == "sent" and sent.sent_at == sent_at
    [event] = services.journal.records(TimelineEvent, kind="follow_up_sent")
    assert event.title == "To Rui Sample — Acme" and event.subject_id == saved.id
    [contact] = services.journal.records(Interaction)
    assert (contact.direction, contact.kind) == ("out", "follow_up")
    rui = services.journal.records(Person, name="Rui Sample")[0]
    assert contact.person_id == rui.id and rui.last_contact_at == sent_at
    [reminder] = services.journal.records(Reminder, kind="follow_up")
    assert reminder.done_at == sent_at
    with pytest.raises(ValidationError, match="already"):
        services.follow_ups.mark_sent(saved.id or "", now=sent_at)
    assert services.journal.count(Interaction) == 1


def test_empty_follow_up_cannot_be_sent(services: Services) -> None:
    round_id = ended_round(services)
    saved = services.follow_ups.save_draft(round_id, recipient="", subject="S", body="  ")
    with pytest.raises(ValidationError, match="empty"):
        services.follow_ups.mark_sent(saved.id or "")
    assert services.journal.count(TimelineEvent, kind="follow_up_sent") == 0


def test_verdict_of_a_round(services: Services) -> None:
    round_id = ended_round(services)  # ended 12:00 UTC = 13:00 Berlin
    follow_ups = services.follow_ups
    assert follow_ups.verdict(round_id, berlin(11, 20, 13, 20), BERLIN) == TOO_SOON
    assert follow_ups.verdict(round_id, berlin(11, 20, 18, 5), BERLIN) == ON_TIME
    window = follow_ups.window(round_id, BERLIN)
    assert window is not None and window.start == berlin(11, 20, 18)


def test_qualities_are_checked(services: Services) -> None:
    with pytest.raises(ValidationError, match="qualities"):
        services.follow_ups.set_qualities("q" * 3000)
    assert services.follow_ups.qualities() == ""
