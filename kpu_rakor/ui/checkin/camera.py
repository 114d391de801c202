"""The webcam reader of the check-in desk: a live preview, a camera chooser, and `code_read` once per code.

Frames go from a QVideoSink to a decoder thread (camera_worker); what cannot work (no camera, a camera held by
another program, no multimedia libraries on the system) is said in a sentence inside the panel, never a dialog.
PySide6.QtMultimedia is imported only inside functions, so the app starts on a system without it.
"""
from __future__ import annotations

import importlib
import logging
import time

import shiboken6

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from .camera_worker import DecoderThread
from ..plain import tip

log = logging.getLogger(__name__)

COOLDOWN_S = 3.0  # a code that comes back into view within this many seconds of leaving it is ignored
START_TIMEOUT_MS = 6000  # a camera not delivering by then is taken as held by another program
RETRY_MS = 5000  # after an error the camera is tried again: the other program may have let go of it
FLASH_MS = 600

STATE_UNAVAILABLE, STATE_NO_CAMERA, STATE_ERROR = "unavailable", "no_camera", "error"
STATE_STOPPED, STATE_STARTING, STATE_RUNNING = "stopped", "starting", "running"
_PROBLEMS = (STATE_UNAVAILABLE, STATE_NO_CAMERA, STATE_ERROR)


def multimedia():
    """PySide6.QtMultimedia, or None where the system lacks its libraries (libpulse, FFmpeg, …)."""
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except (ImportError, OSError) as exc:
        log.warning("QtMultimedia unavailable: %s", exc)
        return None


