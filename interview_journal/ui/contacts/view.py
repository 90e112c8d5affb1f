"""The contacts view: everyone met during the search, and when to get in touch again.

A filterable list on the left (type to filter, by kind, or only those due), the person on
the right. Fields are saved as the user leaves them, like the company profile; switching
to another person first saves what was typed, and stays put if that fails.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QFont, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.vocabulary import PERSON_KINDS, label, labels
from interview_journal.ui import theme
from interview_journal.ui.bounded_text import BoundedTextEdit
from interview_journal.ui.feedback import guarded, report_error, report_info
from interview_journal.ui.i18n import format_date
from interview_journal.ui.layout import named, side_by_side, tab_chain
from interview_journal.ui.number_fields import CheckedSpinBox
from interview_journal.ui.research.models import (
    DetailRole,
    IdRole,
    LinkRow,
    RowListModel,
    RowRole,
    link_roles,
)
from interview_journal.ui.research.widgets import Hint, PromptLineEdit, TwoLineDelegate, confirm

if TYPE_CHECKING:
    from interview_journal.core.contacts import ContactRow, HistoryItem
    from interview_journal.core.services import Services
    from interview_journal.storage.tables import Person

ModelIndex = QModelIndex | QPersistentModelIndex

ALL_KINDS = QT_TRANSLATE_NOOP("ContactsView", "All kinds")
NO_COMPANY = QT_TRANSLATE_NOOP("ContactsView", "No company")
NO_CADENCE = QT_TRANSLATE_NOOP("ContactsView", "No reminder")
CADENCE_MAX = 730
NO_CONTACTS = QT_TRANSLATE_NOOP(
    "ContactsView",
    "No contacts yet.\nPress “New contact” (Ctrl+Shift+N) to keep a recruiter, an interviewer "
    "or a future coworker, with a stay-in-touch reminder.",
)
NO_MATCH = QT_TRANSLATE_NOOP("ContactsView", "Nobody matches the filter.")
NO_SELECTION = QT_TRANSLATE_NOOP(
    "ContactsView", "Choose someone on the left, or add a new contact."
)
NO_HISTORY = QT_TRANSLATE_NOOP(
    "ContactsView", "No contact logged and no interview with this person yet."
)
NEVER = QT_TRANSLATE_NOOP("ContactsView", "Never")


def _t(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP above, in the user's language."""
    return QCoreApplication.translate("ContactsView", text)


def invalid_style() -> str:
    """The border of a field the journal refused (it keeps what was typed until fixed), in
    the look's colour; the reason is in its tooltip and accessible description as well."""
    border = theme.colour("invalid-border").name()
    return f'*[invalid="true"] {{ border: 2px solid {border}; border-radius: 3px; }}'


FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("ContactsView", "Name"),
    "kind": QT_TRANSLATE_NOOP("ContactsView", "Kind"),
    "company_id": QT_TRANSLATE_NOOP("ContactsView", "Company"),
    "title": QT_TRANSLATE_NOOP("ContactsView", "Role"),
    "email": QT_TRANSLATE_NOOP("ContactsView", "Email"),
    "phone": QT_TRANSLATE_NOOP("ContactsView", "Phone"),
    "profile_url": QT_TRANSLATE_NOOP("ContactsView", "Profile link"),
    "connected": QT_TRANSLATE_NOOP("ContactsView", "Connected"),
    "stay_in_touch_days": QT_TRANSLATE_NOOP("ContactsView", "Stay in touch every"),
    "notes": QT_TRANSLATE_NOOP("ContactsView", "Notes"),
}


def _days_until(due: datetime, now: datetime) -> int:
    return (due.astimezone().date() - now.astimezone().date()).days


def due_phrase(due: datetime | None, now: datetime) -> str:
    if due is None:
        return ""
    days = _days_until(due, now)
    # Called on the class: pyside6-lupdate marks a plural (numerus) string only in tr(),
    # and the stubs type tr() as an instance method.
    if days < 0:
        return ContactsView.tr("get in touch (due %n day(s) ago)", "", -days)  # type: ignore[arg-type]
    if days == 0:
        return QCoreApplication.translate("ContactsView", "get in touch today")
    return ContactsView.tr("in touch again in %n day(s)", "", days)  # type: ignore[arg-type]


