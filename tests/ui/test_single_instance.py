"""One window per journal (issue 8, point 4): the lock, the local socket, the window's answer,
and two real launches on one data folder."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from interview_journal.paths import DataPaths
from interview_journal.storage.tables import Company
from interview_journal.ui.app import Application, LiveRequest
from interview_journal.ui.single_instance import (
    MAX_REQUEST_BYTES,
    MAX_SOCKET_PATH_BYTES,
    Answer,
    Claim,
    InstanceLock,
    InstanceRequest,
    RequestServer,
    claim_journal,
    send_request,
    server_name,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="Unix socket files and signals")


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short private folder for the sockets: pytest's tmp paths can pass the ~100-byte
    limit of a socket path, and no test may meet a real instance's socket."""
    folder = Path(tempfile.mkdtemp(prefix="ij-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def root(data_dir: Path) -> Path:
    return DataPaths(data_dir).prepare().root


def _listening(qtbot: QtBot, root: Path) -> tuple[RequestServer, list[InstanceRequest]]:
    server = RequestServer(root)
    received: list[InstanceRequest] = []
    server.received.connect(received.append)
    assert server.listen()
    return server, received


# ---------------------------------------------------------------- the request
@pytest.mark.parametrize(
    "request_",
    [
        InstanceRequest(),
        InstanceRequest.live(),
        InstanceRequest.live("Acme Ltd", "technical"),
        InstanceRequest.live("Café “Quoted” 🚀 שלום'; DROP TABLE company; --", "final"),
        InstanceRequest.live("x" * 2000, "screening"),
    ],
)
def test_a_request_survives_the_trip_as_one_line(request_: InstanceRequest) -> None:
    line = request_.encode()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert InstanceRequest.decode(line.rstrip(b"\n")) == request_


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"show",
        b"\xff\xfe garbage",
        b"[1, 2]",
        b'{"action": "delete"}',
        b'{"action": "live", "company": 3}',
        b'{"action": "live", "kind": "lunch"}',
    ],
)
def test_a_line_that_is_not_a_request_is_refused(line: bytes) -> None:
    assert InstanceRequest.decode(line) is None


# ----------------------------------------------------------------- the lock
def test_one_lock_per_data_folder(root: Path, tmp_path: Path) -> None:
    first, second = InstanceLock(root), InstanceLock(root)
    assert first.try_acquire()
    assert not second.try_acquire() and second.held_elsewhere
    other = tmp_path / "other"
    other.mkdir()
    assert InstanceLock(other).try_acquire()  # another folder is another journal
    first.release()
    assert second.try_acquire()
    second.release()


@posix_only
def test_the_lock_file_is_private_whatever_the_umask(root: Path) -> None:
    previous = os.umask(0o022)
    try:
        lock = InstanceLock(root)
        assert lock.try_acquire()
    finally:
        os.umask(previous)
    assert lock.path.stat().st_mode & 0o777 == 0o600
    lock.release()


_HOLD_LOCK = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
sys.stdin.read()
"""


def test_a_killed_holders_lock_is_taken_over(root: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(root / "instance.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            lock = InstanceLock(root)
            assert not lock.try_acquire() and lock.held_elsewhere
        finally:
            holder.kill()  # SIGKILL: nothing is cleaned up, the lock file stays behind
            holder.wait(timeout=30)
    assert (root / "instance.lock").exists()
    assert lock.try_acquire()
    lock.release()


def test_a_folder_where_no_lock_can_be_made_opens_unguarded(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x", encoding="utf-8")
    lock = InstanceLock(not_a_folder)
    assert claim_journal(lock, InstanceRequest(), timeout_ms=200) is Claim.UNGUARDED
    assert not lock.held_elsewhere


# ------------------------------------------------------------ the socket name
def test_the_socket_name_is_the_folders_and_short(root: Path, tmp_path: Path) -> None:
    name = server_name(root)
    assert name == server_name(root.parent / ".." / root.parent.name / root.name)
    link = tmp_path / "link"
    link.symlink_to(root, target_is_directory=True)
    assert server_name(link) == name
    assert server_name(tmp_path / "other") != name
    assert len(os.fsencode(name)) <= MAX_SOCKET_PATH_BYTES
    assert str(root) not in name  # a hash, whatever the folder's length


@posix_only
def test_the_socket_lives_in_the_users_runtime_folder(
    root: Path, runtime_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Path(server_name(root)).parent == runtime_dir
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/" + "r" * 200)  # too long (and absent)
    assert "/" + "r" * 200 not in server_name(root)


# ------------------------------------------------------- server and client
# PySide keeps the GIL while a QLocalSocket blocks in waitFor…(), so a client on a thread
# would freeze this thread's server: clients run in a process of their own, as a second
# launch does, while this thread's event loop serves them.
_CLIENT = """
import sys
from interview_journal.ui import single_instance as si

