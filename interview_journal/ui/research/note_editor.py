"""The editor of one research note: topic, title, source and its date, Markdown body."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.vocabulary import RESEARCH_TOPICS
from interview_journal.ui.research.models import DATE_FORMAT, NoteRow


@dataclass(frozen=True)
class NoteDraft:
    """What the editor holds, ready for ``add_note``/``update_note``."""

    topic: str
    title: str
    body: str
    source: str
    source_date: date | None

    @property
    def is_blank(self) -> bool:
        return not (self.title.strip() or self.body.strip() or self.source.strip())


class NoteEditor(QWidget):
    """Edits one note; tells its owner when the user changed something (``edited``)."""

    edited = Signal()
    save_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setAccessibleName("Research note")
        self._note: NoteRow | None = None
        self._loading = False
        self._dirty = False

        self.topic = QComboBox()
        self.topic.setObjectName("noteTopic")
        self.topic.setAccessibleName("Topic")
        self.topic.setEditable(True)
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, text in RESEARCH_TOPICS.items():
            self.topic.addItem(text, key)
        self.topic.setToolTip("Pick a topic or type your own")

        self.title = QLineEdit()
        self.title.setObjectName("noteTitle")
        self.title.setAccessibleName("Title")
        self.title.setPlaceholderText("What this note is about, in a few words")

        self.source = QLineEdit()
        self.source.setObjectName("noteSource")
        self.source.setAccessibleName("Source")
        self.source.setPlaceholderText("Where you read or heard it: a link, a page, a person")

        self.source_date = QDateEdit()
        self.source_date.setObjectName("noteSourceDate")
        self.source_date.setAccessibleName("Source date")
        self.source_date.setCalendarPopup(True)
        self.source_date.setDisplayFormat(DATE_FORMAT)
        self.source_date.setDate(QDate.currentDate())
        self.no_date = QCheckBox("No date")
        self.no_date.setObjectName("noteNoDate")
        self.no_date.setAccessibleName("Source has no date")
        self.no_date.setChecked(True)
        self.source_date.setEnabled(False)
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.source_date)
        date_row.addWidget(self.no_date)
        date_row.addStretch(1)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("&Topic", self.topic)
        form.addRow("T&itle", self.title)
        form.addRow("S&ource", self.source)
        form.addRow("Source &date", date_row)
        date_label = form.labelForField(date_row)
        if isinstance(date_label, QLabel):
            date_label.setBuddy(self.source_date)

        self.body = QPlainTextEdit()
        self.body.setObjectName("noteBody")
        self.body.setAccessibleName("Note text")
        self.body.setPlaceholderText(
            "What you found and what it means for you. Markdown works: **bold**, - lists, "
            "[links](https://example.org)."
        )
        self.body.setTabChangesFocus(True)
        self.preview = QTextBrowser()
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName("Note preview")
        self.preview.setOpenExternalLinks(True)
        self.body_stack = QStackedWidget()
        self.body_stack.setObjectName("noteBodyStack")
        self.body_stack.addWidget(self.body)
        self.body_stack.addWidget(self.preview)

        self.preview_toggle = QPushButton("&Preview")
        self.preview_toggle.setObjectName("previewToggle")
        self.preview_toggle.setAccessibleName("Preview the note as formatted text")
        self.preview_toggle.setCheckable(True)
        self.status = QLabel()
        self.status.setObjectName("noteStatus")
        self.status.setAccessibleName("Note save status")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.delete_button = QPushButton("Delete note")
        self.delete_button.setObjectName("deleteNoteButton")
        self.delete_button.setAccessibleName("Delete note")
        self.save_button = QPushButton("Save note")
        self.save_button.setObjectName("saveNoteButton")
        self.save_button.setAccessibleName("Save note")
        self.save_button.setToolTip("Save note (Ctrl+S)")
        self.save_button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.preview_toggle)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.body_stack, 1)
        layout.addLayout(buttons)

        self.topic.currentTextChanged.connect(self._on_edit)
        self.title.textEdited.connect(self._on_edit)
        self.source.textEdited.connect(self._on_edit)
        self.source_date.dateChanged.connect(self._on_edit)
        self.no_date.toggled.connect(self._on_no_date)
        self.body.textChanged.connect(self._on_edit)
        self.preview_toggle.toggled.connect(self._show_preview)
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.start_new()

    # ---------------------------------------------------------------- state
    @property
    def note(self) -> NoteRow | None:
        """The note being edited, or None for a note not saved yet."""
        return self._note

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def start_new(self, topic: str = "") -> None:
        self._load(None, NoteDraft(topic, "", "", "", None))
        self.status.setText("New note")

    def load(self, note: NoteRow) -> None:
        draft = NoteDraft(note.topic, note.title, note.body, note.source, note.source_date)
        self._load(note, draft)

    def _load(self, note: NoteRow | None, draft: NoteDraft) -> None:
        self._loading = True
        try:
            self._note = note
            self._set_topic(draft.topic)
            self.title.setText(draft.title)
            self.source.setText(draft.source)
            self.no_date.setChecked(draft.source_date is None)
            if draft.source_date is not None:
                day = draft.source_date
                self.source_date.setDate(QDate(day.year, day.month, day.day))
            self.body.setPlainText(draft.body)
            self.delete_button.setEnabled(note is not None)
            self.preview_toggle.setChecked(False)
        finally:
            self._loading = False
        self._dirty = False
        self.status.clear()

    def mark_saved(self, note: NoteRow) -> None:
        self._note = note
        self._dirty = False
        self.delete_button.setEnabled(True)
        self.status.setText("Saved")

    def draft(self) -> NoteDraft:
        day: date | None = None
        if not self.no_date.isChecked():
            chosen = self.source_date.date()
            day = date(chosen.year(), chosen.month(), chosen.day())
        return NoteDraft(
            topic=self._topic_key(),
            title=self.title.text(),
            body=self.body.toPlainText(),
            source=self.source.text(),
            source_date=day,
        )

    def focus_first(self) -> None:
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    # --------------------------------------------------------------- topics
    def _set_topic(self, topic: str) -> None:
        index = self.topic.findData(topic or "other")
        if index >= 0:
            self.topic.setCurrentIndex(index)
        else:
            self.topic.setCurrentIndex(-1)
            self.topic.setEditText(topic)

    def _topic_key(self) -> str:
        text = self.topic.currentText().strip()
        index = self.topic.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.topic.itemData(index))
        return text

    # --------------------------------------------------------------- events
    def _on_edit(self) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._dirty = True
            self.edited.emit()
        self.status.setText("Unsaved changes")

    def _on_no_date(self, checked: bool) -> None:
        self.source_date.setEnabled(not checked)
        self._on_edit()

    def _show_preview(self, on: bool) -> None:
        if on:
            self.preview.setMarkdown(self.body.toPlainText())
            self.body_stack.setCurrentWidget(self.preview)
        else:
            self.body_stack.setCurrentWidget(self.body)
        self.preview_toggle.setText("&Edit" if on else "&Preview")
