"""The personal-data screens (UU 27/2022): Direktori's Hapus/Anonimkan/Ekspor, the audit log dialog and its
filters, and the Pengaturan box (phone column, retention preview and apply)."""
from __future__ import annotations

import csv
import json
from datetime import date, time

from PySide6.QtGui import Qt  # QtGui's Qt also has mightBeRichText

from kpu_rakor.domain.models import Person
from kpu_rakor.domain.services import audit_log, checkin, meetings, people, privacy
from kpu_rakor.ui.preferences import audit_log_dialog
from kpu_rakor.ui.directory import person_privacy_actions
from kpu_rakor.ui.preferences.audit_log_dialog import AuditLogDialog
from kpu_rakor.ui.directory.directory_page import DirectoryPage
from kpu_rakor.ui.preferences.settings_page import SettingsPage

ODD = "<b>Tamu</b> & Co"


def _select(page, person_id):
    page.table.selectRow(page.model.row_of(person_id))
    assert page.selected_id() == person_id


def test_directory_delete_asks_and_says_the_consequence(qtbot, people_fixture, message_log):
    amar, _rochani, gogot = people_fixture
    m = meetings.create(title="Rakor", date=date(2024, 4, 3), start_time=time(9, 0))
    checkin.check_in_person(m.id, gogot.id)
    page = DirectoryPage()
    qtbot.addWidget(page)

    _select(page, amar.id)
    message_log.answer = False
    qtbot.mouseClick(page.privacy_actions.delete_button, Qt.LeftButton)
    assert message_log.shown[-1][0] == "confirm" and "Hapus Much. Amarodin" in message_log.shown[-1][1]
    assert Person.get_or_none(Person.id == amar.id) is not None  # said no: nothing happened

    message_log.answer = True
    qtbot.mouseClick(page.privacy_actions.delete_button, Qt.LeftButton)
    assert Person.get_or_none(Person.id == amar.id) is None
    assert page.model.total() == 2 and message_log.shown[-1] == ("info", "Orang itu dihapus.")

    _select(page, gogot.id)
    qtbot.mouseClick(page.privacy_actions.delete_button, Qt.LeftButton)
    confirm_text = message_log.shown[-2][1]
    assert "tercatat pada dokumen rapat" in confirm_text and f"Peserta terhapus #{gogot.id}" in confirm_text
    assert Person.get_by_id(gogot.id).deleted_at is not None
    assert page.model.total() == 1


def test_directory_anonymise_and_export(qtbot, office, message_log, monkeypatch, tmp_path):
    p = people.create(name=ODD, phone="081298765432", institution="A & B <C>")
    page = DirectoryPage()
    qtbot.addWidget(page)
    _select(page, p.id)
    # A name with markup characters shows as typed, in the cell and in its tooltip.
    row = page.model.row_of(p.id)
    assert page.model.data(page.model.index(row, 0)) == ODD
    assert page.model.data(page.model.index(row, 0), Qt.ToolTipRole) == "<p>&lt;b&gt;Tamu&lt;/b&gt; &amp; Co</p>"

    monkeypatch.setattr(person_privacy_actions, "pick_export_file",
                        lambda parent, suggested: (str(tmp_path / "data"), "csv"))
    qtbot.mouseClick(page.privacy_actions.export_button, Qt.LeftButton)
    with open(tmp_path / "data.csv", encoding="utf-8-sig", newline="") as f:
        assert ["person", "1", "name", ODD] in list(csv.reader(f))
    monkeypatch.setattr(person_privacy_actions, "pick_export_file",
                        lambda parent, suggested: (str(tmp_path / "data.json"), "json"))
    qtbot.mouseClick(page.privacy_actions.export_button, Qt.LeftButton)
    assert json.loads((tmp_path / "data.json").read_text(encoding="utf-8"))["person"]["phone"] == "081298765432"

    qtbot.mouseClick(page.privacy_actions.anonymise_button, Qt.LeftButton)
    assert message_log.shown[-1][0] == "confirm" and ODD in message_log.shown[-1][1]
    assert Person.get_by_id(p.id).name == f"Peserta terhapus #{p.id}"
    assert page.model.row_of(p.id) == -1  # anonymised people leave the directory list


def test_export_format_follows_the_typed_extension_then_the_filter():
    f = person_privacy_actions.export_format
    assert f("/x/data.csv", person_privacy_actions.JSON_FILTER) == "csv"
    assert f("/x/data.JSON", person_privacy_actions.CSV_FILTER) == "json"
    assert f("/x/data", person_privacy_actions.CSV_FILTER) == "csv"
    assert f("/x/data", person_privacy_actions.JSON_FILTER) == "json"