mode, target, data, timeout = sys.argv[1], sys.argv[2], bytes.fromhex(sys.argv[3]), int(sys.argv[4])
if mode == "send":
    print(si.send_request(target, si.InstanceRequest.decode(data), timeout).value)
elif mode == "raw":
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(target)
    assert socket.waitForConnected(timeout)
    socket.write(data)
    socket.waitForBytesWritten(timeout)
    reply = b""
    while socket.waitForReadyRead(timeout):
        reply += bytes(socket.readAll().data())
    print("reply:" + reply.hex())
else:
    from pathlib import Path

    send = si.send_request

    def reporting(*args, **kwargs):
        answer = send(*args, **kwargs)
        print(answer.value, flush=True)  # the test acts once the first answer is known
        return answer

    si.send_request = reporting
    lock = si.InstanceLock(Path(target))
    print(si.claim_journal(lock, si.InstanceRequest.decode(data), timeout).value)
"""


class Client:
    """A second launch's side of the socket, in its own process."""

    def __init__(self, mode: str, target: str | Path, data: bytes, timeout_ms: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _CLIENT, mode, str(target), data.hex(), str(timeout_ms)],
            stdout=subprocess.PIPE,
            text=True,
        )

    def first_line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()  # blocks: only when nothing serves it

    def finish(self, qtbot: QtBot | None = None) -> str:
        """The client's last line; this thread's event loop runs meanwhile with ``qtbot``."""
        if qtbot is not None:
            qtbot.waitUntil(lambda: self.process.poll() is not None, timeout=30_000)
        output, _ = self.process.communicate(timeout=30)
        assert self.process.returncode == 0
        return output.strip().splitlines()[-1]


def _request(request: InstanceRequest) -> bytes:
    return request.encode().rstrip(b"\n")


def test_a_request_reaches_the_window_and_is_answered(qtbot: QtBot, root: Path) -> None:
    server, received = _listening(qtbot, root)
    wanted = InstanceRequest.live("Harbour & Co 🚢", "technical")
    answer = Client("send", server.name, _request(wanted), 10_000).finish(qtbot)
    assert answer == Answer.ANSWERED.value
    assert received == [wanted]
    server.close()


@posix_only
def test_the_socket_is_private_to_the_user(qtbot: QtBot, root: Path) -> None:
    server, _ = _listening(qtbot, root)
    assert Path(server.name).stat().st_mode & 0o077 == 0
    server.close()
    assert not Path(server.name).exists()


def test_a_second_launch_hands_over_instead_of_opening(qtbot: QtBot, root: Path) -> None:
    first = InstanceLock(root)
    assert claim_journal(first, InstanceRequest()) is Claim.FIRST
    server, received = _listening(qtbot, root)
    wanted = InstanceRequest.live("Acme", "first")
    assert Client("claim", root, _request(wanted), 10_000).finish(qtbot) == "forwarded"
    assert received == [wanted]
    assert not InstanceLock(root).try_acquire()  # still the first's journal
    server.close()
    first.release()


def test_a_launch_that_is_still_starting_is_waited_for(qtbot: QtBot, root: Path) -> None:
    """The first launch listens only after its first paint; a second launch meanwhile
    retries instead of calling it unresponsive."""
    first = InstanceLock(root)
    assert first.try_acquire()
    server = RequestServer(root)
    received: list[InstanceRequest] = []
    server.received.connect(received.append)
    client = Client("claim", root, _request(InstanceRequest()), 20_000)
    assert client.first_line() == Answer.NO_SERVER.value  # tried once, nobody listening yet
    assert server.listen()  # "after the first paint"
    assert client.finish(qtbot) == "forwarded"
    assert received == [InstanceRequest()]
    server.close()
    first.release()


