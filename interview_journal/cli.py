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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from interview_journal import APP_NAME, __version__
from interview_journal.paths import DATA_DIR_ENV, DataPaths

if TYPE_CHECKING:
    from interview_journal.core.export_formats import ExportScope, TextFormat
    from interview_journal.storage.journal import Journal

PROGRAM = "interview-journal"
EXPORT_FORMATS = ["json", "markdown", "csv", "ics", "pdf"]
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

    export = commands.add_parser(
        "export",
        parents=[data_dir],
        help="export the journal: JSON, Markdown, CSV, iCalendar or one interview as PDF",
        description=(
            "json: everything, lossless (docs/export-format.md); markdown: the journal, one "
            "--company or one --round; csv: --what applications or contacts; ics: rounds "
            "and reminders for a calendar; pdf: one --round (needs -o)."
        ),
    )
    export.add_argument("--format", dest="export_format", choices=EXPORT_FORMATS, default="json")
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    export.add_argument(
        "--what",
        choices=["applications", "contacts"],
        default="applications",
        help="csv only: which table (default: applications)",
    )
    export.add_argument(
        "--company", metavar="NAME", help="markdown only: one company, by name or id"
    )
    export.add_argument(
        "--round",
        dest="round_id",
        metavar="ID",
        help="markdown or pdf: one interview, by id, or 'latest' for the most recent",
    )

    importing = commands.add_parser(
        "import",
        parents=[data_dir],
        help="merge an Interview Journal JSON export, or add applications from a CSV",
        description=(
            "A JSON export is merged by id: new records are added, a record edited on both "
            "sides keeps the newer edit, and importing the same file again changes nothing. "
            "A CSV adds applications (columns such as Company, Role, Status, Date Applied, "
            "Link, Notes). Either is all or nothing."
        ),
    )
    importing.add_argument("file", metavar="FILE", help="a .json export or a .csv file")
    importing.add_argument(
        "--dry-run", action="store_true", help="say what would change, change nothing"
    )
    importing.add_argument(
        "--dates",
        choices=["day-first", "month-first"],
        help="csv only: how to read dates like 03/04/2026 when the file does not tell",
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
    from interview_journal.storage.engine import verify_journal_file

    verify_journal_file(paths)  # read-only, every page: a damaged file is reported as found
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


@dataclass(frozen=True)
class ExportRequest:
    export_format: str
    output: str | None
    what: str = "applications"
    company: str | None = None
    round_id: str | None = None


def _company_id(journal: Journal, wanted: str) -> str:
    """The company named ``wanted`` (any case) or with that id; refused when unclear."""
    from interview_journal.storage.tables import Company

    if journal.find(Company, wanted) is not None:
        return wanted
    key = " ".join(wanted.split()).casefold()
    found = [c for c in journal.records(Company) if " ".join(c.name.split()).casefold() == key]
    if not found:
        raise CommandError(f"no company is named {wanted!r}")
    if len(found) > 1:
        ids = ", ".join(company.id for company in found)
        raise CommandError(f"{len(found)} companies are named {wanted!r}; give an id: {ids}")
    return found[0].id


def _round_id(journal: Journal, wanted: str) -> str:
    from interview_journal.storage.tables import InterviewRound

    if wanted != "latest":
        return wanted  # an unknown id is refused by the export with a clear message
    latest = journal.records(InterviewRound, order_by="scheduled_at", descending=True, limit=1)
    if not latest:
        raise CommandError("the journal holds no interviews yet")
    return latest[0].id


def _scope(journal: Journal, request: ExportRequest) -> ExportScope:
    from interview_journal.core.export_formats import ExportScope

    return ExportScope(
        what="contacts" if request.what == "contacts" else "applications",
        company_id=_company_id(journal, request.company) if request.company else None,
        round_id=_round_id(journal, request.round_id) if request.round_id else None,
    )


def _export_to_file(journal: Journal, request: ExportRequest, target: Path) -> str:
    """Write the export to ``target``; returns what was written, for the user."""
    from interview_journal.core.export_formats import export_to_file

    if request.export_format == "pdf":
        return str(_export_pdf(journal, request, target))
    export_format = cast("TextFormat", request.export_format)
    summary = export_to_file(journal, export_format, target, _scope(journal, request))
    return f"{summary.rows:,} records to {summary.path} ({_size(summary.bytes)})"


def _export_pdf(journal: Journal, request: ExportRequest, target: Path) -> Path:
    if request.round_id is None:
        raise CommandError("a PDF holds one interview: give --round ID or --round latest")
    # Laying out text needs a Qt GUI application but never a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from interview_journal.ui.transfer.pdf import export_round_pdf

    application = QGuiApplication.instance() or QGuiApplication([PROGRAM])
    try:
        return export_round_pdf(journal, _round_id(journal, request.round_id), target)
    finally:
        del application


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.1f} kB"


def command_export(paths: DataPaths, request: ExportRequest) -> int:
    export_format = request.export_format
    if export_format not in EXPORT_FORMATS:  # argparse choices guard this; kept for clarity
        raise CommandError(f"unknown export format {export_format!r}")
    if export_format != "markdown" and request.company is not None:
        raise CommandError("--company goes with --format markdown")
    if export_format not in ("markdown", "pdf") and request.round_id is not None:
        raise CommandError("--round goes with --format markdown or pdf")
    if export_format == "pdf" and request.output is None:
        raise CommandError("a PDF is not written to the terminal: give -o FILE.pdf")
    journal = _open(paths)
    try:
        if request.output is None:
            if hasattr(sys.stdout, "reconfigure"):
                sys.stdout.reconfigure(encoding="utf-8", newline="")
            from interview_journal.core.export_formats import write_export

            export_format = cast("TextFormat", request.export_format)
            write_export(journal, export_format, sys.stdout, _scope(journal, request))
            sys.stdout.flush()
            return EXIT_OK
        written = _export_to_file(journal, request, Path(request.output).expanduser())
    finally:
        journal.close()
    print(f"exported {written}")
    return EXIT_OK


def command_import(paths: DataPaths, file: str, dry_run: bool, dates: str | None) -> int:
    from interview_journal.core.import_csv import import_csv
    from interview_journal.core.import_json import file_kind, import_json

    source = Path(file).expanduser()
    kind = file_kind(source)
    if kind == "json" and dates is not None:
        raise CommandError("--dates goes with a CSV file")
    journal = _open(paths)
    try:
        if kind == "json":
            print(import_json(journal, source, dry_run=dry_run).sentence())
            return EXIT_OK
        day_first = None if dates is None else dates == "day-first"
        preview, added = import_csv(journal, source, dry_run=dry_run, day_first=day_first)
    finally:
        journal.close()
    if dry_run:
        print(f"Would import: {preview.sentence()}")
    elif added == 0 and preview.skipped:
        print(f"Nothing imported: every row of {source.name} is already in the journal.")
    else:
        noun = "application" if added == 1 else "applications"
        print(f"Imported {added:,} {noun} from {source.name}.")
    for warning in preview.warnings[:20]:
        print(f"note: {warning}", file=sys.stderr)
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
            request = ExportRequest(
                args.export_format, args.output, args.what, args.company, args.round_id
            )
            return command_export(paths, request)
        if command == "import":
            return command_import(paths, args.file, args.dry_run, args.dates)
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
