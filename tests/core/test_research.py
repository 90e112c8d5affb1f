from __future__ import annotations

from datetime import date

import pytest

from interview_journal.core.errors import ValidationError
from interview_journal.core.services import Services
from interview_journal.storage.tables import Company, TimelineEvent


def test_company_name_is_trimmed_and_required(services: Services) -> None:
    assert services.research.add_company("  Acme   Robotics ").name == "Acme Robotics"
    with pytest.raises(ValidationError, match="needs a name"):
        services.research.add_company("   ")
    assert services.journal.count(Company) == 1


def test_huge_paste_is_refused_and_nothing_changes(services: Services) -> None:
    company = services.research.add_company("Acme")
    with pytest.raises(ValidationError, match="limit"):
        services.research.add_note(company.id, "values", body="x" * 10_000_000)
    assert services.research.notes(company.id) == []


def test_note_keeps_topic_source_and_date_and_lands_on_timeline(services: Services) -> None:
    company = services.research.add_company("Acme")
    services.research.add_note(
        company.id,
        "day_to_day",
        title="Standups",
        body="**short**",
        source="Conversation with a team lead",
        source_date=date(2026, 5, 4),
    )
    [note] = services.research.notes(company.id)
    assert (note.topic, note.source_date) == ("day_to_day", date(2026, 5, 4))
    kinds = {event.kind for event in services.journal.records(TimelineEvent)}
    assert kinds == {"company_added", "research"}


def test_own_topics_are_kept_as_typed(services: Services) -> None:
    company = services.research.add_company("Acme")
    note = services.research.add_note(company.id, "On-call  rota")
    assert note.topic == "On-call rota"


def test_unusual_text_is_stored_exactly(services: Services) -> None:
    text = "שלום 👋 'Robert'); DROP TABLE company;-- \"quoted\""
    company = services.research.add_company("Acme")
    note = services.research.add_note(company.id, "values", body=text)
    assert services.research.notes(company.id)[0].body == text == note.body


def test_company_summaries_count_notes(services: Services) -> None:
    acme = services.research.add_company("Acme")
    services.research.add_company("Borealis")
    services.research.add_note(acme.id, "values")
    counts = {s.company.name: s.note_count for s in services.research.companies()}
    assert counts == {"Acme": 1, "Borealis": 0}
