"""The research view: companies on the left, the selected company's page on the right.

Nothing here imports the database stack at module import time: the main window builds
this view before the journal is open, and :meth:`ResearchView.attach` hands it the
services once it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui.feedback import guarded, report_info
from interview_journal.ui.layout import named, side_by_side
from interview_journal.ui.research import widgets
from interview_journal.ui.research.company_page import CompanyPage
from interview_journal.ui.research.comparison import ComparisonView
from interview_journal.ui.research.models import (
    CompanyFilterModel,
    CompanyListModel,
    CompanyRow,
    CompanySort,
    IdRole,
    notes_phrase,
)
from interview_journal.ui.research.question_bank import QuestionBankPanel
from interview_journal.ui.research.search_panel import ResearchSearchPanel

if TYPE_CHECKING:
    from interview_journal.core.services import Services

# Hints in English; the view shows them through ``_text`` in the user's language.
OPENING = QT_TRANSLATE_NOOP("ResearchView", "Opening your journal…")
NO_COMPANIES_LIST = QT_TRANSLATE_NOOP(
    "ResearchView",
    "No companies yet.\nPress Ctrl+N to add the first company you are researching.",
)
NO_COMPANIES_PAGE = QT_TRANSLATE_NOOP(
    "ResearchView",
    "Get to know a company before you meet it:\nwhat it values, what the work is like "
    "day to day,\nwho you would work with.\n\nPress Ctrl+N to add a company.",
)
NO_SELECTION = QT_TRANSLATE_NOOP(
    "ResearchView",
    "Pick a company on the left to read and add research,\nor press Ctrl+N to add one.",
)


def _text(source: str) -> str:
    """One of the hints above in the user's language."""
    return QCoreApplication.translate("ResearchView", source)


