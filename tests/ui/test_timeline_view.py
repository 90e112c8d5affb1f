"""The Timeline view: lazy stream of events, filters, and interview notes in the detail pane."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_journal.core.notes import format_elapsed
from interview_journal.core.services import Services
from interview_journal.core.vocabulary import MARKERS_BY_KEY
from interview_journal.storage.journal import TimelineFilter
from interview_journal.storage.tables import TimelineEvent
from interview_journal.ui.timeline import TimelineView
from interview_journal.ui.timeline.models import TimelineModel

START = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def add_events(services: Services, count: int, kind: str = "note") -> None:
    rows = [
        {
            "id": str(uuid.uuid4()),
            "created_at": START,
            "updated_at": START,
            "occurred_at": START + timedelta(minutes=i),
            "kind": kind,
            "title": f"{kind} {i}",
            "detail": "",
            "company_id": None,
            "application_id": None,
            "subject_table": "",
            "subject_id": "",
        }
        for i in range(count)
    ]
    services.journal.bulk_insert(TimelineEvent, rows)


def held_round(services: Services) -> str:
    """A technical round at Acme with three note lines, started and ended."""
    session = services.live.start(company_name="Acme", kind="technical")
    round_id = session.round.id
    services.live.save_lines(
        round_id,
        [
            ("a", 1.0, 5_000, "Q: How do you test Qt views?"),
            ("b", 2.0, 65_000, "A: With pytest-qt and the model tester"),
            ("c", 3.0, 3_725_000, "DK: the accessibility bridge"),
        ],
    )
    services.live.end(round_id)
    return round_id


@pytest.fixture
def view(qtbot, services: Services) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


W = TypeVar("W", bound=QWidget)


def child(view: TimelineView, kind: type[W], name: str) -> W:
    found = view.findChild(kind, name)
    assert found is not None, name
    return found


def page(stack: QStackedWidget) -> str:
    """The objectName of the page a stack shows."""
    shown = stack.currentWidget()
    return shown.objectName() if shown is not None else ""


def select_row(view: TimelineView, row: int) -> None:
    view.table.setCurrentIndex(view.model.index(row, 0))


def test_model_passes_the_qt_model_tester(services: Services) -> None:
    add_events(services, 450)
    held_round(services)
    model = TimelineModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_source(services.timeline, TimelineFilter())
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total > 450
    del tester


def test_rows_load_a_page_at_a_time(services: Services) -> None:
    add_events(services, 1_000)
    model = TimelineModel()
    model.set_source(services.timeline, TimelineFilter())
    assert (model.total, model.rowCount()) == (1_000, TimelineModel.PAGE_SIZE)
    model.fetchMore()
    assert model.rowCount() == 2 * TimelineModel.PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1_000


@pytest.fixture
def tokyo_in_english() -> Iterator[None]:
    """The user's clock in Tokyo (UTC+9), dates written the British way."""
    saved_tz, saved_locale = os.environ.get("TZ"), QLocale()
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(saved_locale)
    if saved_tz is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved_tz
    time.tzset()


@pytest.mark.usefixtures("tokyo_in_english")
def test_newest_first_in_local_time_and_locale_format(services: Services) -> None:
    add_events(services, 3)  # 09:00, 09:01, 09:02 UTC on 1 March 2024
    model = TimelineModel()
    model.set_source(services.timeline, TimelineFilter())
    assert model.index(0, TimelineModel.WHEN).data() == "01/03/2024 18:02"
    assert model.index(0, TimelineModel.DETAILS).data() == "note 2"
    assert model.index(2, TimelineModel.KIND).data() == "Note"


def test_before_attach_the_view_says_it_is_opening(view: TimelineView) -> None:
    view.refresh()
    assert child(view, QTableView, "timelineTable") is not None
    assert page(view._pages) == "timelineOpening"


def test_an_empty_journal_explains_what_fills_the_timeline(
    view: TimelineView, services: Services
) -> None:
    view.attach(services)
    assert page(view._pages) == "timelineEmpty"
    assert "Ctrl+L" in child(view, QLabel, "timelineEmptyText").text()


def test_kind_filter_narrows_the_stream(view: TimelineView, services: Services) -> None:
    add_events(services, 30, kind="note")
    add_events(services, 4, kind="offer")
    view.attach(services)
    assert view.model.total == 34
    combo = child(view, QComboBox, "timelineKindFilter")
    combo.setCurrentIndex(combo.findData("offer"))
    assert view.model.total == view.model.rowCount() == 4
    assert {view.model.index(r, TimelineModel.KIND).data() for r in range(4)} == {"Offer"}
    assert view.count_label.text() == "4 events match"