def short_due_phrase(due: datetime | None, now: datetime) -> str:
    """The list's version: the urgent part first, so eliding never hides it."""
    if due is None:
        return ""
    days = _days_until(due, now)
    if days <= 0:
        return QCoreApplication.translate("ContactsView", "get in touch")
    return ContactsView.tr("next in %n d", "", days)  # type: ignore[arg-type]  # see due_phrase


def contact_detail(row: ContactRow, now: datetime) -> str:
    person = row.person
    parts = [person.title or label(PERSON_KINDS, person.kind)]
    if row.company_name:
        parts.append(row.company_name)
    if row.next_due is not None and _days_until(row.next_due, now) <= 0:
        # Due: said first, in words (the list marks it no other way), so eliding keeps it.
        parts.insert(0, QCoreApplication.translate("ContactsView", "Get in touch"))
    elif row.next_due is not None:
        parts.append(short_due_phrase(row.next_due, now))
    return " · ".join(parts)


def _filter_text(row: ContactRow) -> str:
    person = row.person
    return "\n".join(
        (person.name, person.title, person.email, person.phone, row.company_name, person.notes)
    ).casefold()


class ContactListModel(RowListModel):
    """Every contact; the detail line says role, company and when to get in touch."""

    def __init__(self, parent: Any = None) -> None:
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()
        role = Qt.ItemDataRole
        roles: dict[int, Callable[[Any], Any]] = {
            role.DisplayRole: lambda row: row.person.name,
            role.ToolTipRole: lambda row: f"{row.person.name}, {contact_detail(row, self.now())}",
            role.AccessibleTextRole: lambda row: (
                f"{row.person.name}, {contact_detail(row, self.now())}"
            ),
            DetailRole: lambda row: contact_detail(row, self.now()),
            IdRole: lambda row: row.id,
            RowRole: lambda row: row,
        }
        super().__init__(roles, parent)

    def contact(self, row: int) -> ContactRow:
        value: ContactRow = self._rows[row]
        return value

    def replace_row(self, fresh: ContactRow) -> None:
        number = self.row_of(fresh.id)
        if number < 0:
            return
        self._rows[number] = fresh
        index = self.index(number, 0)
        self.dataChanged.emit(index, index)


