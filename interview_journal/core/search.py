"""Full-text search over the journal: research alone, or everything (global search).

A search runs one FTS5 query through :meth:`Journal.search`, limited to the source tables
of its scope, then resolves every hit to what the user recognises (the company it belongs
to, the note, a label saying what kind of record it is). Resolving is batched: the
records a page of hits points at are fetched by id, a few queries per page, never one
per hit. A scope is a mapping of
source table to resolver, so a wider search adds tables without changing this flow.

Global search (:meth:`SearchService.everything`) covers every indexed table. Each hit
says which group it belongs to (:data:`KINDS`, defined once), a plain title, a snippet
with the match markers, a short path to where it lives and the exact record to open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any, TypeVar

from sqlmodel import SQLModel

from interview_journal.core.i18n import day_text, translate
from interview_journal.core.notes import format_elapsed
from interview_journal.core.questions import category_label
from interview_journal.core.vocabulary import (
    DIRECTIONS,
    EVENT_KINDS,
    INTERACTION_KINDS,
    REMINDER_KINDS,
    RESEARCH_TOPICS,
    ROUND_KINDS,
    label,
)
from interview_journal.storage.journal import Journal
from interview_journal.storage.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SearchHit,
    build_match_query,
)
from interview_journal.storage.tables import (
    Application,
    Company,
    FitCriterion,
    FitScore,
    FollowUp,
    Interaction,
    InterviewRound,
    NoteLine,
    Offer,
    Person,
    PrepItem,
    Question,
    QuestionAsked,
    Reminder,
    ResearchNote,
    TimelineEvent,
)

# Nobody searches with a page of text: a pasted 10 MB string is cut to its first words
# rather than turned into an FTS5 query of a million terms.
QUERY_MAX_CHARS = 500
# Hits that resolve to nothing (a question asked of every company) are dropped, so a few
# more pages are read to fill the list; bounded so a search never walks the whole index.
_MAX_PAGES = 4


@dataclass(frozen=True)
class ResearchHit:
    """One research record that matched; ``title`` and ``snippet`` keep the match markers.

    The matched words sit between :data:`HIGHLIGHT_START` and :data:`HIGHLIGHT_END`.
    """

    company_id: str
    company_name: str
    note_id: str  # "" when the hit is not a research note
    topic: str  # the research topic key of a note, else ""
    topic_label: str
    kind_label: str  # what the record is, e.g. "Research note · Values"
    title: str
    snippet: str
    source_table: str
    source_id: str
    rank: float


class _Lookup:
    """The records a page of hits points at, fetched by id: a few queries per page."""

    def __init__(self, journal: Journal, include_archived: bool) -> None:
        self._journal = journal
        self._include_archived = include_archived
        self.companies: dict[str, Company] = {}
        self.notes: dict[str, ResearchNote] = {}
        self.scores: dict[str, FitScore] = {}
        self.company_questions: dict[str, Question] = {}

    @cached_property
    def criteria(self) -> dict[str, FitCriterion]:
        return {criterion.id: criterion for criterion in self._journal.records(FitCriterion)}

    def load(self, page: Sequence[SearchHit]) -> None:
        journal = self._journal
        wanted: dict[str, set[str]] = {}
        for found in page:
            wanted.setdefault(found.source_table, set()).add(found.source_id)
        self.notes.update(journal.records_by_id(ResearchNote, wanted.get("research_note", ())))
        self.scores.update(journal.records_by_id(FitScore, wanted.get("fit_score", ())))
        questions = journal.records_by_id(Question, wanted.get("question", ()))
        self.company_questions.update(
            {key: question for key, question in questions.items() if question.company_id}
        )
        company_ids = set(wanted.get("company", ()))
        company_ids.update(note.company_id for note in self.notes.values())
        company_ids.update(score.company_id for score in self.scores.values())
        company_ids.update(q.company_id or "" for q in self.company_questions.values())
        company_ids.difference_update(self.companies)
        companies = journal.records_by_id(Company, company_ids)
        self.companies.update(
            {
                key: company
                for key, company in companies.items()
                if self._include_archived or not company.archived
            }
        )


_Resolver = Callable[[SearchHit, _Lookup], ResearchHit | None]


def _hit(
    found: SearchHit,
    company: Company,
    kind_label: str,
    *,
    title: str | None = None,
    snippet: str | None = None,
    note_id: str = "",
    topic: str = "",
) -> ResearchHit:
    return ResearchHit(
        company_id=company.id,
        company_name=company.name,
        note_id=note_id,
        topic=topic,
        topic_label=label(RESEARCH_TOPICS, topic),
        kind_label=kind_label,
        title=(found.title if title is None else title).strip(),
        snippet=" ".join((found.snippet if snippet is None else snippet).split()),
        source_table=found.source_table,
        source_id=found.source_id,
        rank=found.rank,
    )


def _company(found: SearchHit, lookup: _Lookup) -> ResearchHit | None:
    company = lookup.companies.get(found.source_id)
    return None if company is None else _hit(found, company, translate("Search", "Company profile"))


def _research_note(found: SearchHit, lookup: _Lookup) -> ResearchHit | None:
    note = lookup.notes.get(found.source_id)
    company = lookup.companies.get(note.company_id) if note else None
    if note is None or company is None:
        return None
    return _hit(
        found,
        company,
        translate("Search", "Research note · {topic}").format(
            topic=label(RESEARCH_TOPICS, note.topic)
        ),
        title=found.title or _first_line(note.body) or translate("Search", "Untitled note"),
        snippet=_note_snippet(found.snippet, note.topic),
        note_id=note.id,
        topic=note.topic,
    )


def _fit_score(found: SearchHit, lookup: _Lookup) -> ResearchHit | None:
    score = lookup.scores.get(found.source_id)
    company = lookup.companies.get(score.company_id) if score else None
    if score is None or company is None:
        return None
    criterion = lookup.criteria.get(score.criterion_id)
    name = criterion.name if criterion else translate("Search", "Fit")
    return _hit(
        found,
        company,
        translate("Search", "Fit evidence · {score} of 5").format(score=score.score),
        title=name,
    )


def _question(found: SearchHit, lookup: _Lookup) -> ResearchHit | None:
    question = lookup.company_questions.get(found.source_id)
    company = lookup.companies.get(question.company_id or "") if question else None
    if question is None or company is None:
        return None
    title = (
        category_label(question.category)
        if question.category
        else translate("Search", "Question to ask")
    )
    return _hit(
        found,
        company,
        translate("Search", "Question to ask"),
        title=title,
        snippet=_without_trailing(found.snippet, question.category),
    )


# What research covers: the company profile, its notes, its fit evidence and the
# questions kept for it alone (questions for every company are not about one company).
RESEARCH_SCOPE: Mapping[str, _Resolver] = {
    "company": _company,
    "research_note": _research_note,
    "fit_score": _fit_score,
    "question": _question,
}


class SearchService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def research(
        self, query: str, limit: int = 50, *, include_archived: bool = False
    ) -> list[ResearchHit]:
        """Research records matching ``query`` (words, "a phrase", prefix*), best first.

        Any text is safe to pass; text with nothing to search for finds nothing.
        Archived companies are left out unless ``include_archived``.
        """
        match_query = build_match_query(_trimmed(query))
        if match_query is None or limit <= 0:
            return []
        lookup = _Lookup(self.journal, include_archived)
        return self._run(match_query, limit, RESEARCH_SCOPE, lookup)

    def everything(self, query: str, limit: int = 50, *, offset: int = 0) -> list[GlobalHit]:
        """Every record matching ``query`` anywhere in the journal, best first.

        Any text is safe to pass; text with nothing to search for finds nothing. One hit
        per matching record, archived companies included; ``offset`` skips that many of
        the best matches, so pages never overlap. ``limit`` is capped at
        :data:`GLOBAL_LIMIT_MAX`. A page costs one FTS5 query and at most 19 lookups.
        """
        match_query = build_match_query(_trimmed(query))
        limit = min(limit, GLOBAL_LIMIT_MAX)
        if match_query is None or limit <= 0:
            return []
        page = self.journal.search(match_query, limit, offset=max(0, offset))
        context = _Everything(self.journal)
        context.load(page)
        resolved = (_global_hit(found, context) for found in page)
        return [hit for hit in resolved if hit is not None]

    def _run(
        self,
        match_query: str,
        limit: int,
        scope: Mapping[str, _Resolver],
        lookup: _Lookup,
    ) -> list[ResearchHit]:
        hits: list[ResearchHit] = []
        for page_number in range(_MAX_PAGES):
            page = self.journal.search(
                match_query, limit, tables=scope.keys(), offset=page_number * limit
            )
            lookup.load(page)
            hits.extend(_resolved(page, scope, lookup))
            if len(page) < limit or len(hits) >= limit:
                break
        return hits[:limit]


def _resolved(
    page: Sequence[SearchHit], scope: Mapping[str, _Resolver], lookup: _Lookup
) -> list[ResearchHit]:
    resolved = (scope[found.source_table](found, lookup) for found in page)
    return [hit for hit in resolved if hit is not None]


def _trimmed(query: str) -> str:
    if len(query) <= QUERY_MAX_CHARS:
        return query
    cut = query[:QUERY_MAX_CHARS]
    # Cut at a space so the last word is not searched as a fragment of itself.
    space = cut.rfind(" ")
    return cut[:space] if space > 0 else cut


def _plain(text: str) -> str:
    return text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def _without_leading(snippet: str, word: str) -> str:
    """The snippet without the topic the index puts before a note's text."""
    prefix = word + " "
    if not word or not _plain(snippet).startswith(prefix):
        return snippet
    position = consumed = 0
    opened = False
    while consumed < len(prefix):
        character = snippet[position]
        if character == HIGHLIGHT_START:
            opened = True
        elif character == HIGHLIGHT_END:
            opened = False
        else:
            consumed += 1
        position += 1
    rest = snippet[position:]
    # A match that runs on past the topic keeps its marker.
    return HIGHLIGHT_START + rest if opened else rest


