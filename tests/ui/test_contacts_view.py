"""The contacts view: filtering, editing without losing text, links and stay in touch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractButton, QWidget

from interview_journal.core.services import Services
from interview_journal.core.validation import LONG_TEXT_MAX
from interview_journal.storage.tables import Application, Interaction, Person
from interview_journal.ui.contacts import ContactsView
from interview_journal.ui.contacts.view import NO_CONTACTS, NO_MATCH, ContactListModel
from tests.ui.stand_in import MessageWindow, shown_window

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def opened() -> list[str]:
    """What the view asked the desktop to open (mail client, browser)."""
    return []


@pytest.fixture
def view(qtbot, services: Services, opened: list[str]) -> Iterator[ContactsView]:
    contacts = ContactsView()
    window = shown_window(qtbot, contacts, (1180, 760))  # held: the view lives in it

    def record(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    contacts.open_url = record
    contacts.attach(services)
    yield contacts
    window.close()


def _select(view: ContactsView, person_id: str) -> None:
    index = view.proxy.mapFromSource(view.model.index(view.model.row_of(person_id), 0))
    view.list.setCurrentIndex(index)


def test_empty_state_says_how_to_start(view: ContactsView) -> None:
    assert view.list_stack.currentWidget() is view.empty
    assert view.empty.text() == NO_CONTACTS
    assert view.detail_stack.currentWidget() is view.no_selection


def test_new_contact_from_the_keyboard(qtbot, view: ContactsView, services: Services) -> None:
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL_SHIFT)
    assert view.new_name.isVisible()
    qtbot.keyClicks(view.new_name, "Ana Ruiz")
    qtbot.keyClick(view.new_name, Qt.Key.Key_Return)
    people = services.journal.records(Person)
    assert [p.name for p in people] == ["Ana Ruiz"]
    assert view._person is not None and view._person.id == people[0].id
    assert view.role.hasFocus()


def test_filters_by_text_kind_and_due(view: ContactsView, services: Services) -> None:
    acme = services.research.add_company("Acme")
    ana = services.contacts.add("Ana", company_id=acme.id, kind="recruiter", stay_in_touch_days=30)
    services.contacts.mark_contacted(ana.id, now=datetime.now(UTC) - timedelta(days=40))
    services.contacts.add("Bo", kind="interviewer", stay_in_touch_days=30)
    view.refresh()
    QAbstractItemModelTester(view.proxy, FATAL)
    view.filter.setText("acme")
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["Ana"]
    view.filter.clear()
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("interviewer"))
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["Bo"]
    view.kind_filter.setCurrentIndex(0)
    view.due_filter.setChecked(True)
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["Ana"]
    view.filter.setText("nobody")
    assert view.list_stack.currentWidget() is view.empty and view.empty.text() == NO_MATCH


def test_fields_save_when_left(qtbot, view: ContactsView, services: Services) -> None:
    acme = services.research.add_company("Acme")
    person = services.contacts.add("Ana")
    view.refresh()
    _select(view, person.id)
    view.role.setText("Talent partner")
    view.role.editingFinished.emit()
    view.company.setCurrentIndex(view.company.findData(acme.id))
    view.company.activated.emit(view.company.currentIndex())
    view.connected.setChecked(True)
    view.cadence.setValue(90)
    stored = services.journal.get(Person, person.id)
    assert (stored.title, stored.company_id, stored.connected) == ("Talent partner", acme.id, True)
    assert stored.stay_in_touch_days == 90
    assert "90 days" in view.next_due.text() or "in touch again" in view.next_due.text().lower()


def test_switching_contacts_keeps_typed_notes(view: ContactsView, services: Services) -> None:
    ana = services.contacts.add("Ana")
    bo = services.contacts.add("Bo")
    view.refresh()
    _select(view, ana.id)
    view.notes.setPlainText("Loves talking about Rust 🚀")
    _select(view, bo.id)
    assert services.journal.get(Person, ana.id).notes == "Loves talking about Rust 🚀"
    assert view._person is not None and view._person.id == bo.id


def test_a_bad_email_keeps_the_person_on_screen(view: ContactsView, services: Services) -> None:
    ana = services.contacts.add("Ana")
    bo = services.contacts.add("Bo")
    view.refresh()
    _select(view, ana.id)
    view.notes.setPlainText("met at the fair")
    view.email.setText("ana.example.com")
    _select(view, bo.id)
    window = view.window()
    assert isinstance(window, MessageWindow) and "email address" in window.errors[-1]
    assert view._person is not None and view._person.id == ana.id
    assert view.notes.toPlainText() == "met at the fair"
    assert services.journal.get(Person, ana.id).email == ""


def test_links_open_through_the_injected_opener(
    view: ContactsView, services: Services, opened: list[str]
) -> None:
    ana = services.contacts.add(
        "Ana", email="ana@acme.example", profile_url="https://www.linkedin.com/in/ana"
    )
    view.refresh()
    _select(view, ana.id)
    view.email_button.click()
    view.profile_button.click()
    assert opened == [
        QUrl("mailto:ana@acme.example").toString(),
        "https://www.linkedin.com/in/ana",
    ]


def test_mark_contacted_today(view: ContactsView, services: Services) -> None:
    ana = services.contacts.add("Ana", stay_in_touch_days=30)
    view.refresh()
    _select(view, ana.id)
    view.mark_button.click()
    stored = services.journal.get(Person, ana.id)
    assert stored.last_contact_at is not None
    assert datetime.now(UTC) - stored.last_contact_at < timedelta(minutes=1)
    assert "30 days" in view.next_due.text()


def test_history_navigates_to_the_process(qtbot, view: ContactsView, services: Services) -> None:
    acme = services.research.add_company("Acme")
    app = services.journal.add(Application(company_id=acme.id, role="Engineer"))
    ana = services.contacts.add("Ana", company_id=acme.id)
    services.journal.add(
        Interaction(application_id=app.id, person_id=ana.id, summary="Called about the role")
    )
    view.refresh()
    _select(view, ana.id)
    assert view.history_model.rowCount() == 1
    with qtbot.waitSignal(view.navigate) as blocker:
        view.log_button.click()
    assert blocker.args == ["log_contact", app.id]
    with qtbot.waitSignal(view.navigate) as blocker:
        view.history.activated.emit(view.history_model.index(0, 0))
    assert blocker.args == ["timeline_application", app.id]
    with qtbot.waitSignal(view.navigate) as blocker:
        view.company_button.click()
    assert blocker.args == ["company", acme.id]


def test_delete_asks_first(view: ContactsView, services: Services, monkeypatch) -> None:
    ana = services.contacts.add("Ana")
    view.refresh()
    _select(view, ana.id)
    monkeypatch.setattr("interview_journal.ui.contacts.view.confirm", lambda *a: False)
    view.delete_current()
    assert services.journal.count(Person) == 1
    monkeypatch.setattr("interview_journal.ui.contacts.view.confirm", lambda *a: True)
    view.delete_current()
    assert services.journal.count(Person) == 0
    assert view.detail_stack.currentWidget() is view.no_selection


def test_list_model_passes_the_tester(services: Services) -> None:
    services.contacts.add("Ana", stay_in_touch_days=10)
    model = ContactListModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_rows(services.contacts.contacts())
    assert model.rowCount() == 1


def _errors(view: QWidget) -> list[str]:
    window = view.window()
    assert isinstance(window, MessageWindow)
    return window.errors


def test_a_refused_link_does_not_hold_back_the_other_fields(
    qtbot, view: ContactsView, services: Services
) -> None:
    acme = services.research.add_company("Acme")
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClicks(view.new_name, "Rana Haddad")
    qtbot.keyClick(view.new_name, Qt.Key.Key_Return)
    assert view._person is not None
    rana = view._person.id
    view.profile.setText("ftp://files.example.com/rana")
    view.profile.editingFinished.emit()
    assert "Profile link" in _errors(view)[-1]
    assert view.profile.property("invalid") is True and view.profile.styleSheet()
    view.phone.setText("+961 1 234 567")
    view.phone.editingFinished.emit()
    view.company.setCurrentIndex(view.company.findData(acme.id))
    view.company.activated.emit(view.company.currentIndex())
    view.cadence.setValue(30)
    stored = services.journal.get(Person, rana)
    assert (stored.phone, stored.company_id, stored.stay_in_touch_days) == (
        "+961 1 234 567",
        acme.id,
        30,
    )
    assert stored.profile_url == ""
    assert "other changes were saved" in _errors(view)[-1]
    # The refused text stays, also across a refresh, for the user to correct.
    view.refresh()
    assert view.profile.text() == "ftp://files.example.com/rana"
    # Marking contacted works anyway, and says what is still not saved.
    view.mark_button.click()
    assert services.journal.get(Person, rana).last_contact_at is not None
    assert "Noted" in _errors(view)[-1] and "Profile link" in _errors(view)[-1]
    # Fixing the field saves it and clears the mark.
    view.profile.setText("linkedin.com/in/rana")
    view.profile.editingFinished.emit()
    assert services.journal.get(Person, rana).profile_url == "https://linkedin.com/in/rana"
    assert view.profile.property("invalid") is False and not view.profile.styleSheet()


def test_a_link_without_https_is_saved_with_it(view: ContactsView, services: Services) -> None:
    ana = services.contacts.add("Ana")
    view.refresh()
    _select(view, ana.id)
    view.profile.setText("www.linkedin.com/in/ana")
    view.profile.editingFinished.emit()
    assert services.journal.get(Person, ana.id).profile_url == "https://www.linkedin.com/in/ana"
    assert view.profile.text() == "https://www.linkedin.com/in/ana"


def test_an_oversized_notes_paste_is_refused_up_front(
    view: ContactsView, services: Services
) -> None:
    ana = services.contacts.add("Ana", notes="kept")
    view.refresh()
    _select(view, ana.id)
    huge = QMimeData()
    huge.setText("x" * (LONG_TEXT_MAX + 1))
    view.notes.insertFromMimeData(huge)
    assert view.notes.toPlainText() == "kept"
    assert "Nothing was pasted" in _errors(view)[-1]


def test_a_cadence_past_the_limit_is_refused_with_a_reason(
    qtbot, view: ContactsView, services: Services
) -> None:
    ana = services.contacts.add("Ana")
    view.refresh()
    _select(view, ana.id)
    view.cadence.setFocus()
    view.cadence.lineEdit().selectAll()
    qtbot.keyClicks(view.cadence.lineEdit(), "99999")
    assert any("1 to 730 days" in error for error in _errors(view))
    qtbot.keyClick(view.cadence.lineEdit(), Qt.Key.Key_Return)
    assert view.cadence.value() <= 730


def test_nothing_is_cut_off_at_the_minimum_width(
    qtbot, view: ContactsView, services: Services
) -> None:
    ana = services.contacts.add("Ana", company_id=services.research.add_company("Acme").id)
    view.refresh()
    _select(view, ana.id)
    window = view.window()
    window.setMinimumSize(0, 0)
    window.resize(650, 500)
    qtbot.waitUntil(lambda: view.width() <= 650)
    for button in view.findChildren(QAbstractButton):
        if button.isVisibleTo(view):
            assert button.width() >= button.sizeHint().width(), button.objectName()
            right = button.mapTo(view, button.rect().topRight()).x()
            assert right <= view.width(), button.objectName()


def test_changed_is_emitted_after_each_write(
    qtbot, view: ContactsView, services: Services, monkeypatch
) -> None:
    ana = services.contacts.add("Ana")
    view.refresh()
    _select(view, ana.id)
    with qtbot.waitSignal(view.changed, timeout=1000):
        view.role.setText("Recruiter")
        view.role.editingFinished.emit()
    with qtbot.waitSignal(view.changed, timeout=1000):
        view.mark_button.click()
    with qtbot.assertNotEmitted(view.changed):
        view.email.setText("not an address")
        view.email.editingFinished.emit()
    view.email.setText("")
    monkeypatch.setattr("interview_journal.ui.contacts.view.confirm", lambda *a: True)
    with qtbot.waitSignal(view.changed, timeout=1000):
        view.delete_current()
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClicks(view.new_name, "Bo")
    with qtbot.waitSignal(view.changed, timeout=1000):
        qtbot.keyClick(view.new_name, Qt.Key.Key_Return)
