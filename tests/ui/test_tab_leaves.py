"""Tab never traps the keyboard: from the last control of a page or table it moves on.

Real key presses (QTest), because the focus chain read statically misses what Qt does
with focus proxies and with tables that use Tab to move between cells.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from interview_journal.core.sample import generate_sample
from interview_journal.core.services import Services
from interview_journal.storage.journal import Journal
from interview_journal.ui.main_window import MainWindow
from tests.ui.accessibility import describe

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _press_tab(qtbot: QtBot, times: int) -> list[QWidget]:
    seen: list[QWidget] = []
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        seen.append(now)
    return seen


def _window(qtbot: QtBot, journal: Journal, services: Services) -> MainWindow:
    generate_sample(journal, "small", now=NOW)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.attach(services)
    with qtbot.waitActive(window):
        window.show()
    return window


def test_tab_from_the_research_page_reaches_the_navigation(
    qtbot: QtBot, journal: Journal, services: Services
) -> None:
    window = _window(qtbot, journal, services)
    window.show_view("research")
    page = window.research_view.page
    for tab in (page.profile_tab, page.notes_tab):
        page.tabs.setCurrentWidget(tab)
        page.tabs.tabBar().setFocus()
        seen = _press_tab(qtbot, 40)
        names = {widget.objectName() for widget in seen}
        assert any(name.startswith("navButton_") for name in names), sorted(names)
        # ...and comes round to the page's tab bar again: it is left, not skipped.
        assert page.tabs.tabBar() in seen


def test_tab_leaves_the_timeline_table(qtbot: QtBot, journal: Journal, services: Services) -> None:
    window = _window(qtbot, journal, services)
    window.show_view("timeline")
    table = window.timeline_view.table
    table.setFocus()
    seen = _press_tab(qtbot, 3)
    assert seen[0] is not table


def test_no_table_in_any_view_keeps_tab_for_its_cells(
    qtbot: QtBot, journal: Journal, services: Services
) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    from interview_journal.ui.main_window import VIEW_KEYS

    window = _window(qtbot, journal, services)
    for key in VIEW_KEYS:
        window.show_view(key)
    trapping = [
        view.objectName() or type(view).__name__
        for view in window.findChildren(QAbstractItemView)
        if view.tabKeyNavigation()
    ]
    assert trapping == []


def test_every_tab_bar_has_a_name_of_its_own(
    qtbot: QtBot, journal: Journal, services: Services
) -> None:
    """Tab lands on a tab widget's bar, so the bar carries the name a screen reader says
    (Qt would otherwise announce only the current tab's title)."""
    from PySide6.QtWidgets import QTabBar

    from interview_journal.ui.main_window import VIEW_KEYS

    window = _window(qtbot, journal, services)
    for key in VIEW_KEYS:
        window.show_view(key)
    bars = window.findChildren(QTabBar)
    assert len(bars) >= 3
    unnamed = [bar for bar in bars if not bar.accessibleName()]
    assert [describe(bar) for bar in unnamed] == []
