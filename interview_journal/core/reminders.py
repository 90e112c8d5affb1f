"""Everything due, in one place: follow-ups, deadlines, stay-in-touch, quiet processes,
rounds ahead.

Two sources, one list:

* stored :class:`Reminder` rows are the truth for kinds ``follow_up`` (written when a round
  ends), ``prepare`` and ``other`` (the user's own); rows of other kinds are ignored;
* everything else is derived each time from the journal, so it can never disagree with
  it: stay-in-touch (a person's cadence and last contact), offer deadlines (an open
  offer's deadline), gone-quiet processes (:func:`open_processes`) and rounds coming up.

A derived item has no row to change, so snoozing and dismissing it are journal settings
keyed by the item's stable key (``reminder_snooze:<key>``, ``reminder_dismissed:<key>``):
they travel with the journal, and a dismissal only holds while the item's due moment is
the one dismissed (a process that moves and goes quiet again comes back).

Every method takes ``now``; its time zone is the user's, for "today" and for the
snooze presets (``None``: the system's local zone).
"""

from __future__ import annotations

import time as c_time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from interview_journal.core import validation
from interview_journal.core.activity import checked_moment, open_processes
from interview_journal.core.contacts import ContactService, stay_in_touch_due
from interview_journal.core.errors import ValidationError
from interview_journal.core.i18n import (
    QT_TRANSLATE_NOOP,
    clock,
    day_text,
    number,
    translate,
    weekday_name,
)
from interview_journal.core.offers import OFFER_OPEN_STATUSES, offer_reminder_due
from interview_journal.core.thresholds import Thresholds, ThresholdService
from interview_journal.core.vocabulary import REMINDER_KINDS, ROUND_KINDS, label
from interview_journal.storage.errors import RecordNotFoundError
from interview_journal.storage.journal import Journal, utc
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    Offer,
    Person,
    Reminder,
    Setting,
)

__all__ = [
    "GROUP_LABELS",
    "HORIZON_DAYS",
    "ReminderItem",
    "ReminderService",
    "due_in_words",
    "group_label",
    "group_of",
    "snooze_presets",
]

# What the list shows ahead of today.
HORIZON_DAYS = 7
# Stored rows of these kinds are the truth; rows of the derived kinds are left alone.
STORED_KINDS: frozenset[str] = frozenset({"follow_up", "prepare", "other"})
USER_KINDS: frozenset[str] = frozenset({"other", "prepare"})
SNOOZE_PREFIX = "reminder_snooze:"
DISMISS_PREFIX = "reminder_dismissed:"
# Snooze presets land at this local hour.
MORNING = time(9, 0)

GROUPS: tuple[str, ...] = ("overdue", "today", "upcoming")
# English, marked for translation: :func:`group_label` gives them in the user's language.
GROUP_LABELS: dict[str, str] = {
    "overdue": QT_TRANSLATE_NOOP("Reminders", "Overdue"),
    "today": QT_TRANSLATE_NOOP("Reminders", "Today"),
    "upcoming": QT_TRANSLATE_NOOP("Reminders", "Coming up"),
}
_CONTEXT = "Reminders"


def group_label(group: str) -> str:
    """The heading of a group (:data:`GROUPS`) in the user's language."""
    return translate(_CONTEXT, GROUP_LABELS.get(group, group))


Target = tuple[str, str]


