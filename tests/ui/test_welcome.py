"""The first-run welcome: three ways to begin, offered once over an empty journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_journal.core.services import Services
from interview_journal.ui.main_window import MainWindow
from interview_journal.ui.transfer.import_dialog import ImportDialog
from interview_journal.ui.welcome import Start, WelcomeDialog


def _window(qtbot: QtBot, services: Services, settings_file: Path) -> MainWindow:
    window = MainWindow(QSettings(str(settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    return window


def test_the_welcome_offers_three_ways_to_begin(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path / "ui.ini")
    dialog = window.offer_welcome()
    assert isinstance(dialog, WelcomeDialog)
    assert set(dialog.buttons) == {Start.EMPTY, Start.SAMPLE, Start.IMPORT}
    assert all(button.accessibleName() for button in dialog.buttons.values())
    with qtbot.waitSignal(window.sample_requested):
        dialog.buttons[Start.SAMPLE].click()


def test_importing_from_the_welcome_opens_the_import_dialog(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path / "ui.ini")
    dialog = window.offer_welcome()
    assert dialog is not None
    dialog.buttons[Start.IMPORT].click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportDialog))
    opened = QApplication.activeModalWidget()
    assert opened is not None
    opened.close()


def test_starting_empty_goes_to_research_and_the_welcome_never_returns(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path / "ui.ini")
    window.show_view("timeline")
    dialog = window.offer_welcome()
    assert dialog is not None
    dialog.buttons[Start.EMPTY].click()
    assert window.current_view_key() == "research"
    assert window.offer_welcome() is None
    window.save_state()
    again = _window(qtbot, services, tmp_path / "ui.ini")
    assert again.offer_welcome() is None, "remembered across launches"


def test_closing_the_welcome_counts_as_seen(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path / "ui.ini")
    dialog = window.offer_welcome()
    assert dialog is not None
    dialog.reject()
    assert window.offer_welcome() is None


def test_no_welcome_over_a_journal_with_data_or_the_sample(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path / "ui.ini")
    assert window.offer_welcome(sample=True) is None
    services.research.add_company("Harbour Analytics")
    assert window.offer_welcome() is None


def test_the_app_welcomes_a_first_run_and_not_a_live_launch(qtbot: QtBot, data_dir: Path) -> None:
    import time

    from interview_journal.paths import DataPaths
    from interview_journal.ui.app import Application, LiveRequest

    live = Application(DataPaths(data_dir), LiveRequest("Acme", "first"), time.time())
    with qtbot.waitSignal(live.loader.opened, timeout=20_000):
        live.start()
    assert live.window.findChild(WelcomeDialog) is None, "straight to notes, no welcome"
    services = live.window.detach()
    assert services is not None
    services.close()
    live.window.close()

    (data_dir / "journal.sqlite3").unlink()
    first = Application(DataPaths(data_dir), None, time.time())
    with qtbot.waitSignal(first.loader.opened, timeout=20_000):
        first.start()
    welcome = first.window.findChild(WelcomeDialog)
    assert welcome is not None and welcome.isVisible()
    welcome.reject()
    services = first.window.detach()
    assert services is not None
    services.close()
    first.window.close()
