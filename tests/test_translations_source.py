"""The translation files build into the guideline database, and a broken one fails the build
with a message that says what to do: a stale `nl`, an unknown key, a wrong shape or header.
An empty `own` (a translator still at work) is simply a missing translation."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import SOURCE_DIR
from opvoedapp.content.build import build_database
from opvoedapp.content.database import open_guideline_database
from opvoedapp.content.errors import ContentSourceError
from opvoedapp.content.repository import ContentRepository

EN = "translations/en.toml"


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    copy = tmp_path / "source"
    shutil.copytree(SOURCE_DIR, copy)
    return copy


def _edit(sources: Path, name: str, old: str, new: str) -> None:
    path = sources / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _set_own(sources: Path, key: str, own: str) -> None:
    """Give the [[text]] of `key` in en.toml the TOML value `own`."""
    path = sources / EN
    text = path.read_text(encoding="utf-8")
    value = r'(?:"[^\n]*"|\[[^\n]*\]|\[\n.*?\n\])'
    pattern = re.compile(r'(key = "' + re.escape(key) + r'"\nnl = ' + value + r'\n)own = ' + value,
                         re.S)
    text, count = pattern.subn(lambda m: m.group(1) + "own = " + own, text)
    assert count == 1
    path.write_text(text, encoding="utf-8")


def _build(sources: Path, tmp_path: Path) -> ContentRepository:
    target = tmp_path / "built.sqlite"
    build_database(sources, target)
    return ContentRepository(open_guideline_database(target))


def test_languages_and_labels_are_in_the_committed_database(content) -> None:
    codes = [lang.code for lang in content.languages]
    assert sorted(codes) == ["ar", "en", "pl", "tr", "uk"]
    assert [lang.name_nl for lang in content.languages] == sorted(
        lang.name_nl for lang in content.languages)
    arabic = content.language("ar")
    assert arabic is not None and arabic.direction == "rtl" and arabic.name_native == "العربية"
    assert all(lang.review in ("unreviewed", "reviewed") for lang in content.languages)
    assert content.text("handout.label.title") == "Informatie over opvoeden"
    assert "{addressee}" in content.text("handout.label.addressee")


def test_a_written_translation_is_built_and_read_back(sources: Path, tmp_path: Path) -> None:
    _set_own(sources, "parent.intro", '"A leaflet for you."')
    _set_own(sources, "parent.phase.0-2.tips", '["One.", "Two.", "Three.", "Four."]')
    repo = _build(sources, tmp_path)
    assert repo.translation("parent.intro", "en") == "A leaflet for you."
    # Lines joined exactly as the Dutch block joins them.
    assert repo.text("parent.phase.0-2.tips").count("\n") == 3
    assert repo.translation("parent.phase.0-2.tips", "en") == "One.\nTwo.\nThree.\nFour."
    assert repo.translation("parent.intro", "tr") != "A leaflet for you."  # per language
    assert repo.translation("parent.does-not-exist", "en") == ""
    assert repo.translation("parent.intro", "xx") == ""


def test_empty_or_partly_written_translations_are_missing_not_errors(
        sources: Path, tmp_path: Path) -> None:
    _set_own(sources, "parent.intro", '""')
    _set_own(sources, "parent.worry", '"   "')
    _set_own(sources, "parent.phase.0-2.tips", '["One.", "", "Three.", "Four."]')
    repo = _build(sources, tmp_path)
    for key in ("parent.intro", "parent.worry", "parent.phase.0-2.tips"):
        assert repo.translation(key, "en") == ""


def test_a_stale_translation_fails_the_build_and_says_so(sources: Path, tmp_path: Path) -> None:
    _edit(sources, "parent_texts.toml", 'intro_own = "In deze folder leest u',
          'intro_own = "In dit blad leest u')
    with pytest.raises(ContentSourceError) as caught:
        build_database(sources, tmp_path / "x.sqlite")
    message = str(caught.value)
    assert "translations/en.toml" in message and "(parent.intro)" in message
    assert "stale translation" in message and "In dit blad leest u" in message
    for code in ("ar", "pl", "tr", "uk"):  # every language is named, not just the first
        assert f"translations/{code}.toml" in message


def test_a_stale_label_translation_fails_too(sources: Path, tmp_path: Path) -> None:
    _edit(sources, "handout_labels.toml", 'page = "Pagina"', 'page = "Blad"')
    with pytest.raises(ContentSourceError, match=r"handout\.label\.page.*stale"):
        build_database(sources, tmp_path / "x.sqlite")


def test_an_unknown_key_fails_the_build(sources: Path, tmp_path: Path) -> None:
    _edit(sources, EN, 'key = "parent.intro"', 'key = "parent.intro2"')
    with pytest.raises(ContentSourceError, match=r"en\.toml text 1: unknown key 'parent\.intro2'"):
        build_database(sources, tmp_path / "x.sqlite")


def test_a_translation_of_another_shape_fails(sources: Path, tmp_path: Path) -> None:
    _set_own(sources, "parent.phase.0-2.tips", '["One.", "Two."]')
    with pytest.raises(ContentSourceError, match="`own` has 2 lines, the Dutch 4"):
        build_database(sources, tmp_path / "x.sqlite")
    _set_own(sources, "parent.phase.0-2.tips", '"One line."')
    with pytest.raises(ContentSourceError, match="must have the shape of `nl`"):
        build_database(sources, tmp_path / "y.sqlite")


@pytest.mark.parametrize(("old", "new", "message"), [
    ('direction = "ltr"', 'direction = "links"', "direction 'links'"),
    ('review = "unreviewed"', 'review = "ok"', "review 'ok'"),
    ('language = "en"', 'language = "de"', "differs from the file name"),
    ('name_nl = "Engels"', 'name_nl = ""', "no 'name_nl'"),
])
def test_a_bad_header_fails_the_build(sources: Path, tmp_path: Path, old: str, new: str,
                                      message: str) -> None:
    _edit(sources, EN, old, new)
    with pytest.raises(ContentSourceError, match=re.escape(message)):
        build_database(sources, tmp_path / "x.sqlite")


def test_a_translation_twice_fails(sources: Path, tmp_path: Path) -> None:
    path = sources / EN
    path.write_text(path.read_text(encoding="utf-8") + '\n[[text]]\nkey = "parent.intro"\nnl = '
                    '"In deze folder leest u wat past bij uw vraag en bij de leeftijd van uw '
                    'kind. U leest ook wat u zelf kunt doen."\nown = ""\n', encoding="utf-8")
    with pytest.raises(ContentSourceError, match="translated twice"):
        build_database(sources, tmp_path / "x.sqlite")


def test_a_database_without_the_translation_tables_is_refused(tmp_path: Path) -> None:
    from conftest import GUIDELINE_DB
    from opvoedapp.content.errors import GuidelineDatabaseError

    copy = tmp_path / "old.sqlite"
    shutil.copy(GUIDELINE_DB, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP TABLE language")
    conn.close()
    with pytest.raises(GuidelineDatabaseError, match="beschadigd"):
        open_guideline_database(copy)
