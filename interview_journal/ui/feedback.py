"""Telling the user that something failed, without tracebacks and without pop-ups.

Every view reports errors through :func:`report_error`; the main window shows the sentence
in its message bar. Services raise :class:`JournalError` whose text is already meant for
the user; anything else is logged and shown as a generic sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

T = TypeVar("T")
log = logging.getLogger(__name__)


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
        report_error(widget, "Something went wrong; nothing was changed. Details are in the log.")
    return None
