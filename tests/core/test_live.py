from __future__ import annotations

from datetime import UTC, datetime, timedelta

from interview_journal.core.notes import format_elapsed, marker_of, positions_between
from interview_journal.core.services import Services
from interview_journal.storage.tables import InterviewRound, TimelineEvent

NOON = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_markers_follow_the_typed_prefix() -> None:
    assert marker_of("Q: why here?") == "question"
    assert marker_of("  dk: consensus algorithms") == "did_not_know"
    assert marker_of("H: shipped the migration") == "highlight"
    assert marker_of("Quiet office") == ""


def test_positions_between_stay_ordered() -> None:
    assert positions_between(1.0, 2.0, 3) == [1.25, 1.5, 1.75]
    assert positions_between(None, None, 2) == [1.0, 2.0]
    assert positions_between(5.0, None, 1) == [6.0]


def test_elapsed_format() -> None:
    assert format_elapsed(61_000) == "1:01"
    assert format_elapsed(3_725_000) == "1:02:05"


def test_start_creates_company_application_and_timeline_entry(services: Services) -> None:
    session = services.live.start(company_name="Acme", kind="second", now=NOON)
    assert session.company is not None and session.company.name == "Acme"
    assert session.title == "Second interview — Acme"
    assert [e.kind for e in services.journal.records(TimelineEvent)] == [
        "company_added",
        "round_started",
    ]


def test_start_reuses_the_company_case_insensitively(services: Services) -> None:
    services.research.add_company("Acme")
    services.live.start(company_name="acme", now=NOON)
    assert len(services.research.companies()) == 1


def test_nearest_scheduled_round_within_three_hours(services: Services) -> None:
    soon = services.journal.add(
        InterviewRound(kind="first", scheduled_at=NOON + timedelta(hours=1))
    )
    services.journal.add(InterviewRound(kind="final", scheduled_at=NOON + timedelta(days=2)))
    assert services.live.nearest_scheduled_round(NOON).id == soon.id  # type: ignore[union-attr]
    assert services.live.nearest_scheduled_round(NOON + timedelta(days=5)) is None


def test_elapsed_time_counts_from_start(services: Services) -> None:
    session = services.live.start(now=NOON)
    assert session.elapsed_ms(NOON + timedelta(minutes=2)) == 120_000


def test_interrupted_round_is_found_until_it_ends(services: Services) -> None:
    session = services.live.start(now=NOON)
    services.live.save_lines(session.round.id, [("l1", 1.0, 5, "F: send the sample")])
    assert services.live.interrupted_round().id == session.round.id  # type: ignore[union-attr]
    services.live.end(session.round.id, now=NOON + timedelta(minutes=45))
    assert services.live.interrupted_round() is None
    held = services.journal.records(TimelineEvent, kind="round_held")
    assert held[0].detail == "1 note line"
    assert services.live.lines(session.round.id)[0].marker == "follow_up"


def test_ending_sets_a_follow_up_reminder_in_the_send_window(services: Services) -> None:
    from interview_journal.core.follow_up import recommended_window
    from interview_journal.storage.tables import Reminder

    session = services.live.start(company_name="Acme", now=NOON)
    ended = NOON + timedelta(hours=1)
    services.live.end(session.round.id, now=ended)
    [reminder] = services.journal.records(Reminder)
    assert reminder.kind == "follow_up" and reminder.round_id == session.round.id
    assert reminder.due_at == recommended_window(ended.astimezone()).start
    assert "Acme" in reminder.title


def test_digest_gathers_lines_by_marker_without_prefixes(services: Services) -> None:
    session = services.live.start(now=NOON)
    lines = [
        "Q: why us?",
        "H: cut build time in half",
        "DK: raft",
        "dk: CRDTs",
        "F: send code",
        "x",
    ]
    services.live.save_lines(
        session.round.id, [(f"l{i}", float(i), i, t) for i, t in enumerate(lines)]
    )
    digest = services.live.digest(session.round.id)
    assert digest.did_not_know == ["raft", "CRDTs"]
    assert (digest.highlights, digest.follow_ups, digest.questions) == (
        ["cut build time in half"],
        ["send code"],
        ["why us?"],
    )
    assert digest.line_count == 6


def test_review_is_kept_with_the_round_and_energy_checked(services: Services) -> None:
    import pytest

    from interview_journal.core.errors import ValidationError

    session = services.live.start(now=NOON)
    services.live.save_review(
        session.round.id, how_it_went="Calm", energy=4, answer_differently="", next_step="Wait"
    )
    assert services.journal.get(InterviewRound, session.round.id).energy == 4
    with pytest.raises(ValidationError, match="1 to 5"):
        services.live.save_review(
            session.round.id, how_it_went="", energy=9, answer_differently="", next_step=""
        )


def test_a_too_long_line_is_refused_alone_and_keeps_its_saved_text(services: Services) -> None:
    from interview_journal.core.validation import LONG_TEXT_MAX

    session = services.live.start(now=NOON)
    round_id = session.round.id
    services.live.save_lines(
        round_id, [("b", 2.0, 0, "short b"), ("gone", 3.0, 0, "joined into b")]
    )
    refused = services.live.save_lines(
        round_id,
        [("a", 1.0, 0, "before"), ("b", 2.0, 0, "y" * 2_000_000), ("c", 4.0, 0, "after")],
        ["gone"],
    )
    assert [line.id for line in refused] == ["b"]
    assert "2,000,000 characters" in refused[0].reason
    assert f"{LONG_TEXT_MAX:,}" in refused[0].reason
    # The valid lines are saved; b keeps its last text; the deletion waits for b.
    assert [line.text for line in services.live.lines(round_id)] == [
        "before",
        "short b",
        "joined into b",
        "after",
    ]
    assert services.live.save_lines(round_id, [("b", 2.0, 0, "fixed")], ["gone"]) == []
    assert [line.text for line in services.live.lines(round_id)] == ["before", "fixed", "after"]


def test_end_counts_only_lines_with_text(services: Services) -> None:
    session = services.live.start(now=NOON)
    services.live.save_lines(
        session.round.id,
        [("a", 1.0, 0, "Q: why us?"), ("b", 2.0, 0, "A: the team"), ("c", 3.0, 0, "  ")],
    )
    services.live.end(session.round.id, now=NOON + timedelta(hours=1))
    [held] = services.journal.records(TimelineEvent, kind="round_held")
    assert held.detail == "2 note lines"
    assert services.live.digest(session.round.id).line_count == 2
