"""Run a read off the UI thread and hand its answer back to the UI thread.

For reads that can take longer than a frame on a heavy journal (the reminders count is
~70 ms with 1,000 applications), so the window never stalls while they run. Each journal
operation opens its own short session, so a read on a worker never shares one with the UI.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the UI thread, so its signals are delivered there (queued)."""

    done = Signal(int, object)
    failed = Signal(int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], generation: int, relay: _Relay) -> None:
        super().__init__()
        self._work, self._generation, self._relay = work, generation, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception:
            log.exception("background read failed")
            self._send(self._relay.failed, self._generation)
        else:
            self._send(self._relay.done, self._generation, result)

    @staticmethod
    def _send(signal: Any, *args: object) -> None:
        # RuntimeError: the owner was destroyed meanwhile; nobody waits for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class LatestResult(QObject):
    """Runs one read at a time on its own thread; only the newest request's answer is
    delivered to ``on_result``, older ones are dropped."""

    def __init__(self, on_result: Callable[[Any], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_result = on_result
        self._generation = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def request(self, work: Callable[[], object], *, in_parallel: bool = True) -> None:
        """Run ``work`` on the worker, or at once on this thread when not ``in_parallel``."""
        self._generation += 1
        if in_parallel:
            self._pool.start(_Job(work, self._generation, self._relay))
            return
        try:
            result = work()
        except Exception:
            log.exception("read failed")
        else:
            self._on_result(result)

    def cancel(self) -> None:
        """Forget any answer still on its way (the journal it reads is being closed)."""
        self._generation += 1

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    def _done(self, generation: int, result: object) -> None:
        if generation == self._generation:
            self._on_result(result)
