"""Backups and restore: the copies kept in the data folder, a manual one on demand, and
putting one of them (or any backup file) back in place of the journal.

The restore itself is the application's to run (:meth:`Application.restore_backup` in
``ui/app.py``): the journal must be closed first. This dialog only chooses what to restore,
says what will happen, and asks for the user's word.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.paths import DataPaths
from interview_journal.ui.feedback import InlineMessage, ReportsInline
from interview_journal.ui.i18n import format_moment, format_number
from interview_journal.ui.layout import named
from interview_journal.ui.research.models import RowTableModel
from interview_journal.ui.research.widgets import Hint

ModelIndex = QModelIndex | QPersistentModelIndex

# Source texts, marked for lupdate; shown through _tr (QCoreApplication.translate).
INTRO = QT_TRANSLATE_NOOP(
    "BackupsDialog",
    "A copy of your journal is taken automatically once a day when the app starts; the "
    "last {keep} daily copies are kept. Copies you make yourself, and the journal as it "
    "was before a restore or an upgrade, are kept until you delete them.",
)
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "BackupsDialog",
    "No backups yet. “Back up now” makes the first one; the app also makes one a day.",
)
REASON_LABELS = {
    "auto": QT_TRANSLATE_NOOP("BackupsDialog", "Daily, automatic"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Made by you"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "Journal before a restore"),
    "before-schema": QT_TRANSLATE_NOOP("BackupsDialog", "Journal before an upgrade"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("BackupsDialog", "Taken"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Kind"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Size"),
)


def _tr(source: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP above, in the user's language."""
    return QCoreApplication.translate("BackupsDialog", source)


@dataclass(frozen=True)
class BackupRow:
    path: Path
    when: datetime
    reason: str
    size: int

    @property
    def when_text(self) -> str:
        """Date and time in the user's locale and local zone."""
        return format_moment(self.when)

    @property
    def kind_text(self) -> str:
        label = REASON_LABELS.get(self.reason)
        return _tr(label) if label else self.reason.replace("-", " ").capitalize()

    @property
    def size_text(self) -> str:
        return human_size(self.size)


def human_size(size: int, locale: QLocale | None = None) -> str:
    """ "512 bytes", "12 kB", "3.4 MB" (SI units), with the locale's digits, separators
    and unit names (Qt's own translations name kB and MB)."""
    if size < 1000:  # Qt says "1 bytes"; a numerus string says "1 byte"
        return QCoreApplication.translate("BackupsDialog", "%Ln byte(s)", "", size)
    locale = locale or QLocale()
    precision = 0 if size < 1_000_000 else 1
    return locale.formattedDataSize(size, precision, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupTableModel(RowTableModel):
    def backup(self, row: int) -> BackupRow:
        found: BackupRow = self._rows[row]
        return found

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.when_text, row.kind_text, row.size_text)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def list_backup_rows(paths: DataPaths) -> list[BackupRow]:
    from interview_journal.storage.backup import list_backups

    return [BackupRow(info.path, info.when, info.reason, info.size) for info in list_backups(paths)]


class BackupsDialog(ReportsInline, QDialog):
    """``restore_requested(Path)``: the user chose a backup and confirmed replacing the
    journal with it. ``back_up_requested()``: take a manual backup now."""

    restore_requested = Signal(object)
    back_up_requested = Signal()

    def __init__(
        self,
        paths: DataPaths,
        parent: QWidget | None = None,
        *,
        confirm: Any = None,
        choose_file: Any = None,
    ) -> None:
        super().__init__(parent)
        named(self, "backupsDialog", self.tr("Backups and restore"))
        self.setWindowTitle(self.tr("Backups and restore"))
        self._paths = paths
        self._confirm = confirm or self._ask
        self._choose_file = choose_file or self._ask_for_file
        from interview_journal.storage.backup import DEFAULT_KEEP

        intro = QLabel(_tr(INTRO).format(keep=format_number(DEFAULT_KEEP)))
        intro.setObjectName("backupsIntro")
        intro.setWordWrap(True)
        where = QLabel(self.tr("Backups folder: {folder}").format(folder=paths.backups))
        where.setObjectName("backupsFolder")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = BackupTableModel(self)
        self.table = named(QTableView(), "backupsTable", self.tr("Backups"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setAccessibleDescription(
            self.tr("Newest first; Enter or a double click restores the selected one")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.hint = Hint("backupsHint", _tr(EMPTY_HINT))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.table)

        self.back_up_button = named(
            QPushButton(self.tr("&Back up now")), "backupNow", self.tr("Back up now")
        )
        self.restore_button = named(
            QPushButton(self.tr("&Restore selected…")),
            "restoreSelected",
            self.tr("Restore the selected backup"),
        )
        self.restore_file_button = named(
            QPushButton(self.tr("Restore from a &file…")),
            "restoreFromFile",
            self.tr("Restore from a backup file"),
        )
        self.folder_button = named(
            QPushButton(self.tr("&Open folder")),
            "openBackupsFolder",
            self.tr("Open the backups folder"),
        )
        self.back_up_button.clicked.connect(self.back_up_requested.emit)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.folder_button.clicked.connect(self.open_folder)
        actions = QHBoxLayout()
        for button in (
            self.back_up_button,
            self.restore_button,
            self.restore_file_button,
            self.folder_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        self.message = InlineMessage("backupsMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(680, 460)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons()
        )
        self.refresh()

    # --------------------------------------------------------------- content
    def refresh(self) -> None:
        try:
            rows = list_backup_rows(self._paths)
        except OSError as error:
            self.show_message(
                self.tr("The backups folder cannot be read: {reason}.").format(
                    reason=error.strerror
                ),
                True,
            )
            rows = []
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.hint)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.model.rowCount():
            return None
        return self.model.backup(index.row())

    def set_backing_up(self, busy: bool) -> None:
        self.back_up_button.setEnabled(not busy)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # --------------------------------------------------------------- actions
    def restore_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._restore(
            row.path,
            self.tr("the backup taken {when} ({kind})").format(
                when=row.when_text, kind=row.kind_text.lower()
            ),
        )

    def restore_from_file(self) -> None:
        chosen = self._choose_file()
        if chosen is None:
            return
        path = Path(chosen)
        from interview_journal.storage.backup import check_journal_file
        from interview_journal.storage.errors import JournalError

        try:
            check_journal_file(path)
        except JournalError as error:
            self.show_message(str(error), True)
            return
        except OSError as error:
            self.show_message(
                self.tr("{file} cannot be read: {reason}.").format(
                    file=path.name, reason=error.strerror
                ),
                True,
            )
            return
        self._restore(path, path.name)

    def _restore(self, path: Path, described: str) -> None:
        text = self.tr(
            "Replace your journal with {backup}?\n\n"
            "Everything written since that backup will no longer be in the journal. "
            "The journal as it is now is kept as a copy in the backups folder, so this "
            "can be undone by restoring that copy."
        ).format(backup=described)
        if not self._confirm(text):
            return
        self.accept()
        self.restore_requested.emit(path)

    def open_folder(self) -> None:
        self._paths.backups.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.backups)))

    def _ask(self, text: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(text)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def _ask_for_file(self) -> str | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(self._paths.backups),
            self.tr("Journal backups (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        return name or None
