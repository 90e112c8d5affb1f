"""Global search on the heavy sample: the time of one search as the search box runs it.

Builds the heavy sample in a temporary folder (or uses ``--data-dir``), then times
``SearchService.everything(query, 100)`` (the box's page: one FTS5 query plus the
look-ups that say where each hit is) for symbol-laden queries and for a word found in
every note line. Reports the median and the worst of ``--runs`` runs per query.
Usage: ``python benchmarks/search.py [--data-dir DIR] [--runs N]``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from interview_journal.core.search import SearchService
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import NoteLine

QUERIES = ("c++", "node.js", '"O\'Reilly"', "team", "rollback*")
PAGE = 100


def _heavy_folder(given: str | None) -> Path:
    if given:
        return Path(given)
    folder = Path(tempfile.mkdtemp(prefix="search-bench-")) / "data"
    command = [sys.executable, "-m", "interview_journal", "--data-dir", str(folder)]
    subprocess.run([*command, "sample", "--size", "heavy"], check=True)
    return folder


def _word_in_every_note(journal: Journal) -> str:
    """The most common word of the first 2,000 note lines that appears in all of them."""
    lines = journal.records(NoteLine, limit=2000)
    common: set[str] | None = None
    for line in lines:
        words = {word.strip(".,:;!?").casefold() for word in line.text.split()}
        common = words if common is None else common & words
    return sorted(common or {"the"}, key=len, reverse=True)[0] if common else "the"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", help="a journal holding the heavy sample")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    journal = Journal.open(DataPaths(_heavy_folder(args.data_dir)))
    try:
        search = SearchService(journal)
        lines = journal.count(NoteLine)
        queries = (*QUERIES, _word_in_every_note(journal))
        print(f"heavy sample: {lines:,} note lines; page of {PAGE} hits; {args.runs} runs")
        for query in queries:
            search.everything(query, PAGE)  # warm the page cache as a second search would
            samples = []
            hits = 0
            for _ in range(args.runs):
                started = time.perf_counter()
                hits = len(search.everything(query, PAGE))
                samples.append(time.perf_counter() - started)
            median = statistics.median(samples) * 1000
            worst = max(samples) * 1000
            print(f"{query!r:>14}: {hits:3d} hits, median {median:6.1f} ms, worst {worst:6.1f} ms")
    finally:
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
