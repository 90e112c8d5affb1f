"""Global search: every kind of record is found, named, placed and opened exactly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event

from interview_journal.core.search import (
    GLOBAL_LIMIT_MAX,
    KIND_ORDER,
    KINDS,
    GlobalHit,
    SearchService,
    group_by_kind,
)
from interview_journal.storage.journal import Journal
from interview_journal.storage.search import HIGHLIGHT_END, HIGHLIGHT_START
from interview_journal.storage.tables import (
    Application,
    Company,
    FitCriterion,
    FitScore,
    FollowUp,
    Interaction,
    InterviewRound,
    NoteLine,
    Offer,
    Person,
    PrepItem,
    Question,
    QuestionAsked,
    Reminder,
    ResearchNote,
    TimelineEvent,
)

START, END = HIGHLIGHT_START, HIGHLIGHT_END
WHEN = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)


@pytest.fixture
def ids(journal: Journal) -> dict[str, str]:
    """One record of every indexed table, each holding the word ``zephyr``."""
    add = journal.add
    acme = add(Company(name="Acme Zephyr", industry="Robots"))
    criterion = add(FitCriterion(name="Zephyr commute"))
    application = add(Application(company_id=acme.id, role="Engineer", notes="zephyr app"))
    interview = add(
        InterviewRound(
            application_id=application.id, kind="second", scheduled_at=WHEN, outcome="zephyr"
        )
    )
    person = add(Person(name="Ada Zephyr", company_id=acme.id, title="CTO"))
    question = add(Question(text="Why zephyr?", category="team", company_id=acme.id))
    plain_question = add(Question(text="How is work reviewed?", category="team"))
    records: dict[str, Any] = {
        "company": acme,
        "fit_criterion": criterion,
        "application": application,
        "interview_round": interview,
        "person": person,
        "question": question,
        "note_line": add(NoteLine(round_id=interview.id, elapsed_ms=872_000, text="zephyr line")),
        "prep_item": add(PrepItem(round_id=interview.id, text="Read zephyr docs")),
        "research_note": add(ResearchNote(company_id=acme.id, topic="values", body="zephyr")),
        "fit_score": add(
            FitScore(company_id=acme.id, criterion_id=criterion.id, score=4, evidence="zephyr")
        ),
        "question_asked": add(
            QuestionAsked(
                question_id=plain_question.id, round_id=interview.id, answer_note="zephyr"
            )
        ),
        "follow_up": add(
            FollowUp(application_id=application.id, round_id=interview.id, body="zephyr thanks")
        ),
        "interaction": add(
            Interaction(application_id=application.id, person_id=person.id, summary="zephyr call")
        ),
        "offer": add(Offer(application_id=application.id, benefits="zephyr gym")),
        "reminder": add(Reminder(title="Zephyr", due_at=WHEN, round_id=interview.id)),
        "timeline_event": add(
            TimelineEvent(application_id=application.id, title="Zephyr day", occurred_at=WHEN)
        ),
    }
    return {table: record.id for table, record in records.items()} | {
        "round": interview.id,
        "application_id": application.id,
        "company_id": acme.id,
        "person_id": person.id,
    }


def _by_target(journal: Journal, query: str = "zephyr") -> dict[str, GlobalHit]:
    return {hit.target[0]: hit for hit in SearchService(journal).everything(query, 100)}


def test_every_indexed_table_is_found_once_with_its_kind(
    journal: Journal, ids: dict[str, str]
) -> None:
    hits = SearchService(journal).everything("zephyr", 100)
    assert len(hits) == len(KINDS)
    assert {hit.kind for hit in hits} == set(KIND_ORDER)
    assert all(START in hit.snippet and END in hit.snippet for hit in hits)


@pytest.mark.parametrize(
    ("table", "target", "within"),
    [
        ("note_line", "note_line", "round"),
        ("interview_round", "round", "application_id"),
        ("prep_item", "prep_item", "round"),
        ("research_note", "research_note", "company_id"),
        ("fit_score", "fit_score", "company_id"),
        ("fit_criterion", "fit_criterion", None),
        ("company", "company", None),
        ("person", "person", "company_id"),
        ("application", "application", "company_id"),
        ("follow_up", "follow_up", "round"),
        ("question", "question", "company_id"),
        ("question_asked", "question_asked", "round"),
        ("offer", "offer", "application_id"),
        ("interaction", "interaction", "application_id"),
        ("timeline_event", "timeline_event", "application_id"),
        ("reminder", "reminder", "round"),
    ],
)
def test_each_hit_opens_its_exact_record_within_its_screen(
    journal: Journal, ids: dict[str, str], table: str, target: str, within: str | None
) -> None:
    hit = _by_target(journal)[target]
    assert hit.kind == KINDS[table]
    assert hit.target == (target, ids[table])
    expected = None if within is None else (within.removesuffix("_id"), ids[within])
    assert hit.within == expected


def test_a_note_line_names_its_round_company_day_and_moment(
    journal: Journal, ids: dict[str, str]
) -> None:
    hit = _by_target(journal)["note_line"]
    day = WHEN.astimezone()
    date_text = f"{day.day} {day:%b %Y}"
    assert hit.title == f"Second interview — Acme Zephyr · {date_text}"
    assert hit.where == f"Acme Zephyr › Second interview, {date_text} › 14:32 into the interview"
    assert hit.snippet == f"{START}zephyr{END} line"


def test_contacts_are_titled_by_name_and_research_drops_the_topic_prefix(
    journal: Journal, ids: dict[str, str]
) -> None:
    hits = _by_target(journal)
    assert hits["person"].title == "Ada Zephyr"
    assert hits["person"].where == "Acme Zephyr › CTO"
    assert hits["person"].snippet == f"Ada {START}Zephyr{END}"  # the match is in the name
    assert hits["research_note"].where == "Acme Zephyr › Research › Values"
    assert hits["research_note"].snippet == f"{START}zephyr{END}"
    assert hits["question"].snippet == f"Why {START}zephyr{END}?"


def test_grouping_follows_the_kind_order(journal: Journal, ids: dict[str, str]) -> None:
    groups = group_by_kind(SearchService(journal).everything("zephyr", 100))
    assert [kind for kind, _ in groups] == list(KIND_ORDER)


@pytest.mark.parametrize(
    "query",
    [
        "c++",
        "node.js",
        '"O\'Reilly"',
        "O'Reilly",
        "AND",
        "OR NOT NEAR",
        "*",
        "**",
        '"',
        '""',
        'zephyr"',
        "(zephyr",
        "col:zephyr",
        "^zephyr",
        "🙂 zephyr",
        "שלום עולם",
        "zephyr\x00line",
        "\x00",
        "zephyr " * 1500,
        "x" * 10_000,
        "-zephyr",
        "zeph*",
    ],
)
def test_any_input_is_safe(journal: Journal, ids: dict[str, str], query: str) -> None:
    hits = SearchService(journal).everything(query)
    assert all(isinstance(hit, GlobalHit) for hit in hits)


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "*", '""'])
def test_nothing_to_search_finds_nothing(journal: Journal, ids: dict[str, str], query: str) -> None:
    assert SearchService(journal).everything(query) == []


def test_symbols_and_prefixes_find_what_they_should(journal: Journal) -> None:
    journal.add(Company(name="O'Reilly Media", summary="Writes c++ and node.js books"))
    service = SearchService(journal)
    for query in ("c++", "node.js", '"O\'Reilly"', "O'Reilly", "reill*"):
        assert [hit.kind for hit in service.everything(query)] == ["Companies"], query


def test_pages_follow_each_other_without_overlap(journal: Journal) -> None:
    acme = journal.add(Company(name="Acme"))
    interview = journal.add(InterviewRound(title="Call"))
    for number in range(25):
        journal.add(NoteLine(round_id=interview.id, position=number, text=f"kestrel {number}"))
    journal.add(Person(name="Kestrel", company_id=acme.id))
    service = SearchService(journal)
    everything = service.everything("kestrel", 100)
    pages = [service.everything("kestrel", 10, offset=offset) for offset in (0, 10, 20)]
    assert [len(page) for page in pages] == [10, 10, 6]
    assert [hit.target for page in pages for hit in page] == [hit.target for hit in everything]
    assert service.everything("kestrel", 10, offset=30) == []
    assert len(service.everything("kestrel", GLOBAL_LIMIT_MAX * 10)) == 26
    assert service.everything("kestrel", 0) == []


@pytest.fixture
def statements(journal: Journal) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(journal.engine, "before_cursor_execute", count)
    yield seen
    event.remove(journal.engine, "before_cursor_execute", count)


def _fill(journal: Journal, copies: int) -> None:
    """``copies`` records of every kind, all holding the word ``osprey``."""
    for number in range(copies):
        company = journal.add(Company(name=f"Osprey {number}"))
        criterion = journal.add(FitCriterion(name=f"osprey {number}"))
        application = journal.add(Application(company_id=company.id, notes="osprey"))
        interview = journal.add(InterviewRound(application_id=application.id, outcome="osprey"))
        person = journal.add(Person(name="Osprey", company_id=company.id))
        question = journal.add(Question(text="osprey?", company_id=company.id))
        journal.add(NoteLine(round_id=interview.id, text="osprey"))
        journal.add(PrepItem(round_id=interview.id, text="osprey"))
        journal.add(ResearchNote(company_id=company.id, topic="team", body="osprey"))
        journal.add(
            FitScore(company_id=company.id, criterion_id=criterion.id, score=3, evidence="osprey")
        )
        journal.add(QuestionAsked(question_id=question.id, round_id=interview.id))
        journal.add(FollowUp(round_id=interview.id, application_id=application.id, body="osprey"))
        journal.add(
            Interaction(application_id=application.id, person_id=person.id, summary="osprey")
        )
        journal.add(Offer(application_id=application.id, benefits="osprey"))
        journal.add(Reminder(title="osprey", due_at=WHEN, application_id=application.id))
        journal.add(TimelineEvent(company_id=company.id, title="osprey", occurred_at=WHEN))


def test_a_page_costs_a_fixed_number_of_queries(journal: Journal, statements: list[str]) -> None:
    _fill(journal, 1)
    statements.clear()
    few = SearchService(journal).everything("osprey", 200)
    few_count = len(statements)
    _fill(journal, 9)
    statements.clear()
    many = SearchService(journal).everything("osprey", 200)
    assert len(many) > 5 * len(few)
    # One FTS5 query, at most 19 look-ups (13 kinds of hit, 6 kinds of place).
    assert len(statements) == few_count <= 20
