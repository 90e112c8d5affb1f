"""Two machines: a journal copied to a second laptop, edited on both, merged back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from interview_journal.core.export import export_json
from interview_journal.core.import_json import import_json
from interview_journal.core.pipeline import PipelineService
from interview_journal.core.research import ResearchService
from interview_journal.core.sample import generate_sample
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    DOMAIN_TABLES,
    Application,
    Company,
    Person,
    ResearchNote,
    TimelineEvent,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _counts(journal: Journal) -> dict[str, int]:
    return {str(model.__tablename__): journal.count(model) for model in DOMAIN_TABLES}


def _edit(journal: Journal, model: type[SQLModel], record_id: str, when: datetime, **changes):
    record = journal.get(model, record_id)
    for name, value in changes.items():
        setattr(record, name, value)
    record.updated_at = when
    journal.add(record)


@pytest.fixture
def machines(tmp_path: Path) -> Iterator[tuple[Journal, Journal]]:
    laptop_a, laptop_b = Journal.in_memory(), Journal.in_memory()
    generate_sample(laptop_a, "small")
    PipelineService(laptop_a).stages()  # as the app does on start (records it seeded them)
    export_json(laptop_a, tmp_path / "a.json", now=NOW)
    import_json(laptop_b, tmp_path / "a.json", dry_run=False)
    yield laptop_a, laptop_b
    laptop_a.close()
    laptop_b.close()


def test_merging_the_second_laptop_brings_its_changes_and_duplicates_nothing(
    machines: tuple[Journal, Journal], tmp_path: Path
):
    laptop_a, laptop_b = machines
    assert _counts(laptop_b) == _counts(laptop_a)
    note = laptop_b.records(ResearchNote, order_by="id", limit=1)[0]
    company = laptop_b.get(Company, note.company_id)
    person = laptop_a.records(Person, order_by="id", limit=1)[0]
    shared, contested = laptop_a.records(Company, order_by="id", limit=2)

    # Laptop B: edits a note and adds an application (the "applied" entry comes with it).
    ResearchService(laptop_b).update_note(note.id, body="Edited on the second laptop.")
    application = PipelineService(laptop_b).add_application(
        company.id, "Staff engineer", NOW + timedelta(days=1)
    )
    # Laptop A: edits a contact B never touched.
    _edit(laptop_a, Person, person.id, NOW + timedelta(days=2), notes="Met again at a meetup.")
    # Both edit the same two companies; the later edit must win each time.
    _edit(laptop_a, Company, shared.id, NOW + timedelta(days=3), summary="A, later")
    _edit(laptop_b, Company, shared.id, NOW + timedelta(days=1), summary="B, earlier")
    _edit(laptop_a, Company, contested.id, NOW + timedelta(days=1), summary="A, earlier")
    _edit(laptop_b, Company, contested.id, NOW + timedelta(days=4), summary="B, later")

    before = _counts(laptop_a)
    export_json(laptop_b, tmp_path / "b.json", now=NOW)
    summary = import_json(laptop_a, tmp_path / "b.json", dry_run=False)

    expected = dict(before)
    expected["application"] += 1
    expected["timeline_event"] += 1
    assert _counts(laptop_a) == expected
    assert summary.counts("application").new == 1
    assert summary.counts("timeline_event").new == 1
    assert summary.counts("research_note").updated == 1
    assert summary.counts("company").updated == 1  # "B, later"
    assert summary.counts("company").kept_local == 1  # "A, later" stays
    assert summary.counts("person").kept_local == 1  # B's copy is older

    assert laptop_a.get(ResearchNote, note.id).body == "Edited on the second laptop."
    assert laptop_a.get(Application, application.id).role == "Staff engineer"
    assert laptop_a.count(TimelineEvent, application_id=application.id) == 1
    assert laptop_a.get(Person, person.id).notes == "Met again at a meetup."
    assert laptop_a.get(Company, shared.id).summary == "A, later"
    assert laptop_a.get(Company, contested.id).summary == "B, later"
    assert laptop_a.integrity_problems() == []

    # Merging back the other way leaves both laptops holding the very same journal.
    export_json(laptop_a, tmp_path / "a2.json", now=NOW)
    import_json(laptop_b, tmp_path / "a2.json", dry_run=False)
    export_json(laptop_b, tmp_path / "b2.json", now=NOW)
    assert (tmp_path / "b2.json").read_bytes() == (tmp_path / "a2.json").read_bytes()

    # And a second import of the same file changes nothing.
    again = import_json(laptop_a, tmp_path / "b.json", dry_run=False)
    assert again.changes == 0
    assert _counts(laptop_a) == expected
