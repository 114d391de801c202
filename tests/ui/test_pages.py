"""Direktori, Pengaturan, translations and the last-resort error handler."""
from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kpu_rakor.domain.services import installation, people
from kpu_rakor.ui import crash, i18n, settings
from kpu_rakor.ui.directory.directory_page import DirectoryPage
from kpu_rakor.ui.directory.person_dialog import PersonDialog
from kpu_rakor.ui.preferences.settings_page import SettingsPage


def test_directory_search_and_new_person(qtbot, people_fixture, monkeypatch):
    page = DirectoryPage()
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search_box, "amarodin")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)

    def fill(self):
        self.name.setText("Hj. Siti Nur Aini, S.H.")
        self.nip.setText("19860926 201505 2 001")
        self.position.setText("Sekretaris")
        self.save()
        return self.result()

    monkeypatch.setattr(PersonDialog, "exec", fill)
    page.search_box.clear()
    page.search_box.flush()
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    assert page.model.rowCount() == 4
    added = people.listing("siti")[0]
    assert (added.nip, added.position) == ("198609262015052001", "Sekretaris")


def test_person_dialog_shows_validation_error(qtbot, office):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.nip.setText("123")
    dialog.name.setText("Budi")
    dialog.save()
    assert dialog.result() != PersonDialog.DialogCode.Accepted
    assert "NIP" in dialog.error_label.text()


def test_settings_page_saves_the_office_profile(qtbot, office):
    page = SettingsPage()
    qtbot.addWidget(page)
    assert page.city.text() == "Tulungagung"
    page.venue.setText("Aula KPU Kabupaten Tulungagung")
    page.late.setValue(20)
    with qtbot.waitSignal(page.office_changed):
        qtbot.mouseClick(page.save_button, Qt.LeftButton)
    p = installation.profile()
    assert (p.default_venue, p.late_threshold_minutes, p.writer_initials) == (
        "Aula KPU Kabupaten Tulungagung", 20, "amr")
    page.language.setCurrentIndex(page.language.findData("en"))
    assert settings.LANGUAGE.get() == "en"
    assert "buka kembali" in page.status_label.text()


