"""Hostile input for the follow-through services: each call works or refuses with a clear
sentence, and a refusal (or a failed write) leaves the journal exactly as it was."""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from interview_journal.core.errors import ValidationError
from interview_journal.core.reminders import local_now, snooze_presets
from interview_journal.core.services import Services
from interview_journal.core.timeline import date_bounds
from interview_journal.storage.errors import JournalError, JournalWriteError
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    DOMAIN_TABLES,
    Application,
    Company,
    Interaction,
    InterviewRound,
    Offer,
    Person,
    PipelineStage,
    Setting,
    TimelineEvent,
)

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
TEN_MB = "x" * 10_000_000
SQL = "'); DROP TABLE offer; --"
WORLD = "Zoë 🚀 مرحبا بالعالم שלום"
FAR_MOMENTS = [
    datetime(1, 1, 1, tzinfo=UTC),
    datetime(1899, 12, 31, tzinfo=UTC),
    datetime(2200, 1, 1, tzinfo=UTC),
    datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
]


@dataclass
class World:
    company: Company
    application: Application
    person: Person
    round: InterviewRound


@pytest.fixture
def world(services: Services) -> World:
    journal = services.journal
    company = journal.add(Company(name="Acme"))
    application = services.pipeline.add_application(
        company.id, "Backend engineer", NOW - timedelta(days=20)
    )
    person = services.contacts.add("Ann Lee", company_id=company.id, email="ann@acme.test")
    ended = NOW - timedelta(days=3)
    interview = journal.add(
        InterviewRound(application_id=application.id, started_at=ended, ended_at=ended)
    )
    return World(company, application, person, interview)


