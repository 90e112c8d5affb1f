"""Announces reminders as they fall due, from the window's periodic status refresh.

The main window calls :meth:`NotificationController.check` whenever it refreshes its
follow-through status (every few minutes, after writes, on switching views). The check
reads the reminders on the status worker's kind of thread (:class:`LatestResult`), never
on the UI thread; the rule of what to announce is :func:`core.notifications.plan`. On the
UI thread the outcome is remembered in the journal (a small write) and shown by the
:class:`Notifier`: the tray where there is one, else the window's message bar.

Nothing is shown while a live interview runs, and the window is never kept alive by the
tray: closing it quits the app as before.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from interview_journal.ui.background import LatestResult
from interview_journal.ui.i18n import format_time
from interview_journal.ui.notifications.notifiers import (
    Notifier,
    ShownNotice,
    TrayNotifier,
    WindowNotifier,
    due_title,
    tray_usable,
)

if TYPE_CHECKING:
    from interview_journal.core.notifications import Notice, Plan
    from interview_journal.core.services import Services
    from interview_journal.ui.main_window import MainWindow

log = logging.getLogger(__name__)

__all__ = ["MIN_CHECK_SECONDS", "NotificationController"]

# Switching views refreshes the status each time; the reminders are read for notices at
# most this often then (the periodic refresh is minutes apart anyway).
MIN_CHECK_SECONDS = 30.0
# A summary names this many reminders, then "and N more".
SUMMARY_NAMES = 3


def _check(services: Services, now: datetime, in_session: bool, ended: bool) -> Plan:
    """On the worker: what to announce (read-only)."""
    from interview_journal.core.notifications import NotificationService

    return NotificationService(services.journal).check(
        now, in_session=in_session, session_ended=ended
    )


def _local_now() -> datetime:
    # core.reminders.local_now says the same, but importing it here would bring the
    # storage modules onto the path to the window's first paint.
    return datetime.now().astimezone()


class NotificationController(QObject):
    """Owns the notifier and the "Desktop notifications" toggle of one window."""

    # A check's outcome was handled (shown, held or nothing due); tests wait for it.
    checked = Signal()

    def __init__(
        self,
        window: MainWindow,
        notifier: Notifier | None = None,
        clock: Callable[[], datetime] = _local_now,
    ) -> None:
        super().__init__(window)
        self.setObjectName("notificationController")
        self._window = window
        self.clock = clock
        self.min_interval = MIN_CHECK_SECONDS
        self._last_check: float | None = None
        self._was_in_session = False
        self._ended = False
        self._following_live = False
        self.last_shown: list[ShownNotice] = []
        self.toggle_action = QAction(self.tr("Desktop notifications"), window)
        self.toggle_action.setObjectName("action_notifications")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setChecked(True)  # on by default, until the journal says
        self.toggle_action.setEnabled(False)  # until a journal is open
        self.toggle_action.setToolTip(
            self.tr("Announce reminders when they fall due, also with the window in the background")
        )
        # triggered, not toggled: setChecked from a check's outcome must not write back.
        self.toggle_action.triggered.connect(self.set_enabled)
        self._reader = LatestResult(self._checked, self)
        # Built at the first check, after the window has painted: registering a tray icon
        # talks to the desktop, which the first paint should not wait for.
        self._notifier: Notifier | None = None
        if notifier is not None:
            self.use(notifier)

    # ------------------------------------------------------------ notifier
    def _default_notifier(self) -> Notifier:
        if tray_usable():
            icon = QApplication.windowIcon()
            if icon.isNull():
                from interview_journal.ui import theme

                icon = theme.app_icon()
            return TrayNotifier(self, icon, self)
        return self._window_notifier()

    def _window_notifier(self) -> WindowNotifier:
        window = self._window
        return WindowNotifier(window, lambda text, sticky: window.show_message(text, sticky=sticky))

    @property
    def notifier(self) -> Notifier:
        notifier = self._notifier
        if notifier is None:
            notifier = self._default_notifier()
            self.use(notifier)
        return notifier

    def use(self, notifier: Notifier) -> None:
        """Announce through ``notifier`` from now on (tests inject a fake here)."""
        if self._notifier is not None:
            self._notifier.close()
        self._notifier = notifier
        notifier.set_clicked(self.open_notice)

    def use_tray(self, icon: QIcon) -> TrayNotifier:
        """Announce through a tray icon (what :meth:`_default_notifier` picks where the
        platform has a tray)."""
        tray = TrayNotifier(self, icon, self)
        self.use(tray)
        return tray

    def install_in_menu(self, menu: QMenu, after: str) -> None:
        """Put the toggle into ``menu``, after the action named ``after`` (or last)."""
        actions = menu.actions()
        names = [action.objectName() for action in actions]
        index = names.index(after) + 1 if after in names else len(actions)
        if index < len(actions):
            menu.insertAction(actions[index], self.toggle_action)
        else:
            menu.addAction(self.toggle_action)

    def watch_message_bar(self, bar: QLabel) -> None:
        """A click on the window's message bar opens the notice it shows."""
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(watched, QLabel)
            and isinstance(self._notifier, WindowNotifier)
            and self._notifier.click(watched.text())
        ):
            watched.hide()
        return False

    def quiet(self, bar: QLabel) -> None:
        """The live view is opening: a notice still in the message bar goes, so the note
        pad stays quiet (other messages are left alone)."""
        notifier = self._notifier
        if isinstance(notifier, WindowNotifier) and notifier.shown_text:
            if bar.isVisible() and bar.text() == notifier.shown_text:
                bar.hide()
            notifier.close()

    def select_shown(self, bar: QLabel) -> None:
        """The Reminders view opened while a notice shows in the message bar: select its
        reminder, as a click on the notice would."""
        notifier = self._notifier
        if (
            isinstance(notifier, WindowNotifier)
            and notifier.shown_key
            and bar.isVisible()
            and bar.text() == notifier.shown_text
        ):
            self._window.reminders_view.select(notifier.shown_key)

    # ------------------------------------------------------------ checking
    @property
    def enabled(self) -> bool:
        return self.toggle_action.isChecked()

    def _in_session(self) -> bool:
        window = self._window
        return window.built("live") and window.live_view.in_session

    def check(self, *, force: bool = False) -> None:
        """Read what is due on the worker and announce what :func:`plan` says.

        Called with every status refresh; skipped when the last check is recent, unless
        ``force``d or a live interview has just ended (what it held is due now).
        """
        services = self._window.services
        # The sample's reminders are made up: announcing them outside the window would
        # alarm someone who is only looking around (also after an interview noted there).
        if services is None or self._window.showing_sample:
            return
        self._follow_live_view()
        in_session = self._in_session()
        ended = self._ended or (self._was_in_session and not in_session)
        self._was_in_session = in_session
        started = time.monotonic()
        recent = self._last_check is not None and started - self._last_check < self.min_interval
        if recent and not force and not ended:
            return
        self._last_check = started
        self._ended = False
        moment = self.clock()
        self._reader.request(
            lambda: _check(services, moment, in_session, ended),
            in_parallel=services.journal.reads_in_parallel,
        )

    def stop(self) -> None:
        """The journal is closing: forget any answer on its way and wait for the worker."""
        self._reader.cancel()
        # No cap: a check in flight ends within the busy timeout; the journal closes next.
        self._reader.wait(-1)
        self._last_check = None
        self._was_in_session = False
        self._ended = False
        self.toggle_action.setEnabled(False)

    def _follow_live_view(self) -> None:
        # A short interview may begin and end between two checks: its end says so itself.
        window = self._window
        if not self._following_live and window.built("live"):
            window.live_view.session_ended.connect(self._session_ended)
            self._following_live = True

    def _session_ended(self, _round_id: str) -> None:
        self._ended = True
        self.check(force=True)

    def _checked(self, result: object) -> None:
        from interview_journal.core.notifications import NotificationService, Plan
        from interview_journal.storage.errors import JournalError

        services = self._window.services
        if services is None or not isinstance(result, Plan):
            return
        # An interview may have begun while the worker read: it holds what was found.
        outcome = result.held_instead() if result.notices and self._in_session() else result
        if outcome.changed:
            try:
                NotificationService(services.journal).remember(outcome)
            except JournalError:
                # Shown all the same; at worst announced once more after a restart.
                log.warning("what was announced could not be remembered", exc_info=True)
        self.toggle_action.setEnabled(True)
        self.toggle_action.setChecked(outcome.enabled)
        notifier = self.notifier
        notifier.set_status(outcome.due, outcome.enabled)
        shown = [self._shown(notice) for notice in outcome.notices]
        if shown:
            self.last_shown = shown
            notifier.announce(shown)
        self.checked.emit()

    def set_enabled(self, on: bool) -> None:
        """Turn notices on or off for this journal (kept in its settings)."""
        from interview_journal.core.notifications import NotificationService
        from interview_journal.storage.errors import JournalError

        services = self._window.services
        if services is None:
            self.toggle_action.setChecked(not on)
            return
        try:
            NotificationService(services.journal).set_enabled(on)
        except JournalError as error:
            self.toggle_action.setChecked(not on)
            self._window.show_message(str(error), error=True)
            return
        self.toggle_action.setChecked(on)
        self._window.show_message(
            self.tr("Notifications are on: reminders are announced when they fall due.")
            if on
            else self.tr("Notifications are off: due reminders wait in the Reminders view.")
        )
        self.check(force=True)

    # ------------------------------------------------------------ wording
    def _shown(self, notice: Notice) -> ShownNotice:
        if notice.summary:
            count = notice.count
            if notice.after_session:
                # Some may have been due before the interview began: they were held back.
                title = self.tr("%n reminder(s) due, held back while you took notes", "", count)
            else:
                title = due_title(count)
            names = "; ".join(item.title for item in notice.items[:SUMMARY_NAMES])
            rest = notice.count - SUMMARY_NAMES
            body = (
                self.tr("{names} and %n more", "", rest).format(names=names) if rest > 0 else names
            )
            return ShownNotice(title, body)
        (item,) = notice.items
        if item.kind == "upcoming_round":
            starts = self.tr("Starts at {time}").format(time=format_time(item.due_at))
            body = f"{starts} · {item.detail}" if item.detail else starts
        else:
            body = item.detail or item.kind_label
        return ShownNotice(item.title, body, item.key)

    # ------------------------------------------------------------ the tray's menu
    def show_window(self) -> None:
        window = self._window
        state = window.windowState() & ~Qt.WindowState.WindowMinimized
        window.setWindowState(state | Qt.WindowState.WindowActive)
        window.show()
        window.raise_()
        window.activateWindow()

    def start_notes(self) -> None:
        self.show_window()
        action = self._window.findChild(QAction, "action_start_live")
        if action is not None:
            action.trigger()

    def open_reminders(self) -> None:
        self.open_notice("")

    def open_notice(self, key: str) -> None:
        """The window, on the Reminders view, with the notice's reminder selected."""
        self.show_window()
        if self._window.services is None:
            return
        self._window.show_view("reminders")
        if key:
            self._window.reminders_view.select(key)

    def quit(self) -> None:
        # Closing the window quits, as it always has (and asks first if notes are unsaved).
        self._window.close()