def test_audit_log_dialog_filters_by_person_and_meeting_and_exports(qtbot, office, monkeypatch, tmp_path,
                                                                     message_log):
    m1 = meetings.create(title="Rakor <Satu> & Dua", date=date(2021, 4, 7), start_time=time(9, 0))
    m2 = meetings.create(title="Rakor Tiga", date=date(2021, 4, 8), start_time=time(9, 0))
    a = people.create(name=ODD)
    b = people.create(name="Budi Santoso")
    checkin.set_status(m1.id, a.id, "izin")
    checkin.set_status(m2.id, b.id, "sakit")
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    total = audit_log.count()
    assert dialog.model.total() == total and dialog.count_label.text().startswith(str(total))

    dialog.set_person(a.id)
    assert dialog.model.total() == 2  # created, set to izin
    col = {name: i for i, name in enumerate(dialog.model.COLUMNS)}
    whats = {dialog.model.data(dialog.model.index(r, col["what"])) for r in range(dialog.model.rowCount())}
    assert whats == {f"Tambah orang #{a.id}", "Ubah status kehadiran presensi #1"}
    when = dialog.model.data(dialog.model.index(0, col["when"]))
    assert when.endswith(" WIB") and when.split(",")[0] in ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu",
                                                             "Minggu")
    dialog.set_meeting(m2.id)
    assert dialog.model.total() == 0 and not dialog.export_button.isEnabled()
    dialog.set_person(None)
    assert dialog.model.total() == 2  # the meeting created, b's sakit
    dialog.set_meeting(m1.id)
    r = next(r for r in range(dialog.model.rowCount())
             if dialog.model.entry(r).action == "create")
    assert dialog.model.data(dialog.model.index(r, col["meeting"])) == "Rakor <Satu> & Dua"
    shown = dialog.model.data(dialog.model.index(r, col["meeting"]), Qt.ToolTipRole)
    assert shown == "Rakor <Satu> & Dua" and not Qt.mightBeRichText(shown)  # Qt shows it as plain text

    monkeypatch.setattr(audit_log_dialog, "pick_csv_file", lambda parent, suggested: str(tmp_path / "log"))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    with open(tmp_path / "log.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["Waktu", "Waktu (UTC)", "Oleh"] and len(rows) == 3
    assert all(r[7] == "Rakor <Satu> & Dua" for r in rows[1:])
    assert dialog.model.total() == 3  # the export itself is logged under the meeting


def test_audit_log_model_fetches_lazily(qtbot, office, monkeypatch):
    from kpu_rakor.ui.preferences import audit_log_model

    monkeypatch.setattr(audit_log_model, "PAGE_SIZE", 5)
    for i in range(12):
        people.create(name=f"Orang {i}")
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 5 and dialog.model.total() == audit_log.count() >= 12
    while dialog.model.canFetchMore():
        dialog.model.fetchMore()
    assert dialog.model.rowCount() == dialog.model.total()


def test_settings_phone_column_and_retention(qtbot, office, message_log):
    old = meetings.create(title="Rakor Lama", date=date(2020, 1, 8), start_time=time(9, 0))
    guest = people.create(name=ODD, is_guest=True, phone="0812")
    staff = people.create(name="Staf Tetap")
    for p in (guest, staff):
        checkin.check_in_person(old.id, p.id)
    page = SettingsPage()
    qtbot.addWidget(page)
    box = page.privacy_box
    assert not box.phone_check.isChecked() and box.months.value() == privacy.DEFAULT_RETENTION_MONTHS
    box.phone_check.setChecked(True)
    assert privacy.phone_column() and "No. HP" in box.status.text()

    assert not box.apply_button.isEnabled()
    box.months.setValue(12)
    qtbot.mouseClick(box.preview_button, Qt.LeftButton)
    assert box.preview_model.rowCount() == 1 and box.preview_model.item(0, 0).text() == ODD
    assert box.preview_model.item(0, 2).text() == "08 Januari 2020"
    assert box.count_label.text() == "1 orang akan dianonimkan." and box.apply_button.isEnabled()
    assert privacy.retention_months() == 12

    message_log.answer = False
    qtbot.mouseClick(box.apply_button, Qt.LeftButton)
    assert Person.get_by_id(guest.id).name == ODD
    message_log.answer = True
    qtbot.mouseClick(box.apply_button, Qt.LeftButton)
    assert Person.get_by_id(guest.id).anonymised_at is not None
    assert Person.get_by_id(staff.id).name == "Staf Tetap"
    assert "1 orang dianonimkan" in box.status.text() and not box.apply_button.isEnabled()

    # Changing the period hides the old preview: what is applied is always what was shown.
    qtbot.mouseClick(box.preview_button, Qt.LeftButton)
    box.months.setValue(6)
    assert not box.apply_button.isEnabled()