class _FilterEdit(QLineEdit):
    """The company filter: Down moves into the list, Esc clears the filter."""

    def __init__(self, view: ResearchView) -> None:
        super().__init__()
        self._view = view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._view.focus_list()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class _SearchPage(QWidget):
    """The research search in the left pane; Esc with an empty query goes back to the list."""

    def __init__(self, view: ResearchView) -> None:
        super().__init__()
        named(self, "researchSearchPage", self.tr("Search research"))
        self._view = view
        self.panel = ResearchSearchPanel()
        self.back_button = named(
            QPushButton(self.tr("Back to companies")),
            "backToCompaniesButton",
            self.tr("Back to companies"),
        )
        self.back_button.setToolTip(self.tr("Back to the company list (Esc)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 12)
        layout.addWidget(self.panel, 1)
        back_row = QHBoxLayout()
        back_row.setContentsMargins(12, 0, 0, 0)
        back_row.addWidget(self.back_button)
        layout.addLayout(back_row)
        self.back_button.clicked.connect(view.close_search)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The query clears itself on the first Esc and lets the second one through.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self._view.close_search()
            return
        super().keyPressEvent(event)


class ResearchView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("researchView")
        self.setAccessibleName(self.tr("Research"))
        self._services: Services | None = None
        self._current_id: str | None = None
        self._switching = False

        # ------------------------------------------------------------- left
        self.filter = _FilterEdit(self)
        self.filter.setObjectName("companyFilter")
        self.filter.setAccessibleName(self.tr("Filter companies"))
        self.filter.setAccessibleDescription(
            self.tr("Type part of a name or an industry; Down moves into the list")
        )
        self.filter.setPlaceholderText(self.tr("Filter companies"))
        self.filter.setClearButtonEnabled(True)

        self.new_company_name = widgets.PromptLineEdit()
        self.new_company_name.setObjectName("newCompanyName")
        self.new_company_name.setAccessibleName(self.tr("Name of the new company"))
        self.new_company_name.setPlaceholderText(self.tr("Company name, then Enter (Esc cancels)"))
        self.new_company_name.hide()

        self.sort_box = named(QComboBox(), "companySort", self.tr("Sort companies by"))
        for order in CompanySort:
            self.sort_box.addItem(order.label, order)
        sort_label = QLabel(self.tr("&Sort by"))
        sort_label.setBuddy(self.sort_box)
        sort_row = QHBoxLayout()
        sort_row.addWidget(sort_label)
        sort_row.addWidget(self.sort_box, 1)

        self.company_model = CompanyListModel(self)
        self.company_proxy = CompanyFilterModel(self)
        self.company_proxy.setSourceModel(self.company_model)
        self.company_list = QListView()
        self.company_list.setObjectName("companyList")
        self.company_list.setAccessibleName(self.tr("Companies"))
        self.company_list.setAccessibleDescription(
            self.tr("Each company with its industry, research notes and weighted fit")
        )
        self.company_list.setModel(self.company_proxy)
        self.company_list.setUniformItemSizes(True)
        self.company_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.company_list.setItemDelegate(widgets.TwoLineDelegate(self.company_list))
        self.company_list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.company_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_hint = widgets.Hint("companyListHint", _text(NO_COMPANIES_LIST))
        self.list_stack = QStackedWidget()
        self.list_stack.setObjectName("companyListStack")
        self.list_stack.addWidget(self.company_list)
        self.list_stack.addWidget(self.list_hint)

        self.new_company_button = QPushButton(self.tr("New company"))
        self.new_company_button.setObjectName("newCompanyButton")
        self.new_company_button.setAccessibleName(self.tr("New company"))
        self.new_company_button.setToolTip(self.tr("New company (Ctrl+N)"))
        self.compare_button = named(
            QPushButton(self.tr("Compare")), "compareButton", self.tr("Compare companies")
        )
        self.compare_button.setToolTip(self.tr("Compare companies by fit (Ctrl+Shift+C)"))
        self.bank_button = named(
            QPushButton(self.tr("Questions")), "questionBankButton", self.tr("Questions to ask")
        )
        self.bank_button.setToolTip(self.tr("Questions to ask every company (Ctrl+Shift+Q)"))
        # Two rows keep the list pane narrow enough for a half-screen window.
        buttons = QGridLayout()
        buttons.addWidget(self.new_company_button, 0, 0, 1, 2)
        buttons.addWidget(self.compare_button, 1, 0)
        buttons.addWidget(self.bank_button, 1, 1)

        left = QWidget()
        left.setObjectName("companyPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.new_company_name)
        left_layout.addLayout(sort_row)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addLayout(buttons)
        self.search_page = _SearchPage(self)
        self.search = self.search_page.panel
        self.left = QStackedWidget()
        self.left.setObjectName("researchLeftStack")
        self.left.addWidget(left)
        self.left.addWidget(self.search_page)
        self.left.setMinimumWidth(180)
        self.browse_page = left

        # ------------------------------------------------------------ right
        self.page = CompanyPage()
        self.page_hint = widgets.Hint("companyPageHint", _text(NO_SELECTION))
        self.right = QStackedWidget()
        self.right.setObjectName("companyPageStack")
        self.right.addWidget(self.page_hint)
        self.right.addWidget(self.page)
        self.comparison = ComparisonView()
        self.right.addWidget(self.comparison)
        self.bank = QuestionBankPanel()
        self.right.addWidget(self.bank)
        # The comparison or the question bank, shown instead of the company page.
        self._overview: QWidget | None = None

        self.splitter = side_by_side(
            "researchSplitter", self.left, self.right, stretch=(0, 1), sizes=(300, 800)
        )

        # ---------------------------------------------------- opening state
        self.opening = widgets.Hint("researchOpeningHint", _text(OPENING))
        self.stack = QStackedWidget()
        self.stack.setObjectName("researchStack")
        self.stack.addWidget(self.opening)
        self.stack.addWidget(self.splitter)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # ------------------------------------------------------------ wiring
        self.filter.textChanged.connect(self._apply_filter)
        self.sort_box.currentIndexChanged.connect(self._apply_sort)
        self.filter.returnPressed.connect(self._filter_entered)
        self.new_company_name.returnPressed.connect(self._create_company)
        self.new_company_name.cancelled.connect(self._cancel_new_company)
        self.new_company_button.clicked.connect(self._new_company_clicked)
        self.company_list.selectionModel().currentChanged.connect(self._on_current_company)
        self.page.company_changed.connect(self._company_edited)
        self.page.notes_counted.connect(self._notes_counted)
        self.page.fit_changed.connect(self._refresh_fits)
        self.compare_button.clicked.connect(self.show_comparison)
        self.bank_button.clicked.connect(self.show_question_bank)
        self.search.result_activated.connect(self._open_search_result)
        # Leaving the comparison for the company already selected: Enter or a click on it.
        self.company_list.activated.connect(self._list_activated)
        self.company_list.clicked.connect(self._list_activated)
        self.comparison.company_activated.connect(self._compared_company_chosen)
        self.page.delete_requested.connect(self.delete_company)

        shortcuts = (
            (QKeySequence.StandardKey.New, self.prompt_new_company),
            (QKeySequence.StandardKey.Save, self._save_note_shortcut),
            (QKeySequence("Ctrl+Shift+N"), self._new_note_shortcut),
            (QKeySequence("Ctrl+Shift+C"), self.show_comparison),
            (QKeySequence("Ctrl+Shift+Q"), self.show_question_bank),
            (QKeySequence.StandardKey.Find, self.open_search),
        )
        for key, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._set_enabled(False)

    # ------------------------------------------------------------ contract
    def attach(self, services: Services) -> None:
        self._services = services
        self.page.bind(services)
        self.comparison.bind(services)
        self.bank.bind(services)
        self.search.bind(services)
        self._set_enabled(True)
        self.stack.setCurrentWidget(self.splitter)
        self.refresh()

    def refresh(self) -> None:
        if self._services is None:
            return
        research, fit = self._services.research, self._services.fit
        summaries = guarded(self, research.companies)
        scores = guarded(self, fit.weighted_scores) if summaries is not None else None
        if summaries is None or scores is None:
            return
        rows = [CompanyRow.from_summary(s, scores.get(s.company.id)) for s in summaries]
        self._switching = True
        try:
            self.company_model.set_rows(rows)
        finally:
            self._switching = False
        if self._current_id is not None and self.company_model.row_of(self._current_id) >= 0:
            self._mark_current(self._current_id)
            self.page.reload()
        else:
            self._current_id = None
        self._update_states()

    def focus_primary(self) -> None:
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_pending(self) -> bool:
        """Save a note the user is still writing (before the window closes); False if it failed."""
        return self._services is None or self.page.leave()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the view (another view, or the window closing) keeps what was typed.
        if not event.spontaneous():
            self.save_pending()
        super().hideEvent(event)

    # ------------------------------------------------------------- actions
    def prompt_new_company(self, name: str = "") -> None:
        if self._services is None:
            return
        self.new_company_name.setText(name)
        self.new_company_name.show()
        self.new_company_name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.new_company_name.selectAll()

    def select_company(self, company_id: str) -> None:
        """Show ``company_id``, clearing a filter that hides it."""
        if self.company_model.row_of(company_id) < 0:
            return
        if not self.company_proxy.mapFromSource(
            self.company_model.index(self.company_model.row_of(company_id), 0)
        ).isValid():
            self.filter.clear()
        if company_id == self._current_id and self._overview is None:
            self._mark_current(company_id)  # already shown: keep what is being typed
            return
        if not self.page.leave():
            return
        self._mark_current(company_id)
        self._show(company_id)

    def delete_company(self) -> None:
        company = self.page.company
        if company is None or self._services is None:
            return
        count = self.page.note_model.rowCount()
        if count:
            question = self.tr("Delete {name} and its {notes}? This cannot be undone.").format(
                name=company.name, notes=notes_phrase(count)
            )
        else:
            question = self.tr("Delete {name}? This cannot be undone.").format(name=company.name)
        if not widgets.confirm(
            self, self.tr("Delete company"), question, self.tr("Delete company")
        ):
            return
        research = self._services.research

        def delete() -> bool:
            research.delete_company(company.id)
            return True

        if guarded(self, delete) is None:
            return
        proxy_row = self.company_list.currentIndex().row()
        self._current_id = None
        self.page.editor.start_new()  # the unsaved text belonged to the deleted company
        self.refresh()
        report_info(self, self.tr("Deleted {name}.").format(name=company.name))
        if self.company_proxy.rowCount() == 0 and self.filter.text():
            self.filter.clear()  # the filter showed only the company just deleted
        rows = self.company_proxy.rowCount()
        if rows:
            neighbour = self.company_proxy.index(min(max(proxy_row, 0), rows - 1), 0)
            self.select_company(str(neighbour.data(IdRole)))
        self.company_list.setFocus()

    def show_comparison(self) -> None:
        """Every company side by side by weighted fit, in place of the company page."""
        if self._show_overview(self.comparison):
            self.comparison.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_question_bank(self) -> None:
        """The questions asked of every company, in place of the company page."""
        if self._show_overview(self.bank):
            self.bank.show_company(None)
            self.bank.focus_new_question()

    def _show_overview(self, overview: QWidget) -> bool:
        if self._services is None or not self.page.leave():
            return False
        self._overview = overview
        self._update_states()
        return True

    def open_search(self) -> None:
        """Search all research (Ctrl+F); the list comes back with Esc."""
        if self._services is None:
            return
        self.left.setCurrentWidget(self.search_page)
        self.search.focus_query()

    def close_search(self) -> None:
        self.left.setCurrentWidget(self.browse_page)
        if self._current_id is not None:
            self.focus_list()
        else:
            self.focus_primary()

    def _open_search_result(
        self, company_id: str, note_id: str, source_table: str, source_id: str
    ) -> None:
        self.select_company(company_id)
        if self._current_id != company_id or self._overview is not None:
            return  # the note being written could not be saved; the message says why
        page = self.page
        if note_id:
            page.show_note(note_id)
        else:
            tabs = {"fit_score": page.scorecard, "question": page.questions}
            page.show_tab(tabs.get(source_table, page.profile_tab))
            if source_table == "question":
                page.questions.select_question(source_id)

    def show_found(self, company_id: str, table: str, record_id: str) -> None:
        """Open what global search found here: a company's profile, one of its notes, fit
        scores or questions; a question for every company in the question bank; a fit
        criterion in the comparison, where every criterion is a column."""
        if table == "fit_criterion":
            self.show_comparison()
        elif not company_id:
            self.show_question_bank()
            if table == "question":
                self.bank.select_question(record_id)
        else:
            note_id = record_id if table == "research_note" else ""
            self._open_search_result(company_id, note_id, table, record_id)

    def _compared_company_chosen(self, company_id: str) -> None:
        self.select_company(company_id)  # also refreshes the fits: weights may have changed
        self.page.show_tab(self.page.scorecard)

    def _list_activated(self, index: QModelIndex) -> None:
        if self._overview is not None and index.isValid():
            self._show(str(self.company_proxy.data(index, IdRole)))

    def _refresh_fits(self) -> None:
        if self._services is None:
            return
        scores = guarded(self, self._services.fit.weighted_scores)
        if scores is not None:
            self.company_model.set_fits(scores)

    def focus_list(self) -> None:
        if self.company_proxy.rowCount() == 0:
            return
        self.company_list.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.company_list.currentIndex().isValid():
            self.company_list.setCurrentIndex(self.company_proxy.index(0, 0))

    # ------------------------------------------------------------ internals
    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.filter,
            self.sort_box,
            self.new_company_button,
            self.compare_button,
            self.bank_button,
            self.company_list,
        ):
            widget.setEnabled(enabled)

    def _create_company(self) -> None:
        if self._services is None:
            return
        research = self._services.research
        name = self.new_company_name.text()
        company = guarded(self, lambda: research.add_company(name))
        if company is None:
            return  # the message says why; the prompt stays open to fix the name
        self.new_company_name.clear()
        self.new_company_name.hide()
        self.refresh()
        self.select_company(company.id)
        report_info(self, self.tr("Added {name}.").format(name=company.name))
        self.page.fields["website"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _new_company_clicked(self) -> None:
        self.prompt_new_company()

    def _cancel_new_company(self) -> None:
        self.new_company_name.clear()
        self.new_company_name.hide()
        self.focus_primary()

    def _apply_filter(self, text: str) -> None:
        # Filtering moves the list's current row; the page keeps the company it shows.
        self._switching = True
        try:
            self.company_proxy.setFilterFixedString(text.strip())
        finally:
            self._switching = False
        if self._current_id is not None:
            self._mark_current(self._current_id)
        self._update_states()

    def _apply_sort(self) -> None:
        order = self.sort_box.currentData()
        if not isinstance(order, CompanySort):
            return
        self._switching = True
        try:
            self.company_proxy.set_order(order)
        finally:
            self._switching = False
        if self._current_id is not None:
            self._mark_current(self._current_id)

    def _filter_entered(self) -> None:
        text = self.filter.text().strip()
        if self.company_proxy.rowCount() == 0 and text:
            self.prompt_new_company(text)  # nothing matches: offer to add it
        else:
            self.focus_list()

    def _mark_current(self, company_id: str) -> None:
        source = self.company_model.index(self.company_model.row_of(company_id), 0)
        index = self.company_proxy.mapFromSource(source)
        self._switching = True
        try:
            self.company_list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._switching = False
        if index.isValid():
            self.company_list.scrollTo(index)

    def _on_current_company(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        company_id = str(self.company_proxy.data(current, IdRole))
        if company_id == self._current_id and self._overview is None:
            return
        if not self.page.leave():
            if self._current_id is not None:
                self._mark_current(self._current_id)
            return
        self._show(company_id)

    def _show(self, company_id: str) -> None:
        if self._overview is not None:
            self._overview = None
            self._refresh_fits()
        if self.page.show_company(company_id):
            self._current_id = company_id
        else:
            self._current_id = None
        self._update_states()

    def _company_edited(self, company_id: str, name: str, industry: str) -> None:
        self.company_model.update_company(company_id, name=name, industry=industry)

    def _notes_counted(self, company_id: str, count: int) -> None:
        self.company_model.update_company(company_id, note_count=count)

    def _save_note_shortcut(self) -> None:
        if self.right.currentWidget() is self.page:
            self.page.save_note()

    def _new_note_shortcut(self) -> None:
        if self.right.currentWidget() is self.page:
            self.page.new_note()

    def _update_states(self) -> None:
        has_companies = self.company_model.rowCount() > 0
        visible = self.company_proxy.rowCount() > 0
        if not has_companies:
            self.list_hint.set_hint(_text(NO_COMPANIES_LIST))
        elif not visible:
            self.list_hint.set_hint(
                self.tr(
                    "No company matches “{filter}”.\nPress Enter to add it as a new company."
                ).format(filter=self.filter.text().strip())
            )
        self.list_stack.setCurrentWidget(self.company_list if visible else self.list_hint)
        if self._overview is not None:
            self.right.setCurrentWidget(self._overview)
        elif self._current_id is not None:
            self.right.setCurrentWidget(self.page)
        else:
            self.page_hint.set_hint(_text(NO_SELECTION if has_companies else NO_COMPANIES_PAGE))
            self.right.setCurrentWidget(self.page_hint)
