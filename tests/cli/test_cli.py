"""The console script as a user runs it: a real subprocess, no display."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from interview_journal import __version__
from interview_journal.storage.migrations import LATEST_VERSION
from interview_journal.storage.tables import DOMAIN_TABLES


def run(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "interview_journal"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    return subprocess.run(
        [*command, *args], check=False, capture_output=True, text=True, timeout=180, env=env
    )


def test_version() -> None:
    assert run("--version").stdout.strip() == f"interview-journal {__version__}"


def test_check_creates_a_private_journal(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    result = run("check", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok:") and len(result.stdout.splitlines()) == 1
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "journal.sqlite3").stat().st_mode & 0o777 == 0o600


def test_data_dir_also_comes_from_the_environment(data_dir: Path) -> None:
    assert run("check").returncode == 0
    assert (data_dir / "journal.sqlite3").exists()


def test_check_refuses_random_bytes_with_one_line_and_no_change(tmp_path: Path) -> None:
    folder = tmp_path / "noise"
    folder.mkdir()
    noise = os.urandom(64 * 1024)
    (folder / "journal.sqlite3").write_bytes(noise)
    result = run("check", data_dir=folder)
    assert result.returncode != 0
    assert (
        len(result.stderr.strip().splitlines()) == 1 and "not an Interview Journal" in result.stderr
    )
    assert (folder / "journal.sqlite3").read_bytes() == noise


def test_newer_journal_is_refused_by_every_command(tmp_path: Path) -> None:
    folder = tmp_path / "future"
    assert run("check", data_dir=folder).returncode == 0
    with sqlite3.connect(folder / "journal.sqlite3") as connection:
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = (folder / "journal.sqlite3").read_bytes()
    for args in (
        ("check",),
        ("export", "--format", "json"),
        ("sample",),
        ("search", "x"),
        ("backup",),
    ):
        result = run(*args, data_dir=folder)
        assert result.returncode == 1 and "newer version" in result.stderr, args
    assert (folder / "journal.sqlite3").read_bytes() == before


def test_sample_then_export_holds_every_table(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    assert run("sample", "--size", "small", data_dir=folder).returncode == 0
    target = tmp_path / "out.json"
    result = run("export", "--format", "json", "-o", str(target), data_dir=folder)
    assert result.returncode == 0, result.stderr
    tables = json.loads(target.read_text(encoding="utf-8"))["tables"]
    assert set(tables) == {model.__tablename__ for model in DOMAIN_TABLES}
    assert all(tables[name] for name in tables), "every table has rows in the sample"


def test_export_to_stdout_is_json(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    run("check", data_dir=folder)
    document = json.loads(run("export", data_dir=folder).stdout)
    assert document["format"] == "interview-journal"


def test_sample_refuses_a_journal_with_data(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    assert run("sample", data_dir=folder).returncode == 0
    second = run("sample", data_dir=folder)
    assert second.returncode == 1 and second.stderr.count("\n") == 1


def test_export_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    result = run("export", "-o", str(tmp_path / "nowhere" / "x.json"), data_dir=tmp_path / "d")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bad_arguments_exit_with_usage() -> None:
    assert run("sample", "--size", "enormous").returncode == 2


@pytest.mark.slow
def test_heavy_sample_then_export(heavy_journal_folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "heavy.json"
    result = run("export", "-o", str(target), data_dir=heavy_journal_folder)
    assert result.returncode == 0, result.stderr
    tables = json.loads(target.read_text(encoding="utf-8"))["tables"]
    assert len(tables["note_line"]) >= 100_000 and len(tables["timeline_event"]) >= 19_800
    assert len(tables["interview_round"]) == 3_000 and len(tables["company"]) == 300
    assert set(tables) == {model.__tablename__ for model in DOMAIN_TABLES}
