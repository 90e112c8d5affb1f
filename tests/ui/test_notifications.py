"""Reminders announced outside the window: the tray where there is one, else in-app."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from interview_journal import APP_NAME
from interview_journal.core import notifications as core_notifications
from interview_journal.core.notifications import ENABLED_KEY, NotificationService
from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.storage.tables import Application, Company, InterviewRound, Reminder
from interview_journal.ui import theme
from interview_journal.ui.main_window import MainWindow
from interview_journal.ui.notifications import (
    NotificationController,
    ShownNotice,
    TrayNotifier,
    WindowNotifier,
    tray_usable,
)

# The offscreen platform cannot raise a window, and has no tray for a tray icon to sit in;
# Qt says so. Neither is what these tests check.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "No such signal QPlatformNativeInterface::systemTray"
)


class FakeNotifier:
    """Stands in for the tray: records what it was asked to show."""

    kind = "tray"

    def __init__(self) -> None:
        self.shown: list[list[ShownNotice]] = []
        self.status: tuple[int, bool] = (-1, False)
        self.clicked: Callable[[str], None] = lambda _key: None
        self.closed = False

    def announce(self, notices: Sequence[ShownNotice]) -> None:
        self.shown.append(list(notices))

    def set_status(self, due: int, enabled: bool) -> None:
        self.status = (due, enabled)

    def set_clicked(self, clicked: Callable[[str], None]) -> None:
        self.clicked = clicked

    def close(self) -> None:
        self.closed = True


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    return window


def _controller(window: MainWindow) -> NotificationController:
    controller = window.findChild(NotificationController, "notificationController")
    assert controller is not None
    return controller


def _with_fake(window: MainWindow) -> tuple[NotificationController, FakeNotifier]:
    controller = _controller(window)
    fake = FakeNotifier()
    controller.use(fake)
    return controller, fake


def _due(services: Services, title: str, hours_ago: float = 2) -> str:
    due_at = datetime.now(UTC) - timedelta(hours=hours_ago)
    reminder = services.journal.add(Reminder(kind="other", title=title, due_at=due_at))
    return f"reminder:{reminder.id}"


def test_offscreen_has_no_tray_so_notices_are_in_app(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    alerts: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, msec=0: alerts.append(widget))
    window = _window(qtbot, services)
    controller = _controller(window)
    assert not tray_usable()
    assert isinstance(controller.notifier, WindowNotifier)
    key = _due(services, "Send the thank-you note to “Acme” 🎉")
    controller.check(force=True)
    bar = window.findChild(QLabel, "messageBar")
    assert bar is not None and bar.isVisible()
    assert bar.text().startswith("Send the thank-you note to “Acme” 🎉: Reminder. Click")
    assert "open Reminders" in bar.text()
    assert alerts == [window]
    # Clicking the notice opens the window on Reminders, with the reminder selected.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.current_view_key() == "reminders"
    current = window.reminders_view.current_item()
    assert current is not None and current.key == key
    assert not bar.isVisible()


def test_a_notice_is_shown_once_and_the_tray_click_opens_its_reminder(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    controller, fake = _with_fake(window)
    key = _due(services, "Call back the recruiter")
    controller.check(force=True)
    assert [[n.key for n in batch] for batch in fake.shown] == [[key]]
    assert fake.status == (1, True)
    controller.check(force=True)
    assert len(fake.shown) == 1  # announced once per due moment
    fake.clicked(key)
    assert window.current_view_key() == "reminders"
    current = window.reminders_view.current_item()
    assert current is not None and current.key == key


def test_the_notice_is_reached_from_the_keyboard_with_ctrl_7(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    controller = _controller(window)
    _due(services, "An older reminder", hours_ago=30)
    controller.check(force=True)
    key = _due(services, "Write to the recruiter")
    controller.check(force=True)
    bar = window.findChild(QLabel, "messageBar")
    assert bar is not None and "Write to the recruiter" in bar.text() and "Ctrl+7" in bar.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "reminders"
    current = window.reminders_view.current_item()
    assert current is not None and current.key == key


def test_opening_live_notes_clears_a_notice_from_the_message_bar(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    controller = _controller(window)
    _due(services, "Write to the recruiter")
    controller.check(force=True)
    bar = window.findChild(QLabel, "messageBar")
    assert bar is not None and bar.isVisible() and "Write to the recruiter" in bar.text()
    window.start_live("Acme", "first")
    assert not bar.isVisible()
    # Another message shown later is not taken for the notice.
    window.show_message("Saved.")
    window.show_view("live")
    assert bar.isVisible() and bar.text() == "Saved."


def test_the_sample_journal_announces_nothing(qtbot: QtBot, services: Services) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(services, sample=True)
    window.show()
    controller, fake = _with_fake(window)
    _due(services, "A made-up reminder of the sample")
    window.refresh_status()
    window.refresh_status()
    assert fake.shown == []
    assert not controller.toggle_action.isEnabled()
    # Nor after an interview noted in the sample (its end forces a check).
    window.start_live("Acme", "first")
    window.live_view.end_session()
    assert fake.shown == []
    # The user's own journal, attached again, is announced as usual.
    window.detach()
    window.attach(services)
    window.refresh_status()
    qtbot.waitUntil(lambda: bool(fake.shown))
    assert [notice.title for notice in fake.shown[0]] == ["A made-up reminder of the sample"]


def test_more_than_three_come_as_one_summary(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    controller, fake = _with_fake(window)
    for number in range(5):
        _due(services, f"Reminder {number}", hours_ago=5 - number)
    controller.check(force=True)
    ((summary,),) = fake.shown
    assert summary.title == "5 reminders due"
    assert summary.body == "Reminder 0; Reminder 1; Reminder 2 and 2 more"
    assert summary.key == ""
    fake.clicked(summary.key)
    assert window.current_view_key() == "reminders"


def test_nothing_is_announced_during_a_live_interview(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    controller, fake = _with_fake(window)
    window.start_live("Acme")
    assert window.live_view.in_session
    _due(services, "Decide on the offer")
    controller.check(force=True)
    window.refresh_status()
    assert fake.shown == []
    with qtbot.waitSignal(controller.checked, timeout=5000):
        window.live_view.end_session()  # the window refreshes its status when it ends
    ((summary,),) = fake.shown
    assert summary.title.endswith("due, held back while you took notes")
    assert "Decide on the offer" in summary.body


def test_a_short_interview_with_no_check_during_it_is_still_summarised(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    _, fake = _with_fake(window)
    window.start_live("Acme")  # shows the live view: the refresh sees the interview begin
    _due(services, "Confirm the start date")
    window.live_view.end_session()
    ((summary,),) = fake.shown
    assert summary.title == "1 reminder due, held back while you took notes"


def test_a_check_delivered_after_an_interview_began_is_held(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    controller, fake = _with_fake(window)
    _due(services, "Write to the hiring manager")
    found = NotificationService(services.journal).check()
    window.start_live("Acme")
    controller._checked(found)  # the worker's answer arrives during the interview
    assert fake.shown == []
    assert NotificationService(services.journal).state().held


def test_an_upcoming_round_says_when_it_starts(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    controller, fake = _with_fake(window)
    company = services.journal.add(Company(name="Acme"))
    application = services.journal.add(Application(company_id=company.id, role="Engineer"))
    starts = datetime.now(UTC) + timedelta(minutes=30)
    services.journal.add(InterviewRound(application_id=application.id, scheduled_at=starts))
    controller.check(force=True)
    ((notice,),) = fake.shown
    assert notice.title.endswith("with Acme")
    assert notice.body.startswith("Starts at ")


def test_the_journal_menu_turns_notifications_off(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    controller, fake = _with_fake(window)
    menu = window.findChild(QMenu, "journalMenu")
    assert menu is not None
    names = [action.objectName() for action in menu.actions()]
    assert names.index("action_notifications") == names.index("action_thresholds") + 1
    action = controller.toggle_action
    assert action.isCheckable() and action.isChecked() and action.isEnabled()
    assert action.text() == "Desktop notifications" and action.shortcut().isEmpty()
    action.trigger()
    assert services.journal.setting(ENABLED_KEY) == "0"
    assert "Notifications are off" in window.message_text()
    _due(services, "Follow up with the team")
    controller.check(force=True)
    assert fake.shown == [] and fake.status == (1, False)
    action.trigger()
    assert action.isChecked() and services.journal.setting(ENABLED_KEY) == "1"
    assert fake.shown == []  # what fell due while off is no backlog


def test_a_new_window_over_the_journal_does_not_repeat_notices(
    qtbot: QtBot, services: Services
) -> None:
    first = _window(qtbot, services)
    _controller(first).use(FakeNotifier())
    _due(services, "Send the portfolio")
    _controller(first).check(force=True)
    first.detach()
    second = _window(qtbot, services)
    controller, fake = _with_fake(second)
    controller.check(force=True)
    assert fake.shown == []


def test_the_tray_has_the_apps_menu_and_its_message_opens_reminders(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    controller = _controller(window)
    # Where the platform has a tray this is what the controller picks by itself.
    tray = controller.use_tray(theme.app_icon())
    assert isinstance(tray, TrayNotifier) and controller.notifier is tray
    key = _due(services, "Answer the offer")
    controller.check(force=True)
    texts = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert texts == [
        f"Show {APP_NAME}",
        "Start interview notes",
        "Reminders (1)",
        "Desktop notifications",
        "Quit",
    ]
    assert "1 reminder due" in tray.icon.toolTip()
    window.show_view("timeline")
    tray.icon.messageClicked.emit()
    assert window.current_view_key() == "reminders"
    current = window.reminders_view.current_item()
    assert current is not None and current.key == key
    tray.start_action.trigger()
    assert window.live_view.in_session and window.current_view_key() == "live"
    tray.close()
    assert not tray.icon.isVisible()


def test_several_tray_notices_go_as_one_message_that_opens_the_list(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, services)
    controller = _controller(window)
    tray = controller.use_tray(theme.app_icon())
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        tray.icon, "showMessage", lambda title, body, *_rest: shown.append((title, body))
    )
    _due(services, "Send the portfolio", hours_ago=3)
    _due(services, "Call the recruiter", hours_ago=2)
    controller.check(force=True)
    # One message: a tray reports only that "a message" was clicked, not which one.
    assert shown == [("2 reminders due", "Send the portfolio; Call the recruiter")]
    window.show_view("timeline")
    tray.icon.messageClicked.emit()
    assert window.current_view_key() == "reminders"
    tray.close()


def test_checks_read_the_journal_off_the_ui_thread(
    qtbot: QtBot, data_dir: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    original = core_notifications.NotificationService.check

    def spying(self: NotificationService, *args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(core_notifications.NotificationService, "check", spying)
    services = Services.open(DataPaths(data_dir))  # type: ignore[arg-type]
    try:
        assert services.journal.reads_in_parallel
        window = MainWindow()
        qtbot.addWidget(window)
        controller, fake = _with_fake(window)
        _due(services, "Prepare questions")
        with qtbot.waitSignal(controller.checked, timeout=10_000):
            window.attach(services)
        assert threads and all(t is not threading.main_thread() for t in threads)
        assert [[n.title for n in batch] for batch in fake.shown] == [["Prepare questions"]]
    finally:
        window.detach()
        services.close()


def test_every_tray_action_is_named(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    tray = _controller(window).use_tray(theme.app_icon())
    assert tray.menu.accessibleName() == APP_NAME
    actions = [a for a in tray.menu.actions() if not a.isSeparator()]
    assert all(isinstance(a, QAction) and a.text().strip() for a in actions)
    tray.close()
