"""Helpers the GUI tests share (imported by name: tests/ui has no package)."""
from __future__ import annotations


def activate(qtbot, window) -> None:
    """Show a window and make it the active one: window shortcuts (Ctrl+1, Ctrl+S) fire only there.
    qtbot.waitActive alone does not activate under the offscreen platform."""
    from PySide6.QtWidgets import QApplication

    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def meeting_starting_now(title="Rakor Persiapan Pilkada", minutes_ago=0, late_threshold=1440, day_offset=0):
    """A meeting in WIB that started `minutes_ago` minutes ago (today, or `day_offset` days away): what a
    desk test scans into."""
    from datetime import timedelta

    from kpu_rakor.domain.models import utcnow
    from kpu_rakor.domain.services import meetings
    from kpu_rakor.domain.timefmt import to_local

    start = to_local(utcnow(), "WIB") - timedelta(minutes=minutes_ago) + timedelta(days=day_offset)
    return meetings.create(title=title, date=start.date(), start_time=start.time().replace(second=0, microsecond=0),
                           late_threshold_minutes=late_threshold)
