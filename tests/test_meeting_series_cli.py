"""`meeting duplicate|next|template`, `checkin mark-present` and the status `meeting list` shows (issue 11)."""
from __future__ import annotations

from datetime import date, datetime, time

from kpu_rakor.domain.models import Attendance, Meeting
from kpu_rakor.domain.services import meetings, people
from kpu_rakor.domain.timefmt import to_local


def _rakor(**extra):
    m = meetings.create(title="Rakor Bakohumas", kind="rakor", date=date(2021, 4, 7), start_time=time(9, 0),
                        end_time=time(12, 0), **extra)
    meetings.set_agenda(m.id, [{"title": "Pembukaan", "start_time": time(9, 0), "end_time": time(9, 15)}])
    return m


def test_duplicate_and_next_print_the_new_number(office, run):
    m = _rakor()
    code, out, err = run("meeting", "duplicate", m.id, "--start", "2021-05-07 13:30")
    assert code == 0 and "Jumat, 07 Mei 2021, pukul 13.30 WIB" in err
    new = Meeting.get_by_id(int(out))
    assert to_local(new.starts_at, "WIB").replace(tzinfo=None) == datetime(2021, 5, 7, 13, 30)
    code, out, err = run("meeting", "next", m.id)
    assert code == 0 and "Rabu, 05 Mei 2021, pukul 09.00 WIB" in err
    code, out, err = run("meeting", "next", m.id, "--start", "besok")
    assert code == 2 and "2021-05-07 09:00" in err


def test_templates_from_the_command_line(office, run):
    m = _rakor()
    code, out, _ = run("meeting", "template", "list")
    assert code == 0 and "Laporan/Arahan" in out
    code, out, _ = run("meeting", "template", "save", "Rakor", "--from", m.id)
    assert code == 0 and "1 acara" in out
    other = meetings.create(title="Rakor Mei", kind="rakor", date=date(2021, 5, 5), start_time=time(10, 0))
    code, out, _ = run("meeting", "template", "apply", other.id)
    assert code == 0 and [a.title for a in meetings.agenda(other.id)] == ["Pembukaan"]
    code, _, err = run("meeting", "template", "apply", other.id)
    assert code == 1 and "--replace" in err
    assert run("meeting", "template", "apply", other.id, "--replace")[0] == 0


def test_mark_present_and_the_status_in_the_list(office, run):
    m = _rakor(our_role="participant")
    a = people.create(name="Endah Puspitasari", satker_id=office.id)
    b = people.create(name="Agus Prasetyo", satker_id=office.id)
    code, out, err = run("checkin", "mark-present", m.id, "--people", f"{a.id},{b.id}", "--channel", "daring")
    assert code == 0 and "2 orang ditandai hadir (daring)" in out
    row = Attendance.get(Attendance.person == a.id)
    assert row.checked_in_at == datetime(2021, 4, 7, 2, 0) and row.desk == "CLI"
    code, out, _ = run("checkin", "mark-present", m.id, "--people", str(a.id), "--channel", "daring")
    assert code == 0 and "0 orang" in out and "1 sudah tercatat" in out
    code, _, err = run("checkin", "mark-present", m.id, "--people", "x", "--channel", "daring")
    assert code == 2
    # The ordinary check-in still reads its meeting and code.
    assert run("checkin", m.id, "GARBAGE")[0] == 3
    code, out, _ = run("meeting", "list")
    assert " selesai " in out and "terjadwal" not in out  # April 2021 is over, whatever the stored status says
