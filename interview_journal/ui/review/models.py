"""Table models of the review view: past interviews, a replay, questions, the study list.

Each holds immutable rows handed out by :class:`interview_journal.core.review.ReviewService`
and says, column by column, what a cell shows, how it sorts and what a screen reader says.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui.i18n import format_date, format_time
from interview_journal.ui.research.models import IdRole, RowRole, RowTableModel
from interview_journal.ui.review.charts import chart_number

if TYPE_CHECKING:
    from interview_journal.core.review import (
        PastInterview,
        QuestionGroup,
        QuestionOccurrence,
        ReplayLine,
        StudyOccurrence,
        StudyTopic,
    )

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 20
# One translation context for the review's tables: the models are subclassed, and
# PySide's self.tr() would look a string up under the subclass's name.
CONTEXT = "ReviewTables"

NO_COMPANY = QT_TRANSLATE_NOOP("ReviewTables", "No company")
NOT_GIVEN = "—"
ASKED_LABELS = {
    "them": QT_TRANSLATE_NOOP("ReviewTables", "Asked of me"),
    "me": QT_TRANSLATE_NOOP("ReviewTables", "Asked by me"),
}


def _t(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP, in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def asked_label(asked_by: str) -> str:
    return _t(ASKED_LABELS[asked_by]) if asked_by in ASKED_LABELS else asked_by


def company_or_none(name: str | None) -> str:
    return name or _t(NO_COMPANY)


def local_day(moment: datetime | None) -> str:
    return format_date(moment.astimezone().date()) if moment is not None else NOT_GIVEN


def sort_moment(moment: datetime | None) -> float:
    return moment.timestamp() if moment is not None else 0.0


def one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class Column:
    title: str  # marked with QT_TRANSLATE_NOOP; translated when shown
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    right: bool = False
    tooltip: Callable[[Any], str] | None = None


class ColumnModel(RowTableModel):
    """Rows shown through a list of :class:`Column`; read-only unless a subclass says so."""

    columns: tuple[Column, ...] = ()

    @staticmethod
    def row_key(row: Any) -> str:
        # Not every review row has an id (a topic of the study list is a group of lines).
        return str(getattr(row, "id", "\0no id"))

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, number: int) -> Any:
        return self._rows[number]

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _t(self.columns[section].title)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("ReviewTables", "{column}: {value}").format(
                column=_t(column.title), value=column.text(row)
            )
        if role == SortRole:
            return column.sort(row) if column.sort else column.text(row).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return getattr(row, "id", None)
        if role == RowRole:
            return row
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts by each column's :data:`SortRole` (dates as dates, counts as numbers)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)


# ------------------------------------------------------------ past interviews
def _company(row: PastInterview) -> str:
    return company_or_none(row.company_name)


def _company_tip(row: PastInterview) -> str:
    return f"{_company(row)} — {row.role}" if row.role else _company(row)


class InterviewTableModel(ColumnModel):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Date"),
            lambda r: local_day(r.when),
            lambda r: sort_moment(r.when),
        ),
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Company"), _company, tooltip=_company_tip),
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Round"), lambda r: r.kind_label),
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Outcome"), lambda r: r.outcome or NOT_GIVEN),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Energy"),
            lambda r: f"{r.energy}/5" if r.energy is not None else NOT_GIVEN,
            lambda r: -1 if r.energy is None else r.energy,
            right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Lines"),
            lambda r: chart_number(r.note_lines),
            lambda r: r.note_lines,
            right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Did not know"),
            lambda r: chart_number(r.did_not_know),
            lambda r: r.did_not_know,
            right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Self-review"),
            lambda r: one_line(r.self_review_summary) or NOT_GIVEN,
            tooltip=lambda r: (
                r.self_review
                or QCoreApplication.translate("ReviewTables", "No self-review written.")
            ),
        ),
    )

    def interview(self, number: int) -> PastInterview:
        row: PastInterview = self._rows[number]
        return row


# --------------------------------------------------------------------- replay
def _marker(line: ReplayLine) -> str:
    return f"{line.glyph} {line.marker_label}" if line.marker else ""


def clock_text(moment: datetime | None) -> str:
    """The local wall-clock time in the user's form ("14:05", "2:05 PM"), without
    importing the database stack when the window starts."""
    return format_time(moment.astimezone()) if moment is not None else ""


class ReplayModel(ColumnModel):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Time"),
            lambda r: r.elapsed_text,
            lambda r: r.elapsed_ms,
            right=True,
        ),
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Clock"), lambda r: clock_text(r.clock)),
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Marker"), _marker),
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Line"), lambda r: r.text),
    )

    def line_texts(self) -> list[str]:
        return [row.text for row in self._rows]


# ------------------------------------------------------------------ questions
NO_ANSWER = QT_TRANSLATE_NOOP("ReviewTables", "No answer noted.")


def _companies(companies: Sequence[str], limit: int = 3) -> str:
    if not companies:
        return NOT_GIVEN
    shown = ", ".join(companies[:limit])
    more = len(companies) - limit
    if more <= 0:
        return shown
    # Called on the class: pyside6-lupdate marks a plural (numerus) string only in tr(),
    # and the stubs type tr() as an instance method.
    more_text = ColumnModel.tr("{companies} and %n more", "", more)  # type: ignore[arg-type]
    return more_text.format(companies=shown)


class QuestionTableModel(ColumnModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Question"), lambda r: r.text),
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Asked"), lambda r: asked_label(r.asked_by)),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Times"),
            lambda r: chart_number(r.count),
            lambda r: r.count,
            right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Companies"),
            lambda r: _companies(r.companies),
            lambda r: len(r.companies),
            tooltip=lambda r: ", ".join(r.companies) or NOT_GIVEN,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Last asked"),
            lambda r: local_day(r.last_asked),
            lambda r: sort_moment(r.last_asked),
        ),
    )

    def group(self, number: int) -> QuestionGroup:
        row: QuestionGroup = self._rows[number]
        return row


class OccurrenceModel(ColumnModel):
    """Each time one question was asked, with the answer given."""

    columns = (
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Date"),
            lambda r: local_day(r.when),
            lambda r: sort_moment(r.when),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Company"), lambda r: company_or_none(r.company_name)
        ),
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Round"), lambda r: r.kind_label),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Answer"),
            lambda r: r.answer or _t(NO_ANSWER),
            tooltip=lambda r: QCoreApplication.translate(
                "ReviewTables", "Asked as: {question}\n\n{answer}"
            ).format(question=r.text, answer=r.answer or _t(NO_ANSWER)),
        ),
    )

    def occurrence(self, number: int) -> QuestionOccurrence:
        row: QuestionOccurrence = self._rows[number]
        return row


# ----------------------------------------------------------------- study list
class StudyTableModel(ColumnModel):
    """The study list; the first column is a "studied" box the user ticks."""

    studied_toggled = Signal(object, bool)  # the StudyTopic, its new state

    columns = (
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Studied"),
            lambda r: (
                QCoreApplication.translate("ReviewTables", "Studied")
                if r.studied
                else QCoreApplication.translate("ReviewTables", "To study")
            ),
            lambda r: r.studied,
        ),
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Topic"), lambda r: r.text),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Times"),
            lambda r: chart_number(r.count),
            lambda r: r.count,
            right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Companies"),
            lambda r: _companies(r.companies),
            lambda r: len(r.companies),
            tooltip=lambda r: ", ".join(r.companies) or NOT_GIVEN,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Last time"),
            lambda r: local_day(r.last_seen),
            lambda r: sort_moment(r.last_seen),
        ),
    )

    def topic(self, number: int) -> StudyTopic:
        row: StudyTopic = self._rows[number]
        return row

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            if not 0 <= index.row() < len(self._rows):
                return None
            studied = self._rows[index.row()].studied
            return Qt.CheckState.Checked if studied else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid() and index.column() == 0:
            row = self._rows[index.row()] if 0 <= index.row() < len(self._rows) else None
            if row is not None:
                if row.studied:
                    return QCoreApplication.translate("ReviewTables", "{topic}: studied").format(
                        topic=row.text
                    )
                return QCoreApplication.translate(
                    "ReviewTables", "{topic}: not studied yet"
                ).format(topic=row.text)
        return super().data(index, role)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        studied = state == Qt.CheckState.Checked
        self.studied_toggled.emit(self._rows[index.row()], studied)
        return True

    def set_studied(self, key: str, studied: bool) -> None:
        """Show a topic's new state (after the journal took it), without a reset."""
        from dataclasses import replace

        number = self.row_of(key)
        if number < 0:
            return
        self._rows[number] = replace(self._rows[number], studied=studied)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))


class StudyOccurrenceModel(ColumnModel):
    """Where one topic came up: each interview, newest first."""

    columns = (
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Date"),
            lambda r: local_day(r.when),
            lambda r: sort_moment(r.when),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewTables", "Company"), lambda r: company_or_none(r.company_name)
        ),
        Column(QT_TRANSLATE_NOOP("ReviewTables", "Round"), lambda r: r.kind_label),
    )

    def occurrence(self, number: int) -> StudyOccurrence:
        row: StudyOccurrence = self._rows[number]
        return row