@dataclass(frozen=True)
class ReminderItem:
    """One thing due, whatever its source.

    ``target`` says what acting on it opens: ``("follow_up", round_id)``,
    ``("timeline_application", application_id)``, ``("offer", offer_id)``,
    ``("person", person_id)`` or ``("company", company_id)``.
    """

    key: str
    kind: str
    title: str
    detail: str
    due_at: datetime
    company_id: str | None
    company_name: str
    target: Target
    # A deadline that is a date, not a moment: shown without a time of day.
    all_day: bool = False
    # False for gone-quiet processes: they are closed or dismissed, not "done".
    completable: bool = True
    snoozed: bool = False
    application_id: str | None = None
    # The derived due moment before any snooze; a dismissal holds while it is unchanged.
    basis: str = ""
    # An offer's answer-by day: the reminder comes ``notice`` days earlier, but the item
    # is overdue only once this day has passed (see :func:`group_of`).
    deadline: date | None = None
    # A quiet process's days without an exchange (None for other kinds).
    quiet_days: int | None = None

    @property
    def stored(self) -> bool:
        return self.key.startswith("reminder:")

    @property
    def kind_label(self) -> str:
        return label(REMINDER_KINDS, self.kind)

    def is_due(self, now: datetime) -> bool:
        return self.due_at <= utc(now)

    def group(self, now: datetime) -> str:
        return group_of(self.due_at, now, deadline=self.deadline)

    def due_words(self, now: datetime) -> str:
        """What the list shows on the right: "due tomorrow", "answer in 2 days"…"""
        return due_in_words(self.due_at, now, all_day=self.all_day, deadline=self.deadline)


# ------------------------------------------------------------------ pure rules
def _zone(now: datetime) -> tzinfo:
    return now.tzinfo or UTC


def local_now(now: datetime | None) -> datetime:
    """``now`` as given (naive taken as UTC), or the system's local time."""
    if now is None:
        return datetime.now().astimezone()
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


def _is_system_zone(zone: tzinfo) -> bool:
    # ``datetime.now().astimezone()`` (what :func:`local_now` gives without a ``now``)
    # carries the machine's zone as a fixed offset named like the C library's zone ("CET"
    # or "CEST"); that offset is today's, not the one of a day across a change of
    # daylight-saving time.
    return isinstance(zone, timezone) and zone.tzname(None) in c_time.tzname


def wall_clock(day: date, clock: time, zone: tzinfo) -> datetime:
    """``day`` at ``clock`` on the local wall clock of ``zone``, with that day's offset."""
    if _is_system_zone(zone):
        return datetime.combine(day, clock).astimezone()
    return datetime.combine(day, clock, tzinfo=zone)


def _in_zone(moment: datetime, zone: tzinfo) -> datetime:
    return utc(moment).astimezone() if _is_system_zone(zone) else utc(moment).astimezone(zone)


def day_start(day: date, zone: tzinfo) -> datetime:
    return wall_clock(day, time(0, 0), zone)


def group_of(due_at: datetime, now: datetime, *, deadline: date | None = None) -> str:
    """``overdue`` before today (in ``now``'s zone), ``today``, or ``upcoming`` after it.

    With a ``deadline`` (an offer's answer-by day, reminded of a few days ahead), a
    reminder that is due is ``today`` ("due now") until the deadline itself has passed,
    and only then ``overdue``.
    """
    today = now.date()
    if deadline is not None and utc(due_at) <= utc(now):
        return "overdue" if deadline < today else "today"
    due_day = _in_zone(due_at, _zone(now)).date()
    if due_day < today:
        return "overdue"
    return "today" if due_day == today else "upcoming"


def due_in_words(
    due_at: datetime, now: datetime, *, all_day: bool = False, deadline: date | None = None
) -> str:
    """ "due today 18:00", "due tomorrow", "due in 3 days", "3 days overdue" (in ``now``'s zone).

    With a ``deadline``, the words count to it: "answer today", "answer tomorrow",
    "answer in 2 days", and "1 day overdue" only once the deadline has passed.
    """
    if deadline is not None:
        left = (deadline - now.date()).days
        if left == 0:
            return translate("Reminders", "answer today")
        if left == 1:
            return translate("Reminders", "answer tomorrow")
        if left > 1:
            return translate("Reminders", "answer in %n day(s)", "", left)
        return translate("Reminders", "%n day(s) overdue", "", -left)
    local = _in_zone(due_at, _zone(now))
    days = (local.date() - now.date()).days
    if days > 6:
        return translate("Reminders", "due in %n day(s)", "", days)
    if days < 0:
        return translate("Reminders", "%n day(s) overdue", "", -days)
    if all_day:
        if days == 0:
            return translate("Reminders", "due today")
        if days == 1:
            return translate("Reminders", "due tomorrow")
        return translate("Reminders", "due {weekday}").format(weekday=weekday_name(local.date()))
    at = clock(local)
    if days == 0:
        return translate("Reminders", "due today {time}").format(time=at)
    if days == 1:
        return translate("Reminders", "due tomorrow {time}").format(time=at)
    return translate("Reminders", "due {weekday} {time}").format(
        weekday=weekday_name(local.date()), time=at
    )


