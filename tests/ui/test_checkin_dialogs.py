"""The check-in desk's dialogs, driven like a user on a real database: walk-in, statuses, undo, signature."""
from __future__ import annotations

import json
from datetime import date, time
from functools import partial

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from kpu_rakor.domain import models
from kpu_rakor.domain.services import checkin, meetings, people
from kpu_rakor.domain import documents
from kpu_rakor.ui.meeting import qr_file
from kpu_rakor.ui.checkin.signature_dialog import SignatureDialog
from kpu_rakor.ui.checkin.signature_pad import SignaturePad
from kpu_rakor.ui.checkin.status_dialog import StatusDialog
from kpu_rakor.ui.checkin.undo_dialog import UndoDialog
from kpu_rakor.ui.checkin.walk_in_dialog import WalkInDialog

DESK = "Meja 1"

render_daftar_hadir = partial(documents.render_document, documents.DAFTAR_HADIR)  # the document through the registry


@pytest.fixture
def meeting(people_fixture):
    m = meetings.create(title="Rakor Persiapan Pemilihan Serentak", date=date(2024, 9, 18), start_time=time(9, 0),
                        timezone="WIB")
    meetings.invite(m.id, [p.id for p in people_fixture])
    return m


def attendance(meeting_id, person_id):
    return models.Attendance.get_or_none((models.Attendance.meeting == meeting_id)
                                         & (models.Attendance.person == person_id))


def test_walk_in_with_markup_characters_is_saved_and_checked_in_without_an_invitation(
        qtbot, meeting, office, monkeypatch, tmp_path):
    dialog = WalkInDialog(meeting.id, DESK)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Budi <Tamu> & Rekan")
    qtbot.keyClicks(dialog.position, "Wartawan")
    qtbot.keyClicks(dialog.institution.lineEdit(), "Harian Surya")
    qtbot.keyClicks(dialog.phone, "0812 3456 7890")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    result = dialog.result
    assert result is not None and result.result == checkin.CHECKED_IN
    assert dialog.done_label.property("state") == "green"
    assert dialog.done_label.text().startswith("Budi <Tamu> & Rekan tercatat hadir pukul")
    p = people.get(result.person_id)
    assert (p.name, p.position, p.institution, p.satker_id, p.is_guest) == (
        "Budi <Tamu> & Rekan", "Wartawan", "Harian Surya", None, True)
    assert not models.Invitation.select().where(models.Invitation.person == p.id).exists()
    row = attendance(meeting.id, p.id)
    assert (row.status, row.desk) == (models.ATT_HADIR, DESK)

    # The QR button is optional and offered only now; it writes a PNG where the user chose.
    assert dialog.qr_button.isVisibleTo(dialog)
    target = tmp_path / "kode-tamu"
    monkeypatch.setattr(qr_file, "ask_png_path", lambda *a: str(target))
    path = dialog.save_qr()
    assert path == tmp_path / "kode-tamu.png" and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # Closing with Esc after saving still tells the desk the guest was added.
    dialog.reject()
    assert dialog.result is not None and dialog.isHidden()
    assert QDialog.result(dialog) == QDialog.Accepted


def test_walk_in_with_a_known_satker_passes_its_id(qtbot, meeting, office):
    dialog = WalkInDialog(meeting.id, DESK)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Siti Aminah")
    dialog.institution.setEditText(office.name)
    dialog.save()
    assert people.get(dialog.result.person_id).satker_id == office.id


def test_walk_in_without_a_name_says_so_and_stays_open(qtbot, meeting):
    dialog = WalkInDialog(meeting.id, DESK)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "   ")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.result is None and dialog.isVisible()
    assert dialog.error_label.isVisible() and "Nama" in dialog.error_label.text()
    assert not models.Person.select().where(models.Person.is_guest == True).exists()  # noqa: E712


@pytest.mark.parametrize("status", [models.ATT_IZIN, models.ATT_SAKIT, models.ATT_DINAS_LUAR])
def test_status_with_a_note(qtbot, meeting, people_fixture, status):
    amarodin = people_fixture[0]
    dialog = StatusDialog(meeting.id, amarodin.id, DESK)
    qtbot.addWidget(dialog)
    dialog.radios[status].click()
    assert not dialog.delegate_box.isEnabled()
    qtbot.keyClicks(dialog.note, "Tugas ke KPU Provinsi")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    row = attendance(meeting.id, amarodin.id)
    assert (row.status, row.note, row.checked_in_at) == (status, "Tugas ke KPU Provinsi", None)
    assert dialog.attendance is not None


def test_diwakili_checks_the_delegate_in(qtbot, meeting, people_fixture):
    amarodin, rochani, gogot = people_fixture
    dialog = StatusDialog(meeting.id, rochani.id, DESK)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.radios[models.ATT_DIWAKILI].click()
    assert dialog.delegate_box.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)  # no delegate yet: a sentence, nothing saved
    assert dialog.isVisible() and "mewakili" in dialog.error_label.text()
    assert attendance(meeting.id, rochani.id) is None
    qtbot.keyClicks(dialog.delegate_search, "gogot")
    QTest.keyClick(dialog.delegate_search, Qt.Key_Return)  # picks the match, does not save yet
    assert dialog.delegate_id == gogot.id and attendance(meeting.id, rochani.id) is None
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    row = attendance(meeting.id, rochani.id)
    assert (row.status, row.delegate_id) == (models.ATT_DIWAKILI, gogot.id)
    assert attendance(meeting.id, gogot.id).status in models.PRESENT_STATUSES


