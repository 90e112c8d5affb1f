"""The storage facade: the only door to the journal database.

Each method opens a short session, does one operation and closes it; records come out
detached (``expire_on_commit=False``, no relationships), so callers hold plain objects
that never touch the database behind their back. Nothing outside this package writes SQL.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import configure_mappers
from sqlmodel import Session, SQLModel, col

from interview_journal.paths import DataPaths, make_private_file
from interview_journal.storage import migrations
from interview_journal.storage.engine import (
    create_journal_engine,
    verify_journal_file,
)
from interview_journal.storage.errors import (
    JournalError,
    JournalWriteError,
    NotAJournalError,
    RecordNotFoundError,
    write_failure,
)
from interview_journal.storage.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SNIPPET_ROW_MAX,
    SearchHit,
    snippet_of,
)
from interview_journal.storage.tables import (
    Application,
    NoteLine,
    Setting,
    TimelineEvent,
    utc_now,
)

ModelT = TypeVar("ModelT", bound=SQLModel)


@dataclass(frozen=True)
class NoteLineWrite:
    """The new state of one live note line."""

    id: str
    position: float
    elapsed_ms: int
    marker: str
    text: str


@dataclass(frozen=True)
class TimelineFilter:
    """Which events the timeline shows; every field left empty shows them all.

    ``stage_id`` keeps events of applications currently in that pipeline stage;
    ``since``/``until`` are UTC bounds on ``occurred_at`` (``since`` included, ``until`` not).
    """

    company_id: str | None = None
    application_id: str | None = None
    kinds: tuple[str, ...] = ()
    stage_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    @property
    def narrowed(self) -> bool:
        """True when some events may be left out."""
        return bool(
            self.company_id
            or self.application_id
            or self.kinds
            or self.stage_id
            or self.since
            or self.until
        )


@contextmanager
def _user_facing_errors() -> Iterator[None]:
    """Turn database errors into JournalErrors whose text can be shown as it is."""
    try:
        yield
    except IntegrityError as error:
        raise JournalWriteError(
            f"That change breaks the journal's rules and was not saved ({error.orig})."
        ) from error
    except OperationalError as error:
        raise write_failure(error) from error
    except DatabaseError as error:
        raise JournalError(f"The journal could not be read: {error.orig}.") from error


def _note_line_statements() -> tuple[Any, Any]:
    table = NoteLine.__table__  # type: ignore[attr-defined]
    insert_statement = sqlite_insert(table)
    upsert = insert_statement.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={
            name: insert_statement.excluded[name]
            for name in ("position", "elapsed_ms", "marker", "text", "updated_at")
        },
    )
    remove = delete(table).where(table.c.id.in_(bindparam("ids", expanding=True)))
    return upsert, remove


# Built once: SQLAlchemy then reuses their compiled form on every keystroke.
_UPSERT_NOTE_LINE, _DELETE_NOTE_LINES = _note_line_statements()


class Snapshot:
    """Reads of the whole journal as of one moment; see :meth:`Journal.snapshot`."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def schema_version(self) -> int:
        return int(self._connection.exec_driver_sql("PRAGMA user_version").scalar_one())

    def rows(self, model: type[SQLModel]) -> Iterator[dict[str, Any]]:
        """Every row of one table as a dict of column values, in primary-key order."""
        table = model.__table__  # type: ignore[attr-defined]
        statement = select(table).order_by(*table.primary_key.columns)
        for row in self._connection.execute(statement):
            yield dict(row._mapping)