def test_english_translation_is_complete_and_loads(qapp):
    ts = resources.files("kpu_rakor.resources").joinpath("i18n", "kpu_rakor_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    translator = i18n.install(qapp, "en")
    try:
        assert translator is not None
        assert QCoreApplication.translate("labels", "Luring") == "In person"
        assert QCoreApplication.translate("MainWindow", "Pengaturan") == "Settings"
        assert QCoreApplication.translate("MainWindow", "Presensi") == "Check-in"
        assert QCoreApplication.translate("app", "Berkas basis data rusak atau bukan basis data KPU Rakor. "
                                                 "Pulihkan dari cadangan.").startswith("The database file")
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("labels", "Luring") == "Luring"


def test_uncaught_exception_is_logged_and_shown_as_a_sentence(message_log, tmp_path):
    path = crash.setup_logging()
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            crash.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        for h in logging.getLogger("kpu_rakor").handlers[:]:
            h.close()
            logging.getLogger("kpu_rakor").removeHandler(h)
    kind, text = message_log.shown[-1]
    assert kind == "error" and "tidak terduga" in text and "Traceback" not in text
    assert str(tmp_path) in str(path)
    assert path.parent.name == "logs" and path.name == "kpu-rakor.log"  # beside kpu-rakor-cli.log
    assert "RuntimeError: boom" in path.read_text(encoding="utf-8")


def test_headless_start_never_shows_a_box(message_log, capsys, monkeypatch):
    monkeypatch.setattr(crash, "_headless", True)
    exits = []
    # The real app quits here; in the test session that would leave Qt's quit flag set for every later test.
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    assert message_log.shown == []
    assert "tidak terduga" in capsys.readouterr().err
    assert exits == [2]


def _png(path, color=(200, 30, 30)):
    from PySide6.QtGui import QColor, QImage

    img = QImage(120, 120, QImage.Format_RGB32)
    img.fill(QColor(*color))
    assert img.save(str(path))
    return str(path)


def test_settings_sets_the_logo_with_a_preview(qtbot, office, tmp_path, monkeypatch):
    page = SettingsPage()
    qtbot.addWidget(page)
    assert page.logo_preview.pixmap().isNull()
    monkeypatch.setattr(page, "pick_logo_file", lambda: _png(tmp_path / "logo.png"))
    qtbot.mouseClick(page.logo_button, Qt.LeftButton)
    assert installation.profile().logo
    assert not page.logo_preview.pixmap().isNull()
    assert page.logo_preview.pixmap().height() <= 72
    assert "Logo tersimpan" in page.logo_status.text()

    notes = tmp_path / "catatan.jpg"
    notes.write_text("bukan gambar", encoding="utf-8")
    monkeypatch.setattr(page, "pick_logo_file", lambda: str(notes))
    qtbot.mouseClick(page.logo_button, Qt.LeftButton)
    assert page.logo_status.isVisibleTo(page)
    assert "bukan gambar yang dapat dibaca" in page.logo_status.text()
    assert not page.logo_preview.pixmap().isNull()  # the saved logo stays


def test_settings_sets_the_signatories(qtbot, office):
    from kpu_rakor.domain.services import signatories

    page = SettingsPage()
    qtbot.addWidget(page)
    name, nip, title = page.signer_fields["ketua"]
    name.setText("Dr. H. Rochani, S.Pd., M.Si.")
    title.setText("Ketua KPU Kabupaten Tulungagung")
    s_name, s_nip, s_title = page.signer_fields["sekretaris"]
    s_name.setText("Hj. Siti Nur Aini, S.H.")
    s_nip.setText("12345")
    s_title.setText("Sekretaris KPU Kabupaten Tulungagung")
    qtbot.mouseClick(page.signers_button, Qt.LeftButton)
    assert "Sekretaris: NIP harus 18 angka (tertulis 5 angka)" in page.signers_status.text()
    assert s_nip.hasFocus() or "b00020" in s_nip.styleSheet()
    assert signatories.get("ketua") is None and signatories.get("sekretaris") is None  # neither was saved
    s_nip.setText("NIP. 19860926 201505 2 001")
    qtbot.mouseClick(page.signers_button, Qt.LeftButton)
    assert page.signers_status.text() == "Penanda tangan tersimpan."
    saved = {role: signatories.get(role) for role in ("ketua", "sekretaris")}
    assert (saved["ketua"].name, saved["ketua"].nip, saved["ketua"].title) == (
        "Dr. H. Rochani, S.Pd., M.Si.", None, "Ketua KPU Kabupaten Tulungagung")
    assert saved["sekretaris"].nip == "198609262015052001"
    again = SettingsPage()
    qtbot.addWidget(again)
    assert again.signer_fields["sekretaris"][1].text() == "19860926 201505 2 001"


def test_settings_city_label_is_plain_indonesian(qtbot, office):
    from PySide6.QtWidgets import QLabel

    page = SettingsPage()
    qtbot.addWidget(page)
    texts = [lbl.text() for lbl in page.findChildren(QLabel)]
    assert "Ko&ta pada baris tanggal berita:" in texts
    assert not any("dateline" in t for t in texts)


def test_new_institution_is_listed_and_offered_for_people(qtbot, office, monkeypatch):
    from kpu_rakor.ui.directory.institution_dialog import InstitutionDialog

    page = DirectoryPage()
    qtbot.addWidget(page)
    assert "Bawaslu Kabupaten Tulungagung" not in page.satker_tab.names()
    kinds = [page.satker_tab.kind_combo.itemText(i) for i in range(page.satker_tab.kind_combo.count())]
    assert kinds[2:] == ["Bawaslu", "Pemerintah daerah", "Perguruan tinggi", "Media", "Lainnya"]

    def fill(self):
        self.save()  # an empty name first
        assert "Nama instansi wajib diisi" in self.error_label.text()
        assert self.isVisible() or self.result() != InstitutionDialog.DialogCode.Accepted
        qtbot.keyClicks(self.name, "Bawaslu Kabupaten Tulungagung")
        self.kind.setCurrentIndex(self.kind.findText("Bawaslu"))
        self.city.setText("Tulungagung")
        assert self.zone.currentData() == "WIB"  # the office's zone
        self.website.setText("tulungagung.bawaslu.go.id")
        self.save()
        return self.result()

    monkeypatch.setattr(InstitutionDialog, "exec", fill)
    qtbot.mouseClick(page.new_institution_button, Qt.LeftButton)
    assert page.tabs.currentWidget() is page.satker_tab
    table = page.satker_tab.model
    assert [table.item(0, c).text() for c in range(5)] == [
        "Bawaslu Kabupaten Tulungagung", "Bawaslu", "Tulungagung", "WIB", "tulungagung.bawaslu.go.id"]
    assert page.satker_tab.table.selectionModel().selectedRows()[0].row() == 0
    page.satker_tab.kind_combo.setCurrentIndex(page.satker_tab.kind_combo.findText("Bawaslu"))
    assert page.satker_tab.names() == ["Bawaslu Kabupaten Tulungagung"]

    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    assert dialog.satker.findText("Bawaslu Kabupaten Tulungagung") >= 0
    dialog.name.setText("Ahmad Ketua Bawaslu")
    dialog.satker.setEditText("Bawaslu Kabupaten Tulungagung")
    dialog.save()
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert people.display_institution(people.get(dialog.person_id)) == "Bawaslu Kabupaten Tulungagung"


def test_none_survives_pyside_losing_references(qapp):
    import sys

    from PySide6.QtGui import QStandardItem

    item = QStandardItem("x")
    before = sys.getrefcount(None)
    for _ in range(100):
        item.data(Qt.UserRole)  # each call drops a reference to None on PySide6 6.12 / Python 3.11
    assert sys.version_info >= (3, 12) or before > 1 << 40  # conftest and app.main call protect_none()