def state(journal: Journal) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table: equal before and after means nothing was written."""
    with journal.snapshot() as snapshot:
        return {model.__name__: list(snapshot.rows(model)) for model in DOMAIN_TABLES}


@contextmanager
def unchanged(journal: Journal) -> Iterator[None]:
    before = state(journal)
    yield
    assert state(journal) == before


@contextmanager
def failing_inserts(journal: Journal, table: str, when: str = "1") -> Iterator[None]:
    """Inserts into ``table`` fail as a full disk would, whatever came before them."""
    with journal.engine.begin() as connection:
        connection.exec_driver_sql(
            f"CREATE TEMP TRIGGER fail_{table} BEFORE INSERT ON {table} WHEN {when} "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error: the disk is full'); END"
        )
    try:
        yield
    finally:
        with journal.engine.begin() as connection:
            connection.exec_driver_sql(f"DROP TRIGGER temp.fail_{table}")


@contextmanager
def read_only(journal: Journal) -> Iterator[None]:
    # query_only makes SQLite refuse writes as a read-only file would, even for root.
    with journal.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA query_only = 1")
    try:
        yield
    finally:
        with journal.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA query_only = 0")


def stage_id(services: Services, name: str) -> str:
    return next(s.id for s in services.pipeline.stages() if s.name == name)


def log(services: Services, application_id: str | None, **fields: Any) -> Interaction:
    values: dict[str, Any] = {
        "direction": "out",
        "channel": "email",
        "kind": "message",
        "summary": "Hello",
        "occurred_at": NOW,
    }
    values.update(fields)
    return services.interactions.log(application_id, **values)


# ------------------------------------------------------------------ text
@pytest.mark.parametrize(
    ("role", "stored"),
    [("", ""), ("   \t ", ""), (WORLD, WORLD), (SQL, SQL), ("Dev\x00Ops", "DevOps")],
)
def test_application_roles_are_kept_as_typed(
    services: Services, world: World, role: str, stored: str
) -> None:
    application = services.pipeline.add_application(world.company.id, role, NOW)
    assert services.journal.get(Application, application.id).role == stored
    assert services.journal.count(Offer) == 0  # the table is still there


@pytest.mark.parametrize(("role", "message"), [(TEN_MB, "limit is"), ("Dev\nOps", "one line")])
def test_bad_roles_are_refused(services: Services, world: World, role: str, message: str) -> None:
    with unchanged(services.journal), pytest.raises(ValidationError, match=message):
        services.pipeline.add_application(world.company.id, role, NOW)


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "needs a name"), (" \n ", "needs a name"), ("\x00", "needs a name"), (TEN_MB, "limit")],
)
def test_bad_stage_names_are_refused(services: Services, name: str, message: str) -> None:
    services.pipeline.stages()
    with unchanged(services.journal), pytest.raises(ValidationError, match=message):
        services.pipeline.add_stage(name)


@pytest.mark.parametrize("name", [WORLD, SQL])
def test_unusual_stage_names_are_kept(services: Services, name: str) -> None:
    stage = services.pipeline.add_stage(name)
    assert services.journal.get(PipelineStage, stage.id).name == name
    with unchanged(services.journal), pytest.raises(ValidationError, match="already a stage"):
        services.pipeline.rename_stage(stage_id(services, "Applied"), name.upper())


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "needs a name"), ("   ", "needs a name"), (TEN_MB, "limit")],
)
def test_bad_contact_names_are_refused(services: Services, name: str, message: str) -> None:
    with unchanged(services.journal), pytest.raises(ValidationError, match=message):
        services.contacts.add(name)


def test_unusual_contact_text_is_kept(services: Services) -> None:
    person = services.contacts.add(WORLD, title=SQL, notes=f"{WORLD}\x00{SQL}")
    stored = services.journal.get(Person, person.id)
    assert (stored.name, stored.title, stored.notes) == (WORLD, SQL, WORLD + SQL)
    assert [row.id for row in services.contacts.contacts(query="مرحبا")] == [person.id]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": SQL}, "does not look like an email"),
        ({"email": TEN_MB}, "limit"),
        ({"profile_url": "javascript:alert(1)"}, "https://"),
        ({"stay_in_touch_days": 0}, "1 to 730"),
        ({"stay_in_touch_days": -5}, "1 to 730"),
        ({"stay_in_touch_days": 10**12}, "1 to 730"),
        ({"stay_in_touch_days": math.nan}, "whole number"),
        ({"stay_in_touch_days": True}, "whole number"),
        ({"kind": SQL}, "not a kind of contact"),
    ],
)
def test_bad_contact_fields_write_nothing(
    services: Services, world: World, fields: dict[str, Any], message: str
) -> None:
    with unchanged(services.journal):
        with pytest.raises(ValidationError, match=message):
            services.contacts.add("Bo", **fields)
        with pytest.raises(ValidationError, match=message):
            services.contacts.update(world.person.id, name="Changed", **fields)


# -------------------------------------------------------------- numbers
@pytest.mark.parametrize(
    ("salary", "message"),
    [
        (1e12, "under 100,000,000"),
        (math.inf, "under 100,000,000"),
        pytest.param(10**400, "under 100,000,000", id="10**400"),  # was OverflowError
        pytest.param(-(10**400), "cannot be negative", id="-10**400"),
        (-math.inf, "cannot be negative"),
        (math.nan, "must be a number"),
        (-0.01, "cannot be negative"),
        (True, "must be a number"),
        ("100", "must be a number"),
    ],
)
def test_absurd_salaries_are_refused(
    services: Services, world: World, salary: Any, message: str
) -> None:
    with unchanged(services.journal), pytest.raises(ValidationError, match=message):
        services.offers.add(world.application.id, base_salary=salary)


def test_a_zero_salary_and_sql_text_are_kept(services: Services, world: World) -> None:
    offer = services.offers.add(world.application.id, base_salary=0, bonus=SQL, currency="eur")
    stored = services.journal.get(Offer, offer.id)
    assert (stored.base_salary, stored.bonus, stored.currency) == (0.0, SQL, "EUR")
    assert services.journal.count(Offer) == 1


@pytest.mark.parametrize(
    "day", [date(1, 1, 1), date(1, 1, 2), date(1899, 12, 31), date(2200, 1, 1), date.max]
)
def test_offer_days_far_away_are_refused(services: Services, world: World, day: date) -> None:
    # date(1, 1, 2) once went in and then broke every reminder list: its notice day
    # (three days earlier) does not exist.
    with unchanged(services.journal), pytest.raises(ValidationError, match="between the years"):
        services.offers.add(world.application.id, deadline=day)
    offer = services.offers.add(world.application.id)
    with unchanged(services.journal), pytest.raises(ValidationError, match="between the years"):
        services.offers.update(offer.id, start_date=day)


def test_reminders_survive_far_dates_already_in_the_journal(
    services: Services, world: World
) -> None:
    # An old import can hold what the services now refuse; reading must not crash.
    services.journal.add(Offer(application_id=world.application.id, deadline=date(1, 1, 2)))
    services.journal.add(
        Person(
            name="Time traveller",
            stay_in_touch_days=30,
            last_contact_at=datetime(9999, 12, 31, tzinfo=UTC),
        )
    )
    items = services.reminders.items(NOW)
    assert [item.kind for item in items if item.kind == "offer_deadline"] == ["offer_deadline"]
    assert services.reminders.due_count(NOW) >= 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("quiet_after_days", 0, "between 1 and 365"),
        ("quiet_after_days", 10**12, "between 1 and 365"),
        ("quiet_after_days", -1, "between 1 and 365"),
        ("quiet_after_days", math.nan, "whole number"),
        ("quiet_after_days", 14.0, "whole number"),
        ("quiet_after_days", True, "whole number"),
        ("quiet_after_days", "14", "whole number"),
        ("no_such_threshold", 3, "no threshold"),
    ],
)
def test_bad_thresholds_write_nothing(
    services: Services, field: str, value: Any, message: str
) -> None:
    with unchanged(services.journal), pytest.raises(ValidationError, match=message):
        services.thresholds.save(keep_applying_days=20, **{field: value})


def test_thresholds_are_saved_all_or_nothing(services: Services) -> None:
    # Regression: each threshold was its own commit, so a failure half-way kept some.
    journal = services.journal
    with (
        failing_inserts(journal, "setting", "NEW.key = 'pipeline_nudge_days'"),
        unchanged(journal),
        pytest.raises(JournalWriteError, match="disk is full"),
    ):
        services.thresholds.save(quiet_after_days=20, keep_applying_days=30)
    saved = services.thresholds.save(quiet_after_days=20, keep_applying_days=30)
    assert (saved.quiet_after_days, saved.keep_applying_days) == (20, 30)


# ----------------------------------------------------------------- dates
@pytest.mark.parametrize("moment", FAR_MOMENTS)
def test_far_dates_are_refused_everywhere(
    services: Services, world: World, moment: datetime
) -> None:
    journal = services.journal
    draft = services.follow_ups.save_draft(
        world.round.id, recipient="", subject="Thanks", body="Thank you", now=NOW
    )
    with unchanged(journal):
        for call in (
            lambda: services.pipeline.add_application(world.company.id, "Dev", moment),
            lambda: log(services, world.application.id, occurred_at=moment),
            lambda: services.contacts.add("Bo", last_contact_at=moment),
            lambda: services.contacts.mark_contacted(world.person.id, moment),
            lambda: services.follow_ups.mark_sent(draft.id or "", now=moment),
            lambda: services.follow_ups.save_draft(
                world.round.id, recipient="", subject="s", body="b", now=moment
            ),
            lambda: services.reminders.add("Call back", moment, now=NOW),
            lambda: services.reminders.snooze(f"reminder:{draft.id}", moment, NOW),
        ):
            with pytest.raises(ValidationError, match="between the years 1900 and 2199"):
                call()


def test_naive_times_are_refused_with_a_sentence(services: Services, world: World) -> None:
    naive = datetime(2026, 11, 20, 12, 0)
    journal = services.journal
    draft = services.follow_ups.save_draft(
        world.round.id, recipient="", subject="Thanks", body="Thank you", now=NOW
    )
    with unchanged(journal):
        for call in (
            # Were ValueError, and for the draft a raw SQLAlchemy StatementError.
            lambda: services.contacts.add("Bo", last_contact_at=naive),
            lambda: services.contacts.mark_contacted(world.person.id, naive),
            lambda: services.follow_ups.save_draft(
                world.round.id, recipient="", subject="s", body="b", now=naive
            ),
            lambda: services.follow_ups.mark_sent(draft.id or "", now=naive),
            lambda: log(services, world.application.id, occurred_at=naive),
            lambda: services.reminders.add("Call back", naive, now=NOW),
        ):
            with pytest.raises(ValidationError, match="time zone"):
                call()


def test_reads_take_a_naive_now_as_utc(services: Services, world: World) -> None:
    # Regression: these compared it with the journal's aware times (TypeError).
    log(services, world.application.id, kind="status_inquiry", occurred_at=NOW)
    naive = datetime(2026, 11, 23, 12, 0)
    assert not services.interactions.check(world.application.id, naive).ok
    assert services.follow_ups.verdict(world.round.id, naive) == "late"
    services.contacts.update(
        world.person.id, stay_in_touch_days=1, last_contact_at=NOW - timedelta(days=2)
    )
    assert [row.id for row in services.contacts.contacts(due_only=True, now=naive)] == [
        world.person.id
    ]


def test_timeline_bounds_at_the_ends_of_the_calendar(services: Services) -> None:
    # Regression: OverflowError for the first and the last days there are.
    for zone in (ZoneInfo("Asia/Tokyo"), ZoneInfo("America/Los_Angeles")):
        since, until = date_bounds("custom", NOW.date(), zone, (date.min, date.max))
        assert since is not None and until is not None
        assert since <= datetime(1, 1, 2, tzinfo=UTC) and until >= datetime(
            9999, 12, 30, tzinfo=UTC
        )


@pytest.fixture
def paris() -> Iterator[None]:
    """The machine's own zone is Paris (the C library's, as ``astimezone()`` reads it)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.usefixtures("paris")
