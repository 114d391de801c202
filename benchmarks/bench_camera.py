"""Webcam reading speed: 720p frames decoded per second on one core, and the GUI's answer time meanwhile.

The whole process is pinned to one CPU (GUI thread and decoder thread share it, as on a busy laptop).
`camera_decode_fps_720p`: frame → grey → zxing, the decoder's own work, on premultiplied-ARGB frames (what
QVideoFrame.toImage() gives; the slower input). `camera_stream_*`: a CameraPanel on screen fed a 30 fps NV12
stream (what a webcam delivers) through its QVideoSink for a few seconds, a 10 ms QTimer ticking beside it.
Run: .venv/bin/python benchmarks/bench_camera.py
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL.ImageQt import ImageQt  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kpu_rakor.domain.codes import KIND_PERSON, make_code, new_code_id, new_secret  # noqa: E402
from kpu_rakor.domain.services.qr import qr_image  # noqa: E402
from kpu_rakor.ui.none_refcount import protect_none  # noqa: E402

STREAM_FPS = 30
STREAM_S = 4.0
TICK_MS = 10


def _frames(count: int = 8) -> tuple[list[QImage], list[str]]:
    """720p pictures, every other one with a printed code held up somewhere in it."""
    secret = new_secret()
    images, codes = [], []
    for i in range(count):
        image = QImage(1280, 720, QImage.Format_ARGB32_Premultiplied)
        image.fill(QColor(150 + i * 5, 145, 140))
        if i % 2 == 0:
            code = make_code(secret, KIND_PERSON, new_code_id())
            codes.append(code)
            painter = QPainter(image)
            painter.drawImage(200 + i * 60, 80 + i * 20, ImageQt(qr_image(code, box_size=7).convert("RGB")))
            painter.end()
        images.append(image)
    return images, codes


def _nv12(image: QImage):
    """The same picture as a webcam hands it over: NV12, luma plane first."""
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

    from kpu_rakor.ui.checkin.camera_worker import to_gray
    gray = to_gray(image)
    frame = QVideoFrame(QVideoFrameFormat(gray.size(), QVideoFrameFormat.PixelFormat.Format_NV12))
    frame.map(QVideoFrame.MapMode.WriteOnly)
    luma, chroma = frame.bits(0), frame.bits(1)
    width, stride = gray.width(), frame.bytesPerLine(0)
    for row in range(gray.height()):
        luma[row * stride:row * stride + width] = bytes(gray.constScanLine(row))[:width]
    chroma[:] = bytes([128]) * len(chroma)
    frame.unmap()
    return frame


def _decode_fps(frames, seconds: float = 3.0) -> tuple[float, int]:
    from kpu_rakor.ui.checkin.camera_worker import decode_gray, frame_to_gray
    done = hits = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        hits += bool(decode_gray(frame_to_gray(frames[done % len(frames)])))
        done += 1
    return done / (time.perf_counter() - started), hits


def _stream(app: QApplication, frames, codes: list[str]) -> dict:
    from kpu_rakor.ui.checkin.camera import CameraPanel
    panel = CameraPanel()
    panel.resize(800, 560)
    panel.show()
    read: list[str] = []
    panel.code_read.connect(read.append)
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer(interval=TICK_MS)
    ticker.timeout.connect(lambda: ticks.append(clock.elapsed()))
    sent = [0]

    def next_frame():
        panel.video_sink.setVideoFrame(frames[sent[0] % len(frames)])
        sent[0] += 1

    camera = QTimer(interval=1000 // STREAM_FPS)
    camera.timeout.connect(next_frame)
    loop = QEventLoop()
    QTimer.singleShot(int(STREAM_S * 1000), loop.quit)
    ticker.start()
    camera.start()
    loop.exec()
    camera.stop()
    ticker.stop()
    decoded = panel._decoder.decoder.frames_decoded
    panel.stop()
    panel.deleteLater()
    app.processEvents()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    return {
        "camera_stream_frames_sent": sent[0],
        "camera_stream_decoded_fps": round(decoded / STREAM_S, 1),
        "camera_stream_codes_read": f"{len(set(read) & set(codes))}/{len(codes)}",
        "camera_gui_tick_max_ms": max(gaps, default=0) - TICK_MS if gaps else None,
    }


def run() -> dict:
    protect_none()
    app = QApplication.instance() or QApplication([])
    pinned = hasattr(os, "sched_setaffinity")
    if pinned:
        cpus = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(cpus)})  # one core for everything: the GUI and the decoder
    try:
        images, codes = _frames()
        nv12 = [_nv12(image) for image in images]
        fps_argb, hits = _decode_fps(images)
        assert hits > 0, "no code decoded: the benchmark frames are wrong"
        fps_nv12, _ = _decode_fps(nv12)
        result = {
            "camera_decode_fps_720p": round(fps_argb, 1),
            "camera_decode_fps_720p_nv12": round(fps_nv12, 1),
        }
        result.update(_stream(app, nv12, codes))
    finally:
        if pinned:
            os.sched_setaffinity(0, cpus)
    result["camera_one_core"] = pinned
    return result


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
