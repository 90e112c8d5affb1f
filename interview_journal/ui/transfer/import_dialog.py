"""Importing a file: the app's own JSON export (merged by id) or a CSV of applications.

Nothing is written until the user presses Import. A JSON file shows what the merge would
do per table (new, updated, unchanged); a CSV shows which field each column fills (the
recognised ones chosen already), how to read dates such as 03/05/2026 when the file does
not tell, the rows as they will be imported, and every warning and error by line. Import
stays disabled while any row is bad: all or nothing.

Reading, checking and writing run on a worker thread (a heavy export takes seconds), one
at a time, the newest request winning; an in-memory journal lives on one connection, so
there they run inline (see ``Journal.reads_in_parallel``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui.background import LatestResult
from interview_journal.ui.feedback import InlineMessage, ReportsInline
from interview_journal.ui.i18n import format_date, format_number
from interview_journal.ui.layout import named, tab_chain
from interview_journal.ui.research.models import RowTableModel

if TYPE_CHECKING:
    from interview_journal.core.import_csv import CsvImportPreview, CsvTable
    from interview_journal.core.import_json import MergePlan, MergeSummary, ParsedExport
    from interview_journal.core.services import Services

__all__ = ["ImportDialog"]


log = logging.getLogger(__name__)
AnyIndex = QModelIndex | QPersistentModelIndex

PREVIEW_ROWS = 50
# Source texts, marked for lupdate; shown through _tr (QCoreApplication.translate).
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog", "Journal exports and spreadsheets (*.json *.csv *.tsv *.txt);;All files (*)"
)
INTRO = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Choose an Interview Journal export (.json) to merge into this journal, or a CSV of "
    "applications saved from a spreadsheet or another tracker. You will see what the "
    "import does before anything is written.",
)
JSON_NOTE = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Records are matched by their id: new ones are added, and where both journals changed "
    "a record the newer edit is kept. Nothing is deleted.",
)
NO_PROBLEMS = QT_TRANSLATE_NOOP("ImportDialog", "No problems found: every row can be imported.")

# What each table of an export holds, as the summary names it.
TABLE_LABELS: dict[str, str] = {
    "company": QT_TRANSLATE_NOOP("ImportDialog", "Companies"),
    "research_note": QT_TRANSLATE_NOOP("ImportDialog", "Research notes"),
    "fit_criterion": QT_TRANSLATE_NOOP("ImportDialog", "Fit criteria"),
    "fit_score": QT_TRANSLATE_NOOP("ImportDialog", "Fit scores"),
    "pipeline_stage": QT_TRANSLATE_NOOP("ImportDialog", "Pipeline stages"),
    "application": QT_TRANSLATE_NOOP("ImportDialog", "Applications"),
    "interview_round": QT_TRANSLATE_NOOP("ImportDialog", "Interview rounds"),
    "prep_item": QT_TRANSLATE_NOOP("ImportDialog", "Preparation items"),
    "person": QT_TRANSLATE_NOOP("ImportDialog", "Contacts"),
    "round_attendee": QT_TRANSLATE_NOOP("ImportDialog", "People in rounds"),
    "note_line": QT_TRANSLATE_NOOP("ImportDialog", "Note lines"),
    "question": QT_TRANSLATE_NOOP("ImportDialog", "Questions"),
    "question_asked": QT_TRANSLATE_NOOP("ImportDialog", "Questions asked"),
    "follow_up": QT_TRANSLATE_NOOP("ImportDialog", "Follow-ups"),
    "interaction": QT_TRANSLATE_NOOP("ImportDialog", "Contacts logged"),
    "offer": QT_TRANSLATE_NOOP("ImportDialog", "Offers"),
    "reminder": QT_TRANSLATE_NOOP("ImportDialog", "Reminders"),
    "timeline_event": QT_TRANSLATE_NOOP("ImportDialog", "Timeline entries"),
    "setting": QT_TRANSLATE_NOOP("ImportDialog", "Settings"),
}


def _tr(source: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP above, in the user's language."""
    return QCoreApplication.translate("ImportDialog", source)


