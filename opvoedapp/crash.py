"""No traceback reaches the user: unexpected errors become a Dutch message and a log line.

The log holds only technical information (the traceback of our code). The program never puts
consult data in exceptions or log records, so nothing about a child ends up here.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

LOG_NAME = "opvoedapp.log"
_log = logging.getLogger("opvoedapp")


def _log_file_handler(data_dir: Path) -> logging.Handler | None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(data_dir / LOG_NAME, encoding="utf-8", delay=True)
    except OSError:
        return None  # a read-only home: we still show the message, just keep no log
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    return handler


def install_crash_handler(data_dir: Path) -> None:
    handler = _log_file_handler(data_dir)
    if handler is not None and not _log.handlers:
        _log.addHandler(handler)
        _log.setLevel(logging.WARNING)

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        _log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        _show_message(data_dir / LOG_NAME)

    sys.excepthook = hook


def _show_message(log_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    text = ("Er ging iets mis in Opvoedapp. Uw werk in andere onderdelen is bewaard. "
        f"Technische details staan in {log_path}; geef dat bestand aan uw applicatiebeheerder.")
    QMessageBox.warning(None, "Onverwachte fout", text)
