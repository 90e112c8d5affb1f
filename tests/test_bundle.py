"""The PyInstaller one-folder bundle builds from the checkout and opens its window."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
BUILD_TIMEOUT_S = 900
START_TIMEOUT_S = 120

pytest.importorskip("PyInstaller", reason="PyInstaller comes with the test extras")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once per run (about a minute); the bundled program's path."""
    folder = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(folder / "dist"),
            "--work",
            str(folder / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    program = folder / "dist" / "interview-journal" / "interview-journal"
    assert program.is_file()
    return program


@pytest.mark.slow
def test_the_bundle_ships_what_the_look_and_translations_need(bundle: Path) -> None:
    """Qt's SVG plugins draw the style's tick images and the window icon; Qt's own
    translations turn its standard buttons to the user's language; the app's
    translation template travels with its resources."""
    internal = bundle.parent / "_internal"
    qt = internal / "PySide6" / "Qt"
    assert list((qt / "plugins" / "imageformats").glob("libqsvg*"))
    assert list((qt / "plugins" / "iconengines").glob("libqsvgicon*"))
    assert list((qt / "translations").glob("qtbase_fr*.qm"))
    resources = internal / "interview_journal" / "resources"
    assert (resources / "translations" / "interview_journal.ts").is_file()
    assert (resources / "styles").is_dir()


@pytest.mark.slow
def test_the_bundle_runs_headless_commands(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    version = subprocess.run(
        [str(bundle), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert version.stdout.strip() == "interview-journal 0.1.0"
    sample = subprocess.run(
        [str(bundle), "--data-dir", str(data), "sample", "--size", "small"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert sample.returncode == 0, sample.stderr
    # The calendar export needs icalendar and the tzdata files inside the bundle.
    calendar = tmp_path / "rounds.ics"
    exported = subprocess.run(
        [str(bundle), "--data-dir", str(data), "export", "--format", "ics", "-o", str(calendar)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert exported.returncode == 0, exported.stderr
    assert calendar.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


@pytest.mark.slow
def test_the_bundle_opens_its_window_and_the_journal(bundle: Path, tmp_path: Path) -> None:
    report = tmp_path / "startup.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INTERVIEW_JOURNAL_STARTUP_REPORT": str(report),
    }
    process = subprocess.Popen(
        [str(bundle), "--data-dir", str(tmp_path / "data")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    marks: dict[str, float] = {}
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while "ready" not in marks and process.poll() is None and time.monotonic() < deadline:
            # Not written yet, or caught mid-write: read again on the next turn.
            with contextlib.suppress(FileNotFoundError, json.JSONDecodeError):
                marks = json.loads(report.read_text(encoding="utf-8"))
            # Polls a file another process writes; the wait is bounded by process exit.
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=0.1)
        assert process.poll() is None, process.communicate()[1][-3000:]
        assert "first_paint" in marks and "ready" in marks, marks
    finally:
        process.terminate()
        process.communicate(timeout=60)
    assert (tmp_path / "data" / "journal.sqlite3").is_file(), "the journal was created"
