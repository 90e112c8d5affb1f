"""Issue 4's acceptance: a company with notes in three topics, a scorecard and questions,
built from the keyboard alone, is all there after a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.ui.research import ResearchView
from tests.ui.stand_in import MessageWindow as Window

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_until(qtbot, target: QWidget, limit: int = 15) -> None:
    for _ in range(limit):
        if target.hasFocus() or target.isAncestorOf(focused()):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


NOTES = (
    ("Values", "What they stand for", "They publish their postmortems."),
    ("Team and people", "Who I would work with", "Six engineers, one designer."),
    ("Red flags", "Hours", "Two reviews mention weekend releases."),
)


def build_by_keyboard(qtbot, view: ResearchView) -> None:
    view.focus_primary()
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "Acme Robotics")
    press(qtbot, Qt.Key.Key_Return)
    assert view.page.heading.text() == "Acme Robotics"
    page = view.page
    editor = page.editor

    for topic, title, body in NOTES:
        press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # a new note, on the Notes tab
        assert page.tabs.currentWidget() is page.notes_tab
        press(qtbot, Qt.Key.Key_T, ALT)  # the topic, by its label's mnemonic
        assert editor.topic.isAncestorOf(focused()) or editor.topic.hasFocus()
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, topic)
        press(qtbot, Qt.Key.Key_I, ALT)
        assert editor.title.hasFocus()
        type_text(qtbot, title)
        tab_until(qtbot, editor.body)
        type_text(qtbot, body)
        press(qtbot, Qt.Key.Key_S, CTRL)
        assert not editor.is_dirty

    press(qtbot, Qt.Key.Key_C, ALT)  # the Scorecard tab
    assert page.tabs.currentWidget() is page.scorecard
    boxes = page.scorecard.score_boxes()
    evidence = page.scorecard.evidence_edits()
    for box, line, score in zip(boxes[:3], evidence[:3], "453", strict=True):
        tab_until(qtbot, box)
        type_text(qtbot, score)
        tab_until(qtbot, line)
        type_text(qtbot, f"Scored {score} after the first call")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the last line saves it

    press(qtbot, Qt.Key.Key_Q, ALT)  # the Questions tab
    assert page.tabs.currentWidget() is page.questions
    tab_until(qtbot, page.questions.new_question)
    type_text(qtbot, "What would my first project be?")
    press(qtbot, Qt.Key.Key_Return)


def test_a_company_built_from_the_keyboard_survives_a_restart(qtbot, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "journal")
    services = Services.open(paths)
    window = Window()
    view = ResearchView()
    window.setCentralWidget(view)
    window.resize(1200, 800)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    view.attach(services)

    build_by_keyboard(qtbot, view)
    assert [m for m in window.messages if m[1]] == []
    assert view.save_pending()
    services.close()

    again = Services.open(paths)
    try:
        [summary] = again.research.companies()
        assert summary.company.name == "Acme Robotics"
        notes = again.research.notes(summary.company.id)
        assert sorted((n.topic, n.title, n.body) for n in notes) == sorted(
            [
                ("values", "What they stand for", "They publish their postmortems."),
                ("team", "Who I would work with", "Six engineers, one designer."),
                ("red_flags", "Hours", "Two reviews mention weekend releases."),
            ]
        )
        card = again.fit.scorecard(summary.company.id)
        scored = [(row.score, row.evidence) for row in card.rows if row.score is not None]
        assert scored == [
            (4, "Scored 4 after the first call"),
            (5, "Scored 5 after the first call"),
            (3, "Scored 3 after the first call"),
        ]
        assert card.weighted_score is not None
        own = [q.text for q in again.questions.bank(summary.company.id) if q.company_id]
        assert own == ["What would my first project be?"]
    finally:
        again.close()
