"""The research view: companies and research notes, driven through the UI like a user would."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from interview_journal.core.services import Services
from interview_journal.ui.research import ResearchView, widgets
from interview_journal.ui.research.models import (
    CompanyFilterModel,
    CompanyListModel,
    CompanyRow,
    DetailRole,
    NoteListModel,
    NoteRow,
)
from tests.ui.stand_in import MessageWindow as Window
from tests.ui.stand_in import shown_window

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot) -> Window:
    return shown_window(qtbot, ResearchView(), (1100, 700))


@pytest.fixture
def view(window: Window, services: Services) -> ResearchView:
    research_view = window.centralWidget()
    assert isinstance(research_view, ResearchView)
    research_view.attach(services)
    return research_view


def child(view: QWidget, name: str) -> QWidget:
    found = view.findChild(QWidget, name)
    assert found is not None, name
    return found


def add_company_by_keyboard(qtbot, view: ResearchView, name: str) -> None:
    view.focus_primary()
    qtbot.keyClick(view.filter, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(view.new_company_name, name)
    qtbot.keyClick(view.new_company_name, Qt.Key.Key_Return)


def test_models_pass_the_model_tester():
    companies = CompanyListModel()
    proxy = CompanyFilterModel()
    proxy.setSourceModel(companies)
    notes = NoteListModel()
    testers = [QAbstractItemModelTester(m, FATAL) for m in (companies, proxy, notes)]
    companies.set_rows([CompanyRow("1", "Beta", "", 0), CompanyRow("2", "alpha", "Retail", 3)])
    companies.update_company("1", name="Gamma", note_count=1)
    proxy.setFilterFixedString("RETAIL")
    notes.set_rows([NoteRow("n", "values", "", "Line one", "", date(2025, 1, 2))])
    assert len(testers) == 3
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data() == "alpha"
    assert notes.index(0, 0).data() == "Line one"


def test_before_attach_the_view_says_the_journal_is_opening(window: Window):
    view = window.centralWidget()
    assert isinstance(view, ResearchView)
    assert view.objectName() == "researchView"
    assert view.stack.currentWidget() is view.opening
    assert view.opening.text() == "Opening your journal…"
    assert not child(view, "companyFilter").isEnabled()


def test_an_empty_journal_says_how_to_add_the_first_company(view: ResearchView):
    assert view.list_stack.currentWidget() is view.list_hint
    assert "Ctrl+N" in view.list_hint.text()
    assert view.right.currentWidget() is view.page_hint
    assert "Ctrl+N" in view.page_hint.text()


def test_a_company_is_created_by_keyboard_and_selected(qtbot, view, services):
    add_company_by_keyboard(qtbot, view, "Acme Robotics")
    [summary] = services.research.companies()
    assert summary.company.name == "Acme Robotics"
    assert view.new_company_name.isHidden()
    assert view.company_list.currentIndex().data() == "Acme Robotics"
    assert view.right.currentWidget() is view.page
    assert view.page.heading.text() == "Acme Robotics"


def test_an_empty_company_name_is_reported_and_creates_nothing(qtbot, window, view, services):
    add_company_by_keyboard(qtbot, view, "   ")
    assert services.research.companies() == []
    assert window.messages == [("The company needs a name.", True)]
    assert view.new_company_name.isVisible()


def test_escape_cancels_the_new_company_prompt(qtbot, view, services):
    view.focus_primary()
    qtbot.keyClick(view.filter, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(view.new_company_name, "Half typed")
    qtbot.keyClick(view.new_company_name, Qt.Key.Key_Escape)
    assert view.new_company_name.isHidden()
    assert services.research.companies() == []
    assert view.filter.hasFocus()


def test_the_filter_ignores_case_and_matches_industry_too(qtbot, view, services):
    for name, industry in (("Acme", "Robotics"), ("Birch", "Retail"), ("Cobalt", "Health")):
        services.research.add_company(name, industry=industry)
    view.refresh()
    qtbot.keyClicks(view.filter, "rETa")
    shown = [view.company_proxy.index(r, 0).data() for r in range(view.company_proxy.rowCount())]
    assert shown == ["Birch"]
    qtbot.keyClicks(view.filter, "xyz")
    assert view.list_stack.currentWidget() is view.list_hint
    assert "No company matches" in view.list_hint.text()


def test_enter_in_a_filter_that_matches_nothing_offers_to_add_it(qtbot, view, services):
    qtbot.keyClicks(view.filter, "Driftwood")
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)
    assert view.new_company_name.text() == "Driftwood"
    qtbot.keyClick(view.new_company_name, Qt.Key.Key_Return)
    assert [s.company.name for s in services.research.companies()] == ["Driftwood"]


def test_a_note_is_written_and_saved_by_keyboard(qtbot, view, services):
    add_company_by_keyboard(qtbot, view, "Acme")
    editor = view.page.editor
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL_SHIFT)
    assert editor.title.hasFocus()
    qtbot.keyClicks(editor.title, "What they value")
    qtbot.keyClicks(editor.body, "Craft over speed.")
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL)
    company = services.research.companies()[0]
    [note] = services.research.notes(company.company.id)
    assert (note.title, note.body, note.topic) == ("What they value", "Craft over speed.", "other")
    assert company.note_count == 1
    assert view.company_list.currentIndex().data(DetailRole) == "1 note"
    assert editor.status.text() == "Saved"


def test_a_known_topic_label_is_stored_as_its_key_and_a_new_one_as_typed(qtbot, view, services):
    company = services.research.add_company("Acme")
    view.refresh()
    view.select_company(company.id)
    editor = view.page.editor
    for typed, stored in (("Red flags", "red_flags"), ("Hiring process", "Hiring process")):
        view.page.new_note()
        editor.topic.setEditText("")
        qtbot.keyClicks(editor.topic, typed)
        qtbot.keyClicks(editor.title, typed)
        view.page.save_note()
        assert editor.note is not None
        assert services.research.notes(company.id)[0].topic == stored


def test_the_source_date_can_be_set_and_cleared(qtbot, view, services):
    company = services.research.add_company("Acme")
    note = services.research.add_note(company.id, "values", title="Blog", source_date=None)
    view.refresh()
    view.select_company(company.id)
    editor = view.page.editor
    assert editor.no_date.isChecked()
    editor.no_date.setChecked(False)
    editor.source_date.setDate(editor.source_date.date().fromString("2025-03-04", "yyyy-MM-dd"))
    view.page.save_note()
    assert services.research.notes(company.id)[0].source_date == date(2025, 3, 4)
    editor.no_date.setChecked(True)
    view.page.save_note()
    assert services.research.notes(company.id)[0].source_date is None
    assert services.research.notes(company.id)[0].id == note.id


def test_a_company_without_notes_says_what_to_research(view, services):
    company = services.research.add_company("Acme")
    view.refresh()
    view.select_company(company.id)
    assert view.page.note_list_stack.currentWidget() is view.page.no_notes
    assert view.page.no_notes.text().startswith("No research yet.")
    assert view.page.editor.note is None


def test_a_profile_field_is_saved_when_editing_finishes(qtbot, view, services):
    company = services.research.add_company("Acme")
    view.refresh()
    view.select_company(company.id)
    industry = child(view, "companyIndustry")
    assert isinstance(industry, QLineEdit)
    industry.setFocus()
    qtbot.keyClicks(industry, "Robotics")
    qtbot.keyClick(industry, Qt.Key.Key_Return)
    assert services.research.company(company.id).industry == "Robotics"
    assert view.company_list.currentIndex().data(DetailRole).startswith("Robotics")


def test_clearing_the_company_name_is_refused_and_the_field_reverts(qtbot, window, view, services):
    company = services.research.add_company("Acme")
    view.refresh()
    view.select_company(company.id)
    name = view.page.fields["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert window.messages[-1] == ("The company needs a name.", True)
    assert name.text() == "Acme"
    assert services.research.company(company.id).name == "Acme"


def test_moving_to_another_note_keeps_what_was_typed(qtbot, view, services):
    company = services.research.add_company("Acme")
    first = services.research.add_note(company.id, "values", title="First")
    second = services.research.add_note(company.id, "team", title="Second")
    view.refresh()
    view.select_company(company.id)
    view.page._select_note(first.id)
    qtbot.keyClicks(view.page.editor.body, "Unsaved words")
    second_row = view.page.note_model.row_of(second.id)
    view.page.note_list.setCurrentIndex(view.page.note_model.index(second_row, 0))
    bodies = {note.title: note.body for note in services.research.notes(company.id)}
    assert bodies == {"First": "Unsaved words", "Second": ""}
    assert view.page.editor.title.text() == "Second"
    assert not view.page.editor.is_dirty


def test_deleting_a_note_asks_first(monkeypatch, view, services):
    company = services.research.add_company("Acme")
    services.research.add_note(company.id, "values", title="Keep me?")
    view.refresh()
    view.select_company(company.id)
    answers = iter([False, True])
    monkeypatch.setattr(widgets, "confirm", lambda *args: next(answers))
    view.page.editor.delete_button.click()
    assert len(services.research.notes(company.id)) == 1
    view.page.editor.delete_button.click()
    assert services.research.notes(company.id) == []
    assert view.page.note_list_stack.currentWidget() is view.page.no_notes


def test_deleting_a_company_asks_first_and_selects_a_neighbour(monkeypatch, view, services):
    acme = services.research.add_company("Acme")
    services.research.add_company("Birch")
    view.refresh()
    view.select_company(acme.id)
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    child(view, "deleteCompanyButton").click()  # type: ignore[attr-defined]
    assert [s.company.name for s in services.research.companies()] == ["Birch"]
    assert view.page.heading.text() == "Birch"


def test_preview_renders_the_markdown(qtbot, view, services):
    company = services.research.add_company("Acme")
    services.research.add_note(company.id, "values", body="# Values\n\n[Blog](https://a.example)")
    view.refresh()
    view.select_company(company.id)
    editor = view.page.editor
    qtbot.mouseClick(editor.preview_toggle, Qt.MouseButton.LeftButton)
    assert editor.body_stack.currentWidget() is editor.preview
    assert not editor.preview.openLinks()  # links go through the editor's scheme check
    assert "Values" in editor.preview.toPlainText()
    assert "#" not in editor.preview.toPlainText()


def test_every_interactive_widget_has_an_object_and_accessible_name(view, services):
    company = services.research.add_company("Acme")
    view.refresh()
    view.select_company(company.id)
    kinds = ("QLineEdit", "QPushButton", "QComboBox", "QListView", "QPlainTextEdit", "QCheckBox")
    checked = 0
    for widget in view.findChildren(QWidget):
        inner = widget.parent().inherits("QComboBox") or widget.parent().inherits("QDateEdit")
        if inner or widget.window() is not view.window():
            continue  # Qt's own parts: a combo box's line edit and popup, a date edit's field
        if any(widget.inherits(kind) for kind in kinds):
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
            checked += 1
    assert checked >= 20


def test_the_view_imports_no_database_code():
    code = (
        "import sys, interview_journal.ui.research\n"
        "heavy = ('sqlmodel', 'sqlalchemy', 'interview_journal.storage')\n"
        "services = {'interview_journal.core.research', 'interview_journal.core.fit',"
        " 'interview_journal.core.questions', 'interview_journal.core.search'}\n"
        # Error classes, search markers and the scorecard's rules are plain Python.
        "light = {'interview_journal.storage', 'interview_journal.storage.errors',"
        " 'interview_journal.storage.search'}\n"
        "print(sorted(m for m in sys.modules"
        " if (m.startswith(heavy) or m in services) and m not in light))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_leaving_the_view_saves_the_note_being_written(qtbot, view, services):
    company = services.research.add_company("Acme")
    view.refresh()
    view.select_company(company.id)
    qtbot.keyClicks(view.page.editor.body, "Half a thought")
    view.hide()
    [note] = services.research.notes(company.id)
    assert note.body == "Half a thought"


def test_the_list_sorts_by_name_fit_and_last_activity(qtbot, view, services):
    from datetime import timedelta

    from interview_journal.core.events import record_event
    from interview_journal.storage.tables import utc_now

    names = ("Birch", "acme", "Cobalt")
    companies = {name: services.research.add_company(name) for name in names}
    [criterion, *_] = services.fit.criteria()
    services.fit.set_score(companies["Cobalt"].id, criterion.id, 5, "")
    services.fit.set_score(companies["Birch"].id, criterion.id, 2, "")
    record_event(
        services.journal,
        "note",
        "Talked to the team",
        company_id=companies["Birch"].id,
        occurred_at=utc_now() + timedelta(minutes=5),
    )
    view.refresh()

    def shown() -> list[str]:
        proxy = view.company_proxy
        return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]

    assert shown() == ["acme", "Birch", "Cobalt"]
    view.sort_box.setFocus()
    qtbot.keyClick(view.sort_box, Qt.Key.Key_Down)
    assert view.sort_box.currentText() == "Fit score"
    assert shown() == ["Cobalt", "Birch", "acme"]  # unscored last
    assert view.company_proxy.index(0, 0).data(DetailRole) == "no notes yet · fit 5.0"
    qtbot.keyClick(view.sort_box, Qt.Key.Key_Down)
    assert shown() == ["Birch", "Cobalt", "acme"]  # the latest event, then the latest edit


def test_the_profile_lists_processes_and_people_or_says_why_not(view, services):
    from interview_journal.storage.tables import Application, Person

    acme = services.research.add_company("Acme")
    bare = services.research.add_company("Bare")
    services.journal.add(Application(company_id=acme.id, role="Data engineer"))
    services.journal.add(Person(name="Ana Brook", company_id=acme.id, title="Team lead"))
    view.refresh()

    view.select_company(bare.id)
    assert view.page.process_stack.currentWidget() is view.page.no_processes
    assert view.page.people_stack.currentWidget() is view.page.no_people

    view.select_company(acme.id)
    page = view.page
    assert page.process_stack.currentWidget() is page.process_list
    assert page.process_model.index(0, 0).data() == "Data engineer"
    assert page.people_model.index(0, 0).data() == "Ana Brook"
    assert page.people_model.index(0, 0).data(DetailRole) == "Team lead"


def test_the_comparison_takes_the_page_and_hands_back_a_chosen_company(qtbot, view, services):
    acme = services.research.add_company("Acme")
    birch = services.research.add_company("Birch")
    [work, people, *_] = services.fit.criteria()
    services.fit.set_score(acme.id, work.id, 2, "")
    services.fit.set_score(birch.id, work.id, 5, "")
    services.fit.set_score(birch.id, people.id, 3, "")
    services.fit.set_score(acme.id, people.id, 5, "")
    view.refresh()
    view.select_company(acme.id)

    view.company_list.setFocus()
    qtbot.keyClick(view.company_list, Qt.Key.Key_C, CTRL_SHIFT)
    assert view.right.currentWidget() is view.comparison
    assert [row.name for row in view.comparison.model.rows()] == ["Birch", "Acme"]  # 4.0, 3.5

    # Making "the people" count for everything puts Acme (5) above Birch (3).
    view.comparison.weight_boxes[work.id].setValue(0)
    view.comparison.weight_boxes[people.id].setValue(10)
    assert [row.name for row in view.comparison.model.rows()] == ["Acme", "Birch"]

    view.comparison.table.setFocus()
    view.comparison.table.setCurrentIndex(view.comparison.model.index(0, 1))
    qtbot.keyClick(view.comparison.table, Qt.Key.Key_Return)
    assert view.right.currentWidget() is view.page
    assert view.page.heading.text() == "Acme"
    assert view.page.tabs.currentWidget() is view.page.scorecard
    row = view.company_model.row_of(acme.id)
    assert view.company_model.company(row).fit == 5.0  # the list took the new weights


def test_clicking_the_selected_company_leaves_the_comparison(qtbot, view, services):
    acme = services.research.add_company("Acme")
    view.refresh()
    view.select_company(acme.id)
    view.show_comparison()
    assert view.right.currentWidget() is view.comparison
    index = view.company_list.currentIndex()
    qtbot.mouseClick(
        view.company_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.company_list.visualRect(index).center(),
    )
    assert view.right.currentWidget() is view.page


def test_ctrl_f_searches_research_and_opens_the_note_found(qtbot, view, services):
    acme = services.research.add_company("Acme")
    birch = services.research.add_company("Birch")
    services.research.add_note(acme.id, "values", title="Mission", body="They write it down.")
    found = services.research.add_note(birch.id, "team", title="Pairing", body="Mob sessions.")
    view.refresh()
    view.select_company(acme.id)

    view.company_list.setFocus()
    qtbot.keyClick(view.company_list, Qt.Key.Key_F, CTRL)
    assert view.left.currentWidget() is view.search_page
    assert view.search.query.hasFocus()
    qtbot.keyClicks(view.search.query, "mob")
    qtbot.waitUntil(lambda: view.search.model.rowCount() == 1)
    qtbot.keyClick(view.search.query, Qt.Key.Key_Return)  # into the results
    qtbot.keyClick(view.search.results, Qt.Key.Key_Return)  # open the first

    assert view.page.heading.text() == "Birch"
    assert view.page.tabs.currentWidget() is view.page.notes_tab
    assert view.page.editor.note is not None
    assert view.page.editor.note.id == found.id
    # The results stay for the next one; Esc twice goes back to the list.
    assert view.left.currentWidget() is view.search_page
    view.search.focus_query()
    qtbot.keyClick(view.search.query, Qt.Key.Key_Escape)
    assert view.search.query.text() == ""
    qtbot.keyClick(view.search.query, Qt.Key.Key_Escape)
    assert view.left.currentWidget() is view.browse_page


def test_a_fit_evidence_hit_opens_the_scorecard(qtbot, view, services):
    acme = services.research.add_company("Acme")
    [criterion, *_] = services.fit.criteria()
    services.fit.set_score(acme.id, criterion.id, 4, "Blameless reviews after outages")
    view.refresh()
    view.open_search()
    view.search.set_query("blameless")
    assert view.search.model.rowCount() == 1
    view.search.results.activated.emit(view.search.model.index(0, 0))
    assert view.page.tabs.currentWidget() is view.page.scorecard


def test_the_global_bank_and_a_company_questions_tab(qtbot, view, services):
    acme = services.research.add_company("Acme")
    view.refresh()
    view.bank_button.setFocus()
    qtbot.keyClick(view.bank_button, Qt.Key.Key_Q, CTRL_SHIFT)
    assert view.right.currentWidget() is view.bank
    assert view.bank.new_question.hasFocus()
    qtbot.keyClicks(view.bank.new_question, "Who would I report to?")
    qtbot.keyClick(view.bank.new_question, Qt.Key.Key_Return)
    asked_everywhere = [q for q in services.questions.bank() if q.text == "Who would I report to?"]
    assert [q.company_id for q in asked_everywhere] == [None]

    view.select_company(acme.id)
    assert view.right.currentWidget() is view.page
    view.page.show_tab(view.page.questions)
    panel = view.page.questions
    qtbot.keyClicks(panel.new_question, "How did the last reorganisation go?")
    qtbot.keyClick(panel.new_question, Qt.Key.Key_Return)
    [own] = [q for q in services.questions.bank(acme.id) if q.company_id == acme.id]
    assert own.text == "How did the last reorganisation go?"
    texts = [panel.model.question(row).text for row in range(panel.model.rowCount())]
    assert "Who would I report to?" in texts  # the global ones show on every company


CAPTURE = Path(__file__).parent.parent / "data" / "capture"


def test_an_imported_page_becomes_a_note_of_the_company_and_opens(qtbot, window, view, services):
    acme = services.research.add_company("Acme")
    view.refresh()
    view.select_company(acme.id)
    editor = view.page.editor
    with qtbot.waitSignal(editor.import_ready, timeout=10_000):
        editor.import_files([CAPTURE / "acme-values.html"])
    [note] = services.research.notes(acme.id)
    assert note.title
    assert "<script" not in note.body
    assert view.page.tabs.currentWidget() is view.page.notes_tab
    assert editor.note is not None
    assert editor.note.id == note.id
    assert ("Imported" in window.messages[-1][0]) and not window.messages[-1][1]


def test_a_binary_file_is_refused_and_creates_no_note(qtbot, window, view, services, tmp_path):
    acme = services.research.add_company("Acme")
    view.refresh()
    view.select_company(acme.id)
    picture = tmp_path / "photo.html"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    editor = view.page.editor
    editor.import_files([picture])
    qtbot.waitUntil(lambda: not editor.is_importing)
    qtbot.waitUntil(lambda: any(error for _, error in window.messages))
    assert services.research.notes(acme.id) == []
    message, error = window.messages[-1]
    assert error and "PNG" in message


def test_deleting_the_only_filtered_company_clears_the_filter(monkeypatch, view, services):
    acme = services.research.add_company("Acme")
    services.research.add_company("Birch")
    view.refresh()
    view.filter.setText("acm")
    view.select_company(acme.id)
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    view.delete_company()
    assert view.filter.text() == ""
    assert view.page.heading.text() == "Birch"


def test_a_half_typed_question_does_not_follow_to_another_company(view, services):
    acme = services.research.add_company("Acme")
    birch = services.research.add_company("Birch")
    view.refresh()
    view.select_company(acme.id)
    view.page.questions.new_question.setText("Meant for Acme only")
    view.select_company(birch.id)
    assert view.page.questions.new_question.text() == ""


def test_tab_from_the_tab_bar_enters_the_scorecard_not_the_delete_button(qtbot, view, services):
    acme = services.research.add_company("Acme")
    view.refresh()
    view.select_company(acme.id)
    page = view.page
    page.show_tab(page.scorecard)
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not page.delete_company_button
    assert page.scorecard.isAncestorOf(focused)


def test_a_question_hit_selects_that_question(qtbot, view, services):
    acme = services.research.add_company("Acme")
    question = services.questions.add("How are on-call weeks paid?", company_id=acme.id)
    view.refresh()
    view.open_search()
    view.search.set_query("on-call")
    [row] = [r for r in range(view.search.model.rowCount())]
    view.search.results.activated.emit(view.search.model.index(row, 0))
    panel = view.page.questions
    assert view.page.tabs.currentWidget() is panel
    assert panel.model.question(panel.table.currentIndex().row()).id == question.id


def test_ctrl_shift_i_imports_from_anywhere_on_the_company_page(qtbot, monkeypatch, view, services):
    acme = services.research.add_company("Acme")
    view.refresh()
    view.select_company(acme.id)
    editor = view.page.editor
    monkeypatch.setattr(editor, "choose_files_to_import", lambda: [CAPTURE / "prep-notes.md"])
    view.page.fields["website"].setFocus()  # on the Profile tab, far from the editor
    with qtbot.waitSignal(editor.import_ready, timeout=10_000):
        qtbot.keyClick(view.page.fields["website"], Qt.Key.Key_I, CTRL_SHIFT)
    assert view.page.tabs.currentWidget() is view.page.notes_tab
    assert len(services.research.notes(acme.id)) == 1
