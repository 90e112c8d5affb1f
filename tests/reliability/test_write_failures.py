"""Issue 8, point 5: when a write fails (disk full, read-only folder, database locked)
the user is told why, what they typed stays on screen and in memory, nothing is
half-written, and it is saved once the failure clears.

A full disk and a read-only file are simulated where SQLite runs a write statement: it
raises the very error SQLite raises then (``SQLITE_FULL``, ``SQLITE_READONLY``,
https://www.sqlite.org/rescode.html). The lock is real: a second connection holds
``BEGIN EXCLUSIVE`` on the journal file. The sentences are checked against real SQLite
errors too, and a real read-only folder where the tests do not run as root.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.storage import engine as engine_module
from interview_journal.storage.errors import (
    DISK_FULL,
    LOCKED,
    READ_ONLY,
    JournalWriteError,
    failure_cause,
    write_failure,
)
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Company, InterviewRound, ResearchNote
from interview_journal.ui.live import LiveView
from interview_journal.ui.research import ResearchView
from tests.ui.stand_in import MessageWindow, shown_window

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
# SQLite's own messages for each cause (sqlite3.c, sqlite3ErrStr).
RAISED = {
    DISK_FULL: "database or disk is full",
    READ_ONLY: "attempt to write a readonly database",
}
# What the user reads: the cause, in words a job seeker knows.
SAID = {DISK_FULL: "disk is full", READ_ONLY: "read-only", LOCKED: "locked"}
CAUSES = [DISK_FULL, READ_ONLY, LOCKED]


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    # A locked journal is waited for 5 s before a write gives up; 0.1 s keeps tests quick.
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)


class Failure:
    """While active, writes to the journal fail with ``cause``; ``clear()`` ends it.

    Full and read-only raise SQLite's error where write statements run (SQLAlchemy wraps
    it as it would the real one); locked takes a real exclusive lock on the file.
    """

    def __init__(self, journal: Journal, cause: str, table: str = "") -> None:
        self._engine: Engine = journal.engine
        self._cause = cause
        self._table = table
        self._locker: sqlite3.Connection | None = None
        self.active = False
        self.refused = 0

    def _hook(self, _cursor: Any, statement: str, _parameters: Any, _context: Any) -> bool:
        words = statement.lstrip().upper()
        if words.startswith(WRITES) and self._table.upper() in words:
            self.refused += 1
            raise sqlite3.OperationalError(RAISED[self._cause])
        return False

    def start(self) -> Failure:
        if self._cause == LOCKED:
            database = self._engine.url.database
            assert database
            self._locker = sqlite3.connect(database, isolation_level=None)
            self._locker.execute("BEGIN EXCLUSIVE")
        else:
            event.listen(self._engine, "do_execute", self._hook)
            event.listen(self._engine, "do_executemany", self._hook)
        self.active = True
        return self

    def clear(self) -> None:
        if not self.active:
            return
        self.active = False
        if self._locker is not None:
            self._locker.execute("ROLLBACK")
            self._locker.close()
            self._locker = None
        else:
            event.remove(self._engine, "do_execute", self._hook)
            event.remove(self._engine, "do_executemany", self._hook)


@contextmanager
def failing(journal: Journal, cause: str, table: str = "") -> Iterator[Failure]:
    failure = Failure(journal, cause, table).start()
    try:
        yield failure
    finally:
        failure.clear()


# ------------------------------------------------------------- the sentences
def _real_full(folder: Path) -> sqlite3.Error:
    connection = sqlite3.connect(folder / "full.sqlite3")
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.commit()
    # No page may be added: what a full disk does to the next write that needs one.
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    try:
        connection.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    except sqlite3.Error as error:
        return error
    finally:
        connection.close()
    raise AssertionError("the write did not fail")


def _real_read_only(folder: Path) -> sqlite3.Error:
    path = folder / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("INSERT INTO t VALUES (1)")
    except sqlite3.Error as error:
        return error
    finally:
        connection.close()
    raise AssertionError("the write did not fail")


def _real_locked(folder: Path) -> sqlite3.Error:
    path = folder / "locked.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0.05)
    try:
        other.execute("INSERT INTO t VALUES (1)")
    except sqlite3.Error as error:
        return error
    finally:
        other.close()
        holder.close()
    raise AssertionError("the write did not fail")


@pytest.mark.parametrize(
    ("make", "cause"),
    [(_real_full, DISK_FULL), (_real_read_only, READ_ONLY), (_real_locked, LOCKED)],
)
def test_each_real_sqlite_failure_gets_its_own_sentence(
    tmp_path: Path, make: Any, cause: str
) -> None:
    error = make(tmp_path)
    assert failure_cause(error) == cause
    journal = tmp_path / "data" / "journal.sqlite3"
    message = str(write_failure(error, journal))
    assert message.startswith("Could not save to the journal: ") and SAID[cause] in message
    assert message.endswith(".") and str(error) not in message  # words, not SQLite's codes
    if cause != LOCKED:
        assert str(journal.parent) in message  # where: the folder to free or unlock


def test_an_unknown_failure_still_says_what_the_database_reported() -> None:
    message = str(write_failure(sqlite3.OperationalError("no such savepoint: x")))
    assert message == "Could not save to the journal: the database reported: no such savepoint: x."


# ------------------------------------------------------------ the storage layer
@pytest.mark.parametrize("cause", CAUSES)
def test_a_failed_write_is_a_clear_error_and_leaves_nothing_half_written(
    journal: Journal, cause: str
) -> None:
    services = Services.over(journal)
    company = services.research.add_company("Acme")
    before = (journal.count(ResearchNote), journal.count(Company))
    with failing(journal, cause), pytest.raises(JournalWriteError) as refused:
        services.research.add_note(company.id, "values", title="Calm", body="No crunch 🚀")
    assert SAID[cause] in str(refused.value)
    assert (journal.count(ResearchNote), journal.count(Company)) == before
    services.research.add_note(company.id, "values", title="Calm", body="No crunch 🚀")
    assert journal.count(ResearchNote) == before[0] + 1


def test_a_write_failing_half_way_keeps_none_of_it(journal: Journal) -> None:
    # The live session's round is written first, then its timeline event: the second
    # failing must take the first back with it.
    services = Services.over(journal)
    with failing(journal, DISK_FULL, table="timeline_event") as failure:
        with pytest.raises(JournalWriteError, match="disk is full"):
            services.live.start(company_name="Acme")
        assert failure.refused >= 1
    assert journal.count(InterviewRound) == 0


def _modes_enforced(folder: Path) -> bool:
    """False for root (or CAP_DAC_OVERRIDE), which writes through file modes."""
    probe = folder / "probe"
    probe.write_text("")
    probe.chmod(0o400)
    try:
        probe.open("w").close()
    except PermissionError:
        return True
    return False


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_really_read_only_folder_is_a_clear_error(data_dir: Path, tmp_path: Path) -> None:
    if not _modes_enforced(tmp_path):
        pytest.skip("root writes through file modes (run without CAP_DAC_OVERRIDE to test)")
    paths = DataPaths(data_dir).prepare()
    journal = Journal.open(paths)
    services = Services.over(journal)
    services.research.add_company("Acme")
    journal.engine.dispose()  # the next write opens the file anew, as after a restart
    for side in ("-wal", "-shm"):
        paths.journal.with_name(paths.journal.name + side).unlink(missing_ok=True)
    paths.journal.chmod(0o400)
    paths.root.chmod(0o500)
    try:
        with pytest.raises(JournalWriteError) as refused:
            services.research.add_company("Birch")
        assert "read-only" in str(refused.value) or "cannot be reached" in str(refused.value)
    finally:
        paths.root.chmod(0o700)
        paths.journal.chmod(0o600)
        journal.close()


# ------------------------------------------------------------------ the live pad
def _live(qtbot: QtBot, services: Services) -> tuple[MessageWindow, LiveView]:
    view = LiveView()
    host = shown_window(qtbot, view, (1000, 700))
    view.attach(services)
    return host, view


def _saved_lines(services: Services) -> list[str]:
    [interview] = services.journal.records(InterviewRound)
    return [line.text for line in services.live.lines(interview.id)]


@pytest.mark.parametrize("cause", CAUSES)
def test_the_live_pad_keeps_typing_through_a_failure_and_saves_it_after(
    qtbot: QtBot, services: Services, cause: str
) -> None:
    host, view = _live(qtbot, services)
    view.start_quick("Acme", "second")
    state = view.findChild(QLabel, "liveSaveState")
    assert state is not None
    qtbot.keyClicks(view.pad, "before")
    assert view.flush()
    typed = "Q: how do you plan — «خطة» 🚀 'x'; DROP TABLE note_line;--"
    with failing(services.journal, cause):
        qtbot.keyClick(view.pad, Qt.Key.Key_Return)
        qtbot.keyClicks(view.pad, "Q: how do you plan")
        view.pad.insertPlainText(typed.removeprefix("Q: how do you plan"))  # not ASCII keys
        qtbot.waitUntil(lambda: state.text() == "Not saved yet — retrying", timeout=10_000)
        # Told once, in the message bar, why and that nothing typed is lost.
        qtbot.waitUntil(lambda: bool(host.errors), timeout=5_000)
        assert SAID[cause] in host.errors[-1] and "stay in the pad" in host.errors[-1]
        assert not view.flush(0.2)
        assert view.pad.toPlainText() == f"before\n{typed}"
        assert _saved_lines(services) == ["before"]
        qtbot.keyClick(view.pad, Qt.Key.Key_Return)
        qtbot.keyClicks(view.pad, "after")  # typing goes on meanwhile
    # Cleared: the writer's next retry saves it all, nobody retypes anything.
    qtbot.waitUntil(lambda: _saved_lines(services) == ["before", typed, "after"], timeout=10_000)
    qtbot.waitUntil(lambda: state.text() == "Saved", timeout=5_000)
    assert len(host.errors) == 1  # not repeated on every retry
    with qtbot.waitSignal(view.session_ended):
        view.end_session()


# ------------------------------------------------------------ research and forms
@pytest.fixture
def research(qtbot: QtBot, services: Services) -> tuple[MessageWindow, ResearchView]:
    view = ResearchView()
    host = shown_window(qtbot, view, (1100, 700))
    view.attach(services)
    return host, view


@pytest.mark.parametrize("cause", CAUSES)
def test_a_research_note_that_cannot_be_saved_stays_in_the_editor(
    qtbot: QtBot,
    services: Services,
    research: tuple[MessageWindow, ResearchView],
    cause: str,
) -> None:
    host, view = research
    company = services.research.add_company("Acme")
    view.refresh()
    view.select_company(company.id)
    editor = view.page.editor
    view.page.new_note()
    qtbot.keyClicks(editor.title, "What they value")
    body = 'Craft over speed.\nשלום — "quoted" 🚀'
    editor.body.setPlainText(body)
    with failing(services.journal, cause):
        assert not view.page.save_note()
        assert SAID[cause] in host.errors[-1]
        assert (editor.title.text(), editor.body.toPlainText()) == ("What they value", body)
        assert editor.is_dirty
        assert services.research.notes(company.id) == []
    assert view.page.save_note()  # the same text, saved once the failure is gone
    [note] = services.research.notes(company.id)
    assert (note.title, note.body) == ("What they value", body)


@pytest.mark.parametrize("cause", CAUSES)
def test_a_new_company_that_cannot_be_saved_stays_in_its_field(
    qtbot: QtBot,
    services: Services,
    research: tuple[MessageWindow, ResearchView],
    cause: str,
) -> None:
    host, view = research
    view.prompt_new_company()
    qtbot.keyClicks(view.new_company_name, "Caf")
    view.new_company_name.insert("é Nordlicht")  # QTest types ASCII keys only
    with failing(services.journal, cause):
        qtbot.keyClick(view.new_company_name, Qt.Key.Key_Return)
        assert SAID[cause] in host.errors[-1]
        assert view.new_company_name.isVisible()
        assert view.new_company_name.text() == "Café Nordlicht"
        assert services.journal.count(Company) == 0
    qtbot.keyClick(view.new_company_name, Qt.Key.Key_Return)
    assert [c.company.name for c in services.research.companies()] == ["Café Nordlicht"]
