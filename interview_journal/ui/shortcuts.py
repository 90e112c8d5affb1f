"""The keyboard shortcut sheet (F1 or ?) and the list it shows.

:data:`SHEET` is written for people: what each key does and where it works.
``tests/ui/test_shortcuts.py`` compares it with what the window and every view really
bind (:func:`bound_shortcuts`), so the sheet cannot drift from the code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

EVERYWHERE = "Everywhere"
CRITERIA_DIALOG = "Editing fit criteria"
SHEET_KEYS = ("F1", "?")


@dataclass(frozen=True)
class Shortcut:
    keys: str  # Qt's portable text, as QKeySequence.toString() gives it
    action: str
    where: str  # EVERYWHERE or a view's label


def _section(*pairs: tuple[str, str], where: str) -> tuple[Shortcut, ...]:
    return tuple(Shortcut(keys, action, where) for keys, action in pairs)


SHEET: tuple[Shortcut, ...] = (
    *_section(
        ("F1", "Show this list of shortcuts"),
        ("?", "Show this list of shortcuts (outside text fields)"),
        ("Ctrl+L", "Start interview notes"),
        ("Ctrl+K", "Search everything"),
        ("Ctrl+Shift+F", "Search everything (also inside a text field)"),
        ("Ctrl+1", "Go to Research"),
        ("Ctrl+2", "Go to Live interview"),
        ("Ctrl+3", "Go to Timeline"),
        ("Ctrl+4", "Go to Pipeline"),
        ("Ctrl+5", "Go to Contacts"),
        ("Ctrl+6", "Go to Offers"),
        ("Ctrl+7", "Go to Reminders"),
        ("Ctrl+8", "Go to Review"),
        ("Ctrl+Q", "Quit"),
        where=EVERYWHERE,
    ),
    *_section(
        ("Ctrl+N", "New company"),
        ("Ctrl+Shift+N", "New research note"),
        ("Ctrl+S", "Save the research note"),
        ("Ctrl+Shift+I", "Import a saved web page or text file as notes"),
        ("Ctrl+Shift+C", "Compare companies"),
        ("Ctrl+Shift+Q", "Question bank"),
        ("Ctrl+F", "Search research"),
        where="Research",
    ),
    *_section(
        ("Ctrl+N", "Add a criterion"),
        ("Del", "Delete the selected criterion"),
        ("Ctrl+Up", "Move the selected criterion up"),
        ("Ctrl+Down", "Move the selected criterion down"),
        where=CRITERIA_DIALOG,
    ),
    *_section(
        ("Alt+Q", "Mark the line as a question (Q:)"),
        ("Alt+A", "Mark the line as an answer (A:)"),
        ("Alt+F", "Mark the line as a follow-up (F:)"),
        ("Alt+H", "Mark the line as a highlight (!)"),
        ("Alt+D", "Mark the line as something I did not know (DK:)"),
        ("Ctrl+Shift+E", "End the interview"),
        where="Live interview",
    ),
    *_section(("Ctrl+N", "Add an application"), where="Pipeline"),
    *_section(("Ctrl+Shift+N", "New contact"), where="Contacts"),
    *_section(
        ("Ctrl+Shift+N", "New offer"),
        ("Ctrl+S", "Save the offer"),
        where="Offers",
    ),
    *_section(("Ctrl+D", "Mark the selected reminder done"), where="Reminders"),
)


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _sequences(bound: QObject) -> list[QKeySequence]:
    if isinstance(bound, QAction):
        return list(bound.shortcuts())
    if isinstance(bound, QShortcut):
        return list(bound.keys())
    if isinstance(bound, QAbstractButton):
        # The Alt+letter of an "&" in a button's text is a mnemonic, shown underlined on
        # the button itself; the sheet lists shortcuts only.
        if bound.shortcut() == QKeySequence.mnemonic(bound.text()):
            return []
        return [bound.shortcut()]
    return []


def bound_shortcuts(root: QWidget, *, outside: Sequence[QWidget] = ()) -> set[str]:
    """Every key sequence an action, shortcut or button binds in ``root`` and below,
    leaving out what lives inside any widget of ``outside`` (the views, when reading
    what the window itself binds)."""
    candidates: list[QObject] = [
        *root.actions(),
        *root.findChildren(QAction),
        *root.findChildren(QShortcut),
        *root.findChildren(QAbstractButton),
    ]
    keys: set[str] = set()
    for bound in candidates:
        if any(_inside(bound, part) for part in outside):
            continue
        keys.update(portable(sequence) for sequence in _sequences(bound) if not sequence.isEmpty())
    return keys


def _inside(node: QObject | None, part: QWidget) -> bool:
    while node is not None:
        if node is part:
            return True
        node = node.parent()
    return False


def sheet_for(where: str) -> set[str]:
    return {entry.keys for entry in SHEET if entry.where == where}


class ShortcutSheet(QDialog):
    """Every shortcut, grouped by where it works, with a filter box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("shortcutSheet")
        self.resize(560, 620)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by key or action")
        self.filter.setAccessibleName("Filter shortcuts")
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels(["Keys", "Action"])
        groups: dict[str, QStandardItem] = {}
        for entry in SHEET:
            group = groups.get(entry.where)
            if group is None:
                group = QStandardItem(entry.where)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                group.setEditable(False)
                self.model.appendRow([group, _cell("")])
                groups[entry.where] = group
            native = QKeySequence(entry.keys).toString(QKeySequence.SequenceFormat.NativeText)
            group.appendRow([_cell(native), _cell(entry.action)])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.tree = QTreeView()
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName("Keyboard shortcuts")
        self.tree.setModel(self.proxy)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.filter.textChanged.connect(self._filter)
        hint = QLabel("Press ? anywhere outside a text field, or F1, to open this list.")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()

    def shown_actions(self) -> list[str]:
        """The actions the list shows now, top to bottom (tests)."""
        found: list[str] = []
        for group_row in range(self.proxy.rowCount()):
            group = self.proxy.index(group_row, 0)
            for row in range(self.proxy.rowCount(group)):
                found.append(str(self.proxy.index(row, 1, group).data()))
        return found


def _cell(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item
