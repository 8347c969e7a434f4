"""Hostile-document tests (issue 9), and the loopback listener they count connections with."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loopback_listener(answer: bytes = b"") -> Iterator[tuple[int, list[object]]]:
    """A TCP listener on 127.0.0.1: yields its port and the list of connections it accepted. With
    ``answer`` it replies (e.g. an HTTP response), so a client that fetches gets something and a
    test fails on the count rather than hanging."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    connections: list[object] = []
    stop = threading.Event()

    def listen() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            connections.append(connection)
            if answer:
                connection.sendall(answer)
            connection.close()

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], connections
    finally:
        stop.set()
        thread.join(timeout=2)
        server.close()
