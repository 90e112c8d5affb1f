"""Command line: the window by default, and headless subcommands that need no display.

Every subcommand prints one clear line and exits non-zero on bad input, and changes
nothing when it fails. Heavy imports happen inside the commands, so ``--version`` and the
window stay fast.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from interview_journal import APP_NAME, __version__
from interview_journal.paths import DATA_DIR_ENV, DataPaths

if TYPE_CHECKING:
    from interview_journal.storage.journal import Journal

PROGRAM = "interview-journal"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A one-line, user-facing reason a command did not run."""


def build_parser() -> argparse.ArgumentParser:
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"keep all data (journal, backups, logs) under DIR (or set {DATA_DIR_ENV})",
    )
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description=f"{APP_NAME}: research, live interview notes, follow-ups and a timeline.",
        parents=[data_dir],
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    live = commands.add_parser(
        "live", parents=[data_dir], help="open straight into live interview notes"
    )
    live.add_argument("--company", default="", help="the company being interviewed with")
    live.add_argument(
        "--round",
        dest="round_kind",
        default="other",
        choices=["screening", "first", "second", "technical", "final", "other"],
        help="the kind of round",
    )

    commands.add_parser(
        "check", parents=[data_dir], help="open or create the journal and check its integrity"
    )

    export = commands.add_parser("export", parents=[data_dir], help="export the journal")
    export.add_argument("--format", dest="export_format", choices=["json"], default="json")
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )

    sample = commands.add_parser(
        "sample", parents=[data_dir], help="fill an empty journal with a realistic sample"
    )
    sample.add_argument("--size", choices=["small", "heavy"], default="small")

    commands.add_parser(
        "backup", parents=[data_dir], help="copy the journal into the backups folder"
    )
    restore = commands.add_parser(
        "restore",
        parents=[data_dir],
        help="replace the journal with a backup (quit the app first); keeps a safety copy",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")

    search = commands.add_parser(
        "search",
        parents=[data_dir],
        help="print every record matching QUERY: kind, where, snippet (tab-separated)",
    )
    search.add_argument("query", metavar="QUERY", help='words, "a phrase", or prefix*')
    search.add_argument(
        "--limit", type=int, default=50, metavar="N", help="print at most N matches (1-500)"
    )
    return parser


def _open(paths: DataPaths) -> Journal:
    from interview_journal.storage.journal import Journal

    return Journal.open(paths)


def command_check(paths: DataPaths) -> int:
    journal = _open(paths)
    try:
        problems = journal.integrity_problems()
        version = journal.schema_version()
    finally:
        journal.close()
    if problems:
        print(
            f"damaged: {paths.journal} has {len(problems)} problem(s); first: {problems[0]}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(f"ok: {paths.journal} (schema {version}) passed the integrity check")
    return EXIT_OK


def command_export(paths: DataPaths, export_format: str, output: str | None) -> int:
    from interview_journal.core.export import export_json, export_json_to_stream

    if export_format != "json":  # argparse choices guard this; kept for clarity
        raise CommandError(f"unknown export format {export_format!r}")
    journal = _open(paths)
    try:
        if output is None:
            export_json_to_stream(journal, sys.stdout)
            sys.stdout.flush()
            return EXIT_OK
        summary = export_json(journal, Path(output).expanduser())
    finally:
        journal.close()
    rows = sum(summary.rows_per_table.values())
    print(f"exported {rows:,} records to {summary.path} ({summary.bytes / 1e6:.1f} MB)")
    return EXIT_OK


def command_sample(paths: DataPaths, size: str) -> int:
    from interview_journal.core.sample import generate_sample

    journal = _open(paths)
    started = time.perf_counter()
    try:
        counts = generate_sample(journal, size)  # type: ignore[arg-type]
    finally:
        journal.close()
    seconds = time.perf_counter() - started
    total = counts.total
    print(f"sample ({size}): {total:,} records written to {paths.journal} in {seconds:.1f} s")
    return EXIT_OK


def command_backup(paths: DataPaths) -> int:
    from interview_journal.storage.backup import backup_now

    print(f"backed up {paths.journal} to {backup_now(paths)}")
    return EXIT_OK


def command_restore(paths: DataPaths, file: str) -> int:
    from interview_journal.storage.backup import restore

    source = Path(file).expanduser().absolute()
    safety = restore(paths, source)
    kept = (
        f"the journal it replaced is kept at {safety}"
        if safety is not None
        else "there was no journal to replace"
    )
    print(f"restored {source} into {paths.journal}; {kept}")
    return EXIT_OK


def command_search(paths: DataPaths, query: str, limit: int) -> int:
    from interview_journal.core.search import GLOBAL_LIMIT_MAX, SearchService, group_by_kind
    from interview_journal.storage.search import HIGHLIGHT_END, HIGHLIGHT_START

    if not query.strip():
        raise CommandError('search needs a QUERY: words, "a phrase" or prefix*')
    if not 1 <= limit <= GLOBAL_LIMIT_MAX:
        raise CommandError(f"--limit must be between 1 and {GLOBAL_LIMIT_MAX}, not {limit}")
    journal = _open(paths)
    try:
        hits = SearchService(journal).everything(query, limit)
    finally:
        journal.close()
    if not hits:
        # Nothing on standard output, so a pipe sees no matches; not an error either.
        print(f"no matches for {' '.join(query.split())[:80]!r}", file=sys.stderr)
        return EXIT_OK
    marks = str.maketrans({HIGHLIGHT_START: "[", HIGHLIGHT_END: "]", "\t": " "})
    lines = [
        "\t".join((kind, hit.where.translate(marks), hit.snippet.translate(marks)))
        for kind, group in group_by_kind(hits)
        for hit in group
    ]
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")  # a journal's emoji never crash a plain terminal
    out.write("\n".join(lines) + "\n")
    out.flush()
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    started = time.time()
    # Whatever this process creates (journal, WAL, logs after rotation, backups, exports)
    # is readable by the user only; the explicit chmods elsewhere cover files made earlier.
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    command = args.command
    if command is None or command == "live":
        from interview_journal.ui.app import LiveRequest, run_gui

        live = LiveRequest(args.company, args.round_kind) if command == "live" else None
        return run_gui(paths, live, started)

    from interview_journal.storage.errors import JournalError

    try:
        if command == "check":
            return command_check(paths)
        if command == "export":
            return command_export(paths, args.export_format, args.output)
        if command == "sample":
            return command_sample(paths, args.size)
        if command == "backup":
            return command_backup(paths)
        if command == "restore":
            return command_restore(paths, args.file)
        if command == "search":
            return command_search(paths, args.query, args.limit)
    except (JournalError, CommandError) as error:
        print(f"{PROGRAM}: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(
            f"{PROGRAM}: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"{PROGRAM}: interrupted; nothing was left half-written", file=sys.stderr)
        return EXIT_FAILED
    parser.error(f"unknown command {command!r}")
