"""Where the profile is found: the environment variable, else the program folder.

The application manager puts ``organisatie.toml`` next to the program, so one folder carries
both; the program folder may be read-only (the profile is only read).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from opvoedapp.paths import repository_root

PROFILE_ENV = "OPVOEDAPP_PROFILE"
# Here, not beside the profile's model: every start looks for the file, and most
# workstations have none, so the model (its records) is not imported for the name alone.
PROFILE_FILE_NAME = "organisatie.toml"


def program_folder() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return repository_root()


def user_profile_path() -> Path:
    """The profile this user edited or imported in the program (overrides the machine's)."""
    from PySide6.QtCore import QStandardPaths

    from opvoedapp import APP_NAME, ORGANISATION_NAME

    # Built from the generic location so the command line (no QApplication, so no
    # application name) finds the same file as the window does.
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / ORGANISATION_NAME / APP_NAME / PROFILE_FILE_NAME


def profile_path() -> Path | None:
    """The profile to load, or None when there is none (then nothing is marked as offered).

    Order: OPVOEDAPP_PROFILE; the user's own (edited in Bestand → Organisatieprofiel); the
    machine-wide file next to the installation that every user of the workstation gets.
    """
    override = os.environ.get(PROFILE_ENV)
    if override:
        return Path(override)  # named explicitly: a missing file is an error worth reporting
    for candidate in (user_profile_path(), program_folder() / PROFILE_FILE_NAME):
        if candidate.exists():
            return candidate
    return None
