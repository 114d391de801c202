"""What the desk's modules share: the camera panel's sizes (this PC's settings are in ui/settings.py), and the
registry of the desk names the desk windows open on this PC hold."""
from __future__ import annotations

import json
import logging
import re
import secrets
from datetime import datetime, timedelta, timezone

from .. import settings

log = logging.getLogger(__name__)

CAMERA_MAX_HEIGHT = 250  # on the desk page: leave room for the last scans
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum", for the camera in the kiosk

DEFAULT_DESK = "Meja 1"
# A window that crashed cannot let go of its name: a claim not renewed for this long is free again.
CLAIM_STALE = timedelta(minutes=2)
HEARTBEAT = timedelta(seconds=30)
_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def _now() -> datetime:
    return datetime.now(timezone.utc)


class DeskNames:
    """One desk window's hold on its name. Two desk windows on one PC (two windows, or the app opened twice)
    would otherwise both record "Meja 1", and the last scans could not tell them apart. `claim(wanted)` gives
    `wanted`, or the next free name ("Meja 2"…) when another open window holds it; `rename` refuses a name
    another window holds; `beat()` renews the hold (the desk's poll calls it); `release()` lets go."""

    def __init__(self):
        self.token = secrets.token_hex(8)
        self.name: str | None = None
        self._beaten = _now()

    def _read(self) -> dict:
        store = settings.store()
        store.sync()  # another copy of the app may have written since
        try:
            data = json.loads(store.value(settings.DESK_NAMES_IN_USE.name, "") or "{}")
        except (TypeError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict) -> None:
        settings.DESK_NAMES_IN_USE.set(json.dumps(data, ensure_ascii=False), sync=True)

    def _held_by_others(self, data: dict) -> set[str]:
        """The names other live windows hold (in case-insensitive form)."""
        limit = _now() - CLAIM_STALE
        held = set()
        for name, claim in data.items():
            try:
                token, stamp = claim[0], datetime.fromisoformat(claim[1])
            except (TypeError, ValueError, IndexError, KeyError):
                continue
            if token != self.token and stamp > limit:
                held.add(name.casefold())
        return held

    def _put(self, data: dict, name: str) -> None:
        data = {k: v for k, v in data.items() if not (isinstance(v, list) and v and v[0] == self.token)}
        data[name] = [self.token, _now().isoformat()]
        self._write(data)
        self.name = name
        self._beaten = _now()

    def claim(self, wanted: str) -> str:
        wanted = " ".join((wanted or "").split()) or DEFAULT_DESK
        data = self._read()
        held = self._held_by_others(data)
        name = wanted
        if name.casefold() in held:
            match = _NUMBERED.match(wanted)
            stem, n = (match.group(1), int(match.group(2))) if match else (wanted + " ", 1)
            while name.casefold() in held:
                n += 1
                name = f"{stem}{n}"
        self._put(data, name)
        return name

    def rename(self, new: str) -> bool:
        """Hold `new` instead; False (nothing changed) when another open desk window holds it."""
        data = self._read()
        if new.casefold() in self._held_by_others(data):
            return False
        self._put(data, new)
        return True

    def beat(self) -> None:
        if self.name is None or _now() - self._beaten < HEARTBEAT:
            return
        try:
            data = self._read()
            self._put(data, self.name)
        except Exception as exc:  # noqa: BLE001 - a settings file that cannot be written costs only the hold
            log.warning("Desk name heartbeat failed: %s", exc)

    def release(self) -> None:
        if self.name is None:
            return
        try:
            data = self._read()
            data = {k: v for k, v in data.items() if not (isinstance(v, list) and v and v[0] == self.token)}
            self._write(data)
        except Exception as exc:  # noqa: BLE001 - the claim goes stale by itself
            log.warning("Desk name release failed: %s", exc)
        self.name = None