def _note_snippet(snippet: str, topic: str) -> str:
    """The note's text without the topic the index puts first, unless only the topic matched.

    Then the topic stays, by its label, so the user sees why the note was found.
    """
    rest = _without_leading(snippet, topic)
    if rest == snippet or HIGHLIGHT_START in rest or HIGHLIGHT_START not in snippet:
        return rest
    topic_label = label(RESEARCH_TOPICS, topic)
    return f"{HIGHLIGHT_START}{topic_label}{HIGHLIGHT_END} · {rest}"


def _without_trailing(snippet: str, word: str) -> str:
    """The snippet without the category the index puts after a question's text."""
    if not word:
        return snippet
    for suffix in (" " + word, " " + HIGHLIGHT_START + word + HIGHLIGHT_END):
        if snippet.endswith(suffix):
            return snippet[: -len(suffix)]
    return snippet


def _first_line(body: str) -> str:
    for line in body.splitlines():
        text = line.strip().lstrip("#>-*").strip()
        if text:
            return text[:120]
    return ""


# ------------------------------------------------------------------ global search

# The group every indexed table's hits fall in, as the user reads it, in display order.
KINDS: Mapping[str, str] = {
    "note_line": "Interview notes",
    "interview_round": "Interviews",
    "prep_item": "Interview prep",
    "research_note": "Research",
    "fit_score": "Research",
    "fit_criterion": "Fit criteria",
    "company": "Companies",
    "person": "Contacts",
    "application": "Applications",
    "follow_up": "Follow-ups",
    "question": "Questions",
    "question_asked": "Questions",
    "offer": "Offers",
    "interaction": "Contacts log",
    "timeline_event": "Timeline notes",
    "reminder": "Reminders",
}
KIND_ORDER: tuple[str, ...] = tuple(dict.fromkeys(KINDS.values()))
# Paging reads ids in chunks of 500 (``Journal.records_by_id``): a page stays one chunk.
GLOBAL_LIMIT_MAX = 500
_SEP = " › "
_M = TypeVar("_M", bound=SQLModel)


