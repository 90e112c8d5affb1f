"""Durable saving of note lines off the UI thread.

A durable commit (WAL, ``synchronous=FULL``) costs about 0.2 ms of fsync on its own,
several times what a bare editor needs for a key. So a key only queues its line writes;
this writer commits them at once on its own thread, merging whatever arrived meanwhile.
A kill can therefore cost at most the keys of the last commit in flight (milliseconds).

Two kinds of failure, and neither drops a character:

* A failed commit (full disk, locked file) keeps its writes; they are retried.
* A line the journal refuses for good (longer than the limit) is not retried: retrying
  cannot help, and would hold every later line hostage. The other lines of the batch are
  saved; the refused line is kept here, with the reason, and reported (``REFUSED``) until
  the user edits it, which queues it again. It is never shortened behind the user's back.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)

LineRow = tuple[str, float, int, str]
# Saves the rows and deletes the ids; returns the (id, reason) of each line refused.
SaveRows = Callable[[Sequence[LineRow], Sequence[str]], Sequence[tuple[str, str]]]
RETRY_SECONDS = 1.0

SAVED = "saved"
RETRYING = "retrying"  # commits fail for now (disk full, file locked): retried
REFUSED = "refused"  # a line the journal will never take as it is: the user must edit it


class LineWriter(QObject):
    """Queues line writes and commits them on a worker thread."""

    # (state, message): SAVED with "", or RETRYING / REFUSED with the reason for the user.
    state_changed = Signal(str, str)

    def __init__(self, save: SaveRows) -> None:
        super().__init__()
        self._save = save
        self._condition = threading.Condition()
        self._writes: dict[str, LineRow] = {}
        self._deletes: set[str] = set()
        # Lines refused for good, with the reason; and the deletions that wait for them.
        self._refused: dict[str, tuple[LineRow, str]] = {}
        self._held_deletes: set[str] = set()
        self._in_flight = False
        self._failing = False
        self._closed = False
        self._reported: tuple[str, str] = (SAVED, "")
        self._thread = threading.Thread(target=self._run, name="note-writer", daemon=True)
        self._thread.start()

    def submit(self, writes: Sequence[LineRow], deletes: Sequence[str]) -> None:
        with self._condition:
            for line_id in deletes:
                self._writes.pop(line_id, None)
                self._refused.pop(line_id, None)
                self._deletes.add(line_id)
            for row in writes:
                self._refused.pop(row[0], None)  # edited: it gets another chance
                self._writes[row[0]] = row
            self._release_held_deletes()
            self._condition.notify_all()

    def refused(self) -> dict[str, str]:
        """The lines refused for good and not edited since: reason by line id."""
        with self._condition:
            return {line_id: reason for line_id, (_, reason) in self._refused.items()}

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued is committed; False if that did not happen in time,
        or if a refused line is still waiting for the user to fix it."""
        with self._condition:
            self._condition.wait_for(
                lambda: (
                    (not self._writes and not self._deletes and not self._in_flight)
                    or self._failing
                ),
                timeout,
            )
            return not (
                self._writes
                or self._deletes
                or self._in_flight
                or self._refused
                or self._held_deletes
            )

    def close(self, timeout: float = 5.0) -> bool:
        """Commit what is queued and stop the thread; False if something stayed unsaved."""
        done = self.flush(timeout)
        with self._condition:
            self._closed = True
            self._condition.notify_all()
        self._thread.join(timeout)
        if not done:
            log.warning("note writer closed with lines unsaved")
        return done

    def _release_held_deletes(self) -> None:
        # Called with the lock held. Once no line is refused, the deletions held back with
        # one (their text may have been joined into it) can go.
        if not self._refused and self._held_deletes:
            self._deletes |= self._held_deletes
            self._held_deletes = set()

    def _run(self) -> None:
        from interview_journal.core.errors import ValidationError
        from interview_journal.storage.errors import JournalError

        while True:
            with self._condition:
                self._condition.wait_for(
                    lambda: self._closed or bool(self._writes or self._deletes)
                )
                # Once closed, a failing commit is not retried: nobody waits for it anymore
                # (close() has said so), and the thread must not outlive the writer.
                if self._closed and (self._failing or not (self._writes or self._deletes)):
                    return
                writes, deletes = self._writes, self._deletes
                self._writes, self._deletes = {}, set()
                self._in_flight = True
            try:
                refused = list(self._save(list(writes.values()), sorted(deletes)))
            except ValidationError as error:
                # Refused as a whole, for good: retrying the same batch cannot help.
                refused = [(line_id, str(error)) for line_id in writes]
            except JournalError as error:
                self._requeue(writes, deletes, str(error))
                continue
            except Exception:
                log.exception("saving note lines failed")
                self._requeue(
                    writes,
                    deletes,
                    QCoreApplication.translate(
                        "LineWriter", "Saving failed unexpectedly; retrying."
                    ),
                )
                continue
            with self._condition:
                if refused:
                    # The save applied no deletion of this batch: they wait for the fix.
                    self._held_deletes |= deletes - self._deletes
                for line_id, reason in refused:
                    row = writes.get(line_id)
                    # A newer version queued meanwhile (or a deletion) wins over this one.
                    if row is not None and not (
                        line_id in self._writes or line_id in self._deletes
                    ):
                        self._refused[line_id] = (row, reason)
                self._release_held_deletes()
                self._in_flight = False
                self._failing = False
                first_refused = next(iter(self._refused.values()), None)
                state = (REFUSED, first_refused[1]) if first_refused else (SAVED, "")
                self._condition.notify_all()
            self._report(*state)

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
        self._report(RETRYING, message)
        with self._condition:
            self._condition.wait_for(lambda: self._closed, RETRY_SECONDS)
            self._failing = bool(self._writes or self._deletes) and self._failing

    def _report(self, state: str, message: str) -> None:
        if (state, message) == self._reported and state != RETRYING:
            return
        self._reported = (state, message)
        # RuntimeError: the writer was deleted meanwhile (the app is quitting); nobody
        # listens any more.
        with contextlib.suppress(RuntimeError):
            self.state_changed.emit(state, message)
