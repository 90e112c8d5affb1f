"""The offers view: each offer's terms in a form, and every offer side by side with its fit.

The comparison has one column per offer and one row per attribute, so two or three offers
read like a table in a notebook; the company's weighted fit sits in the last row, and the
best fit among the open offers is marked in words and in bold, not by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QHideEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.vocabulary import OFFER_STATUSES, label, labels
from interview_journal.ui.bounded_text import BoundedTextEdit
from interview_journal.ui.feedback import guarded, report_error, report_info
from interview_journal.ui.i18n import format_date, format_number
from interview_journal.ui.layout import named, side_by_side, tab_chain
from interview_journal.ui.number_fields import CheckedDoubleSpinBox
from interview_journal.ui.research.models import (
    DATE_FORMAT,
    DetailRole,
    IdRole,
    RowListModel,
    RowRole,
    RowTableModel,
)
from interview_journal.ui.research.scorecard import format_coverage, format_fit
from interview_journal.ui.research.widgets import Hint, TwoLineDelegate, confirm

if TYPE_CHECKING:
    from interview_journal.core.offers import ApplicationChoice, OfferComparisonRow, OfferRow
    from interview_journal.core.services import Services
    from interview_journal.storage.tables import Offer

ModelIndex = QModelIndex | QPersistentModelIndex

# Kept here rather than imported from core.offers: the view must not pull in the
# database stack at start-up (core.offers imports core.fit).
OPEN_STATUSES = frozenset({"received", "negotiating"})
SALARY_MAX = 99_999_999
NOT_GIVEN = "—"
# Marked for translation here (Qt's QT_TRANSLATE_NOOP), translated where shown, so the
# translators installed at start-up are in place by then.
NO_OFFERS = QT_TRANSLATE_NOOP(
    "OffersView",
    "No offers yet.\nWhen a company makes you an offer, press “New offer” (Ctrl+Shift+N), "
    "choose the application it answers, and write down the base, bonus, equity, benefits, "
    "start date and the deadline to answer. With two or more, “Compare side by side” puts "
    "them next to each company's fit.",
)
NO_APPLICATIONS = QT_TRANSLATE_NOOP(
    "OffersView",
    "An offer belongs to an application. Add the company and its application in the "
    "pipeline first, then record the offer here.",
)
NO_SELECTION = QT_TRANSLATE_NOOP("OffersView", "Choose an offer on the left, or record a new one.")
PAST_DEADLINE = QT_TRANSLATE_NOOP(
    "OffersView", "This deadline has passed. Ask for more time, or mark the offer expired."
)
# The years the journal accepts (core.activity.checked_day); the date fields stop there.
FIRST_DAY = QDate(1900, 1, 1)
LAST_DAY = QDate(2199, 12, 31)
# A date further than this from today is most likely a slip of the year: said, not refused.
FAR_YEARS = 5
RECORDED = QT_TRANSLATE_NOOP("OffersView", "Recorded the offer; it is on the timeline.")
SAVED = QT_TRANSLATE_NOOP("OffersView", "Saved.")
BEST_FIT = QT_TRANSLATE_NOOP("OffersView", "best fit")


def _t(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP above, in the user's language."""
    return QCoreApplication.translate("OffersView", text)


def money(amount: float | None, currency: str) -> str:
    if amount is None:
        return NOT_GIVEN
    text = format_number(round(amount))
    return f"{text} {currency}" if currency else text


def deadline_phrase(deadline: date | None, days: int | None) -> str:
    if deadline is None or days is None:
        return NOT_GIVEN
    when = format_date(deadline)
    # Called on the class: pyside6-lupdate marks a plural (numerus) string only in tr(),
    # and the stubs type tr() as an instance method.
    if days < 0:
        passed = OffersView.tr("{date} (passed %n d ago)", "", -days)  # type: ignore[arg-type]
        return passed.format(date=when)
    if days == 0:
        return QCoreApplication.translate("OffersView", "{date} (today)").format(date=when)
    left = OffersView.tr("{date} (%n day(s) left)", "", days)  # type: ignore[arg-type]
    return left.format(date=when)


def company_or_unknown(name: str | None) -> str:
    return name or QCoreApplication.translate("OffersView", "Unknown company")


