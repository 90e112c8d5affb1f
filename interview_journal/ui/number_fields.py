"""Number fields that say why a keystroke was refused, instead of clipping it silently.

Qt's spin boxes refuse a digit that would pass the maximum, or a minus sign below a
minimum of zero, without a word: the user sees 99 where they typed 99999. These refuse
the same keystrokes and emit ``refused`` with a sentence naming the field and its limit.
Used by the offers and the contacts views.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox


def _refusal(box: QAbstractSpinBox, text: str, minimum: float, maximum: float) -> str:
    """ "negative" or "over" when ``text`` is a number out of range, else ""."""
    special = box.specialValueText()
    body = text
    prefix = getattr(box, "prefix", lambda: "")()
    suffix = getattr(box, "suffix", lambda: "")()
    if prefix and body.startswith(prefix):
        body = body[len(prefix) :]
    if suffix and body.endswith(suffix):
        body = body[: -len(suffix)]
    body = body.strip()
    if not body or (special and body == special):
        return ""
    locale = box.locale()
    if body.startswith((locale.negativeSign(), "-")) and minimum >= 0:
        return "negative"
    number, ok = locale.toDouble(body.replace(locale.groupSeparator(), ""))
    return "over" if ok and number > maximum else ""


class _Reasons:
    """The sentences for a refused keystroke, each said once until the text is fine again."""

    def __init__(self, what: str, limit: str) -> None:
        self.what = what
        self.limit = limit
        self.last = ""

    def sentence(self, kind: str) -> str:
        if kind == "over":
            return QCoreApplication.translate("NumberField", "{field}: {limit}").format(
                field=self.what, limit=self.limit
            )
        return QCoreApplication.translate("NumberField", "{field}: not below zero.").format(
            field=self.what
        )

    def checked(
        self,
        box: QAbstractSpinBox,
        text: str,
        pos: int,
        accepted: tuple[QValidator.State, str, int],
        *,
        bounds: tuple[float, float],
        refused: Callable[[str], None],
    ) -> tuple[QValidator.State, str, int]:
        """Qt's verdict ``accepted``, unless ``text`` is out of ``bounds``: then Invalid,
        and the reason goes to ``refused`` (once, until the text is fine again)."""
        kind = _refusal(box, text, *bounds)
        if not kind:
            self.last = ""
            return accepted
        sentence = self.sentence(kind)
        if sentence != self.last:
            self.last = sentence
            refused(sentence)
        return (QValidator.State.Invalid, text, pos)


class CheckedSpinBox(QSpinBox):
    """A QSpinBox whose refused keystrokes come with a reason (``refused``).

    ``limit`` is the range in words, like "up to 730 days".
    """

    refused = Signal(str)

    def __init__(self, what: str, limit: str) -> None:
        super().__init__()
        self._reasons = _Reasons(what, limit)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        bounds = (self.minimum(), self.maximum())
        accepted = super().validate(text, pos)
        return self._reasons.checked(
            self, text, pos, accepted, bounds=bounds, refused=self.refused.emit
        )


class CheckedDoubleSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox whose refused keystrokes come with a reason (``refused``)."""

    refused = Signal(str)

    def __init__(self, what: str, limit: str) -> None:
        super().__init__()
        self._reasons = _Reasons(what, limit)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        bounds = (self.minimum(), self.maximum())
        accepted = super().validate(text, pos)
        return self._reasons.checked(
            self, text, pos, accepted, bounds=bounds, refused=self.refused.emit
        )
