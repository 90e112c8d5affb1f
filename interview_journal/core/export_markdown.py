"""Markdown export: one interview, one company, or the whole journal, readable as is.

The output is CommonMark (https://spec.commonmark.org/0.31.2/) with GitHub's task lists and
tables (https://github.github.com/gfm/). Whatever the user typed is escaped so it cannot
start a heading, list, quote, table, code block, link or HTML (CommonMark §2.4: any ASCII
punctuation may be backslash-escaped); a field's own line breaks become hard breaks (two
trailing spaces, §6.7) indented under their list item, so the item goes on.

One interview or one company is read with a few queries per record. The whole journal is
read one query per table, except the note lines, the bulk of its text, which are read
round by round while the file is written: only one round's lines are in memory at a time,
and the output goes to the stream as it is made.
"""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TextIO, TypeVar

from sqlmodel import SQLModel

from interview_journal import APP_NAME
from interview_journal.core.errors import ValidationError
from interview_journal.core.export import ExportSummary, write_atomically
from interview_journal.core.fit_rules import Criterion, fit_of
from interview_journal.core.notes import format_elapsed
from interview_journal.core.vocabulary import (
    MARKERS_BY_KEY,
    OFFER_STATUSES,
    PERSON_KINDS,
    RESEARCH_TOPICS,
    ROUND_KINDS,
    category_label,
    english_label,
)
from interview_journal.storage.errors import RecordNotFoundError
from interview_journal.storage.journal import Journal, utc
from interview_journal.storage.tables import (
    Application,
    Company,
    FitCriterion,
    FitScore,
    FollowUp,
    InterviewRound,
    NoteLine,
    Offer,
    Person,
    PipelineStage,
    PrepItem,
    Question,
    QuestionAsked,
    ResearchNote,
    RoundAttendee,
)

__all__ = [
    "ENERGY_LABELS",
    "escape_markdown",
    "export_markdown",
    "round_document_title",
    "round_markdown",
    "write_company_markdown",
    "write_journal_markdown",
    "write_round_markdown",
]

ModelT = TypeVar("ModelT", bound=SQLModel)

