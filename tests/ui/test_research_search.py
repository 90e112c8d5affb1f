"""Searching research from the panel: results, highlights, keyboard, odd input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QAbstractItemModelTester

from interview_journal.core.services import Services
from interview_journal.storage.search import HIGHLIGHT_END, HIGHLIGHT_START
from interview_journal.ui.research.models import IdRole
from interview_journal.ui.research.search_panel import (
    START_HINT,
    NoteIdRole,
    ResearchResultModel,
    ResearchSearchPanel,
    ResultRow,
    SnippetHtmlRole,
    TitleHtmlRole,
    elide_marked,
    marked_html,
    plain,
)
from tests.ui.stand_in import MessageWindow as Window
from tests.ui.stand_in import shown_window

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
START, END = HIGHLIGHT_START, HIGHLIGHT_END


@pytest.fixture
def research(services: Services) -> dict[str, str]:
    acme = services.research.add_company("Acme Robotics", summary="The team writes c++ daily.")
    note = services.research.add_note(
        acme.id, "values", title="Culture", body="They say <script>alert(1)</script> honesty wins."
    )
    nord = services.research.add_company("Café Nordlicht")
    services.research.add_note(nord.id, "team", body="A small team that roasts together.")
    return {"acme": acme.id, "note": note.id, "nord": nord.id}


@pytest.fixture
def window(qtbot) -> Window:
    return shown_window(qtbot, ResearchSearchPanel(), (900, 600))


@pytest.fixture
def panel(window: Window, services: Services, research: dict[str, str]) -> ResearchSearchPanel:
    search = window.centralWidget()
    assert isinstance(search, ResearchSearchPanel)
    search.bind(services)
    return search


def test_model_passes_the_model_tester() -> None:
    model = ResearchResultModel()
    tester = QAbstractItemModelTester(model, FATAL)
    model.set_rows([ResultRow("c", "n", "Acme", "Research note · Values", f"{START}A{END}", "s")])
    model.set_rows([])
    model.set_rows([ResultRow("c", "", "Acme", "Company profile", "Acme", f"x {START}y{END}")])
    assert tester is not None
    assert model.index(0, 0).data() == "Acme"
    assert model.index(0, 0).data(IdRole) == "c"
    assert model.index(0, 0).data(NoteIdRole) == ""


def test_marked_text_becomes_escaped_html() -> None:
    html = marked_html(f"<b>&{START}team{END} {END}odd{START}open")
    assert html.startswith("&lt;b&gt;&amp;<span")
    assert ">team</span> odd<span" in html
    assert html.endswith("open</span>")
    assert plain(f"a{START}b{END}c") == "abc"


def test_eliding_keeps_markers_balanced(qapp) -> None:
    metrics = QFontMetrics(QFont())
    marked = f"one {START}two three four{END} five " * 20
    short = elide_marked(marked, metrics, 120)
    assert short.endswith("…") and len(short) < len(marked)
    assert short.count(START) == short.count(END)
    assert elide_marked("fits", metrics, 500) == "fits"


def test_before_bind_the_query_waits() -> None:
    search = ResearchSearchPanel()
    assert not search.query.isEnabled()
    assert search.hint.text() == START_HINT
    search.deleteLater()


def test_typing_searches_after_a_pause(qtbot, panel: ResearchSearchPanel) -> None:
    assert panel.stack.currentWidget() is panel.hint
    panel.focus_query()
    qtbot.keyClicks(panel.query, "team")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.count.text() == "2 matches"
    assert panel.stack.currentWidget() is panel.results
    snippets = [panel.model.index(row, 0).data(SnippetHtmlRole) for row in range(2)]
    assert any(">team</span>" in snippet for snippet in snippets)


def test_the_users_own_html_is_shown_as_text(panel: ResearchSearchPanel) -> None:
    panel.set_query("honesty")
    [row] = [panel.model.index(0, 0)]
    snippet = row.data(SnippetHtmlRole)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in snippet
    assert "<script>" not in snippet
    assert ">honesty</span>" in snippet
    assert row.data(TitleHtmlRole) == "Culture"
    panel.grab()  # the delegate paints it without trouble


def test_no_match_names_the_query(panel: ResearchSearchPanel) -> None:
    panel.set_query("<script>xyz")
    assert panel.model.rowCount() == 0
    assert panel.count.text() == "No research mentions “<script>xyz”"
    assert panel.count.textFormat() == Qt.TextFormat.PlainText
    assert panel.stack.currentWidget() is panel.hint


def test_enter_on_a_result_opens_its_company_and_note(
    qtbot, panel: ResearchSearchPanel, research: dict[str, str]
) -> None:
    panel.focus_query()
    panel.set_query("honesty")
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    with qtbot.waitSignal(panel.result_activated) as signal:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert signal.args == [research["acme"], research["note"], "research_note", research["note"]]


def test_a_company_hit_has_no_note(
    qtbot, panel: ResearchSearchPanel, research: dict[str, str]
) -> None:
    panel.set_query("c++")
    with qtbot.waitSignal(panel.result_activated) as signal:
        panel.results.activated.emit(panel.model.index(0, 0))
    assert signal.args == [research["acme"], "", "company", research["acme"]]


def test_enter_in_the_query_searches_and_moves_to_the_results(
    qtbot, panel: ResearchSearchPanel
) -> None:
    panel.focus_query()
    qtbot.keyClicks(panel.query, "roasts")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    # The search runs on a worker; focus moves into the results when they arrive.
    qtbot.waitUntil(panel.results.hasFocus)
    assert panel.model.rowCount() == 1
    qtbot.keyClick(panel.results, Qt.Key.Key_Escape)
    assert panel.query.hasFocus()


def test_escape_clears_the_query(qtbot, panel: ResearchSearchPanel) -> None:
    panel.focus_query()
    panel.set_query("team")
    qtbot.keyClick(panel.query, Qt.Key.Key_Escape)
    assert panel.query.text() == ""
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.hint)
    assert panel.model.rowCount() == 0


@pytest.mark.parametrize(
    "typed",
    ["c++", "node.js", "O'Reilly", "AND", '"', "***", "a\x00b", "🙂", "שלום", "x" * 100_000],
)
def test_odd_input_never_fails(window: Window, panel: ResearchSearchPanel, typed: str) -> None:
    panel.set_query(typed)
    panel.grab()
    assert window.messages == []


def test_typing_searches_off_the_ui_thread_and_keeps_only_the_latest_answer(
    qtbot, panel: ResearchSearchPanel, monkeypatch
) -> None:
    import threading

    from interview_journal.core.search import SearchService

    threads: list[str] = []
    original = SearchService.research

    def recording(self, query, limit=50, **kwargs):
        threads.append(threading.current_thread().name)
        return original(self, query, limit, **kwargs)

    monkeypatch.setattr(SearchService, "research", recording)
    panel.focus_query()
    qtbot.keyClicks(panel.query, "team")
    panel.search_now()
    assert panel.is_searching
    qtbot.waitUntil(lambda: not panel.is_searching)
    assert panel.model.rowCount() == 2
    assert threads and threading.main_thread().name not in threads

    # An answer for an older query that arrives late is dropped.
    panel.typing.runner._found(panel.typing.runner._generation - 1, "old", [])
    assert panel.model.rowCount() == 2