@dataclass(frozen=True)
class GlobalHit:
    """One record anywhere in the journal that matched.

    ``target`` names the record itself (``("note_line", id)``, ``("person", id)``, ...);
    ``within`` names the screen that shows it (``("round", id)`` for a note line, a prep
    item, a question asked or a follow-up of a round; ``("company", id)`` for research;
    ``("application", id)`` for offers and the contacts log), or None for top-level
    records. Only ``snippet`` carries the match markers.
    """

    kind: str
    title: str
    snippet: str
    where: str
    target: tuple[str, str]
    within: tuple[str, str] | None
    rank: float


@dataclass(frozen=True, slots=True)
class _RoundRef:
    """What naming a round needs (the full record is loaded only for a hit on it)."""

    id: str
    application_id: str | None
    title: str
    kind: str
    scheduled_at: datetime | None
    started_at: datetime | None


@dataclass(frozen=True, slots=True)
class _ApplicationRef:
    id: str
    company_id: str
    role: str


@dataclass(frozen=True, slots=True)
class _CompanyRef:
    id: str
    name: str


_RoundLike = InterviewRound | _RoundRef

# The tables whose records both are hits and name the places of other hits: a hit on
# one loads its full record; naming places reads only these columns (see values_by_id).
_PLACE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "interview_round": ("application_id", "title", "kind", "scheduled_at", "started_at"),
    "application": ("company_id", "role"),
    "company": ("name",),
}


