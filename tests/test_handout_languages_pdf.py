"""The bilingual handout PDF (issue 18): each language builds, its script is read back from
the PDF (Arabic in logical order by pdftotext, an independent reader), every glyph drawn is in
an embedded font, the Dutch follows each part, and what stays as it is stays.

Polish and Ukrainian translations may not be written yet; a few sample sentences (ours, in
the test) stand in for them so their letters are checked either way.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest

from opvoedapp.documents.handout_data import handout_data
from opvoedapp.documents.handout_pdf import build_handout_pdf
from opvoedapp.handout_request import HandoutRequest
from opvoedapp.profile.model import OfferedIntervention, OrganisationProfile

LANGUAGES = ("en", "tr", "ar", "pl", "uk")
SAMPLES = {  # key -> text, for languages whose translation file may still be empty
    "pl": {"parent.intro": "W tej ulotce przeczytają Państwo, co pasuje do pytania i wieku "
                           "dziecka. Jeżeli coś jest niejasne, proszę pytać: chętnie pomożemy. "
                           "Ulotka była przygotowana starannie.",
           "handout.label.title": "Informacje o wychowaniu"},
    "uk": {"parent.intro": "У цій листівці ви прочитаєте, що підходить до вашого питання "
                           "і віку дитини. Її ґрунтовно підготували; є поради, "
                           "які ви можете їм дати.",
           "handout.label.title": "Інформація про виховання"},
}
EXPECTED_LETTERS = {"tr": "ğşıİ", "pl": "ąęłż", "uk": "іїєґ"}
PHONE = "010-1234567"
ORG = "JGZ Rijnmond Test"
TODAY = date(2026, 12, 1)


class WithSamples:
    """The content with the sample sentences above as translations (everything else real)."""

    def __init__(self, content):
        self._content = content

    def translation(self, key: str, language: str) -> str:
        return SAMPLES.get(language, {}).get(key) or self._content.translation(key, language)

    def __getattr__(self, name):
        return getattr(self._content, name)


def _request(content) -> HandoutRequest:
    return HandoutRequest(question_key="ontwikkeling", age_months=30,
                          agreements=("Elke dag voorlezen",), follow_up="Over 4 weken bellen",
                          personal_note="Goed gedaan, Sam!")


def _profile(tmp_path: Path) -> OrganisationProfile:
    return OrganisationProfile(tmp_path / "organisatie.toml", ORG, phone=PHONE,
                               email="info@jgz.example",
                               offered=(OfferedIntervention("triple-p", "Bel 010-7654321"),))


def _data(content, tmp_path, language, reviewed=True):
    return handout_data(WithSamples(content), _request(content), _profile(tmp_path), "Sam",
                        TODAY, language=language, reviewed=reviewed)


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is missing: scripts/setup.sh installs it")
    path = tmp_path / "folder.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _plain(text: str) -> str:
    """Letters as a reader compares them: presentation forms to letters (NFKC), no vowel marks
    or direction marks, one space between words."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Cf"))
    return " ".join(text.split())


def _arabic_words(text: str) -> list[str]:
    return re.findall(r"[\u0600-\u06ff]+", _plain(text))


def _arabic_phrase(text: str, most: int = 4) -> str:
    """The first run of two or more Arabic words without vowel marks, within one sentence.
    pdftotext puts a raised vowel mark (ReportLab draws harfbuzz's mark offsets with a text
    rise) on a line of its own, so words with marks cannot be compared in sequence."""
    run: list[str] = []
    for raw in unicodedata.normalize("NFKC", text).split():
        word = raw.strip(".,:;!?()،؟")
        if re.fullmatch(r"[\u0621-\u064a]+", word) and len(run) < most:
            run.append(word)
            if word != raw and len(run) >= 2:  # the sentence (or clause) ends here
                break
            if word != raw:
                run = []
        elif len(run) >= 2:
            break
        else:
            run = []
    return " ".join(run) if len(run) >= 2 else ""


