"""Importing the app's JSON: checked in full, merged by id, all or nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from interview_journal.core import import_json
from interview_journal.core.export import export_json
from interview_journal.core.import_json import (
    ImportFileError,
    apply_merge,
    file_kind,
    plan_merge,
    read_export,
)
from interview_journal.core.pipeline import PipelineService
from interview_journal.core.research import ResearchService
from interview_journal.core.sample import generate_sample
from interview_journal.core.search import SearchService
from interview_journal.storage.errors import JournalError
from interview_journal.storage.journal import Journal
from interview_journal.storage.search import build_match_query
from interview_journal.storage.tables import (
    DOMAIN_TABLES,
    Application,
    Company,
    FitCriterion,
    FitScore,
    Offer,
    PipelineStage,
    ResearchNote,
)

CORPUS = Path(__file__).parent.parent / "data" / "import_corpus"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TRICKY = "Zoë's \"Café\" 🚀 — שלום'); DROP TABLE company; --"


def _counts(journal: Journal) -> dict[str, int]:
    return {str(model.__tablename__): journal.count(model) for model in DOMAIN_TABLES}


@pytest.fixture
def sampled(journal: Journal) -> Journal:
    generate_sample(journal, "small")
    return journal


@pytest.fixture
def exported(sampled: Journal, tmp_path: Path) -> Path:
    target = tmp_path / "journal.json"
    export_json(sampled, target, now=NOW)
    return target


@pytest.fixture
def empty() -> Any:
    other = Journal.in_memory()
    yield other
    other.close()


def _document(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# ---------------------------------------------------------------- round trip
def test_round_trip_into_an_empty_journal_gives_the_same_json(exported: Path, tmp_path: Path):
    empty = Journal.in_memory()
    try:
        summary = import_json.import_json(empty, exported, dry_run=False)
        again = tmp_path / "again.json"
        export_json(empty, again, now=NOW)
    finally:
        empty.close()
    assert summary.applied
    assert summary.new == sum(len(rows) for rows in _document(exported)["tables"].values())
    assert again.read_bytes() == exported.read_bytes()


def test_importing_the_same_file_twice_writes_nothing_the_second_time(
    exported: Path, monkeypatch: pytest.MonkeyPatch
):
    target = Journal.in_memory()
    try:
        first = import_json.import_json(target, exported, dry_run=False)
        before = _counts(target)
        calls: list[object] = []
        monkeypatch.setattr(Journal, "merge_rows", lambda self, batches: calls.append(batches))
        second = import_json.import_json(target, exported, dry_run=False)
        assert _counts(target) == before
    finally:
        target.close()
    assert first.new > 0
    assert (second.new, second.updated, second.unchanged) == (0, 0, first.new)
    assert calls == []


def test_dry_run_reports_counts_per_table_and_writes_nothing(exported: Path, empty: Journal):
    summary = import_json.import_json(empty, exported, dry_run=True)
    assert not summary.applied
    assert all(count == 0 for count in _counts(empty).values())
    document = _document(exported)
    assert [t.table for t in summary.tables] == list(document["tables"])
    assert summary.counts("company").new == len(document["tables"]["company"])
    assert summary.sentence().startswith("Would import:")


def test_tricky_text_survives_the_merge(journal: Journal, tmp_path: Path):
    source = Journal.in_memory()
    try:
        company = ResearchService(source).add_company(TRICKY)
        ResearchService(source).add_note(company.id, "values", title="O'Reilly", body=TRICKY)
        export_json(source, tmp_path / "tricky.json", now=NOW)
    finally:
        source.close()
    import_json.import_json(journal, tmp_path / "tricky.json", dry_run=False)
    assert journal.records(Company)[0].name == TRICKY
    assert journal.records(ResearchNote)[0].body == TRICKY


# --------------------------------------------------------------- merge rules
def _edited(path: Path, table: str, changes: dict[str, Any], when: datetime) -> Path:
    document = _document(path)
    row = document["tables"][table][0]
    row.update(changes, updated_at=when.isoformat())
    return _write(path.with_name(f"edited-{table}.json"), document)


def test_a_newer_incoming_edit_wins_and_an_older_one_is_kept_local(sampled: Journal, exported):
    company_id = _document(exported)["tables"]["company"][0]["id"]
    local = sampled.get(Company, company_id)
    local_time = local.updated_at
    newer = _edited(exported, "company", {"summary": "from the other laptop"}, NOW)
    summary = import_json.import_json(sampled, newer, dry_run=False)
    assert summary.counts("company").updated == 1
    assert sampled.get(Company, company_id).summary == "from the other laptop"

    older = _edited(exported, "company", {"summary": "stale"}, local_time - timedelta(days=30))
    summary = import_json.import_json(sampled, older, dry_run=False)
    assert summary.counts("company").updated == 0
    assert summary.counts("company").kept_local == 1
    assert sampled.get(Company, company_id).summary == "from the other laptop"


def test_an_edit_made_after_the_plan_survives_it(sampled: Journal, exported: Path):
    company_id = _document(exported)["tables"]["company"][0]["id"]
    plan = plan_merge(
        sampled, read_export(_edited(exported, "company", {"summary": "planned"}, NOW))
    )
    assert plan.summary.counts("company").updated == 1
    record = sampled.get(Company, company_id)
    record.summary = "typed meanwhile"
    record.updated_at = NOW + timedelta(hours=1)
    sampled.add(record)
    apply_merge(sampled, plan)
    assert sampled.get(Company, company_id).summary == "typed meanwhile"


def test_merged_text_is_found_by_search_and_the_old_text_is_not(sampled: Journal, exported):
    note = _document(exported)["tables"]["research_note"][0]
    changed = _edited(
        exported, "research_note", {"body": "quokkaphilia is a word nobody types"}, NOW
    )
    import_json.import_json(sampled, changed, dry_run=False)
    hits = SearchService(sampled).everything("quokkaphilia")
    assert [hit.target for hit in hits] == [("research_note", note["id"])]
    query = build_match_query("quokkaphilia")
    assert query is not None
    assert [hit.source_id for hit in sampled.search(query)] == [note["id"]]
    assert sampled.integrity_problems() == []


def test_a_new_note_is_findable_after_import(journal: Journal, tmp_path: Path):
    source = Journal.in_memory()
    try:
        company = ResearchService(source).add_company("Wombat Works")
        ResearchService(source).add_note(company.id, "team", body="platypus standups")
        export_json(source, tmp_path / "one.json", now=NOW)
    finally:
        source.close()
    import_json.import_json(journal, tmp_path / "one.json", dry_run=False)
    kinds = {hit.target[0] for hit in SearchService(journal).everything("platypus")}
    assert kinds == {"research_note"}


def test_an_older_schema_file_takes_defaults_for_missing_columns(journal: Journal, tmp_path):
    source = Journal.in_memory()
    try:
        company = ResearchService(source).add_company("Older Ltd")
        stage = PipelineService(source).stages()[1]
        application = PipelineService(source).add_application(company.id, "Analyst", NOW, stage.id)
        source.add(Offer(application_id=application.id, currency="EUR", location="Lyon"))
        export_json(source, tmp_path / "v2.json", now=NOW)
    finally:
        source.close()
    document = _document(tmp_path / "v2.json")
    document["schema_version"] = 1
    for row in document["tables"]["offer"]:
        del row["location"]  # schema 1 had no offer location (migration 2)
    summary = import_json.import_json(
        journal, _write(tmp_path / "v1.json", document), dry_run=False
    )
    assert summary.counts("offer").new == 1
    assert journal.records(Offer)[0].location == ""


def test_stages_of_the_same_name_are_not_duplicated(sampled: Journal, tmp_path: Path):
    export_json(sampled, tmp_path / "a.json", now=NOW)
    target = Journal.in_memory()
    try:
        own = {stage.name: stage.id for stage in PipelineService(target).stages()}
        summary = import_json.import_json(target, tmp_path / "a.json", dry_run=False)
        names = [stage.name for stage in PipelineService(target).stages()]
        stage_ids = {a.stage_id for a in target.records(Application)}
        assert len(names) == len(set(names))
        assert stage_ids <= set(own.values())
        assert summary.counts("application").new == sampled.count(Application)
        again = import_json.import_json(target, tmp_path / "a.json", dry_run=False)
        assert again.changes == 0
    finally:
        target.close()


def test_a_score_given_on_both_machines_is_merged_not_refused(journal: Journal, tmp_path):
    company = ResearchService(journal).add_company("Both Sides")
    criterion = journal.add(FitCriterion(name="Team"))
    journal.add(FitScore(company_id=company.id, criterion_id=criterion.id, score=2))
    export_json(journal, tmp_path / "mine.json", now=NOW)
    document = _document(tmp_path / "mine.json")
    theirs = document["tables"]["fit_score"][0]
    theirs.update(id="0f0f0f0f-0000-4000-8000-000000000000", score=5)
    theirs["updated_at"] = (NOW + timedelta(days=400)).isoformat()
    summary = import_json.import_json(
        journal, _write(tmp_path / "theirs.json", document), dry_run=False
    )
    scores = journal.records(FitScore)
    assert [s.score for s in scores] == [5]
    assert summary.counts("fit_score").updated == 1


def test_an_apply_that_fails_writes_nothing(sampled: Journal, exported: Path):
    empty = Journal.in_memory()
    try:
        plan = plan_merge(empty, read_export(exported))
        # The plan relies on a stage that is not there any more: the write must fail whole.
        broken = tuple((model, rows) for model, rows in plan.writes if model is not PipelineStage)
        with pytest.raises(JournalError):
            apply_merge(empty, type(plan)(plan.summary, broken))
        assert all(count == 0 for count in _counts(empty).values())
    finally:
        empty.close()


# -------------------------------------------------------------- bad files
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.json", "empty.json is empty; is this an Interview Journal export?"),
        ("truncated.json", "ends too early"),
        ("utf16-no-bom.json", "is not UTF-8 text; is this an Interview Journal export?"),
        ("latin1.json", "is not UTF-8 text"),
        ("png-header.json", "is not UTF-8 text"),
        ("array.json", "holds a JSON list, not an Interview Journal export"),
        ("wrong-format.json", "is not an Interview Journal export"),
        (
            "wrong-type-text-for-integer.json",
            "Row 1 of “fit_criterion”: “position” should be a whole number, not the text “3”",
        ),
        (
            "wrong-type-integer-for-datetime.json",
            "Row 1 of “company”: “created_at” should be a date and time",
        ),
        ("naive-datetime.json", "“updated_at” should be a date and time with its time zone"),
        ("unknown-table.json", "holds a table “colour_scheme”"),
        ("unknown-column.json", "Row 1 of “company” has a column “colour”"),
        ("missing-id.json", "Row 1 of “company” has no “id”"),
        ("newer-schema.json", "made by a newer version of Interview Journal"),
        ("dangling-reference.json", "Row 1 of “research_note” points at a company"),
        ("syntax-error.json", "is not valid JSON: expecting ',' delimiter on line 9"),
    ],
)
def test_each_malformed_file_is_refused_and_changes_nothing(
    sampled: Journal, name: str, expected: str
):
    before = _counts(sampled)
    with pytest.raises(ImportFileError) as refused:
        import_json.import_json(sampled, CORPUS / name, dry_run=False)
    message = str(refused.value)
    assert expected in message
    assert message.endswith(".") and "\n" not in message
    assert _counts(sampled) == before


def test_a_file_above_the_size_cap_is_refused_before_reading(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(import_json, "MAX_IMPORT_BYTES", 1024 * 1024)
    huge = tmp_path / "huge.json"
    with huge.open("w", encoding="utf-8") as stream:
        stream.write('{"format":"interview-journal","tables":{"note_line":[')
        stream.write(",".join(['{"text":"' + "x" * 1000 + '"}'] * 1100))
        stream.write("]}}")
    with pytest.raises(ImportFileError, match=r"huge\.json is 1\.1 MB, more than the 1 MB"):
        import_json.import_json(journal, huge, dry_run=True)
    assert journal.count(Company) == 0


def test_a_newer_format_version_is_refused(journal: Journal, tmp_path: Path):
    path = _write(
        tmp_path / "f2.json",
        {"format": "interview-journal", "format_version": 2, "schema_version": 1, "tables": {}},
    )
    with pytest.raises(ImportFileError, match=r"newer version.*update the app first"):
        read_export(path)


def test_a_byte_order_mark_is_accepted(exported: Path, tmp_path: Path):
    marked = tmp_path / "bom.json"
    marked.write_bytes(b"\xef\xbb\xbf" + exported.read_bytes())
    assert read_export(marked).rows == read_export(exported).rows


def test_a_repeated_id_names_both_rows(exported: Path):
    document = _document(exported)
    rows = document["tables"]["company"]
    rows.append(dict(rows[0]))
    with pytest.raises(ImportFileError, match=rf"Rows 1 and {len(rows)} of “company”"):
        read_export(_write(exported.with_name("twice.json"), document))


def test_file_kind_tells_json_from_csv(tmp_path: Path):
    (tmp_path / "export").write_text('\n {"format": 1}', encoding="utf-8")
    (tmp_path / "sheet").write_text("Company,Role\n", encoding="utf-8")
    assert file_kind(tmp_path / "export") == "json"
    assert file_kind(tmp_path / "sheet") == "csv"
    assert file_kind(tmp_path / "x.JSON") == "json"
    assert file_kind(tmp_path / "x.csv") == "csv"
