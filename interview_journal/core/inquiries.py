"""Every contact in or out, and the restraint guard before a status inquiry.

Asking "has a decision been made?" too soon or too often hurts a candidate. The guard
is a pure rule over dates (:func:`check_status_inquiry`); it warns and says why, and the
user may still go on. Days are counted on the user's calendar (local dates), so an
inquiry on Monday evening and the next on the following Monday morning are 7 days
apart, whatever the hours and any change of daylight-saving time in between.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlmodel import SQLModel

from interview_journal.core import validation
from interview_journal.core.activity import checked_moment
from interview_journal.core.contacts import moved_last_contact
from interview_journal.core.events import new_event
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from interview_journal.core.thresholds import Thresholds, ThresholdService
from interview_journal.core.vocabulary import CHANNELS, DIRECTIONS, INTERACTION_KINDS
from interview_journal.storage.journal import Journal, utc
from interview_journal.storage.tables import (
    Application,
    Company,
    Interaction,
    InterviewRound,
    Person,
    utc_now,
)

STATUS_INQUIRY = "status_inquiry"


@dataclass(frozen=True)
class InquiryCheck:
    """The guard's answer: ``ok`` when nothing speaks against asking now."""

    ok: bool
    reasons: tuple[str, ...] = ()


def _local_day(moment: datetime, tz: tzinfo | None) -> date:
    # Without a zone, the machine's own (astimezone() knows its DST rules).
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


def _days(count: int) -> str:
    return translate("Inquiries", "%n day(s)", "", count)


def _times(count: int) -> str:
    if count == 1:
        return translate("Inquiries", "once")
    if count == 2:
        return translate("Inquiries", "twice")
    return translate("Inquiries", "%n times", "", count)


def check_status_inquiry(
    now: datetime,
    last_round_end: datetime | None,
    previous_inquiries: list[datetime],
    thresholds: Thresholds,
    tz: tzinfo | None = None,
) -> InquiryCheck:
    """Whether a status inquiry at ``now`` comes too soon or is one too many.

    ``previous_inquiries`` are the process's earlier status inquiries (any later than
    ``now`` are ignored: the user may be logging one from last week). ``tz`` is the
    user's zone; None means the machine's.
    """
    today = _local_day(now, tz)
    reasons: list[str] = []
    if last_round_end is not None and last_round_end <= now:
        since = (today - _local_day(last_round_end, tz)).days
        wanted = thresholds.inquiry_min_days_after_round
        if since < wanted:
            reasons.append(
                (
                    translate("Inquiries", "The interview was today; give them at least {wanted}.")
                    if since == 0
                    else translate(
                        "Inquiries",
                        "Only {since} since the interview; give them at least {wanted}.",
                    )
                ).format(since=_days(since), wanted=_days(wanted))
            )
    earlier = sorted(moment for moment in previous_inquiries if moment <= now)
    if earlier:
        since = (today - _local_day(earlier[-1], tz)).days
        wanted = thresholds.inquiry_min_days_between
        if since < wanted:
            if since == 0:
                ago = translate("Inquiries", "earlier today")
            elif since == 1:
                ago = translate("Inquiries", "yesterday")
            else:
                ago = translate("Inquiries", "{days} ago").format(days=_days(since))
            reasons.append(
                translate(
                    "Inquiries",
                    "Your last status inquiry was {ago}; wait at least {wanted} between them.",
                ).format(ago=ago, wanted=_days(wanted))
            )
    limit = thresholds.inquiry_max_per_process
    if len(earlier) >= limit:
        reasons.append(
            translate(
                "Inquiries",
                "You already asked {times} in this process; the limit you set is {limit}.",
            ).format(times=_times(len(earlier)), limit=limit)
        )
    return InquiryCheck(not reasons, tuple(reasons))


@dataclass(frozen=True)
class LoggedContact:
    """One contact of a process, with the name of the person (empty when none)."""

    interaction: Interaction
    person_name: str


