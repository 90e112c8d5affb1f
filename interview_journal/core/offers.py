"""Offers: structured, compared side by side with each company's fit.

Several offers give leverage; the comparison puts each one's money, terms and deadline
next to how well the company fits, on the scorecard's 1–5 scale. The reminder before a
deadline is derived (:func:`offer_reminder_due`), never stored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from interview_journal.core import i18n, validation
from interview_journal.core.activity import checked_day
from interview_journal.core.errors import ValidationError
from interview_journal.core.events import new_event
from interview_journal.core.fit import FitService, fit_of
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.core.vocabulary import OFFER_STATUSES
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    Application,
    Company,
    FitScore,
    Offer,
    utc_now,
)

# An offer still waiting for the user's answer; the others are decided.
OFFER_OPEN_STATUSES: frozenset[str] = frozenset({"received", "negotiating"})
SALARY_LIMIT = 100_000_000
OFFER_TEXT_FIELDS = ("bonus", "equity", "benefits", "location")


# ------------------------------------------------------------------ the rules
def offer_reminder_due(deadline: date | None, status: str, notice_days: int) -> date | None:
    """The day to be reminded of an open offer: ``notice_days`` before its deadline.

    None when there is no deadline or the offer is decided (accepted, declined, expired).
    """
    if deadline is None or status not in OFFER_OPEN_STATUSES:
        return None
    try:
        return deadline - timedelta(days=max(notice_days, 0))
    except OverflowError:  # a deadline in the first days of year 1 (an old import)
        return date.min


def days_to_deadline(deadline: date | None, today: date) -> int | None:
    """Whole days from ``today`` to the deadline; negative once it has passed."""
    return None if deadline is None else (deadline - today).days


def valid_salary(
    value: float | None, what: str = QT_TRANSLATE_NOOP("Validation", "base salary")
) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            translate("Validation", "The {what} must be a number.").format(
                what=validation.field_name(what)
            )
        )
    if isinstance(value, int) and abs(value) >= SALARY_LIMIT:
        # Checked before float(): an int past 1e308 does not convert at all.
        number = math.inf if value > 0 else -math.inf
    else:
        number = float(value)
    if math.isnan(number):
        raise ValidationError(
            translate("Validation", "The {what} must be a number.").format(
                what=validation.field_name(what)
            )
        )
    if number < 0:
        raise ValidationError(
            translate("Validation", "The {what} cannot be negative.").format(
                what=validation.field_name(what)
            )
        )
    if number >= SALARY_LIMIT:
        raise ValidationError(
            translate("Validation", "The {what} must be under {limit}.").format(
                what=validation.field_name(what), limit=i18n.number(int(SALARY_LIMIT))
            )
        )
    return number


def valid_currency(value: str) -> str:
    cleaned = value.strip().upper()
    if cleaned and (len(cleaned) != 3 or not cleaned.isascii() or not cleaned.isalpha()):
        raise ValidationError(
            translate(
                "Offers",
                "“{value}” is not a currency code: use three letters, like EUR, USD or GBP.",
            ).format(value=value.strip())
        )
    return cleaned


def valid_status(value: str) -> str:
    return validation.one_of(
        value, OFFER_STATUSES, QT_TRANSLATE_NOOP("Validation", "an offer status")
    )


def format_money(amount: float | None, currency: str) -> str:
    if amount is None:
        return ""
    text = f"{amount:,.0f}"
    return f"{text} {currency}" if currency else text


@dataclass(frozen=True)
class OfferRow:
    """One offer with the names the list shows."""

    offer: Offer
    company_id: str
    company_name: str
    role: str

    @property
    def id(self) -> str:
        return self.offer.id


@dataclass(frozen=True)
class OfferComparisonRow:
    """One offer in the side-by-side comparison."""

    offer_id: str
    application_id: str
    company_id: str
    company_name: str
    role: str
    base_salary: float | None
    currency: str
    bonus: str
    equity: str
    benefits: str
    start_date: date | None
    deadline: date | None
    days_to_deadline: int | None
    location: str
    status: str
    # The company's weighted fit (1 to 5), None while unscored, and the share of weight scored.
    fit: float | None
    fit_coverage: float

    @property
    def is_open(self) -> bool:
        return self.status in OFFER_OPEN_STATUSES


@dataclass(frozen=True)
class ApplicationChoice:
    """An application an offer can belong to, for the form's picker."""

    application_id: str
    company_id: str
    company_name: str
    role: str
    closed: bool