def test_kind_filter_with_no_match_keeps_the_filters_visible(
    view: TimelineView, services: Services
) -> None:
    add_events(services, 3)
    view.attach(services)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("rejected"))
    assert page(view._pages) == "timelineContent"
    assert page(view._list_pages) == "timelineNoMatch"


def test_company_filter_lists_companies_and_filters(view: TimelineView, services: Services) -> None:
    services.research.add_company("Zeta")
    held_round(services)  # creates Acme
    view.attach(services)
    combo = child(view, QComboBox, "timelineCompanyFilter")
    assert [combo.itemText(i) for i in range(combo.count())] == ["All companies", "Acme", "Zeta"]
    combo.setCurrentIndex(combo.findText("Zeta"))
    assert view.model.total == 1
    assert view.model.index(0, TimelineModel.COMPANY).data() == "Zeta"


def test_selecting_a_held_round_shows_its_notes(view: TimelineView, services: Services) -> None:
    held_round(services)
    view.attach(services)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("round_held"))
    select_row(view, 0)
    notes = child(view, QTextBrowser, "timelineDetailBody").toPlainText()
    assert "Technical interview — Acme" in view.detail_title.text()
    assert "How do you test Qt views?" in notes
    assert format_elapsed(3_725_000) in notes
    assert MARKERS_BY_KEY["did_not_know"].glyph in notes


def test_refresh_keeps_the_selected_event(view: TimelineView, services: Services) -> None:
    add_events(services, 5)
    view.attach(services)
    select_row(view, 2)
    view.refresh()
    assert view.table.currentIndex().row() == 2
    assert view.detail_title.text() == "note 2"


def test_rows_have_one_fixed_height(view: TimelineView) -> None:
    rows = view.table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed


def test_interactive_widgets_have_names(view: TimelineView) -> None:
    for kind in (QComboBox, QTableView, QTextBrowser):
        for widget in view.findChildren(kind):
            assert widget.objectName()
            assert widget.accessibleName()


def test_focus_primary_selects_the_newest_event(view: TimelineView, services: Services) -> None:
    add_events(services, 3)
    view.attach(services)
    view.focus_primary()
    assert view.table.currentIndex().row() == 0
    assert view.detail_title.text() == "note 2"


def test_importing_the_view_leaves_the_database_stack_unloaded() -> None:
    code = (
        "import sys, interview_journal.ui.timeline\n"
        "loaded = [m for m in ('sqlmodel', 'sqlalchemy', 'interview_journal.storage',"
        " 'interview_journal.core.timeline') if m in sys.modules]\n"
        "print(loaded)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_selection_shows_nothing_yet_when_nothing_is_selected(
    view: TimelineView, services: Services
) -> None:
    add_events(services, 2)
    view.attach(services)
    assert page(view._detail_pages) == "timelineNoSelection"
    assert Qt.ItemFlag.ItemIsSelectable & view.model.flags(view.model.index(0, 0))


def test_scrolling_to_the_end_loads_the_next_page(
    qtbot, view: TimelineView, services: Services
) -> None:
    add_events(services, 500)
    view.attach(services)
    view.show()
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().maximum() > 0)
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert view.model.rowCount() == 2 * TimelineModel.PAGE_SIZE


def test_titles_are_shown_as_typed_not_as_markup(view: TimelineView, services: Services) -> None:
    services.research.add_company("<b>Bold</b> & Co")
    view.attach(services)
    select_row(view, 0)
    assert view.detail_title.textFormat() == Qt.TextFormat.PlainText
    assert view.detail_title.text() == "Added <b>Bold</b> & Co"


# ------------------------------------------------------- stage, dates, one application
def test_stage_filter_lists_stages_in_board_order(view: TimelineView, services: Services) -> None:
    from interview_journal.storage.tables import Application, Company, PipelineStage

    late = services.journal.add(PipelineStage(name="Offer", position=4))
    early = services.journal.add(PipelineStage(name="Applied", position=1))
    company = services.journal.add(Company(name="Acme"))
    moving = services.journal.add(Application(company_id=company.id, stage_id=late.id))
    services.journal.add(
        TimelineEvent(kind="offer", company_id=company.id, application_id=moving.id)
    )
    add_events(services, 3)
    view.attach(services)
    combo = child(view, QComboBox, "timelineStageFilter")
    assert [combo.itemText(i) for i in range(combo.count())][:3] == [
        "All stages",
        "Applied",
        "Offer",
    ]
    combo.setCurrentIndex(combo.findData(late.id))
    assert view.model.total == 1
    combo.setCurrentIndex(combo.findData(early.id))
    assert page(view._list_pages) == "timelineNoMatch"


