"""Limits on what the user types, checked before anything is written."""

from __future__ import annotations

from interview_journal.core.errors import ValidationError

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


def required_name(value: str, what: str) -> str:
    cleaned = " ".join(_clean(value).split())
    if not cleaned:
        raise ValidationError(f"The {what} needs a name.")
    if len(cleaned) > NAME_MAX:
        raise ValidationError(
            f"The {what} name is {len(cleaned):,} characters long; the limit is {NAME_MAX}."
        )
    return cleaned


def short_text(value: str, what: str) -> str:
    cleaned = _clean(value).strip()
    if len(cleaned) > SHORT_TEXT_MAX:
        raise ValidationError(
            f"The {what} is {len(cleaned):,} characters long; the limit is {SHORT_TEXT_MAX:,}."
        )
    return cleaned


def long_text(value: str, what: str) -> str:
    cleaned = _clean(value)
    if len(cleaned) > LONG_TEXT_MAX:
        raise ValidationError(
            f"Too long for the {what}: {len(cleaned):,} characters, where the limit is "
            f"{LONG_TEXT_MAX:,}. Nothing was saved; shorten it or split it in two."
        )
    return cleaned


def one_of(value: str, vocabulary: dict[str, str], what: str) -> str:
    """``value`` if it is a key of ``vocabulary``; else say what the choices are."""
    if value not in vocabulary:
        raise ValidationError(
            f"“{shown(value)}” is not {what}; choose one of: "
            + ", ".join(vocabulary.values())
            + "."
        )
    return value
