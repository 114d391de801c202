"""The desk's three sounds (fresh check-in, repeat, rejected), played with QSoundEffect.

QtMultimedia is imported only here, when a desk is made: on a PC without the multimedia libraries (libpulse)
`available` is False, the desk stays silent and says so on the page, never in an error dialog; without a sound
card it simply stays silent. The WAV files in resources/sounds are made by `write_tones()` (run this module to
regenerate them).
"""
from __future__ import annotations

import importlib
import logging
import math
import struct
import wave
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from .. import settings

log = logging.getLogger(__name__)

OK, REPEAT, REJECT = "ok", "repeat", "reject"
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

    `available` says whether this PC can play them at all (QtMultimedia loads); when it cannot, the desk shows
    that and the stored mute setting is left as the user chose it, for the day the library is installed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._effects: dict | None = None
        self._mm = multimedia()
        self.available = self._mm is not None
        self._broken = not self.available
        self.muted = settings.DESK_MUTED.get()

    def set_muted(self, muted: bool) -> None:
        self.muted = bool(muted)
        settings.DESK_MUTED.set(self.muted)

    def prepare(self) -> None:
        if self._effects is not None or self._broken:
            return
        try:
            effects = {}
            for kind in FILES:
                effect = self._mm.QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(sound_path(kind))))
                effect.setVolume(0.8)
                effects[kind] = effect
            self._effects = effects
        except Exception as exc:  # noqa: BLE001 - no FFmpeg, no sound card: the desk works silently
            log.info("Desk sounds unavailable: %s", exc)
            self._broken = True

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
            self._broken, self._effects = True, None


if __name__ == "__main__":
    write_tones(Path(__file__).resolve().parents[3] / "resources" / "sounds")
