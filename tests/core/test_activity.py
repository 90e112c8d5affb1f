from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from interview_journal.core.activity import days_since, is_gone_quiet, open_processes
from interview_journal.core.events import record_event
from interview_journal.core.services import Services
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    PipelineStage,
)

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_quiet_after_whole_days_only() -> None:
    last = NOW - timedelta(days=14)
    assert is_gone_quiet(last, NOW, 14, round_ahead=False)
    assert not is_gone_quiet(last + timedelta(minutes=1), NOW, 14, round_ahead=False)
    assert not is_gone_quiet(last - timedelta(days=30), NOW, 14, round_ahead=True)


def test_days_since_compares_moments_not_wall_clocks() -> None:
    tokyo = timezone(timedelta(hours=9))
    # 08:00 in Tokyo on the 22nd is 23:00 UTC on the 21st: ten hours before NOW.
    assert days_since(datetime(2026, 11, 22, 8, 0, tzinfo=tokyo), NOW) == 0
    assert days_since(NOW + timedelta(days=3), NOW) == 0
    assert days_since(datetime(2026, 11, 8, 9, 0), NOW) == 14  # naive means UTC


def _application(services: Services, *, applied_days_ago: int, outcome: str = "open") -> str:
    journal = services.journal
    company = journal.add(Company(name=f"Co {applied_days_ago} {outcome}"))
    stage = journal.add(PipelineStage(name=outcome, outcome=outcome))
    applied = NOW - timedelta(days=applied_days_ago)
    app = journal.add(Application(company_id=company.id, stage_id=stage.id, applied_at=applied))
    record_event(journal, "applied", "Applied", application_id=app.id, occurred_at=applied)
    return app.id


def test_open_processes_take_the_last_exchange(services: Services) -> None:
    journal = services.journal
    quiet = _application(services, applied_days_ago=40)
    talking = _application(services, applied_days_ago=40)
    record_event(journal, "contact_in", "Reply", application_id=talking, occurred_at=NOW)
    # A stage move or a note is not word from the company.
    record_event(journal, "stage_changed", "Moved", application_id=quiet, occurred_at=NOW)
    waiting_on_me = _application(services, applied_days_ago=40, outcome="offer")
    with_round = _application(services, applied_days_ago=40)
    journal.add(InterviewRound(application_id=with_round, scheduled_at=NOW + timedelta(days=2)))

    processes = {p.application.id: p for p in open_processes(journal, NOW)}
    assert waiting_on_me not in processes
    assert processes[quiet].quiet_days(NOW) == 40
    assert processes[quiet].gone_quiet(NOW, 14)
    assert not processes[talking].gone_quiet(NOW, 14)
    assert not processes[with_round].gone_quiet(NOW, 14)
