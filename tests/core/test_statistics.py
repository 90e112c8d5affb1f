"""Statistics of a search, from hand-made plain values (no journal)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from interview_journal.core.statistics import (
    AnswerFact,
    FunnelStage,
    RoundFact,
    StageHistory,
    answer_rate,
    applications_per_week,
    days_between,
    distribution,
    first_response_days,
    iso_monday,
    median,
    next_contact_days,
    round_kind_conversion,
    stage_conversion,
)
from interview_journal.core.vocabulary import NO_RESPONSE_REASON


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


# ------------------------------------------------------------------ per week
def test_weeks_are_bucketed_by_iso_week_across_the_year_boundary() -> None:
    applied = [
        date(2025, 12, 21),  # Sunday of week 51: outside the three weeks shown
        date(2025, 12, 29),  # Monday: ISO week 1 of 2026
        date(2025, 12, 31),
        date(2026, 1, 4),  # Sunday, still week 1
        date(2026, 1, 5),  # Monday of week 2
    ]
    weeks = applications_per_week(applied, today=date(2026, 1, 7), weeks=3)
    assert [(w.monday, w.count) for w in weeks] == [
        (date(2025, 12, 22), 0),
        (date(2025, 12, 29), 3),
        (date(2026, 1, 5), 1),
    ]
    assert [w.label for w in weeks] == ["W52", "W01", "W02"]
    assert [(w.iso_year, w.iso_week) for w in weeks] == [(2025, 52), (2026, 1), (2026, 2)]


def test_weeks_without_applications_count_zero() -> None:
    weeks = applications_per_week([], today=date(2026, 3, 4), weeks=12)
    assert len(weeks) == 12
    assert {w.count for w in weeks} == {0}
    assert weeks[-1].monday == date(2026, 3, 2)
    assert weeks[0].monday == date(2026, 3, 2) - timedelta(weeks=11)


def test_future_days_and_a_zero_week_window_are_handled() -> None:
    weeks = applications_per_week([date(2026, 3, 20)], today=date(2026, 3, 4), weeks=0)
    assert [(w.monday, w.count) for w in weeks] == [(date(2026, 3, 2), 0)]
    assert iso_monday(date(2026, 3, 8)) == date(2026, 3, 2)


# ------------------------------------------------------------------ per stage
STAGES = [
    FunnelStage("s0", "Interested", "open"),
    FunnelStage("s1", "Applied", "open"),
    FunnelStage("s2", "Screening", "open"),
    FunnelStage("s3", "Interviewing", "open"),
    FunnelStage("s4", "Offer", "offer"),
    FunnelStage("s5", "Accepted", "accepted"),
    FunnelStage("s6", "Closed", "closed"),
]


def test_conversion_counts_later_stages_as_having_passed_earlier_ones() -> None:
    histories = [
        StageHistory("s1"),  # applied, still there
        StageHistory("s6", ("Applied", "Screening", "Screening", "Closed")),  # closed after
        StageHistory("s4"),  # straight to an offer: passed Screening and Interviewing
        StageHistory(None, applied=False),  # not applied yet: Interested
        StageHistory("s6", ("applied ", "Renamed long ago"), has_offer=True),  # offer recorded
    ]
    reach = stage_conversion(STAGES, histories)
    assert [(r.name, r.reached) for r in reach] == [
        ("Interested", 5),
        ("Applied", 4),
        ("Screening", 3),
        ("Interviewing", 2),
        ("Offer", 2),
        ("Accepted", 0),
    ]
    assert reach[0].share == 1.0 and reach[0].step_share is None
    assert reach[2].share == pytest.approx(0.6)
    assert reach[2].step_share == pytest.approx(0.75)
    assert reach[5].step_share == 0.0


def test_an_application_without_a_stage_sits_where_the_board_shows_it() -> None:
    reach = stage_conversion(STAGES, [StageHistory(None, applied=True)])
    assert [r.reached for r in reach] == [1, 1, 0, 0, 0, 0]


def test_conversion_without_data() -> None:
    assert stage_conversion([], [StageHistory("s1")]) == []
    reach = stage_conversion(STAGES, [])
    assert [r.reached for r in reach] == [0] * 6
    assert {r.share for r in reach} == {0.0}


# ------------------------------------------------------------- per round kind
def test_round_kinds_count_what_followed_each_held_round() -> None:
    day = date(2026, 2, 2)
    rounds = [
        RoundFact("r1", "a1", "screening", at(day), held=True),
        RoundFact("r2", "a1", "first", at(day + timedelta(days=7)), held=True),
        RoundFact("r3", "a1", "second", at(day + timedelta(days=40)), held=False),
        RoundFact("r4", "a2", "screening", at(day), held=True),
        RoundFact("r5", "a3", "first", at(day), held=True),
        RoundFact("r6", "a4", "screening", at(day), held=True),
        RoundFact("r7", None, "screening", at(day), held=True),
        RoundFact("r8", "a2", "panel", at(day - timedelta(days=3)), held=True),
    ]
    result = round_kind_conversion(rounds, offer_applications={"a3"}, closed_applications={"a2"})
    assert [(k.kind, k.held, k.moved_on, k.stopped, k.waiting) for k in result] == [
        ("screening", 4, 1, 1, 2),
        ("first", 2, 2, 0, 0),
        ("panel", 1, 1, 0, 0),
    ]


def test_round_kind_rates_and_labels() -> None:
    day = date(2026, 2, 2)
    rounds = [
        RoundFact("r1", "a1", "technical", at(day), held=True),
        RoundFact("r2", "a2", "technical", at(day), held=True),
        RoundFact("r3", "a2", "final", at(day + timedelta(days=5)), held=True),
        RoundFact("r4", "a9", "final", at(day), held=True),
    ]
    result = {k.kind: k for k in round_kind_conversion(rounds, set(), {"a1", "a2"})}
    assert result["technical"].label == "Technical interview"
    assert (result["technical"].moved_on, result["technical"].stopped) == (1, 1)
    assert result["technical"].rate == 0.5
    assert result["final"].waiting == 1 and result["final"].stopped == 1
    assert round_kind_conversion([], set(), set()) == []


# ------------------------------------------------------------ response times
def test_median_with_odd_even_and_no_values() -> None:
    assert median([7, 1, 3]) == 3.0
    assert median([1, 3, 4, 10]) == 3.5
    assert median([]) is None


def test_days_between_counts_whole_days_and_never_goes_negative() -> None:
    start = at(date(2026, 1, 1), 9)
    assert days_between(start, start + timedelta(hours=23)) == 0
    assert days_between(start, start + timedelta(days=2, hours=1)) == 2
    assert days_between(start, start - timedelta(days=1)) == 0


def test_distribution_bins_and_median() -> None:
    spread = distribution([0, 1, 2, 5, 9, 30, 45])
    assert spread.count == 7 and spread.median == 5.0
    assert [(b.label, b.count) for b in spread.bins] == [
        ("0–1", 2),
        ("2–3", 1),
        ("4–7", 1),
        ("8–14", 1),
        ("15–21", 0),
        ("22–30", 1),
        ("31+", 1),
    ]
    empty = distribution([])
    assert empty.median is None and {b.count for b in empty.bins} == {0}


def test_first_response_is_the_first_answer_after_applying() -> None:
    applied = {
        "a1": at(date(2026, 1, 5)),
        "a2": at(date(2026, 1, 5)),
        "a3": at(date(2026, 1, 5)),
    }
    answers = {
        # An old exchange before applying does not count as the answer.
        "a1": [at(date(2025, 12, 1)), at(date(2026, 1, 9)), at(date(2026, 1, 20))],
        "a2": [at(date(2026, 1, 5), 15)],
    }
    assert sorted(first_response_days(applied, answers)) == [0, 4]


def test_next_contact_after_a_round_is_strictly_later() -> None:
    end = at(date(2026, 2, 3), 11)
    contacts = {"a1": [end - timedelta(hours=1), end, end + timedelta(days=3, hours=2)]}
    assert next_contact_days([("a1", end), ("a2", end)], contacts) == [3]
    assert next_contact_days([("a1", end + timedelta(days=10))], contacts) == []


# ----------------------------------------------------------------- answer rate
def test_answer_rate_separates_answered_unanswered_and_waiting() -> None:
    rate = answer_rate(
        [
            AnswerFact("a1", "c1", answered=True, closed=True, closed_reason="Rejected"),
            AnswerFact("a2", "c1", answered=False, closed=True, closed_reason=NO_RESPONSE_REASON),
            AnswerFact("a3", "c2", answered=False, closed=True, closed_reason="Withdrew"),
            AnswerFact("a4", "c3", answered=False, closed=False),
            AnswerFact("a5", "c3", answered=True, closed=False),
        ]
    )
    assert (rate.answered, rate.closed_unanswered, rate.closed_no_response, rate.waiting) == (
        2,
        2,
        1,
        1,
    )
    assert (rate.companies_answered, rate.companies) == (2, 3)
    assert rate.total == 5
    assert rate.rate == 0.5


def test_answer_rate_without_data() -> None:
    rate = answer_rate([])
    assert rate.total == 0 and rate.rate is None and rate.companies == 0