# ------------------------------------------------------------------ models
class MergeSummaryModel(RowTableModel):
    """Per table of the file: new, updated, unchanged; then the total."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportDialog", "Records"),
        QT_TRANSLATE_NOOP("ImportDialog", "New"),
        QT_TRANSLATE_NOOP("ImportDialog", "Updated"),
        QT_TRANSLATE_NOOP("ImportDialog", "Unchanged"),
    )

    def set_summary(self, summary: MergeSummary | None) -> None:
        rows: list[tuple[str, int, int, int]] = []
        if summary is not None:
            for counts in summary.tables:
                if counts.rows:
                    known = TABLE_LABELS.get(counts.table)
                    label = _tr(known) if known else counts.table
                    rows.append((label, counts.new, counts.updated, counts.unchanged))
            total = QCoreApplication.translate("ImportDialog", "Total")
            rows.append((total, summary.new, summary.updated, summary.unchanged))
        self.set_rows(rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = row[column]
            return value if isinstance(value, str) else format_number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


class CsvPreviewModel(RowTableModel):
    """The first rows as they will be imported."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportDialog", "Line"),
        QT_TRANSLATE_NOOP("ImportDialog", "Company"),
        QT_TRANSLATE_NOOP("ImportDialog", "Role"),
        QT_TRANSLATE_NOOP("ImportDialog", "Stage"),
        QT_TRANSLATE_NOOP("ImportDialog", "Date applied"),
        QT_TRANSLATE_NOOP("ImportDialog", "Source"),
        QT_TRANSLATE_NOOP("ImportDialog", "Link"),
    )

    def set_preview(self, preview: CsvImportPreview | None) -> None:
        rows: list[tuple[str, ...]] = []
        if preview is not None:
            for planned in preview.rows[:PREVIEW_ROWS]:
                company = (
                    QCoreApplication.translate("ImportDialog", "{company} (new)").format(
                        company=planned.company
                    )
                    if planned.new_company
                    else planned.company
                )
                applied = format_date(planned.applied) if planned.applied else ""
                rows.append(
                    (
                        format_number(planned.line),
                        company,
                        planned.role,
                        planned.stage,
                        applied,
                        planned.source,
                        planned.link,
                    )
                )
        self.set_rows(rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("ImportDialog", "{column}: {value}").format(
                column=_tr(self.HEADERS[index.column()]),
                value=self._rows[index.row()][index.column()],
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


# ------------------------------------------------------------- background
@dataclass(frozen=True)
class _Outcome:
    """What a job on the worker gives back: its value, or the sentence saying why not."""

    kind: str  # "json-plan", "csv-table", "csv-preview", "json-applied", "csv-applied"
    value: object = None
    error: str = ""
    generation: int = 0


def _attempt(kind: str, generation: int, work: Callable[[], object]) -> _Outcome:
    from interview_journal.storage.errors import JournalError

    try:
        return _Outcome(kind, work(), generation=generation)
    except JournalError as error:
        return _Outcome(kind, error=str(error), generation=generation)
    except Exception:
        log.exception("import step %s failed", kind)
        return _Outcome(
            kind,
            error=QCoreApplication.translate(
                "ImportDialog",
                "Something went wrong; nothing was imported. Details are in the log.",
            ),
            generation=generation,
        )


def _table_view(object_name: str, accessible: str, model: QAbstractTableModel) -> QTableView:
    view = named(QTableView(), object_name, accessible)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # One line of text per row, not the style's roomy default.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


# ----------------------------------------------------------------- dialog
class ImportDialog(ReportsInline, QDialog):
    """Choose a file, see what importing it does, then import it (or not)."""

    # The MergeSummary of a JSON import, or the number of applications a CSV added.
    imported = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "importDialog", self.tr("Import"))
        self.setWindowTitle(self.tr("Import into the journal"))
        self._services = services
        self.path: Path | None = None
        self.kind = ""
        self.plan: MergePlan | None = None
        self.parsed: ParsedExport | None = None
        self.table: CsvTable | None = None
        self.preview: CsvImportPreview | None = None
        self.busy = False
        self._generation = 0
        self._runner = LatestResult(self._finished, self)

        # No fixed accessible name: a screen reader reads the file's path itself.
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("importFile")
        self.file_label.setAccessibleDescription(self.tr("File to import"))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = named(
            QPushButton(self.tr("&Choose file…")), "importChoose", self.tr("Choose a file")
        )
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.pages = named(QStackedWidget(), "importPages", self.tr("What the import does"))
        self.hint = named(QLabel(_tr(INTRO)), "importHint", self.tr("About importing"))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self._json_page())
        self.pages.addWidget(self._csv_page())

        self.message = InlineMessage("importMessage")
        self.buttons = named(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close),
            "importButtons",
            self.tr("Buttons"),
        )
        self.import_button = named(
            QPushButton(self.tr("&Import")), "importApply", self.tr("Import")
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self._close_button = named(close, "importClose", self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        tab_chain([self.choose_button, self.pages, self.import_button, close])
        self.resize(820, 600)
        self.choose_button.setFocus()

    # ---------------------------------------------------------------- pages
    def _json_page(self) -> QWidget:
        page = QWidget()
        self.json_title = named(QLabel(), "importJsonTitle", self.tr("About the file"))
        self.json_title.setWordWrap(True)
        self.json_title.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_model = MergeSummaryModel(self)
        self.summary_view = _table_view(
            "importSummary", self.tr("What the merge does"), self.summary_model
        )
        header = self.summary_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        note = named(QLabel(_tr(JSON_NOTE)), "importJsonNote", self.tr("How records are merged"))
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.json_title)
        layout.addWidget(self.summary_view, 1)
        layout.addWidget(note)
        return page

    def _csv_page(self) -> QWidget:
        page = QWidget()
        self.csv_title = named(QLabel(), "importCsvTitle", self.tr("About the file"))
        self.csv_title.setWordWrap(True)
        self.csv_title.setTextFormat(Qt.TextFormat.PlainText)

        mapping_caption = QLabel(self.tr("Which field each column of the file fills:"))
        self.mapping_holder = QWidget()
        self.mapping_grid = QGridLayout(self.mapping_holder)
        self.mapping_grid.setContentsMargins(0, 0, 0, 0)
        self.mapping_grid.setVerticalSpacing(2)
        self.mapping_grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.mapping_scroll = named(QScrollArea(), "importMapping", self.tr("Column mapping"))
        self.mapping_scroll.setWidget(self.mapping_holder)
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mapping_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes to the boxes inside (the area scrolls to the focused one), not to the
        # area itself, which has nothing to do.
        self.mapping_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mapping_boxes: list[QComboBox] = []

        self.date_order = named(QComboBox(), "importDateOrder", self.tr("How to read dates"))
        self.date_order.addItem(self.tr("month first: 03/05/2026 is March 5"), False)
        self.date_order.addItem(self.tr("day first: 03/05/2026 is 5 March"), True)
        self.date_row = QWidget()
        date_layout = QHBoxLayout(self.date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_caption = QLabel(self.tr("The file's dates can be read two ways; read them &"))
        date_caption.setBuddy(self.date_order)
        date_layout.addWidget(date_caption)
        date_layout.addWidget(self.date_order)
        date_layout.addStretch(1)
        self.date_row.hide()
        self.date_order.currentIndexChanged.connect(self._refresh_preview)

        self.preview_model = CsvPreviewModel(self)
        self.preview_view = _table_view(
            "importPreview", self.tr("Rows to import"), self.preview_model
        )
        header = self.preview_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.preview_caption = QLabel()
        self.preview_caption.setObjectName("importPreviewCaption")
        self.preview_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_caption.setWordWrap(True)

        self.problems = named(QPlainTextEdit(), "importProblems", self.tr("Warnings and errors"))
        self.problems.setTabChangesFocus(True)
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.csv_title)
        layout.addWidget(mapping_caption)
        layout.addWidget(self.mapping_scroll)
        layout.addWidget(self.date_row)
        layout.addWidget(self.preview_caption)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.problems)
        return page

    # ----------------------------------------------------------- choosing
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), start, _tr(FILE_FILTER)
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read and check ``path`` (an export or a CSV) and show what importing it does."""
        from interview_journal.core.import_json import file_kind

        self.path = Path(path)
        self.kind = file_kind(self.path)
        self.plan = self.parsed = self.table = self.preview = None
        self.file_label.setText(str(self.path))
        self.file_label.setToolTip(str(self.path))
        self.import_button.setText(self.tr("&Import"))
        self.message.hide()
        self._show_working(self.tr("Reading {file}…").format(file=self.path.name))
        journal = self._services.journal
        target = self.path
        if self.kind == "json":
            self._run("json-plan", lambda: _plan_json(journal, target))
        else:
            self._run("csv-table", lambda: _read_csv(journal, target))

    def _show_working(self, text: str) -> None:
        self.hint.setText(text)
        self.pages.setCurrentWidget(self.hint)
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.choose_button.setEnabled(not busy)
        self._update_import_button()

    def _update_import_button(self) -> None:
        ready = False
        if self.kind == "json" and self.plan is not None:
            ready = self.plan.summary.changes > 0
        elif self.kind == "csv" and self.preview is not None:
            ready = self.preview.ok and bool(self.preview.rows)
        self.import_button.setEnabled(ready and not self.busy)

    # --------------------------------------------------------- background
    def _run(self, kind: str, work: Callable[[], object]) -> None:
        self._generation += 1
        generation = self._generation
        self._runner.request(
            lambda: _attempt(kind, generation, work),
            in_parallel=self._services.journal.reads_in_parallel,
        )

    def _finished(self, outcome: object) -> None:
        if not isinstance(outcome, _Outcome) or outcome.generation != self._generation:
            return
        self._set_busy(False)
        if outcome.error:
            self._failed(outcome)
            return
        handlers: dict[str, Callable[[Any], None]] = {
            "json-plan": self._show_plan,
            "csv-table": self._show_table,
            "csv-preview": self._show_preview,
            "json-applied": self._json_applied,
            "csv-applied": self._csv_applied,
        }
        handlers[outcome.kind](outcome.value)

    def _failed(self, outcome: _Outcome) -> None:
        if outcome.kind in ("json-plan", "csv-table"):
            self.hint.setText(_tr(INTRO))
            self.pages.setCurrentWidget(self.hint)
        self.show_message(outcome.error, error=True)
        self._update_import_button()

    # ------------------------------------------------------------- JSON
    def _show_plan(self, value: tuple[ParsedExport, MergePlan]) -> None:
        self.parsed, self.plan = value
        parsed, summary = self.parsed, self.plan.summary
        self.json_title.setText(
            self._export_title(parsed.exported_at, parsed.app_version, parsed.rows)
        )
        self.summary_model.set_summary(summary)
        self.pages.setCurrentIndex(1)
        if summary.changes == 0:
            self.show_message(self.tr("Everything in this file is already in the journal."))
        else:
            self.show_message(summary.sentence())
        self._update_import_button()

    def _json_applied(self, summary: MergeSummary) -> None:
        self.plan = None
        self.summary_model.set_summary(summary)
        self.import_button.setText(self.tr("Imported"))
        self.show_message(summary.sentence())
        self._update_import_button()
        self.imported.emit(summary)

    # -------------------------------------------------------------- CSV
    def _show_table(self, value: tuple[CsvTable, CsvImportPreview]) -> None:
        from interview_journal.core.import_csv import FIELDS, field_label

        self.table, preview = value
        table = self.table
        self.csv_title.setText(
            self.tr(
                "A CSV file ({encoding}, {delimiter}-separated) with %Ln row(s) "
                "under the header on line {line}.",
                "",
                len(table.rows),
            ).format(
                encoding=table.encoding,
                delimiter=_delimiter_name(table.delimiter),
                line=format_number(table.header_line),
            )
        )
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.mapping_boxes = []
        for index, header in enumerate(table.headers):
            caption = QLabel(
                header or self.tr("Column {number}").format(number=format_number(index + 1))
            )
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setToolTip(header)
            box = named(
                QComboBox(),
                f"importColumn{index}",
                self.tr("Field for column “{column}”").format(
                    column=header or format_number(index + 1)
                ),
            )
            box.addItem(self.tr("(ignore)"), None)
            for key in FIELDS:
                box.addItem(field_label(key), key)
            chosen = preview.mapping.get(index)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
            box.currentIndexChanged.connect(self._refresh_preview)
            caption.setBuddy(box)
            self.mapping_grid.addWidget(caption, 0, index)
            self.mapping_grid.addWidget(box, 1, index)
            self.mapping_boxes.append(box)
        # Boxes made now would come last in Tab's order: put them where they are seen,
        # after the file's button and before the date choice and the preview.
        tab_chain(
            [
                self.choose_button,
                *self.mapping_boxes,
                self.date_order,
                self.preview_view,
                self.problems,
                self.import_button,
                self._close_button,
            ]
        )
        self.mapping_grid.setColumnStretch(len(table.headers), 1)
        hint = self.mapping_holder.sizeHint()
        # Room for the scroll bar only when the columns are wider than the dialog.
        wide = hint.width() > max(self.mapping_scroll.viewport().width(), self.width() - 40)
        bar = self.mapping_scroll.horizontalScrollBar().sizeHint().height() if wide else 0
        self.mapping_scroll.setFixedHeight(hint.height() + bar + 2)
        self.date_order.blockSignals(True)
        self.date_order.setCurrentIndex(1 if preview.day_first else 0)
        self.date_order.blockSignals(False)
        self.pages.setCurrentIndex(2)
        self._show_preview(preview)

    def mapping(self) -> dict[int, str | None]:
        return {index: box.currentData() for index, box in enumerate(self.mapping_boxes)}

    def set_column_field(self, index: int, field: str | None) -> None:
        """Map column ``index`` to ``field`` (None to ignore it), as choosing it would."""
        box = self.mapping_boxes[index]
        box.setCurrentIndex(box.findData(field) if field else 0)

    def _refresh_preview(self) -> None:
        if self.table is None:
            return
        journal, table, mapping = self._services.journal, self.table, self.mapping()
        day_first = self.date_order.currentData() if not self.date_row.isHidden() else None
        self.preview = None
        self._set_busy(True)
        self._run("csv-preview", lambda: _preview_csv(journal, table, mapping, day_first=day_first))

    def _show_preview(self, preview: CsvImportPreview) -> None:
        self.preview = preview
        self.preview_model.set_preview(preview)
        for column in range(self.preview_model.columnCount() - 1):
            self.preview_view.resizeColumnToContents(column)
            width = self.preview_view.columnWidth(column)
            self.preview_view.setColumnWidth(column, min(width, 240))
        shown = min(len(preview.rows), PREVIEW_ROWS)
        if preview.rows and not preview.ok:
            caption = self.tr(
                "Rows without errors (nothing is imported until every error is fixed):"
            )
        elif preview.rows:
            caption = (
                self.tr(
                    "The first {shown} of %Ln application(s) to add:", "", len(preview.rows)
                ).format(shown=format_number(shown))
                if len(preview.rows) > shown
                else self.tr("The %Ln application(s) to add:", "", shown)
            )
        elif preview.ok:
            caption = self.tr("Nothing to add: every row is already in the journal.")
        else:
            caption = self.tr("Nothing can be imported until the errors below are fixed.")
        self.preview_caption.setText(caption)
        self.date_row.setVisible(preview.ambiguous_dates or not self.date_row.isHidden())
        self.problems.setPlainText(self._problems_text(preview))
        if preview.ok:
            self.show_message(preview.sentence())
        else:
            more = preview.error_count - 1
            first = (
                self.tr("{error} (and %Ln more)", "", more).format(error=preview.errors[0])
                if more
                else preview.errors[0]
            )
            self.show_message(
                self.tr(
                    "{errors} Fix the file or the columns above; "
                    "nothing is imported while a row is wrong."
                ).format(errors=first),
                error=True,
            )
        self._update_import_button()

    def _csv_applied(self, added: int) -> None:
        self.preview = None
        self.import_button.setText(self.tr("Imported"))
        self.show_message(self.tr("Imported %Ln application(s).", "", added))
        self._update_import_button()
        self.imported.emit(added)

    # ------------------------------------------------------------ import
    def apply(self) -> None:
        """Write what the preview showed, in one transaction (or nothing)."""
        if self.busy:
            return
        journal = self._services.journal
        if self.kind == "json" and self.plan is not None:
            plan = self.plan
            self._set_busy(True)
            self.show_message(self.tr("Importing…"))
            self._run("json-applied", lambda: _apply_json(journal, plan))
        elif self.kind == "csv" and self.preview is not None and self.preview.ok:
            preview = self.preview
            self._set_busy(True)
            self.show_message(self.tr("Importing…"))
            self._run("csv-applied", lambda: _apply_csv(journal, preview))

    def wait(self, msecs: int = 5000) -> bool:
        return self._runner.wait(msecs)

    def done(self, result: int) -> None:
        # A job still on the worker reports to nobody; the journal stays consistent since
        # a write is one transaction either way.
        self._runner.cancel()
        super().done(result)

    # ------------------------------------------------------------- texts
    def _export_title(self, exported_at: str, app_version: str, rows: int) -> str:
        """ "An Interview Journal export, exported 3 Mar 2026 by version 1.2, holding 40
        records." """
        parts = []
        if exported_at:
            day = _parsed_day(exported_at)
            parts.append(
                self.tr(", exported {date}").format(
                    date=format_date(day) if day else exported_at[:10]
                )
            )
        if app_version:
            parts.append(self.tr(" by version {version}").format(version=app_version))
        return self.tr(
            "An Interview Journal export{made}, holding %Ln record(s).", "", rows
        ).format(made="".join(parts))

    def _problems_text(self, preview: CsvImportPreview) -> str:
        """Every problem on its own line, each starting with its kind in words ("Error —"),
        so nothing depends on a colour. The problem sentences come from core."""
        lines = [self.tr("Error — {problem}").format(problem=problem) for problem in preview.errors]
        more_errors = preview.error_count - len(preview.errors)
        if more_errors > 0:
            lines.append(self.tr("… and %Ln more error(s).", "", more_errors))
        lines += [
            self.tr("Warning — {problem}").format(problem=problem) for problem in preview.warnings
        ]
        lines += [
            self.tr("Skipped — line {line}: {reason}.").format(line=format_number(line), reason=why)
            for line, why in preview.skipped[:PREVIEW_ROWS]
        ]
        more_skipped = len(preview.skipped) - PREVIEW_ROWS
        if more_skipped > 0:
            lines.append(self.tr("… and %Ln more row(s) skipped.", "", more_skipped))
        if preview.unmapped:
            lines.append(
                self.tr("Not imported (no field chosen): {columns}.").format(
                    columns=self.tr(", ").join(preview.unmapped)
                )
            )
        return "\n".join(lines) or _tr(NO_PROBLEMS)


