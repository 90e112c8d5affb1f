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


def test_links_list_processes_newest_first_and_people_by_name(services: Services) -> None:
    from datetime import UTC, datetime

    from interview_journal.storage.tables import (
        Application,
        InterviewRound,
        Person,
        PipelineStage,
    )

    journal = services.journal
    acme = services.research.add_company("Acme")
    other = services.research.add_company("Other")
    stage = journal.add(PipelineStage(name="Interviewing"))
    older = journal.add(
        Application(
            company_id=acme.id,
            role="Analyst",
            created_at=datetime(2026, 1, 1, tzinfo=UTC),
            closed_at=datetime(2026, 2, 1, tzinfo=UTC),
        )
    )
    newer = journal.add(
        Application(
            company_id=acme.id,
            role="Engineer",
            stage_id=stage.id,
            applied_at=datetime(2026, 3, 1, tzinfo=UTC),
            created_at=datetime(2026, 3, 1, tzinfo=UTC),
        )
    )
    journal.add(Application(company_id=other.id, role="Elsewhere"))
    journal.add_all([InterviewRound(application_id=newer.id) for _ in range(2)])
    journal.add_all(
        [
            Person(name="Zoe Field", company_id=acme.id, kind="recruiter"),
            Person(name="Ana Brook", company_id=acme.id, kind="interviewer"),
            Person(name="Not here", company_id=other.id),
        ]
    )

    links = services.research.links(acme.id)

    assert [(p.role, p.stage, p.rounds, p.closed) for p in links.processes] == [
        ("Engineer", "Interviewing", 2, False),
        ("Analyst", "", 0, True),
    ]
    assert links.processes[0].application_id == newer.id
    assert links.processes[1].application_id == older.id
    assert [person.name for person in links.people] == ["Ana Brook", "Zoe Field"]


def test_last_activity_counts_timeline_events_but_not_future_ones(services: Services) -> None:
    from datetime import UTC, datetime, timedelta

    from interview_journal.core.events import record_event
    from interview_journal.storage.tables import utc_now

    long_ago = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    company = services.journal.add(Company(name="Acme", created_at=long_ago, updated_at=long_ago))
    [before] = services.research.companies()
    assert before.last_activity == long_ago

    called = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
    record_event(services.journal, "note", "Called them", company_id=company.id, occurred_at=called)
    [after_call] = services.research.companies()
    assert after_call.last_activity == called

    in_a_month = utc_now() + timedelta(days=30)
    record_event(
        services.journal, "round_scheduled", "Next", company_id=company.id, occurred_at=in_a_month
    )
    [after_plan] = services.research.companies()
    assert called < after_plan.last_activity <= utc_now()
