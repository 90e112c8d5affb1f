"""The timeline's table model: newest first, read from the service one page at a time.

The model never holds more rows than the user has scrolled to: it asks the service for the
total once per reset, loads the first page at once and further pages through Qt's
``canFetchMore``/``fetchMore``, so a journal with 20,000 events opens as fast as an empty one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.vocabulary import EVENT_KINDS, label

if TYPE_CHECKING:
    from interview_journal.core.timeline import TimelineEntry, TimelineService
    from interview_journal.storage.journal import TimelineFilter

__all__ = ["Guard", "TimelineModel", "TimelineRow", "local_datetime", "short_when"]

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex


class Guard(Protocol):
    """Runs a service call; on failure it tells the user and returns None."""

    def __call__(self, action: Callable[[], T]) -> T | None: ...


def _unguarded(action: Callable[[], T]) -> T | None:
    return action()


def local_datetime(moment: datetime) -> QDateTime:
    """The stored UTC moment as a local ``QDateTime`` (naive values are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def short_when(moment: QDateTime, locale: QLocale) -> str:
    """Date and time in the user's short format; ISO-like when no locale is set ("C")."""
    if locale.language() == QLocale.Language.C:
        return locale.toString(moment, "yyyy-MM-dd HH:mm")
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


@dataclass(frozen=True)
class TimelineRow:
    """One loaded event with the texts the table shows, formatted once when fetched."""

    entry: TimelineEntry
    when: str
    kind: str
    summary: str


class TimelineModel(QAbstractTableModel):
    """Timeline events, newest first, across every application (or the filtered few)."""

    PAGE_SIZE = 200
    EntryRole = Qt.ItemDataRole.UserRole + 1
    # English source texts, translated in headerData.
    COLUMNS = (
        QT_TRANSLATE_NOOP("TimelineModel", "When"),
        QT_TRANSLATE_NOOP("TimelineModel", "What"),
        QT_TRANSLATE_NOOP("TimelineModel", "Company"),
        QT_TRANSLATE_NOOP("TimelineModel", "Details"),
    )
    WHEN, KIND, COMPANY, DETAILS = range(4)

    def __init__(self, parent: QObject | None = None, guard: Guard = _unguarded) -> None:
        super().__init__(parent)
        self._guard = guard
        self._service: TimelineService | None = None
        self._where: TimelineFilter | None = None
        self._rows: list[TimelineRow] = []
        self._total = 0
        self._notifying = False
        self._locale = QLocale()

    # ------------------------------------------------------------------ loading
    def set_source(self, service: TimelineService | None, where: TimelineFilter | None) -> None:
        """Show ``where``'s events from ``service``: counts them and loads the first page."""
        with self._changing():
            self.beginResetModel()
            self._service = service
            self._where = where
            self._rows = []
            self._total = 0
            if service is not None and where is not None:
                self._total = self._guard(lambda: service.count(where)) or 0
                self._rows = self._load(0)
            self.endResetModel()

    def reload(self) -> None:
        self.set_source(self._service, self._where)

    @property
    def total(self) -> int:
        """How many events the current filter matches, loaded or not."""
        return self._total

    @property
    def where(self) -> TimelineFilter | None:
        return self._where

    def _load(self, offset: int) -> list[TimelineRow]:
        service, where = self._service, self._where
        if service is None or where is None or offset >= self._total:
            return []
        limit = min(self.PAGE_SIZE, self._total - offset)
        entries = self._guard(lambda: service.page(where, offset, limit))
        if not entries:
            # A failed read or a journal that shrank meanwhile: stop asking for more.
            self._total = offset
            return []
        return [self._row(entry) for entry in entries]

    def _row(self, entry: TimelineEntry) -> TimelineRow:
        event = entry.event
        when = short_when(local_datetime(event.occurred_at), self._locale)
        title = " ".join(event.title.split())
        detail = " ".join(event.detail.split())
        summary = f"{title} — {detail}" if title and detail else title or detail
        return TimelineRow(entry, when, label(EVENT_KINDS, event.kind), summary)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self._notifying or not self.canFetchMore(parent):
            return
        start = len(self._rows)
        rows = self._load(start)
        if not rows:
            return
        with self._changing():
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    @contextmanager
    def _changing(self) -> Iterator[None]:
        """Hold fetchMore() off while a change is being announced.

        A listener that fetches more from a slot of the change's signals would nest a second
        insertion inside the first, before the listeners after it have seen either; it is
        simply asked again later (views fetch when they scroll to the end).
        """
        self._notifying = True
        try:
            yield
        finally:
            self._notifying = False

    # ------------------------------------------------------------------ reading
    def entry(self, row: int) -> TimelineEntry | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def row_of(self, event_id: str) -> int:
        """The loaded row holding ``event_id``, or -1."""
        for number, row in enumerate(self._rows):
            if row.entry.event.id == event_id:
                return number
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (row.when, row.kind, row.entry.company_name, row.summary)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAILS:
            return row.summary or None
        if role == self.EntryRole:
            return row.entry
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.tr(self.COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
