"""The user's follow-through thresholds: when a process counts as gone quiet, how soon a
status inquiry is too soon, when to nudge to keep applying.

Stored as journal settings (so they travel with the journal to a second machine), each
with a default and a range; :class:`ThresholdService` validates before it writes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from interview_journal.core.errors import ValidationError
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    # Only for types: the settings dialog imports this module before the database stack.
    from interview_journal.storage.journal import Journal


@dataclass(frozen=True)
class Thresholds:
    """Every threshold in days (or a count), with the defaults a new journal starts with."""

    # No contact either way for this many days: the process has gone quiet.
    quiet_after_days: int = 14
    # A status inquiry sooner than this after an interview reads as impatient.
    inquiry_min_days_after_round: int = 5
    # ...or sooner than this after the previous inquiry.
    inquiry_min_days_between: int = 7
    # More inquiries than this in one process is chasing.
    inquiry_max_per_process: int = 2
    # Nudge when nothing was applied for in this many days while processes run.
    keep_applying_days: int = 10
    # Remind this many days before an offer's deadline.
    offer_deadline_notice_days: int = 3
    # Show rounds coming up within this many days among the reminders.
    upcoming_round_days: int = 2


@dataclass(frozen=True)
class ThresholdSpec:
    field: str
    setting_key: str
    english_label: str
    minimum: int
    maximum: int
    # "days" or "inquiries" (the English word; :attr:`unit_label` is what the user reads).
    unit: str = "days"

    @property
    def label(self) -> str:
        """What the setting is called, in the user's language."""
        context = _CONTEXT  # a name: the marks in THRESHOLD_SPECS are what lupdate reads
        return translate(context, self.english_label)

    @property
    def unit_label(self) -> str:
        """The unit, in the user's language, as a spin box suffix shows it ("days")."""
        if self.unit == "inquiries":
            return translate("Thresholds", "inquiries")
        return translate("Thresholds", "days")


_CONTEXT = "Thresholds"


# Setting keys are shared with the sample journal and older versions; do not rename.
THRESHOLD_SPECS: tuple[ThresholdSpec, ...] = (
    ThresholdSpec(
        "quiet_after_days",
        "quiet_after_days",
        QT_TRANSLATE_NOOP("Thresholds", "Gone quiet after no contact for"),
        1,
        365,
    ),
    ThresholdSpec(
        "inquiry_min_days_after_round",
        "status_inquiry_min_days_after_round",
        QT_TRANSLATE_NOOP("Thresholds", "First status inquiry, at the earliest after an interview"),
        0,
        60,
    ),
    ThresholdSpec(
        "inquiry_min_days_between",
        "status_inquiry_min_days",
        QT_TRANSLATE_NOOP("Thresholds", "Between two status inquiries, at least"),
        0,
        60,
    ),
    ThresholdSpec(
        "inquiry_max_per_process",
        "status_inquiry_max",
        QT_TRANSLATE_NOOP("Thresholds", "Status inquiries per process, at most"),
        1,
        20,
        "inquiries",
    ),
    ThresholdSpec(
        "keep_applying_days",
        "pipeline_nudge_days",
        QT_TRANSLATE_NOOP("Thresholds", "Nudge to apply again after"),
        1,
        120,
    ),
    ThresholdSpec(
        "offer_deadline_notice_days",
        "offer_deadline_notice_days",
        QT_TRANSLATE_NOOP("Thresholds", "Remind before an offer's deadline"),
        0,
        60,
    ),
    ThresholdSpec(
        "upcoming_round_days",
        "upcoming_round_days",
        QT_TRANSLATE_NOOP("Thresholds", "Show rounds coming up within"),
        0,
        30,
    ),
)
SPECS_BY_FIELD: dict[str, ThresholdSpec] = {spec.field: spec for spec in THRESHOLD_SPECS}


def checked(spec: ThresholdSpec, value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(
            translate("Thresholds", "{setting}: give a whole number.").format(setting=spec.label)
        )
    if not spec.minimum <= value <= spec.maximum:
        raise ValidationError(
            translate(
                "Thresholds", "{setting}: choose between {minimum} and {maximum} {unit}."
            ).format(
                setting=spec.label, minimum=spec.minimum, maximum=spec.maximum, unit=spec.unit_label
            )
        )
    return value


class ThresholdService:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def load(self) -> Thresholds:
        """The stored thresholds; a missing or unreadable value falls back to its default."""
        defaults = Thresholds()
        values: dict[str, int] = {}
        for spec in THRESHOLD_SPECS:
            raw = self.journal.setting(spec.setting_key, "")
            try:
                values[spec.field] = checked(spec, int(raw))
            except (ValueError, ValidationError):
                values[spec.field] = getattr(defaults, spec.field)
        return Thresholds(**values)

    def save(self, **changes: int) -> Thresholds:
        """Validate every change first, then write them; nothing is written on bad input."""
        for name, value in changes.items():
            if name not in SPECS_BY_FIELD:
                raise ValidationError(
                    translate("Thresholds", "There is no threshold called {name}.").format(
                        name=repr(name)
                    )
                )
            checked(SPECS_BY_FIELD[name], value)
        from interview_journal.storage.tables import Setting, utc_now

        records = []
        for name, value in changes.items():
            key = SPECS_BY_FIELD[name].setting_key
            record = self.journal.find(Setting, key) or Setting(key=key)
            record.value, record.updated_at = str(value), utc_now()
            records.append(record)
        # One commit: every threshold of the dialog, or none of them.
        self.journal.add_all(records)
        return replace(self.load())

    def restore_defaults(self) -> Thresholds:
        defaults = Thresholds()
        return self.save(**{spec.field: getattr(defaults, spec.field) for spec in THRESHOLD_SPECS})