def test_snooze_to_next_week_keeps_9_across_a_dst_change() -> None:
    # Friday 27 March 2026, CET; clocks go forward on Sunday 29. With the machine's zone
    # (a fixed +01:00 from astimezone()), "next week" landed at 10:00 on Monday.
    now = local_now(datetime(2026, 3, 27, 11, 0, tzinfo=UTC).astimezone())
    presets = dict(snooze_presets(now))
    assert presets["Tomorrow"] == datetime(2026, 3, 28, 8, 0, tzinfo=UTC)  # 09:00 CET
    assert presets["Next week"] == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)  # 09:00 CEST


@pytest.mark.usefixtures("paris")
def test_offer_reminder_starts_at_local_midnight_after_a_dst_change(
    services: Services, world: World
) -> None:
    services.offers.add(world.application.id, deadline=date(2026, 4, 2))
    now = datetime(2026, 3, 27, 11, 0, tzinfo=UTC).astimezone()
    [item] = [i for i in services.reminders.items(now) if i.kind == "offer_deadline"]
    assert item.due_at == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)  # 30 March 00:00 CEST


# -------------------------------------------------------- missing records
def test_ids_that_do_not_exist(services: Services, world: World) -> None:
    journal = services.journal
    services.pipeline.stages()
    with unchanged(journal):
        for call in (
            lambda: services.pipeline.add_application("nope", "Dev", NOW),
            lambda: services.pipeline.move("nope", stage_id(services, "Screening")),
            lambda: services.pipeline.move(world.application.id, "nope"),
            lambda: services.pipeline.close_no_response("nope"),
            lambda: services.pipeline.rename_stage("nope", "New"),
            lambda: services.pipeline.delete_stage("nope"),
            lambda: services.offers.add("nope"),
            lambda: services.offers.update("nope", bonus="x"),
            lambda: services.offers.set_status("nope", "accepted"),
            lambda: services.contacts.add("Bo", company_id="nope"),
            lambda: services.contacts.update("nope", name="Bo"),
            lambda: services.contacts.mark_contacted("nope", NOW),
            lambda: log(services, "nope"),
            lambda: log(services, world.application.id, person_id="nope"),
            lambda: services.follow_ups.save_draft("nope", recipient="", subject="", body=""),
            lambda: services.follow_ups.mark_sent("nope", NOW),
            lambda: services.reminders.add("Call", NOW, application_id="nope", now=NOW),
            lambda: services.reminders.complete("reminder:nope", NOW),
            lambda: services.reminders.dismiss("offer:nope", NOW),
        ):
            with pytest.raises(JournalError) as raised:
                call()
            assert str(raised.value).endswith(".")


