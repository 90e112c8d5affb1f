"""One window per journal: a lock file in the data folder, and a local socket to the window
that holds it.

The first launch on a data folder takes ``instance.lock`` there (``QLockFile``: a killed
holder's lock is found stale by its process id and replaced). A later launch on the same
folder finds the lock taken, sends its request ("show", or "live" with a company and a
round kind) to the first one over a ``QLocalSocket`` (a Unix domain socket or a named pipe:
nothing here is network) and exits; the first one brings its window forward.

Only ``QtCore`` is imported here: taking the lock costs about a millisecond. ``QtNetwork``
(~7 ms to import) and ``hashlib`` (~6 ms, OpenSSL) are loaded when the server starts
listening, after the first paint, and by a second launch.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, QTimer, Signal

from interview_journal.paths import make_private_file

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "instance.lock"
SERVER_PREFIX = "interview-journal-"
ROUND_KINDS = ("screening", "first", "second", "technical", "final", "other")
# How long a second launch waits for the first to answer: enough for a first launch still
# painting its window (it listens once it has painted), short enough to feel like an answer.
ANSWER_TIMEOUT_MS = 5000
RETRY_MS = 50
# A request is one short JSON line; anything longer is not from this app.
MAX_REQUEST_BYTES = 8192
# A client that connects and says nothing is dropped after this long.
IDLE_CLIENT_MS = 3000
REPLY_OK = b"ok\n"
# sun_path holds 108 bytes on Linux and 104 on macOS (unix(7), unix(4)), terminator included.
MAX_SOCKET_PATH_BYTES = 100


@dataclass(frozen=True)
class InstanceRequest:
    """What a later launch asks of the window already open on the journal."""

    action: str = "show"  # "show" or "live"
    company: str = ""
    kind: str = "other"

    @classmethod
    def live(cls, company: str = "", kind: str = "other") -> InstanceRequest:
        return cls("live", company, kind)

    def encode(self) -> bytes:
        payload: dict[str, str] = {"action": self.action}
        if self.action == "live":
            payload.update(company=self.company, kind=self.kind)
        return json.dumps(payload, ensure_ascii=True).encode("ascii") + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> InstanceRequest | None:
        """The request in ``line``, or None when it is not one this app sends."""
        try:
            payload: Any = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(payload, dict):
            return None
        action = payload.get("action")
        if action == "show":
            return cls()
        company, kind = payload.get("company", ""), payload.get("kind", "other")
        if action != "live" or not isinstance(company, str) or kind not in ROUND_KINDS:
            return None
        return cls.live(company, kind)


def lock_path(root: Path) -> Path:
    return root / LOCK_FILE_NAME


def server_name(root: Path) -> str:
    """The local socket's name for the data folder ``root``, the same for every launch.

    The folder's path is hashed (socket paths are limited to about 100 bytes). On Unix the
    socket goes in ``XDG_RUNTIME_DIR`` when there is one (private to the user), else in
    the temporary folder Qt uses; on Windows it is a named pipe's name.
    """
    import hashlib

    try:
        resolved = root.resolve()
    except OSError:
        resolved = root.absolute()
    digest = hashlib.sha256(os.fsencode(str(resolved))).hexdigest()[:24]
    name = SERVER_PREFIX + digest
    if os.name != "posix":
        return name
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = runtime if runtime and os.path.isabs(runtime) and os.path.isdir(runtime) else ""
    folder = folder or QDir.tempPath()
    full = os.path.join(folder, name)
    return full if len(os.fsencode(full)) <= MAX_SOCKET_PATH_BYTES else name


class InstanceLock:
    """The lock file that marks the data folder as open in a window."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = lock_path(root)
        # The default stale time (30 s) is kept on purpose: a lock older than that is only
        # taken over if its holder's file lock (flock on Unix) can be had, so a live holder
        # keeps it, while a dead one whose process id was reused by another Python still
        # loses it.
        self._lock = QLockFile(str(self.path))

    def try_acquire(self) -> bool:
        """True when this process now holds the lock; a stale lock is taken over."""
        if not self._lock.tryLock(0):
            return False
        make_private_file(self.path)  # only a pid and host name, kept 0600 like the rest
        return True

    @property
    def held_elsewhere(self) -> bool:
        """After a refused ``try_acquire``: True when another live process holds the lock
        (False when the lock could not be made at all, e.g. a read-only folder)."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def release(self) -> None:
        self._lock.unlock()


class Answer(Enum):
    ANSWERED = "answered"  # the first launch took the request
    NO_SERVER = "no-server"  # nothing listening (yet)
    SILENT = "silent"  # connected, but no answer in time


def _owned_by_someone_else(name: str) -> bool:
    """True when the socket file ``name`` belongs to another user (one who made it first in
    a shared temporary folder): a request, which may name a company, is never sent there."""
    if os.name != "posix" or not os.path.isabs(name):
        return False
    try:
        return os.stat(name).st_uid != os.getuid()
    except OSError:
        return False


def send_request(name: str, request: InstanceRequest, timeout_ms: int) -> Answer:
    """Hand ``request`` to the server ``name``; blocking, at most about ``timeout_ms``."""
    from PySide6.QtNetwork import QLocalSocket

    if _owned_by_someone_else(name):
        return Answer.NO_SERVER
    deadline = time.monotonic() + timeout_ms / 1000

    def left() -> int:
        return max(1, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    try:
        socket.connectToServer(name)
        if not socket.waitForConnected(left()):
            return Answer.NO_SERVER
        socket.write(request.encode())
        if not socket.waitForBytesWritten(left()):
            return Answer.SILENT
        reply = b""
        while not reply.endswith(b"\n"):
            if time.monotonic() >= deadline or not socket.waitForReadyRead(left()):
                return Answer.SILENT
            reply += bytes(socket.readAll().data())
            if len(reply) > MAX_REQUEST_BYTES:
                return Answer.SILENT
        return Answer.ANSWERED if reply == REPLY_OK else Answer.SILENT
    finally:
        socket.abort()


class Claim(Enum):
    FIRST = "first"  # this launch holds the lock: open the journal
    UNGUARDED = "unguarded"  # the lock could not be made (read-only folder…): open anyway
    FORWARDED = "forwarded"  # the window already open took the request: exit 0
    NOT_ANSWERING = "not-answering"  # open elsewhere but silent: exit non-zero


def already_open_message(root: Path) -> str:
    return (
        f"The journal in {root} is already open in another window; "
        "that window was brought forward instead of opening it twice."
    )


def not_answering_message(root: Path) -> str:
    return (
        f"The journal in {root} is already open in another Interview Journal process that is "
        "not answering, so it was not opened a second time; close that process (or wait for "
        "it) and try again."
    )


def claim_journal(
    lock: InstanceLock,
    request: InstanceRequest,
    timeout_ms: int = ANSWER_TIMEOUT_MS,
) -> Claim:
    """Take the journal's lock, or hand ``request`` to the process that has it.

    Retries until ``timeout_ms`` has passed: the first launch may still be starting (it
    listens once its window has painted), or may be quitting (its lock frees up).
    """
    deadline = time.monotonic() + timeout_ms / 1000
    name = ""  # worked out only when needed: a first launch never pays for hashlib
    while True:
        if lock.try_acquire():
            return Claim.FIRST
        if not lock.held_elsewhere:
            log.warning("the instance lock %s could not be made; opening unguarded", lock.path)
            return Claim.UNGUARDED
        name = name or server_name(lock.root)
        left = int((deadline - time.monotonic()) * 1000)
        answer = send_request(name, request, max(1, left))
        if answer is Answer.ANSWERED:
            return Claim.FORWARDED
        if answer is Answer.SILENT or time.monotonic() >= deadline:
            return Claim.NOT_ANSWERING
        time.sleep(RETRY_MS / 1000)  # nothing listening yet: the holder is starting or ending


class RequestServer(QObject):
    """Listens for later launches; each request arrives as ``received(InstanceRequest)``
    on the UI thread and is answered once handled."""

    received = Signal(object)

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.name = ""  # known once listening
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def listen(self) -> bool:
        """Start listening (again calls do nothing); False, logged, when that failed."""
        if self._server is not None:
            return self._server.isListening()
        from PySide6.QtNetwork import QLocalServer

        self.name = server_name(self.root)
        server = QLocalServer(self)
        # Only this user may connect: the socket file is made 0700 (a pipe ACL on Windows).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        self._server = server
        # This process holds the journal's lock, so a socket left under this name is a
        # killed instance's: remove it, or listening fails with "address in use".
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning(
                "later launches cannot reach this window: %s (%s)",
                server.errorString(),
                self.name,
            )
            return False
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            QTimer.singleShot(IDLE_CLIENT_MS, socket, lambda s=socket: self._drop(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST_BYTES:
                self._drop(socket)
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        request = InstanceRequest.decode(line)
        if request is None:
            log.warning("a local request was not understood and was ignored")
            self._drop(socket)
            return
        self._buffers[socket] = b""
        try:
            self.received.emit(request)
        finally:
            socket.write(QByteArray(REPLY_OK))
            socket.flush()
            socket.disconnectFromServer()

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is None:
            return
        with contextlib.suppress(RuntimeError):  # already deleted with the server
            socket.abort()
            socket.deleteLater()