class _Everything:
    """What a page of hits points at, fetched by id: at most 19 queries a page."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self.records: dict[str, dict[str, object]] = {}
        self.rounds: dict[str, _RoundRef] = {}
        self.questions: dict[str, Question] = {}
        self.applications: dict[str, _ApplicationRef] = {}
        self.companies: dict[str, _CompanyRef] = {}
        self.people: dict[str, Person] = {}
        self.criteria: dict[str, FitCriterion] = {}

    def record(self, found: SearchHit) -> object | None:
        return self.records.get(found.source_table, {}).get(found.source_id)

    def load(self, page: Sequence[SearchHit]) -> None:
        journal = self._journal
        wanted: dict[str, set[str]] = {}
        for found in page:
            wanted.setdefault(found.source_table, set()).add(found.source_id)

        def fetch(model: type[_M], ids: Iterable[str]) -> dict[str, _M]:
            kept = {key for key in ids if key}
            return journal.records_by_id(model, kept) if kept else {}

        leaves: dict[str, dict[str, object]] = {
            table: dict(fetch(model, wanted.get(table, ())))
            for table, model in _LEAF_MODELS.items()
        }
        lines = _typed(leaves["note_line"], NoteLine)
        prep = _typed(leaves["prep_item"], PrepItem)
        asked = _typed(leaves["question_asked"], QuestionAsked)
        follow_ups = _typed(leaves["follow_up"], FollowUp)
        reminders = _typed(leaves["reminder"], Reminder)
        notes = _typed(leaves["research_note"], ResearchNote)
        scores = _typed(leaves["fit_score"], FitScore)
        interactions = _typed(leaves["interaction"], Interaction)
        offers = _typed(leaves["offer"], Offer)
        events = _typed(leaves["timeline_event"], TimelineEvent)

        def places(table: str, ids: Iterable[str]) -> dict[str, tuple[Any, ...]]:
            kept = {key for key in ids if key}
            model = _PLACE_MODELS[table]
            return journal.values_by_id(model, kept, _PLACE_COLUMNS[table]) if kept else {}

        # A hit on a round, an application or a company shows its full record.
        hits: dict[str, dict[str, object]] = {
            table: dict(fetch(model, wanted.get(table, ())))
            for table, model in _PLACE_MODELS.items()
        }
        rounds = places(
            "interview_round",
            [
                *wanted.get("interview_round", ()),
                *(x.round_id for x in lines),
                *(x.round_id for x in prep),
                *(x.round_id for x in asked),
                *(x.round_id or "" for x in follow_ups),
                *(x.round_id or "" for x in reminders),
            ],
        )
        self.rounds = {key: _RoundRef(key, *values) for key, values in rounds.items()}
        self.questions = fetch(
            Question, [*wanted.get("question", ()), *(x.question_id for x in asked)]
        )
        applications = places(
            "application",
            [
                *wanted.get("application", ()),
                *(x.application_id or "" for x in self.rounds.values()),
                *(x.application_id or "" for x in follow_ups),
                *(x.application_id or "" for x in reminders),
                *(x.application_id or "" for x in interactions),
                *(x.application_id for x in offers),
                *(x.application_id or "" for x in events),
            ],
        )
        self.applications = {
            key: _ApplicationRef(key, *values) for key, values in applications.items()
        }
        self.people = fetch(
            Person,
            [
                *wanted.get("person", ()),
                *(x.person_id or "" for x in interactions),
                *(x.person_id or "" for x in reminders),
            ],
        )
        companies = places(
            "company",
            [
                *wanted.get("company", ()),
                *(x.company_id for x in self.applications.values()),
                *(x.company_id for x in notes),
                *(x.company_id for x in scores),
                *(x.company_id or "" for x in self.questions.values()),
                *(x.company_id or "" for x in self.people.values()),
                *(x.company_id or "" for x in events),
            ],
        )
        self.companies = {key: _CompanyRef(key, *values) for key, values in companies.items()}
        self.criteria = fetch(
            FitCriterion, [*wanted.get("fit_criterion", ()), *(x.criterion_id for x in scores)]
        )
        self.records = {
            **leaves,
            **hits,
            "question": dict(self.questions),
            "person": dict(self.people),
            "fit_criterion": dict(self.criteria),
        }

    # -------------------------------------------------------------- naming places
    def company_name(self, company_id: str | None) -> str:
        company = self.companies.get(company_id or "")
        return company.name if company else ""

    def application_path(self, application_id: str | None) -> list[str]:
        application = self.applications.get(application_id or "")
        if application is None:
            return []
        return _parts(self.company_name(application.company_id), application.role)

    def round_path(self, round_id: str | None) -> list[str]:
        found = self.rounds.get(round_id or "")
        if found is None:
            return []
        application = self.applications.get(found.application_id or "")
        company = self.company_name(application.company_id) if application else ""
        return _parts(company, _round_label(found))

    def round_title(self, found: _RoundLike) -> str:
        application = self.applications.get(found.application_id or "")
        company = self.company_name(application.company_id) if application else ""
        name = _round_name(found)
        day = _round_day(found)
        title = f"{name} — {company}" if company else name  # punctuation: not translated
        return f"{title} · {day}" if day else title


def _typed(records: Mapping[str, object], model: type[_M]) -> list[_M]:
    return [record for record in records.values() if isinstance(record, model)]


_PLACE_MODELS: Mapping[str, type[SQLModel]] = {
    "interview_round": InterviewRound,
    "application": Application,
    "company": Company,
}

_LEAF_MODELS: Mapping[str, type[SQLModel]] = {
    "note_line": NoteLine,
    "prep_item": PrepItem,
    "question_asked": QuestionAsked,
    "follow_up": FollowUp,
    "reminder": Reminder,
    "research_note": ResearchNote,
    "fit_score": FitScore,
    "interaction": Interaction,
    "offer": Offer,
    "timeline_event": TimelineEvent,
}


def _parts(*parts: str) -> list[str]:
    return [" ".join(part.split()) for part in parts if part and part.strip()]


def _day(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return day_text(moment.astimezone().date())


def _round_name(found: _RoundLike) -> str:
    return (
        " ".join(found.title.split())
        or label(ROUND_KINDS, found.kind)
        or translate("Search", "Interview")
    )


def _round_day(found: _RoundLike) -> str:
    return _day(found.scheduled_at or found.started_at)


def _round_label(found: _RoundLike) -> str:
    day = _round_day(found)
    return f"{_round_name(found)}, {day}" if day else _round_name(found)


def _short(text: str, size: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[: size - 1].rstrip() + "…"


def _global_snippet(found: SearchHit) -> str:
    """The body's snippet when the match is there, else the marked title."""
    if HIGHLIGHT_START in found.snippet or HIGHLIGHT_START not in found.title:
        return found.snippet
    return found.title


