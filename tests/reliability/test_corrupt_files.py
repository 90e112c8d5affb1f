"""Issue 8, point 3: a corrupt or foreign journal file is explained, never written over,
and the latest backup is offered in its place.

Five damaged files stand in for what happens to real ones: cut in half (a copy that
stopped), random bytes, another program's SQLite database, an empty file (while backups
exist), and a journal whose header is fine but whose middle pages are overwritten. For
each, the file's size and sha256 and the files beside it (no new ``-wal``/``-shm``) are
the same before and after the app, or ``interview-journal check``, looked at it.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from interview_journal import cli
from interview_journal.core.sample import generate_sample
from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.storage.backup import backup_now, list_backups
from interview_journal.storage.engine import (
    inspect_journal_file,
    latest_restorable_backup,
    verify_journal_file,
)
from interview_journal.storage.errors import NotAJournalError
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Company
from interview_journal.ui.app import Application

PAGE = 4096
Fingerprint = dict[str, tuple[int, str]]


def fingerprint(root: Path) -> Fingerprint:
    """Size and sha256 of every file in the data folder (backups and logs apart)."""
    return {
        entry.name: (entry.stat().st_size, hashlib.sha256(entry.read_bytes()).hexdigest())
        for entry in sorted(root.iterdir())
        if entry.is_file() and entry.name != "ui-state.ini"
    }


@pytest.fixture(scope="module")
def real_journal(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a real journal: the small sample, closed cleanly (no -wal)."""
    paths = DataPaths(tmp_path_factory.mktemp("real") / "data").prepare()
    journal = Journal.open(paths)
    generate_sample(journal, "small")
    journal.close()
    assert not paths.journal.with_name("journal.sqlite3-wal").exists()
    return paths.journal.read_bytes()


