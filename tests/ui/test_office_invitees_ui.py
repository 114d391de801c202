"""Issue 11 on screen: the Direktori and the invitee picker filter by level, province and institution; the
Undangan tab invites whole offices (a province's kab/kota in one go), shows who filled each office row, and
saves and reuses invitee groups."""
from __future__ import annotations

import os
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from kpu_rakor.domain.models import KIND_KPU, LEVEL_KABKOTA, OfficeInvitation
from kpu_rakor.domain.services import checkin, invitee_groups, meetings, office_invitations, people, satker
from kpu_rakor.ui.directory.directory_page import DirectoryPage
from kpu_rakor.ui.meeting import invitee_groups_dialog, office_invite_dialog
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor

SHOTS = os.environ.get("KPU_RAKOR_SHOTS", "")  # a folder: save what the screens look like at 1366×768


def _shot(widget, name):
    if SHOTS:
        widget.resize(1366, 768)
        widget.grab().save(os.path.join(SHOTS, f"offices-{name}.png"))


@pytest.fixture
def spread(office):
    """People in Tulungagung (Jatim), Kabupaten Blitar (Jatim), KPU Provinsi Jawa Timur and Kota Bandung
    (Jabar), and a Bawaslu officer of Tulungagung."""
    blitar, jatim, bandung = (satker.by_region_code(c) for c in ("35.05", "35", "32.73"))
    bawaslu = satker.add_institution("Bawaslu Kabupaten Tulungagung", kind="bawaslu", city="Tulungagung")
    return {
        "rochani": people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua", satker_id=office.id),
        "hadi": people.create(name="Hadi Santoso", position="Ketua", satker_id=blitar.id),
        "yani": people.create(name="Yani Wulandari", position="Sekretaris", satker_id=blitar.id),
        "choirul": people.create(name="Choirul Anam", position="Ketua", satker_id=jatim.id),
        "asep": people.create(name="Asep Sunandar", position="Anggota", satker_id=bandung.id),
        "mukhlis": people.create(name="Imam Mukhlis", position="Ketua", satker_id=bawaslu.id),
    }


def _names(model) -> set[str]:
    return {model.data(model.index(r, 0)) for r in range(model.rowCount())}


def test_directory_filters_by_level_province_and_institution(qtbot, spread):
    page = DirectoryPage()
    qtbot.addWidget(page)
    page.show()
    jatim = satker.by_region_code("35")
    page.filters.set_values(province_id=jatim.id)
    assert _names(page.model) == {"Dr. H. Rochani, S.Pd., M.Si.", "Hadi Santoso", "Yani Wulandari", "Choirul Anam"}
    page.filters.set_values(level=LEVEL_KABKOTA, province_id=jatim.id)
    assert "Choirul Anam" not in _names(page.model) and "Hadi Santoso" in _names(page.model)
    page.filters.set_values(kind="bawaslu")
    assert _names(page.model) == {"Imam Mukhlis"}
    assert page.count_label.text() == "1 orang"
    page.filters.set_values(level=LEVEL_KABKOTA, province_id=jatim.id)
    _shot(page, "direktori")
    # Search finds the office and the position too, not only the name.
    page.filters.set_values()
    page.search_box.setText("blitar ketua")
    page.search_box.flush()
    assert _names(page.model) == {"Hadi Santoso"}


def test_invitee_picker_uses_the_filters(qtbot, spread):
    editor = MeetingEditor(None)
    qtbot.addWidget(editor)
    tab = editor.invitees
    tab.filters.set_values(province_id=satker.by_region_code("32").id)
    assert _names(tab.finder.model) == {"Asep Sunandar — Anggota, KPU Kota Bandung"}
    tab.finder.search_box.setText("bawaslu")
    tab.filters.set_values()
    assert [i.split(" — ")[0] for i in _names(tab.finder.model)] == ["Imam Mukhlis"]


def _pick_province(monkeypatch, code: str, line: str):
    """The office dialog as a user fills it: Kab/Kota, KPU, the province, "Pilih semua", the position line."""
    def exec_(dialog):
        dialog.filters.set_values(level=LEVEL_KABKOTA, province_id=satker.by_region_code(code).id, kind=KIND_KPU)
        dialog.all_button.click()
        dialog.position_combo.setCurrentText(line)
        assert dialog.preview.text() == f"{line} KPU Kabupaten/Kota se-Jawa Timur"  # as the undangan prints it
        return True
    monkeypatch.setattr(office_invite_dialog.OfficeInviteDialog, "exec", exec_)


def test_inviting_a_province_on_the_tab_saves_one_row_per_kabkota_and_shows_who_filled(
        qtbot, spread, monkeypatch):
    m = meetings.create(title="Rakor Bakohumas", date=date.today(), start_time=time(9, 0))
    meetings.invite(m.id, [spread["rochani"].id])
    editor = MeetingEditor(m.id)
    qtbot.addWidget(editor)
    tab = editor.invitees
    _pick_province(monkeypatch, "35", "Ketua")
    tab.offices.invite_button.click()
    assert tab.offices.model.rowCount() == 38
    assert tab.offices.count_label.text() == "38 kantor diundang, 0 sudah terisi"
    # Stored as picked, like the people (issue 13): no Simpan.
    qtbot.waitUntil(lambda: OfficeInvitation.select().where(OfficeInvitation.meeting == m.id).count() == 38,
                    timeout=1000)

    checkin.check_in_person(m.id, spread["hadi"].id, desk="Meja 1")
    editor = MeetingEditor(m.id)
    qtbot.addWidget(editor)
    editor.tabs.setCurrentWidget(editor.invitees)
    editor.show()
    texts = _names(editor.invitees.offices.model)
    assert "Ketua KPU Kabupaten Blitar — diisi: Hadi Santoso" in texts
    assert "Ketua KPU Kabupaten Tulungagung" in texts
    assert editor.invitees.offices.count_label.text() == "38 kantor diundang, 1 sudah terisi"
    _shot(editor, "undangan")


