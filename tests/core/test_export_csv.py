"""The CSV exports: applications and contacts, safe to open in any spreadsheet."""

from __future__ import annotations

import csv
import io
import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from interview_journal.core import export_csv as export_csv_module
from interview_journal.core.export_csv import (
    APPLICATION_HEADERS,
    CONTACT_HEADERS,
    export_csv,
    spreadsheet_safe,
    unescape_cell,
    write_applications_csv,
    write_contacts_csv,
)
from interview_journal.paths import DataPaths
from interview_journal.storage.errors import JournalWriteError
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    Offer,
    Person,
    PipelineStage,
    TimelineEvent,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TRICKY = "Zoë's \"Café\", 🚀 — שלום עולם'); DROP TABLE company; --"


STAGES = (
    ("Interested", "open"),
    ("Applied", "open"),
    ("Onsite loop", "open"),
    ("Offer", "offer"),
    ("Closed", "closed"),
)


def _stages(journal: Journal) -> dict[str, PipelineStage]:
    stages = {
        name: PipelineStage(name=name, position=position, outcome=outcome)
        for position, (name, outcome) in enumerate(STAGES)
    }
    journal.add_all(list(stages.values()))
    return stages


def _application(journal: Journal, company: Company, **fields: object) -> Application:
    return journal.add(Application(company_id=company.id, **fields))  # type: ignore[arg-type]


def _rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def _applications_csv(journal: Journal, tz: timezone = UTC) -> list[list[str]]:
    stream = io.StringIO(newline="")
    write_applications_csv(journal, stream, tz=tz, now=NOW)
    return _rows(stream.getvalue())


def _as_dicts(rows: list[list[str]]) -> list[dict[str, str]]:
    header, *body = rows
    return [dict(zip(header, row, strict=True)) for row in body]


@pytest.fixture
def filled(journal: Journal) -> Journal:
    """One open application with everything a row shows, and a closed one before it."""
    stages = _stages(journal)
    acme = journal.add(Company(name="Acme Robotics", locations="Lyon, Paris"))
    older = journal.add(Company(name="Borealis Data", locations="Oslo"))
    application = _application(
        journal,
        acme,
        role="Backend Engineer",
        stage_id=stages["Onsite loop"].id,
        applied_at=datetime(2026, 1, 10, 14, 0, tzinfo=UTC),
        link="https://jobs.example.com/acme/1",
        source="Referral",
        notes="Team of six; on-call every 8 weeks.",
    )
    closed = _application(
        journal,
        older,
        role="Data Engineer",
        stage_id=stages["Closed"].id,
        applied_at=datetime(2025, 12, 1, 9, 0, tzinfo=UTC),
        closed_at=datetime(2025, 12, 20, 9, 0, tzinfo=UTC),
        closed_reason="No response",
    )
    journal.add_all(
        [
            TimelineEvent(
                application_id=application.id,
                kind="applied",
                occurred_at=datetime(2026, 1, 10, 14, 0, tzinfo=UTC),
            ),
            TimelineEvent(
                application_id=application.id,
                kind="contact_in",
                occurred_at=datetime(2026, 2, 25, 16, 0, tzinfo=UTC),
            ),
            TimelineEvent(
                application_id=closed.id,
                kind="applied",
                occurred_at=datetime(2025, 12, 1, 9, 0, tzinfo=UTC),
            ),
            # A round already held, the next one, and a later one: "Next Round" is the middle.
            InterviewRound(
                application_id=application.id,
                scheduled_at=datetime(2026, 2, 1, 10, 0, tzinfo=UTC),
                ended_at=datetime(2026, 2, 1, 11, 0, tzinfo=UTC),
            ),
            InterviewRound(
                application_id=application.id,
                scheduled_at=datetime(2026, 3, 20, 10, 0, tzinfo=UTC),
            ),
            InterviewRound(
                application_id=application.id,
                scheduled_at=datetime(2026, 3, 5, 10, 0, tzinfo=UTC),
            ),
            Offer(application_id=application.id, location="Hybrid, two days in Lyon"),
        ]
    )
    return journal


