"""Global search: the app's search service against raw SQLite FTS5 on the same file.

50 mixed queries (common and rare words, phrases, prefixes, punctuation such as ``c++``,
``node.js`` and ``"O'Reilly"``, words found nowhere) run through
``SearchService.everything(query, 100)``, as the global search box runs them: one FTS5
query, then the look-ups that say where each hit lives. The baseline runs the very same
MATCH expression (``build_match_query``) with Python's ``sqlite3`` alone: the statement
``Journal.search`` sends (the ``search_index`` FTS5 table joined to ``search_doc``, the
highlighted title, the body's ``snippet(...)``, ``ORDER BY rank LIMIT 100``), rows fetched
and nothing more. So the ratio is the price of everything the app adds to SQLite.

Both sides are warmed alike, then each query runs ``runs`` times, app and raw in turn
(who goes first alternates), and each side's median per query is kept; the figures are
the median, p90 and worst of those 50 per-query medians.

Usage: ``python benchmarks/search.py [--size small|heavy] [--data-dir DIR] [--runs N]``.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Context, Figure, sample_or_given
from interview_journal.core.search import SearchService
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.search import HIGHLIGHT_END, HIGHLIGHT_START, build_match_query

PAGE = 100

# Chosen from the heavy sample's vocabulary (fts5vocab): "the" is in ~70,000 of its
# 150,000 documents, "nimbusclimate" in 46, "xylophone" in none.
QUERIES: tuple[str, ...] = (
    # common words, thousands to tens of thousands of documents each
    "the",
    "team",
    "people",
    "asked",
    "engineers",
    "office",
    "interview",
    "data",
    "hiring",
    "salary",
    # rarer words, tens to hundreds of documents
    "kubernetes",
    "python",
    "sql",
    "singapore",
    "outage",
    "laptop",
    "fintech",
    "reorganisation",
    "nimbusclimate",
    "cybersecurity",
    # phrases
    '"data retention"',
    '"support tickets"',
    '"notice period"',
    '"small reversible steps"',
    '"screening call"',
    '"feature flags"',
    # prefixes
    "team*",
    "eng*",
    "interv*",
    "mon*",
    "py*",
    "ret*",
    # punctuation, diacritics, symbols
    "c++",
    "node.js",
    '"O\'Reilly"',
    "O'Rourke",
    "e-commerce",
    "co-ops",
    "C#",
    "São Paulo",
    "cafe",
    "Søren",
    "a/b test",
    # several words
    "kwame video",
    "python sql",
    "berlin hybrid",
    # words found nowhere
    "xylophone",
    "zzqv",
    "qwertyuiop",
    '"purple elephant"',
)

# The statement Journal.search sends for a global search (no table filter), run bare.
RAW_SQL = (
    "SELECT d.source_table, d.source_id,"
    " highlight(search_index, 0, ?, ?),"
    " snippet(search_index, 1, ?, ?, '…', 16), search_index.rank AS score"
    " FROM search_index JOIN search_doc AS d ON d.doc_id = search_index.rowid"
    " WHERE search_index MATCH ? ORDER BY score LIMIT ?"
)


def _timed(search: Callable[[str], object], query: str) -> float:
    started = time.perf_counter()
    search(query)
    return (time.perf_counter() - started) * 1000


def _percentile(samples: Sequence[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(context: Context) -> list[Figure]:
    journal = Journal.open(DataPaths(context.data_dir))
    raw = sqlite3.connect(context.journal_file)
    try:
        service = SearchService(journal)
        expressions = {query: build_match_query(query) for query in QUERIES}
        unmatched = [query for query, expression in expressions.items() if expression is None]
        assert not unmatched, f"queries with nothing to search for: {unmatched}"

        def app(query: str) -> int:
            return len(service.everything(query, PAGE))

        def bare(query: str) -> int:
            parameters = (
                HIGHLIGHT_START,
                HIGHLIGHT_END,
                HIGHLIGHT_START,
                HIGHLIGHT_END,
                expressions[query],
                PAGE,
            )
            return len(raw.execute(RAW_SQL, parameters).fetchall())

        hits = {query: (app(query), bare(query)) for query in QUERIES}  # warm both alike
        runs = max(1, context.runs)
        app_ms: dict[str, float] = {}
        raw_ms: dict[str, float] = {}
        for query in QUERIES:
            app_samples: list[float] = []
            raw_samples: list[float] = []
            for run in range(runs):
                if run % 2:
                    raw_samples.append(_timed(bare, query))
                    app_samples.append(_timed(app, query))
                else:
                    app_samples.append(_timed(app, query))
                    raw_samples.append(_timed(bare, query))
            app_ms[query] = statistics.median(app_samples)
            raw_ms[query] = statistics.median(raw_samples)
    finally:
        raw.close()
        journal.close()

    app_median = statistics.median(app_ms.values())
    raw_median = statistics.median(raw_ms.values())
    slowest = sorted(QUERIES, key=lambda query: app_ms[query], reverse=True)[:5]
    extra = {
        "queries": len(QUERIES),
        "runs": runs,
        "page": PAGE,
        "app_p90_ms": round(_percentile(list(app_ms.values()), 0.9), 3),
        "app_max_ms": round(max(app_ms.values()), 3),
        "raw_p90_ms": round(_percentile(list(raw_ms.values()), 0.9), 3),
        "raw_max_ms": round(max(raw_ms.values()), 3),
        "hits_app": sum(app_hits for app_hits, _ in hits.values()),
        "rows_raw": sum(raw_rows for _, raw_rows in hits.values()),
        "slowest": {
            query: {"app_ms": round(app_ms[query], 3), "raw_ms": round(raw_ms[query], 3)}
            for query in slowest
        },
    }
    return [
        Figure(
            "search median",
            app_median,
            "ms",
            1.5,
            "ratio",
            raw_median,
            f"SearchService.everything(q, {PAGE}) over {len(QUERIES)} mixed queries, "
            "against the same FTS5 MATCH, snippet and ORDER BY rank in bare sqlite3",
            extra,
        ),
        Figure(
            "search median (absolute)",
            app_median,
            "ms",
            20,
            "max",
            None,
            f"median of {len(QUERIES)} queries through the app's search service",
            extra,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=["small", "heavy"], default="small")
    parser.add_argument("--data-dir", help="a journal folder to measure (default: a new sample)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        data_dir = sample_or_given(args.data_dir, args.size, work)
        figures = measure(Context(data_dir, args.size, args.runs, work))
    for figure in figures:
        against = f" vs {figure.baseline:.2f} ms ({figure.ratio:.2f}x)" if figure.ratio else ""
        verdict = {True: "pass", False: "MISS", None: ""}[figure.passed]
        print(
            f"{figure.name:<26}{figure.value:>8.2f} ms{against}"
            f"  target {figure.target_text}  {verdict}"
        )
    extra = figures[0].extra
    print(
        f"app p90 {extra['app_p90_ms']} ms, max {extra['app_max_ms']} ms; "
        f"raw p90 {extra['raw_p90_ms']} ms, max {extra['raw_max_ms']} ms"
    )
    for query, times in extra["slowest"].items():
        print(f"  {query!r:>24}: app {times['app_ms']:.2f} ms, raw {times['raw_ms']:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
