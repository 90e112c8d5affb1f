"""The bank of questions to ask: browse by category and round, add, edit and remove.

Shown for the whole journal (the questions asked of every company) or for one company
(its own questions with the global ones). The live view picks the round's questions from
this same bank. Everything works from the keyboard: type a question and press Enter to add
it, F2 edits a cell, Delete removes the current question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.vocabulary import (
    ROUND_KINDS,
    category_label,
    labels,
    round_label,
)
from interview_journal.ui.feedback import guarded, report_info
from interview_journal.ui.layout import named, tab_chain
from interview_journal.ui.research import widgets
from interview_journal.ui.research.models import IdRole, RowTableModel

if TYPE_CHECKING:
    from interview_journal.core.services import Services
    from interview_journal.storage.tables import Question

ModelIndex = QModelIndex | QPersistentModelIndex

# In English; shown through ``_text`` in the user's language.
EVERY_COMPANY = QT_TRANSLATE_NOOP("QuestionBankPanel", "All companies")
SHOW_ALL = QT_TRANSLATE_NOOP("QuestionBankPanel", "Show all")
NO_CATEGORY = QT_TRANSLATE_NOOP("QuestionBankPanel", "No category")
EMPTY_BANK = QT_TRANSLATE_NOOP(
    "QuestionBankPanel", "No questions yet.\nType one above and press Enter to add it."
)
NOTHING_MATCHES = QT_TRANSLATE_NOOP(
    "QuestionBankPanel",
    "No question matches these filters.\nSet them to “Show all” to see every one.",
)


def _text(source: str) -> str:
    """One of the English texts of this module in the user's language."""
    return QCoreApplication.translate("QuestionBankPanel", source)


@dataclass(frozen=True)
class QuestionRow:
    id: str
    text: str
    category: str
    round_kind: str
    company_id: str | None
    company_name: str  # "" for a question asked of every company

    @classmethod
    def from_question(cls, question: Question, company_name: str) -> QuestionRow:
        name = company_name if question.company_id else ""
        return cls(
            question.id,
            question.text,
            question.category,
            question.round_kind,
            question.company_id,
            name,
        )

    @property
    def category_text(self) -> str:
        return category_label(self.category)

    @property
    def round_text(self) -> str:
        return round_label(self.round_kind)

    @property
    def scope_text(self) -> str:
        return self.company_name or _text(EVERY_COMPANY)


class Column:
    QUESTION = 0
    CATEGORY = 1
    ROUND = 2
    SCOPE = 3


HEADERS = (
    QT_TRANSLATE_NOOP("QuestionBankModel", "Question"),
    QT_TRANSLATE_NOOP("QuestionBankModel", "Category"),
    QT_TRANSLATE_NOOP("QuestionBankModel", "Round"),
    QT_TRANSLATE_NOOP("QuestionBankModel", "Asked of"),
)


def _heading(column: int) -> str:
    return QCoreApplication.translate("QuestionBankModel", HEADERS[column])


_FIELDS = {Column.QUESTION: "text", Column.CATEGORY: "category", Column.ROUND: "round_kind"}
_DISPLAY: dict[int, Callable[[QuestionRow], str]] = {
    Column.QUESTION: lambda row: row.text,
    Column.CATEGORY: lambda row: row.category_text,
    Column.ROUND: lambda row: row.round_text,
    Column.SCOPE: lambda row: row.scope_text,
}
# What an editor starts from: the text, the category as read, the round's key, the scope id.
_EDIT: dict[int, Callable[[QuestionRow], str]] = {
    Column.QUESTION: lambda row: row.text,
    Column.CATEGORY: lambda row: row.category_text,
    Column.ROUND: lambda row: row.round_kind,
    Column.SCOPE: lambda row: row.company_id or "",
}

# Saves one edited cell: (question id, field, value) -> the stored row, or None if refused.
EditHandler = Callable[[str, str, str], QuestionRow | None]


