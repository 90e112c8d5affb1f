"""Searching within research: hits resolve to their company, matches stay marked."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_journal.core.search import QUERY_MAX_CHARS, ResearchHit
from interview_journal.core.services import Services
from interview_journal.storage.search import HIGHLIGHT_END, HIGHLIGHT_START
from interview_journal.storage.tables import FitCriterion, FitScore

START, END = HIGHLIGHT_START, HIGHLIGHT_END


@pytest.fixture
def filled(services: Services) -> Services:
    acme = services.research.add_company(
        "Acme Robotics", industry="Warehouse robots", summary="Teams write c++ and node.js"
    )
    services.research.add_note(
        acme.id, "values", title="What they stand for", body="Honest about trade-offs."
    )
    services.research.add_note(acme.id, "team", body="Mentoring is taken seriously.\nMore.")
    criterion = services.journal.add(FitCriterion(name="Commute"))
    services.journal.add(
        FitScore(company_id=acme.id, criterion_id=criterion.id, score=4, evidence="Two days remote")
    )
    services.questions.add("How is mentoring organised?", category="team", company_id=acme.id)
    services.questions.add("Is mentoring paid time?", category="team")  # every company's
    return services


def _only(services: Services, query: str) -> ResearchHit:
    [hit] = services.search.research(query)
    return hit


def test_a_note_hit_names_its_company_topic_and_note(filled: Services) -> None:
    hit = _only(filled, "honest")
    [company] = filled.research.companies()
    note = next(n for n in filled.research.notes(company.company.id) if n.topic == "values")
    assert (hit.company_id, hit.company_name, hit.note_id) == (
        company.company.id,
        "Acme Robotics",
        note.id,
    )
    assert (hit.topic, hit.topic_label, hit.kind_label) == (
        "values",
        "Values",
        "Research note · Values",
    )
    assert hit.title == "What they stand for"
    assert hit.snippet == f"{START}Honest{END} about trade-offs."


def test_the_topic_the_index_prefixes_is_not_shown(filled: Services) -> None:
    hit = _only(filled, "seriously")
    assert hit.snippet.startswith("Mentoring is taken")
    assert hit.title == "Mentoring is taken seriously."  # no title: the first line stands in


def test_a_topic_that_alone_matched_is_shown_by_its_label(services: Services) -> None:
    acme = services.research.add_company("Acme")
    services.research.add_note(acme.id, "Hiring bar", body="Two interviews, then an offer.")
    services.research.add_note(acme.id, "growth", body="Growth is slow; hiring is frozen.")
    hit = _only(services, "bar")
    assert hit.kind_label == "Research note · Hiring bar"
    assert hit.snippet == f"{START}Hiring bar{END} · Two interviews, then an offer."
    frozen = _only(services, "growth frozen")
    assert frozen.snippet == f"{START}Growth{END} is slow; hiring is {START}frozen{END}."


def test_company_profile_and_fit_evidence_are_research(filled: Services) -> None:
    company = _only(filled, "acme")
    assert (company.kind_label, company.note_id, company.title) == (
        "Company profile",
        "",
        f"{START}Acme{END} Robotics",
    )
    fit = _only(filled, "remote")
    assert (fit.kind_label, fit.title, fit.company_name) == (
        "Fit evidence · 4 of 5",
        "Commute",
        "Acme Robotics",
    )


def test_only_company_questions_count_as_research(filled: Services) -> None:
    hits = filled.search.research("mentoring")
    kinds = sorted(hit.kind_label for hit in hits)
    assert kinds == ["Question to ask", "Research note · Team and people"]
    question = next(hit for hit in hits if hit.kind_label == "Question to ask")
    assert question.title == "Team and people"
    assert question.snippet == f"How is {START}mentoring{END} organised?"


def test_search_leaves_out_the_rest_of_the_journal(filled: Services) -> None:
    session = filled.live.start(company_name="Acme Robotics", kind="first")
    filled.live.add_attendee(session.round.id, "Honest Abe")
    assert [hit.kind_label for hit in filled.search.research("honest")] == [
        "Research note · Values"
    ]


def test_archived_companies_are_left_out_unless_asked(filled: Services) -> None:
    [summary] = filled.research.companies()
    filled.journal.update(type(summary.company), summary.company.id, archived=True)
    assert filled.search.research("honest") == []
    assert len(filled.search.research("honest", include_archived=True)) == 1


def test_global_questions_do_not_crowd_out_research(services: Services) -> None:
    acme = services.research.add_company("Acme")
    for number in range(12):
        services.questions.add(f"Salary question number {number}?")
    services.research.add_note(acme.id, "compensation", body="salary bands are public")
    [hit] = services.search.research("salary", limit=5)
    assert hit.kind_label == "Research note · Compensation"


def test_limit_is_respected(services: Services) -> None:
    acme = services.research.add_company("Acme")
    for number in range(8):
        services.research.add_note(acme.id, "other", body=f"benefit {number}")
    assert len(services.search.research("benefit", limit=3)) == 3
    assert services.search.research("benefit", limit=0) == []


@pytest.mark.parametrize(
    "typed",
    [
        "c++",
        "node.js",
        "O'Reilly",
        "AND",
        "OR NOT NEAR",
        "a\x00b",
        "🙂 emoji",
        "שלום עולם",
        "مرحبا",
        '"unclosed phrase',
        "***",
        "(",
        "col:umn",
        "^start",
        "",
    ],
)
def test_any_text_is_safe(filled: Services, typed: str) -> None:
    assert isinstance(filled.search.research(typed), list)


def test_user_syntax_characters_find_the_words(filled: Services) -> None:
    assert _only(filled, "c++").kind_label == "Company profile"
    assert _only(filled, "node.js").kind_label == "Company profile"
    assert len(filled.search.research("mentor*")) == 2
    assert filled.search.research("mentor") == []  # a prefix only when asked for


def test_a_huge_paste_is_cut_and_still_searches(filled: Services) -> None:
    huge = "honest " + "x" * (10 * 1024 * 1024)
    assert len(huge) > QUERY_MAX_CHARS
    assert [hit.kind_label for hit in filled.search.research(huge)] == ["Research note · Values"]


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text())
def test_property_any_text_returns_resolved_hits(filled: Services, typed: str) -> None:
    for hit in filled.search.research(typed):
        assert hit.company_name == "Acme Robotics"
        assert hit.title.count(START) == hit.title.count(END)
