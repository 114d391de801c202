"""The open meeting windows: one window per meeting, several meetings at once, none of them blocking the rest of
the app. `open_meeting` raises the meeting's window when it is open already; `new_meeting` makes a meeting and
opens it. Pages that list meetings listen to `hub().saved` to refresh when a meeting window stores a change.

Imported by the pages at start-up, so this module imports the window itself only when one is opened."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QWidget

from .. import messages

CASCADE = QPoint(32, 32)  # a second window opens a little lower and to the right, not exactly over the first


class MeetingHub(QObject):
    saved = Signal(int)  # a meeting window stored a change of this meeting (its fields, agenda, people …)
    closed = Signal(int)  # a meeting window closed


_hub: MeetingHub | None = None
_open: dict[int, QWidget] = {}


def hub() -> MeetingHub:
    global _hub
    if _hub is None:
        _hub = MeetingHub()
    return _hub


def open_windows() -> dict[int, QWidget]:
    """meeting id → its open window."""
    return dict(_open)


def window_for(meeting_id: int) -> QWidget | None:
    return _open.get(meeting_id)


def open_meeting(parent: QWidget | None, meeting_id: int, tab: str | None = None):
    """Show the window of `meeting_id` (raised when it is open already) at `tab` ("minutes", "followups", "news",
    … : an attribute of the window). Returns the window, or None when the meeting could not be read."""
    window = _open.get(meeting_id)
    if window is None:
        from .meeting_editor import MeetingEditor  # imported on first use: keeps start-up fast

        with messages.guarded(parent) as g:
            window = MeetingEditor(meeting_id, parent.window() if parent is not None else None)
        if not g.ok:
            return None
        window.setAttribute(Qt.WA_DeleteOnClose)
        _place(window)
        _track(window)
        window.show()
    _show_tab(window, tab)
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    return window


def new_meeting(parent: QWidget | None):
    """Make a meeting (today, 09.00, the office's venue; its name selected for typing over) and open its window."""
    from ...domain.services import meetings

    with messages.guarded(parent) as g:
        m = meetings.create_new(QCoreApplication.translate("MeetingWindows", "Rapat baru"))
    if not g.ok:
        return None
    hub().saved.emit(m.id)
    window = open_meeting(parent, m.id)
    if window is not None:
        window.form.title.selectAll()
    return window


def close_all(write: bool = True) -> bool:
    """Close every meeting window. Quitting (`write`): each saves what is pending first; False when one stays
    open. After a backup was restored (not `write`): what they hold belongs to the replaced data, so nothing
    pending is written."""
    for window in list(_open.values()):
        if not write:
            window.discard()
        if not window.close():
            return False
    return True


def _track(window) -> None:
    mid = window.meeting_id
    _open[mid] = window
    window.saved_change.connect(hub().saved)

    def gone(*_args, mid=mid, window=window) -> None:
        if _open.get(mid) is window:
            del _open[mid]
            hub().closed.emit(mid)

    window.window_closed.connect(gone)
    window.destroyed.connect(gone)


def _place(window) -> None:
    others = [w for w in _open.values() if w.isVisible()]
    if others:
        window.move(others[-1].pos() + CASCADE)


def _show_tab(window, tab: str | None) -> None:
    page = getattr(window, tab, None) if tab else None
    if page is not None and window.tabs.indexOf(page) >= 0:
        window.tabs.setCurrentWidget(page)
