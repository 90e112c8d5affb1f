"""Plain-text editors that refuse a paste or drop the journal would refuse anyway.

Laying out a megabyte pasted as one line takes QPlainTextEdit minutes; refusing it up
front keeps the window responsive and the text as it was.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QMimeData, Signal
from PySide6.QtWidgets import QPlainTextEdit

from interview_journal.core.validation import LONG_TEXT_MAX
from interview_journal.ui.feedback import report_error
from interview_journal.ui.i18n import format_number

# What QTextCursor.insertText turns into a new block (\r\n counts once).
_BLOCK_BREAK = re.compile("\r\n|[\r\n\u2029]")


def paste_refusal(
    editor: QPlainTextEdit, incoming: str, *, total_max: int, line_max: int | None = None
) -> str | None:
    """Why inserting ``incoming`` over the selection of ``editor`` is refused, or None.

    With ``line_max``, no line of the result may be longer either: the line the cursor
    is on is joined to the first pasted line, and the last pasted line to the rest.
    """
    cursor = editor.textCursor()
    selected = cursor.selectionEnd() - cursor.selectionStart()
    total = editor.document().characterCount() - 1 - selected + len(incoming)
    if total > total_max:
        return QCoreApplication.translate(
            "BoundedTextEdit",
            "That paste would make the text {length} characters long; the limit "
            "is {limit}. Nothing was pasted.",
        ).format(length=format_number(total), limit=format_number(total_max))
    if line_max is None:
        return None
    document = editor.document()
    start_block = document.findBlock(cursor.selectionStart())
    end_block = document.findBlock(cursor.selectionEnd())
    head = cursor.selectionStart() - start_block.position()
    tail = end_block.length() - 1 - (cursor.selectionEnd() - end_block.position())
    pieces = _BLOCK_BREAK.split(incoming)
    lengths = [len(piece) for piece in pieces]
    lengths[0] += head
    lengths[-1] += tail
    longest = max(lengths)
    if longest > line_max:
        return QCoreApplication.translate(
            "BoundedTextEdit",
            "That paste would make a line {length} characters long; the limit is "
            "{limit} a line. Nothing was pasted: break it into shorter lines first.",
        ).format(length=format_number(longest), limit=format_number(line_max))
    return None


class BoundedTextEdit(QPlainTextEdit):
    """A plain-text editor that refuses a paste the journal would refuse anyway.

    Subclasses may lower ``total_max`` or set ``line_max`` (a limit for every line).
    """

    total_max = LONG_TEXT_MAX
    line_max: int | None = None

    # The sentence shown to the user when a paste or drop was refused.
    paste_refused = Signal(str)

    def insertFromMimeData(self, source: QMimeData) -> None:
        incoming = source.text() if source.hasText() else ""
        refusal = paste_refusal(self, incoming, total_max=self.total_max, line_max=self.line_max)
        if refusal is not None:
            self.paste_refused.emit(refusal)
            report_error(self, refusal)
            return
        super().insertFromMimeData(source)


__all__ = ["BoundedTextEdit", "paste_refusal"]
