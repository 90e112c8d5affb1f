"""JSON export and import of the journal: seconds and MB/s (reported, no target).

The export writes the whole journal to a file; the import merges that file into a new,
empty journal (every record new), as moving to a second machine does.
Usage: ``python benchmarks/transfer.py [--size small|heavy]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Context, Figure, make_sample
from interview_journal.core.export import export_json
from interview_journal.core.import_json import import_json
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal


def measure(context: Context) -> list[Figure]:
    work = context.work_dir / "transfer"
    work.mkdir(parents=True, exist_ok=True)
    target = work / "journal.json"
    journal = Journal.open(DataPaths(context.data_dir))
    try:
        started = time.perf_counter()
        summary = export_json(journal, target)
        export_s = time.perf_counter() - started
    finally:
        journal.close()
    megabytes = summary.bytes / 1e6
    fresh = Journal.open(DataPaths(work / "empty"))
    try:
        started = time.perf_counter()
        merged = import_json(fresh, target, dry_run=False)
        import_s = time.perf_counter() - started
    finally:
        fresh.close()
    detail = f"{summary.rows:,} records, {megabytes:.1f} MB of JSON"
    return [
        Figure(
            "JSON export",
            export_s,
            "s",
            detail=detail,
            extra={"mb_per_s": megabytes / export_s, "records": summary.rows, "mb": megabytes},
        ),
        Figure(
            "JSON import into an empty journal",
            import_s,
            "s",
            detail=f"{merged.new:,} new records from {megabytes:.1f} MB",
            extra={"mb_per_s": megabytes / import_s, "records": merged.new, "mb": megabytes},
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=["small", "heavy"], default="small")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        make_sample(work / "data", args.size)
        for figure in measure(Context(work / "data", args.size, 1, work)):
            rate = figure.extra["mb_per_s"]
            print(f"{figure.name:<36}{figure.value:7.2f} s  {rate:6.1f} MB/s  ({figure.detail})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