class QuestionBankModel(RowTableModel):
    """The questions shown, one row each; edits go through ``edit_handler`` to the service."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._edit_handler: EditHandler | None = None
        self._scope_editable = False

    def set_edit_handler(self, handler: EditHandler | None) -> None:
        self._edit_handler = handler

    def set_scope_editable(self, editable: bool) -> None:
        """Scope can change only while a company is shown (its own, or every company's)."""
        self._scope_editable = editable

    def rows(self) -> list[QuestionRow]:
        return list(self._rows)

    def question(self, row: int) -> QuestionRow:
        question: QuestionRow = self._rows[row]
        return question

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return _heading(section)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _DISPLAY[column](row)
        if role == Qt.ItemDataRole.EditRole:
            return _EDIT[column](row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.SCOPE or (column == Column.QUESTION and row.company_name):
                # Bold marks a company's own question; the tooltip says it in words.
                return self._scope_words(row)
            return _DISPLAY[column](row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spoken = self.tr("{heading}: {value}").format(
                heading=_heading(column), value=_DISPLAY[column](row)
            )
            if column == Column.QUESTION and row.company_name:
                return f"{spoken} ({self._scope_words(row)})"
            return spoken
        if role == Qt.ItemDataRole.FontRole and row.company_name:
            # The company's own questions stand out from the ones every company is asked.
            font = QFont()
            font.setBold(True)
            return font
        if role == IdRole:
            return row.id
        return None

    def _scope_words(self, row: QuestionRow) -> str:
        if row.company_name:
            return self.tr("Only for {company}").format(company=row.company_name)
        return self.tr("For every company")

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        if index.column() != Column.SCOPE or self._scope_editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._edit_handler is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        number = index.row()
        current = self._rows[number]
        text = "" if value is None else str(value)
        if text == _EDIT[index.column()](current):
            return True
        field = _FIELDS.get(index.column(), "company_id")
        stored = self._edit_handler(current.id, field, text)
        if stored is None:
            return False
        self._rows[number] = stored
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(HEADERS) - 1))
        return True


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (label, stored value) choices; ``typed`` also lets the user type one.

    Typed cells (the category) hand back the text as shown: the service turns a known
    label back into its key and keeps anything else as the user's own.
    """

    def __init__(
        self,
        choices: Callable[[], list[tuple[str, str]]],
        parent: Any = None,
        *,
        typed: bool = False,
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._typed = typed

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        box = named(QComboBox(parent), "questionChoiceEditor", self.tr("Choose"))
        box.setEditable(self._typed)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for text, value in self._choices():
            box.addItem(text, value)
        return box

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        current = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if self._typed:
            editor.setCurrentText(current)
        else:
            editor.setCurrentIndex(max(editor.findData(current), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentText() if self._typed else editor.currentData()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class _BankTable(QTableView):
    """The table: Delete asks to remove the current question."""

    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            event.accept()
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


def _round_choices() -> list[tuple[str, str]]:
    # round_label("") is "Any round", translated; the keys stay the stored values.
    return [(round_label(""), ""), *((text, key) for key, text in labels(ROUND_KINDS).items())]


class QuestionBankPanel(QWidget):
    """Browse and edit the questions to ask; ``changed`` after every stored change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "questionBank", self.tr("Questions to ask"))
        self._services: Services | None = None
        self._company_id: str | None = None
        self._company_name = ""
        self._categories: list[tuple[str, str]] = []

        # ------------------------------------------------------------ header
        self.heading = named(
            QLabel(self.tr("Questions to ask")), "questionBankHeading", self.tr("Questions to ask")
        )
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self.heading.setFont(heading_font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_note = named(QLabel(), "questionBankScope", self.tr("Which questions are shown"))
        self.scope_note.setWordWrap(True)
        self.scope_note.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # ------------------------------------------------------------ adding
        self.new_question = named(
            widgets.PromptLineEdit(), "newQuestion", self.tr("New question, Enter adds it")
        )
        self.new_question.setPlaceholderText(self.tr("Type a question to ask, then Enter"))
        self.new_question.setClearButtonEnabled(True)
        self.new_category = named(
            QComboBox(), "newQuestionCategory", self.tr("Category of the new question")
        )
        self.new_category.setEditable(True)
        self.new_category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.new_category.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Category"))
        self.new_category.setMinimumContentsLength(9)
        self.new_round = named(
            QComboBox(), "newQuestionRound", self.tr("Round of the new question")
        )
        for text, key in _round_choices():
            self.new_round.addItem(text, key)
        self.ask_everyone = named(
            QCheckBox(self.tr("Ask every company")), "askEveryCompany", self.tr("Ask every company")
        )
        self.ask_everyone.setToolTip(
            self.tr(
                "Off: the question is only for this company. On: it is suggested for every company."
            )
        )
        self.add_button = named(
            QPushButton(self.tr("Add")), "addQuestionButton", self.tr("Add the question")
        )
        self.add_button.setToolTip(self.tr("Add the question (Enter)"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_question, 1)
        add_row.addWidget(self.add_button)
        # What the new question is about sits right under it, before the filters.
        details_row = QHBoxLayout()
        details_row.addWidget(self.new_category)
        details_row.addWidget(self.new_round)
        details_row.addWidget(self.ask_everyone)
        details_row.addStretch(1)

        # ----------------------------------------------------------- filters
        self.category_filter = named(
            QComboBox(), "questionCategoryFilter", self.tr("Show category")
        )
        self.category_filter.setMinimumContentsLength(10)
        self.round_filter = named(QComboBox(), "questionRoundFilter", self.tr("Show round"))
        self.round_filter.addItem(_text(SHOW_ALL), None)
        for text, key in _round_choices():
            self.round_filter.addItem(text, key)
        category_label_widget = QLabel(self.tr("Cate&gory"))
        category_label_widget.setBuddy(self.category_filter)
        round_label_widget = QLabel(self.tr("&Round"))
        round_label_widget.setBuddy(self.round_filter)
        self.count = named(QLabel(), "questionCount", self.tr("How many questions are shown"))
        self.delete_button = named(
            QPushButton(self.tr("Delete question…")),
            "deleteQuestionButton",
            self.tr("Delete the question"),
        )
        self.delete_button.setToolTip(self.tr("Delete the selected question (Delete)"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(category_label_widget)
        filter_row.addWidget(self.category_filter)
        filter_row.addSpacing(12)
        filter_row.addWidget(round_label_widget)
        filter_row.addWidget(self.round_filter)
        filter_row.addStretch(1)
        # Below the table, so the filters alone set how narrow the panel can be.
        footer_row = QHBoxLayout()
        footer_row.addWidget(self.count, 1)
        footer_row.addWidget(self.delete_button)

        # ------------------------------------------------------------- table
        self.model = QuestionBankModel(self)
        self.model.set_edit_handler(self._save_edit)
        self.table = named(_BankTable(), "questionTable", self.tr("Questions to ask"))
        self.table.setAccessibleDescription(self.tr("F2 edits a cell; Delete removes the question"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        widgets.name_headers(self.table)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(Column.QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (Column.CATEGORY, Column.ROUND, Column.SCOPE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(
            Column.CATEGORY,
            _ChoiceDelegate(
                lambda: [(text, key) for key, text in self._categories], self.table, typed=True
            ),
        )
        self.table.setItemDelegateForColumn(
            Column.ROUND, _ChoiceDelegate(_round_choices, self.table)
        )
        self.table.setItemDelegateForColumn(
            Column.SCOPE, _ChoiceDelegate(self._scope_choices, self.table)
        )
        self.hint = widgets.Hint("questionBankHint", _text(EMPTY_BANK))
        self.stack = QStackedWidget()
        self.stack.setObjectName("questionBankStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.scope_note)
        layout.addSpacing(4)
        layout.addLayout(add_row)
        layout.addLayout(details_row)
        layout.addSpacing(8)
        layout.addLayout(filter_row)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer_row)

        # In keyboard order; all but Delete are enabled once a journal is bound.
        self._controls: tuple[QWidget, ...] = (
            self.new_question,
            self.new_category,
            self.new_round,
            self.ask_everyone,
            self.add_button,
            self.category_filter,
            self.round_filter,
            self.table,
        )
        tab_chain([*self._controls, self.delete_button])

        self.new_question.returnPressed.connect(self.add_question)
        self.new_question.cancelled.connect(self.new_question.clear)
        self.add_button.clicked.connect(self.add_question)
        self.category_filter.currentIndexChanged.connect(self._on_filter_chosen)
        self.round_filter.currentIndexChanged.connect(self._on_filter_chosen)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.delete_requested.connect(self.delete_current)
        self._set_enabled(False)

    # ------------------------------------------------------------- binding
    @property
    def company_id(self) -> str | None:
        return self._company_id

    def bind(self, services: Services) -> None:
        """Use the journal's services; a new journal gets the starter questions."""
        self._services = services
        guarded(self, services.questions.ensure_starter_bank)
        self._set_enabled(True)
        # A hidden panel reads the bank when it is given a company (or None) to show.
        if self.isVisible():
            self.show_company(None)

    def show_company(self, company_id: str | None) -> bool:
        """The global bank (None) or one company's questions with the global ones."""
        services = self._services
        if services is None:
            return False
        name = ""
        if company_id is not None:
            company = guarded(self, lambda: services.research.company(company_id))
            if company is None:
                return False
            name = company.name
        if company_id != self._company_id:
            # Half a question typed for another company must not land on this one.
            self.new_question.clear()
        self._company_id, self._company_name = company_id, name
        self.model.set_scope_editable(company_id is not None)
        self.ask_everyone.setVisible(company_id is not None)
        self.ask_everyone.setChecked(False)
        self.table.setColumnHidden(Column.SCOPE, company_id is None)
        if company_id is None:
            self.scope_note.setText(
                self.tr("Asked of every company. Each company can add its own.")
            )
        else:
            self.scope_note.setText(
                self.tr(
                    "For {company}: its own questions (in bold) "
                    "and the ones asked of every company."
                ).format(company=name)
            )
        self.refresh()
        return True

    def select_question(self, question_id: str) -> bool:
        """Show one question (from a search result), clearing filters that hide it."""
        if self.model.row_of(question_id) < 0:
            self.category_filter.setCurrentIndex(0)
            self.round_filter.setCurrentIndex(0)
        row = self.model.row_of(question_id)
        if row < 0:
            return False
        index = self.model.index(row, Column.QUESTION)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_new_question(self) -> None:
        self.new_question.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -------------------------------------------------------------- reading
    def refresh(self) -> None:
        """Read the bank again with the chosen filters, keeping the current question."""
        services = self._services
        if services is None:
            return
        current = self._current_id()
        company_id = self._company_id
        categories = guarded(self, lambda: services.questions.categories(company_id))
        questions = guarded(
            self,
            lambda: services.questions.bank(
                company_id, category=self._chosen_category(), round_kind=self._chosen_round()
            ),
        )
        if categories is None or questions is None:
            return
        self._set_categories(categories)
        self.model.set_rows([QuestionRow.from_question(q, self._company_name) for q in questions])
        self._show_count()
        if current is not None:
            self._select(current)

    def _set_categories(self, categories: list[tuple[str, str]]) -> None:
        self._categories = categories
        chosen = self._chosen_category()
        # Refilling the combo is not the user choosing a filter.
        blocker = QSignalBlocker(self.category_filter)
        self.category_filter.clear()
        self.category_filter.addItem(_text(SHOW_ALL), None)
        for key, text in categories:
            self.category_filter.addItem(text, key)
        self.category_filter.addItem(_text(NO_CATEGORY), "")
        found = self.category_filter.findData(chosen) if chosen is not None else 0
        self.category_filter.setCurrentIndex(max(found, 0))
        blocker.unblock()
        typed = self.new_category.currentText()
        self.new_category.clear()
        for key, text in categories:
            self.new_category.addItem(text, key)
        self.new_category.setCurrentText(typed)

    def _chosen_category(self) -> str | None:
        value = self.category_filter.currentData()
        return None if value is None else str(value)

    def _chosen_round(self) -> str | None:
        value = self.round_filter.currentData()
        return None if value is None else str(value)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        filtered = self._chosen_category() is not None or self._chosen_round() is not None
        if shown:
            self.count.setText(self.tr("%Ln question(s)", "", shown))
            self.stack.setCurrentWidget(self.table)
        else:
            self.count.setText("")
            self.hint.set_hint(_text(NOTHING_MATCHES if filtered else EMPTY_BANK))
            self.stack.setCurrentWidget(self.hint)
        self.count.setAccessibleName(self.count.text() or self.tr("No questions shown"))
        self.delete_button.setEnabled(shown > 0)

    def _on_filter_chosen(self) -> None:
        # New questions start in the category and round being looked at, so they show up.
        category, round_kind = self._chosen_category(), self._chosen_round()
        if category is not None:
            self.new_category.setCurrentText(category_label(category) if category else "")
        if round_kind is not None:
            self.new_round.setCurrentIndex(max(self.new_round.findData(round_kind), 0))
        self.refresh()

    # ------------------------------------------------------------- changing
    def add_question(self) -> None:
        services = self._services
        text = self.new_question.text()
        if services is None or not text.strip():
            return
        company_id = None if self.ask_everyone.isChecked() else self._company_id
        category = self.new_category.currentText()
        round_kind = str(self.new_round.currentData() or "")
        added = guarded(
            self,
            lambda: services.questions.add(
                text, category=category, round_kind=round_kind, company_id=company_id
            ),
        )
        if added is None:
            return
        self.new_question.clear()
        self.refresh()
        if not self._select(added.id):
            report_info(self, self.tr("Question added; the filters hide it."))
        self.changed.emit()

    def delete_current(self) -> None:
        services = self._services
        row = self.table.currentIndex().row()
        if services is None or not 0 <= row < self.model.rowCount():
            return
        question = self.model.question(row)
        shown = question.text if len(question.text) <= 80 else question.text[:79] + "…"
        if not widgets.confirm(
            self,
            self.tr("Delete question"),
            self.tr(
                "Delete “{question}” from the bank? Rounds where you asked it forget it too."
            ).format(question=shown),
            self.tr("Delete"),
        ):
            return

        def remove() -> bool:
            services.questions.delete(question.id)
            return True

        if guarded(self, remove) is None:
            return
        self.refresh()
        if self.model.rowCount():
            next_row = min(row, self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(next_row, Column.QUESTION))
        self.changed.emit()

    def _save_edit(self, question_id: str, field: str, value: str) -> QuestionRow | None:
        services = self._services
        if services is None:
            return None
        questions = services.questions

        def store() -> Question:
            if field == "company_id":
                return questions.move_to_company(question_id, value or None)
            return questions.update(question_id, **{field: value})

        stored = guarded(self, store)
        if stored is None:
            return None
        self.changed.emit()
        return QuestionRow.from_question(stored, self._company_name)

    # --------------------------------------------------------------- helpers
    def _scope_choices(self) -> list[tuple[str, str]]:
        choices = [(_text(EVERY_COMPANY), "")]
        if self._company_id is not None:
            only = self.tr("Only {company}").format(company=self._company_name)
            choices.append((only, self._company_id))
        return choices

    def _current_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else None

    def _select(self, question_id: str) -> bool:
        row = self.model.row_of(question_id)
        if row < 0:
            return False
        index = self.model.index(row, Column.QUESTION)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _set_enabled(self, enabled: bool) -> None:
        for widget in self._controls:
            widget.setEnabled(enabled)
        self.delete_button.setEnabled(enabled and self.model.rowCount() > 0)