class _Preview(QWidget):
    """Paints the newest frame, letterboxed; a green frame around it for a moment after a code was read."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._frame = None
        self._image: QImage | None = None
        self._message = ""
        self._flash = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash.timeout.connect(self.update)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(240, 135)

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def set_frame(self, frame) -> None:
        self._frame, self._image = frame, None  # converted only when painted: at most once per screen refresh
        self.update()

    def clear(self) -> None:
        self.set_frame(None)

    def set_message(self, text: str) -> None:
        """What to say in place of the picture while there is none (why the camera does not work)."""
        self._message = text
        self.update()

    def flash(self) -> None:
        self._flash.start()
        self.update()

    def has_picture(self) -> bool:
        return self._frame is not None

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#1e1e1e"))
        if self._frame is not None and self._image is None:
            self._image = self._frame.toImage() if self._frame.isValid() else QImage()
        if self._image is not None and not self._image.isNull():
            size = self._image.size().scaled(self.size(), Qt.KeepAspectRatio)
            target = QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                            size.width(), size.height())
            p.setRenderHint(QPainter.SmoothPixmapTransform, False)  # speed over beauty for a live picture
            p.drawImage(target, self._image)
        else:
            font = p.font()
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * (1.3 if self._message else 1.0))
            font.setBold(bool(self._message))
            p.setFont(font)
            p.setPen(QColor("#ffd27a") if self._message else QColor("#9a9a9a"))
            p.drawText(self.rect().adjusted(24, 16, -24, -16), Qt.AlignCenter | Qt.TextWordWrap,
                       self._message or self.tr("Belum ada gambar dari kamera"))
        if self._flash.isActive():
            p.setPen(QPen(QColor("#1b9e3e"), 8))
            p.drawRect(self.rect().adjusted(4, 4, -4, -4))
        p.end()


class CameraPanel(QWidget):
    """Webcam preview and reader. `code_read(str)` once per code held up; `start()` and `stop()` the camera."""

    code_read = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = STATE_STOPPED
        self._mm = multimedia()
        self._wanted = False  # start() was asked for: start again when a camera is plugged in
        self._camera = None
        self._devices: list = []  # index-aligned with the combo (no QVariant data: see none_refcount)
        self._last_seen: dict[str, float] = {}  # code → when it was last in view (for those in view: now)
        self._in_view: set[str] = set()  # the codes in the newest decoded frame
        self._taking_frames = True  # False after stop() until start(): a late frame starts nothing
        self._decoder: DecoderThread | None = None
        self.clock = time.monotonic

        self.camera_combo = QComboBox()
        self.camera_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.camera_combo.setMinimumContentsLength(16)
        self.camera_combo.setPlaceholderText(self.tr("(tidak ada kamera)"))
        self.preview = _Preview()
        self.status_label = QLabel()
        self.status_label.setObjectName("cameraStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #444; font-size: 11pt;")
        self._status = ""
        self._start_timer = QTimer(self, singleShot=True, interval=START_TIMEOUT_MS)
        self._start_timer.timeout.connect(self._check_started)
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry_timer.timeout.connect(self._retry)

        chooser = QHBoxLayout()
        label = QLabel(self.tr("&Kamera:"))
        label.setBuddy(self.camera_combo)
        chooser.addWidget(label)
        chooser.addWidget(self.camera_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status_label)

        self.video_sink = None
        if self._mm is None:
            self.camera_combo.setEnabled(False)
            self._set_state(STATE_UNAVAILABLE)
            return
        self._media_devices = self._mm.QMediaDevices(self)
        self._media_devices.videoInputsChanged.connect(self._refresh_devices)
        self.video_sink = self._mm.QVideoSink(self)
        self.video_sink.videoFrameChanged.connect(self._on_frame)
        self._session = self._mm.QMediaCaptureSession(self)
        self._session.setVideoSink(self.video_sink)
        self._refresh_devices()
        self.camera_combo.currentIndexChanged.connect(self._on_camera_chosen)
        self._set_state(STATE_STOPPED if self._devices else STATE_NO_CAMERA)

    # -- what the desk calls ---------------------------------------------------------------------------

    def start(self) -> None:
        self._wanted = True
        self._taking_frames = True
        if self._mm is None:
            self._set_state(STATE_UNAVAILABLE)
            return
        device = self._chosen_device()
        if device is None:
            self._set_state(STATE_NO_CAMERA)
            return
        self._open(device)

    def stop(self) -> None:
        """Camera off, decoder thread ended. Safe to call twice, and while the widget is being destroyed."""
        self._wanted = False
        self._taking_frames = False
        alive = shiboken6.isValid(self)
        decoder, self._decoder = self._decoder, None
        if decoder is not None:
            if alive:
                try:
                    self.destroyed.disconnect(decoder.stop)
                except (RuntimeError, TypeError):
                    pass
            decoder.stop()
        self._codes_left_view(self.clock())
        if not alive:
            return
        self._close_camera()
        self.preview.clear()
        if self._mm is None:
            self._set_state(STATE_UNAVAILABLE)
        else:
            self._set_state(STATE_STOPPED if self._devices else STATE_NO_CAMERA)

    def status_text(self) -> str:
        return self._status

    # -- camera --------------------------------------------------------------------------------------------

    def _chosen_device(self):
        i = self.camera_combo.currentIndex()
        return self._devices[i] if 0 <= i < len(self._devices) else None

    def _open(self, device) -> None:
        self._close_camera()
        camera = self._mm.QCamera(device, self)
        camera.errorOccurred.connect(self._on_camera_error)
        camera.activeChanged.connect(self._on_active_changed)
        self._camera = camera
        self._session.setCamera(camera)
        self._set_state(STATE_STARTING)
        self._start_timer.start()
        camera.start()

    def _retry(self) -> None:
        if self._wanted and self.state == STATE_ERROR and self._chosen_device() is not None:
            self._open(self._chosen_device())

    def _close_camera(self) -> None:
        self._start_timer.stop()
        self._retry_timer.stop()
        camera, self._camera = self._camera, None
        if camera is None:
            return
        for signal, slot in ((camera.errorOccurred, self._on_camera_error),
                             (camera.activeChanged, self._on_active_changed)):
            signal.disconnect(slot)
        camera.stop()
        self._session.setCamera(None)
        camera.deleteLater()

    def _on_active_changed(self, active: bool) -> None:
        if active:
            self._start_timer.stop()
            self._set_state(STATE_RUNNING)
        elif self._wanted and self.state == STATE_RUNNING:
            self._set_state(STATE_ERROR)  # went dark without being stopped: unplugged or taken over

    def _on_camera_error(self, error, text: str) -> None:
        log.warning("camera error %s: %s", error, text)
        self._start_timer.stop()
        self._set_state(STATE_ERROR, detail=text)

    def _check_started(self) -> None:
        camera = self._camera
        if camera is not None and not camera.isActive():
            self._set_state(STATE_ERROR, detail=camera.errorString())

    def _refresh_devices(self) -> None:
        chosen = self._chosen_device()
        chosen_id = bytes(chosen.id()) if chosen is not None else None
        self._devices = list(self._mm.QMediaDevices.videoInputs())
        self.camera_combo.blockSignals(True)
        self.camera_combo.clear()
        for device in self._devices:
            self.camera_combo.addItem(device.description())
        ids = [bytes(d.id()) for d in self._devices]
        if chosen_id in ids:
            self.camera_combo.setCurrentIndex(ids.index(chosen_id))
        elif self._devices:
            default_id = bytes(self._mm.QMediaDevices.defaultVideoInput().id())
            self.camera_combo.setCurrentIndex(ids.index(default_id) if default_id in ids else 0)
        self.camera_combo.blockSignals(False)
        self.camera_combo.setEnabled(bool(self._devices))
        if not self._devices:
            self._close_camera()
            self.preview.clear()
            self._set_state(STATE_NO_CAMERA)
        elif self._wanted and (chosen_id not in ids or self._camera is None or self.state == STATE_ERROR):
            self._open(self._chosen_device())  # the camera we had is gone, or one has just been plugged in
        elif self.state == STATE_NO_CAMERA:
            self._set_state(STATE_STOPPED)

    def _on_camera_chosen(self, _index: int) -> None:
        if self._wanted and self._chosen_device() is not None:
            self._open(self._chosen_device())

    # -- frames and codes ----------------------------------------------------------------------------------

    def _on_frame(self, frame) -> None:
        if not self._taking_frames:  # queued before stop(), delivered after it
            return
        self.preview.set_frame(frame)
        if self._decoder is None:
            self._decoder = DecoderThread()
            self._decoder.decoder.decoded.connect(self._on_decoded)
            # Should the window go away without stop(), the thread must still end before Python's objects do.
            self.destroyed.connect(self._decoder.stop)
        self._decoder.submit(frame)

    def _on_decoded(self, texts: list) -> None:
        """The codes in view changed (the decoder says nothing while they stay the same). A code counts when it
        comes into view, unless it left the view less than COOLDOWN_S ago: held in view for ten seconds, or
        lost for a frame by a shaky hand, it is one check-in."""
        if not self._taking_frames:
            return
        now = self.clock()
        in_view: list[str] = []
        for text in texts:
            text = text.strip()
            if text and text not in in_view:
                in_view.append(text)
        new = [t for t in in_view if t not in self._in_view]
        fresh = [t for t in new if t not in self._last_seen or now - self._last_seen[t] >= COOLDOWN_S]
        self._codes_left_view(now)  # those in view until this frame were seen until now
        self._in_view = set(in_view)
        for text in in_view:
            self._last_seen[text] = now
        if len(self._last_seen) > 200:
            self._last_seen = {t: s for t, s in self._last_seen.items()
                               if t in self._in_view or now - s < COOLDOWN_S}
        for text in fresh:
            self.preview.flash()
            self.code_read.emit(text)

    def _codes_left_view(self, now: float) -> None:
        for text in self._in_view:
            self._last_seen[text] = now
        self._in_view = set()

    # -- the sentence --------------------------------------------------------------------------------------

    def _sentence(self, state: str) -> str:
        return {
            STATE_UNAVAILABLE: self.tr("Pustaka multimedia sistem tidak tersedia; gunakan pemindai USB."),
            STATE_NO_CAMERA: self.tr("Tidak ada kamera terpasang. Sambungkan webcam atau gunakan pemindai USB."),
            STATE_ERROR: self.tr("Kamera sedang dipakai program lain atau tidak dapat dibuka. Tutup program "
                                 "itu (kamera dicoba lagi sendiri), atau gunakan pemindai USB."),
            STATE_STOPPED: self.tr("Kamera mati."),
            STATE_STARTING: self.tr("Menyalakan kamera…"),
            STATE_RUNNING: self.tr("Tunjukkan kode QR ke kamera."),
        }[state]

    def _set_state(self, state: str, detail: str = "") -> None:
        self.state = state
        self._status = self._sentence(state)
        # A problem is said where the picture would be, large; a hint sits small under the live picture.
        problem = state in _PROBLEMS
        if state == STATE_ERROR and self._wanted:
            self._retry_timer.start()
        self.preview.set_message(self._status if problem else "")
        self.preview.setToolTip(tip(detail))
        self.status_label.setText("" if problem else self._status)
        self.status_label.setVisible(not problem)