def test_snoozing_a_derived_item_that_is_gone_writes_nothing(services: Services) -> None:
    # Regression: it wrote a "reminder_snooze:contact:nope" setting for nobody.
    with unchanged(services.journal), pytest.raises(JournalError, match="no longer due"):
        services.reminders.snooze("contact:nope", NOW + timedelta(days=1), NOW)


def test_logging_a_contact_for_a_deleted_application(services: Services, world: World) -> None:
    services.journal.delete(Application, world.application.id)
    with unchanged(services.journal), pytest.raises(JournalError, match="no longer exists"):
        log(services, world.application.id, person_id=world.person.id)


# ------------------------------------------------------ acting twice, in order
def test_deleting_a_stage_that_holds_applications(services: Services, world: World) -> None:
    applied = stage_id(services, "Applied")
    with unchanged(services.journal):
        with pytest.raises(ValidationError, match="holds 1 application; choose the stage"):
            services.pipeline.delete_stage(applied)
        with pytest.raises(ValidationError, match="another stage"):
            services.pipeline.delete_stage(applied, move_to=applied)
        with pytest.raises(ValidationError, match="no longer in the journal"):
            services.pipeline.delete_stage(applied, move_to="nope")
    screening = stage_id(services, "Screening")
    stages = services.pipeline.delete_stage(applied, move_to=screening)
    assert [s.position for s in stages] == list(range(len(stages)))
    assert services.journal.get(Application, world.application.id).stage_id == screening
    assert services.journal.find(PipelineStage, applied) is None


