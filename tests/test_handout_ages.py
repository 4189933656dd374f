"""Every question × the ages where the tables' bands meet: the handout is right for the child.

Handouts are made through the data/PDF layer, the command line and the handout dialog, and
read back with a PDF text extractor (pypdf). Checked in each: the first phase part is the
Table 1 phase holding the age; no offered programme's own age range excludes the age; no
unidentified programme; the answer to the question is there and comes first; no heading
without text; Flesch-Douma reading ease (textstat, lang "nl") of at least 70.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest

from opvoedapp.documents.handout_age import UNIDENTIFIED
from opvoedapp.documents.handout_data import handout_data
from opvoedapp.documents.handout_pdf import build_handout_pdf
from opvoedapp.handout_request import HandoutRequest

QUESTIONS = ("ontwikkeling", "aanpak", "gedrag", "emoties", "grenzen")
AGES = (0, 0.5, 1, 1.9, 2, 2.2, 3, 4, 4.5, 5, 5.2, 8, 11.9, 12, 12.2, 15, 18.9)
SUBHEADINGS = ("Wat is gewoon?", "Wat helpt?", "Wanneer vraagt u hulp?",
               "Wat hoort bij deze leeftijd?", "Wat kunt u doen?", "Meer lezen",
               "Wanneer praat u erover met ons?")
SECTION_HEADINGS = ("Hulp en cursussen", "Wat we hebben besproken", "Contact",
                    "Persoonlijke notitie")
MIN_READING_EASE = 70


def pdf_lines(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def reading_ease(text: str) -> float:
    import textstat

    textstat.set_lang("nl")  # Flesch-Douma: 206.835 - 0.93 * words/sentence - 77 * syll/word
    return textstat.flesch_reading_ease(text)


def body_text(lines: list[str]) -> str:
    """What a parent reads: page numbers and the fill-in lines left out."""
    kept = [line for line in lines if not re.fullmatch(r"(.* · )?Pagina \d+", line)
            and "____" not in line]
    # A heading or a bullet is a sentence of its own for the formula.
    return "\n".join(line if line[-1] in ".?!:" else line + "." for line in kept)


def assert_no_empty_heading(content, lines: list[str]) -> None:
    """A sub-heading is followed by text; a section heading by more than the next section."""
    sections = {*SECTION_HEADINGS, *(content.text(f"parent.phase.{p.key}.title")
                                     for p in content.age_phases),
                *(content.text(f"parent.question.{q}.title") for q in QUESTIONS)}
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        if line in SUBHEADINGS:
            assert following and following not in {*SUBHEADINGS, *sections}, line
        if line in sections:
            assert following and following not in sections, line


def check_handout(content, pdf: bytes, question: str, years: float) -> str:
    months = round(years * 12)
    lines = pdf_lines(pdf)
    flat = " ".join(lines)
    # The answer to the question is there, before any phase part.
    title = content.text(f"parent.question.{question}.title")
    assert title and title in flat, (question, years)
    # The first phase part is the phase holding the age (in the 4-5 gap: the nearer one).
    titles = {p.key: content.text(f"parent.phase.{p.key}.title") for p in content.age_phases}
    first = min((flat.find(t), k) for k, t in titles.items() if t in flat)
    assert first[0] > flat.find(title), "the question part comes first"
    phase = next(p for p in content.age_phases if p.key == first[1])
    inside = [p for p in content.age_phases if p.age_from * 12 <= months < p.age_to * 12
              or months == p.age_to * 12 == 228]
    if inside:
        assert phase is inside[0], (years, phase.key)
    else:  # Table 1's gap between 4 and 5 years
        assert phase.age_to * 12 <= months + 12 and phase.age_from * 12 <= months + 12, years
    # No offered programme whose own age range excludes the age; never an unidentified one.
    for item in content.interventions:
        low, high = item.age_from_months, item.age_to_months
        if item.key in UNIDENTIFIED or (low is not None and not low <= months <= high):
            shown_as = content.text(f"parent.intervention.{item.key}.name") or item.name
            assert shown_as not in flat, (years, shown_as)
    assert "stap voor stap" not in flat.lower()
    assert_no_empty_heading(content, lines)
    score = reading_ease(body_text(lines))
    assert score >= MIN_READING_EASE, (question, years, score)
    return flat


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("years", AGES)
def test_data_layer_handout_fits_the_child(content, question, years) -> None:
    request = HandoutRequest(question_key=question, age_months=round(years * 12))
    data = handout_data(content, request, today=date(2026, 12, 1))
    assert data.question is not None and data.phases and data.has_body
    check_handout(content, build_handout_pdf(data), question, years)


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("years", AGES)
def test_command_line_handout_fits_the_child(content, question, years, tmp_path,
                                             monkeypatch, capsys) -> None:
    from opvoedapp import cli

    monkeypatch.delenv("OPVOEDAPP_PROFILE", raising=False)
    out = tmp_path / "folder.pdf"
    assert cli.run(["handout", "--age", str(years), "--question", question,
                    "-o", str(out)]) == 0, capsys.readouterr().err
    check_handout(content, out.read_bytes(), question, years)


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("years", (0.5, 2, 4.5, 5.2, 12, 15))
def test_dialog_handout_fits_the_child(qtbot, content, question, years) -> None:
    # The consult bar's "Folder voor deze vraag" and the menu open the dialog with only the
    # consult's age and question: that alone makes a whole handout.
    from opvoedapp.views.handout.handout_dialog import HandoutDialog

    request = HandoutRequest(question_key=question, age_months=round(years * 12))
    dialog = HandoutDialog(content, request, None)
    qtbot.addWidget(dialog)
    check_handout(content, dialog.pdf, question, years)


def test_a_tip_is_not_printed_twice(content) -> None:
    data = handout_data(content, HandoutRequest(question_key="gedrag", age_months=62))
    tip = "Wees warm en betrokken, en overleg samen over regels."
    assert tip in data.question.tips and tip not in data.phases[0].tips
    lines = pdf_lines(build_handout_pdf(data))
    assert " ".join(lines).count(tip) == 1


def test_selective_programmes_are_marked_and_only_chosen_by_hand(content) -> None:
    # F3: VoorZorg is for young first-time mothers, up to age 2: never by default, marked when
    # the nurse chooses it, and left out when the child is older than its range.
    default = handout_data(content, HandoutRequest(question_key="aanpak", age_months=6))
    assert "voorzorg" not in {i.name.lower() for i in default.interventions}
    chosen = handout_data(content, HandoutRequest(question_key="aanpak", age_months=6,
                                                  intervention_keys=("voorzorg",)))
    assert chosen.interventions[0].selective_note.startswith("Voor sommige gezinnen")
    text = " ".join(pdf_lines(build_handout_pdf(chosen)))
    assert "Voor sommige gezinnen. Uw jeugdverpleegkundige vertelt of het bij u past." in text
    older = handout_data(content, HandoutRequest(question_key="aanpak", age_months=36,
                                                 intervention_keys=("voorzorg",
                                                                    "stevig-ouderschap")))
    assert older.interventions == ()


def test_a_programme_without_any_known_age_is_left_to_the_nurse(content) -> None:
    # DroogBedTraining: no age range in the notes and no Table 2 column (a sub-row).
    default = handout_data(content, HandoutRequest(question_key="ontwikkeling", age_months=84))
    assert "DroogBedTraining" not in {i.name for i in default.interventions}
    chosen = handout_data(content, HandoutRequest(question_key="ontwikkeling", age_months=84,
                                                  intervention_keys=("droogbedtraining",)))
    assert chosen.interventions[0].name == "DroogBedTraining"
    assert chosen.interventions[0].selective_note


def test_the_next_phase_is_named_plainly_near_the_edge(content) -> None:
    near = handout_data(content, HandoutRequest(question_key="gedrag", age_months=23))
    assert "Uw peuter" in near.phases[0].near_note
    assert near.phases[0].next_label.startswith("Uw peuter")  # on within a year of it
    far = handout_data(content, HandoutRequest(question_key="gedrag", age_months=6))
    assert far.phases[0].near_note == "" and far.phases[0].next_label == ""  # 18 months away
    five = handout_data(content, HandoutRequest(question_key="gedrag", age_months=62))
    assert five.phases[0].next_label == ""  # no puber text for a 5-year-old by default
    chosen = handout_data(content, HandoutRequest(question_key="gedrag", age_months=6,
                                                  include_next=True))
    assert chosen.phases[0].next_label.startswith("Uw peuter")
    end_of_peuter = handout_data(content, HandoutRequest(question_key="gedrag", age_months=47))
    assert "Uw schoolkind" in end_of_peuter.phases[0].near_note  # Table 1 edge at ±4 years
    gap = handout_data(content, HandoutRequest(question_key="gedrag", age_months=54))
    assert gap.phases[0].key == "2-4" and "Uw schoolkind" in gap.phases[0].near_note
    middle = handout_data(content, HandoutRequest(question_key="gedrag", age_months=36))
    assert middle.phases[0].near_note == ""
    last = handout_data(content, HandoutRequest(question_key="gedrag", age_months=200))
    assert last.phases[0].next_label == "" and last.phases[0].near_note == ""


def test_nothing_chosen_still_gives_a_whole_handout(content) -> None:
    data = handout_data(content, HandoutRequest())
    lines = pdf_lines(build_handout_pdf(data))
    assert_no_empty_heading(content, lines)
    assert "Meer lezen" in lines and "Contact" in lines
    assert not any(line in ("Hulp en cursussen", "Wat we hebben besproken") for line in lines)


def test_chosen_parts_without_text_leave_no_heading(content) -> None:
    data = handout_data(content, HandoutRequest(question_key="gedrag", age_months=30,
                                                intervention_keys=(), agreements=("  ",),
                                                follow_up=" "))
    lines = pdf_lines(build_handout_pdf(data))
    assert_no_empty_heading(content, lines)
    assert "Wat we hebben besproken" not in lines and "Hulp en cursussen" not in lines


def test_without_profile_a_line_to_fill_in_never_an_empty_promise(content) -> None:
    from opvoedapp.profile.model import OrganisationProfile

    bare = " ".join(pdf_lines(build_handout_pdf(handout_data(
        content, HandoutRequest(question_key="gedrag", age_months=30)))))
    assert "Telefoon of e-mail: ____" in bare
    profile = OrganisationProfile(Path("x.toml"), "JGZ Voorbeeldstad", phone="010 123 45 67",
                                  email="jgz@voorbeeld.nl")
    known = " ".join(pdf_lines(build_handout_pdf(handout_data(
        content, HandoutRequest(question_key="gedrag", age_months=30), profile))))
    assert "010 123 45 67" in known and "jgz@voorbeeld.nl" in known and "____" not in known


def test_every_handout_points_to_opvoeden_nl_with_a_qr_code(content) -> None:
    from pypdf import PdfReader

    pdf = build_handout_pdf(handout_data(content, HandoutRequest(question_key="emoties",
                                                                 age_months=100)))
    assert "opvoeden.nl" in " ".join(pdf_lines(pdf))
    page = PdfReader(io.BytesIO(pdf)).pages[-1]
    # The QR code is drawn as many small filled squares in the page's content stream.
    assert page.get_contents().get_data().count(b" re") > 100


def test_stored_qr_code_is_reportlabs_encoding_of_opvoeden_nl() -> None:
    from reportlab.graphics.barcode.qr import QrCodeWidget

    from opvoedapp.documents.opvoeden_qr import MODULES, OPVOEDEN_URL

    widget = QrCodeWidget(OPVOEDEN_URL, barLevel="M")
    widget.qr.make()
    assert tuple("".join("1" if m else "0" for m in row) for row in widget.qr.modules) == MODULES


def test_pdf_has_title_language_and_shows_its_title(content) -> None:
    from pypdf import PdfReader

    pdf = build_handout_pdf(handout_data(content, HandoutRequest(question_key="emoties",
                                                                 age_months=100)))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == "Informatie over opvoeden"
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]


def test_file_name_says_what_the_handout_is_about(tmp_path) -> None:
    from opvoedapp.documents.handout_filename import handout_file_name, handout_save_path

    assert handout_file_name("grenzen", "2-4", date(2026, 12, 1)) == \
        "folder-grenzen-peuter-2026-12-01.pdf"
    assert handout_file_name("", "", date(2026, 12, 1)) == "folder-2026-12-01.pdf"
    assert handout_save_path(tmp_path, "a.pdf") == tmp_path / "a.pdf"
    assert handout_save_path("", "a.pdf").is_absolute()  # never the working directory
    assert handout_save_path("relative", "a.pdf").is_absolute()


def test_command_line_says_when_a_named_programme_does_not_fit(content, tmp_path, monkeypatch,
                                                               capsys) -> None:
    from opvoedapp import cli

    monkeypatch.delenv("OPVOEDAPP_PROFILE", raising=False)
    out = tmp_path / "folder.pdf"
    assert cli.run(["handout", "--age", "5", "--question", "aanpak", "--intervention",
                    "VoorZorg", "Triple P", "-o", str(out)]) == 0
    assert "VoorZorg past niet bij deze leeftijd" in capsys.readouterr().err
    text = " ".join(pdf_lines(out.read_bytes()))
    assert "VoorZorg" not in text and "Triple P" in text
