"""Telling the user that something failed, without tracebacks and without pop-ups.

Every view reports errors through :func:`report_error`; the main window shows the sentence
in its message bar. Services raise :class:`JournalError` whose text is already meant for
the user; anything else is logged and shown as a generic sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

T = TypeVar("T")
log = logging.getLogger(__name__)


# Reds that keep a 4.5:1 contrast on the usual light and dark window colours (WCAG AA).
ERROR_ON_LIGHT = "#a8201a"
ERROR_ON_DARK = "#ff8a80"


class InlineMessage(QLabel):
    """A dialog's own message line. A dialog is a window of its own, so :func:`guarded`
    reports to it (through :class:`ReportsInline`) rather than to the main window."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Message"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()
        self.messages: list[tuple[str, bool]] = []

    def report(self, message: str, error: bool) -> None:
        self.messages.append((message, error))
        self.setText(message)
        # An error is red, darker on a light window and lighter on a dark one. (The palette's
        # BrightText, used before, is white on a light window: the text could not be read.)
        palette = QApplication.palette(self)
        if error:
            dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
            palette.setColor(
                QPalette.ColorRole.WindowText, QColor(ERROR_ON_DARK if dark else ERROR_ON_LIGHT)
            )
        self.setPalette(palette)
        font = self.font()
        font.setBold(error)
        self.setFont(font)
        # Red and bold are not the only sign of an error: the name a screen reader says
        # and the tooltip say which it is.
        kind = self.tr("Error") if error else self.tr("Message")
        self.setAccessibleName(kind)
        self.setToolTip(kind)
        self.setAccessibleDescription(message)
        self.show()


class ReportsInline:
    """For dialogs with an :class:`InlineMessage` called ``message``: what they were told."""

    message: InlineMessage

    def show_message(self, message: str, error: bool = False) -> None:
        self.message.report(message, error)

    @property
    def messages(self) -> list[tuple[str, bool]]:
        return self.message.messages

    @property
    def errors(self) -> list[str]:
        return [text for text, error in self.message.messages if error]


def report_error(widget: QWidget, message: str) -> None:
    window = widget.window()
    show = getattr(window, "show_message", None)
    if callable(show):
        show(message, error=True)
    else:
        log.warning("unreported error: %s", message)


def report_info(widget: QWidget, message: str) -> None:
    window = widget.window()
    show = getattr(window, "show_message", None)
    if callable(show):
        show(message, error=False)


def guarded(widget: QWidget, action: Callable[[], T]) -> T | None:
    """Run ``action``; on failure tell the user why and return None (nothing was changed)."""
    from interview_journal.storage.errors import JournalError

    try:
        return action()
    except JournalError as error:
        report_error(widget, str(error))
    except Exception:
        log.exception("unexpected error in %s", type(widget).__name__)
        report_error(
            widget,
            QCoreApplication.translate(
                "Feedback", "Something went wrong; nothing was changed. Details are in the log."
            ),
        )
    return None
