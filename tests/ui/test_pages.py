"""Direktori, Pengaturan, translations and the last-resort error handler."""
from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QSettings, Qt

from kpu_rakor.domain.services import installation, people
from kpu_rakor.ui import crash, i18n
from kpu_rakor.ui.directory_page import DirectoryPage
from kpu_rakor.ui.person_dialog import PersonDialog
from kpu_rakor.ui.settings_page import SettingsPage


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
    assert QSettings("KPU", "KPU Rakor").value("ui/language") == "en"
    assert "buka kembali" in page.status_label.text()


def test_english_translation_is_complete_and_loads(qapp):
    ts = resources.files("kpu_rakor.resources").joinpath("i18n", "kpu_rakor_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    translator = i18n.install(qapp, "en")
    try:
        assert translator is not None
        assert QCoreApplication.translate("labels", "Luring") == "In person"
        assert QCoreApplication.translate("MainWindow", "Pengaturan") == "Settings"
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
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    assert message_log.shown == []
    assert "tidak terduga" in capsys.readouterr().err
