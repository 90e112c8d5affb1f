"""Search within research: type words, see every company profile, note, fit evidence and
company question that mentions them, the matches highlighted.

The search runs on the UI thread after a short pause in typing: the full-text index
answers in milliseconds at the scale PRODUCT.md sets, and results never arrive late
and out of order. What the user typed is shown as text, never read as HTML.
"""

from __future__ import annotations

import contextlib
import html
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
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
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from interview_journal.storage.search import HIGHLIGHT_END, HIGHLIGHT_START
from interview_journal.ui.feedback import guarded, report_error
from interview_journal.ui.layout import named
from interview_journal.ui.research import widgets
from interview_journal.ui.research.models import DetailRole, IdRole, RowRole

if TYPE_CHECKING:
    from interview_journal.core.search import ResearchHit
    from interview_journal.core.services import Services

ModelIndex = QModelIndex | QPersistentModelIndex

log = logging.getLogger(__name__)

PLACEHOLDER = 'Search research: words, "a phrase", prefix*'
START_HINT = (
    "Find what you wrote about any company: its profile, research notes,\n"
    "fit evidence and its own questions to ask.\n\n"
    'Several words find research holding all of them; "quotes" keep a phrase; '
    "team* also finds teams and teamwork."
)
DEBOUNCE_MS = 150
RESULT_LIMIT = 50

NoteIdRole = Qt.ItemDataRole.UserRole + 10
TitleHtmlRole = Qt.ItemDataRole.UserRole + 11
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 12
ContextRole = Qt.ItemDataRole.UserRole + 13

# A calm marker that reads the same on a selected row: dark text on a soft yellow.
_MARK_OPEN = '<span style="background-color:#fde68a; color:#1f2937; font-weight:600;">'
_MARK_CLOSE = "</span>"


def plain(marked: str) -> str:
    """``marked`` without the highlight markers."""
    return marked.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def marked_html(marked: str) -> str:
    """HTML of ``marked``: the text escaped, only the markers turned into highlights."""
    parts: list[str] = []
    inside = False
    piece: list[str] = []

    def flush() -> None:
        if piece:
            parts.append(html.escape("".join(piece), quote=False))
            piece.clear()

    for character in marked:
        if character == HIGHLIGHT_START and not inside:
            flush()
            parts.append(_MARK_OPEN)
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


@dataclass(frozen=True)
class ResultRow:
    """One hit as the list shows it; ``title`` and ``snippet`` keep the match markers."""

    company_id: str
    note_id: str
    company_name: str
    kind_label: str
    title: str
    snippet: str
    # What was matched (company, research_note, fit_score, question): where to open it.
    source_table: str = ""
    source_id: str = ""

    @classmethod
    def from_hit(cls, hit: ResearchHit) -> ResultRow:
        return cls(
            hit.company_id,
            hit.note_id,
            hit.company_name,
            hit.kind_label,
            hit.title,
            hit.snippet,
            hit.source_table,
            hit.source_id,
        )

    @property
    def context(self) -> str:
        if self.kind_label == "Company profile":
            return self.kind_label
        return f"{self.company_name} · {self.kind_label}"

    @property
    def spoken(self) -> str:
        return f"{plain(self.title)}, {self.context}: {plain(self.snippet)}"


_Role = Qt.ItemDataRole
_ROLES: dict[int, Any] = {
    _Role.DisplayRole: lambda row: plain(row.title),
    _Role.ToolTipRole: lambda row: row.spoken,
    _Role.AccessibleTextRole: lambda row: row.spoken,
    DetailRole: lambda row: plain(row.snippet),
    ContextRole: lambda row: row.context,
    TitleHtmlRole: lambda row: marked_html(row.title),
    SnippetHtmlRole: lambda row: marked_html(row.snippet),
    IdRole: lambda row: row.company_id,
    NoteIdRole: lambda row: row.note_id,
    RowRole: lambda row: row,
}


