"""Applications and their stages: the pipeline board, moves, closing, keeping applying.

The user's stages are rows of ``pipeline_stage`` in their own order; each stage has an
outcome ("open" while the process runs, "offer", "accepted" or "closed" when it has
ended). An application sits in one stage. Moving it writes a ``stage_changed`` event on
the timeline, shaped like the sample's ("Interviewing — Acme", "Screening → Interviewing").

An application without a stage (the live note pad opens one when an interview starts for a
company with no process yet) is shown in the *default stage*: the second open stage (the
"Applied" of the suggested set) when it has an ``applied_at``, else the first stage; a
closed one without a stage sits in the first closed stage.

The gone-quiet rule and its query live in :mod:`interview_journal.core.activity`; this
module only shows and acts on them. :meth:`PipelineService.board` reads the journal in
a handful of queries whatever its size (never one per application).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import SQLModel

from interview_journal.core import validation
from interview_journal.core.activity import (
    QUIET_CLOCK_KINDS,
    ProcessActivity,
    checked_moment,
    days_since,
    last_exchange,
    open_processes,
)
from interview_journal.core.errors import ValidationError
from interview_journal.core.events import new_event
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.core.thresholds import ThresholdService
from interview_journal.core.vocabulary import DEFAULT_PIPELINE_STAGES, NO_RESPONSE_REASON
from interview_journal.storage.journal import Journal, utc
from interview_journal.storage.tables import (
    Application,
    Company,
    Offer,
    PipelineStage,
    TimelineEvent,
    utc_now,
)

# Remembers that the suggested stages were written once, so a user who deletes some of
# them does not get them back on the next start.
SEEDED_SETTING = "pipeline.stages_seeded"

# English, marked for translation: stage_outcome_labels() gives them in the user's language.
STAGE_OUTCOMES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Pipeline", "Open — the process runs"),
    "offer": QT_TRANSLATE_NOOP("Pipeline", "Offer — an offer is on the table"),
    "accepted": QT_TRANSLATE_NOOP("Pipeline", "Accepted — the search is over"),
    "closed": QT_TRANSLATE_NOOP("Pipeline", "Closed — the process ended"),
}
# Outcomes that end a process: an application moved there gets a closed_at.
FINAL_OUTCOMES: frozenset[str] = frozenset({"accepted", "closed"})
# Processes that still count as running for "keep applying".
LIVE_OUTCOMES: frozenset[str] = frozenset({"open", "offer"})

# Fewer live processes than this and the pipeline is thin: most processes end without an
# offer, so with two or fewer a single bad week (two rejections, or one plus a silence)
# leaves nothing running and the search restarts from zero, weeks later.
MIN_LIVE_PROCESSES = 3

# "Close as no response", asked the same way on the board and in Reminders (English,
# marked; close_no_response_title() and close_no_response_action() translate them).
CLOSE_NO_RESPONSE_TITLE = QT_TRANSLATE_NOOP("Pipeline", "Close as no response")
CLOSE_NO_RESPONSE_ACTION = QT_TRANSLATE_NOOP("Pipeline", "Close it")
# Closing is not final: a closed card is listed once "Show closed" is ticked, and moving
# it to an open stage reopens the process (closed_at and the reason are cleared).
REOPEN_HINT = QT_TRANSLATE_NOOP(
    "Pipeline",
    "To reopen it later, tick “Show closed” on the Pipeline and use “Move to…” on its card.",
)
_CONTEXT = "Pipeline"


def stage_outcome_labels() -> dict[str, str]:
    """:data:`STAGE_OUTCOMES` in the user's language."""
    return {key: translate(_CONTEXT, text) for key, text in STAGE_OUTCOMES.items()}


def close_no_response_title() -> str:
    return translate(_CONTEXT, CLOSE_NO_RESPONSE_TITLE)


def close_no_response_action() -> str:
    return translate(_CONTEXT, CLOSE_NO_RESPONSE_ACTION)


@dataclass(frozen=True)
class Stage:
    id: str
    name: str
    position: int
    outcome: str

    @classmethod
    def from_record(cls, record: PipelineStage) -> Stage:
        return cls(record.id, record.name, record.position, record.outcome)

    @property
    def final(self) -> bool:
        return self.outcome in FINAL_OUTCOMES


