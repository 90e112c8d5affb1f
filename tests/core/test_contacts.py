"""Contacts: the stay-in-touch rule, validation, listing and history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from interview_journal.core.contacts import stay_in_touch_due
from interview_journal.core.errors import ValidationError
from interview_journal.core.services import Services
from interview_journal.storage.tables import (
    Application,
    Interaction,
    InterviewRound,
    Person,
    RoundAttendee,
)

T0 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


# ------------------------------------------------------------------- the rule
def test_due_counts_from_the_last_contact() -> None:
    last = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    assert stay_in_touch_due(last, 30, T0) == datetime(2026, 3, 31, 12, 0, tzinfo=UTC)


def test_due_counts_from_creation_when_never_contacted() -> None:
    assert stay_in_touch_due(None, 90, T0) == T0 + timedelta(days=90)


@pytest.mark.parametrize("cadence", [None, 0])
def test_no_cadence_no_reminder(cadence: int | None) -> None:
    assert stay_in_touch_due(T0, cadence, T0) is None


def test_marking_contacted_moves_the_next_date_on(services: Services) -> None:
    person = services.contacts.add("Ana", stay_in_touch_days=60)
    later = datetime(2027, 5, 1, tzinfo=UTC)  # long after any search ended
    marked = services.contacts.mark_contacted(person.id, now=later)
    assert marked.last_contact_at == later
    row = services.contacts.contact(person.id)
    assert row.next_due == later + timedelta(days=60)


# ----------------------------------------------------------------- validation
def test_add_keeps_every_field(services: Services) -> None:
    acme = services.research.add_company("Acme")
    person = services.contacts.add(
        "  Ana   Ruiz ",
        company_id=acme.id,
        kind="recruiter",
        title="Talent partner",
        email="ana@acme.example",
        phone="+34 600 000 000",
        profile_url="https://www.linkedin.com/in/ana",
        connected=True,
        stay_in_touch_days=90,
        notes="Met at the meetup",
    )
    stored = services.journal.get(Person, person.id)
    assert stored.name == "Ana Ruiz"
    assert (stored.kind, stored.email, stored.connected) == ("recruiter", "ana@acme.example", True)
    assert stored.stay_in_touch_days == 90


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": "ana.example.com"}, "does not look like an email"),
        ({"email": "ana@example"}, "does not look like an email"),
        ({"email": "a@b@c.com"}, "does not look like an email"),
        ({"profile_url": "javascript:alert(1)"}, "must be a web address"),
        ({"profile_url": "ftp://files.example.com/cv"}, "must be a web address"),
        ({"profile_url": "ftp:files.example.com"}, "must be a web address"),
        ({"profile_url": "mailto:ana@example.com"}, "must be a web address"),
        ({"profile_url": "linkedin"}, "must be a web address"),
        ({"stay_in_touch_days": 0}, "1 to 730"),
        ({"stay_in_touch_days": 731}, "1 to 730"),
        ({"kind": "boss"}, "not a kind of contact"),
        ({"notes": "x" * 10_000_001}, "limit is"),
    ],
)
def test_refusals_write_nothing(services: Services, fields: dict[str, Any], message: str) -> None:
    person = services.contacts.add("Ana")
    with pytest.raises(ValidationError, match=message):
        services.contacts.update(person.id, name="Changed", **fields)
    assert services.journal.get(Person, person.id).name == "Ana"
    with pytest.raises(ValidationError):
        services.contacts.add("Bo", **fields)
    assert services.journal.count(Person) == 1


def test_a_name_is_required(services: Services) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        services.contacts.add("   ")


def test_unusual_text_is_kept_as_typed(services: Services) -> None:
    names = ["Zoë 🚀", "مريم الحسن", "Robert'); DROP TABLE person;--"]
    for name in names:
        services.contacts.add(name, notes=name)
    assert sorted(row.person.name for row in services.contacts.contacts()) == sorted(names)
    assert [row.person.name for row in services.contacts.contacts("drop table")] == [names[2]]


def test_clearing_email_and_cadence_is_allowed(services: Services) -> None:
    person = services.contacts.add("Ana", email="ana@x.io", stay_in_touch_days=30)
    updated = services.contacts.update(person.id, email="", stay_in_touch_days=None)
    assert (updated.email, updated.stay_in_touch_days) == ("", None)


# -------------------------------------------------------------------- listing
def test_list_filters_and_names_companies(services: Services) -> None:
    acme = services.research.add_company("Acme")
    services.contacts.add("Ana", company_id=acme.id, kind="recruiter")
    services.contacts.add("Bo", kind="interviewer")
    rows = services.contacts.contacts()
    assert [(r.person.name, r.company_name) for r in rows] == [("Ana", "Acme"), ("Bo", "")]
    assert [r.person.name for r in services.contacts.contacts("acme")] == ["Ana"]
    assert [r.person.name for r in services.contacts.contacts(company_id=acme.id)] == ["Ana"]
    assert [r.person.name for r in services.contacts.contacts(kind="interviewer")] == ["Bo"]


def test_due_only_lists_people_to_get_in_touch_with(services: Services) -> None:
    due = services.contacts.add("Due", stay_in_touch_days=30)
    services.contacts.mark_contacted(due.id, now=T0)
    fresh = services.contacts.add("Fresh", stay_in_touch_days=30)
    services.contacts.mark_contacted(fresh.id, now=T0 + timedelta(days=25))
    services.contacts.add("Never", stay_in_touch_days=None)
    now = T0 + timedelta(days=31)
    assert [r.person.name for r in services.contacts.contacts(due_only=True, now=now)] == ["Due"]


def test_deleting_a_company_keeps_its_people(services: Services) -> None:
    acme = services.research.add_company("Acme")
    person = services.contacts.add("Ana", company_id=acme.id)
    services.research.delete_company(acme.id)
    assert services.contacts.contact(person.id).company_name == ""


# -------------------------------------------------------------------- history
def test_history_lists_interactions_and_rounds_newest_first(services: Services) -> None:
    acme = services.research.add_company("Acme")
    app = services.journal.add(Application(company_id=acme.id, role="Engineer"))
    person = services.contacts.add("Ana", company_id=acme.id)
    interview = services.journal.add(
        InterviewRound(application_id=app.id, kind="second", scheduled_at=T0)
    )
    services.journal.add(
        RoundAttendee(round_id=interview.id, person_id=person.id, role_in_round="Lead")
    )
    services.journal.add(
        Interaction(
            application_id=app.id,
            person_id=person.id,
            direction="in",
            kind="scheduling",
            occurred_at=T0 - timedelta(days=3),
            summary="Invited me to the second round",
        )
    )
    services.journal.add(InterviewRound(application_id=app.id))  # Ana was not there
    history = services.contacts.history(person.id)
    assert [item.source for item in history] == ["round", "interaction"]
    assert history[0].title == "Second interview"
    assert "Lead" in history[0].detail and "Acme — Engineer" in history[0].detail
    assert history[1].title == "Invited me to the second round"
    assert history[1].application_id == app.id


def test_delete(services: Services) -> None:
    person = services.contacts.add("Ana")
    services.contacts.delete(person.id)
    assert services.contacts.contacts() == []


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("linkedin.com/in/rana", "https://linkedin.com/in/rana"),
        ("www.linkedin.com/in/rana", "https://www.linkedin.com/in/rana"),
        ("  example.com:8080/me ", "https://example.com:8080/me"),
        ("http://example.com/me", "http://example.com/me"),
    ],
)
def test_a_link_without_its_scheme_gets_https(services: Services, typed: str, stored: str) -> None:
    person = services.contacts.add("Rana", profile_url=typed)
    assert services.journal.get(Person, person.id).profile_url == stored
    updated = services.contacts.update(person.id, profile_url=typed)
    assert updated.profile_url == stored


def test_refusals_name_each_refused_field_and_write_nothing(services: Services) -> None:
    person = services.contacts.add("Ana")
    refused = services.contacts.refusals(
        name=" ", phone="+34 600", profile_url="ftp://x.org", email="nope", stay_in_touch_days=30
    )
    assert set(refused) == {"name", "profile_url", "email"}
    assert "web address" in refused["profile_url"] and "email" in refused["email"]
    assert services.journal.get(Person, person.id).phone == ""
