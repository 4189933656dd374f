"""Record every attempt to reach the network while the self-test runs.

An audit hook sees socket connects and name look-ups from Python code and from libraries
that go through Python's socket module. Hooks cannot be removed, so the guard only records;
the self-test reads the record at the end.
"""

from __future__ import annotations

import sys

_NETWORK_EVENTS = frozenset({
    "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
    "socket.sendto", "socket.sendmsg", "urllib.Request",
})


class NetworkGuard:
    def __init__(self) -> None:
        self.attempts: list[str] = []
        self._active = False

    def start(self) -> None:
        self._active = True
        sys.addaudithook(self._hook)

    def stop(self) -> None:
        self._active = False

    def _hook(self, event: str, args: tuple) -> None:
        if self._active and event in _NETWORK_EVENTS:
            self.attempts.append(event)
