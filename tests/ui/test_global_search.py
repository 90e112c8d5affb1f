"""Global search: one shortcut from anywhere, grouped results, opening the exact place."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from interview_journal.core.search import KIND_ORDER, SearchService
from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import (
    Company,
    Person,
    Reminder,
    utc_now,
)
from interview_journal.ui.main_window import SEARCH_SHORTCUTS, MainWindow
from interview_journal.ui.search.panel import (
    START_HINT,
    GlobalResultModel,
    GlobalSearchDialog,
)

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def filled(services: Services) -> dict[str, str]:
    research = services.research
    acme = research.add_company("Acme Robotics", summary="They write c++ and node.js daily.")
    note = research.add_note(
        acme.id, "values", title="Culture", body="Their style guide quotes O'Reilly books."
    )
    person = services.journal.add(
        Person(name="Recruiter at Acme", company_id=acme.id, notes="Prefers c++ questions.")
    )
    application = services.pipeline.add_application(acme.id, "Robotics c++ engineer", utc_now())
    reminder = services.journal.add(
        Reminder(title="Send the c++ sample", due_at=utc_now() + timedelta(days=2))
    )
    return {
        "company": acme.id,
        "note": note.id,
        "person": person.id,
        "application": application.id,
        "reminder": reminder.id,
    }


def _dialog(qtbot: QtBot, services: Services) -> GlobalSearchDialog:
    dialog = GlobalSearchDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.query.hasFocus)
    return dialog


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    return window


def test_model_passes_the_model_tester(services: Services, filled: dict[str, str]) -> None:
    model = GlobalResultModel()
    tester = QAbstractItemModelTester(model, FATAL)
    model.set_hits(services.search.everything("c++"))
    model.set_hits([])
    assert tester is not None and model.rowCount() == 0


def test_results_are_grouped_by_kind_under_headings_that_cannot_be_selected(
    qtbot: QtBot, services: Services, filled: dict[str, str]
) -> None:
    dialog = _dialog(qtbot, services)
    dialog.set_query("c++")
    model = dialog.model
    headings = model.headings()
    assert headings == [kind for kind in KIND_ORDER if kind in headings]
    assert {"Companies", "Contacts", "Applications", "Reminders"} <= set(headings)
    assert model.hit_count() == len(services.search.everything("c++", 100))
    first = model.index(0, 0)
    assert model.row(0).hit is None
    assert not model.flags(first) & Qt.ItemFlag.ItemIsSelectable
    assert "match" in str(first.data(Qt.ItemDataRole.AccessibleTextRole))
    # The selection starts on the first hit, not on a heading.
    assert dialog.results.currentIndex().row() == model.first_hit_row() == 1
    assert "matches in" in dialog.count.text()


@pytest.mark.parametrize(
    "query", ["c++", "node.js", '"O\'Reilly"', "O'Reilly", "DROP TABLE company; --", "*", '"']
)
def test_any_input_searches_without_error(
    qtbot: QtBot, services: Services, filled: dict[str, str], query: str
) -> None:
    dialog = _dialog(qtbot, services)
    dialog.set_query(query)
    assert dialog.typing.shown_query == query
    if "Reilly" in query:
        hit = dialog.model.row(dialog.model.first_hit_row()).hit
        assert hit is not None and hit.target == ("research_note", filled["note"])
    if query in ("c++", "node.js"):
        targets = [dialog.model.row(i).hit for i in range(dialog.model.rowCount())]
        assert ("company", filled["company"]) in [hit.target for hit in targets if hit]
    assert dialog.errors == []


def test_huge_paste_is_searched_by_its_first_words(
    qtbot: QtBot, services: Services, filled: dict[str, str]
) -> None:
    dialog = _dialog(qtbot, services)
    dialog.set_query("Culture " + "x" * 10_000_000)
    assert len(dialog.query.text()) <= dialog.query.maxLength()
    assert dialog.count.isVisible() and dialog.stack.currentWidget() is dialog.results
    assert "Research" in dialog.model.headings()


def test_empty_and_unmatched_queries_say_what_to_do(
    qtbot: QtBot, services: Services, filled: dict[str, str]
) -> None:
    dialog = _dialog(qtbot, services)
    assert dialog.stack.currentWidget() is dialog.hint
    assert dialog.hint.text() == START_HINT
    dialog.set_query("zebra")
    assert dialog.count.text() == "Nothing in the journal mentions “zebra”"
    assert "fewer words" in dialog.hint.text()
    dialog.set_query("   ")
    assert dialog.hint.text() == START_HINT and not dialog.count.isVisible()


def test_keys_move_through_hits_skipping_headings_and_enter_opens_one(
    qtbot: QtBot, services: Services, filled: dict[str, str]
) -> None:
    dialog = _dialog(qtbot, services)
    dialog.set_query("c++")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.hasFocus()
    seen = []
    for _ in range(dialog.model.rowCount() + 2):
        row = dialog.results.currentIndex().row()
        seen.append(row)
        assert dialog.model.row(row).hit is not None
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    assert len(set(seen)) == dialog.model.hit_count()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Home)
    assert dialog.model.row(dialog.results.currentIndex().row()).hit is not None
    qtbot.keyClick(dialog.results, Qt.Key.Key_Up)
    assert dialog.query.hasFocus()

    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    expected = dialog.model.row(dialog.results.currentIndex().row()).hit
    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert opened.args == [expected]
    assert not dialog.isVisible()


def test_a_file_journal_is_searched_off_the_ui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(DataPaths.resolve(tmp_path / "own"))
    try:
        services = Services.over(journal)
        services.research.add_company("Acme Robotics", summary="c++ shop")
        threads: list[str] = []
        original = SearchService.everything

        def recording(self: SearchService, query: str, limit: int = 50, **kw: int) -> object:
            threads.append(threading.current_thread().name)
            return original(self, query, limit, **kw)

        monkeypatch.setattr(SearchService, "everything", recording)
        dialog = _dialog(qtbot, services)
        qtbot.keyClicks(dialog.query, "c++")
        qtbot.waitUntil(lambda: dialog.model.hit_count() == 1)
        assert threads and threading.main_thread().name not in threads
        dialog.shutdown()
    finally:
        journal.close()


# ------------------------------------------------------------ main window


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    return _window(qtbot, services)


def _open_hit(window: MainWindow, query: str, target: tuple[str, str]) -> None:
    dialog = window.open_global_search()
    assert dialog is not None
    dialog.set_query(query)
    rows = [dialog.model.row(i).hit for i in range(dialog.model.rowCount())]
    hit = next(hit for hit in rows if hit is not None and hit.target == target)
    dialog.results.setCurrentIndex(dialog.model.index(rows.index(hit), 0))
    dialog.results.activated.emit(dialog.results.currentIndex())


def test_the_search_opens_from_any_view_with_its_shortcuts(
    qtbot: QtBot, window: MainWindow, filled: dict[str, str]
) -> None:
    action = window.findChild(QAction, "action_search")
    assert action is not None
    assert [keys.toString() for keys in action.shortcuts()] == list(SEARCH_SHORTCUTS)
    window.show_view("offers")
    action.trigger()
    dialog = window._global_search
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.query.hasFocus)
    dialog.set_query("Culture")
    dialog.reject()
    window.show_view("timeline")
    action.trigger()
    assert window._global_search is dialog and dialog.query.text() == "Culture"
    assert dialog.query.selectedText() == "Culture"  # typing replaces the last query


def test_hits_open_the_exact_place(
    qtbot: QtBot, window: MainWindow, services: Services, filled: dict[str, str]
) -> None:
    _open_hit(window, "O'Reilly", ("research_note", filled["note"]))
    assert window.current_view_key() == "research"
    assert window.research_view.page.company is not None
    assert window.research_view.page.company.id == filled["company"]
    note = window.research_view.page.editor.note
    assert note is not None and note.id == filled["note"]

    _open_hit(window, "questions", ("person", filled["person"]))
    assert window.current_view_key() == "contacts"
    assert window.contacts_view._person is not None
    assert window.contacts_view._person.id == filled["person"]

    _open_hit(window, "sample", ("reminder", filled["reminder"]))
    assert window.current_view_key() == "reminders"
    item = window.reminders_view.current_item()
    assert item is not None and item.key == f"reminder:{filled['reminder']}"

    _open_hit(window, "engineer", ("application", filled["application"]))
    assert window.current_view_key() == "timeline"
    assert window.timeline_view.application_id == filled["application"]


def test_closing_the_journal_closes_the_search(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.journal.add(Company(name="Acme"))
    dialog = window.open_global_search()
    assert dialog is not None
    window.detach()
    assert window._global_search is None and not dialog.isVisible()
    assert window.open_global_search() is None


def test_a_failing_search_is_explained_in_the_dialog(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_journal.storage.errors import JournalError

    def broken(self: SearchService, query: str, limit: int = 50, **kw: int) -> object:
        raise JournalError("The journal is busy; try again.")

    monkeypatch.setattr(SearchService, "everything", broken)
    dialog = _dialog(qtbot, services)
    dialog.set_query("acme")
    assert dialog.errors == ["The journal is busy; try again."]
    assert dialog.message.isVisible()


def test_a_kind_with_many_hits_shows_a_few_and_unfolds_on_demand(
    qtbot: QtBot, services: Services
) -> None:
    from interview_journal.ui.search.panel import GROUP_PREVIEW

    acme = services.research.add_company("Acme Robotics")
    for number in range(GROUP_PREVIEW + 3):
        services.research.add_note(acme.id, "team", title=f"Standup {number}", body="kanban")
    services.journal.add(Person(name="Kanban coach"))
    dialog = _dialog(qtbot, services)
    dialog.set_query("kanban")
    model = dialog.model
    assert model.headings() == ["Research", "Contacts"]
    more = next(i for i in range(model.rowCount()) if model.row(i).more)
    assert model.row(more).label == "Show 3 more in Research"
    assert model.index(more, 0).data() == "Show 3 more in Research"
    assert more == 1 + GROUP_PREVIEW  # after the heading and the first hits
    # The keys reach the "show more" line; Enter unfolds the group in place.
    dialog.results.setFocus()
    dialog.results.setCurrentIndex(model.index(more - 1, 0))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    assert dialog.results.currentIndex().row() == more
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert dialog.isVisible() and not any(model.row(i).more for i in range(model.rowCount()))
    assert model.hit_count() == GROUP_PREVIEW + 4
    assert model.rowCount() == 2 + GROUP_PREVIEW + 4
    assert model.row(dialog.results.currentIndex().row()).hit is not None


def test_a_note_line_opens_its_interview_in_review_with_the_line_selected(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from interview_journal.storage.tables import InterviewRound, NoteLine

    acme = services.research.add_company("Acme Robotics")
    application = services.pipeline.add_application(acme.id, "Engineer", utc_now())
    interview = services.journal.add(
        InterviewRound(
            application_id=application.id,
            kind="technical",
            started_at=utc_now() - timedelta(hours=2),
            ended_at=utc_now() - timedelta(hours=1),
        )
    )
    lines = [
        services.journal.add(
            NoteLine(round_id=interview.id, position=n, elapsed_ms=n * 60_000, text=text)
        )
        for n, text in enumerate(["Q: tell me about yourself", "A: kafka consumer lag story"])
    ]
    _open_hit(window, "kafka", ("note_line", lines[1].id))
    assert window.current_view_key() == "review"
    qtbot.waitUntil(lambda: window.review_view.shown_round_id == interview.id, timeout=10_000)
    selected = window.review_view.replay_table.currentIndex()
    assert window.review_view.replay_model.row(selected.row()).id == lines[1].id
