"""Qt's own dialogs speak Indonesian when the interface is Indonesian (issue 13): Qt ships no Indonesian catalogue,
so resources/i18n/qtbase_id.qm carries ours. Checked on the dialogs the app opens: the file dialog (Qt's own,
not the system's), message-box buttons, the print dialogs, and the right-click menu of a text field."""
from __future__ import annotations

import pytest
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (QDialogButtonBox, QFileDialog, QFileSystemModel, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton)

from kpu_rakor.ui import i18n


PRINTERS: list[QPrinter] = []  # a print dialog keeps a pointer to its printer: it must outlive the dialog


def printer() -> QPrinter:
    PRINTERS.append(QPrinter())
    return PRINTERS[-1]


@pytest.fixture
def indonesian(qapp):
    translator = i18n.install(qapp, "id")
    assert translator is not None, "resources/i18n/qtbase_id.qm did not load"
    yield
    qapp.removeTranslator(translator)


def texts(widget, kind) -> set[str]:
    return {w.text() for w in widget.findChildren(kind)}


def menu_texts(menu) -> list[str]:
    return [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_file_dialog_says_buka_and_batal(qtbot, indonesian, tmp_path):
    dialog = QFileDialog(None, "Pilih berkas", str(tmp_path), "Dokumen PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = texts(dialog, QPushButton)
    assert {"&Buka", "Batal"} <= buttons, buttons
    labels = texts(dialog, QLabel)
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels, labels
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert "&Simpan" in texts(dialog, QPushButton)
    model = dialog.findChild(QFileSystemModel)  # the columns of the list of files
    assert [model.headerData(c, Qt.Horizontal) for c in range(4)] == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]


def test_a_text_fields_right_click_menu_says_salin(qtbot, indonesian):
    line, box = QLineEdit("Rakor"), QPlainTextEdit("Rakor")
    for w in (line, box):
        qtbot.addWidget(w)
    assert menu_texts(line.createStandardContextMenu()) == [
        "Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih semua"]
    assert {"Salin", "Tempel", "Pilih semua"} <= set(menu_texts(box.createStandardContextMenu()))


def test_message_box_buttons_are_indonesian(qtbot, indonesian):
    box = QMessageBox(QMessageBox.Question, "Rapat", "Hapus rapat ini?",
                      QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
    qtbot.addWidget(box)
    assert {box.button(b).text() for b in (QMessageBox.Yes, QMessageBox.No, QMessageBox.Cancel)} == {
        "&Ya", "&Tidak", "Batal"}
    buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close)
    qtbot.addWidget(buttons)
    assert {b.text() for b in buttons.buttons()} == {"Simpan", "Tutup"}


def test_the_print_dialogs_are_indonesian(qtbot, indonesian):
    dialog = QPrintDialog(printer())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cetak"
    assert "&Cetak" in texts(dialog, QPushButton)
    preview = QPrintPreviewDialog(printer())
    qtbot.addWidget(preview)
    actions = {a.text() for a in preview.findChildren(QAction)}
    assert {"Halaman berikutnya", "Perbesar", "Cetak", "Pengaturan halaman"} <= actions, actions


def test_english_leaves_qt_in_english(qtbot, qapp):
    translator = i18n.install(qapp, "en")
    try:
        assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Copy"
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)


class Recorder(QTranslator):
    """Notes every text Qt asks to translate, and translates none (the next translator answers)."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return None

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


def test_every_text_of_those_dialogs_is_in_the_indonesian_catalogue(qtbot, qapp, indonesian, tmp_path):
    """A newer Qt renames a label ("Look in:" became "&Look in:"): then it is English again, and this says which."""
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        dialog = QFileDialog(None, "Pilih berkas", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        widgets = [dialog, QPrintDialog(printer()), QPrintPreviewDialog(printer()), QLineEdit(), QPlainTextEdit(),
                   QMessageBox(QMessageBox.Question, "Rapat", "?", QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel
                               | QMessageBox.Save | QMessageBox.Discard | QMessageBox.Close | QMessageBox.Ok)]
        for w in widgets:
            qtbot.addWidget(w)
            w.show()
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        for w in widgets[3:5]:
            w.createStandardContextMenu()
    finally:
        qapp.removeTranslator(recorder)
    ts = ET.parse(Path(__file__).resolve().parents[2] / "resources" / "i18n" / "qtbase_id.ts").getroot()
    have = {(c.findtext("name"), m.findtext("source")) for c in ts.iter("context") for m in c.iter("message")}
    wanted = {(c, s) for c, s in recorder.asked
              if c in ("QFileDialog", "QFileSystemModel", "QPlatformTheme", "QLineEdit", "QWidgetTextControl",
                       "QPrintDialog", "QPrintPreviewDialog", "QPrintSettingsOutput", "QPrintWidget",
                       "QMessageBox")
              and any(ch.isalpha() for ch in s)}
    assert not wanted - have, f"add to resources/i18n/qtbase_id.ts: {sorted(wanted - have)}"
