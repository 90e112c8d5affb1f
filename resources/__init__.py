"""Icons and styles, installed as ``interview_journal.resources``."""
