"""Privacy, proven (issue 8, point 7): private files, no network, no note text in logs, and
exports only where the user says.

Each test runs a realistic session and then checks everything on disk, not one file at a
time, so a new kind of file that forgets its mode, or a new log line that quotes a note,
fails here.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import sqlite3
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDesktopServices
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import InterviewRound, NoteLine, ResearchNote
from interview_journal.ui.app import Application, configure_logging
from interview_journal.ui.main_window import VIEW_KEYS, MainWindow
from interview_journal.ui.notifications import NotificationController
from interview_journal.ui.single_instance import InstanceLock
from interview_journal.ui.transfer.exporting import EXPORT_FORMATS, WHOLE_JOURNAL, ExportFormat

# Typed into notes, searched for, hidden in bad files: it must reach no file but the
# journal, its backups and the exports the user asked for.
MARKER = "Zebrafinch-4711-private"
OLD_JOURNAL = Path(__file__).parents[1] / "data" / "journal-schema-1.sqlite3"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
# The offscreen platform (tests only) cannot raise a window, and says so.
quiet_raise = pytest.mark.qt_log_ignore("This plugin does not support raise")


# ---------------------------------------------------------------- helpers
@pytest.fixture
def logging_to(data_dir: Path) -> Iterator[DataPaths]:
    """The app's logging set up in the data folder, removed again after the test."""
    paths = DataPaths(data_dir).prepare()
    configure_logging(paths)
    yield paths
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if getattr(handler, "baseFilename", "").startswith(str(data_dir)):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder (Python's and Qt's) moved inside the test's own folder, so
    every file the session makes there can be seen, and no other process's."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # recomputed from TMPDIR on next use
    return folder


@contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def files_under(*roots: Path) -> dict[Path, float]:
    return {
        path: path.stat().st_mtime
        for root in roots
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink()
    }


def loose_modes(root: Path) -> list[str]:
    """Every folder under ``root`` (and itself) not 0700, every file not 0600."""
    found = []
    for path in [root, *root.rglob("*")]:
        mode = path.lstat().st_mode
        wanted = 0o700 if stat.S_ISDIR(mode) else 0o600
        if stat.S_IMODE(mode) != wanted or not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
            found.append(f"{path.relative_to(root)}: {stat.filemode(mode)}")
    return found


@contextmanager
def failing_writes(
    journal: Journal, table: str, error: Callable[[], BaseException]
) -> Iterator[list[str]]:
    """While active, statements writing to ``table`` raise ``error()`` at the driver, as
    SQLite would; yields the statements refused."""
    refused: list[str] = []

    def hook(_cursor: Any, statement: str, *_rest: Any) -> bool:
        words = statement.lstrip().upper()
        if words.startswith(("INSERT", "UPDATE", "DELETE")) and table.upper() in words:
            refused.append(statement)
            raise error()
        return False

    names = ("do_execute", "do_executemany")
    for name in names:
        event.listen(journal.engine, name, hook)
    try:
        yield refused
    finally:
        for name in names:
            event.remove(journal.engine, name, hook)


@contextmanager
def failing_reads(
    journal: Journal, word: str, error: Callable[[], BaseException]
) -> Iterator[None]:
    def hook(_cursor: Any, statement: str, *_rest: Any) -> bool:
        if word.upper() in statement.upper():
            raise error()
        return False

    event.listen(journal.engine, "do_execute", hook)
    try:
        yield
    finally:
        event.remove(journal.engine, "do_execute", hook)


def _window(qtbot: QtBot, services: Services, paths: DataPaths) -> MainWindow:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.own_paths = paths
    window.attach(services)
    _activate(qtbot, window)
    return window


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitActive(window):  # keyboard shortcuts reach the active window only
        window.show()
        window.activateWindow()


def _trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def _answer_exports(window: MainWindow, target: Path) -> None:
    def choose(_parent: object, _spec: ExportFormat, _proposal: Path) -> Path:
        return target

    window.exporter._choose = choose


