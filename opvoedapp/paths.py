"""Where the program finds its bundled files, in a checkout and in the frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

GUIDELINE_DB_ENV = "OPVOEDAPP_GUIDELINE_DB"


def repository_root() -> Path:
    """The checkout root (or, frozen, the bundle folder that holds ``data/``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def guideline_database_path() -> Path:
    override = os.environ.get(GUIDELINE_DB_ENV)
    if override:
        return Path(override)
    return repository_root() / "data" / "guideline.sqlite"


def user_data_dir() -> Path:
    """The per-user folder for the self-reflection scores and the crash log.

    QtCore is imported here, not at the top: the Qt-free layers and the command line import
    this module without loading Qt (the QApplication's names must be set before the call).
    """
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def resources_dir() -> Path:
    return Path(__file__).resolve().parent / "resources"
