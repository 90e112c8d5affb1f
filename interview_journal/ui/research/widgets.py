"""Small building blocks of the research view: two-line rows, hints, prompts, confirmation."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from interview_journal.ui.research.models import DetailRole

ModelIndex = QModelIndex | QPersistentModelIndex


def paint_row_background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: ModelIndex,
) -> tuple[QColor, QColor]:
    """Draw the row's background (selection, focus) in the style; return text and quiet colours.

    The delegates paint their own text, so the style draws the item with none.
    """
    delegate.initStyleOption(option, index)
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    option.text = ""
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    palette: QPalette = option.palette
    text = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    quiet = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
    )
    return text, quiet


class TwoLineDelegate(QStyledItemDelegate):
    """Paints a row as a bold first line and a quieter detail line; every row has one height."""

    PADDING = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        detail = QFont(option.font)
        if detail.pointSizeF() > 0:
            detail.setPointSizeF(detail.pointSizeF() * 0.92)
        return title, detail

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title, detail = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(detail).height()
        # Narrow on purpose: the row takes the list's width and elides, never scrolls sideways.
        return QSize(40, height + 3 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        title_color, detail_color = paint_row_background(self, painter, option, index)
        title_font, detail_font = self._fonts(option)
        rect: QRect = option.rect.adjusted(
            self.PADDING + 4, self.PADDING, -self.PADDING - 4, -self.PADDING
        )
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail = str(index.data(DetailRole) or "")

        painter.save()
        painter.setFont(title_font)
        painter.setPen(title_color)
        metrics = painter.fontMetrics()
        top = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(detail_font)
        painter.setPen(detail_color)
        metrics = painter.fontMetrics()
        gap = self.PADDING // 2
        bottom = QRect(rect.left(), top.bottom() + gap, rect.width(), metrics.height())
        painter.drawText(
            bottom,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class Hint(QLabel):
    """A calm sentence where content will be: what is missing and what to do next."""

    def __init__(self, object_name: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName(object_name)
        self.setAccessibleName(text)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(24)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def set_hint(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)


def name_headers(table: QTableView) -> None:
    """Say what a table's header views are, and let the table take their focus.

    A header is an item view of its own inside the table (Qt gives it no name and no Tab
    stop); a screen reader reaches the headings through the table's cells, and the
    keyboard user through the table, which a focus proxy makes the header's stand-in
    (https://doc.qt.io/qt-6/qwidget.html#setFocusProxy).
    """
    headers = (
        (table.horizontalHeader(), QCoreApplication.translate("TableHeaders", "Column headings")),
        (table.verticalHeader(), QCoreApplication.translate("TableHeaders", "Row numbers")),
    )
    for header, name in headers:
        header.setAccessibleName(name)
        header.setFocusProxy(table)


class PromptLineEdit(QLineEdit):
    """A one-line prompt: Enter accepts (``returnPressed``), Esc emits ``cancelled``."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; Cancel is the default button."""
    box = QMessageBox(parent)
    box.setObjectName("confirmDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
