"""Companies side by side, best fit first: the weights, a table and a bar chart.

The order comes from :meth:`FitService.comparison`; changing a weight here saves it and
re-ranks at once, so the user sees what each criterion does to the order. The chart is
painted by hand (QtCharts is not part of PySide6-Essentials) in palette colours, with
every value written next to its bar so nothing is told by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.fit_rules import SCORE_MAX, SCORE_MIN, WEIGHT_MAX, WEIGHT_MIN, rerank
from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui.feedback import guarded
from interview_journal.ui.i18n import format_number
from interview_journal.ui.layout import named, tab_chain
from interview_journal.ui.research.models import RowTableModel
from interview_journal.ui.research.scorecard import (
    bold,
    format_coverage,
    format_fit,
    format_weight,
    quiet,
)
from interview_journal.ui.research.widgets import Hint, name_headers

if TYPE_CHECKING:
    from interview_journal.core.fit import ComparisonRow, Criterion
    from interview_journal.core.services import Services

ModelIndex = QModelIndex | QPersistentModelIndex

CompanyIdRole = Qt.ItemDataRole.UserRole + 1
TOP_BARS = 12
WEIGHTS_PER_LINE = 4
NOT_SCORED = "—"
# In English; shown through ``_text`` in the user's language.
NOT_SCORED_TIP = QT_TRANSLATE_NOOP("ComparisonView", "Not scored yet")
NO_COMPANIES = QT_TRANSLATE_NOOP(
    "ComparisonView",
    "No companies to compare yet. Add a company in Research, then score its fit.",
)
NO_SCORES = QT_TRANSLATE_NOOP(
    "ComparisonView", "No company is scored yet. Score one on its scorecard to see it here."
)
NO_WEIGHTS = QT_TRANSLATE_NOOP(
    "ComparisonView",
    "No criteria yet. Add them with “Edit criteria…” on a company's scorecard.",
)
NO_CRITERIA_TO_CHART = QT_TRANSLATE_NOOP(
    "ComparisonView",
    "No criteria to weigh yet: add some with “Edit criteria…” on a scorecard.",
)
ALL_WEIGHTS_ZERO = QT_TRANSLATE_NOOP(
    "ComparisonView",
    "Every weight is 0, so no fit can be worked out. Give a criterion some weight.",
)
_HEADINGS = {
    0: QT_TRANSLATE_NOOP("ComparisonView", "#"),
    1: QT_TRANSLATE_NOOP("ComparisonView", "Company"),
    2: QT_TRANSLATE_NOOP("ComparisonView", "Fit"),
    3: QT_TRANSLATE_NOOP("ComparisonView", "Scored"),
}
GUT_VERDICT = QT_TRANSLATE_NOOP("ComparisonView", "Gut verdict")
_HEADING_TIPS = {
    0: QT_TRANSLATE_NOOP("ComparisonView", "Rank by weighted fit; equal fits share a rank"),
    2: QT_TRANSLATE_NOOP("ComparisonView", "Weighted fit on a 1–5 scale"),
    3: QT_TRANSLATE_NOOP("ComparisonView", "How much of the total weight is scored"),
}


def _text(source: str) -> str:
    """One of the English texts above in the user's language."""
    return QCoreApplication.translate("ComparisonView", source)


RANK_COLUMN, COMPANY_COLUMN, FIT_COLUMN, COVERAGE_COLUMN = range(4)
CRITERIA_START = 4


