"""Where the journal lives on disk, and how its files are kept private.

Every file the app writes (database, its WAL and shared-memory files, backups, logs,
UI state) lives under one data folder. The folder is created ``0700`` and files ``0600``
because interview notes hold salaries and opinions about people.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "INTERVIEW_JOURNAL_DATA_DIR"
JOURNAL_FILE_NAME = "journal.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The platform's per-user data folder (platformdirs), unless the environment overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("interview-journal", appauthor=False, roaming=False)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def make_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist, or tighten its mode."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
        os.close(fd)
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE_MODE)


@dataclass(frozen=True)
class DataPaths:
    """The layout of one data folder."""

    root: Path

    @property
    def journal(self) -> Path:
        return self.root / JOURNAL_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def ui_state(self) -> Path:
        return self.root / "ui-state.ini"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        """``--data-dir`` wins, then ``INTERVIEW_JOURNAL_DATA_DIR``, then platformdirs."""
        root = Path(data_dir).expanduser() if data_dir else default_data_dir()
        return cls(root.absolute())

    def prepare(self) -> DataPaths:
        """Create the folders with private permissions."""
        ensure_private_dir(self.root)
        ensure_private_dir(self.backups)
        ensure_private_dir(self.logs)
        return self
