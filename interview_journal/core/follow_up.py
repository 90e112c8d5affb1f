"""The thank-you follow-up after an interview: when to send it, and a first draft.

Not minutes after leaving (it reads as written in advance), and not days later: the
evening of the interview day, or the next morning. All rules work on local wall-clock
time, because "evening" is the user's evening: 18:00 stays 18:00 across a change of
daylight-saving time.

There is no weekend rule on purpose: a follow-up sent on a Friday evening or a Saturday
morning waits in an inbox like any other email, and what matters is that it comes
neither from the car park nor a week later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from urllib.parse import quote

from sqlmodel import SQLModel

from interview_journal.core import i18n, validation
from interview_journal.core.activity import checked_moment
from interview_journal.core.contacts import moved_last_contact
from interview_journal.core.errors import ValidationError
from interview_journal.core.events import new_event
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.core.vocabulary import ROUND_KINDS, label
from interview_journal.storage.journal import Journal, utc
from interview_journal.storage.tables import (
    Application,
    Company,
    FollowUp,
    Interaction,
    InterviewRound,
    Person,
    Reminder,
    RoundAttendee,
    utc_now,
)

EVENING_START = time(18, 0)
EVENING_END = time(21, 0)
MORNING_START = time(8, 0)
MORNING_END = time(10, 30)
# A round over by 17:00 leaves at least an hour before the evening slot: enough for the
# email not to read as written in advance. Ending later, wait for the morning.
LATEST_END_FOR_SAME_EVENING = time(17, 0)
# A round ending before 05:00 (it crossed midnight) belongs to the night before: its
# "next morning" is the morning of the same calendar day.
NIGHT_ENDS = time(5, 0)
# Past this long after the round, a thank-you reads as an afterthought; say so gently.
LATE_AFTER = timedelta(days=2)

TOO_SOON, ON_TIME, LATE = "too_soon", "on_time", "late"

QUALITIES_SETTING = "follow_up_qualities"
# The people a follow-up goes to first; a coworker met briefly comes after them.
RECIPIENT_KINDS = ("interviewer", "hiring_manager", "recruiter")


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class SendWindow:
    """The recommended slots after a round, as aware local datetimes.

    ``evening`` is None when the round ended too late (or after midnight) for one.
    """

    ended: datetime
    evening: Slot | None
    morning: Slot

    @property
    def start(self) -> datetime:
        return (self.evening or self.morning).start

    @property
    def end(self) -> datetime:
        return self.morning.end

    @property
    def slots(self) -> tuple[Slot, ...]:
        return (self.evening, self.morning) if self.evening else (self.morning,)

    def verdict(self, moment: datetime) -> str:
        """``"too_soon"``, ``"on_time"`` or ``"late"`` for sending at ``moment``.

        The night between the two slots counts as on time (the email is read in the
        morning), and so does the rest of the day after the morning slot: only after
        :data:`LATE_AFTER` is it late.
        """
        if moment < self.start:
            return TOO_SOON
        return LATE if moment > self.ended + LATE_AFTER else ON_TIME


def _local(moment: datetime, tz: tzinfo | None) -> datetime:
    # Without a zone, the machine's: astimezone() asks the C library, which knows its DST.
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def _wall_clock(day: date, clock: time, tz: tzinfo | None) -> datetime:
    """``day`` at ``clock`` on the local wall clock, with that date's own UTC offset."""
    if tz is not None:
        return datetime.combine(day, clock, tz)
    return datetime.combine(day, clock).astimezone()


def recommended_window(ended: datetime, tz: tzinfo | None = None) -> SendWindow:
    """The send window for a round that ended at ``ended`` (aware).

    ``tz`` is the user's zone (a ``zoneinfo.ZoneInfo``); None means the machine's local
    time. Pass a real zone rather than a fixed offset, or 18:00 drifts by an hour across
    a change of daylight-saving time.
    """
    if ended.tzinfo is None:
        raise ValueError("the end of the interview must carry its timezone")
    local_end = _local(ended, tz)
    day = local_end.date()
    clock = local_end.time()
    evening: Slot | None = None
    if clock < NIGHT_ENDS:
        morning_day = day
    else:
        morning_day = day + timedelta(days=1)
        if clock <= LATEST_END_FOR_SAME_EVENING:
            evening = Slot(_wall_clock(day, EVENING_START, tz), _wall_clock(day, EVENING_END, tz))
    morning = Slot(
        _wall_clock(morning_day, MORNING_START, tz), _wall_clock(morning_day, MORNING_END, tz)
    )
    return SendWindow(local_end, evening, morning)