# Each resolver returns (title, where, target, within) or None when the record is gone.
_Place = tuple[str, list[str], tuple[str, str], tuple[str, str] | None]
_GlobalResolver = Callable[[SearchHit, object, _Everything], _Place]


def _g_note_line(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, NoteLine)
    interview = ctx.rounds.get(record.round_id)
    title = ctx.round_title(interview) if interview else translate("Search", "Interview notes")
    moment = translate("Search", "{elapsed} into the interview").format(
        elapsed=format_elapsed(record.elapsed_ms)
    )
    where = [*ctx.round_path(record.round_id), moment]
    return title, where, ("note_line", record.id), ("round", record.round_id)


def _g_round(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, InterviewRound)
    within = ("application", record.application_id) if record.application_id else None
    return ctx.round_title(record), ctx.round_path(record.id), ("round", record.id), within


def _g_prep_item(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, PrepItem)
    where = [*ctx.round_path(record.round_id), translate("Search", "Preparation")]
    within = ("round", record.round_id)
    return _short(record.text), where, ("prep_item", record.id), within


def _g_research_note(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, ResearchNote)
    topic = label(RESEARCH_TOPICS, record.topic)
    title = _short(record.title or _first_line(record.body) or translate("Search", "Untitled note"))
    where = _parts(ctx.company_name(record.company_id), translate("Search", "Research"), topic)
    return title, where, ("research_note", record.id), ("company", record.company_id)


