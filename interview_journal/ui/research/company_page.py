"""The page of one company: its profile, saved field by field, and its research notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.vocabulary import PERSON_KINDS, label
from interview_journal.ui.feedback import guarded, report_error, report_info
from interview_journal.ui.i18n import format_date
from interview_journal.ui.layout import named, side_by_side, tab_chain
from interview_journal.ui.research import widgets
from interview_journal.ui.research.models import (
    LinkRow,
    NoteListModel,
    NoteRow,
    RowListModel,
    link_roles,
    notes_phrase,
)
from interview_journal.ui.research.note_editor import NoteEditor
from interview_journal.ui.research.question_bank import QuestionBankPanel
from interview_journal.ui.research.scorecard import ScorecardPanel

if TYPE_CHECKING:
    from interview_journal.core.capture import CapturedNote
    from interview_journal.core.research import CompanyLinks
    from interview_journal.core.services import Services
    from interview_journal.storage.tables import Company

# (field, label, placeholder) in English, shown through ``_text``; each field is saved
# on its own when the user leaves it.
COMPANY_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("CompanyPage", "Name"), ""),
    ("website", QT_TRANSLATE_NOOP("CompanyPage", "Website"), "https://…"),
    (
        "industry",
        QT_TRANSLATE_NOOP("CompanyPage", "Industry"),
        QT_TRANSLATE_NOOP("CompanyPage", "What they make or do"),
    ),
    (
        "size",
        QT_TRANSLATE_NOOP("CompanyPage", "Size"),
        QT_TRANSLATE_NOOP("CompanyPage", "How many people, how many teams"),
    ),
    (
        "locations",
        QT_TRANSLATE_NOOP("CompanyPage", "Locations"),
        QT_TRANSLATE_NOOP("CompanyPage", "Offices and cities"),
    ),
    (
        "remote_policy",
        QT_TRANSLATE_NOOP("CompanyPage", "Remote policy"),
        QT_TRANSLATE_NOOP("CompanyPage", "On site, hybrid or remote, and how it really works"),
    ),
    (
        "gut_verdict",
        QT_TRANSLATE_NOOP("CompanyPage", "Gut verdict"),
        QT_TRANSLATE_NOOP("CompanyPage", "Would I spend my working days there, with these people?"),
    ),
)

NO_NOTES = QT_TRANSLATE_NOOP(
    "CompanyPage", "No research yet. Add a note on its values, day-to-day work or team."
)
NO_PROCESSES = QT_TRANSLATE_NOOP(
    "CompanyPage",
    "No application to this company yet.\nThe pipeline and the timeline will list it here.",
)
NO_PEOPLE = QT_TRANSLATE_NOOP(
    "CompanyPage",
    "Nobody met here yet.\nPeople you add to an interview's attendees appear here.",
)

# Tab order of the page; the mnemonics avoid the note editor's (T, I, O, D, P, E).
# A translation keeps the "&" on a letter no other control of the page uses.
PROFILE_TAB, NOTES_TAB, SCORECARD_TAB, QUESTIONS_TAB = (
    QT_TRANSLATE_NOOP("CompanyPage", "Pro&file"),
    QT_TRANSLATE_NOOP("CompanyPage", "&Notes"),
    QT_TRANSLATE_NOOP("CompanyPage", "S&corecard"),
    QT_TRANSLATE_NOOP("CompanyPage", "&Questions"),
)


def _text(source: str) -> str:
    """One of the English texts above in the user's language ("" stays "")."""
    return QCoreApplication.translate("CompanyPage", source) if source else ""


def _object_name(field: str) -> str:
    head, *rest = field.split("_")
    return "company" + head.capitalize() + "".join(part.capitalize() for part in rest)


