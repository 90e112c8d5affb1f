"""Every test runs headless, with its own data folder; none touches the user's real one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from interview_journal.core.services import Services
from interview_journal.storage.journal import Journal

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR", "1")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder for the test; HOME and XDG folders point into tmp as well."""
    folder = tmp_path / "data"
    monkeypatch.setenv("INTERVIEW_JOURNAL_DATA_DIR", str(folder))
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    return folder


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's application, with the translators the app installs at start, so views
    under test read as they do for a user (English plural forms included)."""
    from interview_journal.ui.i18n import install_translators

    install_translators(qapp)
    return qapp


@pytest.fixture(scope="session")
def heavy_journal_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the heavy sample, made once per run (about 20 s).

    Tests copy it (see ``copy_of_heavy``) so none changes what another reads.
    """
    import subprocess
    import sys

    folder = tmp_path_factory.mktemp("heavy") / "data"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "interview_journal",
            "--data-dir",
            str(folder),
            "sample",
            "--size",
            "heavy",
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return folder


@pytest.fixture
def copy_of_heavy(heavy_journal_folder: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "heavy-copy"
    shutil.copytree(heavy_journal_folder, target)
    return target


@pytest.fixture
def journal() -> Iterator[Journal]:
    """An empty journal in memory, fully migrated."""
    opened = Journal.in_memory()
    yield opened
    opened.close()


@pytest.fixture
def services(journal: Journal) -> Services:
    return Services.over(journal)
