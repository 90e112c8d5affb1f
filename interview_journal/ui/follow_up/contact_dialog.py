"""Logging a contact of a process, with the restraint guard before a status inquiry.

The guard's reasons show in the dialog while the user fills it in (date and kind change
them), and saving a flagged inquiry asks once more; the user may always log it anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.vocabulary import CHANNELS, DIRECTIONS, INTERACTION_KINDS, labels
from interview_journal.ui.bounded_text import BoundedTextEdit
from interview_journal.ui.feedback import InlineMessage, ReportsInline, guarded
from interview_journal.ui.layout import named, tab_chain
from interview_journal.ui.research import widgets

if TYPE_CHECKING:
    from interview_journal.core.inquiries import InquiryCheck
    from interview_journal.core.services import Services
    from interview_journal.storage.tables import Interaction

Confirm = Callable[[QWidget, str, str, str], bool]
Clock = Callable[[], datetime]

# Interaction kind the guard watches; kept equal to core.inquiries.STATUS_INQUIRY (tested),
# not imported, so this module loads without the database stack.
STATUS_INQUIRY = "status_inquiry"


def _ask(parent: QWidget, title: str, text: str, action: str) -> bool:
    # Looked up at call time, so tests that patch widgets.confirm reach this dialog too.
    return widgets.confirm(parent, title, text, action)


def _combo(object_name: str, accessible: str, vocabulary: dict[str, str]) -> QComboBox:
    box = named(QComboBox(), object_name, accessible)
    # Translated labels shown; the English keys stay the item data that gets stored.
    for key, text in labels(vocabulary).items():
        box.addItem(text, key)
    return box


def _select(box: QComboBox, key: str) -> None:
    index = box.findData(key)
    if index >= 0:
        box.setCurrentIndex(index)


class LogContactDialog(ReportsInline, QDialog):
    """Log a call, a message or a status inquiry with a process's company."""

    logged = Signal(str)  # interaction id

    def __init__(
        self,
        services: Services,
        application_id: str | None,
        parent: QWidget | None = None,
        *,
        confirm: Confirm | None = None,
        clock: Clock | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "logContactDialog", self.tr("Log a contact"))
        self.setWindowTitle(self.tr("Log a contact"))
        self._services = services
        self._application_id = application_id
        self._confirm: Confirm = confirm or _ask
        self._tz = tz
        from interview_journal.core.inquiries import InquiryCheck

        self._all_clear = InquiryCheck(True)
        self.guard: InquiryCheck = self._all_clear
        self.interaction: Interaction | None = None

        self.person_box = named(QComboBox(), "contactPerson", self.tr("Person"))
        self.person_box.addItem(self.tr("No one in particular"), None)
        people = guarded(self, lambda: services.interactions.contacts(application_id)) or []
        for person in people:
            text = f"{person.name} · {person.title}" if person.title else person.name
            self.person_box.addItem(text, person.id)
        self.direction_box = _combo("contactDirection", self.tr("Direction"), DIRECTIONS)
        _select(self.direction_box, "out")
        self.channel_box = _combo("contactChannel", self.tr("Channel"), CHANNELS)
        self.kind_box = _combo("contactKind", self.tr("Kind"), INTERACTION_KINDS)
        self.when_edit = named(QDateTimeEdit(), "contactWhen", self.tr("When"))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when_edit.setTimeZone(self._qt_zone())
        now = clock() if clock else datetime.now(UTC)
        self.when_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp())))
        self.summary_edit = named(BoundedTextEdit(), "contactSummary", self.tr("Summary"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("What was said, in a line or two"))
        self.summary_edit.setMinimumHeight(110)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Person:"), self.person_box),
            (self.tr("&Direction:"), self.direction_box),
            (self.tr("&Channel:"), self.channel_box),
            (self.tr("&Kind:"), self.kind_box),
            (self.tr("&When:"), self.when_edit),
            (self.tr("S&ummary:"), self.summary_edit),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)

        self.warning = named(QLabel(), "contactGuard", self.tr("Before you ask again"))
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setFrameShape(QLabel.Shape.StyledPanel)
        self.warning.setMargin(10)
        self.warning.setAutoFillBackground(True)
        self.warning.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.warning.hide()
        self.message = InlineMessage("contactMessage")

        self.buttons = named(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            ),
            "contactButtons",
            self.tr("Save or cancel"),
        )
        self.save_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
            "contactSave",
            self.tr("Log it"),
        )
        self.save_button.setText(self.tr("&Log it"))
        # The Cancel button's text comes from Qt's own translation (qtbase).
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, "contactCancel", cancel.text().replace("&", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for signal in (
            self.kind_box.currentIndexChanged,
            self.direction_box.currentIndexChanged,
            self.when_edit.dateTimeChanged,
        ):
            signal.connect(self.refresh_guard)
        chain: list[QWidget] = [
            self.person_box,
            self.direction_box,
            self.channel_box,
            self.kind_box,
            self.when_edit,
            self.summary_edit,
            *self.buttons.buttons(),
        ]
        tab_chain(chain)
        self.resize(520, 460)
        self.refresh_guard()
        self.person_box.setFocus()

    def _qt_zone(self) -> QTimeZone:
        key = getattr(self._tz, "key", None)
        if isinstance(key, str):
            zone = QTimeZone(key.encode())
            if zone.isValid():
                return zone
        return QTimeZone.systemTimeZone()

    # ------------------------------------------------------------- messages

    # ---------------------------------------------------------------- state
    def occurred_at(self) -> datetime:
        return datetime.fromtimestamp(self.when_edit.dateTime().toSecsSinceEpoch(), UTC)

    @property
    def is_status_inquiry(self) -> bool:
        kind, direction = self.kind_box.currentData(), self.direction_box.currentData()
        return bool(kind == STATUS_INQUIRY and direction == "out")

    def refresh_guard(self) -> None:
        """Show why a status inquiry at the chosen time may be too soon or too many."""
        self.guard = self._all_clear
        if self.is_status_inquiry and self._application_id is not None:
            application_id, when = self._application_id, self.occurred_at()
            checked = guarded(
                self, lambda: self._services.interactions.check(application_id, when, self._tz)
            )
            self.guard = checked or self._all_clear
        text = "\n".join(f"• {reason}" for reason in self.guard.reasons)
        self.warning.setText(
            self.tr("Before you ask again:\n{reasons}").format(reasons=text) if text else ""
        )
        self.warning.setAccessibleDescription(self.warning.text())
        self.warning.setVisible(bool(text))

    def save(self) -> bool:
        self.refresh_guard()
        if not self.guard.ok and not self._confirm(
            self,
            self.tr("Ask again?"),
            self.tr("{reasons}\n\nYou can still log it.").format(
                reasons="\n".join(self.guard.reasons)
            ),
            self.tr("Log it anyway"),
        ):
            return False
        services = self._services
        person_id = self.person_box.currentData()
        logged = guarded(
            self,
            lambda: services.interactions.log(
                self._application_id,
                person_id=person_id,
                direction=str(self.direction_box.currentData()),
                channel=str(self.channel_box.currentData()),
                kind=str(self.kind_box.currentData()),
                summary=self.summary_edit.toPlainText(),
                occurred_at=self.occurred_at(),
            ),
        )
        if logged is None:
            return False
        self.interaction = logged
        self.logged.emit(logged.id)
        self.accept()
        return True
