"""The Reminders view: follow-ups due, offer deadlines, people to get back to, processes gone
quiet and rounds ahead, grouped Overdue / Today / Coming up, each one a keystroke from done.

Layout and glue only; what is due, and what "done" means for each kind, is
:class:`~interview_journal.core.reminders.ReminderService`'s. Nothing of the database stack
is imported until :meth:`RemindersView.attach`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui import theme
from interview_journal.ui.feedback import guarded, report_info
from interview_journal.ui.i18n import format_moment, format_weekday
from interview_journal.ui.layout import named
from interview_journal.ui.reminders.models import RemindersModel
from interview_journal.ui.research.widgets import (
    Hint,
    TwoLineDelegate,
    confirm,
    paint_row_background,
)

if TYPE_CHECKING:
    from interview_journal.core.reminders import ReminderItem
    from interview_journal.core.services import Services


__all__ = ["RemindersView"]

ModelIndex = QModelIndex | QPersistentModelIndex

# Source texts, marked for lupdate; shown through QCoreApplication.translate.
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "RemindersView",
    "Nothing due. Reminders appear here when a follow-up is due, an offer deadline nears, "
    "it is time to get back in touch with someone, a process has gone quiet or a round is "
    "coming up. Add your own with “New reminder”.",
)
OPENING_TEXT = QT_TRANSLATE_NOOP("RemindersView", "Opening your journal…")
NO_SELECTION = QT_TRANSLATE_NOOP("RemindersView", "Select a reminder to act on it.")


def _tr(source: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP above, in the user's language."""
    return QCoreApplication.translate("RemindersView", source)


def summary_text(due: int, coming: int) -> str:
    """The header: "1 due now · 3 coming up", each count once (the due ones are not
    counted again among those coming up)."""
    if not due and not coming:
        return QCoreApplication.translate("RemindersView", "Nothing due")
    parts = [
        QCoreApplication.translate("RemindersView", "%n due now", "", due)
        if due
        else QCoreApplication.translate("RemindersView", "Nothing due now")
    ]
    if coming:
        parts.append(QCoreApplication.translate("RemindersView", "%n coming up", "", coming))
    return QCoreApplication.translate("RemindersView", " · ").join(parts)


