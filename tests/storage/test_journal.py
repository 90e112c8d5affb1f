from __future__ import annotations

import pytest

from interview_journal.storage.errors import JournalWriteError, RecordNotFoundError
from interview_journal.storage.journal import Journal, NoteLineWrite
from interview_journal.storage.tables import Company, InterviewRound, NoteLine, ResearchNote


def test_records_carry_uuid_and_aware_utc_times(journal: Journal) -> None:
    company = journal.get(Company, journal.add(Company(name="Acme")).id)
    assert len(company.id) == 36
    assert company.created_at.utcoffset() is not None
    assert company.updated_at.utcoffset() is not None


def test_update_moves_updated_at_and_returns_plain_record(journal: Journal) -> None:
    company = journal.add(Company(name="Acme"))
    changed = journal.update(Company, company.id, industry="Logistics")
    assert changed.industry == "Logistics"
    assert changed.updated_at > company.created_at


def test_missing_record_is_a_clear_error(journal: Journal) -> None:
    with pytest.raises(RecordNotFoundError, match="no longer exists"):
        journal.get(Company, "nope")


def test_deleting_a_company_removes_its_notes(journal: Journal) -> None:
    company = journal.add(Company(name="Acme"))
    journal.add(ResearchNote(company_id=company.id, topic="values"))
    journal.delete(Company, company.id)
    assert journal.count(ResearchNote) == 0


def test_foreign_key_violation_is_refused(journal: Journal) -> None:
    with pytest.raises(JournalWriteError):
        journal.add(ResearchNote(company_id="missing", topic="values"))
    assert journal.count(ResearchNote) == 0


def test_note_lines_upsert_and_delete_in_order(journal: Journal) -> None:
    interview = journal.add(InterviewRound())
    journal.save_note_lines(
        interview.id,
        [
            NoteLineWrite("b", 2.0, 20, "", "second"),
            NoteLineWrite("a", 1.0, 10, "question", "Q: first"),
        ],
    )
    journal.save_note_lines(interview.id, [NoteLineWrite("a", 1.0, 10, "", "first!")], ["b"])
    lines = journal.note_lines(interview.id)
    assert [(line.text, line.elapsed_ms) for line in lines] == [("first!", 10)]
    assert journal.count(NoteLine) == 1


def test_read_only_journal_gives_a_clear_write_error(journal: Journal) -> None:
    # query_only makes SQLite refuse writes as a read-only file would, even for root.
    with journal.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA query_only = 1")
    with pytest.raises(JournalWriteError, match="read-only"):
        journal.add(Company(name="Acme"))
    with journal.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA query_only = 0")
    assert journal.count(Company) == 0


def test_settings_round_trip(journal: Journal) -> None:
    assert journal.setting("gone_quiet_days", "14") == "14"
    journal.set_setting("gone_quiet_days", "21")
    journal.set_setting("gone_quiet_days", "28")
    assert journal.setting("gone_quiet_days") == "28"


def test_records_by_id_returns_the_existing_ones_in_chunks(journal: Journal) -> None:
    companies = [Company(name=f"Company {number}") for number in range(1_203)]
    journal.add_all(companies)
    wanted = [company.id for company in companies[::2]] + ["no-such-id"]
    found = journal.records_by_id(Company, wanted)
    assert set(found) == {company.id for company in companies[::2]}
    assert found[companies[0].id].name == "Company 0"
    assert journal.records_by_id(Company, []) == {}


def test_values_by_id_reads_only_the_asked_columns_with_their_types(journal: Journal) -> None:
    from datetime import UTC, datetime

    from interview_journal.storage.tables import Application, InterviewRound

    companies = [Company(name=f"Company {number}") for number in range(1_203)]
    journal.add_all(companies)
    wanted = [company.id for company in companies[::2]] + ["no-such-id"]
    names = journal.values_by_id(Company, wanted, ["name"])
    assert set(names) == {company.id for company in companies[::2]}
    assert names[companies[2].id] == ("Company 2",)
    application = journal.add(Application(company_id=companies[0].id, role="Engineer"))
    when = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
    interview = journal.add(InterviewRound(application_id=application.id, scheduled_at=when))
    values = journal.values_by_id(InterviewRound, [interview.id], ["scheduled_at", "started_at"])
    # Converted as the ORM converts them: an aware moment, not the stored text.
    assert values == {interview.id: (when, None)}
    assert journal.values_by_id(Company, [], ["name"]) == {}


def test_timeline_filter_by_stage_and_dates(journal: Journal) -> None:
    from datetime import UTC, datetime, timedelta

    from interview_journal.storage.journal import TimelineFilter
    from interview_journal.storage.tables import Application, Company, PipelineStage, TimelineEvent

    stage = journal.add(PipelineStage(name="Interviewing", position=3))
    company = journal.add(Company(name="Acme"))
    inside = journal.add(Application(company_id=company.id, stage_id=stage.id))
    outside = journal.add(Application(company_id=company.id))
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for day in range(10):
        for application in (inside, outside):
            journal.add(
                TimelineEvent(
                    occurred_at=start + timedelta(days=day), application_id=application.id
                )
            )
    assert journal.timeline_count(TimelineFilter(stage_id=stage.id)) == 10
    window = TimelineFilter(since=start + timedelta(days=2), until=start + timedelta(days=5))
    assert journal.timeline_count(window) == 6  # days 2, 3, 4: since included, until not
    both = TimelineFilter(stage_id=stage.id, since=start + timedelta(days=8))
    page = journal.timeline_page(both, 0, 10)
    assert [e.occurred_at for e in page] == [start + timedelta(days=9), start + timedelta(days=8)]
    assert not TimelineFilter().narrowed and both.narrowed


def test_a_read_on_one_thread_never_rolls_back_a_write_on_another() -> None:
    """The live pad's writer commits on its own thread while the window reads."""
    import threading

    from interview_journal.storage.journal import Journal
    from interview_journal.storage.tables import Company

    journal = Journal.in_memory()
    written, read = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            with journal.engine.begin() as connection:
                connection.exec_driver_sql(
                    "INSERT INTO company (id, created_at, updated_at, name, website, industry,"
                    " size, locations, remote_policy, summary, gut_verdict, archived)"
                    " VALUES ('c1', '2026-01-01', '2026-01-01', 'Acme', '', '', '', '', '',"
                    " '', '', 0)"
                )
                written.set()
                assert read.wait(10)  # the other thread reads mid-transaction
        except BaseException as error:  # reported below, on the test's thread
            failures.append(error)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert written.wait(10)
        assert journal.records(Company) == []  # not committed yet, so not seen
        read.set()
        thread.join(10)
        assert failures == []
        assert [company.name for company in journal.records(Company)] == ["Acme"]
    finally:
        read.set()
        journal.close()
