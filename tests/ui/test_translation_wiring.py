"""Choices and words the views take from the core's tables reach the screen translated,
while what gets stored stays the English key.

A stand-in translator marks every string of the core's contexts ("Vocabulary",
"Pipeline", "Thresholds", "ImportCsv", "Reminders"); a text shown without going through
the core's translating accessors would come out unmarked. These are the places the
pseudo-translation of the whole window (``tests/test_i18n.py``) does not reach: dialogs,
editors and choices shown only after a click.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from interview_journal.core.import_csv import FIELDS
from interview_journal.core.pipeline import STAGE_OUTCOMES
from interview_journal.core.reminders import GROUP_LABELS
from interview_journal.core.services import Services
from interview_journal.core.thresholds import THRESHOLD_SPECS
from interview_journal.core.vocabulary import (
    CHANNELS,
    DIRECTIONS,
    INTERACTION_KINDS,
    OFFER_STATUSES,
    RESEARCH_TOPICS,
    ROUND_KINDS,
)
from interview_journal.storage.tables import Application, Company, Interaction
from interview_journal.ui.follow_up import LogContactDialog
from interview_journal.ui.offers import OffersView
from interview_journal.ui.pipeline import PipelineView
from interview_journal.ui.reminders import RemindersView
from interview_journal.ui.reminders.models import RemindersModel
from interview_journal.ui.research import widgets
from interview_journal.ui.research.note_editor import NoteEditor
from interview_journal.ui.research.question_bank import QuestionBankPanel
from interview_journal.ui.settings import ThresholdsDialog
from interview_journal.ui.transfer.import_dialog import ImportDialog
from tests.ui.translation import installed, marking

OPEN, CLOSE = "«", "»"
CORE_CONTEXTS = ("Vocabulary", "Pipeline", "Thresholds", "ImportCsv", "Reminders")
CORPUS = Path(__file__).parent.parent / "data" / "import_corpus"


@pytest.fixture
def marked(qapp: object) -> Iterator[None]:
    """The core's words between « », as a translation to another language would change
    them; the views' own words (their contexts) are left as they are."""
    with installed(marking(OPEN, CLOSE, CORE_CONTEXTS)):
        yield


def _m(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


def choices(box: QComboBox, start: int = 0) -> list[tuple[str, object]]:
    return [(box.itemText(i), box.itemData(i)) for i in range(start, box.count())]


def expected(vocabulary: dict[str, str]) -> list[tuple[str, object]]:
    return [(_m(text), key) for key, text in vocabulary.items()]


def _process(services: Services, name: str = "Acme", days_ago: int = 3) -> str:
    company = services.journal.add(Company(name=name))
    applied = datetime.now(UTC) - timedelta(days=days_ago)
    return services.pipeline.add_application(company.id, "Engineer", applied).id


def test_log_contact_choices_are_translated_and_the_keys_are_stored(
    qtbot: QtBot, services: Services, marked: None
) -> None:
    application_id = _process(services)
    dialog = LogContactDialog(services, application_id, confirm=lambda *_a: True)
    qtbot.addWidget(dialog)
    assert choices(dialog.direction_box) == expected(DIRECTIONS)
    assert choices(dialog.channel_box) == expected(CHANNELS)
    assert choices(dialog.kind_box) == expected(INTERACTION_KINDS)
    dialog.channel_box.setCurrentIndex(dialog.channel_box.findData("phone"))
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("call"))
    dialog.summary_edit.setPlainText("Asked about the timeline")
    with qtbot.waitSignal(dialog.logged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [stored] = services.journal.records(Interaction)
    assert (stored.direction, stored.channel, stored.kind) == ("out", "phone", "call")


def test_question_bank_round_choices_are_translated(qtbot: QtBot, marked: None) -> None:
    bank = QuestionBankPanel()
    qtbot.addWidget(bank)
    rounds = [("«Any round»", ""), *expected(ROUND_KINDS)]
    assert choices(bank.new_round) == rounds
    assert choices(bank.round_filter, start=1) == rounds  # after "All rounds", the view's


def test_note_topics_are_translated_and_read_back_as_keys(qtbot: QtBot, marked: None) -> None:
    editor = NoteEditor()
    qtbot.addWidget(editor)
    assert choices(editor.topic) == expected(RESEARCH_TOPICS)
    editor.topic.setCurrentIndex(editor.topic.findData("growth"))
    assert editor.topic.currentText() == "«Growth»"
    assert editor._topic_key() == "growth"  # the shown word maps back to the stored key


def test_offer_statuses_are_translated(qtbot: QtBot, services: Services, marked: None) -> None:
    view = OffersView()
    qtbot.addWidget(view)
    view.attach(services)
    assert choices(view.status) == expected(OFFER_STATUSES)


def test_stage_outcomes_are_translated(qtbot: QtBot, services: Services, marked: None) -> None:
    view = PipelineView()
    qtbot.addWidget(view)
    view.attach(services)
    view.open_stage_editor()
    dialog = view.stage_dialog
    assert dialog is not None
    assert choices(dialog.outcome) == expected(STAGE_OUTCOMES)


def test_threshold_units_are_translated(qtbot: QtBot, services: Services, marked: None) -> None:
    dialog = ThresholdsDialog(services)
    qtbot.addWidget(dialog)
    units = {spec.field: spec.unit for spec in THRESHOLD_SPECS}
    assert {"days", "inquiries"} <= set(units.values())
    for field, unit in units.items():
        box = dialog.findChild(QSpinBox, f"threshold_{field}")
        assert box is not None
        assert box.suffix() == f" {_m(unit)}"


def test_threshold_units_read_as_before_in_english(qtbot: QtBot, services: Services) -> None:
    dialog = ThresholdsDialog(services)
    qtbot.addWidget(dialog)
    suffixes = {box.suffix() for box in dialog.findChildren(QSpinBox)}
    assert suffixes == {" days", " inquiries"}


def test_csv_field_choices_are_translated_and_keep_the_keys(
    qtbot: QtBot, services: Services, marked: None
) -> None:
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.load_file(CORPUS / "bad-date-line-7.csv")
    first = dialog.findChild(QComboBox, "importColumn0")
    assert first is not None
    assert choices(first, start=1) == expected(FIELDS)
    assert first.currentData() == "company"  # preselected by key, not by the shown word


def _asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def ask(_parent: QWidget, title: str, _text: str, action: str) -> bool:
        asked.append((title, action))
        return False

    monkeypatch.setattr(widgets, "confirm", ask)
    monkeypatch.setattr("interview_journal.ui.reminders.view.confirm", ask)
    return asked


def test_close_as_no_response_is_asked_in_the_users_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, services: Services, marked: None
) -> None:
    quiet = _process(services, "Silent Ltd", days_ago=20)
    asked = _asked(monkeypatch)
    pipeline = PipelineView()
    qtbot.addWidget(pipeline)
    pipeline.attach(services)
    assert pipeline.select(quiet)
    pipeline.close_selected_no_response()
    reminders = RemindersView()
    qtbot.addWidget(reminders)
    reminders.attach(services)
    assert reminders.select(f"quiet:{quiet}")
    reminders.close_current_process()
    words = ("«Close as no response»", "«Close it»")
    assert asked == [words, words]
    assert services.journal.get(Application, quiet).closed_at is None  # both declined


def test_reminder_group_headings_are_translated(marked: None) -> None:
    model = RemindersModel()
    model.set_groups([(group, []) for group in GROUP_LABELS], datetime(2026, 3, 2, tzinfo=UTC))
    headings = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert headings == ["«Overdue» · 0", "«Today» · 0", "«Coming up» · 0"]
