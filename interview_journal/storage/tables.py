"""SQLModel tables: the whole domain of a job search, one row per fact.

Every record has a text UUID primary key (so journals from two machines merge by id)
and timezone-aware UTC ``created_at``/``updated_at``. Times of day are stored in UTC
and converted to local time only for display. Enumerated values are plain strings whose
allowed values live in :mod:`interview_journal.core.vocabulary`, so a later version can
add a kind without a migration.

The schema itself is created by the ordered migrations in
:mod:`interview_journal.storage.migrations`; ``tests/storage/test_migrations.py`` proves
that the migrated database matches these classes column for column.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from pydantic import ConfigDict
from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class Record(SQLModel):
    """Columns every table shares."""

    model_config = ConfigDict(defer_build=True)  # type: ignore[assignment]

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Company(Record, table=True):
    name: str = Field(index=True)
    website: str = ""
    industry: str = ""
    size: str = ""
    locations: str = ""
    remote_policy: str = ""
    summary: str = ""
    gut_verdict: str = ""
    archived: bool = False


class ResearchNote(Record, table=True):
    __tablename__ = "research_note"
    company_id: str = Field(foreign_key="company.id", index=True, ondelete="CASCADE")
    topic: str = Field(index=True)
    title: str = ""
    body: str = ""
    source: str = ""
    source_date: date | None = None


class FitCriterion(Record, table=True):
    __tablename__ = "fit_criterion"
    name: str
    description: str = ""
    weight: float = 1.0
    position: int = 0


class FitScore(Record, table=True):
    __tablename__ = "fit_score"
    __table_args__ = (UniqueConstraint("company_id", "criterion_id"),)
    company_id: str = Field(foreign_key="company.id", index=True, ondelete="CASCADE")
    criterion_id: str = Field(foreign_key="fit_criterion.id", index=True, ondelete="CASCADE")
    score: int = Field(ge=1, le=5)
    evidence: str = ""


class PipelineStage(Record, table=True):
    __tablename__ = "pipeline_stage"
    name: str
    position: int = 0
    # "open" while the process runs; "offer", "accepted" and "closed" end it.
    outcome: str = "open"


class Application(Record, table=True):
    company_id: str = Field(foreign_key="company.id", index=True, ondelete="CASCADE")
    role: str = ""
    stage_id: str | None = Field(
        default=None, foreign_key="pipeline_stage.id", index=True, ondelete="SET NULL"
    )
    applied_at: datetime | None = Field(default=None, index=True)
    source: str = ""
    link: str = ""
    notes: str = ""
    closed_at: datetime | None = None
    closed_reason: str = ""


class InterviewRound(Record, table=True):
    __tablename__ = "interview_round"
    application_id: str | None = Field(
        default=None, foreign_key="application.id", index=True, ondelete="CASCADE"
    )
    kind: str = "other"
    title: str = ""
    scheduled_at: datetime | None = Field(default=None, index=True)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    location: str = ""
    recruiter_advice: str = ""
    outcome: str = ""
    self_review: str = ""
    energy: int | None = None
    answer_differently: str = ""
    next_step: str = ""


class PrepItem(Record, table=True):
    __tablename__ = "prep_item"
    round_id: str = Field(foreign_key="interview_round.id", index=True, ondelete="CASCADE")
    text: str
    done: bool = False
    position: int = 0


class Person(Record, table=True):
    name: str = Field(index=True)
    company_id: str | None = Field(
        default=None, foreign_key="company.id", index=True, ondelete="SET NULL"
    )
    kind: str = "other"
    title: str = ""
    email: str = ""
    phone: str = ""
    profile_url: str = ""
    connected: bool = False
    last_contact_at: datetime | None = None
    stay_in_touch_days: int | None = None
    notes: str = ""


class RoundAttendee(Record, table=True):
    __tablename__ = "round_attendee"
    __table_args__ = (UniqueConstraint("round_id", "person_id"),)
    round_id: str = Field(foreign_key="interview_round.id", index=True, ondelete="CASCADE")
    person_id: str = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    role_in_round: str = ""


class NoteLine(Record, table=True):
    """One line typed during an interview: a row per line keeps every keystroke's save small."""

    __tablename__ = "note_line"
    __table_args__ = (Index("ix_note_line_round_position", "round_id", "position"),)
    round_id: str = Field(foreign_key="interview_round.id", ondelete="CASCADE")
    # Fractional ordering: a line inserted between two others takes the midpoint,
    # so typing Enter in the middle rewrites one row, not every row below it.
    position: float = 0.0
    elapsed_ms: int = 0
    marker: str = ""
    text: str = ""


