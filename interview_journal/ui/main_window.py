"""The main window: navigation among the views, a message bar, remembered geometry.

It imports no database code and no view: the window paints first as a shell (navigation,
menus, status bar), and the journal is opened in the background by
:mod:`interview_journal.ui.app`, which then calls :meth:`attach`. A view's module is
imported and the view built when it is first needed, so start-up pays for one view, not
eight (``benchmarks/startup.py`` measures it).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_journal import APP_NAME
from interview_journal.core.i18n import QT_TRANSLATE_NOOP
from interview_journal.ui.background import LatestResult
from interview_journal.ui.shortcuts import SHEET_KEYS

if TYPE_CHECKING:
    from interview_journal.core.pipeline import KeepApplying
    from interview_journal.core.search import GlobalHit
    from interview_journal.core.services import Services
    from interview_journal.paths import DataPaths
    from interview_journal.ui.contacts import ContactsView
    from interview_journal.ui.follow_up import FollowUpComposer, LogContactDialog
    from interview_journal.ui.live import LiveView
    from interview_journal.ui.offers import OffersView
    from interview_journal.ui.pipeline import PipelineView
    from interview_journal.ui.reminders import RemindersView
    from interview_journal.ui.research import ResearchView
    from interview_journal.ui.review import ReviewView
    from interview_journal.ui.search.panel import GlobalSearchDialog
    from interview_journal.ui.settings import ThresholdsDialog
    from interview_journal.ui.timeline import TimelineView
    from interview_journal.ui.transfer.backups_dialog import BackupsDialog
    from interview_journal.ui.transfer.import_dialog import ImportDialog
    from interview_journal.ui.welcome import Start, WelcomeDialog


class JournalView(Protocol):
    def attach(self, services: Services) -> None: ...
    def refresh(self) -> None: ...
    def focus_primary(self) -> None: ...


VIEW_KEYS = (
    "research",
    "live",
    "timeline",
    "pipeline",
    "contacts",
    "offers",
    "reminders",
    "review",
)
# The English source names (the shortcut sheet groups by them); what the window shows is
# view_label(key), translated when it is used (QT_TRANSLATE_NOOP only marks them for lupdate).
VIEW_LABELS = {
    "research": QT_TRANSLATE_NOOP("MainWindow", "Research"),
    "live": QT_TRANSLATE_NOOP("MainWindow", "Live interview"),
    "timeline": QT_TRANSLATE_NOOP("MainWindow", "Timeline"),
    "pipeline": QT_TRANSLATE_NOOP("MainWindow", "Pipeline"),
    "contacts": QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
    "offers": QT_TRANSLATE_NOOP("MainWindow", "Offers"),
    "reminders": QT_TRANSLATE_NOOP("MainWindow", "Reminders"),
    "review": QT_TRANSLATE_NOOP("MainWindow", "Review"),
}


def view_label(key: str) -> str:
    """The name of the view ``key`` in the user's language."""
    return QCoreApplication.translate("MainWindow", VIEW_LABELS[key])


# Ctrl+K is a text field's "delete to end of line" on Linux and macOS, and the field keeps
# it; Ctrl+Shift+F works with the cursor anywhere.
SEARCH_SHORTCUTS = ("Ctrl+K", "Ctrl+Shift+F")
# Where each view's class lives; imported when the view is first needed.
VIEW_CLASSES = {
    "research": ("interview_journal.ui.research", "ResearchView"),
    "live": ("interview_journal.ui.live", "LiveView"),
    "timeline": ("interview_journal.ui.timeline", "TimelineView"),
    "pipeline": ("interview_journal.ui.pipeline", "PipelineView"),
    "contacts": ("interview_journal.ui.contacts", "ContactsView"),
    "offers": ("interview_journal.ui.offers", "OffersView"),
    "reminders": ("interview_journal.ui.reminders", "RemindersView"),
    "review": ("interview_journal.ui.review", "ReviewView"),
}
# Views that point elsewhere (navigate) and that write to the journal (changed).
_NAVIGATING = ("timeline", "pipeline", "contacts", "offers", "reminders", "review")
_WRITING = ("pipeline", "contacts", "offers", "reminders", "review")
MESSAGE_TIMEOUT_MS = 8000
# Reminders fall due as time passes, with nothing written to the journal meanwhile.
STATUS_REFRESH_MS = 5 * 60 * 1000


