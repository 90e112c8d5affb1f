"""Importing applications from a CSV file: a spreadsheet, another tracker, or the app's own.

Three steps, so the user sees everything before anything is written:

1. :func:`read_csv` decodes the file (UTF-8 with or without a byte-order mark, UTF-16
   with one, else the legacy encoding ``chardet`` recognises, else Windows-1252), finds
   the delimiter (comma, semicolon, tab) and the header row, and keeps each row's
   physical line number in the file (a quoted cell may span lines; RFC 4180 section 2).
2. :func:`guess_mapping` recognises common headers; the user may change the mapping.
3. :func:`preview_csv_import` checks every row against the journal's rules and lists the
   applications to add, the rows already in the journal, warnings and errors by line.
   :func:`apply_csv_import` writes them in one transaction, or refuses when any row is
   bad: all or nothing.

A row equal to an application already in the journal (same company, role and day applied)
is skipped, so importing the same file twice adds nothing. Companies are matched by name,
ignoring case and spacing, so none is created twice.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import Any

import chardet
from sqlmodel import SQLModel

from interview_journal.core import i18n, validation
from interview_journal.core.errors import ValidationError
from interview_journal.core.events import new_event
from interview_journal.core.export_csv import unescape_cell
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.core.import_json import ImportFileError
from interview_journal.core.pipeline import SEEDED_SETTING, Stage, default_stage
from interview_journal.core.vocabulary import DEFAULT_PIPELINE_STAGES, NO_RESPONSE_REASON
from interview_journal.storage.journal import Journal, utc
from interview_journal.storage.tables import (
    DOMAIN_TABLES,
    Application,
    Company,
    PipelineStage,
    Setting,
    TimelineEvent,
    utc_now,
)

__all__ = [
    "FIELDS",
    "MAX_CSV_BYTES",
    "MAX_CSV_ROWS",
    "MAX_LISTED_ERRORS",
    "CsvImportPreview",
    "CsvRow",
    "CsvTable",
    "PlannedApplication",
    "RowProblem",
    "apply_csv_import",
    "guess_mapping",
    "import_csv",
    "parse_day",
    "preview_csv_import",
    "read_csv",
]

# What a column can hold, and its label. "location" has no column of its own on an
# application: it is kept as a line of the application's notes.
FIELDS: dict[str, str] = {
    "company": QT_TRANSLATE_NOOP("ImportCsv", "Company"),
    "role": QT_TRANSLATE_NOOP("ImportCsv", "Role"),
    "stage": QT_TRANSLATE_NOOP("ImportCsv", "Stage"),
    "applied": QT_TRANSLATE_NOOP("ImportCsv", "Date applied"),
    "link": QT_TRANSLATE_NOOP("ImportCsv", "Link"),
    "notes": QT_TRANSLATE_NOOP("ImportCsv", "Notes"),
    "source": QT_TRANSLATE_NOOP("ImportCsv", "Source"),
    "location": QT_TRANSLATE_NOOP("ImportCsv", "Location"),
}

_CONTEXT = "ImportCsv"


def field_label(name: str) -> str:
    """What a column can hold (a key of :data:`FIELDS`), in the user's language."""
    return translate(_CONTEXT, FIELDS[name]) if name in FIELDS else name


# Headers as spreadsheets and trackers write them, compared without case, spaces or
# punctuation ("Job Title", "job_title" and "JOB-TITLE" are one).
_HEADERS: dict[str, tuple[str, ...]] = {
    "company": ("company", "company name", "employer", "organization", "organisation"),
    "role": ("role", "position", "job title", "title", "job"),
    "stage": ("status", "stage", "application status"),
    "applied": ("date applied", "applied", "applied on", "application date", "date"),
    "link": ("link", "url", "job link", "posting", "job url", "job posting"),
    "notes": ("notes", "comments", "note", "comment"),
    "source": ("source", "found via", "found on"),
    "location": ("location", "city"),
}

MAX_CSV_BYTES = 64 * 1024 * 1024
# A few years of heavy searching is ~1,000 applications; far more is not a tracker.
MAX_CSV_ROWS = 100_000
MAX_LISTED_ERRORS = 20
# Rows looked at to find the header, for files with a title line or two above it.
_HEADER_SEARCH_ROWS = 10

