"""Item models of the research view: companies and the research notes of one company.

The models hold small, immutable rows copied from what the services return, so a view
never keeps a database object (or a session) alive. Both are plain list models: one
row per record, no per-row widgets, cheap to reset for a few thousand rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from interview_journal.core.vocabulary import RESEARCH_TOPICS, label

if TYPE_CHECKING:
    from interview_journal.core.research import CompanySummary
    from interview_journal.storage.tables import ResearchNote

ModelIndex = QModelIndex | QPersistentModelIndex

# Roles shared by both models; the two-line delegate reads DetailRole.
IdRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
FilterRole = Qt.ItemDataRole.UserRole + 3
RowRole = Qt.ItemDataRole.UserRole + 4


# Day, abbreviated month in the user's language, year: never ambiguous between locales.
DATE_FORMAT = "d MMM yyyy"


def format_date(value: date) -> str:
    day = QDate(value.year, value.month, value.day)
    return QLocale().toString(day, DATE_FORMAT)


def notes_phrase(count: int) -> str:
    if count == 0:
        return "no notes yet"
    return "1 note" if count == 1 else f"{count:,} notes"


@dataclass(frozen=True)
class CompanyRow:
    id: str
    name: str
    industry: str
    note_count: int

    @classmethod
    def from_summary(cls, summary: CompanySummary) -> CompanyRow:
        company = summary.company
        return cls(company.id, company.name, company.industry, summary.note_count)

    @property
    def detail(self) -> str:
        parts = [self.industry] if self.industry else []
        parts.append(notes_phrase(self.note_count))
        return " · ".join(parts)


@dataclass(frozen=True)
class NoteRow:
    id: str
    topic: str
    title: str
    body: str
    source: str
    source_date: date | None

    @classmethod
    def from_note(cls, note: ResearchNote) -> NoteRow:
        return cls(note.id, note.topic, note.title, note.body, note.source, note.source_date)

    @property
    def topic_label(self) -> str:
        return label(RESEARCH_TOPICS, self.topic)

    @property
    def heading(self) -> str:
        if self.title:
            return self.title
        for line in self.body.splitlines():
            text = line.strip().lstrip("#>-*").strip()
            if text:
                return text[:120]
        return "Untitled note"

    @property
    def detail(self) -> str:
        parts = [self.topic_label]
        if self.source:
            parts.append(self.source)
        if self.source_date is not None:
            parts.append(format_date(self.source_date))
        return " · ".join(parts)


_Role = Qt.ItemDataRole
_COMPANY_ROLES: dict[int, Callable[[CompanyRow], Any]] = {
    _Role.DisplayRole: lambda row: row.name,
    _Role.EditRole: lambda row: row.name,
    _Role.ToolTipRole: lambda row: f"{row.name}, {row.detail}",
    _Role.AccessibleTextRole: lambda row: f"{row.name}, {row.detail}",
    DetailRole: lambda row: row.detail,
    FilterRole: lambda row: f"{row.name}\n{row.industry}",
    IdRole: lambda row: row.id,
    RowRole: lambda row: row,
}
_NOTE_ROLES: dict[int, Callable[[NoteRow], Any]] = {
    _Role.DisplayRole: lambda row: row.heading,
    _Role.ToolTipRole: lambda row: f"{row.heading}, {row.detail}",
    _Role.AccessibleTextRole: lambda row: f"{row.heading}, {row.detail}",
    DetailRole: lambda row: row.detail,
    IdRole: lambda row: row.id,
    RowRole: lambda row: row,
}


class CompanyListModel(QAbstractListModel):
    """Every company of the journal, in the order the service gives (by name)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CompanyRow] = []

    def set_rows(self, rows: list[CompanyRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[CompanyRow]:
        return list(self._rows)

    def row_of(self, company_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == company_id:
                return number
        return -1

    def company(self, row: int) -> CompanyRow:
        return self._rows[row]

    def update_company(self, company_id: str, **changes: Any) -> None:
        """Change one row in place (after an edit), without resetting the model."""
        number = self.row_of(company_id)
        if number < 0:
            return
        self._rows[number] = replace(self._rows[number], **changes)
        index = self.index(number, 0)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        getter = _COMPANY_ROLES.get(role)
        return None if getter is None else getter(self._rows[index.row()])


class CompanyFilterModel(QSortFilterProxyModel):
    """Filter-as-you-type over name and industry, ignoring case; sorted by name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(FilterRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.sort(0, Qt.SortOrder.AscendingOrder)


class NoteListModel(QAbstractListModel):
    """The research notes of one company, most recently changed first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NoteRow] = []

    def set_rows(self, rows: list[NoteRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, note_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == note_id:
                return number
        return -1

    def note(self, row: int) -> NoteRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        getter = _NOTE_ROLES.get(role)
        return None if getter is None else getter(self._rows[index.row()])
