"""The live note pad: a plain text editor where every line is a durable journal row.

Each edit of the document is turned into the smallest set of row writes (the lines the
edit touched, plus lines it removed) and saved at once, in one transaction: saving on
every keystroke lost nothing in kill -9 tests, where a debounce lost whole sentences
(ENGINEERING.md). If a save fails, the writes stay queued in memory and go out with the
next edit, so a full disk or a locked file never costs a typed word.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from interview_journal.core.notes import (
    format_elapsed,
    marker_of,
    needs_renumbering,
    positions_between,
)
from interview_journal.core.validation import LONG_TEXT_MAX
from interview_journal.core.vocabulary import MARKERS, MARKERS_BY_KEY
from interview_journal.ui import theme
from interview_journal.ui.bounded_text import BoundedTextEdit

UNSTAMPED = -1

# A paste is refused up front when it would make the whole pad longer than this. Every
# line is a row: 5,000,000 characters in 100-character lines (50,000 rows) took 0.8 s on
# the UI thread and 3.3 s to commit on the writer thread, inside the 5 s that ending the
# interview waits for; 10,000,000 took 1.6 s and 7 s, and 480 MB.
PAD_MAX = 5 * LONG_TEXT_MAX


# Alt+letter marks the current line without leaving the keyboard's home row.
MARKER_SHORTCUTS: dict[str, str] = {
    "question": "Alt+Q",
    "answer": "Alt+A",
    "follow_up": "Alt+F",
    "highlight": "Alt+H",
    "did_not_know": "Alt+D",
}


@dataclass
class LineState:
    """A line of the pad; ``elapsed_ms`` stays UNSTAMPED until its first character."""

    id: str
    position: float
    elapsed_ms: int


# (id, position, elapsed_ms, text) rows and deleted ids; returns True when saved.
SaveFunction = Callable[[Sequence[tuple[str, float, int, str]], Sequence[str]], bool]


class MarkerHighlighter(QSyntaxHighlighter):
    """Colours a line's marker prefix quietly; the rest of the line stays plain.

    The marker is its prefix (Q:, A:, ...) and the gutter's glyph: the colour only adds.
    """

    # Marker key -> the theme's colour name (muted in light and in dark, see theme.py).
    COLOURS: dict[str, str] = {
        "question": "marker-question",
        "answer": "marker-answer",
        "follow_up": "marker-follow-up",
        "highlight": "marker-highlight",
        "did_not_know": "marker-did-not-know",
    }

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        self.look: theme.Look | None = None
        self._build_formats()

    def _build_formats(self) -> bool:
        """(Re)make the formats for the look in force; True when they changed."""
        look = theme.current_look()
        if look == self.look:
            return False
        self.look = look
        for key, name in self.COLOURS.items():
            text_format = QTextCharFormat()
            text_format.setForeground(theme.colour(name))
            text_format.setFontWeight(QFont.Weight.DemiBold)
            self._formats[key] = text_format
        return True

    def follow_look(self) -> None:
        """After a change between light and dark: colour the markers anew."""
        if self._build_formats():
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        key = marker_of(text)
        if not key:
            return
        prefix = MARKERS_BY_KEY[key].prefix
        start = len(text) - len(text.lstrip())
        self.setFormat(start, len(prefix), self._formats[key])


class ElapsedGutter(QWidget):
    """The margin left of the pad: when each line was started, and its marker glyph."""

    def __init__(self, pad: NotePad) -> None:
        super().__init__(pad)
        self._pad = pad
        self.setObjectName("liveElapsedGutter")
        self.setAccessibleName(self.tr("Elapsed time of each line"))

    def sizeHint(self) -> QSize:
        return QSize(self._pad.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._pad.paint_gutter(self, event)


class NotePad(BoundedTextEdit):
    """Keyboard-first note pad bound to one interview round.

    A paste or drop that would make a line longer than the journal takes (or the pad
    longer than ``PAD_MAX``) is refused whole, before anything changes.
    """

    total_max = PAD_MAX
    # Far below what a line may hold in the journal: Qt lays out one long line in time
    # that grows with its square (100,000 characters: 0.6 s; 1,000,000: about a minute),
    # and nobody types a line that long in an interview.
    line_max = 100_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveNotePad")
        self.setAccessibleName(self.tr("Interview notes"))
        self.setAccessibleDescription(
            self.tr(
                "Every line is saved as you type it. Tab types a tab; Ctrl+Tab moves on "
                "to the people in the room, the questions and the research."
            )
        )
        self.setPlaceholderText(
            self.tr(
                "Type as they talk. One line per thought.\n"
                "Start a line with Q: for their question, A: for your answer, F: for a "
                "follow-up, H: for a highlight, DK: for something you did not know."
            )
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._lines: list[LineState] = []
        self._save: SaveFunction | None = None
        self._elapsed_now: Callable[[], int] = lambda: 0
        self._pending: dict[str, tuple[str, float, int, str]] = {}
        self._pending_deletes: set[str] = set()
        self._loading = False
        self._gutter = ElapsedGutter(self)
        self._highlighter = MarkerHighlighter(self.document())
        self.document().contentsChange.connect(self._on_contents_change)
        self.blockCountChanged.connect(self._update_gutter_width)
        self.updateRequest.connect(self._update_gutter)
        self._update_gutter_width()
        self._marker_shortcuts: list[QShortcut] = []
        for marker in MARKERS:
            shortcut = QShortcut(QKeySequence(MARKER_SHORTCUTS[marker.key]), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda key=marker.key: self.toggle_marker(key))
            self._marker_shortcuts.append(shortcut)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Tab stays a character in the notes (a stray Tab mid-interview must not send the
        # typing elsewhere), so Ctrl+Tab and Ctrl+Shift+Tab are the keyboard's way out of
        # the pad. QPlainTextEdit's own focusNextPrevChild refuses while Tab is text, so
        # QWidget's is called.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if QWidget.focusNextPrevChild(self, forward):
                event.accept()
                return
        super().keyPressEvent(event)

    # ----------------------------------------------------------------- markers
    def toggle_marker(self, key: str) -> None:
        """Give the current line the marker ``key``, or take it away if it has it already."""
        cursor = self.textCursor()
        block = cursor.block()
        text = block.text()
        indent = len(text) - len(text.lstrip())
        current = marker_of(text)
        edit = QTextCursor(block)
        edit.beginEditBlock()
        edit.setPosition(block.position() + indent)
        if current:
            prefix = MARKERS_BY_KEY[current].prefix
            rest = text[indent + len(prefix) :]
            remove = len(prefix) + (len(rest) - len(rest.lstrip(" ")))
            edit.setPosition(block.position() + indent + remove, QTextCursor.MoveMode.KeepAnchor)
            edit.removeSelectedText()
        if current != key:
            edit.insertText(MARKERS_BY_KEY[key].prefix + " ")
        edit.endEditBlock()

    # ----------------------------------------------------------------- binding
    def bind(
        self,
        lines: Sequence[tuple[str, float, int, str]],
        save: SaveFunction,
        elapsed_now: Callable[[], int],
    ) -> None:
        """Show saved ``(id, position, elapsed_ms, text)`` lines; save edits through ``save``."""
        self._loading = True
        try:
            self._save = save
            self._elapsed_now = elapsed_now
            self._pending.clear()
            self._pending_deletes.clear()
            self.setPlainText("\n".join(text for *_, text in lines))
            self.document().clearUndoRedoStacks()
            if lines:
                self._lines = [LineState(i, p, e) for i, p, e, _ in lines]
            else:
                self._lines = [LineState(str(uuid.uuid4()), 1.0, UNSTAMPED)]
        finally:
            self._loading = False
        self.moveCursor(self.textCursor().MoveOperation.End)
        self._update_gutter_width()

    def unbind(self) -> None:
        self.flush()
        self._loading = True
        try:
            self._save = None
            self.clear()
            self._lines = []
        finally:
            self._loading = False

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending or self._pending_deletes)

    def line_states(self) -> list[LineState]:
        return list(self._lines)

    def line_number(self, line_id: str) -> int | None:
        """The 1-based number of the line ``line_id`` in the pad, or None if it is gone."""
        for index, line in enumerate(self._lines):
            if line.id == line_id:
                return index + 1
        return None

    def put_cursor_in_line(self, line_id: str, column: int) -> None:
        """Move the cursor into the line ``line_id`` (at ``column`` at most) and show it."""
        number = self.line_number(line_id)
        if number is None:
            return
        block = self.document().findBlockByNumber(number - 1)
        cursor = self.textCursor()
        cursor.setPosition(block.position() + min(column, block.length() - 1))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # ----------------------------------------------------------------- syncing
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._loading or self._save is None:
            return
        document = self.document()
        block_count = document.blockCount()
        first_block = document.findBlock(position)
        first = first_block.blockNumber() if first_block.isValid() else block_count - 1
        if block_count == len(self._lines) and first_block.contains(position + added):
            # Typing within one line, nearly every key: only that line changes.
            self._line_edited(first, first_block.text())
            return
        end_block = document.findBlock(position + added)
        last_new = end_block.blockNumber() if end_block.isValid() else block_count - 1
        delta = block_count - len(self._lines)
        last_old = last_new - delta
        new_count = last_new - first + 1
        old_slice = self._lines[first : last_old + 1]

        # Enter at the very start of a line pushes that line down: it keeps its id and
        # its time, and the new lines above it are the new ones.
        pushed_down = (
            removed == 0 and new_count > len(old_slice) and position == first_block.position()
        )
        kept = old_slice[-len(old_slice) :] if pushed_down else old_slice[:new_count]
        dropped = [] if pushed_down else old_slice[new_count:]
        extra = new_count - len(kept)
        before = self._lines[first - 1].position if first > 0 else None
        after_index = last_old + 1
        after = self._lines[after_index].position if after_index < len(self._lines) else None
        if pushed_down:
            upper = kept[0].position if kept else after
            fresh = [
                LineState(str(uuid.uuid4()), p, UNSTAMPED)
                for p in positions_between(before, upper, extra)
            ]
            replacement = fresh + kept
        else:
            lower = kept[-1].position if kept else before
            fresh = [
                LineState(str(uuid.uuid4()), p, UNSTAMPED)
                for p in positions_between(lower, after, extra)
            ]
            replacement = kept + fresh
        self._lines[first : last_old + 1] = replacement
        for line in dropped:
            self._pending.pop(line.id, None)
            self._pending_deletes.add(line.id)
        # Only the new lines and their two neighbours can have worn a gap thin.
        around = self._lines[max(first - 1, 0) : first + len(replacement) + 1]
        if needs_renumbering([line.position for line in around]):
            for index, line in enumerate(self._lines):
                line.position = float(index + 1)
            first, last_new = 0, len(self._lines) - 1
        now = self._elapsed_now()
        block = document.findBlockByNumber(first)
        for index in range(first, last_new + 1):
            line = self._lines[index]
            text = block.text()
            if line.elapsed_ms == UNSTAMPED and text.strip():
                line.elapsed_ms = now  # a line is timed from its first character
            elapsed = now if line.elapsed_ms == UNSTAMPED else line.elapsed_ms
            self._pending[line.id] = (line.id, line.position, elapsed, text)
            block = block.next()
        self.flush()

    def _line_edited(self, index: int, text: str) -> None:
        line = self._lines[index]
        if line.elapsed_ms == UNSTAMPED:
            if not text.strip():
                self._pending[line.id] = (line.id, line.position, self._elapsed_now(), text)
                self.flush()
                return
            line.elapsed_ms = self._elapsed_now()  # a line is timed from its first character
        self._pending[line.id] = (line.id, line.position, line.elapsed_ms, text)
        self.flush()

    def flush(self) -> bool:
        """Try to save everything queued; True when nothing is left unsaved."""
        if self._save is None or not self.has_unsaved:
            return not self.has_unsaved
        writes = list(self._pending.values())
        deletes = list(self._pending_deletes)
        if self._save(writes, deletes):
            self._pending.clear()
            self._pending_deletes.clear()
            return True
        return False

    # ------------------------------------------------------------------ gutter
    def gutter_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("0:00:00 ✎") + 14

    def _update_gutter_width(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_highlighter"):
            self._highlighter.follow_look()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        contents = self.contentsRect()
        self._gutter.setGeometry(
            QRect(contents.left(), contents.top(), self.gutter_width(), contents.height())
        )

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(gutter)
        palette = self.palette()
        # A shade of the pad's own paper (theme.py), so the margin stays quiet in both looks.
        painter.fillRect(event.rect(), theme.colour("notepad-gutter"))
        muted = palette.placeholderText().color()
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = gutter.width() - 6
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            number = block.blockNumber()
            if (
                block.isVisible()
                and bottom >= event.rect().top()
                and number < len(self._lines)
                and self._lines[number].elapsed_ms != UNSTAMPED
            ):
                key = marker_of(block.text())
                glyph = MARKERS_BY_KEY[key].glyph if key else " "
                label = f"{format_elapsed(self._lines[number].elapsed_ms)} {glyph}"
                painter.setPen(muted)
                painter.drawText(0, top, width, height, Qt.AlignmentFlag.AlignRight, label)
            block = block.next()
            top = bottom


__all__ = ["MARKERS", "LineState", "NotePad"]
