"""Where the profile is found: the environment variable, else the program folder.

The application manager puts ``organisatie.toml`` next to the program, so one folder carries
both; the program folder may be read-only (the profile is only read).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from opvoedapp.paths import repository_root
from opvoedapp.profile.model import PROFILE_FILE_NAME

PROFILE_ENV = "OPVOEDAPP_PROFILE"


def program_folder() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return repository_root()


def profile_path() -> Path | None:
    """The profile to load, or None when there is none (then nothing is marked as offered)."""
    override = os.environ.get(PROFILE_ENV)
    if override:
        return Path(override)  # named explicitly: a missing file is an error worth reporting
    candidate = program_folder() / PROFILE_FILE_NAME
    return candidate if candidate.exists() else None
