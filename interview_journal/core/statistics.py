"""Statistics of a job search, as pure functions over plain values.

Nothing here reads the journal: :class:`interview_journal.core.review.ReviewService`
loads each table once and hands these functions dates, ids and names, so every rule can
be tested with a handful of hand-made values.

The rules, in words:

* **Applications per week** count the ``applied_at`` days by ISO 8601 week (Monday to
  Sunday), the last ``weeks`` weeks up to the one holding ``today``, empty weeks included.
* **Conversion per stage** counts, for each stage of the pipeline that is not a closed
  one, the applications that reached it: the stages named by its ``stage_changed``
  events (either side of the arrow), its current stage, where it would be shown without
  one, and the first offer stage when an offer is recorded. Reaching a stage counts as
  having passed every stage before it: a card moved straight from Applied to Offer passed
  Screening and Interviewing as well. Events naming a stage that has since been renamed
  or deleted are ignored.
* **Conversion per round kind** sorts each held round into *moved on* (the same process
  has a later round, or an offer, or sits in an offer or accepted stage), *stopped there*
  (none of that, and the process is closed) or *no outcome yet* (still open, or the round
  belongs to no process).
* **Response times** are whole days (24 hours) from applying to the first answer (an
  inbound contact, or a round being arranged), and from the end of a round to the next
  word from the company (an inbound contact or the next round being arranged).
* **Answer rate**: of the applications sent, which got any answer at all, which were
  closed with none, and which still wait.
"""

from __future__ import annotations

import bisect
import statistics
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from interview_journal.core.vocabulary import NO_RESPONSE_REASON, ROUND_KINDS, label

__all__ = [
    "NO_RESPONSE_REASON",
    "RESPONSE_BINS",
    "AnswerFact",
    "AnswerRate",
    "Distribution",
    "DistributionBin",
    "FunnelStage",
    "KindConversion",
    "RoundFact",
    "StageHistory",
    "StageReach",
    "WeekCount",
    "answer_rate",
    "applications_per_week",
    "days_between",
    "distribution",
    "first_response_days",
    "iso_monday",
    "median",
    "next_contact_days",
    "round_kind_conversion",
    "stage_conversion",
]


# ------------------------------------------------------------------ per week
@dataclass(frozen=True)
class WeekCount:
    monday: date
    count: int

    @property
    def iso_year(self) -> int:
        return self.monday.isocalendar().year

    @property
    def iso_week(self) -> int:
        return self.monday.isocalendar().week

    @property
    def label(self) -> str:
        """``"W05"``: the ISO week number, as calendars print it."""
        return f"W{self.iso_week:02d}"


def iso_monday(day: date) -> date:
    """The Monday starting ``day``'s ISO 8601 week."""
    return day - timedelta(days=day.weekday())


def applications_per_week(
    applied_days: Iterable[date], today: date, weeks: int = 12
) -> list[WeekCount]:
    """Applications per ISO week, oldest first, the last ``weeks`` weeks up to ``today``'s.

    Weeks without applications count 0; days outside the window are left out.
    """
    weeks = max(1, weeks)
    last = iso_monday(today)
    first = last - timedelta(weeks=weeks - 1)
    counts = Counter(
        monday for monday in (iso_monday(day) for day in applied_days) if first <= monday <= last
    )
    return [
        WeekCount(monday, counts[monday])
        for monday in (first + timedelta(weeks=i) for i in range(weeks))
    ]


# ------------------------------------------------------------------ per stage
@dataclass(frozen=True)
class FunnelStage:
    """A pipeline stage as the funnel needs it (``outcome`` as in ``pipeline_stage``)."""

    id: str
    name: str
    outcome: str


@dataclass(frozen=True)
class StageHistory:
    """What one application says about the stages it has been in."""

    current_stage_id: str | None
    # Stage names from its ``stage_changed`` events, both sides of "Old → New".
    visited: tuple[str, ...] = ()
    applied: bool = True
    has_offer: bool = False