def test_undo_needs_a_reason_then_removes_the_row_and_logs_it(qtbot, meeting, people_fixture):
    amarodin = people_fixture[0]
    checkin.check_in_person(meeting.id, amarodin.id, desk=DESK)
    dialog = UndoDialog(meeting.id, amarodin.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Hadir" in dialog.when_label.text() and DESK in dialog.when_label.text()
    qtbot.mouseClick(dialog.undo_button, Qt.LeftButton)
    assert dialog.isVisible() and "alasan" in dialog.error_label.text().lower()
    assert attendance(meeting.id, amarodin.id) is not None
    qtbot.keyClicks(dialog.reason, "Salah pilih nama")
    qtbot.mouseClick(dialog.undo_button, Qt.LeftButton)
    assert attendance(meeting.id, amarodin.id) is None
    log = models.AuditLog.select().where(models.AuditLog.action == "undo").get()
    assert "Salah pilih nama" in log.detail and log.meeting_id == meeting.id


def draw(qtbot, pad, points):
    QTest.mousePress(pad, Qt.LeftButton, Qt.NoModifier, QPoint(*points[0]))
    for pt in points[1:]:
        QTest.mouseMove(pad, QPoint(*pt))
    QTest.mouseRelease(pad, Qt.LeftButton, Qt.NoModifier, QPoint(*points[-1]))


def test_signature_pad_strokes_are_normalised_and_undoable(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(560, 160)
    pad.show()
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad, [(20, 120), (80, 40), (140, 110), (200, 50)])
    draw(qtbot, pad, [(300, 80)])  # a dot
    strokes = pad.strokes()
    assert len(strokes) == 2 and len(strokes[0]) >= 4
    assert all(0.0 <= v <= 1.0 for s in strokes for pt in s for v in pt)
    assert strokes[0][0] == pytest.approx([20 / 560, 120 / 160], abs=1e-4)
    QTest.keyClick(pad, Qt.Key_Z, Qt.ControlModifier)
    assert len(pad.strokes()) == 1
    pad.clear()
    assert pad.is_empty()


def test_signature_pad_draws_with_a_finger(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(560, 160)
    pad.show()
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(10, 10)).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(100, 80)).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(250, 120)).commit()
    # One stroke: the accepted touch must not also arrive as synthesized mouse events.
    assert len(pad.strokes()) == 1 and len(pad.strokes()[0]) == 3


def test_signature_dialog_saves_strokes_that_print(qtbot, meeting, people_fixture, tmp_path):
    amarodin = people_fixture[0]
    checkin.check_in_person(meeting.id, amarodin.id, desk=DESK)
    dialog = SignatureDialog(meeting.id, amarodin.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.save_button.isEnabled()
    w, h = dialog.pad.width(), dialog.pad.height()
    draw(qtbot, dialog.pad, [(int(w * x), int(h * y)) for x, y in
                             ((0.1, 0.7), (0.2, 0.3), (0.3, 0.7), (0.4, 0.3), (0.5, 0.7))])
    draw(qtbot, dialog.pad, [(w + 40, h // 2), (w + 80, h + 30)])  # dragged past the edge: clamped
    QTest.keyClick(dialog.pad, Qt.Key_Return)  # Enter saves
    assert dialog.isHidden()
    stored = json.loads(attendance(meeting.id, amarodin.id).signature)
    assert len(stored) == 2 and all(0.0 <= v <= 1.0 for s in stored for pt in s for v in pt)
    pdf = render_daftar_hadir(meeting.id, tmp_path / "daftar-hadir.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000


def test_signature_dialog_escape_skips(qtbot, meeting, people_fixture):
    amarodin = people_fixture[0]
    checkin.check_in_person(meeting.id, amarodin.id, desk=DESK)
    dialog = SignatureDialog(meeting.id, amarodin.id)
    qtbot.addWidget(dialog)
    dialog.show()
    draw(qtbot, dialog.pad, [(30, 30), (90, 60)])
    QTest.keyClick(dialog.pad, Qt.Key_Escape)
    assert dialog.isHidden() and attendance(meeting.id, amarodin.id).signature is None


def test_desk_dialogs_speak_english_when_chosen(qtbot, qapp, meeting, people_fixture):
    from kpu_rakor.ui import i18n
    translator = i18n.install(qapp, "en")
    try:
        status = StatusDialog(meeting.id, people_fixture[0].id, DESK)
        qtbot.addWidget(status)
        assert status.radios[models.ATT_DIWAKILI].text() == "Re&presented"
        walk_in = WalkInDialog(meeting.id, DESK)
        qtbot.addWidget(walk_in)
        assert walk_in.save_button.text() == "&Save and check in"
        pad = SignaturePad()
        qtbot.addWidget(pad)
        assert pad.accessibleName() == "Signature pad"
    finally:
        qapp.removeTranslator(translator)
