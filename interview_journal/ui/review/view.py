"""The review view: past interviews and their replay, questions, a study list, statistics.

Four tabs. Everything is read through :class:`interview_journal.core.review.ReviewService`
on a worker thread (:class:`interview_journal.ui.background.LatestResult`), since the
questions and the statistics read tens of thousands of rows of a long search; a tab is
read when it is shown and again after the journal changed. The only write is the study
list's "studied" box.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.core.vocabulary import ROUND_KINDS, labels
from interview_journal.ui.background import LatestResult
from interview_journal.ui.feedback import guarded
from interview_journal.ui.i18n import format_date
from interview_journal.ui.layout import named, tab_chain
from interview_journal.ui.research.models import name_key
from interview_journal.ui.research.widgets import Hint
from interview_journal.ui.review.charts import (
    BarChart,
    Chart,
    ChartRow,
    ChartTableModel,
    ColumnChart,
    chart_number,
)
from interview_journal.ui.review.models import (
    ColumnModel,
    InterviewTableModel,
    OccurrenceModel,
    QuestionTableModel,
    ReplayModel,
    SortProxy,
    StudyOccurrenceModel,
    StudyTableModel,
    asked_label,
    clock_text,
    company_or_none,
    local_day,
)

if TYPE_CHECKING:
    from interview_journal.core.review import (
        PastInterview,
        QuestionGroup,
        Replay,
        ReviewService,
        ReviewStatistics,
        StudyTopic,
    )
    from interview_journal.core.services import Services

# ------------------------------------------------------------------- wording

NO_INTERVIEWS = QT_TRANSLATE_NOOP(
    "ReviewView",
    "Past interviews appear here after you take live notes (Ctrl+2), and once the date "
    "of an interview you scheduled has passed. Each one keeps its notes, line by line, "
    "with your self-review.",
)
NO_MATCH = QT_TRANSLATE_NOOP(
    "ReviewView",
    "No interview matches these filters. Choose “All companies” and “All rounds”, "
    "or clear the text.",
)
NO_INTERVIEW_SELECTED = QT_TRANSLATE_NOOP(
    "ReviewView", "Choose an interview above to read its notes again, line by line."
)
NO_LINES = QT_TRANSLATE_NOOP(
    "ReviewView",
    "No notes were taken in this interview. Next time, open Live interview (Ctrl+2) when "
    "it starts: every line keeps the minute it was written.",
)
NO_QUESTIONS = QT_TRANSLATE_NOOP(
    "ReviewView",
    "The questions you were asked appear here. During an interview (Ctrl+2) start a line "
    "with “Q:” for their question and “A:” for your answer; the questions you ask from "
    "your question bank appear here too once ticked as asked.",
)
NO_QUESTION_MATCH = QT_TRANSLATE_NOOP("ReviewView", "No question matches this filter.")
NO_QUESTION_SELECTED = QT_TRANSLATE_NOOP(
    "ReviewView", "Choose a question to see each time it was asked, and the answer."
)
NO_STUDY = QT_TRANSLATE_NOOP(
    "ReviewView",
    "Your study list fills itself. During an interview (Ctrl+2), start a line with “DK:” "
    "whenever you did not know something: it appears here to study before the next round.",
)
ALL_STUDIED = QT_TRANSLATE_NOOP(
    "ReviewView", "Everything on your list is studied. Untick “Hide studied” to see it again."
)
NO_TOPIC_SELECTED = QT_TRANSLATE_NOOP("ReviewView", "Choose a topic to see where it came up.")
NO_STATISTICS = QT_TRANSLATE_NOOP(
    "ReviewView",
    "Statistics appear here once you add applications on the Pipeline (Ctrl+4) and take "
    "interview notes: applications per week, how far processes go, which rounds lead "
    "further, and how long companies take to answer.",
)
LOADING = QT_TRANSLATE_NOOP("ReviewView", "Gathering…")
WEEK_CHOICES = (12, 26, 52)
# Past this many lines a replay gets one row height (sizing every row costs too much).
WRAP_LINE_LIMIT = 400
TAB_KEYS = ("interviews", "questions", "study", "statistics")


def _t(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP above, in the user's language."""
    return QCoreApplication.translate("ReviewView", text)


def _percent(share: float | None) -> str:
    if share is None:
        return "—"
    # A template, so a language that puts a space before the sign ("67 %") can.
    return QCoreApplication.translate("ReviewView", "{number}%").format(
        number=chart_number(round(share * 100))
    )


def _table(object_name: str, accessible: str, model: ColumnModel, sortable: bool) -> QTableView:
    table = named(QTableView(), object_name, accessible)
    if sortable:
        proxy = SortProxy(table)
        proxy.setSourceModel(model)
        table.setModel(proxy)
        table.setSortingEnabled(True)
    else:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _stack(object_name: str, accessible: str, *pages: QWidget) -> QStackedWidget:
    stack = named(QStackedWidget(), object_name, accessible)
    for page in pages:
        stack.addWidget(page)
    return stack


