"""The JSON export: every table, lossless, atomic."""

from __future__ import annotations

import io
import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import SQLModel

from interview_journal import __version__
from interview_journal.core.export import export_json, export_json_to_stream
from interview_journal.core.sample import generate_sample
from interview_journal.storage.errors import JournalWriteError
from interview_journal.storage.journal import Journal, Snapshot
from interview_journal.storage.tables import DOMAIN_TABLES, Company, Offer

TRICKY_NAME = "Zoë's \"Café\" 🚀 — שלום עולם'); DROP TABLE company; --"


def _decode(model: type[SQLModel], row: dict[str, Any]) -> dict[str, Any]:
    """Turn an exported row back into column values, using the column types."""
    decoded = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        value = row[column.name]
        python_type = getattr(column.type, "impl", column.type).python_type
        if value is not None and python_type in (datetime, date):
            value = python_type.fromisoformat(value)
        decoded[column.name] = value
    return decoded


@pytest.fixture
def sampled(journal: Journal) -> Journal:
    generate_sample(journal, "small")
    return journal


def test_export_holds_every_table_with_its_row_count(sampled: Journal, tmp_path: Path):
    summary = export_json(sampled, tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    expected = {m.__tablename__: sampled.count(m) for m in DOMAIN_TABLES}
    assert list(data["tables"]) == list(expected)
    assert {name: len(rows) for name, rows in data["tables"].items()} == expected
    assert summary.rows_per_table == expected
    assert summary.bytes == (tmp_path / "out.json").stat().st_size


def test_export_header_names_format_and_versions(journal: Journal):
    stream = io.StringIO()
    export_json_to_stream(journal, stream)
    data = json.loads(stream.getvalue())
    assert data["format"] == "interview-journal"
    assert data["format_version"] == 1
    assert data["schema_version"] == journal.schema_version()
    assert data["app_version"] == __version__
    assert datetime.fromisoformat(data["exported_at"]).utcoffset() is not None
    assert all(rows == [] for rows in data["tables"].values())


def test_every_value_comes_back_identical(sampled: Journal):
    stream = io.StringIO()
    export_json_to_stream(sampled, stream)
    tables = json.loads(stream.getvalue())["tables"]
    for model in DOMAIN_TABLES:
        exported = [_decode(model, row) for row in tables[model.__tablename__]]
        assert exported == list(sampled.iter_table_rows(model)), model.__tablename__


def test_tricky_text_round_trips(journal: Journal, tmp_path: Path):
    company = journal.add(Company(name=TRICKY_NAME, summary="line one\nline\ttwo \\ end"))
    journal.add(Offer(application_id=_application_of(journal, company.id), base_salary=0.1))
    export_json(journal, tmp_path / "out.json")
    tables = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["tables"]
    (row,) = tables["company"]
    assert _decode(Company, row) == next(iter(journal.iter_table_rows(Company)))
    assert row["name"] == TRICKY_NAME
    assert tables["offer"][0]["base_salary"] == 0.1


def _application_of(journal: Journal, company_id: str) -> str:
    from interview_journal.storage.tables import Application

    return journal.add(Application(company_id=company_id)).id


def test_export_file_is_private_and_leaves_no_temporary_file(journal: Journal, tmp_path: Path):
    target = tmp_path / "out.json"
    export_json(journal, target)
    assert os.listdir(tmp_path) == ["out.json"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_missing_folder_is_a_one_sentence_error(journal: Journal, tmp_path: Path):
    with pytest.raises(JournalWriteError, match=r"does not exist\.$"):
        export_json(journal, tmp_path / "nowhere" / "out.json")
    assert os.listdir(tmp_path) == []


def test_failure_mid_write_keeps_the_previous_file(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "out.json"
    target.write_text("previous export", encoding="utf-8")

    def disk_full(self: Snapshot, model: type) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Snapshot, "rows", disk_full)
    with pytest.raises(JournalWriteError, match="disk is full"):
        export_json(journal, target)
    assert os.listdir(tmp_path) == ["out.json"]
    assert target.read_text(encoding="utf-8") == "previous export"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_folder_is_refused(journal: Journal, tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(JournalWriteError, match="read-only"):
        export_json(journal, folder / "out.json")
    assert os.listdir(folder) == []


def test_permission_denied_names_the_folder(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def refuse(**_: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("interview_journal.core.export.tempfile.mkstemp", refuse)
    with pytest.raises(JournalWriteError, match=r"^Could not write the export to out\.json: "):
        export_json(journal, tmp_path / "out.json")
    assert os.listdir(tmp_path) == []
