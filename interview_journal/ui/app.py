"""Starting the window: paint first, open the journal in the background, then attach.

``import sqlmodel`` alone costs 0.3–0.5 s (ENGINEERING.md), so the database stack is
imported on a worker thread after the first paint; the views show "Opening your
journal…" until the services arrive on the UI thread through a queued signal.
"""

from __future__ import annotations

import io
import json
import logging
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from interview_journal import APP_ID, APP_NAME, __version__
from interview_journal.paths import DataPaths, make_private_file

if TYPE_CHECKING:
    from interview_journal.core.services import Services
    from interview_journal.ui.main_window import RestoreOffer

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


class _FileCheck:
    """Checks the journal file (read-only, every page) on a thread of its own.

    SQLite releases the GIL while it reads, so the check (0.15–0.25 s on the heavy
    sample) runs while the loader imports the database stack, instead of after it.
    """

    def __init__(self, paths: DataPaths) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(paths,), name="journal-check", daemon=True
        )
        self._thread.start()

    def _run(self, paths: DataPaths) -> None:
        try:
            from interview_journal.storage.engine import verify_journal_file

            verify_journal_file(paths)
        except BaseException as error:  # re-raised on the loader's thread by result()
            self._error = error

    def result(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


class JournalLoader(QObject):
    """Opens a journal on a worker thread; reports back on the UI thread.

    The file is checked before anything opens it for writing: a damaged, cut short or
    foreign file is refused as it was found (not a byte, not a ``-wal`` written), and
    ``failed`` then carries a :class:`RestoreOffer` for the user's own journal.
    """

    opened = Signal(object, bool)
    # (sentence, RestoreOffer or None): why the journal is not open and, when the file
    # itself is the problem, the newest whole backup to put in its place.
    failed = Signal(str, object)

    def load(self, paths: DataPaths, *, sample: bool = False) -> None:
        thread = threading.Thread(
            target=self._run, args=(paths, sample), name="journal-loader", daemon=True
        )
        thread.start()

    def _run(self, paths: DataPaths, sample: bool) -> None:
        from interview_journal.storage.errors import JournalError, NotAJournalError

        try:
            check = _FileCheck(paths)
            from interview_journal.core.services import Services

            check.result()
            services = Services.open(paths)
            if sample:
                from interview_journal.core.sample import generate_sample
                from interview_journal.storage.tables import Company, utc_now

                if services.journal.count(Company) == 0:
                    # Anchored to today: its reminders and quiet processes are live ones.
                    generate_sample(services.journal, "small", now=utc_now())
        except NotAJournalError as error:
            # The file's path and SQLite's words go to the log; never any of its content.
            log.warning("journal %s not opened: %s", paths.journal, error.detail or error)
            self.failed.emit(str(error), None if sample else _restore_offer(paths))
            return
        except JournalError as error:
            self.failed.emit(str(error), None)
            return
        except Exception:
            log.exception("opening the journal failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "Application",
                    "The journal could not be opened because of an unexpected error; "
                    "nothing was changed. Details are in the log.",
                ),
                None,
            )
            return
        self.opened.emit(services, sample)
        if not sample:  # after the window has its journal, so it never delays opening
            _automatic_backup(paths)


def _restore_offer(paths: DataPaths) -> RestoreOffer:
    """The newest backup that is a whole journal, to offer in place of a damaged file."""
    from interview_journal.ui.main_window import RestoreOffer

    try:
        from interview_journal.storage.engine import latest_restorable_backup

        backup = latest_restorable_backup(paths)
    except Exception:
        log.exception("looking for a backup to restore failed")
        backup = None
    if backup is None:
        return RestoreOffer(None, None)
    try:
        keeps = paths.journal.stat().st_size > 0  # restore keeps it as before-restore-…
    except OSError:
        keeps = False
    return RestoreOffer(backup.path, backup.when, keeps)


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
            self.failed.emit(
                QCoreApplication.translate(
                    "Application", "The backup could not be restored: {reason}."
                ).format(reason=error.strerror or error)
            )
        except Exception:
            log.exception("restoring a backup failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "Application",
                    "The backup could not be restored because of an unexpected error; "
                    "your journal was not changed. Details are in the log.",
                )
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
        # The window shows the application's icon, set once in create_qapplication.
        self.window = MainWindow(settings)
        self.loader = JournalLoader()
        self.loader.opened.connect(self._on_opened)
        self.loader.failed.connect(self._open_failed)
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
        install_window_icon()

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
        else:
            self.window.offer_welcome(sample=sample)
        if self.reporter is not None:
            self.reporter.mark("ready")

    def open_sample(self) -> None:
        if self.window.live_view.in_session:
            self.window.show_message(_switching_refused(), error=True)
            return
        self.window.show_message(
            QCoreApplication.translate("Application", "Opening the sample journal…")
        )
        self.loader.load(DataPaths(self.paths.root / SAMPLE_FOLDER), sample=True)

    def open_own(self) -> None:
        if self.window.live_view.in_session:
            self.window.show_message(_switching_refused(), error=True)
            return
        self.loader.load(self.paths)

    def restore_backup(self, source: Path) -> None:
        """Close the journal, put the backup ``source`` in its place, and open it again.

        The restore checks the backup before touching anything; if it refuses, the
        journal as it was opens again with the reason shown.
        """
        if self.window.live_view.in_session:
            self.window.show_message(
                QCoreApplication.translate(
                    "Application", "End the interview before restoring a backup."
                ),
                error=True,
            )
            return
        self.window.show_message(
            QCoreApplication.translate("Application", "Restoring the backup…"), sticky=True
        )
        previous = self.window.detach()
        if previous is not None:
            previous.close()
        self.restorer.restore(self.paths, Path(source))

    def _restored(self, safety: object) -> None:
        if isinstance(safety, Path):
            restored = QCoreApplication.translate(
                "Application", "Backup restored. The journal it replaced is kept at {path}."
            ).format(path=safety)
        else:
            restored = QCoreApplication.translate("Application", "Backup restored.")
        self._message_when_opened = (restored, False)
        self.loader.load(self.paths)

    def _restore_failed(self, message: str) -> None:
        self._message_when_opened = (message, True)
        self.loader.load(self.paths)

    def _open_failed(self, message: str, offer: object) -> None:
        """No journal is open: the window says why and, for a damaged file, offers the
        newest backup (restoring goes through :meth:`restore_backup` like any restore)."""
        if self._message_when_opened is not None:
            # What a restore just said (it failed, or the journal it put back does not
            # open either) comes first, so neither sentence is lost.
            (earlier, _error), self._message_when_opened = self._message_when_opened, None
            message = f"{earlier} {message}"
        from interview_journal.ui.main_window import RestoreOffer

        self.window.show_failure(message, offer if isinstance(offer, RestoreOffer) else None)

    def handle_request(self, live: LiveRequest | None) -> None:
        """A later launch on this journal: bring the window forward and, for
        ``interview-journal live`` (``live`` given), start live notes as that launch would."""
        from PySide6.QtCore import Qt

        window = self.window
        state = window.windowState() & ~Qt.WindowState.WindowMinimized
        window.setWindowState(state | Qt.WindowState.WindowActive)
        window.show()
        window.raise_()
        window.activateWindow()
        if live is None:
            return
        services = window.services
        if services is None:  # still opening (or restoring): starts once it is open
            self.live_request = live
            return
        if window.live_view.in_session:
            window.show_view("live")
            window.show_message(
                QCoreApplication.translate(
                    "Application",
                    "An interview is already being noted here; end it before starting another.",
                )
            )
            return
        if services.journal.paths != self.paths:  # the sample is open: notes go in your own
            self.live_request = live
            self.open_own()
            return
        window.start_live(live.company, live.kind)


