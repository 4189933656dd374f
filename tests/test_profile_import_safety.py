"""Loading an organisation profile cannot hurt: special files (profile and logo), nesting,
long numbers, broken images, fuzz (1,000+); and a bad profile at start-up leaves no tab stuck.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conftest import GUIDELINE_DB
from import_cases import is_dutch, nested, outcome, png, png_header_claiming
from opvoedapp.profile.for_content import offer_names
from opvoedapp.profile.loader import MAX_LOGO_BYTES, MAX_PROFILE_BYTES, load_profile
from opvoedapp.profile.model import OrganisationProfile, ProfileError
from special_files import SPECIAL_KINDS, make_special

GOOD = 'versie = 1\n[organisatie]\nnaam = "JGZ"\n'
WITH_LOGO = GOOD + 'logo = "logo.png"\n[[aanbod]]\ninterventie = "Triple P"\n'


@pytest.fixture(scope="module")
def names(content):
    return offer_names(content)


def _outcome(call) -> str:
    return outcome(call, ProfileError, OrganisationProfile)


@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_a_special_profile_file_is_refused_in_dutch(tmp_path: Path, names, kind: str) -> None:
    path = make_special(tmp_path / "organisatie.toml", kind, MAX_PROFILE_BYTES)
    assert _outcome(lambda: load_profile(path, names)) == "refused"


@pytest.mark.parametrize("kind", [k for k in SPECIAL_KINDS if k != "unreadable-name"])
def test_a_special_logo_is_refused_in_dutch(tmp_path: Path, names, kind: str) -> None:
    make_special(tmp_path / "logo.png", kind, MAX_LOGO_BYTES)
    (tmp_path / "organisatie.toml").write_text(WITH_LOGO, encoding="utf-8")
    assert _outcome(lambda: load_profile(tmp_path / "organisatie.toml", names)) == "refused"


@pytest.mark.parametrize("image, why", [
    (b"dit is tekst", "geen PNG"), (b"", "geen PNG"), (png()[:40], "afgebroken"),
    (png_header_claiming(2**31 - 1, 2**31 - 1), "te groot"),
    (png_header_claiming(20000, 20000), "te groot"),
    (b"\xff\xd8\xff\xe0" + bytes(200), "JPEG"),
    (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', "DOCTYPE"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"></svg>',
     "te groot"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><rect', "afgebroken"),
])
def test_a_logo_that_is_no_usable_image_refuses_the_profile(tmp_path: Path, names,
                                                            image: bytes, why: str) -> None:
    (tmp_path / "logo.png").write_bytes(image)
    (tmp_path / "organisatie.toml").write_text(WITH_LOGO, encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(tmp_path / "organisatie.toml", names)
    assert why in caught.value.message and is_dutch(caught.value.message)


@pytest.mark.parametrize("name, image", [
    ("logo.png", png()),
    ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
                 b'<rect width="120" height="40"/></svg>\n'),
])
def test_a_good_logo_is_accepted(tmp_path: Path, names, name: str, image: bytes) -> None:
    (tmp_path / name).write_bytes(image)
    (tmp_path / "organisatie.toml").write_text(WITH_LOGO.replace("logo.png", name),
                                               encoding="utf-8")
    assert load_profile(tmp_path / "organisatie.toml", names).logo == tmp_path / name


@pytest.mark.parametrize("text", [
    GOOD + "x = " + nested(1000) + "\n",
    GOOD + "x = " + nested(100_000) + "\n",
    GOOD + "x = " + nested(5000, "{a=", "}") + "\n",
    GOOD + "[" + ".".join(["a"] * 100_000) + "]\n",
    GOOD + ".".join(["b"] * 50_000) + " = 1\n",
    GOOD + '["q".' + ".".join(["c"] * 50_000) + "]\n",
])
def test_deep_nesting_is_refused_quickly_in_dutch(tmp_path: Path, names, text: str) -> None:
    path = tmp_path / "organisatie.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match="te diep genest"):
        load_profile(path, names)


@pytest.mark.parametrize("digits", [4301, 5000, 200_000])
def test_a_huge_version_number_is_refused_in_dutch(tmp_path: Path, names, digits: int) -> None:
    path = tmp_path / "organisatie.toml"
    path.write_text(GOOD.replace("versie = 1", "versie = " + "9" * digits), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path, names)
    assert is_dutch(caught.value.message)


_TEXTS = st.one_of(st.text(max_size=30), st.integers().map(str), st.just("[[[[[["))
_LOGOS = st.sampled_from(["png"] * 3 + ["none"] * 3
                         + ["text", "truncated", "bomb", "svg-doctype", "none", "missing"]
                         + [f"special:{k}" for k in SPECIAL_KINDS if k != "unreadable-name"])


@st.composite
def _profiles(draw):
    """(profile text, logo kind): valid profiles with hostile parts put in."""
    versions = ["1"] * 6 + ["2", "true", '"1"', "9" * 4400, "1.0"]
    lines = ["versie = " + draw(st.sampled_from(versions)),
             "[organisatie]", "naam = " + draw(st.sampled_from(['"JGZ"'] * 4 + ['""', "3", "[1]"]))]
    logo = draw(_LOGOS)
    if logo != "none":
        lines.append('logo = "logo.png"')
    if draw(st.booleans()):
        lines.append("adres = " + draw(st.sampled_from(['"Straat 1"', nested(draw(
            st.integers(1, 3000))), "9" * draw(st.integers(1, 6000))])))
    for _ in range(draw(st.integers(0, 3))):
        lines += ["[[aanbod]]", "interventie = " + draw(st.sampled_from(
            ['"Triple P"', '"K-VHT"', '"onbekend"', "1", "{}"]))]
    text = "\n".join(lines) + "\n"
    mutation = draw(st.sampled_from(["none"] * 4 + ["cut", "bytes", "insert"]))
    if mutation == "cut":
        text = text[:draw(st.integers(0, len(text)))]
    elif mutation == "insert":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(_TEXTS) + text[at:]
    raw = text.encode("utf-8") if mutation != "bytes" else draw(st.binary(max_size=300))
    return raw, logo


def _put_logo(folder: Path, kind: str) -> None:
    logo = folder / "logo.png"
    contents = {"png": png(), "text": b"geen plaatje", "truncated": png()[:30],
                "bomb": png_header_claiming(60000, 60000),
                "svg-doctype": b"<!DOCTYPE svg><svg></svg>"}
    if kind in contents:
        logo.write_bytes(contents[kind])
    elif kind.startswith("special:"):
        make_special(logo, kind.split(":", 1)[1], MAX_LOGO_BYTES)


@settings(max_examples=1200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=_profiles(), special=st.sampled_from([None] * 14 + list(SPECIAL_KINDS)))
def test_fuzzed_profiles_load_or_are_refused_in_dutch(tmp_path_factory, names, case,
                                                      special) -> None:
    raw, logo = case
    folder = tmp_path_factory.mktemp("pf")
    _put_logo(folder, logo)
    path = folder / "organisatie.toml"
    if special is None:
        path.write_bytes(raw)
    else:
        path = make_special(path, special, MAX_PROFILE_BYTES)
    outcome = _outcome(lambda: load_profile(path, names))
    event(f"profile {special or 'file'}, logo {logo}: {outcome}")
    if outcome == "accepted" and load_profile(path, names).logo is not None:
        assert logo == "png"  # only a whole PNG passes; the line may have been cut away


@pytest.mark.parametrize("case", ["fifo", "logo-loop", "huge-version", "dev-zero"])
def test_a_bad_profile_at_start_up_leaves_no_tab_stuck(qtbot, tmp_path: Path, monkeypatch,
                                                       case: str) -> None:
    from PySide6.QtWidgets import QApplication

    from opvoedapp import app

    path = tmp_path / "organisatie.toml"
    if case in ("fifo", "dev-zero"):
        make_special(path, case, MAX_PROFILE_BYTES)
    elif case == "logo-loop":
        make_special(tmp_path / "logo.png", "symlink-loop", MAX_LOGO_BYTES)
        path.write_text(WITH_LOGO, encoding="utf-8")
    else:
        path.write_text(GOOD.replace("versie = 1", "versie = " + "9" * 5000), encoding="utf-8")
    monkeypatch.setenv("OPVOEDAPP_PROFILE", str(path))
    monkeypatch.setenv("OPVOEDAPP_EXIT_AFTER", "ready")  # quits once content is shown
    # No modal crash dialog in a test (pytest-qt reports an escaped exception instead), and a
    # load that never becomes ready ends after 30 s as a failure, not a hang.
    monkeypatch.setattr(app, "install_crash_handler", lambda _folder: None)
    from PySide6.QtCore import QTimer

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.quit)
    guard.start(30_000)
    warnings: list[str] = []
    errors: list[str] = []
    code = app.run(["--database", str(GUIDELINE_DB)], report_error=errors.append,
                   report_warning=warnings.append)
    guard.stop()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    assert code == 0 and not errors
    assert len(warnings) == 1 and warnings[0].startswith("Organisatieprofiel")
    assert is_dutch(warnings[0])
