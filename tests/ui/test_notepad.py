from __future__ import annotations

import random
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from interview_journal.ui.live.notepad import NotePad


class MemoryStore:
    """Stands in for the journal: rows by id, and a switch to make saving fail."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, float, int, str]] = {}
        self.failing = False

    def save(self, writes: Sequence[tuple[str, float, int, str]], deletes: Sequence[str]) -> bool:
        if self.failing:
            return False
        for row in writes:
            self.rows[row[0]] = row
        for line_id in deletes:
            self.rows.pop(line_id, None)
        return True

    def lines(self) -> list[str]:
        return [row[3] for row in sorted(self.rows.values(), key=lambda r: r[1])]


def _pad(qtbot: QtBot, store: MemoryStore, elapsed: int = 0) -> NotePad:
    pad = NotePad()
    qtbot.addWidget(pad)
    pad.bind([], store.save, lambda: elapsed)
    return pad


def test_typed_lines_are_saved_with_every_keystroke(qtbot: QtBot) -> None:
    store = MemoryStore()
    pad = _pad(qtbot, store, elapsed=4_000)
    qtbot.keyClicks(pad, "Q: why this team?")
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    qtbot.keyClicks(pad, "A: the product")
    assert store.lines() == ["Q: why this team?", "A: the product"]
    assert {row[2] for row in store.rows.values()} == {4_000}


def test_enter_at_line_start_keeps_the_line_and_its_time(qtbot: QtBot) -> None:
    store = MemoryStore()
    pad = NotePad()
    qtbot.addWidget(pad)
    pad.bind([("a", 1.0, 1_000, "first"), ("b", 2.0, 9_000, "second")], store.save, lambda: 60_000)
    cursor = pad.textCursor()
    cursor.setPosition(len("first\n"))
    pad.setTextCursor(cursor)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert store.rows["b"][3] == "second" and store.rows["b"][2] == 9_000
    assert [state.id for state in pad.line_states()][::2] == ["a", "b"]


def test_random_edits_keep_saved_lines_equal_to_the_pad(qtbot: QtBot) -> None:
    store = MemoryStore()
    pad = _pad(qtbot, store)
    rng = random.Random(7)
    for _ in range(300):
        cursor = pad.textCursor()
        length = len(pad.toPlainText())
        cursor.setPosition(rng.randint(0, length))
        if rng.random() < 0.3 and length:
            cursor.setPosition(rng.randint(0, length), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(rng.choice(["a", "bc", "\n", "x\ny", "", "Q: q\nA: a\n"]))
        if rng.random() < 0.1:
            pad.undo()
    assert store.lines() == pad.toPlainText().split("\n")
    positions = [row[1] for row in sorted(store.rows.values(), key=lambda r: r[1])]
    assert positions == sorted(set(positions))


def test_failed_saves_stay_queued_until_saving_works(qtbot: QtBot) -> None:
    store = MemoryStore()
    pad = _pad(qtbot, store)
    store.failing = True
    qtbot.keyClicks(pad, "offer range discussed")
    assert store.lines() == [] and pad.has_unsaved
    store.failing = False
    assert pad.flush()
    assert store.lines() == ["offer range discussed"]


def test_alt_shortcuts_toggle_the_marker_of_the_current_line(qtbot: QtBot) -> None:
    store = MemoryStore()
    pad = _pad(qtbot, store)
    pad.show()
    pad.activateWindow()
    qtbot.waitUntil(pad.hasFocus)  # shortcuts reach only the focused, active pad
    qtbot.keyClicks(pad, "raft consensus")
    qtbot.keyClick(pad, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert store.lines() == ["DK: raft consensus"]
    qtbot.keyClick(pad, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert store.lines() == ["H: raft consensus"]
    qtbot.keyClick(pad, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert store.lines() == ["raft consensus"]
    pad.undo()
    assert store.lines() == ["H: raft consensus"]


def test_many_lines_inserted_at_one_spot_stay_in_order(qtbot: QtBot) -> None:
    store = MemoryStore()
    pad = NotePad()
    qtbot.addWidget(pad)
    pad.bind([("a", 1.0, 0, "first"), ("b", 2.0, 0, "last")], store.save, lambda: 0)
    cursor = pad.textCursor()
    cursor.setPosition(len("first\n"))
    pad.setTextCursor(cursor)
    for _ in range(100):  # halves the gap each time: floats run out after ~50
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    positions = [row[1] for row in sorted(store.rows.values(), key=lambda r: r[1])]
    assert len(set(positions)) == 102
    assert store.lines() == pad.toPlainText().split("\n")
    assert store.lines()[0] == "first" and store.lines()[-1] == "last"
