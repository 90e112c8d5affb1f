"""Limits on what the user types, checked before anything is written.

``what`` names the field in the messages ("company", "note's title"): callers mark the
literal with ``QT_TRANSLATE_NOOP("Validation", ...)`` and :func:`field_name` translates it
when a message is written.
"""

from __future__ import annotations

from interview_journal.core.errors import ValidationError
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, number, translate

CONTEXT = "Validation"
# Field names the services build from a column's key ("remote_policy" -> "remote policy")
# rather than write out: marked here so lupdate extracts them too.
DERIVED_FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Validation", "bonus"),
    QT_TRANSLATE_NOOP("Validation", "equity"),
    QT_TRANSLATE_NOOP("Validation", "benefits"),
    QT_TRANSLATE_NOOP("Validation", "location"),
    QT_TRANSLATE_NOOP("Validation", "start date"),
    QT_TRANSLATE_NOOP("Validation", "deadline"),
    QT_TRANSLATE_NOOP("Validation", "website"),
    QT_TRANSLATE_NOOP("Validation", "industry"),
    QT_TRANSLATE_NOOP("Validation", "size"),
    QT_TRANSLATE_NOOP("Validation", "locations"),
    QT_TRANSLATE_NOOP("Validation", "remote policy"),
    QT_TRANSLATE_NOOP("Validation", "gut verdict"),
    QT_TRANSLATE_NOOP("Validation", "phone"),
)

NAME_MAX = 200
SHORT_TEXT_MAX = 2_000
# A research note or a pasted page: generous, but a 10 MB paste is refused with a reason
# rather than freezing the window and bloating the journal.
LONG_TEXT_MAX = 1_000_000


def _clean(text: str) -> str:
    # NUL cannot be shown by Qt and breaks C-string consumers; other characters pass.
    return text.replace("\x00", "")


def shown(value: str, limit: int = 40) -> str:
    """``value`` as a message quotes it: on one line and cut to ``limit`` characters, so a
    refused paste of a page never turns the message into the page."""
    text = " ".join(_clean(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def field_name(what: str) -> str:
    """The name of a field, as the caller marked it, in the user's language."""
    context = CONTEXT  # a name, not a literal: the callers' marks are what lupdate reads
    return translate(context, what)


def required_name(value: str, what: str) -> str:
    cleaned = " ".join(_clean(value).split())
    if not cleaned:
        raise ValidationError(
            translate("Validation", "The {what} needs a name.").format(what=field_name(what))
        )
    if len(cleaned) > NAME_MAX:
        raise ValidationError(
            translate(
                "Validation", "The {what} name is {length} characters long; the limit is {limit}."
            ).format(what=field_name(what), length=number(len(cleaned)), limit=NAME_MAX)
        )
    return cleaned


def short_text(value: str, what: str) -> str:
    cleaned = _clean(value).strip()
    if len(cleaned) > SHORT_TEXT_MAX:
        raise ValidationError(
            translate(
                "Validation", "The {what} is {length} characters long; the limit is {limit}."
            ).format(
                what=field_name(what), length=number(len(cleaned)), limit=number(SHORT_TEXT_MAX)
            )
        )
    return cleaned


def long_text(value: str, what: str) -> str:
    cleaned = _clean(value)
    if len(cleaned) > LONG_TEXT_MAX:
        raise ValidationError(
            translate(
                "Validation",
                "Too long for the {what}: {length} characters, where the limit is {limit}. "
                "Nothing was saved; shorten it or split it in two.",
            ).format(
                what=field_name(what), length=number(len(cleaned)), limit=number(LONG_TEXT_MAX)
            )
        )
    return cleaned


def one_of(value: str, vocabulary: dict[str, str], what: str) -> str:
    """``value`` if it is a key of ``vocabulary`` (one of core.vocabulary's tables); else
    say what the choices are."""
    from interview_journal.core.vocabulary import labels  # vocabulary imports nothing here

    if value not in vocabulary:
        raise ValidationError(
            translate("Validation", "“{value}” is not {what}; choose one of: {choices}.").format(
                value=shown(value),
                what=field_name(what),
                choices=", ".join(labels(vocabulary).values()),
            )
        )
    return value
