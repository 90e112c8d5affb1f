from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_journal.core.services import Services
from interview_journal.storage.tables import InterviewRound, TimelineEvent
from interview_journal.ui.live import LiveView


def _view(qtbot: QtBot, services: Services) -> LiveView:
    view = LiveView()
    qtbot.addWidget(view)
    view.attach(services)
    view.show()
    return view


def test_start_from_the_form_and_type_into_a_durable_pad(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    qtbot.keyClicks(view.findChild(QLineEdit, "liveCompany"), "Acme")
    qtbot.keyClick(view.findChild(QLineEdit, "liveCompany"), Qt.Key.Key_Return)
    assert view.in_session
    qtbot.keyClicks(view.pad, "H: led the data migration")
    assert view.flush()  # saving runs on the writer thread
    [interview] = services.journal.records(InterviewRound)
    assert [line.marker for line in services.live.lines(interview.id)] == ["highlight"]


def test_end_puts_the_round_on_the_timeline(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    view.start_quick("Borealis", "technical")
    qtbot.keyClicks(view.pad, "DK: vector clocks")
    with qtbot.waitSignal(view.session_ended):
        view.findChild(QPushButton, "liveEndButton").click()  # type: ignore[union-attr]
    assert not view.in_session
    assert services.journal.count(TimelineEvent, kind="round_held") == 1


def test_an_interrupted_session_reopens_with_its_text(qtbot: QtBot, services: Services) -> None:
    session = services.live.start(company_name="Acme")
    services.live.save_lines(session.round.id, [("x", 1.0, 0, "F: send portfolio")])
    view = _view(qtbot, services)
    assert view.in_session
    assert view.pad.toPlainText() == "F: send portfolio"
    assert view.pad.textCursor().atEnd()


def test_ending_shows_the_digest_and_saves_the_review(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    view.start_quick("Acme", "second")
    for line in ("H: scaled the search team", "DK: their billing model", "F: send slides"):
        qtbot.keyClicks(view.pad, line)
        qtbot.keyClick(view.pad, Qt.Key.Key_Return)
    view.end_session()
    assert view.reviewing
    digest = view.findChild(QLabel, "liveReviewDigest").text()  # type: ignore[union-attr]
    assert "their billing model" in digest and "scaled the search team" in digest
    qtbot.keyClicks(view.findChild(QPlainTextEdit, "liveReviewHowItWent"), "Went well")
    view.findChild(QPushButton, "liveReviewSave").click()  # type: ignore[union-attr]
    [interview] = services.journal.records(InterviewRound)
    assert interview.self_review == "Went well" and not view.reviewing


def test_side_panel_ticks_questions_and_adds_people(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtTest import QAbstractItemModelTester

    from interview_journal.storage.tables import Person, QuestionAsked

    view = _view(qtbot, services)
    view.start_quick("Acme", "second")
    model = view.side_panel.questions
    _tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    texts = [model.index(row).data() for row in range(model.rowCount())]
    assert any("someone I would work alongside" in text for text in texts)
    assert model.setData(
        model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert services.journal.count(QuestionAsked) == 1
    entry = view.findChild(QLineEdit, "liveAttendeeEntry")
    qtbot.keyClicks(entry, "Sam Reyes, recruiter")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert [p.kind for p in services.journal.records(Person)] == ["recruiter"]
    assert "Sam Reyes — recruiter" in view.findChild(QLabel, "liveAttendees").text()  # type: ignore[union-attr]


def test_side_panel_shows_the_company_research(qtbot: QtBot, services: Services) -> None:
    company = services.research.add_company("Acme")
    services.research.add_note(company.id, "values", title="Calm growth", body="No crunch.")
    view = _view(qtbot, services)
    view.start_quick("Acme", "first")
    research = view.side_panel.research.toPlainText()
    assert "Calm growth" in research and "No crunch." in research


class _Host(QWidget):
    """Stands in for the main window: keeps the messages the view reports."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []
        self.view = LiveView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def show_message(self, message: str, *, error: bool = False, sticky: bool = False) -> None:
        self.messages.append(message)


def _hosted(qtbot: QtBot, services: Services) -> tuple[_Host, LiveView]:
    host = _Host()
    qtbot.addWidget(host)
    host.view.attach(services)
    host.show()
    return host, host.view


def _saved_texts(services: Services) -> list[str]:
    [interview] = services.journal.records(InterviewRound)
    return [line.text for line in services.live.lines(interview.id)]


def test_a_2_mb_paste_is_refused_and_saving_goes_on(qtbot: QtBot, services: Services) -> None:
    host, view = _hosted(qtbot, services)
    view.start_quick("Acme", "second")
    qtbot.keyClicks(view.pad, "before")
    data = QMimeData()
    data.setText("y" * 2_000_000)
    view.pad.insertFromMimeData(data)
    assert view.pad.toPlainText() == "before"
    assert "Nothing was pasted" in host.messages[-1]
    qtbot.keyClick(view.pad, Qt.Key.Key_Return)
    qtbot.keyClicks(view.pad, "after")
    assert view.flush()
    assert _saved_texts(services) == ["before", "after"]
    with qtbot.waitSignal(view.session_ended):
        view.end_session()


def test_a_line_the_journal_refuses_is_reported_and_does_not_block_the_rest(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_journal.core import validation

    # A lower limit stands in for a line of more than a million characters (made by
    # joining two long lines), which would take a minute to lay out.
    monkeypatch.setattr(validation, "LONG_TEXT_MAX", 40)
    host, view = _hosted(qtbot, services)
    view.start_quick("Acme", "second")
    state = view.findChild(QLabel, "liveSaveState")
    assert state is not None
    qtbot.keyClicks(view.pad, "before")
    qtbot.keyClick(view.pad, Qt.Key.Key_Return)
    qtbot.keyClicks(view.pad, "x" * 30 + " " + "z" * 30)
    qtbot.waitUntil(lambda: state.text() == "Line 2 not saved", timeout=10_000)
    assert "Line 2 of your notes is not saved" in host.messages[-1]
    assert (
        "61 characters long; the limit is 40" in host.messages[-1]
        and "press Enter" in host.messages[-1]
    )
    qtbot.keyClick(view.pad, Qt.Key.Key_Return)
    qtbot.keyClicks(view.pad, "after")
    qtbot.waitUntil(lambda: _saved_texts(services)[-1:] == ["after"], timeout=10_000)
    assert _saved_texts(services)[0] == "before"  # lines before and after are saved

    view.findChild(QPushButton, "liveEndButton").click()  # type: ignore[union-attr]
    assert view.in_session
    assert "the interview stays open" in host.messages[-1]
    assert "Line 2" in host.messages[-1] and "press Enter" in host.messages[-1]
    cursor = view.pad.textCursor()
    assert cursor.blockNumber() == 1  # the cursor was put in the refused line
    cursor.setPosition(cursor.block().position() + 30)
    view.pad.setTextCursor(cursor)
    qtbot.keyClick(view.pad, Qt.Key.Key_Return)  # the fix the message asks for
    qtbot.waitUntil(lambda: state.text() == "Saved", timeout=10_000)
    with qtbot.waitSignal(view.session_ended):
        view.end_session()
    assert _saved_texts(services) == ["before", "x" * 30, " " + "z" * 30, "after"]
    [held] = services.journal.records(TimelineEvent, kind="round_held")
    assert held.detail == "4 note lines"
