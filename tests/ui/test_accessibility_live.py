"""Screen reader names, Tab order, words beside colours and translation for the live view,
the reminders, the import, export and backup dialogs and the follow-through settings."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_journal.core.sample import generate_sample
from interview_journal.core.services import Services
from interview_journal.core.thresholds import THRESHOLD_SPECS
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Reminder
from interview_journal.ui.i18n import format_moment
from interview_journal.ui.live import LiveView
from interview_journal.ui.reminders import RemindersView
from interview_journal.ui.reminders.models import RemindersModel
from interview_journal.ui.settings import ThresholdsDialog
from interview_journal.ui.transfer.backups_dialog import BackupsDialog, human_size
from interview_journal.ui.transfer.exporting import EXPORT_FORMATS
from interview_journal.ui.transfer.import_dialog import ImportDialog
from tests.ui.accessibility import (
    accessible_name,
    describe,
    tab_chain,
    unnamed_controls,
    unreachable_by_tab,
)
from tests.ui.translation import StandInTranslator, installed, marking

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
CORPUS = Path(__file__).parent.parent / "data" / "import_corpus"


@pytest.fixture
def sample(journal: Journal) -> Services:
    """The small sample, its "today" at NOW, plus one reminder three days overdue."""
    generate_sample(journal, "small", now=NOW)
    journal.add(Reminder(kind="other", title="Send the portfolio", due_at=NOW - timedelta(days=3)))
    return Services.over(journal)


@pytest.fixture
def french() -> Iterator[QLocale]:
    """The user's locale is French for the test (dates, numbers, unit names)."""
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield QLocale()
    QLocale.setDefault(previous)


def assert_named_and_reachable(root: QWidget) -> None:
    assert unnamed_controls(root) == []
    assert unreachable_by_tab(root) == []


def names(widgets: list[QWidget]) -> list[str]:
    return [widget.objectName() or describe(widget) for widget in widgets]


# ------------------------------------------------------------------ live view
def live_view(qtbot: QtBot, services: Services) -> LiveView:
    view = LiveView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.attach(services)
    view.show()
    return view


def test_live_start_page_and_review_are_named_and_reachable(qtbot: QtBot, sample: Services) -> None:
    view = live_view(qtbot, sample)
    assert_named_and_reachable(view)
    view.start_quick("Acme", "technical")
    qtbot.keyClicks(view.pad, "H: shipped the search rewrite")
    with qtbot.waitSignal(view.session_ended):
        view.end_session()
    assert view.reviewing
    assert_named_and_reachable(view)
    assert names(tab_chain(view))[:2] == ["liveReviewHowItWent", "liveReviewEnergy"]
    digest = view.findChild(QLabel, "liveReviewDigest")
    assert digest is not None and digest.text().startswith("1 line of notes.")  # a count


def test_live_session_tab_order_starts_at_the_note_pad(qtbot: QtBot, sample: Services) -> None:
    view = live_view(qtbot, sample)
    view.start_quick("Acme", "technical")
    assert_named_and_reachable(view)
    assert names(tab_chain(view)) == [
        "liveNotePad",
        "liveAttendeeEntry",
        "liveQuestions",
        "liveResearch",
        "liveLargerText",
        "liveEndButton",
    ]
    assert accessible_name(view.side_panel)  # the panel is announced as a group
    with qtbot.waitSignal(view.session_ended):
        view.end_session()


