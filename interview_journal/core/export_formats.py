"""Every text export by name, for the command line and the window alike.

``json`` (lossless), ``markdown`` (the journal, one company or one interview), ``csv``
(applications or contacts) and ``ics`` (rounds and reminders). The PDF of one interview
needs Qt and lives in ``ui/transfer/pdf.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

from interview_journal.core.export import ExportSummary, export_json, export_json_to_stream
from interview_journal.core.export_calendar import export_calendar, write_calendar
from interview_journal.core.export_csv import (
    export_csv,
    write_applications_csv,
    write_contacts_csv,
)
from interview_journal.core.export_markdown import (
    export_markdown,
    write_company_markdown,
    write_journal_markdown,
    write_round_markdown,
)
from interview_journal.storage.journal import Journal

TextFormat = Literal["json", "markdown", "csv", "ics"]
TEXT_FORMATS: tuple[TextFormat, ...] = ("json", "markdown", "csv", "ics")


@dataclass(frozen=True)
class ExportScope:
    """What part of the journal: ``what`` for CSV; one company or one round for Markdown."""

    what: Literal["applications", "contacts"] = "applications"
    company_id: str | None = None
    round_id: str | None = None


WHOLE = ExportScope()


def write_export(
    journal: Journal, export_format: TextFormat, stream: TextIO, scope: ExportScope = WHOLE
) -> None:
    """Write the export to ``stream`` as it is made (standard output, for instance)."""
    if export_format == "json":
        export_json_to_stream(journal, stream)
    elif export_format == "markdown":
        if scope.round_id is not None:
            write_round_markdown(journal, scope.round_id, stream)
        elif scope.company_id is not None:
            write_company_markdown(journal, scope.company_id, stream)
        else:
            write_journal_markdown(journal, stream)
    elif export_format == "csv":
        if scope.what == "contacts":
            write_contacts_csv(journal, stream)
        else:
            write_applications_csv(journal, stream)
    else:
        write_calendar(journal, stream)


def export_to_file(
    journal: Journal, export_format: TextFormat, target: Path, scope: ExportScope = WHOLE
) -> ExportSummary:
    """Write the export to ``target`` atomically; what was written, for the user."""
    if export_format == "json":
        return export_json(journal, target)
    if export_format == "markdown":
        return export_markdown(
            journal, target, round_id=scope.round_id, company_id=scope.company_id
        )
    if export_format == "csv":
        return export_csv(journal, target, scope.what)
    return export_calendar(journal, target)
