from __future__ import annotations

from pathlib import Path

from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal


def _pragma(journal: Journal, name: str) -> object:
    with journal.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()


def test_file_journal_uses_wal_full_sync_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    journal = Journal.open(DataPaths(tmp_path / "d"))
    try:
        assert _pragma(journal, "journal_mode") == "wal"
        assert _pragma(journal, "synchronous") == 2  # FULL
        assert _pragma(journal, "foreign_keys") == 1
        assert _pragma(journal, "busy_timeout") == 5000
    finally:
        journal.close()


def test_memory_journal_enforces_foreign_keys(journal: Journal) -> None:
    assert _pragma(journal, "foreign_keys") == 1


def test_data_folder_is_private_and_files_owner_only(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "private")
    Journal.open(paths).close()
    assert paths.root.stat().st_mode & 0o777 == 0o700
    for path in paths.root.iterdir():
        expected = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == expected, path