def test_groups_are_saved_from_one_meeting_and_invited_to_another(qtbot, spread, monkeypatch, message_log):
    first = meetings.create(title="Rakor Bakohumas I", date=date(2026, 12, 2), start_time=time(9, 0))
    meetings.invite(first.id, [spread["rochani"].id, spread["mukhlis"].id])
    office_invitations.invite(first.id, [satker.by_region_code("35.05").id], "Ketua")
    editor = MeetingEditor(first.id)
    qtbot.addWidget(editor)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Anggota Bakohumas Jatim", True))
    editor.invitees.offices.save_group_button.click()
    assert "tersimpan: 2 orang, 1 kantor" in message_log.shown[-1][1]
    [g] = invitee_groups.listing()
    assert (g.name, g.people, g.offices) == ("Anggota Bakohumas Jatim", 2, 1)

    second = meetings.create(title="Rakor Bakohumas II", date=date(2026, 12, 9), start_time=time(9, 0))
    meetings.invite(second.id, [spread["rochani"].id])
    editor = MeetingEditor(second.id)
    qtbot.addWidget(editor)

    def exec_(dialog):
        assert dialog.model.item(0).text() == "Anggota Bakohumas Jatim (2 orang, 1 kantor)"
        dialog.accept()
        return True
    monkeypatch.setattr(invitee_groups_dialog.InviteeGroupsDialog, "exec", exec_)
    editor.invitees.offices.group_button.click()
    assert len(editor.invitees.person_ids()) == 2  # Rochani was already invited: one line, not two
    assert _names(editor.invitees.offices.model) == {"Ketua KPU Kabupaten Blitar"}
    editor.save()
    assert {p.name for p in meetings.invitees(second.id)} == {"Dr. H. Rochani, S.Pd., M.Si.", "Imam Mukhlis"}
    assert [o.text for o in office_invitations.lines(second.id)] == ["Ketua KPU Kabupaten Blitar"]


def test_group_dialog_renames_and_deletes(qtbot, spread, monkeypatch, message_log):
    g = invitee_groups.create("Divisi Sosdiklih", [spread["hadi"].id])
    dialog = invitee_groups_dialog.InviteeGroupsDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Divisi Sosdiklih se-Jatim", True))
    dialog.rename_button.click()
    assert invitee_groups.get(g.id).name == "Divisi Sosdiklih se-Jatim"
    assert dialog.model.item(0).data(Qt.UserRole + 1) == "Divisi Sosdiklih se-Jatim"
    dialog.delete_button.click()
    assert invitee_groups.listing() == [] and dialog.empty_label.isVisibleTo(dialog)


def test_desk_tiles_and_kehadiran_tab_count_an_office_once_and_show_it_filled(qtbot, rakor, people_fixture):
    """The desk's tiles: three people and the offices of Kabupaten Blitar and Kediri invited = 5; a Blitar officer
    signing in at another desk fills Blitar's row (5 invited, 4 still to come). The Kehadiran tab says how many
    offices are filled."""
    from kpu_rakor.ui.attendance.attendance_tab import AttendanceTab
    from ui_helpers import quiet_desk

    blitar = satker.by_region_code("35.05").id
    office_invitations.invite(rakor.id, [blitar, satker.by_region_code("35.06").id], "Ketua")
    hadi = people.create(name="Hadi Santoso", position="Ketua", satker_id=blitar)
    page = quiet_desk(qtbot, 1280, 720)
    assert page.counts_bar.value("invited") == 5
    checkin.check_in_person(rakor.id, hadi.id, desk="Meja 2")  # another desk
    qtbot.waitUntil(lambda: page.counts_bar.value("present") == 1, timeout=3000)
    assert (page.counts_bar.value("invited"), page.counts_bar.value("belum_hadir")) == (5, 4)
    tab = AttendanceTab()
    qtbot.addWidget(tab)
    tab.set_meeting(rakor.id)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.count_label.text() == "1 orang tercatat · 1 luring · 0 daring · 2 kantor diundang, 1 terisi"


def test_offices_picked_for_a_new_meeting_are_saved_with_it(qtbot, spread, monkeypatch):
    from kpu_rakor.domain.models import Meeting

    editor = MeetingEditor(None)
    qtbot.addWidget(editor)
    editor.form.title.selectAll()
    qtbot.keyClicks(editor.form.title, "Rakor Pemutakhiran Data Pemilih")
    _pick_province(monkeypatch, "35", "Operator")
    editor.invitees.offices.invite_button.click()
    assert not editor.invitees.offices.save_group_button.isHidden()
    editor.save()  # Ctrl+S: written now rather than within the second
    m = Meeting.get(Meeting.title == "Rakor Pemutakhiran Data Pemilih")
    assert invitation_letter_lines(m.id) == ["Operator KPU Kabupaten/Kota se-Jawa Timur"]


def invitation_letter_lines(meeting_id: int) -> list[str]:
    from kpu_rakor.domain.services import invitation_letter

    return [r.line for r in invitation_letter.build(meeting_id).recipients]
