"""The sample journal: reproducible, complete, consistent with the app's rules."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import SQLModel

from interview_journal.core.errors import ValidationError
from interview_journal.core.export import export_json_to_stream
from interview_journal.core.notes import marker_of
from interview_journal.core.sample import SAMPLE_NOW, generate_sample
from interview_journal.core.vocabulary import EVENT_KINDS, MARKERS
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    DOMAIN_TABLES,
    Company,
    FollowUp,
    InterviewRound,
    NoteLine,
    Question,
    TimelineEvent,
)


@pytest.fixture(scope="module")
def sampled() -> Iterator[Journal]:
    journal = Journal.in_memory()
    generate_sample(journal, "small")
    yield journal
    journal.close()


def _rows(journal: Journal, model: type[SQLModel]) -> list[dict[str, Any]]:
    return list(journal.iter_table_rows(model))


def test_same_seed_gives_identical_journals(sampled: Journal):
    other = Journal.in_memory()
    generate_sample(other, "small")
    first, second = io.StringIO(), io.StringIO()
    export_json_to_stream(sampled, first, now=SAMPLE_NOW)
    export_json_to_stream(other, second, now=SAMPLE_NOW)
    other.close()
    assert first.getvalue() == second.getvalue()


def test_another_seed_gives_other_data(sampled: Journal, journal: Journal):
    generate_sample(journal, "small", seed=7)
    names = {row["name"] for row in _rows(journal, Company)}
    assert names != {row["name"] for row in _rows(sampled, Company)}


def test_small_sample_has_rows_in_every_table(sampled: Journal):
    empty = [m.__tablename__ for m in DOMAIN_TABLES if sampled.count(m) == 0]
    assert empty == []


def test_small_sample_has_the_promised_size(journal: Journal):
    counts = generate_sample(journal, "small").by_table()
    assert (counts["company"], counts["application"], counts["interview_round"]) == (8, 12, 25)
    assert counts["note_line"] == 600
    assert 140 <= counts["timeline_event"] <= 170
    assert counts == {m.__tablename__: journal.count(m) for m in DOMAIN_TABLES}


def test_markers_follow_the_text(sampled: Journal):
    lines = _rows(sampled, NoteLine)
    assert all(line["marker"] == marker_of(line["text"]) for line in lines)
    assert {line["marker"] for line in lines} >= {m.key for m in MARKERS} | {""}


def test_elapsed_time_grows_line_by_line(sampled: Journal):
    by_round: dict[str, list[tuple[float, int]]] = {}
    for line in _rows(sampled, NoteLine):
        by_round.setdefault(line["round_id"], []).append((line["position"], line["elapsed_ms"]))
    for lines in by_round.values():
        elapsed = [ms for _, ms in sorted(lines)]
        assert elapsed == sorted(elapsed)
        assert len(set(elapsed)) == len(elapsed)


def test_every_datetime_is_timezone_aware(sampled: Journal):
    for model in DOMAIN_TABLES:
        for row in sampled.iter_table_rows(model):
            for value in row.values():
                if isinstance(value, datetime):
                    assert value.utcoffset() == timedelta(0), (model.__tablename__, row)


def test_sample_passes_the_integrity_check(sampled: Journal):
    assert sampled.integrity_problems() == []


def test_refuses_a_journal_that_has_companies(journal: Journal):
    journal.add(Company(name="My real employer"))
    with pytest.raises(ValidationError, match="already holds companies"):
        generate_sample(journal, "small")
    assert journal.count(Company) == 1
    assert journal.count(TimelineEvent) == 0


def test_follow_ups_go_out_that_evening_or_next_morning(sampled: Journal):
    rounds = {r["id"]: r for r in _rows(sampled, InterviewRound)}
    sent = [f for f in _rows(sampled, FollowUp) if f["status"] == "sent"]
    assert sent
    for follow_up in sent:
        ended = rounds[follow_up["round_id"]]["ended_at"]
        assert follow_up["sent_at"] >= ended + timedelta(hours=3)
        assert follow_up["sent_at"].date() <= ended.date() + timedelta(days=1)


def test_timeline_points_at_real_rows(sampled: Journal):
    ids = {m.__tablename__: {r["id"] for r in _rows(sampled, m)} for m in DOMAIN_TABLES[:-1]}
    for event in _rows(sampled, TimelineEvent):
        assert event["kind"] in EVENT_KINDS
        assert event["subject_id"] in ids[event["subject_table"]]


def test_second_rounds_suggest_meeting_a_future_teammate(sampled: Journal):
    second = [q["text"] for q in _rows(sampled, Question) if q["round_kind"] == "second"]
    assert any("teammate" in text for text in second)


def test_some_rounds_are_still_ahead(sampled: Journal):
    ahead = [r for r in _rows(sampled, InterviewRound) if r["scheduled_at"] > SAMPLE_NOW]
    assert ahead
    assert all(r["started_at"] is None for r in ahead)


@pytest.mark.slow
def test_heavy_sample_reaches_the_product_scale(heavy_journal_folder: Path):
    journal = Journal.open(DataPaths(heavy_journal_folder))
    try:
        counts = {model.__tablename__: journal.count(model) for model in DOMAIN_TABLES}
    finally:
        journal.close()
    assert (counts["company"], counts["application"], counts["interview_round"]) == (
        300,
        1000,
        3000,
    )
    assert counts["note_line"] >= 100_000
    assert abs(counts["timeline_event"] - 20_000) <= 200


def test_sample_ends_on_the_today_it_is_given() -> None:
    from datetime import timedelta

    from interview_journal.storage.journal import Journal
    from interview_journal.storage.tables import InterviewRound, TimelineEvent

    today = SAMPLE_NOW + timedelta(days=400)
    journal = Journal.in_memory()
    generate_sample(journal, "small", now=today)
    moments = [
        (e.occurred_at.replace(tzinfo=today.tzinfo), e.kind) for e in journal.records(TimelineEvent)
    ]
    past = [moment for moment, _ in moments if moment <= today]
    assert today - timedelta(days=7) < max(past)
    assert [kind for moment, kind in moments if moment > today] == []
    ahead = [
        r
        for r in journal.records(InterviewRound)
        if r.scheduled_at and r.scheduled_at.replace(tzinfo=today.tzinfo) > today
    ]
    assert ahead, "a sample anchored to today has rounds still to come"
