from __future__ import annotations

import random
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from interview_journal.ui.live.notepad import PAD_MAX, NotePad


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


def _paste(pad: NotePad, text: str) -> None:
    data = QMimeData()
    data.setText(text)
    pad.insertFromMimeData(data)


def test_a_paste_making_a_line_too_long_is_refused_whole(qtbot: QtBot) -> None:
    store = MemoryStore()
    pad = _pad(qtbot, store)
    qtbot.keyClicks(pad, "before")
    saved = dict(store.rows)
    refusals: list[str] = []
    pad.paste_refused.connect(refusals.append)
    _paste(pad, "y" * 2_000_000)  # the tester's paste: 2 MB on one line
    assert pad.toPlainText() == "before" and store.rows == saved and not pad.has_unsaved
    assert "2,000,006 characters" in refusals[-1] and "Nothing was pasted" in refusals[-1]
    qtbot.keyClicks(pad, " and after")
    assert store.lines() == ["before and after"]


def test_line_limit_counts_the_text_the_paste_joins(qtbot: QtBot) -> None:
    store = MemoryStore()
    pad = NotePad()
    qtbot.addWidget(pad)
    pad.line_max = 10
    pad.bind([("a", 1.0, 0, "12345"), ("b", 2.0, 0, "67890")], store.save, lambda: 0)
    refusals: list[str] = []
    pad.paste_refused.connect(refusals.append)
    cursor = pad.textCursor()
    cursor.setPosition(3)  # "123|45"
    pad.setTextCursor(cursor)
    _paste(pad, "abcdef")  # 123abcdef45: 11 characters
    assert pad.toPlainText() == "12345\n67890" and len(refusals) == 1
    _paste(pad, "abc\r\ndefgh")  # 123abc / defgh45: each line fits
    assert pad.toPlainText() == "123abc\ndefgh45\n67890" and len(refusals) == 1
    assert store.lines() == ["123abc", "defgh45"]  # the rows it touched
    cursor.setPosition(len("123abc\ndef"))
    cursor.setPosition(len("123abc\ndefgh45\n6"), QTextCursor.MoveMode.KeepAnchor)
    pad.setTextCursor(cursor)
    _paste(pad, "123456")  # def + 123456 + 7890 would be 13 characters
    assert len(refusals) == 2 and pad.toPlainText() == "123abc\ndefgh45\n67890"


def test_many_normal_lines_up_to_the_pad_limit_are_pasted_and_saved(qtbot: QtBot) -> None:
    store = MemoryStore()
    pad = _pad(qtbot, store)
    refusals: list[str] = []
    pad.paste_refused.connect(refusals.append)
    _paste(pad, ("x" * 99 + "\n") * (PAD_MAX // 100))  # 5 MB in 100-character lines
    assert not refusals and len(store.rows) == PAD_MAX // 100 + 1
    assert store.lines() == pad.toPlainText().split("\n")
    _paste(pad, "z")
    assert "Nothing was pasted" in refusals[-1] and len(pad.toPlainText()) == PAD_MAX
