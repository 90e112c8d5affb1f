"""What a screen reader and a keyboard user get from a view: shared checks for the view tests.

* :func:`controls` lists the controls a user works with inside ``root`` (buttons, fields,
  lists, tables...), skipping the parts Qt builds inside other controls (a combo box's
  line edit, a spin box's editor, scroll bars, a table's corner button).
* :func:`unnamed_controls` says which of them a screen reader would announce with no
  name. The name is what Qt's accessibility interface reports: ``accessibleName``, else
  the text of the button, else the text of the label whose buddy the control is (a
  ``QFormLayout`` row sets that buddy itself).
* :func:`tab_chain` is the order Tab walks through ``root``, read from Qt's focus chain
  (``QWidget::nextInFocusChain``), and :func:`unreachable_by_tab` the controls Tab never
  reaches.

References: https://doc.qt.io/qt-6/accessible-qwidget.html (names, buddies, roles) and
https://doc.qt.io/qt-6/qwidget.html#setTabOrder (focus chain).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CONTROL_TYPES: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def _inside_other_control(widget: QWidget, root: QWidget) -> bool:
    """True for the pieces Qt builds inside a control (not something the view made)."""
    if isinstance(widget, QScrollBar):
        return True
    # A table's or tree's header is reached through the view itself (its columns are
    # announced with each cell), not as a control of its own.
    if isinstance(widget, QHeaderView) and isinstance(widget.parentWidget(), QAbstractItemView):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        # A table's corner button and header sections belong to the table.
        if isinstance(parent, QAbstractItemView) and isinstance(widget, QAbstractButton):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget, *, visible_only: bool = True) -> list[QWidget]:
    """The controls in ``root`` a user can work with, in creation order."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROL_TYPES):
            continue
        if visible_only and not widget.isVisibleTo(root):
            continue
        if _inside_other_control(widget, root):
            continue
        found.append(widget)
    return found


def _buddy_text(widget: QWidget) -> str:
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    return ""


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name.

    A combo box is the exception: Qt reports its current value as the name when none
    is set, which says nothing of what is being chosen, so only a set name or a buddy
    label counts for it.
    """
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip() or _buddy_text(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    """A readable pointer to a widget for failure messages: class, object name, parents."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 4:
        name = current.objectName()
        parts.append(f"{type(current).__name__}{'#' + name if name else ''}")
        current = current.parentWidget()
    tip = widget.toolTip()
    return " < ".join(parts) + (f" (tooltip {tip!r})" if tip else "")


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name, described for a failure."""
    return [describe(widget) for widget in controls(root) if not accessible_name(widget)]


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def owning_control(widget: QWidget, root: QWidget) -> QWidget:
    """The control a focused inner piece belongs to (an editable combo box for its line
    edit, a spin box for its editor), else the widget itself."""
    owner = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            owner = parent
        parent = parent.parentWidget()
    return owner


def tab_chain(root: QWidget) -> list[QWidget]:
    """The controls Tab visits inside ``root``, in order, starting from ``root``."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    current = root.nextInFocusChain()
    while current is not None and id(current) not in seen and current is not root:
        seen.add(id(current))
        if (
            root.isAncestorOf(current)
            # Qt's Tab skips a tab widget: it hands its focus to its tab bar (its focus
            # proxy). Asking every widget for its proxy here crashed PySide 6.11 later.
            and not isinstance(current, QTabWidget)
            and _takes_tab(current)
            and current.isVisibleTo(root)
            and current.isEnabled()
        ):
            owner = owning_control(current, root)
            if not chain or chain[-1] is not owner:
                chain.append(owner)
        current = current.nextInFocusChain()
    return chain


def unreachable_by_tab(root: QWidget) -> list[str]:
    """Enabled controls Tab never lands on (their focus policy has no TabFocus)."""
    reachable = {id(widget) for widget in tab_chain(root)}
    return [
        describe(widget)
        for widget in controls(root)
        if widget.isEnabled() and id(widget) not in reachable and widget.focusProxy() is None
    ]


def walk_with_tab(root: QWidget, first: QWidget, limit: int = 120) -> list[QWidget]:
    """The controls real Tab presses visit from ``first`` until focus comes back to it
    (a date field takes one Tab per section; each control is listed once in a row)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        control = owning_control(focused, root)
        if seen and control is first:
            return seen
        if not seen or seen[-1] is not control:
            seen.append(control)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never came back to the start: {[describe(w) for w in seen]}")
