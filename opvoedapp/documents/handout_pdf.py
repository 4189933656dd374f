"""Render HandoutData to an A4 PDF with ReportLab platypus (styles from page_styles).

Every part is built by its own function as a list of units (a unit: flowables kept in
sequence; an empty unit says nothing, so the handout never shows an empty heading). A Dutch
handout prints the units of one voice. A bilingual one builds the same units twice, in the
parent's language and in Dutch (handout_voice), and prints each Dutch unit right after its
parent's unit: both HandoutData have the same shape, so the units pair up one to one.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import TYPE_CHECKING

from opvoedapp.documents.handout_data import HandoutData
from opvoedapp.documents.handout_voice import Voice, echo_styles, right_aligned
from opvoedapp.documents.page_styles import PageStyles, build_document, escape, page_footer

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    Unit = list[Flowable]
    Builder = Callable[[HandoutData, Voice], list[Unit]]

MARGIN_MM = 20  # kept for callers; the page itself is set in page_styles
BODY_SIZE = 10.5
ECHO_SIZE = 9.5


def _block(heading: Flowable, flowables: list[Flowable]) -> Unit:
    """A heading with its text kept together; nothing at all when there is no text."""
    from reportlab.platypus import KeepTogether

    return [KeepTogether([heading, *flowables])] if flowables else []


def _question(data: HandoutData, v: Voice) -> list[Unit]:
    q, s, lab = data.question, v.s, v.labels
    if q is None:
        return []
    help_items = v.bullets(q.help) if q.help else []
    if data.worry:
        help_items.append(v.p(data.worry, s.body))
    return [[v.p(q.title, s.h2)],
            _block(v.p(lab.question_normal, s.h3), [v.p(q.normal, s.body)]),
            _block(v.p(lab.question_tips, s.h3), v.bullets(q.tips) if q.tips else []),
            _block(v.p(lab.question_help, s.h3), help_items)]


def _agreements(data: HandoutData, v: Voice) -> list[Unit]:
    s = v.s
    items = [v.p(data.outcome, s.body)] if data.outcome else []
    if v.echo:  # what the nurse typed is printed once, in the parent's part
        return [_block(v.p(v.labels.agreements, s.h2), items)]
    if data.agreements:
        items += v.typed_bullets(data.agreements)
    if data.follow_up:
        items.append(v.p(v.labels.follow_up, s.body, kept=data.follow_up))
    heading = v.labels.agreements if data.outcome else v.both("agreements")
    return [_block(v.p(heading, s.h2), items)]


def _phases(data: HandoutData, v: Voice) -> list[Unit]:
    s, lab = v.s, v.labels
    units: list[Unit] = []
    for phase in data.phases:
        units.append([v.p(phase.label, s.h2)])
        units.append(_block(v.p(lab.phase_normal, s.h3),
                            [v.p(phase.normal, s.body)] if phase.normal else []))
        units.append(_block(v.p(lab.phase_tips, s.h3), v.bullets(phase.tips) if phase.tips else []))
        units.append([v.p(phase.near_note, s.body)] if phase.near_note else [])
        units.append(_block(v.p(f"{lab.phase_next} {phase.next_label}", s.h3),
                            [v.p(phase.next_normal, s.body)])
                     if phase.next_label and phase.next_normal else [])
    if data.worry and data.question is None and units:
        units.append(_block(v.p(lab.phase_worry, s.h3), [v.p(data.worry, s.body)]))
    return units


def _interventions(data: HandoutData, v: Voice) -> list[Unit]:
    from reportlab.platypus import KeepTogether

    if not data.interventions:
        return []
    s = v.s
    units: list[Unit] = [[v.p(v.labels.interventions, s.h2)],
                         [v.p(data.offer_note, s.body)] if data.offer_note else []]
    for item in data.interventions:
        sign_up = item.sign_up if not v.echo else ""  # the organisation's words, kept
        text = " ".join(t for t in (item.what, item.how, item.selective_note,
                                    v.labels.sign_up if sign_up else "") if t)
        # The programme's name heads the parent's part; the Dutch repeat is only its text.
        units.append([v.p(text, s.body)] if v.echo else
                     [KeepTogether([v.typed(item.name, _aligned(s.h3, v)),
                                    v.p(text, s.body, kept=sign_up)])])
    return units


def _opvoeden(data: HandoutData, v: Voice, dutch: tuple[HandoutData, Voice] | None) -> Unit:
    """Recommendation 1 of the guideline: point parents to validated information. The QR code
    is ReportLab's own encoding (opvoeden_qr); the program opens no connection."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from opvoedapp.documents.opvoeden_qr import qr_flowable

    if not data.opvoeden_text:
        return []
    side = 24 * mm
    code = qr_flowable(side)
    text = [v.p(v.labels.more_reading, v.s.h3), v.p(data.opvoeden_text, v.s.body)]
    if dutch is not None:
        nl, echo = dutch
        text += [echo.p(echo.labels.more_reading, echo.s.h3), echo.p(nl.opvoeden_text, echo.s.body)]
    text.append(Paragraph(f"<b>{escape(data.opvoeden_short)}</b>", _aligned(v.s.body, v)))
    # Right to left, the code stands at the right, where the reader starts.
    row, widths = ([text, code], [None, side + 4 * mm]) if v.rtl else \
        ([code, text], [side + 4 * mm, None])
    table = Table([row], colWidths=widths)
    # A table sets each cell's font (default Helvetica, not embedded) before drawing it.
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), v.s.font),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return [table]


