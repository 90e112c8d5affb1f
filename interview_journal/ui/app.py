"""Starting the window: paint first, open the journal in the background, then attach.

``import sqlmodel`` alone costs 0.3–0.5 s (ENGINEERING.md), so the database stack is
imported on a worker thread after the first paint; the views show "Opening your
journal…" until the services arrive on the UI thread through a queued signal.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from interview_journal import APP_ID, APP_NAME, __version__
from interview_journal.paths import DataPaths, make_private_file
from interview_journal.resources_access import read_text_resource, resource_path

if TYPE_CHECKING:
    from interview_journal.core.services import Services

log = logging.getLogger(__name__)

STARTUP_REPORT_ENV = "INTERVIEW_JOURNAL_STARTUP_REPORT"
SAMPLE_FOLDER = "sample"
PAINT_FALLBACK_MS = 400


@dataclass(frozen=True)
class LiveRequest:
    company: str = ""
    kind: str = "other"


def _automatic_backup(paths: DataPaths) -> None:
    """The daily automatic backup; a failure is logged and never stops the app."""
    try:
        from interview_journal.storage.backup import backup_if_due

        backup_if_due(paths)
    except Exception:
        log.exception("the automatic backup failed")


class JournalLoader(QObject):
    """Opens a journal on a worker thread; reports back on the UI thread."""

    opened = Signal(object, bool)
    failed = Signal(str)

    def load(self, paths: DataPaths, *, sample: bool = False) -> None:
        thread = threading.Thread(
            target=self._run, args=(paths, sample), name="journal-loader", daemon=True
        )
        thread.start()

    def _run(self, paths: DataPaths, sample: bool) -> None:
        from interview_journal.storage.errors import JournalError

        try:
            from interview_journal.core.services import Services

            services = Services.open(paths)
            if sample:
                from interview_journal.core.sample import generate_sample
                from interview_journal.storage.tables import Company, utc_now

                if services.journal.count(Company) == 0:
                    # Anchored to today: its reminders and quiet processes are live ones.
                    generate_sample(services.journal, "small", now=utc_now())
        except JournalError as error:
            self.failed.emit(str(error))
            return
        except Exception:
            log.exception("opening the journal failed")
            self.failed.emit(
                "The journal could not be opened because of an unexpected error; "
                "nothing was changed. Details are in the log."
            )
            return
        self.opened.emit(services, sample)
        if not sample:  # after the window has its journal, so it never delays opening
            _automatic_backup(paths)


class BackupRestorer(QObject):
    """Puts a backup in place of the journal on a worker thread (the journal is closed).

    ``restored(safety copy or None)`` or ``failed(message)`` arrive on the UI thread.
    """

    restored = Signal(object)
    failed = Signal(str)

    def restore(self, paths: DataPaths, source: Path) -> None:
        thread = threading.Thread(
            target=self._run, args=(paths, source), name="journal-restore", daemon=True
        )
        thread.start()

    def _run(self, paths: DataPaths, source: Path) -> None:
        from interview_journal.storage.backup import restore
        from interview_journal.storage.errors import JournalError

        try:
            safety = restore(paths, source)
        except JournalError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(f"The backup could not be restored: {error.strerror or error}.")
        except Exception:
            log.exception("restoring a backup failed")
            self.failed.emit(
                "The backup could not be restored because of an unexpected error; "
                "your journal was not changed. Details are in the log."
            )
        else:
            self.restored.emit(safety)


class FirstPaintWatcher(QObject):
    """Emits ``painted`` once, after the window's first paint event."""

    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # Queued, so the paint completes before anything heavy starts.
            QTimer.singleShot(0, self.painted.emit)
        return False


class StartupReporter:
    """Writes when the window first painted and when the journal was ready (benchmarks)."""

    def __init__(self, target: Path, started: float) -> None:
        self._target = target
        self._times: dict[str, float] = {"process_start": started}

    def mark(self, name: str) -> None:
        self._times.setdefault(name, time.time())
        self._write()

    def _write(self) -> None:
        self._target.write_text(json.dumps(self._times), encoding="utf-8")