def snooze_presets(now: datetime) -> list[tuple[str, datetime]]:
    """Tomorrow morning and next week's Monday morning, in ``now``'s zone, as UTC moments."""
    zone = _zone(now)
    tomorrow = now.date() + timedelta(days=1)
    monday = now.date() + timedelta(days=7 - now.weekday())
    if (monday - tomorrow).days < 1:
        monday += timedelta(days=7)  # on a Sunday "next week" is not tomorrow
    return [
        (translate("Reminders", "Tomorrow"), wall_clock(tomorrow, MORNING, zone).astimezone(UTC)),
        (translate("Reminders", "Next week"), wall_clock(monday, MORNING, zone).astimezone(UTC)),
    ]


def _role_at(role: str, company: str) -> str:
    """ "Designer at Acme", or whichever of the two is known."""
    if role and company:
        return translate("Reminders", "{role} at {company}").format(role=role, company=company)
    return role or company


# ------------------------------------------------------------------ the service
@dataclass(frozen=True)
class _Context:
    now: datetime
    thresholds: Thresholds
    companies: dict[str, str]
    applications: dict[str, Application]
    snoozes: dict[str, datetime]
    dismissed: dict[str, str]


class ReminderService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    # ------------------------------------------------------------ reading
    def items(self, now: datetime | None = None) -> list[ReminderItem]:
        """Overdue items and those due within :data:`HORIZON_DAYS`, soonest first."""
        moment = local_now(now)
        context = self._context(moment)
        horizon = utc(moment) + timedelta(days=HORIZON_DAYS)
        found: list[ReminderItem] = []
        for source in (
            self._stored(context),
            self._stay_in_touch(context),
            self._offers(context),
            self._quiet(context),
            self._rounds(context),
        ):
            for item in source:
                shown = self._with_user_choices(item, context)
                if shown is not None and shown.due_at <= horizon:
                    found.append(shown)
        found.sort(key=lambda item: (item.due_at, item.title.casefold(), item.key))
        return found

    def grouped(self, now: datetime | None = None) -> list[tuple[str, list[ReminderItem]]]:
        """The items in the groups :data:`GROUPS` (only groups that have items)."""
        moment = local_now(now)
        by_group: dict[str, list[ReminderItem]] = {group: [] for group in GROUPS}
        for item in self.items(moment):
            by_group[item.group(moment)].append(item)
        return [(group, by_group[group]) for group in GROUPS if by_group[group]]

    def due_count(self, now: datetime | None = None) -> int:
        """How many items are due now or overdue (the count in the navigation)."""
        moment = local_now(now)
        return sum(1 for item in self.items(moment) if item.is_due(moment))

    def item(self, key: str, now: datetime | None = None) -> ReminderItem:
        for found in self.items(now):
            if found.key == key:
                return found
        raise RecordNotFoundError(translate("Reminders", "That reminder is no longer due."))

    # ------------------------------------------------------------ acting
    def add(
        self,
        title: str,
        due_at: datetime,
        *,
        body: str = "",
        kind: str = "other",
        application_id: str | None = None,
        person_id: str | None = None,
        round_id: str | None = None,
        now: datetime | None = None,
    ) -> Reminder:
        """A reminder of the user's own; due from today on."""
        cleaned = " ".join(
            validation.short_text(title, QT_TRANSLATE_NOOP("Validation", "reminder")).split()
        )
        if not cleaned:
            raise ValidationError(translate("Reminders", "Say what to be reminded of."))
        if len(cleaned) > validation.NAME_MAX:
            raise ValidationError(
                translate(
                    "Reminders",
                    "The reminder is {length} characters long; "
                    "keep it under {limit} and put the rest in the details.",
                ).format(length=number(len(cleaned)), limit=validation.NAME_MAX)
            )
        if kind not in USER_KINDS:
            raise ValidationError(
                translate("Reminders", "A reminder of your own cannot be of kind “{kind}”.").format(
                    kind=validation.shown(kind)
                )
            )
        due_at = checked_moment(due_at, QT_TRANSLATE_NOOP("Validation", "reminder's time"))
        moment = local_now(now)
        if due_at < day_start(moment.date(), _zone(moment)).astimezone(UTC):
            raise ValidationError(
                translate("Reminders", "That day has passed; choose today or a later day.")
            )
        for model, record_id in (
            (Application, application_id),
            (Person, person_id),
            (InterviewRound, round_id),
        ):
            if record_id is not None:
                self.journal.get(model, record_id)
        return self.journal.add(
            Reminder(
                kind=kind,
                title=cleaned,
                body=validation.short_text(
                    body, QT_TRANSLATE_NOOP("Validation", "reminder's details")
                ),
                due_at=utc(due_at),
                application_id=application_id,
                person_id=person_id,
                round_id=round_id,
            )
        )

    def complete(self, key: str, now: datetime | None = None) -> None:
        """Mark done: a stored reminder gets ``done_at``; a stay-in-touch logs the contact;
        an offer deadline or an upcoming round is dismissed; a quiet process refuses."""
        moment = local_now(now)
        source, _, record_id = key.partition(":")
        if source == "reminder":
            self.journal.update(Reminder, record_id, done_at=utc(moment))
        elif source == "contact":
            ContactService(self.journal).mark_contacted(record_id, now=utc(moment))
            self._forget(key)
        elif source == "quiet":
            raise ValidationError(
                translate(
                    "Reminders",
                    "A quiet process is not done: close it as no response, or dismiss it.",
                )
            )
        elif source in ("offer", "round"):
            self.dismiss(key, moment)
        else:
            raise RecordNotFoundError(translate("Reminders", "That reminder is no longer due."))

    def dismiss(self, key: str, now: datetime | None = None) -> None:
        """Hide an item: a stored one is done; a derived one until its due moment changes."""
        if key.startswith("reminder:"):
            self.complete(key, now)
            return
        found = self.item(key, now)
        self.journal.set_setting(DISMISS_PREFIX + key, found.basis)

    def snooze(self, key: str, until: datetime, now: datetime | None = None) -> None:
        """Move an item to ``until``: a stored reminder's ``due_at``; a derived one's setting."""
        moment = local_now(now)
        until = checked_moment(until, QT_TRANSLATE_NOOP("Validation", "snooze time"))
        if until <= utc(moment):
            raise ValidationError(translate("Reminders", "Snooze to a later time."))
        source, _, record_id = key.partition(":")
        if source == "reminder":
            self.journal.update(Reminder, record_id, due_at=until)
            return
        if source not in ("contact", "offer", "quiet", "round"):
            raise RecordNotFoundError(translate("Reminders", "That reminder is no longer due."))
        self.item(key, moment)  # a derived item that is gone leaves no setting behind
        self.journal.set_setting(SNOOZE_PREFIX + key, until.isoformat())

    def _forget(self, key: str) -> None:
        # A stay-in-touch that was acted on starts a new cycle: no old snooze applies.
        for prefix in (SNOOZE_PREFIX, DISMISS_PREFIX):
            if self.journal.find(Setting, prefix + key) is not None:
                self.journal.delete(Setting, prefix + key)

    # ------------------------------------------------------------ sources
    def _context(self, now: datetime) -> _Context:
        snoozes: dict[str, datetime] = {}
        dismissed: dict[str, str] = {}
        for setting in self.journal.records(Setting):
            if setting.key.startswith(SNOOZE_PREFIX):
                try:
                    snoozes[setting.key[len(SNOOZE_PREFIX) :]] = utc(
                        datetime.fromisoformat(setting.value)
                    )
                except ValueError:
                    continue  # a damaged value: as if never snoozed
            elif setting.key.startswith(DISMISS_PREFIX):
                dismissed[setting.key[len(DISMISS_PREFIX) :]] = setting.value
        return _Context(
            now=now,
            thresholds=ThresholdService(self.journal).load(),
            companies={c.id: c.name for c in self.journal.records(Company)},
            applications={},
            snoozes=snoozes,
            dismissed=dismissed,
        )

    def _applications(self, context: _Context, ids: Iterable[str | None]) -> None:
        wanted = {i for i in ids if i and i not in context.applications}
        if wanted:
            context.applications.update(self.journal.records_by_id(Application, wanted))

    def _company_of(self, context: _Context, application_id: str | None) -> tuple[str | None, str]:
        application = context.applications.get(application_id or "")
        if application is None:
            return None, ""
        return application.company_id, context.companies.get(application.company_id, "")

    def _with_user_choices(self, item: ReminderItem, context: _Context) -> ReminderItem | None:
        if item.stored:
            return item
        if context.dismissed.get(item.key) == item.basis:
            return None
        until = context.snoozes.get(item.key)
        if until is not None and until > item.due_at:
            return replace(item, due_at=until, snoozed=True)
        return item

    def _stored(self, context: _Context) -> list[ReminderItem]:
        reminders = [
            r for r in self.journal.records(Reminder, done_at=None) if r.kind in STORED_KINDS
        ]
        self._applications(context, (r.application_id for r in reminders))
        round_ids = {r.round_id for r in reminders if r.kind == "prepare" and r.round_id}
        rounds = self.journal.records_by_id(InterviewRound, round_ids)
        items = []
        for reminder in reminders:
            if reminder.kind == "prepare" and reminder.round_id:
                prepared = rounds.get(reminder.round_id)
                if prepared is None or prepared.ended_at is not None:
                    continue  # the round took place (or is gone): nothing left to prepare
            company_id, company_name = self._company_of(context, reminder.application_id)
            items.append(
                ReminderItem(
                    key=f"reminder:{reminder.id}",
                    kind=reminder.kind,
                    title=reminder.title or label(REMINDER_KINDS, reminder.kind),
                    detail=" ".join(reminder.body.split()),
                    due_at=utc(reminder.due_at),
                    company_id=company_id,
                    company_name=company_name,
                    target=_stored_target(reminder, company_id),
                    application_id=reminder.application_id,
                )
            )
        return items

    def _stay_in_touch(self, context: _Context) -> list[ReminderItem]:
        items = []
        now = utc(context.now)
        for person in self.journal.records(Person):
            if not person.stay_in_touch_days:
                continue
            due = stay_in_touch_due(
                person.last_contact_at, person.stay_in_touch_days, person.created_at
            )
            if due is None:
                continue
            company = context.companies.get(person.company_id or "", "")
            role = _role_at(person.title, company)
            if person.last_contact_at is not None:
                days = max(0, (now - utc(person.last_contact_at)).days)
                contact = translate("Reminders", "last contact %n day(s) ago", "", days)
            else:
                contact = translate("Reminders", "no contact logged yet")
            cadence = person.stay_in_touch_days  # a plain name, which lupdate can read
            every = translate("Reminders", "every %n day(s)", "", cadence)
            detail = " · ".join(part for part in (role, contact, every) if part)
            items.append(
                ReminderItem(
                    key=f"contact:{person.id}",
                    kind="stay_in_touch",
                    title=translate("Reminders", "Get back in touch with {name}").format(
                        name=person.name
                    ),
                    detail=detail,
                    due_at=utc(due),
                    company_id=person.company_id,
                    company_name=company,
                    target=("person", person.id),
                    basis=utc(due).isoformat(),
                )
            )
        return items

    def _offers(self, context: _Context) -> list[ReminderItem]:
        offers = [
            o for o in self.journal.records(Offer) if o.status in OFFER_OPEN_STATUSES and o.deadline
        ]
        self._applications(context, (o.application_id for o in offers))
        notice = context.thresholds.offer_deadline_notice_days
        zone = _zone(context.now)
        items = []
        for offer in offers:
            remind_on = offer_reminder_due(offer.deadline, offer.status, notice)
            if remind_on is None or offer.deadline is None:
                continue
            company_id, company_name = self._company_of(context, offer.application_id)
            application = context.applications.get(offer.application_id)
            role = application.role if application else ""
            try:
                due_at = day_start(remind_on, zone).astimezone(UTC)
            except (OverflowError, ValueError, OSError):  # year 1 (an old import): overdue
                due_at = datetime.min.replace(tzinfo=UTC)
            title = (
                translate("Reminders", "Decide on the offer from {company}").format(
                    company=company_name
                )
                if company_name
                else translate("Reminders", "Decide on the offer from a company")
            )
            answer_by = translate("Reminders", "answer by {day}").format(
                day=day_text(offer.deadline)
            )
            items.append(
                ReminderItem(
                    key=f"offer:{offer.id}",
                    kind="offer_deadline",
                    title=title,
                    detail=" · ".join(part for part in (role, answer_by) if part),
                    due_at=due_at,
                    company_id=company_id,
                    company_name=company_name,
                    target=("offer", offer.id),
                    all_day=True,
                    application_id=offer.application_id,
                    basis=offer.deadline.isoformat(),
                    deadline=offer.deadline,
                )
            )
        return items

    def _quiet(self, context: _Context) -> list[ReminderItem]:
        days = context.thresholds.quiet_after_days
        items = []
        for process in open_processes(self.journal, utc(context.now)):
            if not process.gone_quiet(context.now, days):
                continue
            application = process.application
            company = context.companies.get(application.company_id, "")
            due = utc(process.last_activity) + timedelta(days=days)
            what = _role_at(application.role, company)
            silent = process.quiet_days(context.now)
            items.append(
                ReminderItem(
                    key=f"quiet:{application.id}",
                    kind="gone_quiet",
                    title=(
                        translate("Reminders", "{process} has gone quiet").format(process=what)
                        if what
                        else translate("Reminders", "A process has gone quiet")
                    ),
                    detail=translate(
                        "Reminders",
                        "No word either way for %n day(s). Close it and move on, or dismiss this.",
                        "",
                        silent,
                    ),
                    due_at=due,
                    company_id=application.company_id,
                    company_name=company,
                    target=("timeline_application", application.id),
                    completable=False,
                    application_id=application.id,
                    basis=due.isoformat(),
                    quiet_days=silent,
                )
            )
        return items

    def _rounds(self, context: _Context) -> list[ReminderItem]:
        now = utc(context.now)
        start = day_start(context.now.date(), _zone(context.now)).astimezone(UTC)
        end = now + timedelta(days=context.thresholds.upcoming_round_days)
        rounds = [
            r
            for r in self.journal.records(InterviewRound, ended_at=None)
            if r.scheduled_at is not None
            and r.started_at is None
            and start <= utc(r.scheduled_at) <= end
        ]
        self._applications(context, (r.application_id for r in rounds))
        items = []
        for interview_round in rounds:
            assert interview_round.scheduled_at is not None
            company_id, company_name = self._company_of(context, interview_round.application_id)
            kind = label(ROUND_KINDS, interview_round.kind)
            title = (
                translate("Reminders", "{round} with {company}").format(
                    round=kind, company=company_name
                )
                if company_name
                else kind
            )
            detail = " · ".join(
                part
                for part in (interview_round.title, interview_round.location)
                if part and part != title
            )
            target: Target = (
                ("company", company_id)
                if company_id
                else ("timeline_application", interview_round.application_id or "")
            )
            due = utc(interview_round.scheduled_at)
            items.append(
                ReminderItem(
                    key=f"round:{interview_round.id}",
                    kind="upcoming_round",
                    title=title,
                    detail=detail,
                    due_at=due,
                    company_id=company_id,
                    company_name=company_name,
                    target=target,
                    application_id=interview_round.application_id,
                    basis=due.isoformat(),
                )
            )
        return items


def _stored_target(reminder: Reminder, company_id: str | None) -> Target:
    if reminder.kind == "follow_up" and reminder.round_id:
        return ("follow_up", reminder.round_id)
    if reminder.kind == "prepare" and company_id:
        return ("company", company_id)
    if reminder.application_id:
        return ("timeline_application", reminder.application_id)
    if reminder.person_id:
        return ("person", reminder.person_id)
    if company_id:
        return ("company", company_id)
    return ("", "")