def _g_fit_score(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, FitScore)
    criterion = ctx.criteria.get(record.criterion_id)
    title = translate("Search", "{criterion} · {score} of 5").format(
        criterion=criterion.name if criterion else translate("Search", "Fit"), score=record.score
    )
    where = _parts(ctx.company_name(record.company_id), translate("Search", "Fit scorecard"))
    return title, where, ("fit_score", record.id), ("company", record.company_id)


def _g_fit_criterion(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, FitCriterion)
    return (
        _short(record.name),
        [translate("Search", "Fit criteria")],
        ("fit_criterion", record.id),
        None,
    )


def _g_company(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, Company)
    where = _parts(
        record.name,
        translate("Search", "Archived") if record.archived else translate("Search", "Profile"),
    )
    return _short(record.name), where, ("company", record.id), None


def _g_person(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, Person)
    where = _parts(
        ctx.company_name(record.company_id) or translate("Search", "Contacts"), record.title
    )
    within = ("company", record.company_id) if record.company_id else None
    return (
        _short(record.name) or translate("Search", "Unnamed contact"),
        where,
        ("person", record.id),
        within,
    )


def _g_application(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, Application)
    title = _short(record.role) or translate("Search", "Application")
    where = _parts(ctx.company_name(record.company_id), translate("Search", "Application"))
    return title, where, ("application", record.id), ("company", record.company_id)


def _g_follow_up(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, FollowUp)
    place = ctx.round_path(record.round_id) or ctx.application_path(record.application_id)
    within: tuple[str, str] | None = None
    if record.round_id:
        within = ("round", record.round_id)
    elif record.application_id:
        within = ("application", record.application_id)
    title = _short(record.subject) or translate("Search", "Follow-up")
    return title, [*place, translate("Search", "Follow-up")], ("follow_up", record.id), within


def _g_question(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, Question)
    company = ctx.company_name(record.company_id)
    to_ask = translate("Search", "Questions to ask")
    where = _parts(company, to_ask) if company else [to_ask]
    within = ("company", record.company_id) if record.company_id else None
    return _short(record.text), where, ("question", record.id), within


def _g_question_asked(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, QuestionAsked)
    question = ctx.questions.get(record.question_id)
    title = _short(question.text) if question else translate("Search", "Question asked")
    where = [*ctx.round_path(record.round_id), translate("Search", "Questions asked")]
    return title, where, ("question_asked", record.id), ("round", record.round_id)


