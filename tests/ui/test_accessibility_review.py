"""Review, Offers, Contacts and the follow-up dialogs for a keyboard and screen-reader user,
and in the user's language.

Over the small sample: every control has a name, Tab reaches every control (in reading
order where it is written down), charts say their numbers in words, states shown by colour
are said in words too, every visible string goes through Qt's translation, and dates and
times follow the locale.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QTabWidget,
    QToolTip,
    QWidget,
)

from interview_journal.core.sample import SAMPLE_NOW, generate_sample
from interview_journal.core.services import Services
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import Application, InterviewRound
from interview_journal.ui.contacts import ContactsView
from interview_journal.ui.follow_up import FollowUpComposer, LogContactDialog
from interview_journal.ui.offers import OffersView
from interview_journal.ui.offers.view import BEST_FIT, deadline_phrase, money
from interview_journal.ui.review.charts import BarChart, ChartRow
from interview_journal.ui.review.models import clock_text
from interview_journal.ui.review.view import ReviewView
from tests.ui.accessibility import (
    describe,
    tab_chain,
    unnamed_controls,
    unreachable_by_tab,
    walk_with_tab,
)
from tests.ui.stand_in import shown_window
from tests.ui.translation import installed, marking


def assert_accessible(root: QWidget) -> None:
    assert unnamed_controls(root) == []
    assert unreachable_by_tab(root) == []


def names(widgets: list[QWidget]) -> list[str]:
    return [describe(widget) for widget in widgets]


def assert_tab_walks_the_chain(root: QWidget, first: QWidget) -> None:
    """Pressing Tab visits what the focus chain says, in that order, and comes round."""
    # A tab widget hands its focus to its tab bar: one stop, the bar.
    chain = [w for w in tab_chain(root) if not isinstance(w, QTabWidget)]
    start = chain.index(first)
    assert names(walk_with_tab(root, first)) == names(chain[start:] + chain[:start])


@pytest.fixture
def sample(journal: Journal) -> Journal:
    generate_sample(journal, "small", now=SAMPLE_NOW)
    return journal


@pytest.fixture
def sample_services(sample: Journal) -> Services:
    return Services.over(sample)


# ------------------------------------------------------------------------ offers
@pytest.fixture
def offers(qtbot: Any, sample_services: Services) -> Iterator[OffersView]:
    view = OffersView()
    window = shown_window(qtbot, view, (1180, 760))
    view.attach(sample_services)
    yield view
    window.close()


def test_offers_every_control_is_named_and_reached(offers: OffersView) -> None:
    assert offers.model.rowCount() >= 2
    offers.list.setCurrentIndex(offers.model.index(0, 0))
    assert offers.detail_stack.currentWidget() is offers.detail
    assert_accessible(offers)
    offers.tabs.setCurrentWidget(offers.compare_tab)
    assert offers.compare_stack.currentWidget() is offers.table
    assert_accessible(offers)


def test_offer_form_is_tabbed_in_reading_order(offers: OffersView) -> None:
    offers.list.setCurrentIndex(offers.model.index(0, 0))
    chain = tab_chain(offers)
    expected = [
        offers.list,
        offers.new_button,
        offers.application,
        offers.base,
        offers.currency,
        offers.bonus,
        offers.equity,
        offers.benefits,
        offers.start.edit,
        offers.start.unset,
        offers.deadline.edit,
        offers.deadline.unset,
        offers.location,
        offers.status,
        offers.notes,
        offers.company_button,
        offers.delete_button,
        offers.save_button,
    ]
    assert names(chain[chain.index(offers.list) :]) == names(expected)
    assert chain.index(offers.tabs.tabBar()) < chain.index(offers.list)
    # Real key presses: from Save, Tab leaves the form for the tabs (it used to loop
    # back to the start date, and the list was never reached again).
    assert_tab_walks_the_chain(offers, offers.tabs.tabBar())


def test_offer_comparison_says_best_fit_and_decided_in_words(offers: OffersView) -> None:
    model = offers.comparison_model
    offers.refresh_comparison()
    rows = model.rows()
    best = model.best_columns()
    assert best, "the sample has a scored open offer"
    fit_row = model.rowCount() - 1
    for column in best:
        cell = model.index(fit_row, column)
        # Bold and shaded on screen; the star and the words say it without them.
        assert BEST_FIT in cell.data() and cell.data().startswith("★")
        assert BEST_FIT in cell.data(Qt.ItemDataRole.AccessibleTextRole)
    decided = [n for n, row in enumerate(rows) if not row.is_open]
    assert decided, "the sample has a decided offer"
    for column in decided:
        # Drawn in a quieter colour; the header's tooltip says why.
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "decided" in tip
        shown = model.headerData(column, Qt.Orientation.Horizontal)
        assert "decided" not in shown


# ---------------------------------------------------------------------- contacts
@pytest.fixture
def contacts(qtbot: Any, sample_services: Services) -> Iterator[ContactsView]:
    view = ContactsView()
    window = shown_window(qtbot, view, (1180, 760))
    view.attach(sample_services)
    yield view
    window.close()


def test_contacts_every_control_is_named_and_reached(contacts: ContactsView) -> None:
    assert_accessible(contacts)  # nobody chosen yet
    contacts.list.setCurrentIndex(contacts.proxy.index(0, 0))
    assert contacts.detail_stack.currentWidget() is contacts.detail
    assert_accessible(contacts)
    chain = tab_chain(contacts)
    assert chain.index(contacts.filter) < chain.index(contacts.list) < chain.index(contacts.name)
    assert chain.index(contacts.notes) < chain.index(contacts.log_button)
    assert_tab_walks_the_chain(contacts, contacts.filter)


def test_a_contact_due_is_said_in_words(contacts: ContactsView) -> None:
    now = contacts.model.now()
    due = [
        n
        for n in range(contacts.model.rowCount())
        if contacts.model.contact(n).is_due(now) and contacts.model.contact(n).next_due
    ]
    assert due, "the sample has someone to get in touch with"
    index = contacts.model.index(due[0], 0)
    for role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
        assert "Get in touch" in index.data(role)
    contacts.select_contact(contacts.model.contact(due[0]).id)
    assert contacts.next_due.text().startswith("Get in touch")


# ------------------------------------------------------------------------ review
@pytest.fixture
def review(qtbot: Any, sample_services: Services) -> Iterator[ReviewView]:
    view = ReviewView()
    window = shown_window(qtbot, view, (1280, 900))
    view.attach(sample_services)
    yield view
    view.cancel()
    window.close()


def _loaded(qtbot: Any, view: ReviewView, key: str) -> None:
    view.show_tab(key)
    counts = {
        "interviews": view.interview_count,
        "questions": view.question_count,
        "study": view.study_count,
        "statistics": view.statistics_summary,
    }
    qtbot.waitUntil(lambda: counts[key].text() not in ("", "Gathering…"), timeout=30_000)


@pytest.mark.parametrize("key", ["interviews", "questions", "study", "statistics"])
def test_review_tabs_name_every_control_and_reach_it(
    qtbot: Any, review: ReviewView, key: str
) -> None:
    _loaded(qtbot, review, key)
    if key == "questions":
        review.question_table.selectRow(0)
    if key == "study":
        review.study_table.selectRow(0)
    assert_accessible(review)
    if key == "statistics":
        review.as_tables.setChecked(True)
        assert review.cards[1].stack.currentWidget() is review.cards[1].table
        assert_accessible(review)


def test_review_interviews_tab_order_reads_top_to_bottom(qtbot: Any, review: ReviewView) -> None:
    _loaded(qtbot, review, "interviews")
    chain = tab_chain(review)
    expected = [
        review.company_filter,
        review.kind_filter,
        review.text_filter,
        review.interview_table,
        review.summary,
        review.company_button,
        review.timeline_button,
        review.export_button,
    ]
    positions = [chain.index(widget) for widget in expected]
    assert positions == sorted(positions)
    assert_tab_walks_the_chain(review, review.tabs.tabBar())


def test_statistics_are_tabbed_card_by_card(qtbot: Any, review: ReviewView) -> None:
    _loaded(qtbot, review, "statistics")
    for as_tables in (False, True):
        review.as_tables.setChecked(as_tables)
        shown = [
            card.table if as_tables else card.chart
            for card in review.cards
            if card.stack.currentWidget() is not card.hint
        ]
        assert len(shown) >= 4
        chain = tab_chain(review)
        start = chain.index(review.as_tables) + 1
        # The scrolling grid first, then each card's chart, or its table, in order.
        assert names(chain[start:]) == names([review.statistics_content, *shown])
        assert_tab_walks_the_chain(review, review.tabs.tabBar())


def test_charts_say_every_number_in_words(qtbot: Any, review: ReviewView) -> None:
    _loaded(qtbot, review, "statistics")
    chart = review.rounds_chart
    rows = chart.rows()
    assert rows and len(chart.series) == 3
    description = chart.accessibleDescription()
    # Three series told apart by fill on screen: each one's number is in the words.
    for row in rows:
        for series, value in zip(chart.series, row.values, strict=True):
            assert f"{series} {value:,.0f}" in description
        assert row.label in description
    assert chart.x_title in description
    for card in review.cards:
        if card.stack.currentWidget() is card.chart:
            assert card.chart.accessibleName() and card.chart.accessibleDescription()


# The offscreen platform (tests only) cannot raise the tooltip's window, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_bar_without_its_own_tooltip_reads_its_numbers(qtbot: Any) -> None:
    chart = BarChart("testChart", "Test", series=("Moved on", "Stopped there"), category="Kind")
    qtbot.addWidget(chart)
    chart.resize(480, 240)
    chart.set_rows([ChartRow("Technical", (2.0, 1.0), "67% moved on")], "One kind.")
    chart.grab()  # lays the bars out
    x = chart.width() // 2
    y = next(y for y in range(chart.height()) if chart.row_at(x, y) == 0)
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(x, y), chart.mapToGlobal(QPoint(x, y)))
    QApplication.sendEvent(chart, event)
    # Two segments told apart by fill: the tooltip names both numbers, then the note.
    assert QToolTip.text() == "Technical: Moved on 2, Stopped there 1 (67% moved on)"
    QToolTip.hideText()
    assert chart.accessibleDescription() == (
        "One kind. Technical: Moved on 2, Stopped there 1 (67% moved on)."
    )


# ----------------------------------------------------------------- the dialogs
def test_follow_up_composer_is_named_and_reached(qtbot: Any, sample: Journal) -> None:
    services = Services.over(sample)
    ended = next(r for r in sample.records(InterviewRound) if r.ended_at is not None)
    dialog = FollowUpComposer(services, ended.id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # focus, for the Tab presses
        dialog.show()
        dialog.activateWindow()
    assert_accessible(dialog)
    chain = tab_chain(dialog)
    assert chain.index(dialog.to_edit) < chain.index(dialog.body_edit)
    assert chain.index(dialog.body_edit) < chain.index(dialog.close_button)
    assert_tab_walks_the_chain(dialog, dialog.to_edit)


def test_log_contact_dialog_is_named_and_tabbed_in_order(qtbot: Any, sample: Journal) -> None:
    services = Services.over(sample)
    application = sample.records(Application)[0]
    dialog = LogContactDialog(services, application.id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # focus, for the Tab presses
        dialog.show()
        dialog.activateWindow()
    assert_accessible(dialog)
    expected = [
        dialog.person_box,
        dialog.direction_box,
        dialog.channel_box,
        dialog.kind_box,
        dialog.when_edit,
        dialog.summary_edit,
        dialog.save_button,
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
    ]
    assert names(tab_chain(dialog)) == names(expected)
    assert_tab_walks_the_chain(dialog, dialog.person_box)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).accessibleName()


# ------------------------------------------------------------------ translation
MARK = "‹"
CONTEXTS = {
    "OffersView",
    "OfferComparisonModel",
    "OptionalDate",
    "ContactsView",
    "ReviewView",
    "ReviewTables",
    "ColumnModel",
    "ChartCard",
    "Chart",
    "FollowUpComposer",
    "LogContactDialog",
}


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    with installed(marking(MARK, contexts=CONTEXTS)):
        yield


@pytest.mark.usefixtures("marked")
def test_offers_and_contacts_text_goes_through_translation(
    qtbot: Any, sample_services: Services
) -> None:
    offers = OffersView()
    window = shown_window(qtbot, offers)
    offers.attach(sample_services)
    offers.list.setCurrentIndex(offers.model.index(0, 0))
    assert offers.new_button.text().startswith(MARK)
    assert offers.tabs.tabText(1).startswith(MARK)
    assert offers.base.accessibleName().startswith(MARK)
    assert offers.notes.placeholderText().startswith(MARK)
    assert offers.deadline_warning.text().startswith(MARK)
    model = offers.comparison_model
    assert model.headerData(0, Qt.Orientation.Vertical).startswith(MARK)
    assert offers.empty.text().startswith(MARK)
    window.close()

    contacts = ContactsView()
    window = shown_window(qtbot, contacts)
    contacts.attach(sample_services)
    assert contacts.kind_filter.itemText(0).startswith(MARK)
    assert contacts.cadence.specialValueText().startswith(MARK)
    assert contacts.due_filter.text().startswith(MARK)
    assert contacts.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    window.close()


@pytest.mark.usefixtures("marked")
def test_review_and_dialog_text_goes_through_translation(
    qtbot: Any, sample: Journal, sample_services: Services
) -> None:
    review = ReviewView()
    window = shown_window(qtbot, review, (1280, 900))
    review.attach(sample_services)
    qtbot.waitUntil(lambda: review.interview_model.rowCount() > 0, timeout=30_000)
    assert review.tabs.tabText(0).startswith(MARK)
    assert review.interview_count.text().startswith(MARK)
    header = review.interview_model.headerData(0, Qt.Orientation.Horizontal)
    assert header.startswith(MARK)
    assert review.weeks_choice.itemText(0).startswith(MARK)
    assert all(card.title.text().startswith(MARK) for card in review.cards)
    assert review.rounds_chart.series[0].startswith(MARK)
    review.show_tab("statistics")
    qtbot.waitUntil(lambda: review.statistics is not None, timeout=30_000)
    assert review.statistics_summary.text().startswith(MARK)
    review.cancel()
    window.close()

    application = sample.records(Application)[0]
    dialog = LogContactDialog(sample_services, application.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith(MARK)
    assert dialog.person_box.itemText(0).startswith(MARK)
    ended = next(r for r in sample.records(InterviewRound) if r.ended_at is not None)
    composer = FollowUpComposer(sample_services, ended.id)
    qtbot.addWidget(composer)
    assert composer.open_button.text().startswith(MARK)
    assert composer.qualities_edit.toolTip().startswith(MARK)


# ------------------------------------------------------------------------ locale
@pytest.fixture
def locale_of(qapp: QApplication) -> Iterator[Any]:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_dates_times_and_amounts_follow_the_locale(locale_of: Any) -> None:
    moment = datetime(2026, 3, 3, 14, 5, tzinfo=UTC)
    locale_of("fr_FR")
    assert "mars" in deadline_phrase(date(2026, 3, 3), 2)
    assert money(72_000, "EUR") in ("72 000 EUR", "72\u202f000 EUR", "72\u00a0000 EUR")
    locale_of("en_US")
    assert "Mar" in deadline_phrase(date(2026, 3, 3), 2)
    assert clock_text(moment).endswith(("AM", "PM"))
    assert money(72_000, "EUR") == "72,000 EUR"
    locale_of("C")
    assert money(72_000, "EUR") == "72,000 EUR"  # no locale at all: still readable
    assert deadline_phrase(date(2026, 3, 3), 1) == "3 Mar 2026 (1 day left)"