# Words other trackers use for a status, as the suggested stage they mean (used only when
# the journal has a stage of that name).
_STAGE_SYNONYMS: dict[str, str] = {
    "wishlist": "Interested",
    "saved": "Interested",
    "bookmarked": "Interested",
    "to apply": "Interested",
    "submitted": "Applied",
    "phone screen": "Screening",
    "screen": "Screening",
    "interview": "Interviewing",
    "interviews": "Interviewing",
    "offered": "Offer",
    "offer received": "Offer",
    "rejected": "Closed",
    "declined": "Closed",
    "withdrawn": "Closed",
    "ghosted": "Closed",
    "no response": "Closed",
}


def _normal(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


_HEADER_FIELD: dict[str, str] = {
    _normal(header): name for name, headers in _HEADERS.items() for header in headers
}


# ------------------------------------------------------------------ reading
@dataclass(frozen=True)
class CsvRow:
    """One record of the file; ``line`` is the physical line it starts on (header = 1)."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class CsvTable:
    name: str
    encoding: str
    delimiter: str
    header_line: int
    headers: tuple[str, ...]
    rows: tuple[CsvRow, ...]


def _refuse(name: str, why: str) -> ImportFileError:
    # "<file> <why>; nothing was imported." (a question ends its own sentence first)
    sentence = (
        translate("ImportCsv", "{name} {why} Nothing was imported.")
        if why.endswith("?")
        else translate("ImportCsv", "{name} {why}; nothing was imported.")
    )
    return ImportFileError(sentence.format(name=name, why=why))


def _utf16_without_bom(data: bytes) -> str | None:
    """``le``/``be`` when the NULs fall on every other byte, as in UTF-16 of Latin text."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 4 and odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if len(sample) >= 4 and even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _decode(name: str, data: bytes) -> tuple[str, str]:
    """The text and a label of its encoding."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", "UTF-8")]
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        candidates = [("utf-32", "UTF-32")]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", "UTF-16")]
    elif b"\x00" in data:
        # Spreadsheets never write NUL into a CSV; without a byte-order mark it is either
        # UTF-16 (a NUL beside each ASCII character) or not text at all.
        order = _utf16_without_bom(data)
        if order is None:
            raise _refuse(name, translate("ImportCsv", "is not a text file; is it really a CSV?"))
        candidates = [(order, "UTF-16")]
    else:
        candidates = [("utf-8", "UTF-8")]
        guess = chardet.detect(_LETTER_RUNS.sub(_shortened, data[:65536]))
        encoding = str(guess.get("encoding") or "")
        if (guess.get("confidence") or 0) >= 0.8 and encoding.lower() not in ("", "ascii"):
            candidates.append((encoding, encoding))
        # What Excel writes in Western Europe and the Americas; Latin-1 decodes any byte.
        candidates += [("cp1252", "Windows-1252"), ("latin-1", "Latin-1")]
    for codec, label in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if _binary(text):
            break
        return text, label
    raise _refuse(name, translate("ImportCsv", "is not a text file; is it really a CSV?"))


# chardet 5.2's filter_international_words backtracks quadratically over a long run of
# ASCII letters when the sample holds any byte above 0x7F (measured: a cell of 16,000
# letters took 24 s, 64 KB minutes). Such runs say nothing about the encoding, so
# chardet sees them cut to 32 letters; every other byte reaches it unchanged.
_LETTER_RUNS = re.compile(rb"[A-Za-z]{33,}")


def _shortened(run: re.Match[bytes]) -> bytes:
    return run.group()[:32]


def _binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return "\x00" in sample or controls > max(2, len(sample) // 100)


def _delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines() if line.strip()][:20]
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t|").delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and lines and len(next(csv.reader([lines[0]], delimiter=sniffed))) > 1:
        return sniffed
    # The Sniffer gives up on ragged rows: take the candidate the first line holds most of.
    first = lines[0] if lines else ""
    counts = {delimiter: first.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path) -> CsvTable:
    """Read a CSV file; raises :class:`ImportFileError` for a file that is not one."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise _refuse(
                name,
                translate(
                    "ImportCsv",
                    "is {size} MB; a list of applications is far smaller (the limit is {limit} MB)",
                ).format(size=f"{size / 2**20:,.1f}", limit=f"{MAX_CSV_BYTES / 2**20:,.0f}"),
            )
        data = path.read_bytes()
    except IsADirectoryError:
        raise _refuse(name, translate("ImportCsv", "is a folder, not a file")) from None
    except FileNotFoundError:
        raise _refuse(name, translate("ImportCsv", "does not exist")) from None
    except OSError as error:
        raise _refuse(
            name,
            translate("ImportCsv", "could not be read ({reason})").format(
                reason=error.strerror or error
            ),
        ) from None
    text, encoding = _decode(name, data)
    if not text.strip():
        raise _refuse(name, translate("ImportCsv", "is empty"))
    delimiter = _delimiter(text[:65536])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[CsvRow] = []
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                records.append(CsvRow(start, tuple(cells)))
                if len(records) > MAX_CSV_ROWS + _HEADER_SEARCH_ROWS:
                    raise _refuse(
                        name,
                        translate(
                            "ImportCsv",
                            "has more than {limit} rows; split it into smaller files",
                        ).format(limit=i18n.number(MAX_CSV_ROWS)),
                    )
            start = reader.line_num + 1
    except csv.Error as error:
        if "end of data" in str(error):
            raise _refuse(
                name,
                translate(
                    "ImportCsv",
                    "has a quoted cell starting on line {start} that is never closed (the file "
                    "may be cut short)",
                ).format(start=start),
            ) from None
        raise _refuse(
            name,
            translate("ImportCsv", "cannot be read as CSV at line {start} ({error})").format(
                start=start, error=error
            ),
        ) from None
    if not records:
        raise _refuse(name, translate("ImportCsv", "is empty"))
    header_at = next(
        (
            index
            for index, record in enumerate(records[:_HEADER_SEARCH_ROWS])
            if "company" in guess_mapping(record.cells).values()
        ),
        0,
    )
    header = records[header_at]
    return CsvTable(
        name=name,
        encoding=encoding,
        delimiter=delimiter,
        header_line=header.line,
        headers=tuple(cell.strip() for cell in header.cells),
        # The app's own CSV export marks cells a spreadsheet would run as formulas with a
        # leading "'"; reading them back takes the mark off again.
        rows=tuple(
            CsvRow(record.line, tuple(unescape_cell(cell) for cell in record.cells))
            for record in records[header_at + 1 :]
        ),
    )