def test_headers_and_one_rows_values(filled: Journal):
    rows = _applications_csv(filled)
    assert tuple(rows[0]) == APPLICATION_HEADERS
    # The common headers a CSV importer (ours or another tracker's) recognises.
    assert {"Company", "Role", "Stage", "Date Applied", "Link", "Notes", "Source"} <= set(rows[0])
    closed, row = _as_dicts(rows)  # oldest application first
    assert row == {
        "Company": "Acme Robotics",
        "Role": "Backend Engineer",
        "Stage": "Onsite loop",
        "Status": "Open",
        "Date Applied": "2026-01-10",
        "Link": "https://jobs.example.com/acme/1",
        "Source": "Referral",
        "Location": "Hybrid, two days in Lyon",  # the offer's place beats the company's
        "Last Activity": "2026-02-25",
        "Next Round": "2026-03-05",
        "Closed On": "",
        "Notes": "Team of six; on-call every 8 weeks.",
    }
    assert closed["Status"] == "Closed — No response"
    assert closed["Closed On"] == "2025-12-20"
    assert closed["Stage"] == "Closed"
    assert closed["Location"] == "Oslo"
    assert closed["Next Round"] == ""


def test_days_are_the_users_local_days(journal: Journal):
    _stages(journal)
    company = journal.add(Company(name="Acme"))
    _application(journal, company, applied_at=datetime(2026, 1, 10, 23, 30, tzinfo=UTC))
    east = timezone(timedelta(hours=2))
    assert _as_dicts(_applications_csv(journal, UTC))[0]["Date Applied"] == "2026-01-10"
    assert _as_dicts(_applications_csv(journal, east))[0]["Date Applied"] == "2026-01-11"


def test_an_application_without_stage_shows_the_boards_stage(journal: Journal):
    _stages(journal)
    company = journal.add(Company(name="Acme"))
    _application(journal, company, role="Sent", applied_at=NOW - timedelta(days=3))
    _application(journal, company, role="Considered")
    _application(journal, company, role="Ended", closed_at=NOW - timedelta(days=1))
    stages = {row["Role"]: row["Stage"] for row in _as_dicts(_applications_csv(journal))}
    assert stages == {"Sent": "Applied", "Considered": "Interested", "Ended": "Closed"}
    assert journal.count(PipelineStage) == 5  # reading never seeds or writes stages


@pytest.mark.parametrize(
    "value",
    [
        '=HYPERLINK("https://evil.example.com","Click")',
        "+1",
        "-2",
        "@x",
        "\t=1+1",
        "\r=1+1",
        "  =1+1",
        "'=1+1",
    ],
)
def test_formulas_are_marked_as_text(journal: Journal, value: str):
    _stages(journal)
    company = journal.add(Company(name=value))
    _application(journal, company, role=value, notes=value, link=value, source=value)
    (row,) = _as_dicts(_applications_csv(journal))
    for header in ("Company", "Role", "Notes", "Link", "Source"):
        assert row[header] == "'" + value
        assert unescape_cell(row[header]) == value


@pytest.mark.parametrize(
    "value",
    ["", "plain", "O'Reilly", "'quoted'", "''", "2026-01-10", "a=b", "C++ / node.js", TRICKY],
)
def test_harmless_text_is_left_alone_and_round_trips(value: str):
    assert spreadsheet_safe(value) == value
    assert unescape_cell(spreadsheet_safe(value)) == value


@pytest.mark.parametrize("value", ["=1", "'=1", "''+1", " -x", "'", "@", "-"])
def test_the_mark_is_exactly_undone(value: str):
    assert unescape_cell(spreadsheet_safe(value)) == value


def test_quotes_commas_newlines_emoji_and_rtl_round_trip(journal: Journal, tmp_path: Path):
    _stages(journal)
    notes = 'She said "call me", then\r\nleft; next\nline, done 🚀'
    company = journal.add(Company(name=TRICKY, locations="Tel Aviv, תל אביב"))
    _application(journal, company, role='Ingénieur, "Plateforme"', notes=notes)
    target = tmp_path / "applications.csv"
    export_csv(journal, target, "applications", tz=UTC, now=NOW)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert raw.split(b"\n")[0].endswith(b"\r")  # RFC 4180 CRLF line ends
    with target.open(encoding="utf-8-sig", newline="") as stream:
        (row,) = list(csv.DictReader(stream))
    assert row["Company"] == TRICKY
    assert row["Role"] == 'Ingénieur, "Plateforme"'
    assert row["Notes"] == notes
    assert row["Location"] == "Tel Aviv, תל אביב"


