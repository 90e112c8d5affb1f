"""The CSV exports: applications and contacts, for a spreadsheet or another tracker.

The files are what a spreadsheet opens as is: UTF-8 with a byte order mark (without it
Excel reads UTF-8 as the local code page and mangles accents, emoji and right-to-left
text), comma-separated with CRLF line ends and fields quoted only when needed (RFC 4180,
the csv module's defaults), one header row, days as ISO 8601 ``YYYY-MM-DD`` in the
user's time zone.

A cell that a spreadsheet would run as a formula (one starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) gets a leading ``'`` so it is shown as text and never
evaluated, following OWASP's "CSV Injection" guidance
(https://owasp.org/www-community/attacks/CSV_Injection). :func:`unescape_cell` takes the
mark off again; the CSV import uses it so an exported file reads back unchanged.

Each export reads the journal in a fixed handful of queries, whatever its size.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Literal, TextIO

from interview_journal.core.export import ExportSummary, write_atomically
from interview_journal.core.pipeline import Stage, default_stage
from interview_journal.core.vocabulary import PERSON_KINDS, english_label
from interview_journal.storage.journal import Journal, utc
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    Offer,
    Person,
    PipelineStage,
    TimelineEvent,
    utc_now,
)

__all__ = [
    "APPLICATION_HEADERS",
    "BOM",
    "CONTACT_HEADERS",
    "FORMULA_TRIGGERS",
    "H_CLOSED_ON",
    "H_COMPANY",
    "H_DATE_APPLIED",
    "H_LAST_ACTIVITY",
    "H_LINK",
    "H_LOCATION",
    "H_NEXT_ROUND",
    "H_NOTES",
    "H_ROLE",
    "H_SOURCE",
    "H_STAGE",
    "H_STATUS",
    "CsvKind",
    "application_rows",
    "contact_rows",
    "export_csv",
    "local_day",
    "spreadsheet_safe",
    "unescape_cell",
    "write_applications_csv",
    "write_contacts_csv",
]

CsvKind = Literal["applications", "contacts"]

# The headers other trackers and spreadsheet templates use, so the CSV import (and theirs)
# recognise the columns without a mapping.
H_COMPANY = "Company"
H_ROLE = "Role"
H_STAGE = "Stage"
H_STATUS = "Status"
H_DATE_APPLIED = "Date Applied"
H_LINK = "Link"
H_SOURCE = "Source"
H_LOCATION = "Location"
H_LAST_ACTIVITY = "Last Activity"
H_NEXT_ROUND = "Next Round"
H_CLOSED_ON = "Closed On"
H_NOTES = "Notes"

APPLICATION_HEADERS: tuple[str, ...] = (
    H_COMPANY,
    H_ROLE,
    H_STAGE,
    H_STATUS,
    H_DATE_APPLIED,
    H_LINK,
    H_SOURCE,
    H_LOCATION,
    H_LAST_ACTIVITY,
    H_NEXT_ROUND,
    H_CLOSED_ON,
    H_NOTES,
)

CONTACT_HEADERS: tuple[str, ...] = (
    "Name",
    "Kind",
    "Title",
    H_COMPANY,
    "Email",
    "Phone",
    "Profile",
    "Last Contact",
    "Stay in touch (days)",
    H_NOTES,
)

BOM = "\ufeff"

# OWASP's list of characters that make a spreadsheet read a cell as a formula.
FORMULA_TRIGGERS = frozenset("=+-@\t\r")
OPEN_STATUS = "Open"
CLOSED_STATUS = "Closed"


# ------------------------------------------------------------- spreadsheet safety
def _runs_as_formula(value: str) -> bool:
    # Leading spaces or line breaks before "=" are checked too: some spreadsheets skip
    # them before deciding, so "  =1+1" is guarded as well.
    return value[:1] in FORMULA_TRIGGERS or value.lstrip()[:1] in FORMULA_TRIGGERS


def _needs_mark(value: str) -> bool:
    # A cell that already starts with quote marks before a formula gets one more, so
    # :func:`unescape_cell` can tell the mark from the user's own quote and undo exactly.
    return _runs_as_formula(value.lstrip("'"))


def spreadsheet_safe(value: str) -> str:
    """``value`` with a leading ``'`` when a spreadsheet would otherwise evaluate it."""
    return "'" + value if _needs_mark(value) else value


def unescape_cell(value: str) -> str:
    """Undo :func:`spreadsheet_safe`: ``unescape_cell(spreadsheet_safe(v)) == v``.

    Any other cell, a user's own leading quote included, comes back as it is.
    """
    if value.startswith("'") and _needs_mark(value[1:]):
        return value[1:]
    return value