def guess_mapping(headers: Sequence[str]) -> dict[int, str | None]:
    """Column index → field (a key of :data:`FIELDS`) or None; each field used once."""
    mapping: dict[int, str | None] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        name = _HEADER_FIELD.get(_normal(header))
        if name is not None and name not in used:
            used.add(name)
            mapping[index] = name
        else:
            mapping[index] = None
    return mapping


# ------------------------------------------------------------------- dates
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_YEAR_FIRST = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[ -]+([a-z]+)\.?,?[ -]+(\d{4})")
_MONTH_DAY = re.compile(r"([a-z]+)\.?[ -]+(\d{1,2})(?:st|nd|rd|th)?,?[ -]+(\d{4})")
DATE_FORMATS = "2026-03-05, 2026/03/05, 05.03.2026, 03/05/2026, Mar 5, 2026 or 5 March 2026"


def _year(text: str) -> int:
    # Two-digit years (Excel's US short date, 3/5/26) are this century's.
    return int(text) + 2000 if len(text) == 2 else int(text)


def _slash_order(values: Sequence[str]) -> bool | None:
    """True for day first, False for month first, None when no value tells."""
    day_first = month_first = False
    for value in values:
        found = _SLASHED.fullmatch(value.strip())
        if found:
            day_first |= int(found.group(1)) > 12
            month_first |= int(found.group(2)) > 12
    if day_first != month_first:
        return day_first
    return None