# ----------------------------------------------------------------- wording
def _day_phrase(day: date, today: date, part: str) -> str:
    offset = (day - today).days
    evening = part == "evening"
    if offset == 0:
        return (
            translate("FollowUp", "this evening")
            if evening
            else translate("FollowUp", "this morning")
        )
    if offset == 1:
        return (
            translate("FollowUp", "tomorrow evening")
            if evening
            else translate("FollowUp", "tomorrow morning")
        )
    if offset == -1:
        return (
            translate("FollowUp", "last night")
            if evening
            else translate("FollowUp", "yesterday morning")
        )
    phrase = (
        translate("FollowUp", "on {day}, in the evening")
        if evening
        else translate("FollowUp", "on {day}, in the morning")
    )
    return phrase.format(day=i18n.short_day(day))


def _clock(moment: datetime) -> str:
    return i18n.clock(moment)


def describe_window(window: SendWindow, now: datetime, tz: tzinfo | None = None) -> str:
    """``"Best sent this evening, 18:00–21:00, or tomorrow morning, 08:00–10:30."``"""
    today = _local(now, tz).date()
    parts = []
    for slot, part in ((window.evening, "evening"), (window.morning, "morning")):
        if slot is not None:
            start, end = _local(slot.start, tz), _local(slot.end, tz)
            phrase = _day_phrase(start.date(), today, part)
            parts.append(
                translate("FollowUp", "{when}, {start}–{end}").format(
                    when=phrase, start=_clock(start), end=_clock(end)
                )
            )
    when = (
        translate("FollowUp", "{first}, or {second}").format(first=parts[0], second=parts[1])
        if len(parts) == 2
        else "".join(parts)
    )
    return translate("FollowUp", "Best sent {when}.").format(when=when)


