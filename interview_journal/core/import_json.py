"""Importing the app's own JSON export: checked in full, planned, then merged by id.

The file (``docs/export-format.md``) is read and every value checked against its column
before anything is written: a damaged, truncated, edited or foreign file is refused with
one sentence naming what is wrong and where, and the journal stays as it was. The merge
is planned first (a dry run: per table, how many rows are new, updated or unchanged) and
applied in one transaction.

Merge rules: rows are matched by primary key (``setting`` by ``key``). A row the journal
lacks is added; a row it has is overwritten only when the file's ``updated_at`` is newer
and something differs, so importing the same file twice changes nothing and, where both
sides edited a record, the newer edit wins. Deletions are not carried over. Two rows that
mean the same thing under different ids are merged instead of duplicated: pipeline stages
of the same name (every journal writes the suggested stages on first use) and the rows a
unique rule allows once (a company's score on a criterion, a person in a round, a
question ticked in a round).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    TypeDecorator,
    UniqueConstraint,
)
from sqlmodel import SQLModel

from interview_journal.core import i18n
from interview_journal.core.errors import ValidationError
from interview_journal.core.export import FORMAT_NAME, FORMAT_VERSION, encode_value
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.core.validation import shown
from interview_journal.storage.journal import Journal
from interview_journal.storage.migrations import LATEST_VERSION
from interview_journal.storage.tables import DOMAIN_TABLES, PipelineStage

__all__ = [
    "MAX_IMPORT_BYTES",
    "ImportFileError",
    "MergePlan",
    "MergeSummary",
    "ParsedExport",
    "TableCounts",
    "apply_merge",
    "file_kind",
    "import_json",
    "plan_merge",
    "read_export",
]

# Far above any real journal (the heavy sample exports to a few tens of MB) and low
# enough that parsing cannot exhaust a laptop's memory.
MAX_IMPORT_BYTES = 512 * 1024 * 1024

# SQLite integers are signed 64-bit (https://www.sqlite.org/datatype3.html).
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1


class ImportFileError(ValidationError):
    """A file that cannot be imported; nothing was written."""


# ------------------------------------------------------------------ columns
@dataclass(frozen=True)
class _Column:
    name: str
    kind: str  # "str", "int", "float", "bool", "datetime", "date"
    nullable: bool
    default: Callable[[], Any] | None  # None: the column has no default (required)
    references: str | None  # the table a foreign key points at


def _kind(column: Any) -> str:
    sql_type = column.type
    if isinstance(sql_type, TypeDecorator):
        sql_type = sql_type.impl_instance
    for kind, types in (
        ("bool", Boolean),
        ("datetime", DateTime),
        ("date", Date),
        ("int", Integer),
        ("float", Float),
        ("str", String),
    ):
        if isinstance(sql_type, types):
            return kind
    raise TypeError(f"no import rule for column {column.name} ({sql_type})")


# Columns every version has had: a row without one is damaged, not from an older schema.
_ALWAYS_PRESENT = frozenset({"id", "created_at", "updated_at"})


def _default(model: type[SQLModel], name: str, nullable: bool) -> Callable[[], Any] | None:
    if name in _ALWAYS_PRESENT:
        return None
    info = model.model_fields[name]
    factory = info.default_factory
    if factory is not None:
        return factory  # type: ignore[return-value]
    if info.is_required():
        return (lambda: None) if nullable else None
    value = info.default
    return lambda: value


def _columns(model: type[SQLModel]) -> dict[str, _Column]:
    table = model.__table__  # type: ignore[attr-defined]
    columns: dict[str, _Column] = {}
    for column in table.columns:
        references = next((fk.column.table.name for fk in column.foreign_keys), None)
        columns[column.name] = _Column(
            column.name,
            _kind(column),
            bool(column.nullable),
            _default(model, column.name, bool(column.nullable)),
            references,
        )
    return columns


def _key_name(model: type[SQLModel]) -> str:
    (key,) = model.__table__.primary_key.columns  # type: ignore[attr-defined]
    return str(key.name)


def _unique_sets(model: type[SQLModel]) -> list[tuple[str, ...]]:
    """Column sets a rule other than the primary key allows once (UNIQUE constraints)."""
    table = model.__table__  # type: ignore[attr-defined]
    return [
        tuple(column.name for column in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]


_MODELS: dict[str, type[SQLModel]] = {str(model.__tablename__): model for model in DOMAIN_TABLES}
_COLUMNS: dict[str, dict[str, _Column]] = {name: _columns(m) for name, m in _MODELS.items()}


# ------------------------------------------------------------------ reading
@dataclass(frozen=True)
class ParsedExport:
    """A checked export: every table of the journal (empty when the file had none), its
    rows complete (missing columns filled with their defaults) as Python values."""

    name: str
    format_version: int
    schema_version: int
    app_version: str
    exported_at: str
    tables: dict[str, list[dict[str, Any]]]

    @property
    def rows(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def _refuse(name: str, why: str) -> ImportFileError:
    # "<file> <why>; nothing was imported." (a question ends its own sentence first)
    sentence = (
        translate("ImportJson", "{name} {why} Nothing was imported.")
        if why.endswith("?")
        else translate("ImportJson", "{name} {why}; nothing was imported.")
    )
    return ImportFileError(sentence.format(name=name, why=why))


def _read_text(path: Path) -> str:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise _refuse(
                name,
                translate(
                    "ImportJson",
                    "is {size} MB, more than the {limit} MB an Interview Journal export "
                    "can reasonably be",
                ).format(size=f"{size / 2**20:,.1f}", limit=f"{MAX_IMPORT_BYTES / 2**20:,.0f}"),
            )
        data = path.read_bytes()
    except IsADirectoryError:
        raise _refuse(name, translate("ImportJson", "is a folder, not a file")) from None
    except FileNotFoundError:
        raise _refuse(name, translate("ImportJson", "does not exist")) from None
    except OSError as error:
        raise _refuse(
            name,
            translate("ImportJson", "could not be read ({reason})").format(
                reason=error.strerror or error
            ),
        ) from None
    if not data.strip():
        raise _refuse(
            name, translate("ImportJson", "is empty; is this an Interview Journal export?")
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        # NUL never appears in JSON text (RFC 8259 section 7 escapes control characters);
        # it means UTF-16/32 or a binary file.
        raise _refuse(
            name, translate("ImportJson", "is not UTF-8 text; is this an Interview Journal export?")
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _refuse(
            name, translate("ImportJson", "is not UTF-8 text; is this an Interview Journal export?")
        ) from None
    # A byte-order mark is not JSON (RFC 8259 section 8.1) but editors add one; skip it.
    return text.removeprefix("\ufeff")


def _reject_constant(value: str) -> Any:
    raise ValueError(f"{value} is not a number JSON allows")


def _parse(name: str, text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()):
            raise _refuse(
                name,
                translate(
                    "ImportJson", "ends too early (it was cut short, or is still being copied)"
                ),
            ) from None
        raise _refuse(
            name,
            translate(
                "ImportJson", "is not valid JSON: {reason} on line {line}, column {column}"
            ).format(reason=error.msg.lower(), line=error.lineno, column=error.colno),
        ) from None
    except (ValueError, RecursionError) as error:
        raise _refuse(
            name, translate("ImportJson", "is not valid JSON ({error})").format(error=error)
        ) from None


def _whole_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _version(name: str, header: Mapping[str, Any], key: str) -> int:
    value = header.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise _refuse(
            name,
            translate(
                "ImportJson", "has no valid “{key}”; is this an Interview Journal export?"
            ).format(key=key),
        )
    return value


class _BadValueError(Exception):
    """Why one value does not fit its column."""


def _describe(value: Any) -> str:
    if value is None:
        return translate("ImportJson", "empty (null)")
    if isinstance(value, bool):
        return "true" if value else "false"  # JSON's own words
    if isinstance(value, str):
        return translate("ImportJson", "the text “{text}”").format(text=shown(value))
    if isinstance(value, int | float):
        return translate("ImportJson", "the number {value}").format(value=value)
    if isinstance(value, list):
        return translate("ImportJson", "a list")
    return translate("ImportJson", "an object")


# English, marked; translated where a message uses them.
_EXPECTED = {
    "str": QT_TRANSLATE_NOOP("ImportJson", "text"),
    "int": QT_TRANSLATE_NOOP("ImportJson", "a whole number"),
    "float": QT_TRANSLATE_NOOP("ImportJson", "a number"),
    "bool": QT_TRANSLATE_NOOP("ImportJson", "true or false"),
    "datetime": QT_TRANSLATE_NOOP(
        "ImportJson", "a date and time with its time zone (like 2026-01-14T10:30:00+00:00)"
    ),
    "date": QT_TRANSLATE_NOOP("ImportJson", "a date (like 2026-04-01)"),
}
_CONTEXT = "ImportJson"


def _expected(kind: str) -> str:
    return translate(_CONTEXT, _EXPECTED[kind])


def _decode(column: _Column, value: Any) -> Any:
    """``value`` from the file as the column's Python value, or _BadValueError saying why."""
    if value is None:
        if column.nullable:
            return None
        raise _BadValueError(
            translate(
                "ImportJson", "“{column}” cannot be empty (null); it should be {expected}"
            ).format(column=column.name, expected=_expected(column.kind))
        )
    kind = column.kind
    wrong = _BadValueError(
        translate("ImportJson", "“{column}” should be {expected}, not {value}").format(
            column=column.name, expected=_expected(kind), value=_describe(value)
        )
    )
    if kind == "str":
        if not isinstance(value, str):
            raise wrong
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise wrong
        return value
    if kind == "int":
        if not _whole_number(value):
            raise wrong
        if not _INT_MIN <= value <= _INT_MAX:
            raise _BadValueError(
                translate("ImportJson", "“{name}” is too large a number ({value})").format(
                    name=column.name, value=value
                )
            )
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise wrong
        number = float(value)
        if not math.isfinite(number):
            raise _BadValueError(
                translate("ImportJson", "“{name}” is too large a number").format(name=column.name)
            )
        return number
    if not isinstance(value, str):
        raise wrong
    try:
        if kind == "date":
            return date.fromisoformat(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise wrong from None
    if moment.utcoffset() is None:
        raise wrong
    return moment


def _check_row(table: str, number: int, row: Any, columns: Mapping[str, _Column]) -> dict[str, Any]:
    where = translate("ImportJson", "Row {number} of “{table}”").format(number=number, table=table)
    if not isinstance(row, dict):
        raise ImportFileError(
            translate(
                "ImportJson", "{where} is {describe}, not a record; nothing was imported."
            ).format(where=where, describe=_describe(row))
        )
    for name in row:
        if name not in columns:
            raise ImportFileError(
                translate(
                    "ImportJson",
                    "{where} has a column “{column}” this version of Interview Journal "
                    "does not know; the file may have been edited. Nothing was imported.",
                ).format(where=where, column=shown(str(name)))
            )
    decoded: dict[str, Any] = {}
    for name, column in columns.items():
        if name not in row:
            if column.default is None:
                raise ImportFileError(
                    translate(
                        "ImportJson", "{where} has no “{name}”; nothing was imported."
                    ).format(where=where, name=name)
                )
            decoded[name] = column.default()
            continue
        try:
            decoded[name] = _decode(column, row[name])
        except _BadValueError as error:
            raise ImportFileError(
                translate("ImportJson", "{where}: {error}. Nothing was imported.").format(
                    where=where, error=error
                )
            ) from None
    return decoded


def _check_tables(name: str, tables: Any) -> dict[str, list[dict[str, Any]]]:
    if not isinstance(tables, dict):
        raise _refuse(
            name, translate("ImportJson", "has no “tables”; is this an Interview Journal export?")
        )
    checked: dict[str, list[dict[str, Any]]] = {}
    for table, rows in tables.items():
        if table not in _MODELS:
            raise _refuse(
                name,
                translate(
                    "ImportJson",
                    "holds a table “{table}” this version of Interview Journal does "
                    "not know; the file may have been edited",
                ).format(table=shown(str(table))),
            )
        if not isinstance(rows, list):
            raise _refuse(
                name,
                translate("ImportJson", "has “{table}” as {describe}, not a list of rows").format(
                    table=table, describe=_describe(rows)
                ),
            )
        columns = _COLUMNS[table]
        key = _key_name(_MODELS[table])
        seen: dict[str, int] = {}
        decoded_rows: list[dict[str, Any]] = []
        for number, row in enumerate(rows, start=1):
            if isinstance(row, dict) and row.get(key) in (None, ""):
                raise ImportFileError(
                    translate(
                        "ImportJson",
                        "Row {number} of “{table}” has no “{key}”; nothing was imported.",
                    ).format(number=number, table=table, key=key)
                )
            decoded = _check_row(table, number, row, columns)
            first = seen.setdefault(decoded[key], number)
            if first != number:
                raise ImportFileError(
                    translate(
                        "ImportJson",
                        "Rows {first} and {number} of “{table}” have the same “{key}”; the file "
                        "may have been edited. Nothing was imported.",
                    ).format(first=first, number=number, table=table, key=key)
                )
            decoded_rows.append(decoded)
        checked[table] = decoded_rows
    return {table: checked.get(table, []) for table in _MODELS}


def read_export(path: Path) -> ParsedExport:
    """Read and check an export written by :func:`~interview_journal.core.export.export_json`.

    Raises :class:`ImportFileError`, whose text names the problem (and the table and row,
    or the line, where it is), for anything that is not a complete, valid export this
    version can read.
    """
    path = Path(path)
    name = path.name
    document = _parse(name, _read_text(path))
    if isinstance(document, list):
        raise _refuse(
            name, translate("ImportJson", "holds a JSON list, not an Interview Journal export")
        )
    if not isinstance(document, dict):
        raise _refuse(
            name,
            translate("ImportJson", "holds a single JSON value, not an Interview Journal export"),
        )
    if document.get("format") != FORMAT_NAME:
        raise _refuse(
            name,
            translate(
                "ImportJson",
                "is not an Interview Journal export (its “format” is not “{format}”)",
            ).format(format=FORMAT_NAME),
        )
    format_version = _version(name, document, "format_version")
    schema_version = _version(name, document, "schema_version")
    if format_version > FORMAT_VERSION or schema_version > LATEST_VERSION:
        raise ImportFileError(
            translate(
                "ImportJson",
                "{name} was made by a newer version of Interview Journal (format "
                "{format_version}, schema {schema_version}; this version reads up to format "
                "{readable_format}, schema {readable_schema}); update the app first. Nothing was "
                "imported.",
            ).format(
                name=name,
                format_version=format_version,
                schema_version=schema_version,
                readable_format=FORMAT_VERSION,
                readable_schema=LATEST_VERSION,
            )
        )
    app_version = document.get("app_version")
    exported_at = document.get("exported_at")
    return ParsedExport(
        name=name,
        format_version=format_version,
        schema_version=schema_version,
        app_version=app_version if isinstance(app_version, str) else "",
        exported_at=exported_at if isinstance(exported_at, str) else "",
        tables=_check_tables(name, document.get("tables")),
    )


def file_kind(path: Path) -> str:
    """``"json"`` for an export of the app, ``"csv"`` for anything else to try as a CSV:
    by the name's extension, else by the first character (JSON text starts with ``{``)."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix == ".json":
        return "json"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    try:
        with path.open("rb") as stream:
            start = stream.read(64).removeprefix(b"\xef\xbb\xbf").lstrip()
    except OSError:
        return "csv"
    return "json" if start[:1] in (b"{", b"[") else "csv"


# ----------------------------------------------------------------- planning
@dataclass(frozen=True)
class TableCounts:
    """What a merge does to one table: ``new`` + ``updated`` + ``unchanged`` is the number
    of rows in the file; ``kept_local`` (part of ``unchanged``) are rows the journal holds
    in a different, newer version, which the merge keeps."""

    table: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: int = 0

    @property
    def rows(self) -> int:
        return self.new + self.updated + self.unchanged


@dataclass(frozen=True)
class MergeSummary:
    """Per table (in the export's order) and in total; ``applied`` once written."""

    tables: tuple[TableCounts, ...]
    applied: bool = False

    @property
    def new(self) -> int:
        return sum(t.new for t in self.tables)

    @property
    def updated(self) -> int:
        return sum(t.updated for t in self.tables)

    @property
    def unchanged(self) -> int:
        return sum(t.unchanged for t in self.tables)

    @property
    def kept_local(self) -> int:
        return sum(t.kept_local for t in self.tables)

    @property
    def changes(self) -> int:
        return self.new + self.updated

    def counts(self, table: str) -> TableCounts:
        return next((t for t in self.tables if t.table == table), TableCounts(table))

    def sentence(self) -> str:
        """One line for the status bar or the command line."""
        counts = {
            "new": i18n.number(self.new),
            "updated": i18n.number(self.updated),
            "unchanged": i18n.number(self.unchanged),
            "kept": i18n.number(self.kept_local),
        }
        if self.applied and self.kept_local:
            text = translate(
                "ImportJson",
                "Imported: {new} new, {updated} updated, {unchanged} unchanged "
                "({kept} kept as edited here, being newer).",
            )
        elif self.applied:
            text = translate(
                "ImportJson", "Imported: {new} new, {updated} updated, {unchanged} unchanged."
            )
        elif self.kept_local:
            text = translate(
                "ImportJson",
                "Would import: {new} new, {updated} updated, {unchanged} unchanged "
                "({kept} kept as edited here, being newer).",
            )
        else:
            text = translate(
                "ImportJson", "Would import: {new} new, {updated} updated, {unchanged} unchanged."
            )
        return text.format(**counts)


@dataclass(frozen=True)
class MergePlan:
    """What :func:`apply_merge` writes: per table, the rows to insert or overwrite."""

    summary: MergeSummary
    writes: tuple[tuple[type[SQLModel], tuple[dict[str, Any], ...]], ...] = field(repr=False)
    source: str = ""


def _same(first: Mapping[str, Any], second: Mapping[str, Any]) -> bool:
    # Plain equality settles nearly every value (aware datetimes compare as instants);
    # the encoded form, as the file writes it, settles the rest.
    for name, value in first.items():
        other = second.get(name)
        if value != other and encode_value(value) != encode_value(other):
            return False
    return True


def _newer(incoming: Mapping[str, Any], local: Mapping[str, Any]) -> bool:
    return bool(encode_value(incoming["updated_at"]) > encode_value(local["updated_at"]))


def _stage_aliases(journal: Journal, stages: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Incoming stage id → the journal's stage of the same name, for stages it lacks."""
    incoming = list(stages)
    if not incoming:
        return {}
    known = journal.rows_by_key(PipelineStage, [row["id"] for row in incoming])
    local = sorted(journal.iter_table_rows(PipelineStage), key=lambda r: r["position"])
    by_name: dict[str, str] = {}
    for row in local:
        by_name.setdefault(" ".join(str(row["name"]).split()).casefold(), row["id"])
    aliases: dict[str, str] = {}
    for row in incoming:
        if row["id"] in known:
            continue
        twin = by_name.get(" ".join(str(row["name"]).split()).casefold())
        if twin is not None:
            aliases[row["id"]] = twin
    return aliases


def _fk_problem(table: str, number: int, column: str, value: str, target: str) -> ImportFileError:
    return ImportFileError(
        translate(
            "ImportJson",
            "Row {number} of “{table}” points at {target} “{value}” (its “{column}”), which is "
            "neither in the file nor in the journal; nothing was imported.",
        ).format(number=number, table=table, target=target, value=shown(value), column=column)
    )


def plan_merge(journal: Journal, parsed: ParsedExport) -> MergePlan:
    """Compare the file with the journal, writing nothing; see the module's rules.

    Raises :class:`ImportFileError` when a row points at a record that is neither in the
    file nor in the journal, or repeats a row the journal's rules allow once.
    """
    in_file: dict[str, set[str]] = {
        table: {row[_key_name(_MODELS[table])] for row in rows}
        for table, rows in parsed.tables.items()
    }
    stage_alias = _stage_aliases(journal, parsed.tables.get("pipeline_stage", []))
    counts: list[TableCounts] = []
    writes: list[tuple[type[SQLModel], tuple[dict[str, Any], ...]]] = []
    for table, model in _MODELS.items():
        rows = parsed.tables.get(table, [])
        key = _key_name(model)
        if table == "application" and stage_alias:
            rows = [
                {**row, "stage_id": stage_alias.get(row["stage_id"], row["stage_id"])}
                for row in rows
            ]
        _check_references(journal, table, rows, in_file)
        local = journal.rows_by_key(model, [row[key] for row in rows])
        rows = _merge_twins(journal, table, model, rows, local)
        new = updated = unchanged = kept = 0
        to_write: list[dict[str, Any]] = []
        for row in rows:
            mine = local.get(row[key])
            if table == "pipeline_stage" and row[key] in stage_alias:
                unchanged += 1
            elif mine is None:
                new += 1
                to_write.append(row)
            elif _same(row, mine):
                unchanged += 1
            elif _newer(row, mine):
                updated += 1
                to_write.append(row)
            else:
                unchanged += 1
                kept += 1
        counts.append(TableCounts(table, new, updated, unchanged, kept))
        if to_write:
            writes.append((model, tuple(to_write)))
    return MergePlan(MergeSummary(tuple(counts)), tuple(writes), parsed.name)


def _check_references(
    journal: Journal,
    table: str,
    rows: list[dict[str, Any]],
    in_file: Mapping[str, set[str]],
) -> None:
    for column in _COLUMNS[table].values():
        target = column.references
        if target is None:
            continue
        wanted = {
            row[column.name]
            for row in rows
            if row[column.name] is not None and row[column.name] not in in_file[target]
        }
        if not wanted:
            continue
        present = journal.rows_by_key(_MODELS[target], wanted)
        for number, row in enumerate(rows, start=1):
            value = row[column.name]
            if value in wanted and value not in present:
                raise _fk_problem(table, number, column.name, value, f"a {target}")


def _merge_twins(
    journal: Journal,
    table: str,
    model: type[SQLModel],
    rows: list[dict[str, Any]],
    local: dict[str, dict[str, Any]],
) -> list[dict[str, Any]]:
    """Rows the journal allows once per (company, criterion) and the like: an incoming row
    with a new id but the same such key as a stored row is taken as that row, under the
    stored id, instead of breaking the rule. Also refuses a file repeating such a key."""
    unique_sets = _unique_sets(model)
    if not unique_sets:
        return rows
    key = _key_name(model)
    for names in unique_sets:
        seen: dict[tuple[Any, ...], int] = {}
        for number, row in enumerate(rows, start=1):
            first = seen.setdefault(tuple(row[n] for n in names), number)
            if first != number:
                raise ImportFileError(
                    translate(
                        "ImportJson",
                        "Rows {first} and {number} of “{table}” repeat the same {columns}, "
                        "which the journal allows once; nothing was imported.",
                    ).format(first=first, number=number, table=table, columns=" and ".join(names))
                )
    if all(row[key] in local for row in rows):
        return rows
    stored = list(journal.iter_table_rows(model))
    indexes = [{tuple(s[n] for n in names): s for s in stored} for names in unique_sets]
    result: list[dict[str, Any]] = []
    for row in rows:
        taken = row
        if row[key] not in local:
            for names, index in zip(unique_sets, indexes, strict=True):
                twin = index.get(tuple(row[n] for n in names))
                if twin is not None:
                    taken = {**row, key: twin[key]}
                    local[twin[key]] = twin
                    break
        result.append(taken)
    return result


# ----------------------------------------------------------------- applying
def apply_merge(journal: Journal, plan: MergePlan) -> MergeSummary:
    """Write the plan in one transaction: every row of it, or (on any error) none.

    A record edited in the journal after the plan was made keeps that newer edit.
    Raises :class:`~interview_journal.storage.errors.JournalError` when the journal
    refuses the write (a record the plan relies on was deleted meanwhile, disk full).
    """
    journal.merge_rows(plan.writes)
    return replace(plan.summary, applied=True)


def import_json(journal: Journal, path: Path, *, dry_run: bool) -> MergeSummary:
    """Read, check and plan ``path``; unless ``dry_run``, write the plan."""
    plan = plan_merge(journal, read_export(path))
    if dry_run or not plan.writes:
        return replace(plan.summary, applied=not dry_run)
    return apply_merge(journal, plan)
