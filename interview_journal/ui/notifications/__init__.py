"""Reminders announced outside the window: tray notifications, or the message bar."""

from interview_journal.ui.notifications.controller import NotificationController
from interview_journal.ui.notifications.notifiers import (
    NotificationHost,
    Notifier,
    ShownNotice,
    TrayNotifier,
    WindowNotifier,
    tray_usable,
)

__all__ = [
    "NotificationController",
    "NotificationHost",
    "Notifier",
    "ShownNotice",
    "TrayNotifier",
    "WindowNotifier",
    "tray_usable",
]
