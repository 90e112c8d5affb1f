"""The fit scorecard, the criteria editor and the comparison, driven like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLineEdit

from interview_journal.core.fit import ComparisonRow, Criterion
from interview_journal.core.services import Services
from interview_journal.storage.tables import FitScore
from interview_journal.ui.research import widgets
from interview_journal.ui.research.comparison import (
    NO_COMPANIES,
    NO_SCORES,
    TOP_BARS,
    ComparisonTableModel,
    ComparisonView,
)
from interview_journal.ui.research.scorecard import (
    EVIDENCE_NEEDS_SCORE,
    NO_VERDICT,
    WEIGHT_COLUMN,
    CriteriaDialog,
    CriteriaTableModel,
    ScorecardPanel,
)
from tests.ui.stand_in import MessageWindow as Window

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot) -> Window:
    win = Window()
    win.resize(1000, 650)
    qtbot.addWidget(win)
    return win


def _show_in(qtbot, window: Window, widget) -> None:
    window.setCentralWidget(widget)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


@pytest.fixture
def panel(qtbot, window: Window, services: Services) -> ScorecardPanel:
    scorecard = ScorecardPanel()
    _show_in(qtbot, window, scorecard)
    scorecard.bind(services)
    return scorecard


@pytest.fixture
def comparison(qtbot, window: Window, services: Services) -> ComparisonView:
    view = ComparisonView()
    _show_in(qtbot, window, view)
    view.bind(services)
    return view


def _scored_pair(services: Services) -> tuple[str, str]:
    """Acme leads on the work, Beta on the people; with the default weights Acme wins."""
    work, people, *_ = services.fit.criteria()
    acme = services.research.add_company("Acme")
    beta = services.research.add_company("Beta")
    services.fit.set_score(acme.id, work.id, 5)
    services.fit.set_score(acme.id, people.id, 2)
    services.fit.set_score(beta.id, work.id, 2)
    services.fit.set_score(beta.id, people.id, 4)
    return acme.id, beta.id


# ---------------------------------------------------------------------- models


def test_models_pass_the_model_tester() -> None:
    criteria = [Criterion("a", "Work", "", 3, 0), Criterion("b", "People", "Team", 1.5, 1)]
    rows = [
        ComparisonRow("x", "Acme", "Yes", 4.5, 1.0, 1, {"a": 5, "b": 4}),
        ComparisonRow("y", "Beta", "", None, 0.0, None, {}),
    ]
    comparison = ComparisonTableModel()
    criteria_model = CriteriaTableModel(lambda *_: None)
    testers = [QAbstractItemModelTester(m, FATAL) for m in (comparison, criteria_model)]
    comparison.set_comparison(criteria, rows)
    criteria_model.set_rows(criteria)
    comparison.set_comparison(criteria[:1], rows[1:])
    assert len(testers) == 2
    assert comparison.columnCount() == 6
    assert [comparison.index(0, c).data() for c in range(6)] == ["—", "Beta", "—", "—", "—", ""]
    assert comparison.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Not scored yet"
    assert criteria_model.index(1, WEIGHT_COLUMN).data() == "1.5"
    assert not criteria_model.setData(criteria_model.index(0, 0), "Refused")
    assert criteria_model.index(0, 0).data() == "Work"


def test_numbers_are_right_aligned_and_names_are_not() -> None:
    model = ComparisonTableModel()
    model.set_comparison(
        [Criterion("a", "Work", "", 3, 0)], [ComparisonRow("x", "Acme", "", 4.0, 1.0, 1, {"a": 4})]
    )
    align = Qt.ItemDataRole.TextAlignmentRole
    assert model.index(0, 2).data(align) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 4).data(align) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 1).data(align) is None


# ------------------------------------------------------------------ scorecard


def test_a_company_is_scored_from_the_keyboard(qtbot, panel, services) -> None:
    company = services.research.add_company("Acme", gut_verdict="Yes, I think so")
    assert panel.show_company(company.id)
    assert panel.fit_label.text() == "Not scored yet"
    assert panel.verdict_label.text() == "Gut verdict: Yes, I think so"
    score = panel.score_boxes()[0]
    assert score.objectName() == "criterionScore0"
    score.setFocus()
    with qtbot.waitSignal(panel.score_changed) as changed:
        qtbot.keyClicks(score, "4")
    assert changed.args == [company.id]
    assert score.currentText() == "4 · good"
    assert panel.fit_label.text() == "4.0 of 5 · 21% of the weight scored"
    qtbot.keyClick(score, Qt.Key.Key_Tab)
    evidence = panel.evidence_edits()[0]
    assert QApplication.focusWidget() is evidence
    qtbot.keyClicks(evidence, "They showed me real code")
    qtbot.keyClick(evidence, Qt.Key.Key_Tab)
    [record] = services.journal.records(FitScore)
    assert (record.score, record.evidence) == (4, "They showed me real code")


def test_choosing_not_scored_clears_the_score(qtbot, panel, services) -> None:
    company = services.research.add_company("Acme")
    services.fit.set_score(company.id, services.fit.criteria()[0].id, 2, "meh")
    panel.show_company(company.id)
    score = panel.score_boxes()[0]
    assert score.currentIndex() == 2
    score.setFocus()
    qtbot.keyClicks(score, "N")
    assert services.journal.count(FitScore) == 0
    assert panel.fit_label.text() == "Not scored yet"


def test_the_wheel_does_not_rescore_a_criterion_it_scrolls_past(qtbot, panel, services) -> None:
    company = services.research.add_company("Acme")
    panel.show_company(company.id)
    box = panel.score_boxes()[3]
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(box.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(box, wheel)
    assert box.currentIndex() == 0
    assert services.journal.count(FitScore) == 0


def test_evidence_without_a_score_waits_for_one(qtbot, window, panel, services) -> None:
    company = services.research.add_company("Acme")
    panel.show_company(company.id)
    evidence = panel.evidence_edits()[1]
    evidence.setFocus()
    qtbot.keyClicks(evidence, "Lovely people")
    qtbot.keyClick(evidence, Qt.Key.Key_Return)
    assert services.journal.count(FitScore) == 0
    assert window.messages == [(EVIDENCE_NEEDS_SCORE, False)]
    panel.score_boxes()[1].setFocus()
    qtbot.keyClicks(panel.score_boxes()[1], "5")
    [record] = services.journal.records(FitScore)
    assert (record.score, record.evidence) == (5, "Lovely people")


def test_switching_company_saves_evidence_still_being_typed(qtbot, panel, services) -> None:
    acme = services.research.add_company("Acme")
    beta = services.research.add_company("Beta")
    services.fit.set_score(acme.id, services.fit.criteria()[0].id, 3)
    panel.show_company(acme.id)
    panel.evidence_edits()[0].setText("Half a thought")
    panel.show_company(beta.id)
    [record] = services.journal.records(FitScore)
    assert record.evidence == "Half a thought"
    assert panel.verdict_label.text() == NO_VERDICT


def test_empty_states_say_what_to_do(panel, services) -> None:
    assert panel.stack.currentWidget() is panel.no_company
    for criterion in services.fit.criteria():
        services.fit.delete_criterion(criterion.id)
    company = services.research.add_company("Acme")
    assert panel.show_company(company.id)
    assert panel.criteria_stack.currentWidget() is panel.no_criteria
    assert "Edit criteria…" in panel.no_criteria.text()
    assert not panel.show_company("gone")
    assert panel.stack.currentWidget() is panel.no_company


def test_every_score_control_has_a_name_for_screen_readers(panel, services) -> None:
    company = services.research.add_company("Acme")
    panel.show_company(company.id)
    first = services.fit.criteria()[0]
    assert panel.score_boxes()[0].accessibleName() == f"Score for {first.name}"
    assert panel.evidence_edits()[0].accessibleName() == f"Evidence for {first.name}"
    assert panel.evidence_edits()[0].placeholderText() == "What makes you say so?"


# ------------------------------------------------------------ criteria dialog


def test_criteria_are_edited_in_the_dialog_and_the_panel_reloads(
    qtbot, monkeypatch, panel, services
) -> None:
    company = services.research.add_company("Acme")
    panel.show_company(company.id)
    dialog = panel.open_criteria_dialog()
    assert isinstance(dialog, CriteriaDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    count = dialog.model.rowCount()

    qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
    assert dialog.model.rowCount() == count + 1
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Mission")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.fit.criteria()[-1].name == "Mission")
    assert dialog.isVisible()  # Enter ends the edit, not the dialog

    weight = dialog.model.index(count, WEIGHT_COLUMN)
    assert dialog.model.setData(weight, 4.5)
    assert services.fit.criteria()[-1].weight == 4.5

    qtbot.keyClick(dialog.table, Qt.Key.Key_Up, CTRL)
    assert [c.name for c in services.fit.criteria()][-2] == "Mission"

    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert "Mission" not in [c.name for c in services.fit.criteria()]

    dialog.reject()
    qtbot.waitUntil(lambda: panel.criteria_dialog is None)
    assert len(panel.score_boxes()) == count


def test_a_weight_is_typed_into_its_cell(qtbot, services) -> None:
    dialog = CriteriaDialog(services.fit)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.table.setCurrentIndex(dialog.model.index(2, WEIGHT_COLUMN))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QDoubleSpinBox)
    assert (editor.minimum(), editor.maximum()) == (0, 10)
    editor.selectAll()
    qtbot.keyClicks(editor, "7.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.fit.criteria()[2].weight == 7.5)
    assert dialog.model.index(2, WEIGHT_COLUMN).data() == "7.5"


def test_the_dialog_refuses_bad_input_and_says_why(qtbot, services) -> None:
    dialog = CriteriaDialog(services.fit)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.model.index(0, 0)
    assert not dialog.model.setData(first, dialog.model.index(1, 0).data())
    assert dialog.messages[-1][1] is True
    assert dialog.message.text().startswith("There is already a criterion called")
    assert not dialog.model.setData(dialog.model.index(0, WEIGHT_COLUMN), 11.0)
    assert services.fit.criteria()[0].weight == 3


def test_deleting_asks_first_and_restore_brings_defaults_back(qtbot, monkeypatch, services) -> None:
    dialog = CriteriaDialog(services.fit)
    qtbot.addWidget(dialog)
    dialog.show()
    count = dialog.model.rowCount()
    monkeypatch.setattr(widgets, "confirm", lambda *args: False)
    assert not dialog.delete_selected()
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    while dialog.model.rowCount():
        assert dialog.delete_selected()
    assert dialog.empty_hint.isVisible()
    assert not dialog.delete_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.model.rowCount() == count
    assert dialog.message.text() == f"Added back {count} suggested criteria."


# ----------------------------------------------------------------- comparison


def test_the_comparison_reorders_when_a_weight_changes(qtbot, comparison, services) -> None:
    acme, beta = _scored_pair(services)
    comparison.refresh()
    assert [comparison.model.company_id(r) for r in range(2)] == [acme, beta]
    people = services.fit.criteria()[1]
    box = comparison.weight_boxes[people.id]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "9")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert services.fit.criteria()[1].weight == 9
    assert [comparison.model.company_id(r) for r in range(2)] == [beta, acme]
    assert [bar.name for bar in comparison.chart.bars()] == ["Beta", "Acme"]
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert services.fit.criteria()[1].weight == 8.5


def test_enter_on_a_row_opens_that_company(qtbot, comparison, services) -> None:
    acme, _ = _scored_pair(services)
    comparison.refresh()
    comparison.table.setFocus()
    comparison.table.setCurrentIndex(comparison.model.index(0, 1))
    with qtbot.waitSignal(comparison.company_activated) as activated:
        qtbot.keyClick(comparison.table, Qt.Key.Key_Return)
    assert activated.args == [acme]


def test_the_chart_paints_and_reads_out_the_ranking(comparison, services) -> None:
    _scored_pair(services)
    comparison.refresh()
    image = comparison.chart.grab()
    assert not image.isNull()
    description = comparison.chart.accessibleDescription()
    assert description == (
        "Weighted fit, best first: 1. Acme, 3.5 of 5, 41% of the weight scored; "
        "2. Beta, 3.0 of 5, 41% of the weight scored."
    )


def test_the_chart_keeps_to_the_top_companies(comparison, services) -> None:
    work = services.fit.criteria()[0]
    for number in range(TOP_BARS + 3):
        company = services.research.add_company(f"Company {number:02}")
        services.fit.set_score(company.id, work.id, 1 + number % 5)
    comparison.refresh()
    assert len(comparison.chart.bars()) == TOP_BARS
    assert (
        comparison.chart.caption()
        == f"Top {TOP_BARS} of {TOP_BARS + 3} scored companies, best fit first"
    )
    assert not comparison.chart.grab().isNull()


def test_an_empty_journal_compares_calmly(comparison) -> None:
    assert comparison.table_stack.currentWidget() is comparison.no_companies
    assert comparison.no_companies.text() == NO_COMPANIES
    assert comparison.chart.accessibleDescription() == NO_SCORES
    assert not comparison.chart.grab().isNull()


def test_with_every_weight_at_zero_both_panels_say_so(
    panel: ScorecardPanel, comparison: ComparisonView, services: Services
) -> None:
    from interview_journal.ui.research.comparison import ALL_WEIGHTS_ZERO

    acme = services.research.add_company("Acme")
    criteria = services.fit.criteria()
    services.fit.set_score(acme.id, criteria[0].id, 4, "")
    for criterion in criteria:
        services.fit.update_criterion(criterion.id, weight=0)
    comparison.refresh()
    assert comparison.chart.summary() == ALL_WEIGHTS_ZERO
    panel.show_company(acme.id)
    assert "weigh 0" in panel.fit_label.text()
