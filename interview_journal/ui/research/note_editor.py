"""The editor of one research note: topic, title, source and its date, Markdown body.

Besides typing, a note can come from elsewhere, always without the network: HTML pasted or
dropped from a browser becomes Markdown (text and links, never scripts), and a saved web
page, a Markdown or a text file can be imported (button, Ctrl+Shift+I, or dropped onto the
editor). Importing reads and extracts the file on a worker thread and hands the result to
the owner through ``import_ready``; the editor itself saves nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDir,
    QEvent,
    QMimeData,
    QObject,
    QRunnable,
    QStandardPaths,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
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

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.validation import LONG_TEXT_MAX
from interview_journal.core.vocabulary import RESEARCH_TOPICS, labels
from interview_journal.ui.feedback import report_error
from interview_journal.ui.i18n import format_number
from interview_journal.ui.research.models import DATE_FORMAT, NoteRow

log = logging.getLogger(__name__)

IMPORT_SHORTCUT = "Ctrl+Shift+I"


def import_filters() -> str:
    """The file dialog's filters, named in the user's language (the patterns stay)."""
    return ";;".join(
        (
            QCoreApplication.translate("NoteEditor", "Pages and notes ({patterns})").format(
                patterns="*.html *.htm *.xhtml *.mhtml *.mht *.md *.markdown *.txt"
            ),
            QCoreApplication.translate("NoteEditor", "Web pages ({patterns})").format(
                patterns="*.html *.htm *.xhtml *.mhtml *.mht"
            ),
            QCoreApplication.translate("NoteEditor", "Markdown ({patterns})").format(
                patterns="*.md *.markdown"
            ),
            QCoreApplication.translate("NoteEditor", "Text files ({patterns})").format(
                patterns="*.txt"
            ),
            QCoreApplication.translate("NoteEditor", "All files ({patterns})").format(patterns="*"),
        )
    )


# Links a note may open, in the system's browser or mail program; nothing else is followed.
OPENABLE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# What the preview may load: Qt's own resources and files on this disk. (Inline data: images
# are decoded by QTextDocument itself, and it only falls back to local files.)
LOCAL_RESOURCE_SCHEMES = frozenset({"qrc", "file"})
# A clipboard's HTML beyond this is refused before it is converted (the pasted Markdown
# would be over the note limit anyway, and converting it would freeze the window).
PASTE_HTML_MAX = 15_000_000
LINK_REFUSED = QT_TRANSLATE_NOOP(
    "NoteEditor",
    "This link was not opened: only web (http, https) and email links open from a note.",
)


def local_files(mime: QMimeData) -> list[Path]:
    """The files on this machine that a drag or a paste carries (file manager, desktop)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class NoteBody(QPlainTextEdit):
    """The Markdown text of a note; HTML pasted or dropped in arrives as Markdown."""

    files_dropped = Signal(list)  # list[Path]: files dropped or pasted, to be imported

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            bool(local_files(source)) or source.hasHtml() or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Qt routes both Ctrl+V and a text drop through here (QPlainTextEdit docs,
        # "insertFromMimeData"), so one place decides what a paste becomes.
        files = local_files(source)
        if files:
            self.files_dropped.emit(files)
            return
        text = self._pasted_text(source)
        if not text:
            return
        selected = len(self.textCursor().selectedText())
        total = len(self.toPlainText()) - selected + len(text)
        if total > LONG_TEXT_MAX:
            report_error(
                self,
                self.tr(
                    "Pasting {pasted} characters would make this note {total} characters "
                    "long; a note holds at most {limit}. Nothing was pasted."
                ).format(
                    pasted=format_number(len(text)),
                    total=format_number(total),
                    limit=format_number(LONG_TEXT_MAX),
                ),
            )
            return
        self.insertPlainText(text)
        self.ensureCursorVisible()

    def _pasted_text(self, source: QMimeData) -> str:
        """Markdown for HTML, the text itself otherwise; "" when there is nothing to paste."""
        if source.hasHtml():
            from interview_journal.core.capture import html_to_markdown

            html = source.html()
            if len(html) > PASTE_HTML_MAX:
                report_error(
                    self,
                    self.tr(
                        "The pasted page is {size} characters of HTML, too much for one "
                        "note. Nothing was pasted; copy a smaller part of it."
                    ).format(size=format_number(len(html))),
                )
                return ""
            markdown = html_to_markdown(html)
            if markdown.strip():
                return markdown
        return source.text() if source.hasText() else ""


class NotePreview(QTextBrowser):
    """The note as formatted text. It follows no link itself and loads nothing remote."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # With openLinks off QTextBrowser only emits anchorClicked and never navigates
        # (Qt docs, QTextBrowser::openLinks); the editor decides what may open.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        # Qt asks here for every image and style sheet the document names (Qt docs,
        # QTextBrowser::loadResource). A note may name any address, and loading one from
        # the web would tell a tracker the note was opened: only local resources load.
        url = QUrl(name) if isinstance(name, str) else name
        if url.scheme().lower() in LOCAL_RESOURCE_SCHEMES:
            return super().loadResource(type, url)
        return None


class _CaptureSignals(QObject):
    """Carries a worker's result back to the UI thread (a queued connection)."""

    captured = Signal(object, object)  # Path, CapturedNote
    failed = Signal(object, str)  # Path, message for the user


class _CaptureJob(QRunnable):
    """Reads and extracts one file off the UI thread."""

    def __init__(self, path: Path, signals: _CaptureSignals) -> None:
        super().__init__()
        self.path = path
        self.signals = signals

    def run(self) -> None:
        from interview_journal.core.capture import capture_file
        from interview_journal.core.errors import ValidationError

        try:
            note = capture_file(self.path)
        except ValidationError as error:
            self.signals.failed.emit(self.path, str(error))
        except Exception:
            log.exception("importing %s failed", self.path)
            self.signals.failed.emit(
                self.path,
                QCoreApplication.translate(
                    "NoteEditor",
                    "“{file}” could not be imported; nothing was created. Details are in the log.",
                ).format(file=self.path.name),
            )
        else:
            self.signals.captured.emit(self.path, note)


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
    # One CapturedNote per imported file; the owner saves it as a new note.
    import_ready = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setAccessibleName(self.tr("Research note"))
        self._note: NoteRow | None = None
        self._loading = False
        self._dirty = False
        self._importing: list[Path] = []
        self._jobs: set[_CaptureSignals] = set()
        self._status_before_import = ""
        # One file at a time, so notes arrive in the order the files were given.
        self._import_pool = QThreadPool(self)
        self._import_pool.setMaxThreadCount(1)

        self.topic = QComboBox()
        self.topic.setObjectName("noteTopic")
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.setEditable(True)
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, text in labels(RESEARCH_TOPICS).items():
            self.topic.addItem(text, key)
        self.topic.setToolTip(self.tr("Pick a topic or type your own"))

        self.title = QLineEdit()
        self.title.setObjectName("noteTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("What this note is about, in a few words"))

        self.source = QLineEdit()
        self.source.setObjectName("noteSource")
        self.source.setAccessibleName(self.tr("Source"))
        self.source.setPlaceholderText(
            self.tr("Where you read or heard it: a link, a page, a person")
        )

        self.source_date = QDateEdit()
        self.source_date.setObjectName("noteSourceDate")
        self.source_date.setAccessibleName(self.tr("Source date"))
        self.source_date.setCalendarPopup(True)
        self.source_date.setDisplayFormat(DATE_FORMAT)
        self.source_date.setDate(QDate.currentDate())
        self.no_date = QCheckBox(self.tr("No date"))
        self.no_date.setObjectName("noteNoDate")
        self.no_date.setAccessibleName(self.tr("Source has no date"))
        self.no_date.setChecked(True)
        self.source_date.setEnabled(False)
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.source_date)
        date_row.addWidget(self.no_date)
        date_row.addStretch(1)

        self.import_button = QPushButton(self.tr("I&mport file…"))
        self.import_button.setObjectName("importNoteButton")
        self.import_button.setAccessibleName(
            self.tr("Import a saved web page or file as a new note")
        )
        self.import_button.setToolTip(
            self.tr(
                "Import a saved web page, a Markdown or a text file as a new note "
                "({shortcut}); you can also drop files here"
            ).format(shortcut=IMPORT_SHORTCUT)
        )
        self.import_shortcut = QShortcut(QKeySequence(IMPORT_SHORTCUT), self)
        self.import_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Beside the topic, where the form has width to spare: in the row of buttons below
        # it would widen the editor's minimum, and with it the main window's.
        self.topic.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.topic.setMinimumContentsLength(6)
        topic_row = QHBoxLayout()
        topic_row.setContentsMargins(0, 0, 0, 0)
        topic_row.addWidget(self.topic, 1)
        topic_row.addWidget(self.import_button)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Topic"), topic_row)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("S&ource"), self.source)
        form.addRow(self.tr("Source &date"), date_row)
        for row, buddy in ((topic_row, self.topic), (date_row, self.source_date)):
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(buddy)

        self.body = NoteBody()
        self.body.setObjectName("noteBody")
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setPlaceholderText(
            self.tr(
                "What you found and what it means for you. Markdown works: **bold**, - lists, "
                "[links](https://example.org)."
            )
        )
        self.body.setAccessibleDescription(
            self.tr("Markdown text; Tab moves on to the buttons below")
        )
        self.body.setTabChangesFocus(True)
        self.preview = NotePreview()
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName(self.tr("Note preview"))
        self.body_stack = QStackedWidget()
        self.body_stack.setObjectName("noteBodyStack")
        self.body_stack.addWidget(self.body)
        self.body_stack.addWidget(self.preview)

        self.preview_toggle = QPushButton(self.tr("&Preview"))
        self.preview_toggle.setObjectName("previewToggle")
        self.preview_toggle.setAccessibleName(self.tr("Preview the note as formatted text"))
        self.preview_toggle.setCheckable(True)
        self.status = QLabel()
        self.status.setObjectName("noteStatus")
        self.status.setAccessibleName(self.tr("Note save status"))
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.delete_button = QPushButton(self.tr("Delete note"))
        self.delete_button.setObjectName("deleteNoteButton")
        self.delete_button.setAccessibleName(self.tr("Delete note"))
        self.delete_button.setToolTip(self.tr("Delete this note (asks first)"))
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.setObjectName("saveNoteButton")
        self.save_button.setAccessibleName(self.tr("Save note"))
        self.save_button.setToolTip(self.tr("Save note (Ctrl+S)"))
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
        self.import_button.clicked.connect(self.import_chosen_files)
        self.import_shortcut.activated.connect(self.import_chosen_files)
        self.body.files_dropped.connect(self.import_files)
        self.preview.anchorClicked.connect(self.open_link)
        # Files dropped anywhere on the editor import, instead of pasting a path: one
        # filter sees the drops on the editor itself, its line edits and the text areas
        # (a scroll area's drops arrive at its viewport).
        self.setAcceptDrops(True)
        targets = (
            self,
            self.title,
            self.source,
            self.topic.lineEdit(),
            self.body.viewport(),
            self.preview.viewport(),
        )
        for target in targets:
            if target is not None:
                target.installEventFilter(self)
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
        self._set_status(self.tr("New note"))

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
        self._set_status("")

    def mark_saved(self, note: NoteRow) -> None:
        self._note = note
        self._dirty = False
        self.delete_button.setEnabled(True)
        self._set_status(self.tr("Saved"))

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

    # --------------------------------------------------------------- import
    @property
    def is_importing(self) -> bool:
        return bool(self._importing)

    def import_chosen_files(self) -> None:
        """Ask for files, then import each of them."""
        self.import_files(self.choose_files_to_import())

    def choose_files_to_import(self) -> list[Path]:
        """The file dialog, on its own so tests (and other callers) can bypass it."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        if not start or not QDir(start).exists():
            start = QDir.homePath()
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import a saved web page or a file"), start, import_filters()
        )
        return [Path(name) for name in names]

    def import_files(self, paths: Sequence[Path]) -> None:
        """Read and extract each file on a worker; ``import_ready`` brings each note back."""
        if not paths:
            return
        if not self._importing:
            self._status_before_import = self.status.text()
        for path in paths:
            # Not a child of the editor: the worker may still hold it if the editor goes.
            signals = _CaptureSignals()
            signals.captured.connect(self._on_captured)
            signals.failed.connect(self._on_capture_failed)
            self._jobs.add(signals)
            self._importing.append(path)
            self._import_pool.start(_CaptureJob(path, signals))
        self._show_import_progress()

    def _show_import_progress(self) -> None:
        current = self._importing[0]
        more = len(self._importing) - 1
        if more:
            text = self.tr("Importing {file}… (%n more to go)", "", more)
        else:
            text = self.tr("Importing {file}…")
        self._set_status(text.format(file=current.name))

    def _import_finished(self, path: Path) -> None:
        sender = self.sender()
        if isinstance(sender, _CaptureSignals):
            self._jobs.discard(sender)
        if path in self._importing:
            self._importing.remove(path)
        if self._importing:
            self._show_import_progress()

    def _on_captured(self, path: Path, note: object) -> None:
        self._import_finished(path)
        if not self._importing:
            self._set_status(self.tr("Imported {file}").format(file=path.name))
        self.import_ready.emit(note)

    def _on_capture_failed(self, path: Path, message: str) -> None:
        self._import_finished(path)
        if not self._importing:
            self._set_status(self._status_before_import)
        report_error(self, message)

    # ----------------------------------------------------------- dropping
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragMoveEvent | QDropEvent) and local_files(event.mimeData()):
            # QDragEnterEvent is a QDragMoveEvent, which is a QDropEvent.
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.import_files(local_files(event.mimeData()))
            return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- links
    def open_link(self, url: QUrl) -> None:
        """Open a link of the preview in the system's browser or mail program, if it is safe."""
        if url.scheme().lower() in OPENABLE_LINK_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            report_error(self, QCoreApplication.translate("NoteEditor", LINK_REFUSED))

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
        self._set_status(self.tr("Unsaved changes"))

    def _on_no_date(self, checked: bool) -> None:
        self.source_date.setEnabled(not checked)
        self._on_edit()

    def _show_preview(self, on: bool) -> None:
        if on:
            self.preview.setMarkdown(self.body.toPlainText())
            self.body_stack.setCurrentWidget(self.preview)
        else:
            self.body_stack.setCurrentWidget(self.body)
        self.preview_toggle.setText(self.tr("&Edit") if on else self.tr("&Preview"))
        self.preview_toggle.setAccessibleName(
            self.tr("Back to editing the note text")
            if on
            else self.tr("Preview the note as formatted text")
        )

    def _set_status(self, text: str) -> None:
        """The save state, in words on screen and in the label's accessible description
        (the name stays "Note save status", so a screen reader says both)."""
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
