"""Live interview sessions: choosing the round, saving lines, ending the round."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from interview_journal.core import validation
from interview_journal.core.errors import ValidationError
from interview_journal.core.events import record_event
from interview_journal.core.follow_up import recommended_window
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, number, translate
from interview_journal.core.notes import marker_of
from interview_journal.core.vocabulary import MARKERS_BY_KEY, ROUND_KINDS, label
from interview_journal.storage.journal import Journal, NoteLineWrite
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    NoteLine,
    Person,
    Reminder,
    RoundAttendee,
    utc_now,
)

# A round scheduled this close to now is the one the user is about to sit.
NEAREST_ROUND_WINDOW = timedelta(hours=3)


def round_title(kind: str, company: Company | None) -> str:
    """``"Second interview — Acme"``, or just the kind while no company is named."""
    kind_label = label(ROUND_KINDS, kind)
    return f"{kind_label} — {company.name}" if company else kind_label


@dataclass(frozen=True)
class LiveSession:
    round: InterviewRound
    company: Company | None
    started_at: datetime

    @property
    def title(self) -> str:
        return round_title(self.round.kind, self.company)

    def elapsed_ms(self, now: datetime | None = None) -> int:
        return max(0, int(((now or utc_now()) - self.started_at).total_seconds() * 1000))


@dataclass(frozen=True)
class InterviewDigest:
    """What the notes of one interview add up to, marker by marker (prefixes removed)."""

    highlights: list[str]
    follow_ups: list[str]
    did_not_know: list[str]
    questions: list[str]
    line_count: int


def strip_prefix(text: str) -> str:
    """The line without its marker prefix (``"DK: raft"`` → ``"raft"``)."""
    key = marker_of(text)
    if not key:
        return text.strip()
    stripped = text.lstrip()
    return stripped[len(MARKERS_BY_KEY[key].prefix) :].strip()


@dataclass(frozen=True)
class RefusedLine:
    """A note line the journal would not take, and why (the sentence is for the user)."""

    id: str
    reason: str


@dataclass(frozen=True)
class Attendee:
    person: Person
    role_in_round: str


def person_kind(role: str) -> str:
    """Guess the kind of contact from the role typed (``"recruiter"``, ``"EM"``...)."""
    lowered = role.casefold()
    if "recruit" in lowered or "talent" in lowered or "hr" in lowered.split():
        return "recruiter"
    if "manager" in lowered or lowered.strip() in {"em", "hm", "head", "director", "cto"}:
        return "hiring_manager"
    if lowered.strip():
        return "interviewer"
    return "other"


class LiveService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def company_of(self, interview_round: InterviewRound) -> Company | None:
        if interview_round.application_id is None:
            return None
        application = self.journal.find(Application, interview_round.application_id)
        return None if application is None else self.journal.find(Company, application.company_id)

    def nearest_scheduled_round(self, now: datetime | None = None) -> InterviewRound | None:
        """The not-yet-held round scheduled closest to now, within a few hours."""
        now = now or utc_now()
        best: InterviewRound | None = None
        for candidate in self.journal.records(InterviewRound, ended_at=None):
            if candidate.scheduled_at is None:
                continue
            distance = abs(candidate.scheduled_at - now)
            if distance <= NEAREST_ROUND_WINDOW and (
                best is None or distance < abs(best.scheduled_at - now)  # type: ignore[operator]
            ):
                best = candidate
        return best

    def interrupted_round(self) -> InterviewRound | None:
        """A round started and never ended: the app died during it."""
        started = [
            r
            for r in self.journal.records(InterviewRound, ended_at=None)
            if r.started_at is not None
        ]
        return max(started, key=lambda r: r.started_at or r.created_at, default=None)

    def start(
        self,
        *,
        company_name: str = "",
        kind: str = "other",
        round_id: str | None = None,
        now: datetime | None = None,
    ) -> LiveSession:
        """Start (or resume) a live session.

        With ``round_id`` that round is used; otherwise a new round is created, attached
        to the company named (created on the spot if new) or to none yet.
        """
        now = now or utc_now()
        if round_id is not None:
            interview_round = self.journal.get(InterviewRound, round_id)
        else:
            application_id = None
            company = None
            if company_name.strip():
                company = self._company_named(company_name)
                application_id = self._open_application(company).id
            interview_round = self.journal.add(
                InterviewRound(
                    application_id=application_id,
                    kind=kind if kind in ROUND_KINDS else "other",
                    scheduled_at=now,
                )
            )
        if interview_round.started_at is None:
            interview_round = self.journal.update(
                InterviewRound, interview_round.id, started_at=now
            )
            company = self.company_of(interview_round)
            session = LiveSession(interview_round, company, now)
            record_event(
                self.journal,
                "round_started",
                session.title,
                company_id=company.id if company else None,
                application_id=interview_round.application_id,
                subject_table="interview_round",
                subject_id=interview_round.id,
                occurred_at=now,
            )
            return session
        assert interview_round.started_at is not None
        return LiveSession(
            interview_round, self.company_of(interview_round), interview_round.started_at
        )

    def _company_named(self, name: str) -> Company:
        from interview_journal.core.research import ResearchService

        research = ResearchService(self.journal)
        return research.find_company(name) or research.add_company(name)

    def _open_application(self, company: Company) -> Application:
        open_applications = [
            a
            for a in self.journal.records(Application, company_id=company.id)
            if a.closed_at is None
        ]
        if open_applications:
            return max(open_applications, key=lambda a: a.updated_at)
        return self.journal.add(Application(company_id=company.id, applied_at=utc_now()))

    def lines(self, round_id: str) -> list[NoteLine]:
        return self.journal.note_lines(round_id)

    def save_lines(
        self,
        round_id: str,
        lines: Sequence[tuple[str, float, int, str]],
        deleted_ids: Sequence[str] = (),
    ) -> list[RefusedLine]:
        """Save ``(id, position, elapsed_ms, text)`` lines; markers follow from the text.

        Each line is checked on its own: the valid ones are saved and the ones the journal
        will not take are returned, with the reason, rather than holding every good line
        of the batch hostage to one bad one. Nothing is truncated: a refused line keeps
        its last saved text here, and its new text stays with the caller, who must tell
        the user and keep it until it is fixed. While any line is refused, the deletions
        of the batch wait too (they are not applied): the text of a deleted line may just
        have been joined into the refused one, and would otherwise exist nowhere on disk.
        """
        writes: list[NoteLineWrite] = []
        refused: list[RefusedLine] = []
        for line_id, position, elapsed, text in lines:
            try:
                cleaned = validation.long_text(text, QT_TRANSLATE_NOOP("Validation", "line"))
            except ValidationError as error:
                # Said for the line alone: the rest of the batch is saved.
                length = len(text)
                limit = validation.LONG_TEXT_MAX
                reason = (
                    translate(
                        "LiveService",
                        "It is {length} characters long; the limit is {limit} a line.",
                    ).format(length=number(length), limit=number(limit))
                    if length > limit
                    else str(error)
                )
                refused.append(RefusedLine(line_id, reason))
                continue
            # The marker of the text as stored: a NUL dropped from "Q\x00:" makes it "Q:".
            writes.append(NoteLineWrite(line_id, position, elapsed, marker_of(cleaned), cleaned))
        self.journal.save_note_lines(round_id, writes, () if refused else deleted_ids)
        return refused

    def end(self, round_id: str, now: datetime | None = None) -> InterviewRound:
        """End the round: timeline entry, and a reminder for the follow-up send window."""
        now = now or utc_now()
        interview_round = self.journal.update(InterviewRound, round_id, ended_at=now)
        # In the machine's own zone, so the reminder lands at 18:00 local even across DST.
        window = recommended_window(now)
        company = self.company_of(interview_round)
        self.journal.add(
            Reminder(
                kind="follow_up",
                # Written once, in the user's language at the time: the reminder is theirs.
                title=(
                    translate("LiveService", "Send your follow-up to {company}").format(
                        company=company.name
                    )
                    if company
                    else translate("LiveService", "Send your follow-up")
                ),
                body=translate(
                    "LiveService",
                    "Recap what you discussed and the strengths you want them to remember.",
                ),
                due_at=window.start.astimezone(UTC),
                application_id=interview_round.application_id,
                round_id=round_id,
            )
        )
        # The pad keeps a trailing empty line; only lines with text count, as in the digest.
        lines = sum(1 for line in self.journal.note_lines(round_id) if line.text.strip())
        record_event(
            self.journal,
            "round_held",
            round_title(interview_round.kind, company),
            detail=f"{lines} note line{'s' if lines != 1 else ''}",
            company_id=company.id if company else None,
            application_id=interview_round.application_id,
            subject_table="interview_round",
            subject_id=round_id,
            occurred_at=now,
        )
        return interview_round

    def digest(self, round_id: str) -> InterviewDigest:
        groups: dict[str, list[str]] = {}
        lines = self.journal.note_lines(round_id)
        for line in lines:
            if line.marker and line.text.strip():
                groups.setdefault(line.marker, []).append(strip_prefix(line.text))
        return InterviewDigest(
            highlights=groups.get("highlight", []),
            follow_ups=groups.get("follow_up", []),
            did_not_know=groups.get("did_not_know", []),
            questions=groups.get("question", []),
            line_count=sum(1 for line in lines if line.text.strip()),
        )

    def save_review(
        self,
        round_id: str,
        *,
        how_it_went: str,
        energy: int | None,
        answer_differently: str,
        next_step: str,
    ) -> InterviewRound:
        """The user's own look back at the round, kept with it."""
        if energy is not None and not 1 <= energy <= 5:
            raise ValidationError(translate("LiveService", "Energy is a number from 1 to 5."))
        return self.journal.update(
            InterviewRound,
            round_id,
            self_review=validation.long_text(
                how_it_went, QT_TRANSLATE_NOOP("Validation", "review")
            ),
            energy=energy,
            answer_differently=validation.long_text(
                answer_differently, QT_TRANSLATE_NOOP("Validation", "answer")
            ),
            next_step=validation.short_text(
                next_step, QT_TRANSLATE_NOOP("Validation", "next step")
            ),
        )

    def attendees(self, round_id: str) -> list[Attendee]:
        links = self.journal.records(RoundAttendee, order_by="created_at", round_id=round_id)
        people = [(link, self.journal.find(Person, link.person_id)) for link in links]
        return [Attendee(person, link.role_in_round) for link, person in people if person]

    def add_attendee(self, round_id: str, entry: str) -> Attendee:
        """``"Name, role"`` typed in the room: a contact of the company, linked to the round.

        Someone already known by that name at the company is reused, so a person met in
        two rounds stays one contact.
        """
        name, _, role = entry.partition(",")
        name = validation.required_name(name, QT_TRANSLATE_NOOP("Validation", "person"))
        role = validation.short_text(role, QT_TRANSLATE_NOOP("Validation", "role"))
        interview = self.journal.get(InterviewRound, round_id)
        company = self.company_of(interview)
        company_id = company.id if company else None
        known = [
            p
            for p in self.journal.records(Person, company_id=company_id)
            if p.name.casefold() == name.casefold()
        ]
        person = (
            known[0]
            if known
            else self.journal.add(
                Person(
                    name=name,
                    company_id=company_id,
                    title=role,
                    kind=person_kind(role),
                    last_contact_at=utc_now(),
                )
            )
        )
        if not self.journal.records(RoundAttendee, round_id=round_id, person_id=person.id):
            self.journal.add(
                RoundAttendee(round_id=round_id, person_id=person.id, role_in_round=role)
            )
        return Attendee(person, role)