def _filter_edit(object_name: str, accessible: str, placeholder: str) -> QLineEdit:
    edit = named(QLineEdit(), object_name, accessible)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def _count_label(object_name: str) -> QLabel:
    """A quiet "N interviews" at the end of a filter row."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _header(model: ColumnModel, column: int) -> str:
    return str(model.headerData(column, Qt.Orientation.Horizontal))


def _caption(text: str, buddy: QWidget | None = None) -> QLabel:
    caption = QLabel(text)
    if buddy is not None:
        caption.setBuddy(buddy)
    return caption


def _heading(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class ChartCard(QFrame):
    """A titled chart, its numbers as a table, and a hint while there is nothing to draw."""

    def __init__(self, title: str, chart: Chart, empty: str) -> None:
        super().__init__()
        self.setObjectName(chart.objectName() + "Card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.chart = chart
        self.title = _heading(title, chart.objectName() + "Title")
        self.title.setWordWrap(True)
        self.table_model = ChartTableModel(chart, self)
        self.table = named(
            QTableView(),
            chart.objectName() + "Table",
            self.tr("{chart}, as a table").format(chart=title),
        )
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.hint = Hint(chart.objectName() + "Hint", empty)
        self.stack = _stack(chart.objectName() + "Stack", title, chart, self.table, self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.setMinimumHeight(chart.fontMetrics().height() * 17)
        self._as_table = False
        self._has_data = False

    def set_rows(self, rows: list[ChartRow], summary: str, *, has_data: bool) -> None:
        self.chart.set_rows(rows, summary)
        self.table_model.reload()
        self.table.resizeColumnsToContents()
        self._has_data = has_data
        self._show()

    def show_table(self, as_table: bool) -> None:
        self._as_table = as_table
        self._show()

    def _show(self) -> None:
        if not self._has_data:
            self.stack.setCurrentWidget(self.hint)
        else:
            self.stack.setCurrentWidget(self.table if self._as_table else self.chart)


class ReviewView(QWidget):
    """The ``JournalView`` of looking back.

    ``navigate(target, id)`` asks the window to open ``("company", company_id)`` or
    ``("timeline_application", application_id)``. ``changed`` follows a tick on the
    study list (a journal setting was written).
    """

    navigate = Signal(str, str)
    changed = Signal()
    # (export key, round id, a name for the file): the window asks where and writes it.
    export_requested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "reviewView", self.tr("Review"))
        self._services: Services | None = None
        self._review: ReviewService | None = None
        self._stale: set[str] = set(TAB_KEYS)
        self._interviews: list[PastInterview] = []
        self._questions: list[QuestionGroup] = []
        self._topics: list[StudyTopic] = []
        self._replay: Replay | None = None
        self._pending_round: str | None = None
        self._pending_line = ""
        self._group_shown: str | None = None
        # The numbers the charts show, once read.
        self.statistics: ReviewStatistics | None = None

        self._interviews_reader = LatestResult(self._interviews_loaded, self)
        self._questions_reader = LatestResult(self._questions_loaded, self)
        self._answers_reader = LatestResult(self._answers_loaded, self)
        self._study_reader = LatestResult(self._study_loaded, self)
        self._statistics_reader = LatestResult(self._statistics_loaded, self)

        self.tabs = named(QTabWidget(), "reviewTabs", self.tr("Review sections"))
        self.tabs.setDocumentMode(True)
        self.interviews_tab = self._build_interviews()
        self.questions_tab = self._build_questions()
        self.study_tab = self._build_study()
        self.statistics_tab = self._build_statistics()
        self.tabs.addTab(self.interviews_tab, self.tr("&Interviews"))
        self.tabs.addTab(self.questions_tab, self.tr("&Questions"))
        self.tabs.addTab(self.study_tab, self.tr("Stu&dy list"))
        self.tabs.addTab(self.statistics_tab, self.tr("Stat&istics"))
        self.tabs.currentChanged.connect(lambda _index: self._load_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)

    # ============================================================ interviews
    def _build_interviews(self) -> QWidget:
        page = named(QWidget(), "reviewInterviewsTab", self.tr("Past interviews"))
        self.company_filter = named(QComboBox(), "reviewCompanyFilter", self.tr("Company"))
        self.company_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.company_filter.setMinimumContentsLength(18)
        self.company_filter.setMaxVisibleItems(20)
        self.company_filter.addItem(self.tr("All companies"), None)
        self.kind_filter = named(QComboBox(), "reviewKindFilter", self.tr("Round kind"))
        self.kind_filter.addItem(self.tr("All rounds"), None)
        for key, text in labels(ROUND_KINDS).items():
            self.kind_filter.addItem(text, key)
        self.text_filter = _filter_edit(
            "reviewTextFilter",
            self.tr("Filter interviews"),
            self.tr("Filter by company, role or self-review"),
        )
        filters = QHBoxLayout()
        filters.addWidget(_caption(self.tr("Co&mpany"), self.company_filter))
        filters.addWidget(self.company_filter)
        filters.addWidget(_caption(self.tr("Ro&und"), self.kind_filter))
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.text_filter, 1)
        self.interview_count = _count_label("reviewInterviewCount")
        filters.addWidget(self.interview_count)

        self.interview_model = InterviewTableModel(self)
        self.interview_table = _table(
            "reviewInterviewTable", self.tr("Past interviews"), self.interview_model, sortable=True
        )
        self.interview_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = self.interview_table.horizontalHeader()
        metrics = self.interview_table.fontMetrics()
        # Width samples: a long date, company and round; the headers in the user's language.
        for column, sample in enumerate(
            (
                "30 Sep 2026 ",
                "Harborlight Analytics",
                "Technical interview ",
                "pending",
                *(_header(self.interview_model, n) for n in (4, 5, 6)),
            )
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.interview_hint = Hint("reviewNoInterviewsHint", _t(NO_INTERVIEWS))
        self.interview_stack = _stack(
            "reviewInterviewStack",
            self.tr("Past interviews"),
            self.interview_table,
            self.interview_hint,
        )

        # ---------------------------------------------------------- detail
        self.summary = named(QTextBrowser(), "reviewInterviewSummary", self.tr("Interview summary"))
        self.summary.setOpenLinks(False)
        self.summary.setReadOnly(True)
        self.company_button = named(
            QPushButton(self.tr("Open &company")), "reviewOpenCompany", self.tr("Open the company")
        )
        self.timeline_button = named(
            QPushButton(self.tr("Open in &timeline")),
            "reviewOpenTimeline",
            self.tr("Open this process's timeline"),
        )
        self.company_button.clicked.connect(self._open_company)
        self.timeline_button.clicked.connect(self._open_timeline)
        self.export_button = named(
            QPushButton(self.tr("&Export…")), "reviewExport", self.tr("Export this interview")
        )
        self.export_button.setToolTip(self.tr("This interview as Markdown or as a PDF"))
        export_menu = QMenu(self.export_button)
        export_menu.setObjectName("reviewExportMenu")
        for key, text in (
            ("round_markdown", self.tr("As &Markdown…")),
            ("round_pdf", self.tr("As &PDF…")),
        ):
            action = export_menu.addAction(text)
            action.setObjectName(f"reviewExport_{key}")
            action.triggered.connect(lambda _checked=False, k=key: self._export(k))
        self.export_button.setMenu(export_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.company_button)
        buttons.addWidget(self.timeline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary, 1)
        left_layout.addLayout(buttons)

        self.replay_model = ReplayModel(self)
        self.replay_table = _table(
            "reviewReplayTable", self.tr("Notes of this interview"), self.replay_model, False
        )
        self.replay_table.setWordWrap(True)
        self.replay_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        replay_header = self.replay_table.horizontalHeader()
        for column in range(3):
            replay_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        replay_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.replay_hint = Hint("reviewNoLinesHint", _t(NO_LINES))
        self.replay_stack = _stack(
            "reviewReplayStack",
            self.tr("Notes of this interview"),
            self.replay_table,
            self.replay_hint,
        )
        replay_box = QWidget()
        replay_layout = QVBoxLayout(replay_box)
        replay_layout.setContentsMargins(0, 0, 0, 0)
        replay_layout.addWidget(
            _heading(self.tr("Notes, as they were written"), "reviewReplayHeading")
        )
        replay_layout.addWidget(self.replay_stack, 1)

        detail = QSplitter(Qt.Orientation.Horizontal)
        detail.setObjectName("reviewDetailSplitter")
        detail.setChildrenCollapsible(False)
        detail.addWidget(left)
        detail.addWidget(replay_box)
        detail.setStretchFactor(0, 2)
        detail.setStretchFactor(1, 3)
        detail.setSizes([420, 680])
        self.detail = detail
        self.detail_hint = Hint("reviewNoInterviewSelectedHint", _t(NO_INTERVIEW_SELECTED))
        self.detail_stack = _stack(
            "reviewDetailStack", self.tr("Interview"), detail, self.detail_hint
        )

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("reviewInterviewsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.interview_stack)
        splitter.addWidget(self.detail_stack)
        splitter.setSizes([280, 420])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.company_filter.currentIndexChanged.connect(lambda _i: self._apply_interview_filter())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._apply_interview_filter())
        self.text_filter.textChanged.connect(lambda _t: self._apply_interview_filter())
        self.interview_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._interview_chosen(current)
        )
        tab_chain(
            [
                self.company_filter,
                self.kind_filter,
                self.text_filter,
                self.interview_table,
                self.summary,
                self.company_button,
                self.timeline_button,
                self.export_button,
                self.replay_table,
            ]
        )
        self._show_interview(None)
        return page

    # ============================================================= questions
    def _build_questions(self) -> QWidget:
        page = named(QWidget(), "reviewQuestionsTab", self.tr("Questions across interviews"))
        self.asked_filter = named(QComboBox(), "reviewAskedFilter", self.tr("Which questions"))
        self.asked_filter.addItem(self.tr("All questions"), None)
        self.asked_filter.addItem(asked_label("them"), "them")
        self.asked_filter.addItem(asked_label("me"), "me")
        self.question_filter = _filter_edit(
            "reviewQuestionFilter",
            self.tr("Filter questions"),
            self.tr("Filter by words of the question"),
        )
        filters = QHBoxLayout()
        filters.addWidget(_caption(self.tr("&Show"), self.asked_filter))
        filters.addWidget(self.asked_filter)
        filters.addWidget(self.question_filter, 1)
        self.question_count = _count_label("reviewQuestionCount")
        filters.addWidget(self.question_count)

        self.question_model = QuestionTableModel(self)
        self.question_table = _table(
            "reviewQuestionTable", self.tr("Questions"), self.question_model, sortable=True
        )
        # Most asked first; the proxy's sort is stable, so ties stay most recent first.
        self.question_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        header = self.question_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.question_table.fontMetrics()
        for column, sample in (
            (1, asked_label("them")),
            (2, _header(self.question_model, 2)),
            (3, "Harborlight Analytics, Basalt"),
            (4, "30 Sep 2026"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.question_hint = Hint("reviewNoQuestionsHint", _t(NO_QUESTIONS))
        self.question_stack = _stack(
            "reviewQuestionStack", self.tr("Questions"), self.question_table, self.question_hint
        )
        self.occurrence_model = OccurrenceModel(self)
        self.occurrence_table = _table(
            "reviewOccurrenceTable", self.tr("Each time it was asked"), self.occurrence_model, False
        )
        self.occurrence_table.setWordWrap(True)
        occurrence_header = self.occurrence_table.horizontalHeader()
        for column in range(3):
            occurrence_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.occurrence_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.occurrence_heading = _heading("", "reviewOccurrenceHeading")
        self.occurrence_heading.setWordWrap(True)
        self.occurrence_note = QLabel()
        self.occurrence_note.setObjectName("reviewOccurrenceNote")
        self.occurrence_note.setWordWrap(True)
        self.occurrence_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        occurrences = QWidget()
        occurrences_layout = QVBoxLayout(occurrences)
        occurrences_layout.setContentsMargins(0, 0, 0, 0)
        occurrences_layout.addWidget(self.occurrence_heading)
        occurrences_layout.addWidget(self.occurrence_table, 1)
        occurrences_layout.addWidget(self.occurrence_note)
        self.occurrence_hint = Hint("reviewNoQuestionSelectedHint", _t(NO_QUESTION_SELECTED))
        self.occurrence_stack = _stack(
            "reviewOccurrenceStack",
            self.tr("Each time it was asked"),
            occurrences,
            self.occurrence_hint,
        )
        self.occurrence_page = occurrences
        self.open_asked_button = named(
            QPushButton(self.tr("Open this &interview")),
            "reviewOpenAskedInterview",
            self.tr("Open this interview"),
        )
        self.open_asked_button.clicked.connect(self._open_asked_interview)
        occurrences_layout.addWidget(self.open_asked_button, 0, Qt.AlignmentFlag.AlignLeft)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("reviewQuestionsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.question_stack)
        splitter.addWidget(self.occurrence_stack)
        splitter.setSizes([360, 340])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.asked_filter.currentIndexChanged.connect(lambda _i: self._apply_question_filter())
        self.question_filter.textChanged.connect(lambda _t: self._apply_question_filter())
        self.question_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._question_chosen(current)
        )
        self.occurrence_table.doubleClicked.connect(lambda _index: self._open_asked_interview())
        tab_chain(
            [
                self.asked_filter,
                self.question_filter,
                self.question_table,
                self.occurrence_table,
                self.open_asked_button,
            ]
        )
        return page

    # ============================================================ study list
    def _build_study(self) -> QWidget:
        page = named(QWidget(), "reviewStudyTab", self.tr("Study list"))
        intro = QLabel(
            self.tr(
                "What you did not know in past interviews (“DK:” lines), one topic a row; a "
                "topic missed several times shows how often. Tick it once studied: a new “DK:” "
                "on the same topic brings it back."
            )
        )
        intro.setObjectName("reviewStudyIntro")
        intro.setWordWrap(True)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hide_studied = named(
            QCheckBox(self.tr("&Hide studied")), "reviewHideStudied", self.tr("Hide studied topics")
        )
        self.study_count = QLabel()
        self.study_count.setObjectName("reviewStudyCount")
        top = QHBoxLayout()
        top.addWidget(self.hide_studied)
        top.addStretch(1)
        top.addWidget(self.study_count)
        self.study_model = StudyTableModel(self)
        self.study_table = _table("reviewStudyTable", self.tr("Study list"), self.study_model, True)
        self.study_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.study_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.study_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.study_table.fontMetrics()
        for column, sample in (
            (0, _header(self.study_model, 0) + "        "),  # and the tick box
            (2, _header(self.study_model, 2)),
            (3, "Harborlight Analytics, Basalt"),
            (4, "30 Sep 2026"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.study_hint = Hint("reviewNoStudyHint", _t(NO_STUDY))
        self.study_stack = _stack(
            "reviewStudyStack", self.tr("Study list"), self.study_table, self.study_hint
        )

        self.where_model = StudyOccurrenceModel(self)
        where_title = self.tr("Where it came up")
        self.where_table = _table("reviewStudyWhere", where_title, self.where_model, False)
        for column in range(2):
            self.where_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.open_topic_button = named(
            QPushButton(self.tr("Open this &interview")),
            "reviewOpenStudyInterview",
            self.tr("Open this interview"),
        )
        self.open_topic_button.clicked.connect(self._open_topic_interview)
        self.where_table.doubleClicked.connect(lambda _index: self._open_topic_interview())
        where = QWidget()
        where_layout = QVBoxLayout(where)
        where_layout.setContentsMargins(0, 0, 0, 0)
        self.where_heading = _heading(where_title, "reviewStudyWhereHeading")
        self.where_heading.setWordWrap(True)
        where_layout.addWidget(self.where_heading)
        where_layout.addWidget(self.where_table, 1)
        where_layout.addWidget(self.open_topic_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.where_hint = Hint("reviewNoTopicSelectedHint", _t(NO_TOPIC_SELECTED))
        self.where_stack = _stack("reviewStudyWhereStack", where_title, where, self.where_hint)
        self.where_page = where

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("reviewStudySplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.study_stack)
        splitter.addWidget(self.where_stack)
        splitter.setSizes([420, 260])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.hide_studied.toggled.connect(lambda _checked: self._show_topics())
        self.study_model.studied_toggled.connect(self._toggle_studied)
        self.study_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._topic_chosen(current)
        )
        tab_chain([self.hide_studied, self.study_table, self.where_table, self.open_topic_button])
        return page

    # ============================================================ statistics
    def _build_statistics(self) -> QWidget:
        page = named(QWidget(), "reviewStatisticsTab", self.tr("Statistics"))
        self.weeks_choice = named(QComboBox(), "reviewWeeksChoice", self.tr("Weeks shown"))
        for weeks in WEEK_CHOICES:
            self.weeks_choice.addItem(self.tr("Last %n week(s)", "", weeks), weeks)
        self.weeks_choice.setCurrentIndex(1)
        self.as_tables = named(
            QCheckBox(self.tr("Show the numbers as &tables")),
            "reviewChartsAsTables",
            self.tr("Show as tables"),
        )
        self.statistics_summary = QLabel()
        self.statistics_summary.setObjectName("reviewStatisticsSummary")
        self.statistics_summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(_caption(self.tr("&Applications per week over the"), self.weeks_choice))
        top.addWidget(self.weeks_choice)
        top.addStretch(1)
        top.addWidget(self.as_tables)

        applications, interviews = self.tr("Applications"), self.tr("Interviews")
        days = self.tr("Days")
        weeks_title = self.tr("Applications per week")
        funnel_title = self.tr("How far applications went")
        rounds_title = self.tr("What followed each kind of interview")
        first_title = self.tr("Days to a first answer after applying")
        after_title = self.tr("Days to hear back after an interview")
        self.weeks_chart = ColumnChart(
            "reviewWeeksChart",
            weeks_title,
            series=(applications,),
            x_title=self.tr("ISO week (Monday to Sunday)"),
            y_title=applications,
            category=self.tr("Week"),
        )
        self.funnel_chart = BarChart(
            "reviewStagesChart",
            funnel_title,
            series=(applications,),
            x_title=self.tr("Applications that reached each stage (or went past it)"),
            category=self.tr("Stage"),
        )
        self.rounds_chart = BarChart(
            "reviewRoundsChart",
            rounds_title,
            series=(self.tr("Moved on"), self.tr("Stopped there"), self.tr("No outcome yet")),
            x_title=self.tr("Interviews held, by what came after"),
            category=self.tr("Kind of interview"),
        )
        self.first_answer_chart = ColumnChart(
            "reviewFirstAnswerChart",
            first_title,
            series=(applications,),
            x_title=self.tr("Days from applying to their first answer"),
            y_title=applications,
            category=days,
        )
        self.after_round_chart = ColumnChart(
            "reviewAfterRoundChart",
            after_title,
            series=(interviews,),
            x_title=self.tr("Days from the end of an interview to the next word from them"),
            y_title=interviews,
            category=days,
        )
        self.answers_chart = BarChart(
            "reviewAnswersChart",
            self.tr("Did they answer"),
            series=(applications,),
            x_title=self.tr("Applications sent, by whether the company answered"),
            category=self.tr("Answer"),
        )
        self.cards = [
            ChartCard(
                weeks_title,
                self.weeks_chart,
                self.tr(
                    "No application in these weeks. Add applications with the date you applied "
                    "on the Pipeline (Ctrl+4)."
                ),
            ),
            ChartCard(
                funnel_title,
                self.funnel_chart,
                self.tr(
                    "Add applications on the Pipeline (Ctrl+4) and move them along the stages."
                ),
            ),
            ChartCard(
                rounds_title,
                self.rounds_chart,
                self.tr(
                    "Once interviews have taken place, this shows which kinds led to a next "
                    "round or an offer."
                ),
            ),
            ChartCard(
                first_title,
                self.first_answer_chart,
                self.tr(
                    "Log the messages companies send you (Contacts, or “Log contact” on the "
                    "Pipeline) to see how long they take to answer."
                ),
            ),
            ChartCard(
                after_title,
                self.after_round_chart,
                self.tr(
                    "Once an interview has ended and the company got back to you, the wait "
                    "shows here."
                ),
            ),
            ChartCard(
                self.tr("Did they answer?"),
                self.answers_chart,
                self.tr("Applications sent appear here, by whether the company answered."),
            ),
        ]
        grid_host = QWidget()
        grid_host.setObjectName("reviewChartGrid")
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setSpacing(12)
        for number, card in enumerate(self.cards):
            grid.addWidget(card, number // 2, number % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = named(QScrollArea(), "reviewStatisticsScroll", self.tr("Statistics"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        self.statistics_hint = Hint("reviewNoStatisticsHint", _t(NO_STATISTICS))
        self.statistics_stack = _stack(
            "reviewStatisticsStack", self.tr("Statistics"), scroll, self.statistics_hint
        )
        self.statistics_content = scroll
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.statistics_summary)
        layout.addWidget(self.statistics_stack, 1)
        self.weeks_choice.currentIndexChanged.connect(lambda _i: self._reload("statistics"))
        self.as_tables.toggled.connect(self._charts_as_tables)
        # Card by card, its chart or its table (whichever shows); the scroll area first,
        # so the grid can be scrolled from the keyboard before its cards are visited.
        tab_chain(
            [
                self.weeks_choice,
                self.as_tables,
                scroll,
                *(widget for card in self.cards for widget in (card.chart, card.table)),
            ]
        )
        self.statistics_stack.setCurrentWidget(self.statistics_hint)
        return page

    # ============================================================== contract
    def attach(self, services: Services) -> None:
        # Answers still on their way from another journal must not show in this one.
        self.cancel()
        self._services = services
        self._review = services.review
        self.refresh()

    def refresh(self) -> None:
        """Read again what the current tab shows; the other tabs when next shown."""
        self._stale = set(TAB_KEYS)
        self._load_current()

    def focus_primary(self) -> None:
        key = self.current_tab()
        target: QWidget = {
            "interviews": self.interview_table,
            "questions": self.question_table,
            "study": self.study_table,
            "statistics": self.weeks_choice,
        }[key]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_tab(self) -> str:
        return TAB_KEYS[max(0, self.tabs.currentIndex())]

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def cancel(self) -> None:
        """Forget reads still on their way (the journal is being closed)."""
        for reader in self._readers():
            reader.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        return all(reader.wait(msecs) for reader in self._readers())

    def _readers(self) -> list[LatestResult]:
        return [
            self._interviews_reader,
            self._questions_reader,
            self._answers_reader,
            self._study_reader,
            self._statistics_reader,
        ]

    # ---------------------------------------------------------------- loading
    def _request(self, reader: LatestResult, work: Callable[[ReviewService], object]) -> None:
        review, services = self._review, self._services
        if review is None or services is None:
            return
        reader.request(lambda: work(review), in_parallel=services.journal.reads_in_parallel)

    def _load_current(self) -> None:
        key = self.current_tab()
        if key in self._stale:
            self._reload(key)

    def _reload(self, key: str) -> None:
        if self._review is None:
            return
        self._stale.discard(key)
        if key == "interviews":
            self.interview_count.setText(_t(LOADING))
            self._request(self._interviews_reader, lambda review: review.interviews())
        elif key == "questions":
            self.question_count.setText(_t(LOADING))
            self._request(self._questions_reader, lambda review: review.questions())
        elif key == "study":
            self.study_count.setText(_t(LOADING))
            self._request(self._study_reader, lambda review: review.study_list())
        else:
            weeks = int(self.weeks_choice.currentData() or WEEK_CHOICES[0])
            self.statistics_summary.setText(_t(LOADING))
            self._request(self._statistics_reader, lambda review: review.statistics(weeks))

    # ============================================================ interviews
    def _interviews_loaded(self, rows: object) -> None:
        if not isinstance(rows, list):
            return
        self._interviews = rows
        self._fill_companies()
        self._apply_interview_filter()
        if self._pending_round is not None:
            pending, self._pending_round = self._pending_round, None
            self.select_round(pending, self._pending_line)

    def _fill_companies(self) -> None:
        keep = self.company_filter.currentData()
        names: dict[str, str] = {}
        for row in self._interviews:
            if row.company_id is not None:
                names.setdefault(row.company_id, company_or_none(row.company_name))
        self.company_filter.blockSignals(True)
        self.company_filter.clear()
        self.company_filter.addItem(self.tr("All companies"), None)
        for company_id, name in sorted(names.items(), key=lambda item: name_key(item[1])):
            self.company_filter.addItem(name, company_id)
        self.company_filter.setCurrentIndex(max(0, self.company_filter.findData(keep)))
        self.company_filter.blockSignals(False)

    def _apply_interview_filter(self) -> None:
        from interview_journal.core.review import filter_interviews

        current = self._replay.interview.round_id if self._replay is not None else None
        rows = filter_interviews(
            self._interviews,
            company_id=self.company_filter.currentData(),
            kind=self.kind_filter.currentData(),
            text=self.text_filter.text(),
        )
        self.interview_model.set_rows(rows)
        total = len(self._interviews)
        if not total:
            self.interview_hint.set_hint(_t(NO_INTERVIEWS))
        elif not rows:
            self.interview_hint.set_hint(_t(NO_MATCH))
        self.interview_stack.setCurrentWidget(self.interview_table if rows else self.interview_hint)
        # With nothing listed there is nothing to choose: the hint above says it all.
        self.detail_stack.setVisible(bool(rows))
        shown = len(rows)
        self.interview_count.setText(
            self.tr("%Ln interview(s)", "", total)
            if shown == total
            else self.tr("{shown} of %Ln interview(s)", "", total).format(shown=chart_number(shown))
        )
        if current is not None and self.interview_model.row_of(current) >= 0:
            self._mark_interview(current)
            self._show_interview(current)
        elif rows:
            first = self.interview_table.model().index(0, 0)
            self.interview_table.selectionModel().setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._show_interview(None)

    def _mark_interview(self, round_id: str) -> None:
        row = self.interview_model.row_of(round_id)
        if row < 0:
            return
        proxy = self.interview_table.model()
        assert isinstance(proxy, SortProxy)
        index = proxy.mapFromSource(self.interview_model.index(row, 0))
        selection = self.interview_table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.interview_table.scrollTo(index)

    def _interview_chosen(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        proxy = self.interview_table.model()
        assert isinstance(proxy, SortProxy)
        row = proxy.mapToSource(current).row()
        if 0 <= row < self.interview_model.rowCount():
            self._show_interview(self.interview_model.interview(row).round_id)

    def select_round(self, round_id: str, line_id: str = "") -> bool:
        """Show one interview (from the study list, a question, another view) and, when
        ``line_id`` is given, select that line of its replay (a search hit)."""
        self.show_tab("interviews")
        if "interviews" in self._stale or not self._interviews:
            self._pending_round = round_id
            self._pending_line = line_id
            self._reload("interviews")
            return self.interview_model.row_of(round_id) >= 0
        if self.interview_model.row_of(round_id) < 0:
            # Hidden by a filter: clear the filters so it can be shown.
            self.company_filter.setCurrentIndex(0)
            self.kind_filter.setCurrentIndex(0)
            self.text_filter.clear()
        if self.interview_model.row_of(round_id) < 0:
            return False
        self._mark_interview(round_id)
        self._show_interview(round_id)
        self._pending_line = ""
        row = self.replay_model.row_of(line_id) if line_id else -1
        if row >= 0:
            index = self.replay_model.index(row, 0)
            self.replay_table.setCurrentIndex(index)
            self.replay_table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    @property
    def shown_round_id(self) -> str | None:
        """The interview whose replay is shown, if any."""
        return self._replay.interview.round_id if self._replay is not None else None

    def _show_interview(self, round_id: str | None) -> None:
        review = self._review
        replay = None
        if round_id is not None and review is not None:
            replay = guarded(self, lambda: review.replay(round_id))
        self._replay = replay
        if replay is None:
            self.detail_stack.setCurrentWidget(self.detail_hint)
            self.replay_model.set_rows([])
            return
        self.detail_stack.setCurrentWidget(self.detail)
        self.summary.setHtml(self._summary_html(replay))
        lines = list(replay.lines)
        self.replay_model.set_rows(lines)
        self.replay_stack.setCurrentWidget(self.replay_table if lines else self.replay_hint)
        vertical = self.replay_table.verticalHeader()
        vertical.setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
            if len(lines) <= WRAP_LINE_LIMIT
            else QHeaderView.ResizeMode.Fixed
        )
        interview = replay.interview
        self.company_button.setEnabled(interview.company_id is not None)
        self.timeline_button.setEnabled(interview.application_id is not None)
        self.export_button.setEnabled(True)

    def _summary_html(self, replay: Replay) -> str:
        interview = replay.interview
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        title = interview.kind_label + (
            f" — {interview.company_name}" if interview.company_name else ""
        )
        facts = []
        when = interview.when
        if when is not None:
            facts.append(
                self.tr("{date}, {time}").format(date=local_day(when), time=clock_text(when))
            )
        if interview.started_at and interview.ended_at:
            minutes = round((interview.ended_at - interview.started_at).total_seconds() / 60)
            if minutes >= 1:
                facts.append(self.tr("%Ln min", "", minutes))
        if interview.role:
            facts.append(interview.role)
        parts = [
            f"<h3 style='margin-bottom: 2px;'>{html.escape(title)}</h3>",
            f"<p style='color: {quiet}; margin-top: 0;'>{html.escape(' · '.join(facts))}</p>",
        ]
        energy = (
            self.tr("{energy} of 5").format(energy=interview.energy)
            if interview.energy is not None
            else self.tr("Not noted")
        )
        notes = self.tr("{lines}, {unknown} did not know").format(
            lines=self.tr("%Ln line(s)", "", interview.note_lines),
            unknown=chart_number(interview.did_not_know),
        )
        rows = [
            (self.tr("Outcome"), interview.outcome or self.tr("Not noted yet")),
            (self.tr("Energy"), energy),
            (self.tr("Notes"), notes),
        ]
        if interview.next_step:
            rows.append((self.tr("Next step"), interview.next_step))
        if replay.attendees:
            rows.append((self.tr("Who was there"), ", ".join(replay.attendees)))
        parts.append("<table cellspacing='0' cellpadding='2'>")
        for name, value in rows:
            parts.append(
                f"<tr><td style='color: {quiet}; padding-right: 10px;'>{html.escape(name)}</td>"
                f"<td>{html.escape(value)}</td></tr>"
            )
        parts.append("</table>")

        def section(heading: str, text: str) -> None:
            parts.append(f"<h4 style='margin-bottom: 2px;'>{html.escape(heading)}</h4>")
            body = html.escape(text).replace("\n", "<br>")
            parts.append(f"<p style='margin-top: 0;'>{body}</p>")

        section(
            self.tr("How it went"), interview.self_review or self.tr("No self-review written yet.")
        )
        if interview.answer_differently:
            section(self.tr("What I would answer differently"), interview.answer_differently)
        if replay.asked:
            asked_heading = html.escape(self.tr("Questions I asked"))
            parts.append(f"<h4 style='margin-bottom: 2px;'>{asked_heading}</h4><ul>")
            for asked in replay.asked:
                answer = (
                    f"<br><span style='color: {quiet};'>{html.escape(asked.answer_note)}</span>"
                    if asked.answer_note
                    else ""
                )
                parts.append(f"<li>{html.escape(asked.text)}{answer}</li>")
            parts.append("</ul>")
        return "".join(parts)

    def summary_text(self) -> str:
        return self.summary.toPlainText()

    def _open_company(self) -> None:
        if self._replay is not None and self._replay.interview.company_id:
            self.navigate.emit("company", self._replay.interview.company_id)

    def _export(self, key: str) -> None:
        if self._replay is None:
            return
        interview = self._replay.interview
        name = " ".join(part for part in (interview.company_name, interview.kind_label) if part)
        self.export_requested.emit(key, interview.round_id, name)

    def _open_timeline(self) -> None:
        if self._replay is not None and self._replay.interview.application_id:
            self.navigate.emit("timeline_application", self._replay.interview.application_id)

    # ============================================================= questions
    def _questions_loaded(self, groups: object) -> None:
        if not isinstance(groups, list):
            return
        self._questions = groups
        self._apply_question_filter()

    def _apply_question_filter(self) -> None:
        from interview_journal.core.review import topic_key

        asked = self.asked_filter.currentData()
        words = topic_key(self.question_filter.text()).split()
        rows = [
            group
            for group in self._questions
            if (asked is None or group.asked_by == asked)
            and all(word in group.key for word in words)
        ]
        self.question_model.set_rows(rows)
        total = len(self._questions)
        self.question_hint.set_hint(_t(NO_QUESTION_MATCH if total else NO_QUESTIONS))
        self.question_stack.setCurrentWidget(self.question_table if rows else self.question_hint)
        self.question_count.setText(
            self.tr("%Ln question(s)", "", total)
            if len(rows) == total
            else self.tr("{shown} of {total}").format(
                shown=chart_number(len(rows)), total=chart_number(total)
            )
        )
        shown = self._group_shown
        row = self.question_model.row_of(shown) if shown is not None else -1
        if row >= 0:
            proxy = self.question_table.model()
            assert isinstance(proxy, SortProxy)
            index = proxy.mapFromSource(self.question_model.index(row, 0))
            self.question_table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show_group(self.question_model.group(row))
        else:
            self._show_group(None)

    def _question_chosen(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        proxy = self.question_table.model()
        assert isinstance(proxy, SortProxy)
        row = proxy.mapToSource(current).row()
        if 0 <= row < self.question_model.rowCount():
            self._show_group(self.question_model.group(row))

    def _show_group(self, group: QuestionGroup | None) -> None:
        self._group_shown = group.id if group is not None else None
        if group is None:
            self.occurrence_stack.setCurrentWidget(self.occurrence_hint)
            self.occurrence_model.set_rows([])
            return
        self.occurrence_stack.setCurrentWidget(self.occurrence_page)
        if group.asked_by == "them":
            heading = self.tr("“{question}” — asked of me %Ln time(s)", "", group.count)
        else:
            heading = self.tr("“{question}” — asked by me %Ln time(s)", "", group.count)
        self.occurrence_heading.setText(heading.format(question=group.text))
        self._set_occurrences(list(group.occurrences))
        self.occurrence_note.setText("")
        if group.asked_by == "them":
            from interview_journal.core.review import ANSWERED_ROUNDS

            if group.count > ANSWERED_ROUNDS:
                self.occurrence_note.setText(
                    self.tr(
                        "Answers are shown for the %n most recent time(s); open an "
                        "older interview to read what you said then.",
                        "",
                        ANSWERED_ROUNDS,
                    )
                )
            occurrences = group.occurrences
            key = group.id
            self._request(
                self._answers_reader,
                lambda review: (key, review.with_answers(occurrences)),
            )

    def _answers_loaded(self, result: object) -> None:
        if not isinstance(result, tuple) or result[0] != self._group_shown:
            return
        self._set_occurrences(list(result[1]))

    def _set_occurrences(self, rows: list[Any]) -> None:
        self.occurrence_model.set_rows(rows)
        # Sizing thousands of wrapped rows costs seconds; a long list gets one row height.
        self.occurrence_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
            if len(rows) <= WRAP_LINE_LIMIT
            else QHeaderView.ResizeMode.Fixed
        )

    def _open_asked_interview(self) -> None:
        index = self.occurrence_table.currentIndex()
        row = index.row() if index.isValid() else (0 if self.occurrence_model.rowCount() else -1)
        if row >= 0:
            self.select_round(self.occurrence_model.occurrence(row).round_id)

    # ============================================================ study list
    def _study_loaded(self, topics: object) -> None:
        if not isinstance(topics, list):
            return
        self._topics = topics
        self._show_topics()

    def _show_topics(self) -> None:
        hide = self.hide_studied.isChecked()
        rows = [topic for topic in self._topics if not (hide and topic.studied)]
        self.study_model.set_rows(rows)
        total = len(self._topics)
        studied = sum(1 for topic in self._topics if topic.studied)
        self.study_hint.set_hint(_t(ALL_STUDIED if total else NO_STUDY))
        self.study_stack.setCurrentWidget(self.study_table if rows else self.study_hint)
        self.study_count.setText(self._studied_text(total, studied) if total else "")
        self.where_stack.setCurrentWidget(self.where_hint)

    def _studied_text(self, total: int, studied: int) -> str:
        return self.tr("%Ln topic(s), {studied} studied", "", total).format(
            studied=chart_number(studied)
        )

    def _toggle_studied(self, topic: Any, studied: bool) -> None:
        review = self._review
        if review is None:
            return
        if guarded(self, lambda: review.set_studied(topic.line_ids, studied)) is None:
            return
        from dataclasses import replace

        self._topics = [
            replace(t, studied=studied) if t.key == topic.key else t for t in self._topics
        ]
        if self.hide_studied.isChecked() and studied:
            self._show_topics()
        else:
            self.study_model.set_studied(topic.key, studied)
            count = sum(1 for t in self._topics if t.studied)
            self.study_count.setText(self._studied_text(len(self._topics), count))
        self.changed.emit()

    def _topic_chosen(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        proxy = self.study_table.model()
        assert isinstance(proxy, SortProxy)
        row = proxy.mapToSource(current).row()
        if not 0 <= row < self.study_model.rowCount():
            return
        topic = self.study_model.topic(row)
        self.where_heading.setText(
            self.tr("“{topic}” came up %Ln time(s)", "", topic.count).format(topic=topic.text)
        )
        self.where_model.set_rows(list(topic.occurrences))
        self.where_stack.setCurrentWidget(self.where_page)

    def _open_topic_interview(self) -> None:
        index = self.where_table.currentIndex()
        row = index.row() if index.isValid() else (0 if self.where_model.rowCount() else -1)
        if row >= 0:
            self.select_round(self.where_model.occurrence(row).round_id)

    # ============================================================ statistics
    def _charts_as_tables(self, as_table: bool) -> None:
        for card in self.cards:
            card.show_table(as_table)

    def _statistics_loaded(self, result: object) -> None:
        from interview_journal.core.review import ReviewStatistics

        if not isinstance(result, ReviewStatistics):
            return
        self.statistics = result
        if result.empty:
            self.statistics_stack.setCurrentWidget(self.statistics_hint)
            self.statistics_summary.setText("")
            return
        self.statistics_stack.setCurrentWidget(self.statistics_content)
        self._show_weeks(result)
        self._show_funnel(result)
        self._show_rounds(result)
        self._show_response_times(result)
        self._show_answers(result)
        self.statistics_summary.setText(
            self.tr(
                "{applications} and {interviews} in the journal. Point at a bar for its numbers."
            ).format(
                applications=self._applications(result.applications),
                interviews=self.tr("%Ln interview(s)", "", result.rounds_held),
            )
        )

    def _applications(self, count: int) -> str:
        return self.tr("%Ln application(s)", "", count)

    def _show_weeks(self, stats: ReviewStatistics) -> None:
        weeks = stats.weeks
        total = sum(week.count for week in weeks)
        rows = [
            ChartRow(
                week.label,
                (float(week.count),),
                tooltip=self.tr("Week {week} of {year} (from {monday}): {applications}").format(
                    week=week.iso_week,
                    year=week.iso_year,
                    monday=format_date(week.monday),
                    applications=self._applications(week.count),
                ),
            )
            for week in weeks
        ]
        average = total / len(weeks) if weeks else 0.0
        summary = self.tr(
            "{applications} in the last %n week(s), {average} a week on average.", "", len(weeks)
        ).format(
            applications=self._applications(total),
            average=QLocale().toString(average, "f", 1),
        )
        self.weeks_chart.set_note(
            self.tr("{total} in %n week(s)", "", len(weeks)).format(total=chart_number(total))
        )
        self.cards[0].set_rows(rows, summary, has_data=total > 0)

    def _show_funnel(self, stats: ReviewStatistics) -> None:
        rows = []
        for reach in stats.stages:
            note = f"{chart_number(reach.reached)} · {_percent(reach.share)}"
            reached = self._applications(reach.reached)
            if reach.step_share is None:
                tip = self.tr("{stage}: {applications} reached it or went past, {share} of all")
            else:
                tip = self.tr(
                    "{stage}: {applications} reached it or went past, {share} of all, "
                    "{step_share} of those at the stage before"
                )
            tip = tip.format(
                stage=reach.name,
                applications=reached,
                share=_percent(reach.share),
                step_share=_percent(reach.step_share),
            )
            rows.append(ChartRow(reach.name, (float(reach.reached),), note, tip))
        first = stats.stages[0].reached if stats.stages else 0
        summary = self.tr("Of every application, how many reached each stage of the pipeline.")
        if len(stats.stages) > 1:
            last = stats.stages[-1]
            summary = self.tr("Of {applications}, {reached} reached {stage} ({share}).").format(
                applications=self._applications(first),
                reached=chart_number(last.reached),
                stage=last.name,
                share=_percent(last.share),
            )
        self.cards[1].set_rows(rows, summary, has_data=first > 0)

    def _show_rounds(self, stats: ReviewStatistics) -> None:
        rows = []
        for kind in stats.round_kinds:
            decided = kind.moved_on + kind.stopped
            if decided:
                note = self.tr("{share} moved on ({moved_on} of {decided})").format(
                    share=_percent(kind.rate),
                    moved_on=chart_number(kind.moved_on),
                    decided=chart_number(decided),
                )
            else:
                note = self.tr("{held} held, no outcome yet").format(held=chart_number(kind.held))
            tip = self.tr(
                "{kind}: {interviews} held; {moved_on} moved on, {stopped} stopped there, "
                "{waiting} with no outcome yet"
            ).format(
                kind=kind.label,
                interviews=self.tr("%Ln interview(s)", "", kind.held),
                moved_on=chart_number(kind.moved_on),
                stopped=chart_number(kind.stopped),
                waiting=chart_number(kind.waiting),
            )
            rows.append(
                ChartRow(
                    kind.label,
                    (float(kind.moved_on), float(kind.stopped), float(kind.waiting)),
                    note,
                    tip,
                )
            )
        summary = self.tr(
            "For each kind of interview: how many were followed by another round or an "
            "offer (moved on), how many ended the process (stopped there), and how many "
            "still wait for an outcome."
        )
        self.cards[2].set_rows(rows, summary, has_data=bool(rows))

    def _show_response_times(self, stats: ReviewStatistics) -> None:
        counted: tuple[tuple[ChartCard, ColumnChart, Any, Callable[[int], str]], ...] = (
            (self.cards[3], self.first_answer_chart, stats.first_response, self._applications),
            (
                self.cards[4],
                self.after_round_chart,
                stats.after_round,
                lambda n: self.tr("%Ln interview(s)", "", n),
            ),
        )
        for card, chart, data, count_of in counted:
            median = data.median
            if median is None:
                note = self.tr("No answer recorded yet")
            else:
                # A median can be a half day: a fraction takes the plural ("1.5 days").
                whole = float(median).is_integer()
                days = self.tr("{days} day(s)", "", int(median) if whole else 2).format(
                    days=chart_number(median)
                )
                note = self.tr("Median: {days} (of {count})").format(
                    days=days, count=count_of(data.count)
                )
            rows = [
                ChartRow(
                    item.label,
                    (float(item.count),),
                    tooltip=self.tr("{label} days: {count}").format(
                        label=item.label, count=count_of(item.count)
                    ),
                )
                for item in data.bins
            ]
            chart.set_note(note)
            card.set_rows(rows, note + ".", has_data=data.count > 0)

    def _show_answers(self, stats: ReviewStatistics) -> None:
        answers = stats.answers
        total = answers.total

        def share(count: int) -> str:
            return f"{chart_number(count)} · {_percent(count / total if total else None)}"

        closed = self.tr("Closed without an answer")
        rows = [
            ChartRow(self.tr("Answered"), (float(answers.answered),), share(answers.answered)),
            ChartRow(
                closed,
                (float(answers.closed_unanswered),),
                share(answers.closed_unanswered),
                self.tr("{closed}: {count}, of which {no_response} closed as “No response”").format(
                    closed=closed,
                    count=chart_number(answers.closed_unanswered),
                    no_response=chart_number(answers.closed_no_response),
                ),
            ),
            ChartRow(self.tr("Still waiting"), (float(answers.waiting),), share(answers.waiting)),
        ]
        summary = self.tr(
            "Answer rate {rate}: {answered} of {over} applications whose wait is over got an "
            "answer; {companies_answered} of {companies} answered at least once."
        ).format(
            rate=_percent(answers.rate),
            answered=chart_number(answers.answered),
            over=chart_number(answers.answered + answers.closed_unanswered),
            companies_answered=chart_number(answers.companies_answered),
            companies=self.tr("%Ln compan(y/ies)", "", answers.companies),
        )
        self.cards[5].title.setText(
            self.tr("Did they answer? Answer rate {rate}").format(rate=_percent(answers.rate))
        )
        self.cards[5].set_rows(rows, summary, has_data=total > 0)
