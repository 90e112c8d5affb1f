"""Recruiters, interviewers and coworkers met: contacts that outlive a process.

The stay-in-touch reminder is derived, never stored: the next date follows from the last
contact and the cadence (:func:`stay_in_touch_due`), so marking a contact done simply
moves ``last_contact_at`` and the reminder carries on, also after the search has ended.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from interview_journal.core import validation
from interview_journal.core.activity import checked_moment
from interview_journal.core.errors import ValidationError
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.core.vocabulary import INTERACTION_KINDS, PERSON_KINDS, ROUND_KINDS, label
from interview_journal.storage.errors import JournalError
from interview_journal.storage.journal import Journal, utc
from interview_journal.storage.tables import (
    Application,
    Company,
    Interaction,
    InterviewRound,
    Person,
    RoundAttendee,
    utc_now,
)

CADENCE_MIN_DAYS = 1
CADENCE_MAX_DAYS = 730
PERSON_TEXT_FIELDS = ("title", "phone")


# ------------------------------------------------------------------ the rules
def stay_in_touch_due(
    last_contact_at: datetime | None, cadence_days: int | None, created_at: datetime
) -> datetime | None:
    """When to get in touch next: ``cadence_days`` after the last contact.

    None when there is no cadence; counted from ``created_at`` when never contacted, so a
    contact added today with a 90-day cadence is due in 90 days, not at once.
    """
    if not cadence_days or cadence_days <= 0:
        return None
    start = last_contact_at if last_contact_at is not None else created_at
    try:
        return start + timedelta(days=cadence_days)
    except OverflowError:  # a last contact in the year 9999 (an old import): never due
        return None


def valid_email(value: str) -> str:
    """A loose check: one @ and a dot somewhere after it. Mail clients judge the rest."""
    cleaned = validation.short_text(value, QT_TRANSLATE_NOOP("Validation", "email address"))
    if not cleaned:
        return ""
    local, at, domain = cleaned.partition("@")
    if (
        not at
        or not local
        or "@" in domain
        or "." not in domain
        or domain.startswith(".")
        or domain.endswith(".")
        or any(char.isspace() for char in cleaned)
    ):
        raise ValidationError(
            translate(
                "Contacts", "“{value}” does not look like an email address (like name@example.com)."
            ).format(value=validation.shown(cleaned))
        )
    return cleaned


# A scheme is letters before a colon, like "javascript:" or "ftp:"; a host with a port
# ("example.com:8080") has a dot before its colon, so it is not mistaken for one.
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
_CONTEXT = "Contacts"
NOT_A_WEB_ADDRESS = QT_TRANSLATE_NOOP(
    "Contacts",
    "The profile link must be a web address, like https://www.linkedin.com/in/… "
    "or linkedin.com/in/…",
)


def valid_profile_url(value: str) -> str:
    """A web address; one typed without its scheme (``linkedin.com/in/…``) gets ``https://``."""
    cleaned = validation.short_text(value, QT_TRANSLATE_NOOP("Validation", "profile link"))
    if not cleaned:
        return ""
    if any(char.isspace() for char in cleaned):
        raise ValidationError(translate("Contacts", "The profile link cannot contain spaces."))
    lowered = cleaned.lower()
    if lowered.startswith(("http://", "https://")):
        if len(cleaned.split("//", 1)[1]) < 3:
            raise ValidationError(translate(_CONTEXT, NOT_A_WEB_ADDRESS))
        return cleaned
    scheme = _SCHEME.match(lowered)
    if "://" in lowered or lowered.startswith("/") or (scheme and "." not in scheme.group(1)):
        # Another scheme (ftp:, javascript:, mailto:, file:) or a path on this computer.
        raise ValidationError(translate(_CONTEXT, NOT_A_WEB_ADDRESS))
    host = re.split(r"[/?#]", lowered, maxsplit=1)[0].split(":", 1)[0]
    labels = host.split(".")
    if len(labels) < 2 or not all(labels) or not all(re.fullmatch(r"[\w-]+", x) for x in labels):
        raise ValidationError(translate(_CONTEXT, NOT_A_WEB_ADDRESS))
    return validation.short_text(
        "https://" + cleaned, QT_TRANSLATE_NOOP("Validation", "profile link")
    )