def test_contacts_rows(journal: Journal):
    acme = journal.add(Company(name="Acme"))
    journal.add_all(
        [
            Person(
                name="Wen Rossi",
                company_id=acme.id,
                kind="recruiter",
                title="Talent Partner",
                email="wen@acme.example.com",
                phone="+1 555 0100",
                profile_url="https://profiles.example.com/in/wen",
                last_contact_at=datetime(2026, 2, 20, 22, 30, tzinfo=UTC),
                stay_in_touch_days=30,
                notes="Met at a meetup,\nprefers email.",
            ),
            Person(name="amara petrov", kind="unknown-kind"),
        ]
    )
    stream = io.StringIO(newline="")
    assert write_contacts_csv(journal, stream, tz=timezone(timedelta(hours=2))) == 2
    rows = _rows(stream.getvalue())
    assert tuple(rows[0]) == CONTACT_HEADERS
    first, second = _as_dicts(rows)  # by name, whatever the case
    assert second == {
        "Name": "Wen Rossi",
        "Kind": "Recruiter",
        "Title": "Talent Partner",
        "Company": "Acme",
        "Email": "wen@acme.example.com",
        "Phone": "'+1 555 0100",  # a leading "+" would start a formula
        "Profile": "https://profiles.example.com/in/wen",
        "Last Contact": "2026-02-21",
        "Stay in touch (days)": "30",
        "Notes": "Met at a meetup,\nprefers email.",
    }
    assert first["Name"] == "amara petrov"
    assert first["Company"] == first["Last Contact"] == first["Stay in touch (days)"] == ""


def test_empty_journal_gives_just_the_headers(journal: Journal, tmp_path: Path):
    for what, headers in (("applications", APPLICATION_HEADERS), ("contacts", CONTACT_HEADERS)):
        target = tmp_path / f"{what}.csv"
        summary = export_csv(journal, target, what)  # type: ignore[arg-type]
        assert summary.rows == 0
        assert summary.bytes == target.stat().st_size
        text = target.read_bytes().decode("utf-8")
        assert text == "\ufeff" + ",".join(headers) + "\r\n"


def test_export_summary_counts_rows(filled: Journal, tmp_path: Path):
    summary = export_csv(filled, tmp_path / "a.csv", "applications", now=NOW)
    assert summary.rows_per_table == {"application": 2}
    with pytest.raises(ValueError, match="unknown CSV export"):
        export_csv(filled, tmp_path / "b.csv", "companies")  # type: ignore[arg-type]


def test_missing_folder_raises_and_leaves_nothing(filled: Journal, tmp_path: Path):
    with pytest.raises(JournalWriteError, match=r"does not exist\.$"):
        export_csv(filled, tmp_path / "nowhere" / "a.csv", "applications")
    assert os.listdir(tmp_path) == []


def test_failure_mid_write_keeps_the_previous_file(
    filled: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "contacts.csv"
    target.write_text("previous export", encoding="utf-8")

    def disk_full(*_: object, **__: object) -> list[list[str]]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_csv_module, "contact_rows", disk_full)
    with pytest.raises(JournalWriteError, match="disk is full"):
        export_csv(filled, target, "contacts")
    assert os.listdir(tmp_path) == ["contacts.csv"]
    assert target.read_text(encoding="utf-8") == "previous export"


def test_heavy_sample_has_one_row_per_application(copy_of_heavy: Path, tmp_path: Path):
    heavy = Journal.open(DataPaths(copy_of_heavy))
    try:
        target = tmp_path / "applications.csv"
        summary = export_csv(heavy, target, "applications")
        with target.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream))
        assert len(rows) == summary.rows == heavy.count(Application) >= 1000
        assert all(row["Company"] and row["Stage"] for row in rows)
        assert all(date.fromisoformat(row["Last Activity"]) for row in rows if row["Last Activity"])
    finally:
        heavy.close()