def _ago(delta: timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return translate("FollowUp", "%n minute(s)", "", minutes)
    hours = minutes // 60
    if hours < 48:
        return translate("FollowUp", "%n hour(s)", "", hours)
    days = hours // 24  # a plain name: lupdate reads no expression in this place
    return translate("FollowUp", "%n day(s)", "", days)


def describe_verdict(window: SendWindow, now: datetime) -> str:
    """One sentence on sending at ``now``: why to wait, that it is time, or a gentle nudge."""
    verdict = window.verdict(now)
    since = now - window.ended
    if verdict == TOO_SOON:
        if since.total_seconds() < 60:
            return translate(
                "FollowUp",
                "Too soon: the interview just ended. Sent now, it reads as "
                "written before you met them; give it until the window opens.",
            )
        return translate(
            "FollowUp",
            "Too soon: the interview ended {ago} ago. Sent now, it reads as "
            "written before you met them; give it until the window opens.",
        ).format(ago=_ago(since))
    if verdict == LATE:
        return translate(
            "FollowUp",
            "It has been {ago} since the interview. A short, warm note is "
            "still worth sending; skip apologising for the delay.",
        ).format(ago=_ago(since))
    if now > window.end:
        return translate(
            "FollowUp", "The best moment has passed, but today is still fine: send it soon."
        )
    return translate("FollowUp", "Now is a good time to send it.")


def mailto_url(recipient: str, subject: str, body: str) -> str:
    """An RFC 6068 ``mailto:`` URL: every field percent-encoded, lines ending in CRLF."""
    address = recipient.strip()
    if address and not looks_like_address(address):
        raise ValidationError(
            translate(
                "FollowUp",
                "“{address}” does not look like an email address; fix the To field "
                "or leave it empty and choose the recipient in your mail client.",
            ).format(address=address[:80])
        )
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fields = []
    if subject:
        fields.append("subject=" + quote(subject, safe=""))
    if body:
        fields.append("body=" + quote("\r\n".join(lines), safe=""))
    # "@" may stay literal in the address part (RFC 6068, section 2).
    url = "mailto:" + quote(address, safe="@")
    return url + ("?" + "&".join(fields) if fields else "")


def looks_like_address(text: str) -> bool:
    local, at, domain = text.rpartition("@")
    return bool(at and local and domain) and not any(c.isspace() or c in ",;<>" for c in text)


# ---------------------------------------------------------------- drafting
@dataclass(frozen=True)
class FollowUpDraft:
    """A follow-up as the composer shows it; ``id`` is None until it is saved."""

    round_id: str
    application_id: str | None
    recipient: str
    subject: str
    body: str
    id: str | None = None
    status: str = "draft"
    sent_at: datetime | None = None

    @property
    def sent(self) -> bool:
        return self.status == "sent"


def _draft_of(row: FollowUp, round_id: str) -> FollowUpDraft:
    return FollowUpDraft(
        round_id=row.round_id or round_id,
        application_id=row.application_id,
        recipient=row.recipient,
        subject=row.subject,
        body=row.body,
        id=row.id,
        status=row.status,
        sent_at=row.sent_at,
    )


def _sent_on(sent_at: datetime | None) -> str:
    """ "02 Jan 19:00" in local time, or nothing when the moment is unknown."""
    return i18n.day_month_clock(sent_at.astimezone()) if sent_at is not None else ""


def _names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return translate("FollowUp", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def _bullets(items: list[str]) -> list[str]:
    return [f"- {' '.join(item.split())}" for item in items if item.strip()]


class FollowUpService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    # ------------------------------------------------------------ context
    def _context(self, round_id: str) -> tuple[InterviewRound, Application | None, Company | None]:
        interview = self.journal.get(InterviewRound, round_id)
        application = (
            self.journal.find(Application, interview.application_id)
            if interview.application_id
            else None
        )
        company = self.journal.find(Company, application.company_id) if application else None
        return interview, application, company

    def qualities(self) -> str:
        """The qualities the user wants every follow-up to stress, one line."""
        return self.journal.setting(QUALITIES_SETTING, "")

    def set_qualities(self, text: str) -> str:
        cleaned = " ".join(
            validation.short_text(
                text, QT_TRANSLATE_NOOP("Validation", "list of qualities")
            ).split()
        )
        self.journal.set_setting(QUALITIES_SETTING, cleaned)
        return cleaned

    def saved(self, round_id: str) -> FollowUp | None:
        rows = self.journal.records(FollowUp, order_by="created_at", round_id=round_id)
        return rows[-1] if rows else None

    # ------------------------------------------------------------ drafting
    def draft(self, round_id: str) -> FollowUpDraft:
        """The saved follow-up of the round, or a fresh draft from its notes."""
        row = self.saved(round_id)
        return _draft_of(row, round_id) if row else self.compose(round_id)

    def compose(self, round_id: str, qualities: str | None = None) -> FollowUpDraft:
        """A fresh draft from the round's notes, people and the qualities to stress."""
        from interview_journal.core.live import LiveService

        live = LiveService(self.journal)
        interview, application, company = self._context(round_id)
        digest = live.digest(round_id)
        attendees = live.attendees(round_id)
        qualities = self.qualities() if qualities is None else qualities
        role = application.role.strip() if application else ""
        kind = label(ROUND_KINDS, interview.kind).lower()

        # The draft is the user's own letter, in their language: every sentence translates.
        if role and company:
            about = translate("FollowUp", "the {role} role at {company}")
        elif role:
            about = translate("FollowUp", "the {role} role")
        elif company:
            about = translate("FollowUp", "the role at {company}")
        else:
            about = translate("FollowUp", "the role")
        about = about.format(role=role, company=company.name if company else "")
        subject = translate("FollowUp", "Thank you for the {kind}").format(kind=kind)
        if company:
            subject += f" — {company.name}"

        names = _names([a.person.name for a in attendees])
        lines = [
            translate("FollowUp", "Hello {names},").format(names=names)
            if names
            else translate("FollowUp", "Hello,"),
            "",
        ]
        lines.append(
            translate(
                "FollowUp", "Thank you for the time you gave me in our {kind} about {about}."
            ).format(kind=kind, about=about)
        )
        highlights = _bullets(digest.highlights)
        if highlights:
            lines += [
                "",
                translate("FollowUp", "What stayed with me from our conversation:"),
                *highlights,
            ]
        follow_ups = _bullets(digest.follow_ups)
        if follow_ups:
            lines += [
                "",
                translate("FollowUp", "As promised, here is what I said I would follow up on:"),
                *follow_ups,
            ]
        if qualities.strip():
            lines += [
                "",
                translate(
                    "FollowUp",
                    "I left even more convinced that my {qualities} would serve the team well.",
                ).format(qualities=" ".join(qualities.split())),
            ]
        lines += [
            "",
            translate("FollowUp", "I look forward to hearing about the next steps."),
            "",
            translate("FollowUp", "Best regards,"),
        ]

        recipient = ""
        ranked = sorted(
            (a for a in attendees if a.person.email.strip()),
            key=lambda a: a.person.kind not in RECIPIENT_KINDS,
        )
        if ranked:
            recipient = ranked[0].person.email.strip()
        return FollowUpDraft(
            round_id=round_id,
            application_id=interview.application_id,
            recipient=recipient,
            subject=subject,
            body="\n".join(lines),
        )

    def save_draft(
        self,
        round_id: str,
        *,
        recipient: str,
        subject: str,
        body: str,
        now: datetime | None = None,
    ) -> FollowUpDraft:
        """Save the composer's text; the first save puts "follow-up drafted" on the timeline.

        A follow-up marked as sent keeps the text that was sent: saving over it is refused.
        """
        now = checked_moment(now or utc_now(), QT_TRANSLATE_NOOP("Validation", "time of the draft"))
        recipient = validation.short_text(recipient, QT_TRANSLATE_NOOP("Validation", "recipient"))
        # A subject is one line: a pasted line break would end the mail header early.
        subject = " ".join(
            validation.short_text(subject, QT_TRANSLATE_NOOP("Validation", "subject")).split()
        )
        body = validation.long_text(body, QT_TRANSLATE_NOOP("Validation", "follow-up"))
        interview, _application, company = self._context(round_id)
        row = self.saved(round_id)
        if row is not None and row.status == "sent":
            sent_on = _sent_on(row.sent_at)
            raise ValidationError(
                (
                    translate(
                        "FollowUp",
                        "This follow-up was sent on {moment}; the journal keeps the text "
                        "that was sent, so it cannot be changed.",
                    )
                    if sent_on
                    else translate(
                        "FollowUp",
                        "This follow-up was sent; the journal keeps the text "
                        "that was sent, so it cannot be changed.",
                    )
                ).format(moment=sent_on)
            )
        if row is not None:
            updated = self.journal.update(
                FollowUp, row.id, recipient=recipient, subject=subject, body=body
            )
            return _draft_of(updated, round_id)
        follow_up = FollowUp(
            application_id=interview.application_id,
            round_id=round_id,
            recipient=recipient,
            subject=subject,
            body=body,
            created_at=now,
            updated_at=now,
        )
        event = new_event(
            "follow_up_drafted",
            self._title(recipient, company),
            detail=subject,
            company_id=company.id if company else None,
            application_id=interview.application_id,
            subject_table="follow_up",
            subject_id=follow_up.id,
            occurred_at=now,
        )
        self.journal.add_all([follow_up, event])
        return _draft_of(follow_up, round_id)

    def _recipient_person(self, recipient: str, round_id: str | None) -> Person | None:
        address = recipient.strip().casefold()
        if not address:
            return None
        candidates: list[Person] = []
        if round_id:
            links = self.journal.records(RoundAttendee, round_id=round_id)
            found = self.journal.records_by_id(Person, [link.person_id for link in links])
            candidates = list(found.values())
        matches = [p for p in candidates if p.email.strip().casefold() == address]
        if not matches:
            # Addresses are compared ignoring case (Anna@Example.com is anna@example.com),
            # which an equality filter in the query would not do; a click reads ~1,000 rows.
            matches = [
                p for p in self.journal.records(Person) if p.email.strip().casefold() == address
            ]
        return matches[0] if matches else None

    def _title(self, recipient: str, company: Company | None, person: Person | None = None) -> str:
        who = person.name if person else recipient.strip()
        title = f"To {who}" if who else "Follow-up"
        return f"{title} — {company.name}" if company else title

    # ------------------------------------------------------------- timing
    def window(self, round_id: str, tz: tzinfo | None = None) -> SendWindow | None:
        """The send window of the round, or None while it has not ended."""
        interview = self.journal.get(InterviewRound, round_id)
        if interview.ended_at is None:
            return None
        return recommended_window(interview.ended_at, tz)

    def verdict(self, round_id: str, now: datetime | None = None, tz: tzinfo | None = None) -> str:
        """Sending now: ``too_soon``, ``on_time`` or ``late``; ``on_time`` before the end."""
        window = self.window(round_id, tz)
        # A naive ``now`` is taken as UTC, as everywhere in the journal.
        return ON_TIME if window is None else window.verdict(utc(now or utc_now()))

    def mailto_url(self, draft: FollowUpDraft) -> str:
        if not draft.body.strip() and not draft.subject.strip():
            raise ValidationError(
                translate("FollowUp", "The follow-up is empty; write a few lines first.")
            )
        return mailto_url(draft.recipient, draft.subject, draft.body)

    # ------------------------------------------------------------ sending
    def mark_sent(self, follow_up_id: str, now: datetime | None = None) -> FollowUpDraft:
        """Record the follow-up as sent: on the timeline, as a contact, reminders done.

        Everything is written in one transaction: all of it, or nothing.
        """
        now = checked_moment(now or utc_now(), QT_TRANSLATE_NOOP("Validation", "time it was sent"))
        row = self.journal.get(FollowUp, follow_up_id)
        if row.status == "sent":
            sent_on = _sent_on(row.sent_at)
            raise ValidationError(
                (
                    translate("FollowUp", "This follow-up is already marked as sent on {moment}.")
                    if sent_on
                    else translate("FollowUp", "This follow-up is already marked as sent.")
                ).format(moment=sent_on)
            )
        if not row.body.strip():
            raise ValidationError(
                translate("FollowUp", "The follow-up is empty; write a few lines first.")
            )
        company: Company | None = None
        if row.application_id:
            application = self.journal.find(Application, row.application_id)
            company = self.journal.find(Company, application.company_id) if application else None
        person = self._recipient_person(row.recipient, row.round_id)

        row.status, row.sent_at, row.updated_at = "sent", now, utc_now()
        changes: list[SQLModel] = [row]
        changes.append(
            Interaction(
                application_id=row.application_id,
                person_id=person.id if person else None,
                direction="out",
                channel="email",
                kind="follow_up",
                occurred_at=now,
                summary=row.subject,
            )
        )
        changes.append(
            new_event(
                "follow_up_sent",
                self._title(row.recipient, company, person),
                detail=row.subject,
                company_id=company.id if company else None,
                application_id=row.application_id,
                subject_table="follow_up",
                subject_id=row.id,
                occurred_at=now,
            )
        )
        moved = moved_last_contact(person, now)
        if moved is not None:
            changes.append(moved)
        if row.round_id:
            for reminder in self.journal.records(
                Reminder, round_id=row.round_id, kind="follow_up", done_at=None
            ):
                reminder.done_at, reminder.updated_at = now, utc_now()
                changes.append(reminder)
        # Detached rows changed above are written back by the same commit as the new ones.
        self.journal.add_all(changes)
        return _draft_of(self.journal.get(FollowUp, follow_up_id), row.round_id or "")
