"""Every Dutch text a parent reads has all five translations, and each keeps what must not
change: numbers, {placeholders}, programme names, the Opvoeden.nl address. Each is written in
its own script with its own letters.

These tests read the committed database, so they pass only once the translators' files are
filled and built in (test_build.py holds the database equal to the sources).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata

import pytest

from conftest import SOURCE_DIR

LANGUAGES = ("en", "tr", "ar", "pl", "uk")
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_KEEP_AS_IS = ("opvoeden.nl",)
# Written in Latin letters in everyday Ukrainian and Arabic too (beside the address the
# organisation prints in Latin letters); not required to survive, only allowed.
_LATIN_EVERYWHERE = ("e-mail",)
# Letters each language must use somewhere (its own alphabet, not a stand-in without marks),
# and letters it must never use (Russian-only letters in Ukrainian).
NEEDED_LETTERS = {"tr": "ğşıİçöü", "pl": "ąęłżśóć", "uk": "іїє"}
FORBIDDEN_LETTERS = {"uk": "ыэёъ"}


def _parent_keys(content) -> list[str]:
    return [key for key in content.text_blocks
            if key.startswith(("parent.", "handout.label."))]


def _programme_names() -> list[str]:
    data = tomllib.loads((SOURCE_DIR / "interventions.toml").read_text(encoding="utf-8"))
    return [item["name"] for item in data["intervention"]]


def _contains(text: str, phrase: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text.translate(_EASTERN_DIGITS)))


def _script_of(letter: str) -> str:
    name = unicodedata.name(letter, "")
    for script in ("ARABIC", "CYRILLIC", "LATIN"):
        if name.startswith(script):
            return script
    return "OTHER"


def _letters_by_script(own: str, dutch: str) -> dict[str, int]:
    """Letters per script, leaving out what stays as it is: programme names, the web address,
    placeholders, and Latin words copied from this very Dutch text (a service name such as
    "(jeugdverpleegkundige)" beside its translation, so a parent recognises it)."""
    for phrase in (*_programme_names(), *_KEEP_AS_IS, *_LATIN_EVERYWHERE):
        own = own.replace(phrase, " ")
    own = _PLACEHOLDER.sub(" ", own)
    own = re.sub(r"[A-Za-z][A-Za-z'-]*", lambda m: " " if _contains(dutch, m.group()) else
                 m.group(), own)
    counts: dict[str, int] = {}
    for char in own:
        if char.isalpha():
            counts[_script_of(char)] = counts.get(_script_of(char), 0) + 1
    return counts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_parent_text_is_translated(content, language: str) -> None:
    keys = _parent_keys(content)
    assert len(keys) > 150  # every parent text and label, not a handful
    missing = [k for k in keys if not content.translation(k, language).strip()]
    assert not missing, (f"{len(missing)} of {len(keys)} texts have no {language} translation "
                         f"(data/source/translations/{language}.toml), e.g. {missing[:5]}")
    unchanged = [k for k in keys if content.translation(k, language) == content.text(k)]
    assert not unchanged, f"{language}: left in Dutch: {unchanged}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_placeholders_and_names_survive(content, language: str) -> None:
    problems = []
    for key in _parent_keys(content):
        dutch, own = content.text(key), content.translation(key, language)
        if not own:
            continue  # reported by test_every_parent_text_is_translated
        if lost := _numbers(dutch) - _numbers(own):
            problems.append(f"{key}: number(s) {sorted(lost)} lost")
        if set(_PLACEHOLDER.findall(dutch)) != set(_PLACEHOLDER.findall(own)):
            problems.append(f"{key}: placeholders {_PLACEHOLDER.findall(own)}, the Dutch has "
                            f"{_PLACEHOLDER.findall(dutch)}")
        for name in (*_programme_names(), *_KEEP_AS_IS):
            if _contains(dutch.casefold() if name in _KEEP_AS_IS else dutch, name) and not \
                    _contains(own.casefold() if name in _KEEP_AS_IS else own, name):
                problems.append(f"{key}: {name!r} must stay as it is")
        if own.count("\n") != dutch.count("\n"):
            problems.append(f"{key}: {own.count(chr(10)) + 1} lines, the Dutch "
                            f"{dutch.count(chr(10)) + 1}")
    assert not problems, f"{language}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize(("language", "script"), [
    ("en", "LATIN"), ("tr", "LATIN"), ("pl", "LATIN"), ("ar", "ARABIC"), ("uk", "CYRILLIC"),
])
def test_each_translation_is_in_its_own_script(content, language: str, script: str) -> None:
    wrong = []
    for key in _parent_keys(content):
        own = content.translation(key, language)
        counts = _letters_by_script(own, content.text(key))
        others = {s: n for s, n in counts.items() if s != script}
        # Every letter in the language's script, apart from names kept as they are.
        if own and (not counts.get(script) or others):
            wrong.append(f"{key}: {counts}")
    assert not wrong, f"{language} texts not in {script} script:\n  " + "\n  ".join(wrong)


@pytest.mark.parametrize("language", sorted(NEEDED_LETTERS))
def test_each_language_uses_its_own_letters(content, language: str) -> None:
    written = "".join(content.translation(k, language) for k in _parent_keys(content))
    assert written, f"no {language} translations yet"
    absent = [c for c in NEEDED_LETTERS[language] if c not in written]
    assert not absent, f"{language} never uses {absent}: written without its own letters?"
    present = [c for c in FORBIDDEN_LETTERS.get(language, "") if c in written]
    assert not present, f"{language} uses {present}, letters of another language"


def test_the_language_files_cover_the_same_keys_as_the_dutch(content) -> None:
    """Each file lists each Dutch text once, so a translator sees every text to translate."""
    keys = set(_parent_keys(content))
    for language in LANGUAGES:
        path = SOURCE_DIR / "translations" / f"{language}.toml"
        listed = [t["key"] for t in tomllib.loads(path.read_text(encoding="utf-8"))["text"]]
        assert set(listed) == keys, f"{path.name}: missing {sorted(keys - set(listed))[:5]}"
