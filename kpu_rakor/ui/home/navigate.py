"""Where the Beranda's buttons lead: a meeting on one of its tabs, the desk on a meeting, another page.
Meetings open here the way the Rapat page opens them today (a modal MeetingEditor); when meeting windows become
non-modal, `open_meeting` is the one line to change."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .. import messages


def open_meeting(parent: QWidget, meeting_id: int | None, tab: str | None = None) -> int | None:
    """Open a meeting (None: a new one) at `tab` ("minutes", "followups", "attendance"…, the editor's attribute
    names). Returns the meeting's id when the user saved it, else None."""
    from ..meeting.meeting_editor import MeetingEditor  # imported on first use: keeps start-up fast

    with messages.guarded(parent):
        editor = MeetingEditor(meeting_id, parent)
        page = getattr(editor, tab, None) if tab else None
        if page is not None and editor.tabs.indexOf(page) >= 0:
            editor.tabs.setCurrentWidget(page)
        if editor.exec():
            return editor.meeting_id
    return None


def show_page(window, key: str) -> QWidget | None:
    """Switch the main window to the page `key` ("checkin", "pengaturan"…); the page, or None when it failed."""
    from ..main_window import PAGES

    row = next(i for i, spec in enumerate(PAGES) if spec.key == key)
    window.nav.setCurrentRow(row)
    return window.pages.get(key) if window.current_page_key() == key else None


def open_desk(window, meeting_id: int) -> None:
    """The Presensi page, on `meeting_id`."""
    desk = show_page(window, "checkin")
    if desk is not None:
        desk.show_meeting(meeting_id)


def show_backup(window) -> None:
    """Pengaturan, scrolled to its Cadangan group (the Beranda's warning about an old or missing backup)."""
    page = show_page(window, "pengaturan")
    if page is not None:
        page.show_section(page.backup_box)
