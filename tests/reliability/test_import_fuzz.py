"""Fuzzed import files (issue 8, point 6): a damaged file is refused whole, never half-read.

The seeds are real: the small sample exported as JSON (``core/export.py``) and as the
applications CSV (``core/export_csv.py``). Hypothesis mutates them: bytes flipped, the file
cut at any point, junk inserted or a stretch deleted; and, for JSON, values of the wrong
type, keys removed or added, strings of megabytes, nesting thousands deep, duplicate ids,
ids pointing nowhere, rows removed (leaving their children dangling) and headers changed.
Each mutated file is imported into an empty journal or into one holding the sample.

Property: the import succeeds, and the journal then passes ``integrity_problems`` (foreign
keys, the search index, SQLite's own check); or it raises ``ImportFileError`` whose message
is one line, and the journal is exactly as before (row counts and a hash of every row).
Any other exception fails the test.

Inputs tried per run (the ``max_examples`` below): 150 byte-mutated JSON files,
200 JSON-level mutations, 150 byte-mutated CSV files and 150 CSV-level mutations: 650
(about 45 s on the project's 2-core machine, hence ``slow``).
"""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from interview_journal.core.export import export_json
from interview_journal.core.export_csv import export_csv
from interview_journal.core.import_csv import import_csv
from interview_journal.core.import_json import ImportFileError, import_json
from interview_journal.core.sample import generate_sample
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Application
from tests.reliability.test_properties import NASTY, journal_state

