"""The organisation profile: read, checked, fuzzed; a broken one is reported and ignored."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import GUIDELINE_DB
from opvoedapp import app
from opvoedapp.consult import ConsultState
from opvoedapp.profile.for_content import find_and_load, offer_names
from opvoedapp.profile.loader import load_profile
from opvoedapp.profile.model import ProfileError
from opvoedapp.profile.writer import toml_string

GOOD = """
versie = 1
[organisatie]
naam = "JGZ Voorbeeldregio"
telefoon = "012 345 67 89"

[[aanbod]]
interventie = "triple p"
aanmelden = "Via uw jeugdverpleegkundige."

[[aanbod]]
interventie = "K-VHT"
aanmelden = "Via het consultatiebureau."

[[aanbod]]
interventie = "Moeder-Baby-interventie"
"""


@pytest.fixture(scope="module")
def names(content):
    return offer_names(content)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "organisatie.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_names_and_aliases_map_to_interventions(tmp_path, names) -> None:
    profile = load_profile(_write(tmp_path, GOOD), names)
    assert profile.name == "JGZ Voorbeeldregio"
    assert profile.offer_map() == {"triple-p": "Via uw jeugdverpleegkundige.",
                                   "k-vht": "Via het consultatiebureau.",
                                   "ouder-baby-interventie": ""}


@pytest.mark.parametrize(("text", "expected"), [
    ("versie = 2\n[organisatie]\nnaam='x'", "versie = 1"),
    ("versie = 1", "[organisatie] ontbreekt"),
    ("versie = 1\n[organisatie]\nnaam = ''", "'naam' van de organisatie ontbreekt"),
    ("versie = 1\n[organisatie]\nnaam='x'\n[[aanbod]]\ninterventie='Zwemles'", "Zwemles"),
    ("versie = 1\n[organisatie]\nnaam='x'\nlogo='weg.png'", "bestaat niet"),
    ("versie = 1\n[organisatie\nnaam='x'", "geen geldig TOML"),
    ("versie = true\n[organisatie]\nnaam='x'", "versie = 1"),
    ("versie = 1\n[organisatie]\nnaam='x'\nlogo=\"a\\u0000.png\"", "PNG-, SVG- of JPEG"),
    ("versie = 1\n[organisatie]\nnaam='x'\nlogo='" + "a" * 600 + ".png'", "kan niet worden"),
    ("x = " + "[" * 3000 + "]" * 3000, "te diep genest"),
    # Organisations choose their offer from Table 2; §5.2-only programmes are not in it.
    ("versie = 1\n[organisatie]\nnaam='x'\n[[aanbod]]\ninterventie='bemoeizorg'", "Tabel 2"),
])
def test_malformed_profiles_are_refused_in_dutch(tmp_path, names, text, expected) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile(_write(tmp_path, text), names)
    assert expected in caught.value.message
    assert str(tmp_path) in caught.value.message


def test_a_truncated_or_binary_file_is_refused(tmp_path, names) -> None:
    path = tmp_path / "organisatie.toml"
    path.write_bytes(GOOD.encode()[:40])
    with pytest.raises(ProfileError):
        load_profile(path, names)
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ProfileError, match="UTF-8"):
        load_profile(path, names)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode),
                 st.integers(0, len(GOOD)).map(lambda n: GOOD.encode()[:n])))
def test_fuzzed_files_either_load_or_raise_profile_error(tmp_path_factory, names,
                                                         data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "organisatie.toml"
    path.write_bytes(data)
    try:
        load_profile(path, names)
    except ProfileError as exc:
        assert exc.message.startswith("Organisatieprofiel")


def test_profile_marks_the_offer_and_shows_in_about(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("OPVOEDAPP_PROFILE", str(_write(tmp_path, GOOD)))
    consult = ConsultState()
    from PySide6.QtCore import QSettings

    window = app.build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                              consult)
    qtbot.addWidget(window)
    services = app.load_content(window, consult, GUIDELINE_DB, tmp_path / "data")
    assert services.offer.has_profile and services.offer.is_offered("k-vht")
    assert not services.offer.is_offered("vipp-sd")
    from opvoedapp.views.about_dialog import about_html

    assert "JGZ Voorbeeldregio" in about_html(services.content.meta, services.profile)


def test_broken_profile_warns_and_the_program_runs_without(qtbot, tmp_path, monkeypatch,
                                                           content) -> None:
    monkeypatch.setenv("OPVOEDAPP_PROFILE", str(_write(tmp_path, "versie = 1")))
    profile, error = find_and_load(content)
    assert profile is None and "[organisatie] ontbreekt" in error
    monkeypatch.setenv("OPVOEDAPP_EXIT_AFTER", "ready")
    warnings: list[str] = []
    errors: list[str] = []
    code = app.run(["--database", str(GUIDELINE_DB)], report_error=errors.append,
                   report_warning=warnings.append)
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
    assert code == 0 and not errors
    assert warnings and "[organisatie] ontbreekt" in warnings[0]


def test_no_profile_means_nothing_is_offered(content, monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("OPVOEDAPP_PROFILE", raising=False)
    monkeypatch.setattr("opvoedapp.profile.location.program_folder", lambda: tmp_path)
    assert find_and_load(content) == (None, "")


# Structured fuzzing: a valid profile with one to three of its parts replaced by odd values or
# left out, written as valid TOML, so every check after parsing is reached (random bytes rarely
# get past the TOML parser, and a wholly random document rarely reaches the later checks).
_SCALARS = st.one_of(st.integers(-3, 3), st.booleans(), st.floats(allow_nan=True),
                     st.text(max_size=30), st.sampled_from(["", " ", "1", "Triple P", "K-VHT"]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8)
_MISSING = object()  # the part is left out
_ODD = {
    "versie": st.sampled_from([2, 0, True, 1.0, "1"]),
    "naam": st.sampled_from(["", "  ", "n" * 501]),
    "website": st.just("w" * 600),
    "logo": st.one_of(st.sampled_from(["weg.svg", "a\x00.png", "../logo.png", "/", ".png",
                                       "x" * 400 + ".png", "logo.PNG", "logo.gif",
                                       "a/\x00/b.jpg", "logo.png/"]),
                      st.text(max_size=20).map(lambda t: t + ".png")),
    "interventie": st.sampled_from(["k-vht", "bemoeizorg", "Zwemles", "TRIPLE-P",
                                    "Moeder-Baby-interventie", "stap programma's"]),
    "aanmelden": st.one_of(st.text(max_size=40), st.just("x" * 1200)),
}
_PATHS = (("versie",), ("organisatie",), ("organisatie", "naam"), ("organisatie", "adres"),
          ("organisatie", "telefoon"), ("organisatie", "website"), ("organisatie", "logo"),
          ("aanbod",), ("aanbod", 0), ("aanbod", 0, "interventie"), ("aanbod", 0, "aanmelden"),
          ("aanbod", 1, "interventie"), ("extra",))


def _valid_document() -> dict:
    return {"versie": 1,
            "organisatie": {"naam": "JGZ", "adres": "Straat 1", "telefoon": "012",
                            "website": "https://jgz.example", "logo": "logo.png"},
            "aanbod": [{"interventie": "Triple P", "aanmelden": "Bel ons"},
                       {"interventie": "K-VHT"}]}


def _replace(document: dict, path: tuple, value) -> None:
    """Put ``value`` at ``path`` (or remove that part), when the path still exists."""
    parent = document
    for step in path[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return
    last = path[-1]
    if isinstance(parent, dict) and isinstance(last, str):
        if value is _MISSING:
            parent.pop(last, None)
        else:
            parent[last] = value
    elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        if value is _MISSING:
            del parent[last]
        else:
            parent[last] = value


@st.composite
def _profiles(draw) -> dict:
    document = _valid_document()
    for path in draw(st.lists(st.sampled_from(_PATHS), min_size=1, max_size=3, unique=True)):
        odd = _ODD.get(str(path[-1]))
        choices = [st.just(_MISSING), _VALUES] + ([odd] * 3 if odd is not None else [])
        _replace(document, path, draw(st.one_of(*choices)))
    return document


_PROFILES = _profiles()


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)  # nan, inf and -inf are TOML too
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{toml_string(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


def _toml(document: dict) -> str:
    return "".join(f"{toml_string(k)} = {_toml_value(v)}\n" for k, v in document.items())


@settings(max_examples=500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=_PROFILES)
def test_fuzzed_profiles_load_checked_or_are_refused_in_dutch(tmp_path_factory, content, names,
                                                             document) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "logo.png").write_bytes(b"\x89PNG")  # a logo that exists, next to the file
    path = folder / "organisatie.toml"
    text = _toml(document)
    parsed = tomllib.loads(text)  # the fuzzer writes valid TOML: the checks are under test
    assert parsed.keys() == document.keys()
    path.write_text(text, encoding="utf-8")
    try:
        profile = load_profile(path, names)
    except ProfileError as exc:
        assert exc.message.startswith(f"Organisatieprofiel {path}")
        return
    assert isinstance(profile.name, str) and profile.name.strip()
    for text_field in (profile.address, profile.phone, profile.website):
        assert isinstance(text_field, str) and len(text_field) <= 500
    table2 = {i.key for i in content.interventions if i.in_table2}
    assert set(profile.offer_map()) <= table2
    assert all(isinstance(s, str) for s in profile.offer_map().values())
    assert profile.logo is None or profile.logo.is_file()


def test_a_refused_profile_at_start_up_changes_no_offer(content, tmp_path, monkeypatch) -> None:
    from opvoedapp.state.offer_state import OfferState

    offer = OfferState()
    offer.set_offer({"triple-p": "Bel ons"})
    broken = _write(tmp_path, "versie = 1\n[organisatie]\nnaam='x'\nlogo=\"a\\u0000.png\"")
    monkeypatch.setenv("OPVOEDAPP_PROFILE", str(broken))
    profile, error = find_and_load(content)
    assert profile is None and error
    assert offer.offered_keys() == {"triple-p"}  # the caller keeps what it had


def test_about_shows_the_profile_just_saved(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QLabel, QWidget

    from opvoedapp.profile import location
    from opvoedapp.views import about_dialog
    from reflection_dialogs import DialogScript

    monkeypatch.setenv("OPVOEDAPP_PROFILE", str(_write(tmp_path, GOOD)))
    # Saved here, not in the test home's config folder, where later tests would find it.
    monkeypatch.setattr(location, "user_profile_path", lambda: tmp_path / "eigen.toml")
    consult = ConsultState()
    window = app.build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                              consult)
    qtbot.addWidget(window)
    services = app.load_content(window, consult, GUIDELINE_DB, tmp_path / "data")

    def rename_and_save(dialog: QWidget) -> None:
        # What the manager does in Bestand → Organisatieprofiel, in the dialog's own exec().
        name = dialog.fields["name"]
        name.setFocus()
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(name, "JGZ Nieuwe Naam")
        qtbot.keyClick(name, Qt.Key.Key_Return)  # Opslaan is the dialog's default button

    with DialogScript([rename_and_save]) as script:
        window.profile_requested.emit()
    assert script.done and script.seen == ["profile-dialog"]
    assert services.profile is not None and services.profile.name == "JGZ Nieuwe Naam"
    shown: list[str] = []
    monkeypatch.setattr(about_dialog.AboutDialog, "exec", lambda self: shown.append(
        self.findChild(QLabel, "about-text").text()) or 0)
    window.about_requested.emit()
    assert shown and "JGZ Nieuwe Naam" in shown[0]
    assert "JGZ Voorbeeldregio" not in shown[0]
