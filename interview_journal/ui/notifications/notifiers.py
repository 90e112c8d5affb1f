"""Where notices go: the system tray where the platform has one, else the window itself.

A :class:`Notifier` only shows; what to announce, and when, is decided by
:mod:`interview_journal.core.notifications` through the controller. The tray follows
Qt's QSystemTrayIcon (https://doc.qt.io/qt-6/qsystemtrayicon.html): it is used only where
``isSystemTrayAvailable()`` and ``supportsMessages()`` both say yes; elsewhere (minimal
and offscreen platforms, some desktops) the window's message bar shows the notice and
``QApplication.alert`` asks the taskbar for attention.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from interview_journal import APP_NAME

__all__ = [
    "NotificationHost",
    "Notifier",
    "ShownNotice",
    "TrayNotifier",
    "WindowNotifier",
    "tray_usable",
]

# How long a tray message stays up (the desktop may cap it).
TRAY_MESSAGE_MS = 15_000


@dataclass(frozen=True)
class ShownNotice:
    """A notice as the user reads it; ``key`` is the reminder a click selects ("" for a
    summary, which opens the Reminders list)."""

    title: str
    body: str
    key: str = ""


class Notifier(Protocol):
    """Shows notices. ``clicked`` is called with the notice's key when the user opens it."""

    kind: str  # "tray" or "window": which path announces

    def announce(self, notices: Sequence[ShownNotice]) -> None: ...
    def set_status(self, due: int, enabled: bool) -> None: ...
    def set_clicked(self, clicked: Callable[[str], None]) -> None: ...
    def close(self) -> None: ...


class NotificationHost(Protocol):
    """What the tray's menu does; the controller provides it."""

    toggle_action: QAction

    def show_window(self) -> None: ...
    def start_notes(self) -> None: ...
    def open_reminders(self) -> None: ...
    def quit(self) -> None: ...


def tray_usable() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


def due_title(count: int) -> str:
    """ "3 reminders due": a summary's title and the tray's tooltip."""
    return QCoreApplication.translate("Notifications", "%n reminder(s) due", "", count)


class _Texts(QObject):
    """Holds the tray menu's words, so they are translated in one context."""

    def show_app(self) -> str:
        return self.tr("Show {app}").format(app=APP_NAME)

    def start_notes(self) -> str:
        return self.tr("Start interview notes")

    def reminders(self, due: int) -> str:
        return self.tr("Reminders (%n)", "", due) if due else self.tr("Reminders")

    def quit(self) -> str:
        return self.tr("Quit")

    def tooltip(self, due: int, enabled: bool) -> str:
        state = due_title(due) if due else self.tr("No reminders due")
        if not enabled:
            state = self.tr("{state}; notifications are off").format(state=state)
        return f"{APP_NAME} — {state}"


class TrayNotifier(QObject):
    """An icon in the system tray with the app's menu; notices are tray messages."""

    kind = "tray"
    # The tray icon was clicked (not its menu): the host shows the window.
    activated = Signal()

    def __init__(self, host: NotificationHost, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = _Texts(self)
        self._clicked: Callable[[str], None] = lambda _key: None
        self._last_key = ""
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.setAccessibleName(APP_NAME)
        self.show_action = self.menu.addAction(self._texts.show_app())
        self.show_action.setObjectName("tray_show")
        self.show_action.triggered.connect(host.show_window)
        self.start_action = self.menu.addAction(self._texts.start_notes())
        self.start_action.setObjectName("tray_start_live")
        self.start_action.triggered.connect(host.start_notes)
        self.reminders_action = self.menu.addAction(self._texts.reminders(0))
        self.reminders_action.setObjectName("tray_reminders")
        self.reminders_action.triggered.connect(host.open_reminders)
        self.menu.addSeparator()
        self.menu.addAction(host.toggle_action)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self._texts.quit())
        self.quit_action.setObjectName("tray_quit")
        self.quit_action.triggered.connect(host.quit)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setObjectName("trayIcon")
        self.icon.setContextMenu(self.menu)
        self.icon.setToolTip(self._texts.tooltip(0, True))
        self.icon.messageClicked.connect(self._message_clicked)
        self.icon.activated.connect(self._icon_activated)
        self.activated.connect(host.show_window)
        self.icon.show()

    def announce(self, notices: Sequence[ShownNotice]) -> None:
        # A tray shows one message at a time and reports only "a message was clicked":
        # several notices go as one message, whose click opens the Reminders list.
        if len(notices) > 1:
            titles = "; ".join(notice.title for notice in notices)
            notices = [ShownNotice(due_title(len(notices)), titles, "")]
        for notice in notices:
            self._last_key = notice.key
            self.icon.showMessage(notice.title, notice.body, self.icon.icon(), TRAY_MESSAGE_MS)

    def set_status(self, due: int, enabled: bool) -> None:
        self.reminders_action.setText(self._texts.reminders(due))
        self.icon.setToolTip(self._texts.tooltip(due, enabled))

    def set_clicked(self, clicked: Callable[[str], None]) -> None:
        self._clicked = clicked

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()

    def _message_clicked(self) -> None:
        self._clicked(self._last_key)

    def _icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.activated.emit()


class WindowNotifier:
    """The in-app path: the window's message bar, and the taskbar asked for attention.

    ``show_message`` is the window's (text, sticky); a notice stays up while the user is
    away from the window, else it fades like any message.
    """

    kind = "window"

    def __init__(self, window: QWidget, show_message: Callable[[str, bool], None]) -> None:
        self._window = window
        self._show_message = show_message
        self._clicked: Callable[[str], None] = lambda _key: None
        self.shown_text = ""
        self.shown_key = ""

    def announce(self, notices: Sequence[ShownNotice]) -> None:
        if not notices:
            return
        texts = _WindowTexts()
        if len(notices) == 1:
            (notice,) = notices
            text = f"{notice.title}: {notice.body}" if notice.body else notice.title
            self.shown_key = notice.key
        else:
            text = texts.due_now("; ".join(notice.title for notice in notices))
            self.shown_key = ""
        if not text.endswith((".", "!", "?", "…")):
            text += "."
        self.shown_text = f"{text} {texts.hint()}"
        self._show_message(self.shown_text, not self._window.isActiveWindow())
        # Flashes the taskbar entry (or bounces the dock icon) until the window is active.
        QApplication.alert(self._window)

    def set_status(self, due: int, enabled: bool) -> None:
        """The window's navigation already shows the count."""

    def set_clicked(self, clicked: Callable[[str], None]) -> None:
        self._clicked = clicked

    def click(self, text: str) -> bool:
        """The message bar was clicked while showing ``text``: open the notice if it is
        the one shown."""
        if not self.shown_text or text != self.shown_text:
            return False
        self._clicked(self.shown_key)
        return True

    def close(self) -> None:
        self.shown_text = ""


class _WindowTexts(QObject):
    def due_now(self, titles: str) -> str:
        return self.tr("Due now: {titles}.").format(titles=titles)

    def hint(self) -> str:
        return self.tr("Click this message, or press Ctrl+7, to open Reminders.")