pytestmark = pytest.mark.slow

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MESSAGE_MAX = 500
FUZZ = settings(
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


@dataclass(frozen=True)
class Seeds:
    export: bytes
    document: dict[str, Any]
    csv: bytes
    sampled: Path  # a data folder whose journal holds the sample


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Seeds:
    folder = tmp_path_factory.mktemp("fuzz-seeds")
    paths = DataPaths(folder / "sampled")
    journal = Journal.open(paths)
    generate_sample(journal, "small", now=NOW)
    export_json(journal, folder / "export.json", now=NOW)
    export_csv(journal, folder / "applications.csv", "applications", tz=UTC, now=NOW)
    journal.close()
    data = (folder / "export.json").read_bytes()
    return Seeds(data, json.loads(data), (folder / "applications.csv").read_bytes(), paths.root)


@dataclass
class Target:
    journal: Journal
    folder: Path


@contextmanager
def target_journal(kind: str, seeds: Seeds) -> Iterator[Target]:
    """A journal to import into, for one example: empty, or a copy of the sampled one."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as temporary:
        folder = Path(temporary)
        if kind == "sampled":
            shutil.copytree(seeds.sampled, folder / "data")
            journal = Journal.open(DataPaths(folder / "data"))
        else:
            journal = Journal.in_memory()
        try:
            yield Target(journal, folder)
        finally:
            journal.close()


def assert_refused_cleanly(error: ImportFileError) -> None:
    message = str(error)
    assert message.strip() and "\n" not in message and "\r" not in message, message[:600]
    assert len(message) <= MESSAGE_MAX, message[:600]
    assert "nothing was imported" in message.casefold(), message


def check_import(target: Target, data: bytes, suffix: str) -> str:
    """Import ``data``; the property of the module holds, whichever way it goes."""
    journal = target.journal
    path = target.folder / f"fuzzed{suffix}"
    path.write_bytes(data)
    before = journal_state(journal)
    refusal: ImportFileError | None = None
    try:
        if suffix == ".json":
            import_json(journal, path, dry_run=False)
        else:
            import_csv(journal, path, dry_run=False)
    except ImportFileError as error:
        refusal = error
    if refusal is not None:
        assert_refused_cleanly(refusal)
        assert journal_state(journal) == before, f"refused ({refusal}) but the journal changed"
        return "refused"
    assert journal.integrity_problems() == []
    return "imported"


# -------------------------------------------------------------- byte mutations
@st.composite
def mutated_bytes(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with one to four byte-level changes."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        size = len(data)
        at = draw(st.integers(min_value=0, max_value=max(size - 1, 0)))
        how = draw(st.sampled_from(["flip", "set", "cut", "insert", "delete", "nasty"]))
        if how == "flip" and size:
            data[at] ^= 1 << draw(st.integers(min_value=0, max_value=7))
        elif how == "set" and size:
            data[at] = draw(st.integers(min_value=0, max_value=255))
        elif how == "cut":
            del data[at:]
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif how == "delete":
            del data[at : at + draw(st.integers(min_value=1, max_value=200))]
        else:
            data[at:at] = draw(st.sampled_from(NASTY)).encode("utf-8")
    return bytes(data)


@pytest.mark.parametrize("suffix", [".json", ".csv"])
@settings(FUZZ, max_examples=150)
@given(data=st.data(), kind=st.sampled_from(["empty", "sampled"]))
def test_a_byte_damaged_file_is_imported_or_refused_whole(
    seeds: Seeds, suffix: str, data: st.DataObject, kind: str
) -> None:
    seed = seeds.export if suffix == ".json" else seeds.csv
    mutated = data.draw(mutated_bytes(seed), label="file")
    with target_journal(kind, seeds) as target:
        event(check_import(target, mutated, suffix))


# -------------------------------------------------------------- JSON mutations
DEEP = "__deep_nesting__"
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(NASTY),
    st.sampled_from(
        [
            "2026-01-14T10:30:00+00:00",
            "2026-01-14T10:30:00",
            "9999-12-31T23:59:59+14:00",
            "0001-01-01T00:00:00-12:00",
            "2026-02-30",
            "not-an-id",
            DEEP,
        ]
    ),
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
    # A copy: the mutations below change lists in place, never one Hypothesis holds.
).map(copy.deepcopy)


@st.composite
def mutated_document(draw: st.DrawFn, seed: dict[str, Any]) -> bytes:
    """The export with one to three changes to its structure, as the file's bytes."""
    document = json.loads(json.dumps(seed))
    tables: dict[str, Any] = document["tables"]
    names = sorted(name for name, rows in tables.items() if rows)
    huge = ""
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        how = draw(
            st.sampled_from(
                [
                    "header",
                    "value",
                    "value",
                    "drop_key",
                    "add_key",
                    "duplicate",
                    "dangling",
                    "drop_row",
                    "drop_table",
                    "newer",
                    "huge",
                    "rows_not_list",
                    "row_not_object",
                ]
            )
        )
        table = draw(st.sampled_from(names))
        rows = tables.get(table)
        if not isinstance(rows, list) or not rows:
            continue
        index = draw(st.integers(min_value=0, max_value=len(rows) - 1))
        row = rows[index]
        if not isinstance(row, dict) or not row:
            continue
        column = draw(st.sampled_from(sorted(row)))
        if how == "header":
            key = draw(
                st.sampled_from(
                    ["format", "format_version", "schema_version", "app_version", "tables"]
                )
            )
            document[key] = draw(json_values)
        elif how == "value":
            row[column] = draw(json_values)
        elif how == "drop_key":
            del row[column]
        elif how == "add_key":
            row[draw(st.text(max_size=12))] = draw(json_values)
        elif how == "duplicate":
            rows.append(dict(row))
        elif how == "dangling" and column.endswith("_id"):
            ids = [r["id"] for r in rows if isinstance(r, dict) and isinstance(r.get("id"), str)]
            row[column] = draw(st.sampled_from(["no-such-record", "", *ids]))
        elif how == "drop_row":
            del rows[index]
        elif how == "drop_table":
            del tables[table]
        elif how == "newer":
            # The merge overwrites what the file has newer: the path of a real update.
            row["updated_at"] = "2027-01-01T00:00:00+00:00"
            row[column] = draw(json_values)
        elif how == "huge":
            huge = draw(st.sampled_from(["x", "é", "🚀", "\\u0000", '\\"']))
            row[column] = "__huge__"
        elif how == "rows_not_list":
            tables[table] = draw(json_values)
        elif how == "row_not_object":
            rows[index] = draw(json_values)
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    depth = draw(st.sampled_from([2, 50, 5_000, 200_000]))
    text = text.replace(f'"{DEEP}"', "[" * depth + "]" * depth)
    if huge:
        text = text.replace('"__huge__"', '"' + huge * (3_000_000 // len(huge)) + '"')
    return text.encode("utf-8")


@settings(FUZZ, max_examples=200)
@given(data=st.data(), kind=st.sampled_from(["empty", "sampled"]))
def test_a_tampered_export_is_imported_or_refused_whole(
    seeds: Seeds, data: st.DataObject, kind: str
) -> None:
    mutated = data.draw(mutated_document(seeds.document), label="file")
    with target_journal(kind, seeds) as target:
        event(check_import(target, mutated, ".json"))


# --------------------------------------------------------------- CSV mutations
@st.composite
def mutated_csv(draw: st.DrawFn, seed: bytes) -> bytes:
    """The applications CSV with cells, rows or the header changed."""
    lines = seed.decode("utf-8-sig").split("\r\n")
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        at = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        how = draw(st.sampled_from(["cell", "cell", "extra", "short", "quote", "copy", "huge"]))
        cells = lines[at].split(",")
        column = draw(st.integers(min_value=0, max_value=max(len(cells) - 1, 0)))
        if how == "cell":
            value = draw(st.sampled_from(NASTY) | st.text(max_size=30))
            quoted = '"' + value.replace('"', '""') + '"'
            cells[column] = draw(st.sampled_from([value, quoted]))
        elif how == "extra":
            cells.append(draw(st.sampled_from(NASTY)))
        elif how == "short":
            cells = cells[: max(column, 1)]
        elif how == "quote":
            cells[column] = '"' + cells[column]
        elif how == "copy":
            lines.insert(at, lines[at])
        else:
            cells[column] = '"' + draw(st.sampled_from(["x", "é ", "\n"])) * 1_100_000 + '"'
        lines[at] = ",".join(cells)
    encoding = draw(st.sampled_from(["utf-8-sig", "utf-8", "utf-16", "cp1252"]))
    return "\r\n".join(lines).encode(encoding, errors="replace")


@settings(FUZZ, max_examples=150)
@given(data=st.data(), kind=st.sampled_from(["empty", "sampled"]))
def test_a_tampered_csv_is_imported_or_refused_whole(
    seeds: Seeds, data: st.DataObject, kind: str
) -> None:
    mutated = data.draw(mutated_csv(seeds.csv), label="file")
    with target_journal(kind, seeds) as target:
        event(check_import(target, mutated, ".csv"))


def test_the_seeds_import_cleanly(seeds: Seeds) -> None:
    """The unmutated files import, so every refusal above is the mutation's doing."""
    for data, suffix in ((seeds.export, ".json"), (seeds.csv, ".csv")):
        with target_journal("empty", seeds) as target:
            assert check_import(target, data, suffix) == "imported"
            assert target.journal.count(Application) == 12
