"""A compressed day of interviews (issue 8, point 8): 50,000 keystrokes, nothing lost.

Five interviews of 10,000 keys each are typed through the real live view into a durable
journal on disk (WAL, ``synchronous=FULL``), as real key events: Enter about every 60
keys, a marker (``Q:``, ``A:``, ``DK:``...) starting one line in three. Each interview
is ended as the user ends it, and the next one started.

What must hold, whatever the machine's speed (times are the benchmark's job,
``benchmarks/long_session.py``):

* everything typed is in the journal, line for line, with its marker;
* the work per key does not grow with the day: the pad hands the writer one row per key
  (two for Enter), the writer's commits run only upserts of those rows (never a read,
  never more than two statements), and the pad's document holds the current interview
  only;
* memory is stable: from the end of the second interview to the end of the fifth, the
  process grows by less than ``RSS_GROWTH_MAX`` and the Python heap by less than
  ``HEAP_GROWTH_MAX``. The first two interviews are the warm-up (caches, SQLite's page
  cache, Qt's font and layout caches fill up); after them, three more interviews type
  30,000 keys, about 30 KB of text, so a leak of as little as 100 bytes a key would
  show as 3 MB.

On the project's 2-core machine the test takes about 30 s (hence ``slow``).
"""

from __future__ import annotations

import gc
import re
import threading
import tracemalloc
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from benchmarks.long_session import interview_lines, rss_bytes
from interview_journal.core.notes import marker_of
from interview_journal.core.services import Services
from interview_journal.paths import DataPaths
from interview_journal.ui.live import LiveView
from interview_journal.ui.live.writer import LineWriter

pytestmark = pytest.mark.slow

SESSIONS = 5
KEYS_PER_SESSION = 10_000
# Growth allowed from the end of interview 2 to the end of interview 5: well above the
# allocator's noise (a few hundred kB between identical runs) and far below what a
# per-key leak would cost over 30,000 keys.
RSS_GROWTH_MAX = 10 * 1024 * 1024
HEAP_GROWTH_MAX = 2 * 1024 * 1024


@dataclass
class SqlWatch:
    """What the journal's engine runs, counted by thread and kind of statement."""

    statements: Counter[str] = field(default_factory=Counter)
    commits: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def on_execute(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        kind = statement.lstrip().split(None, 1)[0].upper()
        with self.lock:
            self.statements[kind] += 1

    def on_commit(self, _conn: Any) -> None:
        with self.lock:
            self.commits += 1

    def take(self) -> tuple[Counter[str], int]:
        with self.lock:
            taken = (self.statements, self.commits)
            self.statements, self.commits = Counter(), 0
        return taken


@dataclass
class Interview:
    lines: list[str]
    keys: int
    rows_submitted: int
    largest_submit: int
    statements: Counter[str]
    commits: int
    blocks: int
    rss: int
    heap: int


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key events for ``text``: QTest's for ASCII (it has no key code for the rest, and
    asserts), a press and release carrying the character for anything else."""
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]", text):
        if ord(run[0]) < 128:
            qtbot.keyClicks(widget, run)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, run))


@pytest.fixture
def durable_services(tmp_path: Path) -> Iterator[Services]:
    services = Services.open(DataPaths(tmp_path / "journal"))
    yield services
    services.close()


def test_a_day_of_interviews_keeps_every_key_and_stable_memory(
    qtbot: QtBot, durable_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = durable_services
    watch = SqlWatch()
    event.listen(services.journal.engine, "before_cursor_execute", watch.on_execute)
    event.listen(services.journal.engine, "commit", watch.on_commit)
    submits: list[int] = []
    real_submit = LineWriter.submit

    def counting_submit(self: LineWriter, writes: Sequence[Any], deletes: Sequence[str]) -> None:
        submits.append(len(writes) + len(deletes))
        real_submit(self, writes, deletes)

    monkeypatch.setattr(LineWriter, "submit", counting_submit)
    view = LiveView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.attach(services)
    view.show()
    app = QApplication.instance()
    assert app is not None

    interviews: list[Interview] = []
    rounds: list[str] = []
    for number in range(SESSIONS):
        view.start_quick(f"Company {number + 1}", "technical")
        assert view.in_session
        watch.take()  # starting reads and writes the round: not typing
        submits.clear()
        lines = interview_lines(number, KEYS_PER_SESSION)
        for line in lines:
            type_text(qtbot, view.pad, line)
            qtbot.keyClick(view.pad, Qt.Key.Key_Return)
            app.processEvents()  # what the event loop does between lines
        assert view.flush(10.0)
        statements, commits = watch.take()
        blocks = view.pad.document().blockCount()
        rows, largest = sum(submits), max(submits)
        with qtbot.waitSignal(view.session_ended) as ended:
            view.end_session()
        rounds.append(str(ended.args[0]))
        later = view.findChild(QPushButton, "liveReviewLater")
        assert later is not None
        later.click()
        gc.collect()
        heap = tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else 0
        interviews.append(
            Interview(
                lines,
                KEYS_PER_SESSION,
                rows,
                largest,
                statements,
                commits,
                blocks,
                rss_bytes(),
                heap,
            )
        )
        if number == 1:
            tracemalloc.start()  # the Python heap from the end of the 2nd interview on
            interviews[-1].heap = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()

    # Everything typed is in the journal, line for line, with its marker.
    for interview, round_id in zip(interviews, rounds, strict=True):
        stored = [line for line in services.live.lines(round_id) if line.text]
        assert [line.text for line in stored] == interview.lines
        assert [line.marker for line in stored] == [marker_of(t) for t in interview.lines]
    assert sum(len(i.lines) + sum(map(len, i.lines)) for i in interviews) == 50_000

    for interview in interviews:
        enters = len(interview.lines)
        # One row per key typed in a line, two per Enter (the line and the new one).
        assert interview.rows_submitted == interview.keys + enters
        assert interview.largest_submit <= 2
        # The writer only ever upserts: no read, no delete, at most one statement per
        # commit, whatever the journal already holds.
        assert set(interview.statements) == {"INSERT"}, interview.statements
        assert interview.statements["INSERT"] == interview.commits
        assert 0 < interview.commits <= interview.rows_submitted
        # The pad holds this interview only (its lines and the empty one after them).
        assert interview.blocks == enters + 1
    assert view.pad.document().blockCount() == 1

    second, last = interviews[1], interviews[-1]
    print(
        f"\nRSS after interview 2: {second.rss / 2**20:.1f} MiB, after 5: "
        f"{last.rss / 2**20:.1f} MiB; Python heap growth {(last.heap - second.heap) / 1024:.0f} KiB"
    )
    assert last.rss - second.rss < RSS_GROWTH_MAX
    assert last.heap - second.heap < HEAP_GROWTH_MAX