class ReminderDelegate(TwoLineDelegate):  # its fonts and padding
    """Item rows: bold title with the due words on the right, a quiet detail line below.
    Heading rows: one small bold line."""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title, detail = self._fonts(option)
        if index.data(RemindersModel.HeadingRole):
            return QSize(40, QFontMetrics(title).height() + 2 * self.PADDING + 6)
        height = QFontMetrics(title).height() + QFontMetrics(detail).height()
        return QSize(40, height + 3 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        title_font, detail_font = self._fonts(option)
        rect: QRect = option.rect.adjusted(
            self.PADDING + 4, self.PADDING, -self.PADDING - 4, -self.PADDING
        )
        painter.save()
        if index.data(RemindersModel.HeadingRole):
            painter.setFont(title_font)
            painter.setPen(option.palette.color(option.palette.ColorRole.PlaceholderText))
            painter.drawText(
                rect.adjusted(0, 6, 0, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(index.data(Qt.ItemDataRole.DisplayRole) or "").upper(),
            )
            painter.restore()
            return
        painter.restore()
        title_color, detail_color = paint_row_background(self, painter, option, index)
        painter.save()
        painter.setFont(detail_font)
        due = str(index.data(RemindersModel.DueRole) or "")
        due_width = painter.fontMetrics().horizontalAdvance(due) + 12
        painter.setFont(title_font)
        metrics = painter.fontMetrics()
        top = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.setPen(title_color)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            top.adjusted(0, 0, -due_width, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(
                title, Qt.TextElideMode.ElideRight, max(0, rect.width() - due_width)
            ),
        )
        painter.setFont(detail_font)
        selected = title_color != option.palette.color(option.palette.ColorRole.Text)
        overdue = bool(index.data(RemindersModel.OverdueRole))
        # Overdue rows sit under their "Overdue" heading: the colour only adds to it.
        painter.setPen(theme.colour("overdue-text") if overdue and not selected else detail_color)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), due)
        painter.setPen(detail_color)
        metrics = painter.fontMetrics()
        bottom = QRect(
            rect.left(), top.bottom() + self.PADDING // 2, rect.width(), metrics.height()
        )
        detail = str(index.data(RemindersModel.DetailRole) or "")
        painter.drawText(
            bottom,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class ReminderList(QListView):
    """Enter opens the current reminder (``activated`` fires on a double click only on
    some platforms, so Enter is handled here)."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            event.accept()
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class RemindersView(QWidget):
    """Everything due, grouped; actions on the selected reminder."""

    navigate = Signal(str, str)
    count_changed = Signal(int)
    # After every successful write (done, snooze, dismiss, close, a new reminder), so the
    # main window can refresh what depends on the journal (the pipeline, the status bar).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersView")
        self.setAccessibleName(self.tr("Reminders"))
        self._services: Services | None = None
        # Tests set a fixed clock; None means the system's local time.
        self.clock: Callable[[], datetime | None] = lambda: None
        self._count = -1
        self.model = RemindersModel(self)

        heading = QLabel(self.tr("Reminders"))
        heading.setObjectName("remindersHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        # No fixed accessible name: a screen reader reads the counts themselves.
        self.summary = QLabel()
        self.summary.setObjectName("remindersSummary")
        self.summary.setAccessibleDescription(self.tr("Reminders due"))
        self.new_button = named(
            QPushButton(self.tr("&New reminder…")), "remindersNew", self.tr("New reminder")
        )
        self.new_button.clicked.connect(self.show_form)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)

        self.form = self._build_form()
        self.list = self._build_list()
        self.empty = Hint("remindersEmpty", _tr(OPENING_TEXT))
        self.empty.setMaximumWidth(560)
        self._empty_page = QWidget()
        self._empty_page.setObjectName("remindersEmptyPage")
        centred = QHBoxLayout(self._empty_page)
        centred.addWidget(self.empty)
        self._pages = QStackedWidget()
        self._pages.setObjectName("remindersPages")
        self._pages.addWidget(self._empty_page)
        self._pages.addWidget(self.list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addWidget(self._pages, 1)
        self._actions = QWidget()
        self._actions.setObjectName("remindersActions")
        self._actions.setLayout(self._build_actions())
        layout.addWidget(self._actions)
        self._update_actions()

        done = QShortcut(QKeySequence("Ctrl+D"), self)
        done.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        done.activated.connect(self.complete_current)

    # ------------------------------------------------------------------ layout
    def _build_list(self) -> ReminderList:
        view = named(ReminderList(), "remindersList", self.tr("Reminders, soonest first"))
        view.setAccessibleDescription(self.tr("Enter opens the reminder; Ctrl+D marks it done"))
        view.setModel(self.model)
        view.setItemDelegate(ReminderDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.open_requested.connect(self.open_current)
        view.doubleClicked.connect(lambda _index: self.open_current())
        view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        return view

    def _build_actions(self) -> QHBoxLayout:
        self.open_button = named(
            QPushButton(self.tr("&Open")), "remindersOpen", self.tr("Open reminder")
        )
        self.open_button.setToolTip(self.tr("Open what this reminder is about (Enter)"))
        self.done_button = named(
            QPushButton(self.tr("&Done")), "remindersDone", self.tr("Mark reminder done")
        )
        self.done_button.setToolTip(self.tr("Mark done (Ctrl+D)"))
        self.snooze_button = named(QToolButton(), "remindersSnooze", self.tr("Snooze reminder"))
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setToolTip(self.tr("Remind me again later"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.setObjectName("remindersSnoozeMenu")
        self.snooze_menu.setAccessibleName(self.tr("Snooze until"))
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self.snooze_button.setMenu(self.snooze_menu)
        self.dismiss_button = named(
            QPushButton(self.tr("Dis&miss")), "remindersDismiss", self.tr("Dismiss")
        )
        self.dismiss_button.setToolTip(self.tr("Hide this until something changes"))
        self.close_button = named(
            QPushButton(self.tr("&Close as no response…")),
            "remindersCloseProcess",
            self.tr("Close the process as no response"),
        )
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.complete_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.close_button.clicked.connect(self.close_current_process)
        self.selection_label = QLabel(_tr(NO_SELECTION))
        self.selection_label.setObjectName("remindersSelection")
        self.selection_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.open_button,
            self.done_button,
            self.snooze_button,
            self.dismiss_button,
            self.close_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.selection_label)
        return row

    def _build_form(self) -> QFrame:
        form = QFrame()
        form.setObjectName("remindersForm")
        form.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_edit = named(
            QLineEdit(), "remindersFormTitle", self.tr("What to be reminded of")
        )
        self.title_edit.setPlaceholderText(
            self.tr("What to be reminded of, e.g. “Ask the recruiter about the team”")
        )
        self.title_edit.returnPressed.connect(self.add_from_form)
        self.due_edit = named(QDateTimeEdit(), "remindersFormDue", self.tr("When"))
        self.due_edit.setCalendarPopup(True)
        # The user's own short date and time, as everywhere else (ui/i18n.py); the C
        # locale (no locale set) keeps ISO 8601.
        locale = QLocale()
        self.due_edit.setDisplayFormat(
            "yyyy-MM-dd HH:mm"
            if locale.language() == QLocale.Language.C
            else locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
        )
        add = named(QPushButton(self.tr("Add")), "remindersFormAdd", self.tr("Add reminder"))
        add.clicked.connect(self.add_from_form)
        cancel = named(
            QPushButton(self.tr("Cancel")), "remindersFormCancel", self.tr("Cancel new reminder")
        )
        cancel.clicked.connect(self.hide_form)
        when = QLabel(self.tr("&When"))
        when.setObjectName("remindersFormWhenLabel")
        when.setBuddy(self.due_edit)
        row = QHBoxLayout(form)
        row.addWidget(self.title_edit, 1)
        row.addWidget(when)
        row.addWidget(self.due_edit)
        row.addWidget(add)
        row.addWidget(cancel)
        form.hide()
        return form

    # --------------------------------------------------------------- contract
    def attach(self, services: Services) -> None:
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        """Recompute what is due, keeping the selected reminder if it is still there."""
        services = self._services
        if services is None:
            return
        from interview_journal.core.reminders import local_now

        now = local_now(self.clock())
        groups = guarded(self, lambda: services.reminders.grouped(now))
        if groups is None:
            return
        current = self.current_item()
        self.model.set_groups(groups, now)
        items = [item for _, group in groups for item in group]
        due = sum(1 for item in items if item.is_due(now))
        self._pages.setCurrentWidget(self.list if items else self._empty_page)
        self._actions.setVisible(bool(items))
        self.empty.set_hint(_tr(EMPTY_TEXT))
        self.summary.setText(summary_text(due, len(items) - due))
        row = self.model.row_of(current.key) if current is not None else -1
        if row < 0 and self.model.rowCount():
            row = self.model.first_item_row()
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._update_actions()
        if due != self._count:
            self._count = due
            self.count_changed.emit(due)

    def focus_primary(self) -> None:
        target = self.list if self._pages.currentWidget() is self.list else self.new_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def due_count(self) -> int:
        return max(self._count, 0)

    # ------------------------------------------------------------------ acting
    def current_item(self) -> ReminderItem | None:
        return self.model.item(self.list.currentIndex().row())

    def select(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def open_current(self) -> None:
        item = self.current_item()
        if item is not None and item.target[0]:
            self.navigate.emit(*item.target)

    def complete_current(self) -> None:
        item, services = self.current_item(), self._services
        if item is None or services is None or not item.completable:
            return
        moment = self.clock()
        if self._ok(lambda: services.reminders.complete(item.key, moment)):
            self._after_change(self.tr("Done: {title}").format(title=item.title))

    def dismiss_current(self) -> None:
        item, services = self.current_item(), self._services
        if item is None or services is None:
            return
        moment = self.clock()
        if self._ok(lambda: services.reminders.dismiss(item.key, moment)):
            self._after_change(self.tr("Dismissed: {title}").format(title=item.title))

    def snooze_current(self, until: datetime) -> None:
        item, services = self.current_item(), self._services
        if item is None or services is None:
            return
        moment = self.clock()
        if self._ok(lambda: services.reminders.snooze(item.key, until, moment)):
            when = self.tr("{weekday} {moment}").format(
                weekday=format_weekday(until.astimezone().date()), moment=format_moment(until)
            )
            self._after_change(self.tr("Snoozed until {when}").format(when=when))

    def close_current_process(self) -> None:
        item, services = self.current_item(), self._services
        if item is None or services is None or item.kind != "gone_quiet":
            return
        application_id = item.application_id
        if application_id is None:
            return
        from interview_journal.core.pipeline import (
            close_no_response_action,
            close_no_response_question,
            close_no_response_title,
        )

        if not confirm(
            self,
            close_no_response_title(),
            close_no_response_question(item.company_name, item.quiet_days),
            close_no_response_action(),
        ):
            return
        moment = self.clock()
        if self._ok(lambda: services.pipeline.close_no_response(application_id, now=moment)):
            self._after_change(self.tr("Closed as no response."))

    def _ok(self, action: Callable[[], object]) -> bool:
        """Run a service call that returns nothing useful; True when it succeeded."""

        def run() -> bool:
            action()
            return True

        return bool(guarded(self, run))

    def _after_change(self, message: str) -> None:
        report_info(self, message)
        self.refresh()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _fill_snooze_menu(self) -> None:
        from interview_journal.core.reminders import local_now, snooze_presets

        self.snooze_menu.clear()
        for text, until in snooze_presets(local_now(self.clock())):
            action = self.snooze_menu.addAction(text)
            action.setObjectName(f"snooze_{text.lower().replace(' ', '_')}")
            action.triggered.connect(lambda _checked=False, u=until: self.snooze_current(u))

    def _update_actions(self) -> None:
        item = self.current_item()
        has = item is not None
        quiet = has and item is not None and item.kind == "gone_quiet"
        self.open_button.setEnabled(has and item is not None and bool(item.target[0]))
        self.done_button.setEnabled(has and item is not None and item.completable)
        self.snooze_button.setEnabled(has)
        self.dismiss_button.setVisible(not (item is not None and item.stored))
        self.dismiss_button.setEnabled(has)
        self.close_button.setVisible(quiet)
        self.selection_label.setText("" if has else _tr(NO_SELECTION))

    # -------------------------------------------------------------------- form
    def show_form(self) -> None:
        from interview_journal.core.reminders import local_now, snooze_presets

        tomorrow = snooze_presets(local_now(self.clock()))[0][1]
        self.due_edit.setDateTime(QDateTime.fromMSecsSinceEpoch(round(tomorrow.timestamp() * 1000)))
        self.title_edit.clear()
        self.form.show()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def hide_form(self) -> None:
        self.form.hide()
        self.focus_primary()

    def add_from_form(self) -> None:
        services = self._services
        if services is None:
            return
        title = self.title_edit.text()
        due = datetime.fromtimestamp(self.due_edit.dateTime().toMSecsSinceEpoch() / 1000, UTC)
        moment = self.clock()
        added = guarded(self, lambda: services.reminders.add(title, due, now=moment))
        if added is None:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.form.hide()
        self.refresh()
        self.select(f"reminder:{added.id}")
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.form.isVisible():
            event.accept()
            self.hide_form()
            return
        super().keyPressEvent(event)
