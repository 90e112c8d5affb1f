"""Write ``tests/data/journal-schema-N.sqlite3``: a journal of the current schema, kept so
every later version proves it still opens and upgrades it. Run once per schema version.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from interview_journal.core.sample import generate_sample
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.migrations import LATEST_VERSION

TARGET = (
    Path(__file__).parent.parent / "tests" / "data" / f"journal-schema-{LATEST_VERSION}.sqlite3"
)


def main() -> int:
    if TARGET.exists():
        print(
            f"{TARGET} exists; fixtures of a released schema are never rewritten", file=sys.stderr
        )
        return 1
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal.open(DataPaths(Path(folder)))
        generate_sample(journal, "small")
        journal.close()
        source = sqlite3.connect(Path(folder) / "journal.sqlite3")
        destination = sqlite3.connect(TARGET)
        source.backup(destination)  # one self-contained file, no -wal beside it
        destination.execute("PRAGMA journal_mode = DELETE")
        destination.close()
        source.close()
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
