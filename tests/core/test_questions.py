from __future__ import annotations

from interview_journal.core.questions import COWORKER_CATEGORY
from interview_journal.core.services import Services


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
