"""Test set-up shared by every test: offscreen Qt, and a private home for settings and data.

Both are set before anything imports Qt, so no test ever touches the developer's own
settings, user data or screen.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="opvoedapp-test-home-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ["HOME"] = str(_HOME)

import pytest  # noqa: E402

from opvoedapp.paths import repository_root  # noqa: E402

ROOT = repository_root()
GUIDELINE_DB = ROOT / "data" / "guideline.sqlite"
SOURCE_DIR = ROOT / "data" / "source"
SEEDS_DIR = ROOT.parent / "shared" / "seeds"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def content():
    """The committed guideline database, read-only, as the program opens it."""
    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository

    repo = ContentRepository(open_guideline_database(GUIDELINE_DB))
    yield repo
    repo.close()


@pytest.fixture(scope="session")
def item_keys(content) -> set[str]:
    """Every werkkaart 3 item key: what a feedback file may score."""
    return {item.key for competency in content.competencies for item in competency.items}


@pytest.fixture
def home() -> Path:
    """The private home folder the tests run in (settings and user data land below it)."""
    return _HOME