@pytest.fixture(scope="module")
def pdfs(content, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("languages")
    return {lang: build_handout_pdf(_data(content, tmp, lang)) for lang in LANGUAGES}


def test_the_question_and_programmes_exist(content):
    # The fixtures below rely on these; a renamed key should fail here, not silently.
    assert content.text("parent.question.ontwikkeling.title")
    assert content.intervention("triple-p") is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_bilingual_handout_shows_its_script(pdfs, content, language, tmp_path):
    text = _pdftotext(pdfs[language], tmp_path)
    data = _data(content, tmp_path, language)
    assert data.translated is not None and data.translated.language == language
    assert _plain(data.translated.title) in _plain(text) or language == "ar"
    for letter in EXPECTED_LETTERS.get(language, ""):
        assert letter in text, f"{letter!r} missing from the {language} handout"
    if language == "uk":
        assert len(re.findall(r"[\u0400-\u04ff]", text)) > 100
    assert "Informatie over opvoeden" in text  # the Dutch title right after


def test_arabic_reads_back_in_logical_order(pdfs, content, tmp_path):
    checked = assert_arabic_in_logical_order(_pdftotext(pdfs["ar"], tmp_path), content)
    assert len(checked) >= 5, checked


def _used_codes(pdf: bytes) -> list[tuple[object, bytes]]:
    """(font dictionary, the byte string shown) for every text-showing operator."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    shown = []
    reader = PdfReader(BytesIO(pdf))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        stream = ContentStream(page.get_contents(), reader)
        font = None
        for operands, operator in stream.operations:
            if operator == b"Tf":
                font = fonts[operands[0]].get_object()
            elif operator in (b"Tj", b"'", b'"'):
                shown.append((font, operands[-1].original_bytes))
            elif operator == b"TJ":
                shown += [(font, s.original_bytes) for s in operands[0]
                          if hasattr(s, "original_bytes")]
    return shown


def assert_every_glyph_embedded(pdf: bytes, what: str) -> set[str]:
    """Every code drawn maps to a glyph of an embedded font (no .notdef); the fonts used."""
    from fontTools.ttLib import TTFont

    cmaps = {}
    shown = _used_codes(pdf)
    assert shown
    for font, codes in shown:
        name = str(font["/BaseFont"])
        if name not in cmaps:
            file = font["/FontDescriptor"].get_object().get("/FontFile2")
            assert file is not None, f"{name} is not embedded"
            tables = TTFont(BytesIO(file.get_object().get_data()))["cmap"].tables
            cmaps[name] = {c: g for t in tables for c, g in t.cmap.items()}
        missing = [c for c in codes if cmaps[name].get(c, ".notdef") == ".notdef"]
        assert not missing, f"{what}: .notdef in {name} for codes {missing} of {codes!r}"
    return set(cmaps)


ARABIC_KEYS = ("parent.intro", "parent.opvoeden", "parent.worry", "parent.contact",
               "handout.label.title", "handout.label.question_tips",
               "handout.label.question_help", "handout.label.more_reading",
               "handout.label.interventions", "handout.label.footnote")


def assert_arabic_in_logical_order(text: str, content, keys=ARABIC_KEYS) -> list[str]:
    """A phrase of each key's Arabic found, word for word in reading order, in the text
    pdftotext read from the PDF; returns the keys checked (those with such a phrase)."""
    words = " ".join(_arabic_words(text))
    checked = []
    for key in keys:
        phrase = _arabic_phrase(content.translation(key, "ar"), most=8)
        if len(phrase.split()) >= 2:
            checked.append(key)
            assert phrase in words, f"{key}: {phrase!r} not found in logical order"
    return checked


def assert_bilingual_arabic_handout(pdf: bytes, content, tmp_path: Path,
                                    question: str) -> None:
    """What a frozen program's ``handout --taal ar --question <question>`` must give: the
    Arabic in logical order, the Dutch beside it, every glyph in an embedded font (Noto Sans
    Arabic and DejaVu Sans both used)."""
    text = _pdftotext(pdf, tmp_path)
    keys = (*ARABIC_KEYS, f"parent.question.{question}.title")
    assert len(assert_arabic_in_logical_order(text, content, keys)) >= 5
    assert len(_arabic_words(text)) > 200, "too little Arabic for a whole handout"
    plain = _plain(text)
    for dutch in (content.text("handout.label.title"), content.text("parent.intro"),
                  content.text(f"parent.question.{question}.title")):
        assert _plain(dutch)[:40] in plain, dutch
    fonts = assert_every_glyph_embedded(pdf, "ar")
    assert any("NotoSansArabic" in f for f in fonts) and any("DejaVuSans" in f for f in fonts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_glyph_is_in_an_embedded_font(pdfs, language):
    assert_every_glyph_embedded(pdfs[language], language)


@pytest.mark.parametrize("language", ("en", "tr", "ar"))
def test_dutch_follows_each_translated_part(content, language, tmp_path):
    data = _data(content, tmp_path, language)
    parent = data.translated
    text = _plain(_pdftotext(build_handout_pdf(data), tmp_path))
    parts = [(parent.intro, data.intro), (parent.question.normal, data.question.normal),
             (parent.labels.question_tips, data.labels.question_tips),
             (parent.phases[0].normal, data.phases[0].normal),
             (parent.opvoeden_text, data.opvoeden_text),
             (parent.labels.footnote, data.labels.footnote)]
    at = 0
    for own, dutch in parts:  # each found after the one before: own, Dutch, own, Dutch, ...
        for part in (own, dutch):
            probe = _arabic_phrase(part, 2) if part is own and language == "ar" else \
                _plain(part)[:40]
            assert probe, part
            found = text.find(probe, at)
            assert found >= 0, f"{part[:40]!r} not after position {at}"
            at = found + len(probe)


@pytest.mark.parametrize("language", LANGUAGES)
def test_unreviewed_line_only_when_not_reviewed(content, language, tmp_path):
    lines = {}
    for reviewed in (True, False):
        data = _data(content, tmp_path, language, reviewed)
        text = _plain(_pdftotext(build_handout_pdf(data), tmp_path))
        lines[reviewed] = (_plain(data.labels.unreviewed) in text,
                           _arabic_phrase(data.translated.labels.unreviewed) in text
                           if language == "ar" else
                           _plain(data.translated.labels.unreviewed) in text)
    assert lines == {True: (False, False), False: (True, True)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_stays_as_it_is(pdfs, content, language, tmp_path):
    data = _data(content, tmp_path, language)
    parent = data.translated
    text = _pdftotext(pdfs[language], tmp_path)
    for kept in (ORG, PHONE, "info@jgz.example", "1 december 2026", "Bel 010-7654321",
                 "Elke dag voorlezen", "Over 4 weken bellen", "Goed gedaan, Sam!", "opvoeden.nl"):
        # Right to left, a kept text may wrap onto the next line like any other words.
        assert kept in text if language != "ar" else all(w in text for w in kept.split()), kept
    assert parent.date_text == data.date_text and parent.organisation == data.organisation
    assert [i.name for i in parent.interventions] == [i.name for i in data.interventions]
    for item in parent.interventions:
        assert item.name in text
    # Numbers in the parent's texts are the Dutch ones.
    for own, dutch in ((parent.question.normal, data.question.normal),
                       (parent.phases[0].label, data.phases[0].label)):
        assert sorted(re.findall(r"\d+", own)) == sorted(re.findall(r"\d+", dutch)), own


def test_unknown_language_is_a_clear_dutch_error(content, tmp_path):
    with pytest.raises(ValueError, match="Onbekende taal"):
        _data(content, tmp_path, "xx")


def test_dutch_handout_has_no_translation(content, tmp_path):
    data = _data(content, tmp_path, "nl")
    assert data.translated is None and data.language == "nl"
    assert data.labels.question_tips == content.text("handout.label.question_tips")


def test_what_the_nurse_typed_is_not_kept_in_the_shaping_cache(content, tmp_path, monkeypatch):
    from opvoedapp.documents import bidi_text

    cached = []
    real = bidi_text._shape_cached
    monkeypatch.setattr(bidi_text, "_shape_cached",
                        lambda piece, size: cached.append(piece.text) or real(piece, size))
    typed = ("سميرة", "قرأنا", "Zeynep")  # addressee, an agreement and a note in Arabic
    request = HandoutRequest(question_key="ontwikkeling", age_months=30,
                             agreements=(f"{typed[1]} يوميا",), follow_up="2 weken",
                             personal_note=f"مرحبا {typed[2]}")
    data = handout_data(content, request, None, typed[0], TODAY, language="ar")
    text = _pdftotext(build_handout_pdf(data), tmp_path)
    assert "Zeynep" in text and "2 weken" in text
    assert all(w in _plain(text) for w in typed[:2])
    assert cached  # the content's words are cached ...
    leaked = [t for t in cached if t.strip(".،:") in typed or "weken" in t or "Zeynep" in t]
    assert not leaked  # ... what the nurse typed is not
