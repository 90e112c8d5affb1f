"""Fit scorecard: the user's criteria, weights, per-company scores and the weighted fit."""

from __future__ import annotations

from interview_journal.storage.journal import Journal


class FitService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
