from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlmodel import SQLModel

from interview_journal.paths import DataPaths
from interview_journal.storage import migrations
from interview_journal.storage.backup import BEFORE_SCHEMA, list_backups
from interview_journal.storage.errors import JournalTooNewError, NotAJournalError
from interview_journal.storage.journal import Journal
from interview_journal.storage.search import build_match_query
from interview_journal.storage.tables import Company, NoteLine

FIXTURES = Path(__file__).parent.parent / "data"
# A made-up step after the real ones, to test how any upgrade behaves.
NEXT_VERSION = migrations.LATEST_VERSION + 1
# Every schema a released journal may still be at; each has a journal under tests/data.
EARLIER_VERSIONS = list(range(1, migrations.LATEST_VERSION))


def _fixture(version: int) -> Path:
    return FIXTURES / f"journal-schema-{version}.sqlite3"


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


def _copy_fixture(tmp_path: Path, version: int = 1) -> DataPaths:
    paths = DataPaths(tmp_path / "old")
    paths.root.mkdir()
    shutil.copy(_fixture(version), paths.journal)
    return paths


def _read_only(path: Path) -> sqlite3.Connection:
    # immutable: reading a kept fixture must not leave -wal/-shm files beside it
    # (https://www.sqlite.org/uri.html#uriimmutable); only right when no -wal holds
    # part of the database.
    assert not path.with_name(path.name + "-wal").exists(), path
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)


Dump = dict[str, tuple[list[str], list[tuple[object, ...]]]]


def _dump(path: Path) -> Dump:
    """Every row of every real table (FTS5 shadow tables included), read with plain
    sqlite3: table -> (column names, rows in a fixed order)."""
    connection = _read_only(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        dumped: Dump = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [str(column[0]) for column in cursor.description]
            dumped[table] = (columns, sorted(cursor.fetchall(), key=repr))
        return dumped
    finally:
        connection.close()


# ------------------------------------------------------ a journal of every old schema
def test_a_journal_of_every_earlier_schema_is_kept() -> None:
    """Adding migration N + 1 needs tests/data/journal-schema-N.sqlite3 first: a journal
    with realistic records written at schema N (e.g. ``interview-journal sample`` run by
    the code before the new migration), so the upgrade from N is proven on real data."""
    assert [m.VERSION for m in migrations.MIGRATIONS] == list(
        range(1, migrations.LATEST_VERSION + 1)
    ), "migrations are numbered 1, 2, 3, ... with no gap"
    missing = [_fixture(v).name for v in EARLIER_VERSIONS if not _fixture(v).exists()]
    assert not missing, f"add a journal of each earlier schema under tests/data: {missing}"
    for version in EARLIER_VERSIONS:
        connection = _read_only(_fixture(version))
        try:
            application_id, user_version, _ = migrations.read_version(connection)
            companies = connection.execute("SELECT count(*) FROM company").fetchone()[0]
            lines = connection.execute("SELECT count(*) FROM note_line").fetchone()[0]
        finally:
            connection.close()
        assert (application_id, user_version) == (migrations.APPLICATION_ID, version)
        assert companies > 0 and lines > 0, f"{_fixture(version).name} holds no records"


def _is_derived(table: str) -> bool:
    # The full-text index (search_doc and the FTS5 shadow tables) is derived from the
    # records; a migration may rebuild it. It is checked by its own integrity-check
    # (Journal.integrity_problems) and by a search instead.
    return table.startswith("search_")


@pytest.mark.parametrize("version", EARLIER_VERSIONS)
def test_upgrade_keeps_every_row_of_every_table(tmp_path: Path, version: int) -> None:
    paths = _copy_fixture(tmp_path, version)
    before = _dump(paths.journal)
    columns, lines = before["note_line"]
    longest = max(lines, key=lambda row: len(str(row[columns.index("text")])))
    journal = Journal.open(paths)
    try:
        assert journal.schema_version() == migrations.LATEST_VERSION
        assert journal.integrity_problems() == []
        # An old line is still found by its words.
        query = build_match_query(str(longest[columns.index("text")]))
        assert query is not None
        hits = journal.search(query, 500, tables=["note_line"])
        assert longest[columns.index("id")] in {hit.source_id for hit in hits}
    finally:
        journal.close()
    after = _dump(paths.journal)
    connection = sqlite3.connect(paths.journal)
    try:
        for table, (columns, rows) in before.items():
            assert table in after, f"{table} was lost"
            if _is_derived(table):
                continue
            new_columns, new_rows = after[table]
            assert set(columns) <= set(new_columns), table
            # Every row, with the value of every old column unchanged.
            kept = sorted(
                (tuple(row[new_columns.index(c)] for c in columns) for row in new_rows),
                key=repr,
            )
            assert kept == rows, f"rows of {table} changed"
            # A column a migration added holds its declared default in every old row.
            declared = {
                name: default
                for _, name, _, _, default, _ in connection.execute(f'PRAGMA table_info("{table}")')
            }
            for column in set(new_columns) - set(columns):
                expected = connection.execute(f"SELECT {declared[column]}").fetchone()[0]
                values = {row[new_columns.index(column)] for row in new_rows}
                assert values <= {expected}, (table, column, values)
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("journal_mode", "rewritten"),
    [
        # As kept under tests/data: the copy is the original, byte for byte.
        ("delete", set()),
        # As the app leaves a journal (WAL): the copy is made a self-contained
        # rollback-journal file (storage/backup.py), which rewrites the header's
        # read/write version bytes (offsets 18-19), its change counter (24-27) and
        # "version-valid-for" (92-95): https://www.sqlite.org/fileformat2.html#the_database_header
        ("wal", {18, 19, 24, 25, 26, 27, 92, 93, 94, 95}),
    ],
)
def test_upgrade_first_keeps_a_whole_copy_of_the_journal_as_it_was(
    tmp_path: Path, journal_mode: str, rewritten: set[int]
) -> None:
    paths = _copy_fixture(tmp_path)
    connection = sqlite3.connect(paths.journal)
    assert connection.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()[0] == (
        journal_mode
    )
    connection.close()
    original = paths.journal.read_bytes()
    rows = _dump(paths.journal)

    journal = Journal.open(paths)
    result = journal.migration
    journal.close()
    assert result is not None and result.from_version == 1
    copy = result.backup
    assert copy is not None
    assert copy.parent == paths.backups
    assert copy.name.startswith(f"before-schema-{migrations.LATEST_VERSION}-")
    # The backups list offers it (to restore from), and nothing half-written beside it.
    listed = list_backups(paths)
    assert [(info.path, info.reason) for info in listed] == [(copy, BEFORE_SCHEMA)]
    assert sorted(path.name for path in paths.backups.iterdir()) == [copy.name]
    if os.name == "posix":
        assert copy.stat().st_mode & 0o777 == 0o600

    copied = copy.read_bytes()
    assert len(copied) == len(original)
    differing = {i for i in range(100) if copied[i] != original[i]}
    assert differing <= rewritten
    assert copied[100:] == original[100:], "every page after the header is the original"
    assert _dump(copy) == rows


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