def _switching_refused() -> str:
    return QCoreApplication.translate("Application", "End the interview before switching journals.")


def configure_logging(paths: DataPaths) -> None:
    """Warnings and errors go to ``logs/interview-journal.log`` (0600, rotated at 1 MB).

    Log records carry what failed and where, never note text: SQL parameters are hidden
    by the engine (``hide_parameters``) and the app logs no user text itself.
    """
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFileHandler(RotatingFileHandler):
        # Rotation opens a fresh file with the process umask; create it 0600 first.
        def _open(self) -> io.TextIOWrapper:
            make_private_file(Path(self.baseFilename))
            return super()._open()

    log_file = paths.logs / "interview-journal.log"
    make_private_file(log_file)
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)


def _startup_report_target() -> Path | None:
    import os

    value = os.environ.get(STARTUP_REPORT_ENV)
    return Path(value) if value else None


def install_window_icon() -> None:
    """The application's icon, once: loading Qt's SVG icon engine costs about 20 ms, so the
    app sets it after the first paint (the launcher shows the desktop entry's icon until
    then, and Wayland takes it from the desktop file name)."""
    from interview_journal.ui import theme

    app = QApplication.instance()
    if isinstance(app, QApplication) and app.windowIcon().isNull():
        app.setWindowIcon(theme.app_icon())


def create_qapplication(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("interview-journal")
    QApplication.setApplicationVersion(__version__)
    # Wayland shows the launcher icon only when the desktop file name is known.
    QGuiApplication.setDesktopFileName(APP_ID)
    from PySide6.QtCore import Qt

    from interview_journal.ui import theme

    # Sharp on fractional scales (125 %, 150 %): Qt 6's default already, set so it stays.
    # Must precede the QApplication.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv)
    from interview_journal.ui.i18n import install_translators

    # Before any widget is built: texts are translated when they are set.
    install_translators(app)
    # Fusion with a calm light or dark palette, following the system's scheme live
    # (INTERVIEW_JOURNAL_THEME=light|dark|system overrides it).
    theme.install_theme(app)
    return app


def run_gui(paths: DataPaths, live: LiveRequest | None = None, started: float | None = None) -> int:
    from interview_journal.ui import single_instance as instance

    started = started if started is not None else time.time()
    paths.prepare()
    configure_logging(paths)
    # One window per journal: a later launch hands its request to the first and exits.
    lock = instance.InstanceLock(paths.root)
    request = instance.InstanceRequest()
    if live is not None:
        request = instance.InstanceRequest.live(live.company, live.kind)
    claim = instance.claim_journal(lock, request)
    if claim is instance.Claim.FORWARDED:
        print(instance.already_open_message(paths.root), file=sys.stderr)
        return 0
    if claim is instance.Claim.NOT_ANSWERING:
        print(instance.not_answering_message(paths.root), file=sys.stderr)
        return 1
    qt_app = create_qapplication(sys.argv[:1])
    application = Application(paths, live, started)
    server = instance.RequestServer(paths.root)
    server.received.connect(
        lambda r: application.handle_request(
            LiveRequest(r.company, r.kind) if r.action == "live" else None
        )
    )
    if claim is instance.Claim.FIRST:
        # After the first paint: importing QtNetwork (~7 ms) must not delay it.
        application.first_paint.painted.connect(server.listen)
        QTimer.singleShot(PAINT_FALLBACK_MS, server.listen)
    application.start()
    try:
        return qt_app.exec()
    finally:
        server.close()
        lock.release()
