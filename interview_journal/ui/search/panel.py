"""Global search: one box, opened from anywhere (Ctrl+K or Ctrl+Shift+F), over everything
written in the journal, the results grouped by kind and each opening its exact place.

The search runs after a short pause in typing, on a worker thread (see
:class:`~interview_journal.ui.search.results.SearchRunner`), so typing never waits on a
slow snippet; only the latest query's results are shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QListView,
    QStackedWidget,
    QStyle,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.search import GlobalHit, group_by_kind
from interview_journal.ui.feedback import InlineMessage, ReportsInline
from interview_journal.ui.layout import named
from interview_journal.ui.research.widgets import Hint, paint_row_background
from interview_journal.ui.search.results import (
    QueryEdit,
    ResultDelegate,
    ResultList,
    ResultRowRole,
    TypedSearch,
    echoed,
    matches_phrase,
    plain,
)

if TYPE_CHECKING:
    from interview_journal.core.services import Services

ModelIndex = QModelIndex | QPersistentModelIndex

SHORTCUTS = ("Ctrl+K", "Ctrl+Shift+F")
# In English; shown in the user's language through QCoreApplication.translate.
PLACEHOLDER = QT_TRANSLATE_NOOP(
    "GlobalSearchDialog", 'Search everything: words, "a phrase", prefix*'
)
START_HINT = QT_TRANSLATE_NOOP(
    "GlobalSearchDialog",
    "Find anything you have written: interview notes, research, companies, contacts,\n"
    "applications, follow-ups, questions, offers, the contacts log and reminders.\n\n"
    'Several words find records holding all of them; "quotes" keep a phrase;\n'
    "team* also finds teams and teamwork. Enter opens the selected result.",
)
# The kinds core groups hits by (``core.search.KINDS``), marked here for the translators:
# the headings show them through ``kind_name``; the grouping keeps the English key.
KIND_NAMES = (
    QT_TRANSLATE_NOOP("SearchKinds", "Interview notes"),
    QT_TRANSLATE_NOOP("SearchKinds", "Interviews"),
    QT_TRANSLATE_NOOP("SearchKinds", "Interview prep"),
    QT_TRANSLATE_NOOP("SearchKinds", "Research"),
    QT_TRANSLATE_NOOP("SearchKinds", "Fit criteria"),
    QT_TRANSLATE_NOOP("SearchKinds", "Companies"),
    QT_TRANSLATE_NOOP("SearchKinds", "Contacts"),
    QT_TRANSLATE_NOOP("SearchKinds", "Applications"),
    QT_TRANSLATE_NOOP("SearchKinds", "Follow-ups"),
    QT_TRANSLATE_NOOP("SearchKinds", "Questions"),
    QT_TRANSLATE_NOOP("SearchKinds", "Offers"),
    QT_TRANSLATE_NOOP("SearchKinds", "Contacts log"),
    QT_TRANSLATE_NOOP("SearchKinds", "Timeline notes"),
    QT_TRANSLATE_NOOP("SearchKinds", "Reminders"),
)


def kind_name(kind: str) -> str:
    """A kind of result as the user reads it (a kind not listed above shows as it is)."""
    return QCoreApplication.translate("SearchKinds", kind)


DEBOUNCE_MS = 150
RESULT_LIMIT = 100
# Hits shown per kind before a "show more" line.
GROUP_PREVIEW = 5


@dataclass(frozen=True)
class GlobalRow:
    """A line of the result list: a group heading, one hit, or "show the rest" of a group.

    A heading has no ``hit``; a "show more" line has no hit and ``more`` set, ``count``
    then being how many hits it would add.
    """

    hit: GlobalHit | None
    heading: str = ""
    count: int = 0
    more: bool = False

    @property
    def title(self) -> str:
        return self.hit.title if self.hit is not None else self.heading

    @property
    def context(self) -> str:
        return self.hit.where if self.hit is not None else ""

    @property
    def snippet(self) -> str:
        return self.hit.snippet if self.hit is not None else ""

    @property
    def label(self) -> str:
        """What a heading or a "show more" line says."""
        kind = kind_name(self.heading)
        count = self.count  # a plain name: lupdate drops a call counting an attribute
        if self.more:
            return QCoreApplication.translate(
                "GlobalSearchDialog", "Show %Ln more in {kind}", "", count
            ).format(kind=kind)
        return QCoreApplication.translate(
            "GlobalSearchDialog", "{kind} · %Ln match(es)", "", count
        ).format(kind=kind)

    @property
    def spoken(self) -> str:
        """The row in words, the highlighted words named too (see ``matches_phrase``)."""
        if self.hit is None:
            return self.label
        said = f"{self.hit.title}, {self.hit.where}: {plain(self.hit.snippet)}"
        matched = matches_phrase(self.hit.snippet)
        return f"{said} ({matched})" if matched else said


def grouped_rows(
    hits: list[GlobalHit], expanded: frozenset[str] = frozenset(), preview: int = 0
) -> list[GlobalRow]:
    """A heading per kind that has hits, in :data:`KIND_ORDER`, each followed by its hits:
    the first ``preview`` of them and a "show more" line, unless ``preview`` is 0 or the
    kind is ``expanded``. One kind with many matches then never buries the others."""
    rows: list[GlobalRow] = []
    for kind, group in group_by_kind(hits):
        rows.append(GlobalRow(None, kind, len(group)))
        shown = group if not preview or kind in expanded else group[:preview]
        rows.extend(GlobalRow(hit) for hit in shown)
        if len(shown) < len(group):
            rows.append(GlobalRow(None, kind, len(group) - len(shown), more=True))
    return rows


class GlobalResultModel(QAbstractListModel):
    """The last search's hits under their group headings; headings cannot be selected."""

    def __init__(self, parent: Any = None, *, preview: int = 0) -> None:
        super().__init__(parent)
        self._rows: list[GlobalRow] = []
        self._hits: list[GlobalHit] = []
        self._expanded: frozenset[str] = frozenset()
        self._preview = preview

    def set_hits(self, hits: list[GlobalHit]) -> None:
        self._hits = list(hits)
        self._expanded = frozenset()
        self._regroup()

    def expand(self, kind: str) -> None:
        """Show every hit of ``kind``, not only the first few."""
        self._expanded = self._expanded | {kind}
        self._regroup()

    def _regroup(self) -> None:
        self.beginResetModel()
        self._rows = grouped_rows(self._hits, self._expanded, self._preview)
        self.endResetModel()

    def row(self, row: int) -> GlobalRow:
        return self._rows[row]

    def hit_count(self) -> int:
        """How many hits the last search found, shown or folded."""
        return len(self._hits)

    def headings(self) -> list[str]:
        return [row.heading for row in self._rows if row.hit is None and not row.more]

    def first_hit_row(self) -> int:
        return next((i for i, row in enumerate(self._rows) if row.hit is not None), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain(row.title) if row.hit is not None else row.label
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.spoken
        if role == ResultRowRole:
            return row
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        row = self._rows[index.row()]
        if row.hit is not None or row.more:
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags


class GroupedResultDelegate(ResultDelegate):
    """Hits as in research search; a group heading as a short bold line with its count."""

    def _heading_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        row = index.data(ResultRowRole)
        if isinstance(row, GlobalRow) and row.hit is None:
            height = QFontMetrics(self._heading_font(option)).lineSpacing()
            return QSize(40, height + 2 * self.PADDING + 4)
        return super().sizeHint(option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        row = index.data(ResultRowRole)
        if not isinstance(row, GlobalRow) or row.hit is not None:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect.adjusted(self.PADDING + 4, self.PADDING + 4, -self.PADDING, 0)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if row.more:
            text, _quiet = paint_row_background(self, painter, option, index)
            painter.save()
            font = QFont(option.font)
            font.setUnderline(True)
            painter.setFont(font)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            painter.setPen(text if selected else option.palette.color(QPalette.ColorRole.Link))
            painter.drawText(rect, align, row.label + "…")  # the ellipsis: it opens more
            painter.restore()
            return
        palette: QPalette = option.palette
        painter.save()
        painter.setFont(self._heading_font(option))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, align, row.label)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        top = option.rect.top() + 1
        painter.drawLine(option.rect.left() + 4, top, option.rect.right() - 4, top)
        painter.restore()


class GroupedResultList(ResultList):
    """Moving with the keys skips the group headings."""

    def moveCursor(
        self,
        cursorAction: QAbstractItemView.CursorAction,  # noqa: N803 (Qt's own name)
        modifiers: Qt.KeyboardModifier,
    ) -> QModelIndex:
        index = super().moveCursor(cursorAction, modifiers)
        model = self.model()
        if model is None or not index.isValid():
            return index
        backwards = cursorAction in (
            QAbstractItemView.CursorAction.MoveUp,
            QAbstractItemView.CursorAction.MovePageUp,
            QAbstractItemView.CursorAction.MovePrevious,
            QAbstractItemView.CursorAction.MoveEnd,
        )
        step = -1 if backwards else 1
        row = index.row()
        while not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable:
            row += step
            if not 0 <= row < model.rowCount():
                return self.currentIndex()
        return model.index(row, 0)


class GlobalSearchDialog(ReportsInline, QDialog):
    """Search everything; ``open_requested(GlobalHit)`` asks the window to show a hit."""

    open_requested = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "globalSearch", self.tr("Search the journal"))
        self.setWindowTitle(self.tr("Search the journal"))
        self._services = services

        self.query = named(QueryEdit(), "globalSearchQuery", self.tr("Search the journal"))
        self.query.setPlaceholderText(QCoreApplication.translate("GlobalSearchDialog", PLACEHOLDER))
        self.query.setAccessibleDescription(
            self.tr("Results appear as you type; Down or Enter moves into them")
        )
        self.query.setClearButtonEnabled(True)
        self.count = named(QLabel(), "globalSearchCount", self.tr("Matches"))
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count.setMinimumWidth(10)  # a long query echoed back must not widen the dialog
        self.count.setWordWrap(True)

        self.model = GlobalResultModel(self, preview=GROUP_PREVIEW)
        self.results = named(GroupedResultList(), "globalSearchResults", self.tr("Matches"))
        self.results.setAccessibleDescription(
            self.tr("Grouped by kind; Enter opens the selected result")
        )
        self.results.setModel(self.model)
        self.results.setItemDelegate(GroupedResultDelegate(self.results))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.hint = Hint("globalSearchHint", self._start_hint())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.results)
        self.message = InlineMessage("globalSearchMessage")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.query, self.results)
        self.resize(780, 560)

        self.typing = TypedSearch(
            self.query,
            self._search,
            show=self._show_hits,
            enter_results=self.focus_results,
            report=lambda message: self.show_message(message, error=True),
            in_parallel=lambda: services.journal.reads_in_parallel,
            debounce_ms=DEBOUNCE_MS,
            parent=self,
        )
        self.query.down_pressed.connect(self.focus_results)
        self.results.back_to_query.connect(self.focus_query)
        self.results.activated.connect(self._activate)
        self._show([], "")

    # -------------------------------------------------------------- opening
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_query()

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def focus_results(self) -> None:
        first = self.model.first_hit_row()
        if first < 0:
            return
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self.model.index(first, 0))

    def shutdown(self) -> None:
        """The journal is closing: drop any answer on its way and let the search end."""
        self.typing.stop()
        self.reject()

    # ------------------------------------------------------------ searching
    @property
    def is_searching(self) -> bool:
        return self.typing.is_searching

    def search_now(self) -> None:
        """Search for the query; the results arrive by ``_show_hits``."""
        self.typing.search_now()

    def set_query(self, text: str) -> None:
        """Put ``text`` in the box and search for it now (the results may come later)."""
        self.typing.set_text(text)
        self.search_now()

    def refresh(self) -> None:
        """Search again for what is shown: the journal changed under it."""
        self.typing.forget_shown()
        self.search_now()

    def _search(self, text: str) -> list[GlobalHit]:
        return self._services.search.everything(text, RESULT_LIMIT)

    def _show_hits(self, hits: object, text: str) -> None:
        assert isinstance(hits, list)
        self._show(hits, text)

    def _show(self, hits: list[GlobalHit], text: str) -> None:
        self.typing.shown_query = text
        self.message.hide()
        self.model.set_hits(hits)
        first = self.model.first_hit_row()
        if first >= 0:
            self.results.setCurrentIndex(self.model.index(first, 0))
            self.results.scrollToTop()
        if not text.strip():
            self.count.setText("")
            self.count.hide()
            self.hint.set_hint(self._start_hint())
            self.stack.setCurrentWidget(self.hint)
            return
        self.count.show()
        if hits:
            self.count.setText(self._count_text(len(hits), len(self.model.headings())))
            self.stack.setCurrentWidget(self.results)
        else:
            self.count.setText(
                self.tr("Nothing in the journal mentions “{query}”").format(query=echoed(text))
            )
            self.hint.set_hint(
                self.tr("Try fewer words, or end a word with * to find longer ones.")
            )
            self.stack.setCurrentWidget(self.hint)
        self.count.setAccessibleName(self.count.text())

    def _count_text(self, found: int, groups: int) -> str:
        # One whole sentence per case, so a translation can order its parts freely.
        if found >= RESULT_LIMIT:
            if groups > 1:
                text = self.tr(
                    "The best %Ln matches in {kinds} kinds; add a word to narrow them.", "", found
                )
            else:
                text = self.tr("The best %Ln matches; add a word to narrow them.", "", found)
        elif groups > 1:
            text = self.tr("%Ln match(es) in {kinds} kinds", "", found)
        else:
            text = self.tr("%Ln match(es)", "", found)
        return text.format(kinds=groups)

    def _start_hint(self) -> str:
        return QCoreApplication.translate("GlobalSearchDialog", START_HINT)

    def _expand(self, kind: str, at_row: int) -> None:
        """Show all of ``kind`` and keep the cursor where the "show more" line was."""
        self.model.expand(kind)
        self.results.setCurrentIndex(self.model.index(at_row, 0))
        self.results.scrollTo(self.results.currentIndex())

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row(index.row())
        hit = row.hit
        if hit is None:
            if row.more:
                self._expand(row.heading, index.row())
            return
        self.accept()
        self.open_requested.emit(hit)