@dataclass(frozen=True)
class PipelineCard:
    """One application as the board shows it."""

    application_id: str
    company_id: str
    company_name: str
    role: str
    stage_id: str
    applied_at: datetime | None
    last_activity: datetime
    # Whole days without an exchange with the company; None once the process is not
    # waiting on the company (an offer, closed).
    quiet_days: int | None
    gone_quiet: bool
    round_ahead: bool
    closed: bool
    closed_reason: str = ""


@dataclass(frozen=True)
class PipelineColumn:
    stage: Stage
    cards: tuple[PipelineCard, ...]
    # Closed applications of this stage left out because the board hides them.
    hidden: int = 0


@dataclass(frozen=True)
class KeepApplying:
    """How recently the user applied, how many processes run, and a nudge when it thins."""

    days_since_last_application: int | None
    live_processes: int
    accepted_offer: bool
    nudge: str | None


@dataclass(frozen=True)
class PipelineBoard:
    columns: tuple[PipelineColumn, ...]
    keep_applying: KeepApplying
    quiet_after_days: int
    # Every application of the journal, hidden ones included (0 means an empty pipeline).
    total: int

    @property
    def gone_quiet(self) -> list[PipelineCard]:
        return [card for column in self.columns for card in column.cards if card.gone_quiet]

    def card(self, application_id: str) -> PipelineCard | None:
        for column in self.columns:
            for card in column.cards:
                if card.application_id == application_id:
                    return card
        return None


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def keep_applying(
    last_applied_at: datetime | None,
    live_processes: int,
    accepted_offer: bool,
    now: datetime,
    nudge_days: int,
) -> KeepApplying:
    """The keep-applying rule: nudge while processes run and no offer is accepted, when
    nothing was applied for in ``nudge_days`` days or fewer than MIN_LIVE_PROCESSES run.

    ``nudge_days`` is the user's threshold (10 by default): first answers commonly take one
    to three weeks, so applying every ten days or so keeps new processes arriving before
    the current ones end. With nothing live the app does not know whether the search is
    still on (a job found elsewhere, a pause), so it shows the figures without nagging.
    """
    days = None if last_applied_at is None else days_since(last_applied_at, now)
    nudge = None
    if live_processes > 0 and not accepted_offer:
        reasons = []
        if days is None:
            reasons.append(translate("Pipeline", "no application is recorded yet"))
        elif days >= nudge_days:
            reasons.append(translate("Pipeline", "nothing applied for in %n day(s)", "", days))
        if live_processes < MIN_LIVE_PROCESSES:
            reasons.append(
                translate("Pipeline", "only %n process(es) (is/are) live", "", live_processes)
            )
        if reasons:
            text = (
                translate("Pipeline", "{first} and {second}").format(
                    first=reasons[0], second=reasons[1]
                )
                if len(reasons) == 2
                else reasons[0]
            )
            nudge = translate(
                "Pipeline",
                "{reasons}. Keep applying until you accept an offer: a few processes running "
                "side by side keep a rejection from resetting the search.",
            ).format(reasons=text[:1].upper() + text[1:])
    return KeepApplying(days, live_processes, accepted_offer, nudge)


def keep_applying_summary(state: KeepApplying) -> str:
    """ "Last application: 12 days ago · 5 live processes", as the header strip shows it."""
    days = state.days_since_last_application
    if days is None:
        last = translate("Pipeline", "No application yet")
    elif days == 0:
        last = translate("Pipeline", "Last application: today")
    elif days == 1:
        last = translate("Pipeline", "Last application: yesterday")
    else:
        last = translate("Pipeline", "Last application: %n day(s) ago", "", days)
    live = state.live_processes
    processes = (
        translate("Pipeline", "no live processes")
        if live == 0
        else translate("Pipeline", "%n live process(es)", "", live)
    )
    return f"{last} · {processes}"


