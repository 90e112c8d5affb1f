"""The follow-up composer: a draft from the round's notes, the send window, and sending.

The core is imported inside the methods: the main window imports this package before
it paints, and the database stack must load only after (ENGINEERING.md).

The dialog never sends mail itself: it hands a ``mailto:`` URL to the user's mail client
(or the clipboard), and the user says when it went out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui.bounded_text import BoundedTextEdit
from interview_journal.ui.feedback import InlineMessage, ReportsInline, guarded
from interview_journal.ui.i18n import format_time, to_qdate
from interview_journal.ui.layout import named, tab_chain
from interview_journal.ui.research import widgets

if TYPE_CHECKING:
    from interview_journal.core.follow_up import FollowUpDraft
    from interview_journal.core.services import Services

Opener = Callable[[QUrl], bool]
Confirm = Callable[[QWidget, str, str, str], bool]
Clock = Callable[[], datetime]

NOT_ENDED = QT_TRANSLATE_NOOP(
    "FollowUpComposer", "The interview has not ended yet: the send window opens once it has."
)
# Weekday, day and month: the names in the user's language (Qt's date format letters).
SENT_DAY_FORMAT = "ddd d MMM"


# Beyond this many characters a mailto link may be cut by the mail client or the system.
MAILTO_COMFORTABLE = 8_000


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _ask(parent: QWidget, title: str, text: str, action: str) -> bool:
    # Looked up at call time, so tests that patch widgets.confirm reach this dialog too.
    return widgets.confirm(parent, title, text, action)


class FollowUpComposer(ReportsInline, QDialog):
    """Draft, edit, open in the mail client or copy, and mark the round's follow-up sent.

    ``opener``, ``confirm``, ``clock`` and ``tz`` are for tests; by default the desktop
    opens the URL, a message box asks, and the machine's clock and zone are used.
    """

    saved = Signal(str)  # follow-up id
    sent = Signal(str)  # follow-up id

    def __init__(
        self,
        services: Services,
        round_id: str,
        parent: QWidget | None = None,
        *,
        opener: Opener | None = None,
        confirm: Confirm | None = None,
        clock: Clock | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "followUpComposer", self.tr("Follow-up email"))
        self.setWindowTitle(self.tr("Follow-up email"))
        self._services = services
        self._round_id = round_id
        self._open_url: Opener = opener or QDesktopServices.openUrl
        self._confirm: Confirm = confirm or _ask
        self._clock: Clock = clock or _utc_now
        self._tz = tz
        self._draft: FollowUpDraft | None = None
        # What the fields held when last loaded or saved: anything else is the user's edit.
        self._clean: tuple[str, str, str] = ("", "", "")

        self.banner = named(QLabel(), "followUpWindow", self.tr("Recommended send window"))
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(10)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.verdict_label = named(QLabel(), "followUpVerdict", self.tr("Sending now"))
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)

        self.to_edit = named(QLineEdit(), "followUpTo", self.tr("To"))
        self.to_edit.setPlaceholderText(self.tr("name@example.com, or leave empty"))
        self.subject_edit = named(QLineEdit(), "followUpSubject", self.tr("Subject"))
        self.qualities_edit = named(
            QLineEdit(), "followUpQualities", self.tr("Qualities to stress")
        )
        self.qualities_edit.setPlaceholderText(self.tr("e.g. careful testing, calm under pressure"))
        self.qualities_edit.setToolTip(
            self.tr("Kept for every follow-up; choose Re-draft to write them into this one")
        )
        self.redraft_button = named(
            QPushButton(self.tr("&Re-draft")), "followUpRedraft", self.tr("Re-draft from the notes")
        )
        self.redraft_button.setToolTip(
            self.tr("Write a fresh draft from the notes and these qualities")
        )
        # Enter in a field must never offer to replace the body.
        self.redraft_button.setAutoDefault(False)
        self.body_edit = named(BoundedTextEdit(), "followUpBody", self.tr("Body"))
        # Tab leaves the body, so the dialog works from the keyboard alone.
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(260)

        qualities_row = QHBoxLayout()
        qualities_row.addWidget(self.qualities_edit, 1)
        qualities_row.addWidget(self.redraft_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, row in (
            (self.tr("&To:"), self.to_edit, None),
            (self.tr("&Subject:"), self.subject_edit, None),
            (self.tr("&Qualities to stress:"), self.qualities_edit, qualities_row),
            (self.tr("&Body:"), self.body_edit, None),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, row if row is not None else field)

        self.message = InlineMessage("followUpMessage")

        self.open_button = named(
            QPushButton(self.tr("&Open in mail client")),
            "followUpOpenMail",
            self.tr("Open in mail client"),
        )
        self.copy_button = named(
            QPushButton(self.tr("Cop&y")), "followUpCopy", self.tr("Copy to clipboard")
        )
        self.copy_button.setToolTip(self.tr("Copy the subject and body, to paste anywhere"))
        self.save_button = named(
            QPushButton(self.tr("Sa&ve draft")), "followUpSave", self.tr("Save draft")
        )
        self.sent_button = named(
            QPushButton(self.tr("&Mark as sent…")), "followUpMarkSent", self.tr("Mark as sent")
        )
        self.sent_button.setToolTip(self.tr("Log it on the timeline once it has gone out"))
        self.close_button = named(QPushButton(self.tr("Close")), "followUpClose", self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close; your edits are kept as a draft (Esc)"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.copy_button, self.save_button, self.sent_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.verdict_label)
        layout.addSpacing(6)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.redraft_button.clicked.connect(self.redraft)
        self.open_button.clicked.connect(self.open_in_mail_client)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.save_button.clicked.connect(self.save)
        self.sent_button.clicked.connect(self.mark_sent)
        self.close_button.clicked.connect(self.reject)

        chain: list[QWidget] = [
            self.to_edit,
            self.subject_edit,
            self.qualities_edit,
            self.redraft_button,
            self.body_edit,
            self.open_button,
            self.copy_button,
            self.save_button,
            self.sent_button,
            self.close_button,
        ]
        tab_chain(chain)
        self.resize(720, 640)
        self._load()
        self.body_edit.setFocus()

    # ------------------------------------------------------------- messages

    # -------------------------------------------------------------- loading
    def _load(self) -> None:
        follow_ups = self._services.follow_ups
        draft = guarded(self, lambda: follow_ups.draft(self._round_id))
        self.qualities_edit.setText(guarded(self, follow_ups.qualities) or "")
        if draft is not None:
            self._show_draft(draft)
        self.refresh_timing()

    def _show_draft(self, draft: FollowUpDraft) -> None:
        self._draft = draft
        self.to_edit.setText(draft.recipient)
        self.subject_edit.setText(draft.subject)
        self.body_edit.setPlainText(draft.body)
        self._mark_clean()
        self.sent_button.setEnabled(not draft.sent)
        # A sent follow-up stays as it was sent: the timeline points at that text.
        for edit in (self.to_edit, self.subject_edit, self.body_edit):
            edit.setReadOnly(draft.sent)
        self.redraft_button.setEnabled(not draft.sent)
        self.save_button.setEnabled(not draft.sent)

    def _mark_clean(self) -> None:
        self._clean = self._fields()

    def _fields(self) -> tuple[str, str, str]:
        return (self.to_edit.text(), self.subject_edit.text(), self.body_edit.toPlainText())

    @property
    def edited(self) -> bool:
        """True when the fields hold text not yet saved."""
        return self._fields() != self._clean

    @property
    def draft(self) -> FollowUpDraft | None:
        return self._draft

    def refresh_timing(self) -> None:
        """Show the window and the verdict for sending now (or when it was sent)."""
        from interview_journal.core.follow_up import describe_verdict, describe_window

        now = self._clock()
        window = guarded(self, lambda: self._services.follow_ups.window(self._round_id, self._tz))
        if window is None:
            self.banner.setText(QCoreApplication.translate("FollowUpComposer", NOT_ENDED))
            self.verdict_label.setText("")
        else:
            self.banner.setText(describe_window(window, now, self._tz))
            self.verdict_label.setText(describe_verdict(window, now))
        draft = self._draft
        if draft is not None and draft.sent and draft.sent_at is not None:
            when = draft.sent_at.astimezone(self._tz) if self._tz else draft.sent_at.astimezone()
            day = QLocale().toString(to_qdate(when.date()), SENT_DAY_FORMAT)
            # The wall-clock time in the zone shown, not converted again.
            self.verdict_label.setText(
                self.tr("Marked as sent on {day}, {time}.").format(
                    day=day, time=format_time(when.time())
                )
            )
        for label in (self.banner, self.verdict_label):
            label.setAccessibleDescription(label.text())
        self.verdict_label.setVisible(bool(self.verdict_label.text()))

    # -------------------------------------------------------------- actions
    def _current(self) -> FollowUpDraft:
        from interview_journal.core.follow_up import FollowUpDraft

        base = self._draft
        to, subject, body = self._fields()
        return FollowUpDraft(
            round_id=self._round_id,
            application_id=base.application_id if base else None,
            recipient=to,
            subject=subject,
            body=body,
            id=base.id if base else None,
            status=base.status if base else "draft",
            sent_at=base.sent_at if base else None,
        )

    def save(self) -> FollowUpDraft | None:
        """Save the fields as the round's draft; None (and a message) if refused."""
        to, subject, body = self._fields()
        follow_ups = self._services.follow_ups
        saved = guarded(
            self,
            lambda: follow_ups.save_draft(
                self._round_id, recipient=to, subject=subject, body=body, now=self._clock()
            ),
        )
        if saved is None:
            return None
        self._draft = saved
        self._mark_clean()
        self.message.hide()
        self.saved.emit(saved.id or "")
        return saved

    def redraft(self) -> bool:
        """A fresh draft with the qualities typed; asks before replacing the user's edits."""
        follow_ups = self._services.follow_ups
        qualities = self.qualities_edit.text()
        if guarded(self, lambda: follow_ups.set_qualities(qualities)) is None:
            return False
        fresh = guarded(self, lambda: follow_ups.compose(self._round_id))
        if fresh is None:
            return False
        saved_text = self._draft is not None and self._draft.id is not None
        if (self.edited or saved_text) and not self._confirm(
            self,
            self.tr("Replace the follow-up"),
            self.tr(
                "Replace the text of this follow-up with a fresh draft from your notes? "
                "What you wrote here will be lost."
            ),
            self.tr("Replace"),
        ):
            return False
        self.to_edit.setText(self.to_edit.text() or fresh.recipient)
        self.subject_edit.setText(fresh.subject)
        self.body_edit.setPlainText(fresh.body)
        self.body_edit.setFocus()
        return True

    def open_in_mail_client(self) -> bool:
        follow_ups = self._services.follow_ups
        url = guarded(self, lambda: follow_ups.mailto_url(self._current()))
        if url is None:
            return False
        if not self._open_url(QUrl(url, QUrl.ParsingMode.StrictMode)):
            self.show_message(
                self.tr("No mail client opened. Use Copy and paste the text into your email."),
                True,
            )
            return False
        if len(url) > MAILTO_COMFORTABLE:
            # Several mail clients cut long mailto links without a word.
            self.show_message(
                self.tr(
                    "Opened in your mail client. The text is long: check that it arrived whole, "
                    "or use Copy instead. Come back to mark it as sent."
                )
            )
            return True
        self.show_message(self.tr("Opened in your mail client. Come back to mark it as sent."))
        return True

    def copy_to_clipboard(self) -> None:
        _to, subject, body = self._fields()
        QGuiApplication.clipboard().setText(f"{subject}\n\n{body}" if subject else body)
        self.show_message(self.tr("Subject and body copied."))

    def mark_sent(self) -> bool:
        """Save, warn when it is too soon (the user may go on), then log it as sent."""
        from interview_journal.core.follow_up import TOO_SOON, describe_verdict, describe_window

        unsaved = self.edited or self._draft is None or self._draft.id is None
        if unsaved and self.save() is None:
            return False
        draft = self._draft
        assert draft is not None and draft.id is not None
        follow_ups = self._services.follow_ups
        now = self._clock()
        window = guarded(self, lambda: follow_ups.window(self._round_id, self._tz))
        if (
            window is not None
            and window.verdict(now) == TOO_SOON
            and not self._confirm(
                self,
                self.tr("Too soon to send?"),
                describe_verdict(window, now) + "\n\n" + describe_window(window, now, self._tz),
                self.tr("Mark as sent anyway"),
            )
        ):
            return False
        follow_up_id = draft.id
        sent = guarded(self, lambda: follow_ups.mark_sent(follow_up_id, now=now))
        if sent is None:
            return False
        self._show_draft(sent)
        self.refresh_timing()
        self.show_message(self.tr("Logged as sent: it is on the timeline."))
        self.sent.emit(follow_up_id)
        return True

    # -------------------------------------------------------------- closing
    def done(self, result: int) -> None:
        """Close; unsaved edits are saved first, and a refused save keeps the dialog open."""
        if self.edited and self.save() is None:
            return
        super().done(result)