def offer_title(row: OfferRow) -> str:
    name = company_or_unknown(row.company_name)
    return f"{name} — {row.role}" if row.role else name


def offer_detail(row: OfferRow, today: date) -> str:
    offer = row.offer
    parts = [label(OFFER_STATUSES, offer.status)]
    if offer.base_salary is not None:
        parts.append(money(offer.base_salary, offer.currency))
    if offer.deadline is not None and offer.status in OPEN_STATUSES:
        phrase = deadline_phrase(offer.deadline, (offer.deadline - today).days)
        parts.append(
            QCoreApplication.translate("OffersView", "answer by {deadline}").format(deadline=phrase)
        )
    return " · ".join(parts)


class OfferListModel(RowListModel):
    def __init__(self, parent: Any = None) -> None:
        role = Qt.ItemDataRole
        super().__init__(
            {
                role.DisplayRole: offer_title,
                role.ToolTipRole: lambda r: f"{offer_title(r)}, {offer_detail(r, date.today())}",
                role.AccessibleTextRole: lambda r: (
                    f"{offer_title(r)}, {offer_detail(r, date.today())}"
                ),
                DetailRole: lambda r: offer_detail(r, date.today()),
                IdRole: lambda r: r.id,
                RowRole: lambda r: r,
            },
            parent,
        )

    def offer_row(self, row: int) -> OfferRow:
        value: OfferRow = self._rows[row]
        return value


# ----------------------------------------------------------------- comparison
@dataclass(frozen=True)
class Attribute:
    key: str
    label: str


# The labels are translated where shown (``_t``).
ATTRIBUTES: tuple[Attribute, ...] = (
    Attribute("base", QT_TRANSLATE_NOOP("OffersView", "Base salary")),
    Attribute("bonus", QT_TRANSLATE_NOOP("OffersView", "Bonus")),
    Attribute("equity", QT_TRANSLATE_NOOP("OffersView", "Equity")),
    Attribute("benefits", QT_TRANSLATE_NOOP("OffersView", "Benefits")),
    Attribute("start", QT_TRANSLATE_NOOP("OffersView", "Start date")),
    Attribute("deadline", QT_TRANSLATE_NOOP("OffersView", "Answer by")),
    Attribute("location", QT_TRANSLATE_NOOP("OffersView", "Location / remote")),
    Attribute("status", QT_TRANSLATE_NOOP("OffersView", "Status")),
    Attribute("fit", QT_TRANSLATE_NOOP("OffersView", "Company fit")),
)
FIT_ROW = len(ATTRIBUTES) - 1


def fit_text(row: OfferComparisonRow) -> str:
    if row.fit is None:
        return QCoreApplication.translate("OffersView", "Not scored yet")
    return QCoreApplication.translate("OffersView", "{fit} of 5 · {coverage} scored").format(
        fit=format_fit(row.fit), coverage=format_coverage(row.fit_coverage)
    )


