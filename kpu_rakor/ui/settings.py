"""This PC's settings, kept by Qt (QSettings "KPU" / "KPU Rakor"): every key the app stores, each with its type.

What belongs to one PC and user lives here: the desk's name, the window layout, the language, the kiosk PIN,
folders on this disk. What every PC sharing the database must agree on is in the database instead
(kpu_rakor/domain/shared_settings.py): restoring a backup must not move this PC's backup folder, and a database
copied to another PC must not carry this PC's paths.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION, APPLICATION = "KPU", "KPU Rakor"


def store() -> QSettings:
    """The one place the settings store is opened (tests point QSettings at a folder of their own)."""
    return QSettings(ORGANIZATION, APPLICATION)


class _Key:
    def __init__(self, name: str, default):
        self.name, self.default = name, default

    def _raw(self):
        return store().value(self.name, None)

    def _put(self, value, *, sync: bool = False) -> None:
        s = store()
        s.setValue(self.name, value)
        if sync:  # written now, not when Qt gets round to it: a PIN or a policy must survive a crash
            s.sync()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class Text(_Key):
    def get(self, default: str | None = None) -> str:
        value = self._raw()
        return (self.default if default is None else default) if value is None else str(value)

    def set(self, value: str, *, sync: bool = False) -> None:
        self._put(str(value), sync=sync)


class Flag(_Key):
    def get(self) -> bool:
        value = self._raw()
        # Stored as "true"/"false" in the settings file, a bool in the Windows registry.
        return self.default if value is None else str(value).lower() in ("true", "1")

    def set(self, value: bool, *, sync: bool = False) -> None:
        self._put(bool(value), sync=sync)


class Number(_Key):
    def get(self, default: int | None = None) -> int:
        fallback = self.default if default is None else default
        value = self._raw()
        try:
            return fallback if value is None else int(value)
        except (TypeError, ValueError):  # edited by hand, or written by something else
            return fallback

    def set(self, value: int, *, sync: bool = False) -> None:
        self._put(int(value), sync=sync)


class Layout(_Key):
    """What a window's saveGeometry() or a splitter's saveState() gave: None until saved."""

    def get(self) -> QByteArray | None:
        value = self._raw()
        return value if isinstance(value, QByteArray) else None

    def set(self, value: QByteArray, *, sync: bool = False) -> None:
        self._put(value, sync=sync)


# The interface
LANGUAGE = Text("ui/language", "id")  # "id" or "en" (ui.i18n.LANGUAGES)
MAIN_GEOMETRY = Layout("main/geometry", None)
MAIN_SPLITTER = Layout("main/splitter", None)
EDITOR_GEOMETRY = Layout("editor/geometry", None)  # the meeting editor dialog
DOCUMENT_FOLDER = Text("documents/folder", "")  # where PDFs were saved last; "" for the Documents folder

# The check-in desk
DESK_NAME = Text("desk/name", "")  # "" for the default name
# The names the desk windows open on this PC hold now, JSON {name: [window token, last heartbeat, UTC ISO]}:
# a second desk window (or a second copy of the app) takes another name (ui/checkin/desk_settings.DeskNames).
DESK_NAMES_IN_USE = Text("desk/names_in_use", "")
DESK_ASKS_SIGNATURE = Flag("desk/ask_signature", False)
DESK_MUTED = Flag("desk/muted", False)
DESK_MEETING = Number("desk/meeting", 0)  # the meeting the desk showed last; 0 for none
KIOSK_PIN = Text("desk/kiosk_pin", "")  # "salt$sha256", never the PIN itself; "" when none is set

# Phone sign-in over the LAN: the address and port last served
PHONE_SIGNIN_HOST = Text("phone_signin/host", "")
PHONE_SIGNIN_PORT = Number("phone_signin/port", 0)  # 0 for the default port

# Automatic backups (ui.backup_prefs turns these into a backup.BackupPolicy)
BACKUP_FOLDER = Text("backup/folder", "")  # "" for the default folder in the app-data folder
BACKUP_KEEP = Number("backup/keep", 0)  # 0 for backup.DEFAULT_KEEP
BACKUP_DAILY = Flag("backup/daily_on_close", True)