def _contact(data: HandoutData, v: Voice) -> list[Unit]:
    org, s, lab = data.organisation, v.s, v.labels
    heading = v.p(lab.contact, s.h2)
    if v.echo:
        return [_block(heading, [v.p(data.contact_text, s.body)])]
    if org.reachable:
        details = [x for x in (org.name, org.address, org.phone, org.email, org.website) if x]
        # The organisation's details stay as typed: left to right in every language.
        return [_block(heading, [v.p(data.contact_text, s.body),
                                 v.typed(" · ".join(details), _aligned(s.body, v))])]
    # No organisation details known: a line the nurse fills in by hand, never an empty promise.
    lines = [v.p(data.contact_text, s.body)]
    if org.name:
        lines.append(v.p(org.name, s.body))
    lines += [v.p(f"{lab.contact_name} " + "_" * 40, s.body),
              v.p(f"{lab.contact_phone} " + "_" * 30, s.body)]
    return [_block(heading, lines)]


def _aligned(style: ParagraphStyle, v: Voice) -> ParagraphStyle:
    """Left-to-right text in a right-to-left handout still lines up at the right."""
    return right_aligned(style) if v.rtl else style


def _opening(data: HandoutData, v: Voice) -> list[Unit]:
    s, lab = v.s, v.labels
    units: list[Unit] = [[v.p(data.title, s.h1)]]
    units.append([v.p(lab.addressee.replace("{addressee}", data.addressee), s.h3, private=True)]
                 if data.addressee else [])
    units.append([] if v.echo else [v.typed(data.date_text, _aligned(s.small, v))])  # once
    if not data.reviewed:
        units.append([v.p(lab.unreviewed, s.small)])
    units.append([v.p(data.intro, s.body)] if data.intro else [])
    units.append(_block(v.p(v.both("personal_note"), s.h2), [v.typed(data.personal_note, s.body)])
                 if data.personal_note and not v.echo else [])
    return units


def _logo(data: HandoutData) -> list[Flowable]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Image

    org = data.organisation
    if not org.logo_png:
        return []
    logo = Image(BytesIO(org.logo_png))
    scale = min(1.0, (18 * mm) / logo.imageHeight, (60 * mm) / logo.imageWidth)
    logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
    logo.hAlign = "RIGHT"
    return [logo]


def _paired(builder: Builder, data: HandoutData, v: Voice,
            dutch: tuple[HandoutData, Voice] | None) -> list[Flowable]:
    units = builder(data, v)
    if dutch is None:
        return [f for unit in units for f in unit]
    echoes = builder(*dutch)
    return [f for unit, echo in zip(units, echoes, strict=True) for f in (*unit, *echo)]


def handout_story(data: HandoutData, s: PageStyles) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Spacer

    parent = data.translated
    dutch_voice = Voice(s, data.labels)
    if parent is None:
        v, dutch = dutch_voice, None
    else:
        v = Voice(s, parent.labels, rtl=parent.direction == "rtl", dutch=data.labels)
        dutch = (data, Voice(echo_styles(ECHO_SIZE), data.labels, echo=True))
    shown = parent or data
    story = [*_logo(data), *_paired(_opening, shown, v, dutch)]
    builders: dict[str, Builder] = {"question": _question, "agreements": _agreements,
                                    "phases": _phases, "interventions": _interventions}
    order = [n for n in dict.fromkeys(data.section_order) if n in builders]  # each once
    order += [n for n in builders if n not in order]  # a part the order leaves out still prints
    for name in order:
        story += _paired(builders[name], shown, v, dutch)
    # The source note never fills a last page on its own: it stays with the contact part,
    # so the page a parent turns to at the end says whom to ask.
    ending = [*_paired(_contact, shown, v, dutch), Spacer(1, 6),
              *_paired(lambda d, w: [[w.p(w.labels.footnote, w.s.small)]], shown, v, dutch)]
    story += [Spacer(1, 6), *_opvoeden(shown, v, dutch), KeepTogether(_unnested(ending))]
    return _headings_kept_with_text(story)


def _headings_kept_with_text(story: list[Flowable]) -> list[Flowable]:
    """A part's heading joins the block after it in one KeepTogether. Platypus keeps a
    keep-with-next heading with the next flowable, but never with a KeepTogether (a heading
    above a block would end a page on its own, as "Uw peuter" did at the foot of page 1)."""
    from reportlab.platypus import KeepTogether

    out: list[Flowable] = []
    waiting: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            out.append(KeepTogether([*waiting, *_unnested([flowable])]) if waiting else flowable)
            waiting = []
        elif flowable.getKeepWithNext():
            waiting.append(flowable)
        else:  # platypus itself keeps the waiting headings with this one
            out += [*waiting, flowable]
            waiting = []
    return out + waiting


def _unnested(flowables: list[Flowable]) -> list[Flowable]:
    """The content of each KeepTogether in ``flowables``, for one around them all: a
    KeepTogether measures itself as endless (it forces its own split), so one inside another
    would never fit on a page."""
    from reportlab.platypus import KeepTogether

    return [g for f in flowables
            for g in (f._content if isinstance(f, KeepTogether) else [f])]


def build_handout_pdf(data: HandoutData) -> bytes:
    from opvoedapp.documents.page_styles import page_styles

    styles = page_styles(BODY_SIZE)
    page, parent = data.labels.page, data.translated
    if parent is not None and parent.labels.page not in ("", page):
        page = f"{parent.labels.page} / {page}"  # the parent's word first, then the Dutch
    footer = page_footer(styles.font, data.organisation.name, page,
                         rtl=parent is not None and parent.direction == "rtl")
    title = data.title if data.translated is None else f"{data.translated.title} / {data.title}"
    return build_document(handout_story(data, styles), title=title,
                          author=data.organisation.name, subject="Folder voor ouders",
                          footer=footer, top_mm=15)
