"""Every window fits the screen it opens on: many offices have 1366×768 laptops, where a 760-pixel-high window
loses its bottom buttons under the taskbar. Windows ask for the size they would like through fit_to_screen(),
never a bare resize()."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)  # the title bar and borders the window manager adds around the window's own size


def available_size(widget: QWidget | None = None) -> QSize:
    """The room on the screen `widget` is on (its parent's, else the primary one), without the taskbar."""
    screen = None
    if widget is not None:
        anchor = widget.parentWidget().window() if widget.parentWidget() is not None else widget
        screen = anchor.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1366, 768)


def fitted(wanted: QSize, room: QSize) -> QSize:
    """`wanted`, made no larger than `room` less the window frame."""
    return QSize(max(1, min(wanted.width(), room.width() - FRAME.width())),
                 max(1, min(wanted.height(), room.height() - FRAME.height())))


def fit_to_screen(widget: QWidget, wanted: QSize | tuple[int, int]) -> QSize:
    """Resize `widget` to `wanted` (width, height), clamped to the available screen; returns the size given."""
    if not isinstance(wanted, QSize):
        wanted = QSize(*wanted)
    size = fitted(wanted, available_size(widget))
    widget.resize(size)
    return size
