"""Small charts drawn with QPainter: columns, horizontal bars and stacked bars.

QtCharts is not part of PySide6-Essentials, and these few shapes need little. Every chart
keeps its numbers as :class:`ChartRow` values (tests read those, not pixels), draws with
its palette's colours (so dark and light themes both read), tells series apart by fill
pattern as well as colour, labels its axes, shows each bar's numbers in a tooltip, and
says everything it shows in its accessible description. :class:`ChartTableModel` gives
the same numbers as a table for whoever prefers one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from interview_journal.ui.i18n import format_number

ModelIndex = QModelIndex | QPersistentModelIndex

MARGIN = 8
GAP = 6
SWATCH = 12


@dataclass(frozen=True)
class ChartRow:
    """One bar (or one stack of segments, one value per series)."""

    label: str
    values: tuple[float, ...]
    # Written at the end of a horizontal bar, and in the tooltip.
    note: str = ""
    tooltip: str = ""


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` steps to ``top``.

    Whole numbers only: the charts count things.
    """
    if top <= 0:
        return 1.0
    raw = top / max(1, ticks)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1.0, float(factor * power))
    return max(1.0, float(10 * power))


def chart_number(value: float) -> str:
    """A count ("1,234") or a one-decimal value ("1 234,5"), grouped the user's way."""
    return format_number(value, decimals=0 if float(value).is_integer() else 1)


