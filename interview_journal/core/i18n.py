"""Translation for the core, without Qt.

The core's user-visible sentences (vocabulary labels, reminder words, validation messages)
go through :func:`translate`, named and called like Qt's ``QCoreApplication.translate`` so
``pyside6-lupdate`` extracts them: ``translate("Context", "text")`` with literal strings,
and for counts ``translate("Context", "%n day(s)", "", count)`` (all arguments positional:
lupdate skips a call with keyword arguments). Tables built at import time mark their
labels with :func:`QT_TRANSLATE_NOOP` and translate them when looked up.

By default the text comes back as written, with ``%n`` filled in and English plural forms
applied (:func:`english_plural`), so the CLI and the tests read plain English without Qt.
The desktop app plugs in Qt's own function with :func:`install` (see
``interview_journal.ui.i18n.install_translators``), and its locale's date, time and number
formats with :func:`install_formats`.
See https://doc.qt.io/qt-6/i18n-source-translation.html.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = [
    "QT_TRANSLATE_NOOP",
    "Formats",
    "Translator",
    "clock",
    "day_month_clock",
    "day_text",
    "english_plural",
    "install",
    "install_formats",
    "installed",
    "number",
    "short_day",
    "translate",
    "weekday_name",
]

# context, source text, disambiguation, count (-1: not a count) -> the text to show.
Translator = Callable[[str, str, "str | None", int], str]

# "(s)", "(es)": suffix of the plural; "(y/ies)": singular ending / plural ending.
_PLURAL_PART = re.compile(r"\((\w*)/(\w*)\)|\((\w+)\)")


def english_plural(source: str, count: int) -> str:
    """``source``'s English form for ``count`` (the ``%n`` is left as it is).

    "%n day(s)" -> "%n day" / "%n days"; "box(es)" -> "box" / "boxes";
    "compan(y/ies)" -> "company" / "companies".
    """

    def choose(match: re.Match[str]) -> str:
        if match.group(3) is not None:
            return "" if count == 1 else match.group(3)
        return match.group(1) if count == 1 else match.group(2)

    return _PLURAL_PART.sub(choose, source)


def _source_text(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The default: the English source, with its plural form and ``%n`` for counts."""
    if n < 0:
        return text
    return english_plural(text, n).replace("%n", str(n))


def install(function: Translator | None) -> None:
    """Translate with ``function`` from now on (e.g. ``QCoreApplication.translate``);
    ``None`` restores the English source text."""
    _installed.translator = function or _source_text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language. ``context`` and ``text`` must be string literals
    at the call site so lupdate finds them; fill placeholders afterwards with
    ``.format(name=...)`` (named, so a translation may reorder them)."""
    return _installed.translator(context, text, disambiguation, n)


# The name lupdate looks for (Qt's macro), hence not snake case.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction and returns it unchanged: for tables built at import
    time, before any translator is installed; translate them when they are read."""
    return text


# ------------------------------------------------------------------ formats
def _day_text(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


@dataclass(frozen=True)
class Formats:
    """How dates, clock times and numbers read inside the core's sentences.

    The values are already in the user's time zone: a formatter only writes them down.
    The defaults are the English forms the core has always written.
    """

    weekday: Callable[[date], str] = lambda day: f"{day:%A}"
    clock: Callable[[datetime], str] = lambda moment: f"{moment:%H:%M}"
    day_month_clock: Callable[[datetime], str] = lambda moment: f"{moment:%d %b %H:%M}"
    day: Callable[[date], str] = _day_text
    short_day: Callable[[date], str] = lambda day: f"{day:%a} {day.day} {day:%b}"
    number: Callable[[int], str] = lambda value: f"{value:,}"


@dataclass
class _Installed:
    """What :func:`install` and :func:`install_formats` chose (one per process, like
    the translators Qt's application holds)."""

    translator: Translator = _source_text
    formats: Formats = field(default_factory=Formats)


_installed = _Installed()


def install_formats(formats: Formats | None) -> None:
    """Use ``formats`` from now on; ``None`` restores the defaults."""
    _installed.formats = formats or Formats()


def installed() -> tuple[Translator, Formats]:
    """What is in use now (to put it back after a temporary change, as tests do)."""
    return _installed.translator, _installed.formats


def weekday_name(day: date) -> str:
    """ "Tuesday" """
    return _installed.formats.weekday(day)


def clock(moment: datetime) -> str:
    """ "14:05" (the moment's own wall clock; no time zone conversion)."""
    return _installed.formats.clock(moment)


def day_month_clock(moment: datetime) -> str:
    """ "03 Mar 14:05" """
    return _installed.formats.day_month_clock(moment)


def day_text(day: date) -> str:
    """ "3 Mar 2026" """
    return _installed.formats.day(day)


def short_day(day: date) -> str:
    """ "Tue 3 Mar" """
    return _installed.formats.short_day(day)


def number(value: int) -> str:
    """ "12,345" """
    return _installed.formats.number(value)
