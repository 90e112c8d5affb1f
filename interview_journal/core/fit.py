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

from typing import Any

from interview_journal.core import validation
from interview_journal.core.errors import ValidationError
from interview_journal.core.fit_rules import (
    DEFAULT_CRITERIA,
    SCORE_MAX,
    SCORE_MIN,
    SEEDED_SETTING,
    WEIGHT_MAX,
    WEIGHT_MIN,
    ComparisonRow,
    Criterion,
    DefaultCriterion,
    Scorecard,
    ScorecardRow,
    competition_ranks,
    coverage,
    fit_of,
    ranking_key,
    rerank,
    valid_score,
    valid_weight,
    weighted_score,
)
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Company, FitCriterion, FitScore

__all__ = [
    "DEFAULT_CRITERIA",
    "SCORE_MAX",
    "SCORE_MIN",
    "SEEDED_SETTING",
    "WEIGHT_MAX",
    "WEIGHT_MIN",
    "ComparisonRow",
    "Criterion",
    "DefaultCriterion",
    "FitService",
    "Scorecard",
    "ScorecardRow",
    "competition_ranks",
    "coverage",
    "fit_of",
    "ranking_key",
    "rerank",
    "valid_score",
    "valid_weight",
    "weighted_score",
]


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
            description=validation.short_text(
                description, QT_TRANSLATE_NOOP("Validation", "description")
            ),
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
            changes["description"] = validation.short_text(
                description, QT_TRANSLATE_NOOP("Validation", "description")
            )
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
        cleaned = validation.required_name(name, QT_TRANSLATE_NOOP("Validation", "criterion"))
        for criterion in existing:
            if criterion.id != exclude_id and criterion.name.casefold() == cleaned.casefold():
                raise ValidationError(
                    translate("Fit", "There is already a criterion called “{name}”.").format(
                        name=criterion.name
                    )
                )
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
        fit, share = fit_of(criteria, scores)
        return Scorecard(company.id, company.name, company.gut_verdict, rows, fit, share)

    def set_score(
        self, company_id: str, criterion_id: str, score: int | None, evidence: str = ""
    ) -> Scorecard:
        """Save one criterion's score and evidence; None clears both. Returns the new card."""
        cleaned = validation.short_text(evidence, QT_TRANSLATE_NOOP("Validation", "evidence"))
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
            company.id: fit_of(criteria, by_company.get(company.id, {}))[0]
            for company in self.journal.records(Company)
        }