def test_ctrl_tab_leaves_the_pad_while_tab_stays_a_character(
    qtbot: QtBot, sample: Services
) -> None:
    view = live_view(qtbot, sample)
    view.start_quick("Acme", "technical")
    view.activateWindow()
    qtbot.waitUntil(view.pad.hasFocus)
    qtbot.keyClick(view.pad, Qt.Key.Key_Tab)
    assert view.pad.hasFocus() and view.pad.toPlainText() == "\t"
    qtbot.keyClick(view.pad, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    entry = view.findChild(QLineEdit, "liveAttendeeEntry")
    assert entry is not None
    qtbot.waitUntil(entry.hasFocus)
    assert view.pad.toPlainText() == "\t"  # nothing typed by the way out
    assert "Ctrl+Tab" in view.pad.accessibleDescription()
    with qtbot.waitSignal(view.session_ended):
        view.end_session()


def test_save_state_is_said_in_words_to_a_screen_reader(
    qtbot: QtBot, sample: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_journal.core import validation

    # A low limit stands in for a line too long to save, as in test_live_view.py.
    monkeypatch.setattr(validation, "LONG_TEXT_MAX", 40)
    view = live_view(qtbot, sample)
    view.start_quick("Acme", "second")
    state = view.findChild(QLabel, "liveSaveState")
    assert state is not None
    assert accessible_name(state) == state.text() == "Saved"
    assert state.accessibleDescription()  # says what the words are about
    assert state.toolTip()
    qtbot.keyClicks(view.pad, "x" * 50)
    qtbot.waitUntil(lambda: state.text() == "Line 1 not saved", timeout=10_000)
    assert accessible_name(state) == "Line 1 not saved"
    assert "Line 1 of your notes is not saved" in state.toolTip()
    elapsed = view.findChild(QLabel, "liveElapsed")
    assert elapsed is not None and accessible_name(elapsed) == elapsed.text()
    view.pad.clear()
    qtbot.waitUntil(lambda: state.text() == "Saved", timeout=10_000)
    with qtbot.waitSignal(view.session_ended):
        view.end_session()


# ------------------------------------------------------------------ reminders
def reminders_view(qtbot: QtBot, services: Services) -> RemindersView:
    view = RemindersView()
    view.clock = lambda: NOW
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.attach(services)
    view.show()
    return view


def test_reminders_are_named_reachable_and_overdue_is_said(qtbot: QtBot, sample: Services) -> None:
    view = reminders_view(qtbot, sample)
    assert_named_and_reachable(view)
    view.show_form()
    assert_named_and_reachable(view)
    assert names(tab_chain(view))[:5] == [
        "remindersNew",
        "remindersFormTitle",
        "remindersFormDue",
        "remindersFormAdd",
        "remindersFormCancel",
    ]
    view.hide_form()
    model = view.model
    overdue = [
        row
        for row in range(model.rowCount())
        if model.index(row, 0).data(RemindersModel.OverdueRole)
    ]
    assert overdue, "the sample has an overdue reminder"
    for row in overdue:
        spoken = str(model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole))
        assert "overdue" in spoken, spoken  # the red due words are words too
    assert str(model.index(0, 0).data()).startswith("Overdue")
    # The counts in the header are read out, not a fixed label.
    assert accessible_name(view.summary) == view.summary.text()
    assert "due now" in view.summary.text()
    assert view.snooze_menu.accessibleName()


def test_the_reminder_form_shows_dates_the_users_way(
    qtbot: QtBot, sample: Services, french: QLocale
) -> None:
    view = reminders_view(qtbot, sample)
    assert view.due_edit.displayFormat() == french.dateTimeFormat(QLocale.FormatType.ShortFormat)
    assert view.due_edit.displayFormat() != "yyyy-MM-dd HH:mm"


# --------------------------------------------------------------------- dialogs
def test_thresholds_dialog_tabs_in_the_order_it_is_read(qtbot: QtBot, sample: Services) -> None:
    dialog = ThresholdsDialog(sample)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_named_and_reachable(dialog)
    chain = tab_chain(dialog)
    buttons = dialog.findChild(QDialogButtonBox, "thresholdsButtons")
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    restore = dialog.findChild(QAbstractButton, "thresholdsRestore")
    # Every platform lays a reset button out on the left of Save and Cancel.
    assert restore is not None and save is not None and cancel is not None
    assert restore.x() < min(save.x(), cancel.x())
    assert chain.index(restore) < chain.index(save) and chain.index(restore) < chain.index(cancel)
    assert chain[0] is dialog.boxes["quiet_after_days"]


def test_import_dialog_json_and_csv_pages_are_named_and_in_order(
    qtbot: QtBot, sample: Services, tmp_path: Path
) -> None:
    from interview_journal.core.export import export_json

    export = tmp_path / "journal.json"
    export_json(sample.journal, export, now=NOW)
    other = Journal.in_memory()
    try:
        dialog = ImportDialog(Services.over(other))
        qtbot.addWidget(dialog)
        dialog.show()
        assert_named_and_reachable(dialog)
        dialog.load_file(export)
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
        assert_named_and_reachable(dialog)
        assert names(tab_chain(dialog)) == [
            "importChoose",
            "importSummary",
            "importApply",
            "importClose",
        ]
    finally:
        other.close()

    dialog = ImportDialog(sample)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(CORPUS / "bad-date-line-7.csv")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    assert_named_and_reachable(dialog)
    # The column boxes, made once the file is read, come where they are seen: after the
    # file's button, before the preview; the area around them takes no Tab of its own.
    assert names(tab_chain(dialog)) == [
        "importChoose",
        *(f"importColumn{index}" for index in range(5)),
        "importPreview",
        "importProblems",
        "importClose",
    ]
    # Errors are told in words, not only in red.
    assert dialog.problems.toPlainText().startswith("Error — Line 7")
    assert dialog.errors[-1].startswith("Line 7")


def test_import_preview_shows_dates_and_numbers_the_users_way(
    qtbot: QtBot, services: Services, tmp_path: Path, french: QLocale
) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("Company,Date Applied\nAcme,2026-03-05\n", encoding="utf-8")
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    model = dialog.preview_model
    assert model.index(0, 4).data() == "5 mars 2026"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Date applied"


def test_backups_dialog_is_named_reachable_and_local(
    qtbot: QtBot, data_dir: Path, french: QLocale
) -> None:
    from interview_journal.storage.backup import backup_now

    paths = DataPaths(data_dir).prepare()
    Journal.open(paths).close()
    backup_now(paths, now=datetime(2026, 3, 2, 9, tzinfo=UTC))
    dialog = BackupsDialog(paths, confirm=lambda _text: False, choose_file=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_named_and_reachable(dialog)
    assert names(tab_chain(dialog))[:2] == ["backupsTable", "backupNow"]
    row = dialog.model.backup(0)
    assert dialog.model.index(0, 0).data() == format_moment(row.when) != ""
    assert "mars" in dialog.model.index(0, 0).data()
    assert human_size(12_345) == "12 ko" and human_size(3_456_789) == "3,5 Mo"
    assert human_size(1) == "1 byte"


# ------------------------------------------------------------------ translation
PSEUDO_CONTEXTS = {
    "LiveView",
    "NotePad",
    "ElapsedGutter",
    "SessionSidePanel",
    "QuestionChecklistModel",
    "RemindersView",
    "RemindersModel",
    "BackupsDialog",
    "ImportDialog",
    "ThresholdsDialog",
    "ExportFormat",
    "Exporter",
}


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[StandInTranslator]:
    with installed(marking("⟦", "⟧", contexts=PSEUDO_CONTEXTS)) as translator:
        yield translator


def qt_standard_button(widget: QWidget) -> bool:
    """Close, Save, Cancel...: Qt names them, in its own translations."""
    box = widget.parentWidget()
    return (
        isinstance(widget, QAbstractButton)
        and isinstance(box, QDialogButtonBox)
        and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    )


def shown_texts(root: QWidget, skip: Collection[str]) -> list[tuple[str, str]]:
    """(where, text) of every label, button text, tooltip, placeholder and accessible
    name a user meets in ``root``, but for the widgets named in ``skip`` (user data)."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName() in skip or (widget is not root and not widget.isVisibleTo(root)):
            continue
        if widget.objectName().startswith("qt_") or qt_standard_button(widget):
            continue
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        found += [(describe(widget), text) for text in texts if text.strip()]
    return found


def untranslated(root: QWidget, skip: Collection[str] = ()) -> list[tuple[str, str]]:
    return [(where, text) for where, text in shown_texts(root, skip) if "⟦" not in text]


def test_every_text_of_the_live_view_goes_through_translation(
    qtbot: QtBot, sample: Services, pseudo: StandInTranslator
) -> None:
    view = live_view(qtbot, sample)
    assert untranslated(view) == []
    view.start_quick("Acme", "technical")
    # The title, the clock and the research come from the journal; the rest is ours.
    assert untranslated(view, {"liveSessionTitle", "liveElapsed", "liveResearch"}) == []
    with qtbot.waitSignal(view.session_ended):
        view.end_session()
    assert untranslated(view, {"viewTitle", "liveReviewDigest"}) == []
    assert view.findChild(QLabel, "liveReviewDigest").text().startswith("⟦")  # type: ignore[union-attr]


def test_every_text_of_the_reminders_and_dialogs_goes_through_translation(
    qtbot: QtBot, sample: Services, pseudo: StandInTranslator, data_dir: Path
) -> None:
    view = reminders_view(qtbot, sample)
    view.show_form()
    # The header's counts are composed of translated parts joined by a translated " · ".
    assert untranslated(view) == []
    thresholds = ThresholdsDialog(sample)
    qtbot.addWidget(thresholds)
    thresholds.show()
    # The thresholds' own labels and units come from core (translated there).
    spin_boxes = frozenset(f"threshold_{name}" for name in thresholds.boxes)
    core_labels = {spec.label for spec in THRESHOLD_SPECS}
    assert [text for _where, text in untranslated(thresholds, spin_boxes)] == sorted(
        core_labels, key=[spec.label for spec in THRESHOLD_SPECS].index
    )
    dialog = ImportDialog(sample)
    qtbot.addWidget(dialog)
    dialog.show()
    assert untranslated(dialog) == []
    paths = DataPaths(data_dir).prepare()
    backups = BackupsDialog(paths, confirm=lambda _text: False, choose_file=lambda: None)
    qtbot.addWidget(backups)
    backups.show()
    # The folder's path is data; the sentence around it is translated.
    assert [text for _where, text in untranslated(backups)] == []
    assert all(spec.menu_label.startswith("⟦") for spec in EXPORT_FORMATS.values())
    assert all(spec.file_filter.startswith("⟦") for spec in EXPORT_FORMATS.values())