@dataclass(frozen=True)
class FollowThroughStatus:
    """What the window shows from every view: reminders due and the keep-applying line."""

    due: int
    keep_applying: KeepApplying


def _back_up(paths: DataPaths) -> Path | str:
    """The backup's path, or the sentence saying why there is none."""
    from interview_journal.storage.backup import backup_now
    from interview_journal.storage.errors import JournalError

    try:
        return backup_now(paths)
    except (JournalError, OSError) as error:
        return QCoreApplication.translate("MainWindow", "No backup was made: {reason}").format(
            reason=error
        )


def _with_keys(text: str, action: QAction) -> str:
    """A tooltip naming the action's key, written as the system writes keys."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return QCoreApplication.translate("MainWindow", "{action} ({keys})").format(
        action=text, keys=keys
    )


def _follow_through_status(services: Services) -> FollowThroughStatus:
    return FollowThroughStatus(services.reminders.due_count(), services.pipeline.keep_applying())


@dataclass(frozen=True)
class RestoreOffer:
    """The journal file is damaged or foreign: the newest whole backup to put in its
    place (``backup`` and when it was taken), or None for both when there is none."""

    backup: Path | None
    taken: datetime | None
    keeps_current: bool = True  # the file there now holds something, kept on restoring

    def sentence(self) -> str:
        if self.backup is None or self.taken is None:
            return QCoreApplication.translate(
                "MainWindow",
                "No backup of your journal was found. If you have a copy elsewhere, choose it "
                "with Journal ▸ Backups and restore…",
            )
        if self.keeps_current:
            return QCoreApplication.translate(
                "MainWindow",
                "Your latest backup is from {when}: restore it to carry on (the file there "
                "now is kept in the backups folder).",
            ).format(when=_when(self.taken))
        return QCoreApplication.translate(
            "MainWindow", "Your latest backup is from {when}: restore it to carry on."
        ).format(when=_when(self.taken))


def _when(moment: datetime) -> str:
    """The day and time in the user's locale and local time zone."""
    from interview_journal.ui.i18n import format_moment

    return format_moment(moment)


class NotOpenPage(QWidget):
    """What the window shows while no journal is open: why, and the way back.

    For a damaged or foreign file that is the newest whole backup, restored in one click
    through the window's ``restore_requested``, like a restore from the backups dialog;
    without one, the dialog, to choose a copy kept elsewhere.
    """

    restore_requested = Signal(object)
    choose_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("journalNotOpen")
        self._offer: RestoreOffer | None = None
        self.heading = QLabel(self.tr("Your journal is not open"))
        self.heading.setObjectName("journalNotOpenHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.reason = QLabel()
        self.reason.setObjectName("journalNotOpenReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreLatestBackup")
        self.restore_button.setAccessibleName(self.tr("Restore the latest backup"))
        self.restore_button.clicked.connect(self._restore)
        self.choose_button = QPushButton(self.tr("Backups and restore…"))
        self.choose_button.setObjectName("chooseBackup")
        self.choose_button.setAccessibleName(self.tr("Backups and restore"))
        self.choose_button.setAccessibleDescription(
            self.tr("Choose a backup, or a copy kept elsewhere, to put in place of the journal")
        )
        self.choose_button.clicked.connect(self.choose_requested.emit)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 48, 48, 48)
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.reason)
        column.addSpacing(12)
        for button in (self.restore_button, self.choose_button):
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(2)

    def show_reason(self, message: str, offer: RestoreOffer | None) -> None:
        self._offer = offer
        self.reason.setText(message)
        self.setAccessibleDescription(message)
        restorable = offer is not None and offer.backup is not None and offer.taken is not None
        if offer is not None and offer.taken is not None:
            label = self.tr("Restore the backup of {when}").format(when=_when(offer.taken))
            self.restore_button.setText(label)
            self.restore_button.setAccessibleName(label)
        self.restore_button.setVisible(restorable)
        self.restore_button.setEnabled(restorable)
        # Offered whenever the file is the problem: a copy may be kept elsewhere.
        self.choose_button.setVisible(offer is not None)
        if restorable:
            self.restore_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore(self) -> None:
        offer = self._offer
        if offer is None or offer.backup is None:
            return
        self.restore_button.setEnabled(False)  # one restore at a time
        self.restore_requested.emit(offer.backup)