@dataclass(frozen=True)
class StageReach:
    stage_id: str
    name: str
    reached: int
    # Of every application counted; 0.0 when there are none.
    share: float
    # Of those that reached the stage before; None for the first stage.
    step_share: float | None


def _default_index(funnel: Sequence[FunnelStage], applied: bool) -> int:
    # As pipeline.default_stage: an application without a stage sits in the second open
    # stage once applied ("Applied" of the suggested set), else in the first stage.
    open_indexes = [i for i, stage in enumerate(funnel) if stage.outcome == "open"]
    if applied and len(open_indexes) > 1:
        return open_indexes[1]
    if applied and open_indexes:
        return open_indexes[0]
    return 0


def stage_conversion(
    stages: Sequence[FunnelStage], histories: Iterable[StageHistory]
) -> list[StageReach]:
    """How many applications reached each non-closed stage, in the pipeline's order."""
    funnel = [stage for stage in stages if stage.outcome != "closed"]
    if not funnel:
        return []
    by_id = {stage.id: i for i, stage in enumerate(funnel)}
    by_name = {stage.name.casefold(): i for i, stage in enumerate(funnel)}
    first_offer = next((i for i, stage in enumerate(funnel) if stage.outcome == "offer"), None)
    deepest: list[int] = []
    for history in histories:
        reached = _default_index(funnel, history.applied)
        if history.current_stage_id in by_id:
            reached = max(reached, by_id[history.current_stage_id])
        for name in history.visited:
            index = by_name.get(name.strip().casefold())
            if index is not None:
                reached = max(reached, index)
        if history.has_offer and first_offer is not None:
            reached = max(reached, first_offer)
        deepest.append(reached)
    total = len(deepest)
    result: list[StageReach] = []
    previous: int | None = None
    for index, stage in enumerate(funnel):
        reached = sum(1 for depth in deepest if depth >= index)
        share = reached / total if total else 0.0
        step = None if previous is None else (reached / previous if previous else 0.0)
        result.append(StageReach(stage.id, stage.name, reached, share, step))
        previous = reached
    return result


# ------------------------------------------------------------- per round kind
@dataclass(frozen=True)
class RoundFact:
    round_id: str
    application_id: str | None
    kind: str
    # When it took place (started, else scheduled); orders the rounds of one process.
    moment: datetime
    held: bool


@dataclass(frozen=True)
class KindConversion:
    kind: str
    label: str
    held: int
    moved_on: int
    stopped: int
    waiting: int

    @property
    def rate(self) -> float | None:
        """Moved on, of the rounds whose outcome is known; None when none is known."""
        decided = self.moved_on + self.stopped
        return self.moved_on / decided if decided else None


def round_kind_conversion(
    rounds: Sequence[RoundFact],
    offer_applications: Collection[str],
    closed_applications: Collection[str],
) -> list[KindConversion]:
    """Held rounds per kind and what followed them (see the module's docstring).

    Kinds come in the vocabulary's order, then any other kind by name; kinds with no
    held round are left out.
    """
    later: dict[str, datetime] = {}
    for fact in rounds:
        if fact.application_id is not None:
            current = later.get(fact.application_id)
            if current is None or fact.moment > current:
                later[fact.application_id] = fact.moment
    tallies: dict[str, list[int]] = {}
    for fact in rounds:
        if not fact.held:
            continue
        tally = tallies.setdefault(fact.kind, [0, 0, 0, 0])
        tally[0] += 1
        app = fact.application_id
        if app is not None and (app in offer_applications or later[app] > fact.moment):
            tally[1] += 1
        elif app is not None and app in closed_applications:
            tally[2] += 1
        else:
            tally[3] += 1
    order = {kind: i for i, kind in enumerate(ROUND_KINDS)}
    kinds = sorted(tallies, key=lambda k: (order.get(k, len(order)), k))
    return [KindConversion(kind, label(ROUND_KINDS, kind), *tallies[kind]) for kind in kinds]


# ------------------------------------------------------------ response times
@dataclass(frozen=True)
class DistributionBin:
    label: str
    low: int
    # None: open-ended ("31+").
    high: int | None
    count: int


