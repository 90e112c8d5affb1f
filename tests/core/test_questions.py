from __future__ import annotations

import pytest

from interview_journal.core.errors import ValidationError
from interview_journal.core.questions import (
    COWORKER_CATEGORY,
    QUESTION_CATEGORIES,
    STARTER_QUESTIONS,
    category_label,
    round_label,
)
from interview_journal.core.services import Services
from interview_journal.storage.tables import Question


def _texts(services: Services, kind: str) -> list[tuple[str, bool]]:
    services.questions.ensure_starter_bank()
    session = services.live.start(kind=kind)
    return [
        (item.question.category, item.suggested)
        for item in services.questions.for_round(session.round.id, None)
    ]


def test_coworker_question_is_suggested_from_the_second_round_on(services: Services) -> None:
    assert (COWORKER_CATEGORY, True) in _texts(services, "second")
    assert (COWORKER_CATEGORY, True) in _texts(services, "final")
    assert all(category != COWORKER_CATEGORY for category, _ in _texts(services, "first"))


def test_starter_bank_is_written_once(services: Services) -> None:
    services.questions.ensure_starter_bank()
    count = len(services.journal.records(type(services.questions.add("Mine?"))))
    services.questions.ensure_starter_bank()
    assert len(services.journal.records(type(services.questions.add("Again?")))) == count + 1


def test_ticking_a_question_is_recorded_and_reversible(services: Services) -> None:
    services.questions.ensure_starter_bank()
    session = services.live.start(kind="first")
    first = services.questions.for_round(session.round.id, None)[0].question
    services.questions.set_asked(first.id, session.round.id, True)
    services.questions.set_asked(first.id, session.round.id, True)
    assert [q.asked for q in services.questions.for_round(session.round.id, None)].count(True) == 1
    services.questions.set_asked(first.id, session.round.id, False)
    assert not any(q.asked for q in services.questions.for_round(session.round.id, None))


def test_people_in_the_room_become_company_contacts(services: Services) -> None:
    session = services.live.start(company_name="Acme", kind="second")
    services.live.add_attendee(session.round.id, "Dana Okafor, engineering manager")
    services.live.add_attendee(session.round.id, "dana okafor")
    [attendee] = services.live.attendees(session.round.id)
    assert attendee.person.kind == "hiring_manager"
    assert attendee.person.company_id == session.company.id  # type: ignore[union-attr]


# ------------------------------------------------------------------ the bank


def _company(services: Services, name: str = "Acme") -> str:
    return services.research.add_company(name).id


def test_starter_categories_all_have_labels() -> None:
    assert {category for category, _, _ in STARTER_QUESTIONS} <= set(QUESTION_CATEGORIES)
    assert round_label("") == "Any round"
    assert round_label("second") == "Second interview"


def test_bank_holds_global_and_company_questions(services: Services) -> None:
    acme, other = _company(services), _company(services, "Other")
    services.questions.add("Global one?", category="team")
    own = services.questions.add("Only Acme?", category="team", company_id=acme)
    services.questions.add("Only Other?", company_id=other)
    assert [q.text for q in services.questions.bank()] == ["Global one?"]
    assert {q.text for q in services.questions.bank(acme)} == {"Global one?", "Only Acme?"}
    assert services.questions.bank(acme, include_global=False) == [own]


def test_bank_is_ordered_by_category_label_then_age(services: Services) -> None:
    services.questions.add("No category?")
    services.questions.add("Second team?", category="team")
    services.questions.add("Growth?", category="growth")
    services.questions.add("Third team?", category="Team and people")
    assert [q.text for q in services.questions.bank()] == [
        "Growth?",
        "Second team?",
        "Third team?",
        "No category?",
    ]


def test_bank_filters_by_category_and_round(services: Services) -> None:
    services.questions.ensure_starter_bank()
    second = services.questions.bank(round_kind="second")
    assert [q.category for q in second] == ["coworkers"]
    any_round = services.questions.bank(round_kind="")
    assert any_round and all(q.round_kind == "" for q in any_round)
    technical = services.questions.bank(category="technical", round_kind="technical")
    assert len(technical) == 2


def test_categories_are_cleaned_like_topics(services: Services) -> None:
    typed = services.questions.add("Q1?", category="  Work–life   balance ")
    own = services.questions.add("Q2?", category="  AI   ethics ")
    assert typed.category == "work_life"
    assert own.category == "AI ethics"
    assert category_label("AI ethics") == "AI ethics"
    assert category_label("day_to_day") == "Day-to-day work"
    assert ("AI ethics", "AI ethics") in services.questions.categories()


@pytest.mark.parametrize(
    ("text", "fields", "message"),
    [
        ("   ", {}, "The question is empty."),
        ("x" * 2_001, {}, "limit is 2,000"),
        ("Fine?", {"round_kind": "lunch"}, "“lunch” is not a kind of round"),
        ("Fine?", {"category": "c" * 201}, "limit is 200"),
    ],
)
def test_bad_questions_are_refused_and_nothing_is_written(
    services: Services, text: str, fields: dict[str, str], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        services.questions.add(text, **fields)
    assert services.journal.count(Question) == 0


def test_a_question_for_a_missing_company_is_refused(services: Services) -> None:
    with pytest.raises(Exception, match="no longer exists"):
        services.questions.add("Ghost?", company_id="no-such-company")
    assert services.journal.count(Question) == 0


def test_the_same_question_twice_is_refused(services: Services) -> None:
    acme = _company(services)
    services.questions.add("Who decides?")
    with pytest.raises(ValidationError, match="already in the bank"):
        services.questions.add("who  DECIDES?", company_id=acme)
    assert services.journal.count(Question) == 1


def test_update_changes_only_what_is_given(services: Services) -> None:
    question = services.questions.add("Old words?", category="team", round_kind="first")
    services.questions.update(question.id, round_kind="second")
    services.questions.update(question.id, text="  New   words? ")
    [stored] = services.questions.bank()
    assert (stored.text, stored.category, stored.round_kind) == ("New words?", "team", "second")
    services.questions.update(question.id, text="new words?")  # a change of case is fine


def test_a_bad_update_changes_nothing(services: Services) -> None:
    question = services.questions.add("Keep me?", category="team")
    with pytest.raises(ValidationError):
        services.questions.update(question.id, category="growth", round_kind="nope")
    [stored] = services.questions.bank()
    assert stored.category == "team"


def test_scope_moves_between_one_company_and_all(services: Services) -> None:
    acme = _company(services)
    question = services.questions.add("Anything?", company_id=acme)
    services.questions.move_to_company(question.id, None)
    assert [q.company_id for q in services.questions.bank()] == [None]
    services.questions.move_to_company(question.id, acme)
    assert services.questions.bank() == []
    assert [q.id for q in services.questions.bank(acme)] == [question.id]


def test_delete_removes_the_question_and_its_asked_marks(services: Services) -> None:
    question = services.questions.add("Gone soon?")
    session = services.live.start(kind="first")
    services.questions.set_asked(question.id, session.round.id, True)
    services.questions.delete(question.id)
    assert services.questions.bank() == []
    assert services.questions.for_round(session.round.id, None) == []
