"""The webcam reader, fed frames made from generated QR codes (no camera hardware; offscreen has none)."""
from __future__ import annotations

import sys
import time

import pytest
from PIL.ImageQt import ImageQt
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QColor, QImage, QPainter

from kpu_rakor.domain.codes import KIND_INVITATION, KIND_PERSON, make_code, new_code_id, new_secret
from kpu_rakor.domain.services.qr import qr_image
from kpu_rakor.ui.checkin import camera as camera_module
from kpu_rakor.ui.checkin.camera import COOLDOWN_S, CameraPanel
from kpu_rakor.ui.checkin.camera_worker import decode_gray, frame_to_gray

SECRET = new_secret()


def a_code(kind: str = KIND_PERSON) -> str:
    return make_code(SECRET, kind, new_code_id())


def frame_image(code: str | None, x: int = 420, y: int = 130) -> QImage:
    """A 1280×720 picture as a webcam gives it (premultiplied ARGB), a printed code held up in it."""
    image = QImage(1280, 720, QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor(168, 160, 150))
    if code:
        painter = QPainter(image)
        painter.drawImage(x, y, ImageQt(qr_image(code, box_size=8).convert("RGB")))
        painter.end()
    return image


def feed(panel: CameraPanel, image: QImage) -> None:
    from PySide6.QtMultimedia import QVideoFrame
    panel.video_sink.setVideoFrame(QVideoFrame(image))


@pytest.fixture
def panel(qtbot):
    widget = CameraPanel()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    yield widget
    decoder = widget._decoder
    widget.stop()
    assert decoder is None or decoder.thread.isFinished()


def test_decode_gray_reads_the_code_in_a_720p_frame():
    code = a_code()
    assert decode_gray(frame_to_gray(frame_image(code))) == [code]
    assert frame_to_gray(frame_image(code)).format() == QImage.Format_Grayscale8
    assert decode_gray(frame_to_gray(frame_image(None))) == []


def test_a_frame_with_a_code_emits_code_read(panel, qtbot):
    code = a_code(KIND_INVITATION)
    with qtbot.waitSignal(panel.code_read, timeout=3000) as blocker:
        feed(panel, frame_image(code))
    assert blocker.args == [code]
    assert panel.preview.has_picture()


def test_the_same_code_within_the_cooldown_is_read_once(panel, qtbot):
    code, other = a_code(), a_code()
    now = [1000.0]
    panel.clock = lambda: now[0]
    read: list[str] = []
    panel.code_read.connect(read.append)
    for i in range(6):  # held in front of the camera for two seconds, lost now and then (a shaky hand)
        feed(panel, frame_image(code if i % 2 == 0 else None, x=400 + i * 3))
        qtbot.waitUntil(lambda: panel._decoder.decoder.frames_decoded == i + 1, timeout=3000)
        now[0] += 0.3
    assert read == [code]
    feed(panel, frame_image(other))  # the next person
    qtbot.waitUntil(lambda: read == [code, other], timeout=3000)
    now[0] += COOLDOWN_S + 0.1  # the first person comes back later: read again (the desk says "sudah hadir")
    feed(panel, frame_image(code))
    qtbot.waitUntil(lambda: read == [code, other, code], timeout=3000)


def test_a_frame_without_a_code_emits_nothing(panel, qtbot):
    read: list[str] = []
    panel.code_read.connect(read.append)
    feed(panel, frame_image(None))
    qtbot.waitUntil(lambda: panel._decoder.decoder.frames_decoded == 1, timeout=3000)
    qtbot.wait(50)
    assert read == []


def test_a_flood_of_frames_is_not_queued_only_the_newest_is_decoded(panel, qtbot):
    code = a_code()
    read: list[str] = []
    panel.code_read.connect(read.append)
    ticks: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()
    images = [frame_image(None if i < 99 else code) for i in range(100)]  # only the last one has a code
    for i in range(0, 100, 10):  # ten bursts of ten frames, the event loop running in between
        for image in images[i:i + 10]:
            feed(panel, image)
        qtbot.wait(1)
    qtbot.waitUntil(lambda: read == [code], timeout=3000)  # the newest frame is never dropped
    timer.stop()
    decoder = panel._decoder.decoder
    assert decoder.frames_submitted == 100
    assert decoder.frames_decoded < 60, decoder.frames_decoded
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert ticks and max(gaps, default=0) < 500  # the GUI went on answering


def test_no_camera_gives_the_sentence_not_a_dialog(panel, message_log):
    panel.start()
    assert panel.state == camera_module.STATE_NO_CAMERA
    assert panel.status_text() == "Tidak ada kamera terpasang. Sambungkan webcam atau gunakan pemindai USB."
    assert not panel.camera_combo.isEnabled()
    assert message_log.shown == []


