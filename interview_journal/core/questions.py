"""The bank of questions the candidate asks, and which ones suit which round.

A starter set is written in the app's own words; the user edits and adds to it. The
question about briefly meeting a would-be coworker belongs to second and later rounds,
where it comes across as genuine interest rather than a shortcut past the process.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from interview_journal.core import validation
from interview_journal.core.errors import ValidationError
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.core.vocabulary import (
    ANY_ROUND_LABEL,
    QUESTION_CATEGORIES,
    ROUND_KINDS,
    category_label,
    labels,
    round_label,
)
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Company, InterviewRound, Question, QuestionAsked

LATER_ROUNDS = frozenset({"second", "technical", "final"})
COWORKER_CATEGORY = "coworkers"
__all__ = [
    "ANY_ROUND_LABEL",
    "COWORKER_CATEGORY",
    "QUESTION_CATEGORIES",
    "STARTER_QUESTIONS",
    "QuestionService",
    "RoundQuestion",
    "category_label",
    "clean_category",
    "clean_round_kind",
    "question_text",
    "round_label",
]

# (category, round kind or "" for any round, text)
STARTER_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("day_to_day", "", "What does an ordinary week in this role look like?"),
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
    ("work_life", "final", "How does the team handle urgent work outside usual hours?"),
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
        """Add a question: global when ``company_id`` is None, else that company's own."""
        question = Question(
            text=question_text(text),
            category=clean_category(category),
            round_kind=clean_round_kind(round_kind),
            company_id=company_id,
        )
        if company_id is not None:
            self.journal.get(Company, company_id)
        self._refuse_duplicate(question.text, company_id)
        return self.journal.add(question)

    # ------------------------------------------------------------------ bank
    def bank(
        self,
        company_id: str | None = None,
        *,
        category: str | None = None,
        round_kind: str | None = None,
        include_global: bool = True,
    ) -> list[Question]:
        """The bank as the user browses it, by category and then oldest first.

        ``company_id`` None is the global bank; a company id gives that company's own
        questions, plus the global ones unless ``include_global`` is False. ``category``
        and ``round_kind`` keep only exact matches ("" = the questions for any round).
        """
        filters: dict[str, Any] = {}
        if category is not None:
            filters["category"] = category
        if round_kind is not None:
            filters["round_kind"] = round_kind
        scopes: list[str | None] = []
        if company_id is not None:
            scopes.append(company_id)
        if company_id is None or include_global:
            scopes.append(None)
        found = [
            question
            for scope in scopes
            for question in self.journal.records(Question, company_id=scope, **filters)
        ]
        return sorted(found, key=_bank_order)

    def categories(self, company_id: str | None = None) -> list[tuple[str, str]]:
        """(key, label) of the known categories, then the user's own ones in use."""
        known = list(labels(QUESTION_CATEGORIES).items())
        own = {q.category for q in self.bank(company_id)} - set(QUESTION_CATEGORIES) - {""}
        mine = sorted(((key, category_label(key)) for key in own), key=lambda p: p[1].casefold())
        return known + mine

    def update(
        self,
        question_id: str,
        *,
        text: str | None = None,
        category: str | None = None,
        round_kind: str | None = None,
    ) -> Question:
        """Change what is given; everything is checked before anything is written."""
        current = self.journal.get(Question, question_id)
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = question_text(text)
            self._refuse_duplicate(changes["text"], current.company_id, exclude_id=question_id)
        if category is not None:
            changes["category"] = clean_category(category)
        if round_kind is not None:
            changes["round_kind"] = clean_round_kind(round_kind)
        if not changes:
            return current
        return self.journal.update(Question, question_id, **changes)

    def move_to_company(self, question_id: str, company_id: str | None) -> Question:
        """Make a question one company's own, or (``None``) one to ask every company."""
        current = self.journal.get(Question, question_id)
        if current.company_id == company_id:
            return current
        if company_id is not None:
            self.journal.get(Company, company_id)
        self._refuse_duplicate(current.text, company_id, exclude_id=question_id)
        return self.journal.update(Question, question_id, company_id=company_id)

    def delete(self, question_id: str) -> None:
        """Remove a question; the record of rounds where it was asked goes with it."""
        self.journal.delete(Question, question_id)

    def _refuse_duplicate(
        self, text: str, company_id: str | None, *, exclude_id: str | None = None
    ) -> None:
        """Refuse a question the same scope (with the global bank) already asks."""
        wanted = text.casefold()
        if any(q.text.casefold() == wanted and q.id != exclude_id for q in self.bank(company_id)):
            raise ValidationError(translate("Questions", "That question is already in the bank."))

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


def question_text(text: str) -> str:
    cleaned = " ".join(
        validation.short_text(text, QT_TRANSLATE_NOOP("Validation", "question")).split()
    )
    if not cleaned:
        raise ValidationError(translate("Questions", "The question is empty."))
    return cleaned


def clean_category(category: str) -> str:
    """A known key, the key of a label typed out, or the user's own category as typed."""
    cleaned = " ".join(category.replace("\x00", "").split())
    if not cleaned or cleaned in QUESTION_CATEGORIES:
        return cleaned
    folded = cleaned.casefold()
    # The label typed out, in English or in the user's language.
    translated = labels(QUESTION_CATEGORIES)
    for key, text in QUESTION_CATEGORIES.items():
        if folded in (key, text.casefold(), translated[key].casefold()):
            return key
    return validation.required_name(cleaned, QT_TRANSLATE_NOOP("Validation", "category"))


def clean_round_kind(round_kind: str) -> str:
    cleaned = round_kind.strip()
    if cleaned == "" or cleaned in ROUND_KINDS:
        return cleaned
    choices = ", ".join(labels(ROUND_KINDS).values())
    raise ValidationError(
        translate(
            "Questions", "“{value}” is not a kind of round. Choose one of: {choices}, or any round."
        ).format(value=validation.shown(cleaned), choices=choices)
    )


def _bank_order(question: Question) -> tuple[bool, str, Any]:
    # Uncategorised questions last; categories by the label the user reads.
    name = category_label(question.category).casefold()
    return (not question.category, name, question.created_at)
