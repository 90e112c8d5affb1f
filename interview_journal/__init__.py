"""Interview Journal: a local-first desktop journal for a whole job search."""

__version__ = "0.1.0"
APP_NAME = "Interview Journal"
APP_ID = "io.github.interview_journal.InterviewJournal"