def truncated(real: bytes) -> bytes:
    return real[: len(real) // 2]


def random_bytes(real: bytes) -> bytes:
    return random.Random(8).randbytes(len(real))


def foreign_database(_real: bytes) -> bytes:
    """A valid SQLite file of another program: its own table, no application id."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE expenses (day TEXT, amount REAL)")
    connection.execute("INSERT INTO expenses VALUES ('2026-03-02', 12.5)")
    connection.commit()
    return connection.serialize()


def empty(_real: bytes) -> bytes:
    return b""


def damaged_pages(real: bytes) -> bytes:
    """The header and first pages intact, four pages in the middle overwritten."""
    middle = (len(real) // PAGE // 2) * PAGE
    noise = random.Random(3).randbytes(4 * PAGE)
    return real[:middle] + noise + real[middle + 4 * PAGE :]


Damage = Callable[[bytes], bytes]
# (how the file is damaged, what the sentence names)
CASES: list[tuple[Damage, str]] = [
    (truncated, "is not an Interview Journal any more: it is cut short"),
    (random_bytes, "is not an Interview Journal any more: it does not start like a database"),
    (foreign_database, "is a database of another program, not an Interview Journal"),
    (empty, "is empty, although backups of your journal exist"),
    (damaged_pages, "is not an Interview Journal any more: it is damaged"),
]
IDS = [damage.__name__ for damage, _ in CASES]


def _journal_with_backup(paths: DataPaths, *names: str) -> Path:
    """A journal holding companies ``names`` and one manual backup of it."""
    journal = Journal.open(paths)
    services = Services.over(journal)
    for name in names:
        services.research.add_company(name)
    journal.close()
    return backup_now(paths)


def _damage(paths: DataPaths, content: bytes) -> None:
    paths.journal.write_bytes(content)
    for suffix in ("-wal", "-shm"):
        paths.journal.with_name(paths.journal.name + suffix).unlink(missing_ok=True)


# ------------------------------------------------------------------ the check
@pytest.mark.parametrize(("damage", "said"), CASES, ids=IDS)
def test_each_damaged_file_is_refused_with_a_reason_and_left_as_it_was(
    data_dir: Path, real_journal: bytes, damage: Damage, said: str
) -> None:
    paths = DataPaths(data_dir).prepare()
    _journal_with_backup(paths, "Acme")
    _damage(paths, damage(real_journal))
    before = fingerprint(paths.root)
    with pytest.raises(NotAJournalError) as refused:
        verify_journal_file(paths)
    assert said in str(refused.value)
    assert str(refused.value).endswith("Nothing was changed.")
    assert fingerprint(paths.root) == before


def test_the_damage_in_the_middle_is_found_only_by_reading_every_page(
    data_dir: Path, real_journal: bytes
) -> None:
    # Why the app runs quick_check before opening: header and schema read fine.
    path = data_dir / "journal.sqlite3"
    data_dir.mkdir()
    path.write_bytes(damaged_pages(real_journal))
    inspect_journal_file(path, thorough=False)
    with pytest.raises(NotAJournalError, match="damaged"):
        inspect_journal_file(path)


def test_an_empty_file_without_backups_becomes_a_new_journal(data_dir: Path) -> None:
    paths = DataPaths(data_dir).prepare()
    paths.journal.write_bytes(b"")
    verify_journal_file(paths)  # accepted: SQLite's "empty database", nothing to lose
    journal = Journal.open(paths)
    try:
        assert journal.schema_version() >= 1 and journal.count(Company) == 0
    finally:
        journal.close()


def test_a_healthy_journal_passes_and_gets_no_side_files(
    data_dir: Path, real_journal: bytes
) -> None:
    paths = DataPaths(data_dir).prepare()
    paths.journal.write_bytes(real_journal)
    before = fingerprint(paths.root)
    verify_journal_file(paths)
    # A plain read-only open of a WAL journal would have left -wal and -shm behind.
    assert fingerprint(paths.root) == before == {"journal.sqlite3": before["journal.sqlite3"]}


def test_a_journal_left_with_its_wal_by_a_crash_is_read_whole(
    data_dir: Path, tmp_path: Path
) -> None:
    # The header's page count is stale while pages wait in the -wal: not "cut short".
    paths = DataPaths(data_dir).prepare()
    journal = Journal.open(paths)
    generate_sample(journal, "small")  # under SQLite's 1,000-page autocheckpoint: in the -wal
    expected = journal.count(Company)
    crashed = DataPaths(tmp_path / "crashed").prepare()
    for suffix in ("", "-wal", "-shm"):  # the files as a kill would leave them
        source = paths.journal.with_name(paths.journal.name + suffix)
        crashed.journal.with_name(crashed.journal.name + suffix).write_bytes(source.read_bytes())
    verify_journal_file(paths)  # also while the app has it open
    journal.close()
    assert crashed.journal.with_name("journal.sqlite3-wal").stat().st_size > 0
    verify_journal_file(crashed)
    reopened = Journal.open(crashed)
    try:
        assert reopened.count(Company) == expected > 0
    finally:
        reopened.close()


def test_the_latest_whole_backup_is_offered_not_a_damaged_one(
    data_dir: Path, real_journal: bytes
) -> None:
    paths = DataPaths(data_dir).prepare()
    whole = _journal_with_backup(paths, "Acme")
    # A newer copy that is damaged (as the journal a restore kept aside can be).
    newer = paths.backups / "before-restore-29991231T235959Z.sqlite3"
    newer.write_bytes(damaged_pages(real_journal))
    assert list_backups(paths)[0].path == newer
    offered = latest_restorable_backup(paths)
    assert offered is not None and offered.path == whole


# ------------------------------------------------------------------ the command line
CLI_CASES = [
    pytest.param(
        damage,
        said,
        id=damage.__name__,
    )
    for damage, said in CASES
]


@pytest.mark.parametrize(("damage", "said"), CLI_CASES)
def test_check_reports_each_damaged_file_and_exits_non_zero(
    data_dir: Path,
    real_journal: bytes,
    damage: Damage,
    said: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = DataPaths(data_dir).prepare()
    _journal_with_backup(paths, "Acme")
    _damage(paths, damage(real_journal))
    before = fingerprint(paths.root)
    status = cli.main(["--data-dir", str(data_dir), "check"])
    err = capsys.readouterr().err
    assert status != 0
    assert err.startswith("interview-journal: ") and len(err.strip().splitlines()) == 1
    assert "not an Interview Journal" in err or said in err
    assert fingerprint(paths.root) == before


# ------------------------------------------------------------------ the window
def _failed(qtbot: QtBot, paths: DataPaths) -> Application:
    application = Application(paths, None, time.time())
    with qtbot.waitSignal(application.loader.failed, timeout=30_000):
        application.start()
    return application


def _companies(application: Application) -> list[str]:
    services = application.window.services
    assert services is not None
    return sorted(company.name for company in services.journal.records(Company))


@pytest.mark.parametrize(("damage", "said"), CASES, ids=IDS)
def test_the_window_explains_offers_the_backup_and_restores_it(
    qtbot: QtBot, data_dir: Path, real_journal: bytes, damage: Damage, said: str
) -> None:
    paths = DataPaths(data_dir).prepare()
    _journal_with_backup(paths, "Acme", "Café Nordlicht 🚀")
    damaged = damage(real_journal)
    _damage(paths, damaged)
    before = fingerprint(paths.root)

    application = _failed(qtbot, paths)
    window = application.window
    message = window.message_text()
    assert said in message and "Nothing was changed." in message
    assert "Your latest backup is from" in message
    assert fingerprint(paths.root) == before  # nothing written, no -wal, no -shm
    page = window.not_open_page
    assert page.isVisible() and window.isAncestorOf(page)
    assert page.restore_button.isVisible() and page.restore_button.text().startswith(
        "Restore the backup of "
    )

    with qtbot.waitSignal(application.loader.opened, timeout=30_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert _companies(application) == ["Acme", "Café Nordlicht 🚀"]
    assert window.message_text().startswith("Backup restored.")
    assert not page.isVisible()
    kept = [info.path for info in list_backups(paths) if info.reason == "before-restore"]
    if damaged:
        # The damaged file is kept aside whole. (Its header may differ in the journal
        # mode and change counter, which the restore sets while taking the file over.)
        assert len(kept) == 1 and kept[0].stat().st_size == len(damaged)
        assert kept[0].read_bytes()[100:] == damaged[100:]
        assert f"kept at {kept[0]}" in window.message_text()
    else:
        assert kept == []  # an empty file holds nothing to keep
    application.window.close()


def test_without_a_backup_the_window_says_so_and_where_to_choose_one(
    qtbot: QtBot, data_dir: Path, real_journal: bytes
) -> None:
    paths = DataPaths(data_dir).prepare()
    _damage(paths, damaged_pages(real_journal))
    before = fingerprint(paths.root)
    application = _failed(qtbot, paths)
    window = application.window
    message = window.message_text()
    assert "it is damaged" in message and "Nothing was changed." in message
    assert "No backup of your journal was found" in message
    assert "Journal ▸ Backups and restore…" in message
    page = window.not_open_page
    assert not page.restore_button.isVisible() and page.choose_button.isVisible()
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    dialog = window._backups_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    assert fingerprint(paths.root) == before
    window.close()


def test_an_empty_file_without_backups_opens_as_a_new_journal_in_the_window(
    qtbot: QtBot, data_dir: Path
) -> None:
    paths = DataPaths(data_dir).prepare()
    paths.journal.write_bytes(b"")
    application = Application(paths, None, time.time())
    with qtbot.waitSignal(application.loader.opened, timeout=30_000):
        application.start()
    assert _companies(application) == []
    assert paths.journal.stat().st_size > 0
    application.window.close()


def test_a_newer_journal_is_not_offered_a_restore(qtbot: QtBot, data_dir: Path) -> None:
    # Restoring an older backup is no cure for a journal from a newer version.
    paths = DataPaths(data_dir).prepare()
    _journal_with_backup(paths, "Acme")
    with sqlite3.connect(paths.journal) as connection:
        connection.execute("PRAGMA user_version = 999")
    connection.close()
    before = fingerprint(paths.root)
    application = _failed(qtbot, paths)
    message = application.window.message_text()
    assert "newer version" in message and "backup" not in message
    assert not application.window.not_open_page.restore_button.isVisible()
    assert fingerprint(paths.root) == before
    application.window.close()


def test_a_restore_that_fails_says_so_and_offers_the_next_backup(
    qtbot: QtBot, data_dir: Path, real_journal: bytes
) -> None:
    paths = DataPaths(data_dir).prepare()
    older = _journal_with_backup(paths, "Acme")
    newest = older.with_name("journal-29991231T235959Z-manual.sqlite3")
    newest.write_bytes(older.read_bytes())
    _damage(paths, random_bytes(real_journal))
    application = _failed(qtbot, paths)
    page = application.window.not_open_page
    newest.unlink()  # gone between the offer and the click (a sync tool, another window)
    with qtbot.waitSignal(application.loader.failed, timeout=30_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    message = application.window.message_text()
    assert message.startswith(f"There is no file at {newest}")
    assert "not an Interview Journal" in message  # and why the journal is still not open
    assert page.restore_button.isEnabled()  # the next backup, offered now
    with qtbot.waitSignal(application.loader.opened, timeout=30_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert _companies(application) == ["Acme"]
    application.window.close()
