"""Offers: structured, compared side by side with each company's fit."""

from __future__ import annotations

from interview_journal.storage.journal import Journal


class OfferService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
