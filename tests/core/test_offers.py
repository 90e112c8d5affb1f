"""Offers: the deadline reminder rule, validation, the timeline and the comparison."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from interview_journal.core.errors import ValidationError
from interview_journal.core.offers import (
    OFFER_OPEN_STATUSES,
    days_to_deadline,
    offer_reminder_due,
)
from interview_journal.core.services import Services
from interview_journal.core.vocabulary import OFFER_STATUSES
from interview_journal.storage.tables import Application, Offer, TimelineEvent


def _application(services: Services, company: str, role: str = "Engineer") -> Application:
    found = services.research.find_company(company)
    company_record = found or services.research.add_company(company)
    return services.journal.add(Application(company_id=company_record.id, role=role))


# ------------------------------------------------------------------ the rules
def test_reminder_comes_notice_days_before_the_deadline() -> None:
    assert offer_reminder_due(date(2026, 12, 4), "received", 3) == date(2026, 12, 1)
    assert offer_reminder_due(date(2026, 12, 4), "negotiating", 0) == date(2026, 12, 4)


@pytest.mark.parametrize("status", ["accepted", "declined", "expired"])
def test_decided_offers_need_no_reminder(status: str) -> None:
    assert offer_reminder_due(date(2026, 12, 4), status, 3) is None


def test_no_deadline_no_reminder() -> None:
    assert offer_reminder_due(None, "received", 3) is None


def test_open_statuses_are_known_statuses() -> None:
    assert set(OFFER_STATUSES) >= OFFER_OPEN_STATUSES
    assert {"accepted", "declined", "expired"}.isdisjoint(OFFER_OPEN_STATUSES)


def test_days_to_deadline() -> None:
    today = date(2026, 11, 22)
    assert days_to_deadline(date(2026, 11, 29), today) == 7
    assert days_to_deadline(date(2026, 11, 20), today) == -2
    assert days_to_deadline(None, today) is None


# ----------------------------------------------------------------- recording
def test_add_records_an_offer_event(services: Services) -> None:
    app = _application(services, "Acme")
    offer = services.offers.add(
        app.id,
        base_salary=72_000,
        currency="eur",
        bonus="10% target",
        equity="",
        benefits="30 days off",
        start_date=date(2027, 1, 4),
        deadline=date(2026, 11, 30),
        location="Lyon, hybrid",
        negotiation_notes="Ask for 78k",
    )
    stored = services.journal.get(Offer, offer.id)
    assert (stored.currency, stored.base_salary, stored.location) == (
        "EUR",
        72_000.0,
        "Lyon, hybrid",
    )
    events = services.journal.records(TimelineEvent, kind="offer")
    assert [(e.title, e.detail, e.application_id) for e in events] == [
        ("Offer — Acme", "72,000 EUR", app.id)
    ]


def test_a_deadline_in_the_past_is_accepted(services: Services) -> None:
    app = _application(services, "Acme")
    offer = services.offers.add(app.id, deadline=date(2020, 1, 1))
    assert offer.deadline == date(2020, 1, 1)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"base_salary": -1}, "cannot be negative"),
        ({"base_salary": 100_000_000}, "under 100,000,000"),
        ({"base_salary": float("nan")}, "must be a number"),
        ({"base_salary": float("inf")}, "under 100,000,000"),
        ({"base_salary": float("-inf")}, "cannot be negative"),
        ({"base_salary": 10**400}, "under 100,000,000"),
        ({"start_date": date(1899, 12, 31)}, "between the years 1900 and 2199"),
        ({"deadline": date(2200, 1, 1)}, "between the years 1900 and 2199"),
        ({"currency": "EURO"}, "three letters"),
        ({"currency": "€"}, "three letters"),
        ({"status": "maybe"}, "not an offer status"),
        ({"negotiation_notes": "n" * 10_000_001}, "limit is"),
        ({"deadline": "2026-12-01"}, "must be a date"),
    ],
)
def test_refusals_write_nothing(services: Services, fields: dict[str, Any], message: str) -> None:
    app = _application(services, "Acme")
    with pytest.raises(ValidationError, match=message):
        services.offers.add(app.id, **fields)
    assert services.journal.count(Offer) == 0
    assert services.journal.count(TimelineEvent, kind="offer") == 0
    offer = services.offers.add(app.id, base_salary=50_000)
    with pytest.raises(ValidationError, match=message):
        services.offers.update(offer.id, bonus="changed", **fields)
    assert services.journal.get(Offer, offer.id).bonus == ""


def test_unusual_text_is_kept(services: Services) -> None:
    app = _application(services, "Acme")
    text = "مزايا 🚀 '); DROP TABLE offer;--"
    offer = services.offers.add(app.id, benefits=text, negotiation_notes=text)
    assert services.journal.get(Offer, offer.id).benefits == text


def test_set_status_and_open_filter(services: Services) -> None:
    first = services.offers.add(_application(services, "Acme").id)
    second = services.offers.add(_application(services, "Beta").id)
    services.offers.set_status(first.id, "declined")
    assert [row.id for row in services.offers.offers(include_decided=False)] == [second.id]
    assert [row.id for row in services.offers.offers()] == [second.id, first.id]
    with pytest.raises(ValidationError):
        services.offers.set_status(first.id, "lost")


def test_delete(services: Services) -> None:
    offer = services.offers.add(_application(services, "Acme").id)
    services.offers.delete(offer.id)
    assert services.offers.offers() == []


# ---------------------------------------------------------------- comparison
def test_comparison_puts_fit_next_to_each_offer(services: Services) -> None:
    work, people, *_ = services.fit.criteria()
    acme_app = _application(services, "Acme", "Backend engineer")
    beta_app = _application(services, "Beta", "Platform engineer")
    services.fit.set_score(acme_app.company_id, work.id, 5)
    services.fit.set_score(acme_app.company_id, people.id, 4)
    services.fit.set_score(beta_app.company_id, work.id, 2)
    services.offers.add(acme_app.id, base_salary=70_000, currency="EUR", deadline=date(2026, 12, 1))
    services.offers.add(beta_app.id, base_salary=80_000, currency="EUR")
    services.offers.add(_application(services, "Gamma").id)
    rows = services.offers.comparison(today=date(2026, 11, 22))
    assert [row.company_name for row in rows] == ["Acme", "Beta", "Gamma"]
    acme, beta, gamma = rows
    assert acme.fit == 4.5 and acme.role == "Backend engineer"
    assert 0 < acme.fit_coverage < 1
    assert acme.days_to_deadline == 9
    assert beta.fit == 2.0 and beta.days_to_deadline is None
    assert gamma.fit is None and gamma.fit_coverage == 0


def test_decided_offers_compare_after_open_ones(services: Services) -> None:
    work, *_ = services.fit.criteria()
    best = _application(services, "Best")
    services.fit.set_score(best.company_id, work.id, 5)
    decided = services.offers.add(best.id)
    services.offers.set_status(decided.id, "declined")
    services.offers.add(_application(services, "Other").id)
    assert [row.company_name for row in services.offers.comparison()] == ["Other", "Best"]


def test_applications_for_the_picker(services: Services) -> None:
    _application(services, "Beta", "B")
    _application(services, "acme", "A")
    assert [(c.company_name, c.role) for c in services.offers.applications()] == [
        ("acme", "A"),
        ("Beta", "B"),
    ]
