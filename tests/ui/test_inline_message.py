from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from interview_journal.ui.feedback import InlineMessage


def _contrast(one: QColor, two: QColor) -> float:
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_an_error_is_readable_and_marked_then_plain_again(qtbot: QtBot) -> None:
    line = InlineMessage("someMessage")
    qtbot.addWidget(line)
    line.report("Could not save: the disk is full.", True)
    palette = line.palette()
    text, window = (
        palette.color(QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorRole.Window),
    )
    assert _contrast(text, window) >= 4.5  # WCAG AA for normal text
    assert text.red() > text.green() and line.font().bold()
    line.report("Saved.", False)
    assert not line.font().bold()
    assert line.messages == [("Could not save: the disk is full.", True), ("Saved.", False)]
