"""The first-run welcome: start empty, explore the sample journal, or import.

Shown once, over an empty journal; the choice is remembered in the window's settings so
it never comes back, whichever way the user chose (closing it counts as "start empty").
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from interview_journal import APP_NAME
from interview_journal.core.i18n import QT_TRANSLATE_NOOP

SEEN_KEY = "welcome/seen"


class Start(Enum):
    EMPTY = "empty"
    SAMPLE = "sample"
    IMPORT = "import"


# English source texts, marked for lupdate; the dialog translates them when it shows them.
CHOICES: tuple[tuple[Start, str, str], ...] = (
    (
        Start.EMPTY,
        QT_TRANSLATE_NOOP("WelcomeDialog", "Start my own journal"),
        QT_TRANSLATE_NOOP(
            "WelcomeDialog",
            "Begin with the first company you are looking at. Everything stays on this computer.",
        ),
    ),
    (
        Start.SAMPLE,
        QT_TRANSLATE_NOOP("WelcomeDialog", "Explore the sample journal"),
        QT_TRANSLATE_NOOP(
            "WelcomeDialog",
            "A realistic job search to try every view. It is kept apart from your own journal; "
            "Journal ▸ Back to my journal returns here.",
        ),
    ),
    (
        Start.IMPORT,
        QT_TRANSLATE_NOOP("WelcomeDialog", "Import what I already have"),
        QT_TRANSLATE_NOOP(
            "WelcomeDialog",
            "An Interview Journal JSON export, or applications from a spreadsheet or another "
            "tracker as CSV. You see what will be added before anything is.",
        ),
    ),
)


class WelcomeDialog(QDialog):
    """Three ways to begin; ``choice`` says which one was taken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        welcome = self.tr("Welcome to {app}").format(app=APP_NAME)
        self.setWindowTitle(welcome)
        self.setAccessibleName(welcome)
        self.choice = Start.EMPTY
        heading = QLabel(welcome)
        heading.setObjectName("viewTitle")
        intro = QLabel(
            self.tr(
                "Keep your whole job search in one private journal: what you learn about each "
                "company, notes taken during interviews, follow-ups at the right moment, and one "
                "timeline of every process. How would you like to begin?"
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        self.buttons: dict[Start, QCommandLinkButton] = {}
        for start, source_title, source_description in CHOICES:
            title, description = self.tr(source_title), self.tr(source_description)
            button = QCommandLinkButton(title, description)
            button.setObjectName(f"welcome_{start.value}")
            button.setAccessibleName(title)
            button.setAccessibleDescription(description)
            button.clicked.connect(lambda _=False, chosen=start: self._choose(chosen))
            layout.addWidget(button)
            self.buttons[start] = button
        self.buttons[Start.EMPTY].setDefault(True)
        self.buttons[Start.EMPTY].setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(520)

    def _choose(self, start: Start) -> None:
        self.choice = start
        self.accept()