def parse_day(text: str, *, day_first: bool) -> date | None:
    """A day written in any of :data:`DATE_FORMATS` (None when empty); ValueError if not."""
    value = " ".join(text.split()).casefold()
    if not value:
        return None
    if found := _ISO.fullmatch(value) or _YEAR_FIRST.fullmatch(value):
        year, month, day = found.groups()
    elif found := _DOTTED.fullmatch(value):
        day, month, year = found.groups()
    elif found := _SLASHED.fullmatch(value):
        first, second, year = found.groups()
        day, month = (first, second) if day_first else (second, first)
    elif (found := _DAY_MONTH.fullmatch(value)) and found.group(2) in _MONTHS:
        day, year = found.group(1), found.group(3)
        month = str(_MONTHS[found.group(2)])
    elif (found := _MONTH_DAY.fullmatch(value)) and found.group(1) in _MONTHS:
        day, year = found.group(2), found.group(3)
        month = str(_MONTHS[found.group(1)])
    else:
        raise ValueError(
            translate("ImportCsv", "“{text}” is not a date; write it like {formats}").format(
                text=validation.shown(text), formats=DATE_FORMATS
            )
        )
    try:
        day_value = date(_year(year), int(month), int(day))
    except ValueError:
        raise ValueError(
            translate("ImportCsv", "“{text}” is not a day of the calendar").format(
                text=validation.shown(text)
            )
        ) from None
    if not 1900 <= day_value.year < 2200:
        raise ValueError(
            translate("ImportCsv", "“{text}” is not between the years 1900 and 2199").format(
                text=validation.shown(text)
            )
        )
    return day_value


# ------------------------------------------------------------------ preview
@dataclass(frozen=True)
class RowProblem:
    """A warning or an error about one line (and column, when one is to blame)."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.column:
            return translate("ImportCsv", "Line {line}, column “{column}”: {message}.").format(
                line=self.line, column=self.column, message=self.message
            )
        return translate("ImportCsv", "Line {line}: {message}.").format(
            line=self.line, message=self.message
        )


@dataclass(frozen=True)
class PlannedApplication:
    """One application as it will be imported."""

    line: int
    company: str
    role: str
    stage: str
    applied: date | None
    link: str = ""
    source: str = ""
    notes: str = ""
    new_company: bool = False
    closed_reason: str = ""


@dataclass(frozen=True)
class CsvImportPreview:
    """What :func:`apply_csv_import` would do; nothing is written before it."""

    source: str
    headers: tuple[str, ...]
    mapping: dict[int, str | None]
    rows: tuple[PlannedApplication, ...]
    # Rows left out: (line, why) — already in the journal, or repeated in the file.
    skipped: tuple[tuple[int, str], ...]
    warnings: tuple[RowProblem, ...]
    errors: tuple[RowProblem, ...]  # the first MAX_LISTED_ERRORS
    error_count: int
    day_first: bool
    # True when the file's slashed dates read either way (03/05/2026) and none tells.
    ambiguous_dates: bool
    new_companies: tuple[str, ...] = ()
    tz: tzinfo | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    @property
    def unmapped(self) -> tuple[str, ...]:
        return tuple(self.headers[i] for i, name in self.mapping.items() if name is None)

    def sentence(self) -> str:
        if not self.ok:
            others = self.error_count - 1
            first = str(self.errors[0]).rstrip(".")
            if others:
                return translate(
                    "ImportCsv",
                    "{problem} (and %n more problem(s)). Nothing was imported.",
                    "",
                    others,
                ).format(problem=first)
            return translate("ImportCsv", "{problem}. Nothing was imported.").format(problem=first)
        # Counts as plain names: lupdate reads no expression in the count's place.
        planned, new, skipped = len(self.rows), len(self.new_companies), len(self.skipped)
        applications = translate("ImportCsv", "%n application(s) to add", "", planned)
        companies = translate("ImportCsv", "%n new compan(y/ies)", "", new)
        if self.skipped:
            return translate(
                "ImportCsv",
                "{applications}, {companies}, %n already in the journal or repeated.",
                "",
                skipped,
            ).format(applications=applications, companies=companies)
        return translate("ImportCsv", "{applications}, {companies}.").format(
            applications=applications, companies=companies
        )


def _stages(journal: Journal) -> list[Stage]:
    """The journal's stages, or the suggested set it will get on first use."""
    records = journal.records(PipelineStage)
    if records:
        ordered = sorted(records, key=lambda r: (r.position, r.name.casefold()))
        return [Stage.from_record(record) for record in ordered]
    return [
        Stage("", name, position, outcome)
        for position, (name, outcome) in enumerate(DEFAULT_PIPELINE_STAGES)
    ]


