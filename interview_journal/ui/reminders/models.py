"""The reminders list: group headings (Overdue, Today, Coming up) and the items under them.

A flat list model: a heading is a row that cannot be selected, so arrow keys skip it and
a screen reader still reads "Overdue, 3" before the items it introduces.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from interview_journal.ui.i18n import format_number

if TYPE_CHECKING:
    from interview_journal.core.reminders import ReminderItem

__all__ = ["ReminderRow", "RemindersModel"]

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ReminderRow:
    """A heading (``item`` is None) or one item with its texts formatted once."""

    title: str
    detail: str = ""
    due: str = ""
    overdue: bool = False
    item: ReminderItem | None = None


class RemindersModel(QAbstractListModel):
    ItemRole = Qt.ItemDataRole.UserRole + 1
    DetailRole = Qt.ItemDataRole.UserRole + 2
    DueRole = Qt.ItemDataRole.UserRole + 3
    HeadingRole = Qt.ItemDataRole.UserRole + 4
    OverdueRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReminderRow] = []

    def set_groups(self, groups: list[tuple[str, list[ReminderItem]]], now: datetime) -> None:
        from interview_journal.core.reminders import group_label

        rows: list[ReminderRow] = []
        for group, items in groups:
            rows.append(
                ReminderRow(
                    QCoreApplication.translate("RemindersModel", "{group} · {count}").format(
                        group=group_label(group), count=format_number(len(items))
                    )
                )
            )
            for item in items:
                facts = [item.kind_label]
                if item.company_name and not (
                    item.company_name in item.title or item.company_name in item.detail
                ):
                    facts.append(item.company_name)
                if item.detail:
                    facts.append(item.detail)
                due = item.due_words(now)  # core's words (translated there)
                if item.snoozed:
                    due = QCoreApplication.translate("RemindersModel", "snoozed, {due}").format(
                        due=due
                    )
                rows.append(
                    ReminderRow(item.title, " · ".join(facts), due, group == "overdue", item)
                )
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def item(self, row: int) -> ReminderItem | None:
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        for number, row in enumerate(self._rows):
            if row.item is not None and row.item.key == key:
                return number
        return -1

    def first_item_row(self) -> int:
        for number, row in enumerate(self._rows):
            if row.item is not None:
                return number
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The due words say "overdue" in text; the colour only adds to them.
            return ", ".join(part for part in (row.title, row.due, row.detail) if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.detail or None
        if role == self.DetailRole:
            return row.detail
        if role == self.DueRole:
            return row.due
        if role == self.HeadingRole:
            return row.item is None
        if role == self.OverdueRole:
            return row.overdue
        if role == self.ItemRole:
            return row.item
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].item is None:
            return Qt.ItemFlag.ItemNeverHasChildren  # a heading: shown, never selected
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
