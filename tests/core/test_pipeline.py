"""The pipeline: stages, moves, gone quiet, closing with no response, keeping applying."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from interview_journal.core.errors import ValidationError
from interview_journal.core.events import record_event
from interview_journal.core.pipeline import (
    MIN_LIVE_PROCESSES,
    SEEDED_SETTING,
    PipelineService,
    close_no_response_question,
    keep_applying,
    keep_applying_summary,
    keyboard_move_target,
)
from interview_journal.core.services import Services
from interview_journal.core.vocabulary import DEFAULT_PIPELINE_STAGES, NO_RESPONSE_REASON
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    PipelineStage,
    TimelineEvent,
)

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture
def pipeline(services: Services) -> PipelineService:
    return services.pipeline


def company(services: Services, name: str = "Acme") -> Company:
    return services.journal.add(Company(name=name))


def applied(
    pipeline: PipelineService, services: Services, days_ago: int, name: str = "Acme"
) -> Application:
    return pipeline.add_application(
        company(services, name).id, "Backend engineer", NOW - timedelta(days=days_ago)
    )


def stage_named(pipeline: PipelineService, name: str) -> str:
    return next(s.id for s in pipeline.stages() if s.name == name)


def events(services: Services, kind: str) -> list[TimelineEvent]:
    return services.journal.records(TimelineEvent, order_by="occurred_at", kind=kind)


# ------------------------------------------------------------------ stages
def test_stages_are_seeded_once(pipeline: PipelineService, services: Services) -> None:
    assert [(s.name, s.outcome) for s in pipeline.stages()] == list(DEFAULT_PIPELINE_STAGES)
    assert services.journal.setting(SEEDED_SETTING) == "1"
    for stage in pipeline.stages()[1:]:
        services.journal.delete(PipelineStage, stage.id)
    assert [s.name for s in pipeline.stages()] == ["Interested"]


def test_rename_checks_the_name_and_writes_nothing_on_failure(pipeline: PipelineService) -> None:
    applied_id = stage_named(pipeline, "Applied")
    assert pipeline.rename_stage(applied_id, "  Sent  ").name == "Sent"
    with pytest.raises(ValidationError, match="already a stage called “Screening”"):
        pipeline.rename_stage(applied_id, "screening")
    with pytest.raises(ValidationError, match="needs a name"):
        pipeline.rename_stage(applied_id, "   ")
    assert "Sent" in [s.name for s in pipeline.stages()]


def test_move_stage_reorders_and_stops_at_the_ends(pipeline: PipelineService) -> None:
    closed = stage_named(pipeline, "Closed")
    pipeline.move_stage(closed, -2)
    assert [s.name for s in pipeline.stages()][-3:] == ["Closed", "Offer", "Accepted"]
    pipeline.move_stage(closed, 100)
    names = [s.name for s in pipeline.stages()]
    assert names[-1] == "Closed"
    assert [s.position for s in pipeline.stages()] == list(range(len(names)))


def test_an_open_stage_is_added_before_the_final_ones(pipeline: PipelineService) -> None:
    pipeline.add_stage("Take-home")
    assert [s.name for s in pipeline.stages()][4] == "Take-home"
    pipeline.add_stage("Declined", "closed")
    assert pipeline.stages()[-1].name == "Declined"
    with pytest.raises(ValidationError, match="outcome"):
        pipeline.add_stage("Odd", "maybe")


def test_delete_stage_moves_its_applications(pipeline: PipelineService, services: Services) -> None:
    app = applied(pipeline, services, 3)
    applied_id = stage_named(pipeline, "Applied")
    with pytest.raises(ValidationError, match="holds 1 application"):
        pipeline.delete_stage(applied_id)
    assert len(pipeline.stages()) == 7
    pipeline.delete_stage(applied_id, move_to=stage_named(pipeline, "Screening"))
    assert services.journal.get(Application, app.id).stage_id == stage_named(pipeline, "Screening")
    assert "Applied" not in [s.name for s in pipeline.stages()]


def test_the_last_stage_and_the_last_open_stage_stay(pipeline: PipelineService) -> None:
    for name in ("Applied", "Screening", "Interviewing"):
        pipeline.delete_stage(stage_named(pipeline, name))
    with pytest.raises(ValidationError, match="only open stage"):
        pipeline.delete_stage(stage_named(pipeline, "Interested"))
    with pytest.raises(ValidationError, match="only open stage"):
        pipeline.set_stage_outcome(stage_named(pipeline, "Interested"), "closed")
    for name in ("Offer", "Accepted", "Closed"):
        pipeline.delete_stage(stage_named(pipeline, name))
    with pytest.raises(ValidationError, match="at least one stage"):
        pipeline.delete_stage(stage_named(pipeline, "Interested"))


def test_changing_an_outcome_closes_its_applications(
    pipeline: PipelineService, services: Services
) -> None:
    app = applied(pipeline, services, 3)
    pipeline.add_stage("On hold")
    pipeline.move(app.id, stage_named(pipeline, "On hold"), now=NOW)
    pipeline.set_stage_outcome(stage_named(pipeline, "On hold"), "closed", now=NOW)
    assert services.journal.get(Application, app.id).closed_at is not None
    pipeline.set_stage_outcome(stage_named(pipeline, "On hold"), "open", now=NOW)
    assert services.journal.get(Application, app.id).closed_at is None


# ----------------------------------------------------------- applications
def test_add_application_lands_in_applied_with_an_event(
    pipeline: PipelineService, services: Services
) -> None:
    app = applied(pipeline, services, 2)
    assert app.stage_id == stage_named(pipeline, "Applied")
    [event] = events(services, "applied")
    assert (event.title, event.detail, event.application_id) == (
        "Applied — Acme",
        "Backend engineer",
        app.id,
    )
    interested = pipeline.add_application(company(services, "Beta").id, "", None)
    assert interested.stage_id == stage_named(pipeline, "Interested")
    assert len(events(services, "applied")) == 1


def test_bad_application_writes_nothing(pipeline: PipelineService, services: Services) -> None:
    with pytest.raises(ValidationError, match="company is no longer"):
        pipeline.add_application("missing", "Role", NOW)
    with pytest.raises(ValidationError, match="role"):
        pipeline.add_application(company(services).id, "x" * 3000, NOW)
    assert services.journal.count(Application) == 0


def test_an_application_without_stage_shows_in_the_default_stage(
    pipeline: PipelineService, services: Services
) -> None:
    acme = company(services)
    services.journal.add(Application(company_id=acme.id, applied_at=NOW))
    services.journal.add(Application(company_id=acme.id))
    board = pipeline.board(NOW)
    counts = {c.stage.name: len(c.cards) for c in board.columns}
    assert counts["Applied"] == 1
    assert counts["Interested"] == 1


def test_move_records_the_change_and_closes_at_a_final_stage(
    pipeline: PipelineService, services: Services
) -> None:
    app = applied(pipeline, services, 5)
    pipeline.move(app.id, stage_named(pipeline, "Interviewing"), now=NOW)
    [event] = events(services, "stage_changed")
    assert (event.title, event.detail) == ("Interviewing — Acme", "Applied → Interviewing")
    moved = pipeline.move(app.id, stage_named(pipeline, "Accepted"), now=NOW)
    assert moved.closed_at == NOW
    reopened = pipeline.move(app.id, stage_named(pipeline, "Interviewing"), now=NOW)
    assert reopened.closed_at is None
    pipeline.move(app.id, stage_named(pipeline, "Interviewing"), now=NOW)  # no change, no event
    assert len(events(services, "stage_changed")) == 3


# ------------------------------------------------------------- gone quiet
def test_fourteen_quiet_days_flag_the_process_thirteen_do_not(
    pipeline: PipelineService, services: Services
) -> None:
    quiet = applied(pipeline, services, 14, "Quiet Ltd")
    applied(pipeline, services, 13, "Recent Ltd")
    assert [c.application_id for c in pipeline.gone_quiet(NOW)] == [quiet.id]
    card = pipeline.board(NOW).card(quiet.id)
    assert card is not None
    assert (card.gone_quiet, card.quiet_days, card.company_name) == (True, 14, "Quiet Ltd")


def test_a_round_ahead_is_not_silence(pipeline: PipelineService, services: Services) -> None:
    app = applied(pipeline, services, 30)
    services.journal.add(
        InterviewRound(application_id=app.id, scheduled_at=NOW + timedelta(days=2))
    )
    card = pipeline.board(NOW).card(app.id)
    assert card is not None
    assert card.round_ahead
    assert not card.gone_quiet
    assert pipeline.gone_quiet(NOW) == []


def test_the_quiet_threshold_is_the_users(pipeline: PipelineService, services: Services) -> None:
    applied(pipeline, services, 8)
    services.thresholds.save(quiet_after_days=7)
    assert len(pipeline.gone_quiet(NOW)) == 1


def test_close_no_response(pipeline: PipelineService, services: Services) -> None:
    app = applied(pipeline, services, 18)
    record_event(
        services.journal,
        "contact_in",
        "Hi",
        application_id=app.id,
        occurred_at=NOW - timedelta(days=16),
    )
    closed = pipeline.close_no_response(app.id, now=NOW)
    assert closed.stage_id == stage_named(pipeline, "Closed")
    assert (closed.closed_at, closed.closed_reason) == (NOW, NO_RESPONSE_REASON)
    [event] = events(services, "gone_quiet")
    assert (event.title, event.detail) == ("No news from Acme", "Nothing heard for 16 days.")
    assert events(services, "stage_changed")[-1].detail == "Applied → Closed"
    assert pipeline.gone_quiet(NOW) == []
    with pytest.raises(ValidationError, match="already closed"):
        pipeline.close_no_response(app.id, now=NOW)


def test_close_no_response_without_a_closed_stage_adds_one(
    pipeline: PipelineService, services: Services
) -> None:
    app = applied(pipeline, services, 20)
    pipeline.delete_stage(stage_named(pipeline, "Closed"))
    closed = pipeline.close_no_response(app.id, now=NOW)
    assert closed.stage_id == stage_named(pipeline, "Closed")


def test_closed_applications_can_be_hidden(pipeline: PipelineService, services: Services) -> None:
    app = applied(pipeline, services, 20)
    pipeline.close_no_response(app.id, now=NOW)
    shown = pipeline.board(NOW)
    hidden = pipeline.board(NOW, include_closed=False)
    closed_id = stage_named(pipeline, "Closed")
    assert [len(c.cards) for c in shown.columns if c.stage.id == closed_id] == [1]
    assert [(len(c.cards), c.hidden) for c in hidden.columns if c.stage.id == closed_id] == [(0, 1)]
    assert hidden.total == 1


# ---------------------------------------------------------- keep applying
def test_keep_applying_nudges_after_the_threshold() -> None:
    last = NOW - timedelta(days=12)
    state = keep_applying(last, 5, False, NOW, 10)
    assert state.days_since_last_application == 12
    assert state.nudge is not None
    assert state.nudge.startswith("Nothing applied for in 12 days")
    assert keep_applying(NOW - timedelta(days=9), 5, False, NOW, 10).nudge is None


def test_keep_applying_nudges_when_the_pipeline_thins() -> None:
    state = keep_applying(NOW - timedelta(days=1), MIN_LIVE_PROCESSES - 1, False, NOW, 10)
    assert state.nudge is not None
    assert "only 2 processes are live" in state.nudge.casefold()
    assert keep_applying(NOW, MIN_LIVE_PROCESSES, False, NOW, 10).nudge is None


def test_no_nudge_after_an_accepted_offer_or_with_nothing_running() -> None:
    last = NOW - timedelta(days=40)
    assert keep_applying(last, 2, True, NOW, 10).nudge is None
    assert keep_applying(last, 0, False, NOW, 10).nudge is None
    assert keep_applying(None, 0, False, NOW, 10).days_since_last_application is None


def test_keep_applying_summary_reads_like_the_header() -> None:
    state = keep_applying(NOW - timedelta(days=12), 5, False, NOW, 10)
    assert keep_applying_summary(state) == "Last application: 12 days ago · 5 live processes"
    assert keep_applying_summary(keep_applying(None, 0, False, NOW, 10)) == (
        "No application yet · no live processes"
    )


def test_service_keep_applying_counts_live_processes(
    pipeline: PipelineService, services: Services
) -> None:
    applied(pipeline, services, 12, "A")
    applied(pipeline, services, 20, "B")
    gone = applied(pipeline, services, 30, "C")
    pipeline.add_application(company(services, "D").id, "", None)  # only considered
    pipeline.close_no_response(gone.id, now=NOW)
    state = pipeline.keep_applying(NOW)
    assert (state.days_since_last_application, state.live_processes) == (12, 2)
    assert state.nudge is not None
    offer = applied(pipeline, services, 40, "E")
    pipeline.move(offer.id, stage_named(pipeline, "Accepted"), now=NOW)
    assert pipeline.keep_applying(NOW).nudge is None


def test_keyboard_moves_out_of_a_final_stage_reopen_into_an_open_stage(
    pipeline: PipelineService,
) -> None:
    stages = pipeline.stages()
    by_name = {s.name: s for s in stages}

    def target(name: str, step: int) -> str | None:
        found = keyboard_move_target(stages, by_name[name].id, step)
        return found.name if found else None

    # Between running stages, and into the final ones, a step is a step.
    assert target("Applied", 1) == "Screening"
    assert target("Applied", -1) == "Interested"
    assert target("Offer", 1) == "Accepted"
    assert target("Interested", -1) is None
    # Out of a final stage: never into Accepted or Offer, but the last open stage.
    assert target("Closed", -1) == "Interviewing"
    assert target("Accepted", -1) == "Interviewing"
    assert target("Accepted", 1) is None
    assert target("Closed", 1) is None
    assert keyboard_move_target(stages, "no such stage", 1) is None


def test_close_no_response_question_says_how_to_reopen() -> None:
    text = close_no_response_question("Acme", 18)
    assert text.startswith("Nothing heard from Acme for 18 days. Close this process as")
    assert "It stays on the timeline." in text
    assert "“Show closed”" in text and "“Move to…”" in text
    assert "for a long time" in close_no_response_question("Acme", None)