class ContactFilterModel(QSortFilterProxyModel):
    """Type-to-filter over name, role, email, phone, company and notes; by kind; only due."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._kind: str | None = None
        self._due_only = False
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()

    def set_filters(self, needle: str, kind: str | None, due_only: bool) -> None:
        self.beginFilterChange()
        self._needle = needle.casefold().strip()
        self._kind = kind
        self._due_only = due_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        row: ContactRow | None = model.data(model.index(source_row, 0, source_parent), RowRole)
        if row is None:
            return False
        if self._kind is not None and row.person.kind != self._kind:
            return False
        if self._due_only and not row.is_due(self.now()):
            return False
        return not self._needle or self._needle in _filter_text(row)


def history_rows(items: list[HistoryItem]) -> list[LinkRow]:
    rows = []
    for item in items:
        when = (
            format_date(item.occurred_at.astimezone().date())
            if item.occurred_at
            else QCoreApplication.translate("ContactsView", "No date")
        )
        kind = (
            QCoreApplication.translate("ContactsView", "Interview")
            if item.source == "round"
            else QCoreApplication.translate("ContactsView", "Contact")
        )
        detail = " · ".join(part for part in (when, kind, item.detail) if part)
        rows.append(LinkRow(item.id, item.title, detail))
    return rows


class _FocusOut(QObject):
    """Calls ``action`` when the watched widget loses focus (QPlainTextEdit has no signal)."""

    def __init__(self, action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._action()
        return False


class ContactsView(QWidget):
    """The ``JournalView`` of contacts; ``navigate`` asks the window to show something else."""

    navigate = Signal(str, str)  # ("company", id), ("log_contact", application id), ...
    changed = Signal()  # after anything was written: reminders and status bar may move

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "contactsView", self.tr("Contacts"))
        self._services: Services | None = None
        self._person: Person | None = None
        self._switching = False
        self._history: list[HistoryItem] = []
        # Fields the journal refused, with the reason: their typed text stays on screen.
        self._invalid: dict[str, str] = {}
        # Injectable so tests can check what would open without starting a browser.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl

        # ------------------------------------------------------------- list
        self.filter = named(QLineEdit(), "contactFilter", self.tr("Filter contacts"))
        self.filter.setPlaceholderText(self.tr("Filter by name, company, role…"))
        self.filter.setClearButtonEnabled(True)
        self.kind_filter = named(QComboBox(), "contactKindFilter", self.tr("Kind of contact"))
        self.kind_filter.addItem(_t(ALL_KINDS), None)
        for key, text in labels(PERSON_KINDS).items():
            self.kind_filter.addItem(text, key)
        self.due_filter = named(
            QCheckBox(self.tr("&Due to get in touch")),
            "contactDueFilter",
            self.tr("Only contacts due"),
        )
        self.new_button = named(
            QPushButton(self.tr("&New contact")), "newContactButton", self.tr("New contact")
        )
        self.new_button.setToolTip(self.tr("New contact (Ctrl+Shift+N)"))
        self.new_name = named(
            PromptLineEdit(), "newContactName", self.tr("Name of the new contact")
        )
        self.new_name.setPlaceholderText(self.tr("Name, then Enter (Esc cancels)"))
        self.new_name.hide()

        self.model = ContactListModel(self)
        self.proxy = ContactFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.list = named(QListView(), "contactList", self.tr("Contacts"))
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.empty = Hint("noContactsHint", _t(NO_CONTACTS))
        self.list_stack = named(QStackedWidget(), "contactListStack", self.tr("Contacts"))
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)

        # The kind and the due box on two lines: side by side, the box is cut off once the
        # window is at its minimum size.
        filters = QVBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.due_filter)
        left = QWidget()
        left.setObjectName("contactListPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addWidget(self.filter)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.new_name)
        left_layout.addWidget(self.new_button)
        left.setMinimumWidth(240)

        # ------------------------------------------------------------- form
        self.heading = QLabel()
        self.heading.setObjectName("contactHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.45)
        self.heading.setFont(font)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setWordWrap(True)  # a long name wraps at the minimum width
        self.delete_button = named(
            QPushButton(self.tr("Delete contact…")),
            "deleteContactButton",
            self.tr("Delete contact"),
        )
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.delete_button)

        self.name = named(QLineEdit(), "contactName", _t(FIELD_NAMES["name"]))
        self.kind = named(QComboBox(), "contactKind", _t(FIELD_NAMES["kind"]))
        for key, text in labels(PERSON_KINDS).items():
            self.kind.addItem(text, key)
        self.company = named(QComboBox(), "contactCompany", _t(FIELD_NAMES["company_id"]))
        self.company_button = named(
            QPushButton(self.tr("Open")), "openContactCompany", self.tr("Open the company")
        )
        self.role = named(QLineEdit(), "contactRole", _t(FIELD_NAMES["title"]))
        self.role.setPlaceholderText(self.tr("Their job title, e.g. Engineering manager"))
        self.email = named(QLineEdit(), "contactEmail", _t(FIELD_NAMES["email"]))
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.email_button = named(
            QPushButton(self.tr("Write…")), "writeEmailButton", self.tr("Write an email")
        )
        self.phone = named(QLineEdit(), "contactPhone", _t(FIELD_NAMES["phone"]))
        self.profile = named(QLineEdit(), "contactProfileUrl", _t(FIELD_NAMES["profile_url"]))
        self.profile.setPlaceholderText(self.tr("https://www.linkedin.com/in/…"))
        self.profile_button = named(
            QPushButton(self.tr("Open profile")),
            "openProfileButton",
            self.tr("Open the profile in the browser"),
        )
        self.connected = named(
            QCheckBox(self.tr("Connected on their network")),
            "contactConnected",
            _t(FIELD_NAMES["connected"]),
        )
        every = _t(FIELD_NAMES["stay_in_touch_days"])
        self.cadence = named(
            CheckedSpinBox(every, self.tr("1 to {most} days, or none.").format(most=CADENCE_MAX)),
            "contactCadence",
            every,
        )
        self.cadence.setRange(0, CADENCE_MAX)
        no_cadence = _t(NO_CADENCE)
        self.cadence.setSpecialValueText(no_cadence)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setMinimumWidth(self.cadence.fontMetrics().horizontalAdvance(no_cadence) + 48)
        self.cadence.setKeyboardTracking(False)
        self.cadence.setToolTip(self.tr("0 means no stay-in-touch reminder"))
        self.next_due = QLabel()
        self.next_due.setObjectName("contactNextDue")
        self.last_contact = QLabel()
        self.last_contact.setObjectName("contactLastContact")
        self.mark_button = named(
            QPushButton(self.tr("Mark contacted &today")),
            "markContactedButton",
            self.tr("Mark contacted today"),
        )
        self.notes = named(BoundedTextEdit(), "contactNotes", _t(FIELD_NAMES["notes"]))
        self.notes.setPlaceholderText(self.tr("What you talked about, what they care about…"))
        self.notes.setTabChangesFocus(True)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        def row(text: str, field: QWidget, *extra: QWidget) -> None:
            caption = QLabel(text)
            caption.setBuddy(field)
            if not extra:
                form.addRow(caption, field)
                return
            line = QHBoxLayout()
            # A short field (the cadence) keeps its size; the note beside it takes the rest.
            short = isinstance(field, QSpinBox)
            line.addWidget(field, 0 if short else 1)
            for widget in extra:
                line.addWidget(widget, 1 if short else 0)
            form.addRow(caption, line)

        row(self.tr("&Name"), self.name)
        row(self.tr("&Kind"), self.kind)
        row(self.tr("Com&pany"), self.company, self.company_button)
        row(self.tr("&Role"), self.role)
        row(self.tr("&Email"), self.email, self.email_button)
        row(self.tr("P&hone"), self.phone)
        row(self.tr("Pro&file link"), self.profile, self.profile_button)
        form.addRow("", self.connected)
        row(self.tr("&Stay in touch every"), self.cadence, self.next_due)
        row(self.tr("Last contact"), self.last_contact, self.mark_button)
        row(self.tr("N&otes"), self.notes)

        self.history_model = RowListModel(link_roles(), self)
        self.history = named(QListView(), "contactHistory", self.tr("History with this person"))
        self.history.setModel(self.history_model)
        self.history.setUniformItemSizes(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setItemDelegate(TwoLineDelegate(self.history))
        self.history.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.no_history = Hint("noContactHistoryHint", _t(NO_HISTORY))
        self.no_history.setMargin(8)
        self.history_stack = named(QStackedWidget(), "contactHistoryStack", self.tr("History"))
        self.history_stack.addWidget(self.history)
        self.history_stack.addWidget(self.no_history)
        self.log_button = named(
            QPushButton(self.tr("&Log a contact…")),
            "logContactButton",
            self.tr("Log a contact in its process"),
        )
        self.log_button.setToolTip(
            self.tr("Log a message or call in the latest process with this person")
        )
        history_title = QLabel(self.tr("&History"))
        history_title.setBuddy(self.history)
        bold = QFont(history_title.font())
        bold.setBold(True)
        history_title.setFont(bold)
        history_header = QHBoxLayout()
        history_header.addWidget(history_title, 1)
        history_header.addWidget(self.log_button)

        detail = QWidget()
        detail.setObjectName("contactDetail")
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 12, 12, 12)
        detail_layout.addLayout(header)
        detail_layout.addLayout(form, 3)
        detail_layout.addLayout(history_header)
        detail_layout.addWidget(self.history_stack, 2)
        self.no_selection = Hint("noContactSelectedHint", _t(NO_SELECTION))
        self.detail_stack = named(QStackedWidget(), "contactDetailStack", self.tr("Contact"))
        self.detail_stack.addWidget(detail)
        self.detail_stack.addWidget(self.no_selection)
        self.detail = detail

        splitter = side_by_side(
            "contactsSplitter", left, self.detail_stack, stretch=(2, 5), sizes=(320, 820)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        chain: list[QWidget] = [
            self.filter,
            self.kind_filter,
            self.due_filter,
            self.list,
            self.new_button,
            self.delete_button,
            self.name,
            self.kind,
            self.company,
            self.company_button,
            self.role,
            self.email,
            self.email_button,
            self.phone,
            self.profile,
            self.profile_button,
            self.connected,
            self.cadence,
            self.mark_button,
            self.notes,
            self.log_button,
            self.history,
        ]
        tab_chain(chain)

        # ---------------------------------------------------------- signals
        self.filter.textChanged.connect(self._apply_filters)
        self.kind_filter.currentIndexChanged.connect(self._apply_filters)
        self.due_filter.toggled.connect(self._apply_filters)
        self.new_button.clicked.connect(self.prompt_new)
        self.new_name.returnPressed.connect(self._add_from_prompt)
        self.new_name.cancelled.connect(self._cancel_prompt)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        for edit in (self.name, self.role, self.email, self.phone, self.profile):
            edit.editingFinished.connect(self._save_now)
        self.kind.activated.connect(self._save_now)
        self.company.activated.connect(self._save_now)
        self.connected.toggled.connect(self._save_now)
        self.cadence.valueChanged.connect(self._save_now)
        self.cadence.refused.connect(lambda reason: report_error(self, reason))
        self.notes.installEventFilter(_FocusOut(self._save_now, self))
        self.mark_button.clicked.connect(self.mark_contacted)
        self.email_button.clicked.connect(self.write_email)
        self.profile_button.clicked.connect(self.open_profile)
        self.company_button.clicked.connect(self._open_company)
        self.log_button.clicked.connect(self._log_contact)
        self.history.activated.connect(self._history_activated)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.prompt_new)
        self._show_person(None)

    # ------------------------------------------------------------ contract
    def attach(self, services: Services) -> None:
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        """Re-read everyone; the person on screen stays, with whatever was typed saved first."""
        if self._services is None:
            return
        self.save()
        contacts = self._services.contacts
        rows = guarded(self, contacts.contacts)
        companies = guarded(self, self._services.research.companies)
        if rows is None or companies is None:
            return
        self.company.blockSignals(True)
        self.company.clear()
        self.company.addItem(_t(NO_COMPANY), None)
        for summary in companies:
            self.company.addItem(summary.company.name, summary.company.id)
        self.company.blockSignals(False)
        current = self._person.id if self._person is not None else None
        self._switching = True
        try:
            self.model.set_rows(rows)
        finally:
            self._switching = False
        self._update_list_state()
        if current is not None and self.model.row_of(current) >= 0:
            self._mark_current(current)
            self._load(current)
        else:
            self._show_person(None)

    def focus_primary(self) -> None:
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the view keeps what was typed in the notes.
        if not event.spontaneous():
            self.save()
        super().hideEvent(event)

    def save_pending(self) -> bool:
        return self.save()

    # ------------------------------------------------------------- the list
    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            self.filter.text(), self.kind_filter.currentData(), self.due_filter.isChecked()
        )
        self._update_list_state()

    def _update_list_state(self) -> None:
        if self.proxy.rowCount():
            self.list_stack.setCurrentWidget(self.list)
        else:
            self.empty.set_hint(_t(NO_CONTACTS if self.model.rowCount() == 0 else NO_MATCH))
            self.list_stack.setCurrentWidget(self.empty)

    def _mark_current(self, person_id: str) -> None:
        source_row = self.model.row_of(person_id)
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self._switching = True
        try:
            if index.isValid():
                self.list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.list.scrollTo(index)
            else:
                self.list.selectionModel().clear()
        finally:
            self._switching = False

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        target = str(current.data(IdRole))
        if not self.save():
            # Keep the person being edited on screen; the message says what is wrong.
            if self._person is not None:
                self._mark_current(self._person.id)
            return
        self._load(target)

    def select_contact(self, person_id: str) -> bool:
        """Show one person (from another view); False when they are not in the list."""
        if self.model.row_of(person_id) < 0 or not self.save():
            return False
        self.filter.clear()
        self.kind_filter.setCurrentIndex(0)
        self.due_filter.setChecked(False)
        self._mark_current(person_id)
        self._load(person_id)
        return True

    # -------------------------------------------------------------- adding
    def prompt_new(self) -> None:
        if self._services is None or not self.save():
            return
        self.new_name.clear()
        self.new_name.show()
        self.new_name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _cancel_prompt(self) -> None:
        self.new_name.hide()
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_from_prompt(self) -> None:
        if self._services is None:
            return
        contacts = self._services.contacts
        name = self.new_name.text()
        person = guarded(self, lambda: contacts.add(name))
        if person is None:
            return
        self.new_name.hide()
        self.changed.emit()
        self._person = None
        self.filter.clear()
        self.kind_filter.setCurrentIndex(0)
        self.due_filter.setChecked(False)
        self.refresh()
        self._mark_current(person.id)
        self._load(person.id)
        self.role.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_current(self) -> None:
        person = self._person
        if person is None or self._services is None:
            return
        if not confirm(
            self,
            self.tr("Delete contact"),
            self.tr(
                "Delete {name} from your contacts? Logged contacts stay in their "
                "processes. This cannot be undone."
            ).format(name=person.name),
            self.tr("Delete contact"),
        ):
            return
        contacts = self._services.contacts

        def delete() -> bool:
            contacts.delete(person.id)
            return True

        if guarded(self, delete) is None:
            return
        report_info(self, self.tr("Deleted {name} from your contacts.").format(name=person.name))
        self._person = None
        self._mark_invalid({})
        self.refresh()
        self.changed.emit()

    # --------------------------------------------------------------- detail
    def _load(self, person_id: str) -> None:
        if self._services is None:
            return
        contacts = self._services.contacts
        row = guarded(self, lambda: contacts.contact(person_id))
        history = guarded(self, lambda: contacts.history(person_id)) if row else None
        if row is None or history is None:
            self._show_person(None)
            return
        self._history = history
        self._show_person(row)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_invalid", None):
            # A refused field's border follows a change between light and dark; only a
            # changed sheet is set again, as setting one sends another PaletteChange.
            style = invalid_style()
            for key in self._invalid:
                widget = self._field_widgets().get(key)
                if widget is not None and widget.styleSheet() != style:
                    widget.setStyleSheet(style)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "name": self.name,
            "kind": self.kind,
            "company_id": self.company,
            "title": self.role,
            "email": self.email,
            "phone": self.phone,
            "profile_url": self.profile,
            "connected": self.connected,
            "stay_in_touch_days": self.cadence,
            "notes": self.notes,
        }

    def _mark_invalid(self, refused: dict[str, str]) -> None:
        """Outline the refused fields (their text stays as typed); clear the others."""
        self._invalid = dict(refused)
        for key, widget in self._field_widgets().items():
            reason = refused.get(key)
            if bool(widget.property("invalid")) == (reason is not None):
                if reason is not None:
                    widget.setToolTip(reason)
                continue
            widget.setProperty("invalid", reason is not None)
            widget.setStyleSheet(invalid_style() if reason is not None else "")
            widget.setToolTip(reason or "")
            widget.setAccessibleDescription(
                self.tr("Not saved: {reason}").format(reason=reason) if reason else ""
            )

    def _refusal_text(self) -> str:
        return " ".join(
            self.tr("{field}: {reason}").format(field=_t(FIELD_NAMES.get(key, key)), reason=reason)
            for key, reason in self._invalid.items()
        )

    def _show_person(self, row: ContactRow | None) -> None:
        same = row is not None and self._person is not None and row.id == self._person.id
        # Showing the same person again (a refresh) keeps text the journal refused on screen.
        keep = set(self._invalid) if same else set()
        if not same:
            self._mark_invalid({})
        self._person = row.person if row is not None else None
        if row is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            self.delete_button.setEnabled(False)
            return
        person = row.person
        self.detail_stack.setCurrentWidget(self.detail)
        self.delete_button.setEnabled(True)
        self._switching = True
        widgets: list[QWidget] = [self.kind, self.company, self.connected, self.cadence]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.heading.setText(person.name)
            for key, edit, value in (
                ("name", self.name, person.name),
                ("title", self.role, person.title),
                ("email", self.email, person.email),
                ("phone", self.phone, person.phone),
                ("profile_url", self.profile, person.profile_url),
            ):
                if key not in keep:
                    edit.setText(value)
                    edit.setCursorPosition(0)
            if "kind" not in keep:
                self.kind.setCurrentIndex(max(self.kind.findData(person.kind), 0))
            if "company_id" not in keep:
                self.company.setCurrentIndex(max(self.company.findData(person.company_id), 0))
            self.connected.setChecked(person.connected)
            if "stay_in_touch_days" not in keep:
                self.cadence.setValue(person.stay_in_touch_days or 0)
            if "notes" not in keep and self.notes.toPlainText() != person.notes:
                self.notes.setPlainText(person.notes)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
            self._switching = False
        self._show_dates(row)
        rows = history_rows(self._history)
        self.history_model.set_rows(rows)
        self.history_stack.setCurrentWidget(self.history if rows else self.no_history)
        self._update_buttons()

    def _show_dates(self, row: ContactRow) -> None:
        last = row.last_contact_at
        self.last_contact.setText(format_date(last.astimezone().date()) if last else _t(NEVER))
        phrase = due_phrase(row.next_due, self.model.now())
        self.next_due.setText(phrase[:1].upper() + phrase[1:] if phrase else "")
        self.model.replace_row(row)

    def _update_buttons(self) -> None:
        self.email_button.setEnabled(bool(self.email.text().strip()))
        self.profile_button.setEnabled(bool(self.profile.text().strip()))
        self.company_button.setEnabled(self.company.currentData() is not None)
        self.log_button.setEnabled(self._latest_application() is not None)

    def _latest_application(self) -> str | None:
        return next((i.application_id for i in self._history if i.application_id), None)

    def _changes(self) -> dict[str, Any]:
        person = self._person
        if person is None:
            return {}
        values: dict[str, Any] = {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "company_id": self.company.currentData(),
            "title": self.role.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "profile_url": self.profile.text(),
            "connected": self.connected.isChecked(),
            "stay_in_touch_days": self.cadence.value() or None,
            "notes": self.notes.toPlainText(),
        }
        return {key: value for key, value in values.items() if getattr(person, key) != value}

    def _save_now(self, *_args: object) -> None:
        self.save()

    def save(self) -> bool:
        """Save what differs from the stored person; True when nothing is left unsaved.

        A refused field does not hold the others back: they are saved, and the refused one
        keeps its typed text, outlined, with a message naming it.
        """
        if self._switching or self._person is None or self._services is None:
            return True
        changes = self._changes()
        if not changes:
            if self._invalid:
                self._mark_invalid({})
            return True
        person_id = self._person.id
        contacts = self._services.contacts
        refused = guarded(self, lambda: contacts.refusals(**changes))
        if refused is None:
            return False
        good = {key: value for key, value in changes.items() if key not in refused}
        if good:
            updated = guarded(self, lambda: contacts.update(person_id, **good))
            if updated is None:
                return False
            self._person = updated
            self.heading.setText(updated.name)
            # Show the cleaned values (trimmed name, https:// added) without moving the
            # cursor of the field being typed in.
            for key, edit, value in (
                ("name", self.name, updated.name),
                ("email", self.email, updated.email),
                ("profile_url", self.profile, updated.profile_url),
            ):
                if key in good and not edit.hasFocus() and edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)
            row = guarded(self, lambda: contacts.contact(person_id))
            if row is not None:
                self._show_dates(row)
            self._update_buttons()
            self.changed.emit()
        self._mark_invalid(refused)
        if refused:
            if good:
                message = self.tr("Not saved — {reasons} Your other changes were saved.")
            else:
                message = self.tr("Not saved — {reasons}")
            report_error(self, message.format(reasons=self._refusal_text()))
            return False
        return True

    def mark_contacted(self) -> None:
        """Note a contact today, whatever else in the form the journal refused."""
        person = self._person
        if person is None or self._services is None:
            return
        complete = self.save()
        contacts = self._services.contacts
        updated = guarded(self, lambda: contacts.mark_contacted(person.id))
        if updated is None:
            return
        self._person = updated
        row = guarded(self, lambda: contacts.contact(person.id))
        if row is not None:
            self._show_dates(row)
        self.changed.emit()
        noted = self.tr("Noted: in touch with {name} today.").format(name=updated.name)
        if complete or not self._invalid:
            report_info(self, noted)
        else:
            report_error(
                self,
                self.tr("{noted} Still not saved — {reasons}").format(
                    noted=noted, reasons=self._refusal_text()
                ),
            )

    # ---------------------------------------------------------------- links
    def write_email(self) -> None:
        address = self.email.text().strip()
        if address and not self.open_url(QUrl(f"mailto:{address}")):
            report_error(
                self, self.tr("No mail program opened the address; copy it from the field.")
            )

    def open_profile(self) -> None:
        if not self.save() or self._person is None or not self._person.profile_url:
            return
        if not self.open_url(QUrl(self._person.profile_url)):
            report_error(
                self, self.tr("The browser did not open the link; copy it from the field.")
            )

    def _open_company(self) -> None:
        company_id = self.company.currentData()
        if company_id is not None and self.save():
            self.navigate.emit("company", str(company_id))

    def _log_contact(self) -> None:
        application_id = self._latest_application()
        if application_id is not None and self.save():
            self.navigate.emit("log_contact", application_id)

    def _history_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        item = self._history[index.row()]
        if item.application_id is not None:
            self.navigate.emit("timeline_application", item.application_id)