def _name_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _local_day(moment: datetime, tz: tzinfo | None) -> date:
    return utc(moment).astimezone(tz).date()


def _applied_at(day: date, tz: tzinfo | None) -> datetime:
    # Noon local time, as the Add application dialog records a day.
    local = datetime.combine(day, time(12, 0))
    aware = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
    return aware.astimezone(UTC)


class _Rows:
    """Checks rows one by one, collecting problems."""

    def __init__(self, table: CsvTable, mapping: Mapping[int, str | None]) -> None:
        self.table = table
        self.columns: dict[str, int] = {}
        for index, name in mapping.items():
            if name is not None:
                self.columns.setdefault(name, index)
        self.errors: list[RowProblem] = []
        self.error_count = 0
        self.warnings: list[RowProblem] = []

    def header(self, name: str) -> str:
        index = self.columns.get(name)
        if index is None or index >= len(self.table.headers):
            return FIELDS[name]
        return self.table.headers[index] or FIELDS[name]

    def cell(self, row: CsvRow, name: str) -> str:
        index = self.columns.get(name)
        if index is None or index >= len(row.cells):
            return ""
        return row.cells[index]

    def error(self, line: int, name: str, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_LISTED_ERRORS:
            self.errors.append(RowProblem(line, self.header(name) if name else "", message))


def _mapping_problems(table: CsvTable, mapping: Mapping[int, str | None], rows: _Rows) -> None:
    seen: dict[str, int] = {}
    for index, name in sorted(mapping.items()):
        if name is None:
            continue
        if name not in FIELDS:
            raise ValueError(f"unknown field {name!r}")
        if name in seen:
            first = table.headers[seen[name]] if seen[name] < len(table.headers) else ""
            here = table.headers[index] if index < len(table.headers) else ""
            rows.error(
                table.header_line,
                "",
                translate(
                    "ImportCsv",
                    "the columns “{first}” and “{here}” are both set to {field}; choose one",
                ).format(first=first, here=here, field=field_label(name)),
            )
        seen.setdefault(name, index)
    if "company" not in seen:
        rows.error(
            table.header_line,
            "",
            translate(
                "ImportCsv",
                "no column is set to Company; choose the one that holds the company's name",
            ),
        )


def preview_csv_import(
    journal: Journal,
    table: CsvTable,
    mapping: Mapping[int, str | None],
    *,
    day_first: bool | None = None,
    tz: tzinfo | None = None,
) -> CsvImportPreview:
    """Check every row of ``table`` as mapped and say what importing it would do.

    ``day_first`` reads 03/05/2026 as 3 May (True) or March 5 (False); None decides from
    the column (a first part above 12 means day first) and else reads month first.
    ``tz`` is the zone whose noon stands for a day applied (the computer's by default).
    Writes nothing.
    """
    rows = _Rows(table, mapping)
    _mapping_problems(table, mapping, rows)
    dates = [rows.cell(row, "applied") for row in table.rows]
    told = _slash_order(dates)
    ambiguous = told is None and any(_SLASHED.fullmatch(v.strip()) for v in dates)
    chosen = day_first if day_first is not None else bool(told)

    stages = _stages(journal)
    by_stage = {_name_key(stage.name): stage for stage in stages}
    open_stages = [stage for stage in stages if stage.outcome == "open"]
    companies = {_name_key(c.name): c for c in journal.records(Company)}
    names = {c.id: _name_key(c.name) for c in companies.values()}
    known = {
        (names.get(a.company_id, ""), _name_key(a.role), _day(a.applied_at, tz))
        for a in journal.records(Application)
    }

    planned: list[PlannedApplication] = []
    skipped: list[tuple[int, str]] = []
    in_file: dict[tuple[str, str, date | None], int] = {}
    new_companies: dict[str, str] = {}
    unknown_stages: dict[str, list[int]] = {}
    for row in table.rows:
        problems = rows.error_count
        company = ""
        if "company" in rows.columns:
            try:
                company = validation.required_name(
                    rows.cell(row, "company"), QT_TRANSLATE_NOOP("Validation", "company")
                )
            except ValidationError as error:
                rows.error(row.line, "company", _lower_first(str(error)))
        role = _checked(rows, row, "role", validation.short_text, " ".join)
        link = _checked(rows, row, "link", validation.short_text)
        source = _checked(rows, row, "source", validation.short_text)
        location = _checked(rows, row, "location", validation.short_text, " ".join)
        notes = _checked(rows, row, "notes", validation.long_text)
        if location:
            notes = f"{notes}\n\nLocation: {location}" if notes.strip() else f"Location: {location}"
        try:
            applied = parse_day(rows.cell(row, "applied"), day_first=chosen)
        except ValueError as error:
            rows.error(row.line, "applied", str(error))
            applied = None
        status = " ".join(rows.cell(row, "stage").split())
        stage, closed_reason = _stage_for(status, by_stage, stages, open_stages, applied)
        if status and stage is None:
            unknown_stages.setdefault(status, []).append(row.line)
        if rows.error_count > problems:
            continue
        identity = (_name_key(company), _name_key(role), applied)
        if identity in known:
            skipped.append((row.line, translate("ImportCsv", "already in the journal")))
            continue
        if identity in in_file:
            skipped.append(
                (
                    row.line,
                    translate("ImportCsv", "the same as line {line}").format(
                        line=in_file[identity]
                    ),
                )
            )
            continue
        in_file[identity] = row.line
        is_new = _name_key(company) not in companies
        if is_new:
            new_companies.setdefault(_name_key(company), company)
        target = stage or (open_stages[0] if open_stages else stages[0])
        planned.append(
            PlannedApplication(
                line=row.line,
                company=company,
                role=role,
                stage=target.name,
                applied=applied,
                link=link,
                source=source,
                notes=notes,
                new_company=is_new,
                closed_reason=closed_reason if target.final else "",
            )
        )
    first_open = open_stages[0].name if open_stages else stages[0].name
    for status, lines in unknown_stages.items():
        message = (
            translate(
                "ImportCsv",
                "“{status}” is not a stage of your pipeline (and {more} more rows); "
                "it goes into “{stage}”",
            )
            if len(lines) > 1
            else translate(
                "ImportCsv", "“{status}” is not a stage of your pipeline; it goes into “{stage}”"
            )
        )
        rows.warnings.append(
            RowProblem(
                lines[0],
                rows.header("stage"),
                message.format(
                    status=status[:40], more=i18n.number(len(lines) - 1), stage=first_open
                ),
            )
        )
    return CsvImportPreview(
        source=table.name,
        headers=table.headers,
        mapping=dict(mapping),
        rows=tuple(planned),
        skipped=tuple(skipped),
        warnings=tuple(rows.warnings),
        errors=tuple(rows.errors),
        error_count=rows.error_count,
        day_first=chosen,
        ambiguous_dates=ambiguous,
        new_companies=tuple(new_companies.values()),
        tz=tz,
    )


def _day(moment: datetime | None, tz: tzinfo | None) -> date | None:
    return None if moment is None else _local_day(moment, tz)


def _lower_first(message: str) -> str:
    # "The company needs a name." → "the company needs a name", to follow "Line 7: ".
    return (message[:1].lower() + message[1:]).rstrip(".")


def _checked(
    rows: _Rows,
    row: CsvRow,
    name: str,
    check: Any,
    join: Any = None,
) -> str:
    value = rows.cell(row, name)
    if join is not None:
        value = join(value.split())
    try:
        return str(check(value, FIELDS[name].lower()))
    except ValidationError as error:
        rows.error(row.line, name, _lower_first(str(error)))
        return ""


def _stage_for(
    status: str,
    by_stage: Mapping[str, Stage],
    stages: list[Stage],
    open_stages: list[Stage],
    applied: date | None,
) -> tuple[Stage | None, str]:
    """The stage a status names (None when unknown) and, for a closing word, the reason."""
    if not status:
        return default_stage(stages, applied=applied is not None, closed=False), ""
    key = _name_key(status)
    if key in by_stage:
        return by_stage[key], ""
    synonym = _STAGE_SYNONYMS.get(key)
    if synonym is not None and _name_key(synonym) in by_stage:
        reason = NO_RESPONSE_REASON if key in ("ghosted", "no response") else status.capitalize()
        return by_stage[_name_key(synonym)], reason
    return None, ""


# ------------------------------------------------------------------ applying
def apply_csv_import(journal: Journal, preview: CsvImportPreview) -> int:
    """Add the previewed applications in one transaction; returns how many were added.

    Raises :class:`ImportFileError` naming the first bad line when the preview has
    errors (nothing is written). Companies and duplicates are looked up again, so a
    company or application added since the preview is not created twice.
    """
    if not preview.ok:
        raise ImportFileError(preview.sentence())
    if not preview.rows:
        return 0
    tz = preview.tz
    now = utc_now()
    writes: dict[type[SQLModel], list[SQLModel]] = {model: [] for model in DOMAIN_TABLES}
    stage_records = journal.records(PipelineStage)
    if not stage_records:
        stage_records = [
            PipelineStage(name=name, position=position, outcome=outcome)
            for position, (name, outcome) in enumerate(DEFAULT_PIPELINE_STAGES)
        ]
        writes[PipelineStage] += stage_records
        if journal.find(Setting, SEEDED_SETTING) is None:
            writes[Setting].append(Setting(key=SEEDED_SETTING, value="1"))
    stages = {_name_key(s.name): Stage.from_record(s) for s in stage_records}
    companies = {_name_key(c.name): c for c in journal.records(Company)}
    names = {c.id: _name_key(c.name) for c in companies.values()}
    known = {
        (names.get(a.company_id, ""), _name_key(a.role), _day(a.applied_at, tz))
        for a in journal.records(Application)
    }
    added = 0
    for planned in preview.rows:
        key = _name_key(planned.company)
        if (key, _name_key(planned.role), planned.applied) in known:
            continue
        company = companies.get(key)
        if company is None:
            company = Company(name=planned.company)
            companies[key] = company
            writes[Company].append(company)
            writes[TimelineEvent].append(
                new_event(
                    "company_added",
                    f"Added {company.name}",
                    company_id=company.id,
                    subject_table="company",
                    subject_id=company.id,
                    occurred_at=now,
                )
            )
        stage = stages.get(_name_key(planned.stage))
        moment = _applied_at(planned.applied, tz) if planned.applied else None
        application = Application(
            company_id=company.id,
            role=planned.role,
            stage_id=stage.id if stage else None,
            applied_at=moment,
            closed_at=(moment or now) if stage is not None and stage.final else None,
            closed_reason=planned.closed_reason if stage is not None and stage.final else "",
            source=planned.source,
            link=planned.link,
            notes=planned.notes,
        )
        writes[Application].append(application)
        if moment is not None:
            # The entry Add application writes (core/pipeline.py), in the same commit.
            writes[TimelineEvent].append(
                new_event(
                    "applied",
                    f"Applied — {company.name}",
                    detail=planned.role,
                    company_id=company.id,
                    application_id=application.id,
                    subject_table="application",
                    subject_id=application.id,
                    occurred_at=moment,
                )
            )
        added += 1
    journal.merge_rows(
        [
            (model, [_row(record) for record in records])
            for model, records in writes.items()
            if records
        ]
    )
    return added


def _row(record: SQLModel) -> dict[str, Any]:
    table = record.__table__  # type: ignore[attr-defined]
    return {column.name: getattr(record, column.name) for column in table.columns}


def import_csv(
    journal: Journal, path: Path, *, dry_run: bool, day_first: bool | None = None
) -> tuple[CsvImportPreview, int]:
    """Read ``path`` with the guessed mapping and check it; unless ``dry_run``, import it.

    Returns the preview and how many applications were added (0 on a dry run). Raises
    :class:`ImportFileError` naming the first bad line when any row is bad.
    """
    table = read_csv(path)
    preview = preview_csv_import(journal, table, guess_mapping(table.headers), day_first=day_first)
    if not preview.ok:
        raise ImportFileError(preview.sentence())
    return preview, 0 if dry_run else apply_csv_import(journal, preview)