def test_a_camera_error_gives_the_busy_sentence(panel):
    panel._on_camera_error(None, "Device or resource busy")
    assert panel.status_text().startswith("Kamera sedang dipakai program lain")
    assert "busy" in panel.preview.toolTip()
    panel.stop()
    assert panel.state in (camera_module.STATE_STOPPED, camera_module.STATE_NO_CAMERA)


def test_without_qtmultimedia_the_panel_says_so(qtbot, monkeypatch, message_log):
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as on a system without libpulse
    widget = CameraPanel()
    qtbot.addWidget(widget)
    assert widget.status_text() == "Pustaka multimedia sistem tidak tersedia; gunakan pemindai USB."
    widget.start()
    widget.stop()
    assert widget.status_text() == "Pustaka multimedia sistem tidak tersedia; gunakan pemindai USB."
    assert widget.video_sink is None and message_log.shown == []


def test_a_camera_frame_in_yuv_is_read_from_its_luma_plane():
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat
    code = a_code()
    gray = frame_to_gray(frame_image(code))
    frame = QVideoFrame(QVideoFrameFormat(gray.size(), QVideoFrameFormat.PixelFormat.Format_NV12))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    luma, chroma = frame.bits(0), frame.bits(1)
    for row in range(gray.height()):
        start = row * frame.bytesPerLine(0)
        luma[start:start + gray.width()] = bytes(gray.constScanLine(row))[:gray.width()]
    chroma[:] = bytes([128]) * len(chroma)
    frame.unmap()
    started = time.perf_counter()
    assert decode_gray(frame_to_gray(frame)) == [code]
    assert time.perf_counter() - started < 1.0


def test_a_code_held_steadily_is_not_read_again_after_the_cooldown(panel, qtbot):
    """Held up for four seconds and lost for one frame: still one check-in (the decoder is silent while the
    codes in view stay the same, so the panel must not date the code from its first sighting)."""
    code = a_code()
    now = [1000.0]
    panel.clock = lambda: now[0]
    read: list[str] = []
    panel.code_read.connect(read.append)
    decoded = [0]

    def show(image: QImage, at: float) -> None:
        now[0] = at
        feed(panel, image)
        decoded[0] += 1
        qtbot.waitUntil(lambda: panel._decoder.decoder.frames_decoded == decoded[0], timeout=3000)
        qtbot.wait(20)  # the decoder's report reaches the panel

    held, empty = frame_image(code), frame_image(None)
    for second in range(5):
        show(held, 1000.0 + second)
    show(empty, 1004.1)  # the hand moves
    show(held, 1004.2)
    assert read == [code]
    show(empty, 1004.3)  # it really goes away, and comes back after the cooldown: read again ("sudah hadir")
    show(held, 1004.3 + COOLDOWN_S + 0.1)
    assert read == [code, code]


def test_a_frame_after_stop_starts_no_decoder(panel, qtbot):
    read: list[str] = []
    panel.code_read.connect(read.append)
    feed(panel, frame_image(None))
    qtbot.waitUntil(lambda: panel._decoder.decoder.frames_decoded == 1, timeout=3000)
    decoder = panel._decoder
    panel.stop()
    assert decoder.thread.isFinished()
    feed(panel, frame_image(a_code()))  # queued by the camera before stop(), delivered after it
    qtbot.wait(100)
    assert panel._decoder is None and read == [] and not panel.preview.has_picture()
    panel.stop()  # twice: nothing happens
    panel.start()  # started again, frames count again
    code = a_code()
    with qtbot.waitSignal(panel.code_read, timeout=3000) as blocker:
        feed(panel, frame_image(code))
    assert blocker.args == [code]


def test_a_panel_destroyed_without_stop_ends_its_decoder_quietly(qtbot):
    import shiboken6

    from kpu_rakor.ui.checkin.camera_worker import DecoderThread
    widget = CameraPanel()
    feed(widget, frame_image(None))
    qtbot.waitUntil(lambda: widget._decoder.decoder.frames_decoded == 1, timeout=3000)
    decoder = widget._decoder
    widget.destroyed.connect(lambda: widget.stop())  # as a window's teardown might call it
    shiboken6.delete(widget)
    assert decoder.thread.isFinished()
    # stop() after its QThread is gone (interpreter exit) says nothing
    stray = DecoderThread()
    stray.stop()
    shiboken6.delete(stray.thread)
    stray.stop()
    stray.submit(frame_image(None))