def _write_rows(stream: TextIO, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    stream.write(BOM)
    writer = csv.writer(stream)  # "excel" dialect: commas, minimal quoting, CRLF (RFC 4180)
    writer.writerow(headers)
    count = 0
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
        count += 1
    return count


# ------------------------------------------------------------------- values
def local_day(moment: datetime | None, tz: tzinfo | None) -> str:
    """The day of ``moment`` in ``tz`` (None: the system's zone) as ``YYYY-MM-DD``."""
    if moment is None:
        return ""
    try:
        local = utc(moment).astimezone(tz) if tz is not None else utc(moment).astimezone()
    except (OverflowError, ValueError, OSError):  # year 1 or 9999 from an old import
        local = utc(moment)
    return local.date().isoformat()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _status(application: Application) -> str:
    if application.closed_at is None:
        return OPEN_STATUS
    reason = _one_line(application.closed_reason)
    return f"{CLOSED_STATUS} — {reason}" if reason else CLOSED_STATUS


# ------------------------------------------------------------- applications
def _stage_names(journal: Journal) -> tuple[list[Stage], dict[str, str]]:
    # Read as stored: an export never writes, so the suggested stages are not seeded here.
    records = sorted(journal.records(PipelineStage), key=lambda r: (r.position, r.name.casefold()))
    stages = [Stage.from_record(record) for record in records]
    return stages, {stage.id: stage.name for stage in stages}


def _stage_name(application: Application, stages: list[Stage], names: dict[str, str]) -> str:
    if application.stage_id in names:
        return names[application.stage_id]
    # No stage (or a deleted one): the stage the board shows it in.
    shown = default_stage(
        stages, applied=application.applied_at is not None, closed=application.closed_at is not None
    )
    return shown.name if shown is not None else ""


def _next_rounds(journal: Journal, now: datetime) -> dict[str, datetime]:
    """Per application, the earliest round still ahead of ``now``."""
    found: dict[str, datetime] = {}
    for interview_round in journal.records(InterviewRound, ended_at=None, started_at=None):
        if interview_round.application_id is None or interview_round.scheduled_at is None:
            continue
        moment = utc(interview_round.scheduled_at)
        if moment < now:
            continue
        known = found.get(interview_round.application_id)
        if known is None or moment < known:
            found[interview_round.application_id] = moment
    return found


def _offer_locations(journal: Journal) -> dict[str, str]:
    """Per application, the place its latest offer names (where the job would really be)."""
    found: dict[str, str] = {}
    for offer in journal.records(Offer, order_by="created_at"):
        if offer.location.strip():
            found[offer.application_id] = _one_line(offer.location)
    return found


def application_rows(
    journal: Journal, *, tz: tzinfo | None = None, now: datetime | None = None
) -> list[list[str]]:
    """The applications CSV's rows, in :data:`APPLICATION_HEADERS` order, oldest first.

    Six queries whatever the journal's size. ``now`` decides which round is "next".
    """
    moment = utc(now) if now is not None else utc_now()
    stages, names = _stage_names(journal)
    companies = {company.id: company for company in journal.records(Company)}
    latest = journal.group_summary(TimelineEvent, "application_id", "occurred_at")
    next_rounds = _next_rounds(journal, moment)
    offer_places = _offer_locations(journal)

    def order(application: Application) -> tuple[datetime, str, str, str]:
        company = companies.get(application.company_id)
        return (
            utc(application.applied_at or application.created_at),
            company.name.casefold() if company else "",
            application.role.casefold(),
            application.id,
        )

    rows = []
    for application in sorted(journal.records(Application), key=order):
        company = companies.get(application.company_id)
        location = offer_places.get(application.id) or _one_line(
            company.locations if company else ""
        )
        last = latest.get(application.id)
        rows.append(
            [
                company.name if company else "",
                application.role,
                _stage_name(application, stages, names),
                _status(application),
                local_day(application.applied_at, tz),
                application.link,
                application.source,
                location,
                local_day(last[1] if last else None, tz),
                local_day(next_rounds.get(application.id), tz),
                local_day(application.closed_at, tz),
                application.notes,
            ]
        )
    return rows


def write_applications_csv(
    journal: Journal, stream: TextIO, *, tz: tzinfo | None = None, now: datetime | None = None
) -> int:
    """Write the applications CSV (BOM, header, one row each); returns the rows written."""
    return _write_rows(stream, APPLICATION_HEADERS, application_rows(journal, tz=tz, now=now))


# ----------------------------------------------------------------- contacts
def contact_rows(journal: Journal, *, tz: tzinfo | None = None) -> list[list[str]]:
    """The contacts CSV's rows, in :data:`CONTACT_HEADERS` order, by name."""
    companies = {company.id: company.name for company in journal.records(Company)}
    people = sorted(journal.records(Person), key=lambda p: (p.name.casefold(), p.id))
    return [
        [
            person.name,
            english_label(PERSON_KINDS, person.kind),
            person.title,
            companies.get(person.company_id or "", ""),
            person.email,
            person.phone,
            person.profile_url,
            local_day(person.last_contact_at, tz),
            "" if person.stay_in_touch_days is None else str(person.stay_in_touch_days),
            person.notes,
        ]
        for person in people
    ]


def write_contacts_csv(journal: Journal, stream: TextIO, *, tz: tzinfo | None = None) -> int:
    """Write the contacts CSV (BOM, header, one row each); returns the rows written."""
    return _write_rows(stream, CONTACT_HEADERS, contact_rows(journal, tz=tz))


# ------------------------------------------------------------------- files
def export_csv(
    journal: Journal,
    target: Path,
    what: CsvKind,
    *,
    tz: tzinfo | None = None,
    now: datetime | None = None,
) -> ExportSummary:
    """Write the applications or contacts CSV to ``target`` atomically.

    Raises :class:`JournalWriteError` (leaving no temporary file, and any existing
    ``target`` as it was) when the file cannot be written.
    """
    target = Path(target)
    if what == "applications":
        count = write_atomically(
            target, lambda stream: write_applications_csv(journal, stream, tz=tz, now=now)
        )
        table = "application"
    elif what == "contacts":
        count = write_atomically(target, lambda stream: write_contacts_csv(journal, stream, tz=tz))
        table = "person"
    else:
        raise ValueError(f"unknown CSV export {what!r}; choose applications or contacts")
    return ExportSummary(target, {table: count}, target.stat().st_size)
