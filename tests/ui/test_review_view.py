"""The review view: past interviews and their replay, questions, the study list, statistics."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMainWindow, QToolTip

from interview_journal.core.review import ReviewService, topic_key
from interview_journal.core.sample import SAMPLE_NOW, generate_sample
from interview_journal.core.services import Services
from interview_journal.core.statistics import iso_monday
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    Application,
    Company,
    InterviewRound,
    NoteLine,
    PipelineStage,
)
from interview_journal.ui.review.models import SortProxy
from interview_journal.ui.review.view import (
    NO_INTERVIEWS,
    NO_MATCH,
    NO_QUESTIONS,
    NO_STATISTICS,
    NO_STUDY,
    ReviewView,
)
from tests.ui.stand_in import shown_window

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@dataclass(frozen=True)
class Wired:
    """What the window will hand the view once Services carries ``review``."""

    journal: Journal
    review: ReviewService


def wired(journal: Journal, now: datetime = SAMPLE_NOW) -> Services:
    return cast(Services, Wired(journal, ReviewService(journal, clock=lambda: now)))


# The stand-in windows the views live in, held until the end of the test run.
_WINDOWS: list[QMainWindow] = []


def open_view(qtbot: Any, services: Services) -> ReviewView:
    view = ReviewView()
    _WINDOWS.append(shown_window(qtbot, view, (1280, 800)))
    view.attach(services)
    return view


@pytest.fixture(autouse=True)
def _release_windows() -> Iterator[None]:
    yield
    _WINDOWS.clear()


@pytest.fixture
def sample(journal: Journal) -> Journal:
    generate_sample(journal, "small", now=SAMPLE_NOW)
    return journal


@pytest.fixture
def view(qtbot: Any, sample: Journal) -> Iterator[ReviewView]:
    shown = open_view(qtbot, wired(sample))
    yield shown
    shown.window().close()


def source_row(view: ReviewView, table_row: int) -> int:
    proxy = view.interview_table.model()
    assert isinstance(proxy, SortProxy)
    return proxy.mapToSource(proxy.index(table_row, 0)).row()


def test_an_empty_journal_shows_what_will_appear_in_every_tab(
    qtbot: Any, services: Services
) -> None:
    view = open_view(qtbot, services)  # no ``review`` on Services yet: the view makes one
    assert view.objectName() == "reviewView" and view.accessibleName() == "Review"
    assert view.interview_stack.currentWidget() is view.interview_hint
    assert view.interview_hint.text() == NO_INTERVIEWS and "Ctrl+2" in NO_INTERVIEWS
    assert not view.detail_stack.isVisible()
    view.show_tab("questions")
    assert view.question_stack.currentWidget() is view.question_hint
    assert view.question_hint.text() == NO_QUESTIONS
    view.show_tab("study")
    assert view.study_stack.currentWidget() is view.study_hint
    assert view.study_hint.text() == NO_STUDY
    view.show_tab("statistics")
    assert view.statistics_stack.currentWidget() is view.statistics_hint
    assert view.statistics_hint.text() == NO_STATISTICS


def test_past_interviews_are_listed_and_one_replays_its_lines(
    view: ReviewView, sample: Journal
) -> None:
    QAbstractItemModelTester(view.interview_model, FATAL)
    happened = [
        r
        for r in sample.records(InterviewRound)
        if r.started_at is not None or (r.scheduled_at and r.scheduled_at <= SAMPLE_NOW)
    ]
    assert view.interview_model.rowCount() == len(happened) > 0
    # Newest first, and the newest is shown at once.
    dates = [view.interview_model.interview(source_row(view, n)).when for n in range(3)]
    assert None not in dates
    assert dates == sorted((d for d in dates if d is not None), reverse=True)
    assert view.detail_stack.currentWidget() is view.detail

    held = next(
        n
        for n in range(view.interview_model.rowCount())
        if view.interview_model.interview(source_row(view, n)).note_lines > 3
    )
    view.interview_table.selectRow(held)
    chosen = view.interview_model.interview(source_row(view, held))
    expected = [line.text for line in sample.note_lines(chosen.round_id) if line.text.strip()]
    assert view.replay_model.line_texts() == expected
    assert view.replay_stack.currentWidget() is view.replay_table
    first = view.replay_model.index(0, 0)
    assert first.data() == view.replay_model.row(0).elapsed_text
    assert view.replay_model.index(0, 1).data()  # the wall clock
    assert chosen.company_name in view.summary_text()
    assert "How it went" in view.summary_text()


def test_filters_narrow_the_list_and_say_when_nothing_matches(view: ReviewView) -> None:
    view.company_filter.setCurrentIndex(1)
    company_id = view.company_filter.currentData()
    rows = view.interview_model.rows()
    assert rows and {r.company_id for r in rows} == {company_id}
    view.company_filter.setCurrentIndex(0)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("screening"))
    assert {r.kind for r in view.interview_model.rows()} == {"screening"}
    view.text_filter.setText("\"'; DROP TABLE note_line; -- 🙂")
    assert view.interview_model.rowCount() == 0
    assert view.interview_stack.currentWidget() is view.interview_hint
    assert view.interview_hint.text() == NO_MATCH


def test_an_interview_opens_its_company_and_its_timeline(qtbot: Any, view: ReviewView) -> None:
    shown = view.interview_model.interview(source_row(view, 0))
    with qtbot.waitSignal(view.navigate) as company:
        qtbot.mouseClick(view.company_button, Qt.MouseButton.LeftButton)
    assert company.args == ["company", shown.company_id]
    with qtbot.waitSignal(view.navigate) as timeline:
        qtbot.mouseClick(view.timeline_button, Qt.MouseButton.LeftButton)
    assert timeline.args == ["timeline_application", shown.application_id]


def test_questions_tab_lists_the_most_asked_question_with_its_count(
    view: ReviewView, sample: Journal
) -> None:
    counts: dict[str, int] = {}
    for line in sample.records(NoteLine, marker="question"):
        counts[topic_key(line.text)] = counts.get(topic_key(line.text), 0) + 1
    top_key, top_count = max(counts.items(), key=lambda item: item[1])
    view.show_tab("questions")
    QAbstractItemModelTester(view.question_model, FATAL)
    table = view.question_table
    shown = {
        (table.model().index(n, 0).data(), int(table.model().index(n, 2).data()))
        for n in range(table.model().rowCount())
    }
    top = next(g for g in view.question_model.rows() if g.key == top_key)
    assert (top.text, top_count) in shown
    assert int(table.model().index(0, 2).data()) == top_count  # most asked first
    view.asked_filter.setCurrentIndex(view.asked_filter.findData("them"))
    view.question_filter.setText(top.text.upper())
    assert [g.key for g in view.question_model.rows()] == [top_key]
    table.selectRow(0)
    assert view.occurrence_model.rowCount() == top_count
    assert any(o.answer for o in view.occurrence_model.rows())


def test_ticking_a_study_topic_is_kept_for_the_next_view(
    qtbot: Any, view: ReviewView, sample: Journal
) -> None:
    view.show_tab("study")
    QAbstractItemModelTester(view.study_model, FATAL)
    proxy = view.study_table.model()
    topic_text = proxy.index(0, 1).data()
    assert proxy.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(view.changed):
        assert proxy.setData(
            proxy.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    assert proxy.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    again = open_view(qtbot, wired(sample))
    again.show_tab("study")
    studied = {t.text: t.studied for t in again.study_model.rows()}
    assert studied[topic_text] is True
    assert sum(studied.values()) == 1
    again.hide_studied.setChecked(True)
    assert topic_text not in [t.text for t in again.study_model.rows()]


def test_a_study_topic_opens_the_interview_it_came_from(view: ReviewView) -> None:
    view.show_tab("study")
    view.study_table.selectRow(0)
    assert view.where_model.rowCount() >= 1
    where = view.where_model.occurrence(0)
    view.open_topic_button.click()
    assert view.current_tab() == "interviews"
    assert view._replay is not None and view._replay.interview.round_id == where.round_id


def test_statistics_charts_get_their_numbers(view: ReviewView, sample: Journal) -> None:
    view.show_tab("statistics")
    assert view.statistics_stack.currentWidget() is view.statistics_content
    weeks = view.weeks_chart.rows()
    assert len(weeks) == 26
    last = iso_monday(SAMPLE_NOW.astimezone().date())
    first = last - timedelta(weeks=25)
    applied = [
        a.applied_at.astimezone().date() for a in sample.records(Application) if a.applied_at
    ]
    expected = sum(1 for day in applied if first <= iso_monday(day) <= last)
    assert sum(row.values[0] for row in weeks) == expected > 0
    stages = [s.name for s in sorted(sample.records(PipelineStage), key=lambda s: s.position)]
    funnel = view.funnel_chart.rows()
    assert [row.label for row in funnel] == [n for n in stages if n != "Closed"]
    assert funnel[0].values[0] == sample.count(Application)
    assert "100%" in funnel[0].note
    kinds = view.rounds_chart.rows()
    assert kinds and all(len(row.values) == 3 for row in kinds)
    assert "Median" in view.first_answer_chart.note
    assert len(view.after_round_chart.rows()) == 7
    assert [row.label for row in view.answers_chart.rows()] == [
        "Answered",
        "Closed without an answer",
        "Still waiting",
    ]
    for card in view.cards:
        assert card.chart.accessibleName()
        assert card.chart.accessibleDescription()
        assert card.chart.toolTip()
    view.as_tables.setChecked(True)
    card = view.cards[1]
    assert card.stack.currentWidget() is card.table
    assert card.table_model.rowCount() == len(funnel)
    assert card.table_model.index(0, 1).data() == f"{sample.count(Application)}"


# The offscreen platform (tests only) cannot raise the tooltip's window, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_pointing_at_a_bar_tells_its_numbers(qtbot: Any, view: ReviewView) -> None:
    view.show_tab("statistics")
    chart = view.funnel_chart
    chart.grab()  # lays the bars out
    x = chart.width() // 2
    y = next(y for y in range(chart.height()) if chart.row_at(x, y) == 0)
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(x, y), chart.mapToGlobal(QPoint(x, y)))
    QApplication.sendEvent(chart, event)
    assert QToolTip.text() == chart.rows()[0].tooltip
    assert "reached it" in QToolTip.text()
    assert chart.row_at(-5, -5) == -1
    QToolTip.hideText()


def test_fewer_weeks_reload_the_weekly_chart(view: ReviewView) -> None:
    view.show_tab("statistics")
    view.weeks_choice.setCurrentIndex(view.weeks_choice.findData(12))
    assert len(view.weeks_chart.rows()) == 12
    assert view.weeks_chart.rows()[-1].label == f"W{SAMPLE_NOW.astimezone().isocalendar().week:02d}"


def test_statistics_are_read_off_the_ui_thread(qtbot: Any, tmp_path: Path) -> None:
    journal = Journal.open(DataPaths(tmp_path / "file"))
    try:
        assert journal.reads_in_parallel
        acme = journal.add(Company(name="Acme"))
        journal.add(
            Application(company_id=acme.id, applied_at=datetime(2026, 2, 24, 10, tzinfo=UTC))
        )
        view = open_view(qtbot, wired(journal))
        view.show_tab("statistics")
        assert view.statistics is None
        qtbot.waitUntil(lambda: view.statistics is not None, timeout=10_000)
        assert sum(row.values[0] for row in view.weeks_chart.rows()) == 1
        view.cancel()
        assert view.wait()
    finally:
        journal.close()


@pytest.mark.slow
def test_the_heavy_sample_reviews_without_blocking(qtbot: Any, copy_of_heavy: Path) -> None:
    journal = Journal.open(DataPaths(copy_of_heavy))
    try:
        view = open_view(qtbot, wired(journal))
        qtbot.waitUntil(lambda: view.interview_model.rowCount() > 1000, timeout=30_000)
        view.show_tab("statistics")
        assert view.statistics is None  # read on the worker: the window kept going meanwhile
        qtbot.waitUntil(lambda: view.statistics is not None, timeout=30_000)
        assert view.funnel_chart.rows()[0].values[0] == journal.count(Application)
        view.show_tab("questions")
        qtbot.waitUntil(lambda: view.question_model.rowCount() > 10, timeout=60_000)
        view.question_table.selectRow(0)
        qtbot.waitUntil(lambda: any(o.answer for o in view.occurrence_model.rows()), timeout=30_000)
        view.cancel()
        assert view.wait(30_000)
    finally:
        journal.close()
        shutil.rmtree(copy_of_heavy, ignore_errors=True)


def test_a_self_review_with_markup_is_shown_as_typed(qtbot: Any, journal: Journal) -> None:
    acme = journal.add(Company(name="Acme <b>Labs</b>"))
    application = journal.add(Application(company_id=acme.id, role="Backend"))
    typed = "<script>alert('x')</script> 🙂 שלום & more"
    started = datetime(2026, 2, 2, 14, tzinfo=UTC)
    journal.add(
        InterviewRound(
            application_id=application.id, kind="technical", started_at=started, self_review=typed
        )
    )
    view = open_view(qtbot, wired(journal))
    assert typed in view.summary_text()
    assert "Acme <b>Labs</b>" in view.summary_text()
    assert view.replay_stack.currentWidget() is view.replay_hint  # no lines were taken
