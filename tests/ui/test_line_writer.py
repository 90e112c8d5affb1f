from __future__ import annotations

from collections.abc import Sequence

from pytestqt.qtbot import QtBot

from interview_journal.storage.errors import JournalWriteError
from interview_journal.ui.live.writer import REFUSED, RETRYING, SAVED, LineRow, LineWriter

LIMIT = 100


class FlakyStore:
    def __init__(self) -> None:
        self.rows: dict[str, LineRow] = {}
        self.failures_left = 0
        self.calls = 0

    def save(self, writes: Sequence[LineRow], deletes: Sequence[str]) -> list[tuple[str, str]]:
        if self.failures_left:
            self.failures_left -= 1
            raise JournalWriteError("Could not save to the journal: the disk is full.")
        # Like LiveService.save_lines: too-long lines are refused, with the batch's deletes.
        refused = [
            (row[0], f"The line is {len(row[3]):,} long.") for row in writes if len(row[3]) > LIMIT
        ]
        for row in writes:
            if len(row[3]) <= LIMIT:
                self.rows[row[0]] = row
        for line_id in () if refused else deletes:
            self.rows.pop(line_id, None)
        self.calls += 1
        return refused


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
    states: list[tuple[str, str]] = []
    writer.state_changed.connect(lambda state, message: states.append((state, message)))
    writer.submit([("a", 1.0, 0, "disk full here")], [])
    writer.submit([("b", 2.0, 5, "second")], ["gone"])
    writer.submit([("a", 1.0, 0, "disk full, more")], [])
    qtbot.waitUntil(lambda: [state for state, _ in states] == [RETRYING, SAVED], timeout=10_000)
    assert "disk is full" in states[0][1]
    assert writer.close()
    assert {k: v[3] for k, v in store.rows.items()} == {
        "a": "disk full, more",
        "b": "second",
    }


def test_a_refused_line_is_not_retried_and_the_others_are_saved(qtbot: QtBot) -> None:
    store = FlakyStore()
    store.rows["old"] = ("old", 3.0, 0, "joined into b")
    writer = LineWriter(store.save)
    states: list[tuple[str, str]] = []
    writer.state_changed.connect(lambda state, message: states.append((state, message)))
    writer.submit([("a", 1.0, 0, "before")], [])
    with qtbot.waitSignal(writer.state_changed, timeout=10_000) as refused:
        # b grew past the limit by taking in the line "old", deleted in the same edit.
        writer.submit([("b", 2.0, 0, "y" * 150), ("c", 4.0, 0, "after")], ["old"])
    assert refused.args == [REFUSED, "The line is 150 long."]
    assert not writer.flush(0.5)  # at once: waiting cannot help
    assert writer.refused() == {"b": "The line is 150 long."}
    # The good lines are saved; the deleted line waits for b, whose text holds it.
    assert {k: v[3] for k, v in store.rows.items()} == {
        "a": "before",
        "old": "joined into b",
        "c": "after",
    }
    calls = store.calls
    writer.submit([("d", 5.0, 0, "typed later")], [])
    qtbot.waitUntil(lambda: "d" in store.rows, timeout=10_000)
    assert store.calls == calls + 1  # no retry of b in the meantime
    with qtbot.waitSignal(writer.state_changed, timeout=10_000) as fixed:
        writer.submit([("b", 2.0, 0, "y" * 75), ("b2", 2.5, 0, "y" * 75)], [])  # split
    assert fixed.args == [SAVED, ""]
    assert writer.close()
    assert {k: v[3] for k, v in store.rows.items()} == {
        "a": "before",
        "b": "y" * 75,
        "b2": "y" * 75,
        "c": "after",
        "d": "typed later",
    }
    assert [state for state, _ in states] == [REFUSED, SAVED]


def test_deleting_a_refused_line_clears_it() -> None:
    store = FlakyStore()
    writer = LineWriter(store.save)
    writer.submit([("b", 2.0, 0, "y" * 150)], [])
    assert not writer.flush()
    writer.submit([], ["b"])
    assert writer.close() and writer.refused() == {} and store.rows == {}


def test_closing_while_commits_fail_stops_the_thread(qtbot: QtBot) -> None:
    store = FlakyStore()
    store.failures_left = 10**9
    writer = LineWriter(store.save)
    writer.submit([("a", 1.0, 0, "never saved")], [])
    assert not writer.close(timeout=0.2)
    thread = writer._thread
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
