"""Keep every top-level window inside the screen's available geometry.

A default or remembered size can be larger than the screen the program runs on (a 1280x800
window on a 1366x768 laptop, a dialog at 150 % scaling). Every window and dialog of the
program, file and print dialogs included, is shrunk and moved on showing so its edges, and
the buttons along them, stay on screen; content that no longer fits scrolls inside.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from opvoedapp.views import app_events

# Room for the window manager's frame (title bar, borders) around the window's own area,
# used before the frame is known: a window must fit with its title bar.
FRAME_ALLOWANCE_WIDTH = 16
FRAME_ALLOWANCE_HEIGHT = 40


def is_fitted_window(widget: QWidget) -> bool:
    """A window or dialog (not a menu, pop-up list or tooltip, which Qt places itself).

    Main windows and dialogs are known by their class, without asking for ``windowType()``:
    the main window is shown before its first paint, and ``Qt.WindowType`` would create the
    whole Qt namespace's enums then (views/first_paint.py).
    """
    if not widget.isWindow():
        return False
    if isinstance(widget, (QMainWindow, QDialog)):
        return True
    from PySide6.QtCore import Qt

    return widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)


def available_geometry(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def largest_size(widget: QWidget) -> tuple[int, int]:
    """The largest width and height of the window's own area that fits with its frame."""
    area = available_geometry(widget)
    frame_w = widget.frameGeometry().width() - widget.width()
    frame_h = widget.frameGeometry().height() - widget.height()
    extra_w = frame_w if frame_w > 0 else FRAME_ALLOWANCE_WIDTH
    extra_h = frame_h if frame_h > 0 else FRAME_ALLOWANCE_HEIGHT
    return area.width() - extra_w, area.height() - extra_h


def fit_to_screen(widget: QWidget) -> None:
    """Shrink the window to the screen, then move it so no edge is outside."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    max_w, max_h = largest_size(widget)
    width, height = min(widget.width(), max_w), min(widget.height(), max_h)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))
    area = available_geometry(widget)
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.left()), max(area.left(), area.right() + 1 - frame.width()))
    y = min(max(frame.y(), area.top()), max(area.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()) or widget.parentWidget() is None:
        # Explicitly, also when unchanged: a window manager may otherwise cascade a
        # main window down and to the right, off the bottom of a small screen.
        widget.move(x, y)


def place_centred(widget: QWidget, size: tuple[int, int]) -> bool:
    """Size the window (at most ``size``, at most the screen) and centre it on the screen.

    The position is set explicitly so the window manager does not cascade it off the edge.
    Returns whether the whole of ``size`` fitted.
    """
    max_w, max_h = largest_size(widget)
    width, height = min(size[0], max_w), min(size[1], max_h)
    widget.resize(width, height)
    area = available_geometry(widget)
    widget.move(area.left() + (area.width() - width - FRAME_ALLOWANCE_WIDTH) // 2,
                area.top() + (area.height() - height - FRAME_ALLOWANCE_HEIGHT) // 2)
    return (width, height) == tuple(size)


def _fit_modal(window: QWidget) -> None:
    if is_fitted_window(window):
        fit_to_screen(window)


def install(app: QApplication, windows: tuple[QWidget, ...] = ()) -> None:
    """Every modal window shown from now on over ``windows`` (the main window), or over a
    window shown that way, is fitted (``app_events``). Once per application for the fit;
    each given window is watched once."""
    for window in windows:
        app_events.guard_window(window)
    if app.property("opvoedapp-screen-fit"):
        return
    app_events.on_modal_shown(app, _fit_modal)
    app.setProperty("opvoedapp-screen-fit", True)
