"""A note of the user's own on the timeline: a thought, a call nobody logged, a decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.validation import SHORT_TEXT_MAX
from interview_journal.ui.feedback import InlineMessage
from interview_journal.ui.layout import tab_chain

if TYPE_CHECKING:
    from interview_journal.core.services import Services


class TimelineNoteDialog(QDialog):
    """Writes one ``note`` event about ``application_id`` (or ``company_id``, or nothing)."""

    noted = Signal(str)  # event id

    def __init__(
        self,
        services: Services,
        *,
        about: str,
        application_id: str | None = None,
        company_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineNoteDialog")
        self.setAccessibleName(self.tr("Add a note to the timeline"))
        self.setWindowTitle(self.tr("Add a note to the timeline"))
        self._services = services
        self._application_id = application_id
        self._company_id = company_id

        about_label = QLabel(about)
        about_label.setObjectName("timelineNoteAbout")
        about_label.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setObjectName("timelineNoteTitle")
        self.title.setAccessibleName(self.tr("Note"))
        self.title.setMaxLength(SHORT_TEXT_MAX)
        self.title.setPlaceholderText(self.tr("e.g. Recruiter said the team grows in spring"))
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("timelineNoteDetail")
        self.detail.setAccessibleName(self.tr("More about it"))
        self.detail.setTabChangesFocus(True)
        self.error = InlineMessage("timelineNoteError")

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        title_label = QLabel(self.tr("&Note"))
        title_label.setBuddy(self.title)
        detail_label = QLabel(self.tr("&More"))
        detail_label.setBuddy(self.detail)
        form.addRow(self.tr("About"), about_label)
        form.addRow(title_label, self.title)
        form.addRow(detail_label, self.detail)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("timelineNoteButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        tab_chain([self.title, self.detail, save, cancel])
        self.resize(520, 300)

    def accept(self) -> None:
        """Save and close; on a refusal say why here and keep everything typed."""
        from interview_journal.core.errors import ValidationError
        from interview_journal.storage.errors import JournalError

        try:
            event = self._services.timeline.add_note(
                self.title.text(),
                self.detail.toPlainText(),
                application_id=self._application_id,
                company_id=self._company_id,
            )
        except (ValidationError, JournalError) as error:
            self.error.report(str(error), error=True)
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.noted.emit(event.id)
        super().accept()
