"""Runs the real app on a data folder and types a script into the focused widget.

Used by test_kill_while_typing.py as a subprocess: after each key Qt has processed, it
prints how many characters of the script are typed so far. On start it also prints the
text the note pad reopened with, so the parent can check a relaunch.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from interview_journal.paths import DataPaths
from interview_journal.ui.app import Application, LiveRequest, create_qapplication

KEY_INTERVAL_MS = 8
SCRIPT = (
    "Q: tell me about a migration you led\n"
    "A: moved billing to the new schema without downtime\n"
    "H: zero lost invoices, measured daily\n"
    "DK: their internal queue library\n"
    "F: send the write-up on rollback plans\n"
) * 40


def main() -> int:
    data_dir, start_at = Path(sys.argv[1]), int(sys.argv[2])
    create_qapplication(sys.argv[:1])
    application = Application(DataPaths(data_dir), LiveRequest("Acme", "second"), time.time())
    position = start_at

    def type_next() -> None:
        nonlocal position
        focused = QApplication.focusWidget()
        if focused is None or position >= len(SCRIPT):
            QTimer.singleShot(5, type_next)
            return
        character = SCRIPT[position]
        if character == "\n":
            QTest.keyClick(focused, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(focused, character)
        position += 1
        print(f"typed {position}", flush=True)
        # A very fast typist: 8 ms a key (about 125 keys a second).
        QTimer.singleShot(KEY_INTERVAL_MS, type_next)

    def on_opened(*_: object) -> None:
        pad = application.window.live_view.pad
        reopened = pad.toPlainText()
        print(f"reopened {len(reopened)} {int(pad.textCursor().atEnd())}", flush=True)
        QTimer.singleShot(0, type_next)

    application.loader.opened.connect(on_opened)
    application.start()
    return QApplication.instance().exec()  # type: ignore[union-attr]


if __name__ == "__main__":
    raise SystemExit(main())
