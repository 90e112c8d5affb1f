"""Pasting, dropping and importing into a research note, and what the preview may open."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QClipboard,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core import capture
from interview_journal.core.capture import CapturedNote
from interview_journal.ui.research import note_editor
from interview_journal.ui.research.note_editor import NoteEditor, NotePreview
from tests.ui.stand_in import MessageWindow as Window
from tests.ui.stand_in import shown_window

CORPUS = Path(__file__).parent.parent / "data" / "capture"
PAGE = CORPUS / "acme-values.html"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot) -> Window:
    return shown_window(qtbot, NoteEditor(), (800, 600))


@pytest.fixture
def editor(window: Window) -> NoteEditor:
    widget = window.centralWidget()
    assert isinstance(widget, NoteEditor)
    return widget


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Links handed to the system's browser (which is never really started)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()))
    return urls


def mime(*, html: str = "", text: str = "", files: tuple[Path, ...] = ()) -> QMimeData:
    data = QMimeData()
    if html:
        data.setHtml(html)
    if text:
        data.setText(text)
    if files:
        data.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    return data


def drop(target: QWidget, data: QMimeData) -> QDropEvent:
    """Drags ``data`` in and drops it; the caller keeps ``data`` alive (events don't own it)."""
    # Qt delivers a drop only to the widget that accepted the drag entering it.
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(target, event)
    return event


def received(editor: NoteEditor) -> list[CapturedNote]:
    notes: list[CapturedNote] = []
    editor.import_ready.connect(notes.append)
    return notes


# ------------------------------------------------------------------ pasting
BROWSER_HTML = (
    "<html><body><!--StartFragment--><h3>Perks</h3><p>Read <a href='https://acme.example/"
    "perks'>the perks page</a> or <a href='javascript:steal()'>click here</a>.</p>"
    "<script>document.title = 'pwned'</script><!--EndFragment--></body></html>"
)
BROWSER_MARKDOWN = "### Perks\n\nRead [the perks page](https://acme.example/perks) or click here."


@pytest.fixture
def clipboard() -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    yield board
    # Emptied while the application lives: the clipboard owns what was put on it, and
    # leaving it for interpreter shutdown crashes PySide.
    board.clear()


def test_pasting_html_from_a_browser_gives_markdown_with_links_and_no_script(
    qtbot, editor, clipboard: QClipboard
):
    clipboard.setMimeData(mime(html=BROWSER_HTML, text="Perks Read ..."))
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_V, CTRL)
    assert editor.body.toPlainText() == BROWSER_MARKDOWN
    assert editor.is_dirty and editor.status.text() == "Unsaved changes"


def test_pasting_replaces_the_selection_and_can_be_undone(editor):
    editor.body.setPlainText("Before SELECTED after")
    cursor = editor.body.textCursor()
    cursor.setPosition(7)
    cursor.setPosition(15, cursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)
    editor.body.insertFromMimeData(mime(html="<b>bold</b>", text="bold"))
    assert editor.body.toPlainText() == "Before **bold** after"
    editor.body.undo()
    assert editor.body.toPlainText() == "Before SELECTED after"


def test_plain_text_is_pasted_as_it_is(editor):
    editor.body.insertFromMimeData(mime(text="*not* <b>html</b>\n  indented"))
    assert editor.body.toPlainText() == "*not* <b>html</b>\n  indented"


def test_html_without_words_falls_back_to_the_plain_text(editor):
    editor.body.insertFromMimeData(mime(html="<img src='x.png'>", text="x.png"))
    assert editor.body.toPlainText() == "x.png"


