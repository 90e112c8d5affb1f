"""Backups and restore from the window: the list, a manual backup, restoring one."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from interview_journal.paths import DataPaths
from interview_journal.storage.backup import backup_now, list_backups
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Company
from interview_journal.ui.app import Application
from interview_journal.ui.i18n import format_moment
from interview_journal.ui.transfer.backups_dialog import EMPTY_HINT, BackupsDialog


def _journal_with(paths: DataPaths, *names: str) -> None:
    journal = Journal.open(paths)
    try:
        for name in names:
            journal.add(Company(name=name))
    finally:
        journal.close()


def _dialog(qtbot: QtBot, paths: DataPaths, answers: list[bool], file: str | None = None):
    asked: list[str] = []

    def confirm(text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    dialog = BackupsDialog(paths, confirm=confirm, choose_file=lambda: file)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, asked


def test_an_empty_backups_folder_says_how_backups_come(qtbot: QtBot, data_dir: Path) -> None:
    dialog, _asked = _dialog(qtbot, DataPaths(data_dir), [])
    assert dialog.stack.currentWidget() is dialog.hint
    assert dialog.hint.text() == EMPTY_HINT
    assert not dialog.restore_button.isEnabled()


def test_backups_are_listed_newest_first_with_their_kind(qtbot: QtBot, data_dir: Path) -> None:
    paths = DataPaths(data_dir).prepare()
    _journal_with(paths, "Acme")
    backup_now(paths, now=datetime(2026, 3, 1, 9, tzinfo=UTC))
    backup_now(paths, now=datetime(2026, 3, 2, 9, tzinfo=UTC), reason="auto")
    dialog, _asked = _dialog(qtbot, paths, [])
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.index(row, 1).data() for row in range(2)] == ["Daily, automatic", "Made by you"]
    local = model.backup(0).when.astimezone()
    # In the user's locale (ISO under the tests' "C" locale), in local time.
    assert model.index(0, 0).data() == format_moment(model.backup(0).when)
    assert local.strftime("%H:%M") in model.index(0, 0).data()
    assert "kB" in model.index(0, 2).data() or "MB" in model.index(0, 2).data()
    assert dialog.selected() == model.backup(0) and dialog.restore_button.isEnabled()


def test_restoring_asks_first_and_only_then_asks_the_window(qtbot: QtBot, data_dir: Path) -> None:
    paths = DataPaths(data_dir).prepare()
    _journal_with(paths, "Acme")
    made = backup_now(paths)
    dialog, asked = _dialog(qtbot, paths, [False, True])
    requested: list[object] = []
    dialog.restore_requested.connect(requested.append)
    dialog.restore_selected()
    assert requested == [] and dialog.isVisible()
    dialog.restore_selected()
    assert requested == [made]
    assert "kept as a copy" in asked[-1]


def test_a_file_that_is_no_journal_is_refused_before_asking(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    paths = DataPaths(data_dir).prepare()
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"PK\x03\x04 not a database" * 100)
    dialog, asked = _dialog(qtbot, paths, [], file=str(bogus))
    requested: list[object] = []
    dialog.restore_requested.connect(requested.append)
    dialog.restore_from_file()
    assert requested == [] and asked == []
    assert dialog.errors[-1].startswith("notes.sqlite3 is not an Interview Journal")


def _open(qtbot: QtBot, application: Application) -> None:
    with qtbot.waitSignal(application.loader.opened, timeout=60_000):
        application.start()


def _companies(application: Application) -> list[str]:
    services = application.window.services
    assert services is not None
    return sorted(company.name for company in services.journal.records(Company))


def test_backup_delete_restore_brings_everything_back(qtbot: QtBot, data_dir: Path) -> None:
    paths = DataPaths(data_dir).prepare()
    _journal_with(paths, "Acme", "Café Nordlicht 🚀", "شركة")
    made = backup_now(paths)
    paths.journal.unlink()  # the laptop's journal is gone

    application = Application(paths, None, time.time())
    _open(qtbot, application)
    assert _companies(application) == []  # a fresh, empty journal was created
    with qtbot.waitSignal(application.loader.opened, timeout=60_000):
        application.restore_backup(made)
    assert _companies(application) == ["Acme", "Café Nordlicht 🚀", "شركة"]
    assert application.window.message_text().startswith("Backup restored.")
    assert any(info.reason == "before-restore" for info in list_backups(paths))
    application.window.close()


def test_a_refused_restore_reopens_the_journal_unchanged(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    paths = DataPaths(data_dir).prepare()
    _journal_with(paths, "Acme")
    bogus = tmp_path / "broken.sqlite3"
    bogus.write_bytes(b"\x00" * 4096)
    application = Application(paths, None, time.time())
    _open(qtbot, application)
    with qtbot.waitSignal(application.loader.opened, timeout=60_000):
        application.restore_backup(bogus)
    assert _companies(application) == ["Acme"]
    assert "broken.sqlite3 is not an Interview Journal" in application.window.message_text()
    application.window.close()


def test_the_menu_opens_the_dialog_and_a_backup_lands_in_its_list(
    qtbot: QtBot, data_dir: Path
) -> None:
    paths = DataPaths(data_dir).prepare()
    application = Application(paths, None, time.time())
    _open(qtbot, application)
    window = application.window
    action = window.findChild(QAction, "action_backups")
    assert action is not None
    action.trigger()
    dialog = window._backups_dialog
    assert isinstance(dialog, BackupsDialog)
    dialog.back_up_button.click()

    def manual_listed() -> bool:
        kinds = [dialog.model.index(row, 1).data() for row in range(dialog.model.rowCount())]
        return "Made by you" in kinds

    qtbot.waitUntil(manual_listed, timeout=20_000)
    assert dialog.messages[-1][0].startswith("Backed up to journal-")
    dialog.reject()
    window.close()
