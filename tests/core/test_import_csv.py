"""Importing applications from a CSV: encodings, mapping, dates, stages, all or nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from interview_journal.core import import_csv as csv_import
from interview_journal.core.import_csv import (
    apply_csv_import,
    guess_mapping,
    import_csv,
    parse_day,
    preview_csv_import,
    read_csv,
)
from interview_journal.core.import_json import ImportFileError
from interview_journal.core.pipeline import PipelineService
from interview_journal.core.research import ResearchService
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    DOMAIN_TABLES,
    Application,
    Company,
    PipelineStage,
    TimelineEvent,
)

CORPUS = Path(__file__).parent.parent / "data" / "import_corpus"
# A fixed zone so "noon on the day applied" does not depend on the test machine.
PARIS_WINTER = timezone(timedelta(hours=1))
TRICKY = "Zoë's \"Café\" 🚀 — שלום'); DROP TABLE company; --"


def _counts(journal: Journal) -> dict[str, int]:
    return {str(model.__tablename__): journal.count(model) for model in DOMAIN_TABLES}


def _file(tmp_path: Path, text: str, name: str = "apps.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _preview(journal: Journal, path: Path, **options: object) -> csv_import.CsvImportPreview:
    table = read_csv(path)
    return preview_csv_import(
        journal,
        table,
        guess_mapping(table.headers),
        tz=PARIS_WINTER,
        **options,  # type: ignore[arg-type]
    )


def _roles(journal: Journal) -> list[str]:
    return sorted(a.role for a in journal.records(Application))


# ------------------------------------------------------------ acceptance
def test_a_bad_date_on_line_7_names_line_7_and_imports_nothing(journal: Journal):
    # Line 2's notes span two lines, so line 7 is the file's fifth record.
    path = CORPUS / "bad-date-line-7.csv"
    preview = _preview(journal, path)
    assert [(e.line, e.column) for e in preview.errors] == [(7, "Date Applied")]
    with pytest.raises(ImportFileError) as refused:
        apply_csv_import(journal, preview)
    assert str(refused.value).startswith("Line 7, column “Date Applied”: “2026-02-31”")
    assert all(count == 0 for count in _counts(journal).values())


# --------------------------------------------------------------- mapping
@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Company", "company"),
        ("company name", "company"),
        ("EMPLOYER", "company"),
        ("Organization", "company"),
        ("Role", "role"),
        ("Position", "role"),
        ("Job Title", "role"),
        ("job_title", "role"),
        ("Title", "role"),
        ("Status", "stage"),
        ("Stage", "stage"),
        ("Date Applied", "applied"),
        ("Applied On", "applied"),
        ("Application-Date", "applied"),
        ("Date", "applied"),
        ("Link", "link"),
        ("URL", "link"),
        ("Job Link", "link"),
        ("Posting", "link"),
        ("Notes", "notes"),
        ("Comments", "notes"),
        ("Source", "source"),
        ("Location", "location"),
        ("Salary", None),
    ],
)
def test_common_headers_are_recognised(header: str, field: str | None):
    assert guess_mapping(["Something else", header]) == {0: None, 1: field}


def test_the_apps_own_csv_export_headers_map_fully():
    headers = ["Company", "Role", "Stage", "Date Applied", "Link", "Notes", "Source"]
    assert list(guess_mapping(headers).values()) == [
        "company",
        "role",
        "stage",
        "applied",
        "link",
        "notes",
        "source",
    ]


def test_a_field_is_guessed_for_one_column_only():
    assert guess_mapping(["Job Title", "Title", "Company"]) == {0: "role", 1: None, 2: "company"}


def test_the_user_can_map_an_unrecognised_column(journal: Journal, tmp_path: Path):
    table = read_csv(_file(tmp_path, "Firm,Gig,Salary\nAcme,Analyst,50k\n"))
    assert guess_mapping(table.headers) == {0: None, 1: None, 2: None}
    preview = preview_csv_import(journal, table, {0: "company", 1: "role", 2: None})
    assert [(r.company, r.role) for r in preview.rows] == [("Acme", "Analyst")]
    assert preview.unmapped == ("Salary",)


def test_two_columns_mapped_to_one_field_is_an_error(journal: Journal, tmp_path: Path):
    table = read_csv(_file(tmp_path, "Company,Role,Title\nAcme,Analyst,Lead\n"))
    preview = preview_csv_import(journal, table, {0: "company", 1: "role", 2: "role"})
    assert "“Role” and “Title” are both set to Role" in str(preview.errors[0])


def test_without_a_company_column_nothing_can_be_imported(journal: Journal, tmp_path: Path):
    table = read_csv(_file(tmp_path, "Company,Role\nAcme,Analyst\n"))
    preview = preview_csv_import(journal, table, {0: None, 1: "role"})
    assert not preview.ok
    assert "no column is set to Company" in preview.sentence()


# ------------------------------------------------------- reading the file
@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16", b""),  # Python writes a byte-order mark
        ("utf-16-le", b""),  # none: recognised by the NULs between letters
        ("cp1252", b""),
    ],
)
def test_encodings_are_detected(journal: Journal, tmp_path: Path, encoding: str, prefix: bytes):
    path = tmp_path / "apps.csv"
    path.write_bytes(
        prefix + "Company,Role\nSociété Générale,Ingénieure « données »\n".encode(encoding)
    )
    preview = _preview(journal, path)
    assert [(r.company, r.role) for r in preview.rows] == [
        ("Société Générale", "Ingénieure « données »")
    ]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_detected(journal: Journal, tmp_path: Path, delimiter: str):
    text = delimiter.join(["Company", "Role", "Notes"]) + "\n"
    text += delimiter.join(["Acme", "Analyst", '"a, b; c"']) + "\n"
    preview = _preview(journal, _file(tmp_path, text))
    assert [(r.company, r.role, r.notes) for r in preview.rows] == [("Acme", "Analyst", "a, b; c")]


def test_a_title_row_above_the_header_is_skipped(journal: Journal, tmp_path: Path):
    table = read_csv(_file(tmp_path, "My search 2026\n\nCompany,Role\nAcme,Analyst\n"))
    assert table.header_line == 3
    assert [row.line for row in table.rows] == [4]


def test_blank_rows_are_ignored_and_line_numbers_stay_physical(journal: Journal, tmp_path):
    text = 'Company,Role,Notes\n\nAcme,Analyst,"one\ntwo\nthree"\n,,\nBeta,,\n'
    table = read_csv(_file(tmp_path, text))
    assert [(row.line, row.cells[0]) for row in table.rows] == [(3, "Acme"), (7, "Beta")]


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    "text",
    [
        "2026-03-05",
        "2026-03-05 00:00:00",
        "2026/03/05",
        "05.03.2026",
        "03/05/2026",
        "3/5/26",
        "Mar 5, 2026",
        "March 5 2026",
        "5 March 2026",
        "5 Mar 2026",
    ],
)
def test_date_formats(text: str):
    assert parse_day(text, day_first=False) == date(2026, 3, 5)


@pytest.mark.parametrize("text", ["2026-02-30", "yesterday", "13/13/2026", "5 Smarch 2026"])
def test_not_a_date(text: str):
    with pytest.raises(ValueError, match="not a"):
        parse_day(text, day_first=False)


def test_slash_order_is_decided_from_the_whole_column(journal: Journal, tmp_path: Path):
    text = "Company,Date\nAcme,03/04/2026\nBeta,25/04/2026\n"
    preview = _preview(journal, _file(tmp_path, text))
    assert preview.day_first and not preview.ambiguous_dates
    assert [r.applied for r in preview.rows] == [date(2026, 4, 3), date(2026, 4, 25)]


def test_ambiguous_slashes_read_month_first_unless_told(journal: Journal, tmp_path: Path):
    path = _file(tmp_path, "Company,Date\nAcme,03/04/2026\n")
    preview = _preview(journal, path)
    assert preview.ambiguous_dates and not preview.day_first
    assert preview.rows[0].applied == date(2026, 3, 4)
    assert _preview(journal, path, day_first=True).rows[0].applied == date(2026, 4, 3)


def test_an_empty_date_is_allowed(journal: Journal, tmp_path: Path):
    preview = _preview(journal, _file(tmp_path, "Company,Role,Date Applied\nAcme,Analyst,\n"))
    assert preview.ok and preview.rows[0].applied is None


# ------------------------------------------------------- stages, companies
def test_stages_match_by_name_and_unknown_ones_warn(services, tmp_path: Path):
    journal = services.journal
    stages = PipelineService(journal).stages()
    text = "Company,Status\nAcme,screening\nBeta,Phone call\nGamma,Phone call\nDelta,Rejected\n"
    preview = _preview(journal, _file(tmp_path, text))
    assert [r.stage for r in preview.rows] == [
        "Screening",
        stages[0].name,
        stages[0].name,
        "Closed",
    ]
    assert [str(w) for w in preview.warnings] == [
        "Line 3, column “Status”: “Phone call” is not a stage of your pipeline (and 1 more "
        f"rows); it goes into “{stages[0].name}”."
    ]
    assert preview.ok
    apply_csv_import(journal, preview)
    closed = journal.records(Application, closed_reason="Rejected")
    assert len(closed) == 1 and closed[0].closed_at is not None


def test_companies_match_existing_ones_ignoring_case_and_spaces(journal: Journal, tmp_path):
    existing = ResearchService(journal).add_company("Acme Corp")
    text = "Company,Role\n  acme   corp ,Analyst\nACME CORP,Lead\nNew One,Tester\n"
    preview = _preview(journal, _file(tmp_path, text))
    assert preview.new_companies == ("New One",)
    apply_csv_import(journal, preview)
    assert sorted(c.name for c in journal.records(Company)) == ["Acme Corp", "New One"]
    assert journal.count(Application, company_id=existing.id) == 2
    added = journal.records(TimelineEvent, kind="company_added")
    assert sorted(e.title for e in added) == ["Added Acme Corp", "Added New One"]


def test_each_application_gets_the_applied_entry_add_application_writes(
    journal: Journal, tmp_path: Path
):
    text = "Company,Role,Status,Date Applied\nAcme,Analyst,Applied,2026-03-05\nBeta,Lead,,\n"
    apply_csv_import(journal, _preview(journal, _file(tmp_path, text)))
    acme = journal.records(Application, role="Analyst")[0]
    assert acme.applied_at == datetime(2026, 3, 5, 11, 0, tzinfo=UTC)  # noon in UTC+1
    events = journal.records(TimelineEvent, kind="applied")
    assert [(e.title, e.detail, e.application_id, e.occurred_at) for e in events] == [
        ("Applied — Acme", "Analyst", acme.id, acme.applied_at)
    ]


def test_reimporting_the_same_csv_adds_nothing(journal: Journal, tmp_path: Path):
    path = _file(tmp_path, "Company,Role,Date Applied\nAcme,Analyst,2026-03-05\nAcme,Lead,\n")
    assert apply_csv_import(journal, _preview(journal, path)) == 2
    before = _counts(journal)
    again = _preview(journal, path)
    assert again.rows == () and [line for line, _ in again.skipped] == [2, 3]
    assert apply_csv_import(journal, again) == 0
    assert _counts(journal) == before


def test_a_row_repeated_in_the_file_is_added_once(journal: Journal, tmp_path: Path):
    path = _file(tmp_path, "Company,Role\nAcme,Analyst\nacme,analyst\n")
    preview = _preview(journal, path)
    assert preview.skipped == ((3, "the same as line 2"),)
    assert apply_csv_import(journal, preview) == 1


def test_an_empty_journal_gets_its_stages_with_the_import(journal: Journal, tmp_path: Path):
    path = _file(tmp_path, "Company,Role,Date Applied\nAcme,Analyst,2026-03-05\n")
    preview = _preview(journal, path)
    assert journal.count(PipelineStage) == 0  # the preview wrote nothing
    apply_csv_import(journal, preview)
    stages = {s.id: s.name for s in PipelineService(journal).stages()}
    assert len(stages) == journal.count(PipelineStage)  # not seeded a second time
    assert stages[journal.records(Application)[0].stage_id or ""] == "Applied"


def test_tricky_text_and_location_are_kept(journal: Journal, tmp_path: Path):
    quoted = TRICKY.replace('"', '""')  # RFC 4180: a quote inside a quoted cell is doubled
    text = f'Company,Role,Location,Notes\n"{quoted}",Analyst,Tel Aviv,hi\n'
    apply_csv_import(journal, _preview(journal, _file(tmp_path, text)))
    assert journal.records(Company)[0].name == TRICKY
    assert journal.records(Application)[0].notes == "hi\n\nLocation: Tel Aviv"


def test_errors_are_listed_up_to_a_limit_and_counted(journal: Journal, tmp_path: Path):
    rows = "".join(f"Acme,Analyst,not a date {n}\n" for n in range(30))
    preview = _preview(journal, _file(tmp_path, "Company,Role,Date\n" + rows))
    assert len(preview.errors) == csv_import.MAX_LISTED_ERRORS
    assert preview.error_count == 30
    assert preview.errors[0].line == 2
    assert "(and 29 more problems)" in preview.sentence()


# ------------------------------------------------------------- bad files
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.csv", "empty.csv is empty; nothing was imported."),
        ("png-header.csv", "png-header.csv is not a text file"),
        ("bad-date-line-7.csv", "Line 7, column “Date Applied”"),
        ("missing-company.csv", "Line 3, column “Company”: the company needs a name"),
        ("no-company-column.csv", "Line 1: no column is set to Company"),
        ("unterminated-quote.csv", "a quoted cell starting on line 2 that is never closed"),
        ("role-too-long.csv", "Line 2, column “Role”: the role is 2,399 characters long"),
    ],
)
def test_each_malformed_csv_is_refused_and_changes_nothing(services, name: str, expected: str):
    journal = services.journal
    ResearchService(journal).add_company("Already here")
    before = _counts(journal)
    with pytest.raises(ImportFileError) as refused:
        import_csv(journal, CORPUS / name, dry_run=False)
    assert expected in str(refused.value)
    assert "\n" not in str(refused.value)
    assert _counts(journal) == before


def test_a_csv_above_the_size_cap_is_refused(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(csv_import, "MAX_CSV_BYTES", 64 * 1024)
    path = _file(tmp_path, "Company,Role\n" + "Acme,Analyst\n" * 10_000, name="big.csv")
    with pytest.raises(ImportFileError, match=r"big\.csv is 0\.1 MB"):
        import_csv(journal, path, dry_run=True)
    assert journal.count(Application) == 0
