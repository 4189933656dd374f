"""No traceback reaches the user: unexpected errors become a Dutch message and a log entry.

The log holds only technical information: the exception's type and the code locations it
passed through. Never the exception's message or any value: a message can quote what the
user typed (a child's name in a handout, a date of birth), and the log stays on disk.

``faulthandler`` writes into the same file, so a fatal signal that Python cannot catch (a
crash in Qt, qFatal's abort) still leaves the code locations for the application manager.
It prints file names, line numbers and function names only. Python's own fatal errors (such
as PySide6 6.12's none_dealloc) switch faulthandler off and write to the standard error
stream: the windowed build has none, so there that stream is pointed at the log too. And
each run leaves a marker that a normal end removes, so the next start can log that the
previous run ended abnormally even when nothing else could be written.
"""

from __future__ import annotations

import atexit
import contextlib
import faulthandler
import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

LOG_NAME = "opvoedapp.log"
# The log is kept for the application manager, not for ever: above this size the old part
# moves to opvoedapp.log.1 at the next start.
MAX_LOG_BYTES = 512 * 1024
_log = logging.getLogger("opvoedapp")
# The open file faulthandler writes into; it must stay open for the whole run.
_fault_file: IO[str] | None = None
_handler: logging.Handler | None = None


def technical_report(kind: type[BaseException], value: BaseException | None,
                     tb: TracebackType | None) -> str:
    """Exception types and code locations of the whole chain; no message, no values."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = value
    current_kind, current_tb = kind, tb
    while True:
        lines.append(f"{current_kind.__module__}.{current_kind.__qualname__}")
        frame_tb = current_tb
        while frame_tb is not None:
            code = frame_tb.tb_frame.f_code
            lines.append(f"  {code.co_filename}:{frame_tb.tb_lineno} in {code.co_name}")
            frame_tb = frame_tb.tb_next
        if current is None:
            break
        seen.add(id(current))
        cause = current.__cause__ or (None if current.__suppress_context__
                                      else current.__context__)
        if cause is None or id(cause) in seen:
            break
        lines.append("caused by / while handling:")
        current, current_kind, current_tb = cause, type(cause), cause.__traceback__
    return "\n".join(lines)


def _rotate(log_path: Path) -> None:
    try:
        if log_path.stat().st_size > MAX_LOG_BYTES:
            log_path.replace(log_path.with_name(LOG_NAME + ".1"))
    except OSError:
        pass  # no log yet, or a folder we may not change: keep appending


def _open_log(data_dir: Path) -> IO[str] | None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        _rotate(data_dir / LOG_NAME)
        return open(data_dir / LOG_NAME, "a", encoding="utf-8")
    except OSError:
        return None  # a read-only home: we still show the message, just keep no log


def _running_marker(data_dir: Path, pid: int) -> Path:
    return data_dir / f"opvoedapp.running.{pid}"


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # no cheap, safe check there: leave other runs' markers alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _note_abnormal_ends(data_dir: Path) -> None:
    """Log runs that left their marker (killed, or a fatal error), then mark this one."""
    for marker in data_dir.glob("opvoedapp.running.*"):
        pid = marker.suffix.lstrip(".")
        if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
            _log.error("an earlier run (pid %s) ended without a normal exit: killed, or a "
                       "fatal error (see the lines before this one)", pid)
            marker.unlink(missing_ok=True)
    own = _running_marker(data_dir, os.getpid())
    try:
        own.touch()
    except OSError:
        return
    atexit.register(own.unlink, missing_ok=True)


def _close_log() -> None:
    global _fault_file, _handler
    if _handler is not None:
        _log.removeHandler(_handler)
        _handler = None
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None


def install_crash_handler(data_dir: Path) -> None:
    global _fault_file, _handler
    log_path = data_dir / LOG_NAME
    _close_log()  # installed again (tests, a second window): the newest folder counts
    _fault_file = _open_log(data_dir)
    if _fault_file is not None:
        _handler = logging.StreamHandler(_fault_file)
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _log.addHandler(_handler)
        _log.setLevel(logging.WARNING)
        faulthandler.enable(file=_fault_file, all_threads=True)
        if sys.stderr is None:
            # The windowed build: nothing reads the standard error stream, so what Python
            # writes there on a fatal error goes to the log.
            with contextlib.suppress(OSError):
                os.dup2(_fault_file.fileno(), 2)
        _note_abnormal_ends(data_dir)
    elif sys.stderr is not None:
        faulthandler.enable(all_threads=True)

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        logged = False
        if _fault_file is not None:
            _log.error("unexpected error\n%s", technical_report(kind, value, tb))
            try:
                _fault_file.flush()
                logged = log_path.is_file()
            except OSError:
                logged = False
        elif sys.stderr is not None:
            sys.stderr.write(technical_report(kind, value, tb) + "\n")
        _show_message(log_path if logged else None)

    sys.excepthook = hook


def log_unexpected(exc: BaseException) -> bool:
    """Log an error that was caught (types and locations only); True if it is in the file."""
    if _fault_file is None:
        return False
    _log.error("unexpected error\n%s", technical_report(type(exc), exc, exc.__traceback__))
    try:
        _fault_file.flush()
    except OSError:
        return False
    return True


def message_text(log_path: Path | None) -> str:

    # Nothing here promises that work was saved: when the error came while the guideline
    # loaded, there is no work anywhere yet.
    text = "Er ging iets mis in Opvoedapp. Controleer of wat u net deed gelukt is."
    if log_path is not None:
        return text + " " + (f"Technische details staan in {log_path}; geef dat bestand "
                             "aan uw applicatiebeheerder.")
    return text + " " + ("Er kon geen logbestand worden geschreven; meld aan uw "
                         "applicatiebeheerder wat u deed toen dit gebeurde.")


def _show_message(log_path: Path | None) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    QMessageBox.warning(None, "Onverwachte fout",
                        message_text(log_path))
