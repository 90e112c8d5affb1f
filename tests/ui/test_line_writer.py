from __future__ import annotations

from collections.abc import Sequence

from pytestqt.qtbot import QtBot

from interview_journal.storage.errors import JournalWriteError
from interview_journal.ui.live.writer import LineRow, LineWriter


class FlakyStore:
    def __init__(self) -> None:
        self.rows: dict[str, LineRow] = {}
        self.failures_left = 0

    def save(self, writes: Sequence[LineRow], deletes: Sequence[str]) -> None:
        if self.failures_left:
            self.failures_left -= 1
            raise JournalWriteError("Could not save to the journal: the disk is full.")
        for row in writes:
            self.rows[row[0]] = row
        for line_id in deletes:
            self.rows.pop(line_id, None)


def test_queued_lines_are_committed_and_flush_waits_for_them() -> None:
    store = FlakyStore()
    writer = LineWriter(store.save)
    for n in range(50):
        writer.submit([("a", 1.0, 0, "x" * n)], [])
    assert writer.close()
    assert store.rows["a"][3] == "x" * 49


def test_failed_commits_are_retried_with_the_newest_text(qtbot: QtBot) -> None:
    store = FlakyStore()
    store.failures_left = 1
    writer = LineWriter(store.save)
    states: list[tuple[bool, str]] = []
    writer.state_changed.connect(lambda saved, message: states.append((saved, message)))
    writer.submit([("a", 1.0, 0, "disk full here")], [])
    writer.submit([("b", 2.0, 5, "second")], ["gone"])
    writer.submit([("a", 1.0, 0, "disk full here, then more")], [])
    qtbot.waitUntil(lambda: [saved for saved, _ in states] == [False, True], timeout=10_000)
    assert "disk is full" in states[0][1]
    assert writer.close()
    assert {k: v[3] for k, v in store.rows.items()} == {
        "a": "disk full here, then more",
        "b": "second",
    }
