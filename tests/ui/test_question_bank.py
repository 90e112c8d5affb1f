"""The question bank panel, driven from the keyboard like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView

from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.storage.tables import Question
from interview_journal.ui.research import widgets
from interview_journal.ui.research.question_bank import (
    EMPTY_BANK,
    NOTHING_MATCHES,
    Column,
    QuestionBankModel,
    QuestionBankPanel,
    QuestionRow,
)
from tests.ui.stand_in import MessageWindow as Window
from tests.ui.stand_in import shown_window

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def window(qtbot) -> Window:
    return shown_window(qtbot, QuestionBankPanel(), (900, 600))


@pytest.fixture
def panel(window: Window, services: Services) -> QuestionBankPanel:
    bank = window.centralWidget()
    assert isinstance(bank, QuestionBankPanel)
    bank.bind(services)
    return bank


@pytest.fixture
def acme(services: Services) -> str:
    return services.research.add_company("Acme Robotics").id


def _texts(panel: QuestionBankPanel) -> list[str]:
    return [row.text for row in panel.model.rows()]


def type_question(qtbot, panel: QuestionBankPanel, text: str) -> None:
    panel.focus_new_question()
    qtbot.keyClicks(panel.new_question, text)
    qtbot.keyClick(panel.new_question, Qt.Key.Key_Return)


def test_model_passes_the_model_tester() -> None:
    model = QuestionBankModel()
    tester = QAbstractItemModelTester(model, FATAL)
    model.set_rows(
        [
            QuestionRow("1", "Why?", "team", "", None, ""),
            QuestionRow("2", "How?", "", "second", "c", "Acme"),
        ]
    )
    model.set_edit_handler(lambda qid, field, value: QuestionRow(qid, "Why not?", "", "", None, ""))
    assert model.setData(model.index(0, Column.QUESTION), "Why not?")
    assert tester is not None
    assert model.index(1, Column.ROUND).data() == "Second interview"
    assert model.index(0, Column.ROUND).data() == "Any round"
    assert model.index(1, Column.SCOPE).data() == "Acme"
    assert model.index(0, Column.SCOPE).data() == "All companies"
    assert not model.flags(model.index(0, Column.SCOPE)) & Qt.ItemFlag.ItemIsEditable


def test_binding_gives_a_new_user_the_starter_questions(panel: QuestionBankPanel) -> None:
    assert len(_texts(panel)) >= 10
    assert panel.stack.currentWidget() is panel.table
    assert panel.count.text().endswith("questions")
    assert panel.table.isColumnHidden(Column.SCOPE)
    assert panel.ask_everyone.isHidden()


def test_every_control_is_named(panel: QuestionBankPanel) -> None:
    controls = [
        panel.new_question,
        panel.new_category,
        panel.new_round,
        panel.ask_everyone,
        panel.add_button,
        panel.category_filter,
        panel.round_filter,
        panel.table,
        panel.delete_button,
    ]
    for control in controls:
        assert control.objectName() and control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()


def test_tab_walks_from_the_prompt_to_the_filters(qtbot, panel: QuestionBankPanel) -> None:
    panel.focus_new_question()
    visited: list[str] = []
    for _ in range(6):
        widget = panel.window().focusWidget()
        assert widget is not None
        visited.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert visited[0] == "newQuestion"
    assert "questionCategoryFilter" in visited and "questionRoundFilter" in visited


def test_a_company_question_is_added_from_the_keyboard(
    qtbot, panel: QuestionBankPanel, services: Services, acme: str
) -> None:
    assert panel.show_company(acme)
    assert not panel.ask_everyone.isHidden()
    with qtbot.waitSignal(panel.changed):
        type_question(qtbot, panel, "Who would I pair with in my first week?")
    [own] = services.questions.bank(acme, include_global=False)
    assert own.text == "Who would I pair with in my first week?"
    assert own.company_id == acme
    assert panel.new_question.text() == ""
    current = panel.table.currentIndex()
    assert current.data() == own.text
    assert panel.model.index(current.row(), Column.SCOPE).data() == "Acme Robotics"


def test_ask_every_company_makes_it_global(
    qtbot, panel: QuestionBankPanel, services: Services, acme: str
) -> None:
    panel.show_company(acme)
    panel.ask_everyone.setChecked(True)
    panel.new_category.setCurrentText("Growth")
    panel.new_round.setCurrentIndex(panel.new_round.findData("final"))
    type_question(qtbot, panel, "Where do people go after this role?")
    [added] = [q for q in services.questions.bank() if q.text.startswith("Where do people")]
    assert (added.company_id, added.category, added.round_kind) == (None, "growth", "final")


def test_a_refused_question_is_reported_and_kept_in_the_prompt(
    qtbot, window: Window, panel: QuestionBankPanel, services: Services
) -> None:
    before = services.journal.count(Question)
    type_question(qtbot, panel, "What does an ordinary week in this role look like?")
    assert window.messages == [("That question is already in the bank.", True)]
    assert services.journal.count(Question) == before
    assert panel.new_question.text().startswith("What does")


def test_round_is_edited_through_the_model(panel: QuestionBankPanel, services: Services) -> None:
    row = _texts(panel).index("How does the team decide what to work on next?")
    assert panel.model.setData(panel.model.index(row, Column.ROUND), "second")
    stored = services.journal.get(Question, panel.model.question(row).id)
    assert stored.round_kind == "second"
    assert panel.model.index(row, Column.ROUND).data() == "Second interview"


def test_a_bad_edit_is_refused_and_nothing_changes(
    window: Window, panel: QuestionBankPanel, services: Services
) -> None:
    question = panel.model.question(0)
    assert not panel.model.setData(panel.model.index(0, Column.ROUND), "lunch")
    assert not panel.model.setData(panel.model.index(0, Column.QUESTION), "   ")
    assert services.journal.get(Question, question.id).round_kind == question.round_kind
    assert [error for _, error in window.messages] == [True, True]
    assert panel.model.question(0) == question


def test_category_and_scope_are_edited(
    panel: QuestionBankPanel, services: Services, acme: str
) -> None:
    panel.show_company(acme)
    assert panel.model.setData(panel.model.index(0, Column.CATEGORY), "Meeting coworkers")
    assert panel.model.question(0).category == "coworkers"
    assert panel.model.setData(panel.model.index(0, Column.SCOPE), acme)
    assert services.journal.get(Question, panel.model.question(0).id).company_id == acme
    assert panel.model.index(0, Column.SCOPE).data() == "Acme Robotics"


def test_f2_edits_the_current_cell(qtbot, panel: QuestionBankPanel) -> None:
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, Column.ROUND))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert panel.table.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Escape)


def test_filter_by_round_and_category(panel: QuestionBankPanel) -> None:
    panel.round_filter.setCurrentIndex(panel.round_filter.findData("technical"))
    assert {row.round_kind for row in panel.model.rows()} == {"technical"}
    assert panel.count.text() == "2 questions"
    # A new question starts in the round being looked at, so it shows up.
    assert panel.new_round.currentData() == "technical"
    panel.category_filter.setCurrentIndex(panel.category_filter.findData(""))
    assert panel.model.rowCount() == 0
    assert panel.stack.currentWidget() is panel.hint
    assert panel.hint.text() == NOTHING_MATCHES


def test_an_empty_bank_says_how_to_start(panel: QuestionBankPanel, services: Services) -> None:
    for question in services.journal.records(Question):
        services.questions.delete(question.id)
    panel.refresh()
    assert panel.stack.currentWidget() is panel.hint
    assert panel.hint.text() == EMPTY_BANK
    assert not panel.delete_button.isEnabled()


def test_delete_key_removes_after_confirming(
    qtbot, monkeypatch, panel: QuestionBankPanel, services: Services
) -> None:
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(widgets, "confirm", confirm)
    first = panel.model.question(0)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert services.journal.find(Question, first.id) is None
    assert first.text in asked[0]
    assert panel.table.currentIndex().row() == 0


def test_cancelled_delete_keeps_the_question(
    qtbot, monkeypatch, panel: QuestionBankPanel, services: Services
) -> None:
    monkeypatch.setattr(widgets, "confirm", lambda *args: False)
    first = panel.model.question(0)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.delete_button.click()
    assert services.journal.find(Question, first.id) is not None


def test_showing_a_missing_company_is_refused(window: Window, panel: QuestionBankPanel) -> None:
    assert not panel.show_company("gone")
    assert window.messages and window.messages[0][1]


def test_before_bind_nothing_is_shown_and_controls_wait() -> None:
    bank = QuestionBankPanel()
    assert not bank.show_company(None)
    assert not bank.new_question.isEnabled()
    bank.deleteLater()


def test_company_questions_built_by_keyboard_survive_a_restart(
    qtbot, tmp_path: Path, window: Window
) -> None:
    paths = DataPaths(tmp_path / "journal")
    services = Services.open(paths)
    company = services.research.add_company("Nordlicht")
    panel = window.centralWidget()
    assert isinstance(panel, QuestionBankPanel)
    panel.bind(services)
    panel.show_company(company.id)
    type_question(qtbot, panel, "May I meet someone from the team?")
    services.close()

    reopened = Services.open(paths)
    try:
        [own] = reopened.questions.bank(company.id, include_global=False)
        assert own.text == "May I meet someone from the team?"
    finally:
        reopened.close()
