"""Where the Beranda's buttons lead: a meeting on one of its tabs (its own window), the desk on a meeting,
another page."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_meeting(parent: QWidget, meeting_id: int, tab: str | None = None):
    """Open a meeting's window at `tab` ("minutes", "followups", "attendance"…, the window's attribute names);
    the window, or None when the meeting could not be read."""
    from ..meeting import windows  # imported on first use: keeps start-up fast

    return windows.open_meeting(parent, meeting_id, tab)


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
