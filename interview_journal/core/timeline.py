"""The timeline: one stream of everything that happened, newest first, read in pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from interview_journal.core import validation
from interview_journal.core.errors import ValidationError
from interview_journal.core.events import record_event
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.core.vocabulary import DATE_PRESETS
from interview_journal.storage.journal import Journal, TimelineFilter
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    NoteLine,
    PipelineStage,
    TimelineEvent,
)

__all__ = [
    "DATE_PRESETS",
    "TimelineEntry",
    "TimelineFilter",
    "TimelineService",
    "date_bounds",
    "local_day_bounds",
]


# The widest bounds a filter can have: every moment the journal can hold lies between.
_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)


def _local_midnight(day: date, zone: tzinfo, outside: datetime) -> datetime:
    # Day 1 of year 1 east of Greenwich starts before the first UTC moment there is, and
    # the day after 31 Dec 9999 does not exist: those bounds are the ends of time.
    try:
        return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    except OverflowError:
        return outside


def local_day_bounds(first: date, last: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """UTC bounds covering the local days ``first`` to ``last``, both included."""
    since = _local_midnight(first, zone, _EARLIEST)
    if last >= date.max:
        return since, _LATEST
    return since, _local_midnight(last + timedelta(days=1), zone, _LATEST)


def date_bounds(
    preset: str,
    today: date,
    zone: tzinfo,
    custom: tuple[date, date] | None = None,
) -> tuple[datetime | None, datetime | None]:
    """The UTC ``since``/``until`` of a preset, counted in the user's local days.

    "Last 30 days" is today and the 29 days before it; "This year" runs to the end of
    today; "custom" takes ``(first, last)`` days, swapped if given the wrong way round.
    """
    if preset in ("7", "30", "90"):
        return local_day_bounds(today - timedelta(days=int(preset) - 1), today, zone)
    if preset == "year":
        return local_day_bounds(date(today.year, 1, 1), today, zone)
    if preset == "last_year":
        return local_day_bounds(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31), zone)
    if preset == "custom" and custom is not None:
        first, last = sorted(custom)
        return local_day_bounds(first, last, zone)
    return None, None


@dataclass(frozen=True)
class TimelineEntry:
    event: TimelineEvent
    company_name: str


class TimelineService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self._company_names: dict[str, str] | None = None

    def company_names(self) -> dict[str, str]:
        """Company id to name; fetched once per refresh, a few hundred rows at most."""
        if self._company_names is None:
            self._company_names = {c.id: c.name for c in self.journal.records(Company)}
        return self._company_names

    def refresh(self) -> None:
        self._company_names = None

    def stages(self) -> list[tuple[str, str]]:
        """Pipeline stages as ``(id, name)``, in board order."""
        # The board's order (pipeline.PipelineService.stages): position, then name.
        records = self.journal.records(PipelineStage)
        ordered = sorted(records, key=lambda r: (r.position, r.name.casefold()))
        return [(s.id, s.name) for s in ordered]

    def application_label(self, application_id: str) -> str:
        """ "Backend Engineer at Acme" (or what of it is known); empty if it is gone."""
        application = self.journal.find(Application, application_id)
        if application is None:
            return ""
        company = self.company_names().get(application.company_id, "")
        if application.role and company:
            return translate("Timeline", "{role} at {company}").format(
                role=application.role, company=company
            )
        return application.role or company or translate("Timeline", "Application")

    def count(self, where: TimelineFilter) -> int:
        return self.journal.timeline_count(where)

    def page(self, where: TimelineFilter, offset: int, limit: int) -> list[TimelineEntry]:
        names = self.company_names()
        return [
            TimelineEntry(event, names.get(event.company_id or "", ""))
            for event in self.journal.timeline_page(where, offset, limit)
        ]

    def round_of(self, event: TimelineEvent) -> InterviewRound | None:
        if event.subject_table != "interview_round":
            return None
        return self.journal.find(InterviewRound, event.subject_id)

    def round_lines(self, round_id: str) -> list[NoteLine]:
        return self.journal.note_lines(round_id)

    def add_note(
        self,
        title: str,
        detail: str = "",
        *,
        application_id: str | None = None,
        company_id: str | None = None,
        now: datetime | None = None,
    ) -> TimelineEvent:
        """A note of the user's own on the stream: about one process, one company, or none.

        A process implies its company, so the note shows under both filters.
        """
        title = validation.short_text(title, QT_TRANSLATE_NOOP("Validation", "note's title"))
        if not title:
            raise ValidationError(translate("Timeline", "The note needs a line of text."))
        if "\n" in title:
            raise ValidationError(
                translate("Timeline", "The note's first line is its title; put the rest below.")
            )
        detail = validation.long_text(detail, QT_TRANSLATE_NOOP("Validation", "note"))
        if application_id is not None:
            application = self.journal.get(Application, application_id)
            company_id = application.company_id
        elif company_id is not None:
            self.journal.get(Company, company_id)
        return record_event(
            self.journal,
            "note",
            title,
            detail=detail.strip(),
            company_id=company_id,
            application_id=application_id,
            occurred_at=now,
        )