def _newer_journal(tmp_path: Path, journal_mode: str) -> DataPaths:
    """A journal as a later version would leave it: schema LATEST + 1, closed cleanly."""
    paths = _copy_fixture(tmp_path)
    connection = sqlite3.connect(paths.journal)
    assert connection.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()[0] == (
        journal_mode
    )
    connection.execute(f"PRAGMA user_version = {NEXT_VERSION}")
    connection.close()
    return paths


def _files(paths: DataPaths) -> dict[str, str]:
    """The journal, any file beside it (-wal, -shm, -journal) and any backup, with the
    SHA-256 of their bytes."""
    found = [*paths.root.glob(f"{paths.journal.name}*"), *paths.backups.glob("*")]
    return {
        str(path.relative_to(paths.root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(found)
    }


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_newer_journal_is_refused_and_left_byte_for_byte(tmp_path: Path, journal_mode: str) -> None:
    paths = _newer_journal(tmp_path, journal_mode)
    before = _files(paths)
    assert list(before) == ["journal.sqlite3"]
    with pytest.raises(JournalTooNewError) as refused:
        Journal.open(paths)
    message = str(refused.value)
    assert "newer version of Interview Journal" in message
    assert f"schema {NEXT_VERSION}" in message and str(migrations.LATEST_VERSION) in message
    assert "unchanged" in message
    # The same bytes, and no -wal or -shm (nor a safety copy) beside it.
    assert _files(paths) == before


def test_check_command_refuses_a_newer_journal_in_one_line(tmp_path: Path) -> None:
    paths = _newer_journal(tmp_path, "wal")
    before = _files(paths)
    result = subprocess.run(
        [sys.executable, "-m", "interview_journal", "--data-dir", str(paths.root), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "newer version of Interview Journal" in result.stderr
    assert _files(paths) == before


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