class OfferService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    # ------------------------------------------------------------------ reads
    def offers(self, include_decided: bool = True) -> list[OfferRow]:
        """Every offer, open ones first, then by deadline (none last), then company."""
        offers = self.journal.records(Offer)
        if not include_decided:
            offers = [offer for offer in offers if offer.status in OFFER_OPEN_STATUSES]
        applications = self.journal.records_by_id(Application, (o.application_id for o in offers))
        companies = self.journal.records_by_id(
            Company, {a.company_id for a in applications.values()}
        )
        rows = []
        for offer in offers:
            application = applications.get(offer.application_id)
            company = companies.get(application.company_id) if application is not None else None
            rows.append(
                OfferRow(
                    offer,
                    company.id if company is not None else "",
                    company.name if company is not None else "",
                    application.role if application is not None else "",
                )
            )
        rows.sort(
            key=lambda row: (
                row.offer.status not in OFFER_OPEN_STATUSES,
                row.offer.deadline is None,
                row.offer.deadline or date.max,
                row.company_name.casefold(),
            )
        )
        return rows

    def offer(self, offer_id: str) -> Offer:
        return self.journal.get(Offer, offer_id)

    def applications(self) -> list[ApplicationChoice]:
        """Every application, by company then role, for choosing whose offer it is."""
        applications = self.journal.records(Application)
        companies = self.journal.records_by_id(Company, {a.company_id for a in applications})
        choices = [
            ApplicationChoice(
                application.id,
                application.company_id,
                companies[application.company_id].name
                if application.company_id in companies
                else "",
                application.role,
                application.closed_at is not None,
            )
            for application in applications
        ]
        choices.sort(key=lambda c: (c.company_name.casefold(), c.role.casefold()))
        return choices

    def comparison(self, today: date | None = None) -> list[OfferComparisonRow]:
        """Every offer with its company's fit: open offers first, best fit first among them."""
        day = today or utc_now().astimezone().date()
        fit = FitService(self.journal)
        criteria = fit.criteria()
        rows = self.offers()
        company_ids = {row.company_id for row in rows if row.company_id}
        # One read of every score (a few thousand small rows at most), not one per offer.
        scores: dict[str, dict[str, int]] = {}
        for record in self.journal.records(FitScore):
            if record.company_id in company_ids:
                scores.setdefault(record.company_id, {})[record.criterion_id] = record.score
        result = []
        for row in rows:
            offer = row.offer
            weighted, share = fit_of(criteria, scores.get(row.company_id, {}))
            result.append(
                OfferComparisonRow(
                    offer.id,
                    offer.application_id,
                    row.company_id,
                    row.company_name,
                    row.role,
                    offer.base_salary,
                    offer.currency,
                    offer.bonus,
                    offer.equity,
                    offer.benefits,
                    offer.start_date,
                    offer.deadline,
                    days_to_deadline(offer.deadline, day),
                    offer.location,
                    offer.status,
                    weighted,
                    share,
                )
            )
        result.sort(
            key=lambda r: (
                not r.is_open,
                r.fit is None,
                -(r.fit or 0.0),
                r.company_name.casefold(),
            )
        )
        return result

    # ----------------------------------------------------------------- writes
    def add(self, application_id: str, **fields: Any) -> Offer:
        """Record an offer for an application, and put it on the timeline."""
        application = self.journal.get(Application, application_id)
        company = self.journal.get(Company, application.company_id)
        offer = Offer(application_id=application_id)
        for name, value in self._fields(fields).items():
            setattr(offer, name, value)
        event = new_event(
            "offer",
            f"Offer — {company.name}",
            detail=format_money(offer.base_salary, offer.currency),
            company_id=company.id,
            application_id=application_id,
            subject_table="offer",
            subject_id=offer.id,
            occurred_at=utc_now(),
        )
        # One commit: the offer and its timeline entry, or neither.
        self.journal.add_all([offer, event])
        return offer

    def update(self, offer_id: str, **fields: Any) -> Offer:
        """Change some fields; every one is checked before anything is written."""
        changes = self._fields(fields)
        if "application_id" in fields:
            changes["application_id"] = self.journal.get(
                Application, str(fields["application_id"])
            ).id
        if not changes:
            return self.journal.get(Offer, offer_id)
        return self.journal.update(Offer, offer_id, **changes)

    def set_status(self, offer_id: str, status: str) -> Offer:
        """Accept, decline, mark expired or negotiating; moving the process is the pipeline's."""
        return self.journal.update(Offer, offer_id, status=valid_status(status))

    def delete(self, offer_id: str) -> None:
        self.journal.delete(Offer, offer_id)

    @staticmethod
    def _fields(fields: dict[str, Any]) -> dict[str, Any]:
        cleaned: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "application_id":
                continue
            if key == "base_salary":
                cleaned[key] = valid_salary(value)
            elif key == "currency":
                cleaned[key] = valid_currency(str(value))
            elif key in OFFER_TEXT_FIELDS:
                cleaned[key] = validation.short_text(str(value), key)
            elif key == "negotiation_notes":
                cleaned[key] = validation.long_text(
                    str(value), QT_TRANSLATE_NOOP("Validation", "negotiation notes")
                )
            elif key in ("start_date", "deadline"):
                # A datetime is a date too; keep only its day.
                cleaned[key] = checked_day(value, key.replace("_", " "))
            elif key == "status":
                cleaned[key] = valid_status(str(value))
            else:
                raise ValueError(f"unknown offer field {key!r}")
        return cleaned
