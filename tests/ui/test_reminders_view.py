"""The Reminders view: grouped list, actions, count signal, empty state, names."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton, QToolButton

from interview_journal.core.services import Services
from interview_journal.storage.tables import Application, Company, Offer, Reminder
from interview_journal.ui.pipeline import PipelineView
from interview_journal.ui.reminders import RemindersView
from interview_journal.ui.reminders.models import RemindersModel
from interview_journal.ui.reminders.view import summary_text
from interview_journal.ui.research import widgets
from tests.ui.stand_in import shown_window

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


@pytest.fixture
def view(qtbot, services: Services) -> RemindersView:
    widget = RemindersView()
    widget.clock = lambda: NOW
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def add(
    services: Services, title: str, hours: float, application_id: str | None = None
) -> Reminder:
    return services.journal.add(
        Reminder(
            kind="other",
            title=title,
            due_at=NOW + timedelta(hours=hours),
            application_id=application_id,
        )
    )


def test_model_passes_the_qt_model_tester(services: Services) -> None:
    add(services, "Late", -50)
    add(services, "Soon", 30)
    model = RemindersModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_groups(services.reminders.grouped(NOW), NOW)
    assert model.rowCount() == 4  # two headings, two items
    assert model.data(model.index(0, 0), RemindersModel.HeadingRole)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag(0)
    assert model.data(model.index(1, 0), RemindersModel.DueRole) == "2 days overdue"
    del tester


def test_empty_state_explains_what_appears(view: RemindersView, services: Services) -> None:
    signals: list[int] = []
    view.count_changed.connect(signals.append)
    view.attach(services)
    assert "Nothing due" in view.empty.text() and "offer deadline" in view.empty.text()
    assert signals == [0]


def test_groups_count_and_done(qtbot, services: Services) -> None:
    view = RemindersView()  # owned by the window below, which pytest-qt closes
    view.clock = lambda: NOW
    add(services, "Late", -50)
    add(services, "Later today", 2)
    signals: list[int] = []
    view.count_changed.connect(signals.append)
    view.attach(services)
    window = shown_window(qtbot, view)  # kept: the view lives inside it
    view.focus_primary()
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == [
        "Overdue · 1",
        "Late",
        "Today · 1",
        "Later today",
    ]
    assert signals == [1]
    current = view.current_item()
    assert current is not None and current.title == "Late"
    qtbot.keyClick(view.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert signals == [1, 0]
    assert [i.title for i in services.reminders.items(NOW)] == ["Later today"]
    assert window.errors == []


def test_enter_opens_the_target(qtbot, view: RemindersView, services: Services) -> None:
    company = services.journal.add(Company(name="Acme"))
    application = services.journal.add(Application(company_id=company.id, applied_at=NOW))
    add(services, "Ask about the team", -1, application_id=application.id)
    view.attach(services)
    with qtbot.waitSignal(view.navigate) as blocker:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert blocker.args == ["timeline_application", application.id]


def test_snooze_moves_it_out_of_due(view: RemindersView, services: Services) -> None:
    add(services, "Late", -50)
    view.attach(services)
    view.snooze_current(NOW + timedelta(days=2))
    assert view.due_count == 0
    assert view.model.index(0, 0).data() == "Coming up · 1"


def test_new_reminder_form(qtbot, view: RemindersView, services: Services) -> None:
    view.attach(services)
    view.show_form()
    view.title_edit.setText("Ask Anna about the team")
    qtbot.keyClick(view.title_edit, Qt.Key.Key_Return)
    assert not view.form.isVisibleTo(view)
    item = view.current_item()
    assert item is not None and item.title == "Ask Anna about the team"


def test_widgets_have_names(view: RemindersView) -> None:
    for kind in (QListView, QPushButton, QToolButton, QLineEdit, QLabel):
        for widget in view.findChildren(kind):
            if not widget.objectName().startswith(
                ("reminders", "")
            ) or widget.objectName().startswith("qt_"):
                continue
            assert widget.objectName(), widget
            if kind is not QLabel:
                assert widget.accessibleName(), widget.objectName()


def test_header_counts_each_item_once(view: RemindersView, services: Services) -> None:
    add(services, "Late", -50)
    for hours in (2, 30, 80):
        add(services, f"In {hours} hours", hours)
    view.attach(services)
    assert view.summary.text() == "1 due now · 3 coming up"
    assert summary_text(0, 2) == "Nothing due now · 2 coming up"
    assert summary_text(2, 0) == "2 due now"
    assert summary_text(0, 0) == "Nothing due"


def test_an_offer_deadline_not_yet_passed_is_due_now_not_overdue(
    view: RemindersView, services: Services
) -> None:
    company = services.journal.add(Company(name="Acme"))
    application = services.journal.add(Application(company_id=company.id, applied_at=NOW))
    services.journal.add(
        Offer(application_id=application.id, deadline=date(2026, 11, 24), status="received")
    )
    view.attach(services)
    rows = [view.model.index(r, 0) for r in range(view.model.rowCount())]
    assert [index.data() for index in rows] == ["Today · 1", "Decide on the offer from Acme"]
    assert rows[1].data(RemindersModel.DueRole) == "answer in 2 days"
    assert not rows[1].data(RemindersModel.OverdueRole)
    assert view.summary.text() == "1 due now"


def test_writes_signal_a_change(qtbot, view: RemindersView, services: Services) -> None:
    for title, hours in (("One", -2), ("Two", -3), ("Three", -4)):
        add(services, title, hours)
    view.attach(services)
    with qtbot.waitSignal(view.changed):
        view.complete_current()
    with qtbot.waitSignal(view.changed):
        view.dismiss_current()
    with qtbot.waitSignal(view.changed):
        view.snooze_current(NOW + timedelta(days=1))
    view.show_form()
    view.title_edit.setText("Ask Anna about the team")
    with qtbot.waitSignal(view.changed):
        view.add_from_form()


def test_closing_a_quiet_process_asks_as_the_pipeline_does(
    qtbot, monkeypatch: pytest.MonkeyPatch, services: Services
) -> None:
    company = services.journal.add(Company(name="Silent Ltd"))
    applied = datetime.now(UTC) - timedelta(days=20)
    application = services.pipeline.add_application(company.id, "Engineer", applied)
    asked: list[tuple[str, str, str]] = []

    def ask(_parent: object, title: str, text: str, action: str) -> bool:
        asked.append((title, text, action))
        return False

    monkeypatch.setattr(widgets, "confirm", ask)
    monkeypatch.setattr("interview_journal.ui.reminders.view.confirm", ask)
    pipeline = PipelineView()
    qtbot.addWidget(pipeline)
    pipeline.attach(services)
    assert pipeline.select(application.id)
    pipeline.close_selected_no_response()
    reminders = RemindersView()  # the real clock, as the pipeline's
    qtbot.addWidget(reminders)
    reminders.attach(services)
    assert reminders.select(f"quiet:{application.id}")
    reminders.close_current_process()
    [from_board, from_reminders] = asked
    assert from_board == from_reminders
    assert "Nothing heard from Silent Ltd for 20 days." in from_reminders[1]
    assert services.journal.get(Application, application.id).closed_at is None
    monkeypatch.setattr("interview_journal.ui.reminders.view.confirm", lambda *_a: True)
    with qtbot.waitSignal(reminders.changed):
        reminders.close_current_process()
    assert services.journal.get(Application, application.id).closed_at is not None
