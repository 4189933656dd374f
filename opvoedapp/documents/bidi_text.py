"""Right-to-left text for the PDF: bidi levels, font runs, line breaking and visual order.

ReportLab 5.1 shapes Arabic with harfbuzz (joined letters) but lays out the words of a line
left to right, and reordering the text before shaping breaks the joining (see
shared/notes/arabic-in-reportlab.md). So a line is laid out here, in the order the Unicode
bidi algorithm (UAX #9) prescribes:

1. the paragraph's embedding levels come from python-bidi's implementation of the algorithm
   (rules P-I), on the text in logical order;
2. the text is cut into pieces of one level and one font, spaces apart; the lines are broken
   in logical order, measuring each piece as it will be drawn;
3. each line's pieces are put in visual order by rule L2 (reverse every run at or above each
   level), and each piece is drawn in its own direction: Arabic pieces shaped by harfbuzz
   (which also places their glyphs right to left), Latin names and numbers left to right.

Nothing here draws; documents.bidi_paragraph does. Shaped pieces are cached: a handout
repeats its words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from opvoedapp.documents.fonts import ARABIC_FOR

RTL_BASE_LEVEL = 1
# Whitespace a line may break at: all of it but the no-break space (documents.unbroken).
_BREAKABLE_SPACE = re.compile(r"[^\S\u00a0]+")


@dataclass(frozen=True)
class Piece:
    """A stretch of one line with one embedding level and one font (never across a space)."""
    text: str          # logical order
    level: int         # odd: right to left
    font: str
    space: bool = False
    # Typed by the nurse (names, notes): never kept in the shaping cache after the document.
    private: bool = False


@dataclass(frozen=True)
class Word:
    pieces: tuple[Piece, ...]
    space_after: Piece | None  # the space that follows it in the paragraph, if any


def is_arabic(char: str) -> bool:
    """A letter, digit or mark of the Arabic script (these need the Arabic font)."""
    return unicodedata.bidirectional(char) in ("AL", "AN") or "\u0600" <= char <= "\u06ff" \
        or "\u0750" <= char <= "\u077f" or "\ufb50" <= char <= "\ufdff" \
        or "\ufe70" <= char <= "\ufeff"


def embedding_levels(text: str, base_level: int = RTL_BASE_LEVEL) -> list[int]:
    """One resolved embedding level per character (UAX #9 rules X1-I2) via python-bidi."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level % 2]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [c["level"] for c in storage["chars"]]
    if len(levels) != len(text):  # astral characters come back as one; keep one per char
        levels = [base_level] * len(text)
    return levels


def _font_for(char: str, level: int, latin_font: str, arabic_font: str) -> str:
    # Neutrals inside Arabic (spaces, full stops, the Arabic comma) take the Arabic face,
    # so a sentence looks of one piece; Latin names, numbers and symbols take DejaVu.
    if is_arabic(char):
        return arabic_font
    if level % 2 and char in _arabic_cmap(arabic_font):
        return arabic_font
    return latin_font


@lru_cache(maxsize=4)
def _arabic_cmap(font_name: str) -> frozenset[str]:
    from reportlab.pdfbase import pdfmetrics

    return frozenset(chr(c) for c in pdfmetrics.getFont(font_name).face.charToGlyph)


def _isolated_levels(kept: str) -> list[int]:
    """Levels of text that keeps its own direction inside the paragraph, as an isolate
    (UAX #9 FSI ... PDI) would: resolved on its own, one level up if it reads left to right.
    A follow-up "2 weken" after an Arabic label then reads "2 weken", not "weken 2"."""
    from bidi import get_base_level

    ltr = get_base_level(kept) == 0
    return embedding_levels(kept, RTL_BASE_LEVEL + 1 if ltr else RTL_BASE_LEVEL)


def words(text: str, latin_font: str, kept: str = "", private: bool = False) -> list[Word]:
    """The paragraph's words in logical order, each cut into pieces of one level and font;
    ``kept`` (what the nurse or organisation typed) follows ``text`` as an isolate. Pieces of
    ``kept``, or of everything when ``private``, are marked private (Piece).

    Whitespace runs (also newlines) count as one space, as in a ReportLab Paragraph; a
    no-break space joins the words around it into one."""
    from opvoedapp.documents.fonts import register_arabic_fonts

    register_arabic_fonts()
    arabic_font = ARABIC_FOR.get(latin_font, ARABIC_FOR[next(iter(ARABIC_FOR))])
    flat = _one_space(text)
    levels = embedding_levels(flat)
    kept = _one_space(kept)
    private_from = 0 if private else len(flat) + 1 if (flat and kept) else len(flat)
    if kept:
        levels = [*levels, RTL_BASE_LEVEL, *_isolated_levels(kept)] if flat else \
            _isolated_levels(kept)
        flat = f"{flat} {kept}" if flat else kept
    result: list[Word] = []
    start = 0
    while start < len(flat):
        end = flat.find(" ", start)
        end = len(flat) if end < 0 else end
        pieces: list[Piece] = []
        for i in range(start, end):
            font = _font_for(flat[i], levels[i], latin_font, arabic_font)
            secret = i >= private_from
            last = pieces[-1] if pieces else None
            if last is not None and (last.level, last.font, last.private) == \
                    (levels[i], font, secret):
                pieces[-1] = Piece(last.text + flat[i], last.level, font, private=secret)
            else:
                pieces.append(Piece(flat[i], levels[i], font, private=secret))
        space = (Piece(" ", levels[end], _font_for(" ", levels[end], latin_font, arabic_font),
                       True) if end < len(flat) else None)
        result.append(Word(tuple(pieces), space))
        start = end + 1
    return result


def _one_space(text: str) -> str:
    return " ".join(w for w in _BREAKABLE_SPACE.split(text) if w)


def drawn(piece: Piece, size: float) -> tuple[str, float]:
    """What to hand the canvas for ``piece`` (glyphs in visual order) and its width. Content
    words are cached (a handout repeats them, the preview rebuilds it on every change);
    what the nurse typed is shaped anew each time and not kept."""
    return _shape(piece, size) if piece.private else _shape_cached(piece, size)


def _shape(piece: Piece, size: float) -> tuple[str, float]:
    from bidi.mirror import MIRRORED
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    if any(is_arabic(c) for c in piece.text):
        # harfbuzz picks the joining forms and, for Arabic, returns the glyphs right to left.
        shaped = shapeStr(piece.text, piece.font, size)
        if isinstance(shaped, ShapedStr):
            return shaped, sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
        return shaped, stringWidth(shaped, piece.font, size)
    text = piece.text
    if piece.level % 2:  # neutrals set right to left: reversed, brackets mirrored (rule L4)
        text = "".join(MIRRORED.get(c, c) for c in reversed(text))
    return text, stringWidth(text, piece.font, size)


_shape_cached = lru_cache(maxsize=4096)(_shape)


def width(pieces: tuple[Piece, ...] | list[Piece], size: float) -> float:
    return sum(drawn(p, size)[1] for p in pieces)


def break_lines(all_words: list[Word], size: float, first_width: float,
                other_width: float) -> list[list[Piece]]:
    """Greedy line breaking in logical order; each line's pieces still in logical order."""
    lines: list[list[Piece]] = []
    line: list[Piece] = []
    used = 0.0
    pending_space: Piece | None = None
    for word in all_words:
        word_width = width(word.pieces, size)
        room = first_width if not lines else other_width
        space_width = drawn(pending_space, size)[1] if (pending_space and line) else 0.0
        if line and used + space_width + word_width > room:
            lines.append(line)
            line, used, space_width = [], 0.0, 0.0
        if line and pending_space is not None:
            line.append(pending_space)
        line.extend(word.pieces)
        used += space_width + word_width
        pending_space = word.space_after
    if line:
        lines.append(line)
    return lines


def visual_order(line: list[Piece]) -> list[Piece]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every maximal
    sequence of pieces at that level or higher. Returns the pieces left to right."""
    order = list(line)
    if not order:
        return order
    highest = max(p.level for p in order)
    lowest_odd = min((p.level for p in order if p.level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i].level >= level:
                j = i
                while j < len(order) and order[j].level >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
