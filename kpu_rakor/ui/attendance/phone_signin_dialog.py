"""Presensi lewat HP: open the meeting's sign-in page on one LAN address of this PC and show its QR large
enough to scan from the back of the hall. The page listens only while this dialog is open."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPen
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from ...domain.services import qr
from .. import labels, messages, settings
from ..widgets import HintLabel
from ..screen_fit import fit_to_screen

POLL_MS = 1000


class QrView(QWidget):
    """A QR as large as the widget allows, each module a whole number of pixels (a scaled QR with blurred
    edges scans badly from a distance)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.placeholder = ""
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_text(self, text: str) -> None:
        if text:
            # One pixel per module, the 4-module quiet zone included, error correction M (a screen).
            self.image = QImage.fromData(qr.qr_png(text, for_print=False, box_size=1), "PNG")
        else:
            self.image = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 480)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        if self.image is None or self.image.isNull():
            box = QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side).adjusted(8, 8, -8, -8)
            painter.setPen(QPen(self.palette().mid().color(), 2, Qt.DashLine))
            painter.drawRect(box)
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(box.adjusted(24, 24, -24, -24), Qt.AlignCenter | Qt.TextWordWrap, self.placeholder)
            return
        n = self.image.width()
        scale = max(1, side // n)
        size = n * scale
        x, y = (self.width() - size) // 2, (self.height() - size) // 2
        painter.setRenderHint(QPainter.SmoothPixmapTransform, False)
        painter.drawImage(QRect(x, y, size, size), self.image)  # the quiet zone is in the image: white around


class PhoneSigninDialog(QDialog):
    """Choose the address, Buka, show the QR and the count; Tutup presensi (or closing this dialog, the
    meeting editor or the app) stops the server. `sign_ins_changed(n)` as phones sign in."""

    sign_ins_changed = Signal(int)

    def __init__(self, meeting_id: int, parent=None):
        super().__init__(parent)
        from ...lan.server import DEFAULT_PORT

        self.meeting_id = meeting_id
        self.server = None
        self._last_count = 0
        self.setWindowTitle(self.tr("Presensi lewat HP"))

        self.qr_view = QrView()
        self.qr_view.placeholder = self.tr("Kode QR untuk HP peserta muncul di sini setelah presensi dibuka.")
        self.url_label = QLabel()
        self.url_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.url_label.setAlignment(Qt.AlignCenter)
        self.url_label.setWordWrap(True)
        big = self.url_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.url_label.setFont(big)

        self.address = QComboBox()
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setGroupSeparatorShown(False)
        self.port.setValue(settings.PHONE_SIGNIN_PORT.get() or DEFAULT_PORT)
        self._fill_addresses(settings.PHONE_SIGNIN_HOST.get())
        self.open_button = QPushButton(self.tr("&Buka presensi"))
        self.close_button = QPushButton(self.tr("&Tutup presensi"))
        self.copy_button = QPushButton(self.tr("&Salin alamat"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.PlainText)
        self.count_caption = QLabel(self.tr("Sudah mengisi lewat HP:"))
        self.count_label = QLabel()
        count_font = self.count_label.font()
        count_font.setPointSizeF(count_font.pointSizeF() * 2.4)
        count_font.setBold(True)
        self.count_label.setFont(count_font)
        hint = HintLabel(self.tr("HP peserta harus tersambung ke jaringan (Wi-Fi) kantor yang sama dengan PC ini. "
                                 "Peserta memindai kode QR dengan kamera HP, mengisi nama dan satker, lalu Kirim. "
                                 "Tamu yang tidak ada di undangan ditandai untuk ditinjau di tab Kehadiran."))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)  # labels above: the side panel is narrow
        form.addRow(self.tr("&Alamat PC ini:"), self.address)
        form.addRow(self.tr("&Port:"), self.port)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.open_button)
        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        line.setFrameShadow(QFrame.Sunken)
        side.addWidget(line)
        side.addWidget(self.state_label)
        side.addSpacing(8)
        side.addWidget(self.count_caption)
        side.addWidget(self.count_label)
        side.addSpacing(8)
        side.addWidget(hint)
        side.addStretch(1)
        side.addWidget(self.copy_button)
        side.addWidget(self.close_button)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(340)
        left = QVBoxLayout()
        left.addWidget(self.qr_view, 1)
        left.addWidget(self.url_label)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(side_box)

        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._refresh_count)
        self.open_button.clicked.connect(self.open_signin)
        self.close_button.clicked.connect(self.stop_server)
        self.copy_button.clicked.connect(self._copy)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_server)  # never leave a socket listening after the app
        self._show_state()
        fit_to_screen(self, (940, 640))  # fits under the taskbar at 1366×768
        self.open_button.setFocus()

    def _fill_addresses(self, preferred: str) -> None:
        from ...lan.addresses import LOOPBACK, lan_addresses

        try:
            found = lan_addresses()
        except Exception:  # noqa: BLE001 - loopback still lets the Kasubag try the page on this PC
            found = [LOOPBACK]
        for host in found:
            text = self.tr("{0} (hanya PC ini, untuk mencoba)").format(host) if host == LOOPBACK else host
            self.address.addItem(text, host)
        i = self.address.findData(preferred) if preferred else -1
        self.address.setCurrentIndex(i if i >= 0 else 0)

    # --- the server ----------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def open_signin(self) -> None:
        from ...lan.server import SigninServer

        if self.running:
            return
        host, port = self.address.currentData(), self.port.value()
        with messages.guarded(self) as g:
            server = SigninServer(self.meeting_id, host, port)
            url = server.start()
        if not g.ok:
            return
        self.server = server
        self._last_count = 0
        settings.PHONE_SIGNIN_HOST.set(host)
        settings.PHONE_SIGNIN_PORT.set(server.port)
        self.qr_view.set_text(url)
        self.url_label.setText(url)
        self._poll.start()
        self._show_state()
        self.close_button.setFocus()

    def stop_server(self) -> None:
        """Idempotent; safe from aboutToQuit and from the editor closing."""
        self._poll.stop()
        server, was_open = self.server, self.running
        if server is None:
            return
        server.stop()
        self._refresh_count(server)
        self.qr_view.set_text("")
        self.url_label.setText("")
        self._show_state(closed=was_open)

    def _refresh_count(self, server=None) -> None:
        server = server or self.server
        n = server.sign_ins if server is not None else 0
        self.count_label.setText(self.tr("{0} orang").format(labels.number(n)))
        if n != self._last_count:
            self._last_count = n
            self.sign_ins_changed.emit(n)

    def _show_state(self, closed: bool = False) -> None:
        running = self.running
        for w in (self.address, self.port, self.open_button):
            w.setEnabled(not running)
        self.close_button.setEnabled(running)
        self.copy_button.setEnabled(running)
        self.count_label.setVisible(running or closed)
        self.count_caption.setVisible(running or closed)
        if running:
            self.state_label.setText(self.tr("Presensi dibuka. Pindai kode QR ini dengan kamera HP, atau ketik "
                                             "alamatnya di peramban HP."))
            self._refresh_count()
        elif closed:
            self.state_label.setText(self.tr("Presensi lewat HP ditutup: alamat tadi tidak dapat dibuka lagi. "
                                             "Buka lagi untuk kode QR baru."))
        else:
            self.state_label.setText(self.tr("Pilih alamat jaringan kantor PC ini, lalu Buka presensi."))

    def _copy(self) -> None:
        if self.server is not None and self.running:
            QGuiApplication.clipboard().setText(self.server.url)

    # --- closing -------------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.stop_server()
        super().done(result)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # minimising is spontaneous: the page stays open then
            self.stop_server()