def test_closing_an_already_closed_process(services: Services, world: World) -> None:
    services.pipeline.close_no_response(world.application.id, NOW)
    with unchanged(services.journal), pytest.raises(ValidationError, match="already closed"):
        services.pipeline.close_no_response(world.application.id, NOW)


def test_marking_a_follow_up_sent_twice(services: Services, world: World) -> None:
    draft = services.follow_ups.save_draft(
        world.round.id, recipient="ann@acme.test", subject="Thanks", body="Thank you", now=NOW
    )
    services.follow_ups.mark_sent(draft.id or "", NOW + timedelta(hours=1))
    with unchanged(services.journal), pytest.raises(ValidationError, match="already marked"):
        services.follow_ups.mark_sent(draft.id or "", NOW + timedelta(hours=2))


def test_a_sent_follow_up_keeps_the_text_that_was_sent(services: Services, world: World) -> None:
    # Regression: saving the composer again rewrote what the timeline says was sent.
    draft = services.follow_ups.save_draft(
        world.round.id, recipient="", subject="Thanks", body="Thank you", now=NOW
    )
    services.follow_ups.mark_sent(draft.id or "", NOW + timedelta(hours=1))
    with unchanged(services.journal), pytest.raises(ValidationError, match="was sent on"):
        services.follow_ups.save_draft(
            world.round.id, recipient="", subject="Other", body="Rewritten", now=NOW
        )


def test_a_follow_up_finds_its_recipient_whatever_the_case(
    services: Services, world: World
) -> None:
    # Regression: outside the round's attendees only an exact-case address matched.
    draft = services.follow_ups.save_draft(
        world.round.id, recipient="ANN@Acme.Test", subject="Thanks", body="Thank you", now=NOW
    )
    services.follow_ups.mark_sent(draft.id or "", NOW)
    [interaction] = services.journal.records(Interaction, kind="follow_up")
    assert interaction.person_id == world.person.id
    assert services.journal.get(Person, world.person.id).last_contact_at == NOW


