"""The Pipeline view: one column per stage, a card per application, and the keep-applying strip.

Cards move by drag and drop, by Ctrl+Shift+Left/Right (previous/next stage) and by
"Move to…"; a card gone quiet carries a "Quiet 18 days" flag and offers "Close as no
response". Every change goes through :class:`PipelineService`, then the board reloads
(a few queries, ~0.1 s on 1,000 applications). Nothing of the database stack is
imported before :meth:`PipelineView.attach`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui import theme
from interview_journal.ui.feedback import InlineMessage, guarded, report_info
from interview_journal.ui.i18n import COMPACT_DATE, format_number
from interview_journal.ui.layout import named, tab_chain
from interview_journal.ui.pipeline.models import (
    CardListModel,
    CardRole,
    QuietRole,
    StageTableModel,
    quiet_flag,
)
from interview_journal.ui.research import widgets
from interview_journal.ui.research.models import DetailRole, ModelIndex
from interview_journal.ui.research.widgets import Hint, paint_row_background

if TYPE_CHECKING:
    from interview_journal.core.pipeline import PipelineBoard, PipelineCard, Stage
    from interview_journal.core.services import Services

__all__ = ["AddApplicationDialog", "PipelineView", "StageDialog"]

log = logging.getLogger(__name__)

# English source texts, marked for lupdate and translated where they are shown (_tr).
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "PipelineView",
    "No applications yet.\n\n"
    "An application lands here when you add one with “Add application” (Ctrl+N), or by "
    "itself when you start an interview with Ctrl+L for a company you have no process "
    "with. Each one then moves through your stages, from Applied to an offer, and the "
    "board tells you when a company has gone quiet.",
)
EMPTY_COLUMN = QT_TRANSLATE_NOOP("PipelineView", "No applications here")
OPENING_TEXT = QT_TRANSLATE_NOOP("PipelineView", "Opening your journal…")


def _tr(source: str) -> str:
    return QCoreApplication.translate("PipelineView", source)


# The quiet flag's colours (theme.py): amber in either look, distinct from selection so
# a selected quiet card still shows it; the flag says "Quiet 18 days" in words as well.
QUIET_BACKGROUND = "quiet-flag-background"
QUIET_TEXT = "quiet-flag-text"

COLUMN_MIN_WIDTH = 150


class CardDelegate(widgets.TwoLineDelegate):  # its fonts and padding
    """A card of three lines: company in bold, role, then one fact in the quiet colour
    or, for a process gone quiet, the amber "Quiet 18 days" flag. Every card has one height."""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title, detail = self._fonts(option)
        height = QFontMetrics(title).height() + 2 * (QFontMetrics(detail).height() + 2)
        return QSize(40, height + 3 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        title_color, detail_color = paint_row_background(self, painter, option, index)
        title_font, detail_font = self._fonts(option)
        rect: QRect = option.rect.adjusted(
            self.PADDING + 2, self.PADDING, -self.PADDING - 2, -self.PADDING
        )
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        card = index.data(CardRole)
        painter.save()
        # A hairline under each card so cards read as separate items.
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())

        painter.setFont(title_font)
        painter.setPen(title_color)
        metrics = painter.fontMetrics()
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            line, left, metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        )

        painter.setFont(detail_font)
        metrics = painter.fontMetrics()
        line = QRect(rect.left(), line.bottom() + 3, rect.width(), metrics.height())
        role = (
            card.role
            if card is not None and card.role
            else QCoreApplication.translate("PipelineCard", "Role not given")
        )
        painter.setPen(title_color)
        painter.drawText(
            line, left, metrics.elidedText(role, Qt.TextElideMode.ElideRight, rect.width())
        )

        line = QRect(rect.left(), line.bottom() + 3, rect.width(), metrics.height() + 2)
        flag = str(index.data(QuietRole) or "")
        if flag:
            width = min(metrics.horizontalAdvance(flag) + 14, rect.width())
            pill = QRect(line.left(), line.top(), width, line.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.colour(QUIET_BACKGROUND))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawRoundedRect(pill, 6, 6)
            painter.setPen(theme.colour(QUIET_TEXT))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), flag)
        else:
            fact = str(index.data(DetailRole) or "")
            painter.setPen(detail_color)
            painter.drawText(
                line, left, metrics.elidedText(fact, Qt.TextElideMode.ElideRight, rect.width())
            )
        painter.restore()


class CardListView(QListView):
    """One column's cards; arrow keys walk the board, Ctrl+Shift+arrows move the card."""

    move_requested = Signal(int)  # -1 previous stage, +1 next stage
    neighbour_requested = Signal(int)  # focus the column on the left (-1) or right (+1)
    menu_requested = Signal(QPoint)  # global position

    def __init__(self, stage_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = _tr(EMPTY_COLUMN)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setItemDelegate(CardDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setAccessibleName(self.tr("Applications in {stage}").format(stage=stage_name))
        self.setAccessibleDescription(
            self.tr(
                "Arrow keys go through the cards and to the next column; "
                "Ctrl+Shift+Left or Right moves the selected card to the previous or next stage."
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            moving = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            if modifiers == moving:
                self.move_requested.emit(step)
                event.accept()
                return
            if modifiers == Qt.KeyboardModifier.NoModifier:
                self.neighbour_requested.emit(step)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if not index.isValid():
                return
            self.setCurrentIndex(index)
            self.menu_requested.emit(event.globalPos())
            return
        index = self.currentIndex()
        if index.isValid():
            where = self.visualRect(index).center()
            self.menu_requested.emit(self.viewport().mapToGlobal(where))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            # An empty column says so, in the quiet colour, instead of a blank box.
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(8, 12, -8, -8),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self.placeholder,
            )
            painter.end()


class StageColumn(QFrame):
    """A stage's header ("Applied · 3") over its list of cards."""

    def __init__(self, stage: Stage, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"pipelineColumn{index}")
        self.setAccessibleName(self.tr("Stage {stage}").format(stage=stage.name))
        self.header = QLabel()
        self.header.setObjectName(f"pipelineColumnHeader{index}")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.model = CardListModel(stage.id, self)
        self.list = CardListView(stage.name)
        self.list.setObjectName(f"pipelineCards{index}")
        self.list.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)

    def show_cards(self, cards: tuple[PipelineCard, ...], hidden: int) -> None:
        self.model.set_cards(cards)
        name, shown = self.stage.name, len(cards)
        self.header.setText(
            self.tr("{stage} · {count}").format(stage=name, count=format_number(shown))
        )
        spoken = self.tr("{stage}, {count} application(s)", "", shown).format(
            stage=name, count=format_number(shown)
        )
        self.header.setAccessibleName(spoken)
        # The list says its stage and how many cards it holds, like the header above it.
        self.list.setAccessibleName(
            self.tr("Applications in {stage}, {count}").format(
                stage=name, count=format_number(shown)
            )
        )
        if hidden:
            self.list.placeholder = self.tr(
                "{count} closed application(s) hidden.\nTick “Show closed” to list them.",
                "",
                hidden,
            ).format(count=format_number(hidden))
            self.header.setText(
                self.tr("{stage} · {count} hidden").format(stage=name, count=format_number(hidden))
            )
            self.header.setAccessibleName(
                self.tr("{stage}, {count} closed application(s) hidden", "", hidden).format(
                    stage=name, count=format_number(hidden)
                )
            )
        else:
            self.list.placeholder = _tr(EMPTY_COLUMN)
        self.list.viewport().update()


class PipelineView(QWidget):
    """Every application by stage, with the keep-applying strip always in sight."""

    navigate = Signal(str, str)
    # After every successful write (an application added, moved or closed, a stage edited),
    # so the main window can refresh the reminders count and the status bar.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineView")
        self.setAccessibleName(self.tr("Pipeline"))
        self._services: Services | None = None
        self._board: PipelineBoard | None = None
        self._columns: list[StageColumn] = []
        self._selected_id: str | None = None
        self.stage_dialog: StageDialog | None = None
        self.add_dialog: AddApplicationDialog | None = None

        # The strip: how recently the user applied, how many processes run, the nudge.
        self.summary = named(QLabel(), "pipelineSummary", self.tr("Keep applying"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.nudge = named(QLabel(), "pipelineNudge", self.tr("Nudge"))
        self.nudge.setTextFormat(Qt.TextFormat.PlainText)
        self.nudge.setWordWrap(True)
        # Its colour comes from app.qss (QLabel#pipelineNudge), so it follows the look.
        font = self.nudge.font()
        font.setBold(True)
        self.nudge.setFont(font)
        self.nudge.hide()

        self.add_button = named(
            QPushButton(self.tr("&Add application…")), "pipelineAdd", self.tr("Add application")
        )
        self.add_button.setToolTip(self.tr("Add an application (Ctrl+N)"))
        self.stages_button = named(
            QPushButton(self.tr("&Edit stages…")), "pipelineEditStages", self.tr("Edit stages")
        )
        self.show_closed = named(
            QCheckBox(self.tr("Show c&losed")),
            "pipelineShowClosed",
            self.tr("Show closed applications"),
        )
        self.add_button.clicked.connect(self.open_add_application)
        self.stages_button.clicked.connect(self.open_stage_editor)
        self.show_closed.toggled.connect(lambda _checked: self.refresh())

        strip = QFrame()
        strip.setObjectName("pipelineStrip")
        strip.setFrameShape(QFrame.Shape.StyledPanel)
        strip_text = QVBoxLayout()
        strip_text.setSpacing(2)
        strip_text.addWidget(self.summary)
        strip_text.addWidget(self.nudge)
        strip_row = QHBoxLayout(strip)
        strip_row.setContentsMargins(10, 6, 10, 6)
        strip_row.addLayout(strip_text, 1)
        strip_row.addWidget(self.show_closed)
        strip_row.addWidget(self.stages_button)
        strip_row.addWidget(self.add_button)

        # The selected card and what can be done with it, for mouse and keyboard alike.
        self.selection_label = named(QLabel(), "pipelineSelection", self.tr("Selected application"))
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)
        # A long company and role must not set the window's minimum width; the label shrinks.
        self.selection_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.selection_label.setMinimumWidth(120)
        self.move_button = named(QToolButton(), "pipelineMoveTo", self.tr("Move to stage"))
        self.move_button.setText(self.tr("&Move to…"))
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The label already ends in "…"; the arrow would crowd it.
        self.move_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.move_menu = QMenu(self.move_button)
        self.move_menu.setObjectName("pipelineMoveMenu")
        self.move_menu.aboutToShow.connect(lambda: self._fill_move_menu(self.move_menu))
        self.move_button.setMenu(self.move_menu)
        self.close_button = named(
            QPushButton(self.tr("Close as &no response…")),
            "pipelineCloseNoResponse",
            self.tr("Close as no response"),
        )
        self.close_button.setToolTip(
            self.tr("Nothing heard for a long time: close it and move on.")
        )
        self.close_button.clicked.connect(self.close_selected_no_response)
        self.open_company_button = named(
            QPushButton(self.tr("Open &company")), "pipelineOpenCompany", self.tr("Open company")
        )
        self.open_company_button.clicked.connect(lambda: self._navigate("company"))
        actions = QHBoxLayout()
        actions.setContentsMargins(2, 0, 2, 0)
        actions.addWidget(self.selection_label, 1)
        actions.addWidget(self.open_company_button)
        actions.addWidget(self.move_button)
        actions.addWidget(self.close_button)

        self._board_holder = QWidget()
        self._board_holder.setObjectName("pipelineBoard")
        self._board_row = QHBoxLayout(self._board_holder)
        self._board_row.setContentsMargins(0, 0, 0, 0)
        self._board_row.setSpacing(8)
        self.board_scroll = named(QScrollArea(), "pipelineScroll", self.tr("Pipeline board"))
        # Tab goes from column to column; the scroll area itself is no stop of its own.
        self.board_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.board_scroll.setWidgetResizable(True)
        self.board_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.board_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board_scroll.setWidget(self._board_holder)

        board_page = QWidget()
        board_page.setObjectName("pipelineBoardPage")
        board_layout = QVBoxLayout(board_page)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addLayout(actions)
        board_layout.addWidget(self.board_scroll, 1)

        self.empty_hint = Hint("pipelineEmpty", _tr(EMPTY_TEXT))
        self.empty_hint.setMaximumWidth(620)
        empty_page = QWidget()
        empty_page.setObjectName("pipelineEmptyPage")
        empty_row = QHBoxLayout(empty_page)
        empty_row.addStretch(1)
        empty_row.addWidget(self.empty_hint, 4)
        empty_row.addStretch(1)
        self.opening_hint = Hint("pipelineOpening", _tr(OPENING_TEXT))

        self.pages = QStackedWidget()
        self.pages.setObjectName("pipelinePages")
        for page in (self.opening_hint, empty_page, board_page):
            self.pages.addWidget(page)
        self._board_page = board_page
        self._empty_page = empty_page

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(strip)
        layout.addWidget(self.pages, 1)

        add_action = QAction(self.tr("Add application"), self)
        add_action.setShortcut(QKeySequence.StandardKey.New)
        add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_action.triggered.connect(self.open_add_application)
        self.addAction(add_action)
        # Reading order: the strip left to right, the selected card's actions, the board.
        tab_chain(
            [
                self.show_closed,
                self.stages_button,
                self.add_button,
                self.open_company_button,
                self.move_button,
                self.close_button,
            ]
        )
        self._update_actions()

    # --------------------------------------------------------------- contract
    def attach(self, services: Services) -> None:
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        """Reload the board, keeping the selected card if it is still shown."""
        services = self._services
        if services is None:
            return
        include = self.show_closed.isChecked()
        board = guarded(self, lambda: services.pipeline.board(include_closed=include))
        if board is None:
            return
        self._board = board
        self._show_strip(board)
        if board.total == 0:
            self.pages.setCurrentWidget(self._empty_page)
            self._selected_id = None
            self._update_actions()
            return
        self.pages.setCurrentWidget(self._board_page)
        self._build_columns(board)
        for column, data in zip(self._columns, board.columns, strict=True):
            column.show_cards(data.cards, data.hidden)
        if self._selected_id is not None and not self.select(self._selected_id, focus=False):
            self._selected_id = None
        self._update_actions()

    def focus_primary(self) -> None:
        if self.pages.currentWidget() is not self._board_page:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._selected_id and self.select(self._selected_id):
            return
        for column in self._columns:
            if column.model.rowCount():
                column.list.setCurrentIndex(column.model.index(0, 0))
                column.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ board
    def _show_strip(self, board: PipelineBoard) -> None:
        from interview_journal.core.pipeline import keep_applying_summary

        text = keep_applying_summary(board.keep_applying)
        quiet = len(board.gone_quiet)
        if quiet:
            text = self.tr("{summary} · {count} gone quiet").format(summary=text, count=quiet)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        nudge = board.keep_applying.nudge
        self.nudge.setVisible(bool(nudge))
        if nudge:
            self.nudge.setText(nudge)
            self.nudge.setAccessibleName(nudge)

    def _build_columns(self, board: PipelineBoard) -> None:
        stages = [column.stage for column in board.columns]
        if [c.stage for c in self._columns] == stages:
            return
        for column in self._columns:
            self._board_row.removeWidget(column)
            column.deleteLater()
        self._columns = []
        for number, stage in enumerate(stages):
            column = StageColumn(stage, number, self._board_holder)
            column.list.selectionModel().currentChanged.connect(
                lambda current, _previous, c=column: self._current_changed(c, current)
            )
            column.list.move_requested.connect(self.move_selected_by)
            column.list.neighbour_requested.connect(
                lambda step, c=column: self._focus_neighbour(c, step)
            )
            column.list.menu_requested.connect(self._show_card_menu)
            column.list.doubleClicked.connect(lambda _index: self._navigate("timeline_application"))
            column.model.card_dropped.connect(self._card_dropped)
            self._board_row.addWidget(column, 1)
            self._columns.append(column)

    def select(self, application_id: str, *, focus: bool = True) -> bool:
        """Select ``application_id``'s card (in whichever column it is); False if not shown."""
        for column in self._columns:
            row = column.model.row_of(application_id)
            if row >= 0:
                index = column.model.index(row, 0)
                column.list.setCurrentIndex(index)
                column.list.scrollTo(index)
                self.board_scroll.ensureWidgetVisible(column)
                if focus:
                    column.list.setFocus(Qt.FocusReason.OtherFocusReason)
                self._selected_id = application_id
                return True
        return False

    def selected_card(self) -> PipelineCard | None:
        if self._selected_id is None or self._board is None:
            return None
        return self._board.card(self._selected_id)

    def column_of(self, application_id: str) -> StageColumn | None:
        for column in self._columns:
            if column.model.row_of(application_id) >= 0:
                return column
        return None

    def columns(self) -> list[StageColumn]:
        return list(self._columns)

    def _current_changed(self, column: StageColumn, current: QModelIndex) -> None:
        card = column.model.card(current.row()) if current.isValid() else None
        if card is None:
            return
        self._selected_id = card.application_id
        # One selection on the whole board: clear the other columns'.
        for other in self._columns:
            if other is not column:
                other.list.clearSelection()
        self._update_actions()

    def _focus_neighbour(self, column: StageColumn, step: int) -> None:
        at = self._columns.index(column)
        target = at + step
        while 0 <= target < len(self._columns):
            neighbour = self._columns[target]
            if neighbour.model.rowCount():
                row = min(max(column.list.currentIndex().row(), 0), neighbour.model.rowCount() - 1)
                neighbour.list.setCurrentIndex(neighbour.model.index(row, 0))
                neighbour.list.setFocus(Qt.FocusReason.OtherFocusReason)
                self.board_scroll.ensureWidgetVisible(neighbour)
                return
            target += step

    def _update_actions(self) -> None:
        card = self.selected_card()
        for widget in (self.move_button, self.open_company_button):
            widget.setEnabled(card is not None)
        self.close_button.setEnabled(card is not None and card.gone_quiet)
        if card is None:
            self.selection_label.setText(
                self.tr(
                    "Select a card; Ctrl+Shift+←/→ moves it, "
                    "the menu key shows what else you can do."
                )
            )
            self.selection_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        else:
            flag = quiet_flag(card)
            text = self.tr("{company} — {role}").format(
                company=card.company_name, role=card.role or self.tr("role not given")
            )
            if flag:
                text = self.tr("{card} · {flag}").format(card=text, flag=flag)
            self.selection_label.setText(text)
            self.selection_label.setForegroundRole(QPalette.ColorRole.WindowText)

    # ---------------------------------------------------------------- moving
    def move_selected_by(self, step: int) -> None:
        """Ctrl+Shift+←/→: the next or previous stage; out of a final stage, the nearest
        open one (see :func:`~interview_journal.core.pipeline.keyboard_move_target`)."""
        from interview_journal.core.pipeline import keyboard_move_target

        card = self.selected_card()
        if card is None or self._board is None:
            return
        stages = [column.stage for column in self._board.columns]
        target = keyboard_move_target(stages, card.stage_id, step)
        if target is None:
            return
        self.move_card(card.application_id, target.id)

    def move_card(self, application_id: str, stage_id: str) -> None:
        services = self._services
        if services is None:
            return
        before = self._board.card(application_id) if self._board is not None else None
        moved = guarded(self, lambda: services.pipeline.move(application_id, stage_id))
        if moved is None:
            return
        self._selected_id = application_id
        self.refresh()
        stage = next((c.stage.name for c in self._columns if c.stage.id == stage_id), "")
        if not self.select(application_id):
            report_info(
                self,
                self.tr("Moved to {stage}; tick “Show closed” to see it there.").format(
                    stage=stage
                ),
            )
        elif before is not None and before.closed and moved.closed_at is None:
            report_info(
                self,
                self.tr("Reopened {company}: it is in {stage} again.").format(
                    company=before.company_name, stage=stage
                ),
            )
        self.changed.emit()

    def _card_dropped(self, application_id: str, stage_id: str) -> None:
        # After the drag has finished: the drop handler must not reset the models under it.
        QTimer.singleShot(0, self, lambda: self.move_card(application_id, stage_id))

    def _fill_move_menu(self, menu: QMenu) -> None:
        menu.clear()
        card = self.selected_card()
        if card is None or self._board is None:
            return
        for column in self._board.columns:
            stage = column.stage
            action = menu.addAction(stage.name)
            action.setEnabled(stage.id != card.stage_id)
            action.triggered.connect(
                lambda _checked=False, a=card.application_id, s=stage.id: self.move_card(a, s)
            )

    # --------------------------------------------------------------- actions
    def _navigate(self, where: str) -> None:
        card = self.selected_card()
        if card is None:
            return
        target = card.company_id if where == "company" else card.application_id
        self.navigate.emit(where, target)

    def card_menu(self) -> QMenu:
        """The context menu of the selected card (built fresh each time)."""
        menu = QMenu(self)
        menu.setObjectName("pipelineCardMenu")
        card = self.selected_card()
        if card is None:
            return menu
        menu.addAction(self.tr("Open company"), lambda: self._navigate("company"))
        menu.addAction(self.tr("Show on timeline"), lambda: self._navigate("timeline_application"))
        menu.addAction(self.tr("Log a contact…"), lambda: self._navigate("log_contact"))
        move = menu.addMenu(self.tr("Move to"))
        move.setObjectName("pipelineCardMoveMenu")
        self._fill_move_menu(move)
        close = menu.addAction(self.tr("Close as no response…"), self.close_selected_no_response)
        close.setEnabled(card.gone_quiet)
        return menu

    def _show_card_menu(self, where: QPoint) -> None:
        self.card_menu().popup(where)

    def close_selected_no_response(self) -> None:
        services = self._services
        card = self.selected_card()
        if services is None or card is None or not card.gone_quiet:
            return
        from interview_journal.core.pipeline import (
            close_no_response_action,
            close_no_response_question,
            close_no_response_title,
        )

        if not widgets.confirm(
            self,
            close_no_response_title(),
            close_no_response_question(card.company_name, card.quiet_days),
            close_no_response_action(),
        ):
            return
        application_id = card.application_id
        closed = guarded(self, lambda: services.pipeline.close_no_response(application_id))
        if closed is None:
            return
        self.refresh()
        report_info(
            self, self.tr("Closed {company} as no response.").format(company=card.company_name)
        )
        self.changed.emit()

    # ---------------------------------------------------------------- dialogs
    def open_add_application(self) -> None:
        services = self._services
        if services is None:
            return
        companies = guarded(self, services.research.companies) or []
        stages = guarded(self, services.pipeline.stages) or []
        dialog = AddApplicationDialog(
            [(s.company.id, s.company.name) for s in companies],
            stages,
            self,
            save=self._save_application,
        )
        dialog.accepted.connect(lambda: self._application_added(dialog))
        self.add_dialog = dialog
        dialog.open()

    def _save_application(self, dialog: AddApplicationDialog) -> str:
        """Write what the dialog holds; raises (and writes nothing) when it is refused.

        Called by the dialog before it closes, so a refusal leaves it open with the text.
        """
        from interview_journal.core import validation

        services = self._services
        if services is None:
            raise RuntimeError("the pipeline is not attached to a journal")
        name = dialog.company.currentText()
        role, stage_id = dialog.role.text(), dialog.stage_id()
        # Checked before a new company is written, so a refused role leaves nothing.
        validation.required_name(name, "company")
        dialog.check_role(role)
        company = services.research.find_company(name)
        if company is None:
            company = services.research.add_company(name)
        # Taken after the company (and its "Company added" entry) is written: "Applied"
        # today then follows "Company added" on the timeline instead of preceding it.
        applied_at = dialog.applied_at()
        return services.pipeline.add_application(company.id, role, applied_at, stage_id).id

    def _application_added(self, dialog: AddApplicationDialog) -> None:
        application_id = dialog.application_id
        if application_id is None:
            return
        self._selected_id = application_id
        self.refresh()
        self.select(application_id)
        self.changed.emit()

    def open_stage_editor(self) -> None:
        services = self._services
        if services is None:
            return
        dialog = StageDialog(services, self)
        dialog.changed.connect(self._stages_changed)
        self.stage_dialog = dialog
        dialog.open()

    def _stages_changed(self) -> None:
        self.refresh()
        self.changed.emit()


def _plain_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def limit_length(line: QLineEdit, limit: int, what: str, tell: Callable[[str], None]) -> None:
    """Cap ``line`` at ``limit`` characters, and say so whenever text was cut.

    QLineEdit truncates a paste past its ``maxLength`` without a word. The cap is set one
    character above the limit: text reaching ``limit + 1`` shows that more was typed or
    pasted than fits, so the last character put in goes and ``tell`` explains, instead of
    the text being cut in silence (or, without a cap, at Qt's own 32,767).
    """
    line.setMaxLength(limit + 1)

    def edited(text: str) -> None:
        if len(text) <= limit:
            return
        at = line.cursorPosition()
        at = at if 0 < at <= len(text) else len(text)
        line.setText(text[: at - 1] + text[at:])
        line.setCursorPosition(at - 1)
        tell(
            QCoreApplication.translate(
                "AddApplicationDialog",
                "Text was cut to {limit} characters, the limit for the {what}.",
            ).format(limit=format_number(limit), what=what)
        )

    line.textEdited.connect(edited)


class AddApplicationDialog(QDialog):
    """Company (picked or typed), role, when it was sent, and optionally the stage.

    Add checks what was typed, then calls ``save`` (which writes, or raises with the
    reason); the dialog closes only once that succeeded. A refusal shows in red inside the
    dialog and leaves everything typed in place.
    """

    def __init__(
        self,
        companies: list[tuple[str, str]],
        stages: list[Stage],
        parent: QWidget | None = None,
        *,
        save: Callable[[AddApplicationDialog], str] | None = None,
    ) -> None:
        from interview_journal.core import validation

        super().__init__(parent)
        self._save = save
        # The new application's id once ``save`` succeeded.
        self.application_id: str | None = None
        self.setObjectName("addApplicationDialog")
        self.setAccessibleName(self.tr("Add application"))
        self.setWindowTitle(self.tr("Add application"))
        self.company = named(QComboBox(), "addApplicationCompany", self.tr("Company"))
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.setMaxVisibleItems(20)
        for _company_id, name in sorted(companies, key=lambda item: item[1].casefold()):
            self.company.addItem(name)
        self.company.setCurrentIndex(-1)
        self.company.setEditText("")
        line = self.company.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Pick one or type a new name"))
        self.role = named(QLineEdit(), "addApplicationRole", self.tr("Role"))
        self.role.setPlaceholderText(self.tr("e.g. Backend engineer"))
        self.error = InlineMessage("addApplicationError")
        limit_length(line, validation.NAME_MAX, self.tr("company name"), self.show_error)
        limit_length(self.role, validation.SHORT_TEXT_MAX, self.tr("role"), self.show_error)
        self.applied = named(
            QCheckBox(self.tr("Already sent")), "addApplicationApplied", self.tr("Already sent")
        )
        self.applied.setChecked(True)
        self.date = named(
            QDateEdit(QDate.currentDate()), "addApplicationDate", self.tr("Applied on")
        )
        self.date.setCalendarPopup(True)
        # Month in the user's language; Qt's default here is the bare "22 11 2026".
        self.date.setDisplayFormat(COMPACT_DATE)
        self.date.setMaximumDate(QDate.currentDate())
        self.applied.toggled.connect(self.date.setEnabled)
        self.stage = named(QComboBox(), "addApplicationStage", self.tr("Stage"))
        self.stage.addItem(self.tr("Where it belongs (Applied, or Interested if not sent)"), None)
        for stage in stages:
            self.stage.addItem(stage.name, stage.id)

        sent = QHBoxLayout()
        sent.addWidget(self.applied)
        sent.addWidget(self.date, 1)
        form = QFormLayout()
        form.addRow(_plain_label(self.tr("&Company"), self.company), self.company)
        form.addRow(_plain_label(self.tr("&Role"), self.role), self.role)
        form.addRow(_plain_label(self.tr("&Sent on"), self.date), sent)
        form.addRow(_plain_label(self.tr("S&tage"), self.stage), self.stage)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("addApplicationButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add"))
        ok.setObjectName("addApplicationOk")
        ok.setAccessibleName(self.tr("Add"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        tab_chain([self.company, self.role, self.applied, self.date, self.stage, ok, cancel])
        self.resize(460, self.sizeHint().height())

    def show_error(self, message: str) -> None:
        """Say what is wrong inside the dialog (empty: clear it)."""
        if message:
            self.error.report(message, error=True)
        else:
            self.error.hide()

    @staticmethod
    def check_role(role: str) -> str:
        from interview_journal.core import validation
        from interview_journal.core.errors import ValidationError

        cleaned = validation.short_text(role, "role")
        if "\n" in cleaned:
            raise ValidationError(
                QCoreApplication.translate("AddApplicationDialog", "The role fits on one line.")
            )
        return cleaned

    def _accept(self) -> None:
        from interview_journal.core import validation
        from interview_journal.storage.errors import JournalError

        if not " ".join(self.company.currentText().split()):
            self.show_error(self.tr("Choose a company or type its name."))
            self.company.setFocus()
            return
        try:
            validation.required_name(self.company.currentText(), "company")
        except JournalError as error:
            self.show_error(str(error))
            self.company.setFocus()
            return
        try:
            self.check_role(self.role.text())
        except JournalError as error:
            self.show_error(str(error))
            self.role.setFocus()
            return
        if self._save is not None:
            try:
                self.application_id = self._save(self)
            except JournalError as error:
                self.show_error(str(error))
                return
            except Exception:
                log.exception("adding an application failed")
                self.show_error(
                    self.tr("Something went wrong; nothing was added. Details are in the log.")
                )
                return
        self.show_error("")
        self.accept()

    def applied_at(self) -> datetime | None:
        """Noon local time of the chosen day (now for today), in UTC; None if not sent."""
        if not self.applied.isChecked():
            return None
        chosen = self.date.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        if day == datetime.now().astimezone().date():
            return datetime.now(UTC)
        return datetime.combine(day, time(12, 0)).astimezone().astimezone(UTC)

    def stage_id(self) -> str | None:
        value = self.stage.currentData()
        return value if isinstance(value, str) else None


class StageDialog(QDialog):
    """Rename, reorder, add and delete stages, and set what each one means.

    Every change is saved at once (the board behind updates through ``changed``).
    """

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageDialog")
        self.setAccessibleName(self.tr("Edit stages"))
        self.setWindowTitle(self.tr("Edit stages"))
        self._services = services
        self.model = StageTableModel(self)
        self.table = named(QTableView(), "stageTable", self.tr("Stages in order"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(StageTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            StageTableModel.OUTCOME, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(StageTableModel.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setAccessibleName(self.tr("Columns"))

        self.up = named(QPushButton(self.tr("Move &up")), "stageUp", self.tr("Move stage up"))
        self.down = named(
            QPushButton(self.tr("Move d&own")), "stageDown", self.tr("Move stage down")
        )
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.name = named(QLineEdit(), "stageName", self.tr("Stage name"))
        self.name.setPlaceholderText(self.tr("Stage name"))
        self.rename = named(QPushButton(self.tr("&Rename")), "stageRename", self.tr("Rename stage"))
        self.add = named(
            QPushButton(self.tr("&Add as new stage")), "stageAdd", self.tr("Add stage")
        )
        self.rename.clicked.connect(self._rename)
        self.add.clicked.connect(self._add)
        self.outcome = named(QComboBox(), "stageOutcome", self.tr("Stage outcome"))
        from interview_journal.core.pipeline import stage_outcome_labels

        for key, text in stage_outcome_labels().items():
            self.outcome.addItem(text, key)
        self.outcome.activated.connect(self._set_outcome)
        self.move_to = named(QComboBox(), "stageMoveTo", self.tr("Move its applications to"))
        self.delete = named(
            QPushButton(self.tr("&Delete stage…")), "stageDelete", self.tr("Delete stage")
        )
        self.delete.clicked.connect(self._delete)

        side = QVBoxLayout()
        side.addWidget(self.up)
        side.addWidget(self.down)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(side)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.rename)
        name_row.addWidget(self.add)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.move_to, 1)
        delete_row.addWidget(self.delete)
        form = QFormLayout()
        form.addRow(_plain_label(self.tr("&Name"), self.name), name_row)
        form.addRow(_plain_label(self.tr("Ou&tcome"), self.outcome), self.outcome)
        form.addRow(_plain_label(self.tr("Its applications &go to"), self.move_to), delete_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("stageDialogButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.resize(560, 460)
        self.reload()

    def reload(self, keep_id: str | None = None) -> None:
        services = self._services
        current = keep_id or self._current_id()
        stages = guarded(self, services.pipeline.stages) or []
        board = guarded(self, services.pipeline.board)
        counts: dict[str, int] = {}
        if board is not None:
            counts = {column.stage.id: len(column.cards) for column in board.columns}
        self.model.set_stages(stages, counts)
        row = self.model.row_of(current) if current else 0
        self.table.selectRow(max(row, 0))
        self._show_current()

    def _current_id(self) -> str | None:
        stage = self.model.stage(self.table.currentIndex().row())
        return stage.id if stage else None

    def select_stage(self, stage_id: str) -> None:
        self.table.selectRow(max(self.model.row_of(stage_id), 0))

    def _show_current(self) -> None:
        stage = self.model.stage(self.table.currentIndex().row())
        for widget in (self.up, self.down, self.rename, self.outcome, self.delete, self.move_to):
            widget.setEnabled(stage is not None)
        self.move_to.clear()
        if stage is None:
            return
        self.name.setText(stage.name)
        self.outcome.setCurrentIndex(max(self.outcome.findData(stage.outcome), 0))
        stages = self.model.stages()
        for other in stages:
            if other.id != stage.id:
                self.move_to.addItem(other.name, other.id)
        # The next stage is the likeliest home for a deleted stage's applications.
        at = stages.index(stage)
        following = stages[at + 1] if at + 1 < len(stages) else stages[at - 1] if at else None
        if following is not None:
            self.move_to.setCurrentIndex(max(self.move_to.findData(following.id), 0))
        self.move_to.setEnabled(self.model.count_of(stage.id) > 0)

    def _run(self, action: object) -> None:
        assert callable(action)
        if guarded(self.parentWidget() or self, action) is not None:
            self.reload()
            self.changed.emit()

    def _move(self, offset: int) -> None:
        stage_id = self._current_id()
        if stage_id:
            self._run(lambda: self._services.pipeline.move_stage(stage_id, offset))

    def _rename(self) -> None:
        stage_id, name = self._current_id(), self.name.text()
        if stage_id:
            self._run(lambda: self._services.pipeline.rename_stage(stage_id, name))

    def _add(self) -> None:
        name = self.name.text()
        added = guarded(
            self.parentWidget() or self, lambda: self._services.pipeline.add_stage(name)
        )
        if added is not None:
            self.reload(added.id)
            self.changed.emit()

    def _set_outcome(self) -> None:
        stage_id, outcome = self._current_id(), self.outcome.currentData()
        if stage_id and isinstance(outcome, str):
            self._run(lambda: self._services.pipeline.set_stage_outcome(stage_id, outcome))
            self._show_current()

    def _delete(self) -> None:
        stage = self.model.stage(self.table.currentIndex().row())
        if stage is None:
            return
        count = self.model.count_of(stage.id)
        move_to = self.move_to.currentData() if count else None
        target = self.move_to.currentText()
        if count:
            text = self.tr(
                "Delete the stage “{stage}”? Its {count} application(s) move to “{target}”.",
                "",
                count,
            ).format(stage=stage.name, count=format_number(count), target=target)
        else:
            text = self.tr("Delete the stage “{stage}”?").format(stage=stage.name)
        if not widgets.confirm(self, self.tr("Delete stage"), text, self.tr("Delete")):
            return
        self._run(lambda: self._services.pipeline.delete_stage(stage.id, move_to))
