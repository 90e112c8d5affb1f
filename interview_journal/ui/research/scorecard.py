"""The fit scorecard of one company, and the dialog where the user shapes the criteria.

A criterion is a row of real widgets (a score box and an evidence line): a user keeps a
handful of criteria, never hundreds, so a form reads and tabs better than an item view.
The criteria themselves are edited in a table over :class:`CriteriaTableModel`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.fit_rules import WEIGHT_MAX, WEIGHT_MIN, Criterion
from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui.feedback import InlineMessage, ReportsInline, guarded, report_info
from interview_journal.ui.layout import named, tab_chain
from interview_journal.ui.research import widgets
from interview_journal.ui.research.models import RowTableModel

if TYPE_CHECKING:
    from interview_journal.core.fit import FitService, Scorecard
    from interview_journal.core.services import Services

ModelIndex = QModelIndex | QPersistentModelIndex

# In English; shown through ``_text`` in the user's language. The score's number leads
# each label, so the choice reads the same whatever the language.
SCORE_LABELS = (
    QT_TRANSLATE_NOOP("ScorecardPanel", "Not scored"),
    QT_TRANSLATE_NOOP("ScorecardPanel", "1 · poor"),
    QT_TRANSLATE_NOOP("ScorecardPanel", "2 · weak"),
    QT_TRANSLATE_NOOP("ScorecardPanel", "3 · fair"),
    QT_TRANSLATE_NOOP("ScorecardPanel", "4 · good"),
    QT_TRANSLATE_NOOP("ScorecardPanel", "5 · excellent"),
)
NO_COMPANY = QT_TRANSLATE_NOOP("ScorecardPanel", "Pick a company to score how well it fits you.")
NO_CRITERIA = QT_TRANSLATE_NOOP(
    "ScorecardPanel",
    "No criteria yet. Choose “Edit criteria…” to add what matters to you, "
    "or to bring back the suggested ones.",
)
NO_VERDICT = QT_TRANSLATE_NOOP(
    "ScorecardPanel",
    "No gut verdict yet: would you spend your days there? Write it in a sentence on the profile.",
)
EVIDENCE_PROMPT = QT_TRANSLATE_NOOP("ScorecardPanel", "What makes you say so?")
EVIDENCE_NEEDS_SCORE = QT_TRANSLATE_NOOP(
    "ScorecardPanel", "Give a score too: the evidence is saved together with it."
)


def _text(source: str) -> str:
    """One of the English texts above in the user's language."""
    return QCoreApplication.translate("ScorecardPanel", source)


def format_weight(weight: float) -> str:
    """3.0 → "3", 2.5 → "2.5": weights read as plain numbers (the locale's decimal mark)."""
    return QLocale().toString(float(weight), "g", 6)


def format_fit(score: float | None) -> str:
    return "—" if score is None else QLocale().toString(float(score), "f", 1)


def format_coverage(share: float) -> str:
    return QCoreApplication.translate("ScorecardPanel", "{percent}%").format(
        percent=QLocale().toString(round(share * 100))
    )


def fit_phrase(score: float | None, coverage: float) -> str:
    if score is None:
        return QCoreApplication.translate("ScorecardPanel", "Not scored yet")
    return QCoreApplication.translate(
        "ScorecardPanel", "{fit} of 5 · {coverage} of the weight scored"
    ).format(fit=format_fit(score), coverage=format_coverage(coverage))


def bold(widget: QWidget, scale: float = 1.0) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


