"""Small layout pieces every view uses, so they look and behave the same."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QSplitter, QTabWidget, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Give ``widget`` the stable names tests and screen readers find it by."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if isinstance(widget, QTabWidget):
        # Tab lands on the bar (the widget's focus proxy): that is what is announced.
        widget.tabBar().setAccessibleName(accessible_name)
    return widget


def side_by_side(
    object_name: str,
    left: QWidget,
    right: QWidget,
    *,
    stretch: tuple[int, int],
    sizes: tuple[int, int],
) -> QSplitter:
    """A horizontal splitter whose panes never collapse out of sight."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(object_name)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setSizes(list(sizes))
    return splitter


def centred_column(page: QWidget, column: QLayout, max_width: int) -> None:
    """Lay ``column`` out on ``page`` centred, no wider than ``max_width``."""
    holder = QWidget()
    holder.setLayout(column)
    holder.setMaximumWidth(max_width)
    outer = QHBoxLayout(page)
    outer.addStretch(1)
    outer.addWidget(holder, 4)
    outer.addStretch(1)


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (the visual order, not the creation order)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