class Journal:
    """One open journal."""

    def __init__(
        self, engine: Engine, paths: DataPaths | None, *, scratch: Path | None = None
    ) -> None:
        self.engine = engine
        self.paths = paths
        self.migration: migrations.MigrationResult | None = None
        self._scratch = scratch  # the temporary folder of a throwaway journal

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, paths: DataPaths) -> Journal:
        """Open (or create) the journal in ``paths``, upgrading it if it is older."""
        paths.prepare()
        verify_journal_file(paths, thorough=False)
        make_private_file(paths.journal)
        engine = create_journal_engine(paths.journal)
        journal = cls(engine, paths)
        try:
            journal.migration = journal._migrate(paths.backups)
            journal._tighten_side_files()
            # SQLAlchemy configures every mapper on the first ORM query (about 30 ms for
            # these 20 tables); doing it here keeps it on the thread that opens the
            # journal (a worker in the app) instead of in the first view that reads.
            configure_mappers()
        except BaseException:
            engine.dispose()
            raise
        return journal

    @classmethod
    def in_memory(cls) -> Journal:
        """A throwaway journal (tests): a private temporary file, removed on close.

        A file rather than SQLite's ``:memory:``: an in-memory database lives in one
        connection that every thread would share, and a session closing on one thread
        then rolls back the transaction another has open (the live pad's writer lost
        lines that way). With a file each thread has its own connection, as in the app.
        """
        scratch = Path(tempfile.mkdtemp(prefix="interview-journal-"))
        engine = create_journal_engine(scratch / "journal.sqlite3", durable=False)
        journal = cls(engine, None, scratch=scratch)
        journal.migration = journal._migrate(None)
        return journal

    def _migrate(self, backup_dir: Path | None) -> migrations.MigrationResult:
        raw = self.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            return migrations.migrate(driver, backup_dir)
        except sqlite3.DatabaseError as error:
            raise NotAJournalError(
                f"The journal could not be opened: {error}. It was left unchanged."
            ) from error
        finally:
            raw.close()

    def _tighten_side_files(self) -> None:
        # SQLite creates -wal and -shm with the database file's mode (os_unix.c,
        # findCreateFileMode); this makes sure of it for files left by older runs.
        if self.paths is None or os.name != "posix":
            return
        for suffix in ("-wal", "-shm"):
            side = self.paths.journal.with_name(self.paths.journal.name + suffix)
            if side.exists():
                os.chmod(side, 0o600)

    def close(self) -> None:
        self.engine.dispose()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    @property
    def reads_in_parallel(self) -> bool:
        """Whether another thread may read while this one writes.

        Every journal gives each thread its own connection. The throwaway journal of the
        tests answers False all the same, so their reads stay on the UI thread and a test
        sees a view's data as soon as it acts, without waiting for workers.
        """
        return self.paths is not None

    # --------------------------------------------------------------- sessions
    @contextmanager
    def _session(self) -> Iterator[Session]:
        with _user_facing_errors(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    # ------------------------------------------------------------ generic CRUD
    def add(self, record: ModelT) -> ModelT:
        with self._session() as session:
            session.add(record)
            session.commit()
        return record

    def add_all(self, records: Sequence[SQLModel]) -> None:
        with self._session() as session:
            session.add_all(records)
            session.commit()

    def get(self, model: type[ModelT], record_id: str) -> ModelT:
        with self._session() as session:
            record = session.get(model, record_id)
        if record is None:
            raise RecordNotFoundError(f"That {model.__name__} no longer exists.")
        return record

    def find(self, model: type[ModelT], record_id: str) -> ModelT | None:
        with self._session() as session:
            return session.get(model, record_id)

    def update(self, model: type[ModelT], record_id: str, **changes: Any) -> ModelT:
        with self._session() as session:
            record = session.get(model, record_id)
            if record is None:
                raise RecordNotFoundError(f"That {model.__name__} no longer exists.")
            for name, value in changes.items():
                if name not in model.model_fields:
                    raise AttributeError(f"{model.__name__} has no field {name!r}")
                setattr(record, name, value)
            if "updated_at" in model.model_fields:
                setattr(record, "updated_at", utc_now())  # noqa: B010 - not every model has it
            session.add(record)
            session.commit()
        return record

    def delete(self, model: type[SQLModel], record_id: str) -> None:
        with self._session() as session:
            record = session.get(model, record_id)
            if record is not None:
                session.delete(record)
                session.commit()

    def records(
        self,
        model: type[ModelT],
        *,
        order_by: str | None = None,
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
        **filters: Any,
    ) -> list[ModelT]:
        """Records whose fields equal ``filters``, in ``order_by`` order."""
        statement = select(model)
        for name, value in filters.items():
            column = getattr(model, name)
            statement = statement.where(column.is_(None) if value is None else column == value)
        if order_by is not None:
            column = getattr(model, order_by)
            statement = statement.order_by(column.desc() if descending else column.asc())
        statement = statement.offset(offset)
        if limit is not None:
            statement = statement.limit(limit)
        with self._session() as session:
            return list(session.scalars(statement).all())

    def records_by_id(self, model: type[ModelT], ids: Iterable[str]) -> dict[str, ModelT]:
        """The records among ``ids`` that exist, by id; one query per 500 ids."""
        wanted = sorted(set(ids))
        found: dict[str, ModelT] = {}
        column = model.id  # type: ignore[attr-defined]
        with self._session() as session:
            # Chunks stay far below SQLite's limit on bound parameters (32,766 since 3.32).
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                for record in session.scalars(select(model).where(column.in_(chunk))):
                    found[record.id] = record  # type: ignore[attr-defined]
        return found

    def values_by_id(
        self, model: type[SQLModel], ids: Iterable[str], columns: Sequence[str]
    ) -> dict[str, tuple[Any, ...]]:
        """``columns`` of the records among ``ids``, by id, without building ORM objects.

        For reads that only name things (a page of search hits names ~200 rounds,
        applications and companies): 100 records cost ~5 ms through the ORM, ~2 ms so.
        Values are converted by the columns' types, as the ORM would.
        """
        wanted = sorted(set(ids))
        table = model.__table__  # type: ignore[attr-defined]
        selected = [table.c.id, *(table.c[name] for name in columns)]
        found: dict[str, tuple[Any, ...]] = {}
        with self._session() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                for row in session.execute(select(*selected).where(table.c.id.in_(chunk))):
                    found[row[0]] = tuple(row[1:])
        return found

    def count(self, model: type[SQLModel], **filters: Any) -> int:
        statement = select(func.count()).select_from(model)
        for name, value in filters.items():
            column = getattr(model, name)
            statement = statement.where(column.is_(None) if value is None else column == value)
        with self._session() as session:
            return int(session.scalar(statement) or 0)

    def group_summary(
        self,
        model: type[SQLModel],
        group_column: str,
        time_column: str,
        *,
        only: tuple[str, Collection[str]] | None = None,
    ) -> dict[str, tuple[int, datetime]]:
        """Per value of ``group_column``: how many rows, and the latest ``time_column``.

        ``only=(column, values)`` counts only the rows whose ``column`` is among ``values``.
        """
        group = getattr(model, group_column)
        moment = getattr(model, time_column)
        statement = select(group, func.count(), func.max(moment)).group_by(group)
        if only is not None:
            statement = statement.where(getattr(model, only[0]).in_(sorted(only[1])))
        with self._session() as session:
            rows = session.execute(statement).all()
        return {
            str(key): (
                int(count),
                utc(latest) if isinstance(latest, datetime) else _parse_utc(latest),
            )
            for key, count, latest in rows
            if key is not None
        }

    def bulk_insert(self, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert many rows in one transaction (sample journals, imports)."""
        if not rows:
            return
        table = model.__table__  # type: ignore[attr-defined]
        with self._session() as session:
            session.execute(insert(table), list(rows))
            session.commit()

    # ---------------------------------------------------------------- merging
    def rows_by_key(self, model: type[SQLModel], keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The rows among primary keys ``keys`` that exist, as column dicts, by key.

        One query per 500 keys, like :meth:`records_by_id`; for tables keyed by ``key``
        (settings) as well as by ``id``.
        """
        table = model.__table__  # type: ignore[attr-defined]
        (key_column,) = table.primary_key.columns
        wanted = sorted(set(keys))
        found: dict[str, dict[str, Any]] = {}
        with _user_facing_errors(), self.engine.connect() as connection:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                statement = select(table).where(key_column.in_(chunk))
                for row in connection.execute(statement):
                    values = dict(row._mapping)
                    found[str(values[key_column.name])] = values
        return found

    def merge_rows(
        self, batches: Sequence[tuple[type[SQLModel], Sequence[Mapping[str, Any]]]]
    ) -> None:
        """Insert or update whole rows of several tables in ONE transaction (all or none).

        ``batches`` come in an order that satisfies foreign keys. A row whose key is new
        is inserted; an existing row is overwritten only when the incoming ``updated_at``
        is newer than the stored one, so an edit made since an import was planned
        survives it. Updates go through SQLite's upsert, whose UPDATE fires the search
        index triggers like any edit (https://www.sqlite.org/lang_upsert.html).
        """
        statements = []
        for model, rows in batches:
            if not rows:
                continue
            table = model.__table__  # type: ignore[attr-defined]
            (key_column,) = table.primary_key.columns
            statement = sqlite_insert(table)
            others = [c.name for c in table.columns if c.name != key_column.name]
            upsert = statement.on_conflict_do_update(
                index_elements=[key_column],
                set_={name: statement.excluded[name] for name in others},
                where=statement.excluded.updated_at > table.c.updated_at,
            )
            statements.append((upsert, [dict(row) for row in rows]))
        if not statements:
            return
        with _user_facing_errors(), self.engine.begin() as connection:
            for upsert, rows in statements:
                connection.execute(upsert, rows)

    # ------------------------------------------------------------ live notes
    def note_lines(self, round_id: str) -> list[NoteLine]:
        return self.records(NoteLine, order_by="position", round_id=round_id)

    def save_note_lines(
        self, round_id: str, writes: Sequence[NoteLineWrite], deleted_ids: Sequence[str] = ()
    ) -> None:
        """Apply one edit of the note pad durably, in one transaction.

        This runs on every keystroke: one prepared upsert, executed for the touched
        lines, on a plain connection (no ORM unit of work to flush).
        """
        now = utc_now()
        rows = [
            {
                "id": write.id,
                "round_id": round_id,
                "position": write.position,
                "elapsed_ms": write.elapsed_ms,
                "marker": write.marker,
                "text": write.text,
                "created_at": now,
                "updated_at": now,
            }
            for write in writes
        ]
        with _user_facing_errors(), self.engine.begin() as connection:
            if deleted_ids:
                connection.execute(_DELETE_NOTE_LINES, {"ids": list(deleted_ids)})
            if rows:
                connection.execute(_UPSERT_NOTE_LINE, rows)

    # -------------------------------------------------------------- timeline
    def _timeline_statement(self, where: TimelineFilter) -> Any:
        statement = select(TimelineEvent)
        if where.company_id:
            statement = statement.where(col(TimelineEvent.company_id) == where.company_id)
        if where.application_id:
            statement = statement.where(col(TimelineEvent.application_id) == where.application_id)
        if where.kinds:
            statement = statement.where(TimelineEvent.kind.in_(where.kinds))  # type: ignore[attr-defined]
        if where.stage_id:
            # A subquery on the indexed stage_id: SQLite turns it into an IN-list probe of
            # ix_timeline_event_application_id instead of scanning every event.
            in_stage = select(col(Application.id)).where(
                col(Application.stage_id) == where.stage_id
            )
            statement = statement.where(col(TimelineEvent.application_id).in_(in_stage))
        if where.since is not None:
            statement = statement.where(col(TimelineEvent.occurred_at) >= utc(where.since))
        if where.until is not None:
            statement = statement.where(col(TimelineEvent.occurred_at) < utc(where.until))
        return statement

    def timeline_page(self, where: TimelineFilter, offset: int, limit: int) -> list[TimelineEvent]:
        """Newest first; one page, so 20,000 events never load at once."""
        statement = (
            self._timeline_statement(where)
            .order_by(TimelineEvent.occurred_at.desc(), TimelineEvent.id)  # type: ignore[attr-defined]
            .offset(offset)
            .limit(limit)
        )
        with self._session() as session:
            return list(session.scalars(statement).all())

    def timeline_count(self, where: TimelineFilter) -> int:
        statement = select(func.count()).select_from(self._timeline_statement(where).subquery())
        with self._session() as session:
            return int(session.scalar(statement) or 0)

    # ----------------------------------------------------------------- search
    def search(
        self,
        match_query: str,
        limit: int = 50,
        *,
        tables: Collection[str] | None = None,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Run an FTS5 expression built by :func:`build_match_query`, best matches first.

        ``tables`` keeps only records of those source tables; ``offset`` skips that many
        of the best matches (the next page).
        """
        params: dict[str, Any] = {
            "start": HIGHLIGHT_START,
            "end": HIGHLIGHT_END,
            "query": match_query,
            "limit": limit,
            "offset": offset,
            "snippet_row_max": SNIPPET_ROW_MAX,
        }
        if tables is None:
            where, order = "", "search_index.rank"
        else:
            # ORDER BY rank makes FTS5 rank every match before the join filters them
            # (110 ms for "the" in the heavy sample); bm25() ranks only what is kept (25 ms).
            where, order = " AND d.source_table IN :tables", "bm25(search_index)"
            params["tables"] = sorted(tables)
        statement = text(
            "SELECT d.source_table, d.source_id,"
            " highlight(search_index, 0, :start, :end),"
            " CASE WHEN length(search_index.body) <= :snippet_row_max"
            " THEN snippet(search_index, 1, :start, :end, '…', 16)"
            " ELSE highlight(search_index, 1, :start, :end) END, " + order + " AS score"
            " FROM search_index JOIN search_doc AS d ON d.doc_id = search_index.rowid"
            " WHERE search_index MATCH :query" + where + " ORDER BY score"
            " LIMIT :limit OFFSET :offset"
        )
        if tables is not None:
            statement = statement.bindparams(bindparam("tables", expanding=True))
        with self._session() as session:
            rows = session.execute(statement, params).all()
        return [
            SearchHit(r[0], r[1], r[2] or "", _short_snippet(r[3] or ""), float(r[4])) for r in rows
        ]

    # -------------------------------------------------------------- settings
    def setting(self, key: str, default: str = "") -> str:
        record = self.find(Setting, key)
        return default if record is None else record.value

    def set_setting(self, key: str, value: str) -> None:
        table = Setting.__table__  # type: ignore[attr-defined]
        statement = sqlite_insert(table).values(key=key, value=value, updated_at=utc_now())
        statement = statement.on_conflict_do_update(
            index_elements=[table.c.key], set_={"value": value, "updated_at": utc_now()}
        )
        with self._session() as session:
            session.execute(statement)
            session.commit()

    # ------------------------------------------------------- whole-journal ops
    def integrity_problems(self) -> list[str]:
        """Everything ``PRAGMA integrity_check``, the foreign keys and the FTS index report."""
        problems: list[str] = []
        with self.engine.connect() as connection:
            for (row,) in connection.exec_driver_sql("PRAGMA integrity_check"):
                if row != "ok":
                    problems.append(str(row))
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"record {row[1]} in {row[0]} points at a missing {row[2]}")
            try:
                connection.exec_driver_sql(
                    "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)"
                )
            except DatabaseError as error:
                problems.append(f"search index: {error.orig}")
            connection.rollback()
        return problems

    def schema_version(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())

    def iter_table_rows(self, model: type[SQLModel]) -> Iterator[dict[str, Any]]:
        """Every row of one table as a dict of column values, in primary-key order."""
        with self.snapshot() as snapshot:
            yield from snapshot.rows(model)

    @contextmanager
    def snapshot(self) -> Iterator[Snapshot]:
        """One read transaction: every table read through it shows the same moment,
        even while the note pad keeps writing (WAL readers see a fixed snapshot,
        https://www.sqlite.org/wal.html#concurrency)."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("BEGIN")
            try:
                yield Snapshot(connection)
            finally:
                connection.rollback()


def _short_snippet(text: str) -> str:
    # A long row came back highlighted whole (see SNIPPET_ROW_MAX): cut it here.
    return text if len(text) <= SNIPPET_ROW_MAX else snippet_of(text)


def _parse_utc(value: object) -> datetime:
    # func.max() loses the column type, so SQLite hands back the stored text.
    return utc(datetime.fromisoformat(str(value)))


def utc(moment: datetime) -> datetime:
    """Make ``moment`` timezone-aware UTC (naive values are taken as UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