class ResearchResultModel(QAbstractListModel):
    """The hits of the last search, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def result(self, row: int) -> ResultRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        getter = _ROLES.get(role)
        return None if getter is None else getter(self._rows[index.row()])

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class ResultDelegate(QStyledItemDelegate):
    """A hit as a bold title with its company and kind, then up to two lines of snippet."""

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
        text, quiet_color = widgets.paint_row_background(self, painter, option, index)
        text_color = text.name()  # for the HTML of the title and snippet
        row = index.data(RowRole)
        if not isinstance(row, ResultRow):
            return
        title_font, body_font = self._fonts(option)
        rect = QRectF(option.rect).adjusted(
            self.PADDING + 4, self.PADDING, -self.PADDING - 4, -self.PADDING
        )
        width = int(rect.width())
        gap = self.PADDING * 2

        # The company and kind keep up to half the line; the title gets the rest.
        quiet = QFontMetrics(body_font)
        context = quiet.elidedText(row.context, Qt.TextElideMode.ElideRight, width // 2)
        bold = QFontMetrics(title_font)
        title_room = max(width - quiet.horizontalAdvance(context) - gap, width // 4)
        title = elide_marked(row.title, bold, title_room)
        title_html = f'<span style="color:{text_color};">{marked_html(title)}</span>'
        # The title's own width: a right-to-left title would otherwise align to the far
        # edge of the line and run under the company name drawn after it.
        title_width = min(float(bold.horizontalAdvance(plain(title)) + 2), rect.width())
        title_rect = QRectF(rect.left(), rect.top(), title_width, rect.height())
        title_height = self._draw(painter, title_html, title_font, title_rect, wrap=False, lines=1)

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
        self._draw(
            painter, snippet_html, body_font, snippet_rect, wrap=True, lines=self.SNIPPET_LINES
        )

    @staticmethod
    def _draw(
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


class _SearchRelay(QObject):
    """Carries a worker's results back to the UI thread (queued: it lives there)."""

    found = Signal(int, str, object)  # generation, query, list[ResearchHit]
    failed = Signal(int, str)  # generation, message for the user


class _SearchJob(QRunnable):
    def __init__(self, services: Services, text: str, generation: int, relay: _SearchRelay):
        super().__init__()
        self._services, self._text, self._generation, self._relay = (
            services,
            text,
            generation,
            relay,
        )

    def run(self) -> None:
        from interview_journal.storage.errors import JournalError

        try:
            hits = self._services.search.research(self._text, RESULT_LIMIT)
        except JournalError as error:
            self._send(self._relay.failed, self._generation, str(error))
        except Exception:
            log.exception("research search failed")
            message = "The search failed; nothing was changed. Details are in the log."
            self._send(self._relay.failed, self._generation, message)
        else:
            self._send(self._relay.found, self._generation, self._text, hits)

    @staticmethod
    def _send(signal: Any, *args: object) -> None:
        # RuntimeError: the panel was closed while searching; nobody waits for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class _QueryEdit(QLineEdit):
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


class _ResultList(QListView):
    """The results: Up on the first row or Esc goes back to the query."""

    back_to_query = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        at_top = self.currentIndex().row() <= 0
        if event.key() == Qt.Key.Key_Escape or (event.key() == Qt.Key.Key_Up and at_top):
            event.accept()
            self.back_to_query.emit()
            return
        super().keyPressEvent(event)


