"""The program opens no network connection: watched with Python's audit hooks."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import textwrap

from conftest import GUIDELINE_DB

_NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                   "socket.sendto", "socket.bind"}
_seen: list[str] = []


def _hook(event: str, args: tuple) -> None:
    if event not in _NETWORK_EVENTS:
        return
    if event in ("socket.connect", "socket.bind", "socket.sendto") and args:
        sock = args[0]
        if getattr(sock, "family", None) == socket.AF_UNIX:
            return  # local IPC (X11, D-Bus) is not network
    _seen.append(f"{event} {args[1:] if len(args) > 1 else ''}")


sys.addaudithook(_hook)


def test_hook_sees_a_connection_attempt() -> None:
    _seen.clear()
    with contextlib.suppress(OSError):
        socket.getaddrinfo("localhost", 9)
    assert _seen, "the audit hook must notice network use, or this whole file proves nothing"


def test_every_tab_without_network(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from opvoedapp import app
    from opvoedapp.consult import ConsultState

    _seen.clear()
    consult = ConsultState()
    window = app.build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                              consult)
    qtbot.addWidget(window)
    app.load_content(window, consult, GUIDELINE_DB, tmp_path / "data")
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    assert _seen == []


def test_whole_program_start_without_network() -> None:
    script = textwrap.dedent("""
        import os, socket, sys
        seen = []
        def hook(event, args):
            if event in {events!r}:
                if args and getattr(args[0], "family", None) == socket.AF_UNIX:
                    return
                seen.append(event)
        sys.addaudithook(hook)
        os.environ["OPVOEDAPP_EXIT_AFTER"] = "ready"
        from opvoedapp.__main__ import main
        code = main([])
        print("NETWORK", seen, "EXIT", code)
    """).format(events=_NETWORK_EVENTS)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=False)
    assert "NETWORK [] EXIT 0" in result.stdout, result.stdout + result.stderr
