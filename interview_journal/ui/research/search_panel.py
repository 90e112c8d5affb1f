"""Search within research: type words, see every company profile, note, fit evidence and
company question that mentions them, the matches highlighted.

The search runs on the UI thread after a short pause in typing: the full-text index
answers in milliseconds at the scale PRODUCT.md sets, and results never arrive late
and out of order. What the user typed is shown as text, never read as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui.feedback import guarded, report_error
from interview_journal.ui.layout import named
from interview_journal.ui.research import widgets
from interview_journal.ui.research.models import DetailRole, IdRole, RowRole
from interview_journal.ui.search.results import (
    QueryEdit,
    ResultDelegate,
    ResultList,
    TypedSearch,
    echoed,
    elide_marked,
    marked_html,
    matches_phrase,
    plain,
)

if TYPE_CHECKING:
    from interview_journal.core.search import ResearchHit
    from interview_journal.core.services import Services

ModelIndex = QModelIndex | QPersistentModelIndex

# Shared with global search; named here too for the code and tests that know them here.
__all__ = ["ResearchSearchPanel", "elide_marked", "marked_html", "plain"]

# In English; shown in the user's language through QCoreApplication.translate.
PLACEHOLDER = QT_TRANSLATE_NOOP(
    "ResearchSearchPanel", 'Search research: words, "a phrase", prefix*'
)
START_HINT = QT_TRANSLATE_NOOP(
    "ResearchSearchPanel",
    "Find what you wrote about any company: its profile, research notes,\n"
    "fit evidence and its own questions to ask.\n\n"
    'Several words find research holding all of them; "quotes" keep a phrase; '
    "team* also finds teams and teamwork.",
)
DEBOUNCE_MS = 150
RESULT_LIMIT = 50

NoteIdRole = Qt.ItemDataRole.UserRole + 10
TitleHtmlRole = Qt.ItemDataRole.UserRole + 11
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 12
ContextRole = Qt.ItemDataRole.UserRole + 13


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
        # A profile hit is titled with the company's name: no need to say it twice.
        if self.source_table == "company" or self.kind_label == "Company profile":
            return self.kind_label
        return f"{self.company_name} · {self.kind_label}"

    @property
    def spoken(self) -> str:
        """The row in words; the highlighted words are named too (highlight is not only
        colour, yet a screen reader hears none of it)."""
        said = f"{plain(self.title)}, {self.context}: {plain(self.snippet)}"
        matched = matches_phrase(self.title, self.snippet)
        return f"{said} ({matched})" if matched else said


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


class ResearchSearchPanel(QWidget):
    """Search-as-you-type over research.

    ``result_activated(company id, note id or "", source table, source id)`` says what
    to open.
    """

    result_activated = Signal(str, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "researchSearch", self.tr("Search research"))
        self._services: Services | None = None

        self.query = named(QueryEdit(), "researchSearchQuery", self.tr("Search research"))
        self.query.setPlaceholderText(
            QCoreApplication.translate("ResearchSearchPanel", PLACEHOLDER)
        )
        self.query.setAccessibleDescription(
            self.tr("Results appear as you type; Down or Enter moves into them")
        )
        self.query.setClearButtonEnabled(True)
        self.count = named(QLabel(), "researchSearchCount", self.tr("Matches"))
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # A long query echoed back must not widen the window.
        self.count.setMinimumWidth(10)
        self.count.setWordWrap(True)

        self.model = ResearchResultModel(self)
        self.results = named(
            ResultList(), "researchSearchResults", self.tr("Research that matches")
        )
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.hint = widgets.Hint("researchSearchHint", self._start_hint())
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

        self.typing = TypedSearch(
            self.query,
            self._search,
            show=self._show_hits,
            enter_results=self.focus_results,
            report=lambda message: report_error(self, message),
            debounce_ms=DEBOUNCE_MS,
            parent=self,
        )
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
        """Search for the query on a worker thread; the results arrive by ``_show_hits``."""
        self.typing.search_now()

    def _search(self, text: str) -> list[ResearchHit]:
        services = self._services
        return [] if services is None else services.search.research(text, RESULT_LIMIT)

    def set_query(self, text: str) -> None:
        """Show ``text`` in the query and its results at once, waiting for them."""
        self.typing.set_text(text)
        services = self._services
        if services is None:
            return
        self.typing.runner.cancel()
        hits: list[ResearchHit] = []
        if text.strip():
            found = guarded(self, lambda: services.search.research(text, RESULT_LIMIT))
            if found is None:
                return
            hits = found
        self._show_hits(hits, text)

    @property
    def is_searching(self) -> bool:
        return self.typing.is_searching

    def _show_hits(self, hits: object, text: str) -> None:
        assert isinstance(hits, list)
        self._show([ResultRow.from_hit(hit) for hit in hits], text)

    def _show(self, rows: list[ResultRow], text: str) -> None:
        self.typing.shown_query = text
        self.model.set_rows(rows)
        if rows:
            self.results.setCurrentIndex(self.model.index(0, 0))
        if not text.strip():
            self.count.setText("")
            self.count.hide()
            self.hint.set_hint(self._start_hint())
            self.stack.setCurrentWidget(self.hint)
            return
        self.count.show()
        if rows:
            if len(rows) >= RESULT_LIMIT:
                self.count.setText(
                    self.tr("The first %Ln matches; add a word to narrow them.", "", len(rows))
                )
            else:
                self.count.setText(self.tr("%Ln match(es)", "", len(rows)))
            self.stack.setCurrentWidget(self.results)
        else:
            self.count.setText(self.tr("No research mentions “{query}”").format(query=echoed(text)))
            self.hint.set_hint(
                self.tr("Try fewer words, or end a word with * to find longer ones.")
            )
            self.stack.setCurrentWidget(self.hint)
        self.count.setAccessibleName(self.count.text())

    def _start_hint(self) -> str:
        return QCoreApplication.translate("ResearchSearchPanel", START_HINT)

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.result(index.row())
        self.result_activated.emit(row.company_id, row.note_id, row.source_table, row.source_id)
