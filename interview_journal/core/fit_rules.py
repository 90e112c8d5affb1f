"""The fit scorecard's rules, in plain numbers: weighted fit, coverage, ranking, limits.

Kept apart from :mod:`interview_journal.core.fit` (which reads the journal) so the views
can use them without importing the database stack at start-up.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from interview_journal.core.errors import ValidationError
from interview_journal.core.i18n import translate

if TYPE_CHECKING:
    from interview_journal.storage.tables import FitCriterion

WEIGHT_MIN = 0.0
WEIGHT_MAX = 10.0
SCORE_MIN = 1
SCORE_MAX = 5
# Set once the suggested criteria were offered, so deleting them all is respected.
SEEDED_SETTING = "fit.criteria_seeded"


@dataclass(frozen=True)
class DefaultCriterion:
    name: str
    description: str
    weight: float


DEFAULT_CRITERIA: tuple[DefaultCriterion, ...] = (
    DefaultCriterion("The work itself", "Would I enjoy the actual tasks on an ordinary day?", 3),
    DefaultCriterion(
        "The people", "Would I like spending my working days with this team and manager?", 3
    ),
    DefaultCriterion("Growth and learning", "Will I learn, and is there room to take on more?", 2),
    DefaultCriterion(
        "Work–life balance", "Sustainable hours, sane on-call, room for a life outside work.", 2
    ),
    DefaultCriterion("Pay and benefits", "Salary, equity and benefits against what I need.", 2),
    DefaultCriterion("Values match", "Do they act on what matters to me, not only say it?", 1.5),
    DefaultCriterion("Location and remote", "Commute time, or remote work that really works.", 1),
)


# ------------------------------------------------------------------ the rules
def weighted_score(pairs: Iterable[tuple[float, int | None]]) -> float | None:
    """The weighted mean of the scored criteria, on the 1–5 scale, to two decimals.

    ``pairs`` are ``(weight, score)``; an unscored criterion (score None) is left out.
    None when nothing is scored or the scored criteria weigh nothing.
    """
    total_weight = 0.0
    total = 0.0
    for weight, score in pairs:
        if score is None or weight <= 0:
            continue
        total_weight += weight
        total += weight * score
    if total_weight <= 0:
        return None
    # Rounded so that ranking and display agree: 3.999999 and 4.0 are the same fit.
    return round(total / total_weight, 2)


def coverage(pairs: Iterable[tuple[float, int | None]]) -> float:
    """The share (0–1) of the total weight whose criteria are scored; 0 when nothing weighs."""
    total_weight = 0.0
    scored_weight = 0.0
    for weight, score in pairs:
        if weight <= 0:
            continue
        total_weight += weight
        if score is not None:
            scored_weight += weight
    return 0.0 if total_weight <= 0 else scored_weight / total_weight


def ranking_key(name: str, score: float | None) -> tuple[bool, float, str]:
    """Sort key of the comparison: best fit first, unscored last, ties by name (any case)."""
    return (score is None, -(score or 0.0), name.casefold())


def competition_ranks(scores: Iterable[float | None]) -> list[int | None]:
    """Ranks of already-ranked scores: equal fits share a rank (1, 2, 2, 4); unscored get None."""
    ranks: list[int | None] = []
    previous: float | None = None
    current = 0
    for position, score in enumerate(scores, start=1):
        if score is None:
            ranks.append(None)
            continue
        if score != previous:
            current = position
            previous = score
        ranks.append(current)
    return ranks


def valid_weight(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(translate("Fit", "A weight is a number from 0 to 10."))
    if not WEIGHT_MIN <= value <= WEIGHT_MAX:
        raise ValidationError(
            translate(
                "Fit", "A weight goes from 0 (counts for nothing) to 10; {value} is outside that."
            ).format(value=f"{value:g}")
        )
    return round(float(value), 2)


def valid_score(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
        raise ValidationError(
            translate("Fit", "A score is a whole number from 1 to 5, not {value}.").format(
                value=repr(value)
            )
        )
    return value


# -------------------------------------------------------------- what comes out
@dataclass(frozen=True)
class Criterion:
    id: str
    name: str
    description: str
    weight: float
    position: int

    @classmethod
    def from_record(cls, record: FitCriterion) -> Criterion:
        return cls(record.id, record.name, record.description, record.weight, record.position)


@dataclass(frozen=True)
class ScorecardRow:
    criterion: Criterion
    score: int | None
    evidence: str


@dataclass(frozen=True)
class Scorecard:
    company_id: str
    company_name: str
    gut_verdict: str
    rows: tuple[ScorecardRow, ...]
    weighted_score: float | None
    coverage: float


@dataclass(frozen=True)
class ComparisonRow:
    company_id: str
    name: str
    gut_verdict: str
    weighted_score: float | None
    coverage: float
    rank: int | None
    # Criterion id -> score, for the scored criteria only.
    scores: dict[str, int] = field(default_factory=dict, hash=False)


def fit_of(criteria: Sequence[Criterion], scores: dict[str, int]) -> tuple[float | None, float]:
    pairs = [(criterion.weight, scores.get(criterion.id)) for criterion in criteria]
    return weighted_score(pairs), coverage(pairs)


def rerank(rows: Iterable[ComparisonRow], criteria: Sequence[Criterion]) -> list[ComparisonRow]:
    """The rows with fit, coverage and rank worked out again for ``criteria``'s weights.

    Scores do not change when a weight does, so the comparison re-ranks what it already
    holds instead of reading the journal again.
    """
    weighed = []
    for row in rows:
        fit, share = fit_of(criteria, row.scores)
        weighed.append(replace(row, weighted_score=fit, coverage=share))
    weighed.sort(key=lambda row: ranking_key(row.name, row.weighted_score))
    ranks = competition_ranks(row.weighted_score for row in weighed)
    return [replace(row, rank=rank) for row, rank in zip(weighed, ranks, strict=True)]
