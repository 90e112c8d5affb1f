"""The import dialog: a JSON merge summary or a CSV mapping and preview, then Import."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from interview_journal.core.export import export_json
from interview_journal.core.import_json import MergeSummary
from interview_journal.core.sample import generate_sample
from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import DOMAIN_TABLES, Application, Company
from interview_journal.ui.transfer.import_dialog import (
    NO_PROBLEMS,
    CsvPreviewModel,
    ImportDialog,
    MergeSummaryModel,
)

CORPUS = Path(__file__).parent.parent / "data" / "import_corpus"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    source = Journal.in_memory()
    generate_sample(source, "small")
    target = tmp_path / "journal.json"
    export_json(source, target, now=NOW)
    source.close()
    return target


def _dialog(qtbot: QtBot, services: Services) -> ImportDialog:
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    return dialog


def _cells(model: MergeSummaryModel | CsvPreviewModel) -> list[list[str]]:
    return [
        [str(model.data(model.index(row, column))) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _counts(journal: Journal) -> dict[str, int]:
    return {str(model.__tablename__): journal.count(model) for model in DOMAIN_TABLES}


def test_nothing_chosen_shows_a_hint_and_import_is_off(qtbot: QtBot, services: Services):
    dialog = _dialog(qtbot, services)
    assert dialog.pages.currentWidget() is dialog.hint
    assert "Interview Journal export" in dialog.hint.text()
    assert not dialog.import_button.isEnabled()


def test_json_shows_the_dry_run_then_imports(qtbot: QtBot, services: Services, export_file):
    dialog = _dialog(qtbot, services)
    QAbstractItemModelTester(dialog.summary_model, FATAL)
    dialog.load_file(export_file)
    rows = _cells(dialog.summary_model)
    assert rows[0] == ["Companies", "8", "0", "0"]
    assert rows[-1][0] == "Total"
    assert services.journal.count(Company) == 0  # a dry run so far
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as emitted:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = emitted.args[0]
    assert isinstance(summary, MergeSummary) and summary.applied
    assert services.journal.count(Company) == 8
    assert dialog.messages[-1][0].startswith("Imported: ")
    assert not dialog.import_button.isEnabled()

    again = _dialog(qtbot, services)
    again.load_file(export_file)
    assert again.messages[-1] == ("Everything in this file is already in the journal.", False)
    assert not again.import_button.isEnabled()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("truncated.json", "ends too early"),
        ("png-header.json", "is not UTF-8 text"),
        ("png-header.csv", "is not a text file"),
        ("empty.csv", "is empty"),
    ],
)
def test_a_bad_file_is_reported_in_the_dialog(
    qtbot: QtBot, services: Services, name: str, expected: str
):
    dialog = _dialog(qtbot, services)
    dialog.load_file(CORPUS / name)
    assert expected in dialog.errors[-1]
    assert dialog.pages.currentWidget() is dialog.hint
    assert not dialog.import_button.isEnabled()
    assert dialog.choose_button.isEnabled()


def test_csv_with_a_bad_row_lists_it_and_keeps_import_off(qtbot: QtBot, services: Services):
    dialog = _dialog(qtbot, services)
    dialog.load_file(CORPUS / "bad-date-line-7.csv")
    assert dialog.pages.currentIndex() == 2
    assert dialog.errors[-1].startswith("Line 7, column “Date Applied”")
    assert "Error — Line 7" in dialog.problems.toPlainText()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert services.journal.count(Application) == 0


def test_csv_mapping_is_preselected_and_can_be_changed(qtbot: QtBot, services: Services):
    dialog = _dialog(qtbot, services)
    QAbstractItemModelTester(dialog.preview_model, FATAL)
    dialog.load_file(CORPUS / "bad-date-line-7.csv")
    boxes = dialog.findChildren(QComboBox)
    fields = {box.objectName(): box.currentData() for box in boxes if box.objectName()}
    assert [fields[f"importColumn{i}"] for i in range(5)] == [
        "company",
        "role",
        "stage",
        "applied",
        "notes",
    ]
    dialog.set_column_field(3, None)  # leave the dates out: every row is fine now
    assert dialog.preview is not None and dialog.preview.ok
    assert dialog.problems.toPlainText() == "Not imported (no field chosen): Date Applied."
    assert [row[1] for row in _cells(dialog.preview_model)][:2] == [
        "Northwind (new)",
        "Fabrikam (new)",
    ]
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as emitted:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [6]
    assert services.journal.count(Application) == 6
    assert dialog.messages[-1] == ("Imported 6 applications.", False)


def test_ambiguous_dates_offer_a_choice(qtbot: QtBot, services: Services, tmp_path: Path):
    path = tmp_path / "dates.csv"
    path.write_text("Company,Date Applied\nAcme,03/05/2026\n", encoding="utf-8")
    dialog = _dialog(qtbot, services)
    dialog.load_file(path)
    assert not dialog.date_row.isHidden()
    # Shown with the month's name, so which reading was taken is never in doubt.
    assert _cells(dialog.preview_model)[0][4] == "5 Mar 2026"
    assert dialog.problems.toPlainText() == NO_PROBLEMS
    dialog.date_order.setCurrentIndex(dialog.date_order.findData(True))
    assert _cells(dialog.preview_model)[0][4] == "3 May 2026"


def test_unambiguous_dates_hide_the_choice(qtbot: QtBot, services: Services, tmp_path: Path):
    path = tmp_path / "dates.csv"
    path.write_text("Company,Date Applied\nAcme,2026-03-05\n", encoding="utf-8")
    dialog = _dialog(qtbot, services)
    dialog.load_file(path)
    assert dialog.date_row.isHidden()


def test_a_journal_file_reads_and_imports_off_the_ui_thread(
    qtbot: QtBot, data_dir: Path, export_file: Path
):
    services = Services.open(DataPaths(data_dir))
    try:
        assert services.journal.reads_in_parallel
        dialog = _dialog(qtbot, services)
        dialog.load_file(export_file)
        assert dialog.busy  # the worker has it
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
        before = _counts(services.journal)
        with qtbot.waitSignal(dialog.imported, timeout=10_000):
            dialog.apply()
        assert services.journal.count(Company) == before["company"] + 8
        dialog.wait()
    finally:
        services.close()
