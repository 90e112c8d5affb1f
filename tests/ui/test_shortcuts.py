"""The shortcut sheet lists exactly what the window and each view bind, and opens on F1 or ?."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from interview_journal.core.services import Services
from interview_journal.ui.main_window import VIEW_KEYS, VIEW_LABELS, MainWindow
from interview_journal.ui.shortcuts import (
    CRITERIA_DIALOG,
    EVERYWHERE,
    SHEET,
    ShortcutSheet,
    bound_shortcuts,
    sheet_for,
)


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    services.research.add_company("Northwind Rail")
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    for key in VIEW_KEYS:  # every view built, so every binding exists
        window.show_view(key)
    return window


def _views(window: MainWindow) -> list[QWidget]:
    return [getattr(window, f"{key}_view") for key in VIEW_KEYS]


def test_the_sheet_lists_exactly_what_the_window_binds_everywhere(window: MainWindow) -> None:
    assert bound_shortcuts(window, outside=_views(window)) == sheet_for(EVERYWHERE)


@pytest.mark.parametrize("key", VIEW_KEYS)
def test_the_sheet_lists_exactly_what_each_view_binds(window: MainWindow, key: str) -> None:
    view = getattr(window, f"{key}_view")
    assert bound_shortcuts(view) == sheet_for(VIEW_LABELS[key])


def test_the_sheet_lists_exactly_what_the_criteria_dialog_binds(window: MainWindow) -> None:
    window.show_view("research")
    company = window.research_view.company_list.model().index(0, 0)
    window.research_view.company_list.setCurrentIndex(company)
    scorecard = window.research_view.page.scorecard
    dialog = scorecard.open_criteria_dialog()
    assert dialog is not None
    try:
        assert bound_shortcuts(dialog) == sheet_for(CRITERIA_DIALOG)
    finally:
        dialog.reject()


def test_no_key_means_two_things_in_one_place() -> None:
    places: dict[tuple[str, str], str] = {}
    for entry in SHEET:
        assert (entry.where, entry.keys) not in places, entry
        places[(entry.where, entry.keys)] = entry.action
    every_view = set().union(*(sheet_for(label) for label in VIEW_LABELS.values()))
    assert not sheet_for(EVERYWHERE) & every_view, "a view would shadow a window shortcut"


def _open_sheet(qtbot: QtBot) -> ShortcutSheet:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutSheet))
    sheet = QApplication.activeModalWidget()
    assert isinstance(sheet, ShortcutSheet)
    return sheet


def test_f1_opens_the_sheet(qtbot: QtBot, window: MainWindow) -> None:
    window.show_view("timeline")
    window.activateWindow()
    qtbot.keyClick(window.timeline_view, Qt.Key.Key_F1)
    sheet = _open_sheet(qtbot)
    assert "Start interview notes" in sheet.shown_actions()
    sheet.reject()


def test_question_mark_opens_the_sheet_outside_text_fields_only(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_view("live")
    window.start_live("Northwind Rail", "other")
    pad = window.live_view.pad
    qtbot.keyClicks(pad, "why?")
    assert pad.toPlainText().endswith("why?"), "a ? typed in notes stays in the notes"
    assert not isinstance(QApplication.activeModalWidget(), ShortcutSheet)
    window.live_view.end_session()
    window.show_view("timeline")
    table = window.timeline_view.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Question)
    _open_sheet(qtbot).reject()


def test_the_filter_narrows_the_sheet(qtbot: QtBot) -> None:
    sheet = ShortcutSheet()
    qtbot.addWidget(sheet)
    everything = sheet.shown_actions()
    assert len(everything) == len(SHEET)
    qtbot.keyClicks(sheet.filter, "mark the line")
    assert sheet.shown_actions() and all(
        action.startswith("Mark the line") for action in sheet.shown_actions()
    )
    sheet.filter.clear()
    qtbot.keyClicks(sheet.filter, "ctrl+shift+e")
    assert sheet.shown_actions() == ["End the interview"]
