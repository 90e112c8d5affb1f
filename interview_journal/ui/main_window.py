"""The main window: navigation among the views, a message bar, remembered geometry.

It imports no database code: the window paints first, and the journal is opened in the
background by :mod:`interview_journal.ui.app`, which then calls :meth:`attach`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_journal import APP_NAME
from interview_journal.ui.live import LiveView
from interview_journal.ui.research import ResearchView
from interview_journal.ui.timeline import TimelineView

if TYPE_CHECKING:
    from interview_journal.core.services import Services


class JournalView(Protocol):
    def attach(self, services: Services) -> None: ...
    def refresh(self) -> None: ...
    def focus_primary(self) -> None: ...


VIEW_KEYS = ("research", "live", "timeline")
MESSAGE_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    sample_requested = Signal()
    own_journal_requested = Signal()

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.setWindowTitle(APP_NAME)
        self._settings = settings
        self._services: Services | None = None

        self.research_view = ResearchView()
        self.live_view = LiveView()
        self.timeline_view = TimelineView()
        self._views: dict[str, QWidget] = {
            "research": self.research_view,
            "live": self.live_view,
            "timeline": self.timeline_view,
        }
        self._stack = QStackedWidget()
        self._stack.setObjectName("viewStack")
        for view in self._views.values():
            self._stack.addWidget(view)

        self._message = QLabel()
        self._message.setObjectName("messageBar")
        self._message.setAccessibleName("Message")
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self._message.hide)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._message)
        column.addWidget(self._stack, 1)
        self.setCentralWidget(central)

        self._build_navigation()
        self._build_menus()
        self.live_view.session_ended.connect(lambda _round_id: self.timeline_view.refresh())
        self.statusBar().setObjectName("statusBar")
        self.statusBar().showMessage("Opening your journal…")
        self._restore_state()

    # ------------------------------------------------------------- navigation
    def _build_navigation(self) -> None:
        bar = QToolBar("Views")
        bar.setObjectName("navigationBar")
        bar.setAccessibleName("Views")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)
        group = QActionGroup(self)
        group.setExclusive(True)
        self._nav_actions: dict[str, QAction] = {}
        labels = {"research": "Research", "live": "Live interview", "timeline": "Timeline"}
        for number, key in enumerate(VIEW_KEYS, start=1):
            action = QAction(labels[key], self)
            action.setObjectName(f"nav_{key}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(f"{labels[key]} (Ctrl+{number})")
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            group.addAction(action)
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setObjectName(f"navButton_{key}")
                button.setAccessibleName(labels[key])
                button.setMinimumWidth(120)
            self._nav_actions[key] = action

    def _build_menus(self) -> None:
        journal_menu = self.menuBar().addMenu("&Journal")
        journal_menu.setObjectName("journalMenu")
        start_live = QAction("Start interview notes", self)
        start_live.setObjectName("action_start_live")
        start_live.setShortcut(QKeySequence("Ctrl+L"))
        start_live.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        # triggered(bool) must not reach start_live() as the company name.
        start_live.triggered.connect(lambda _checked=False: self.start_live())
        journal_menu.addAction(start_live)
        journal_menu.addSeparator()
        self._sample_action = QAction("Explore the sample journal", self)
        self._sample_action.setObjectName("action_open_sample")
        self._sample_action.triggered.connect(self.sample_requested.emit)
        journal_menu.addAction(self._sample_action)
        self._own_action = QAction("Back to my journal", self)
        self._own_action.setObjectName("action_open_own")
        self._own_action.triggered.connect(self.own_journal_requested.emit)
        self._own_action.setVisible(False)
        journal_menu.addAction(self._own_action)
        journal_menu.addSeparator()
        quit_action = QAction("Quit", self)
        quit_action.setObjectName("action_quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        journal_menu.addAction(quit_action)
        self.addAction(start_live)

    def show_view(self, key: str) -> None:
        view = self._views[key]
        self._stack.setCurrentWidget(view)
        self._nav_actions[key].setChecked(True)
        if self._services is not None:
            journal_view: JournalView = view  # type: ignore[assignment]
            journal_view.refresh()
            journal_view.focus_primary()

    def current_view_key(self) -> str:
        current = self._stack.currentWidget()
        return next(key for key, view in self._views.items() if view is current)

    def start_live(self, company_name: str = "", kind: str = "other") -> None:
        self.show_view("live")
        self.live_view.start_quick(company_name, kind)
        self.live_view.focus_primary()

    # ---------------------------------------------------------------- journal
    def attach(self, services: Services, *, sample: bool = False) -> None:
        """Hand the open journal to every view (called on the UI thread)."""
        self._services = services
        for view in self._views.values():
            journal_view: JournalView = view  # type: ignore[assignment]
            journal_view.attach(services)
        self._sample_action.setVisible(not sample)
        self._own_action.setVisible(sample)
        title = f"{APP_NAME} — sample journal" if sample else APP_NAME
        self.setWindowTitle(title)
        self.statusBar().showMessage(
            "Sample journal: try things freely, your own journal is untouched." if sample else ""
        )
        if self.live_view.in_session:
            self.show_view("live")
        else:
            self.show_view(self.current_view_key())

    @property
    def services(self) -> Services | None:
        """The open journal's services, or None while none is open."""
        return self._services

    def detach(self) -> Services | None:
        if self._services is not None:
            self.research_view.save_pending()
        services, self._services = self._services, None
        return services

    def show_failure(self, message: str) -> None:
        """The journal could not be opened: say why in the window, keep it open."""
        self.statusBar().showMessage("The journal is not open.")
        self.show_message(message, error=True, sticky=True)

    def show_message(self, message: str, *, error: bool = False, sticky: bool = False) -> None:
        self._message.setText(message)
        self._message.setProperty("error", error)
        self._message.style().unpolish(self._message)
        self._message.style().polish(self._message)
        self._message.show()
        self._message_timer.stop()
        if not sticky:
            self._message_timer.start(MESSAGE_TIMEOUT_MS)

    def message_text(self) -> str:
        return self._message.text() if self._message.isVisible() else ""

    # ------------------------------------------------------------ persistence
    def _restore_state(self) -> None:
        key = "research"
        if self._settings is not None:
            geometry = self._settings.value("window/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
            stored = str(self._settings.value("window/view", "research"))
            key = stored if stored in VIEW_KEYS else "research"
        if self._settings is None or self._settings.value("window/geometry") is None:
            self.resize(1180, 760)
        self._stack.setCurrentWidget(self._views[key])
        self._nav_actions[key].setChecked(True)

    def save_state(self) -> None:
        if self._settings is None:
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/view", self.current_view_key())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.live_view.in_session and not self.live_view.flush():
            self.show_message(
                "Your last lines could not be saved yet; the window stays open so nothing is lost.",
                error=True,
                sticky=True,
            )
            event.ignore()
            return
        self.research_view.save_pending()
        self.save_state()
        services = self.detach()
        if services is not None:
            services.close()
        super().closeEvent(event)
