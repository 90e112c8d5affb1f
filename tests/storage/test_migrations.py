from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlmodel import SQLModel

from interview_journal.paths import DataPaths
from interview_journal.storage import migrations
from interview_journal.storage.errors import JournalTooNewError, NotAJournalError
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Company, NoteLine

FIXTURES = Path(__file__).parent.parent / "data"
# A made-up step after the real ones, to test how any upgrade behaves.
NEXT_VERSION = migrations.LATEST_VERSION + 1


def _columns(connection: sqlite3.Connection, table: str) -> dict[str, tuple[str, bool]]:
    rows = connection.execute(f"PRAGMA table_info({table})").fetchall()
    return {row[1]: (row[2], bool(row[3])) for row in rows}


def test_migrated_schema_matches_the_table_classes(tmp_path: Path) -> None:
    Journal.open(DataPaths(tmp_path / "d")).close()
    connection = sqlite3.connect(tmp_path / "d" / "journal.sqlite3")
    for table in SQLModel.metadata.sorted_tables:
        on_disk = _columns(connection, table.name)
        assert set(on_disk) == {column.name for column in table.columns}, table.name
        for column in table.columns:
            assert on_disk[column.name][1] == (not column.nullable), (table.name, column.name)
    connection.close()


def _copy_fixture(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "old")
    paths.root.mkdir()
    shutil.copy(FIXTURES / "journal-schema-1.sqlite3", paths.journal)
    return paths


def test_journal_of_schema_1_opens_with_every_record(tmp_path: Path) -> None:
    journal = Journal.open(_copy_fixture(tmp_path))
    try:
        assert journal.count(Company) == 8
        assert journal.count(NoteLine) > 100
        assert journal.integrity_problems() == []
    finally:
        journal.close()


def _fake_next_version(monkeypatch: pytest.MonkeyPatch, sql: str) -> None:
    step = SimpleNamespace(VERSION=NEXT_VERSION, DESCRIPTION="test step", STATEMENTS_SQL=sql)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, step))
    monkeypatch.setattr(migrations, "LATEST_VERSION", NEXT_VERSION)


def test_upgrade_copies_the_journal_first_and_keeps_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _copy_fixture(tmp_path)
    _fake_next_version(
        monkeypatch, "ALTER TABLE company ADD COLUMN motto VARCHAR NOT NULL DEFAULT '';"
    )
    journal = Journal.open(paths)
    assert journal.schema_version() == NEXT_VERSION
    assert journal.count(Company) == 8
    journal.close()
    copies = list(paths.backups.glob(f"before-schema-{NEXT_VERSION}-*.sqlite3"))
    assert len(copies) == 1
    assert sqlite3.connect(copies[0]).execute("PRAGMA user_version").fetchone()[0] == 1


def test_failed_upgrade_leaves_the_journal_at_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _copy_fixture(tmp_path)
    _fake_next_version(monkeypatch, "ALTER TABLE company ADD COLUMN a VARCHAR;\nTHIS IS NOT SQL;")
    with pytest.raises(NotAJournalError):
        Journal.open(paths)
    connection = sqlite3.connect(paths.journal)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "a" not in _columns(connection, "company")


def test_newer_journal_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    paths = _copy_fixture(tmp_path)
    connection = sqlite3.connect(paths.journal)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    connection.close()
    before = paths.journal.read_bytes()
    with pytest.raises(JournalTooNewError, match="newer version"):
        Journal.open(paths)
    assert paths.journal.read_bytes() == before


def test_other_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "foreign")
    paths.root.mkdir()
    connection = sqlite3.connect(paths.journal)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    before = paths.journal.read_bytes()
    with pytest.raises(NotAJournalError, match="another program"):
        Journal.open(paths)
    assert paths.journal.read_bytes() == before


def test_random_bytes_are_refused_untouched(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "noise")
    paths.root.mkdir()
    paths.journal.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(NotAJournalError, match="not an Interview Journal"):
        Journal.open(paths)
    assert paths.journal.read_bytes() == bytes(range(256)) * 40


def test_statement_splitter_keeps_trigger_bodies_whole() -> None:
    script = (
        "CREATE TABLE t (a);\n"
        "CREATE TRIGGER x AFTER INSERT ON t BEGIN\n SELECT 1;\n SELECT 2;\nEND;\n"
    )
    assert len(list(migrations.split_statements(script))) == 2


def test_schema_1_journal_gains_offer_location_and_indexes_it(tmp_path: Path) -> None:
    journal = Journal.open(_copy_fixture(tmp_path))
    try:
        assert journal.schema_version() == migrations.LATEST_VERSION
        from interview_journal.storage.search import build_match_query
        from interview_journal.storage.tables import Offer

        offers = journal.records(Offer)
        assert offers, "the fixture holds offers"
        assert all(offer.location == "" for offer in offers)
        journal.update(Offer, offers[0].id, location="Hybrid in Zzyzxville")
        query = build_match_query("Zzyzxville")
        assert query is not None
        hits = journal.search(query)
        assert [(hit.source_table, hit.source_id) for hit in hits] == [("offer", offers[0].id)]
        assert journal.integrity_problems() == []
    finally:
        journal.close()