def quiet(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class ScoreBox(QComboBox):
    """A score choice that the mouse wheel changes only once it has focus.

    Scrolling down a long scorecard must not rescore every company it passes over.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.addItems([_text(label) for label in SCORE_LABELS])

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area scrolls instead


@dataclass
class _CriterionRow:
    """The widgets of one criterion, and what was last saved from them."""

    criterion: Criterion
    score: QComboBox
    evidence: QLineEdit
    saved_score: int | None
    saved_evidence: str


class ScorecardPanel(QWidget):
    """Scores one company against the user's criteria; saves each change as it is made."""

    score_changed = Signal(str)  # company id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "scorecardPanel", self.tr("Fit scorecard"))
        self._services: Services | None = None
        self._company_id: str | None = None
        self._rows: list[_CriterionRow] = []
        self.criteria_dialog: CriteriaDialog | None = None

        self.fit_label = named(QLabel(), "fitScore", self.tr("Weighted fit"))
        bold(self.fit_label, 1.35)
        self.fit_label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_criteria_button = named(
            QPushButton(self.tr("Edit criteria…")), "editCriteriaButton", self.tr("Edit criteria")
        )
        self.edit_criteria_button.setToolTip(
            self.tr("Add, remove, reorder and weigh your criteria")
        )
        header = QHBoxLayout()
        header.addWidget(self.fit_label, 1)
        header.addWidget(self.edit_criteria_button)

        self.verdict_label = named(QLabel(), "gutVerdict", self.tr("Gut verdict"))
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label.setWordWrap(True)

        self.grid_holder = QWidget()
        self.grid_holder.setObjectName("scorecardCriteria")
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(3, 1)
        self.criteria_scroll = named(QScrollArea(), "scorecardScroll", self.tr("Criteria"))
        # The boxes inside take focus; the scroll area itself is no stop for Tab.
        self.criteria_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.criteria_scroll.setWidgetResizable(True)
        self.criteria_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.criteria_scroll.setWidget(self.grid_holder)
        self.no_criteria = widgets.Hint("noCriteriaHint", _text(NO_CRITERIA))
        self.criteria_stack = named(QStackedWidget(), "scorecardCriteriaStack", self.tr("Criteria"))
        self.criteria_stack.addWidget(self.criteria_scroll)
        self.criteria_stack.addWidget(self.no_criteria)

        page = QWidget()
        page.setObjectName("scorecardPage")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(header)
        page_layout.addWidget(self.verdict_label)
        page_layout.addSpacing(8)
        page_layout.addWidget(self.criteria_stack, 1)
        self.page = page

        self.no_company = widgets.Hint("noCompanyScoreHint", _text(NO_COMPANY))
        self.stack = named(QStackedWidget(), "scorecardStack", self.tr("Fit scorecard"))
        self.stack.addWidget(page)
        self.stack.addWidget(self.no_company)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.stack)

        self.edit_criteria_button.clicked.connect(self.open_criteria_dialog)
        self.clear()

    # -------------------------------------------------------------- binding
    def bind(self, services: Services) -> None:
        self._services = services

    @property
    def company_id(self) -> str | None:
        return self._company_id

    def score_boxes(self) -> list[QComboBox]:
        """The score control of each criterion, in the criteria's order."""
        return [row.score for row in self._rows]

    def evidence_edits(self) -> list[QLineEdit]:
        return [row.evidence for row in self._rows]

    def show_company(self, company_id: str) -> bool:
        """Show the scorecard of ``company_id``; False (and an empty panel) if it is gone."""
        self.flush()
        if self._services is None:
            return False
        fit = self._services.fit
        card = guarded(self, lambda: fit.scorecard(company_id))
        if card is None:
            self.clear()
            return False
        self._company_id = company_id
        self._show(card)
        return True

    def clear(self) -> None:
        self.flush()
        self._company_id = None
        self._build_rows(None)
        self.stack.setCurrentWidget(self.no_company)

    def reload(self) -> None:
        if self._company_id is not None:
            self.show_company(self._company_id)

    def flush(self) -> None:
        """Save evidence still being typed (switching company does not always leave the field)."""
        for row in self._rows:
            if row.evidence.text().strip() != row.saved_evidence and row.saved_score is not None:
                self._save(row)

    # ------------------------------------------------------------- showing
    def _show(self, card: Scorecard) -> None:
        self._build_rows(card)
        self._show_fit(card)
        verdict = card.gut_verdict.strip()
        self.verdict_label.setText(
            self.tr("Gut verdict: {verdict}").format(verdict=verdict)
            if verdict
            else _text(NO_VERDICT)
        )
        self.verdict_label.setForegroundRole(
            QPalette.ColorRole.WindowText if verdict else QPalette.ColorRole.PlaceholderText
        )
        self.verdict_label.setAccessibleDescription(self.verdict_label.text())
        self.criteria_stack.setCurrentWidget(
            self.criteria_scroll if card.rows else self.no_criteria
        )
        self.stack.setCurrentWidget(self.page)

    def _show_fit(self, card: Scorecard) -> None:
        text = fit_phrase(card.weighted_score, card.coverage)
        if card.weighted_score is None and any(row.score is not None for row in card.rows):
            text = self.tr(
                "No fit yet: the scored criteria all weigh 0. Change a weight in “Edit criteria…”."
            )
        self.fit_label.setText(text)
        self.fit_label.setAccessibleDescription(text)

    def _build_rows(self, card: Scorecard | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hidden at once: deleteLater waits for the event loop, and must not show twice.
                widget.hide()
                widget.deleteLater()
        self._rows = []
        for line in range(self.grid.rowCount()):
            self.grid.setRowStretch(line, 0)
        if card is None:
            return
        for number, scored in enumerate(card.rows):
            criterion = scored.criterion
            name = QLabel(criterion.name)
            name.setObjectName(f"criterionName{number}")
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setToolTip(criterion.description)
            bold(name)
            weight_text = self.tr("weight {weight}").format(weight=format_weight(criterion.weight))
            weight = quiet(QLabel(weight_text))
            weight.setObjectName(f"criterionWeight{number}")
            weight.setToolTip(self.tr("How much this criterion counts, from 0 to 10"))
            score = named(
                ScoreBox(),
                f"criterionScore{number}",
                self.tr("Score for {criterion}").format(criterion=criterion.name),
            )
            score.setCurrentIndex(scored.score or 0)
            score.setToolTip(criterion.description)
            # The weight is only written in a quiet label beside the box: say it here too.
            described = (
                f"{weight_text}. {criterion.description}" if criterion.description else weight_text
            )
            score.setAccessibleDescription(described)
            evidence = named(
                QLineEdit(scored.evidence),
                f"criterionEvidence{number}",
                self.tr("Evidence for {criterion}").format(criterion=criterion.name),
            )
            evidence.setPlaceholderText(_text(EVIDENCE_PROMPT))
            evidence.setToolTip(self.tr("A line of evidence; saved together with the score"))
            name.setBuddy(score)
            row = _CriterionRow(criterion, score, evidence, scored.score, scored.evidence)
            score.activated.connect(lambda _index, row=row: self._save(row))
            evidence.editingFinished.connect(lambda row=row: self._evidence_left(row))
            self.grid.addWidget(name, number, 0)
            self.grid.addWidget(weight, number, 1)
            self.grid.addWidget(score, number, 2)
            self.grid.addWidget(evidence, number, 3)
            self._rows.append(row)
        self.grid.setRowStretch(len(card.rows), 1)
        # Keyboard order is reading order: the button in the header above the criteria,
        # then each score and its evidence, row by row.
        chain: list[QWidget] = [w for row in self._rows for w in (row.score, row.evidence)]
        tab_chain([self.edit_criteria_button, *chain])

    # -------------------------------------------------------------- saving
    def _evidence_left(self, row: _CriterionRow) -> None:
        if row.evidence.text().strip() == row.saved_evidence:
            return
        if row.score.currentIndex() == 0:
            report_info(self, _text(EVIDENCE_NEEDS_SCORE))
            return
        self._save(row)

    def _save(self, row: _CriterionRow) -> None:
        services, company_id = self._services, self._company_id
        if services is None or company_id is None:
            return
        score = row.score.currentIndex() or None
        evidence = row.evidence.text()
        card = guarded(
            self, lambda: services.fit.set_score(company_id, row.criterion.id, score, evidence)
        )
        if card is None:
            row.score.setCurrentIndex(row.saved_score or 0)
            return
        row.saved_score = score
        # Clearing a score clears its evidence in the journal; the typed line stays on screen
        # so that picking a score again saves it.
        row.saved_evidence = evidence.strip() if score is not None else ""
        self._show_fit(card)
        self.score_changed.emit(company_id)

    # ------------------------------------------------------------ criteria
    def open_criteria_dialog(self) -> CriteriaDialog | None:
        """Open the criteria editor (window-modal, not blocking); the panel reloads after."""
        if self._services is None:
            return None
        self.flush()
        dialog = CriteriaDialog(self._services.fit, self)
        dialog.finished.connect(self._criteria_edited)
        self.criteria_dialog = dialog
        dialog.open()
        return dialog

    def _criteria_edited(self) -> None:
        dialog, self.criteria_dialog = self.criteria_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.reload()
        if self._company_id is not None:
            self.score_changed.emit(self._company_id)


# ------------------------------------------------------------- criteria editor
NAME_COLUMN, WEIGHT_COLUMN, DESCRIPTION_COLUMN = range(3)
_HEADERS = (
    QT_TRANSLATE_NOOP("CriteriaTableModel", "Criterion"),
    QT_TRANSLATE_NOOP("CriteriaTableModel", "Weight"),
    QT_TRANSLATE_NOOP("CriteriaTableModel", "What it means"),
)
_FIELDS = ("name", "weight", "description")

# Saves one field of one criterion; returns the saved criterion, or None if it was refused.
SaveCriterion = Callable[[str, str, Any], Criterion | None]


class CriteriaTableModel(RowTableModel):
    """The user's criteria: name, weight and description, each editable in place."""

    def __init__(self, save: SaveCriterion | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._save = save

    def criterion(self, row: int) -> Criterion:
        criterion: Criterion = self._rows[row]
        return criterion

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CriteriaTableModel", _HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section == WEIGHT_COLUMN:
                return self.tr("0 counts for nothing, 10 counts most")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._save is not None else base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        criterion = self._rows[index.row()]
        column = index.column()
        values = (criterion.name, criterion.weight, criterion.description)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_weight(criterion.weight) if column == WEIGHT_COLUMN else values[column]
        if role == Qt.ItemDataRole.EditRole:
            return values[column]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            weighed = self.tr("{criterion}, weight {weight}").format(
                criterion=criterion.name, weight=format_weight(criterion.weight)
            )
            return f"{weighed}: {criterion.description}" if criterion.description else weighed
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WEIGHT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            self._save is None
            or role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        criterion = self._rows[index.row()]
        field = _FIELDS[index.column()]
        if value == getattr(criterion, field):
            return False
        saved = self._save(criterion.id, field, value)
        if saved is None:
            return False
        self._rows[index.row()] = saved
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        return True


class WeightDelegate(QStyledItemDelegate):
    """Edits a weight with a spin box bounded like the rule (0 to 10, in halves)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = named(QDoubleSpinBox(parent), "criterionWeightEditor", self.tr("Weight"))
        editor.setRange(WEIGHT_MIN, WEIGHT_MAX)
        editor.setDecimals(1)
        editor.setSingleStep(0.5)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class CriteriaDialog(ReportsInline, QDialog):
    """Add, rename, weigh, describe, reorder and delete the fit criteria."""

    def __init__(self, fit: FitService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "criteriaDialog", self.tr("Fit criteria"))
        self.setWindowTitle(self.tr("Fit criteria"))
        self._fit = fit

        intro = quiet(
            QLabel(
                self.tr(
                    "What matters to you in a workplace, and how much. "
                    "A weight of 0 counts for nothing; 10 counts most."
                )
            )
        )
        intro.setWordWrap(True)
        self.model = CriteriaTableModel(self._save_field, self)
        self.table = named(QTableView(), "criteriaTable", self.tr("Criteria"))
        self.table.setAccessibleDescription(
            self.tr(
                "Enter or F2 edits a cell; Delete removes the criterion; Ctrl+Up and Down move it"
            )
        )
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(WEIGHT_COLUMN, WeightDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        widgets.name_headers(self.table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WEIGHT_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        header.resizeSection(NAME_COLUMN, 190)
        header.resizeSection(WEIGHT_COLUMN, 70)
        self.empty_hint = widgets.Hint(
            "noCriteriaDialogHint",
            self.tr("No criteria. Add one, or restore the suggested ones to start from."),
        )
        self.message = InlineMessage("criteriaMessage")

        self.add_button = named(
            QPushButton(self.tr("Add")), "addCriterionButton", self.tr("Add criterion")
        )
        self.add_button.setToolTip(self.tr("Add a criterion (Ctrl+N)"))
        self.delete_button = named(
            QPushButton(self.tr("Delete…")), "deleteCriterionButton", self.tr("Delete criterion")
        )
        self.delete_button.setToolTip(
            self.tr("Delete the selected criterion and its scores (Delete)")
        )
        self.up_button = named(
            QPushButton(self.tr("Move up")), "moveCriterionUpButton", self.tr("Move up")
        )
        self.up_button.setToolTip(self.tr("Move the selected criterion up (Ctrl+Up)"))
        self.down_button = named(
            QPushButton(self.tr("Move down")), "moveCriterionDownButton", self.tr("Move down")
        )
        self.down_button.setToolTip(self.tr("Move the selected criterion down (Ctrl+Down)"))
        self.restore_button = named(
            QPushButton(self.tr("Restore suggested")),
            "restoreCriteriaButton",
            self.tr("Restore suggested criteria"),
        )
        self.restore_button.setToolTip(self.tr("Add back any suggested criterion you removed"))
        side = QVBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        self.restore_button.setAutoDefault(False)
        side.addWidget(self.restore_button)

        self.buttons = named(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close),
            "criteriaButtons",
            self.tr("Close"),
        )
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "closeCriteriaButton", self.tr("Close"))
        # Enter belongs to the table's editors; it must never close the dialog by default.
        close.setAutoDefault(False)

        body = QHBoxLayout()
        table_column = QVBoxLayout()
        table_column.addWidget(self.table, 1)
        table_column.addWidget(self.empty_hint)
        body.addLayout(table_column, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.empty_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        for key, action in (
            (QKeySequence.StandardKey.New, self.add_criterion),
            (QKeySequence(Qt.Key.Key_Delete), self.delete_selected),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up), lambda: self.move_selected(-1)),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down), lambda: self.move_selected(1)),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self.add_button.clicked.connect(self.add_criterion)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.restore_button.clicked.connect(self.restore_defaults)

        chain: list[QWidget] = [
            self.table,
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.restore_button,
            *self.buttons.buttons(),
        ]
        tab_chain(chain)
        self.resize(860, 440)
        self.reload()
        self.table.setFocus()

    # ------------------------------------------------------------- messages
    # -------------------------------------------------------------- actions
    def reload(self, select_id: str | None = None) -> None:
        current = select_id or self.selected_id()
        criteria = guarded(self, self._fit.criteria) or []
        self.model.set_rows(criteria)
        self.empty_hint.setVisible(not criteria)
        row = self.model.row_of(current) if current else -1
        if row < 0 and criteria:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, NAME_COLUMN),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        has_rows = bool(criteria)
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has_rows)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.criterion(index.row()).id

    def add_criterion(self) -> Criterion | None:
        taken = {self.model.criterion(row).name.casefold() for row in range(self.model.rowCount())}
        name, number = self.tr("New criterion"), 2
        while name.casefold() in taken:
            name = self.tr("New criterion {number}").format(number=number)
            number += 1
        added = guarded(self, lambda: self._fit.add_criterion(name))
        if added is None:
            return None
        self.reload(added.id)
        # Straight into typing its real name.
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())
        return added

    def delete_selected(self) -> bool:
        criterion_id = self.selected_id()
        if criterion_id is None:
            return False
        criterion = self.model.criterion(self.model.row_of(criterion_id))
        if not widgets.confirm(
            self,
            self.tr("Delete criterion"),
            self.tr("Delete “{criterion}” and the scores every company has on it?").format(
                criterion=criterion.name
            ),
            self.tr("Delete"),
        ):
            return False

        def delete() -> bool:
            self._fit.delete_criterion(criterion_id)
            return True

        if not guarded(self, delete):
            return False
        row = self.model.row_of(criterion_id)
        following = self.model.rowCount() > row + 1
        next_id = self.model.criterion(row + 1 if following else max(row - 1, 0)).id
        self.reload(next_id if next_id != criterion_id else None)
        self.table.setFocus()
        return True

    def move_selected(self, offset: int) -> None:
        criterion_id = self.selected_id()
        if criterion_id is None:
            return
        if guarded(self, lambda: self._fit.move_criterion(criterion_id, offset)) is not None:
            self.reload(criterion_id)

    def restore_defaults(self) -> None:
        added = guarded(self, self._fit.restore_defaults)
        if added is None:
            return
        self.reload()
        if added == 0:
            self.show_message(self.tr("Every suggested criterion is already here."))
        else:
            self.show_message(self.tr("Added back %n suggested criteri(on/a).", "", added))

    def _save_field(self, criterion_id: str, field: str, value: Any) -> Criterion | None:
        fit = self._fit

        def update() -> Criterion:
            if field == "weight":
                return fit.update_criterion(criterion_id, weight=float(value))
            if field == "name":
                return fit.update_criterion(criterion_id, name=str(value))
            return fit.update_criterion(criterion_id, description=str(value))

        saved = guarded(self, update)
        if saved is not None:
            self.message.hide()
        return saved
