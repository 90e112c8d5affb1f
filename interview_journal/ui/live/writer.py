"""Durable saving of note lines off the UI thread.

A durable commit (WAL, ``synchronous=FULL``) costs about 0.2 ms of fsync on its own,
several times what a bare editor needs for a key. So a key only queues its line writes;
this writer commits them at once on its own thread, merging whatever arrived meanwhile.
A kill can therefore cost at most the keys of the last commit in flight (milliseconds).
Failed commits keep their writes and are retried; nothing is dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

LineRow = tuple[str, float, int, str]
SaveRows = Callable[[Sequence[LineRow], Sequence[str]], None]
RETRY_SECONDS = 1.0


class LineWriter(QObject):
    """Queues line writes and commits them on a worker thread."""

    # (saved, message): False with the reason while commits fail, True once they work again.
    state_changed = Signal(bool, str)

    def __init__(self, save: SaveRows) -> None:
        super().__init__()
        self._save = save
        self._condition = threading.Condition()
        self._writes: dict[str, LineRow] = {}
        self._deletes: set[str] = set()
        self._in_flight = False
        self._failing = False
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="note-writer", daemon=True)
        self._thread.start()

    def submit(self, writes: Sequence[LineRow], deletes: Sequence[str]) -> None:
        with self._condition:
            for line_id in deletes:
                self._writes.pop(line_id, None)
                self._deletes.add(line_id)
            for row in writes:
                self._writes[row[0]] = row
            self._condition.notify_all()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued is committed; False if that did not happen in time."""
        with self._condition:
            self._condition.wait_for(
                lambda: (
                    (not self._writes and not self._deletes and not self._in_flight)
                    or self._failing
                ),
                timeout,
            )
            return not (self._writes or self._deletes or self._in_flight)

    def close(self, timeout: float = 5.0) -> bool:
        done = self.flush(timeout)
        with self._condition:
            self._closed = True
            self._condition.notify_all()
        self._thread.join(timeout)
        return done

    def _run(self) -> None:
        from interview_journal.storage.errors import JournalError

        while True:
            with self._condition:
                self._condition.wait_for(
                    lambda: self._closed or bool(self._writes or self._deletes)
                )
                if self._closed and not (self._writes or self._deletes):
                    return
                writes, deletes = self._writes, self._deletes
                self._writes, self._deletes = {}, set()
                self._in_flight = True
            try:
                self._save(list(writes.values()), sorted(deletes))
            except JournalError as error:
                self._requeue(writes, deletes, str(error))
                continue
            except Exception:
                log.exception("saving note lines failed")
                self._requeue(writes, deletes, "Saving failed unexpectedly; retrying.")
                continue
            with self._condition:
                self._in_flight = False
                recovered, self._failing = self._failing, False
                self._condition.notify_all()
            if recovered:
                self.state_changed.emit(True, "")

    def _requeue(self, writes: dict[str, LineRow], deletes: set[str], message: str) -> None:
        with self._condition:
            # What arrived during the failed commit is newer: it wins over the retry.
            merged = {**writes, **self._writes}
            for line_id in self._deletes:
                merged.pop(line_id, None)
            self._writes = merged
            self._deletes = deletes | self._deletes
            self._in_flight = False
            self._failing = True
            self._condition.notify_all()
        self.state_changed.emit(False, message)
        with self._condition:
            self._condition.wait(RETRY_SECONDS)
            self._failing = bool(self._writes or self._deletes) and self._failing