class InteractionService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def _company(self, application_id: str | None) -> Company | None:
        if application_id is None:
            return None
        application = self.journal.get(Application, application_id)
        return self.journal.find(Company, application.company_id)

    def contacts(self, application_id: str | None) -> list[Person]:
        """The people of the process's company, by name, to pick whom a contact was with."""
        company = self._company(application_id)
        if company is None:
            return []
        people = self.journal.records(Person, company_id=company.id)
        return sorted(people, key=lambda person: person.name.casefold())

    def previous_inquiries(
        self, application_id: str, before: datetime | None = None
    ) -> list[datetime]:
        """When the user asked this process for news, oldest first."""
        rows = self.journal.records(
            Interaction,
            order_by="occurred_at",
            application_id=application_id,
            kind=STATUS_INQUIRY,
            direction="out",
        )
        limit = None if before is None else utc(before)
        return [r.occurred_at for r in rows if limit is None or r.occurred_at <= limit]

    def last_round_end(
        self, application_id: str, before: datetime | None = None
    ) -> datetime | None:
        limit = None if before is None else utc(before)
        ends = [
            r.ended_at
            for r in self.journal.records(InterviewRound, application_id=application_id)
            if r.ended_at is not None and (limit is None or r.ended_at <= limit)
        ]
        return max(ends, default=None)

    def check(
        self, application_id: str, now: datetime | None = None, tz: tzinfo | None = None
    ) -> InquiryCheck:
        """The restraint guard for a status inquiry to this process at ``now`` (naive: UTC)."""
        now = utc(now or utc_now())
        self.journal.get(Application, application_id)
        return check_status_inquiry(
            now,
            self.last_round_end(application_id, before=now),
            self.previous_inquiries(application_id, before=now),
            ThresholdService(self.journal).load(),
            tz,
        )

    def log(
        self,
        application_id: str | None,
        *,
        person_id: str | None = None,
        direction: str,
        channel: str,
        kind: str,
        summary: str,
        occurred_at: datetime | None = None,
    ) -> Interaction:
        """Record a contact, put it on the timeline and refresh the person's last contact.

        The guard is not applied here: it warns in the dialog, and the user decides.
        """
        direction = validation.one_of(
            direction, DIRECTIONS, QT_TRANSLATE_NOOP("Validation", "who made the contact")
        )
        channel = validation.one_of(
            channel, CHANNELS, QT_TRANSLATE_NOOP("Validation", "how the contact happened")
        )
        kind = validation.one_of(
            kind, INTERACTION_KINDS, QT_TRANSLATE_NOOP("Validation", "a kind of contact")
        )
        summary = validation.long_text(summary, QT_TRANSLATE_NOOP("Validation", "summary"))
        occurred_at = checked_moment(
            occurred_at or utc_now(), QT_TRANSLATE_NOOP("Validation", "time of the contact")
        )
        company = self._company(application_id)
        person = self.journal.get(Person, person_id) if person_id else None

        interaction = Interaction(
            application_id=application_id,
            person_id=person.id if person else None,
            direction=direction,
            channel=channel,
            kind=kind,
            summary=summary,
            occurred_at=occurred_at,
        )
        if kind == STATUS_INQUIRY and direction == "out":
            event_kind = STATUS_INQUIRY
        else:
            event_kind = "contact_in" if direction == "in" else "contact_out"
        who = person.name if person else (company.name if company else "")
        title = ("From " if direction == "in" else "To ") + (who or "a contact")
        if person and company:
            title += f" — {company.name}"
        changes: list[SQLModel] = [
            interaction,
            new_event(
                event_kind,
                title,
                detail=summary,
                company_id=company.id if company else None,
                application_id=application_id,
                subject_table="interaction",
                subject_id=interaction.id,
                occurred_at=occurred_at,
            ),
        ]
        moved = moved_last_contact(person, occurred_at)
        if moved is not None:
            changes.append(moved)
        # One commit: the contact, its timeline entry and the person, or none of them.
        self.journal.add_all(changes)
        return interaction

    def history(self, application_id: str) -> list[LoggedContact]:
        """Every contact of the process, newest first."""
        rows = self.journal.records(
            Interaction, order_by="occurred_at", descending=True, application_id=application_id
        )
        people = self.journal.records_by_id(
            Person, [r.person_id for r in rows if r.person_id is not None]
        )
        return [
            LoggedContact(r, people[r.person_id].name if r.person_id in people else "")
            for r in rows
        ]