def moved_last_contact(person: Person | None, moment: datetime) -> Person | None:
    """``person`` with its last contact moved up to ``moment``, ready to be written with
    the contact itself; None when nothing changes (a last contact never moves back)."""
    if person is None or (person.last_contact_at is not None and person.last_contact_at >= moment):
        return None
    person.last_contact_at, person.updated_at = moment, utc_now()
    return person


def valid_cadence(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            translate("Contacts", "The stay-in-touch cadence must be a whole number of days.")
        )
    if not CADENCE_MIN_DAYS <= value <= CADENCE_MAX_DAYS:
        raise ValidationError(
            translate(
                "Contacts", "Stay in touch every {first} to {last} days, or not at all."
            ).format(first=CADENCE_MIN_DAYS, last=CADENCE_MAX_DAYS)
        )
    return value


def valid_kind(value: str) -> str:
    return validation.one_of(
        value, PERSON_KINDS, QT_TRANSLATE_NOOP("Validation", "a kind of contact")
    )


# ---------------------------------------------------------------- plain rows
@dataclass(frozen=True)
class ContactRow:
    """One person as the contacts list shows them."""

    person: Person
    company_name: str
    last_contact_at: datetime | None
    next_due: datetime | None

    @property
    def id(self) -> str:
        return self.person.id

    def is_due(self, now: datetime) -> bool:
        return self.next_due is not None and self.next_due <= now


@dataclass(frozen=True)
class HistoryItem:
    """An interaction with the person, or a round they attended."""

    id: str
    source: str  # "interaction" or "round"
    occurred_at: datetime | None
    title: str
    detail: str
    application_id: str | None


