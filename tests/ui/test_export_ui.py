"""Exporting from the window's Journal ▸ Export menu."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from interview_journal.core.services import Services
from interview_journal.storage.tables import Company, InterviewRound, utc_now
from interview_journal.ui.main_window import MainWindow
from interview_journal.ui.transfer.exporting import (
    EXPORT_FORMATS,
    WHOLE_JOURNAL,
    ExportFormat,
    safe_stem,
)


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    return window


def _answer(window: MainWindow, target: Path | None) -> list[Path]:
    suggested: list[Path] = []

    def choose(_parent: object, spec: ExportFormat, proposal: Path) -> Path | None:
        suggested.append(proposal)
        assert proposal.suffix == spec.suffix
        return target

    window.exporter._choose = choose
    return suggested


def _finished(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30_000)


def test_the_menu_offers_every_whole_journal_format(window: MainWindow) -> None:
    for key in (*WHOLE_JOURNAL, "company_markdown"):
        action = window.findChild(QAction, f"action_export_{key}")
        assert action is not None and action.text() == EXPORT_FORMATS[key].menu_label


@pytest.mark.parametrize("key", WHOLE_JOURNAL)
def test_each_whole_journal_export_writes_its_file_and_says_so(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, key: str
) -> None:
    acme = services.research.add_company("Café Nordlicht 🚀", summary="'; DROP TABLE company; --")
    services.pipeline.add_application(acme.id, "Engineer", utc_now())
    target = tmp_path / f"out{EXPORT_FORMATS[key].suffix}"
    suggested = _answer(window, target)
    window.findChild(QAction, f"action_export_{key}").trigger()  # type: ignore[union-attr]
    _finished(qtbot, window)
    assert suggested and suggested[0].name.startswith(EXPORT_FORMATS[key].default_stem)
    assert target.exists() and target.stat().st_size > 0
    assert window.message_text().startswith("Exported") and str(target) in window.message_text()
    if key == "json":
        assert json.loads(target.read_text(encoding="utf-8"))["format"] == "interview-journal"
    elif key in ("markdown", "applications"):
        assert "Café Nordlicht 🚀" in target.read_text(encoding="utf-8-sig")


def test_cancelling_writes_nothing(window: MainWindow, tmp_path: Path) -> None:
    _answer(window, None)
    assert window.export("json") is False
    assert not list(tmp_path.glob("**/*.json")) and not window.exporter.busy


def test_an_unwritable_place_is_explained_and_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "out.json"
    _answer(window, target)
    assert window.export("json") is True
    _finished(qtbot, window)
    assert "does not exist" in window.message_text()
    assert not target.parent.exists()


def test_the_company_open_in_research_exports_as_markdown(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    assert window.export_current_company() is False
    assert "Open a company in Research first" in window.message_text()
    acme = services.research.add_company("Acme Robotics", summary="Builds arms.")
    services.research.add_company("Other Co")
    window.show_view("research")
    window.research_view.select_company(acme.id)
    target = tmp_path / "acme.md"
    suggested = _answer(window, target)
    window.findChild(QAction, "action_export_company_markdown").trigger()  # type: ignore[union-attr]
    _finished(qtbot, window)
    assert suggested[0].name.startswith("Acme-Robotics-")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Acme Robotics") and "Other Co" not in text


def test_one_interview_exports_as_pdf(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    acme = services.research.add_company("Acme Robotics")
    application = services.pipeline.add_application(acme.id, "Engineer", utc_now())
    interview = services.journal.add(
        InterviewRound(
            application_id=application.id,
            kind="technical",
            scheduled_at=utc_now() - timedelta(days=1),
            self_review="Went well; שלום 👋",
        )
    )
    target = tmp_path / "round.pdf"
    _answer(window, target)
    assert window.export("round_pdf", interview.id, "Acme technical") is True
    assert target.read_bytes().startswith(b"%PDF-")
    assert window.message_text() == f"Exported Acme technical as PDF to {target}."


def test_file_names_are_made_safe() -> None:
    assert safe_stem("Acme / Robotics: R&D") == "Acme-Robotics-R-D"
    assert safe_stem("../../etc/passwd") == "etc-passwd"
    assert safe_stem("   ") == "export"
    assert len(safe_stem("x" * 500)) == 60


def test_import_from_the_menu_refreshes_the_views_it_changed(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    window.show_view("pipeline")
    window.show_view("research")
    path = tmp_path / "tracker.csv"
    path.write_text("Company,Role,Status\nAcme Robotics,Engineer,Applied\n", encoding="utf-8")
    window.findChild(QAction, "action_import").trigger()  # type: ignore[union-attr]
    from interview_journal.ui.transfer.import_dialog import ImportDialog

    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    dialog.load_file(path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    dialog.apply()
    qtbot.waitUntil(lambda: window.research_view.company_model.rowCount() == 1, timeout=10_000)
    assert window.research_view.company_model.row_of(services.journal.records(Company)[0].id) == 0


@pytest.mark.parametrize("key", ["round_markdown", "round_pdf"])
def test_an_interview_exports_from_review(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, key: str
) -> None:
    head = b"# Acme" if key == "round_markdown" else b"%PDF-"
    acme = services.research.add_company("Acme Robotics")
    application = services.pipeline.add_application(acme.id, "Engineer", utc_now())
    interview = services.journal.add(
        InterviewRound(
            application_id=application.id,
            kind="technical",
            started_at=utc_now() - timedelta(hours=3),
            ended_at=utc_now() - timedelta(hours=2),
        )
    )
    window.show_round(interview.id)
    review = window.review_view
    qtbot.waitUntil(lambda: review.shown_round_id == interview.id, timeout=10_000)
    assert review.export_button.isEnabled()
    target = tmp_path / ("x.md" if key == "round_markdown" else "x.pdf")
    suggested = _answer(window, target)
    action = review.findChild(QAction, f"reviewExport_{key}")
    assert action is not None
    action.trigger()
    _finished(qtbot, window)
    assert suggested[0].name.startswith("Acme-Robotics-Technical")
    assert target.read_bytes().startswith(head)
