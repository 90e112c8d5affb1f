"""The core's translation hook (no Qt): English by default, any installed function
otherwise, for vocabulary labels, reminder words, validation and storage messages."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from interview_journal.core import i18n, validation
from interview_journal.core.errors import ValidationError
from interview_journal.core.i18n import QT_TRANSLATE_NOOP, english_plural, translate
from interview_journal.core.reminders import due_in_words, group_label, snooze_presets
from interview_journal.core.vocabulary import (
    MARKERS_BY_KEY,
    RESEARCH_TOPICS,
    ROUND_KINDS,
    category_label,
    date_presets,
    english_label,
    label,
    labels,
    round_label,
)
from interview_journal.storage.errors import write_failure

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=ZONE)  # a Monday

# A fake language: a few known sentences, everything else wrapped in brackets.
FRENCH = {
    ("Vocabulary", "Values"): "Valeurs",
    ("Vocabulary", "First interview"): "Premier entretien",
    ("Vocabulary", "Their question"): "Leur question",
    ("Vocabulary", "Any round"): "Tout entretien",
    ("Validation", "company"): "entreprise",
    ("Validation", "The {what} needs a name."): "Il faut un nom pour l'{what}.",
    ("Reminders", "due {weekday} {time}"): "prévu {weekday} à {time}",
    ("Reminders", "Overdue"): "En retard",
}


def fake(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    found = FRENCH.get((context, text), f"[{text}]")
    return found.replace("%n", str(n)) if n >= 0 else found


@pytest.fixture(autouse=True)
def restore_hooks() -> Iterator[None]:
    """Whatever a test installs is undone (a Qt test of the same run may have installed
    Qt's function before; it comes back too)."""
    translator, formats = i18n.installed()
    i18n.install(None)
    i18n.install_formats(None)
    yield
    i18n.install(translator)
    i18n.install_formats(formats)


# ------------------------------------------------------------------ the hook
def test_without_a_translator_the_source_text_comes_back() -> None:
    assert translate("Anything", "Save the note") == "Save the note"
    assert translate("Anything", "Keep {name}?").format(name="Acme") == "Keep Acme?"
    assert QT_TRANSLATE_NOOP("Anything", "Marked only") == "Marked only"


@pytest.mark.parametrize(
    ("source", "count", "expected"),
    [
        ("%n day(s)", 1, "1 day"),
        ("%n day(s)", 0, "0 days"),
        ("%n day(s) overdue", 12, "12 days overdue"),
        ("%n box(es)", 1, "1 box"),
        ("%n box(es)", 2, "2 boxes"),
        ("%n compan(y/ies)", 1, "1 company"),
        ("%n compan(y/ies)", 4, "4 companies"),
    ],
)
def test_counts_get_english_forms(source: str, count: int, expected: str) -> None:
    assert translate("Reminders", source, "", count) == expected


def test_english_plural_leaves_the_count_to_fill() -> None:
    assert english_plural("%n note(s) in (y/ies)", 3) == "%n notes in ies"
    assert english_plural("(not a plural)", 2) == "(not a plural)"  # spaces: no match


def test_an_installed_function_is_used_and_none_brings_english_back() -> None:
    calls: list[tuple[str, str, str | None, int]] = []

    def spy(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        calls.append((context, text, disambiguation, n))
        return text.upper()

    i18n.install(spy)
    assert translate("Reminders", "answer today") == "ANSWER TODAY"
    assert translate("Reminders", "%n day(s)", "", 2) == "%N DAY(S)"
    assert calls == [("Reminders", "answer today", None, -1), ("Reminders", "%n day(s)", "", 2)]
    i18n.install(None)
    assert translate("Reminders", "answer today") == "answer today"


# ------------------------------------------------------------------ what the core says
def test_vocabulary_labels_are_translated_when_looked_up() -> None:
    i18n.install(fake)
    assert label(RESEARCH_TOPICS, "values") == "Valeurs"
    assert labels(ROUND_KINDS)["first"] == "Premier entretien"
    assert round_label("first") == "Premier entretien"
    assert round_label("") == "Tout entretien"
    assert category_label("values") == "Valeurs"
    assert MARKERS_BY_KEY["question"].label == "Leur question"
    assert dict(date_presets())["7"] == "[Last 7 days]"
    # The tables keep the English, and exports read it.
    assert RESEARCH_TOPICS["values"] == "Values"
    assert english_label(RESEARCH_TOPICS, "values") == "Values"
    assert category_label("values", english=True) == "Values"
    assert MARKERS_BY_KEY["question"].english_label == "Their question"
    # A key a newer version added still reads as words.
    assert label(RESEARCH_TOPICS, "side_projects") == "[Side projects]"


def test_a_validation_message_and_its_field_name_are_translated() -> None:
    i18n.install(fake)
    with pytest.raises(ValidationError) as refused:
        validation.required_name("  ", QT_TRANSLATE_NOOP("Validation", "company"))
    assert str(refused.value) == "Il faut un nom pour l'entreprise."


def test_validation_messages_read_as_before_in_english() -> None:
    with pytest.raises(ValidationError, match=r"^The company needs a name\.$"):
        validation.required_name("", "company")
    with pytest.raises(ValidationError) as refused:
        validation.short_text("x" * 2_500, "title")
    assert str(refused.value) == "The title is 2,500 characters long; the limit is 2,000."
    with pytest.raises(ValidationError) as refused:
        validation.one_of("'; DROP TABLE x; --", ROUND_KINDS, "a kind of round")
    assert str(refused.value).startswith("“'; DROP TABLE x; --” is not a kind of round; choose")
    assert str(refused.value).endswith("Final interview, Interview.")


def test_choices_in_a_refusal_are_in_the_users_language() -> None:
    i18n.install(fake)
    with pytest.raises(ValidationError) as refused:
        validation.one_of("🙂", RESEARCH_TOPICS, "topic")
    assert "Valeurs" in str(refused.value) and "“🙂”" in str(refused.value)


def test_reminder_words_go_through_the_translator_and_the_formats() -> None:
    i18n.install(fake)
    i18n.install_formats(
        i18n.Formats(weekday=lambda day: f"<{day:%d}>", clock=lambda moment: f"{moment:%Hh%M}")
    )
    thursday = datetime(2026, 3, 5, 18, 30, tzinfo=ZONE)
    assert due_in_words(thursday, NOW) == "prévu <05> à 18h30"
    assert due_in_words(NOW + timedelta(days=10), NOW) == "[due in 10 day(s)]"
    assert group_label("overdue") == "En retard"
    assert [text for text, _ in snooze_presets(NOW)] == ["[Tomorrow]", "[Next week]"]


def test_reminder_words_in_english_by_default() -> None:
    assert due_in_words(datetime(2026, 3, 5, 18, 30, tzinfo=ZONE), NOW) == "due Thursday 18:30"
    assert due_in_words(NOW + timedelta(days=1), NOW, all_day=True) == "due tomorrow"
    assert due_in_words(NOW, NOW, deadline=date(2026, 3, 4)) == "answer in 2 days"
    assert due_in_words(NOW, NOW, deadline=date(2026, 3, 1)) == "1 day overdue"
    assert group_label("upcoming") == "Coming up"


def test_default_formats_are_the_cores_english_forms() -> None:
    moment = datetime(2026, 3, 3, 7, 5)
    assert i18n.weekday_name(moment.date()) == "Tuesday"
    assert i18n.clock(moment) == "07:05"
    assert i18n.day_month_clock(moment) == "03 Mar 07:05"
    assert i18n.day_text(moment.date()) == "3 Mar 2026"
    assert i18n.number(1234567) == "1,234,567"


def test_a_storage_message_is_translated_around_its_details() -> None:
    error = sqlite3.OperationalError("database or disk is full")
    english = str(write_failure(error, Path("/journals/mine.sqlite")))
    assert (
        english
        == "Could not save to the journal: the disk is full (/journals). Free some space on it."
    )
    i18n.install(fake)
    assert str(write_failure(error, Path("/journals/mine.sqlite"))) == (
        "[Could not save to the journal: [the disk is full (/journals). Free some space on it].]"
    )
    odd = sqlite3.OperationalError("strange {braces} and “quotes”")
    assert "strange {braces} and “quotes”" in str(write_failure(odd))