class ContactService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    # ------------------------------------------------------------------ reads
    def contacts(
        self,
        query: str = "",
        company_id: str | None = None,
        *,
        kind: str | None = None,
        due_only: bool = False,
        now: datetime | None = None,
    ) -> list[ContactRow]:
        """Everyone in the journal by name, with company name and next stay-in-touch date.

        Two queries whatever the number of people: the people, then the companies.
        ``query`` matches name, role, email, phone, company and notes, ignoring case.
        """
        filters: dict[str, Any] = {}
        if company_id is not None:
            filters["company_id"] = company_id
        if kind is not None:
            filters["kind"] = kind
        people = self.journal.records(Person, order_by="name", **filters)
        company_ids = {person.company_id for person in people if person.company_id}
        names = {
            company.id: company.name
            for company in self.journal.records_by_id(Company, company_ids).values()
        }
        moment = utc(now or utc_now())
        needle = query.casefold().strip()
        rows = []
        for person in people:
            company_name = names.get(person.company_id or "", "")
            if needle:
                haystack = "\n".join(
                    (
                        person.name,
                        person.title,
                        person.email,
                        person.phone,
                        company_name,
                        person.notes,
                    )
                ).casefold()
                if needle not in haystack:
                    continue
            row = ContactRow(
                person,
                company_name,
                person.last_contact_at,
                stay_in_touch_due(
                    person.last_contact_at, person.stay_in_touch_days, person.created_at
                ),
            )
            if due_only and not row.is_due(moment):
                continue
            rows.append(row)
        return rows

    def contact(self, person_id: str) -> ContactRow:
        person = self.journal.get(Person, person_id)
        company = self.journal.find(Company, person.company_id) if person.company_id else None
        return ContactRow(
            person,
            company.name if company is not None else "",
            person.last_contact_at,
            stay_in_touch_due(person.last_contact_at, person.stay_in_touch_days, person.created_at),
        )

    def history(self, person_id: str) -> list[HistoryItem]:
        """Interactions with the person and rounds they attended, newest first."""
        self.journal.get(Person, person_id)
        interactions = self.journal.records(Interaction, person_id=person_id)
        attended = self.journal.records(RoundAttendee, person_id=person_id)
        rounds = self.journal.records_by_id(InterviewRound, (a.round_id for a in attended))
        application_ids = {i.application_id for i in interactions if i.application_id}
        application_ids |= {r.application_id for r in rounds.values() if r.application_id}
        applications = self.journal.records_by_id(Application, application_ids)
        companies = self.journal.records_by_id(
            Company, {a.company_id for a in applications.values()}
        )

        def process(application_id: str | None) -> str:
            application = applications.get(application_id or "")
            if application is None:
                return ""
            company = companies.get(application.company_id)
            name = company.name if company is not None else ""
            return " — ".join(part for part in (name, application.role) if part)

        items = []
        for interaction in interactions:
            kind = label(INTERACTION_KINDS, interaction.kind)
            how = (
                translate("Contacts", "{kind} from them")
                if interaction.direction == "in"
                else translate("Contacts", "{kind} from me")
            ).format(kind=kind)
            title = " ".join(interaction.summary.split())[:200] or label(
                INTERACTION_KINDS, interaction.kind
            )
            detail = " · ".join(
                part
                for part in (
                    how,
                    process(interaction.application_id),
                )
                if part
            )
            items.append(
                HistoryItem(
                    interaction.id,
                    "interaction",
                    interaction.occurred_at,
                    title,
                    detail,
                    interaction.application_id,
                )
            )
        roles = {a.round_id: a.role_in_round for a in attended}
        for round_id, interview in rounds.items():
            title = interview.title or label(ROUND_KINDS, interview.kind)
            detail = " · ".join(
                part
                for part in (roles.get(round_id, ""), process(interview.application_id))
                if part
            )
            items.append(
                HistoryItem(
                    interview.id,
                    "round",
                    interview.started_at or interview.scheduled_at,
                    title,
                    detail,
                    interview.application_id,
                )
            )
        # Newest first; undated items (a round never scheduled) go last.
        dated = [item for item in items if item.occurred_at is not None]
        dated.sort(key=lambda item: item.occurred_at or utc_now(), reverse=True)
        return dated + [item for item in items if item.occurred_at is None]

    # ----------------------------------------------------------------- writes
    def add(self, name: str, **fields: Any) -> Person:
        person = Person(
            name=validation.required_name(name, QT_TRANSLATE_NOOP("Validation", "contact"))
        )
        for field_name, value in self._fields(fields).items():
            setattr(person, field_name, value)
        return self.journal.add(person)

    def update(self, person_id: str, **fields: Any) -> Person:
        """Change some fields; every one is checked before anything is written."""
        changes = self._fields(fields)
        if "name" in fields:
            changes["name"] = validation.required_name(
                str(fields["name"]), QT_TRANSLATE_NOOP("Validation", "contact")
            )
        if not changes:
            return self.journal.get(Person, person_id)
        return self.journal.update(Person, person_id, **changes)

    def refusals(self, **fields: Any) -> dict[str, str]:
        """What :meth:`update` would refuse, field by field (the user's sentence for each).

        Lets a form save the fields that are fine and point at the ones that are not.
        """
        refused: dict[str, str] = {}
        for key, value in fields.items():
            try:
                if key == "name":
                    validation.required_name(str(value), QT_TRANSLATE_NOOP("Validation", "contact"))
                else:
                    self._fields({key: value})
            except JournalError as error:  # a refused value, or a company deleted meanwhile
                refused[key] = str(error)
        return refused

    def delete(self, person_id: str) -> None:
        self.journal.delete(Person, person_id)

    def mark_contacted(self, person_id: str, now: datetime | None = None) -> Person:
        """Record that the user was in touch today: the next stay-in-touch date moves on."""
        moment = checked_moment(
            now or utc_now(), QT_TRANSLATE_NOOP("Validation", "time of the contact")
        )
        return self.journal.update(Person, person_id, last_contact_at=moment)

    def _fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        cleaned: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "name":
                continue
            if key in PERSON_TEXT_FIELDS:
                what = "role" if key == "title" else key
                cleaned[key] = validation.short_text(str(value), what)
            elif key == "email":
                cleaned[key] = valid_email(str(value))
            elif key == "profile_url":
                cleaned[key] = valid_profile_url(str(value))
            elif key == "notes":
                cleaned[key] = validation.long_text(
                    str(value), QT_TRANSLATE_NOOP("Validation", "notes")
                )
            elif key == "kind":
                cleaned[key] = valid_kind(str(value))
            elif key == "connected":
                cleaned[key] = bool(value)
            elif key == "stay_in_touch_days":
                cleaned[key] = valid_cadence(value)
            elif key == "last_contact_at":
                cleaned[key] = (
                    None
                    if value is None
                    else checked_moment(
                        value, QT_TRANSLATE_NOOP("Validation", "time of the last contact")
                    )
                )
            elif key == "company_id":
                if value:
                    self.journal.get(Company, str(value))  # a clear "no longer exists"
                cleaned[key] = value or None
            else:
                raise ValueError(f"unknown contact field {key!r}")
        return cleaned