def test_date_presets_and_custom_days(view: TimelineView, services: Services) -> None:
    from PySide6.QtCore import QDate

    add_events(services, 3)  # 1 March 2024
    services.journal.add(TimelineEvent(kind="note", title="today"))
    view.attach(services)
    view.date_filter.setCurrentIndex(view.date_filter.findData("30"))
    assert view.model.total == 1
    view.date_filter.setCurrentIndex(view.date_filter.findData("custom"))
    assert view.date_from.isVisibleTo(view)
    view.date_from.setDate(QDate(2024, 3, 1))
    view.date_to.setDate(QDate(2024, 3, 1))
    assert view.model.total == 3


def test_show_application_filters_and_the_chip_removes_it(
    qtbot, view: TimelineView, services: Services
) -> None:
    held_round(services)
    view.attach(services)
    application_id = services.journal.records(TimelineEvent, kind="round_held")[0].application_id
    assert application_id
    add_events(services, 5)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("offer"))
    view.show_application(application_id)
    assert view.kind_filter.currentData() is None  # other filters cleared
    assert view.application_chip.isVisibleTo(view)
    assert view.application_label.text().startswith("Showing: ")
    assert "Acme" in view.application_label.text()
    entries = [view.model.entry(r) for r in range(view.model.rowCount())]
    assert {e.event.application_id for e in entries if e is not None} == {application_id}
    qtbot.mouseClick(view.application_clear, Qt.MouseButton.LeftButton)
    assert view.application_id is None and not view.application_chip.isVisibleTo(view)
    assert view.model.total > 5


def test_held_round_offers_draft_follow_up_and_open_company(
    qtbot, view: TimelineView, services: Services
) -> None:
    round_id = held_round(services)
    view.attach(services)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("round_held"))
    select_row(view, 0)
    links = view.detail_actions.text()
    assert "Draft follow-up" in links and "Open company" in links
    with qtbot.waitSignal(view.navigate) as blocker:
        view.detail_actions.linkActivated.emit(f"follow_up:{round_id}")
    assert blocker.args == ["follow_up", round_id]


def test_heavy_timeline_opens_and_scrolls_without_loading_every_row(qtbot, copy_of_heavy) -> None:
    from interview_journal.paths import DataPaths

    heavy = Services.open(DataPaths(copy_of_heavy))
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    try:
        widget.attach(heavy)
        widget.show()
        assert widget.model.total >= 20_000
        assert widget.model.rowCount() == TimelineModel.PAGE_SIZE
        bar = widget.table.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        for _ in range(3):
            bar.setValue(bar.maximum())
        assert TimelineModel.PAGE_SIZE < widget.model.rowCount() <= 4 * TimelineModel.PAGE_SIZE
        assert widget.model.rowCount() % TimelineModel.PAGE_SIZE == 0
        # Each filter still reads one page at most.
        widget.date_filter.setCurrentIndex(widget.date_filter.findData("last_year"))
        widget.stage_filter.setCurrentIndex(1)
        assert widget.model.rowCount() <= TimelineModel.PAGE_SIZE
    finally:
        heavy.close()


def test_a_note_of_ones_own_lands_on_the_process_stream(qtbot: QtBot, services: Services) -> None:
    from interview_journal.core.errors import ValidationError
    from interview_journal.storage.tables import Application, Company, TimelineEvent

    company = services.journal.add(Company(name="Lantern Works"))
    application = services.journal.add(Application(company_id=company.id, role="SRE"))
    view = TimelineView()
    qtbot.addWidget(view)
    view.attach(services)
    view.show_application(application.id)
    dialog = view.add_note()
    assert dialog is not None
    dialog.title.setText("")
    dialog.accept()  # refused: stays open, says why, writes nothing
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "needs a line" in dialog.error.text()
    assert services.journal.count(TimelineEvent) == 0
    dialog.title.setText("Recruiter: the team doubles in spring 🌱 — «שלום»")
    dialog.detail.setPlainText("'); DROP TABLE timeline_event; --")
    with qtbot.waitSignal(dialog.noted):
        dialog.accept()
    notes = services.journal.records(TimelineEvent, kind="note")
    assert len(notes) == 1
    assert (notes[0].application_id, notes[0].company_id) == (application.id, company.id)
    assert notes[0].detail == "'); DROP TABLE timeline_event; --"
    assert view.model.total == 1
    with pytest.raises(ValidationError, match="first line"):
        services.timeline.add_note("two\nlines")