class ResearchSearchPanel(QWidget):
    """Search-as-you-type over research.

    ``result_activated(company id, note id or "", source table, source id)`` says what
    to open.
    """

    result_activated = Signal(str, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "researchSearch", "Search research")
        self._services: Services | None = None
        self._shown_query: str | None = None

        self.query = named(_QueryEdit(), "researchSearchQuery", "Search research")
        self.query.setPlaceholderText(PLACEHOLDER)
        self.query.setClearButtonEnabled(True)
        self.count = named(QLabel(), "researchSearchCount", "Matches")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # A long query echoed back must not widen the window.
        self.count.setMinimumWidth(10)
        self.count.setWordWrap(True)

        self.model = ResearchResultModel(self)
        self.results = named(_ResultList(), "researchSearchResults", "Research that matches")
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.hint = widgets.Hint("researchSearchHint", START_HINT)
        self.stack = QStackedWidget()
        self.stack.setObjectName("researchSearchStack")
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.results)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.stack, 1)
        QWidget.setTabOrder(self.query, self.results)

        self._generation = 0
        self._pending_query: str | None = None
        self._enter_results_when_found = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _SearchRelay(self)
        self._relay.found.connect(self._found)
        self._relay.failed.connect(self._failed)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self._search_and_enter_results)
        self.query.down_pressed.connect(self.focus_results)
        self.results.back_to_query.connect(self.focus_query)
        self.results.activated.connect(self._activate)
        self.query.setEnabled(False)
        self._show([], "")

    # ------------------------------------------------------------- binding
    def bind(self, services: Services) -> None:
        self._services = services
        self.query.setEnabled(True)
        self.set_query(self.query.text())

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def focus_results(self) -> None:
        if not self.model.rowCount():
            return
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self.model.index(0, 0))

    # ------------------------------------------------------------ searching
    def search_now(self) -> None:
        """Search for the query on a worker thread; the results arrive by ``_found``.

        A match in a very long note costs FTS5 time to cut its snippet (seconds for a
        1 MB note), so typing must never wait for it. Only the latest query's results
        are shown; older ones that finish later are dropped.
        """
        self._debounce.stop()
        text = self.query.text()
        if text in (self._shown_query, self._pending_query):
            return
        services = self._services
        if services is None:
            return
        if not text.strip():
            self._pending_query = None
            self._generation += 1
            self._show([], text)
            return
        self._generation += 1
        self._pending_query = text
        self._pool.clear()  # a search not started yet is already out of date
        self._pool.start(_SearchJob(services, text, self._generation, self._relay))

    def set_query(self, text: str) -> None:
        """Show ``text`` in the query and its results at once, waiting for them."""
        self._debounce.stop()
        self.query.blockSignals(True)
        self.query.setText(text)
        self.query.blockSignals(False)
        services = self._services
        if services is None:
            return
        self._generation += 1
        self._pending_query = None
        hits: list[ResearchHit] = []
        if text.strip():
            found = guarded(self, lambda: services.search.research(text, RESULT_LIMIT))
            if found is None:
                return
            hits = found
        self._show([ResultRow.from_hit(hit) for hit in hits], text)

    @property
    def is_searching(self) -> bool:
        return self._pending_query is not None

    def _found(self, generation: int, text: str, hits: object) -> None:
        if generation != self._generation:
            return
        self._pending_query = None
        assert isinstance(hits, list)
        self._show([ResultRow.from_hit(hit) for hit in hits], text)
        if self._enter_results_when_found:
            self._enter_results_when_found = False
            self.focus_results()

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._pending_query = None
        report_error(self, message)

    def _show(self, rows: list[ResultRow], text: str) -> None:
        self._shown_query = text
        self.model.set_rows(rows)
        if rows:
            self.results.setCurrentIndex(self.model.index(0, 0))
        if not text.strip():
            self.count.setText("")
            self.count.hide()
            self.hint.set_hint(START_HINT)
            self.stack.setCurrentWidget(self.hint)
            return
        self.count.show()
        if rows:
            many = len(rows) >= RESULT_LIMIT
            noun = "match" if len(rows) == 1 else "matches"
            number = f"{len(rows):,}"
            self.count.setText(
                f"The first {number} matches; add a word to narrow them."
                if many
                else f"{number} {noun}"
            )
            self.stack.setCurrentWidget(self.results)
        else:
            shown = " ".join(text.split())
            shown = shown if len(shown) <= 60 else shown[:59] + "…"
            self.count.setText(f"No research mentions “{shown}”")
            self.hint.set_hint("Try fewer words, or end a word with * to find longer ones.")
            self.stack.setCurrentWidget(self.hint)
        self.count.setAccessibleName(self.count.text())

    def _search_and_enter_results(self) -> None:
        self.search_now()
        if self.is_searching:
            self._enter_results_when_found = True
        else:
            self.focus_results()

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.result(index.row())
        self.result_activated.emit(row.company_id, row.note_id, row.source_table, row.source_id)
