"""Writing entries on the timeline; every service that changes something notable uses it."""

from __future__ import annotations

from datetime import datetime

from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import TimelineEvent, utc_now


def new_event(
    kind: str,
    title: str,
    *,
    detail: str = "",
    company_id: str | None = None,
    application_id: str | None = None,
    subject_table: str = "",
    subject_id: str = "",
    occurred_at: datetime | None = None,
) -> TimelineEvent:
    """A timeline entry not yet written, to commit together with the change it records."""
    return TimelineEvent(
        kind=kind,
        title=title,
        detail=detail,
        company_id=company_id,
        application_id=application_id,
        subject_table=subject_table,
        subject_id=subject_id,
        occurred_at=occurred_at or utc_now(),
    )


def record_event(
    journal: Journal,
    kind: str,
    title: str,
    *,
    detail: str = "",
    company_id: str | None = None,
    application_id: str | None = None,
    subject_table: str = "",
    subject_id: str = "",
    occurred_at: datetime | None = None,
) -> TimelineEvent:
    """Write one timeline entry on its own."""
    return journal.add(
        new_event(
            kind,
            title,
            detail=detail,
            company_id=company_id,
            application_id=application_id,
            subject_table=subject_table,
            subject_id=subject_id,
            occurred_at=occurred_at,
        )
    )
