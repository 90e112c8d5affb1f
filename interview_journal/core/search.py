"""Full-text search over the journal, scoped to a part of it (research now, everything later).

A search runs one FTS5 query through :meth:`Journal.search`, limited to the source tables
of its scope, then resolves every hit to what the user recognises (the company it belongs
to, the note, a label saying what kind of record it is). Resolving is batched: the
records a page of hits points at are fetched by id, a few queries per page, never one
per hit. A scope is a mapping of
source table to resolver, so a wider search adds tables without changing this flow.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from interview_journal.core.questions import category_label
from interview_journal.core.vocabulary import RESEARCH_TOPICS, label
from interview_journal.storage.journal import Journal
from interview_journal.storage.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SearchHit,
    build_match_query,
)
from interview_journal.storage.tables import (
    Company,
    FitCriterion,
    FitScore,
    Question,
    ResearchNote,
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
    return None if company is None else _hit(found, company, "Company profile")


def _research_note(found: SearchHit, lookup: _Lookup) -> ResearchHit | None:
    note = lookup.notes.get(found.source_id)
    company = lookup.companies.get(note.company_id) if note else None
    if note is None or company is None:
        return None
    return _hit(
        found,
        company,
        f"Research note · {label(RESEARCH_TOPICS, note.topic)}",
        title=found.title or _first_line(note.body) or "Untitled note",
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
    name = criterion.name if criterion else "Fit"
    return _hit(found, company, f"Fit evidence · {score.score} of 5", title=name)


def _question(found: SearchHit, lookup: _Lookup) -> ResearchHit | None:
    question = lookup.company_questions.get(found.source_id)
    company = lookup.companies.get(question.company_id or "") if question else None
    if question is None or company is None:
        return None
    title = category_label(question.category) if question.category else "Question to ask"
    return _hit(
        found,
        company,
        "Question to ask",
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
