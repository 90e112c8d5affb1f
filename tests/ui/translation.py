"""Stand-in translations for the view tests, installed for one test at a time.

:func:`marking` answers every string (of the given contexts) with itself between marks,
so a text on screen that never went through Qt's translation shows up unmarked;
:func:`dictionary` answers a few (context, source) pairs, as a real ``.qm`` would.
A translator answering ``None`` passes the string on (a null QString: "not here").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTranslator

from interview_journal.core.i18n import english_plural

Answer = Callable[[str, str, int], "str | None"]
T = TypeVar("T", bound=QTranslator)


class StandInTranslator(QTranslator):
    def __init__(self, answer: Answer) -> None:
        super().__init__()
        self._answer = answer

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self._answer(context, source, n)

    def isEmpty(self) -> bool:  # Qt skips a translator that says it is empty
        return False


def marking(
    opening: str, closing: str = "", contexts: Collection[str] | None = None
) -> StandInTranslator:
    """Every non-empty source of ``contexts`` (all, when None) as ``opening`` + its English
    form (plural chosen for counts) + ``closing``."""

    def answer(context: str, source: str, n: int) -> str | None:
        if not source or (contexts is not None and context not in contexts):
            return None
        return opening + (english_plural(source, n) if n >= 0 else source) + closing

    return StandInTranslator(answer)


def dictionary(words: Mapping[tuple[str, str], str]) -> StandInTranslator:
    """Only these (context, source) pairs are translated."""
    return StandInTranslator(lambda context, source, _n: words.get((context, source)))


@contextmanager
def installed(translator: T) -> Iterator[T]:
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist (use the qapp or qtbot fixture)"
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
