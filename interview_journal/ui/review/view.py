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

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
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

from interview_journal.core.vocabulary import ROUND_KINDS
from interview_journal.ui.background import LatestResult
from interview_journal.ui.feedback import guarded
from interview_journal.ui.layout import named, tab_chain
from interview_journal.ui.research.models import format_date, name_key
from interview_journal.ui.research.widgets import Hint
from interview_journal.ui.review.charts import (
    BarChart,
    Chart,
    ChartRow,
    ChartTableModel,
    ColumnChart,
)
from interview_journal.ui.review.models import (
    NO_COMPANY,
    ColumnModel,
    InterviewTableModel,
    OccurrenceModel,
    QuestionTableModel,
    ReplayModel,
    SortProxy,
    StudyOccurrenceModel,
    StudyTableModel,
    clock_text,
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
NO_INTERVIEWS = (
    "Past interviews appear here after you take live notes (Ctrl+2), and once the date "
    "of an interview you scheduled has passed. Each one keeps its notes, line by line, "
    "with your self-review."
)
NO_MATCH = (
    "No interview matches these filters. Choose “All companies” and “All rounds”, "
    "or clear the text."
)
NO_INTERVIEW_SELECTED = "Choose an interview above to read its notes again, line by line."
NO_LINES = (
    "No notes were taken in this interview. Next time, open Live interview (Ctrl+2) when "
    "it starts: every line keeps the minute it was written."
)
NO_QUESTIONS = (
    "The questions you were asked appear here. During an interview (Ctrl+2) start a line "
    "with “Q:” for their question and “A:” for your answer; the questions you ask from "
    "your question bank appear here too once ticked as asked."
)
NO_QUESTION_MATCH = "No question matches this filter."
NO_QUESTION_SELECTED = "Choose a question to see each time it was asked, and the answer."
NO_STUDY = (
    "Your study list fills itself. During an interview (Ctrl+2), start a line with “DK:” "
    "whenever you did not know something: it appears here to study before the next round."
)
ALL_STUDIED = "Everything on your list is studied. Untick “Hide studied” to see it again."
NO_TOPIC_SELECTED = "Choose a topic to see where it came up."
NO_STATISTICS = (
    "Statistics appear here once you add applications on the Pipeline (Ctrl+4) and take "
    "interview notes: applications per week, how far processes go, which rounds lead "
    "further, and how long companies take to answer."
)
LOADING = "Gathering…"
WEEK_CHOICES = (12, 26, 52)
# Past this many lines a replay gets one row height (sizing every row costs too much).
WRAP_LINE_LIMIT = 400
TAB_KEYS = ("interviews", "questions", "study", "statistics")


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"


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
        self.table = named(QTableView(), chart.objectName() + "Table", f"{title}, as a table")
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
        named(self, "reviewView", "Review")
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

        self.tabs = named(QTabWidget(), "reviewTabs", "Review sections")
        self.tabs.setDocumentMode(True)
        self.interviews_tab = self._build_interviews()
        self.questions_tab = self._build_questions()
        self.study_tab = self._build_study()
        self.statistics_tab = self._build_statistics()
        self.tabs.addTab(self.interviews_tab, "&Interviews")
        self.tabs.addTab(self.questions_tab, "&Questions")
        self.tabs.addTab(self.study_tab, "Stu&dy list")
        self.tabs.addTab(self.statistics_tab, "Stat&istics")
        self.tabs.currentChanged.connect(lambda _index: self._load_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)

    # ============================================================ interviews
    def _build_interviews(self) -> QWidget:
        page = named(QWidget(), "reviewInterviewsTab", "Past interviews")
        self.company_filter = named(QComboBox(), "reviewCompanyFilter", "Company")
        self.company_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.company_filter.setMinimumContentsLength(18)
        self.company_filter.setMaxVisibleItems(20)
        self.company_filter.addItem("All companies", None)
        self.kind_filter = named(QComboBox(), "reviewKindFilter", "Round kind")
        self.kind_filter.addItem("All rounds", None)
        for key, text in ROUND_KINDS.items():
            self.kind_filter.addItem(text, key)
        self.text_filter = _filter_edit(
            "reviewTextFilter", "Filter interviews", "Filter by company, role or self-review"
        )
        filters = QHBoxLayout()
        filters.addWidget(_caption("Co&mpany", self.company_filter))
        filters.addWidget(self.company_filter)
        filters.addWidget(_caption("Ro&und", self.kind_filter))
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.text_filter, 1)
        self.interview_count = _count_label("reviewInterviewCount")
        filters.addWidget(self.interview_count)

        self.interview_model = InterviewTableModel(self)
        self.interview_table = _table(
            "reviewInterviewTable", "Past interviews", self.interview_model, sortable=True
        )
        self.interview_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = self.interview_table.horizontalHeader()
        metrics = self.interview_table.fontMetrics()
        for column, sample in enumerate(
            (
                "30 Sep 2026 ",
                "Harborlight Analytics",
                "Technical interview ",
                "pending",
                "Energy",
                "Lines",
                "Did not know",
            )
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.interview_hint = Hint("reviewNoInterviewsHint", NO_INTERVIEWS)
        self.interview_stack = _stack(
            "reviewInterviewStack", "Past interviews", self.interview_table, self.interview_hint
        )

        # ---------------------------------------------------------- detail
        self.summary = named(QTextBrowser(), "reviewInterviewSummary", "Interview summary")
        self.summary.setOpenLinks(False)
        self.summary.setReadOnly(True)
        self.company_button = named(
            QPushButton("Open &company"), "reviewOpenCompany", "Open the company"
        )
        self.timeline_button = named(
            QPushButton("Open in &timeline"), "reviewOpenTimeline", "Open this process's timeline"
        )
        self.company_button.clicked.connect(self._open_company)
        self.timeline_button.clicked.connect(self._open_timeline)
        self.export_button = named(QPushButton("&Export…"), "reviewExport", "Export this interview")
        self.export_button.setToolTip("This interview as Markdown or as a PDF")
        export_menu = QMenu(self.export_button)
        export_menu.setObjectName("reviewExportMenu")
        for key, text in (("round_markdown", "As &Markdown…"), ("round_pdf", "As &PDF…")):
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
            "reviewReplayTable", "Notes of this interview", self.replay_model, sortable=False
        )
        self.replay_table.setWordWrap(True)
        self.replay_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        replay_header = self.replay_table.horizontalHeader()
        for column in range(3):
            replay_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        replay_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.replay_hint = Hint("reviewNoLinesHint", NO_LINES)
        self.replay_stack = _stack(
            "reviewReplayStack", "Notes of this interview", self.replay_table, self.replay_hint
        )
        replay_box = QWidget()
        replay_layout = QVBoxLayout(replay_box)
        replay_layout.setContentsMargins(0, 0, 0, 0)
        replay_layout.addWidget(_heading("Notes, as they were written", "reviewReplayHeading"))
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
        self.detail_hint = Hint("reviewNoInterviewSelectedHint", NO_INTERVIEW_SELECTED)
        self.detail_stack = _stack("reviewDetailStack", "Interview", detail, self.detail_hint)

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
        page = named(QWidget(), "reviewQuestionsTab", "Questions across interviews")
        self.asked_filter = named(QComboBox(), "reviewAskedFilter", "Which questions")
        self.asked_filter.addItem("All questions", None)
        self.asked_filter.addItem("Asked of me", "them")
        self.asked_filter.addItem("Asked by me", "me")
        self.question_filter = _filter_edit(
            "reviewQuestionFilter", "Filter questions", "Filter by words of the question"
        )
        filters = QHBoxLayout()
        filters.addWidget(_caption("&Show", self.asked_filter))
        filters.addWidget(self.asked_filter)
        filters.addWidget(self.question_filter, 1)
        self.question_count = _count_label("reviewQuestionCount")
        filters.addWidget(self.question_count)

        self.question_model = QuestionTableModel(self)
        self.question_table = _table(
            "reviewQuestionTable", "Questions", self.question_model, sortable=True
        )
        # Most asked first; the proxy's sort is stable, so ties stay most recent first.
        self.question_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        header = self.question_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.question_table.fontMetrics()
        for column, sample in (
            (1, "Asked of me"),
            (2, "Times"),
            (3, "Harborlight Analytics, Basalt"),
            (4, "30 Sep 2026"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.question_hint = Hint("reviewNoQuestionsHint", NO_QUESTIONS)
        self.question_stack = _stack(
            "reviewQuestionStack", "Questions", self.question_table, self.question_hint
        )
        self.occurrence_model = OccurrenceModel(self)
        self.occurrence_table = _table(
            "reviewOccurrenceTable", "Each time it was asked", self.occurrence_model, False
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
        self.occurrence_hint = Hint("reviewNoQuestionSelectedHint", NO_QUESTION_SELECTED)
        self.occurrence_stack = _stack(
            "reviewOccurrenceStack", "Each time it was asked", occurrences, self.occurrence_hint
        )
        self.occurrence_page = occurrences
        self.open_asked_button = named(
            QPushButton("Open this &interview"), "reviewOpenAskedInterview", "Open this interview"
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
        page = named(QWidget(), "reviewStudyTab", "Study list")
        intro = QLabel(
            "What you did not know in past interviews (“DK:” lines), one topic a row; a topic "
            "missed several times shows how often. Tick it once studied: a new “DK:” on the "
            "same topic brings it back."
        )
        intro.setObjectName("reviewStudyIntro")
        intro.setWordWrap(True)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hide_studied = named(
            QCheckBox("&Hide studied"), "reviewHideStudied", "Hide studied topics"
        )
        self.study_count = QLabel()
        self.study_count.setObjectName("reviewStudyCount")
        top = QHBoxLayout()
        top.addWidget(self.hide_studied)
        top.addStretch(1)
        top.addWidget(self.study_count)
        self.study_model = StudyTableModel(self)
        self.study_table = _table("reviewStudyTable", "Study list", self.study_model, True)
        self.study_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.study_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.study_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.study_table.fontMetrics()
        for column, sample in (
            (0, "To study    "),
            (2, "Times"),
            (3, "Harborlight Analytics, Basalt"),
            (4, "30 Sep 2026"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.study_hint = Hint("reviewNoStudyHint", NO_STUDY)
        self.study_stack = _stack(
            "reviewStudyStack", "Study list", self.study_table, self.study_hint
        )

        self.where_model = StudyOccurrenceModel(self)
        self.where_table = _table("reviewStudyWhere", "Where it came up", self.where_model, False)
        for column in range(2):
            self.where_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.open_topic_button = named(
            QPushButton("Open this &interview"), "reviewOpenStudyInterview", "Open this interview"
        )
        self.open_topic_button.clicked.connect(self._open_topic_interview)
        self.where_table.doubleClicked.connect(lambda _index: self._open_topic_interview())
        where = QWidget()
        where_layout = QVBoxLayout(where)
        where_layout.setContentsMargins(0, 0, 0, 0)
        self.where_heading = _heading("Where it came up", "reviewStudyWhereHeading")
        self.where_heading.setWordWrap(True)
        where_layout.addWidget(self.where_heading)
        where_layout.addWidget(self.where_table, 1)
        where_layout.addWidget(self.open_topic_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.where_hint = Hint("reviewNoTopicSelectedHint", NO_TOPIC_SELECTED)
        self.where_stack = _stack(
            "reviewStudyWhereStack", "Where it came up", where, self.where_hint
        )
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
        page = named(QWidget(), "reviewStatisticsTab", "Statistics")
        self.weeks_choice = named(QComboBox(), "reviewWeeksChoice", "Weeks shown")
        for weeks in WEEK_CHOICES:
            self.weeks_choice.addItem(f"Last {weeks} weeks", weeks)
        self.weeks_choice.setCurrentIndex(1)
        self.as_tables = named(
            QCheckBox("Show the numbers as &tables"), "reviewChartsAsTables", "Show as tables"
        )
        self.statistics_summary = QLabel()
        self.statistics_summary.setObjectName("reviewStatisticsSummary")
        self.statistics_summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(_caption("&Applications per week over the", self.weeks_choice))
        top.addWidget(self.weeks_choice)
        top.addStretch(1)
        top.addWidget(self.as_tables)

        self.weeks_chart = ColumnChart(
            "reviewWeeksChart",
            "Applications per week",
            series=("Applications",),
            x_title="ISO week (Monday to Sunday)",
            y_title="Applications",
            category="Week",
        )
        self.funnel_chart = BarChart(
            "reviewStagesChart",
            "How far applications went",
            series=("Applications",),
            x_title="Applications that reached each stage (or went past it)",
            category="Stage",
        )
        self.rounds_chart = BarChart(
            "reviewRoundsChart",
            "What followed each kind of interview",
            series=("Moved on", "Stopped there", "No outcome yet"),
            x_title="Interviews held, by what came after",
            category="Kind of interview",
        )
        self.first_answer_chart = ColumnChart(
            "reviewFirstAnswerChart",
            "Days to a first answer after applying",
            series=("Applications",),
            x_title="Days from applying to their first answer",
            y_title="Applications",
            category="Days",
        )
        self.after_round_chart = ColumnChart(
            "reviewAfterRoundChart",
            "Days to hear back after an interview",
            series=("Interviews",),
            x_title="Days from the end of an interview to the next word from them",
            y_title="Interviews",
            category="Days",
        )
        self.answers_chart = BarChart(
            "reviewAnswersChart",
            "Did they answer",
            series=("Applications",),
            x_title="Applications sent, by whether the company answered",
            category="Answer",
        )
        self.cards = [
            ChartCard(
                "Applications per week",
                self.weeks_chart,
                "No application in these weeks. Add applications with the date you applied "
                "on the Pipeline (Ctrl+4).",
            ),
            ChartCard(
                "How far applications went",
                self.funnel_chart,
                "Add applications on the Pipeline (Ctrl+4) and move them along the stages.",
            ),
            ChartCard(
                "What followed each kind of interview",
                self.rounds_chart,
                "Once interviews have taken place, this shows which kinds led to a next "
                "round or an offer.",
            ),
            ChartCard(
                "Days to a first answer after applying",
                self.first_answer_chart,
                "Log the messages companies send you (Contacts, or “Log contact” on the "
                "Pipeline) to see how long they take to answer.",
            ),
            ChartCard(
                "Days to hear back after an interview",
                self.after_round_chart,
                "Once an interview has ended and the company got back to you, the wait shows here.",
            ),
            ChartCard(
                "Did they answer?",
                self.answers_chart,
                "Applications sent appear here, by whether the company answered.",
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
        scroll = named(QScrollArea(), "reviewStatisticsScroll", "Statistics")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        self.statistics_hint = Hint("reviewNoStatisticsHint", NO_STATISTICS)
        self.statistics_stack = _stack(
            "reviewStatisticsStack", "Statistics", scroll, self.statistics_hint
        )
        self.statistics_content = scroll
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.statistics_summary)
        layout.addWidget(self.statistics_stack, 1)
        self.weeks_choice.currentIndexChanged.connect(lambda _i: self._reload("statistics"))
        self.as_tables.toggled.connect(self._charts_as_tables)
        tab_chain([self.weeks_choice, self.as_tables, *(card.chart for card in self.cards)])
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
            self.interview_count.setText(LOADING)
            self._request(self._interviews_reader, lambda review: review.interviews())
        elif key == "questions":
            self.question_count.setText(LOADING)
            self._request(self._questions_reader, lambda review: review.questions())
        elif key == "study":
            self.study_count.setText(LOADING)
            self._request(self._study_reader, lambda review: review.study_list())
        else:
            weeks = int(self.weeks_choice.currentData() or WEEK_CHOICES[0])
            self.statistics_summary.setText(LOADING)
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
                names.setdefault(row.company_id, row.company_name or NO_COMPANY)
        self.company_filter.blockSignals(True)
        self.company_filter.clear()
        self.company_filter.addItem("All companies", None)
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
            self.interview_hint.set_hint(NO_INTERVIEWS)
        elif not rows:
            self.interview_hint.set_hint(NO_MATCH)
        self.interview_stack.setCurrentWidget(self.interview_table if rows else self.interview_hint)
        # With nothing listed there is nothing to choose: the hint above says it all.
        self.detail_stack.setVisible(bool(rows))
        shown = len(rows)
        self.interview_count.setText(
            _plural(total, "interview") if shown == total else f"{shown:,} of {total:,} interviews"
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
            facts.append(f"{local_day(when)}, {clock_text(when)}")
        if interview.started_at and interview.ended_at:
            minutes = round((interview.ended_at - interview.started_at).total_seconds() / 60)
            if minutes >= 1:
                facts.append(f"{minutes} min")
        if interview.role:
            facts.append(interview.role)
        parts = [
            f"<h3 style='margin-bottom: 2px;'>{html.escape(title)}</h3>",
            f"<p style='color: {quiet}; margin-top: 0;'>{html.escape(' · '.join(facts))}</p>",
        ]
        rows = [
            ("Outcome", interview.outcome or "Not noted yet"),
            ("Energy", f"{interview.energy} of 5" if interview.energy is not None else "Not noted"),
            (
                "Notes",
                f"{_plural(interview.note_lines, 'line')}, {interview.did_not_know:,} did not know",
            ),
        ]
        if interview.next_step:
            rows.append(("Next step", interview.next_step))
        if replay.attendees:
            rows.append(("Who was there", ", ".join(replay.attendees)))
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

        section("How it went", interview.self_review or "No self-review written yet.")
        if interview.answer_differently:
            section("What I would answer differently", interview.answer_differently)
        if replay.asked:
            parts.append("<h4 style='margin-bottom: 2px;'>Questions I asked</h4><ul>")
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
        self.question_hint.set_hint(NO_QUESTION_MATCH if total else NO_QUESTIONS)
        self.question_stack.setCurrentWidget(self.question_table if rows else self.question_hint)
        self.question_count.setText(
            _plural(total, "question") if len(rows) == total else f"{len(rows):,} of {total:,}"
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
        who = "asked of me" if group.asked_by == "them" else "asked by me"
        self.occurrence_heading.setText(f"“{group.text}” — {who} {_plural(group.count, 'time')}")
        self._set_occurrences(list(group.occurrences))
        self.occurrence_note.setText("")
        if group.asked_by == "them":
            from interview_journal.core.review import ANSWERED_ROUNDS

            if group.count > ANSWERED_ROUNDS:
                self.occurrence_note.setText(
                    f"Answers are shown for the {ANSWERED_ROUNDS} most recent times; open an "
                    "older interview to read what you said then."
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
        self.study_hint.set_hint(ALL_STUDIED if total else NO_STUDY)
        self.study_stack.setCurrentWidget(self.study_table if rows else self.study_hint)
        self.study_count.setText(f"{_plural(total, 'topic')}, {studied:,} studied" if total else "")
        self.where_stack.setCurrentWidget(self.where_hint)

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
            self.study_count.setText(f"{_plural(len(self._topics), 'topic')}, {count:,} studied")
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
        self.where_heading.setText(f"“{topic.text}” came up {_plural(topic.count, 'time')}")
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
            f"{_plural(result.applications, 'application')} and "
            f"{_plural(result.rounds_held, 'interview')} in the journal. Point at a bar for "
            "its numbers."
        )

    def _show_weeks(self, stats: ReviewStatistics) -> None:
        weeks = stats.weeks
        total = sum(week.count for week in weeks)
        rows = [
            ChartRow(
                week.label,
                (float(week.count),),
                tooltip=f"Week {week.iso_week} of {week.iso_year} (from "
                f"{format_date(week.monday)}): {_plural(week.count, 'application')}",
            )
            for week in weeks
        ]
        average = total / len(weeks) if weeks else 0.0
        summary = (
            f"{_plural(total, 'application')} in the last {len(weeks)} weeks, "
            f"{average:.1f} a week on average."
        )
        self.weeks_chart.set_note(f"{total:,} in {len(weeks)} weeks")
        self.cards[0].set_rows(rows, summary, has_data=total > 0)

    def _show_funnel(self, stats: ReviewStatistics) -> None:
        rows = []
        for reach in stats.stages:
            note = f"{reach.reached:,} · {_percent(reach.share)}"
            tip = (
                f"{reach.name}: {_plural(reach.reached, 'application')} reached it or went "
                f"past, {_percent(reach.share)} of all"
            )
            if reach.step_share is not None:
                tip += f", {_percent(reach.step_share)} of those at the stage before"
            rows.append(ChartRow(reach.name, (float(reach.reached),), note, tip))
        first = stats.stages[0].reached if stats.stages else 0
        summary = "Of every application, how many reached each stage of the pipeline."
        if len(stats.stages) > 1:
            last = stats.stages[-1]
            summary = (
                f"Of {_plural(first, 'application')}, {last.reached:,} reached "
                f"{last.name} ({_percent(last.share)})."
            )
        self.cards[1].set_rows(rows, summary, has_data=first > 0)

    def _show_rounds(self, stats: ReviewStatistics) -> None:
        rows = []
        for kind in stats.round_kinds:
            decided = kind.moved_on + kind.stopped
            note = (
                f"{_percent(kind.rate)} moved on ({kind.moved_on:,} of {decided:,})"
                if decided
                else f"{kind.held:,} held, no outcome yet"
            )
            tip = (
                f"{kind.label}: {_plural(kind.held, 'interview')} held; {kind.moved_on:,} "
                f"moved on, {kind.stopped:,} stopped there, {kind.waiting:,} with no outcome yet"
            )
            rows.append(
                ChartRow(
                    kind.label,
                    (float(kind.moved_on), float(kind.stopped), float(kind.waiting)),
                    note,
                    tip,
                )
            )
        summary = (
            "For each kind of interview: how many were followed by another round or an "
            "offer (moved on), how many ended the process (stopped there), and how many "
            "still wait for an outcome."
        )
        self.cards[2].set_rows(rows, summary, has_data=bool(rows))

    def _show_response_times(self, stats: ReviewStatistics) -> None:
        for card, chart, data, noun in (
            (self.cards[3], self.first_answer_chart, stats.first_response, "application"),
            (self.cards[4], self.after_round_chart, stats.after_round, "interview"),
        ):
            median = data.median
            if median is None:
                note = "No answer recorded yet"
            else:
                days = f"{median:g} day{'' if median == 1 else 's'}"
                note = f"Median: {days} (of {_plural(data.count, noun)})"
            rows = [
                ChartRow(
                    item.label,
                    (float(item.count),),
                    tooltip=f"{item.label} days: {_plural(item.count, noun)}",
                )
                for item in data.bins
            ]
            chart.set_note(note)
            card.set_rows(rows, note + ".", has_data=data.count > 0)

    def _show_answers(self, stats: ReviewStatistics) -> None:
        answers = stats.answers
        total = answers.total

        def share(count: int) -> str:
            return f"{count:,} · {_percent(count / total if total else None)}"

        closed = "Closed without an answer"
        rows = [
            ChartRow("Answered", (float(answers.answered),), share(answers.answered)),
            ChartRow(
                closed,
                (float(answers.closed_unanswered),),
                share(answers.closed_unanswered),
                f"{closed}: {answers.closed_unanswered:,}, of which "
                f"{answers.closed_no_response:,} closed as “No response”",
            ),
            ChartRow("Still waiting", (float(answers.waiting),), share(answers.waiting)),
        ]
        summary = (
            f"Answer rate {_percent(answers.rate)}: {answers.answered:,} of "
            f"{answers.answered + answers.closed_unanswered:,} applications whose wait is over "
            f"got an answer; {answers.companies_answered:,} of "
            f"{_plural(answers.companies, 'company', 'companies')} answered at least once."
        )
        self.cards[5].title.setText(f"Did they answer? Answer rate {_percent(answers.rate)}")
        self.cards[5].set_rows(rows, summary, has_data=total > 0)
