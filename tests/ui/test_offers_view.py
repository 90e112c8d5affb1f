"""The offers view: recording an offer, keeping typed text, and the side-by-side comparison."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QMimeData, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractButton

from interview_journal.core.services import Services
from interview_journal.core.validation import LONG_TEXT_MAX
from interview_journal.storage.tables import Application, Offer, TimelineEvent
from interview_journal.ui.offers import OffersView
from interview_journal.ui.offers.view import (
    ATTRIBUTES,
    BEST_FIT,
    FIT_ROW,
    NO_OFFERS,
    RECORDED,
    SAVED,
    OfferComparisonModel,
    OfferListModel,
)
from tests.ui.stand_in import MessageWindow, shown_window

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _application(services: Services, company: str, role: str) -> Application:
    found = services.research.add_company(company)
    return services.journal.add(Application(company_id=found.id, role=role))


@pytest.fixture
def view(qtbot, services: Services) -> Iterator[OffersView]:
    offers = OffersView()
    window = shown_window(qtbot, offers, (1180, 760))  # held: the view lives in it
    offers.attach(services)
    yield offers
    window.close()


def test_empty_state_explains_how_to_record_an_offer(view: OffersView) -> None:
    assert view.list_stack.currentWidget() is view.empty
    assert view.empty.text() == NO_OFFERS
    assert view.compare_stack.currentWidget() is view.compare_hint
    assert view.objectName() == "offersView" and view.accessibleName() == "Offers"


def test_new_offer_without_an_application_says_what_to_do(view: OffersView) -> None:
    view.new_offer()
    window = view.window()
    assert isinstance(window, MessageWindow)
    assert window.errors and "application" in window.errors[0]


def test_record_an_offer_with_the_keyboard_form(
    qtbot, view: OffersView, services: Services
) -> None:
    app = _application(services, "Acme", "Backend engineer")
    view.refresh()
    qtbot.keyClick(
        view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert view.detail_stack.currentWidget() is view.detail
    view.base.setValue(72_000)
    view.currency.setText("eur")
    view.bonus.setText("10% target")
    view.deadline.set_value(date(2030, 1, 15))
    view.location.setText("Lyon, hybrid")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    offers = services.journal.records(Offer)
    assert [(o.application_id, o.base_salary, o.currency, o.deadline) for o in offers] == [
        (app.id, 72_000.0, "EUR", date(2030, 1, 15))
    ]
    assert services.journal.count(TimelineEvent, kind="offer") == 1
    assert view.model.rowCount() == 1
    QAbstractItemModelTester(view.model, FATAL)


def test_a_refused_value_keeps_the_form(qtbot, view: OffersView, services: Services) -> None:
    app = _application(services, "Acme", "Engineer")
    offer = services.offers.add(app.id, base_salary=50_000)
    view.refresh()
    view.select_offer(offer.id)
    view.notes.setPlainText("Ask for more equity")
    view.currency.setText("€€")
    assert not view.save()
    window = view.window()
    assert isinstance(window, MessageWindow) and "three letters" in window.errors[-1]
    assert view.notes.toPlainText() == "Ask for more equity"
    assert services.journal.get(Offer, offer.id).negotiation_notes == ""


def test_switching_offers_saves_what_was_typed(view: OffersView, services: Services) -> None:
    first = services.offers.add(_application(services, "Acme", "A").id)
    second = services.offers.add(_application(services, "Beta", "B").id)
    view.refresh()
    view.select_offer(first.id)
    view.notes.setPlainText("They can move on the start date")
    view.list.setCurrentIndex(view.model.index(view.model.row_of(second.id), 0))
    assert services.journal.get(Offer, first.id).negotiation_notes == (
        "They can move on the start date"
    )
    assert view._offer is not None and view._offer.id == second.id


def test_a_past_deadline_warns_but_saves(view: OffersView, services: Services) -> None:
    offer = services.offers.add(_application(services, "Acme", "A").id, deadline=date(2020, 1, 1))
    view.refresh()
    view.select_offer(offer.id)
    assert not view.deadline_warning.isHidden()


def test_two_offers_compare_side_by_side_with_their_fit_scores(
    qtbot, view: OffersView, services: Services
) -> None:
    """Acceptance: two offers compare side by side with their fit scores."""
    work, people, *_ = services.fit.criteria()
    acme = _application(services, "Acme", "Backend engineer")
    beta = _application(services, "Beta", "Platform engineer")
    services.fit.set_score(acme.company_id, work.id, 4)
    services.fit.set_score(acme.company_id, people.id, 5)
    services.fit.set_score(beta.company_id, work.id, 3)
    services.offers.add(acme.id, base_salary=70_000, currency="EUR", deadline=date(2030, 1, 1))
    services.offers.add(beta.id, base_salary=82_000, currency="EUR")
    view.tabs.setCurrentWidget(view.compare_tab)
    model = view.comparison_model
    QAbstractItemModelTester(model, FATAL)
    assert view.compare_stack.currentWidget() is view.table
    assert (model.columnCount(), model.rowCount()) == (2, len(ATTRIBUTES))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert headers == ["Acme\nBackend engineer", "Beta\nPlatform engineer"]
    base = [model.index(0, c).data() for c in range(2)]
    assert base == ["70,000 EUR", "82,000 EUR"]
    fits = [model.index(FIT_ROW, c).data() for c in range(2)]
    assert fits[0].startswith("★ 4.5 of 5") and fits[0].endswith(BEST_FIT)
    assert fits[1] == "3.0 of 5 · 21% scored"
    assert model.index(FIT_ROW, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.best_columns() == [0]
    # The view is really showing them: both columns visible in the table.
    assert view.table.isVisible()
    assert not view.table.isColumnHidden(0) and not view.table.isColumnHidden(1)


def test_activating_a_column_opens_that_offer(qtbot, view: OffersView, services: Services) -> None:
    offer = services.offers.add(_application(services, "Acme", "A").id)
    view.refresh()
    view.tabs.setCurrentWidget(view.compare_tab)
    view.table.setFocus()
    view.table.setCurrentIndex(view.comparison_model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.tabs.currentWidget() is view.offers_tab
    assert view._offer is not None and view._offer.id == offer.id


def test_open_company_navigates(qtbot, view: OffersView, services: Services) -> None:
    app = _application(services, "Acme", "A")
    offer = services.offers.add(app.id)
    view.refresh()
    view.select_offer(offer.id)
    with qtbot.waitSignal(view.navigate) as blocker:
        view.company_button.click()
    assert blocker.args == ["company", app.company_id]


def test_delete_asks_first(view: OffersView, services: Services, monkeypatch) -> None:
    offer = services.offers.add(_application(services, "Acme", "A").id)
    view.refresh()
    view.select_offer(offer.id)
    monkeypatch.setattr("interview_journal.ui.offers.view.confirm", lambda *a: False)
    view.delete_current()
    assert services.journal.count(Offer) == 1
    monkeypatch.setattr("interview_journal.ui.offers.view.confirm", lambda *a: True)
    view.delete_current()
    assert services.journal.count(Offer) == 0
    assert view.list_stack.currentWidget() is view.empty


def test_models_pass_the_tester(services: Services) -> None:
    services.offers.add(_application(services, "Acme", "A").id)
    listing = OfferListModel()
    QAbstractItemModelTester(listing, FATAL)
    listing.set_rows(services.offers.offers())
    table = OfferComparisonModel()
    QAbstractItemModelTester(table, FATAL)
    table.set_rows(services.offers.comparison())
    assert table.columnCount() == 1


def _messages(view: OffersView) -> list[tuple[str, bool]]:
    window = view.window()
    assert isinstance(window, MessageWindow)
    return window.messages


def _type_base(qtbot, view: OffersView, text: str) -> None:
    view.base.setFocus()
    view.base.lineEdit().selectAll()
    qtbot.keyClicks(view.base.lineEdit(), text)


def test_a_salary_past_the_limit_is_refused_with_a_reason(
    qtbot, view: OffersView, services: Services
) -> None:
    offer = services.offers.add(_application(services, "Acme", "A").id, base_salary=50_000)
    view.refresh()
    view.select_offer(offer.id)
    _type_base(qtbot, view, "1000000000000")
    assert ("Base salary: up to 99,999,999.", True) in _messages(view)
    qtbot.keyClick(view.base.lineEdit(), Qt.Key.Key_Tab)
    assert view.base.value() != 99_999_999
    _type_base(qtbot, view, "-5000")
    assert ("Base salary: not below zero.", True) in _messages(view)
    assert "-" not in view.base.text() and view.base.value() == 5000


def test_dates_stay_within_the_journal_years_and_far_ones_are_questioned(
    view: OffersView, services: Services
) -> None:
    offer = services.offers.add(_application(services, "Acme", "A").id)
    view.refresh()
    view.select_offer(offer.id)
    for field in (view.start, view.deadline):
        assert field.edit.minimumDate() == QDate(1900, 1, 1)
        assert field.edit.maximumDate() == QDate(2199, 12, 31)
    view.start.set_value(date(1900, 1, 2))
    assert not view.date_warning.isHidden() and "1900" in view.date_warning.text()
    view.start.set_value(date.today())
    view.deadline.set_value(date(2100, 1, 1))
    assert not view.date_warning.isHidden() and "2100" in view.date_warning.text()
    view.deadline.set_value(date.today())
    assert view.date_warning.isHidden()


def test_an_update_says_saved_not_recorded_again(
    qtbot, view: OffersView, services: Services
) -> None:
    _application(services, "Acme", "A")
    view.refresh()
    view.new_offer()
    view.bonus.setText("5%")
    with qtbot.waitSignal(view.changed, timeout=1000):
        assert view.save()
    assert _messages(view)[-1] == (RECORDED, False)
    view.bonus.setText("8%")
    with qtbot.waitSignal(view.changed, timeout=1000):
        assert view.save()
    assert _messages(view)[-1] == (SAVED, False)
    view.status.setCurrentIndex(view.status.findData("accepted"))
    with qtbot.waitSignal(view.changed, timeout=1000):
        assert view.save()
    assert [m for m, _ in _messages(view)].count(RECORDED) == 1
    assert services.journal.records(Offer)[0].status == "accepted"


def test_changed_follows_a_delete_but_not_a_refusal(
    qtbot, view: OffersView, services: Services, monkeypatch
) -> None:
    offer = services.offers.add(_application(services, "Acme", "A").id)
    view.refresh()
    view.select_offer(offer.id)
    view.currency.setText("€€")
    with qtbot.assertNotEmitted(view.changed):
        assert not view.save()
    view.currency.setText("")
    monkeypatch.setattr("interview_journal.ui.offers.view.confirm", lambda *a: True)
    with qtbot.waitSignal(view.changed, timeout=1000):
        view.delete_current()
    assert services.journal.count(Offer) == 0


def test_an_oversized_notes_paste_is_refused_up_front(view: OffersView, services: Services) -> None:
    offer = services.offers.add(_application(services, "Acme", "A").id, negotiation_notes="kept")
    view.refresh()
    view.select_offer(offer.id)
    huge = QMimeData()
    huge.setText("x" * (LONG_TEXT_MAX + 1))
    view.notes.insertFromMimeData(huge)
    assert view.notes.toPlainText() == "kept"
    assert "Nothing was pasted" in _messages(view)[-1][0]


def test_nothing_is_cut_off_at_the_minimum_width(
    qtbot, view: OffersView, services: Services
) -> None:
    offer = services.offers.add(
        _application(services, "Acme Robotics International", "Senior backend engineer").id,
        deadline=date(2020, 1, 1),
        start_date=date(1900, 1, 2),
    )
    view.refresh()
    view.select_offer(offer.id)
    window = view.window()
    window.setMinimumSize(0, 0)
    window.resize(650, 500)
    qtbot.waitUntil(lambda: view.width() <= 650)
    assert view.heading.wordWrap()
    for widget in [*view.findChildren(QAbstractButton), view.deadline_warning, view.date_warning]:
        if widget.isVisibleTo(view):
            if isinstance(widget, QAbstractButton):
                assert widget.width() >= widget.sizeHint().width(), widget.objectName()
            right = widget.mapTo(view, widget.rect().topRight()).x()
            assert right <= view.width(), widget.objectName()