def test_empty_follow_up_cannot_be_sent(services: Services, world: World) -> None:
    draft = services.follow_ups.save_draft(
        world.round.id, recipient="", subject="", body="  \n ", now=NOW
    )
    with unchanged(services.journal), pytest.raises(ValidationError, match="empty"):
        services.follow_ups.mark_sent(draft.id or "", NOW)


# ---------------------------------------------- all or nothing, read-only
def test_a_failed_timeline_write_undoes_the_change(services: Services, world: World) -> None:
    # Regression: the change and its timeline entry were two commits; a failure between
    # them left an application, a move, a closing or an offer with no trace on the timeline.
    journal = services.journal
    screening = stage_id(services, "Screening")
    with failing_inserts(journal, "timeline_event"), unchanged(journal):
        for call in (
            lambda: services.pipeline.add_application(world.company.id, "Dev", NOW),
            lambda: services.pipeline.move(world.application.id, screening, NOW),
            lambda: services.pipeline.close_no_response(world.application.id, NOW),
            lambda: services.offers.add(world.application.id, base_salary=1),
            lambda: log(services, world.application.id, person_id=world.person.id),
        ):
            with pytest.raises(JournalWriteError, match="disk is full"):
                call()


def test_close_no_response_without_a_closed_stage_under_a_failed_write(
    services: Services, world: World
) -> None:
    journal = services.journal
    for stage in services.pipeline.stages():
        if stage.outcome != "open":
            journal.delete(PipelineStage, stage.id)
    with failing_inserts(journal, "timeline_event"), pytest.raises(JournalWriteError):
        services.pipeline.close_no_response(world.application.id, NOW)
    # Only the (empty) stage it needed may stay; the process is not closed.
    assert journal.get(Application, world.application.id).closed_at is None
    assert journal.count(TimelineEvent, kind="gone_quiet") == 0
    services.pipeline.close_no_response(world.application.id, NOW)
    assert [s.name for s in services.pipeline.stages() if s.outcome == "closed"] == ["Closed"]


def test_a_read_only_journal_refuses_clearly_and_keeps_everything(
    services: Services, world: World
) -> None:
    journal = services.journal
    with read_only(journal), unchanged(journal):
        for call in (
            lambda: services.pipeline.add_application(world.company.id, "Dev", NOW),
            lambda: services.pipeline.add_stage("Take-home"),
            lambda: services.pipeline.close_no_response(world.application.id, NOW),
            lambda: services.offers.add(world.application.id),
            lambda: services.contacts.add("Bo"),
            lambda: log(services, world.application.id),
            lambda: services.follow_ups.save_draft(
                world.round.id, recipient="", subject="s", body="b", now=NOW
            ),
            lambda: services.reminders.add("Call", NOW + timedelta(days=1), now=NOW),
            lambda: services.thresholds.save(quiet_after_days=30),
        ):
            with pytest.raises(JournalWriteError, match="read-only"):
                call()


# ------------------------------------------------- one rule, one answer
def test_closing_says_the_same_quiet_days_as_the_board(services: Services, world: World) -> None:
    # A contact dated ahead (a slip of the calendar) restarts the clock on the board;
    # closing used to ignore it and announce a longer silence than the board showed.
    log(services, world.application.id, occurred_at=NOW + timedelta(days=3))
    card = services.pipeline.board(NOW).card(world.application.id)
    assert card is not None
    services.pipeline.close_no_response(world.application.id, NOW)
    [event] = services.journal.records(TimelineEvent, kind="gone_quiet")
    assert event.detail == f"Nothing heard for {card.quiet_days} days."


def test_timeline_stages_are_in_the_boards_order(services: Services) -> None:
    services.pipeline.stages()
    for record in services.journal.records(PipelineStage):
        services.journal.update(PipelineStage, record.id, position=0)
    board = [s.name for s in services.pipeline.stages()]
    assert [name for _id, name in services.timeline.stages()] == board


def test_the_settings_table_stays_clean(services: Services, world: World) -> None:
    services.thresholds.save(quiet_after_days=21)
    services.thresholds.save(quiet_after_days=22)
    assert services.journal.get(Setting, "quiet_after_days").value == "22"
