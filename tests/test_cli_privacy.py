"""`person delete|anonymize|export`, `audit list`, `retention preview|apply` through main(argv)."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, time

import pytest

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.models import Person
from kpu_rakor.domain.services import checkin, installation, meetings, people

ODD = "Łukasz <Tamu> & Co"


@pytest.fixture
def ids(sqlite_url):
    """An old meeting (2021) with a guest who came and a staff member only invited."""
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    guest = people.create(name=ODD, phone="081298765432", is_guest=True)
    staff = people.create(name="Budi Santoso", position="Staf")
    m = meetings.create(title="Rakor Penguatan Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0))
    meetings.invite(m.id, [guest.id, staff.id])
    checkin.check_in_person(m.id, guest.id)
    dbmod.close_database()
    return m.id, guest.id, staff.id


def _person(sqlite_url, pid):
    dbmod.open_database(sqlite_url)
    try:
        return Person.get_or_none(Person.id == pid)
    finally:
        dbmod.close_database()


def test_person_export_json_csv_and_file(run, ids, tmp_path):
    _m, guest, _s = ids
    code, out, _ = run("person", "export", guest)
    assert code == 0 and json.loads(out)["person"]["name"] == ODD
    code, out, _ = run("person", "export", guest, "--format", "csv")
    assert code == 0 and ["person", "1", "phone", "081298765432"] in list(csv.reader(io.StringIO(out)))
    code, out, _ = run("person", "export", guest, "-o", tmp_path / "data.json")
    assert code == 0 and json.loads((tmp_path / "data.json").read_text(encoding="utf-8"))["attendance"]
    code, _, err = run("person", "export", guest, "-o", tmp_path / "tidak-ada" / "x.json")
    assert code == 1 and "tidak ada" in err


def test_person_delete_needs_yes_and_says_what_happened(run, ids, sqlite_url):
    _m, guest, staff = ids
    code, _, err = run("person", "delete", staff)
    assert code == 1 and "--yes" in err and _person(sqlite_url, staff) is not None
    code, out, _ = run("person", "delete", staff, "--yes")
    assert code == 0 and "dihapus" in out and _person(sqlite_url, staff) is None
    code, out, _ = run("person", "delete", guest, "--yes", "--reason", "permintaan")
    assert code == 0 and "dianonimkan" in out and "kehadiran 1" in out
    assert _person(sqlite_url, guest).name == f"Peserta terhapus #{guest}"
    code, _, err = run("person", "delete", 999, "--yes")
    assert code == 1 and "999" in err


def test_person_anonymize_and_audit_list(run, ids):
    m, guest, _s = ids
    code, out, _ = run("person", "anonymize", guest)
    assert code == 0 and f"Peserta terhapus #{guest}" in out
    code, _, err = run("person", "anonymize", guest)
    assert code == 1 and "sudah dianonimkan" in err
    code, out, _ = run("audit", "list", "--person", guest)
    assert code == 0 and "Anonimkan orang #" in out and "Łukasz" not in out
    code, out, _ = run("audit", "list", "--meeting", m, "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0][0] == "Waktu" and {r[3] for r in rows[1:]} == {"Tambah", "Undang"}
    assert all(r[0].endswith("WIB") for r in rows[1:])


def test_retention_preview_and_apply(run, ids, sqlite_url):
    _m, guest, staff = ids
    code, out, _ = run("retention", "preview", "--months", 12)
    assert code == 0 and ODD in out and "Rabu, 07 April 2021" in out and "Budi" not in out
    code, _, err = run("retention", "apply", "--months", 12)
    assert code == 1 and _person(sqlite_url, guest).name == ODD
    code, out, _ = run("retention", "apply", "--months", 12, "--yes")
    assert code == 0 and out.startswith("1 orang dianonimkan")
    assert _person(sqlite_url, guest).anonymised_at is not None
    code, _, err = run("retention", "preview", "--months", 0)
    assert code == 2
