"""The desk's three sounds (fresh check-in, repeat, rejected), played with QSoundEffect.

QtMultimedia is imported only here, when a desk is made: on a PC without the multimedia libraries (libpulse),
without an audio output device, or where the effects fail to load or play, `available` turns False with the
`reason`, the desk stays silent and says so on the page (sound_box.py), never in an error dialog. The WAV
files in resources/sounds are made by `write_tones()` (run this module to regenerate them).
"""
from __future__ import annotations

import importlib
import logging
import math
import struct
import wave
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

from .. import settings

log = logging.getLogger(__name__)

OK, REPEAT, REJECT = "ok", "repeat", "reject"


def sound_for(result) -> str:
    """The sound a desk plays for a CheckinResult: the low "again" tone for what records nothing new (already
    present, the outside-hours question, a genuine certificate), the high one for a check-in, else rejected."""
    from ...domain.services import certificates, checkin

    if result.result == checkin.CERTIFICATE:
        return REPEAT if result.reason == certificates.VALID else REJECT
    return {checkin.CHECKED_IN: OK, checkin.ALREADY: REPEAT, checkin.OUTSIDE: REPEAT}.get(result.result, REJECT)
NO_LIBRARY, NO_DEVICE, FAILED = "library", "device", "failed"  # why a PC cannot play the sounds
FILES = {OK: "checkin_ok.wav", REPEAT: "checkin_repeat.wav", REJECT: "checkin_reject.wav"}
RATE = 22050


def _tone(freqs, ms: int, volume: float = 0.5, harmonics=(1.0,)) -> list[float]:
    """A tone with soft 8 ms edges (no clicks); `freqs` may glide from the first to the second value."""
    n = int(RATE * ms / 1000)
    f0, f1 = (freqs, freqs) if isinstance(freqs, (int, float)) else freqs
    edge = int(RATE * 0.008)
    out, phase = [], 0.0
    for i in range(n):
        f = f0 + (f1 - f0) * i / max(n - 1, 1)
        phase += 2 * math.pi * f / RATE
        v = sum(a * math.sin(k * phase) for k, a in enumerate(harmonics, start=1)) / sum(harmonics)
        env = min(1.0, i / edge, (n - 1 - i) / edge)
        out.append(volume * v * env)
    return out


def _silence(ms: int) -> list[float]:
    return [0.0] * int(RATE * ms / 1000)


def tones() -> dict[str, list[float]]:
    return {
        # Two rising notes (E6 then A6): short and friendly.
        OK: _tone(1318.5, 90, 0.45) + _tone(1760.0, 140, 0.45),
        # Two equal mid beeps: "already here", not an error.
        REPEAT: _tone(784.0, 100, 0.5) + _silence(70) + _tone(784.0, 100, 0.5),
        # A low buzz with odd harmonics: unmistakably "no".
        REJECT: _tone(150.0, 420, 0.55, harmonics=(1.0, 0.0, 0.5, 0.0, 0.3)),
    }


def write_tones(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for kind, samples in tones().items():
        with wave.open(str(folder / FILES[kind]), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


def sound_path(kind: str) -> Path:
    ref = resources.files("kpu_rakor.resources").joinpath("sounds", FILES[kind])
    return Path(str(ref))


def multimedia():
    """PySide6.QtMultimedia, or None where the system lacks its libraries (libpulse.so.0, …)."""
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except (ImportError, OSError) as exc:
        log.warning("QtMultimedia unavailable, desk sounds off: %s", exc)
        return None


class Sounds(QObject):
    """`play(kind)`; loads the effects on first use (or `prepare()`), silent when anything fails.

    `available` says whether this PC can play them at all, `reason` (NO_LIBRARY, NO_DEVICE, FAILED) why not;
    `unavailable(reason)` tells when that is found out after the start (no device, an effect failing). The desk
    shows it, and the stored mute setting is left as the user chose it, for the day the PC can play again."""

    unavailable = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._effects: dict | None = None
        self._mm = multimedia()
        self.available = self._mm is not None
        self.reason = "" if self.available else NO_LIBRARY
        self._broken = not self.available
        self.muted = settings.DESK_MUTED.get()

    def _give_up(self, reason: str) -> None:
        self._broken, self._effects = True, None
        if self.available:
            self.available, self.reason = False, reason
            self.unavailable.emit(reason)

    def set_muted(self, muted: bool) -> None:
        self.muted = bool(muted)
        settings.DESK_MUTED.set(self.muted)

    def prepare(self) -> None:
        if self._effects is not None or self._broken:
            return
        try:
            if not self._mm.QMediaDevices.audioOutputs():
                log.info("Desk sounds unavailable: no audio output device")
                self._give_up(NO_DEVICE)
                return
            effects = {}
            for kind in FILES:
                effect = self._mm.QSoundEffect(self)
                effect.statusChanged.connect(lambda e=effect: self._status_changed(e))
                effect.setSource(QUrl.fromLocalFile(str(sound_path(kind))))
                effect.setVolume(0.8)
                effects[kind] = effect
            self._effects = effects
        except Exception as exc:  # noqa: BLE001 - no FFmpeg, no sound card: the desk works silently
            log.info("Desk sounds unavailable: %s", exc)
            self._give_up(FAILED)

    def _status_changed(self, effect) -> None:
        if effect.status() == self._mm.QSoundEffect.Status.Error:  # a file the device cannot play
            log.info("Desk sound failed to load: %s", effect.source().toString())
            self._give_up(FAILED)

    def play(self, kind: str) -> None:
        if self.muted:
            return
        self.prepare()
        if not self._effects:
            return
        try:
            self._effects[kind].play()
        except Exception as exc:  # noqa: BLE001 - a failing sound turns sounds off, never the desk
            log.info("Desk sound %s failed: %s", kind, exc)
            self._give_up(FAILED)


if __name__ == "__main__":
    write_tones(Path(__file__).resolve().parents[3] / "resources" / "sounds")