class Application:
    """Owns the QApplication, the window and the journal currently open."""

    def __init__(self, paths: DataPaths, live: LiveRequest | None, started: float) -> None:
        from interview_journal.ui.main_window import MainWindow

        self.paths = paths
        self.live_request = live
        paths.prepare()
        make_private_file(paths.ui_state)
        settings = QSettings(str(paths.ui_state), QSettings.Format.IniFormat)
        self.window = MainWindow(settings)
        self.window.setWindowIcon(QIcon(str(resource_path("icons", "interview-journal.svg"))))
        self.loader = JournalLoader()
        self.loader.opened.connect(self._on_opened)
        self.loader.failed.connect(self.window.show_failure)
        self.window.sample_requested.connect(self.open_sample)
        self.window.own_journal_requested.connect(self.open_own)
        self.window.own_paths = paths
        self.window.restore_requested.connect(self.restore_backup)
        self.restorer = BackupRestorer()
        self.restorer.restored.connect(self._restored)
        self.restorer.failed.connect(self._restore_failed)
        self._message_when_opened: tuple[str, bool] | None = None
        self.reporter: StartupReporter | None = None
        report = _startup_report_target()
        if report is not None:
            self.reporter = StartupReporter(report, started)
        self._loading_started = False
        self.first_paint = FirstPaintWatcher()
        self.window.installEventFilter(self.first_paint)
        self.first_paint.painted.connect(self._after_first_paint)

    def start(self) -> None:
        """Show the window; the journal starts loading once it has painted, so the
        worker's imports (which hold the GIL for long stretches) cannot delay the paint."""
        self.window.show()
        # A window that starts minimised or hidden may never paint: load anyway.
        QTimer.singleShot(PAINT_FALLBACK_MS, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self._loading_started:
            return
        self._loading_started = True
        if self.reporter is not None:
            self.reporter.mark("first_paint")
        self.window.removeEventFilter(self.first_paint)
        self.loader.load(self.paths)

    def _on_opened(self, services: Services, sample: bool) -> None:
        previous = self.window.detach()
        if previous is not None:
            previous.close()
        # Straight to the live view when asked for it: building the last view used first
        # would only delay the note pad (300 ms for Research on the heavy journal).
        first = "live" if self.live_request is not None else None
        self.window.attach(services, sample=sample, view=first)
        if self._message_when_opened is not None:
            (message, error), self._message_when_opened = self._message_when_opened, None
            self.window.show_message(message, error=error, sticky=True)
        if self.live_request is not None:
            request, self.live_request = self.live_request, None
            self.window.start_live(request.company, request.kind)
        if self.reporter is not None:
            self.reporter.mark("ready")

    def open_sample(self) -> None:
        if self.window.live_view.in_session:
            self.window.show_message("End the interview before switching journals.", error=True)
            return
        self.window.show_message("Opening the sample journal…")
        self.loader.load(DataPaths(self.paths.root / SAMPLE_FOLDER), sample=True)

    def open_own(self) -> None:
        if self.window.live_view.in_session:
            self.window.show_message("End the interview before switching journals.", error=True)
            return
        self.loader.load(self.paths)

    def restore_backup(self, source: Path) -> None:
        """Close the journal, put the backup ``source`` in its place, and open it again.

        The restore checks the backup before touching anything; if it refuses, the
        journal as it was opens again with the reason shown.
        """
        if self.window.live_view.in_session:
            self.window.show_message("End the interview before restoring a backup.", error=True)
            return
        self.window.show_message("Restoring the backup…", sticky=True)
        previous = self.window.detach()
        if previous is not None:
            previous.close()
        self.restorer.restore(self.paths, Path(source))

    def _restored(self, safety: object) -> None:
        kept = f" The journal it replaced is kept at {safety}." if isinstance(safety, Path) else ""
        self._message_when_opened = (f"Backup restored.{kept}", False)
        self.loader.load(self.paths)

    def _restore_failed(self, message: str) -> None:
        self._message_when_opened = (message, True)
        self.loader.load(self.paths)


def configure_logging(paths: DataPaths) -> None:
    """Warnings and errors go to ``logs/interview-journal.log`` (0600, rotated at 1 MB).

    Log records carry what failed and where, never note text: SQL parameters are hidden
    by the engine (``hide_parameters``) and the app logs no user text itself.
    """
    from logging.handlers import RotatingFileHandler

    log_file = paths.logs / "interview-journal.log"
    make_private_file(log_file)
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)


def _startup_report_target() -> Path | None:
    import os

    value = os.environ.get(STARTUP_REPORT_ENV)
    return Path(value) if value else None


def create_qapplication(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("interview-journal")
    QApplication.setApplicationVersion(__version__)
    # Wayland shows the launcher icon only when the desktop file name is known.
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv)
    app.setStyleSheet(read_text_resource("styles", "app.qss"))
    return app


def run_gui(paths: DataPaths, live: LiveRequest | None = None, started: float | None = None) -> int:
    started = started if started is not None else time.time()
    paths.prepare()
    configure_logging(paths)
    qt_app = create_qapplication(sys.argv[:1])
    application = Application(paths, live, started)
    application.start()
    return qt_app.exec()
