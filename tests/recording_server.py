"""A small threaded HTTP/1.1 server on 127.0.0.1 that records every request exactly as
it arrived and answers from a per-test script.

* Recorded per request: the method, the raw request target (path and query bytes, as
  sent), the header lines as ``(name, value)`` pairs in wire order (names and values
  exactly as sent; the caller lower-cases names when comparing) and the body bytes
  (``Content-Length`` or chunked).
* Answers: ``Reply(status, headers, body, delay, drop, raw)`` in order; the last reply
  repeats when the script runs out. ``delay`` holds the answer back (for client
  timeouts); ``drop`` closes the connection without answering; ``raw`` is written as it
  is, byte for byte, and the connection closed after it (for broken answers); with
  ``pace``, what follows its head (the first blank line) goes a byte every ``pace``
  seconds (a trickling body).
* Each recorded request carries the number of the connection it came on (1, 2, ...).
* Bounded: at most ``max_requests`` requests per script (further ones get a 599 with
  ``x-should-retry: false``, so a runaway client stops at once), idle connections are
  dropped after ``idle_timeout`` seconds, and the server shuts itself down after
  ``lifetime`` seconds even if nobody stops it. It listens on loopback only.
"""

from __future__ import annotations

import json
import socket
import threading
import socketserver
from typing import List, Tuple, Optional, Sequence
from dataclasses import field, dataclass

__all__ = ["RecordedRequest", "RecordingServer", "Reply", "json_reply", "unused_port"]

_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    599: "Request Cap Reached",
}
_MAX_HEADER_LINES = 200
_MAX_BODY = 1 << 20


@dataclass(frozen=True)
class Reply:
    """One scripted answer. ``Content-Length`` is added unless given in ``headers``."""

    status: int = 200
    headers: Tuple[Tuple[str, str], ...] = ()
    body: bytes = b""
    delay: float = 0.0
    drop: bool = False
    raw: Optional[bytes] = None
    pace: float = 0.0


def json_reply(data: object, status: int = 200, headers: Sequence[Tuple[str, str]] = (), delay: float = 0.0) -> Reply:
    """A reply with a compact JSON body and ``content-type: application/json``."""
    body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    return Reply(status, (("content-type", "application/json"), *headers), body, delay)


@dataclass(frozen=True)
class RecordedRequest:
    """A request exactly as received."""

    method: str
    target: bytes
    headers: Tuple[Tuple[str, str], ...]
    body: bytes
    connection: int = 0

    def header_pairs(self) -> List[Tuple[str, str]]:
        """Header names lower-cased, values untouched, wire order kept."""
        return [(name.lower(), value) for name, value in self.headers]


@dataclass
class _Script:
    replies: Tuple[Reply, ...]
    max_requests: int
    recorded: List[RecordedRequest] = field(default_factory=list)


class _Handler(socketserver.StreamRequestHandler):
    server: "_TCPServer"

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.owner.idle_timeout)
        self.number = self.server.owner._connected()

    def handle(self) -> None:
        try:
            while not self.server.owner.stopped.is_set():
                request = self._read_request()
                if request is None:
                    return
                reply = self.server.owner._record(request)
                if reply.delay and self.server.owner.stopped.wait(reply.delay):
                    return
                if reply.drop:
                    return
                if reply.raw is not None:
                    self._write_raw(reply)
                    return
                self._write(reply)
        except (OSError, ValueError):
            return  # the client went away (e.g. after its own timeout) or sent garbage

    def _read_request(self) -> Optional[RecordedRequest]:
        line = self.rfile.readline(65537)
        if not line:
            return None
        method, target, _version = line.rstrip(b"\r\n").split(b" ", 2)
        headers: List[Tuple[str, str]] = []
        for _ in range(_MAX_HEADER_LINES):
            raw = self.rfile.readline(65537).rstrip(b"\r\n")
            if not raw:
                break
            name, _, value = raw.decode("latin-1").partition(":")
            headers.append((name, value.strip(" \t")))
        lowered = {name.lower(): value for name, value in headers}
        if lowered.get("transfer-encoding", "").lower() == "chunked":
            body = self._read_chunked()
        else:
            body = self.rfile.read(min(int(lowered.get("content-length", "0")), _MAX_BODY))
        return RecordedRequest(method.decode("ascii"), target, tuple(headers), body, self.number)

    def _read_chunked(self) -> bytes:
        chunks: List[bytes] = []
        while True:
            size = int(self.rfile.readline(1024).split(b";")[0], 16)
            if size == 0:
                self.rfile.readline(1024)
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _write_raw(self, reply: Reply) -> None:
        assert reply.raw is not None
        head, blank, body = reply.raw.partition(b"\r\n\r\n")
        paced = [body[i : i + 1] for i in range(len(body))] if reply.pace else [body]
        pieces = [head + blank, *paced]
        for index, piece in enumerate(pieces):
            if index and reply.pace and self.server.owner.stopped.wait(reply.pace):
                return
            self.wfile.write(piece)
            self.wfile.flush()

    def _write(self, reply: Reply) -> None:
        names = {name.lower() for name, _ in reply.headers}
        lines = [f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Status')}"]
        lines += [f"{name}: {value}" for name, value in reply.headers]
        if "content-length" not in names:
            lines.append(f"content-length: {len(reply.body)}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head + reply.body)
        self.wfile.flush()


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False

    def __init__(self, owner: "RecordingServer") -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _Handler)


class RecordingServer:
    """Start with ``start()``, set answers with ``script(...)``, read ``requests``."""

    def __init__(self, *, lifetime: float = 300.0, idle_timeout: float = 5.0, max_requests: int = 20) -> None:
        self.lifetime = lifetime
        self.idle_timeout = idle_timeout
        self.max_requests = max_requests
        self.stopped = threading.Event()  # set first: handlers stop answering
        self.closed = threading.Event()  # set once the listening socket is closed
        self._lock = threading.Lock()
        self._script = _Script((Reply(),), max_requests)
        self._connections = 0
        self._server = _TCPServer(self)
        self._threads: List[threading.Thread] = []

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> "RecordingServer":
        serve = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        timer = threading.Timer(self.lifetime, self.stop)
        for thread in (serve, timer):
            thread.daemon = True
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        if self.stopped.is_set():
            return
        self.stopped.set()
        self._server.shutdown()
        self._server.server_close()
        for thread in self._threads:
            if isinstance(thread, threading.Timer):
                thread.cancel()
        self.closed.set()

    def script(self, *replies: Reply, max_requests: Optional[int] = None) -> None:
        """Answer the next requests with ``replies`` (the last one repeats) and start a
        fresh record."""
        with self._lock:
            self._script = _Script(replies or (Reply(),), max_requests or self.max_requests)

    @property
    def requests(self) -> List[RecordedRequest]:
        with self._lock:
            return list(self._script.recorded)

    def _connected(self) -> int:
        with self._lock:
            self._connections += 1
            return self._connections

    def _record(self, request: RecordedRequest) -> Reply:
        with self._lock:
            script = self._script
            script.recorded.append(request)
            index = len(script.recorded) - 1
            if index >= script.max_requests:
                return Reply(599, (("x-should-retry", "false"),), b"request cap reached")
            return script.replies[min(index, len(script.replies) - 1)]


def unused_port() -> int:
    """A loopback port nothing listens on (connections to it are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
