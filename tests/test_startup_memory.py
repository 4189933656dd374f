"""What a start-up must not keep or load by the time the content is shown
(docs/architecture.md, "Start-up"; bench/bench_startup.py measures the memory).

Each case runs in a fresh process: an earlier test in this session has imported most of the
program already.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import GUIDELINE_DB
from opvoedapp.content.digest import file_digest

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, linecache, sys
from opvoedapp import app

loaded = []
load_content = app.load_content

def keep(*args):
    loaded.append(load_content(*args))
    return loaded[-1]

app.load_content = keep
code = app.run(["--database", sys.argv[1]])
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({
    "code": code,
    "read": sorted(name for name in vars(loaded[0].content) if not name.startswith("_")),
    "kept_sources": sorted(name for name in linecache.cache if "opvoedapp" in name),
    "modules": sorted(sys.modules),
    "uses_pyside": {name: feature.pyside_feature_dict.get(name) for name in sys.argv[2:]},
}))
"""


def _ready(tmp_path: Path, *modules: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               OPVOEDAPP_EXIT_AFTER="ready")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run([sys.executable, "-c", _PROBE, str(GUIDELINE_DB), *modules],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    return result


def test_the_sources_of_imported_modules_are_not_kept(tmp_path: Path) -> None:
    # PySide looks into every module imported after it; through linecache that kept every
    # line of the program in memory (about 3 MiB). Its answer stays what it was.
    result = _ready(tmp_path, "opvoedapp.views.consult_bar", "opvoedapp.content.repository")
    assert result["kept_sources"] == []
    assert result["uses_pyside"] == {"opvoedapp.views.consult_bar": 0,
                                     "opvoedapp.content.repository": -1}


def test_openssl_is_not_loaded_to_check_the_database(tmp_path: Path) -> None:
    assert "_hashlib" not in _ready(tmp_path)["modules"]


def test_the_database_digest_is_sha256() -> None:
    assert file_digest(GUIDELINE_DB) == hashlib.sha256(GUIDELINE_DB.read_bytes()).hexdigest()


def test_only_what_the_first_tab_and_the_bar_show_is_read(tmp_path: Path) -> None:
    # Each table is read when first asked: the start page and the consult bar need these.
    # A text needs its text only, not every text block with its sources.
    assert set(_ready(tmp_path)["read"]) <= {"questions", "age_phases", "age_groups",
                                             "interventions"}


_WINDOW_PROBE = """
import enum, json, sys

created = []
create = enum.EnumType._create_

def record(cls, class_name, names, **kw):
    created.append(class_name)
    return create(cls, class_name, names, **kw)

enum.EnumType._create_ = record
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from opvoedapp import app
from opvoedapp.consult import ConsultState

qapp = QApplication([])
window = app.build_window(QSettings(), ConsultState())  # the bar, the window and the menus
print(json.dumps(created))
"""


def test_the_bar_and_the_menus_create_no_icon_or_palette_enums(tmp_path: Path) -> None:
    # A button or action made with its text in the constructor creates QIcon's enums (the
    # overloads take an icon); QPalette's are for the colour checks after a refusal.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", _WINDOW_PROBE], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    created = json.loads(done.stdout.strip().splitlines()[-1])
    # PySide names an enum without its class: these three are QIcon's and QPalette's own.
    assert not {"ThemeIcon", "ColorRole", "ColorGroup"} & set(created)


def test_without_a_profile_its_model_is_not_loaded(tmp_path: Path) -> None:
    # Most workstations have no organisation profile: looking for the file needs its name
    # only, not the profile's records (profile/location.py).
    modules = _ready(tmp_path)["modules"]
    assert "opvoedapp.profile.location" in modules
    assert "opvoedapp.profile.model" not in modules
