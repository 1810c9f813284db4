"""``kg push`` against endpoints that are wrong or hostile: malformed URLs, servers that
do not speak HTTP, replies made to mess up a terminal.

Every server here is a real socket on 127.0.0.1, started by the test.
"""

from __future__ import annotations

import random
import socket
import threading
from collections.abc import Iterator

import pytest

from tests.linked_helpers import kg, seeds_build

# slow: servers that never answer: each test waits for a time-out (~23 s)
pytestmark = pytest.mark.slow


def _error(result, *fragments: str) -> str:
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert err.startswith("kg: error: ") and err.count("\n") == 1, err
    for f in fragments:
        assert f in err, err
    # nothing a terminal would act on: no escape, no carriage return, no other control character
    assert all(ch == "\n" or ch.isprintable() for ch in err), repr(err)
    return err


# --------------------------------------------------------------------------- URLs checked before connecting


@pytest.mark.parametrize(
    ("endpoint", "fragments"),
    [
        ("http://[::1/store", ["'http://[::1/store'", "is not a valid URL", "IPv6"]),
        ("http://127.0.0.1:99999/store", ["'http://127.0.0.1:99999/store'", "port 99999 is out of range"]),
        ("http://127.0.0.1:0/store", ["port 0 is out of range"]),
        ("http://127.0.0.1:http/store", ["port 'http' is not a number"]),
        ("http://:7878/store", ["names no host"]),
        ("http://[zz]/store", ["'zz' does not appear to be an IPv4 or IPv6 address"]),
        ("http://" + "a" * 70 + ".example/store", ["host name", "is not a valid one"]),
        ("http://127.0.0.1:7878/st ore", ["holds a space"]),
        ("http://127.0.0.1:7878/\x1b[31mstore", ["control character \\x1b", "\\x1b[31mstore"]),
    ],
)
def test_a_malformed_endpoint_is_one_line_that_names_it(endpoint, fragments):
    _error(kg("push", str(seeds_build()), "--endpoint", endpoint), *fragments)


# --------------------------------------------------------------------------- servers that are not HTTP


class ScriptedServer:
    """A TCP server on 127.0.0.1 that answers every connection with ``reply`` (bytes), then
    reads what the client sends until it closes; ``reply=None`` closes the connection at once."""

    def __init__(self, reply: bytes | None) -> None:
        self.reply = reply
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with conn:
                if self.reply is None:
                    continue
                conn.sendall(self.reply)
                conn.settimeout(5)
                try:
                    while conn.recv(1 << 16):
                        pass
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def scripted() -> Iterator:
    servers: list[ScriptedServer] = []

    def start(reply: bytes | None) -> str:
        server = ScriptedServer(reply)
        servers.append(server)
        return f"http://127.0.0.1:{server.port}/store"

    yield start
    for s in servers:
        s.close()


NOISE = bytes(random.Random(15).randrange(256) for _ in range(3000))
TERMINAL_TRAP = b"\x1b[2J\x1b[31mYOU HAVE BEEN PWNED\x07\r\x1b]0;title\x07\n"


@pytest.mark.parametrize(
    ("reply", "fragments"),
    [
        (NOISE, ["does not start with an HTTP status line"]),
        (b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n", ["does not start with an HTTP status line", "SSH-2.0-OpenSSH_9.2p1"]),
        (TERMINAL_TRAP, ["does not start with an HTTP status line", "\\x1b[2J"]),
        (b"\x00\x01\x02\x03" * 10, ["does not start with an HTTP status line"]),
        (None, ["closed the connection without a reply"]),
        (b"HTTP/1.1 200 OK\r\n" + b"X: " + b"a" * 70000 + b"\r\n\r\n", ["a line longer than HTTP allows"]),
        (b"HTTP/1.1 200 OK\r\n" + b"X: \x1b[31m\r\n" * 200 + b"\r\n", ["not valid HTTP (got more than 100 headers)"]),
    ],
    ids=["random-bytes", "ssh-banner", "ansi-escapes", "nul-bytes", "closes-at-once", "long-header", "many-headers"],
)
def test_a_server_that_does_not_answer_http(scripted, reply, fragments):
    endpoint = scripted(reply)
    err = _error(
        kg("push", str(seeds_build()), "--endpoint", endpoint, "--timeout", "10"),
        "did not answer as an HTTP server",
        *fragments,
    )
    assert "PWNED" not in err or "\\x1b[31mYOU HAVE BEEN PWNED" in err
    assert len(err) < 400


def test_a_status_line_and_body_made_to_mess_up_the_terminal_are_escaped(scripted):
    body = b"\x1b[2J\x1b[31mdenied\r\nby policy\x1b]0;owned\x07" + b"x" * 5000
    reply = (
        b"HTTP/1.1 500 \x1b[31mBroken\x1b[0m\r\nContent-Type: text/plain\r\nContent-Length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )
    err = _error(
        kg("push", str(seeds_build()), "--endpoint", scripted(reply)),
        "refused the request (HTTP 500 \\x1b[31mBroken\\x1b[0m)",
        "\\x1b[2J\\x1b[31mdenied",
    )
    assert len(err) < 400  # the body is cut


def test_a_redirect_is_not_followed_nor_reported_as_success(scripted):
    # urllib would follow a 302 with a GET and report "added … triples" with nothing stored
    target = scripted(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
    reply = f"HTTP/1.1 302 Found\r\nLocation: {target}\r\nContent-Length: 0\r\n\r\n".encode()
    _error(
        kg("push", str(seeds_build()), "--endpoint", scripted(reply)),
        "answered with a redirect (HTTP 302 Found)",
        f"to '{target}'",
        "nothing was stored",
    )
