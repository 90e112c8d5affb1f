"""The follow-through views working together in the main window."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from interview_journal.core.services import Services
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    Person,
    utc_now,
)
from interview_journal.ui.follow_up import FollowUpComposer, LogContactDialog
from interview_journal.ui.main_window import VIEW_KEYS, MainWindow
from interview_journal.ui.settings import ThresholdsDialog


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    return window


def _process(services: Services, *, applied_days_ago: int) -> Application:
    journal = services.journal
    company = journal.add(Company(name="Quiet Harbour"))
    return services.pipeline.add_application(
        company.id, "Data Engineer", utc_now() - timedelta(days=applied_days_ago)
    )


def test_every_view_has_its_ctrl_number(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    for number, key in enumerate(VIEW_KEYS, start=1):
        action = window.findChild(QAction, f"nav_{key}")
        assert action is not None and action.shortcut().toString() == f"Ctrl+{number}"
        action.trigger()
        assert window.current_view_key() == key
        view = window._views[key]
        assert view.objectName() and view.accessibleName()


def test_reminder_count_and_keep_applying_show_from_every_view(
    qtbot: QtBot, services: Services
) -> None:
    _process(services, applied_days_ago=20)  # 20 quiet days: a gone-quiet reminder
    window = _window(qtbot, services)
    window.show_view("research")
    assert window.due_count_text() == "Reminders (1)"
    button = window.findChild(QToolButton, "navButton_reminders")
    assert button is not None and button.accessibleName() == "Reminders, 1 due"
    assert window.keep_applying_text().startswith("Last application: 20 days ago · 1 live process")
    assert window.keep_applying_text().endswith(" · Time to apply again")
    label = window.findChild(QLabel, "keepApplyingStatus")
    assert label is not None and "only 1 process is live" in label.toolTip().casefold()


def test_closing_a_quiet_process_from_reminders_clears_the_count(
    qtbot: QtBot, services: Services, monkeypatch
) -> None:
    application = _process(services, applied_days_ago=30)
    window = _window(qtbot, services)
    window.show_view("reminders")
    view = window.reminders_view
    assert view.select(f"quiet:{application.id}")
    monkeypatch.setattr("interview_journal.ui.reminders.view.confirm", lambda *a, **k: True)
    view.close_current_process()
    assert services.journal.get(Application, application.id).closed_at is not None
    assert window.due_count_text() == "Reminders"


def test_views_point_at_each_other(qtbot: QtBot, services: Services) -> None:
    application = _process(services, applied_days_ago=3)
    person = services.journal.add(Person(name="Rana Haddad", company_id=application.company_id))
    offer = services.offers.add(application.id, base_salary=70_000.0, currency="EUR")
    window = _window(qtbot, services)

    window.navigate("company", application.company_id)
    assert window.current_view_key() == "research"
    assert window.research_view.page.heading.text() == "Quiet Harbour"
    window.navigate("timeline_application", application.id)
    assert window.current_view_key() == "timeline"
    assert window.timeline_view.model.where is not None
    assert window.timeline_view.model.where.application_id == application.id
    window.navigate("person", person.id)
    assert window.current_view_key() == "contacts"
    assert window.contacts_view.heading.text() == "Rana Haddad"
    window.navigate("offer", offer.id)
    assert window.current_view_key() == "offers"
    assert window.offers_view.heading.text() == "Quiet Harbour — Data Engineer"

    window.navigate("log_contact", application.id)
    dialog = window.findChild(LogContactDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_review_page_drafts_the_follow_up(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.start_live("Quiet Harbour", "second")
    qtbot.keyClicks(window.live_view.pad, "H: shipped the billing migration")
    window.live_view.end_session()
    draft = window.live_view.findChild(QPushButton, "liveReviewDraftFollowUp")
    assert draft is not None and draft.isVisible()
    draft.click()
    composer = window.findChild(FollowUpComposer)
    assert composer is not None and composer.isVisible()
    ended = services.journal.records(InterviewRound)[0]
    assert composer.draft is not None and composer.draft.round_id == ended.id
    assert "billing migration" in composer.draft.body
    composer.reject()


def test_thresholds_change_what_counts_as_quiet(qtbot: QtBot, services: Services) -> None:
    _process(services, applied_days_ago=20)
    window = _window(qtbot, services)
    assert window.due_count_text() == "Reminders (1)"
    window.findChild(QAction, "action_thresholds").trigger()  # type: ignore[union-attr]
    dialog = window.findChild(ThresholdsDialog)
    assert dialog is not None and dialog.result() == QDialog.DialogCode.Rejected
    dialog.boxes["quiet_after_days"].setValue(30)
    dialog.accept()
    assert services.thresholds.load().quiet_after_days == 30
    assert window.due_count_text() == "Reminders"


def test_adding_from_the_pipeline_updates_the_status_line(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.show_view("pipeline")
    assert window.keep_applying_text().startswith("No application yet")
    window.pipeline_view.open_add_application()
    dialog = window.pipeline_view.add_dialog
    assert dialog is not None
    dialog.company.setEditText("Ferry Lane")
    dialog.role.setText("QA Lead")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.keep_applying_text().startswith("Last application: today · 1 live process")


def test_back_up_now_writes_a_backup_without_blocking(qtbot: QtBot, tmp_path) -> None:
    from interview_journal.paths import DataPaths
    from interview_journal.storage.backup import list_backups

    paths = DataPaths(tmp_path / "journal")
    services = Services.open(paths)
    services.journal.add(Company(name="Saved Twice"))
    window = _window(qtbot, services)
    window.findChild(QAction, "action_backup").trigger()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.message_text().startswith("Backed up to "), timeout=20_000)
    backups = list_backups(paths)
    assert len(backups) == 1 and str(backups[0].path) in window.message_text()
    window.close()


def test_back_up_now_on_a_memory_journal_explains(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.back_up_now()
    assert "in memory only" in window.message_text()