def test_a_journal_freed_while_waiting_is_opened(root: Path) -> None:
    first = InstanceLock(root)
    assert first.try_acquire()
    client = Client("claim", root, _request(InstanceRequest()), 20_000)
    assert client.first_line() == Answer.NO_SERVER.value
    first.release()  # the first window was closed meanwhile
    assert client.finish() == "first"


def test_a_holder_with_no_server_is_reported_not_answering(root: Path) -> None:
    holder = InstanceLock(root)
    assert holder.try_acquire()
    started = time.monotonic()
    assert claim_journal(InstanceLock(root), InstanceRequest(), 300) is Claim.NOT_ANSWERING
    assert time.monotonic() - started < 5
    holder.release()


def test_a_frozen_holder_is_reported_not_answering(qtbot: QtBot, root: Path) -> None:
    holder = InstanceLock(root)
    assert holder.try_acquire()
    server, received = _listening(qtbot, root)
    # No qtbot: this thread's event loop does not run while waiting, the window is frozen.
    assert Client("claim", root, _request(InstanceRequest()), 500).finish() == "not-answering"
    assert received == []
    server.close()
    holder.release()


@pytest.mark.parametrize(
    "data", [b"not json\n", b'{"action": "rm -rf"}\n', b"x" * (MAX_REQUEST_BYTES + 10)]
)
def test_a_garbled_request_does_nothing_and_the_next_one_works(
    qtbot: QtBot, root: Path, data: bytes
) -> None:
    server, received = _listening(qtbot, root)
    assert Client("raw", server.name, data, 10_000).finish(qtbot) == "reply:"
    assert received == []
    answer = Client("send", server.name, _request(InstanceRequest()), 10_000).finish(qtbot)
    assert answer == Answer.ANSWERED.value and received == [InstanceRequest()]
    server.close()


@posix_only
def test_a_socket_left_by_a_killed_instance_is_replaced(qtbot: QtBot, root: Path) -> None:
    import socket

    name = server_name(root)
    left_over = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left_over.bind(name)
    left_over.close()  # a killed process never unlinks its socket file
    assert Path(name).exists()
    server, received = _listening(qtbot, root)
    answer = Client("send", server.name, _request(InstanceRequest()), 10_000).finish(qtbot)
    assert answer == Answer.ANSWERED.value and received == [InstanceRequest()]
    server.close()


@posix_only
def test_a_socket_owned_by_another_user_is_never_spoken_to(
    qtbot: QtBot, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6 import QtNetwork

    server, _ = _listening(qtbot, root)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(server.name).st_uid + 1)
    connections: list[str] = []
    monkeypatch.setattr(QtNetwork, "QLocalSocket", lambda: connections.append("made"))
    answer = send_request(server.name, InstanceRequest.live("Acme"), 2000)
    assert answer is Answer.NO_SERVER
    assert connections == []  # not even a connection was tried
    server.close()


# ------------------------------------------------------- the window's answer
# The offscreen platform (tests only) cannot raise a window, and says so.
raises_window = pytest.mark.qt_log_ignore("This plugin does not support raise")


def _opened_application(qtbot: QtBot, data_dir: Path) -> Application:
    application = Application(DataPaths(data_dir), None, time.time())
    with qtbot.waitSignal(application.loader.opened, timeout=60_000):
        application.start()
    return application


def _companies(application: Application) -> list[str]:
    services = application.window.services
    assert services is not None
    return [company.name for company in services.journal.records(Company)]


@raises_window
def test_a_minimised_window_is_brought_back(qtbot: QtBot, data_dir: Path) -> None:
    application = _opened_application(qtbot, data_dir)
    window = application.window
    window.showMinimized()
    assert window.windowState() & Qt.WindowState.WindowMinimized
    application.handle_request(None)
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()
    assert not window.live_view.in_session  # "show" starts nothing
    window.close()


@raises_window
def test_a_live_request_starts_notes_like_a_fresh_launch(qtbot: QtBot, data_dir: Path) -> None:
    application = _opened_application(qtbot, data_dir)
    window = application.window
    window.show_view("timeline")
    application.handle_request(LiveRequest("Harbour & Co", "technical"))
    assert window.current_view_key() == "live" and window.live_view.in_session
    assert _companies(application) == ["Harbour & Co"]
    window.live_view.end_session()
    window.close()


