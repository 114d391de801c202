"""This PC's settings: one module opens the store, and every key reads back with its type."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from kpu_rakor.ui import settings

PACKAGE = Path(settings.__file__).resolve().parent.parent


def test_only_the_settings_module_opens_the_store():
    """A literal QSettings("KPU", …) elsewhere would be a second place to keep a key's name and type."""
    others = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
              if p.name != "settings.py" and "QSettings(" in p.read_text(encoding="utf-8")]
    assert others == []


def test_keys_read_back_with_their_types(qtbot):
    assert (settings.DESK_NAME.get(), settings.DESK_MUTED.get(), settings.DESK_MEETING.get()) == ("", False, 0)
    assert settings.BACKUP_DAILY.get() is True and settings.MAIN_GEOMETRY.get() is None
    assert settings.BACKUP_KEEP.get(10) == 10 and settings.LANGUAGE.get() == "id"
    settings.DESK_NAME.set("Meja 2")
    settings.DESK_MUTED.set(True)
    settings.DESK_MEETING.set(7)
    settings.BACKUP_DAILY.set(False, sync=True)
    settings.MAIN_GEOMETRY.set(QByteArray(b"\x01\x02"))
    assert (settings.DESK_NAME.get(), settings.DESK_MUTED.get(), settings.DESK_MEETING.get()) == ("Meja 2", True, 7)
    assert settings.BACKUP_DAILY.get() is False and settings.MAIN_GEOMETRY.get() == QByteArray(b"\x01\x02")
    settings.store().setValue(settings.BACKUP_KEEP.name, "banyak")  # edited by hand
    assert settings.BACKUP_KEEP.get(10) == 10
