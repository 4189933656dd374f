"""The program's looks in one place: type scale, spacing, the colours of coloured boxes, and
the focus ring.

Coloured boxes (normal against serious, banners, the safety button) always set *both* their
background and their text colour, so they stay readable whatever the system palette (light,
dark, Windows high contrast): a light box with the dark palette's white text would be
unreadable. ``tests/test_style.py`` computes the WCAG contrast of every pair used here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # the colour checks run after a refusal (and in tests), not at start-up
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

# Type scale (points) relative to the base font; 10 pt reads well on a 1366x768 laptop.
BASE_POINT_SIZE = 10
SMALL_POINT_SIZE = 9  # notes and explanations: never smaller than this
HEADING_POINT_SIZE = 13

# Spacing grid (pixels): every margin and gap is one of these.
SPACE_S, SPACE_M, SPACE_L = 4, 8, 16

FOCUS_RING_WIDTH = 2


class BoxColours(NamedTuple):  # not a frozen dataclass: ten times cheaper to define
    background: str
    text: str
    edge: str  # a border in the same hue; carries no text


NORMAL = BoxColours("#e6f4ea", "#14532d", "#1e6b34")
SERIOUS = BoxColours("#fdecea", "#8b1010", "#a31515")
NOTE = BoxColours("#fff8e1", "#3e2f00", "#b28704")  # yellow banners: "let op", band notes
INFO = BoxColours("#e3f2fd", "#0d3c61", "#1565c0")  # the organisation's own offer
FOUND = BoxColours("#ffe082", "#1a1400", "#b28704")  # what the search jumped to
TABLE_HEAD = BoxColours("#eeeeee", "#1a1a1a", "#9e9e9e")
CURRENT_COLUMN = BoxColours("#fff3c4", "#1a1400", "#b28704")
SAFETY = BoxColours("#b71c1c", "#ffffff", "#7f0000")  # the safety route: white on deep red
REFUSED_INK = "#b71c1c"  # a refused entry: border and message text on the window background
DECISION_INK = {"veiligheid": "#b71c1c", "": "#1b5e20"}

ALL_BOXES = {"normal": NORMAL, "serious": SERIOUS, "note": NOTE, "info": INFO, "found": FOUND,
             "table-head": TABLE_HEAD, "current-column": CURRENT_COLUMN, "safety": SAFETY}


def relative_luminance(colour: str | QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    from PySide6.QtGui import QColor  # here: importing QColor, QPalette creates their enums

    c = QColor(colour)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF()))


def contrast_ratio(foreground: str | QColor, background: str | QColor) -> float:
    light, dark = sorted((relative_luminance(foreground), relative_luminance(background)),
                         reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink_on_window(palette: QPalette, preferred: str) -> str:
    """A warning colour for text drawn on the window background (refusal messages).

    The deep red reads on a light window; on a dark or high-contrast one a light red does.
    """
    from PySide6.QtGui import QPalette

    window = palette.color(QPalette.ColorRole.Window)
    if contrast_ratio(preferred, window) >= 4.5:
        return preferred
    return "#ff8a80"


def box_style(box: BoxColours) -> str:
    """Inline CSS for a rich-text cell or paragraph in this box's colours."""
    return f"background:{box.background}; color:{box.text}"


def safety_button_sheet() -> str:
    return (f"QPushButton {{ color: {SAFETY.text}; background: {SAFETY.background}; "
            f"border: 1px solid {SAFETY.edge}; border-radius: 4px; padding: 6px 12px; "
            f"font-weight: bold; }}"
            f"QPushButton:focus {{ border: {FOCUS_RING_WIDTH + 1}px solid palette(highlight); }}"
            f"QPushButton:disabled {{ background: #d7a5a5; color: #3b0000; }}")


def apply_base_font(app: QApplication) -> None:
    """Before the first paint: the base type size (changing it later would relayout)."""
    font = app.font()
    if 0 < font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)


def apply_focus_ring(app: QApplication) -> None:
    """Once per application, after the first paint: a style sheet makes Qt polish every
    widget through its style-sheet engine, which would slow the window's first appearance
    (bench/: first_window_ratio); the ring matters from the first keystroke on."""
    if app.property("opvoedapp-styled"):
        return
    app.setStyleSheet(app.styleSheet() + application_sheet())
    app.setProperty("opvoedapp-styled", True)


def application_sheet() -> str:
    """The focus ring on every focusable widget, tabs and lists included (D-focus).

    Qt draws a faint focus for some widgets only; a 2 px ring in the palette's highlight
    colour (which dark and high-contrast palettes choose themselves) shows where the
    keyboard is, everywhere.
    """
    ring = f"{FOCUS_RING_WIDTH}px solid palette(highlight)"
    return "\n".join((
        f"QAbstractScrollArea {{ border: {FOCUS_RING_WIDTH}px solid palette(mid); }}",
        "QScrollArea#tab-scroll, QScrollArea#scheme-pages-scroll, QScrollArea#pdf-side-scroll "
        "{ border: none; }",
        f"QAbstractScrollArea:focus {{ border: {ring}; }}",
        # Once an ::item rule exists Qt draws items from the sheet: keep the selection look.
        "QAbstractItemView::item:selected { background: palette(highlight); "
        "color: palette(highlighted-text); }",
        # List items keep room for the ring, so the focused one does not shrink and elide.
        f"QListView::item {{ border: {FOCUS_RING_WIDTH}px solid transparent; }}",
        f"QAbstractItemView::item:focus {{ border: {ring}; }}",
        f"QTabBar[keyboardFocus=\"true\"]::tab:selected {{ border: {ring}; }}",
        f"QCheckBox, QRadioButton {{ border: {FOCUS_RING_WIDTH}px solid transparent; "
        f"padding: 1px; }}",
        f"QCheckBox:focus, QRadioButton:focus {{ border: {ring}; }}",
        f"QPushButton:focus, QToolButton:focus {{ border: {ring}; border-radius: 3px; "
        f"padding: 4px 10px; }}",
    ))