class Question(Record, table=True):
    """A question the candidate may ask; global when ``company_id`` is empty."""

    text: str
    category: str = ""
    round_kind: str = ""
    company_id: str | None = Field(
        default=None, foreign_key="company.id", index=True, ondelete="CASCADE"
    )


class QuestionAsked(Record, table=True):
    __tablename__ = "question_asked"
    __table_args__ = (UniqueConstraint("question_id", "round_id"),)
    question_id: str = Field(foreign_key="question.id", index=True, ondelete="CASCADE")
    round_id: str = Field(foreign_key="interview_round.id", index=True, ondelete="CASCADE")
    asked_at: datetime = Field(default_factory=utc_now)
    answer_note: str = ""


class FollowUp(Record, table=True):
    __tablename__ = "follow_up"
    application_id: str | None = Field(
        default=None, foreign_key="application.id", index=True, ondelete="CASCADE"
    )
    round_id: str | None = Field(
        default=None, foreign_key="interview_round.id", index=True, ondelete="SET NULL"
    )
    recipient: str = ""
    subject: str = ""
    body: str = ""
    status: str = "draft"
    sent_at: datetime | None = None


class Interaction(Record, table=True):
    """Every contact in or out: emails, calls, messages, status inquiries."""

    application_id: str | None = Field(
        default=None, foreign_key="application.id", index=True, ondelete="CASCADE"
    )
    person_id: str | None = Field(
        default=None, foreign_key="person.id", index=True, ondelete="SET NULL"
    )
    direction: str = "out"
    channel: str = "email"
    kind: str = "message"
    occurred_at: datetime = Field(default_factory=utc_now, index=True)
    summary: str = ""


class Offer(Record, table=True):
    application_id: str = Field(foreign_key="application.id", index=True, ondelete="CASCADE")
    currency: str = ""
    base_salary: float | None = None
    bonus: str = ""
    equity: str = ""
    benefits: str = ""
    start_date: date | None = None
    deadline: date | None = None
    status: str = "received"
    negotiation_notes: str = ""
    # Where the work happens: a city, "hybrid, 2 days in Lyon", "remote (EU)".
    location: str = ""


class Reminder(Record, table=True):
    kind: str = "other"
    title: str = ""
    body: str = ""
    due_at: datetime = Field(index=True)
    done_at: datetime | None = None
    application_id: str | None = Field(
        default=None, foreign_key="application.id", index=True, ondelete="CASCADE"
    )
    person_id: str | None = Field(
        default=None, foreign_key="person.id", index=True, ondelete="CASCADE"
    )
    round_id: str | None = Field(
        default=None, foreign_key="interview_round.id", index=True, ondelete="CASCADE"
    )


class TimelineEvent(Record, table=True):
    """One entry of the timeline; ``subject_table``/``subject_id`` point at what it is about."""

    __tablename__ = "timeline_event"
    occurred_at: datetime = Field(default_factory=utc_now, index=True)
    kind: str = "note"
    title: str = ""
    detail: str = ""
    company_id: str | None = Field(
        default=None, foreign_key="company.id", index=True, ondelete="CASCADE"
    )
    application_id: str | None = Field(
        default=None, foreign_key="application.id", index=True, ondelete="CASCADE"
    )
    subject_table: str = ""
    subject_id: str = ""


class Setting(SQLModel, table=True):
    """User preferences that belong to the journal (thresholds, custom topics)."""

    key: str = Field(primary_key=True)
    value: str = ""
    updated_at: datetime = Field(default_factory=utc_now)


# Tables in an order that satisfies foreign keys, for export, import and the sample.
DOMAIN_TABLES: tuple[type[SQLModel], ...] = (
    Company,
    ResearchNote,
    FitCriterion,
    FitScore,
    PipelineStage,
    Application,
    InterviewRound,
    PrepItem,
    Person,
    RoundAttendee,
    NoteLine,
    Question,
    QuestionAsked,
    FollowUp,
    Interaction,
    Offer,
    Reminder,
    TimelineEvent,
    Setting,
)
