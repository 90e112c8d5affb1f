"""A stand-in for the main window, for testing one view or panel on its own."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget


class MessageWindow(QMainWindow):
    """Records what a view tells the user through ``show_message``, as the main window shows it."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, bool]] = []

    def show_message(self, message: str, error: bool = False) -> None:
        self.messages.append((message, error))

    @property
    def errors(self) -> list[str]:
        return [message for message, error in self.messages if error]


def shown_window(qtbot, central: QWidget, size: tuple[int, int] = (1100, 700)) -> MessageWindow:
    """``central`` in a shown, active stand-in window that pytest-qt closes after the test."""
    window = MessageWindow()
    window.setCentralWidget(central)
    window.resize(*size)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window
