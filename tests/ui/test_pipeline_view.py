"""The Pipeline view driven like a user would: keyboard moves, closing, stages, adding."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMenu

from interview_journal.core.pipeline import close_no_response_question
from interview_journal.core.services import Services
from interview_journal.core.vocabulary import NO_RESPONSE_REASON
from interview_journal.paths import DataPaths
from interview_journal.storage.tables import Application, Company, TimelineEvent
from interview_journal.ui.pipeline import PipelineView
from interview_journal.ui.pipeline.models import CardListModel, StageTableModel
from interview_journal.ui.pipeline.view import AddApplicationDialog
from interview_journal.ui.research import widgets
from tests.ui.stand_in import MessageWindow, shown_window

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
MOVE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def add(services: Services, name: str, days_ago: int, role: str = "Engineer") -> str:
    company = services.journal.add(Company(name=name))
    applied = datetime.now(UTC) - timedelta(days=days_ago)
    return services.pipeline.add_application(company.id, role, applied).id


def stage_id(services: Services, name: str) -> str:
    return next(s.id for s in services.pipeline.stages() if s.name == name)


@pytest.fixture
def window(qtbot) -> MessageWindow:
    return shown_window(qtbot, PipelineView(), (1180, 760))


@pytest.fixture
def view(window: MessageWindow) -> PipelineView:
    widget = window.centralWidget()
    assert isinstance(widget, PipelineView)
    return widget


def test_empty_journal_shows_a_hint_not_a_board(view: PipelineView, services: Services) -> None:
    view.attach(services)
    assert view.pages.currentWidget() is view.pages.widget(1)
    assert "Add application" in view.empty_hint.text()
    assert view.summary.text() == "No application yet · no live processes"
    assert view.nudge.isHidden()


def test_models_pass_the_model_tester(services: Services) -> None:
    add(services, "Acme", 3)
    board = services.pipeline.board()
    cards = CardListModel(board.columns[1].stage.id)
    stages = StageTableModel()
    _testers = [QAbstractItemModelTester(m, FATAL) for m in (cards, stages)]
    cards.set_cards(board.columns[1].cards)
    stages.set_stages(services.pipeline.stages(), {board.columns[1].stage.id: 1})
    assert cards.rowCount() == 1
    assert cards.data(cards.index(0, 0)) == "Acme"
    assert stages.data(stages.index(1, StageTableModel.COUNT)) == "1"


def test_keyboard_moves_the_card_and_the_timeline_says_so(
    qtbot, view: PipelineView, services: Services
) -> None:
    app_id = add(services, "Acme", 3)
    view.attach(services)
    assert view.select(app_id)
    cards = view.column_of(app_id)
    assert cards is not None
    qtbot.keyClick(cards.list, Qt.Key.Key_Right, MOVE)
    moved = services.journal.get(Application, app_id)
    assert moved.stage_id == stage_id(services, "Screening")
    column = view.column_of(app_id)
    assert column is not None
    assert column.stage.name == "Screening"
    assert column.list.hasFocus()
    [event] = services.journal.records(TimelineEvent, kind="stage_changed")
    assert (event.title, event.detail) == ("Screening — Acme", "Applied → Screening")
    qtbot.keyClick(column.list, Qt.Key.Key_Left, MOVE)
    assert services.journal.get(Application, app_id).stage_id == stage_id(services, "Applied")


def test_arrow_keys_walk_between_columns(qtbot, view: PipelineView, services: Services) -> None:
    first = add(services, "Acme", 3)
    second = add(services, "Beta", 3)
    services.pipeline.move(second, stage_id(services, "Interviewing"))
    view.attach(services)
    view.focus_primary()
    column = view.column_of(first)
    assert column is not None
    assert column.list.hasFocus()
    qtbot.keyClick(column.list, Qt.Key.Key_Right)
    assert view.selected_card() is not None
    assert view.selected_card().application_id == second  # type: ignore[union-attr]


def test_close_as_no_response_asks_first(
    qtbot, monkeypatch: pytest.MonkeyPatch, view: PipelineView, services: Services
) -> None:
    quiet = add(services, "Silent Ltd", 20)
    add(services, "Recent Ltd", 2)
    view.attach(services)
    assert "2 live processes · 1 gone quiet" in view.summary.text()
    view.select(quiet)
    assert view.close_button.isEnabled()
    monkeypatch.setattr(widgets, "confirm", lambda *args: False)
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    assert services.journal.get(Application, quiet).closed_at is None
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    closed = services.journal.get(Application, quiet)
    assert closed.closed_reason == NO_RESPONSE_REASON
    assert view.column_of(quiet) is None  # closed ones are hidden by default
    view.show_closed.setChecked(True)
    column = view.column_of(quiet)
    assert column is not None
    assert column.stage.name == "Closed"


def test_the_quiet_card_carries_its_flag(view: PipelineView, services: Services) -> None:
    quiet = add(services, "Silent Ltd", 18)
    view.attach(services)
    column = view.column_of(quiet)
    assert column is not None
    assert column.model.data(column.model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole) == (
        "Silent Ltd, Engineer, Quiet 18 days"
    )


def test_context_menu_navigates(qtbot, view: PipelineView, services: Services) -> None:
    app_id = add(services, "Acme", 3)
    view.attach(services)
    view.select(app_id)
    menu = view.card_menu()
    texts = [action.text() for action in menu.actions()]
    assert texts[:3] == ["Open company", "Show on timeline", "Log a contact…"]
    with qtbot.waitSignal(view.navigate) as signal:
        menu.actions()[2].trigger()
    assert signal.args == ["log_contact", app_id]
    with qtbot.waitSignal(view.navigate) as signal:
        menu.actions()[1].trigger()
    assert signal.args == ["timeline_application", app_id]


def test_dropping_a_card_moves_it(qtbot, view: PipelineView, services: Services) -> None:
    app_id = add(services, "Acme", 3)
    view.attach(services)
    source = view.column_of(app_id)
    assert source is not None
    data = source.model.mimeData([source.model.index(0, 0)])
    target = view.columns()[3]
    assert not source.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    target.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: services.journal.get(Application, app_id).stage_id == target.stage.id)


def test_stage_editor_renames_adds_and_deletes(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    window: MessageWindow,
    view: PipelineView,
    services: Services,
) -> None:
    app_id = add(services, "Acme", 3)
    view.attach(services)
    view.open_stage_editor()
    dialog = view.stage_dialog
    assert dialog is not None
    dialog.select_stage(stage_id(services, "Applied"))
    dialog.name.setText("Sent")
    qtbot.mouseClick(dialog.rename, Qt.MouseButton.LeftButton)
    assert view.columns()[1].header.text() == "Sent · 1"
    dialog.name.setText("Take-home")
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    assert [c.stage.name for c in view.columns()][4] == "Take-home"
    qtbot.mouseClick(dialog.up, Qt.MouseButton.LeftButton)
    assert [c.stage.name for c in view.columns()][3] == "Take-home"
    dialog.select_stage(stage_id(services, "Sent"))
    dialog.move_to.setCurrentIndex(dialog.move_to.findText("Screening"))
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    qtbot.mouseClick(dialog.delete, Qt.MouseButton.LeftButton)
    assert "Sent" not in [c.stage.name for c in view.columns()]
    assert services.journal.get(Application, app_id).stage_id == stage_id(services, "Screening")
    dialog.name.setText("screening")
    dialog.select_stage(stage_id(services, "Interested"))
    dialog.name.setText("Screening")
    qtbot.mouseClick(dialog.rename, Qt.MouseButton.LeftButton)
    assert window.errors == ["There is already a stage called “Screening”."]


def test_add_application_with_a_new_company(qtbot, view: PipelineView, services: Services) -> None:
    view.attach(services)
    view.open_add_application()
    dialog = view.add_dialog
    assert dialog is not None
    dialog.company.setEditText("Nimbus Labs")
    dialog.role.setText("Data engineer")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    company = services.research.find_company("Nimbus Labs")
    assert company is not None
    card = view.selected_card()
    assert card is not None
    assert (card.company_name, card.role) == ("Nimbus Labs", "Data engineer")
    assert view.pages.currentWidget() is view.pages.widget(2)
    assert view.column_of(card.application_id).stage.name == "Applied"  # type: ignore[union-attr]


@pytest.mark.slow
def test_heavy_board_opens(qtbot, copy_of_heavy: Path) -> None:
    services = Services.open(DataPaths(copy_of_heavy))
    try:
        started = time.perf_counter()
        board = services.pipeline.board()
        board_seconds = time.perf_counter() - started
        window = shown_window(qtbot, PipelineView(), (1180, 760))
        view = window.centralWidget()
        assert isinstance(view, PipelineView)
        started = time.perf_counter()
        view.attach(services)
        attach_seconds = time.perf_counter() - started
        view.show_closed.setChecked(True)  # every card, closed ones included
        started = time.perf_counter()
        view.refresh()
        refresh_seconds = time.perf_counter() - started
        print(
            f"\nheavy: board() {board_seconds:.3f} s for {board.total} applications; "
            f"view attach {attach_seconds:.3f} s; refresh with closed {refresh_seconds:.3f} s"
        )
        assert board.total >= 1000
        assert sum(column.model.rowCount() for column in view.columns()) == board.total
    finally:
        services.close()


def _click_add(qtbot, dialog: AddApplicationDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_a_refused_application_keeps_the_dialog_open_with_the_text(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    window: MessageWindow,
    view: PipelineView,
    services: Services,
) -> None:
    view.attach(services)
    changes: list[None] = []
    view.changed.connect(lambda: changes.append(None))
    view.open_add_application()
    dialog = view.add_dialog
    assert dialog is not None and dialog.isVisible()
    line = dialog.company.lineEdit()
    assert line is not None
    # Set as a program would (no edit to clip): one character over the limit.
    dialog.company.setEditText("N" * 201)
    dialog.role.setText("Data engineer")
    _click_add(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "The company name is 201 characters long; the limit is 200."
    assert (dialog.company.currentText(), dialog.role.text()) == ("N" * 201, "Data engineer")
    assert services.research.find_company("N" * 201) is None
    assert window.errors == [] and changes == []

    # A refusal from the journal itself (after the checks) keeps the dialog open too.
    from interview_journal.core.errors import ValidationError

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise ValidationError("That stage is no longer in the journal.")

    dialog.company.setEditText("Nimbus Labs")
    with monkeypatch.context() as patched:
        patched.setattr(services.pipeline, "add_application", refuse)
        _click_add(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == "That stage is no longer in the journal."
    assert dialog.role.text() == "Data engineer"

    with qtbot.waitSignal(view.changed):
        _click_add(qtbot, dialog)
    assert not dialog.isVisible()
    card = view.selected_card()
    assert card is not None and (card.company_name, card.role) == ("Nimbus Labs", "Data engineer")


def test_oversize_input_is_cut_to_the_limit_and_the_user_is_told(
    qtbot, view: PipelineView, services: Services
) -> None:
    view.attach(services)
    view.open_add_application()
    dialog = view.add_dialog
    assert dialog is not None
    line = dialog.company.lineEdit()
    assert line is not None
    assert line.maxLength() == 201 and dialog.role.maxLength() == 2001  # one over: detects a cut
    line.setFocus()
    qtbot.keyClicks(line, "C" * 205)
    assert dialog.company.currentText() == "C" * 200
    assert dialog.error.text() == (
        "Text was cut to 200 characters, the limit for the company name."
    )
    dialog.role.insert("r" * 100_000)  # a paste: the same path as Ctrl+V
    assert len(dialog.role.text()) == 2_000
    assert dialog.error.text() == "Text was cut to 2,000 characters, the limit for the role."
    dialog.role.setCursorPosition(0)
    dialog.role.insert("xyz")  # into a full field, in the middle: the field is unchanged
    assert dialog.role.text() == "r" * 2_000
    _click_add(qtbot, dialog)
    assert not dialog.isVisible()
    card = view.selected_card()
    assert card is not None and len(card.company_name) == 200 and len(card.role) == 2_000


def test_applied_today_follows_company_added_on_the_timeline(
    qtbot, view: PipelineView, services: Services
) -> None:
    view.attach(services)
    view.open_add_application()
    dialog = view.add_dialog
    assert dialog is not None
    dialog.company.setEditText("Nimbus Labs")
    _click_add(qtbot, dialog)
    company = services.research.find_company("Nimbus Labs")
    assert company is not None
    events = services.journal.records(TimelineEvent, company_id=company.id)
    ordered = [e.kind for e in sorted(events, key=lambda e: e.occurred_at)]
    assert ordered == ["company_added", "applied"]


def test_keyboard_move_out_of_closed_reopens_in_the_last_open_stage(
    qtbot, window: MessageWindow, view: PipelineView, services: Services
) -> None:
    app_id = add(services, "Acme", 3)
    services.pipeline.move(app_id, stage_id(services, "Closed"))
    view.attach(services)
    view.show_closed.setChecked(True)
    assert view.select(app_id)
    column = view.column_of(app_id)
    assert column is not None and column.stage.name == "Closed"
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(column.list, Qt.Key.Key_Left, MOVE)
    moved = services.journal.get(Application, app_id)
    assert moved.stage_id == stage_id(services, "Interviewing")  # not Accepted
    assert moved.closed_at is None
    assert window.messages[-1] == ("Reopened Acme: it is in Interviewing again.", False)


def test_close_as_no_response_explains_how_to_reopen(
    monkeypatch: pytest.MonkeyPatch, view: PipelineView, services: Services
) -> None:
    quiet = add(services, "Silent Ltd", 20)
    view.attach(services)
    view.select(quiet)
    asked: list[tuple[str, str, str]] = []

    def ask(_parent: object, title: str, text: str, action: str) -> bool:
        asked.append((title, text, action))
        return True

    monkeypatch.setattr(widgets, "confirm", ask)
    changes: list[None] = []
    view.changed.connect(lambda: changes.append(None))
    view.close_selected_no_response()
    [(title, text, action)] = asked
    assert (title, action) == ("Close as no response", "Close it")
    assert text == close_no_response_question("Silent Ltd", 20)
    assert "“Show closed”" in text and "“Move to…”" in text
    assert changes == [None]
    # What it promises works: Show closed lists it, Move to… reopens it.
    view.show_closed.setChecked(True)
    assert view.select(quiet)
    menu = view.card_menu().findChild(QMenu, "pipelineCardMoveMenu")
    assert menu is not None
    [applied] = [a for a in menu.actions() if a.text() == "Applied"]
    applied.trigger()
    assert services.journal.get(Application, quiet).closed_at is None
    assert changes == [None, None]


def test_stage_edits_and_drops_signal_a_change(
    qtbot, view: PipelineView, services: Services
) -> None:
    app_id = add(services, "Acme", 3)
    view.attach(services)
    view.open_stage_editor()
    dialog = view.stage_dialog
    assert dialog is not None
    dialog.name.setText("Take-home")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    dialog.reject()
    with qtbot.waitSignal(view.changed):
        view.move_card(app_id, stage_id(services, "Screening"))