class CompanyPage(QWidget):
    """Shows one company; ``company_changed`` and ``notes_counted`` keep the list in step."""

    company_changed = Signal(str, str, str)  # id, name, industry
    notes_counted = Signal(str, int)  # id, number of notes
    fit_changed = Signal(str)  # id: a score or the criteria changed
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyPage")
        self.setAccessibleName(self.tr("Company"))
        self._services: Services | None = None
        self._company: Company | None = None
        self._switching = False

        # ------------------------------------------------------------ header
        self.heading = QLabel()
        self.heading.setObjectName("companyHeading")
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.45)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        # A long name must not widen the window: it is cut at the edge (the field shows it all).
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.delete_company_button = QPushButton(self.tr("Delete company…"))
        self.delete_company_button.setObjectName("deleteCompanyButton")
        self.delete_company_button.setAccessibleName(self.tr("Delete company"))
        self.delete_company_button.setToolTip(
            self.tr("Delete this company and its research notes (asks first)")
        )
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.delete_company_button)

        # -------------------------------------------------------------- form
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for field, english, placeholder in COMPANY_FIELDS:
            text = _text(english)
            edit = QLineEdit()
            edit.setObjectName(_object_name(field))
            edit.setAccessibleName(text)
            edit.setPlaceholderText(_text(placeholder))
            edit.editingFinished.connect(lambda field=field: self._save_field(field))
            self.fields[field] = edit
            form.addRow(text, edit)
        self.fields["gut_verdict"].setToolTip(
            self.tr("Your own answer, in a sentence: would you want to work there, with them?")
        )

        # ------------------------------------------------------------- notes
        notes_title = QLabel(self.tr("Research notes"))
        notes_title.setObjectName("notesTitle")
        title_font = QFont(notes_title.font())
        title_font.setBold(True)
        notes_title.setFont(title_font)
        self.notes_count = QLabel()
        self.notes_count.setObjectName("notesCount")
        self.notes_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.new_note_button = QPushButton(self.tr("New note"))
        self.new_note_button.setObjectName("newNoteButton")
        self.new_note_button.setAccessibleName(self.tr("New note"))
        self.new_note_button.setToolTip(self.tr("New note (Ctrl+Shift+N)"))
        notes_header = QHBoxLayout()
        notes_header.addWidget(notes_title)
        notes_header.addWidget(self.notes_count, 1)
        notes_header.addWidget(self.new_note_button)

        self.note_model = NoteListModel(self)
        self.note_list = QListView()
        self.note_list.setObjectName("noteList")
        self.note_list.setAccessibleName(self.tr("Research notes"))
        self.note_list.setModel(self.note_model)
        self.note_list.setUniformItemSizes(True)
        self.note_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_list.setItemDelegate(widgets.TwoLineDelegate(self.note_list))
        self.note_list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.note_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.no_notes = widgets.Hint("noNotesHint", _text(NO_NOTES))
        self.note_list_stack = QStackedWidget()
        self.note_list_stack.setObjectName("noteListStack")
        self.note_list_stack.addWidget(self.note_list)
        self.note_list_stack.addWidget(self.no_notes)
        self.note_list_stack.setMinimumWidth(120)

        self.editor = NoteEditor()
        notes_split = side_by_side(
            "notesSplitter", self.note_list_stack, self.editor, stretch=(2, 5), sizes=(260, 560)
        )

        # ------------------------------------------- processes and people
        self.process_model = RowListModel(link_roles(), self)
        self.people_model = RowListModel(link_roles(), self)
        self.process_list, self.process_stack, self.no_processes = self._link_list(
            "processList",
            self.tr("Processes with this company"),
            self.process_model,
            _text(NO_PROCESSES),
        )
        self.people_list, self.people_stack, self.no_people = self._link_list(
            "peopleList", self.tr("People met at this company"), self.people_model, _text(NO_PEOPLE)
        )
        links = QHBoxLayout()
        links.addLayout(self._titled(self.tr("Processes"), self.process_stack), 1)
        links.addSpacing(12)
        links.addLayout(self._titled(self.tr("People met"), self.people_stack), 1)

        # ----------------------------------------------------------- tabs
        profile = QWidget()
        profile.setObjectName("profileTab")
        profile_layout = QVBoxLayout(profile)
        profile_layout.setContentsMargins(0, 12, 0, 0)
        profile_layout.addLayout(form)
        profile_layout.addSpacing(12)
        profile_layout.addLayout(links, 1)

        notes_tab = QWidget()
        notes_tab.setObjectName("notesTab")
        notes_layout = QVBoxLayout(notes_tab)
        notes_layout.setContentsMargins(0, 12, 0, 0)
        notes_layout.addLayout(notes_header)
        notes_layout.addWidget(notes_split, 1)

        self.tabs = named(QTabWidget(), "companyTabs", self.tr("Company sections"))
        # Its tab bar takes Tab; the widget itself, last in the chain after the note's
        # Save, would hand focus back to that bar and keep Tab on the page for ever.
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Qt passes a policy on to the focus proxy: the bar itself keeps taking Tab.
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(profile, _text(PROFILE_TAB))
        self.tabs.addTab(notes_tab, _text(NOTES_TAB))
        self.scorecard = ScorecardPanel()
        self.tabs.addTab(self.scorecard, _text(SCORECARD_TAB))
        self.questions = QuestionBankPanel()
        bank_layout = self.questions.layout()
        if bank_layout is not None:  # line up with the other tabs, which have no side margin
            bank_layout.setContentsMargins(0, 12, 0, 0)
        self.tabs.addTab(self.questions, _text(QUESTIONS_TAB))
        self.profile_tab, self.notes_tab = profile, notes_tab

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        # Keyboard order follows the page: header, tabs, profile, notes, the note.
        editor = self.editor
        chain: list[QWidget] = [
            # Reading order: the header (with Delete company) sits above the tabs, so Tab
            # from the tab bar goes into the open tab rather than to the destructive button.
            self.delete_company_button,
            self.tabs.tabBar(),
            *self.fields.values(),
            self.process_list,
            self.people_list,
            self.new_note_button,
            self.note_list,
            editor.topic,
            editor.import_button,
            editor.title,
            editor.source,
            editor.source_date,
            editor.no_date,
            editor.body,
            # The row of buttons left to right, as it reads: Delete sits before Save.
            editor.preview_toggle,
            editor.delete_button,
            editor.save_button,
        ]
        tab_chain(chain)

        self.delete_company_button.clicked.connect(self.delete_requested)
        self.new_note_button.clicked.connect(self.new_note)
        self.editor.save_requested.connect(self.save_note)
        self.editor.delete_requested.connect(self.delete_note)
        self.editor.import_ready.connect(self.import_note)
        # Ctrl+Shift+I imports from anywhere on the page, not only inside the editor.
        self.editor.import_shortcut.setEnabled(False)
        self.import_shortcut = QShortcut(QKeySequence("Ctrl+Shift+I"), self)
        self.import_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.import_shortcut.activated.connect(self.choose_files_to_import)
        self.scorecard.score_changed.connect(self.fit_changed)
        selection = self.note_list.selectionModel()
        selection.currentChanged.connect(self._on_current_note)

    @staticmethod
    def _link_list(
        object_name: str, accessible_name: str, model: RowListModel, empty: str
    ) -> tuple[QListView, QStackedWidget, widgets.Hint]:
        view = named(QListView(), object_name, accessible_name)
        view.setModel(model)
        view.setUniformItemSizes(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setItemDelegate(widgets.TwoLineDelegate(view))
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        hint = widgets.Hint(object_name + "Hint", empty)
        hint.setMargin(8)
        stack = named(QStackedWidget(), object_name + "Stack", accessible_name)
        stack.addWidget(view)
        stack.addWidget(hint)
        return view, stack, hint

    @staticmethod
    def _titled(title: str, body: QWidget) -> QVBoxLayout:
        label = QLabel(title)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(body, 1)
        return column

    # ------------------------------------------------------------- binding
    @property
    def company(self) -> Company | None:
        return self._company

    def bind(self, services: Services) -> None:
        self._services = services
        self.scorecard.bind(services)
        self.questions.bind(services)

    def show_company(self, company_id: str) -> bool:
        """Load a company and its notes; False (and nothing shown) when it cannot be read."""
        if self._services is None:
            return False
        research = self._services.research
        company = guarded(self, lambda: research.company(company_id))
        notes = guarded(self, lambda: research.notes(company_id)) if company else None
        if company is None or notes is None:
            return False
        self._company = company
        for field, edit in self.fields.items():
            edit.setText(str(getattr(company, field)))
            edit.setCursorPosition(0)
        self.heading.setText(company.name)
        self._show_links(company.id)
        self.scorecard.show_company(company.id)
        self.questions.show_company(company.id)
        self._set_notes([NoteRow.from_note(note) for note in notes])
        if self.note_model.rowCount():
            self._select_note(self.note_model.note(0).id)
        else:
            self.editor.start_new()
        return True

    def leave(self) -> bool:
        """Save the open note before another company is shown; False if that failed."""
        self.scorecard.flush()
        return self.save_if_dirty()

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def show_note(self, note_id: str) -> bool:
        """Open one of the company's notes (from a search result); False if it is gone."""
        if self.note_model.row_of(note_id) < 0 or not self.save_if_dirty():
            return False
        self.show_tab(self.notes_tab)
        self._select_note(note_id)
        return True

    def _show_links(self, company_id: str) -> None:
        if self._services is None:
            return
        research = self._services.research
        links = guarded(self, lambda: research.links(company_id))
        if links is None:
            return
        processes, people = link_rows(links)
        self.process_model.set_rows(processes)
        self.people_model.set_rows(people)
        self.process_stack.setCurrentWidget(self.process_list if processes else self.no_processes)
        self.people_stack.setCurrentWidget(self.people_list if people else self.no_people)

    # -------------------------------------------------------------- fields
    def _save_field(self, field: str) -> None:
        company = self._company
        if company is None or self._services is None:
            return
        edit = self.fields[field]
        stored = str(getattr(company, field))
        if edit.text() == stored:
            return
        research = self._services.research
        updated = guarded(self, lambda: research.update_company(company.id, **{field: edit.text()}))
        if updated is None:
            edit.setText(stored)
            return
        self._company = updated
        edit.setText(str(getattr(updated, field)))
        edit.setCursorPosition(0)
        self.heading.setText(updated.name)
        if field == "gut_verdict":
            self.scorecard.reload()
        self.company_changed.emit(updated.id, updated.name, updated.industry)

    # --------------------------------------------------------------- notes
    def _set_notes(self, rows: list[NoteRow]) -> None:
        self._switching = True
        try:
            self.note_model.set_rows(rows)
        finally:
            self._switching = False
        count = len(rows)
        self.note_list_stack.setCurrentWidget(self.note_list if count else self.no_notes)
        self.notes_count.setText(f"· {notes_phrase(count)}" if count else "")
        self.notes_count.setAccessibleName(notes_phrase(count))
        if self._company is not None:
            self.notes_counted.emit(self._company.id, count)

    def _mark_current(self, note_id: str) -> int:
        """Make ``note_id`` the current row without loading it; its row, or -1."""
        row = self.note_model.row_of(note_id)
        if row < 0:
            return row
        index = self.note_model.index(row, 0)
        self._switching = True
        try:
            self.note_list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._switching = False
        self.note_list.scrollTo(index)
        return row

    def _select_note(self, note_id: str) -> None:
        row = self._mark_current(note_id)
        if row >= 0:
            self.editor.load(self.note_model.note(row))

    def _clear_current(self) -> None:
        self._switching = True
        try:
            self.note_list.selectionModel().clear()
        finally:
            self._switching = False

    def _on_current_note(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        target = self.note_model.note(current.row()).id
        if not self.save_if_dirty():
            # Keep the note the user was writing on screen; the error says why.
            note = self.editor.note
            if note is None or self._mark_current(note.id) < 0:
                self._clear_current()
            return
        self._select_note(target)

    def new_note(self) -> None:
        if self._company is None or not self.save_if_dirty():
            return
        self.show_tab(self.notes_tab)
        self._clear_current()
        self.editor.start_new()
        self.editor.focus_first()

    def choose_files_to_import(self) -> None:
        if self._company is None:
            return
        self.show_tab(self.notes_tab)
        self.editor.import_chosen_files()

    def import_note(self, captured: CapturedNote) -> None:
        """Keep a page or file read by the editor as a new note of this company, and open it."""
        company = self._company
        if company is None or self._services is None:
            report_error(self, self.tr("Pick a company before importing a page."))
            return
        research = self._services.research
        saved = guarded(
            self,
            lambda: research.add_note(
                company.id,
                captured.suggested_topic or "other",
                title=captured.title,
                body=captured.body,
                source=captured.source,
                source_date=captured.source_date,
            ),
        )
        if saved is None:
            return
        heading = NoteRow.from_note(saved).heading
        report_info(self, self.tr("Imported “{title}” as a note.").format(title=heading))
        self.show_tab(self.notes_tab)
        # A note still being written is saved first; if that fails it stays on screen.
        self.save_if_dirty()
        self._reload_notes(keep=saved.id)

    def save_if_dirty(self) -> bool:
        if not self.editor.is_dirty:
            return True
        if self.editor.note is None and self.editor.draft().is_blank:
            return True  # an untouched new note: nothing worth keeping
        return self.save_note()

    def save_note(self) -> bool:
        """Add or update the note in the editor; True when it is in the journal."""
        company = self._company
        if company is None or self._services is None:
            return False
        draft = self.editor.draft()
        existing = self.editor.note
        if existing is None and draft.is_blank:
            report_error(self, self.tr("Write a title or some text before saving the note."))
            return False
        research = self._services.research
        if existing is None:
            saved = guarded(
                self,
                lambda: research.add_note(
                    company.id,
                    draft.topic,
                    title=draft.title,
                    body=draft.body,
                    source=draft.source,
                    source_date=draft.source_date,
                ),
            )
        else:
            saved = guarded(
                self,
                lambda: research.update_note(
                    existing.id,
                    topic=draft.topic,
                    title=draft.title,
                    body=draft.body,
                    source=draft.source,
                    source_date=draft.source_date,
                    clear_source_date=draft.source_date is None,
                ),
            )
        if saved is None:
            return False
        row = NoteRow.from_note(saved)
        self.editor.mark_saved(row)
        self._reload_notes(keep=row.id, load=False)
        return True

    def delete_note(self) -> None:
        note = self.editor.note
        company = self._company
        if note is None or company is None or self._services is None:
            return
        if not widgets.confirm(
            self,
            self.tr("Delete note"),
            self.tr("Delete the note “{title}” about {company}? This cannot be undone.").format(
                title=note.heading, company=company.name
            ),
            self.tr("Delete note"),
        ):
            return
        research = self._services.research

        def delete() -> bool:
            research.delete_note(note.id)
            return True

        if guarded(self, delete) is None:
            return
        report_info(self, self.tr("Deleted the note “{title}”.").format(title=note.heading))
        self.editor.start_new()
        self._reload_notes(keep=None)

    def _reload_notes(self, keep: str | None, *, load: bool = True) -> None:
        company = self._company
        if company is None or self._services is None:
            return
        research = self._services.research
        notes = guarded(self, lambda: research.notes(company.id))
        if notes is None:
            return
        self._set_notes([NoteRow.from_note(note) for note in notes])
        if keep is not None and self.note_model.row_of(keep) >= 0:
            if load and not self.editor.is_dirty:
                self._select_note(keep)
            else:
                self._mark_current(keep)
        elif self.editor.is_dirty:
            pass  # a new note is being written: leave it on screen
        elif self.note_model.rowCount():
            self._select_note(self.note_model.note(0).id)
        else:
            self.editor.start_new()

    def reload(self) -> None:
        """Read the company again (another view may have changed it), keeping unsaved text."""
        company = self._company
        if company is None or self._services is None:
            return
        research = self._services.research
        fresh = guarded(self, lambda: research.company(company.id))
        if fresh is None:
            return
        self._company = fresh
        for field, edit in self.fields.items():
            if not edit.hasFocus():
                edit.setText(str(getattr(fresh, field)))
                edit.setCursorPosition(0)
        self.heading.setText(fresh.name)
        self._show_links(fresh.id)
        self.scorecard.reload()
        self.questions.refresh()
        note = self.editor.note
        self._reload_notes(keep=note.id if note is not None else None)


def link_rows(links: CompanyLinks) -> tuple[list[LinkRow], list[LinkRow]]:
    """Rows for the processes and people lists, in words."""
    processes = []
    for process in links.processes:
        if process.stage:
            stage = process.stage
        elif process.closed:
            stage = QCoreApplication.translate("CompanyPage", "Closed")
        else:
            stage = QCoreApplication.translate("CompanyPage", "No stage")
        parts = [stage]
        if process.applied_at is not None:
            parts.append(
                QCoreApplication.translate("CompanyPage", "applied {date}").format(
                    date=format_date(process.applied_at.astimezone().date())
                )
            )
        if process.rounds:
            rounds = process.rounds  # a plain name: lupdate drops a call counting an attribute
            parts.append(QCoreApplication.translate("CompanyPage", "%n round(s)", "", rounds))
        role = process.role or QCoreApplication.translate("CompanyPage", "Role not named")
        processes.append(LinkRow(process.application_id, role, " · ".join(parts)))
    people = []
    for person in links.people:
        parts = [person.title or label(PERSON_KINDS, person.kind)]
        if person.email:
            parts.append(person.email)
        people.append(LinkRow(person.id, person.name, " · ".join(parts)))
    return processes, people