# ------------------------------------------------------- work off the UI
def _plan_json(journal: Any, path: Path) -> tuple[ParsedExport, MergePlan]:
    from interview_journal.core.import_json import plan_merge, read_export

    parsed = read_export(path)
    return parsed, plan_merge(journal, parsed)


def _apply_json(journal: Any, plan: MergePlan) -> MergeSummary:
    from interview_journal.core.import_json import apply_merge

    return apply_merge(journal, plan)


def _read_csv(journal: Any, path: Path) -> tuple[CsvTable, CsvImportPreview]:
    from interview_journal.core.import_csv import guess_mapping, preview_csv_import, read_csv

    table = read_csv(path)
    return table, preview_csv_import(journal, table, guess_mapping(table.headers))


def _preview_csv(
    journal: Any, table: CsvTable, mapping: dict[int, str | None], *, day_first: bool | None
) -> CsvImportPreview:
    from interview_journal.core.import_csv import preview_csv_import

    return preview_csv_import(journal, table, mapping, day_first=day_first)


def _apply_csv(journal: Any, preview: CsvImportPreview) -> int:
    from interview_journal.core.import_csv import apply_csv_import

    return apply_csv_import(journal, preview)


def _parsed_day(stamp: str) -> date | None:
    """The day of an ISO 8601 stamp in the file (RFC 3339 profile), None when malformed."""
    try:
        return date.fromisoformat(stamp[:10])
    except ValueError:
        return None


def _delimiter_name(delimiter: str) -> str:
    names = {
        ",": QCoreApplication.translate("ImportDialog", "comma"),
        ";": QCoreApplication.translate("ImportDialog", "semicolon"),
        "\t": QCoreApplication.translate("ImportDialog", "tab"),
        "|": QCoreApplication.translate("ImportDialog", "bar"),
    }
    return names.get(delimiter, delimiter)