def _add_company_and_note(qtbot: QtBot, window: MainWindow, name: str, body: str) -> None:
    """A company and a research note, typed and saved by keyboard as a user would."""
    window.show_view("research")
    view = window.research_view
    view.focus_primary()
    qtbot.keyClick(view.filter, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(view.new_company_name, name)
    qtbot.keyClick(view.new_company_name, Qt.Key.Key_Return)
    editor = view.page.editor
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClicks(editor.title, f"Notes on {name}")
    editor.body.setPlainText(body)
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL)


def _saved(window: MainWindow) -> bool:
    return window.research_view.page.editor.status.text() == "Saved"


def _type_live_lines(qtbot: QtBot, window: MainWindow, lines: list[str]) -> None:
    _trigger(window, "action_start_live")
    assert window.live_view.in_session
    for line in lines:
        qtbot.keyClicks(window.live_view.pad, line)
        qtbot.keyClick(window.live_view.pad, Qt.Key.Key_Return)


def _back_up(qtbot: QtBot, window: MainWindow) -> None:
    window.back_up_now()
    qtbot.waitUntil(lambda: window.message_text().startswith("Backed up to"), timeout=30_000)


def _export(qtbot: QtBot, window: MainWindow, key: str, target: Path) -> None:
    _answer_exports(window, target)
    _trigger(window, f"action_export_{key}")
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30_000)
    assert window.message_text().startswith("Exported"), window.message_text()


