"""Writing entries on the timeline; every service that changes something notable uses it."""

from __future__ import annotations

from datetime import datetime

from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import TimelineEvent, utc_now


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
    return journal.add(
        TimelineEvent(
            kind=kind,
            title=title,
            detail=detail,
            company_id=company_id,
            application_id=application_id,
            subject_table=subject_table,
            subject_id=subject_id,
            occurred_at=occurred_at or utc_now(),
        )
    )