# The words of the live review's energy choice, 1 to 5.
ENERGY_LABELS: dict[int, str] = {
    1: "drained",
    2: "tired",
    3: "steady",
    4: "good",
    5: "energised",
}
FOLLOW_UP_STATUSES: dict[str, str] = {"draft": "draft", "sent": "sent"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
HARD_BREAK = "  "
DEEPEST_HEADING = 6

# ------------------------------------------------------------------ escaping
# Characters that start emphasis, code, links, HTML or table cells anywhere in a line.
_ANYWHERE = re.compile(r"[\\`*\[\]<|~]")
# "_" only emphasises at a word's edge (CommonMark §6.2), so snake_case stays readable.
_UNDERSCORE_AT_EDGE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# "#" opens a heading at the start and closes one after a space (§4.2); "C#" stays.
_HASH_AT_WORD_START = re.compile(r"(?:^|(?<=\s))#")
# "&copy;" and "&#169;" would turn into the character they name (§2.5); "R&D" stays.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# A line starting like a list item, quote, setext underline or ordered list (§4.3, §5).
_LINE_START = re.compile(r"^[-+=>]")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
# Most lines hold none of these and skip the substitutions (a third of a heavy export).
_MAY_NEED_ESCAPING = re.compile(r"[\\`*\[\]<|~_#&]|^[-+=>\d]")


def escape_markdown(line: str, *, starts_line: bool = True) -> str:
    """One line of user text as Markdown that renders as exactly that text.

    Leading and trailing white space is dropped: four spaces would start a code block,
    two at the end a hard break. ``starts_line=False`` is for text that follows other
    text on its line, where ``-``, ``+`` or ``1.`` cannot start a block.
    """
    text = line.replace("\x00", "").strip()
    if not _MAY_NEED_ESCAPING.search(text):
        return text
    text = _ANYWHERE.sub(lambda match: "\\" + match.group(0), text)
    text = _UNDERSCORE_AT_EDGE.sub(r"\\_", text)
    text = _HASH_AT_WORD_START.sub(r"\\#", text)
    text = _ENTITY.sub(r"\\&", text)
    if not starts_line:
        return text
    if _LINE_START.match(text):
        return "\\" + text
    return _ORDERED.sub(r"\1\\\2", text)


def _single_line(text: str) -> str:
    """User text squeezed onto one line (headings, table cells), escaped."""
    return escape_markdown(" ".join(text.split()))


def _text_lines(text: str, *, after_text: bool = False) -> list[str]:
    """``text`` as escaped Markdown lines; ``""`` separates paragraphs.

    Every line break the user typed is kept: lines of one paragraph end in a hard break.
    ``str.splitlines`` also splits on U+2028 and the other Unicode line ends.
    ``after_text`` says the first line follows other text on its line.
    """
    lines: list[str] = []
    for raw in text.splitlines():
        escaped = escape_markdown(raw, starts_line=not (after_text and not lines))
        if not escaped:
            if lines and lines[-1]:
                lines.append("")
            continue
        if lines and lines[-1]:
            lines[-1] += HARD_BREAK
        lines.append(escaped)
    if lines and not lines[-1]:
        lines.pop()
    return lines


# ----------------------------------------------------------------- formatting
def _day(day: date) -> str:
    # Month names are spelled out here, not by strftime, whose words follow the C locale
    # that a Qt application sets from the environment.
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _local(moment: datetime, tz: tzinfo | None) -> datetime:
    # astimezone(None) is the machine's own time zone.
    return utc(moment).astimezone(tz)


def _zone(moment: datetime) -> str:
    return moment.tzname() or moment.strftime("%z")


def _moment(moment: datetime, tz: tzinfo | None) -> str:
    local = _local(moment, tz)
    return f"{_day(local.date())}, {local:%H:%M} {_zone(local)}"


def _span(start: datetime, end: datetime | None, tz: tzinfo | None) -> str:
    if end is None:
        return _moment(start, tz)
    first, last = _local(start, tz), _local(end, tz)
    minutes = round((utc(end) - utc(start)).total_seconds() / 60)
    length = f" ({minutes} min)" if minutes >= 1 else ""
    if first.date() == last.date():
        return f"{_day(first.date())}, {first:%H:%M}–{last:%H:%M} {_zone(last)}{length}"
    return f"{_moment(start, tz)} – {_moment(end, tz)}{length}"


def _local_day(moment: datetime | None, tz: tzinfo | None) -> str:
    return "" if moment is None else _day(_local(moment, tz).date())


def _lead(name: str, rest: str) -> str:
    """``**name** —`` leading a list item, the dash only when something follows."""
    return f"**{_single_line(name)}**" + (" —" if rest.strip() else "")


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


# ----------------------------------------------------------------- the data
def _latest_last(moment: datetime | None, created: datetime) -> tuple[bool, datetime, datetime]:
    """Sort key: dated records in date order, undated ones after them in creation order."""
    return (moment is None, utc(moment or created), utc(created))


@dataclass
class _Data:
    """The records an export shows, grouped by what they belong to.

    Filled from a few queries for one round or company, or from one query per table for
    the whole journal; the writer never queries anything but note lines.
    """

    stages: dict[str, PipelineStage] = field(default_factory=dict)
    criteria: list[Criterion] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    research: defaultdict[str, list[ResearchNote]] = field(
        default_factory=lambda: defaultdict(list)
    )
    scores: defaultdict[str, list[FitScore]] = field(default_factory=lambda: defaultdict(list))
    applications: defaultdict[str, list[Application]] = field(
        default_factory=lambda: defaultdict(list)
    )
    # Rounds by application id; "" holds rounds tied to no application.
    rounds: defaultdict[str, list[InterviewRound]] = field(
        default_factory=lambda: defaultdict(list)
    )
    prep: defaultdict[str, list[PrepItem]] = field(default_factory=lambda: defaultdict(list))
    attendees: defaultdict[str, list[RoundAttendee]] = field(
        default_factory=lambda: defaultdict(list)
    )
    asked: defaultdict[str, list[QuestionAsked]] = field(default_factory=lambda: defaultdict(list))
    round_follow_ups: defaultdict[str, list[FollowUp]] = field(
        default_factory=lambda: defaultdict(list)
    )
    # Follow-ups of an application that name no round.
    application_follow_ups: defaultdict[str, list[FollowUp]] = field(
        default_factory=lambda: defaultdict(list)
    )
    offers: defaultdict[str, list[Offer]] = field(default_factory=lambda: defaultdict(list))
    # People by company id; "" holds people at no company.
    company_people: defaultdict[str, list[Person]] = field(
        default_factory=lambda: defaultdict(list)
    )
    company_questions: defaultdict[str, list[Question]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, records: Iterable[SQLModel]) -> None:
        for record in records:
            self._add(record)

    def _add(self, record: SQLModel) -> None:
        if isinstance(record, PipelineStage):
            self.stages[record.id] = record
        elif isinstance(record, FitCriterion):
            self.criteria.append(Criterion.from_record(record))
        elif isinstance(record, Person):
            if record.id not in self.people:
                self.people[record.id] = record
                self.company_people[record.company_id or ""].append(record)
        elif isinstance(record, Question):
            if record.id not in self.questions:
                self.questions[record.id] = record
                self.company_questions[record.company_id or ""].append(record)
        elif isinstance(record, ResearchNote):
            self.research[record.company_id].append(record)
        elif isinstance(record, FitScore):
            self.scores[record.company_id].append(record)
        elif isinstance(record, Application):
            self.applications[record.company_id].append(record)
        elif isinstance(record, InterviewRound):
            self.rounds[record.application_id or ""].append(record)
        elif isinstance(record, PrepItem):
            self.prep[record.round_id].append(record)
        elif isinstance(record, RoundAttendee):
            self.attendees[record.round_id].append(record)
        elif isinstance(record, QuestionAsked):
            self.asked[record.round_id].append(record)
        elif isinstance(record, FollowUp):
            if record.round_id:
                self.round_follow_ups[record.round_id].append(record)
            elif record.application_id:
                self.application_follow_ups[record.application_id].append(record)
        elif isinstance(record, Offer):
            self.offers[record.application_id].append(record)
        else:  # pragma: no cover - a programming error, not user input
            raise TypeError(f"the Markdown export does not show {type(record).__name__}")


# Tables the whole-journal export reads whole (note lines come round by round).
_WHOLE_JOURNAL_TABLES: tuple[type[SQLModel], ...] = (
    PipelineStage,
    FitCriterion,
    Person,
    Question,
    ResearchNote,
    FitScore,
    Application,
    InterviewRound,
    PrepItem,
    RoundAttendee,
    QuestionAsked,
    FollowUp,
    Offer,
)


def _round_details(journal: Journal, data: _Data, round_ids: Sequence[str]) -> None:
    """Add what belongs to each round, and the people and questions it names."""
    for round_id in round_ids:
        data.add(journal.records(PrepItem, round_id=round_id))
        data.add(journal.records(RoundAttendee, round_id=round_id))
        data.add(journal.records(QuestionAsked, round_id=round_id))
        data.add(journal.records(FollowUp, round_id=round_id))
    person_ids = {a.person_id for r in round_ids for a in data.attendees[r]}
    data.add(journal.records_by_id(Person, person_ids - data.people.keys()).values())
    question_ids = {q.question_id for r in round_ids for q in data.asked[r]}
    data.add(journal.records_by_id(Question, question_ids - data.questions.keys()).values())


def _find(journal: Journal, model: type[ModelT], record_id: str, what: str) -> ModelT:
    record = journal.find(model, record_id)
    if record is None:
        raise RecordNotFoundError(f"There is no {what} with the id “{record_id}” in the journal.")
    return record


def _company_data(journal: Journal, company: Company) -> _Data:
    data = _Data()
    data.add(journal.records(PipelineStage))
    data.add(journal.records(FitCriterion))
    data.add(journal.records(Person, company_id=company.id))
    data.add(journal.records(Question, company_id=company.id))
    data.add(journal.records(ResearchNote, company_id=company.id))
    data.add(journal.records(FitScore, company_id=company.id))
    applications = journal.records(Application, company_id=company.id)
    data.add(applications)
    round_ids: list[str] = []
    for application in applications:
        rounds = journal.records(InterviewRound, application_id=application.id)
        data.add(rounds)
        round_ids.extend(r.id for r in rounds)
        data.add(journal.records(FollowUp, application_id=application.id, round_id=None))
        data.add(journal.records(Offer, application_id=application.id))
    _round_details(journal, data, round_ids)
    return data


def _journal_data(journal: Journal) -> tuple[list[Company], _Data]:
    # One query per table: 27,000 records of the heavy sample load in about a second,
    # where a few queries per round would take ten.
    data = _Data()
    for model in _WHOLE_JOURNAL_TABLES:
        data.add(journal.records(model))
    return journal.records(Company), data


# ----------------------------------------------------------------- the writer
class _Writer:
    """Markdown blocks onto a stream, a blank line between blocks, counting records."""

    def __init__(
        self,
        stream: TextIO,
        data: _Data,
        note_lines: Callable[[str], list[NoteLine]],
        tz: tzinfo | None,
    ) -> None:
        self.stream = stream
        self.data = data
        self.note_lines = note_lines
        self.tz = tz
        self.counts: Counter[str] = Counter()
        self._started = False
        self._in_list = False

    # ------------------------------------------------------------- blocks
    def _gap(self) -> None:
        if self._started:
            self.stream.write("\n")
        self._started = True

    def heading(self, level: int, markdown: str) -> None:
        self._gap()
        self._in_list = False
        self.stream.write(f"{'#' * min(level, DEEPEST_HEADING)} {markdown}\n")

    def paragraphs(self, text: str) -> None:
        lines = _text_lines(text)
        if not lines:
            return
        self._gap()
        self._in_list = False
        self.stream.write("\n".join(lines) + "\n")

    def raw(self, markdown: str) -> None:
        """A paragraph of the export's own Markdown (no user text in it unescaped)."""
        self._gap()
        self._in_list = False
        self.stream.write(markdown + "\n")

    def item(self, *parts: tuple[str, str], task: bool | None = None) -> None:
        """One list item: each part is (Markdown lead, user text), joined by line breaks.

        Continuation lines are indented under the item so a newline in the user's text
        cannot end the list. ``task`` makes it a task-list item, ticked or not.
        """
        lines: list[str] = []
        for index, (lead, text) in enumerate(parts):
            body = _text_lines(text, after_text=bool(lead))
            # Only the first part's lead stands alone ("**Role** — Received").
            if not body and (index or not lead):
                continue
            if lines and lines[-1]:
                lines[-1] += HARD_BREAK
            lines.append(" ".join(piece for piece in (lead, body[0] if body else "") if piece))
            lines.extend(body[1:])
        if not lines:
            return
        if not self._in_list:
            self._gap()
            self._in_list = True
        bullet = "- " if task is None else ("- [x] " if task else "- [ ] ")
        indent = " " * len(bullet)
        self.stream.write(bullet + lines[0] + "\n")
        for line in lines[1:]:
            self.stream.write((indent + line if line else "") + "\n")

    def fact(self, name: str, text: str) -> None:
        if text.strip():
            self.item((f"**{name}:**", text))

    def table(self, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        """A short table; cells are user text, squeezed onto one line and escaped."""
        self._gap()
        self._in_list = False
        self.stream.write("| " + " | ".join(header) + " |\n")
        self.stream.write("|" + "|".join(" --- " for _ in header) + "|\n")
        for row in rows:
            self.stream.write("| " + " | ".join(_single_line(cell) for cell in row) + " |\n")

    # ------------------------------------------------------------- a round
    def round(
        self,
        interview_round: InterviewRound,
        level: int,
        *,
        heading: str,
        company: Company | None = None,
        application: Application | None = None,
    ) -> None:
        data, tz = self.data, self.tz
        self.counts["interview_round"] += 1
        self.heading(level, heading)
        role = application.role if application is not None else ""
        if company is not None:
            self.fact("Role", role)
        default_title = f"{english_label(ROUND_KINDS, interview_round.kind)} — {role}"
        if interview_round.title.strip() not in {default_title, ""}:
            self.fact("Title", interview_round.title)
        if interview_round.scheduled_at is not None:
            self.fact("Scheduled", _moment(interview_round.scheduled_at, tz))
        if interview_round.started_at is not None:
            self.fact("Held", _span(interview_round.started_at, interview_round.ended_at, tz))
        self.fact("Where", interview_round.location)

        section = level + 1
        attendees = data.attendees.get(interview_round.id, [])
        met = [(a, data.people[a.person_id]) for a in attendees if a.person_id in data.people]
        if met:
            self.heading(section, "People met")
            for attendee, person in sorted(met, key=lambda pair: pair[1].name.casefold()):
                self.counts["round_attendee"] += 1
                details = ", ".join(
                    text.strip() for text in (attendee.role_in_round, person.title) if text.strip()
                )
                self.item((_lead(person.name, details), details))

        prep = sorted(data.prep.get(interview_round.id, []), key=lambda p: p.position)
        if prep:
            self.heading(section, "Preparation")
            for prep_item in prep:
                self.counts["prep_item"] += 1
                self.item(("", prep_item.text), task=prep_item.done)

        if interview_round.recruiter_advice.strip():
            self.heading(section, "Recruiter's advice")
            self.paragraphs(interview_round.recruiter_advice)

        self._note_lines(interview_round.id, section)

        asked = sorted(
            data.asked.get(interview_round.id, []), key=lambda a: (utc(a.asked_at), a.id)
        )
        shown = [
            (a, data.questions[a.question_id]) for a in asked if a.question_id in data.questions
        ]
        if shown:
            self.heading(section, "Questions I asked")
            for asked_record, question in shown:
                self.counts["question_asked"] += 1
                self.item(("", question.text), ("*Their answer:*", asked_record.answer_note))

        review = (
            interview_round.outcome,
            interview_round.self_review,
            interview_round.answer_differently,
            interview_round.next_step,
        )
        if any(text.strip() for text in review) or interview_round.energy is not None:
            self.heading(section, "After the interview")
            self.fact("Outcome", _first_upper(interview_round.outcome.strip()))
            self.fact("How it went", interview_round.self_review)
            if interview_round.energy is not None:
                energy = interview_round.energy
                words = ENERGY_LABELS.get(energy, "")
                self.fact("Energy", f"{energy} of 5" + (f" ({words})" if words else ""))
            self.fact("I would answer differently", interview_round.answer_differently)
            self.fact("Next step", interview_round.next_step)

        follow_ups = data.round_follow_ups.get(interview_round.id, [])
        if follow_ups:
            self.heading(section, "Follow-ups")
            self._follow_ups(follow_ups)

    def _note_lines(self, round_id: str, level: int) -> None:
        lines = [line for line in self.note_lines(round_id) if line.text.strip()]
        if not lines:
            return
        noun = "line" if len(lines) == 1 else "lines"
        self.heading(level, f"Notes ({len(lines)} {noun})")
        for line in lines:
            self.counts["note_line"] += 1
            marker = MARKERS_BY_KEY.get(line.marker)
            lead = f"`{format_elapsed(line.elapsed_ms)}`" + (f" {marker.glyph}" if marker else "")
            self.item((lead, line.text))

    def _follow_ups(self, follow_ups: Iterable[FollowUp]) -> None:
        for follow_up in sorted(follow_ups, key=lambda f: _latest_last(f.sent_at, f.created_at)):
            self.counts["follow_up"] += 1
            status = english_label(FOLLOW_UP_STATUSES, follow_up.status)
            if follow_up.sent_at is not None:
                status = f"sent {_moment(follow_up.sent_at, self.tz)}"
            recipient = f"to {follow_up.recipient.strip()}, " if follow_up.recipient.strip() else ""
            self.item((_lead(follow_up.subject or "Follow-up", status), recipient + status))

    # ------------------------------------------------------------- a company
    def company(self, company: Company, level: int) -> None:
        data = self.data
        self.counts["company"] += 1
        self.heading(level, _single_line(company.name) or "Unnamed company")
        self.fact("Website", company.website)
        self.fact("Industry", company.industry)
        self.fact("Size", company.size)
        self.fact("Locations", company.locations)
        self.fact("Remote work", company.remote_policy)
        self.fact("My verdict", company.gut_verdict)
        if company.archived:
            self.fact("Archived", "yes")
        self.paragraphs(company.summary)
        section = level + 1
        self._research(data.research.get(company.id, []), section)
        self._fit(company, section)
        self._applications(company, section)
        people = data.company_people.get(company.id, [])
        if people:
            self.heading(section, "People")
            self.people(people)
        self._offers(company, section)
        questions = data.company_questions.get(company.id, [])
        if questions:
            self.heading(section, "Questions to ask here")
            self.questions(questions)

    def _research(self, notes: list[ResearchNote], level: int) -> None:
        if not notes:
            return
        self.heading(level, "Research")
        by_topic: defaultdict[str, list[ResearchNote]] = defaultdict(list)
        for note in notes:
            by_topic[note.topic].append(note)
        known = [topic for topic in RESEARCH_TOPICS if topic in by_topic]
        others = sorted(set(by_topic) - set(known), key=lambda t: english_label(RESEARCH_TOPICS, t))
        for topic in known + others:
            self.heading(level + 1, _single_line(english_label(RESEARCH_TOPICS, topic)) or "Other")
            for note in sorted(by_topic[topic], key=lambda n: (utc(n.created_at), n.id)):
                self.counts["research_note"] += 1
                source = ", ".join(
                    part
                    for part in (
                        note.source.strip(),
                        _day(note.source_date) if note.source_date else "",
                    )
                    if part
                )
                self.item(
                    (f"**{_single_line(note.title)}**" if note.title.strip() else "", ""),
                    ("", note.body),
                    ("*Source:*", source),
                )

    def _fit(self, company: Company, level: int) -> None:
        records = self.data.scores.get(company.id, [])
        if not records:
            return
        criteria = sorted(self.data.criteria, key=lambda c: (c.position, c.name.casefold()))
        scores = {record.criterion_id: record.score for record in records}
        evidence = {record.criterion_id: record.evidence for record in records}
        fit, share = fit_of(criteria, scores)
        self.heading(level, "Fit")
        if fit is not None:
            self.raw(
                f"Weighted fit **{fit:.2f} of 5**, resting on {share:.0%} of the weight "
                "of my criteria."
            )
        for criterion in criteria:
            if criterion.id not in scores:
                continue
            self.counts["fit_score"] += 1
            self.item(
                (
                    f"**{_single_line(criterion.name)}** (weight {criterion.weight:g}): "
                    f"{scores[criterion.id]} of 5",
                    "",
                ),
                ("", evidence[criterion.id]),
            )

    def _applications(self, company: Company, level: int) -> None:
        data, tz = self.data, self.tz
        applications = sorted(
            data.applications.get(company.id, []),
            key=lambda a: _latest_last(a.applied_at, a.created_at),
        )
        if not applications:
            return
        self.heading(level, "Applications")
        self.table(
            ("Role", "Stage", "Applied", "Interviews"),
            (
                (
                    a.role or "—",
                    self._stage(a),
                    _local_day(a.applied_at, tz) or "—",
                    str(len(data.rounds.get(a.id, []))),
                )
                for a in applications
            ),
        )
        for application in applications:
            self.counts["application"] += 1
            role = _single_line(application.role) or "Application"
            self.heading(level + 1, f"{role} — {_single_line(self._stage(application))}")
            self.fact("Applied", _local_day(application.applied_at, tz))
            self.fact("Source", application.source)
            self.fact("Link", application.link)
            if application.closed_at is not None:
                reason = application.closed_reason.strip()
                self.fact(
                    "Closed",
                    _local_day(application.closed_at, tz) + (f" — {reason}" if reason else ""),
                )
            self.fact("Notes", application.notes)
            follow_ups = data.application_follow_ups.get(application.id, [])
            if follow_ups:
                self.heading(level + 2, "Follow-ups")
                self._follow_ups(follow_ups)
            rounds = sorted(
                data.rounds.get(application.id, []),
                key=lambda r: _latest_last(r.scheduled_at, r.created_at),
            )
            for interview_round in rounds:
                when = interview_round.scheduled_at or interview_round.started_at
                heading = english_label(ROUND_KINDS, interview_round.kind)
                if when is not None:
                    heading += f" · {_local_day(when, tz)}"
                self.round(interview_round, level + 2, heading=heading, application=application)

    def _stage(self, application: Application) -> str:
        stage = self.data.stages.get(application.stage_id or "")
        return stage.name if stage is not None else "No stage"

    def _offers(self, company: Company, level: int) -> None:
        data = self.data
        offers = [
            (application, offer)
            for application in data.applications.get(company.id, [])
            for offer in data.offers.get(application.id, [])
        ]
        if not offers:
            return
        self.heading(level, "Offers")
        for application, offer in sorted(offers, key=lambda pair: utc(pair[1].created_at)):
            self.counts["offer"] += 1
            role = _single_line(application.role) or "Offer"
            self.item((f"**{role}** — {english_label(OFFER_STATUSES, offer.status)}", ""))
            if offer.base_salary is not None:
                self.fact("Base salary", f"{offer.currency} {offer.base_salary:,.0f}".strip())
            self.fact("Bonus", offer.bonus)
            self.fact("Equity", offer.equity)
            self.fact("Benefits", offer.benefits)
            self.fact("Where", offer.location)
            self.fact("Start", _day(offer.start_date) if offer.start_date else "")
            self.fact("Answer by", _day(offer.deadline) if offer.deadline else "")
            self.fact("Negotiation notes", offer.negotiation_notes)

    # ------------------------------------------------------------- shared lists
    def people(self, people: Iterable[Person]) -> None:
        for person in sorted(people, key=lambda p: (p.name.casefold(), p.id)):
            self.counts["person"] += 1
            kind = english_label(PERSON_KINDS, person.kind)
            role = ", ".join(part for part in (person.title.strip(), kind) if part)
            stay = f"every {person.stay_in_touch_days} days" if person.stay_in_touch_days else ""
            self.item(
                (_lead(person.name, role), role),
                ("*Email:*", person.email),
                ("*Phone:*", person.phone),
                ("*Profile:*", person.profile_url),
                ("*Connected:*", "yes" if person.connected else ""),
                ("*Last contact:*", _local_day(person.last_contact_at, self.tz)),
                ("*Stay in touch:*", stay),
                ("*Notes:*", person.notes),
            )

    def questions(self, questions: Iterable[Question]) -> None:
        for question in sorted(questions, key=lambda q: (q.category, q.text.casefold(), q.id)):
            self.counts["question"] += 1
            context = ", ".join(
                part
                for part in (
                    category_label(question.category, english=True) if question.category else "",
                    english_label(ROUND_KINDS, question.round_kind) if question.round_kind else "",
                )
                if part
            )
            self.item(("", question.text), ("*For:*", context))


# ---------------------------------------------------------------- public API
def round_document_title(journal: Journal, round_id: str) -> str:
    """``"Acme — Second interview"``: the title of one interview's export."""
    interview_round = _find(journal, InterviewRound, round_id, "interview")
    company = _company_of(journal, interview_round)[1]
    kind = english_label(ROUND_KINDS, interview_round.kind)
    return f"{' '.join(company.name.split())} — {kind}" if company is not None else kind


def _company_of(
    journal: Journal, interview_round: InterviewRound
) -> tuple[Application | None, Company | None]:
    if interview_round.application_id is None:
        return None, None
    application = journal.find(Application, interview_round.application_id)
    if application is None:
        return None, None
    return application, journal.find(Company, application.company_id)


def _write_round(
    journal: Journal, round_id: str, stream: TextIO, tz: tzinfo | None
) -> Counter[str]:
    interview_round = _find(journal, InterviewRound, round_id, "interview")
    application, company = _company_of(journal, interview_round)
    data = _Data()
    data.add([interview_round])
    _round_details(journal, data, [round_id])
    writer = _Writer(stream, data, journal.note_lines, tz)
    kind = english_label(ROUND_KINDS, interview_round.kind)
    heading = f"{_single_line(company.name)} — {kind}" if company is not None else kind
    writer.round(interview_round, 1, heading=heading, company=company, application=application)
    return writer.counts


def write_round_markdown(
    journal: Journal, round_id: str, stream: TextIO, *, tz: tzinfo | None = None
) -> None:
    """Write one interview as Markdown: its facts, people, preparation, notes and review.

    Times are shown in ``tz`` (the machine's time zone when None). Raises
    :class:`RecordNotFoundError` when no round has that id.
    """
    _write_round(journal, round_id, stream, tz)


def round_markdown(journal: Journal, round_id: str, *, tz: tzinfo | None = None) -> str:
    """One interview as a Markdown string (one round is small; the PDF renders this)."""
    stream = io.StringIO()
    _write_round(journal, round_id, stream, tz)
    return stream.getvalue()


def _write_company(
    journal: Journal, company_id: str, stream: TextIO, tz: tzinfo | None
) -> Counter[str]:
    company = _find(journal, Company, company_id, "company")
    writer = _Writer(stream, _company_data(journal, company), journal.note_lines, tz)
    writer.company(company, 1)
    return writer.counts


def write_company_markdown(
    journal: Journal, company_id: str, stream: TextIO, *, tz: tzinfo | None = None
) -> None:
    """Write one company as Markdown: profile, research by topic, fit, applications with
    every round, people, offers and the questions kept for it.

    Raises :class:`RecordNotFoundError` when no company has that id.
    """
    _write_company(journal, company_id, stream, tz)


def _write_journal(
    journal: Journal, stream: TextIO, tz: tzinfo | None, now: datetime | None
) -> Counter[str]:
    companies, data = _journal_data(journal)
    writer = _Writer(stream, data, journal.note_lines, tz)
    exported = _moment(now or datetime.now().astimezone(), tz)
    writer.heading(1, escape_markdown(APP_NAME))
    noun = "company" if len(companies) == 1 else "companies"
    writer.raw(f"Exported {exported}; {len(companies)} {noun}.")
    for company in sorted(companies, key=lambda c: (c.name.casefold(), c.id)):
        writer.company(company, 2)
    loose_rounds = sorted(
        data.rounds.get("", []), key=lambda r: _latest_last(r.scheduled_at, r.created_at)
    )
    if loose_rounds:
        writer.heading(2, "Interviews not tied to a company")
        for interview_round in loose_rounds:
            when = interview_round.scheduled_at or interview_round.started_at
            heading = english_label(ROUND_KINDS, interview_round.kind)
            if when is not None:
                heading += f" · {_local_day(when, tz)}"
            writer.round(interview_round, 3, heading=heading)
    if data.company_people.get(""):
        writer.heading(2, "People at no company")
        writer.people(data.company_people[""])
    if data.company_questions.get(""):
        writer.heading(2, "Questions to ask anywhere")
        writer.questions(data.company_questions[""])
    return writer.counts


def write_journal_markdown(
    journal: Journal,
    stream: TextIO,
    *,
    tz: tzinfo | None = None,
    now: datetime | None = None,
) -> int:
    """Write the whole journal as Markdown, company by company; returns records written.

    The text goes to ``stream`` as it is made, never held whole in memory. ``now`` is
    the export time shown at the top (the clock when None).
    """
    return sum(_write_journal(journal, stream, tz, now).values())


def export_markdown(
    journal: Journal,
    target: Path,
    *,
    round_id: str | None = None,
    company_id: str | None = None,
    tz: tzinfo | None = None,
) -> ExportSummary:
    """Export one interview (``round_id``), one company (``company_id``) or, with neither,
    the whole journal, to ``target`` atomically.

    Raises :class:`RecordNotFoundError` for an unknown id and :class:`JournalWriteError`
    when the file cannot be written; either way no file is left behind and an existing
    ``target`` is unchanged.
    """
    if round_id is not None and company_id is not None:
        raise ValidationError("Export one interview or one company, not both at once.")
    target = Path(target)
    write: Callable[[TextIO], Counter[str]]
    if round_id is not None:
        _find(journal, InterviewRound, round_id, "interview")

        def write(stream: TextIO) -> Counter[str]:
            return _write_round(journal, round_id, stream, tz)

    elif company_id is not None:
        _find(journal, Company, company_id, "company")

        def write(stream: TextIO) -> Counter[str]:
            return _write_company(journal, company_id, stream, tz)

    else:

        def write(stream: TextIO) -> Counter[str]:
            return _write_journal(journal, stream, tz, None)

    counts = write_atomically(target, write)
    return ExportSummary(target, dict(counts), target.stat().st_size)
