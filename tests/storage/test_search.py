from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_journal.storage.journal import Journal
from interview_journal.storage.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SNIPPET_ROW_MAX,
    SNIPPET_WORDS,
    build_match_query,
    snippet_of,
)
from interview_journal.storage.tables import Company, InterviewRound, NoteLine


@pytest.fixture
def filled(journal: Journal) -> Journal:
    company = journal.add(Company(name="Café Nordlicht", summary="Teams use c++ and node.js"))
    interview = journal.add(InterviewRound(kind="technical"))
    journal.add(NoteLine(round_id=interview.id, text="Q: have you read O'Reilly books?"))
    journal.add(NoteLine(round_id=interview.id, text="DK: AND gates in hardware"))
    assert company.id
    return journal


def _tables(journal: Journal, text: str) -> list[str]:
    query = build_match_query(text)
    assert query is not None
    return [hit.source_table for hit in journal.search(query)]


@pytest.mark.parametrize(
    ("typed", "table"),
    [
        ("cafe", "company"),
        ("c++", "company"),
        ("node.js", "company"),
        ("O'Reilly", "note_line"),
        ("AND", "note_line"),
        ('"hardware', "note_line"),
        ("gat*", "note_line"),
        ('"AND gates"', "note_line"),
    ],
)
def test_user_text_finds_records_without_syntax_errors(
    filled: Journal, typed: str, table: str
) -> None:
    assert table in _tables(filled, typed)


def test_only_punctuation_builds_no_query() -> None:
    assert build_match_query('" * ( ) : ^') is None
    assert build_match_query("   ") is None


def test_hits_mark_the_match(filled: Journal) -> None:
    query = build_match_query("nordlicht")
    assert query is not None
    assert HIGHLIGHT_START + "Nordlicht" in filled.search(query)[0].title


def test_index_follows_edits_and_deletes(filled: Journal) -> None:
    line = filled.records(NoteLine)[0]
    filled.update(NoteLine, line.id, text="totally different words")
    assert _tables(filled, "Reilly") == []
    assert _tables(filled, "different") == ["note_line"]
    filled.delete(InterviewRound, line.round_id)
    assert _tables(filled, "different") == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text())
def test_any_input_is_a_valid_query(journal: Journal, typed: str) -> None:
    query = build_match_query(typed)
    if query is not None:
        journal.search(query)


def test_tables_keep_only_those_records(filled: Journal) -> None:
    everything = build_match_query("hardware")
    assert everything is not None
    assert [hit.source_table for hit in filled.search(everything, tables={"company"})] == []
    assert [hit.source_table for hit in filled.search(everything, tables=["note_line"])] == [
        "note_line"
    ]
    assert filled.search(everything, tables=()) == []


def test_offset_pages_through_the_matches(journal: Journal) -> None:
    for number in range(5):
        journal.add(Company(name=f"Widget {number}", summary="widget " * (number + 1)))
    query = build_match_query("widget")
    assert query is not None
    every = [hit.source_id for hit in journal.search(query, tables={"company"})]
    pages = [
        hit.source_id
        for offset in (0, 2, 4)
        for hit in journal.search(query, limit=2, tables={"company"}, offset=offset)
    ]
    assert len(every) == 5
    assert pages == every
    assert [h.source_id for h in journal.search(query, limit=2, offset=3)] == every[3:5]


def test_a_repeated_term_is_searched_once() -> None:
    # Terms are ANDed, so a repeat finds nothing more; it only multiplies FTS5's work.
    assert build_match_query("é É é team Team") == build_match_query("é team")


def test_a_long_row_gets_a_short_snippet_around_its_first_match(journal: Journal) -> None:
    interview = journal.add(InterviewRound(kind="technical"))
    words = ["the"] * (SNIPPET_ROW_MAX // 3) + ["rollback", "plan", "for", "the", "cutover"]
    journal.add(NoteLine(round_id=interview.id, text=" ".join(words)))
    query = build_match_query("rollback")
    assert query is not None
    (hit,) = journal.search(query)
    assert HIGHLIGHT_START + "rollback" in hit.snippet
    assert hit.snippet.count(HIGHLIGHT_START) == hit.snippet.count(HIGHLIGHT_END)
    assert len(hit.snippet.split()) <= SNIPPET_WORDS
    assert hit.snippet.startswith("…")


def test_snippet_of_closes_a_match_it_cuts_and_marks_what_it_left_out() -> None:
    marked = " ".join(["a"] * 30) + f" {HIGHLIGHT_START}x " + " ".join(["b"] * 30) + HIGHLIGHT_END
    snippet = snippet_of(marked, words=8)
    assert snippet.startswith("…") and snippet.endswith(HIGHLIGHT_END + "…")
    assert snippet.count(HIGHLIGHT_START) == snippet.count(HIGHLIGHT_END) == 1
    assert len(snippet.split()) == 8
