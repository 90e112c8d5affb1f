"""Companies and research notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from interview_journal.core import validation
from interview_journal.core.events import record_event
from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.vocabulary import RESEARCH_TOPICS, label
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    Person,
    PipelineStage,
    ResearchNote,
    TimelineEvent,
    utc_now,
)

COMPANY_TEXT_FIELDS = (
    "website",
    "industry",
    "size",
    "locations",
    "remote_policy",
    "gut_verdict",
)


@dataclass(frozen=True)
class CompanySummary:
    company: Company
    note_count: int
    last_activity: datetime


@dataclass(frozen=True)
class ProcessSummary:
    """One application to the company, as the company page lists it."""

    application_id: str
    role: str
    stage: str
    applied_at: datetime | None
    closed: bool
    rounds: int


@dataclass(frozen=True)
class CompanyLinks:
    """What else the journal knows about a company: its processes and the people met there."""

    processes: list[ProcessSummary]
    people: list[Person]


class ResearchService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    # -------------------------------------------------------------- companies
    def companies(self) -> list[CompanySummary]:
        """Every company with how much research it has and when it last changed."""
        companies = self.journal.records(Company, order_by="name", archived=False)
        notes = self.journal.group_summary(ResearchNote, "company_id", "updated_at")
        # Anything on the timeline counts as activity: applying, a round, a follow-up.
        events = self.journal.group_summary(TimelineEvent, "company_id", "occurred_at")
        now = utc_now()
        summaries = []
        for company in companies:
            count, latest_note = notes.get(company.id, (0, company.updated_at))
            _, latest_event = events.get(company.id, (0, company.updated_at))
            # A round scheduled for next week is not activity yet.
            latest = max(company.updated_at, latest_note, min(latest_event, now))
            summaries.append(CompanySummary(company, count, latest))
        return summaries

    def company(self, company_id: str) -> Company:
        return self.journal.get(Company, company_id)

    def find_company(self, name: str) -> Company | None:
        """The company called ``name`` (case-insensitive), if the journal has one."""
        # Normalised as add_company stores names (NUL dropped, spaces collapsed), so the
        # name typed finds the company that typing it created.
        wanted = " ".join(name.replace("\x00", "").split()).casefold()
        for company in self.journal.records(Company):
            if company.name.casefold() == wanted:
                return company
        return None

    def add_company(self, name: str, **fields: str) -> Company:
        company = Company(
            name=validation.required_name(name, QT_TRANSLATE_NOOP("Validation", "company"))
        )
        for field_name, value in self._company_fields(fields).items():
            setattr(company, field_name, value)
        self.journal.add(company)
        record_event(
            self.journal,
            "company_added",
            f"Added {company.name}",
            company_id=company.id,
            subject_table="company",
            subject_id=company.id,
        )
        return company

    def update_company(self, company_id: str, **fields: str) -> Company:
        changes: dict[str, Any] = self._company_fields(fields)
        if "name" in fields:
            changes["name"] = validation.required_name(
                fields["name"], QT_TRANSLATE_NOOP("Validation", "company")
            )
        return self.journal.update(Company, company_id, **changes)

    def delete_company(self, company_id: str) -> None:
        self.journal.delete(Company, company_id)

    def links(self, company_id: str) -> CompanyLinks:
        """The company's applications (newest first) and the people met there (by name)."""
        applications = self.journal.records(
            Application, order_by="created_at", descending=True, company_id=company_id
        )
        stages = {stage.id: stage.name for stage in self.journal.records(PipelineStage)}
        processes = []
        for application in applications:
            rounds = self.journal.count(InterviewRound, application_id=application.id)
            processes.append(
                ProcessSummary(
                    application_id=application.id,
                    role=application.role,
                    stage=stages.get(application.stage_id or "", ""),
                    applied_at=application.applied_at,
                    closed=application.closed_at is not None,
                    rounds=rounds,
                )
            )
        people = self.journal.records(Person, order_by="name", company_id=company_id)
        return CompanyLinks(processes, people)

    @staticmethod
    def _company_fields(fields: dict[str, str]) -> dict[str, str]:
        cleaned: dict[str, str] = {}
        for key, value in fields.items():
            if key == "name":
                continue
            if key == "summary":
                cleaned[key] = validation.long_text(
                    value, QT_TRANSLATE_NOOP("Validation", "summary")
                )
            elif key in COMPANY_TEXT_FIELDS:
                cleaned[key] = validation.short_text(value, key.replace("_", " "))
            else:
                raise ValueError(f"unknown company field {key!r}")
        return cleaned

    # ------------------------------------------------------------------ notes
    def notes(self, company_id: str) -> list[ResearchNote]:
        return self.journal.records(
            ResearchNote, order_by="updated_at", descending=True, company_id=company_id
        )

    def add_note(
        self,
        company_id: str,
        topic: str,
        *,
        title: str = "",
        body: str = "",
        source: str = "",
        source_date: date | None = None,
    ) -> ResearchNote:
        company = self.journal.get(Company, company_id)
        note = ResearchNote(
            company_id=company_id,
            topic=self._topic(topic),
            title=validation.short_text(title, QT_TRANSLATE_NOOP("Validation", "title")),
            body=validation.long_text(body, QT_TRANSLATE_NOOP("Validation", "note")),
            source=validation.short_text(source, QT_TRANSLATE_NOOP("Validation", "source")),
            source_date=source_date,
        )
        self.journal.add(note)
        record_event(
            self.journal,
            "research",
            f"{label(RESEARCH_TOPICS, note.topic)}: {note.title or 'note'} — {company.name}",
            company_id=company_id,
            subject_table="research_note",
            subject_id=note.id,
        )
        return note

    def update_note(
        self,
        note_id: str,
        *,
        topic: str | None = None,
        title: str | None = None,
        body: str | None = None,
        source: str | None = None,
        source_date: date | None = None,
        clear_source_date: bool = False,
    ) -> ResearchNote:
        changes: dict[str, Any] = {}
        if topic is not None:
            changes["topic"] = self._topic(topic)
        if title is not None:
            changes["title"] = validation.short_text(
                title, QT_TRANSLATE_NOOP("Validation", "title")
            )
        if body is not None:
            changes["body"] = validation.long_text(body, QT_TRANSLATE_NOOP("Validation", "note"))
        if source is not None:
            changes["source"] = validation.short_text(
                source, QT_TRANSLATE_NOOP("Validation", "source")
            )
        if source_date is not None or clear_source_date:
            changes["source_date"] = source_date
        return self.journal.update(ResearchNote, note_id, **changes)

    def delete_note(self, note_id: str) -> None:
        self.journal.delete(ResearchNote, note_id)

    @staticmethod
    def _topic(topic: str) -> str:
        cleaned = " ".join(topic.split())
        if not cleaned:
            return "other"
        # Known keys are kept; anything else is the user's own topic, kept as typed.
        return (
            cleaned
            if cleaned in RESEARCH_TOPICS
            else validation.required_name(cleaned, QT_TRANSLATE_NOOP("Validation", "topic"))
        )
