"""The keyboard shortcut sheet (F1 or ?) and the list it shows.

:data:`SHEET` is written for people: what each key does and where it works.
``tests/ui/test_shortcuts.py`` compares it with what the window and every view really
bind (:func:`bound_shortcuts`), so the sheet cannot drift from the code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
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

from interview_journal.core.i18n import QT_TRANSLATE_NOOP

# Group titles, actions and places are English source texts, marked for lupdate and
# translated when the sheet shows them; the tests compare the English ones with the code.
EVERYWHERE = QT_TRANSLATE_NOOP("ShortcutSheet", "Everywhere")
CRITERIA_DIALOG = QT_TRANSLATE_NOOP("ShortcutSheet", "Editing fit criteria")
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
        ("F1", QT_TRANSLATE_NOOP("ShortcutSheet", "Show this list of shortcuts")),
        (
            "?",
            QT_TRANSLATE_NOOP("ShortcutSheet", "Show this list of shortcuts (outside text fields)"),
        ),
        ("Ctrl+L", QT_TRANSLATE_NOOP("ShortcutSheet", "Start interview notes")),
        ("Ctrl+K", QT_TRANSLATE_NOOP("ShortcutSheet", "Search everything")),
        (
            "Ctrl+Shift+F",
            QT_TRANSLATE_NOOP("ShortcutSheet", "Search everything (also inside a text field)"),
        ),
        ("Ctrl+1", QT_TRANSLATE_NOOP("ShortcutSheet", "Go to Research")),
        ("Ctrl+2", QT_TRANSLATE_NOOP("ShortcutSheet", "Go to Live interview")),
        ("Ctrl+3", QT_TRANSLATE_NOOP("ShortcutSheet", "Go to Timeline")),
        ("Ctrl+4", QT_TRANSLATE_NOOP("ShortcutSheet", "Go to Pipeline")),
        ("Ctrl+5", QT_TRANSLATE_NOOP("ShortcutSheet", "Go to Contacts")),
        ("Ctrl+6", QT_TRANSLATE_NOOP("ShortcutSheet", "Go to Offers")),
        ("Ctrl+7", QT_TRANSLATE_NOOP("ShortcutSheet", "Go to Reminders")),
        ("Ctrl+8", QT_TRANSLATE_NOOP("ShortcutSheet", "Go to Review")),
        ("Ctrl+Q", QT_TRANSLATE_NOOP("ShortcutSheet", "Quit")),
        where=EVERYWHERE,
    ),
    *_section(
        ("Ctrl+N", QT_TRANSLATE_NOOP("ShortcutSheet", "New company")),
        ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("ShortcutSheet", "New research note")),
        ("Ctrl+S", QT_TRANSLATE_NOOP("ShortcutSheet", "Save the research note")),
        (
            "Ctrl+Shift+I",
            QT_TRANSLATE_NOOP("ShortcutSheet", "Import a saved web page or text file as notes"),
        ),
        ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("ShortcutSheet", "Compare companies")),
        ("Ctrl+Shift+Q", QT_TRANSLATE_NOOP("ShortcutSheet", "Question bank")),
        ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutSheet", "Search research")),
        where="Research",
    ),
    *_section(
        ("Ctrl+N", QT_TRANSLATE_NOOP("ShortcutSheet", "Add a criterion")),
        ("Del", QT_TRANSLATE_NOOP("ShortcutSheet", "Delete the selected criterion")),
        ("Ctrl+Up", QT_TRANSLATE_NOOP("ShortcutSheet", "Move the selected criterion up")),
        ("Ctrl+Down", QT_TRANSLATE_NOOP("ShortcutSheet", "Move the selected criterion down")),
        where=CRITERIA_DIALOG,
    ),
    *_section(
        ("Alt+Q", QT_TRANSLATE_NOOP("ShortcutSheet", "Mark the line as a question (Q:)")),
        ("Alt+A", QT_TRANSLATE_NOOP("ShortcutSheet", "Mark the line as an answer (A:)")),
        ("Alt+F", QT_TRANSLATE_NOOP("ShortcutSheet", "Mark the line as a follow-up (F:)")),
        ("Alt+H", QT_TRANSLATE_NOOP("ShortcutSheet", "Mark the line as a highlight (!)")),
        (
            "Alt+D",
            QT_TRANSLATE_NOOP("ShortcutSheet", "Mark the line as something I did not know (DK:)"),
        ),
        ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("ShortcutSheet", "End the interview")),
        where="Live interview",
    ),
    *_section(
        ("Ctrl+N", QT_TRANSLATE_NOOP("ShortcutSheet", "Add an application")), where="Pipeline"
    ),
    *_section(
        ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("ShortcutSheet", "New contact")), where="Contacts"
    ),
    *_section(
        ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("ShortcutSheet", "New offer")),
        ("Ctrl+S", QT_TRANSLATE_NOOP("ShortcutSheet", "Save the offer")),
        where="Offers",
    ),
    *_section(
        ("Ctrl+D", QT_TRANSLATE_NOOP("ShortcutSheet", "Mark the selected reminder done")),
        where="Reminders",
    ),
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


def place_title(where: str) -> str:
    """The group title of ``where`` in the user's language: a view's name is translated
    as the window's navigation says it, so both read alike."""
    from interview_journal.ui.main_window import VIEW_LABELS

    if where in VIEW_LABELS.values():
        return QCoreApplication.translate("MainWindow", where)
    return QCoreApplication.translate("ShortcutSheet", where)


class ShortcutSheet(QDialog):
    """Every shortcut, grouped by where it works, with a filter box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutSheet")
        self.resize(560, 620)
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutFilter")
        self.filter.setPlaceholderText(self.tr("Filter by key or action"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        groups: dict[str, QStandardItem] = {}
        for entry in SHEET:
            group = groups.get(entry.where)
            if group is None:
                group = QStandardItem(place_title(entry.where))
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                group.setEditable(False)
                self.model.appendRow([group, _cell("")])
                groups[entry.where] = group
            native = QKeySequence(entry.keys).toString(QKeySequence.SequenceFormat.NativeText)
            action = self.tr(entry.action)
            keys = _cell(native)
            # "Ctrl+Shift+E: End the interview" read as one, where a row of the tree is.
            keys.setData(
                self.tr("{keys}: {action}").format(keys=native, action=action),
                Qt.ItemDataRole.AccessibleTextRole,
            )
            group.appendRow([keys, _cell(action)])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.tree = QTreeView()
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.header().setAccessibleName(self.tr("Columns"))
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
        hint = QLabel(self.tr("Press ? anywhere outside a text field, or F1, to open this list."))
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
