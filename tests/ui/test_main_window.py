from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListView, QTableView
from pytestqt.qtbot import QtBot

from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.storage.tables import Company, NoteLine
from interview_journal.ui.app import Application, LiveRequest
from interview_journal.ui.main_window import MainWindow


def _window(qtbot: QtBot, services: Services, settings: QSettings | None = None) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    return window


def test_ctrl_numbers_switch_views(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    for key, name in (("3", "timeline"), ("2", "live"), ("1", "research")):
        window.findChild(QAction, f"nav_{name}").trigger()  # type: ignore[union-attr]
        assert window.current_view_key() == name, key


def test_ctrl_l_starts_notes_that_reach_the_timeline(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    window.findChild(QAction, "action_start_live").trigger()  # type: ignore[union-attr]
    assert window.current_view_key() == "live" and window.live_view.in_session
    qtbot.keyClicks(window.live_view.pad, "Q: how do teams plan work?")
    window.live_view.end_session()
    window.show_view("timeline")
    assert services.journal.count(NoteLine) == 1
    assert window.timeline_view.findChild(QTableView, "timelineTable").model().rowCount() >= 2  # type: ignore[union-attr]


def test_geometry_and_last_view_are_remembered(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot, services, settings)
    window.show_view("timeline")  # built now, with its own minimum size
    smallest = window.minimumSizeHint()
    size = (smallest.width() + 1, smallest.height() + 10)  # fits the 800x600 offscreen screen
    window.resize(*size)
    window.save_state()
    again = MainWindow(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.current_view_key() == "timeline"
    assert (again.width(), again.height()) == size


def test_application_opens_the_journal_after_painting(qtbot: QtBot, data_dir: Path) -> None:
    application = Application(DataPaths(data_dir), LiveRequest("Acme", "first"), time.time())
    order: list[str] = []
    application.first_paint.painted.connect(lambda: order.append("painted"))
    application.loader.opened.connect(lambda *_: order.append("opened"))
    with qtbot.waitSignal(application.loader.opened, timeout=20_000):
        application.start()
    assert order == ["painted", "opened"]
    # The icon is set after the first paint (Qt's SVG engine costs ~20 ms before it).
    assert not application.window.windowIcon().isNull()
    assert application.window.live_view.in_session
    # Straight to the note pad: the last view used is not built on the way.
    assert not application.window.built("research")
    services = application.window.detach()
    assert services is not None
    assert services.journal.count(Company) == 1
    services.close()
    application.window.close()


def test_a_damaged_journal_is_explained_in_the_window(qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "journal.sqlite3").write_bytes(b"\x00garbage" * 500)
    application = Application(DataPaths(data_dir), None, time.time())
    with qtbot.waitSignal(application.loader.failed, timeout=20_000):
        application.start()
    assert "not an Interview Journal" in application.window.message_text()
    assert (data_dir / "journal.sqlite3").read_bytes() == b"\x00garbage" * 500
    application.window.close()


def test_logging_writes_a_private_file(data_dir: Path) -> None:
    import logging

    from interview_journal.ui.app import configure_logging

    paths = DataPaths(data_dir).prepare()
    configure_logging(paths)
    try:
        logging.getLogger("interview_journal.test").warning("disk is slow")
        log_file = paths.logs / "interview-journal.log"
        assert "disk is slow" in log_file.read_text(encoding="utf-8")
        assert log_file.stat().st_mode & 0o777 == 0o600
    finally:
        root = logging.getLogger()
        for handler in root.handlers[:]:
            if getattr(handler, "baseFilename", "").startswith(str(data_dir)):
                root.removeHandler(handler)
                handler.close()


def _opened(qtbot: QtBot, application: Application) -> None:
    with qtbot.waitSignal(application.loader.opened, timeout=60_000):
        application.start()


def test_sample_journal_opens_apart_from_the_users_own(qtbot: QtBot, data_dir: Path) -> None:
    application = Application(DataPaths(data_dir), None, time.time())
    _opened(qtbot, application)
    with qtbot.waitSignal(application.loader.opened, timeout=60_000):
        application.window.findChild(QAction, "action_open_sample").trigger()  # type: ignore[union-attr]
    assert "sample journal" in application.window.windowTitle()
    companies = application.window.research_view.findChild(QListView, "companyList")
    assert companies is not None and companies.model().rowCount() == 8
    with qtbot.waitSignal(application.loader.opened, timeout=60_000):
        application.window.findChild(QAction, "action_open_own").trigger()  # type: ignore[union-attr]
    assert companies.model().rowCount() == 0
    application.window.close()


@pytest.mark.slow
def test_all_views_work_on_the_heavy_journal(qtbot: QtBot, copy_of_heavy: Path) -> None:
    application = Application(DataPaths(copy_of_heavy), None, time.time())
    _opened(qtbot, application)
    window = application.window
    window.show_view("research")
    companies = window.research_view.findChild(QListView, "companyList")
    assert window.services is not None
    listed = len(window.services.research.companies())  # the sample archives a few
    assert companies is not None and companies.model().rowCount() == listed > 250
    window.show_view("timeline")
    table = window.timeline_view.findChild(QTableView, "timelineTable")
    assert table is not None and 0 < table.model().rowCount() < 20_000  # paged, not all
    window.start_live("Heavy Test Co", "technical")
    qtbot.keyClicks(window.live_view.pad, "Q: still fast?")
    window.live_view.end_session()
    assert table.model().rowCount() > 0
    window.close()


def test_the_window_builds_only_the_views_it_shows(qtbot: QtBot, services: Services) -> None:
    from interview_journal.ui.main_window import VIEW_KEYS

    window = MainWindow(None)
    qtbot.addWidget(window)
    assert not any(window.built(key) for key in VIEW_KEYS)
    window.attach(services)
    # The live view always (an interrupted interview resumes), and the one shown.
    assert [key for key in VIEW_KEYS if window.built(key)] == ["research", "live"]
    window.show_view("offers")
    assert window.built("offers") and not window.built("timeline")