@raises_window
def test_a_live_request_during_an_interview_keeps_it(qtbot: QtBot, data_dir: Path) -> None:
    application = _opened_application(qtbot, data_dir)
    window = application.window
    window.start_live("Acme", "first")
    window.show_view("research")
    application.handle_request(LiveRequest("Other Corp", "final"))
    assert window.current_view_key() == "live" and window.live_view.in_session
    assert "already being noted" in window.message_text()
    assert _companies(application) == ["Acme"]
    window.live_view.end_session()
    window.close()


@raises_window
def test_a_live_request_before_the_journal_is_open_waits_for_it(
    qtbot: QtBot, data_dir: Path
) -> None:
    application = Application(DataPaths(data_dir), None, time.time())
    application.handle_request(LiveRequest("Early Bird Ltd", "screening"))
    with qtbot.waitSignal(application.loader.opened, timeout=60_000):
        application.start()
    assert application.window.live_view.in_session
    assert _companies(application) == ["Early Bird Ltd"]
    application.window.live_view.end_session()
    application.window.close()


@raises_window
def test_a_live_request_over_the_sample_goes_to_the_own_journal(
    qtbot: QtBot, data_dir: Path
) -> None:
    application = _opened_application(qtbot, data_dir)
    with qtbot.waitSignal(application.loader.opened, timeout=60_000):
        application.open_sample()
    with qtbot.waitSignal(application.loader.opened, timeout=60_000):
        application.handle_request(LiveRequest("Own Notes Inc", "second"))
    window = application.window
    assert "sample" not in window.windowTitle()
    assert window.live_view.in_session
    assert _companies(application) == ["Own Notes Inc"]
    window.live_view.end_session()
    window.close()


# ------------------------------------------------------------ two real launches
def _wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)  # polling a file another process writes; no event loop here


def _ready(report: Path) -> bool:
    try:
        return "ready" in json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


def _company_count(journal: Path, name: str) -> int:
    connection = sqlite3.connect(journal)
    try:
        row = connection.execute("SELECT count(*) FROM company WHERE name = ?", (name,)).fetchone()
    finally:
        connection.close()
    return int(row[0])


@pytest.mark.slow
def test_a_second_launch_brings_the_first_forward_and_exits(tmp_path: Path, data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    env.pop("INTERVIEW_JOURNAL_DATA_DIR", None)
    report = tmp_path / "startup.json"
    launch = [sys.executable, "-m", "interview_journal", "--data-dir", str(data_dir)]
    with (
        open(tmp_path / "first.log", "wb") as first_log,
        subprocess.Popen(
            launch,
            env=dict(env, INTERVIEW_JOURNAL_STARTUP_REPORT=str(report)),
            stdout=first_log,
            stderr=first_log,
        ) as first,
    ):
        try:
            _wait_for(lambda: _ready(report) or first.poll() is not None, "the first window")
            assert first.poll() is None
            _wait_for(lambda: os.path.exists(server_name(data_dir)), "the first window's socket")

            started = time.monotonic()
            second = subprocess.run(
                [*launch, "live", "--company", "Harbour & Co", "--round", "technical"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert second.returncode == 0, second.stderr
            assert "already open in another window" in second.stderr
            assert second.stderr.strip().count("\n") == 0  # one sentence
            assert time.monotonic() - started < 15
            assert first.poll() is None
            # The first window started live notes for the company the second launch named.
            _wait_for(
                lambda: _company_count(data_dir / "journal.sqlite3", "Harbour & Co") == 1,
                "the live notes",
                timeout=20,
            )

            plain = subprocess.run(
                launch, env=env, capture_output=True, text=True, timeout=60, check=False
            )
            assert plain.returncode == 0 and "already open" in plain.stderr

            if os.name == "posix":
                first.send_signal(signal.SIGSTOP)  # a first window that hangs
                try:
                    frozen = subprocess.run(
                        launch, env=env, capture_output=True, text=True, timeout=60, check=False
                    )
                finally:
                    first.send_signal(signal.SIGCONT)
                assert frozen.returncode != 0
                assert "not answering" in frozen.stderr
                assert "not opened a second time" in frozen.stderr
            assert first.poll() is None
        finally:
            first.kill()
            first.wait(timeout=30)
