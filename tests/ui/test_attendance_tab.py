"""The meeting's Kehadiran tab: luring and daring rows together, phone guests to review, Konfirmasi and
Gabungkan, driven like a user on a real database."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kpu_rakor.domain.models import CHANNEL_DARING, METHOD_QR, METHOD_ZOOM, Attendance, Person
from kpu_rakor.domain.services import attendance_review, checkin, desk, people, phone_signin
from kpu_rakor.ui.attendance import attendance_model as cols
from kpu_rakor.ui.attendance.attendance_tab import AttendanceTab
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor
from kpu_rakor.ui.attendance.merge_guest_dialog import PersonPickDialog

STROKES = [[[0.1, 0.5], [0.3, 0.4], [0.6, 0.6]]]


def open_tab(qtbot, meeting_id) -> AttendanceTab:
    tab = AttendanceTab()
    qtbot.addWidget(tab)
    tab.set_meeting(meeting_id)
    tab.resize(1300, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def cells(tab, name: str) -> dict[str, str]:
    """The row shown for `name`, column name -> text."""
    proxy = tab.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, cols.NAME).data() == name:
            return {c: proxy.index(r, i).data() for i, c in enumerate(cols.COLUMNS)}
    raise AssertionError(f"{name} not in the table: {[proxy.index(r, 0).data() for r in range(proxy.rowCount())]}")


def select(qtbot, tab, name: str) -> None:
    proxy = tab.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, cols.NAME).data() == name:
            index = proxy.index(r, cols.NAME)
            tab.view.scrollTo(index)
            qtbot.mouseClick(tab.view.viewport(), Qt.LeftButton, pos=tab.view.visualRect(index).center())
            assert tab.current_line().name == name
            return
    raise AssertionError(name)


def mixed_attendance(meeting, people_fixture):
    amarodin, rochani, gogot = people_fixture
    checkin.check_in_person(meeting.id, amarodin.id, method=METHOD_QR)
    desk.save_signature(meeting.id, amarodin.id, STROKES)
    checkin.check_in_person(meeting.id, gogot.id, method=METHOD_ZOOM, channel=CHANNEL_DARING, online_minutes=95)
    phone_signin.sign_in(meeting.id, name="Rina Wati", signature=STROKES, device="Pq4r" + "c" * 18)


def test_both_channels_with_marks_and_minutes_and_a_phone_guest_to_review(qtbot, rakor, people_fixture):
    amarodin, rochani, gogot = people_fixture
    mixed_attendance(rakor, people_fixture)
    tab = open_tab(qtbot, rakor.id)

    assert tab.model.rowCount() == 3
    hall = cells(tab, "Much. Amarodin")
    assert (hall["channel"], hall["method"], hall["signed"], hall["minutes"]) == ("Luring", "Kode QR", "✓", "")
    assert hall["status"] == "Hadir" and hall["time"].endswith(" WIB")
    online = cells(tab, "Gogot Cahyo Baskoro")
    assert (online["channel"], online["method"], online["minutes"], online["signed"]) == (
        "Daring", "Laporan Zoom", "95", "")
    guest = cells(tab, "Rina Wati")
    assert (guest["channel"], guest["method"], guest["signed"]) == ("Luring", "HP (LAN) · HP PQ4R", "✓")
    assert guest["status"] == "Hadir · perlu ditinjau"
    assert guest["note"] == phone_signin.GUEST_NOTE
    assert tab.proxy.index(0, cols.NAME).data() == "Rina Wati"  # rows to review come first
    assert tab.proxy.index(0, cols.NAME).data(Qt.BackgroundRole) is not None
    assert tab.review_label.isVisible() and tab.review_label.text().startswith("⚠ 1 orang perlu ditinjau")
    assert tab.count_label.text() == "3 orang tercatat · 2 luring · 1 daring"

    # Sorting by a column and the "review only" filter.
    tab.view.sortByColumn(cols.MINUTES, Qt.DescendingOrder)
    assert tab.proxy.index(0, cols.NAME).data() == "Gogot Cahyo Baskoro"
    qtbot.mouseClick(tab.review_only, Qt.LeftButton)
    assert tab.proxy.rowCount() == 1
    qtbot.mouseClick(tab.review_only, Qt.LeftButton)
    assert tab.proxy.rowCount() == 3


def test_konfirmasi_clears_the_review_mark(qtbot, rakor, people_fixture, message_log):
    mixed_attendance(rakor, people_fixture)
    tab = open_tab(qtbot, rakor.id)
    select(qtbot, tab, "Much. Amarodin")
    assert not tab.confirm_button.isEnabled() and not tab.merge_button.isEnabled()
    select(qtbot, tab, "Rina Wati")
    assert tab.confirm_button.isEnabled() and tab.merge_button.isEnabled()
    assert "konfirmasi atau gabungkan" in tab.selection_label.text()

    qtbot.mouseClick(tab.confirm_button, Qt.LeftButton)

    assert attendance_review.review_count(rakor.id) == 0
    assert cells(tab, "Rina Wati")["status"] == "Hadir"
    assert cells(tab, "Rina Wati")["note"] == ""
    assert not tab.review_label.isVisible()
    assert not Person.get(Person.name == "Rina Wati").is_guest  # now in the directory
    assert tab.current_line().name == "Rina Wati" and not tab.confirm_button.isEnabled()
    assert message_log.shown == []


def test_gabungkan_merges_the_guest_into_a_directory_person(qtbot, rakor, people_fixture, office, message_log,
                                                           monkeypatch):
    siti = people.create(name="Siti Aminah, S.E.", position="Bendahara", satker_id=office.id)  # not invited
    phone_signin.sign_in(rakor.id, name="Siti Aminah", phone="0812 3456 789", signature=STROKES)
    guest = Person.get((Person.name == "Siti Aminah") & (Person.is_guest == True))  # noqa: E712
    tab = open_tab(qtbot, rakor.id)
    select(qtbot, tab, "Siti Aminah")
    offered = []

    def pick(dialog):
        # The search starts with the guest's name and never offers the guest itself: Enter takes the match.
        offered.extend(dialog.finder.model.item(r).data(Qt.UserRole) for r in range(dialog.finder.model.rowCount()))
        qtbot.keyClick(dialog.finder.search_box, Qt.Key_Return)
        return dialog.result()

    monkeypatch.setattr(PersonPickDialog, "exec", pick)
    qtbot.keyClick(tab.merge_button, Qt.Key_Space)

    assert offered == [siti.id]
    assert message_log.shown[0][0] == "confirm" and "Siti Aminah, S.E." in message_log.shown[0][1]
    rows = list(Attendance.select().where(Attendance.meeting == rakor.id))
    assert [(a.person_id, a.needs_review, a.signature is not None) for a in rows] == [(siti.id, False, True)]
    assert Person.get_or_none(Person.id == guest.id) is None
    line = cells(tab, "Siti Aminah, S.E.")
    assert (line["status"], line["signed"], line["place"]) == ("Hadir", "✓", "Bendahara · KPU Kabupaten Tulungagung")
    assert tab.current_line().person_id == siti.id
    assert not tab.review_label.isVisible()


def test_gabungkan_refused_answer_changes_nothing(qtbot, rakor, people_fixture, office, message_log, monkeypatch):
    people.create(name="Siti Aminah", satker_id=office.id)
    phone_signin.sign_in(rakor.id, name="Siti Aminah")
    tab = open_tab(qtbot, rakor.id)
    select(qtbot, tab, "Siti Aminah")
    monkeypatch.setattr(PersonPickDialog, "exec", lambda d: (d.finder.search_box.flush(), d._choose_current(),
                                                            d.result())[-1])
    message_log.answer = False  # "Batal" at the question
    tab.merge_selected()
    assert attendance_review.review_count(rakor.id) == 1
    assert tab.current_line().is_guest


def test_the_table_follows_new_check_ins_by_itself(qtbot, rakor, people_fixture):
    tab = open_tab(qtbot, rakor.id)
    assert tab.model.rowCount() == 0 and tab.count_label.text().startswith("0 orang")
    checkin.check_in_person(rakor.id, people_fixture[1].id, method=METHOD_QR)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)  # the 2-second poll, no click
    assert cells(tab, "Dr. H. Rochani, S.Pd., M.Si.")["method"] == "Kode QR"
    phone_signin.sign_in(rakor.id, name="Rina Wati")
    qtbot.keyClick(tab.view, Qt.Key_F5)
    assert tab.model.rowCount() == 2


def test_editor_has_the_tab_and_a_new_meeting_takes_attendance_at_once(qtbot, rakor, people_fixture):
    phone_signin.sign_in(rakor.id, name="Rina Wati")
    editor = MeetingEditor(rakor.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.attendance)
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "&5 Kehadiran"
    assert editor.attendance.model.rowCount() == 1 and editor.attendance.review_label.isVisible()
    editor.close()
    assert not editor.isVisible()

    new = MeetingEditor()  # made when its window opens (issue 13): attendance can be taken at once
    qtbot.addWidget(new)
    new.show()
    new.tabs.setCurrentWidget(new.attendance)
    assert not new.attendance.unsaved_hint.isVisible()
    assert new.attendance.phone_button.isEnabled()
    new.close()


def test_one_phone_signing_in_three_people_is_flagged_on_every_row(qtbot, rakor, people_fixture):
    """Titip absen: the three rows of one phone are yellow, say "1 perangkat, 3 orang" and carry the phone's
    tag; a second phone's one person is not flagged."""
    for name in ("Rina Wati", "Budi Hartono", "Dewi Lestari"):
        phone_signin.sign_in(rakor.id, name=name, signature=STROKES, device="Xq7z" + "a" * 18)
    phone_signin.sign_in(rakor.id, name="Eko Saputra", signature=STROKES, device="Mn3p" + "b" * 18)
    tab = open_tab(qtbot, rakor.id)
    for name in ("Rina Wati", "Budi Hartono", "Dewi Lestari"):
        row = cells(tab, name)
        assert row["method"] == "HP (LAN) · HP XQ7Z" and row["signed"] == "✓"
        assert row["note"].startswith("1 perangkat, 3 orang") and "perlu ditinjau" in row["status"]
    assert "perangkat yang sama dengan Rina Wati" in cells(tab, "Budi Hartono")["note"]
    eko = cells(tab, "Eko Saputra")
    assert eko["method"] == "HP (LAN) · HP MN3P" and "1 perangkat" not in eko["note"]
    proxy = tab.proxy
    r = next(i for i in range(proxy.rowCount()) if proxy.index(i, cols.NAME).data() == "Budi Hartono")
    assert proxy.index(r, cols.NAME).data(Qt.BackgroundRole) is not None  # the review colour
    assert proxy.index(r, cols.METHOD).data(Qt.ToolTipRole) == "HP (LAN), tanda tangan, perangkat XQ7Z"