class OfferComparisonModel(RowTableModel):
    """One column per offer, one row per attribute; the best open fit is marked."""

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        scored = [r for r in self._rows if r.fit is not None and r.is_open]
        best = max((r.fit for r in scored), default=None)
        self._best = {r.offer_id for r in scored if r.fit == best}
        self.endResetModel()

    @staticmethod
    def row_key(row: Any) -> str:
        return str(row.offer_id)

    def rows(self) -> list[OfferComparisonRow]:
        return list(self._rows)

    def best_columns(self) -> list[int]:
        return [n for n, r in enumerate(self._rows) if r.offer_id in getattr(self, "_best", ())]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._rows else len(ATTRIBUTES)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return _t(ATTRIBUTES[section].label) if 0 <= section < len(ATTRIBUTES) else None
        if not 0 <= section < len(self._rows):
            return None
        row = self._rows[section]
        name = company_or_unknown(row.company_name)
        title = f"{name}\n{row.role}" if row.role else name
        if role == Qt.ItemDataRole.ToolTipRole and not row.is_open:
            # A decided offer's column is drawn quieter; the tooltip says why in words.
            return self.tr("{offer} (decided: {status})").format(
                offer=title.replace("\n", " — "), status=label(OFFER_STATUSES, row.status)
            )
        return title

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._rows):
            return None
        if not 0 <= index.row() < len(ATTRIBUTES):
            return None
        offer = self._rows[index.column()]
        best = index.row() == FIT_ROW and offer.offer_id in getattr(self, "_best", ())
        if role == IdRole:
            return offer.offer_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(offer, ATTRIBUTES[index.row()].key)
            return f"★ {text} · {_t(BEST_FIT)}" if best else text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(offer, ATTRIBUTES[index.row()].key)
            suffix = f", {_t(BEST_FIT)}" if best else ""
            return self.tr("{company}, {attribute}: {value}").format(
                company=company_or_unknown(offer.company_name),
                attribute=_t(ATTRIBUTES[index.row()].label),
                value=text + suffix,
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and best:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not offer.is_open:
            # Decided offers stay readable but step back; the status row says why.
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.BackgroundRole and best:
            return QPalette().color(QPalette.ColorRole.AlternateBase).darker(108)
        return None

    @staticmethod
    def _text(row: OfferComparisonRow, key: str) -> str:
        if key == "base":
            return money(row.base_salary, row.currency)
        if key == "start":
            return format_date(row.start_date) if row.start_date else NOT_GIVEN
        if key == "deadline":
            return deadline_phrase(row.deadline, row.days_to_deadline)
        if key == "status":
            return label(OFFER_STATUSES, row.status)
        if key == "fit":
            return fit_text(row)
        value = str(getattr(row, key))
        return " ".join(value.split()) or NOT_GIVEN


# ---------------------------------------------------------------------- form
class OptionalDate(QWidget):
    """A date with a "not set" box: an offer may have no start date or no deadline yet."""

    def __init__(self, object_name: str, accessible: str, unset_text: str) -> None:
        super().__init__()
        self.edit = named(QDateEdit(), object_name, accessible)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setDateRange(FIRST_DAY, LAST_DAY)
        self.edit.setDate(QDate.currentDate())
        self.unset = named(
            QCheckBox(unset_text),
            object_name + "Unset",
            self.tr("{field}: none").format(field=accessible),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.unset)
        layout.addStretch(1)
        self.unset.toggled.connect(lambda checked: self.edit.setEnabled(not checked))
        # No focus proxy: Qt's Tab walk treats a widget with one as a stop of its own, and
        # Tab from the last button came back here instead of leaving the form.

    def value(self) -> date | None:
        if self.unset.isChecked():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: date | None) -> None:
        self.unset.setChecked(value is None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class OffersView(QWidget):
    """The ``JournalView`` of offers; ``navigate`` asks the window to show something else."""

    navigate = Signal(str, str)  # ("company", id), ("timeline_application", id), ...
    changed = Signal()  # after anything was written: reminders and status bar may move

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "offersView", self.tr("Offers"))
        self._services: Services | None = None
        self._offer: Offer | None = None
        self._new = False
        self._switching = False
        self._loaded: dict[str, Any] = {}

        # ------------------------------------------------------------- list
        self.model = OfferListModel(self)
        self.list = named(QListView(), "offerList", self.tr("Offers"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.empty = Hint("noOffersHint", _t(NO_OFFERS))
        self.list_stack = named(QStackedWidget(), "offerListStack", self.tr("Offers"))
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)
        self.new_button = named(
            QPushButton(self.tr("&New offer")), "newOfferButton", self.tr("New offer")
        )
        self.new_button.setToolTip(self.tr("New offer (Ctrl+Shift+N)"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 8, 6, 0)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.new_button)
        left.setMinimumWidth(240)

        # ------------------------------------------------------------- form
        self.heading = QLabel()
        self.heading.setObjectName("offerHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # A long company and role wrap rather than being cut at the window's minimum width.
        self.heading.setWordWrap(True)
        self.application = named(QComboBox(), "offerApplication", self.tr("Application"))
        self.base = named(
            CheckedDoubleSpinBox(
                self.tr("Base salary"),
                self.tr("up to {amount}.").format(amount=format_number(SALARY_MAX)),
            ),
            "offerBase",
            self.tr("Base salary"),
        )
        self.base.setRange(0, SALARY_MAX)
        self.base.setDecimals(0)
        self.base.setSingleStep(1000)
        self.base.setGroupSeparatorShown(True)
        self.base.setSpecialValueText(self.tr("Not given"))
        self.currency = named(QLineEdit(), "offerCurrency", self.tr("Currency"))
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("EUR"))
        self.currency.setMaximumWidth(self.currency.fontMetrics().horizontalAdvance("WWWW") + 16)
        self.bonus = named(QLineEdit(), "offerBonus", self.tr("Bonus"))
        self.bonus.setPlaceholderText(self.tr("e.g. 10% target, signing bonus 5,000"))
        self.equity = named(QLineEdit(), "offerEquity", self.tr("Equity"))
        self.equity.setPlaceholderText(self.tr("e.g. 2,000 RSUs over 4 years"))
        self.benefits = named(QLineEdit(), "offerBenefits", self.tr("Benefits"))
        self.benefits.setPlaceholderText(self.tr("Holidays, pension, health, learning budget…"))
        self.start = OptionalDate("offerStartDate", self.tr("Start date"), self.tr("Not agreed"))
        self.deadline = OptionalDate(
            "offerDeadline", self.tr("Deadline to answer"), self.tr("No deadline")
        )
        self.deadline_warning = QLabel(_t(PAST_DEADLINE))
        self.deadline_warning.setObjectName("offerDeadlineWarning")
        self.deadline_warning.hide()
        self.deadline_warning.setWordWrap(True)
        self.date_warning = QLabel()
        self.date_warning.setObjectName("offerDateWarning")
        self.date_warning.setWordWrap(True)
        self.date_warning.hide()
        for warning in (self.deadline_warning, self.date_warning):
            # Wrapped at the window's minimum width, one line when there is room.
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            warning.setSizePolicy(policy)
        self.location = named(QLineEdit(), "offerLocation", self.tr("Location or remote"))
        self.location.setPlaceholderText(self.tr("e.g. Lyon, hybrid 2 days; remote (EU)"))
        self.status = named(QComboBox(), "offerStatus", self.tr("Status"))
        for key, text in labels(OFFER_STATUSES).items():
            self.status.addItem(text, key)
        self.notes = named(BoundedTextEdit(), "offerNegotiationNotes", self.tr("Negotiation notes"))
        self.notes.setPlaceholderText(
            self.tr("What you asked for, what they said, what to ask next…")
        )
        self.notes.setTabChangesFocus(True)
        self.save_button = named(
            QPushButton(self.tr("&Save")), "saveOfferButton", self.tr("Save offer")
        )
        self.save_button.setDefault(False)
        self.delete_button = named(
            QPushButton(self.tr("Delete offer…")), "deleteOfferButton", self.tr("Delete")
        )
        self.company_button = named(
            QPushButton(self.tr("Open company")), "openOfferCompany", self.tr("Open the company")
        )

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        def row(text: str, field: QWidget, *extra: QWidget) -> None:
            caption = QLabel(text)
            caption.setBuddy(field.edit if isinstance(field, OptionalDate) else field)
            if not extra:
                form.addRow(caption, field)
                return
            line = QHBoxLayout()
            line.addWidget(field)
            for widget in extra:
                line.addWidget(widget)
            line.addStretch(1)
            form.addRow(caption, line)

        row(self.tr("A&pplication"), self.application)
        currency_label = QLabel(self.tr("C&urrency"))
        currency_label.setBuddy(self.currency)
        row(self.tr("&Base salary"), self.base, currency_label, self.currency)
        row(self.tr("Bon&us"), self.bonus)
        row(self.tr("&Equity"), self.equity)
        row(self.tr("Bene&fits"), self.benefits)
        row(self.tr("S&tart date"), self.start)
        row(self.tr("&Deadline"), self.deadline)
        form.addRow("", self.deadline_warning)
        form.addRow("", self.date_warning)
        row(self.tr("&Location / remote"), self.location)
        row(self.tr("St&atus"), self.status)
        row(self.tr("Negotiation n&otes"), self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.company_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        detail = QWidget()
        detail.setObjectName("offerDetail")
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 8, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(form, 1)
        detail_layout.addLayout(buttons)
        self.no_selection = Hint("noOfferSelectedHint", _t(NO_SELECTION))
        self.detail_stack = named(QStackedWidget(), "offerDetailStack", self.tr("Offer"))
        self.detail_stack.addWidget(detail)
        self.detail_stack.addWidget(self.no_selection)
        self.detail = detail
        offers_tab = side_by_side(
            "offersSplitter", left, self.detail_stack, stretch=(2, 5), sizes=(320, 820)
        )

        # ------------------------------------------------------- comparison
        self.comparison_model = OfferComparisonModel(self)
        self.table = named(QTableView(), "offerComparisonTable", self.tr("Offers side by side"))
        self.table.setModel(self.comparison_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(160)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Room around each line: the table is read across, attribute by attribute.
        vertical.setMinimumSectionSize(self.table.fontMetrics().height() + 14)
        self.compare_hint = Hint("noOffersToCompareHint", _t(NO_OFFERS))
        self.compare_stack = named(
            QStackedWidget(), "offerComparisonStack", self.tr("Offers side by side")
        )
        self.compare_stack.addWidget(self.table)
        self.compare_stack.addWidget(self.compare_hint)
        intro = QLabel(
            self.tr(
                "Open offers first, best company fit first. The fit comes from each company's "
                "scorecard in Research. Press Enter on a column to open that offer."
            )
        )
        intro.setObjectName("offerComparisonIntro")
        intro.setWordWrap(True)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        compare_tab = QWidget()
        compare_tab.setObjectName("offerCompareTab")
        compare_layout = QVBoxLayout(compare_tab)
        compare_layout.setContentsMargins(0, 8, 0, 0)
        compare_layout.addWidget(intro)
        compare_layout.addWidget(self.compare_stack, 1)

        self.tabs = named(QTabWidget(), "offerTabs", self.tr("Offer sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(offers_tab, self.tr("&Offers"))
        self.tabs.addTab(compare_tab, self.tr("&Compare side by side"))
        self.offers_tab, self.compare_tab = offers_tab, compare_tab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)

        chain: list[QWidget] = [
            self.tabs.tabBar(),
            self.list,
            self.new_button,
            self.application,
            self.base,
            self.currency,
            self.bonus,
            self.equity,
            self.benefits,
            self.start.edit,
            self.start.unset,
            self.deadline.edit,
            self.deadline.unset,
            self.location,
            self.status,
            self.notes,
            self.company_button,
            self.delete_button,
            self.save_button,
        ]
        tab_chain(chain)

        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.new_button.clicked.connect(self.new_offer)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.company_button.clicked.connect(self._open_company)
        self.deadline.edit.dateChanged.connect(self._update_warning)
        self.deadline.unset.toggled.connect(self._update_warning)
        self.start.edit.dateChanged.connect(self._update_warning)
        self.start.unset.toggled.connect(self._update_warning)
        self.base.refused.connect(lambda reason: report_error(self, reason))
        self.table.activated.connect(self._comparison_activated)
        self.tabs.currentChanged.connect(self._tab_changed)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_offer)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self._show(None)

    # ------------------------------------------------------------ contract
    def attach(self, services: Services) -> None:
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        if self._services is None:
            return
        offers = self._services.offers
        rows = guarded(self, offers.offers)
        choices = guarded(self, offers.applications)
        if rows is None or choices is None:
            return
        self._fill_applications(choices)
        current = self._offer.id if self._offer is not None else None
        self._switching = True
        try:
            self.model.set_rows(rows)
        finally:
            self._switching = False
        self.list_stack.setCurrentWidget(self.list if rows else self.empty)
        if current is not None and self.model.row_of(current) >= 0:
            self._mark_current(current)
            if not self.is_dirty:
                self._load(current)
        elif not self._new:
            self._show(None)
        self.refresh_comparison()

    def refresh_comparison(self) -> None:
        if self._services is None:
            return
        rows = guarded(self, self._services.offers.comparison)
        if rows is None:
            return
        self.comparison_model.set_rows(rows)
        self.compare_stack.setCurrentWidget(self.table if rows else self.compare_hint)

    def focus_primary(self) -> None:
        target = self.list if self.model.rowCount() else self.new_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        # Fit scores change in Research while this view is hidden.
        super().showEvent(event)
        if self._services is not None and not event.spontaneous():
            self.refresh_comparison()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.save_pending()
        super().hideEvent(event)

    def save_pending(self) -> bool:
        """Keep edits of a recorded offer (a new one waits for its explicit Record)."""
        if self.is_dirty and not self._new:
            return self.save()
        return True

    # ---------------------------------------------------------------- list
    def _fill_applications(self, choices: list[ApplicationChoice]) -> None:
        keep = self.application.currentData()
        self.application.blockSignals(True)
        self.application.clear()
        for choice in choices:
            text = choice.company_name + (f" — {choice.role}" if choice.role else "")
            if choice.closed:
                text = self.tr("{application} (closed)").format(application=text)
            self.application.addItem(text, choice.application_id)
        self.application.setCurrentIndex(max(self.application.findData(keep), 0))
        self.application.blockSignals(False)

    def _mark_current(self, offer_id: str) -> None:
        row = self.model.row_of(offer_id)
        self._switching = True
        try:
            if row >= 0:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            else:
                self.list.selectionModel().clear()
        finally:
            self._switching = False

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        target = str(current.data(IdRole))
        if not self._leave():
            if self._offer is not None:
                self._mark_current(self._offer.id)
            else:
                self._mark_current("")
            return
        self._load(target)

    def select_offer(self, offer_id: str) -> bool:
        if self.model.row_of(offer_id) < 0 or not self._leave():
            return False
        self.tabs.setCurrentWidget(self.offers_tab)
        self._mark_current(offer_id)
        self._load(offer_id)
        return True

    def _leave(self) -> bool:
        """Save what was typed before another offer is shown; False keeps the form as it is."""
        if not self.is_dirty:
            return True
        return self.save()

    # ---------------------------------------------------------------- form
    def _values(self) -> dict[str, Any]:
        return {
            "application_id": self.application.currentData(),
            "base_salary": self.base.value() or None,
            "currency": self.currency.text(),
            "bonus": self.bonus.text(),
            "equity": self.equity.text(),
            "benefits": self.benefits.text(),
            "start_date": self.start.value(),
            "deadline": self.deadline.value(),
            "location": self.location.text(),
            "status": self.status.currentData(),
            "negotiation_notes": self.notes.toPlainText(),
        }

    @property
    def is_dirty(self) -> bool:
        if self.detail_stack.currentWidget() is not self.detail:
            return False
        values = self._values()
        if self._new:
            # Picking only the application of a new offer is not worth recording yet.
            ignored = ("application_id", "status")
            return any(values[k] != self._loaded[k] for k in values if k not in ignored)
        return values != self._loaded

    def _load(self, offer_id: str) -> None:
        if self._services is None:
            return
        offers = self._services.offers
        offer = guarded(self, lambda: offers.offer(offer_id))
        self._show(offer)

    def _show(self, offer: Offer | None) -> None:
        self._offer = offer
        self._new = False
        if offer is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            return
        self.detail_stack.setCurrentWidget(self.detail)
        self._fill(offer)
        row = self.model.row_of(offer.id)
        self.heading.setText(
            offer_title(self.model.offer_row(row)) if row >= 0 else self.tr("Offer")
        )
        self.save_button.setText(self.tr("&Save"))
        self.delete_button.setEnabled(True)
        self.company_button.setEnabled(True)
        self.application.setEnabled(True)

    def _fill(self, offer: Offer | None) -> None:
        self.application.setCurrentIndex(
            max(self.application.findData(offer.application_id if offer else None), 0)
        )
        self.base.setValue(offer.base_salary or 0 if offer else 0)
        self.currency.setText(offer.currency if offer else "")
        self.bonus.setText(offer.bonus if offer else "")
        self.equity.setText(offer.equity if offer else "")
        self.benefits.setText(offer.benefits if offer else "")
        self.start.set_value(offer.start_date if offer else None)
        self.deadline.set_value(offer.deadline if offer else None)
        self.location.setText(offer.location if offer else "")
        self.status.setCurrentIndex(max(self.status.findData(offer.status if offer else ""), 0))
        self.notes.setPlainText(offer.negotiation_notes if offer else "")
        for edit in (self.currency, self.bonus, self.equity, self.benefits, self.location):
            edit.setCursorPosition(0)
        self._loaded = self._values()
        self._update_warning()

    def _update_warning(self, *_args: object) -> None:
        deadline = self.deadline.value()
        status = self.status.currentData()
        late = deadline is not None and deadline < date.today() and status in OPEN_STATUSES
        self.deadline_warning.setVisible(late)
        this_year = date.today().year
        start = self.start.value()
        far_start = start is not None and abs(start.year - this_year) > FAR_YEARS
        # A past deadline has its own warning above.
        far_deadline = deadline is not None and deadline.year - this_year > FAR_YEARS
        # Whole sentences, so a translation can order them its own way.
        if far_start and far_deadline and start is not None and deadline is not None:
            self.date_warning.setText(
                self.tr(
                    "Check the year: the start date is in {start} and the deadline is in "
                    "{deadline}. It is saved as shown."
                ).format(start=start.year, deadline=deadline.year)
            )
        elif far_start and start is not None:
            self.date_warning.setText(
                self.tr(
                    "Check the year: the start date is in {year}. It is saved as shown."
                ).format(year=start.year)
            )
        elif far_deadline and deadline is not None:
            self.date_warning.setText(
                self.tr("Check the year: the deadline is in {year}. It is saved as shown.").format(
                    year=deadline.year
                )
            )
        self.date_warning.setVisible(far_start or far_deadline)

    def new_offer(self) -> None:
        if self._services is None or not self._leave():
            return
        self.tabs.setCurrentWidget(self.offers_tab)
        if self.application.count() == 0:
            report_error(self, _t(NO_APPLICATIONS))
            return
        self._mark_current("")
        self._offer = None
        self._fill(None)
        self._new = True
        self.detail_stack.setCurrentWidget(self.detail)
        self.heading.setText(self.tr("New offer"))
        self.save_button.setText(self.tr("Record &offer"))
        self.delete_button.setEnabled(False)
        self.company_button.setEnabled(False)
        self.application.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Record the new offer or save the changes; True when the form is in the journal."""
        if self._services is None:
            return False
        offers = self._services.offers
        values = self._values()
        application_id = values.pop("application_id")
        if application_id is None:
            report_error(self, _t(NO_APPLICATIONS))
            return False
        recording = self._new
        if recording:
            saved = guarded(self, lambda: offers.add(str(application_id), **values))
        elif self._offer is not None:
            if not self.is_dirty:
                report_info(self, _t(SAVED))
                return True
            offer_id = self._offer.id
            saved = guarded(
                self, lambda: offers.update(offer_id, application_id=application_id, **values)
            )
        else:
            return True
        if saved is None:
            return False
        # Recording is announced once; an update of a recorded offer is only "Saved."
        report_info(self, _t(RECORDED if recording else SAVED))
        self._offer = saved
        self._new = False
        self.refresh()
        self._mark_current(saved.id)
        self._show(saved)
        self.changed.emit()
        return True

    def delete_current(self) -> None:
        offer = self._offer
        if offer is None or self._services is None:
            return
        row = self.model.row_of(offer.id)
        if row >= 0:
            question = self.tr("Delete the offer from {offer}? This cannot be undone.").format(
                offer=offer_title(self.model.offer_row(row))
            )
        else:
            question = self.tr("Delete this offer? This cannot be undone.")
        if not confirm(self, self.tr("Delete offer"), question, self.tr("Delete")):
            return
        offers = self._services.offers

        def delete() -> bool:
            offers.delete(offer.id)
            return True

        if guarded(self, delete) is None:
            return
        self._offer = None
        self.refresh()
        self.changed.emit()

    def _open_company(self) -> None:
        offer = self._offer
        row = self.model.row_of(offer.id) if offer is not None else -1
        if row >= 0 and self._leave():
            company_id = self.model.offer_row(row).company_id
            if company_id:
                self.navigate.emit("company", company_id)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.compare_tab:
            self.refresh_comparison()

    def _comparison_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.select_offer(str(index.data(IdRole)))
