"""`interview-journal export` in every format, as a user runs it (a subprocess, no display)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import icalendar
import pytest

from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Company
from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export-cli") / "data"
    result = run("sample", "--size", "small", data_dir=folder)
    assert result.returncode == 0, result.stderr
    return folder


def _company_names(folder: Path) -> list[str]:
    journal = Journal.open(DataPaths(folder))
    try:
        return sorted(company.name for company in journal.records(Company))
    finally:
        journal.close()


def test_markdown_of_the_whole_journal_names_every_company(sample_folder: Path) -> None:
    result = run("export", "--format", "markdown", data_dir=sample_folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Interview Journal")
    for name in _company_names(sample_folder):
        assert name in result.stdout


def test_markdown_of_one_company_by_name_in_any_case(sample_folder: Path) -> None:
    name = _company_names(sample_folder)[0]
    others = _company_names(sample_folder)[1:]
    result = run(
        "export", "--format", "markdown", "--company", name.upper(), data_dir=sample_folder
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"# {name}")
    assert not any(f"# {other}\n" in result.stdout for other in others)


def test_an_unknown_company_is_one_clear_line(sample_folder: Path) -> None:
    result = run(
        "export", "--format", "markdown", "--company", "Nobody Ltd", data_dir=sample_folder
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "interview-journal: no company is named 'Nobody Ltd'"


def test_csv_of_applications_and_contacts(sample_folder: Path, tmp_path: Path) -> None:
    result = run("export", "--format", "csv", data_dir=sample_folder)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert rows[0][:2] == ["Company", "Role"] and len(rows) > 5
    target = tmp_path / "people.csv"
    result = run(
        "export", "--format", "csv", "--what", "contacts", "-o", str(target), data_dir=sample_folder
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("exported ") and str(target) in result.stdout
    header = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Name,")


def test_calendar_parses_back_with_one_event_per_scheduled_round(
    sample_folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "rounds.ics"
    result = run("export", "--format", "ics", "-o", str(target), data_dir=sample_folder)
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = [part for part in calendar.walk("VEVENT")]
    assert events and all(event.get("UID") for event in events)


def test_pdf_of_the_latest_interview_without_a_display(sample_folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "interview.pdf"
    result = run(
        "export", "--format", "pdf", "--round", "latest", "-o", str(target), data_dir=sample_folder
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-") and target.stat().st_size > 2_000


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--format", "pdf", "--round", "latest"), "give -o FILE.pdf"),
        (("--format", "pdf", "-o", "x.pdf"), "give --round"),
        (("--format", "csv", "--company", "Acme"), "--company goes with --format markdown"),
        (("--format", "json", "--round", "latest"), "--round goes with"),
        (("--format", "markdown", "--round", "no-such-id"), "interview"),
    ],
)
def test_mismatched_options_are_refused_in_one_line(
    sample_folder: Path, tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    result = run("export", *args, data_dir=sample_folder)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()