def test_a_paste_over_the_note_limit_is_refused_and_inserts_nothing(
    editor, window, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(note_editor, "LONG_TEXT_MAX", 20)
    editor.body.setPlainText("0123456789")
    editor.body.insertFromMimeData(mime(text="abcdefghijklmnop"))
    assert editor.body.toPlainText() == "0123456789"
    assert window.messages == [
        (
            "Pasting 16 characters would make this note 26 characters long; a note holds at "
            "most 20. Nothing was pasted.",
            True,
        )
    ]


def test_a_huge_html_paste_is_refused_before_it_is_converted(
    editor, window, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(note_editor, "PASTE_HTML_MAX", 10)
    data = mime(html="<p>far too long</p>", text="far too long")
    editor.body.insertFromMimeData(data)
    assert editor.body.toPlainText() == ""
    assert window.messages == [
        (
            f"The pasted page is {len(data.html())} characters of HTML, too much for one note. "
            "Nothing was pasted; copy a smaller part of it.",
            True,
        )
    ]


def test_pasting_a_file_copied_in_a_file_manager_imports_it(qtbot, editor):
    data = mime(files=(PAGE,))
    with qtbot.waitSignal(editor.import_ready, timeout=10_000) as blocker:
        editor.body.insertFromMimeData(data)
    assert blocker.args[0].title == "How we work: our values"
    assert editor.body.toPlainText() == ""


def test_dropping_html_on_the_body_inserts_it_like_a_paste(editor):
    data = mime(html=BROWSER_HTML)
    event = drop(editor.body.viewport(), data)
    assert event.isAccepted()
    assert editor.body.toPlainText() == BROWSER_MARKDOWN


def test_the_body_accepts_html_files_and_text(editor):
    assert editor.body.canInsertFromMimeData(mime(html="<p>x</p>"))
    assert editor.body.canInsertFromMimeData(mime(files=(PAGE,)))
    assert editor.body.canInsertFromMimeData(mime(text="x"))
    assert not editor.body.canInsertFromMimeData(QMimeData())


# ------------------------------------------------------------------ importing
def test_importing_a_saved_page_hands_over_a_note_and_saves_nothing(qtbot, editor):
    editor.title.setText("Draft in progress")
    editor.import_files([PAGE])
    assert editor.is_importing
    assert editor.status.text() == "Importing acme-values.html…"
    with qtbot.waitSignal(editor.import_ready, timeout=10_000) as blocker:
        pass
    [note] = blocker.args
    assert isinstance(note, CapturedNote)
    assert note.title == "How we work: our values"
    assert "Today we are **240 people in six countries**" in note.body
    assert "SCRIPT WROTE" not in note.body
    assert note.source == "https://www.acme-robotics.example/blog/how-we-work"
    assert editor.status.text() == "Imported acme-values.html"
    assert not editor.is_importing
    assert editor.title.text() == "Draft in progress"  # the owner decides what to do


def test_extraction_runs_off_the_ui_thread(qtbot, editor, monkeypatch: pytest.MonkeyPatch):
    threads: list[int] = []
    real_capture = capture.capture_file

    def recording_capture(path: Path) -> CapturedNote:
        threads.append(threading.get_ident())
        return real_capture(path)

    monkeypatch.setattr(capture, "capture_file", recording_capture)
    with qtbot.waitSignal(editor.import_ready, timeout=10_000):
        editor.import_files([PAGE])
    assert threads and threads[0] != threading.get_ident()


def test_several_files_arrive_in_order_one_note_each(qtbot, editor):
    notes = received(editor)
    files = [CORPUS / "call-notes.txt", CORPUS / "prep-notes.md", CORPUS / "no-title.html"]
    editor.import_files(files)
    assert editor.status.text() == "Importing call-notes.txt… (2 more to go)"
    qtbot.waitUntil(lambda: len(notes) == 3, timeout=10_000)
    assert [note.title for note in notes] == [
        "Call with the recruiter, Tuesday",
        "Acme Robotics – interview prep",
        "Interview with the CTO of Northwind",
    ]


def test_a_binary_file_is_reported_and_hands_over_nothing(qtbot, editor, window, tmp_path):
    image = tmp_path / "photo.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    notes = received(editor)
    editor.status.setText("Saved")
    editor.import_files([image])
    qtbot.waitUntil(lambda: bool(window.messages), timeout=10_000)
    assert window.messages == [
        ("“photo.html” is a PNG image, not a web page or a text file; nothing was imported.", True)
    ]
    assert notes == []
    assert editor.status.text() == "Saved"


def test_an_unexpected_failure_is_reported_without_a_traceback(
    qtbot, editor, window, monkeypatch: pytest.MonkeyPatch, caplog
):
    def broken(path: Path) -> CapturedNote:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(capture, "capture_file", broken)
    editor.import_files([PAGE])
    qtbot.waitUntil(lambda: bool(window.messages), timeout=10_000)
    assert window.messages == [
        (
            "“acme-values.html” could not be imported; nothing was created. Details are in "
            "the log.",
            True,
        )
    ]
    assert "parser bug" in caplog.text


def test_the_import_button_and_its_shortcut_open_the_chooser(
    qtbot, editor, monkeypatch: pytest.MonkeyPatch
):
    asked: list[bool] = []

    def choose() -> list[Path]:
        asked.append(True)
        return [PAGE]

    monkeypatch.setattr(editor, "choose_files_to_import", choose)
    button = editor.findChild(QWidget, "importNoteButton")
    assert button is editor.import_button
    assert button.accessibleName() and "Ctrl+Shift+I" in button.toolTip()
    with qtbot.waitSignal(editor.import_ready, timeout=10_000):
        qtbot.mouseClick(editor.import_button, Qt.MouseButton.LeftButton)
    editor.title.setFocus()
    with qtbot.waitSignal(editor.import_ready, timeout=10_000):
        qtbot.keyClick(editor.title, Qt.Key.Key_I, CTRL_SHIFT)
    assert asked == [True, True]


def test_cancelling_the_chooser_imports_nothing(editor, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(editor, "choose_files_to_import", list)
    editor.import_chosen_files()
    assert not editor.is_importing and editor.status.text() == "New note"


@pytest.mark.parametrize("where", ["body", "title", "editor", "preview"])
def test_dropping_a_file_anywhere_on_the_editor_imports_it(qtbot, editor, where: str):
    targets = {
        "body": editor.body.viewport(),
        "title": editor.title,
        "editor": editor,
        "preview": editor.preview.viewport(),
    }
    data = mime(files=(PAGE,), text=str(PAGE))
    with qtbot.waitSignal(editor.import_ready, timeout=10_000) as blocker:
        assert drop(targets[where], data).isAccepted()
    assert blocker.args[0].title == "How we work: our values"
    assert editor.body.toPlainText() == "" and editor.title.text() == ""


# ------------------------------------------------------------------ the preview
def show_preview(editor: NoteEditor, markdown: str) -> None:
    editor.body.setPlainText(markdown)
    editor.preview_toggle.setChecked(True)


def test_the_preview_never_navigates_by_itself(editor):
    assert not editor.preview.openLinks()
    assert not editor.preview.openExternalLinks()


@pytest.mark.parametrize(
    "url", ["https://acme.example/jobs", "http://acme.example", "mailto:hr@acme.example"]
)
def test_web_and_mail_links_open_in_the_system_browser(editor, window, opened, url: str):
    editor.preview.anchorClicked.emit(QUrl(url))
    assert opened == [url]
    assert window.messages == []


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "relative/page"],
)
def test_other_links_are_refused_with_a_message(editor, window, opened, url: str):
    editor.preview.anchorClicked.emit(QUrl(url))
    assert opened == []
    assert window.messages == [(note_editor.LINK_REFUSED, True)]


def test_clicking_a_link_in_the_preview_opens_it_once(qtbot, editor, opened):
    show_preview(editor, "[Careers page](https://acme.example/careers)")
    cursor = editor.preview.textCursor()
    cursor.setPosition(3)
    point = editor.preview.cursorRect(cursor).center()
    qtbot.mouseClick(editor.preview.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == ["https://acme.example/careers"]


class SpyPreview(NotePreview):
    """Records what Qt asks the preview to load."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def loadResource(self, type: int, name: QUrl | str) -> object:
        self.asked.append(QUrl(name).toString())
        return super().loadResource(type, name)


def test_the_preview_never_loads_remote_images(qtbot, monkeypatch: pytest.MonkeyPatch):
    reached_qt: list[str] = []
    qt_loader = QTextBrowser.loadResource

    def qt_default(self: QTextBrowser, type: int, name: QUrl) -> object:
        reached_qt.append(QUrl(name).toString())
        return qt_loader(self, type, name)

    monkeypatch.setattr(QTextBrowser, "loadResource", qt_default)
    preview = SpyPreview()
    qtbot.addWidget(preview)
    preview.resize(400, 300)
    preview.setMarkdown(
        "![tracker](https://tracker.example/pixel.gif)\n\n"
        '<img src="http://tracker.example/b.png">\n\n'
        "![ftp](ftp://files.example/c.png)\n\n"
        "![relative](pixel.gif)"
    )
    preview.show()
    preview.grab()  # lays out and paints, which is when images are asked for
    remote = [url for url in preview.asked if url.startswith(("http", "ftp"))]
    assert len(remote) >= 3
    assert "pixel.gif" in preview.asked
    assert all(not url.startswith(("http", "ftp")) for url in reached_qt)
    assert "pixel.gif" not in reached_qt
    resource = QTextDocument.ResourceType.ImageResource.value
    assert preview.loadResource(resource, QUrl("https://tracker.example/p.gif")) is None


def test_the_preview_still_shows_inline_images(qtbot):
    preview = NotePreview()
    qtbot.addWidget(preview)
    pixel = (
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
        "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )
    preview.setMarkdown(f"![dot]({pixel})")
    preview.grab()
    resource = QTextDocument.ResourceType.ImageResource.value
    assert preview.document().resource(resource, QUrl(pixel)) is not None


def test_the_import_shortcut_only_works_inside_the_editor(qtbot, monkeypatch: pytest.MonkeyPatch):
    win = Window()
    outside = QLineEdit()
    editor = NoteEditor()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(outside)
    layout.addWidget(editor)
    win.setCentralWidget(holder)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    asked: list[bool] = []

    def choose() -> list[Path]:
        asked.append(True)
        return []

    monkeypatch.setattr(editor, "choose_files_to_import", choose)
    outside.setFocus()
    qtbot.keyClick(outside, Qt.Key.Key_I, CTRL_SHIFT)
    assert asked == []
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_I, CTRL_SHIFT)
    assert asked == [True]
