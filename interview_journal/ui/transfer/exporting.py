"""Exporting from the window: choose a file, write it off the UI thread, say what was done.

Each format is written by its core module (``core/export*.py``) through one atomic writer,
so a failed export never leaves half a file. The PDF of one interview is laid out by Qt on
the UI thread (text layout needs the GUI thread's fonts); one interview takes milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui.background import LatestResult

if TYPE_CHECKING:
    from interview_journal.core.export_formats import TextFormat
    from interview_journal.core.services import Services
    from interview_journal.storage.journal import Journal


@dataclass(frozen=True)
class ExportFormat:
    """One export of the window's menu. ``menu_source`` and ``filter_source`` are the
    English source texts (marked for lupdate); ``menu_label`` and ``file_filter`` are what
    the user reads. The suffix and file name stem are data: never translated."""

    key: str
    menu_source: str
    filter_source: str
    suffix: str
    default_stem: str

    @property
    def menu_label(self) -> str:
        return QCoreApplication.translate("ExportFormat", self.menu_source)

    @property
    def file_filter(self) -> str:
        return QCoreApplication.translate("ExportFormat", self.filter_source)


EXPORT_FORMATS: dict[str, ExportFormat] = {
    spec.key: spec
    for spec in (
        ExportFormat(
            "json",
            QT_TRANSLATE_NOOP("ExportFormat", "Everything as JSON (lossless, for import)…"),
            QT_TRANSLATE_NOOP("ExportFormat", "JSON (*.json)"),
            ".json",
            "interview-journal",
        ),
        ExportFormat(
            "markdown",
            QT_TRANSLATE_NOOP("ExportFormat", "Everything as Markdown…"),
            QT_TRANSLATE_NOOP("ExportFormat", "Markdown (*.md)"),
            ".md",
            "interview-journal",
        ),
        ExportFormat(
            "applications",
            QT_TRANSLATE_NOOP("ExportFormat", "Applications as CSV…"),
            QT_TRANSLATE_NOOP("ExportFormat", "CSV (*.csv)"),
            ".csv",
            "applications",
        ),
        ExportFormat(
            "contacts",
            QT_TRANSLATE_NOOP("ExportFormat", "Contacts as CSV…"),
            QT_TRANSLATE_NOOP("ExportFormat", "CSV (*.csv)"),
            ".csv",
            "contacts",
        ),
        ExportFormat(
            "calendar",
            QT_TRANSLATE_NOOP("ExportFormat", "Rounds and reminders as a calendar…"),
            QT_TRANSLATE_NOOP("ExportFormat", "iCalendar (*.ics)"),
            ".ics",
            "interview-journal",
        ),
        ExportFormat(
            "company_markdown",
            QT_TRANSLATE_NOOP("ExportFormat", "This company as Markdown…"),
            QT_TRANSLATE_NOOP("ExportFormat", "Markdown (*.md)"),
            ".md",
            "company",
        ),
        ExportFormat(
            "round_markdown",
            QT_TRANSLATE_NOOP("ExportFormat", "This interview as Markdown…"),
            QT_TRANSLATE_NOOP("ExportFormat", "Markdown (*.md)"),
            ".md",
            "interview",
        ),
        ExportFormat(
            "round_pdf",
            QT_TRANSLATE_NOOP("ExportFormat", "This interview as PDF…"),
            QT_TRANSLATE_NOOP("ExportFormat", "PDF (*.pdf)"),
            ".pdf",
            "interview",
        ),
    )
}
WHOLE_JOURNAL = ("json", "markdown", "applications", "contacts", "calendar")

ChooseTarget = Callable[[QWidget, ExportFormat, Path], "Path | None"]


def _ask_for_target(parent: QWidget, spec: ExportFormat, suggested: Path) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Exporter", "Export"),
        str(suggested),
        QCoreApplication.translate("Exporter", "{formats};;All files (*)").format(
            formats=spec.file_filter
        ),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(spec.suffix)


def _default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def safe_stem(text: str) -> str:
    """``text`` as part of a file name: letters, digits and dashes, kept short."""
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in text.strip())
    cleaned = "-".join(part for part in cleaned.split("-") if part)
    return cleaned[:60] or "export"


def write_export(
    journal: Journal, key: str, target: Path, *, record_id: str = "", record_name: str = ""
) -> str:
    """Write one export (not the PDF) and return the sentence that reports it."""
    from interview_journal.core.export_formats import ExportScope, export_to_file

    scopes: dict[str, tuple[TextFormat, ExportScope]] = {
        "json": ("json", ExportScope()),
        "markdown": ("markdown", ExportScope()),
        "applications": ("csv", ExportScope(what="applications")),
        "contacts": ("csv", ExportScope(what="contacts")),
        "calendar": ("ics", ExportScope()),
        "company_markdown": ("markdown", ExportScope(company_id=record_id)),
        "round_markdown": ("markdown", ExportScope(round_id=record_id)),
    }
    if key not in scopes:
        raise ValueError(f"unknown export {key!r}")
    export_format, scope = scopes[key]
    summary = export_to_file(journal, export_format, target, scope)
    # A plain name as the count: pyside6-lupdate (6.11) skips a translate() call whose
    # count is an expression, and marks plural forms only for tr() calls.
    rows = summary.rows
    if record_name:
        return QCoreApplication.translate(
            "Exporter", "Exported {name} (%Ln record(s)) to {path}.", "", rows
        ).format(name=record_name, path=summary.path)
    return QCoreApplication.translate(
        "Exporter", "Exported (%Ln record(s)) to {path}.", "", rows
    ).format(path=summary.path)


class Exporter(QObject):
    """Runs exports for the window; ``finished(message, is_error)`` reports each."""

    finished = Signal(str, bool)

    def __init__(self, parent: QWidget, choose_target: ChooseTarget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._choose = choose_target or _ask_for_target
        self._folder: Path | None = None
        self._runner = LatestResult(self._done, self)
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def export(
        self, services: Services, key: str, *, record_id: str = "", record_name: str = ""
    ) -> bool:
        """Ask where, then write; False when nothing was started (cancelled or busy)."""
        if self._busy:
            self.finished.emit(
                self.tr("An export is still being written; wait for it to finish."), True
            )
            return False
        spec = EXPORT_FORMATS[key]
        stem = safe_stem(record_name) if record_name else spec.default_stem
        suggested = (self._folder or _default_folder()) / (
            f"{stem}-{date.today().isoformat()}{spec.suffix}"
        )
        target = self._choose(self._parent, spec, suggested)
        if target is None:
            return False
        self._folder = target.parent
        journal = services.journal
        if key == "round_pdf":
            self._done(_write_pdf(journal, record_id, target, record_name))
            return True
        self._busy = True
        self._runner.request(
            lambda: _guarded_write(journal, key, target, record_id, record_name),
            in_parallel=journal.reads_in_parallel,
        )
        return True

    def wait(self, msecs: int = 60_000) -> bool:
        return self._runner.wait(msecs)

    def _done(self, outcome: object) -> None:
        self._busy = False
        message, error = outcome if isinstance(outcome, tuple) else (str(outcome), True)
        self.finished.emit(message, error)


def _guarded_write(
    journal: Journal, key: str, target: Path, record_id: str, record_name: str
) -> tuple[str, bool]:
    from interview_journal.storage.errors import JournalError

    try:
        return write_export(
            journal, key, target, record_id=record_id, record_name=record_name
        ), False
    except JournalError as error:
        return str(error), True
    except Exception:
        import logging

        logging.getLogger(__name__).exception("export failed")
        return QCoreApplication.translate(
            "Exporter", "The export failed; nothing was written. Details are in the log."
        ), True


def _write_pdf(journal: Journal, round_id: str, target: Path, name: str) -> tuple[str, bool]:
    from interview_journal.storage.errors import JournalError
    from interview_journal.ui.transfer.pdf import export_round_pdf

    try:
        written = export_round_pdf(journal, round_id, target)
    except JournalError as error:
        return str(error), True
    if name:
        return QCoreApplication.translate("Exporter", "Exported {name} as PDF to {path}.").format(
            name=name, path=written
        ), False
    return QCoreApplication.translate("Exporter", "Exported as PDF to {path}.").format(
        path=written
    ), False