def _g_offer(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, Offer)
    application = ctx.applications.get(record.application_id)
    company = ctx.company_name(application.company_id) if application else ""
    offer = translate("Search", "Offer")
    title = f"{offer} — {company}" if company else offer
    where = [*ctx.application_path(record.application_id), offer]
    return title, where, ("offer", record.id), ("application", record.application_id)


def _g_interaction(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, Interaction)
    person = ctx.people.get(record.person_id or "")
    title = " · ".join(
        _parts(
            label(INTERACTION_KINDS, record.kind),
            label(DIRECTIONS, record.direction),
            person.name if person else "",
            _day(record.occurred_at),
        )
    )
    place = ctx.application_path(record.application_id) or _parts(person.name if person else "")
    within: tuple[str, str] | None = None
    if record.application_id:
        within = ("application", record.application_id)
    elif record.person_id:
        within = ("person", record.person_id)
    return title, [*place, translate("Search", "Contacts log")], ("interaction", record.id), within


def _g_timeline_event(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, TimelineEvent)
    title = _short(record.title) or label(EVENT_KINDS, record.kind)
    place = ctx.application_path(record.application_id) or _parts(
        ctx.company_name(record.company_id)
    )
    within: tuple[str, str] | None = None
    if record.application_id:
        within = ("application", record.application_id)
    elif record.company_id:
        within = ("company", record.company_id)
    where = [
        *place,
        translate("Search", "Timeline, {day}").format(day=_day(record.occurred_at)),
    ]
    return title, where, ("timeline_event", record.id), within


def _g_reminder(found: SearchHit, record: object, ctx: _Everything) -> _Place:
    assert isinstance(record, Reminder)
    person = ctx.people.get(record.person_id or "")
    place = (
        ctx.round_path(record.round_id)
        or ctx.application_path(record.application_id)
        or _parts(person.name if person else "")
    )
    title = _short(record.title) or label(REMINDER_KINDS, record.kind)
    due = translate("Search", "Reminder, due {day}").format(day=_day(record.due_at))
    within: tuple[str, str] | None = None
    if record.round_id:
        within = ("round", record.round_id)
    elif record.application_id:
        within = ("application", record.application_id)
    elif record.person_id:
        within = ("person", record.person_id)
    return title, [*place, due], ("reminder", record.id), within


GLOBAL_SCOPE: Mapping[str, _GlobalResolver] = {
    "note_line": _g_note_line,
    "interview_round": _g_round,
    "prep_item": _g_prep_item,
    "research_note": _g_research_note,
    "fit_score": _g_fit_score,
    "fit_criterion": _g_fit_criterion,
    "company": _g_company,
    "person": _g_person,
    "application": _g_application,
    "follow_up": _g_follow_up,
    "question": _g_question,
    "question_asked": _g_question_asked,
    "offer": _g_offer,
    "interaction": _g_interaction,
    "timeline_event": _g_timeline_event,
    "reminder": _g_reminder,
}


def _global_hit(found: SearchHit, ctx: _Everything) -> GlobalHit | None:
    resolver = GLOBAL_SCOPE.get(found.source_table)
    record = ctx.record(found)
    if resolver is None or record is None:
        return None  # a table a newer version indexes, or a record deleted meanwhile
    title, where, target, within = resolver(found, record, ctx)
    snippet = _global_snippet(found)
    if isinstance(record, ResearchNote):
        snippet = _note_snippet(snippet, record.topic)
    elif isinstance(record, Question):
        snippet = _without_trailing(snippet, record.category)
    return GlobalHit(
        kind=KINDS[found.source_table],
        title=" ".join(title.split()),
        snippet=" ".join(snippet.split()),
        where=_SEP.join(where),
        target=target,
        within=within,
        rank=found.rank,
    )


def group_by_kind(hits: Iterable[GlobalHit]) -> list[tuple[str, list[GlobalHit]]]:
    """Hits grouped by kind in :data:`KIND_ORDER`, each group keeping the hits' order."""
    groups: dict[str, list[GlobalHit]] = {kind: [] for kind in KIND_ORDER}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    return [(kind, group) for kind, group in groups.items() if group]
