"""Decoding webcam frames off the GUI thread: the newest frame only, as grey pixels, QR codes only.

`FrameDecoder` lives in a worker QThread. The GUI hands it frames with `submit()`; frames that arrive while it
is decoding replace each other in one slot, so a slow decode never builds a queue (a camera gives 30 frames a
second whatever we do with them). QtMultimedia is imported only inside functions: the app runs without it.
"""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)

# Planar or semi-planar formats whose first plane is 8-bit luma: that plane is already the grey image,
# so a camera frame needs no colour conversion at all. Names, because QtMultimedia is imported lazily.
_LUMA_FIRST = frozenset({
    "Format_YUV420P", "Format_YUV422P", "Format_YV12", "Format_NV12", "Format_NV21",
    "Format_IMC1", "Format_IMC2", "Format_IMC3", "Format_IMC4", "Format_Y8",
})


def to_gray(image: QImage) -> QImage:
    """zxing-cpp refuses the premultiplied ARGB that QVideoFrame.toImage() gives, and grey is all it reads."""
    if image.format() == QImage.Format_Grayscale8:
        return image
    if image.format() in (QImage.Format_ARGB32_Premultiplied, QImage.Format_ARGB32):
        # Camera frames are opaque: read the same bytes as RGB32, whose grey conversion is the fast one.
        image = QImage(image.constBits(), image.width(), image.height(), image.bytesPerLine(),
                       QImage.Format_RGB32)
    return image.convertToFormat(QImage.Format_Grayscale8)


def frame_to_gray(frame) -> QImage:
    """A QVideoFrame (or a QImage) as a Format_Grayscale8 image; a null image if it has no pixels."""
    if isinstance(frame, QImage):
        return to_gray(frame)
    if not frame.isValid():
        return QImage()
    if frame.pixelFormat().name in _LUMA_FIRST:
        from PySide6.QtMultimedia import QVideoFrame
        if frame.map(QVideoFrame.MapMode.ReadOnly):
            try:
                luma = QImage(frame.bits(0), frame.width(), frame.height(), frame.bytesPerLine(0),
                              QImage.Format_Grayscale8)
                return luma.copy()  # the mapped memory goes back to the camera at unmap()
            finally:
                frame.unmap()
    return to_gray(frame.toImage())


def decode_gray(image: QImage) -> list[str]:
    """The texts of the QR codes in a grey (or any) image. Only upright, dark-on-light QR: codes are held up
    to the camera, and leaving out rotation and inversion makes a 720p frame several times faster."""
    import zxingcpp  # a compiled extension: loaded only when the camera is used
    gray = to_gray(image)
    if gray.isNull():
        return []
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode,
                                   try_rotate=False, try_invert=False)
    return [b.text for b in found if b.valid and b.text]


class FrameDecoder(QObject):
    """Decodes the newest submitted frame in its own thread and emits `decoded(list)` whenever the texts in view
    change: a code comes into view, another joins it, or it leaves (then the list is shorter, or empty). Between
    two emits the same codes stayed in view in every decoded frame. `frames_decoded` counts the frames it
    actually looked at (the others were dropped)."""

    decoded = Signal(list)
    failed = Signal(str)

    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()
        self._latest = None
        self._scheduled = False  # a wake-up is queued or being handled: no second one needed
        self._in_view: list[str] = []
        self.frames_decoded = 0
        self.frames_submitted = 0

    def submit(self, frame) -> None:
        """Any thread: replace the waiting frame (if any) with this one, and wake the worker if it sleeps."""
        with self._lock:
            self._latest = frame
            self.frames_submitted += 1
            if self._scheduled:
                return
            self._scheduled = True
        # Not a Python Signal.emit(): in PySide6 6.12 each of those loses a reference to True (none_refcount),
        # and this runs for every camera frame.
        QMetaObject.invokeMethod(self, "_drain", Qt.QueuedConnection)

    def clear(self) -> None:
        with self._lock:
            self._latest = None

    @Slot()
    def _drain(self) -> None:
        while True:
            with self._lock:
                frame, self._latest = self._latest, None
                if frame is None:
                    self._scheduled = False
                    return
            try:
                texts = decode_gray(frame_to_gray(frame))
            except Exception as exc:  # a broken frame or a missing zxing must not kill the thread
                log.exception("camera frame could not be decoded")
                self.failed.emit(str(exc))
                texts = []
            self.frames_decoded += 1
            # One emit per change of what is in view, the change to nothing included (the panel dates a
            # code's last sighting from it): a code held still is one emit, not thirty a second.
            if texts != self._in_view:
                self.decoded.emit(texts)
            self._in_view = texts


class DecoderThread:
    """A FrameDecoder in its own QThread, with the start/stop bookkeeping in one place.

    `stop()` may be called any number of times, also from a `destroyed` handler while Qt tears things down:
    a QThread whose C++ side is already gone is left alone."""

    def __init__(self):
        from PySide6.QtCore import QThread
        self.thread = QThread()
        self.thread.setObjectName("camera-decoder")
        self.decoder = FrameDecoder()
        self.decoder.moveToThread(self.thread)
        self._stopped = False
        self.thread.start()

    def submit(self, frame) -> None:
        if not self._stopped:
            self.decoder.submit(frame)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        import shiboken6
        if shiboken6.isValid(self.decoder):
            self.decoder.clear()
        if shiboken6.isValid(self.thread):
            self.thread.quit()
            self.thread.wait()
