"""What every search box of the app shares: highlighted text, the result row painter, the
query and result widgets' keys, and a runner that keeps slow searches off the UI thread.

Research search (``ui/research/search_panel.py``) and global search (``ui/search/panel.py``)
both build on these, so a match looks and behaves the same wherever it is found. What the
user typed is always shown as text, never read as HTML.
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QLineEdit, QListView, QStyledItemDelegate, QStyleOptionViewItem

from interview_journal.storage.search import HIGHLIGHT_END, HIGHLIGHT_START
from interview_journal.ui.research.models import RowRole as ResultRowRole
from interview_journal.ui.research.widgets import paint_row_background
from interview_journal.ui.theme import colour

ModelIndex = QModelIndex | QPersistentModelIndex

log = logging.getLogger(__name__)

__all__ = [
    "MarkedResult",
    "QueryEdit",
    "ResultDelegate",
    "ResultList",
    "ResultRowRole",
    "SearchRunner",
    "TypedSearch",
    "echoed",
    "elide_marked",
    "marked_html",
    "matched_words",
    "matches_phrase",
    "plain",
]

_MARK_CLOSE = "</span>"


def _mark_open() -> str:
    """The highlight of a matched word in the active look (reads on a selected row too)."""
    background, text = colour("match-background").name(), colour("match-text").name()
    return f'<span style="background-color:{background}; color:{text}; font-weight:600;">'


def plain(marked: str) -> str:
    """``marked`` without the highlight markers."""
    return marked.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def matched_words(*marked: str) -> list[str]:
    """The highlighted words of ``marked`` texts, each once (ignoring case), in order."""
    found: dict[str, str] = {}
    for text in marked:
        start = text.find(HIGHLIGHT_START)
        while start >= 0:
            end = text.find(HIGHLIGHT_END, start + 1)
            word = text[start + 1 : end if end >= 0 else len(text)]
            word = plain(word).strip()
            if word:
                found.setdefault(word.casefold(), word)
            if end < 0:
                break
            start = text.find(HIGHLIGHT_START, end + 1)
    return list(found.values())


def matches_phrase(*marked: str) -> str:
    """The highlighted words in words, for a screen reader and a tooltip ("matching
    “team”, “teams”"); "" when nothing is highlighted. On screen a match is shown by a
    coloured background and a bolder weight; this says it without either."""
    words = matched_words(*marked)
    if not words:
        return ""
    quoted = QCoreApplication.translate("SearchResults", "“{word}”")
    listed = QCoreApplication.translate("SearchResults", ", ").join(
        quoted.format(word=word) for word in words
    )
    return QCoreApplication.translate("SearchResults", "matching {words}").format(words=listed)


def marked_html(marked: str) -> str:
    """HTML of ``marked``: the text escaped, only the markers turned into highlights."""
    parts: list[str] = []
    inside = False
    piece: list[str] = []
    mark_open = _mark_open()

    def flush() -> None:
        if piece:
            parts.append(html.escape("".join(piece), quote=False))
            piece.clear()

    for character in marked:
        if character == HIGHLIGHT_START and not inside:
            flush()
            parts.append(mark_open)
            inside = True
        elif character == HIGHLIGHT_END and inside:
            flush()
            parts.append(_MARK_CLOSE)
            inside = False
        elif character not in (HIGHLIGHT_START, HIGHLIGHT_END):
            piece.append(character)
    flush()
    if inside:
        parts.append(_MARK_CLOSE)
    return "".join(parts)


def elide_marked(marked: str, metrics: QFontMetrics, width: int) -> str:
    """``marked`` cut with "…" to fit ``width``, its markers kept balanced."""
    text = plain(marked)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))
    if elided == text:
        return marked
    keep = max(len(elided) - 1, 0)  # what is left before the ellipsis
    kept: list[str] = []
    inside = False
    count = 0
    for character in marked:
        if character == HIGHLIGHT_START:
            if count >= keep:
                break
            inside = True
        elif character == HIGHLIGHT_END:
            inside = False
        else:
            if count >= keep:
                break
            count += 1
        kept.append(character)
    if inside:
        kept.append(HIGHLIGHT_END)
    return "".join(kept).rstrip() + "…"


class MarkedResult(Protocol):
    """A result as the delegate paints it; ``title`` and ``snippet`` may carry markers."""

    @property
    def title(self) -> str: ...

    @property
    def context(self) -> str: ...

    @property
    def snippet(self) -> str: ...


class ResultDelegate(QStyledItemDelegate):
    """A hit as a bold title with where it is, then up to two lines of snippet."""

    PADDING = 6
    SNIPPET_LINES = 2

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title, body = self._fonts(option)
        height = QFontMetrics(title).lineSpacing()
        height += self.SNIPPET_LINES * QFontMetrics(body).lineSpacing()
        return QSize(40, height + 3 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        text, quiet_color = paint_row_background(self, painter, option, index)
        row = index.data(ResultRowRole)
        if row is None:
            return
        self.paint_result(painter, option, row, text.name(), quiet_color)

    def paint_result(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        row: MarkedResult,
        text_color: str,
        quiet_color: Any,
    ) -> None:
        title_font, body_font = self._fonts(option)
        rect = QRectF(option.rect).adjusted(
            self.PADDING + 4, self.PADDING, -self.PADDING - 4, -self.PADDING
        )
        width = int(rect.width())
        gap = self.PADDING * 2

        # Where it is keeps up to half the line; the title gets the rest.
        quiet = QFontMetrics(body_font)
        context = quiet.elidedText(row.context, Qt.TextElideMode.ElideRight, width // 2)
        bold = QFontMetrics(title_font)
        title_room = max(width - quiet.horizontalAdvance(context) - gap, width // 4)
        title = elide_marked(row.title, bold, title_room)
        title_html = f'<span style="color:{text_color};">{marked_html(title)}</span>'
        # The title's own width: a right-to-left title would otherwise align to the far
        # edge of the line and run under the context drawn after it.
        title_width = min(float(bold.horizontalAdvance(plain(title)) + 2), rect.width())
        title_rect = QRectF(rect.left(), rect.top(), title_width, rect.height())
        title_height = self.draw_markup(
            painter, title_html, title_font, title_rect, wrap=False, lines=1
        )

        painter.save()
        painter.setFont(body_font)
        painter.setPen(quiet_color)
        left = rect.left() + title_width + gap
        context_rect = QRectF(left, rect.top(), rect.right() - left, title_height)
        painter.drawText(
            context_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), context
        )
        painter.restore()

        # Words wrap short of the edge, so two lines hold a little less than twice the width.
        snippet = elide_marked(row.snippet, quiet, int(width * self.SNIPPET_LINES * 0.9))
        snippet_html = f'<span style="color:{text_color};">{marked_html(snippet)}</span>'
        snippet_rect = rect.adjusted(0, title_height + self.PADDING / 2, 0, 0)
        self.draw_markup(
            painter, snippet_html, body_font, snippet_rect, wrap=True, lines=self.SNIPPET_LINES
        )

    @staticmethod
    def draw_markup(
        painter: QPainter, markup: str, font: QFont, rect: QRectF, *, wrap: bool, lines: int
    ) -> float:
        """Draw ``markup`` clipped to ``lines`` lines of ``rect``; return the height used."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(font)
        text_option = QTextOption()
        text_option.setWrapMode(
            QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            if wrap
            else QTextOption.WrapMode.NoWrap
        )
        document.setDefaultTextOption(text_option)
        document.setHtml(markup)
        document.setTextWidth(rect.width())
        height = min(rect.height(), lines * QFontMetricsF(font).lineSpacing())
        painter.save()
        painter.translate(rect.topLeft())
        clip = QRectF(0, 0, rect.width(), height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()
        return height


class QueryEdit(QLineEdit):
    """The query: Down moves into the results, Esc clears, Enter searches at once."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            event.accept()
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            event.accept()
            self.clear()
            return
        super().keyPressEvent(event)


class ResultList(QListView):
    """The results: Up on the first result or Esc goes back to the query."""

    back_to_query = Signal()

    def first_result_row(self) -> int:
        model = self.model()
        for row in range(model.rowCount() if model is not None else 0):
            if model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable:
                return row
        return -1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        at_top = self.currentIndex().row() <= self.first_result_row()
        if event.key() == Qt.Key.Key_Escape or (event.key() == Qt.Key.Key_Up and at_top):
            event.accept()
            self.back_to_query.emit()
            return
        super().keyPressEvent(event)


class _Relay(QObject):
    """Carries a worker's results back to the UI thread (queued: it lives there)."""

    found = Signal(int, str, object)  # generation, query, the search's result
    failed = Signal(int, str)  # generation, message for the user


class _SearchJob(QRunnable):
    def __init__(
        self, search: Callable[[str], object], text: str, generation: int, relay: _Relay
    ) -> None:
        super().__init__()
        self._search, self._text, self._generation, self._relay = (
            search,
            text,
            generation,
            relay,
        )

    def run(self) -> None:
        outcome = _run(self._search, self._text)
        if isinstance(outcome, _Failure):
            self._send(self._relay.failed, self._generation, outcome.message)
        else:
            self._send(self._relay.found, self._generation, self._text, outcome)

    @staticmethod
    def _send(signal: Any, *args: object) -> None:
        # RuntimeError: the panel was closed while searching; nobody waits for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class _Failure:
    def __init__(self, message: str) -> None:
        self.message = message


def _run(search: Callable[[str], object], text: str) -> object:
    from interview_journal.storage.errors import JournalError

    try:
        return search(text)
    except JournalError as error:
        return _Failure(str(error))
    except Exception:
        log.exception("search failed")
        return _Failure(
            QCoreApplication.translate(
                "SearchResults", "The search failed; nothing was changed. Details are in the log."
            )
        )


class SearchRunner(QObject):
    """Runs a search on its own worker thread; only the latest query's answer arrives.

    A match in a very long note costs FTS5 time to cut its snippet (seconds for a 1 MB
    note), so typing must never wait for it. Older searches that finish later are
    dropped. ``found(query, result)`` and ``failed(message)`` arrive on the UI thread.
    """

    found = Signal(str, object)
    failed = Signal(str)

    def __init__(self, search: Callable[[str], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._generation = 0
        self._pending: str | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.found.connect(self._found)
        self._relay.failed.connect(self._failed)

    @property
    def pending(self) -> str | None:
        """The query being searched, or None when no answer is awaited."""
        return self._pending

    def start(self, text: str, *, in_parallel: bool = True) -> None:
        """Search for ``text``: on the worker, or at once when not ``in_parallel``
        (an in-memory journal has one connection, which threads must not share)."""
        self._generation += 1
        if not in_parallel:
            self._pending = None
            outcome = _run(self._search, text)
            if isinstance(outcome, _Failure):
                self.failed.emit(outcome.message)
            else:
                self.found.emit(text, outcome)
            return
        self._pending = text
        self._pool.clear()  # a search not started yet is already out of date
        self._pool.start(_SearchJob(self._search, text, self._generation, self._relay))

    def cancel(self) -> None:
        """Forget any answer on its way (the query was cleared or shown another way)."""
        self._generation += 1
        self._pending = None

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    def _found(self, generation: int, text: str, result: object) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self.found.emit(text, result)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self.failed.emit(message)


def echoed(query: str, limit: int = 60) -> str:
    """``query`` as a "nothing mentions …" sentence repeats it: one line, kept short."""
    shown = " ".join(query.split())
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


class TypedSearch(QObject):
    """Search as you type for a query box: a short pause after typing, the search on the
    worker (:class:`SearchRunner`), Enter to search at once and move into the results.

    The panel supplies what differs: ``show(result, query)`` puts results (or, for an
    empty query, none) on screen; ``enter_results()`` moves the focus into them;
    ``report(message)`` tells the user a search failed; ``in_parallel()`` says whether
    the journal may be read from the worker.
    """

    def __init__(
        self,
        query: QueryEdit,
        search: Callable[[str], object],
        *,
        show: Callable[[object, str], None],
        enter_results: Callable[[], None],
        report: Callable[[str], None],
        in_parallel: Callable[[], bool] = lambda: True,
        debounce_ms: int = 150,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._query = query
        self._show = show
        self._enter_results = enter_results
        self._in_parallel = in_parallel
        self.shown_query: str | None = None  # the query whose results are on screen
        self._enter_when_found = False
        self.runner = SearchRunner(search, self)
        self.runner.found.connect(self._found)
        self.runner.failed.connect(report)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.search_now)
        query.textChanged.connect(self._debounce.start)
        query.returnPressed.connect(self.search_and_enter_results)

    @property
    def is_searching(self) -> bool:
        return self.runner.pending is not None

    def search_now(self) -> None:
        """Search for the query; the results arrive by ``show``."""
        self._debounce.stop()
        text = self._query.text()
        if text in (self.shown_query, self.runner.pending):
            return
        if not text.strip():
            self.runner.cancel()
            self._show([], text)
            return
        self.runner.start(text, in_parallel=self._in_parallel())

    def set_text(self, text: str) -> None:
        """Put ``text`` in the box without a search of its own starting."""
        self._debounce.stop()
        self._query.blockSignals(True)
        self._query.setText(text)
        self._query.blockSignals(False)

    def forget_shown(self) -> None:
        """The journal changed: the next search runs even for the same query."""
        self.shown_query = None

    def stop(self) -> None:
        """Drop any answer on its way and let the worker finish (the journal is closing)."""
        self._debounce.stop()
        self.runner.cancel()
        self.runner.wait()

    def search_and_enter_results(self) -> None:
        self.search_now()
        if self.is_searching:
            self._enter_when_found = True
        else:
            self._enter_results()

    def _found(self, text: str, result: object) -> None:
        self._show(result, text)
        if self._enter_when_found:
            self._enter_when_found = False
            self._enter_results()
