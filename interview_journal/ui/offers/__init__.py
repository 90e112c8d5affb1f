"""Offers: recorded with their terms and compared side by side with each company's fit."""

from interview_journal.ui.offers.view import OffersView

__all__ = ["OffersView"]