# ------------------------------------------------------------ file modes
@posix_only
@quiet_raise
def test_every_file_under_the_data_folder_is_private_after_a_full_session(
    qtbot: QtBot, logging_to: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Upgrade an older journal, write, back up, restore, log an error, open the sample,
    keep the window's state: every folder 0700 and every file 0600, also with a permissive
    umask (022), so each file is made private on purpose, not by the umask the command line
    sets at start."""
    paths = logging_to
    with umask(0o022):
        # A journal left by an earlier version, copied in as a user might (mode 0644).
        shutil.copyfile(OLD_JOURNAL, paths.journal)
        lock = InstanceLock(paths.root)
        assert lock.try_acquire()
        application = Application(paths, None, time.time())
        window = application.window
        with qtbot.waitSignal(application.loader.opened, timeout=60_000):
            application.start()
        _activate(qtbot, window)
        # The automatic backup runs on the loader's thread once the journal is open.
        qtbot.waitUntil(lambda: any(paths.backups.glob("*-auto.sqlite3")), timeout=30_000)
        _add_company_and_note(qtbot, window, "Harbour Analytics", "Hiring for the data team.")
        assert _saved(window)
        _type_live_lines(qtbot, window, ["Q: what does a first week look like?", "A: pairing"])
        # The interview's end announces what was held back during it; that notice takes
        # the message bar, so it must be in before the backup's message is looked for.
        notifications = window.findChild(NotificationController, "notificationController")
        assert notifications is not None
        with qtbot.waitSignal(notifications.checked, timeout=30_000):
            window.live_view.end_session()
        _back_up(qtbot, window)
        [manual] = paths.backups.glob("*-manual.sqlite3")
        with qtbot.waitSignal(application.loader.opened, timeout=60_000):
            application.restore_backup(manual)

        # An error that is logged: the automatic backup failing.
        from interview_journal.storage import backup
        from interview_journal.ui import app as app_module

        def broken(_paths: DataPaths) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(backup, "backup_if_due", broken)
        app_module._automatic_backup(paths)
        assert "automatic backup failed" in (paths.logs / "interview-journal.log").read_text()

        with qtbot.waitSignal(application.loader.opened, timeout=60_000):
            application.open_sample()
        with qtbot.waitSignal(application.loader.opened, timeout=60_000):
            application.open_own()
        window.save_state()

        names = {path.relative_to(paths.root).as_posix() for path in paths.root.rglob("*")}
        expected = {
            "journal.sqlite3",
            "journal.sqlite3-wal",
            "journal.sqlite3-shm",
            "instance.lock",
            "ui-state.ini",
            "logs/interview-journal.log",
            "sample/journal.sqlite3",
        }
        assert expected <= names
        for kind in ("before-schema-", "before-restore-", "-auto.", "-manual."):
            assert any(name.startswith("backups/") and kind in name for name in names), kind
        assert loose_modes(paths.root) == []  # while open: the WAL and shared memory too

        window.close()
        lock.release()
    assert loose_modes(paths.root) == []


@posix_only
def test_rotated_logs_stay_private(logging_to: DataPaths) -> None:
    """The log is rotated at 1 MB; the files a rotation makes are private too, whatever
    the umask of the process that runs the app."""
    handler = next(
        h
        for h in logging.getLogger().handlers
        if getattr(h, "baseFilename", "").startswith(str(logging_to.root))
    )
    handler.maxBytes = 200  # type: ignore[attr-defined]
    with umask(0o022):
        for number in range(12):
            logging.getLogger("interview_journal.test").warning("slow disk, attempt %d", number)
    assert (logging_to.logs / "interview-journal.log.3").exists()
    assert loose_modes(logging_to.root) == []


# ------------------------------------------------------------ no network
@quiet_raise
def test_a_full_ui_session_opens_no_network_connection(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []

    class BlockedSocket(socket.socket):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            attempts.append(f"socket{args}")
            raise OSError("this test blocks every socket")

    def blocked(name: str) -> Callable[..., Any]:
        def refuse(*args: Any, **_kwargs: Any) -> Any:
            attempts.append(f"{name}{args}")
            raise OSError("this test blocks the network")

        return refuse

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, blocked(name))
    # A link opened in the browser is the user's own choice; nothing here clicks one.
    monkeypatch.setattr(QDesktopServices, "openUrl", blocked("openUrl"))

    paths = DataPaths(data_dir)
    services = Services.open(paths)
    window = _window(qtbot, services, paths)
    for number, key in enumerate(VIEW_KEYS, start=1):  # Ctrl+1..8
        _trigger(window, f"nav_{key}")
        assert window.current_view_key() == key, number

    body = (
        "Remote image: ![tracker](https://tracker.example/pixel.png)\n"
        "A link: <https://careers.example/jobs>"
    )
    _add_company_and_note(qtbot, window, "Harbour Analytics", body)
    assert _saved(window)
    editor = window.research_view.page.editor
    editor.preview_toggle.click()  # renders the remote image reference: it must not load
    assert editor.body_stack.currentWidget() is editor.preview
    editor.preview_toggle.click()
    _type_live_lines(qtbot, window, ["Q: how is on-call shared?", "A: weekly rotation"])
    window.live_view.end_session()

    dialog = window.open_global_search()
    assert dialog is not None
    dialog.set_query("rotation")
    qtbot.waitUntil(lambda: dialog.model.hit_count() > 0, timeout=10_000)
    dialog.shutdown()

    target = tmp_path / "exports" / "journal.json"
    target.parent.mkdir()
    _export(qtbot, window, "json", target)
    _back_up(qtbot, window)
    imported = window.open_import()
    assert imported is not None
    imported.load_file(target)
    qtbot.waitUntil(lambda: not imported.busy, timeout=30_000)
    imported.close()
    for key in VIEW_KEYS:  # once more, every view now with data to show
        _trigger(window, f"nav_{key}")
    window.close()
    assert attempts == []


# ---------------------------------------------------- no note text in logs
def _offending_files(roots: list[Path], allowed: Callable[[Path], bool]) -> list[str]:
    needle = MARKER.encode("utf-8")
    return [
        str(path)
        for root in roots
        for path in root.rglob("*")
        if path.is_file() and not allowed(path) and needle in path.read_bytes()
    ]


def _bad_import_files(folder: Path) -> list[Path]:
    """Malformed files the user might pick, each holding the marker somewhere."""
    header = (
        '{"format":"interview-journal","format_version":1,"schema_version":2,'
        '"app_version":"0.1.0","exported_at":"2026-03-02T09:00:00+00:00","tables":'
    )
    contents = {
        "wrong-type.json": header + '{"company":[{"id":"c1","created_at":"2026-01-05T18:30:00'
        f'+00:00","updated_at":"{MARKER}","name":"{MARKER}"}}]}}}}',
        "text-for-number.json": header
        + '{"fit_criterion":[{"id":"f1","created_at":"2026-01-05T18:30:00+00:00",'
        '"updated_at":"2026-01-05T18:30:00+00:00","name":"Team","description":"",'
        f'"weight":"{MARKER}","position":"{MARKER}"}}]}}}}',
        "unknown-table.json": header + f'{{"{MARKER}":[{{"id":"{MARKER}"}}]}}}}',
        "syntax-error.json": header + f'{{"company":[{{"name":"{MARKER}",]}}',
        "bad-date.csv": f"Company,Role,Date Applied\n{MARKER},Analyst,{MARKER}\n",
        "nul-bytes.csv": f"Company,Role\n{MARKER}\x00,Analyst\n",
    }
    paths = []
    for name, text in contents.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@quiet_raise
def test_logs_never_contain_note_text(
    qtbot: QtBot, logging_to: DataPaths, tmp_path: Path, private_tmp: Path
) -> None:
    """Errors are driven while the marker is being saved, imported and searched for; the
    log records the failures but never the text."""
    paths = logging_to
    services = Services.open(paths)
    journal = services.journal
    window = _window(qtbot, services, paths)

    # A note saved while the disk is full, then while the driver fails unexpectedly (the
    # failing statement is logged: its parameters, the note, must not be).
    with failing_writes(
        journal, "research_note", lambda: sqlite3.OperationalError("database or disk is full")
    ) as refused:
        _add_company_and_note(qtbot, window, f"{MARKER} Ltd", f"Salary talk: {MARKER}")
    assert refused and "disk is full" in window.message_text()
    editor = window.research_view.page.editor
    with failing_writes(journal, "research_note", lambda: sqlite3.InterfaceError("bad binding")):
        qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL)
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL)  # the failure has passed: it saves
    assert any(MARKER in note.body for note in journal.records(ResearchNote))

    # Live lines typed while their writer fails unexpectedly, then saved once it recovers.
    with failing_writes(journal, "note_line", lambda: sqlite3.InterfaceError("bad binding")):
        _type_live_lines(qtbot, window, [f"Q: {MARKER} on the team?"])
        assert not window.live_view.flush(timeout=0.5)
    # The writer retries on its own (every RETRY_SECONDS) once the failure has passed.
    qtbot.waitUntil(lambda: window.live_view.flush(timeout=0.1), timeout=20_000)
    window.live_view.end_session()
    assert any(MARKER in line.text for line in journal.records(NoteLine))

    # Malformed files holding the marker, read by the import dialog.
    user_files = tmp_path / "user-files"
    user_files.mkdir()
    for bad in _bad_import_files(user_files):
        dialog = window.open_import()
        assert dialog is not None
        dialog.load_file(bad)
        qtbot.waitUntil(lambda d=dialog: not d.busy, timeout=30_000)  # type: ignore[misc]
        assert dialog.errors, bad.name
        dialog.close()

    # Searching for the marker: once normally, once while the index fails as SQLite does on
    # a malformed query (its message quotes the query), once failing unexpectedly.
    search = window.open_global_search()
    assert search is not None
    search.set_query(MARKER)
    qtbot.waitUntil(lambda: search.model.hit_count() > 0, timeout=10_000)
    for error in (
        lambda: sqlite3.OperationalError(f'fts5: syntax error near "{MARKER}"'),
        lambda: sqlite3.InterfaceError("bad binding"),
    ):
        shown = len(search.errors)
        with failing_reads(journal, "MATCH", error):
            search.set_query(f"{MARKER} plans {shown}")
            qtbot.waitUntil(lambda n=shown: len(search.errors) > n, timeout=10_000)  # type: ignore[misc]
    search.shutdown()
    window.close()

    log_text = "\n".join(
        path.read_text(encoding="utf-8", errors="replace") for path in paths.logs.iterdir()
    )
    # The failures were logged (so the check below means something), without the text.
    assert "unexpected error in" in log_text
    assert "saving note lines failed" in log_text
    assert "search failed" in log_text
    assert MARKER not in log_text

    def allowed(path: Path) -> bool:
        journal_file = path.name.startswith("journal.sqlite3") and path.parent == paths.root
        return journal_file or path.parent == paths.backups or user_files in path.parents

    assert _offending_files([tmp_path], allowed) == []


# ------------------------------------------------- exports only where asked
@quiet_raise
def test_exports_go_only_where_the_user_says(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, private_tmp: Path
) -> None:
    paths = DataPaths(data_dir)
    services = Services.open(paths)
    window = _window(qtbot, services, paths)
    company = services.research.add_company(f"{MARKER} Studio")
    services.research.add_note(company.id, "other", title="Pay", body=f"Band: {MARKER}")
    round_id = services.live.start(company_name=company.name, kind="technical").round.id
    assert services.journal.find(InterviewRound, round_id) is not None
    home = Path(os.environ["HOME"])
    folder = tmp_path / "chosen"
    folder.mkdir()
    watched = [tmp_path]  # the data folder, HOME, the temporary folder and the chosen one
    assert paths.root.is_relative_to(tmp_path) and home.is_relative_to(tmp_path)
    assert private_tmp.is_relative_to(tmp_path)
    keys = [*WHOLE_JOURNAL, "company_markdown", "round_markdown", "round_pdf"]
    for key in keys:
        target = folder / f"export-{key}{EXPORT_FORMATS[key].suffix}"
        before = files_under(*watched)
        _answer_exports(window, target)
        record = {"company_markdown": company.id}.get(key, round_id if "round" in key else "")
        assert window.export(key, record, company.name)
        qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30_000)
        after = files_under(*watched)
        new = sorted(str(path) for path in set(after) - set(before))
        assert new == [str(target)], key
        changed = sorted(
            str(path)
            for path in set(before) & set(after)
            if before[path] != after[path] and not path.name.startswith("journal.sqlite3")
        )
        assert changed == [], key
        if os.name == "posix":
            assert stat.S_IMODE(target.stat().st_mode) == 0o600, key
    window.close()


# What would reach the network from this process: Python's clients and Qt's. The one use
# of QtNetwork is the local socket between two launches (a Unix socket or a named pipe).
NETWORK_APIS = (
    "import socket",
    "from socket",
    "urllib.request",
    "urlopen",
    "http.client",
    "import requests",
    "import httpx",
    "import aiohttp",
    "QNetworkAccessManager",
    "QTcpSocket",
    "QUdpSocket",
    "QSslSocket",
    "QHostInfo",
    "QtWebEngine",
    "PySide6.QtNetwork",
    "import QtNetwork",
)
LOCAL_SOCKET_MODULE = "single_instance.py"


def test_no_module_reaches_for_the_network() -> None:
    """Backs the session test above for code it did not run, and for Qt's own networking,
    which Python's socket module never sees."""
    package = Path(__file__).parents[2] / "interview_journal"
    found = []
    for source in sorted(package.rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        for api in NETWORK_APIS:
            if api in text and not ("QtNetwork" in api and source.name == LOCAL_SOCKET_MODULE):
                found.append(f"{source.relative_to(package)}: {api}")
    assert found == []
    local = (package / "ui" / LOCAL_SOCKET_MODULE).read_text(encoding="utf-8")
    assert "QLocalServer" in local and "QTcpServer" not in local
