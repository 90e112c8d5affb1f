"""Research and global search for a keyboard user, a screen reader and a translator.

Over the small sample journal: every control of the research view (company list, company
page, note editor, scorecard, comparison, question bank, research search), the criteria
dialog and the global search has a name and a Tab stop; the note editor and the
scorecard are tabbed in reading order; what colour or weight marks on screen (fit,
matched words, a company's own questions, the save state) is also said in words; and
every text on screen goes through Qt's translation (a marking translator shows it).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_journal.core.sample import generate_sample
from interview_journal.core.services import Services
from interview_journal.storage.journal import Journal
from interview_journal.storage.search import HIGHLIGHT_END, HIGHLIGHT_START
from interview_journal.ui.research import ResearchView
from interview_journal.ui.research.comparison import (
    CRITERIA_START,
    FIT_COLUMN,
    RANK_COLUMN,
    ComparisonTableModel,
)
from interview_journal.ui.research.models import CompanyRow, NoteRow, notes_phrase
from interview_journal.ui.research.scorecard import CriteriaDialog
from interview_journal.ui.search.panel import GlobalSearchDialog
from interview_journal.ui.search.results import matched_words, matches_phrase
from tests.ui.accessibility import (
    accessible_name,
    controls,
    describe,
    tab_chain,
    unnamed_controls,
    unreachable_by_tab,
)
from tests.ui.stand_in import shown_window
from tests.ui.translation import installed, marking

NOW = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
STATES = ("profile", "notes", "scorecard", "questions", "comparison", "bank", "search")


@pytest.fixture
def sample(journal: Journal, services: Services) -> Services:
    generate_sample(journal, "small", now=NOW)
    return services


def _open_view(qtbot: QtBot, services: Services) -> tuple[QMainWindow, ResearchView]:
    """The view in a shown window (the caller keeps the window alive)."""
    view = ResearchView()
    window = shown_window(qtbot, view, (1280, 820))
    view.attach(services)
    return window, view


@pytest.fixture
def window(qtbot: QtBot, sample: Services) -> QMainWindow:
    return _open_view(qtbot, sample)[0]


@pytest.fixture
def view(window: QMainWindow) -> ResearchView:
    research_view = window.centralWidget()
    assert isinstance(research_view, ResearchView)
    return research_view


def _first_company(view: ResearchView) -> str:
    rows = sorted(view.company_model.rows(), key=lambda row: row.name)
    view.select_company(rows[0].id)
    return rows[0].id


def _show(view: ResearchView, state: str) -> QWidget:
    """Put the view in ``state``; return the part of it that state is about."""
    _first_company(view)
    page = view.page
    if state == "comparison":
        view.show_comparison()
        return view.comparison
    if state == "bank":
        view.show_question_bank()
        return view.bank
    if state == "search":
        view.open_search()
        view.search.set_query("team")
        assert view.search.model.rowCount() > 0
        return view.search_page
    tab = {
        "profile": page.profile_tab,
        "notes": page.notes_tab,
        "scorecard": page.scorecard,
        "questions": page.questions,
    }[state]
    page.show_tab(tab)
    return tab


# --------------------------------------------------------------- names and Tab
@pytest.mark.parametrize("state", STATES)
def test_every_control_of_the_research_view_has_a_name_and_a_tab_stop(
    view: ResearchView, state: str
) -> None:
    part = _show(view, state)
    assert controls(part), "the state shows controls"
    assert unnamed_controls(view) == []
    assert unreachable_by_tab(view) == []


def test_every_control_of_the_criteria_dialog_has_a_name_and_a_tab_stop(
    view: ResearchView,
) -> None:
    _show(view, "scorecard")
    dialog = view.page.scorecard.open_criteria_dialog()
    assert isinstance(dialog, CriteriaDialog)
    assert dialog.model.rowCount() > 0
    assert unnamed_controls(dialog) == []
    assert unreachable_by_tab(dialog) == []
    assert tab_chain(dialog)[0] is dialog.table
    dialog.reject()


def test_every_control_of_global_search_has_a_name_and_a_tab_stop(
    qtbot: QtBot, sample: Services
) -> None:
    dialog = GlobalSearchDialog(sample)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_query("team")
    qtbot.waitUntil(lambda: not dialog.is_searching)
    assert dialog.model.hit_count() > 0
    assert unnamed_controls(dialog) == []
    assert unreachable_by_tab(dialog) == []
    assert tab_chain(dialog) == [dialog.query, dialog.results]


def test_table_headers_are_named_and_give_their_focus_to_the_table(view: ResearchView) -> None:
    _show(view, "comparison")
    tables = [view.comparison.table, view.bank.table]
    for table in tables:
        assert isinstance(table, QTableView)
        for header in (table.horizontalHeader(), table.verticalHeader()):
            assert accessible_name(header), describe(header)
            assert header.focusProxy() is table


# ----------------------------------------------------------------- Tab order
def test_the_note_editor_is_tabbed_in_reading_order(qtbot: QtBot, view: ResearchView) -> None:
    _show(view, "notes")
    page, editor = view.page, view.page.editor
    editor.no_date.setChecked(False)  # the date box takes Tab only while it is on
    assert editor.note is not None  # a saved note: Delete is on too
    expected = [
        page.delete_company_button,
        page.tabs.tabBar(),
        page.new_note_button,
        page.note_list,
        editor.topic,
        editor.import_button,
        editor.title,
        editor.source,
        editor.source_date,
        editor.no_date,
        editor.body,
        editor.preview_toggle,
        editor.delete_button,  # the buttons left to right: Delete, then Save
        editor.save_button,
    ]
    assert [describe(w) for w in tab_chain(page)] == [describe(w) for w in expected]
    # And the keyboard really goes there: from the note text, Tab then Tab reaches Save.
    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus)
    qtbot.keyClick(editor.body, Qt.Key.Key_Tab)
    qtbot.waitUntil(editor.preview_toggle.hasFocus)
    qtbot.keyClick(editor.preview_toggle, Qt.Key.Key_Tab)
    qtbot.waitUntil(editor.delete_button.hasFocus)
    qtbot.keyClick(editor.delete_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(editor.save_button.hasFocus)


def test_the_scorecard_is_tabbed_in_reading_order(qtbot: QtBot, view: ResearchView) -> None:
    _show(view, "scorecard")
    card = view.page.scorecard
    boxes, lines = card.score_boxes(), card.evidence_edits()
    assert len(boxes) >= 3
    # The Edit criteria button sits in the header above the criteria: it comes first,
    # then each score and its evidence, row by row.
    expected: list[QWidget] = [card.edit_criteria_button]
    for box, line in zip(boxes, lines, strict=True):
        expected += [box, line]
    assert [describe(w) for w in tab_chain(card)] == [describe(w) for w in expected]
    bar = view.page.tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.edit_criteria_button


# --------------------------------------------------------- not colour alone
def test_fit_is_said_in_words_in_the_list_the_table_and_the_chart(
    view: ResearchView, sample: Services
) -> None:
    unscored = sample.research.add_company("Newco Labs")
    view.refresh()
    model = view.company_model
    scored = [row for row in model.rows() if row.fit is not None]
    assert scored
    for number in range(model.rowCount()):
        row = model.company(number)
        spoken = str(model.index(number, 0).data(Qt.ItemDataRole.AccessibleTextRole))
        if row.id == unscored.id:
            assert "fit" not in spoken
        else:
            assert row.fit is not None and f"fit {row.fit:.1f}" in spoken

    view.show_comparison()
    table = view.comparison.model
    last = table.rowCount() - 1
    assert table.company_id(last) == unscored.id  # unscored companies come last
    not_scored = table.index(last, FIT_COLUMN)
    assert not_scored.data() == "—"
    assert not_scored.data(Qt.ItemDataRole.ToolTipRole) == "Not scored yet"
    assert not_scored.data(Qt.ItemDataRole.AccessibleTextRole) == "Fit: not scored yet"
    # "#" would be read out as a sign: the rank says "Rank".
    assert table.index(0, RANK_COLUMN).data(Qt.ItemDataRole.AccessibleTextRole) == "Rank: 1"

    chart = view.comparison.chart
    bars = chart.bars()
    assert bars
    # The bars' length and colour carry the ranking; the tooltip says it like the
    # description a screen reader reads.
    assert chart.toolTip() == chart.accessibleDescription() == chart.summary()
    assert all(bar.name in chart.toolTip() for bar in bars)
    assert chart.toolTip().startswith("Weighted fit, best first: 1. ")


def test_a_score_box_says_how_much_its_criterion_weighs(view: ResearchView) -> None:
    _show(view, "scorecard")
    card = view.page.scorecard
    weights = {
        label.objectName().removeprefix("criterionWeight"): label.text()
        for label in card.findChildren(QLabel)
        if label.objectName().startswith("criterionWeight")
    }
    for number, box in enumerate(card.score_boxes()):
        weight = weights[str(number)]
        assert weight.startswith("weight ")
        # The weight is written only in a quiet label beside the box.
        assert box.accessibleDescription().startswith(weight)


def test_matched_words_are_said_not_only_highlighted(view: ResearchView, sample: Services) -> None:
    marked = f"Our {HIGHLIGHT_START}Team{HIGHLIGHT_END} and {HIGHLIGHT_START}teams{HIGHLIGHT_END}"
    assert matched_words(marked, f"{HIGHLIGHT_START}team{HIGHLIGHT_END}") == ["Team", "teams"]
    assert matches_phrase(marked) == "matching “Team”, “teams”"
    assert matches_phrase("nothing marked") == ""

    _show(view, "search")
    model = view.search.model
    for number in range(model.rowCount()):
        index = model.index(number, 0)
        spoken = str(index.data(Qt.ItemDataRole.AccessibleTextRole))
        assert HIGHLIGHT_START not in spoken
        row = model.result(number)
        if HIGHLIGHT_START in row.title + row.snippet:
            assert "matching “" in spoken, spoken
        assert index.data(Qt.ItemDataRole.ToolTipRole) == spoken
        # The delegate paints; the text a screen reader gets is in the model.
        assert index.data(Qt.ItemDataRole.DisplayRole)

    dialog = GlobalSearchDialog(sample)
    dialog.set_query("team")
    said = 0
    for number in range(dialog.model.rowCount()):
        hit = dialog.model.row(number).hit
        if hit is None:
            continue
        spoken = str(dialog.model.index(number, 0).data(Qt.ItemDataRole.AccessibleTextRole))
        assert HIGHLIGHT_START not in spoken
        # A hit may match outside its snippet (another field): then nothing is marked.
        if HIGHLIGHT_START in hit.snippet:
            assert spoken.endswith(f"({matches_phrase(hit.snippet)})"), spoken
            said += 1
    assert said > 0
    dialog.deleteLater()


def test_a_company_own_question_says_so_in_words_not_only_in_bold(
    view: ResearchView, sample: Services
) -> None:
    company_id = _first_company(view)
    name = sample.research.company(company_id).name
    own = sample.questions.add("Who reviews the first month's work?", company_id=company_id)
    _show(view, "questions")
    panel = view.page.questions
    panel.refresh()
    model = panel.model
    [row] = [n for n in range(model.rowCount()) if model.question(n).id == own.id]
    question = model.index(row, 0)
    font = question.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert question.data(Qt.ItemDataRole.ToolTipRole) == f"Only for {name}"
    assert str(question.data(Qt.ItemDataRole.AccessibleTextRole)).endswith(f"(Only for {name})")
    shared = next(n for n in range(model.rowCount()) if not model.question(n).company_name)
    assert "Only for" not in str(model.index(shared, 0).data(Qt.ItemDataRole.AccessibleTextRole))


def test_the_note_save_state_reaches_a_screen_reader(qtbot: QtBot, view: ResearchView) -> None:
    _show(view, "notes")
    editor = view.page.editor
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, " (edited)")
    assert editor.status.text() == "Unsaved changes"
    assert editor.status.accessibleDescription() == "Unsaved changes"
    assert view.page.save_note()
    assert editor.status.accessibleDescription() == "Saved"
    assert editor.status.accessibleName() == "Note save status"


# -------------------------------------------------------- locale and counts
def test_counts_and_dates_follow_english_and_the_locale() -> None:
    assert notes_phrase(0) == "no notes yet"
    assert notes_phrase(1) == "1 note"
    assert notes_phrase(3) == "3 notes"
    row = CompanyRow("c", "Acme", "Robots", 2, fit=3.91)
    note = NoteRow("n", "values", "Values", "", "Site", date(2026, 3, 3))
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("fr_FR"))
        assert "fit 3,9" in row.detail  # the decimal comma of the user's locale
        assert "3 mars 2026" in note.detail
        QLocale.setDefault(QLocale("en_US"))
        assert notes_phrase(1234) == "1,234 notes"
        assert "fit 3.9" in row.detail
    finally:
        QLocale.setDefault(previous)


# --------------------------------------------------------------- translation
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    with installed(marking(MARK_OPEN, MARK_CLOSE)):
        yield


# Labels that show what the user wrote: a company's name, a criterion's name.
USER_TEXT_LABELS = ("companyHeading", "criterionName", "weightLabel")


def unmarked_texts(root: QWidget) -> list[str]:
    """Every text on screen in ``root`` that did not go through translation."""
    found: list[str] = []

    def check(widget: QWidget, what: str, text: str) -> None:
        if text.strip() and MARK_OPEN not in text:
            found.append(f"{describe(widget)} {what}: {text!r}")

    for widget in controls(root):
        if isinstance(widget, QComboBox):
            # On Linux Qt reports a combo box's value as its name (its label names it
            # through a relation): the value may be data, the name set on it may not.
            check(widget, "name", widget.accessibleName())
        else:
            check(widget, "name", accessible_name(widget))
        if isinstance(widget, QAbstractButton):
            check(widget, "text", widget.text())
        if isinstance(widget, QLineEdit):
            check(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                if isinstance(model, ComparisonTableModel) and (
                    CRITERIA_START <= column < model.verdict_column
                ):
                    continue  # the user's criteria, by the names the user gave them
                if not widget.isColumnHidden(column):
                    heading = model.headerData(column, Qt.Orientation.Horizontal)
                    check(widget, f"heading {column}", str(heading))
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            for number in range(tabs.count()):
                check(tabs, f"tab {number}", tabs.tabText(number))
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and not label.objectName().startswith(USER_TEXT_LABELS):
            check(label, "label", label.text())
    return found


@pytest.mark.usefixtures("marked")
def test_every_text_of_research_and_search_goes_through_translation(
    qtbot: QtBot, sample: Services
) -> None:
    _window, view = _open_view(qtbot, sample)
    found: list[str] = []
    for state in STATES:
        if state != "search":
            view.close_search()
        _show(view, state)
        found += [f"[{state}] {text}" for text in unmarked_texts(view)]
    view.close_search()
    _show(view, "scorecard")
    dialog = view.page.scorecard.open_criteria_dialog()
    assert dialog is not None
    found += [f"[criteria] {text}" for text in unmarked_texts(dialog)]
    assert MARK_OPEN in dialog.windowTitle()
    dialog.reject()

    search = GlobalSearchDialog(sample)
    qtbot.addWidget(search)
    search.show()
    assert MARK_OPEN in search.hint.text()
    search.set_query("team")
    qtbot.waitUntil(lambda: not search.is_searching)
    found += [f"[global search] {text}" for text in unmarked_texts(search)]
    assert MARK_OPEN in search.windowTitle()
    assert MARK_OPEN in search.count.text()
    heading = search.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert str(heading).startswith(MARK_OPEN), heading
    assert found == [], "\n".join(found)


def test_english_reads_as_before_without_a_translation(view: ResearchView) -> None:
    # No marking translator: the numerus strings come out in plain English.
    _show(view, "questions")
    count = view.page.questions.count.text()
    assert count.endswith(" questions") and count.split()[0].isdigit()
    view.open_search()
    view.search.set_query("team")
    shown = view.search.model.rowCount()
    assert view.search.count.text() == (f"{shown} matches" if shown > 1 else "1 match")
    assert QCoreApplication.translate("GlobalSearchDialog", "%Ln match(es)", "", 1) == "1 match"
