"""A signature pad: draw with a mouse, a pen tablet or a finger; strokes come out normalised to 0..1.

The stored format is the one the daftar hadir prints (see kpu_rakor/reports/daftar_hadir.py): a list of
strokes, each a list of [x, y] with the origin at the pad's top-left. The pad keeps about the shape of the
printed signing slot (3.5 : 1), so a signature is not squashed on paper.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ASPECT = 3.5  # width : height of the printed signing slot
MIN_STEP_PX = 1.5  # closer points add nothing but size (the service caps a signature at 4,000 points)
BASELINE = 0.78  # of the height, where the dotted line sits
INK = QColor("#0d1a73")  # dark blue, like a ballpoint; the PDF prints the same colour


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """A curve through the midpoints of the sampled points: a mouse's jagged corners become round."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) == 1:
        path.lineTo(points[0] + QPointF(0.5, 0))  # a dot
        return path
    if len(points) == 2:
        path.lineTo(points[1])
        return path
    for a, b in zip(points[1:-1], points[2:]):
        path.quadTo(a, (a + b) / 2)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    """`strokes()` gives what was drawn; `changed` fires when a stroke ends, is undone or cleared."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._strokes: list[list[tuple[float, float]]] = []  # normalised, so a resize keeps the drawing
        self._current: list[tuple[float, float]] | None = None
        self.setAttribute(Qt.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WA_StaticContents)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.CrossCursor)
        policy = QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(350, 100)
        self.setAccessibleName(self.tr("Bidang tanda tangan"))
        self.setToolTip(self.tr("Tanda tangan dengan tetikus, pena atau jari. Ctrl+Z membatalkan goresan "
                                "terakhir."))

    # --- the drawing as data -------------------------------------------------------------------------

    def strokes(self) -> list[list[list[float]]]:
        return [[[round(x, 4), round(y, 4)] for x, y in s] for s in self._strokes]  # 0.1 px on a wide pad

    def set_strokes(self, strokes) -> None:
        self._strokes = [[(min(max(float(x), 0.0), 1.0), min(max(float(y), 0.0), 1.0)) for x, y in s]
                         for s in strokes if s]
        self._current = None
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self._strokes and not self._current

    def clear(self) -> None:
        if self.is_empty():
            return
        self._strokes, self._current = [], None
        self.update()
        self.changed.emit()

    def undo_stroke(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self.update()
            self.changed.emit()

    # --- size -----------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(560, 160)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(100, round(width / ASPECT))

    # --- input: mouse, tablet, touch all end in _begin/_extend/_end ----------------------------------

    def _norm(self, pos: QPointF) -> tuple[float, float]:
        w, h = max(self.width(), 1), max(self.height(), 1)
        return min(max(pos.x() / w, 0.0), 1.0), min(max(pos.y() / h, 0.0), 1.0)

    def _begin(self, pos: QPointF) -> None:
        self._current = [self._norm(pos)]
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._current is None:
            return
        x, y = self._norm(pos)
        lx, ly = self._current[-1]
        if abs(x - lx) * self.width() < MIN_STEP_PX and abs(y - ly) * self.height() < MIN_STEP_PX:
            return
        self._current.append((x, y))
        self.update()

    def _end(self, pos: QPointF | None = None) -> None:
        if self._current is None:
            return
        if pos is not None:
            self._extend(pos)
        self._strokes.append(self._current)
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event):
        if event.buttons() & Qt.LeftButton:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.LeftButton:
            self._end(event.position())
            event.accept()

    def tabletEvent(self, event):
        # Accepted, so Qt does not also send the synthesized mouse events (that would draw each stroke twice).
        kind = event.type()
        if kind == QEvent.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.TabletMove:  # a hovering pen moves too, but no stroke is open then
            self._extend(event.position())
        elif kind == QEvent.TabletRelease:
            self._end(event.position())
        event.accept()

    def event(self, event):
        kind = event.type()
        if kind in (QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.TouchEnd, QEvent.TouchCancel):
            points = event.points()
            if points:
                pos = points[0].position()  # one finger signs; a second resting on the glass is ignored
                if kind == QEvent.TouchBegin:
                    self._begin(pos)
                elif kind == QEvent.TouchUpdate:
                    self._extend(pos)
                else:
                    self._end(pos)
            elif kind in (QEvent.TouchEnd, QEvent.TouchCancel):
                self._end()
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.Undo):
            self.undo_stroke()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- painting -------------------------------------------------------------------------------------

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        r = QRectF(self.rect())
        p.fillRect(r, Qt.white)
        frame = QColor("#3b6fd1") if self.hasFocus() else QColor("#9a9a9a")
        p.setPen(QPen(frame, 2 if self.hasFocus() else 1))
        p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5))
        base_y = r.height() * BASELINE
        left, right = r.width() * 0.06, r.width() * 0.94
        p.setPen(QPen(QColor("#8a8a8a"), 1.2, Qt.DashLine))
        p.drawLine(QPointF(left, base_y), QPointF(right, base_y))
        mark = QFont(self.font())
        mark.setPixelSize(max(14, round(r.height() * 0.16)))
        p.setFont(mark)
        p.setPen(QColor("#8a8a8a"))
        p.drawText(QRectF(left - mark.pixelSize() * 1.2, base_y - mark.pixelSize() * 1.3,
                          mark.pixelSize() * 1.2, mark.pixelSize() * 1.2), Qt.AlignCenter, "×")
        if self.is_empty():
            hint = QFont(self.font())
            hint.setPixelSize(max(14, round(r.height() * 0.15)))
            p.setFont(hint)
            p.setPen(QColor("#6b6b6b"))
            p.drawText(QRectF(0, 0, r.width(), base_y - 4), Qt.AlignHCenter | Qt.AlignBottom,
                       self.tr("Tanda tangan di sini"))
        pen = QPen(INK, max(2.0, r.height() / 70), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        w, h = r.width(), r.height()
        for stroke in self._strokes + ([self._current] if self._current else []):
            p.drawPath(smooth_path([QPointF(x * w, y * h) for x, y in stroke]))
        p.end()