class Chart(QWidget):
    """What every chart shares: its rows, series names, palette colours, tooltips."""

    def __init__(
        self,
        object_name: str,
        accessible_name: str,
        *,
        series: Sequence[str] = (),
        x_title: str = "",
        y_title: str = "",
        category: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Every chart here is a count of something; one unnamed series is a "Count".
        self.series = tuple(series) or (QCoreApplication.translate("Chart", "Count"),)
        self.x_title = x_title
        self.y_title = y_title
        # The table's first header: what one row is ("Week", "Stage").
        self.category = category or x_title
        self._rows: list[ChartRow] = []
        self._summary = ""
        self._bar_rects: list[tuple[QRectF, int]] = []

    # ------------------------------------------------------------- data
    def set_rows(self, rows: Sequence[ChartRow], summary: str) -> None:
        self._rows = list(rows)
        self._summary = summary
        self.setAccessibleDescription(self.description())
        self.setToolTip(summary)
        self.update()

    def rows(self) -> list[ChartRow]:
        return list(self._rows)

    @property
    def summary(self) -> str:
        return self._summary

    def row_text(self, row: ChartRow) -> str:
        """One bar in words: every series' number (the bar's segments are told apart by
        colour and pattern on screen), then its note."""
        values = ", ".join(
            QCoreApplication.translate("Chart", "{series} {value}").format(
                series=name, value=chart_number(value)
            )
            for name, value in zip(self.series, row.values, strict=False)
        )
        if row.note:
            return QCoreApplication.translate("Chart", "{label}: {values} ({note})").format(
                label=row.label, values=values, note=row.note
            )
        return QCoreApplication.translate("Chart", "{label}: {values}").format(
            label=row.label, values=values
        )

    def description(self) -> str:
        """Everything the chart shows, as sentences for a screen reader: the summary, what
        the axes count, then each bar's numbers."""
        parts = [self._summary.rstrip(".")] if self._summary else []
        axes = [title for title in (self.y_title, self.x_title) if title]
        if axes:
            parts.append(
                QCoreApplication.translate("Chart", "Axes: {titles}").format(titles="; ".join(axes))
            )
        parts.extend(self.row_text(row) for row in self._rows)
        return ". ".join(parts) + ("." if parts else "")

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Headers and cells of the same numbers as a table."""
        headers = [self.category, *self.series]
        has_notes = any(row.note for row in self._rows)
        if has_notes:
            headers.append(QCoreApplication.translate("Chart", "In words"))
        cells = []
        for row in self._rows:
            line = [row.label, *(chart_number(v) for v in row.values)]
            if has_notes:
                line.append(row.note)
            cells.append(line)
        return headers, cells

    # ------------------------------------------------------------ colours
    def _color(self, role: QPalette.ColorRole) -> QColor:
        return self.palette().color(role)

    def series_brush(self, index: int) -> QBrush:
        """Solid highlight, then hatched text colour, then crossed: told apart without colour."""
        if index == 0:
            return QBrush(self._color(QPalette.ColorRole.Highlight))
        pattern = (
            Qt.BrushStyle.BDiagPattern,
            Qt.BrushStyle.DiagCrossPattern,
            Qt.BrushStyle.Dense6Pattern,
        )[(index - 1) % 3]
        return QBrush(self._color(QPalette.ColorRole.WindowText), pattern)

    def outline_pen(self) -> QPen:
        pen = QPen(self._color(QPalette.ColorRole.WindowText))
        pen.setWidthF(1.0)
        return pen

    def quiet_color(self) -> QColor:
        return self._color(QPalette.ColorRole.PlaceholderText)

    # ----------------------------------------------------------- tooltips
    def row_at(self, x: float, y: float) -> int:
        for rect, row in self._bar_rects:
            if rect.contains(QPointF(x, y)):
                return row
        return -1

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().x(), event.pos().y())
            if 0 <= row < len(self._rows):
                item = self._rows[row]
                QToolTip.showText(event.globalPos(), item.tooltip or self.row_text(item), self)
            else:
                QToolTip.showText(event.globalPos(), self._summary, self)
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def minimumSizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(260, line * 9)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(480, line * 14)

    # ----------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self._color(QPalette.ColorRole.WindowText))
        self._bar_rects = []
        try:
            if self.hasFocus():
                # Reached with Tab (a screen reader then reads the description): say so.
                focus = QPen(self._color(QPalette.ColorRole.Highlight))
                focus.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(focus)
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -2, -2))
                painter.setPen(self._color(QPalette.ColorRole.WindowText))
            self.paint_chart(
                painter, QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
            )
        finally:
            painter.end()

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def paint_legend(self, painter: QPainter, area: QRectF) -> float:
        """Swatch and name of each series across the top; returns the height used."""
        if len(self.series) < 2:
            return 0.0
        metrics = painter.fontMetrics()
        x, y = area.left(), area.top()
        for index, name in enumerate(self.series):
            width = SWATCH + 4 + metrics.horizontalAdvance(name) + 14
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + metrics.height() + 2
            swatch = QRectF(x, y + (metrics.height() - SWATCH) / 2, SWATCH, SWATCH)
            painter.fillRect(swatch, self.series_brush(index))
            painter.setPen(self.outline_pen())
            painter.drawRect(swatch)
            painter.drawText(
                QRectF(x + SWATCH + 4, y, width, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            x += width
        return y - area.top() + metrics.height() + GAP


class ColumnChart(Chart):
    """Vertical bars over categories (weeks, day ranges), a value axis on the left.

    ``note`` (the median of a histogram, say) is written at the top right.
    """

    def __init__(self, *args: Any, note: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.note = note

    def set_note(self, note: str) -> None:
        self.note = note
        self.update()

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        text = self._color(QPalette.ColorRole.WindowText)
        quiet = self.quiet_color()
        top = area.top()
        if self.note:
            painter.setPen(text)
            bold = painter.font()
            bold.setBold(True)
            painter.save()
            painter.setFont(bold)
            painter.drawText(
                QRectF(area.left(), top, area.width(), line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.note,
            )
            painter.restore()
        # The value axis title runs above the axis, left-aligned: no rotated text to read.
        painter.setPen(quiet)
        painter.drawText(
            QRectF(area.left(), top, area.width() / 2, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.y_title,
        )
        top += line + GAP
        peak = max((sum(row.values) for row in self._rows), default=0.0)
        step = nice_step(peak)
        ceiling = max(step, math.ceil(peak / step) * step)
        labels = [chart_number(step * i) for i in range(int(ceiling / step) + 1)]
        axis_width = max(metrics.horizontalAdvance(t) for t in labels) + GAP
        bottom_space = line * 2 + GAP * 2  # category labels, then the axis title
        plot = QRectF(area.left() + axis_width, top + line / 2, area.width() - axis_width, 0)
        plot.setBottom(area.bottom() - bottom_space)
        if plot.height() < line or plot.width() < 20:
            return
        # Grid lines and value labels.
        grid = QPen(self._color(QPalette.ColorRole.Mid))
        grid.setStyle(Qt.PenStyle.DotLine)
        for i, tick in enumerate(labels):
            y = plot.bottom() - plot.height() * (step * i) / ceiling
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(area.left(), y - line / 2, axis_width - GAP, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                tick,
            )
        count = len(self._rows)
        if count:
            slot = plot.width() / count
            bar_width = max(2.0, slot * 0.7)
            widest = max(metrics.horizontalAdvance(row.label) for row in self._rows) + GAP
            # Every n-th category label, so labels never overlap.
            every = max(1, math.ceil(widest / slot))
            for index, row in enumerate(self._rows):
                x = plot.left() + slot * index + (slot - bar_width) / 2
                y = plot.bottom()
                for series, value in enumerate(row.values):
                    height = plot.height() * value / ceiling
                    rect = QRectF(x, y - height, bar_width, height)
                    if height > 0:
                        painter.fillRect(rect, self.series_brush(series))
                        painter.setPen(self.outline_pen())
                        painter.drawRect(rect)
                    y -= height
                self._bar_rects.append(
                    (QRectF(plot.left() + slot * index, plot.top(), slot, plot.height()), index)
                )
                total = sum(row.values)
                value_text = chart_number(total)
                if total and metrics.horizontalAdvance(value_text) <= slot:
                    painter.setPen(text)
                    painter.drawText(
                        QRectF(plot.left() + slot * index, y - line, slot, line),
                        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                        value_text,
                    )
                if index % every == 0:
                    painter.setPen(text)
                    painter.drawText(
                        QRectF(
                            plot.left() + slot * index - (widest - slot) / 2,
                            plot.bottom() + GAP / 2,
                            max(slot, widest),
                            line,
                        ),
                        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                        row.label,
                    )
        painter.setPen(self.outline_pen())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.setPen(quiet)
        painter.drawText(
            QRectF(plot.left(), area.bottom() - line, plot.width(), line),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            self.x_title,
        )


class BarChart(Chart):
    """Horizontal bars, one row per category with its label on the left and its ``note``
    (count and share in words) on the right; several series stack left to right.

    Bars scale to the largest row, so a funnel reads as narrowing bars.
    """

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        text = self._color(QPalette.ColorRole.WindowText)
        quiet = self.quiet_color()
        top = area.top() + self.paint_legend(painter, area)
        if not self._rows:
            return
        label_width = min(
            area.width() * 0.35,
            max(metrics.horizontalAdvance(row.label) for row in self._rows) + GAP * 2,
        )
        note_width = min(
            area.width() * 0.4,
            max((metrics.horizontalAdvance(row.note) for row in self._rows), default=0) + GAP * 2,
        )
        title_space = line + GAP if self.x_title else 0
        bars = QRectF(
            area.left() + label_width,
            top,
            max(20.0, area.width() - label_width - note_width),
            area.bottom() - top - title_space,
        )
        count = len(self._rows)
        slot = min(bars.height() / count, line * 2.4)
        bar_height = max(4.0, min(slot - GAP, line * 1.5))
        peak = max((sum(row.values) for row in self._rows), default=0.0) or 1.0
        for index, row in enumerate(self._rows):
            y = bars.top() + slot * index
            centre = y + slot / 2
            painter.setPen(text)
            painter.drawText(
                QRectF(area.left(), y, label_width - GAP, slot),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, int(label_width - GAP)),
            )
            x = bars.left()
            for series, value in enumerate(row.values):
                width = bars.width() * value / peak
                rect = QRectF(x, centre - bar_height / 2, width, bar_height)
                if width > 0:
                    painter.fillRect(rect, self.series_brush(series))
                    painter.setPen(self.outline_pen())
                    painter.drawRect(rect)
                x += width
            if x == bars.left():
                # An empty row still shows where its bar would start.
                painter.setPen(self.outline_pen())
                painter.drawLine(
                    QPointF(x, centre - bar_height / 2), QPointF(x, centre + bar_height / 2)
                )
            self._bar_rects.append((QRectF(area.left(), y, area.width(), slot), index))
            painter.setPen(text)
            painter.drawText(
                QRectF(x + GAP, y, area.right() - x - GAP, slot),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(
                    row.note, Qt.TextElideMode.ElideRight, int(area.right() - x - GAP)
                ),
            )
        if self.x_title:
            painter.setPen(quiet)
            painter.drawText(
                QRectF(bars.left(), area.bottom() - line, bars.width(), line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.x_title,
            )


class ChartTableModel(QAbstractTableModel):
    """A chart's numbers as a read-only table (the chart's alternative for screen readers)."""

    def __init__(self, chart: Chart, parent: Any = None) -> None:
        super().__init__(parent)
        self._chart = chart
        self._headers: list[str] = []
        self._cells: list[list[str]] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._headers, self._cells = self._chart.table()
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._cells):
            return None
        row = self._cells[index.row()]
        if index.column() >= len(row):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("Chart", "{column}: {value}").format(
                column=self._headers[index.column()], value=row[index.column()]
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < index.column() <= len(
            self._chart.series
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
