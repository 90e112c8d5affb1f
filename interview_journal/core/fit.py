"""Fit scorecard: the user's criteria, weights, per-company scores and the weighted fit.

Fit goes both ways: the candidate judges the company too. Each criterion carries a
weight from 0 (counts for nothing) to 10; each company gets a 1–5 score and a line of
evidence per criterion. The weighted fit is the weighted mean of the scored criteria, on
the same 1–5 scale, and *coverage* says how much of the total weight that mean rests on,
so a company scored on one criterion does not look as settled as one scored on all.

The rules are plain functions over numbers; :class:`FitService` reads the journal in a
few queries per call (never one per company) and hands out frozen dataclasses.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from interview_journal.core import validation
from interview_journal.core.errors import ValidationError
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Company, FitCriterion, FitScore

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
        raise ValidationError("A weight is a number from 0 to 10.")
    if not WEIGHT_MIN <= value <= WEIGHT_MAX:
        raise ValidationError(
            f"A weight goes from 0 (counts for nothing) to 10; {value:g} is outside that."
        )
    return round(float(value), 2)


def valid_score(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
        raise ValidationError(f"A score is a whole number from 1 to 5, not {value!r}.")
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


def _fit_of(criteria: Sequence[Criterion], scores: dict[str, int]) -> tuple[float | None, float]:
    pairs = [(criterion.weight, scores.get(criterion.id)) for criterion in criteria]
    return weighted_score(pairs), coverage(pairs)


def rerank(rows: Iterable[ComparisonRow], criteria: Sequence[Criterion]) -> list[ComparisonRow]:
    """The rows with fit, coverage and rank worked out again for ``criteria``'s weights.

    Scores do not change when a weight does, so the comparison re-ranks what it already
    holds instead of reading the journal again.
    """
    weighed = []
    for row in rows:
        fit, share = _fit_of(criteria, row.scores)
        weighed.append(replace(row, weighted_score=fit, coverage=share))
    weighed.sort(key=lambda row: ranking_key(row.name, row.weighted_score))
    ranks = competition_ranks(row.weighted_score for row in weighed)
    return [replace(row, rank=rank) for row, rank in zip(weighed, ranks, strict=True)]


class FitService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    # --------------------------------------------------------------- criteria
    def criteria(self) -> list[Criterion]:
        """The criteria in the user's order; the suggested set is written on first use."""
        records = self.journal.records(FitCriterion)
        if self.journal.setting(SEEDED_SETTING) != "1":
            if not records:
                records = [
                    FitCriterion(
                        name=default.name,
                        description=default.description,
                        weight=default.weight,
                        position=position,
                    )
                    for position, default in enumerate(DEFAULT_CRITERIA)
                ]
                self.journal.add_all(records)
            # A journal that already has criteria (imported, sample) counts as seeded too.
            self.journal.set_setting(SEEDED_SETTING, "1")
        ordered = sorted(records, key=lambda record: (record.position, record.name.casefold()))
        return [Criterion.from_record(record) for record in ordered]

    def add_criterion(self, name: str, weight: float = 1.0, description: str = "") -> Criterion:
        existing = self.criteria()
        cleaned = self._unique_name(name, existing, exclude_id=None)
        record = FitCriterion(
            name=cleaned,
            description=validation.short_text(description, "description"),
            weight=valid_weight(weight),
            position=max((c.position for c in existing), default=-1) + 1,
        )
        self.journal.add(record)
        return Criterion.from_record(record)

    def update_criterion(
        self,
        criterion_id: str,
        *,
        name: str | None = None,
        weight: float | None = None,
        description: str | None = None,
    ) -> Criterion:
        changes: dict[str, Any] = {}
        if name is not None:
            changes["name"] = self._unique_name(name, self.criteria(), exclude_id=criterion_id)
        if weight is not None:
            changes["weight"] = valid_weight(weight)
        if description is not None:
            changes["description"] = validation.short_text(description, "description")
        if not changes:
            return Criterion.from_record(self.journal.get(FitCriterion, criterion_id))
        return Criterion.from_record(self.journal.update(FitCriterion, criterion_id, **changes))

    def move_criterion(self, criterion_id: str, offset: int) -> list[Criterion]:
        """Move a criterion ``offset`` places (negative is up), stopping at either end."""
        ordered = self.criteria()
        current = next((i for i, c in enumerate(ordered) if c.id == criterion_id), None)
        if current is None:
            self.journal.get(FitCriterion, criterion_id)  # says it no longer exists
            return ordered
        target = min(max(current + offset, 0), len(ordered) - 1)
        moved = ordered.pop(current)
        ordered.insert(target, moved)
        result = []
        for position, criterion in enumerate(ordered):
            if criterion.position != position:
                self.journal.update(FitCriterion, criterion.id, position=position)
            result.append(
                Criterion(
                    criterion.id, criterion.name, criterion.description, criterion.weight, position
                )
            )
        return result

    def delete_criterion(self, criterion_id: str) -> None:
        """Delete a criterion; its scores go with it (the database cascades)."""
        self.journal.delete(FitCriterion, criterion_id)

    def restore_defaults(self) -> int:
        """Add back the suggested criteria missing by name; returns how many were added."""
        existing = self.criteria()
        names = {criterion.name.casefold() for criterion in existing}
        position = max((c.position for c in existing), default=-1) + 1
        missing = []
        for default in DEFAULT_CRITERIA:
            if default.name.casefold() in names:
                continue
            missing.append(
                FitCriterion(
                    name=default.name,
                    description=default.description,
                    weight=default.weight,
                    position=position,
                )
            )
            position += 1
        if missing:
            self.journal.add_all(missing)
        return len(missing)

    @staticmethod
    def _unique_name(name: str, existing: list[Criterion], exclude_id: str | None) -> str:
        cleaned = validation.required_name(name, "criterion")
        for criterion in existing:
            if criterion.id != exclude_id and criterion.name.casefold() == cleaned.casefold():
                raise ValidationError(f"There is already a criterion called “{criterion.name}”.")
        return cleaned

    # ----------------------------------------------------------------- scores
    def scorecard(self, company_id: str) -> Scorecard:
        company = self.journal.get(Company, company_id)
        criteria = self.criteria()
        records = {
            record.criterion_id: record
            for record in self.journal.records(FitScore, company_id=company_id)
        }
        rows = tuple(
            ScorecardRow(
                criterion,
                records[criterion.id].score if criterion.id in records else None,
                records[criterion.id].evidence if criterion.id in records else "",
            )
            for criterion in criteria
        )
        scores = {row.criterion.id: row.score for row in rows if row.score is not None}
        fit, share = _fit_of(criteria, scores)
        return Scorecard(company.id, company.name, company.gut_verdict, rows, fit, share)

    def set_score(
        self, company_id: str, criterion_id: str, score: int | None, evidence: str = ""
    ) -> Scorecard:
        """Save one criterion's score and evidence; None clears both. Returns the new card."""
        cleaned = validation.short_text(evidence, "evidence")
        if score is not None:
            valid_score(score)
        # Both must exist before anything is written: a clear "no longer exists" message.
        self.journal.get(Company, company_id)
        self.journal.get(FitCriterion, criterion_id)
        existing = self.journal.records(FitScore, company_id=company_id, criterion_id=criterion_id)
        if score is None:
            for record in existing:
                self.journal.delete(FitScore, record.id)
        elif existing:
            self.journal.update(FitScore, existing[0].id, score=score, evidence=cleaned)
        else:
            self.journal.add(
                FitScore(
                    company_id=company_id, criterion_id=criterion_id, score=score, evidence=cleaned
                )
            )
        return self.scorecard(company_id)

    # ------------------------------------------------------------- comparison
    def _scores_by_company(self) -> dict[str, dict[str, int]]:
        by_company: dict[str, dict[str, int]] = {}
        for record in self.journal.records(FitScore):
            by_company.setdefault(record.company_id, {})[record.criterion_id] = record.score
        return by_company

    def comparison(self) -> list[ComparisonRow]:
        """Every company that is not archived, best weighted fit first, unscored last."""
        criteria = self.criteria()
        by_company = self._scores_by_company()
        unranked = [
            ComparisonRow(
                company.id,
                company.name,
                company.gut_verdict,
                None,
                0.0,
                None,
                by_company.get(company.id, {}),
            )
            for company in self.journal.records(Company, archived=False)
        ]
        return rerank(unranked, criteria)

    def weighted_scores(self) -> dict[str, float | None]:
        """The weighted fit of every company (None when unscored), for sorting lists."""
        criteria = self.criteria()
        by_company = self._scores_by_company()
        return {
            company.id: _fit_of(criteria, by_company.get(company.id, {}))[0]
            for company in self.journal.records(Company)
        }
