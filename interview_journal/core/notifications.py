"""Which reminders to announce outside the window, and when.

The Reminders view lists what is due; a notice (a desktop notification, or the window's
message bar where the platform has no tray) tells the user once, when it falls due:

* an item is announced once per due moment: the ``due_at`` it has now, snooze included,
  is its basis. A snoozed item falls due again at a later moment, so it is announced
  again; an item whose moment is unchanged never is, also after a restart, because what
  was announced is kept in the journal's settings (:data:`ANNOUNCED_KEY`), like snoozes;
* upcoming rounds are announced :data:`ROUND_LEAD` ahead of their start, and not once
  they have begun;
* never during a live interview: what falls due then is held, and when the interview has
  ended what is still due comes as one summary;
* more than :data:`SUMMARY_ABOVE` at once come as one summary, not a flood of notices;
* the user can turn notices off (:data:`ENABLED_KEY`, on by default). While off, what
  falls due is taken as told, so turning them on again does not bring a backlog.

:func:`plan` is the pure rule (plain datetimes, no journal); :class:`NotificationService`
reads the items and the settings for it and remembers its outcome.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from interview_journal.core.reminders import ReminderItem, ReminderService, local_now
from interview_journal.storage.journal import Journal, utc

__all__ = [
    "ANNOUNCED_KEY",
    "ENABLED_KEY",
    "ROUND_LEAD",
    "SUMMARY_ABOVE",
    "Notice",
    "NotificationService",
    "NotificationState",
    "Plan",
    "basis_of",
    "plan",
    "wants_announcing",
]

ANNOUNCED_KEY = "notifications_announced"
ENABLED_KEY = "notifications_enabled"
# How long before a round starts it is announced: time to get ready, not a day ahead.
ROUND_LEAD = timedelta(minutes=60)
# Up to this many items are announced one by one; more come as one summary.
SUMMARY_ABOVE = 3


@dataclass(frozen=True)
class NotificationState:
    """What was announced (item key -> basis), and whether notices are held back until
    the live interview under way ends."""

    announced: Mapping[str, str] = field(default_factory=dict)
    held: bool = False

    def to_text(self) -> str:
        return json.dumps(
            {"announced": dict(sorted(self.announced.items())), "held": self.held},
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_text(cls, text: str) -> NotificationState:
        """The stored state; a missing or damaged value reads as nothing announced."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        raw = data.get("announced")
        announced = (
            {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, str)}
            if isinstance(raw, dict)
            else {}
        )
        return cls(announced, data.get("held") is True)


@dataclass(frozen=True)
class Notice:
    """One notice: a single item, or a summary of several (``summary``), possibly of
    what fell due during a live interview (``after_session``)."""

    items: tuple[ReminderItem, ...]
    summary: bool = False
    after_session: bool = False

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def key(self) -> str:
        """The item a click on the notice selects; empty for a summary."""
        return "" if self.summary else self.items[0].key


@dataclass(frozen=True)
class Plan:
    """The outcome of one check: the notices to show and the state to remember."""

    notices: tuple[Notice, ...]
    state: NotificationState
    previous: NotificationState
    enabled: bool = True
    due: int = 0  # items due now (what the navigation counts)

    @property
    def changed(self) -> bool:
        return self.state != self.previous

    def held_instead(self) -> Plan:
        """This plan when a live interview began between the check and its showing:
        nothing is shown or taken as told, and what was to be shown waits for its end."""
        if not self.notices:
            return self
        return replace(self, notices=(), state=replace(self.previous, held=True))


def basis_of(item: ReminderItem) -> str:
    """The due moment an announcement is for (it moves when the item is snoozed)."""
    return utc(item.due_at).isoformat()


def wants_announcing(item: ReminderItem, now: datetime, round_lead: timedelta = ROUND_LEAD) -> bool:
    """Whether ``item`` is due to be announced at ``now``."""
    moment = utc(now)
    due = utc(item.due_at)
    if item.kind == "upcoming_round":
        return due - round_lead <= moment < due
    return due <= moment


def plan(
    items: Iterable[ReminderItem],
    now: datetime,
    state: NotificationState,
    *,
    in_session: bool,
    enabled: bool = True,
    round_lead: timedelta = ROUND_LEAD,
    session_ended: bool = False,
) -> Plan:
    """What to announce at ``now`` among ``items`` (the Reminders view's list).

    ``session_ended``: a live interview ended since the last check, so what is new is
    summarised as having come due during it, even if no check held anything meanwhile.
    """
    listed = list(items)
    due = sum(1 for item in listed if item.is_due(now))
    # Only keys still listed are kept, so the stored state stays as small as the list.
    kept = {item.key: state.announced[item.key] for item in listed if item.key in state.announced}
    fresh = [
        item
        for item in listed
        if wants_announcing(item, now, round_lead) and kept.get(item.key) != basis_of(item)
    ]
    told = kept | {item.key: basis_of(item) for item in fresh}
    if not enabled:
        return Plan((), NotificationState(told), state, enabled=False, due=due)
    if in_session:
        held = NotificationState(kept, held=state.held or bool(fresh))
        return Plan((), held, state, due=due)
    notices: tuple[Notice, ...]
    if not fresh:
        notices = ()
    elif state.held or session_ended:
        notices = (Notice(tuple(fresh), summary=True, after_session=True),)
    elif len(fresh) > SUMMARY_ABOVE:
        notices = (Notice(tuple(fresh), summary=True),)
    else:
        notices = tuple(Notice((item,)) for item in fresh)
    return Plan(notices, NotificationState(told), state, due=due)


class NotificationService:
    """Reads what :func:`plan` needs from the journal and remembers its outcome."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def enabled(self) -> bool:
        return self.journal.setting(ENABLED_KEY, "1") != "0"

    def set_enabled(self, on: bool) -> None:
        self.journal.set_setting(ENABLED_KEY, "1" if on else "0")

    def state(self) -> NotificationState:
        return NotificationState.from_text(self.journal.setting(ANNOUNCED_KEY))

    def check(
        self,
        now: datetime | None = None,
        *,
        in_session: bool = False,
        round_lead: timedelta = ROUND_LEAD,
        session_ended: bool = False,
    ) -> Plan:
        """What to announce now; read-only (see :meth:`remember`)."""
        moment = local_now(now)
        items = ReminderService(self.journal).items(moment)
        return plan(
            items,
            moment,
            self.state(),
            in_session=in_session,
            enabled=self.enabled(),
            round_lead=round_lead,
            session_ended=session_ended,
        )

    def remember(self, outcome: Plan) -> None:
        """Keep what ``outcome`` announced (or held), so it is not announced again."""
        if outcome.changed:
            self.journal.set_setting(ANNOUNCED_KEY, outcome.state.to_text())