def close_no_response_question(company_name: str, quiet_days: int | None) -> str:
    """The confirmation asked before closing a quiet process, wherever it is closed from."""
    if company_name and quiet_days:
        question = translate(
            "Pipeline",
            "Nothing heard from {company} for %n day(s). Close this process as “No response” "
            "and move on? It stays on the timeline.",
            "",
            quiet_days,
        )
    elif company_name:
        question = translate(
            "Pipeline",
            "Nothing heard from {company} for a long time. Close this process as "
            "“No response” and move on? It stays on the timeline.",
        )
    elif quiet_days:
        question = translate(
            "Pipeline",
            "Nothing heard from this company for %n day(s). Close this process as "
            "“No response” and move on? It stays on the timeline.",
            "",
            quiet_days,
        )
    else:
        question = translate(
            "Pipeline",
            "Nothing heard from this company for a long time. Close this process as "
            "“No response” and move on? It stays on the timeline.",
        )
    return f"{question.format(company=company_name)} {translate(_CONTEXT, REOPEN_HINT)}"


def keyboard_move_target(stages: Sequence[Stage], stage_id: str, step: int) -> Stage | None:
    """Where Ctrl+Shift+←/→ (``step`` -1/+1) moves a card that sits in ``stage_id``.

    The neighbouring stage that way, except out of a final stage (Accepted, Closed): a
    card leaving one is reopened, so it lands in the nearest *open* stage that way (from
    Closed, ← goes to Interviewing), never into another final stage or an offer. None at
    either end, or when no open stage lies that way.
    """
    at = next((i for i, s in enumerate(stages) if s.id == stage_id), -1)
    if at < 0 or step == 0:
        return None
    step = 1 if step > 0 else -1
    target = at + step
    if not stages[at].final:
        return stages[target] if 0 <= target < len(stages) else None
    while 0 <= target < len(stages):
        if stages[target].outcome == "open":
            return stages[target]
        target += step
    return None


def default_stage(stages: list[Stage], *, applied: bool, closed: bool) -> Stage | None:
    """Where an application without a (known) stage is shown; see the module's docstring."""
    if not stages:
        return None
    if closed:
        return next((s for s in stages if s.outcome == "closed"), stages[-1])
    if applied:
        open_stages = [s for s in stages if s.outcome == "open"]
        if len(open_stages) > 1:
            return open_stages[1]
        if open_stages:
            return open_stages[0]
    return stages[0]


