"""The JSON export: every table of the journal, lossless and versioned.

The layout is documented in ``docs/export-format.md``. The file is written table by table
and row by row, so a heavy journal never becomes one giant string in memory, into a
temporary file beside the target that replaces it only once complete: a failed export
leaves the previous file (or nothing) behind, never half a file.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO, TypeVar

from interview_journal import __version__
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.paths import make_private_file
from interview_journal.storage.errors import JournalWriteError
from interview_journal.storage.journal import Journal, Snapshot
from interview_journal.storage.tables import DOMAIN_TABLES

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ExportSummary",
    "encode_value",
    "export_json",
    "export_json_to_stream",
    "replace_atomically",
    "write_atomically",
]

T = TypeVar("T")

FORMAT_NAME = "interview-journal"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    rows_per_table: dict[str, int]
    bytes: int

    @property
    def rows(self) -> int:
        return sum(self.rows_per_table.values())


def encode_value(value: Any) -> Any:
    """A column value as JSON: datetimes ISO 8601 in UTC with offset, dates ISO."""
    if isinstance(value, datetime):
        aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return aware.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str | bool | int | float):
        return value
    raise TypeError(f"cannot export a value of type {type(value).__name__}")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def export_json_to_stream(
    journal: Journal, stream: TextIO, *, now: datetime | None = None
) -> dict[str, int]:
    """Write the whole journal as JSON to ``stream``; returns the rows written per table."""
    with journal.snapshot() as snapshot:
        return _write_snapshot(snapshot, stream, now)


def _write_snapshot(snapshot: Snapshot, stream: TextIO, now: datetime | None) -> dict[str, int]:
    header = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_version": snapshot.schema_version(),
        "app_version": __version__,
        "exported_at": encode_value(now or datetime.now(UTC)),
    }
    stream.write("{\n")
    for key, value in header.items():
        stream.write(f"{_dumps(key)}:{_dumps(value)},\n")
    stream.write('"tables":{')
    counts: dict[str, int] = {}
    for table_index, model in enumerate(DOMAIN_TABLES):
        name: str = model.__tablename__  # type: ignore[assignment]
        stream.write(("," if table_index else "") + f"\n{_dumps(name)}:[")
        count = 0
        for row in snapshot.rows(model):
            encoded = {column: encode_value(value) for column, value in row.items()}
            stream.write(("," if count else "") + "\n" + _dumps(encoded))
            count += 1
        stream.write("\n]" if count else "]")
        counts[name] = count
    stream.write("\n}\n}\n")
    return counts


def _reason(error: OSError, folder: Path) -> str:
    if isinstance(error, FileNotFoundError):
        return translate("Export", "the folder {folder} does not exist").format(folder=folder)
    if isinstance(error, PermissionError) or error.errno == errno.EROFS:
        return translate("Export", "the folder {folder} is read-only or not yours").format(
            folder=folder
        )
    if isinstance(error, IsADirectoryError):
        return translate("Export", "a folder of that name is in the way")
    if error.errno == errno.ENOSPC:
        return translate("Export", "the disk is full")
    return error.strerror or str(error)


def _failure(what: str, target: Path, error: OSError) -> JournalWriteError:
    return JournalWriteError(
        translate("Export", "Could not write the {what} to {name}: {reason}.").format(
            what=translate("Export", what), name=target.name, reason=_reason(error, target.parent)
        )
    )


def replace_atomically(
    target: Path,
    produce: Callable[[Path], T],
    *,
    what: str = QT_TRANSLATE_NOOP("Export", "export"),
) -> T:
    """Have ``produce`` write a temporary file beside ``target``, then put it in its place.

    The file ends readable by the owner only. Raises :class:`JournalWriteError` ("Could
    not write the {what} to …"), leaving no temporary file and any existing ``target`` as
    it was, when it cannot be written. Every export goes through here, so none ever
    leaves half a file.
    """
    target = Path(target)
    folder = target.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(handle)
    except OSError as error:
        raise _failure(what, target, error) from error
    temp = Path(temp_name)
    try:
        result = produce(temp)
        make_private_file(temp)
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _failure(what, target, error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return result


def write_atomically(target: Path, write: Callable[[TextIO], T]) -> T:
    """Run ``write`` on a UTF-8 text stream that replaces ``target`` once complete and
    on disk (see :func:`replace_atomically`).

    The text is written untranslated, so the line ends ``write`` puts in are the ones on
    disk (the csv module writes its own).
    """

    def produce(temp: Path) -> T:
        with temp.open("w", encoding="utf-8", newline="") as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        return result

    return replace_atomically(target, produce)


def export_json(journal: Journal, target: Path, *, now: datetime | None = None) -> ExportSummary:
    """Export the journal to ``target`` atomically, readable by the owner only.

    Raises :class:`JournalWriteError` (and leaves no temporary file) when the file cannot
    be written; an existing ``target`` is then left as it was.
    """
    target = Path(target)
    counts = write_atomically(
        target, lambda stream: export_json_to_stream(journal, stream, now=now)
    )
    return ExportSummary(target, counts, target.stat().st_size)
