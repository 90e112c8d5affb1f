"""Item models of the research view: companies and the research notes of one company.

The models hold small, immutable rows copied from what the services return, so a view
never keeps a database object (or a session) alive. Both are plain list models: one
row per record, no per-row widgets, cheap to reset for a few thousand rows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.vocabulary import RESEARCH_TOPICS, label

# Re-exported: the views that show dates import it from here.
from interview_journal.ui.i18n import COMPACT_DATE, format_date

if TYPE_CHECKING:
    from interview_journal.core.research import CompanySummary
    from interview_journal.storage.tables import ResearchNote

ModelIndex = QModelIndex | QPersistentModelIndex

# Roles shared by both models; the two-line delegate reads DetailRole.
IdRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
FilterRole = Qt.ItemDataRole.UserRole + 3
RowRole = Qt.ItemDataRole.UserRole + 4
FitRole = Qt.ItemDataRole.UserRole + 5
ActivityRole = Qt.ItemDataRole.UserRole + 6
NameKeyRole = Qt.ItemDataRole.UserRole + 7


def name_key(name: str) -> str:
    """Sort key for names: case and accents ignored, the same in every locale ("É" near "e")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# The date edits' display format (dates shown as text go through ``format_date``).
DATE_FORMAT = COMPACT_DATE


def notes_phrase(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("CompanyListModel", "no notes yet")
    # %Ln: the count grouped the locale's way ("1,234" in English).
    return QCoreApplication.translate("CompanyListModel", "%Ln note(s)", "", count)


def fit_phrase(fit: float) -> str:
    """A weighted fit as the list says it: "fit 3.4", the number in the user's locale."""
    return QCoreApplication.translate("CompanyListModel", "fit {score}").format(
        score=QLocale().toString(fit, "f", 1)
    )


@dataclass(frozen=True)
class CompanyRow:
    id: str
    name: str
    industry: str
    note_count: int
    # Weighted fit on the 1-5 scale, None while nothing is scored.
    fit: float | None = None
    last_activity: datetime | None = None

    @classmethod
    def from_summary(cls, summary: CompanySummary, fit: float | None = None) -> CompanyRow:
        company = summary.company
        return cls(
            company.id,
            company.name,
            company.industry,
            summary.note_count,
            fit,
            summary.last_activity,
        )

    @property
    def detail(self) -> str:
        parts = [self.industry] if self.industry else []
        parts.append(notes_phrase(self.note_count))
        if self.fit is not None:
            parts.append(fit_phrase(self.fit))
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
        return QCoreApplication.translate("NoteListModel", "Untitled note")

    @property
    def detail(self) -> str:
        parts = [self.topic_label]
        if self.source:
            parts.append(self.source)
        if self.source_date is not None:
            parts.append(format_date(self.source_date))
        return " · ".join(parts)


@dataclass(frozen=True)
class LinkRow:
    """A read-only two-line row: an application or a person shown on the company page."""

    id: str
    title: str
    detail: str


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
    # Unscored companies sort below every scored one, whichever way the list is sorted.
    FitRole: lambda row: -1.0 if row.fit is None else row.fit,
    ActivityRole: lambda row: row.last_activity.timestamp() if row.last_activity else 0.0,
    NameKeyRole: lambda row: (name_key(row.name), row.name),
}
_NOTE_ROLES: dict[int, Callable[[NoteRow], Any]] = {
    _Role.DisplayRole: lambda row: row.heading,
    _Role.ToolTipRole: lambda row: f"{row.heading}, {row.detail}",
    _Role.AccessibleTextRole: lambda row: f"{row.heading}, {row.detail}",
    DetailRole: lambda row: row.detail,
    IdRole: lambda row: row.id,
    RowRole: lambda row: row,
}

_LINK_ROLES: dict[int, Callable[[LinkRow], Any]] = {
    _Role.DisplayRole: lambda row: row.title,
    _Role.ToolTipRole: lambda row: f"{row.title}, {row.detail}" if row.detail else row.title,
    _Role.AccessibleTextRole: lambda row: f"{row.title}, {row.detail}" if row.detail else row.title,
    DetailRole: lambda row: row.detail,
    IdRole: lambda row: row.id,
    RowRole: lambda row: row,
}


def link_roles() -> dict[int, Callable[[Any], Any]]:
    return dict(_LINK_ROLES)


class RowListModel(QAbstractListModel):
    """A list of immutable rows with an ``id``; ``roles`` says what each role shows."""

    def __init__(self, roles: dict[int, Callable[[Any], Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._roles = roles
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, row_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == row_id:
                return number
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        getter = self._roles.get(role)
        return None if getter is None else getter(self._rows[index.row()])


class RowTableModel(QAbstractTableModel):
    """A table of immutable rows; subclasses say the columns and what each cell shows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @staticmethod
    def row_key(row: Any) -> str:
        """What ``row_of`` looks a row up by."""
        return str(row.id)

    def row_of(self, key: str) -> int:
        for number, row in enumerate(self._rows):
            if self.row_key(row) == key:
                return number
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)


class CompanyListModel(RowListModel):
    """Every company of the journal; the proxy decides the order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_COMPANY_ROLES, parent)

    def rows(self) -> list[CompanyRow]:
        return list(self._rows)

    def company(self, row: int) -> CompanyRow:
        row_value: CompanyRow = self._rows[row]
        return row_value

    def set_fits(self, fits: dict[str, float | None]) -> None:
        """New weighted fits for every row (a weight or a score changed)."""
        self._rows = [replace(row, fit=fits.get(row.id)) for row in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def update_company(self, company_id: str, **changes: Any) -> None:
        """Change one row in place (after an edit), without resetting the model."""
        number = self.row_of(company_id)
        if number < 0:
            return
        self._rows[number] = replace(self._rows[number], **changes)
        index = self.index(number, 0)
        self.dataChanged.emit(index, index)


class CompanySort(Enum):
    """The orders the company list offers; the value is what the sort box shows, in
    English (``label`` gives it in the user's language)."""

    NAME = QT_TRANSLATE_NOOP("ResearchView", "Name")
    FIT = QT_TRANSLATE_NOOP("ResearchView", "Fit score")
    ACTIVITY = QT_TRANSLATE_NOOP("ResearchView", "Last activity")

    @property
    def label(self) -> str:
        return QCoreApplication.translate("ResearchView", self.value)


class CompanyFilterModel(QSortFilterProxyModel):
    """Filter-as-you-type over name and industry, ignoring case; sorted by name, fit or activity."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(FilterRole)
        self._order = CompanySort.NAME
        self.sort(0, Qt.SortOrder.AscendingOrder)

    @property
    def order(self) -> CompanySort:
        return self._order

    def set_order(self, order: CompanySort) -> None:
        self._order = order
        self.invalidate()
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        # Best fit and most recent activity come first; ties fall back to the name.
        if self._order is not CompanySort.NAME:
            role = FitRole if self._order is CompanySort.FIT else ActivityRole
            left_value, right_value = left.data(role), right.data(role)
            if left_value != right_value:
                return bool(left_value > right_value)
        return bool(left.data(NameKeyRole) < right.data(NameKeyRole))


class NoteListModel(RowListModel):
    """The research notes of one company, most recently changed first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_NOTE_ROLES, parent)

    def note(self, row: int) -> NoteRow:
        row_value: NoteRow = self._rows[row]
        return row_value
