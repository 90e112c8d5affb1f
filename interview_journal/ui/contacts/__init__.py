"""Contacts: recruiters, interviewers and coworkers met, and when to get in touch again."""

from interview_journal.ui.contacts.view import ContactsView

__all__ = ["ContactsView"]