class MainWindow(QMainWindow):
    sample_requested = Signal()
    own_journal_requested = Signal()
    restore_requested = Signal(object)  # the backup file (Path) to put in place of the journal

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.setWindowTitle(APP_NAME)
        self._settings = settings
        self._services: Services | None = None
        self._global_search: GlobalSearchDialog | None = None
        self._backups_dialog: BackupsDialog | None = None
        # The user's own journal, set by the application; backups and restores are of it,
        # also while the sample journal is open.
        self.own_paths: DataPaths | None = None

        self._views: dict[str, QWidget] = {}
        # The view shown, or to be shown once built (see _restore_state).
        self._current_key = "research"
        # Views are handed the journal when first shown, so opening it reads one view's
        # data, not eight.
        self._attached: set[str] = set()
        self._stack = QStackedWidget()
        self._stack.setObjectName("viewStack")
        self._opening = QLabel(self.tr("Opening your journal…"))
        self._opening.setObjectName("openingJournal")
        self._opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._opening.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack.addWidget(self._opening)

        self._message = QLabel()
        self._message.setObjectName("messageBar")
        self._message.setAccessibleName(self.tr("Message"))
        self._message.setTextFormat(Qt.TextFormat.PlainText)
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
        self._keep_applying = QLabel()
        self._keep_applying.setObjectName("keepApplyingStatus")
        self._keep_applying.setAccessibleName(self.tr("Keep applying"))
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addPermanentWidget(self._keep_applying)
        self.statusBar().showMessage(self.tr("Opening your journal…"))
        self._status_reader = LatestResult(self._show_status, self)
        self._backup_runner = LatestResult(self._backed_up, self)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._restore_state()
        self._showing_sample = False
        self._install_notifications()

    # ------------------------------------------------------------- navigation
    def _build_navigation(self) -> None:
        bar = QToolBar(self.tr("Views"))
        bar.setObjectName("navigationBar")
        bar.setAccessibleName(self.tr("Views"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)
        group = QActionGroup(self)
        group.setExclusive(True)
        self._nav_actions: dict[str, QAction] = {}
        for number, key in enumerate(VIEW_KEYS, start=1):
            label = view_label(key)
            action = QAction(label, self)
            action.setObjectName(f"nav_{key}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(_with_keys(label, action))
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            group.addAction(action)
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setObjectName(f"navButton_{key}")
                button.setAccessibleName(label)
                button.setAccessibleDescription(self.tr("Shows the {view} view").format(view=label))
                # Toolbar buttons take no focus by default: Tab could never reach the
                # views. TabFocus only, so a click leaves focus in the view it shows.
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.setMinimumWidth(120)
            self._nav_actions[key] = action

    def _build_menus(self) -> None:
        journal_menu = self.menuBar().addMenu(self.tr("&Journal"))
        journal_menu.setObjectName("journalMenu")
        start_live = QAction(self.tr("Start interview notes"), self)
        start_live.setObjectName("action_start_live")
        start_live.setShortcut(QKeySequence("Ctrl+L"))
        start_live.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        # triggered(bool) must not reach start_live() as the company name.
        start_live.triggered.connect(lambda _checked=False: self.start_live())
        journal_menu.addAction(start_live)
        search_action = QAction(self.tr("Search everything…"), self)
        search_action.setObjectName("action_search")
        search_action.setShortcuts([QKeySequence(keys) for keys in SEARCH_SHORTCUTS])
        search_action.setToolTip(
            _with_keys(self.tr("Search all notes, research, contacts and more"), search_action)
        )
        search_action.triggered.connect(self.open_global_search)
        journal_menu.addAction(search_action)
        journal_menu.addSeparator()
        self._backup_action = QAction(self.tr("Back up now"), self)
        self._backup_action.setObjectName("action_backup")
        self._backup_action.setToolTip(self.tr("Copy the whole journal into the backups folder"))
        self._backup_action.triggered.connect(self.back_up_now)
        journal_menu.addAction(self._backup_action)
        backups_action = QAction(self.tr("Backups and restore…"), self)
        backups_action.setObjectName("action_backups")
        backups_action.triggered.connect(self.open_backups)
        journal_menu.addAction(backups_action)
        self._build_export_menu(journal_menu)
        import_action = QAction(self.tr("&Import…"), self)
        import_action.setObjectName("action_import")
        import_action.setToolTip(
            self.tr(
                "Merge a journal exported as JSON, or add applications from a spreadsheet (CSV)"
            )
        )
        import_action.triggered.connect(self.open_import)
        journal_menu.addAction(import_action)
        settings_action = QAction(self.tr("Follow-through settings…"), self)
        settings_action.setObjectName("action_thresholds")
        settings_action.triggered.connect(self.open_thresholds)
        journal_menu.addAction(settings_action)
        journal_menu.addSeparator()
        self._sample_action = QAction(self.tr("Explore the sample journal"), self)
        self._sample_action.setObjectName("action_open_sample")
        self._sample_action.triggered.connect(self.sample_requested.emit)
        journal_menu.addAction(self._sample_action)
        self._own_action = QAction(self.tr("Back to my journal"), self)
        self._own_action.setObjectName("action_open_own")
        self._own_action.triggered.connect(self.own_journal_requested.emit)
        self._own_action.setVisible(False)
        journal_menu.addAction(self._own_action)
        journal_menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setObjectName("action_quit")
        # Spelled out: the standard Quit key is empty on Windows, and Ctrl+Q is what the
        # shortcut sheet promises on every system.
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        journal_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        sheet_action = QAction(self.tr("Keyboard shortcuts"), self)
        sheet_action.setObjectName("action_shortcut_sheet")
        # Text fields take a typed ? for themselves (they accept the ShortcutOverride of
        # a printable key), so ? opens the sheet only from lists, tables and buttons.
        sheet_action.setShortcuts([QKeySequence(keys) for keys in SHEET_KEYS])
        sheet_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        sheet_action.triggered.connect(self.show_shortcut_sheet)
        help_menu.addAction(sheet_action)
        self.addAction(sheet_action)
        self.addAction(start_live)
        self.addAction(search_action)

    def _build_export_menu(self, journal_menu: QMenu) -> None:
        from interview_journal.ui.transfer.exporting import (
            EXPORT_FORMATS,
            WHOLE_JOURNAL,
            Exporter,
        )

        self.exporter = Exporter(self)
        self.exporter.finished.connect(
            lambda message, error: self.show_message(message, error=error, sticky=error)
        )
        menu = journal_menu.addMenu(self.tr("&Export"))
        menu.setObjectName("exportMenu")
        for key in WHOLE_JOURNAL:
            action = menu.addAction(EXPORT_FORMATS[key].menu_label)
            action.setObjectName(f"action_export_{key}")
            action.triggered.connect(lambda _checked=False, k=key: self.export(k))
        menu.addSeparator()
        company = menu.addAction(EXPORT_FORMATS["company_markdown"].menu_label)
        company.setObjectName("action_export_company_markdown")
        company.setToolTip(self.tr("The company open in Research"))
        company.triggered.connect(self.export_current_company)

    def open_import(self) -> ImportDialog | None:
        if self._services is None:
            self.show_message(self.tr("Open a journal first."), error=True)
            return None
        from interview_journal.ui.transfer.import_dialog import ImportDialog

        dialog = ImportDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _summary: self.refresh_all())
        dialog.open()
        return dialog

    def offer_welcome(self, *, sample: bool = False) -> WelcomeDialog | None:
        """The first-run welcome, once ever, over an empty journal of the user's own."""
        from interview_journal.ui.welcome import SEEN_KEY, WelcomeDialog

        services = self._services
        if services is None or sample or self._settings is None:
            return None
        if self._settings.value(SEEN_KEY, False, type=bool) or not services.is_empty():
            return None
        self._settings.setValue(SEEN_KEY, True)
        dialog = WelcomeDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._welcome_chosen(dialog.choice))
        dialog.open()
        return dialog

    def _welcome_chosen(self, start: Start) -> None:
        from interview_journal.ui.welcome import Start

        if start is Start.SAMPLE:
            self.sample_requested.emit()
        elif start is Start.IMPORT:
            self.open_import()
        else:
            self.show_view("research")
            self.research_view.focus_primary()

    def refresh_all(self) -> None:
        """Everything may have changed (an import): every view shown so far reads again."""
        if self._services is None:
            return
        for key in self._attached:
            journal_view: JournalView = self._view(key)  # type: ignore[assignment]
            journal_view.refresh()
        self.refresh_status()

    def export(self, key: str, record_id: str = "", record_name: str = "") -> bool:
        """Export ``key`` (see ``ui/transfer/exporting.py``); False when nothing started."""
        if self._services is None:
            self.show_message(self.tr("Open a journal first."), error=True)
            return False
        return self.exporter.export(
            self._services, key, record_id=record_id, record_name=record_name
        )

    def export_current_company(self) -> bool:
        company = self.research_view.page.company if "research" in self._attached else None
        if company is None:
            self.show_message(
                self.tr("Open a company in Research first, then export it."), error=True
            )
            return False
        return self.export("company_markdown", company.id, company.name)

    # ------------------------------------------------------------------ views
    def _view(self, key: str) -> QWidget:
        """The view ``key``, built (and its module imported) on first use."""
        view = self._views.get(key)
        if view is None:
            module_name, class_name = VIEW_CLASSES[key]
            view = getattr(importlib.import_module(module_name), class_name)()
            assert isinstance(view, QWidget)
            self._views[key] = view
            self._stack.addWidget(view)
            self._wire(key, view)
        return view

    def _wire(self, key: str, view: QWidget) -> None:
        if key == "live":
            live = cast("LiveView", view)
            live.session_ended.connect(lambda _round_id: self.journal_changed())
            live.follow_up_requested.connect(self.open_follow_up)
        if key in _NAVIGATING:
            view.navigate.connect(self.navigate)  # type: ignore[attr-defined]
        # Writes made inside a view change the reminders count and the keep-applying line.
        if key in _WRITING:
            view.changed.connect(self.refresh_status)  # type: ignore[attr-defined]
        if key == "reminders":
            cast("RemindersView", view).count_changed.connect(self._show_due_count)
        if key == "review":
            cast("ReviewView", view).export_requested.connect(self.export)

    def built(self, key: str) -> bool:
        """Whether the view ``key`` exists yet (building it just to ask would defeat it)."""
        return key in self._views

    @property
    def research_view(self) -> ResearchView:
        return cast("ResearchView", self._view("research"))

    @property
    def live_view(self) -> LiveView:
        return cast("LiveView", self._view("live"))

    @property
    def timeline_view(self) -> TimelineView:
        return cast("TimelineView", self._view("timeline"))

    @property
    def pipeline_view(self) -> PipelineView:
        return cast("PipelineView", self._view("pipeline"))

    @property
    def contacts_view(self) -> ContactsView:
        return cast("ContactsView", self._view("contacts"))

    @property
    def offers_view(self) -> OffersView:
        return cast("OffersView", self._view("offers"))

    @property
    def reminders_view(self) -> RemindersView:
        return cast("RemindersView", self._view("reminders"))

    @property
    def review_view(self) -> ReviewView:
        return cast("ReviewView", self._view("review"))

    def show_view(self, key: str) -> None:
        if key == "live":
            self._notify_quiet()
        view = self._view(key)
        self._current_key = key
        self._stack.setCurrentWidget(view)
        self._nav_actions[key].setChecked(True)
        if self._services is not None:
            journal_view: JournalView = view  # type: ignore[assignment]
            if key in self._attached:
                journal_view.refresh()
            else:
                self._attached.add(key)
                journal_view.attach(self._services)
            journal_view.focus_primary()
            self.refresh_status()
            if key == "reminders":
                self._notify_select()

    # ------------------------------------------------------------- navigating
    def navigate(self, target: str, record_id: str) -> None:
        """Go where another view points: a company, a process's timeline, a dialog..."""
        if self._services is None or not record_id:
            return
        if target == "company":
            self.show_view("research")
            self.research_view.select_company(record_id)
        elif target == "timeline_application":
            self.show_view("timeline")
            self.timeline_view.show_application(record_id)
        elif target == "person":
            self.show_view("contacts")
            self.contacts_view.select_contact(record_id)
        elif target == "offer":
            self.show_view("offers")
            self.offers_view.select_offer(record_id)
        elif target == "follow_up":
            self.open_follow_up(record_id)
        elif target == "log_contact":
            self.open_log_contact(record_id)
        elif target == "round":
            self.show_round(record_id)

    def open_global_search(self) -> GlobalSearchDialog | None:
        """The search over everything; it keeps its last query between openings."""
        if self._services is None:
            return None
        from interview_journal.ui.search.panel import GlobalSearchDialog

        dialog = self._global_search
        if dialog is None:
            dialog = GlobalSearchDialog(self._services, self)
            dialog.open_requested.connect(self.open_search_hit)
            self._global_search = dialog
        else:
            dialog.refresh()
        dialog.open()
        return dialog

    def open_search_hit(self, hit: GlobalHit) -> None:
        """Show the record a search hit names, in the view that edits it."""
        if self._services is None:
            return
        kind, record_id = hit.target
        within_kind, within_id = hit.within or ("", "")
        company_id = record_id if kind == "company" else within_id
        if kind in ("company", "research_note", "fit_score") or (
            kind == "question" and within_kind == "company"
        ):
            self.show_view("research")
            self.research_view.show_found(company_id, kind, record_id)
        elif kind in ("question", "fit_criterion"):
            self.show_view("research")
            self.research_view.show_found("", kind, record_id)
        elif kind == "person":
            self.navigate("person", record_id)
        elif kind == "offer":
            self.navigate("offer", record_id)
        elif kind == "application":
            self.navigate("timeline_application", record_id)
        elif kind == "reminder":
            self.show_view("reminders")
            self.reminders_view.select(f"reminder:{record_id}")
        elif kind == "follow_up" and within_kind == "round":
            self.open_follow_up(within_id)
        elif kind == "interview_round" or within_kind == "round":
            round_id = record_id if kind == "interview_round" else within_id
            self.show_round(round_id, record_id if kind == "note_line" else "")
        elif within_kind == "application":
            self.navigate("timeline_application", within_id)
        elif within_kind == "person":
            self.navigate("person", within_id)
        elif within_kind == "company":
            self.navigate("company", within_id)
        else:
            self.show_view("timeline")

    def show_round(self, round_id: str, line_id: str = "") -> None:
        """One interview in Review: its outcome, self-review and the replay of its notes,
        with ``line_id`` selected in the replay when given."""
        if self._services is None:
            return
        self.show_view("review")
        self.review_view.select_round(round_id, line_id)

    def open_follow_up(self, round_id: str) -> FollowUpComposer | None:
        if self._services is None:
            return None
        from interview_journal.ui.follow_up import FollowUpComposer

        composer = FollowUpComposer(self._services, round_id, self)
        composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        composer.saved.connect(lambda _id: self.journal_changed())
        composer.sent.connect(lambda _id: self.journal_changed())
        composer.open()
        return composer

    def open_log_contact(self, application_id: str) -> LogContactDialog | None:
        if self._services is None:
            return None
        from interview_journal.ui.follow_up import LogContactDialog

        dialog = LogContactDialog(self._services, application_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(lambda _id: self.journal_changed())
        dialog.open()
        return dialog

    def open_thresholds(self) -> ThresholdsDialog | None:
        if self._services is None:
            return None
        from interview_journal.ui.settings import ThresholdsDialog

        dialog = ThresholdsDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.journal_changed)
        dialog.open()
        return dialog

    def _backup_paths(self) -> DataPaths | None:
        if self.own_paths is not None:
            return self.own_paths
        services = self._services
        return services.journal.paths if services is not None else None

    def open_backups(self) -> BackupsDialog | None:
        paths = self._backup_paths()
        if paths is None:
            self.show_message(self.tr("This journal lives in memory only; it has no backups."))
            return None
        from interview_journal.ui.transfer.backups_dialog import BackupsDialog

        dialog = BackupsDialog(paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_requested.emit)
        dialog.back_up_requested.connect(self.back_up_now)
        dialog.destroyed.connect(lambda: setattr(self, "_backups_dialog", None))
        self._backups_dialog = dialog
        dialog.set_backing_up(not self._backup_action.isEnabled())
        dialog.open()
        return dialog

    def back_up_now(self) -> None:
        """A manual backup, taken on a worker: the window stays responsive meanwhile."""
        paths = self._backup_paths()
        if paths is None:
            self.show_message(
                self.tr("This journal lives in memory only; there is nothing to back up.")
            )
            return
        self._backup_action.setEnabled(False)
        if self._backups_dialog is not None:
            self._backups_dialog.set_backing_up(True)
        self.show_message(self.tr("Backing up your journal…"), sticky=True)
        self._backup_runner.request(lambda: _back_up(paths))

    def _backed_up(self, outcome: object) -> None:
        self._backup_action.setEnabled(True)
        dialog = self._backups_dialog
        if dialog is not None:
            dialog.set_backing_up(False)
            dialog.refresh()
        if isinstance(outcome, Path):
            self.show_message(self.tr("Backed up to {path}.").format(path=outcome))
            if dialog is not None:
                dialog.show_message(self.tr("Backed up to {path}.").format(path=outcome.name))
        else:
            self.show_message(str(outcome), error=True, sticky=True)
            if dialog is not None:
                dialog.show_message(str(outcome), error=True)

    def journal_changed(self) -> None:
        """Something was written from a dialog or another view: show it where it counts."""
        current = self.current_view_key()
        if self._services is not None and current in self._attached:
            journal_view: JournalView = self._view(current)  # type: ignore[assignment]
            journal_view.refresh()
        if "timeline" in self._attached and current != "timeline":
            self.timeline_view.refresh()
        self.refresh_status()

    # ----------------------------------------------------------- notifications
    def _install_notifications(self) -> None:
        """Reminders announced as they fall due (ui/notifications): in the tray where the
        platform has one, else in the message bar; checked with every status refresh."""
        from interview_journal.ui.notifications import NotificationController

        self._notifications = NotificationController(self)
        self._notifications.watch_message_bar(self._message)
        journal_menu = self.findChild(QMenu, "journalMenu")
        if journal_menu is not None:
            self._notifications.install_in_menu(journal_menu, after="action_thresholds")

    def _notify_check(self) -> None:
        self._notifications.check()

    def _notify_quiet(self) -> None:
        self._notifications.quiet(self._message)

    def _notify_select(self) -> None:
        # Ctrl+7 while a notice shows (the keyboard's way to "click" it) selects its item.
        self._notifications.select_shown(self._message)

    def _notify_detach(self) -> None:
        self._notifications.stop()

    # ------------------------------------------------------------------ status
    def refresh_status(self) -> None:
        """Recount reminders due and the keep-applying line, on a worker thread."""
        services = self._services
        if services is not None:
            self._status_reader.request(
                lambda: _follow_through_status(services),
                in_parallel=services.journal.reads_in_parallel,
            )
        self._notify_check()

    def _show_status(self, status: object) -> None:
        if not isinstance(status, FollowThroughStatus) or self._services is None:
            return
        self._show_due_count(status.due)
        from interview_journal.core.pipeline import keep_applying_summary

        state = status.keep_applying
        text = keep_applying_summary(state)
        # The full nudge is a paragraph: the status bar says it in three words, the
        # tooltip and the pipeline's header say why.
        self._keep_applying.setText(
            self.tr("{summary} · Time to apply again").format(summary=text) if state.nudge else text
        )
        self._keep_applying.setToolTip(state.nudge or "")
        self._keep_applying.setAccessibleDescription(state.nudge or "")
        self._keep_applying.setProperty("nudge", state.nudge is not None)
        self._keep_applying.style().unpolish(self._keep_applying)
        self._keep_applying.style().polish(self._keep_applying)

    def _show_due_count(self, due: int) -> None:
        action = self._nav_actions["reminders"]
        label = view_label("reminders")
        action.setText(self.tr("{view} ({count})").format(view=label, count=due) if due else label)
        # The count in words as well: a screen reader says the name, not "(3)".
        spoken = (
            self.tr("{view}, %n due", "", due).format(view=label)
            if due
            else self.tr("{view}, nothing due").format(view=label)
        )
        button = self.findChild(QToolButton, "navButton_reminders")
        if button is not None:
            button.setAccessibleName(spoken)
        action.setToolTip(_with_keys(spoken, action))

    def due_count_text(self) -> str:
        return self._nav_actions["reminders"].text()

    def keep_applying_text(self) -> str:
        return self._keep_applying.text()

    def current_view_key(self) -> str:
        return self._current_key

    def start_live(self, company_name: str = "", kind: str = "other") -> None:
        self.show_view("live")
        self.live_view.start_quick(company_name, kind)
        self.live_view.focus_primary()

    # ---------------------------------------------------------------- journal
    def attach(self, services: Services, *, sample: bool = False, view: str | None = None) -> None:
        """Hand the open journal to the views (called on the UI thread) and show ``view``,
        or the last one used. Views not shown get the journal when first shown."""
        self._services = services
        self._attached = set()
        # The live view is always attached: an interview cut short by a crash resumes.
        self._attached.add("live")
        self.live_view.attach(services)
        self._status_timer.start()
        self._showing_sample = sample
        self._sample_action.setVisible(not sample)
        self._own_action.setVisible(sample)
        title = self.tr("{app} — sample journal").format(app=APP_NAME) if sample else APP_NAME
        self.setWindowTitle(title)
        self.statusBar().showMessage(
            self.tr("Sample journal: try things freely, your own journal is untouched.")
            if sample
            else ""
        )
        if self.live_view.in_session:
            self.show_view("live")
        else:
            self.show_view(view or self.current_view_key())

    @property
    def showing_sample(self) -> bool:
        """True while the sample journal is open rather than the user's own."""
        return self._showing_sample

    @property
    def services(self) -> Services | None:
        """The open journal's services, or None while none is open."""
        return self._services

    def detach(self) -> Services | None:
        if self._services is not None:
            if "research" in self._attached:
                self.research_view.save_pending()
            if "contacts" in self._attached:
                self.contacts_view.save_pending()
            if "offers" in self._attached:
                self.offers_view.save_pending()
        if self.built("review"):
            # Review reads on a worker; none may still be reading when the journal closes.
            self.review_view.cancel()
            self.review_view.wait()
        self._status_timer.stop()
        self._status_reader.cancel()
        # No cap: a read in flight ends within the busy timeout, and the journal must not
        # close under it.
        self._status_reader.wait(-1)
        self._notify_detach()
        self._backup_runner.wait(60_000)  # a backup under way finishes before the journal closes
        if self._global_search is not None:
            self._global_search.shutdown()
            self._global_search.deleteLater()
            self._global_search = None
        services, self._services = self._services, None
        return services

    def show_failure(self, message: str, offer: RestoreOffer | None = None) -> None:
        """The journal could not be opened: say why in the window, keep it open.

        ``offer`` (the file is damaged or foreign) adds the way back: the newest whole
        backup, restored with one click, or where to choose a copy kept elsewhere.
        """
        text = f"{message} {offer.sentence()}" if offer is not None else message
        self.statusBar().showMessage(self.tr("The journal is not open."))
        # The page says it, with the way back beside it; the bar would only repeat it.
        self._message_timer.stop()
        self._message.hide()
        page = self.not_open_page
        page.show_reason(text, offer)
        self._stack.setCurrentWidget(page)

    @property
    def not_open_page(self) -> NotOpenPage:
        """The page shown while no journal is open; built the first time it is needed."""
        page = self.findChild(NotOpenPage, "journalNotOpen")
        if page is None:
            page = NotOpenPage()
            page.restore_requested.connect(self.restore_requested.emit)
            page.choose_requested.connect(self.open_backups)
            self._stack.addWidget(page)
        return page

    def show_message(self, message: str, *, error: bool = False, sticky: bool = False) -> None:
        self._message.setText(message)
        # Red alone would not tell an error from news: the name a screen reader says and
        # the tooltip say it in words too.
        kind = self.tr("Error") if error else self.tr("Message")
        self._message.setAccessibleName(kind)
        self._message.setAccessibleDescription(message)
        self._message.setToolTip(kind)
        self._message.setProperty("error", error)
        self._message.style().unpolish(self._message)
        self._message.style().polish(self._message)
        self._message.show()
        self._message_timer.stop()
        if not sticky:
            self._message_timer.start(MESSAGE_TIMEOUT_MS)

    def message_text(self) -> str:
        """What the window is telling the user now: the message bar, or why no journal is
        open when that page is showing."""
        if self._message.isVisible():
            return self._message.text()
        page = self.findChild(NotOpenPage, "journalNotOpen")
        if page is not None and self._stack.currentWidget() is page:
            return page.reason.text()
        return ""

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
        self._current_key = key  # built and shown once the journal is attached
        self._nav_actions[key].setChecked(True)

    def save_state(self) -> None:
        if self._settings is None:
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/view", self.current_view_key())
        self._settings.sync()

    def show_shortcut_sheet(self) -> None:
        from interview_journal.ui.shortcuts import ShortcutSheet

        sheet = ShortcutSheet(self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.built("live") and self.live_view.in_session and not self.live_view.flush():
            self.show_message(
                self.tr(
                    "Your last lines could not be saved yet; "
                    "the window stays open so nothing is lost."
                ),
                error=True,
                sticky=True,
            )
            event.ignore()
            return
        self.save_state()
        services = self.detach()
        if services is not None:
            services.close()
        super().closeEvent(event)
