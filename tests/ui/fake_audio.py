"""A stand-in for PySide6.QtMultimedia at the system edge: an audio device present or not, and sound effects
that load (or fail to) and record what they played. Imported by name: tests/ui has no package."""
from __future__ import annotations

import enum

from PySide6.QtCore import QObject, QTimer, Signal


class FakeMultimedia:
    """`devices`: the audio outputs the PC has; `fail_loading`: the effects report Error once loaded."""

    def __init__(self, devices=("Speaker",), fail_loading=False):
        fake = self
        self.played: list[str] = []

        class QMediaDevices:
            @staticmethod
            def audioOutputs():  # noqa: N802 - Qt's name
                return list(devices)

        class QSoundEffect(QObject):
            statusChanged = Signal()

            class Status(enum.Enum):
                Null, Loading, Ready, Error = range(4)

            def __init__(self, parent=None):
                super().__init__(parent)
                self._status = self.Status.Null
                self._source = None

            def setSource(self, url):  # noqa: N802 - Qt's name
                self._source = url
                self._status = self.Status.Loading
                QTimer.singleShot(0, self._loaded)  # loading is asynchronous, as with the real one

            def _loaded(self):
                self._status = self.Status.Error if fail_loading else self.Status.Ready
                self.statusChanged.emit()

            def source(self):
                return self._source

            def status(self):
                return self._status

            def setVolume(self, _v):  # noqa: N802 - Qt's name
                pass

            def play(self):
                fake.played.append(self._source.fileName())

        self.QMediaDevices = QMediaDevices
        self.QSoundEffect = QSoundEffect


def use(monkeypatch, fake: FakeMultimedia) -> FakeMultimedia:
    """Make the desk's sounds load `fake` instead of QtMultimedia."""
    monkeypatch.setattr("kpu_rakor.ui.checkin.sounds.multimedia", lambda: fake)
    return fake