class PipelineService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    # ---------------------------------------------------------------- stages
    def stages(self) -> list[Stage]:
        """The stages in the user's order; the suggested set is written on first use."""
        records = self.journal.records(PipelineStage)
        if self.journal.setting(SEEDED_SETTING) != "1":
            if not records:
                records = [
                    PipelineStage(name=name, position=position, outcome=outcome)
                    for position, (name, outcome) in enumerate(DEFAULT_PIPELINE_STAGES)
                ]
                self.journal.add_all(records)
            # A journal that already has stages (the sample, an import) counts as seeded.
            self.journal.set_setting(SEEDED_SETTING, "1")
        ordered = sorted(records, key=lambda r: (r.position, r.name.casefold()))
        return [Stage.from_record(record) for record in ordered]

    def _stage(self, stages: list[Stage], stage_id: str) -> Stage:
        for stage in stages:
            if stage.id == stage_id:
                return stage
        raise ValidationError(translate("Pipeline", "That stage is no longer in the journal."))

    @staticmethod
    def _unique_name(name: str, stages: list[Stage], exclude_id: str | None) -> str:
        cleaned = validation.required_name(name, QT_TRANSLATE_NOOP("Validation", "stage"))
        for stage in stages:
            if stage.id != exclude_id and stage.name.casefold() == cleaned.casefold():
                raise ValidationError(
                    translate("Pipeline", "There is already a stage called “{name}”.").format(
                        name=stage.name
                    )
                )
        return cleaned

    @staticmethod
    def _outcome(outcome: str) -> str:
        if outcome not in STAGE_OUTCOMES:
            choices = ", ".join(STAGE_OUTCOMES)
            raise ValidationError(
                translate(
                    "Pipeline", "A stage's outcome is one of {choices}; not “{outcome}”."
                ).format(choices=choices, outcome=validation.shown(outcome))
            )
        return outcome

    def add_stage(self, name: str, outcome: str = "open") -> Stage:
        """Add a stage: an open one just before the first stage that ends a process (so
        "Take-home" lands among the running stages), any other at the end."""
        stages = self.stages()
        record = PipelineStage(
            name=self._unique_name(name, stages, None), outcome=self._outcome(outcome)
        )
        ordered = list(stages)
        at = len(ordered)
        if outcome == "open":
            at = next((i for i, s in enumerate(ordered) if s.outcome != "open"), len(ordered))
        new = Stage.from_record(record)
        ordered.insert(at, new)
        self._renumber(ordered, record)
        return Stage(record.id, record.name, at, record.outcome)

    def _renumber(self, ordered: list[Stage], new: PipelineStage | None = None) -> list[Stage]:
        """Write positions 0..n-1 for ``ordered`` (and add ``new``) in one transaction."""
        self.journal.add_all(self._renumbered(ordered, new))
        return [Stage(s.id, s.name, position, s.outcome) for position, s in enumerate(ordered)]

    def _renumbered(
        self, ordered: list[Stage], new: PipelineStage | None = None
    ) -> list[PipelineStage]:
        """The stage records whose position changes for ``ordered`` to read 0..n-1."""
        stored = self.journal.records_by_id(PipelineStage, [s.id for s in ordered])
        if new is not None:
            stored[new.id] = new
        changed: list[PipelineStage] = []
        for position, stage in enumerate(ordered):
            record = stored.get(stage.id)
            if record is not None and (record is new or record.position != position):
                record.position = position
                record.updated_at = utc_now()
                changed.append(record)
        return changed

    def rename_stage(self, stage_id: str, name: str) -> Stage:
        stages = self.stages()
        stage = self._stage(stages, stage_id)
        cleaned = self._unique_name(name, stages, stage_id)
        self.journal.update(PipelineStage, stage_id, name=cleaned)
        return Stage(stage.id, cleaned, stage.position, stage.outcome)

    def move_stage(self, stage_id: str, offset: int) -> list[Stage]:
        """Move a stage ``offset`` places (negative is left/up), stopping at either end."""
        ordered = self.stages()
        self._stage(ordered, stage_id)  # says it no longer exists
        current = next(i for i, s in enumerate(ordered) if s.id == stage_id)
        target = min(max(current + offset, 0), len(ordered) - 1)
        ordered.insert(target, ordered.pop(current))
        return self._renumber(ordered)

    def set_stage_outcome(self, stage_id: str, outcome: str, now: datetime | None = None) -> Stage:
        """Change what a stage means; its applications are closed or reopened to match."""
        stages = self.stages()
        stage = self._stage(stages, stage_id)
        outcome = self._outcome(outcome)
        if outcome == stage.outcome:
            return stage
        if stage.outcome == "open" and sum(s.outcome == "open" for s in stages) == 1:
            raise ValidationError(
                f"“{stage.name}” is the only open stage; keep at least one, "
                "new applications start there."
            )
        moment = utc(now or utc_now())
        record = self.journal.get(PipelineStage, stage_id)
        record.outcome = outcome
        record.updated_at = moment
        applications = self.journal.records(Application, stage_id=stage_id)
        for application in applications:
            self._close_or_reopen(application, outcome, moment)
        self.journal.add_all([record, *applications])
        return Stage(stage.id, stage.name, stage.position, outcome)

    @staticmethod
    def _close_or_reopen(application: Application, outcome: str, moment: datetime) -> None:
        if outcome in FINAL_OUTCOMES:
            if application.closed_at is None:
                application.closed_at = moment
        else:
            application.closed_at = None
            application.closed_reason = ""
        application.updated_at = moment

    def delete_stage(
        self, stage_id: str, move_to: str | None = None, now: datetime | None = None
    ) -> list[Stage]:
        """Delete a stage, moving its applications to ``move_to`` first (needed when it
        has any). Refuses the last stage and the last open stage.

        The moved applications get no timeline event: rearranging the board is not news
        about a process.
        """
        stages = self.stages()
        stage = self._stage(stages, stage_id)
        if len(stages) == 1:
            raise ValidationError(
                translate("Pipeline", "The pipeline needs at least one stage; this is the last.")
            )
        if stage.outcome == "open" and sum(s.outcome == "open" for s in stages) == 1:
            raise ValidationError(
                f"“{stage.name}” is the only open stage; keep at least one, "
                "new applications start there."
            )
        # Applications shown here by default (no stage of their own) follow the stage too.
        shown_here = [
            a for a in self.journal.records(Application) if self._stage_of(a, stages).id == stage_id
        ]
        target: Stage | None = None
        if move_to is not None:
            if move_to == stage_id:
                raise ValidationError(
                    translate("Pipeline", "Choose another stage to move its applications to.")
                )
            target = self._stage(stages, move_to)
        if shown_here and target is None:
            held = len(shown_here)  # a plain name: lupdate reads no expression as the count
            raise ValidationError(
                translate(
                    "Pipeline",
                    "“{name}” holds %n application(s); choose the stage they move to.",
                    "",
                    held,
                ).format(name=stage.name)
            )
        moment = utc(now or utc_now())
        changes: list[SQLModel] = []
        if target is not None:
            for application in shown_here:
                application.stage_id = target.id
                self._close_or_reopen(application, target.outcome, moment)
                changes.append(application)
        remaining = [s for s in stages if s.id != stage_id]
        # The moves and the new positions in one transaction, the delete after it: should
        # the delete fail, the stage is left empty and in place, and deleting it again
        # finishes the job. (The journal has no delete inside a shared transaction.)
        self.journal.add_all([*changes, *self._renumbered(remaining)])
        self.journal.delete(PipelineStage, stage_id)
        return [Stage(s.id, s.name, position, s.outcome) for position, s in enumerate(remaining)]

    # --------------------------------------------------------------- reading
    @staticmethod
    def _stage_of(application: Application, stages: list[Stage]) -> Stage:
        for stage in stages:
            if stage.id == application.stage_id:
                return stage
        found = default_stage(
            stages,
            applied=application.applied_at is not None,
            closed=application.closed_at is not None,
        )
        assert found is not None  # never empty: seeded once, and the last stage cannot go
        return found

    def board(self, now: datetime | None = None, *, include_closed: bool = True) -> PipelineBoard:
        """Every stage with its applications, newest activity first: a fixed number of
        queries (stages, applications, companies, activity, settings), none per application."""
        moment = utc(now or utc_now())
        stages = self.stages()
        thresholds = ThresholdService(self.journal).load()
        applications = self.journal.records(Application)
        names = {c.id: c.name for c in self.journal.records(Company)}
        activity = {p.application.id: p for p in open_processes(self.journal, moment)}
        latest = self.journal.group_summary(TimelineEvent, "application_id", "occurred_at")
        by_stage: dict[str, list[PipelineCard]] = {stage.id: [] for stage in stages}
        hidden: dict[str, int] = {stage.id: 0 for stage in stages}
        if not stages:
            return PipelineBoard((), self._keep_applying(applications, stages, moment), 0, 0)
        for application in applications:
            stage = self._stage_of(application, stages)
            closed = application.closed_at is not None or stage.final
            if closed and not include_closed:
                hidden[stage.id] += 1
                continue
            by_stage[stage.id].append(
                self._card(
                    application,
                    stage,
                    names=names,
                    process=activity.get(application.id),
                    latest=latest,
                    now=moment,
                    quiet_after_days=thresholds.quiet_after_days,
                    closed=closed,
                )
            )
        columns = tuple(
            PipelineColumn(
                stage,
                tuple(sorted(by_stage[stage.id], key=lambda c: c.last_activity, reverse=True)),
                hidden[stage.id],
            )
            for stage in stages
        )
        return PipelineBoard(
            columns,
            self._keep_applying(applications, stages, moment),
            thresholds.quiet_after_days,
            len(applications),
        )

    @staticmethod
    def _card(
        application: Application,
        stage: Stage,
        *,
        names: dict[str, str],
        process: ProcessActivity | None,
        latest: dict[str, tuple[int, datetime]],
        now: datetime,
        quiet_after_days: int,
        closed: bool,
    ) -> PipelineCard:
        if process is not None:
            last = process.last_activity
            quiet_days: int | None = process.quiet_days(now)
            gone = process.gone_quiet(now, quiet_after_days)
            ahead = process.round_ahead
        else:
            moments = [utc(application.applied_at or application.created_at)]
            if application.id in latest:
                # A round scheduled for next week is not activity yet.
                moments.append(min(latest[application.id][1], now))
            last, quiet_days, gone, ahead = max(moments), None, False, False
        return PipelineCard(
            application_id=application.id,
            company_id=application.company_id,
            company_name=names.get(application.company_id, "Unknown company"),
            role=application.role,
            stage_id=stage.id,
            applied_at=application.applied_at,
            last_activity=last,
            quiet_days=quiet_days,
            gone_quiet=gone,
            round_ahead=ahead,
            closed=closed,
            closed_reason=application.closed_reason,
        )

    def gone_quiet(self, now: datetime | None = None) -> list[PipelineCard]:
        """The processes gone quiet, longest silence first."""
        moment = utc(now or utc_now())
        quiet_after = ThresholdService(self.journal).load().quiet_after_days
        stages = self.stages()
        processes = [
            p for p in open_processes(self.journal, moment) if p.gone_quiet(moment, quiet_after)
        ]
        companies = self.journal.records_by_id(
            Company, {p.application.company_id for p in processes}
        )
        names = {company_id: c.name for company_id, c in companies.items()}
        cards = [
            self._card(
                p.application,
                self._stage_of(p.application, stages),
                names=names,
                process=p,
                latest={},
                now=moment,
                quiet_after_days=quiet_after,
                closed=False,
            )
            for p in processes
        ]
        return sorted(cards, key=lambda c: (-(c.quiet_days or 0), c.company_name.casefold()))

    def _keep_applying(
        self, applications: list[Application], stages: list[Stage], now: datetime
    ) -> KeepApplying:
        applied = [utc(a.applied_at) for a in applications if a.applied_at is not None]
        live = 0
        accepted = False
        for application in applications:
            stage = self._stage_of(application, stages) if stages else None
            outcome = stage.outcome if stage else "open"
            accepted = accepted or outcome == "accepted"
            if application.closed_at is not None or outcome not in LIVE_OUTCOMES:
                continue
            # Only considered, never applied (and not yet past the first stage): not a process.
            if application.applied_at is None and (stage is None or stage.id == stages[0].id):
                continue
            live += 1
        # An offer accepted on the offers page counts even if its card was not moved.
        accepted = accepted or self.journal.count(Offer, status="accepted") > 0
        nudge_days = ThresholdService(self.journal).load().keep_applying_days
        return keep_applying(max(applied, default=None), live, accepted, now, nudge_days)

    def keep_applying(self, now: datetime | None = None) -> KeepApplying:
        moment = utc(now or utc_now())
        return self._keep_applying(self.journal.records(Application), self.stages(), moment)

    # -------------------------------------------------------------- changing
    def add_application(
        self,
        company_id: str,
        role: str,
        applied_at: datetime | None,
        stage_id: str | None = None,
        *,
        source: str = "",
        link: str = "",
        notes: str = "",
    ) -> Application:
        """A new application; an ``applied`` event when it was sent (``applied_at`` set)."""
        company = self.journal.find(Company, company_id)
        if company is None:
            raise ValidationError(
                translate("Pipeline", "That company is no longer in the journal.")
            )
        # Naive times are taken as UTC, as everywhere in the journal; checked before any
        # conversion, which overflows on a moment at the very edge of the calendar.
        moment = (
            None
            if applied_at is None
            else checked_moment(
                applied_at if applied_at.tzinfo else applied_at.replace(tzinfo=UTC),
                QT_TRANSLATE_NOOP("Validation", "date applied"),
            )
        )
        stages = self.stages()
        role = validation.short_text(role, QT_TRANSLATE_NOOP("Validation", "role"))
        if "\n" in role:
            raise ValidationError(translate("Pipeline", "The role fits on one line."))
        source = validation.short_text(source, QT_TRANSLATE_NOOP("Validation", "source"))
        link = validation.short_text(link, QT_TRANSLATE_NOOP("Validation", "link"))
        notes = validation.long_text(notes, QT_TRANSLATE_NOOP("Validation", "notes"))
        if stage_id is None:
            stage = default_stage(stages, applied=applied_at is not None, closed=False)
        else:
            stage = self._stage(stages, stage_id)
        application = Application(
            company_id=company.id,
            role=role,
            stage_id=stage.id if stage else None,
            applied_at=moment,
            closed_at=(moment or utc_now()) if stage is not None and stage.final else None,
            source=source,
            link=link,
            notes=notes,
        )
        changes: list[SQLModel] = [application]
        if moment is not None:
            changes.append(
                _event(application, "applied", f"Applied — {company.name}", role, moment)
            )
        # One commit: the application and its "applied" entry, or neither.
        self.journal.add_all(changes)
        return application

    def move(self, application_id: str, stage_id: str, now: datetime | None = None) -> Application:
        """Move an application to another stage and say so on the timeline."""
        moment = utc(now or utc_now())
        stages = self.stages()
        target = self._stage(stages, stage_id)
        application = self._application(application_id)
        current = self._stage_of(application, stages)
        if current.id == target.id and application.stage_id == target.id:
            return application
        application.stage_id = target.id
        self._close_or_reopen(application, target.outcome, moment)
        # One commit: the move and its timeline entry, or neither.
        self.journal.add_all(
            [application, *self._move_events(application, current.name, target.name, moment)]
        )
        return application

    def _application(self, application_id: str) -> Application:
        application = self.journal.find(Application, application_id)
        if application is None:
            raise ValidationError(
                translate("Pipeline", "That application is no longer in the journal.")
            )
        return application

    def _company_name(self, application: Application) -> str:
        company = self.journal.find(Company, application.company_id)
        return company.name if company else "Unknown company"

    def _move_events(
        self, application: Application, old: str, new: str, moment: datetime
    ) -> list[TimelineEvent]:
        """The ``stage_changed`` entry of a move (none when the stage's name is the same)."""
        if old == new:
            return []
        title = f"{new} — {self._company_name(application)}"
        return [_event(application, "stage_changed", title, f"{old} → {new}", moment)]

    def close_no_response(self, application_id: str, now: datetime | None = None) -> Application:
        """Close a process that went quiet: first closed stage, reason "No response", and a
        ``gone_quiet`` event (then the stage change, as the sample writes them).

        A pipeline without a closed stage gets one ("Closed", at the end): the user asked
        to close, and there must be somewhere to put it.
        """
        moment = utc(now or utc_now())
        stages = self.stages()
        application = self._application(application_id)
        if application.closed_at is not None:
            raise ValidationError(translate("Pipeline", "This process is already closed."))
        target = next((s for s in stages if s.outcome == "closed"), None)
        if target is None:
            names = {s.name.casefold() for s in stages}
            name = "Closed" if "closed" not in names else "Closed (no response)"
            number = 2
            while name.casefold() in names:
                name, number = f"Closed (no response {number})", number + 1
            # A closed stage goes at the end, where no other stage has to move.
            position = max((s.position for s in stages), default=-1) + 1
            record = PipelineStage(name=name, position=position, outcome="closed")
            # Its own commit, first: the flush would update the application before
            # inserting a stage it points at, which the foreign key refuses. Should the
            # closing fail below, an empty "Closed" stage is all that remains.
            self.journal.add(record)
            target = Stage.from_record(record)
        current = self._stage_of(application, stages)
        quiet_days = self._quiet_days(application, moment)
        application.stage_id = target.id
        application.closed_at = moment
        application.closed_reason = NO_RESPONSE_REASON
        application.updated_at = moment
        company_name = self._company_name(application)
        quiet = _event(
            application,
            "gone_quiet",
            f"No news from {company_name}",
            f"Nothing heard for {_plural(quiet_days, 'day')}.",
            moment,
        )
        changes: list[SQLModel] = [application, quiet]
        changes += self._move_events(application, current.name, target.name, moment)
        # One commit: the closing and both timeline entries, or none of them.
        self.journal.add_all(changes)
        return application

    def _quiet_days(self, application: Application, now: datetime) -> int:
        """Days without an exchange, by the same rule as the board's (activity module)."""
        exchanges = [
            utc(event.occurred_at)
            for event in self.journal.records(TimelineEvent, application_id=application.id)
            if event.kind in QUIET_CLOCK_KINDS
        ]
        return days_since(last_exchange(application, max(exchanges, default=None)), now)


def _event(
    application: Application, kind: str, title: str, detail: str, moment: datetime
) -> TimelineEvent:
    """A timeline entry about ``application``, to be written with the change it records."""
    return new_event(
        kind,
        title,
        detail=detail,
        company_id=application.company_id,
        application_id=application.id,
        subject_table="application",
        subject_id=application.id,
        occurred_at=moment,
    )
