"""Looking back: past interviews, their replay, the questions asked, a study list, statistics.

Everything here reads; the only write is the study list's "studied" ticks, kept in one
journal setting (:data:`STUDIED_SETTING`, a JSON list of note-line ids, at most
:data:`MAX_STUDIED_IDS` of them). Each read loads the tables it needs once, in a few
queries whatever the journal's size, and hands plain values to pure functions (below and
in :mod:`interview_journal.core.statistics`) that tests call with hand-made values.

Two kinds of question are gathered, since the journal keeps both:

* **asked of me**: the interviewer's questions typed live with the ``Q:`` marker; what I
  answered is the ``A:`` (or ``DK:``) lines that follow, up to the next question;
* **asked by me**: the questions of the bank ticked as asked in a round
  (``question_asked``); the answer is the note written with the tick.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol, TypeVar

from interview_journal.core.live import strip_prefix
from interview_journal.core.notes import format_elapsed
from interview_journal.core.statistics import (
    AnswerFact,
    AnswerRate,
    Distribution,
    FunnelStage,
    KindConversion,
    RoundFact,
    StageHistory,
    StageReach,
    WeekCount,
    answer_rate,
    applications_per_week,
    distribution,
    first_response_days,
    next_contact_days,
    round_kind_conversion,
    stage_conversion,
)
from interview_journal.core.vocabulary import MARKERS_BY_KEY, ROUND_KINDS, label
from interview_journal.storage.journal import Journal, TimelineFilter, utc
from interview_journal.storage.tables import (
    Application,
    Company,
    Interaction,
    InterviewRound,
    NoteLine,
    Offer,
    Person,
    PipelineStage,
    Question,
    QuestionAsked,
    RoundAttendee,
    TimelineEvent,
    utc_now,
)

__all__ = [
    "ASKED_BY_ME",
    "ASKED_OF_ME",
    "MAX_STUDIED_IDS",
    "STUDIED_SETTING",
    "AskedByMe",
    "LineFact",
    "PastInterview",
    "QuestionGroup",
    "QuestionOccurrence",
    "Replay",
    "ReplayLine",
    "ReviewService",
    "ReviewStatistics",
    "StudyOccurrence",
    "StudyTopic",
    "answers_by_question",
    "display_text",
    "filter_interviews",
    "format_clock",
    "format_elapsed",
    "group_questions",
    "happened",
    "parse_studied",
    "study_topics",
    "topic_key",
    "updated_studied",
]

STUDIED_SETTING = "review.studied_lines"
# About 36 bytes an id: the setting stays under 200 KB however long the search runs.
MAX_STUDIED_IDS = 5_000
ASKED_OF_ME = "them"
ASKED_BY_ME = "me"
QUESTION_MARKER = "question"
ANSWER_MARKERS = frozenset({"answer", "did_not_know"})
DID_NOT_KNOW = "did_not_know"
# Timeline pages read for the stage history; 20,000 events take four or five pages.
EVENT_PAGE = 5_000
STAGE_ARROW = "→"
# The askings of one question whose answers are read at once: the most recent ones.
ANSWERED_ROUNDS = 60


# ------------------------------------------------------------ past interviews
@dataclass(frozen=True)
class PastInterview:
    round_id: str
    application_id: str | None
    company_id: str | None
    company_name: str
    role: str
    kind: str
    title: str
    scheduled_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    outcome: str
    self_review: str
    energy: int | None
    answer_differently: str
    next_step: str
    note_lines: int
    did_not_know: int

    @property
    def id(self) -> str:
        return self.round_id

    @property
    def when(self) -> datetime | None:
        """When it took place: started, else the time it was planned for."""
        return self.started_at or self.scheduled_at

    @property
    def kind_label(self) -> str:
        return label(ROUND_KINDS, self.kind)

    @property
    def self_review_summary(self) -> str:
        """The first line of the self-review, for a table cell."""
        return next((line.strip() for line in self.self_review.splitlines() if line.strip()), "")


def happened(interview_round: InterviewRound, now: datetime) -> bool:
    """Started, ended, or planned for a moment already past."""
    if interview_round.started_at is not None or interview_round.ended_at is not None:
        return True
    scheduled = interview_round.scheduled_at
    return scheduled is not None and utc(scheduled) <= now


def filter_interviews(
    rows: Iterable[PastInterview],
    *,
    company_id: str | None = None,
    kind: str | None = None,
    text: str = "",
) -> list[PastInterview]:
    """The interviews of one company and one round kind (None: any) whose company, role,
    title or self-review contains every word of ``text`` (case and accents ignored)."""
    words = _fold(text).split()
    kept: list[PastInterview] = []
    for row in rows:
        if company_id is not None and row.company_id != company_id:
            continue
        if kind is not None and row.kind != kind:
            continue
        if words:
            haystack = _fold(f"{row.company_name}\n{row.role}\n{row.title}\n{row.self_review}")
            if not all(word in haystack for word in words):
                continue
        kept.append(row)
    return kept


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _newest_first_key(row: PastInterview) -> tuple[float, str]:
    moment = row.when
    return (-(utc(moment).timestamp()) if moment else 0.0, row.round_id)


# --------------------------------------------------------------------- replay
@dataclass(frozen=True)
class ReplayLine:
    id: str
    elapsed_ms: int
    marker: str
    text: str
    # started_at + elapsed; None when the round has no start time.
    clock: datetime | None

    @property
    def elapsed_text(self) -> str:
        return format_elapsed(self.elapsed_ms)

    @property
    def glyph(self) -> str:
        marker = MARKERS_BY_KEY.get(self.marker)
        return marker.glyph if marker else ""

    @property
    def marker_label(self) -> str:
        marker = MARKERS_BY_KEY.get(self.marker)
        return marker.label if marker else ""


@dataclass(frozen=True)
class AskedByMe:
    question_id: str
    text: str
    answer_note: str
    asked_at: datetime | None


@dataclass(frozen=True)
class Replay:
    interview: PastInterview
    lines: tuple[ReplayLine, ...]
    asked: tuple[AskedByMe, ...]
    attendees: tuple[str, ...] = ()


def format_clock(moment: datetime | None, zone: tzinfo | None = None) -> str:
    """``"14:05"`` on the local wall clock (or ``zone``'s); ``""`` without a moment."""
    if moment is None:
        return ""
    return utc(moment).astimezone(zone).strftime("%H:%M")


def replay_lines(lines: Iterable[NoteLine], started_at: datetime | None) -> list[ReplayLine]:
    """The lines with text, in the pad's order, each with its wall-clock moment."""
    start = utc(started_at) if started_at is not None else None
    ordered = sorted(lines, key=lambda line: line.position)
    return [
        ReplayLine(
            line.id,
            line.elapsed_ms,
            line.marker,
            line.text,
            None if start is None else start + timedelta(milliseconds=max(0, line.elapsed_ms)),
        )
        for line in ordered
        if line.text.strip()
    ]


# ------------------------------------------------------------------ questions
class _Dated(Protocol):
    @property
    def when(self) -> datetime | None: ...


_Occurrence = TypeVar("_Occurrence", bound=_Dated)


@dataclass(frozen=True)
class LineFact:
    """A note line as the question pairing needs it."""

    id: str
    round_id: str
    position: float
    marker: str
    text: str


@dataclass(frozen=True)
class QuestionOccurrence:
    round_id: str
    company_name: str
    kind: str
    when: datetime | None
    # What I answered (asked of me), or what they answered (asked by me).
    answer: str
    # The note line of a question asked of me; its answer is read on demand
    # (:meth:`ReviewService.with_answers`), as thousands of lines would be needed up front.
    line_id: str = ""
    # The question as it was worded that time, without its marker.
    text: str = ""

    @property
    def kind_label(self) -> str:
        return label(ROUND_KINDS, self.kind)


@dataclass(frozen=True)
class QuestionGroup:
    key: str
    text: str
    asked_by: str
    # Newest first.
    occurrences: tuple[QuestionOccurrence, ...]

    @property
    def id(self) -> str:
        return f"{self.asked_by}:{self.key}"

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def last_asked(self) -> datetime | None:
        return self.occurrences[0].when if self.occurrences else None

    @property
    def companies(self) -> tuple[str, ...]:
        """Each company once, the most recent first."""
        return tuple(dict.fromkeys(o.company_name for o in self.occurrences if o.company_name))


# A remark in brackets closing a line ("… (Sam asked; wants specifics)") is about this
# time, not the question, so two askings of one question still meet.
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
_END_PUNCTUATION = " \t?!.…:;,"


def topic_key(text: str) -> str:
    """What two wordings of one question or topic share: no marker prefix, no closing
    aside or punctuation, case, accents' composition and runs of spaces ignored."""
    body = unicodedata.normalize("NFKC", strip_prefix(text))
    body = _TRAILING_ASIDE.sub("", body)
    return " ".join(body.casefold().split()).rstrip(_END_PUNCTUATION)


def display_text(text: str) -> str:
    """A line as a group's title: no marker prefix, no closing aside, single spaces."""
    body = _TRAILING_ASIDE.sub("", strip_prefix(text))
    return " ".join(body.split()) or " ".join(strip_prefix(text).split())


def answers_by_question(lines: Iterable[LineFact]) -> dict[str, str]:
    """Question line id → the answer and did-not-know lines after it, up to the next
    question of the same round (prefixes kept: "DK:" says how it went)."""
    ordered = sorted(lines, key=lambda line: (line.round_id, line.position))
    answers: dict[str, list[str]] = {}
    current: str | None = None
    current_round = ""
    for line in ordered:
        if line.round_id != current_round:
            current, current_round = None, line.round_id
        if line.marker == QUESTION_MARKER:
            current = line.id
            answers[current] = []
        elif line.marker in ANSWER_MARKERS and current is not None and line.text.strip():
            answers[current].append(" ".join(line.text.split()))
    return {key: "\n".join(parts) for key, parts in answers.items()}


def _when_key(moment: datetime | None) -> float:
    return utc(moment).timestamp() if moment is not None else float("-inf")


def _grouped(
    items: Iterable[tuple[str, _Occurrence]],
) -> dict[str, list[tuple[str, _Occurrence]]]:
    """Pairs by :func:`topic_key`, newest first within each key."""
    grouped: dict[str, list[tuple[str, _Occurrence]]] = {}
    # Questions repeat word for word (the same ones come back round after round):
    # each distinct wording is normalised once.
    keys: dict[str, str] = {}
    for text, occurrence in items:
        key = keys.get(text)
        if key is None:
            key = keys[text] = topic_key(text)
        if key:
            grouped.setdefault(key, []).append((text, occurrence))
    for pairs in grouped.values():
        pairs.sort(key=lambda pair: _when_key(pair[1].when), reverse=True)
    return grouped


def group_questions(
    items: Iterable[tuple[str, QuestionOccurrence]], asked_by: str
) -> list[QuestionGroup]:
    """``(text, occurrence)`` pairs grouped by :func:`topic_key`; most asked first, then the
    most recently asked. A group reads as its most recent wording."""
    groups = [
        QuestionGroup(key, display_text(pairs[0][0]), asked_by, tuple(p[1] for p in pairs))
        for key, pairs in _grouped(items).items()
    ]
    groups.sort(key=lambda g: (-g.count, -_when_key(g.last_asked), g.key))
    return groups


# ----------------------------------------------------------------- study list
@dataclass(frozen=True)
class StudyOccurrence:
    line_id: str
    round_id: str
    company_name: str
    kind: str
    when: datetime | None

    @property
    def kind_label(self) -> str:
        return label(ROUND_KINDS, self.kind)


@dataclass(frozen=True)
class StudyTopic:
    key: str
    text: str
    # Newest first.
    occurrences: tuple[StudyOccurrence, ...]
    # Every line of the topic is ticked: a new "did not know" on it unticks the topic.
    studied: bool = False

    @property
    def id(self) -> str:
        return self.key

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def line_ids(self) -> tuple[str, ...]:
        return tuple(o.line_id for o in self.occurrences)

    @property
    def last_seen(self) -> datetime | None:
        return self.occurrences[0].when if self.occurrences else None

    @property
    def companies(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(o.company_name for o in self.occurrences if o.company_name))


def study_topics(
    items: Iterable[tuple[str, StudyOccurrence]], studied_ids: Collection[str]
) -> list[StudyTopic]:
    """ "Did not know" lines merged by :func:`topic_key`: most often missed first, then the
    most recent."""
    studied = set(studied_ids)
    topics: list[StudyTopic] = []
    for key, pairs in _grouped(items).items():
        occurrences = tuple(p[1] for p in pairs)
        done = all(o.line_id in studied for o in occurrences)
        topics.append(StudyTopic(key, display_text(pairs[0][0]), occurrences, done))
    topics.sort(key=lambda t: (-t.count, -_when_key(t.last_seen), t.key))
    return topics


def parse_studied(value: str) -> list[str]:
    """The ids of the setting; anything unreadable counts as nothing ticked."""
    try:
        parsed = json.loads(value) if value else []
    except ValueError:
        return []
    if not isinstance(parsed, list):
        return []
    return [item for item in parsed if isinstance(item, str) and 0 < len(item) <= 64]


def updated_studied(
    current: Sequence[str],
    line_ids: Iterable[str],
    studied: bool,
    *,
    existing: Collection[str] | None = None,
    limit: int = MAX_STUDIED_IDS,
) -> list[str]:
    """The ids after ticking (``studied``) or unticking ``line_ids``, oldest tick first.

    Past ``limit``, ids of lines no longer in ``existing`` go first, then the oldest ticks.
    """
    changing = list(dict.fromkeys(line_ids))
    drop = set(changing)
    kept = [item for item in dict.fromkeys(current) if item not in drop]
    if studied:
        kept += changing
    if len(kept) > limit and existing is not None:
        kept = [item for item in kept if item in existing]
    return kept[-limit:] if len(kept) > limit else kept


# ----------------------------------------------------------------- statistics
@dataclass(frozen=True)
class ReviewStatistics:
    weeks: tuple[WeekCount, ...]
    stages: tuple[StageReach, ...]
    round_kinds: tuple[KindConversion, ...]
    first_response: Distribution
    after_round: Distribution
    answers: AnswerRate
    applications: int = 0
    rounds_held: int = 0
    today: date = field(default_factory=date.today)

    @property
    def empty(self) -> bool:
        return self.applications == 0 and self.rounds_held == 0


def _stage_names(detail: str) -> tuple[str, ...]:
    if STAGE_ARROW not in detail:
        return ()
    return tuple(part.strip() for part in detail.split(STAGE_ARROW) if part.strip())


# -------------------------------------------------------------------- service
class ReviewService:
    def __init__(self, journal: Journal, clock: Callable[[], datetime] | None = None) -> None:
        self.journal = journal
        self._clock = clock or utc_now

    def now(self) -> datetime:
        return utc(self._clock())

    # ---------------------------------------------------------- loading
    def _companies_and_applications(
        self,
    ) -> tuple[dict[str, Company], dict[str, Application]]:
        companies = {c.id: c for c in self.journal.records(Company)}
        applications = {a.id: a for a in self.journal.records(Application)}
        return companies, applications

    def _company_name(
        self,
        application_id: str | None,
        companies: dict[str, Company],
        applications: dict[str, Application],
    ) -> tuple[str | None, str, str]:
        """(company id, company name, role) of a round's application."""
        application = applications.get(application_id) if application_id else None
        if application is None:
            return None, "", ""
        company = companies.get(application.company_id)
        return application.company_id, company.name if company else "", application.role

    def _interview(
        self,
        interview_round: InterviewRound,
        companies: dict[str, Company],
        applications: dict[str, Application],
        line_counts: dict[str, int],
        gap_counts: dict[str, int],
    ) -> PastInterview:
        company_id, name, role = self._company_name(
            interview_round.application_id, companies, applications
        )
        return PastInterview(
            round_id=interview_round.id,
            application_id=interview_round.application_id,
            company_id=company_id,
            company_name=name,
            role=role,
            kind=interview_round.kind,
            title=interview_round.title,
            scheduled_at=_aware(interview_round.scheduled_at),
            started_at=_aware(interview_round.started_at),
            ended_at=_aware(interview_round.ended_at),
            outcome=interview_round.outcome,
            self_review=interview_round.self_review,
            energy=interview_round.energy,
            answer_differently=interview_round.answer_differently,
            next_step=interview_round.next_step,
            note_lines=line_counts.get(interview_round.id, 0),
            did_not_know=gap_counts.get(interview_round.id, 0),
        )

    # --------------------------------------------------- past interviews
    def interviews(self) -> list[PastInterview]:
        """Every round that has taken place, newest first."""
        now = self.now()
        companies, applications = self._companies_and_applications()
        rounds = [r for r in self.journal.records(InterviewRound) if happened(r, now)]
        if not rounds:
            return []
        # The pad's trailing empty line is counted too: a few rows out of thousands, and
        # counting only lines with text would need every line's text loaded.
        lines = {
            k: n
            for k, (n, _) in self.journal.group_summary(NoteLine, "round_id", "updated_at").items()
        }
        gaps = {
            k: n
            for k, (n, _) in self.journal.group_summary(
                NoteLine, "round_id", "updated_at", only=("marker", {DID_NOT_KNOW})
            ).items()
        }
        rows = [self._interview(r, companies, applications, lines, gaps) for r in rounds]
        rows.sort(key=_newest_first_key)
        return rows

    def replay(self, round_id: str) -> Replay:
        """One round's lines, in order, with their times; and the questions I asked in it."""
        interview_round = self.journal.get(InterviewRound, round_id)
        companies: dict[str, Company] = {}
        applications: dict[str, Application] = {}
        if interview_round.application_id:
            application = self.journal.find(Application, interview_round.application_id)
            if application is not None:
                applications[application.id] = application
                company = self.journal.find(Company, application.company_id)
                if company is not None:
                    companies[company.id] = company
        notes = self.journal.note_lines(round_id)
        lines = replay_lines(notes, interview_round.started_at)
        counts = {round_id: len(notes)}
        gaps = {round_id: sum(1 for n in notes if n.marker == DID_NOT_KNOW)}
        interview = self._interview(interview_round, companies, applications, counts, gaps)
        asked_rows = self.journal.records(QuestionAsked, order_by="asked_at", round_id=round_id)
        questions = self.journal.records_by_id(Question, [a.question_id for a in asked_rows])
        asked = tuple(
            AskedByMe(a.question_id, questions[a.question_id].text, a.answer_note, a.asked_at)
            for a in asked_rows
            if a.question_id in questions
        )
        links = self.journal.records(RoundAttendee, order_by="created_at", round_id=round_id)
        people = self.journal.records_by_id(Person, [link.person_id for link in links])
        attendees = tuple(
            people[link.person_id].name + (f" ({link.role_in_round})" if link.role_in_round else "")
            for link in links
            if link.person_id in people
        )
        return Replay(interview, tuple(lines), asked, attendees)

    # ---------------------------------------------------------- questions
    def _round_context(
        self,
    ) -> dict[str, tuple[str, str, datetime | None]]:
        """Round id → (company name, round kind, when), for every round."""
        companies, applications = self._companies_and_applications()
        context: dict[str, tuple[str, str, datetime | None]] = {}
        for interview_round in self.journal.records(InterviewRound):
            _, name, _ = self._company_name(interview_round.application_id, companies, applications)
            when = _aware(interview_round.started_at or interview_round.scheduled_at)
            context[interview_round.id] = (name, interview_round.kind, when)
        return context

    def questions(self) -> list[QuestionGroup]:
        """The questions asked of me (``Q:`` lines) and by me (the bank), grouped, most
        asked first. The answers of questions asked of me are left empty here: read them
        for the occurrences on screen with :meth:`with_answers`."""
        context = self._round_context()
        of_me: list[tuple[str, QuestionOccurrence]] = []
        # The same wordings come back thousands of times in a long search.
        shown: dict[str, str] = {}
        for line in self.journal.records(NoteLine, marker=QUESTION_MARKER):
            if line.round_id not in context or not line.text.strip():
                continue
            name, kind, when = context[line.round_id]
            text = shown.get(line.text)
            if text is None:
                text = shown[line.text] = display_text(line.text)
            occurrence = QuestionOccurrence(line.round_id, name, kind, when, "", line.id, text)
            of_me.append((line.text, occurrence))
        asked_rows = self.journal.records(QuestionAsked)
        bank = self.journal.records_by_id(Question, {a.question_id for a in asked_rows})
        by_me: list[tuple[str, QuestionOccurrence]] = []
        for asked in asked_rows:
            question = bank.get(asked.question_id)
            if question is None or asked.round_id not in context:
                continue
            name, kind, when = context[asked.round_id]
            moment = _aware(asked.asked_at) or when
            occurrence = QuestionOccurrence(
                asked.round_id, name, kind, moment, asked.answer_note, "", question.text
            )
            by_me.append((question.text, occurrence))
        groups = group_questions(of_me, ASKED_OF_ME) + group_questions(by_me, ASKED_BY_ME)
        groups.sort(key=lambda g: (-g.count, -_when_key(g.last_asked), g.asked_by, g.key))
        return groups

    def with_answers(
        self, occurrences: Sequence[QuestionOccurrence], limit: int = ANSWERED_ROUNDS
    ) -> list[QuestionOccurrence]:
        """``occurrences`` with what I answered filled in for the first ``limit`` of them
        asked of me (one read of each round's lines); the others are returned as they are."""
        rounds = list(dict.fromkeys(o.round_id for o in occurrences[:limit] if o.line_id))
        answers: dict[str, str] = {}
        for round_id in rounds:
            answers.update(
                answers_by_question(
                    LineFact(n.id, n.round_id, n.position, n.marker, n.text)
                    for n in self.journal.note_lines(round_id)
                )
            )
        return [
            replace(o, answer=answers.get(o.line_id, o.answer)) if o.line_id else o
            for o in occurrences
        ]

    # --------------------------------------------------------- study list
    def studied_line_ids(self) -> list[str]:
        return parse_studied(self.journal.setting(STUDIED_SETTING))

    def study_list(self) -> list[StudyTopic]:
        """Every "did not know" line, merged by topic (see :func:`study_topics`)."""
        lines = [n for n in self.journal.records(NoteLine, marker=DID_NOT_KNOW) if n.text.strip()]
        if not lines:
            return []
        context = self._round_context()
        items: list[tuple[str, StudyOccurrence]] = []
        for line in lines:
            name, kind, when = context.get(line.round_id, ("", "other", None))
            items.append((line.text, StudyOccurrence(line.id, line.round_id, name, kind, when)))
        return study_topics(items, self.studied_line_ids())

    def set_studied(self, line_ids: Iterable[str], studied: bool) -> list[str]:
        """Tick (or untick) the lines of a topic as studied; returns the stored ids."""
        wanted = list(line_ids)
        current = self.studied_line_ids()
        result = updated_studied(current, wanted, studied)
        if len(current) + len(wanted) > MAX_STUDIED_IDS:
            existing = {n.id for n in self.journal.records(NoteLine, marker=DID_NOT_KNOW)}
            result = updated_studied(current, wanted, studied, existing=existing)
        self.journal.set_setting(STUDIED_SETTING, json.dumps(result, separators=(",", ":")))
        return result

    # --------------------------------------------------------- statistics
    def _stage_events(self) -> list[TimelineEvent]:
        where = TimelineFilter(kinds=("stage_changed",))
        events: list[TimelineEvent] = []
        offset = 0
        while True:
            page = self.journal.timeline_page(where, offset, EVENT_PAGE)
            events += page
            offset += len(page)
            if len(page) < EVENT_PAGE:
                return events

    def statistics(
        self, weeks: int = 12, today: date | None = None, zone: tzinfo | None = None
    ) -> ReviewStatistics:
        """Every chart's numbers, from one read of each table (see core.statistics)."""
        now = self.now()
        today = today or now.astimezone(zone).date()
        stage_records = sorted(
            self.journal.records(PipelineStage), key=lambda s: (s.position, s.name.casefold())
        )
        stages = [FunnelStage(s.id, s.name, s.outcome) for s in stage_records]
        outcome_of = {s.id: s.outcome for s in stages}
        applications = self.journal.records(Application)
        rounds = self.journal.records(InterviewRound)
        offered = {o.application_id for o in self.journal.records(Offer)}
        visited: dict[str, list[str]] = {}
        for event in self._stage_events():
            if event.application_id:
                visited.setdefault(event.application_id, []).extend(_stage_names(event.detail))

        # Word from the company, per application: inbound contacts and rounds arranged.
        contacts: dict[str, list[datetime]] = {}
        for interaction in self.journal.records(Interaction, direction="in"):
            if interaction.application_id:
                contacts.setdefault(interaction.application_id, []).append(
                    utc(interaction.occurred_at)
                )
        facts: list[RoundFact] = []
        ended: list[tuple[str, datetime]] = []
        for interview_round in rounds:
            planned = interview_round.started_at or interview_round.scheduled_at
            moment = utc(planned or interview_round.created_at)
            held = happened(interview_round, now)
            facts.append(
                RoundFact(
                    interview_round.id,
                    interview_round.application_id,
                    interview_round.kind,
                    moment,
                    held,
                )
            )
            if interview_round.application_id is None:
                continue
            # Arranged when it was written down, or when it took place if that was earlier.
            arranged = min(utc(interview_round.created_at), moment)
            contacts.setdefault(interview_round.application_id, []).append(arranged)
            if interview_round.ended_at is not None:
                ended.append((interview_round.application_id, utc(interview_round.ended_at)))
        for moments in contacts.values():
            moments.sort()

        histories: list[StageHistory] = []
        answers: list[AnswerFact] = []
        applied: dict[str, datetime] = {}
        applied_days: list[date] = []
        closed: set[str] = set()
        offer_apps: set[str] = set()
        for application in applications:
            outcome = outcome_of.get(application.stage_id or "", "")
            is_closed = application.closed_at is not None or outcome == "closed"
            has_offer = application.id in offered or outcome in ("offer", "accepted")
            if is_closed:
                closed.add(application.id)
            if has_offer:
                offer_apps.add(application.id)
            histories.append(
                StageHistory(
                    application.stage_id,
                    tuple(visited.get(application.id, ())),
                    application.applied_at is not None,
                    has_offer,
                )
            )
            if application.applied_at is None:
                continue
            moment = utc(application.applied_at)
            applied[application.id] = moment
            applied_days.append(moment.astimezone(zone).date())
            answers.append(
                AnswerFact(
                    application.id,
                    application.company_id,
                    bool(contacts.get(application.id)),
                    is_closed,
                    application.closed_reason,
                )
            )
        return ReviewStatistics(
            weeks=tuple(applications_per_week(applied_days, today, weeks)),
            stages=tuple(stage_conversion(stages, histories)),
            round_kinds=tuple(round_kind_conversion(facts, offer_apps, closed)),
            first_response=distribution(first_response_days(applied, contacts)),
            after_round=distribution(next_contact_days(ended, contacts)),
            answers=answer_rate(answers),
            applications=len(applications),
            rounds_held=sum(1 for fact in facts if fact.held),
            today=today,
        )


def _aware(moment: datetime | None) -> datetime | None:
    return None if moment is None else utc(moment)
