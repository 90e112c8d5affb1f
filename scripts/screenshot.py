"""Grab the real window with the small sample journal: ``docs/screenshot.png`` for the README.

Runs offscreen, so it needs no display: ``python scripts/screenshot.py [OUTPUT_DIR]``.
Besides the README picture it writes one PNG per view into OUTPUT_DIR (default ``docs``),
and the two looks: ``look-light.png`` and ``look-dark.png`` (the Pipeline above the live
note pad, switched live between the two, as a change of the system's scheme does).
Offscreen there is no system scheme, so every other picture is in the light look.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QTableView

from interview_journal.core.sample import generate_sample
from interview_journal.paths import DataPaths
from interview_journal.storage.journal import Journal
from interview_journal.storage.tables import InterviewRound, utc_now
from interview_journal.ui import theme
from interview_journal.ui.app import Application, create_qapplication
from interview_journal.ui.main_window import MainWindow

WINDOW_SIZE = (1280, 800)
LIVE_LINES = (
    "Panel: engineering manager and a senior engineer",
    "Q: How would you split the billing service?",
    "A: By the boundaries of the invoices, not by the tables",
    "H: shipped the zero-downtime migration last year",
    "DK: the details of their event-sourcing library",
    "F: send the design write-up by Friday",
)


def settle(milliseconds: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "docs"
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        journal = Journal.open(paths)
        # Anchored to today, so reminders are due and processes quiet as the app sees them.
        generate_sample(journal, "small", now=utc_now())
        journal.close()
        create_qapplication(sys.argv[:1])
        application = Application(paths, None, time.time())
        window = application.window
        window.resize(*WINDOW_SIZE)
        loop = QEventLoop()
        application.loader.opened.connect(lambda *_: QTimer.singleShot(0, loop.quit))
        application.loader.failed.connect(print)
        application.loader.failed.connect(loop.quit)
        application.start()
        loop.exec()
        window.resize(*WINDOW_SIZE)
        window.show_view("research")
        company_list = window.research_view.findChild(QListView, "companyList")
        if company_list is not None:
            company_list.setCurrentIndex(company_list.model().index(1, 0))
        settle()
        window.grab().save(str(output / "screenshot.png"))
        window.grab().save(str(output / "view-research.png"))
        research = window.research_view
        research.page.show_tab(research.page.scorecard)
        settle()
        window.grab().save(str(output / "view-research-scorecard.png"))
        research.show_comparison()
        settle()
        window.grab().save(str(output / "view-research-comparison.png"))
        research.select_company(research.company_model.company(1).id)
        research.page.show_tab(research.page.profile_tab)
        window.show_view("timeline")
        table = window.timeline_view.findChild(QTableView, "timelineTable")
        if table is not None:
            table.selectRow(0)
        settle()
        window.grab().save(str(output / "view-timeline.png"))
        window.start_live("Northwind Analytics", "second")
        pad = window.live_view.pad
        for line in LIVE_LINES:
            pad.insertPlainText(line + "\n")
        settle()
        window.grab().save(str(output / "view-live.png"))
        window.live_view.end_session()
        settle()
        window.grab().save(str(output / "view-live-review.png"))
        for key in ("pipeline", "contacts", "offers", "reminders"):
            window.show_view(key)
            settle()
            window.grab().save(str(output / f"view-{key}.png"))
        window.show_view("review")
        for tab in ("interviews", "questions", "study", "statistics"):
            window.review_view.show_tab(tab)
            settle(400)
            window.grab().save(str(output / f"view-review-{tab}.png"))
        search = window.open_global_search()
        if search is not None:
            search.set_query("team")
            settle(400)
            search.grab().save(str(output / "dialog-search.png"))
            search.reject()
        services = window.services
        assert services is not None
        held = [r for r in services.journal.records(InterviewRound) if r.ended_at is not None]
        latest = max(held, key=lambda r: r.ended_at or r.created_at)
        composer = window.open_follow_up(latest.id)
        if composer is not None:
            settle()
            composer.grab().save(str(output / "dialog-follow-up.png"))
            composer.reject()
        if latest.application_id:
            window.navigate("timeline_application", latest.application_id)
            settle()
            window.grab().save(str(output / "view-timeline-process.png"))
            dialog = window.open_log_contact(latest.application_id)
            if dialog is not None:
                settle()
                dialog.grab().save(str(output / "dialog-log-contact.png"))
                dialog.reject()
        grab_looks(window, output)
        window.close()
    print(f"wrote screenshots to {output}")
    return 0


def grab_looks(window: MainWindow, output: Path) -> None:
    """``look-light.png`` and ``look-dark.png``: the Pipeline above the live view."""
    controller = theme.theme_controller()
    if controller is None:
        print("no theme installed; look-*.png not written", file=sys.stderr)
        return
    boards: dict[str, QPixmap] = {}
    # The message bar in both looks, as after moving a card.
    window.show_message("Ember Health moved to Interviewing.", sticky=True)
    for look in ("light", "dark"):
        controller.set_preference(look)
        window.show_view("pipeline")
        settle()
        boards[look] = window.grab()
    window.start_live("Northwind Analytics", "final")
    for line in LIVE_LINES[1:5]:
        window.live_view.pad.insertPlainText(line + "\n")
    for look in ("dark", "light"):  # switched during the session, as the system may
        controller.set_preference(look)
        settle()
        live = window.grab()
        _stacked(boards[look], live).save(str(output / f"look-{look}.png"))
    window.live_view.end_session()
    controller.set_preference("system")
    settle()


def _stacked(top: QPixmap, bottom: QPixmap) -> QImage:
    image = QImage(
        max(top.width(), bottom.width()),
        top.height() + bottom.height(),
        QImage.Format.Format_RGB32,
    )
    image.fill(0)
    image.setDevicePixelRatio(top.devicePixelRatio())
    painter = QPainter(image)
    painter.drawPixmap(QPoint(0, 0), top)
    painter.drawPixmap(QPoint(0, round(top.height() / top.devicePixelRatio())), bottom)
    painter.end()
    return image


if __name__ == "__main__":
    raise SystemExit(main())