def two_lines(name: str) -> str:
    """Break a long criterion name at the space nearest its middle: narrow score columns."""
    if len(name) <= 10 or " " not in name:
        return name
    middle = len(name) / 2
    spaces = [i for i, character in enumerate(name) if character == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{name[:cut]}\n{name[cut + 1 :]}"


class ComparisonTableModel(RowTableModel):
    """One row per company in ranking order; one column per criterion between fit and verdict."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._criteria: list[Criterion] = []

    def set_comparison(self, criteria: list[Criterion], rows: list[ComparisonRow]) -> None:
        self.beginResetModel()
        self._criteria = list(criteria)
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ComparisonRow]:
        return list(self._rows)

    def company_id(self, row: int) -> str:
        return self.row_key(self._rows[row])

    @staticmethod
    def row_key(row: Any) -> str:
        return str(row.company_id)

    @property
    def verdict_column(self) -> int:
        return CRITERIA_START + len(self._criteria)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.verdict_column + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        criterion = self._criterion_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if criterion is not None:
                return two_lines(criterion.name)
            return _text(_HEADINGS.get(section, GUT_VERDICT))
        if role == Qt.ItemDataRole.ToolTipRole:
            if criterion is not None:
                weight = QCoreApplication.translate(
                    "ComparisonView", "{criterion}, weight {weight}"
                ).format(criterion=criterion.name, weight=format_weight(criterion.weight))
                return f"{weight}: {criterion.description}" if criterion.description else weight
            tip = _HEADING_TIPS.get(section)
            return _text(tip) if tip is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric(section):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == CompanyIdRole:
            return row.company_id
        if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric(column):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        text = self._text(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if text == NOT_SCORED:
                return _text(NOT_SCORED_TIP)
            if column in (COMPANY_COLUMN, self.verdict_column) and text:
                return text
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            header = " ".join(str(self.headerData(column, Qt.Orientation.Horizontal)).split())
            if column == RANK_COLUMN:
                header = QCoreApplication.translate(
                    "ComparisonView", "Rank"
                )  # "#" is read out as "number sign"
            spoken = _text(NOT_SCORED_TIP).lower() if text == NOT_SCORED else text
            return QCoreApplication.translate("ComparisonView", "{heading}: {value}").format(
                heading=header, value=spoken
            )
        return None

    def _criterion_at(self, column: int) -> Criterion | None:
        position = column - CRITERIA_START
        return self._criteria[position] if 0 <= position < len(self._criteria) else None

    def _numeric(self, column: int) -> bool:
        return column not in (COMPANY_COLUMN, self.verdict_column)

    def _text(self, row: ComparisonRow, column: int) -> str:
        if column == RANK_COLUMN:
            return NOT_SCORED if row.rank is None else format_number(row.rank)
        if column == COMPANY_COLUMN:
            return row.name
        if column == FIT_COLUMN:
            return format_fit(row.weighted_score)
        if column == COVERAGE_COLUMN:
            return NOT_SCORED if row.weighted_score is None else format_coverage(row.coverage)
        if column == self.verdict_column:
            return " ".join(row.gut_verdict.split())
        criterion = self._criterion_at(column)
        score = row.scores.get(criterion.id) if criterion is not None else None
        return NOT_SCORED if score is None else str(score)


@dataclass(frozen=True)
class ChartBar:
    name: str
    score: float
    coverage: float
    rank: int

    @property
    def partial(self) -> bool:
        return self.coverage < 0.995

    @property
    def label(self) -> str:
        """The value beside the bar; a fit resting on part of the weight says so."""
        value = format_fit(self.score)
        if not self.partial:
            return value
        return QCoreApplication.translate("ComparisonView", "{fit} · {coverage} scored").format(
            fit=value, coverage=format_coverage(self.coverage)
        )

    @property
    def spoken(self) -> str:
        if self.partial:
            return QCoreApplication.translate(
                "ComparisonView", "{fit} of 5, {coverage} of the weight scored"
            ).format(fit=format_fit(self.score), coverage=format_coverage(self.coverage))
        return QCoreApplication.translate("ComparisonView", "{fit} of 5").format(
            fit=format_fit(self.score)
        )


class FitChart(QWidget):
    """Horizontal bars of the best-fitting companies on a 1–5 axis, values written beside."""

    PADDING = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "fitChart", self.tr("Fit chart"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: list[ChartBar] = []
        self._scored = 0
        self._empty_reason = _text(NO_SCORES)
        self.setAccessibleDescription(self._empty_reason)
        self.setToolTip(self._empty_reason)

    def set_rows(self, rows: list[ComparisonRow], empty_reason: str = NO_SCORES) -> None:
        """Take the ranked rows; the chart keeps the top :data:`TOP_BARS` scored ones.

        ``empty_reason`` (one of this module's English texts) is what the chart says
        when no company has a fit.
        """
        self._empty_reason = _text(empty_reason)
        scored = [
            ChartBar(row.name, row.weighted_score, row.coverage, row.rank or 0)
            for row in rows
            if row.weighted_score is not None
        ]
        self._scored = len(scored)
        self._bars = scored[:TOP_BARS]
        # The bars' lengths and colour carry the ranking: the same in words for a screen
        # reader (the description) and for the mouse (the tooltip).
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def caption(self, shown: int | None = None) -> str:
        count = len(self._bars) if shown is None else shown
        if self._scored > count:
            return self.tr(
                "Top {shown} of %n scored compan(y/ies), best fit first", "", self._scored
            ).format(shown=format_number(count))
        return self.tr("Weighted fit, best first")

    def summary(self) -> str:
        """The ranking in words, for screen readers: the chart's accessible description."""
        if not self._bars:
            return self._empty_reason
        ranking = "; ".join(
            self.tr("{rank}. {company}, {fit}").format(
                rank=format_number(bar.rank), company=bar.name, fit=bar.spoken
            )
            for bar in self._bars
        )
        return self.tr("{caption}: {ranking}.").format(caption=self.caption(), ranking=ranking)

    def _row_height(self) -> int:
        return max(self.fontMetrics().height() + 10, 24)

    def _compact_row_height(self) -> int:
        return self.fontMetrics().height() + 4

    def rows_that_fit(self, height: int) -> tuple[int, int]:
        """(row height, bars shown) for ``height`` pixels: rows shrink before bars are left out.

        The caption and the axis labels take a row each.
        """
        available = height - 2 * self.PADDING - 6  # the gaps below the caption and the bars
        lines = len(self._bars) + 2
        row_height = min(max(available // lines, self._compact_row_height()), self._row_height())
        shown = min(len(self._bars), max(available // row_height - 2, 1))
        return row_height, shown

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 3)
        return QSize(480, 2 * self.PADDING + (rows + 2) * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 2 * self.PADDING + 5 * self._compact_row_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.Text)
        quiet_color = palette.color(QPalette.ColorRole.PlaceholderText)
        area = self.rect().adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        metrics = self.fontMetrics()
        if not self._bars:
            painter.setPen(quiet_color)
            painter.drawText(
                area,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self._empty_reason,
            )
            return

        row_height, shown = self.rows_that_fit(self.height())
        bars = self._bars[:shown]
        caption_font = QFont(self.font())
        caption_font.setBold(True)
        painter.setFont(caption_font)
        painter.setPen(text_color)
        caption = QRect(area.left(), area.top(), area.width(), row_height)
        painter.drawText(
            caption,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(
                self.caption(shown), Qt.TextElideMode.ElideRight, area.width()
            ),
        )
        painter.setFont(self.font())

        widest_name = max(metrics.horizontalAdvance(bar.name) for bar in bars)
        name_width = min(widest_name + 8, max(area.width() * 3 // 10, 80))
        value_width = max(metrics.horizontalAdvance(bar.label) for bar in bars) + 10
        left = area.left() + name_width + 8
        right = max(area.right() - value_width, left + 40)
        span = SCORE_MAX - SCORE_MIN

        def x_of(value: float) -> int:
            return left + round((value - SCORE_MIN) / span * (right - left))

        top = caption.bottom() + 4
        bottom = top + len(bars) * row_height

        # Axis: a quiet line and label at every whole score.
        grid_color = QColor(palette.color(QPalette.ColorRole.Mid))
        for tick in range(SCORE_MIN, SCORE_MAX + 1):
            x = x_of(tick)
            painter.setPen(QPen(grid_color, 1, Qt.PenStyle.DotLine))
            painter.drawLine(x, top, x, bottom)
            painter.setPen(quiet_color)
            label = QRect(x - 20, bottom + 2, 40, row_height)
            painter.drawText(
                label, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(tick)
            )

        bar_color = palette.color(QPalette.ColorRole.Highlight)
        bar_thickness = max(row_height * 3 // 5, 8)
        for number, chart_bar in enumerate(bars):
            name, score = chart_bar.name, chart_bar.score
            y = top + number * row_height
            name_rect = QRect(area.left(), y, name_width, row_height)
            painter.setPen(text_color)
            painter.drawText(
                name_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_width),
            )
            end = max(x_of(score), left + 3)  # a score of 1 still shows a sliver
            bar = QRect(left, y + (row_height - bar_thickness) // 2, end - left, bar_thickness)
            painter.fillRect(bar, bar_color)
            painter.setPen(text_color)
            value_rect = QRect(end + 6, y, value_width, row_height)
            painter.drawText(
                value_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                chart_bar.label,
            )


class ComparisonView(QWidget):
    """The weights, then every company ranked by weighted fit, as a table and a chart."""

    company_activated = Signal(str)  # company id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "comparisonView", self.tr("Compare companies"))
        self._services: Services | None = None
        self._criteria: list[Criterion] = []
        self.weight_boxes: dict[str, QDoubleSpinBox] = {}
        self._weight_cells: list[tuple[QLabel, QDoubleSpinBox]] = []
        self._weights_per_line = 0

        title = QLabel(self.tr("Compare companies"))
        bold(title, 1.25)
        intro = quiet(
            QLabel(
                self.tr("Best fit first. Change a weight to see how the order moves; 0 ignores it.")
            )
        )
        intro.setWordWrap(True)

        self.weights_holder = named(QWidget(), "fitWeights", self.tr("Weights"))
        self.weights_grid = QGridLayout(self.weights_holder)
        self.weights_grid.setContentsMargins(0, 0, 0, 0)
        self.weights_grid.setHorizontalSpacing(8)
        self.weights_grid.setVerticalSpacing(4)
        self.no_weights = Hint("noWeightsHint", _text(NO_WEIGHTS))
        self.no_weights.setMargin(4)
        self.no_weights.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.weights_stack = named(QStackedWidget(), "fitWeightsStack", self.tr("Weights"))
        self.weights_stack.addWidget(self.weights_holder)
        self.weights_stack.addWidget(self.no_weights)
        # Ignored across: the weights re-flow to the width (resizeEvent) instead of setting it.
        self.weights_stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)

        self.model = ComparisonTableModel(self)
        self.table = named(QTableView(), "comparisonTable", self.tr("Companies by fit"))
        self.table.setAccessibleDescription(
            self.tr("Ranked by weighted fit, best first; Enter opens the company's scorecard")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        name_headers(self.table)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # Eliding would measure a two-line name as one line; widths are sized to fit instead.
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setMinimumSectionSize(32)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.no_companies = Hint("noCompaniesToCompareHint", _text(NO_COMPANIES))
        self.table_stack = named(
            QStackedWidget(), "comparisonTableStack", self.tr("Companies by fit")
        )
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.no_companies)

        self.chart = FitChart()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("comparisonSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.weights_stack)
        layout.addSpacing(4)
        layout.addWidget(self.splitter, 1)

        self.table.activated.connect(self._activated)
        self._show_rows([], [])
        self._rebuild_weights([])
        self._size_columns(0)

    # -------------------------------------------------------------- binding
    def bind(self, services: Services) -> None:
        self._services = services
        # Hidden until asked for: showEvent reads the scores then, not at start-up.
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Scores change on the scorecards while this view is hidden; a re-read is cheap.
        super().showEvent(event)
        if self._services is not None:
            self.refresh()

    def refresh(self) -> None:
        """Re-read criteria and scores; the weight boxes are rebuilt only if criteria changed."""
        if self._services is None:
            return
        fit = self._services.fit
        criteria = guarded(self, fit.criteria)
        rows = guarded(self, fit.comparison)
        if criteria is None or rows is None:
            return
        same = [(c.id, c.name) for c in criteria] == [(c.id, c.name) for c in self._criteria]
        first = self.model.rowCount() == 0
        if same:
            for criterion in criteria:
                box = self.weight_boxes[criterion.id]
                box.blockSignals(True)
                box.setValue(criterion.weight)
                box.blockSignals(False)
                box.setToolTip(criterion.description)
        else:
            self._rebuild_weights(criteria)
        self._show_rows(criteria, rows)
        if first or not same:
            # Only when the columns change: a width the user dragged stays put otherwise.
            self._size_columns(len(criteria))

    # ------------------------------------------------------------- weights
    def _rebuild_weights(self, criteria: list[Criterion]) -> None:
        while self.weights_grid.count():
            item = self.weights_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hidden at once: deleteLater waits for the event loop, and must not show twice.
                widget.hide()
                widget.deleteLater()
        self.weight_boxes = {}
        self._weight_cells = []
        for number, criterion in enumerate(criteria):
            box = named(
                QDoubleSpinBox(),
                f"weightBox{number}",
                self.tr("Weight of {criterion}").format(criterion=criterion.name),
            )
            box.setRange(WEIGHT_MIN, WEIGHT_MAX)
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.setValue(criterion.weight)
            # Typed digits count when the user presses Enter or leaves; arrows count at once.
            box.setKeyboardTracking(False)
            box.setToolTip(criterion.description)
            box.setAccessibleDescription(criterion.description)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            label = QLabel(criterion.name)
            label.setObjectName(f"weightLabel{number}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(box)
            label.setToolTip(criterion.description)
            box.valueChanged.connect(
                lambda value, criterion_id=criterion.id: self._weight_changed(criterion_id, value)
            )
            self._weight_cells.append((label, box))
            self.weight_boxes[criterion.id] = box
        self._weights_per_line = 0
        self._place_weights()
        self._criteria = list(criteria)
        self.weights_stack.setCurrentWidget(self.weights_holder if criteria else self.no_weights)
        boxes = list(self.weight_boxes.values())
        tab_chain([*boxes, self.table])

    def _place_weights(self) -> None:
        """Lay the weights out in as many per line as the width allows (1 to 4)."""
        cells = self._weight_cells
        if not cells:
            return
        spacing = self.weights_grid.horizontalSpacing()
        cell_width = max(
            label.sizeHint().width() + box.sizeHint().width() + 2 * spacing + 16
            for label, box in cells
        )
        per_line = max(1, min(WEIGHTS_PER_LINE, self.weights_stack.width() // cell_width))
        if per_line == self._weights_per_line:
            return
        self._weights_per_line = per_line
        grid = self.weights_grid
        for label, box in cells:
            grid.removeWidget(label)
            grid.removeWidget(box)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
            grid.setColumnMinimumWidth(column, 0)
        for number, (label, box) in enumerate(cells):
            # Three columns per weight (name, box, gap): boxes line up from line to line
            # and the gaps share the spare width.
            line, place = divmod(number, per_line)
            grid.addWidget(label, line, place * 3, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(box, line, place * 3 + 1)
        for place in range(per_line):
            grid.setColumnStretch(place * 3 + 2, 1)
            grid.setColumnMinimumWidth(place * 3 + 2, 16)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_weights()

    def _weight_changed(self, criterion_id: str, value: float) -> None:
        if self._services is None:
            return
        fit = self._services.fit
        saved = guarded(self, lambda: fit.update_criterion(criterion_id, weight=value))
        if saved is None:
            self.refresh()  # puts the box back to the saved weight
            return
        # Scores did not change: re-rank the rows already held, without reading them again.
        self._criteria = [saved if c.id == saved.id else c for c in self._criteria]
        self._show_rows(self._criteria, rerank(self.model.rows(), self._criteria))

    # ---------------------------------------------------------------- rows
    def _show_rows(self, criteria: list[Criterion], rows: list[ComparisonRow]) -> None:
        current = self.table.currentIndex()
        current_id = self.model.company_id(current.row()) if current.isValid() else None
        self.model.set_comparison(criteria, rows)
        self.table_stack.setCurrentWidget(self.table if rows else self.no_companies)
        if not criteria:
            reason = NO_CRITERIA_TO_CHART
        elif all(criterion.weight <= 0 for criterion in criteria):
            reason = ALL_WEIGHTS_ZERO
        else:
            reason = NO_SCORES
        self.chart.set_rows(rows, reason)
        row = self.model.row_of(current_id) if current_id is not None else -1
        if row >= 0:
            # Keep the user's company selected while the order moves under it.
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, COMPANY_COLUMN),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _size_columns(self, criteria_count: int) -> None:
        # Criterion columns hold one digit: their names go on two lines (cut beyond that,
        # whole in the tooltip) so that the gut verdict stays in sight on a laptop screen.
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RANK_COLUMN, metrics.horizontalAdvance("000") + 16)
        header.resizeSection(COMPANY_COLUMN, 170)
        heading = self.model.headerData
        horizontal = Qt.Orientation.Horizontal
        fit_width = metrics.horizontalAdvance(f"{heading(FIT_COLUMN, horizontal)} 0.0")
        header.resizeSection(FIT_COLUMN, fit_width + 12)
        scored_width = metrics.horizontalAdvance(str(heading(COVERAGE_COLUMN, horizontal)))
        header.resizeSection(COVERAGE_COLUMN, scored_width + 16)
        widest = metrics.horizontalAdvance("Location and") + 14
        for column in range(CRITERIA_START, CRITERIA_START + criteria_count):
            lines = str(self.model.headerData(column, Qt.Orientation.Horizontal)).splitlines()
            width = max(metrics.horizontalAdvance(line) for line in lines) + 14
            header.resizeSection(column, min(max(width, 44), widest))
        header.setSectionResizeMode(self.model.verdict_column, QHeaderView.ResizeMode.Stretch)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.company_activated.emit(self.model.company_id(index.row()))
