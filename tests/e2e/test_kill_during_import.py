"""SIGKILL `interview-journal import` while it writes: the journal gets all of it or none.

Each run imports into a fresh copy of the same empty journal. The import reads and plans
first, then writes everything in one transaction; a transaction that big spills pages
into the ``-wal`` before it commits, so the ``-wal`` growing is the sign the writing has
begun. The kill comes a seeded random moment later, anywhere up to the measured end of
the whole import (commit, checkpoint and exit included).
"""

from __future__ import annotations

import csv
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from interview_journal.core.export import export_json
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from tests.e2e.kill_harness import (
    cli,
    dump,
    file_size,
    fill_medium_sample,
    integrity,
    measure,
    row_counts,
    run,
    run_to_end,
)

KILLS = 5
# Long notes make a transaction big enough to spill into the -wal before its commit.
CSV_ROWS = 200
# Unicode, right-to-left text, emoji, quotes and SQL-looking words.
WORDS = (
    *("offer", "recruiter", "onsite", "take-home", "salary", "equity", "remote", "visa"),
    *("Grüße", "東京", "مرحبا", "שלום", "🚀", '"quoted"', "'single'", "%_", "\\", "NULL"),
    *("DROP TABLE company;", "--", "'); DELETE FROM application; --"),
)


@pytest.fixture(scope="module")
def empty_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose journal was created (and closed) but holds nothing yet."""
    folder = tmp_path_factory.mktemp("empty") / "data"
    Journal.open(DataPaths(folder)).close()
    return folder


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's own JSON export of a realistic journal of medium size."""
    folder = tmp_path_factory.mktemp("medium")
    journal = Journal.in_memory()
    try:
        fill_medium_sample(journal)
        export_json(journal, folder / "journal-export.json")
    finally:
        journal.close()
    return folder / "journal-export.json"


@pytest.fixture(scope="module")
def applications_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A spreadsheet of applications with long notes, saved as "CSV UTF-8" (with a BOM)."""
    path = tmp_path_factory.mktemp("csv") / "applications.csv"
    rng = random.Random(7)
    statuses = ("Applied", "Screening", "Rejected", "Offer", "Ghosted", "")
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["Company", "Role", "Status", "Date Applied", "Link", "Notes"])
        for number in range(CSV_ROWS):
            writer.writerow(
                [
                    f"Company {number:03d} “Ltd” 🚀",
                    f"Platform engineer, level {number % 5}",
                    statuses[number % len(statuses)],
                    f"2026-{1 + number % 9:02d}-{1 + number % 28:02d}",
                    f"https://jobs.example.com/{number}",
                    " ".join(rng.choice(WORDS) for _ in range(1_200)),
                ]
            )
    return path


@dataclass
class Tally:
    kills: int = 0
    attempts: int = 0
    nothing: int = 0  # killed before the commit: the journal as it was
    everything: int = 0  # killed after the commit: the whole import is there


def _fresh(empty: Path, folder: Path) -> DataPaths:
    shutil.copytree(empty, folder)
    return DataPaths(folder)


def _wal(paths: DataPaths) -> Path:
    return paths.journal.with_name(paths.journal.name + "-wal")


def _kill_imports(
    source: Path, empty: Path, tmp_path: Path, seed: int, *, same_rows: bool
) -> tuple[Tally, DataPaths | None]:
    """Kill ``KILLS`` imports of ``source``; returns the tally and the data folder of a
    run that was cut short before its commit (None when every kill came after it)."""
    before = row_counts(empty / "journal.sqlite3")

    paths = _fresh(empty, tmp_path / "whole")
    window = measure(cli(paths.root, "import", str(source)), lambda: file_size(_wal(paths)) > 0)
    after = row_counts(paths.journal)
    assert after != before
    imported = dump(paths.journal) if same_rows else None

    rng = random.Random(seed)
    tally = Tally()
    cut_short: DataPaths | None = None
    while tally.kills < KILLS:
        tally.attempts += 1
        assert tally.attempts <= KILLS * 4, f"only {tally.kills} of {tally.attempts} killed"
        paths = _fresh(empty, tmp_path / f"kill-{tally.attempts}")
        outcome = run(
            cli(paths.root, "import", str(source)),
            lambda paths=paths: file_size(_wal(paths)) > 0,  # type: ignore[misc]
            kill_after=rng.uniform(0, window),
        )
        if not outcome.killed:
            assert outcome.returncode == 0, outcome.stderr
            continue
        tally.kills += 1
        where = f"kill {tally.kills} at {outcome.seconds * 1000:.0f} ms of {window * 1000:.0f}"

        assert integrity(paths.journal) == ["ok"], where
        counts = row_counts(paths.journal)
        if counts == before:
            tally.nothing += 1
            cut_short = paths
        else:
            assert counts == after, (where, {t: (counts[t], after[t]) for t in counts})
            tally.everything += 1
            if imported is not None:
                assert dump(paths.journal) == imported, where
        journal = Journal.open(paths)
        try:
            assert journal.integrity_problems() == [], where
        finally:
            journal.close()
    return tally, cut_short


def _import_again(paths: DataPaths, source: Path, expected: dict[str, int]) -> None:
    """After a kill that left nothing imported, the same import runs through."""
    done = run_to_end(cli(paths.root, "import", str(source)))
    assert done.returncode == 0, done.stderr
    assert row_counts(paths.journal) == expected


@pytest.mark.slow
def test_killed_json_import_is_all_or_nothing(
    sample_export: Path, empty_journal: Path, tmp_path: Path
) -> None:
    tally, cut_short = _kill_imports(sample_export, empty_journal, tmp_path, seed=8, same_rows=True)
    if cut_short is not None:
        _import_again(cut_short, sample_export, row_counts(tmp_path / "whole" / "journal.sqlite3"))
    print(
        f"JSON import: {tally.kills} kills survived in {tally.attempts} runs; "
        f"{tally.nothing} left nothing imported, {tally.everything} everything"
    )


@pytest.mark.slow
def test_killed_csv_import_is_all_or_nothing(
    applications_csv: Path, empty_journal: Path, tmp_path: Path
) -> None:
    # Rows are compared by count only: a CSV import stamps new ids and today's date.
    tally, _ = _kill_imports(applications_csv, empty_journal, tmp_path, seed=9, same_rows=False)
    print(
        f"CSV import: {tally.kills} kills survived in {tally.attempts} runs; "
        f"{tally.nothing} left nothing imported, {tally.everything} everything"
    )
