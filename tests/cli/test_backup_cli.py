"""`interview-journal backup` and `restore FILE` as a user runs them: real subprocesses."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from tests.cli.test_cli import run


def export(folder: Path, target: Path) -> dict[str, object]:
    result = run("export", "--format", "json", "-o", str(target), data_dir=folder)
    assert result.returncode == 0, result.stderr
    tables: dict[str, object] = json.loads(target.read_text(encoding="utf-8"))["tables"]
    return tables


def test_backup_delete_restore_everything_is_back(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    assert run("sample", data_dir=folder).returncode == 0
    before = export(folder, tmp_path / "before.json")

    result = run("backup", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    copy = Path(result.stdout.split(" to ", 1)[1].strip())
    assert copy.parent == folder / "backups" and copy.exists()
    if os.name == "posix":
        assert copy.stat().st_mode & 0o777 == 0o600

    for name in ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"):
        (folder / name).unlink(missing_ok=True)
    result = run("restore", str(copy), data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("restored ") and len(result.stdout.splitlines()) == 1
    assert export(folder, tmp_path / "after.json") == before


def test_restore_names_the_safety_copy(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    assert run("sample", data_dir=folder).returncode == 0
    copy = Path(run("backup", data_dir=folder).stdout.split(" to ", 1)[1].strip())
    result = run("restore", str(copy), data_dir=folder)
    assert result.returncode == 0, result.stderr
    safety = Path(result.stdout.rsplit(" kept at ", 1)[1].strip())
    assert safety.name.startswith("before-restore-") and safety.exists()


def test_backup_without_a_journal_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "nothing"
    result = run("backup", data_dir=folder)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "no journal" in result.stderr
    assert not folder.exists()


def test_restore_refuses_bad_files_with_one_line_and_no_change(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    assert run("check", data_dir=folder).returncode == 0
    journal = folder / "journal.sqlite3"
    before = journal.read_bytes()
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t(x)")
    connection.close()
    noise = tmp_path / "noise.sqlite3"
    noise.write_bytes(os.urandom(4096))
    cases = {
        tmp_path / "missing.sqlite3": "no file",
        noise: "not an Interview Journal",
        foreign: "another program",
    }
    for source, expected in cases.items():
        result = run("restore", str(source), data_dir=folder)
        assert result.returncode == 1, source
        assert len(result.stderr.strip().splitlines()) == 1 and expected in result.stderr
        assert journal.read_bytes() == before
        assert list((folder / "backups").iterdir()) == []


def test_restore_needs_a_file_argument(tmp_path: Path) -> None:
    result = run("restore", data_dir=tmp_path / "d")
    assert result.returncode == 2 and "FILE" in result.stderr
