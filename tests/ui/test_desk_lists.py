"""The desk's counts and lists as the committee reads them: walk-ins apart from the invited, who has not
arrived yet with phone numbers and Salin for WhatsApp (desk and Kehadiran tab), the last scans in scan order."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kpu_rakor.domain.services import checkin, desk, people, qr

from ui_helpers import quiet_desk


def scan(widget, code: str) -> None:
    """What a USB scanner does: the whole code at once, then Enter, into whatever has the focus."""
    QTest.keyClicks(widget, code, Qt.NoModifier, 0)
    QTest.keyClick(widget, Qt.Key_Return, Qt.NoModifier, 0)


@pytest.fixture
def page(qtbot, rakor, people_fixture):
    people.update(people_fixture[1].id, phone="0812 3456 7890")
    people.update(people_fixture[2].id, phone="0857-1111-2222")
    return quiet_desk(qtbot)


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def shown_rows(view) -> list[tuple[str, str]]:
    m = view.model()
    return [(m.index(r, 0).data(), m.index(r, 1).data()) for r in range(m.rowCount())]


def test_counts_read_invited_present_late_not_yet_and_walk_ins(qtbot, page, rakor, people_fixture):
    from kpu_rakor.ui.checkin.counts_bar import CountsBar
    captions = [label.text() for label in page.counts_bar.findChildren(type(page.late_label))]
    for caption in ("Diundang", "Hadir", "Terlambat", "Belum hadir", "Tanpa undangan"):
        assert caption in captions
    outsider = people.create(name="Ir. Budi Santoso", position="Wartawan")  # in the directory, not invited
    scan(page.code_field, qr.person_code(outsider.id))
    assert "Tidak ada di daftar undangan" in page.result_panel.note.text()
    scan(page.code_field, qr.invitation_code(rakor.id, people_fixture[0].id))
    qtbot.waitUntil(lambda: page.counts_bar.value("present") == 2, timeout=2000)
    assert {k: page.counts_bar.value(k) for k in CountsBar.KEYS} == {
        "invited": 3, "present": 2, "terlambat": 0, "belum_hadir": 2, "walk_ins": 1, "excused": 0}


def test_belum_hadir_tab_lists_names_and_phones_and_salin_copies_them(qtbot, page, rakor, people_fixture):
    tabs = page.lists
    assert tabs.tabText(1) == "&Belum hadir (3)"
    click_tab(qtbot, tabs, 1)
    # By name, titles aside (as the directory sorts): Gogot, (Much.) Amarodin, (Dr. H.) Rochani.
    assert shown_rows(page.not_arrived.view) == [("Gogot Cahyo Baskoro", "0857-1111-2222"),
                                                 ("Much. Amarodin", "—"),
                                                 ("Dr. H. Rochani, S.Pd., M.Si.", "0812 3456 7890")]
    scan(page.name_search.box, qr.invitation_code(rakor.id, people_fixture[1].id))
    qtbot.waitUntil(lambda: tabs.tabText(1) == "&Belum hadir (2)", timeout=2000)
    assert [r[0] for r in shown_rows(page.not_arrived.view)] == ["Gogot Cahyo Baskoro", "Much. Amarodin"]
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(page.not_arrived.copy_button, Qt.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith(f"*Belum hadir — {rakor.title}* (2 orang, per ")
    assert lines[1:] == ["1. Gogot Cahyo Baskoro — 0857-1111-2222", "2. Much. Amarodin"]
    assert page.not_arrived.status.text() == "Tersalin: 2 orang, tempel di WhatsApp"
    # Another desk checks the rest in: the list empties within the poll, and Salin has nothing to copy.
    for p in (people_fixture[0], people_fixture[2]):
        checkin.check_in_person(rakor.id, p.id, desk="Meja 2")
    qtbot.waitUntil(lambda: page.not_arrived.model.rowCount() == 0, timeout=3000)
    assert tabs.tabText(1) == "&Belum hadir (0)" and not page.not_arrived.copy_button.isEnabled()


def test_kehadiran_tab_has_the_same_list_and_salin(qtbot, rakor, people_fixture):
    from kpu_rakor.ui.attendance.attendance_tab import AttendanceTab
    people.update(people_fixture[2].id, phone="0857-1111-2222")
    checkin.check_in_person(rakor.id, people_fixture[0].id, desk="Meja 1")
    tab = AttendanceTab()
    qtbot.addWidget(tab)
    tab.set_meeting(rakor.id)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.not_arrived.title.text() == "Belum hadir: 2 orang"
    assert shown_rows(tab.not_arrived.view) == [("Gogot Cahyo Baskoro", "0857-1111-2222"),
                                                ("Dr. H. Rochani, S.Pd., M.Si.", "—")]
    qtbot.mouseClick(tab.not_arrived.copy_button, Qt.LeftButton)
    assert QGuiApplication.clipboard().text().splitlines()[1:] == [
        "1. Gogot Cahyo Baskoro — 0857-1111-2222", "2. Dr. H. Rochani, S.Pd., M.Si."]


def test_last_scans_newest_first_by_scan_time_also_after_another_desks_change(qtbot, page, rakor, people_fixture):
    amarodin, rochani, gogot = people_fixture
    for p in (amarodin, rochani):
        scan(page.code_field, qr.invitation_code(rakor.id, p.id))
        QTest.qWait(20)  # two arrivals, a moment apart
    qtbot.waitUntil(lambda: len(page.recent_model.rows) == 2, timeout=2000)
    assert [r.name for r in page.recent_model.rows] == [rochani.name, amarodin.name]
    # Another desk: a signature for the earlier arrival, then a new scan; the poll brings both in.
    desk.save_signature(rakor.id, amarodin.id, [[[0.1, 0.2], [0.4, 0.3]]])
    checkin.check_in_person(rakor.id, gogot.id, desk="Meja 2")
    qtbot.waitUntil(lambda: len(page.recent_model.rows) == 3, timeout=3000)
    assert [r.name for r in page.recent_model.rows] == [gogot.name, rochani.name, amarodin.name]
    assert [r.desk for r in page.recent_model.rows] == ["Meja 2", "Meja 1", "Meja 1"]