@dataclass(frozen=True)
class Distribution:
    days: tuple[int, ...]
    median: float | None
    bins: tuple[DistributionBin, ...]

    @property
    def count(self) -> int:
        return len(self.days)


# Narrow bins where most answers fall (the first two weeks), wider after.
RESPONSE_BINS: tuple[tuple[str, int, int | None], ...] = (
    ("0–1", 0, 1),
    ("2–3", 2, 3),
    ("4–7", 4, 7),
    ("8–14", 8, 14),
    ("15–21", 15, 21),
    ("22–30", 22, 30),
    ("31+", 31, None),
)


def days_between(start: datetime, end: datetime) -> int:
    """Whole days (periods of 24 hours) from ``start`` to ``end``; never negative."""
    return max(0, int((end - start).total_seconds() // 86_400))


def median(values: Sequence[int]) -> float | None:
    """The middle value (the mean of the two middle ones for an even count); None if empty."""
    return float(statistics.median(values)) if values else None


def distribution(days: Iterable[int]) -> Distribution:
    values = tuple(sorted(days))
    bins = tuple(
        DistributionBin(
            text,
            low,
            high,
            sum(1 for d in values if d >= low and (high is None or d <= high)),
        )
        for text, low, high in RESPONSE_BINS
    )
    return Distribution(values, median(values), bins)


def _first_at_or_after(
    moments: Sequence[datetime], start: datetime, strict: bool
) -> datetime | None:
    position = (bisect.bisect_right if strict else bisect.bisect_left)(moments, start)
    return moments[position] if position < len(moments) else None


def first_response_days(
    applied: Mapping[str, datetime], answers: Mapping[str, Sequence[datetime]]
) -> list[int]:
    """Per application applied for, days to the first answer at or after applying.

    ``answers`` holds, per application id, the moments that count as an answer, sorted.
    Applications never answered are left out (the answer rate counts them).
    """
    days: list[int] = []
    for application_id, moment in applied.items():
        first = _first_at_or_after(answers.get(application_id, ()), moment, strict=False)
        if first is not None:
            days.append(days_between(moment, first))
    return days


def next_contact_days(
    ended: Iterable[tuple[str, datetime]], contacts: Mapping[str, Sequence[datetime]]
) -> list[int]:
    """Per ended round ``(application id, end)``, days to the company's next contact after it.

    ``contacts`` holds the sorted moments of word from the company per application;
    rounds with no later contact are left out.
    """
    days: list[int] = []
    for application_id, end in ended:
        after = _first_at_or_after(contacts.get(application_id, ()), end, strict=True)
        if after is not None:
            days.append(days_between(end, after))
    return days


# ----------------------------------------------------------------- answer rate
@dataclass(frozen=True)
class AnswerFact:
    application_id: str
    company_id: str
    answered: bool
    closed: bool
    closed_reason: str = ""


@dataclass(frozen=True)
class AnswerRate:
    answered: int
    # Closed without any answer; ``closed_no_response`` of them by "Close as no response".
    closed_unanswered: int
    closed_no_response: int
    waiting: int
    companies_answered: int
    companies: int

    @property
    def total(self) -> int:
        return self.answered + self.closed_unanswered + self.waiting

    @property
    def rate(self) -> float | None:
        """Answered, of the applications whose answer is settled; None when none is."""
        settled = self.answered + self.closed_unanswered
        return self.answered / settled if settled else None


def answer_rate(facts: Iterable[AnswerFact]) -> AnswerRate:
    """Which applications were answered at all, closed unanswered, or still wait."""
    answered = unanswered = no_response = waiting = 0
    companies: set[str] = set()
    answering: set[str] = set()
    for fact in facts:
        companies.add(fact.company_id)
        if fact.answered:
            answered += 1
            answering.add(fact.company_id)
        elif fact.closed:
            unanswered += 1
            no_response += fact.closed_reason == NO_RESPONSE_REASON
        else:
            waiting += 1
    return AnswerRate(answered, unanswered, no_response, waiting, len(answering), len(companies))
