"""Translation and the user's locale, for every view.

Every user-visible string goes through Qt's translation mechanism: ``self.tr("...")`` in
a QObject subclass, ``QCoreApplication.translate("Context", "...")`` elsewhere, so
``pyside6-lupdate`` finds it and a ``.qm`` file for the user's language replaces it.
Counts are written once, as Qt numerus strings: ``self.tr("%n note(s)", "", count)``.
English needs no translation file for them: :class:`EnglishPlurals` (installed first,
so any real translation wins) turns ``word(s)`` into "1 word" / "3 words", ``box(es)``
into "box" / "boxes" and ``compan(y/ies)`` into "company" / "companies".
See https://doc.qt.io/qt-6/i18n-source-translation.html#handle-plural-forms.

Views never format a date with ``strftime`` (English month and day names, one order for
everyone): they call these, which follow ``QLocale()`` (the system's locale unless the
application set another default). Under the "C" locale (no locale set at all, as in
some containers) they read in English, day before month ("3 Mar 2026"), as the core's
sentences and the date fields do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from interview_journal.core import i18n as core_i18n
from interview_journal.core.i18n import english_plural

__all__ = [
    "COMPACT_DATE",
    "EnglishPlurals",
    "english_plural",
    "format_date",
    "format_long_date",
    "format_moment",
    "format_number",
    "format_time",
    "format_weekday",
    "install_translators",
    "to_qdate",
    "to_qdatetime",
]

T = TypeVar("T")


class EnglishPlurals(QTranslator):
    """Answers only numerus strings, with their English forms; everything else is left
    to the other translators or the source text (Qt asks the latest installed first)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(" not in source:
            return None  # a null QString: "no translation here", so the source is used
        return english_plural(source, n)

    def isEmpty(self) -> bool:  # Qt asks before using a translator; this one is never empty
        return False


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """English plural forms, then Qt's own strings and the app's for ``locale`` (the
    system's by default) when a translation exists, read from ``folder`` (the app's
    ``resources/translations`` by default). Returns what was installed; the translators
    are parented to ``app`` so they live as long as it does.

    The core (which imports no Qt) is switched to Qt's translation function and to the
    locale's date, time and number formats at the same time, so its sentences (reminder
    words, validation messages, vocabulary labels) follow the same language."""
    from interview_journal.resources_access import resource_path

    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    plurals = EnglishPlurals(app)
    app.installTranslator(plurals)
    installed.append(plurals)
    candidates = (
        ("qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("interview_journal", "_", str(folder or resource_path("translations"))),
    )
    for name, prefix, where in candidates if _wants_translation(locale) else ():
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, where) and app.installTranslator(translator):
            installed.append(translator)
    core_i18n.install(QCoreApplication.translate)
    core_i18n.install_formats(core_formats())
    return installed


def _wants_translation(locale: QLocale) -> bool:
    """False when the user's first language is English (the source) or none is set: then
    there is nothing to load, and Qt's probing of ~20 file names costs ~8 ms at start."""
    languages = locale.uiLanguages()
    if not languages:
        return False
    first = QLocale(languages[0]).language()
    return first not in (QLocale.Language.C, QLocale.Language.English)


def core_formats() -> core_i18n.Formats:
    """The core's date, time and number formats in the default locale (``QLocale()`` when
    the text is written, so a later ``QLocale.setDefault`` applies). Under the "C" locale
    (none chosen) the core keeps its own English forms, which are what it always wrote."""
    english = core_i18n.Formats()

    def localized(
        mine: Callable[[QLocale, T], str], default: Callable[[T], str]
    ) -> Callable[[T], str]:
        def written(value: T) -> str:
            locale = QLocale()
            return default(value) if _is_c(locale) else mine(locale, value)

        return written

    return core_i18n.Formats(
        weekday=localized(lambda locale, day: format_weekday(day, locale), english.weekday),
        # The core hands over wall-clock values already in the user's zone: write the
        # clock as it is, without converting it again.
        clock=localized(
            lambda locale, moment: locale.toString(QTime(moment.hour, moment.minute), _SHORT),
            english.clock,
        ),
        day_month_clock=localized(
            lambda locale, moment: (
                locale.toString(to_qdate(moment.date()), "d MMM")
                + " "
                + locale.toString(QTime(moment.hour, moment.minute), _SHORT)
            ),
            english.day_month_clock,
        ),
        day=localized(lambda locale, day: format_date(day, locale), english.day),
        short_day=localized(
            lambda locale, day: locale.toString(to_qdate(day), "ddd d MMM"), english.short_day
        ),
        number=localized(lambda locale, value: format_number(value, locale), english.number),
    )


_SHORT = QLocale.FormatType.ShortFormat
# Day, abbreviated month in the user's language, year: never ambiguous between locales.
COMPACT_DATE = "d MMM yyyy"


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(moment: datetime) -> QDateTime:
    """``moment`` (naive taken as UTC) as a QDateTime in the system's local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def format_date(value: date, locale: QLocale | None = None) -> str:
    """ "3 Mar 2026" with the month in the user's language ("3 mars 2026")."""
    locale = locale or QLocale()
    return locale.toString(to_qdate(value), COMPACT_DATE)


def format_long_date(value: date, locale: QLocale | None = None) -> str:
    """The locale's long date, weekday included ("Tuesday, 3 March 2026")."""
    locale = locale or QLocale()
    if _is_c(locale):
        # "C"'s long format is the bare "3 March 2026"; the weekday reads as elsewhere.
        return locale.toString(to_qdate(value), "dddd, d MMMM yyyy")
    return locale.toString(to_qdate(value), QLocale.FormatType.LongFormat)


def format_time(value: time | datetime, locale: QLocale | None = None) -> str:
    """Clock time in the locale's short form ("14:05", "2:05 PM"); an aware moment is
    shown in the system's local zone first."""
    locale = locale or QLocale()
    if isinstance(value, datetime):
        clock = to_qdatetime(value).time() if value.tzinfo else QTime(value.hour, value.minute)
    else:
        clock = QTime(value.hour, value.minute, value.second)
    if _is_c(locale):
        return clock.toString("HH:mm")
    return locale.toString(clock, QLocale.FormatType.ShortFormat)


def format_moment(moment: datetime, locale: QLocale | None = None) -> str:
    """Date and time of a stored moment in the system's local zone, short form."""
    locale = locale or QLocale()
    local = to_qdatetime(moment)
    if _is_c(locale):
        return f"{locale.toString(local.date(), COMPACT_DATE)}, {local.toString('HH:mm')}"
    return (
        f"{locale.toString(local.date(), COMPACT_DATE)}, "
        f"{locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"
    )


def format_weekday(value: date, locale: QLocale | None = None) -> str:
    """The day's name in the user's language ("Tuesday", "mardi")."""
    locale = locale or QLocale()
    return locale.dayName(value.isoweekday(), QLocale.FormatType.LongFormat)


def format_number(
    value: int | float, locale: QLocale | None = None, *, decimals: int | None = None
) -> str:
    """Grouped the locale's way ("12,345", "12 345", "12.345"), with ``decimals`` places
    for a fraction (None: an int as it is, a float as QLocale writes it).

    The "C" locale (no locale set, as in some containers) groups nothing; Python's
    grouping keeps large numbers readable there, as the app always wrote them.
    """
    locale = locale or QLocale()
    if _is_c(locale):
        if decimals is not None:
            return f"{value:,.{decimals}f}"
        return f"{value:,}"
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    return locale.toString(value)
