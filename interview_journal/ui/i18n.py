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
some containers) dates fall back to ISO 8601 so they stay unambiguous.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

__all__ = [
    "EnglishPlurals",
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

# "(s)", "(es)": suffix of the plural; "(y/ies)": singular ending / plural ending.
_PLURAL_PART = re.compile(r"\((\w*)/(\w*)\)|\((\w+)\)")


def english_plural(source: str, count: int) -> str:
    """``source``'s English form for ``count`` (the ``%n`` is left for Qt to fill)."""

    def choose(match: re.Match[str]) -> str:
        if match.group(3) is not None:
            return "" if count == 1 else match.group(3)
        return match.group(1) if count == 1 else match.group(2)

    return _PLURAL_PART.sub(choose, source)


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


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """English plural forms, then Qt's own strings and the app's for ``locale`` (the
    system's by default) when a translation exists. Returns what was installed; the
    translators are parented to ``app`` so they live as long as it does."""
    from interview_journal.resources_access import resource_path

    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    plurals = EnglishPlurals(app)
    app.installTranslator(plurals)
    installed.append(plurals)
    candidates = (
        ("qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("interview_journal", "_", str(resource_path("translations"))),
    )
    for name, prefix, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


# Day, abbreviated month in the user's language, year: never ambiguous between locales.
_COMPACT_DATE = "d MMM yyyy"


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
    if _is_c(locale):
        return value.isoformat()
    return locale.toString(to_qdate(value), _COMPACT_DATE)


def format_long_date(value: date, locale: QLocale | None = None) -> str:
    """The locale's long date, weekday included ("Tuesday, 3 March 2026")."""
    locale = locale or QLocale()
    if _is_c(locale):
        return value.isoformat()
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
        return local.toString("yyyy-MM-dd HH:mm")
    return (
        f"{locale.toString(local.date(), _COMPACT_DATE)}, "
        f"{locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"
    )


def format_weekday(value: date, locale: QLocale | None = None) -> str:
    """The day's name in the user's language ("Tuesday", "mardi")."""
    locale = locale or QLocale()
    return locale.dayName(value.isoweekday(), QLocale.FormatType.LongFormat)


def format_number(value: int | float, locale: QLocale | None = None) -> str:
    """Grouped the locale's way ("12,345", "12 345", "12.345")."""
    return (locale or QLocale()).toString(value)
