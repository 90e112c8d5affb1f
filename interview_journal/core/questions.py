"""The bank of questions the candidate asks, and which ones suit which round.

A starter set is written in the app's own words; the user edits and adds to it. The
question about briefly meeting a would-be coworker belongs to second and later rounds,
where it comes across as genuine interest rather than a shortcut past the process.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_journal.core import validation
from interview_journal.core.errors import ValidationError
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import InterviewRound, Question, QuestionAsked

LATER_ROUNDS = frozenset({"second", "technical", "final"})
COWORKER_CATEGORY = "coworkers"

# (category, round kind or "" for any round, text)
STARTER_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("day-to-day", "", "What does an ordinary week in this role look like?"),
    ("team", "", "How does the team decide what to work on next?"),
    ("growth", "", "How would you know, six months in, that I was doing well?"),
    ("culture", "first", "What do people who enjoy working here have in common?"),
    ("culture", "first", "What changed most in the team over the last year?"),
    (
        COWORKER_CATEGORY,
        "second",
        "Could I have a short chat with someone I would work alongside, "
        "to hear how the day-to-day feels from their side?",
    ),
    ("technical", "technical", "How do changes get from a laptop into production here?"),
    ("technical", "technical", "What part of the codebase do people avoid touching, and why?"),
    ("process", "final", "What are the next steps, and when can I expect to hear back?"),
    ("work-life", "final", "How does the team handle urgent work outside usual hours?"),
)


@dataclass(frozen=True)
class RoundQuestion:
    question: Question
    asked: bool
    suggested: bool  # picked for this kind of round rather than asked in any round


class QuestionService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def ensure_starter_bank(self) -> None:
        """Give an empty bank the starter questions, once."""
        if self.journal.count(Question) == 0:
            self.journal.add_all(
                [
                    Question(category=category, round_kind=kind, text=text)
                    for category, kind, text in STARTER_QUESTIONS
                ]
            )

    def add(
        self, text: str, *, category: str = "", round_kind: str = "", company_id: str | None = None
    ) -> Question:
        cleaned = validation.short_text(text, "question")
        if not cleaned:
            raise ValidationError("The question is empty.")
        return self.journal.add(
            Question(text=cleaned, category=category, round_kind=round_kind, company_id=company_id)
        )

    def for_round(self, round_id: str, company_id: str | None) -> list[RoundQuestion]:
        """Questions that suit this round: its kind, any round, this company's own."""
        interview = self.journal.get(InterviewRound, round_id)
        asked = {a.question_id for a in self.journal.records(QuestionAsked, round_id=round_id)}
        chosen: list[RoundQuestion] = []
        for question in self.journal.records(Question, order_by="created_at"):
            if question.company_id not in (None, company_id):
                continue
            kind_matches = question.round_kind == interview.kind or (
                question.category == COWORKER_CATEGORY and interview.kind in LATER_ROUNDS
            )
            if question.round_kind and not kind_matches and question.id not in asked:
                continue
            chosen.append(RoundQuestion(question, question.id in asked, bool(question.round_kind)))
        # Suggestions for this round first, then the general ones; asked ones stay in place.
        return sorted(chosen, key=lambda item: not item.suggested)

    def set_asked(self, question_id: str, round_id: str, asked: bool) -> None:
        existing = self.journal.records(QuestionAsked, question_id=question_id, round_id=round_id)
        if asked and not existing:
            self.journal.add(QuestionAsked(question_id=question_id, round_id=round_id))
        elif not asked:
            for record in existing:
                self.journal.delete(QuestionAsked, record.id)
