"""kpu-rakor-cli end to end: in-process through main(argv), and as a real process to prove no traceback."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from kpu_rakor.cli.main import main
from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.models import Attendance, AuditLog
from kpu_rakor.domain.services import installation, meetings, people

CLI = Path(sys.executable).with_name("kpu-rakor-cli")


@pytest.fixture
def meeting(sqlite_url):
    """A meeting with two invitees, made through the services (the CLI then opens the same file)."""
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    a = people.create(name="Much. Amarodin", position="Anggota Divisi Sosdiklih Parmas dan SDM")
    b = people.create(name="Endah Puspitasari, S.Sos.", nip="198609262015052001", position="Kasubag Teknis")
    m = meetings.create(title="Rakor Penguatan Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0),
                        venue="Aula KPU Kabupaten Tulungagung")
    meetings.set_agenda(m.id, [{"title": "Pembukaan"}, {"title": "Optimalisasi Medsos"}])
    meetings.invite(m.id, [a.id, b.id])
    ids = (m.id, a.id, b.id)
    dbmod.close_database()
    return ids


def test_meeting_show_in_indonesian(run, meeting):
    code, out, err = run("meeting", "show", meeting[0])
    assert code == 0 and err == ""
    assert "Rabu, 07 April 2021" in out and "09.00 WIB s.d. selesai" in out
    assert "1. Pembukaan" in out and "Aula KPU Kabupaten Tulungagung" in out


def test_meeting_list_and_json(run, meeting):
    code, out, _ = run("meeting", "list")
    assert code == 0 and "Rakor Penguatan Bakohumas" in out and "07-04-2021" in out
    code, out, _ = run("meeting", "list", "--json")
    rows = json.loads(out)
    assert rows[0]["id"] == meeting[0] and rows[0]["starts_at"] == "2021-04-07T02:00:00Z"
    code, out, _ = run("meeting", "show", meeting[0], "--json")
    assert json.loads(out)["date_text"] == "Rabu, 07 April 2021"


def test_person_list_json_has_ids_and_names(run, meeting):
    code, out, _ = run("person", "list", "--json")
    assert code == 0
    assert {(p["id"], p["name"]) for p in json.loads(out)} >= {(meeting[1], "Much. Amarodin")}


def test_checkin_with_invitation_code_then_again_then_garbage(run, meeting):
    mid, pid, _ = meeting
    code, out, _ = run("qr", "invitation", mid, pid)
    qr_text = out.strip()
    assert code == 0 and len(qr_text) == 33
    code, out, _ = run("checkin", mid, qr_text, "--desk", "Meja 1")
    assert code == 0 and json.loads(out)["result"] == "checked_in"
    code, out, _ = run("checkin", mid, qr_text.lower())
    assert code == 0 and json.loads(out)["result"] == "already_checked_in"
    code, out, err = run("checkin", mid, "HELLO")
    assert code == 3 and json.loads(out)["reason"] == "garbage" and err.strip()


def test_qr_png(run, meeting, tmp_path):
    png = tmp_path / "kode.png"
    code, out, _ = run("qr", "meeting", meeting[0], "--png", png)
    assert code == 0 and out.strip().startswith("M")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_attendance_set_izin_and_diwakili(run, meeting, sqlite_url):
    mid, a, b = meeting
    code, out, _ = run("attendance", "set", mid, a, "--status", "izin", "--note", "Rapat di KPU Provinsi")
    assert code == 0 and "izin" in out
    code, _, err = run("attendance", "set", mid, b, "--status", "diwakili")
    assert code == 1 and "--delegate" in err
    code, _, err = run("attendance", "set", mid, b, "--status", "pergi")
    assert code == 2 and "pilihan 'pergi'" in err and len(err.strip().splitlines()) == 1
    dbmod.open_database(sqlite_url)
    assert Attendance.get(Attendance.person == a).status == "izin"
    dbmod.close_database()


def test_attendance_delegate_only_with_diwakili(run, meeting, sqlite_url):
    mid, a, b = meeting
    code, out, err = run("attendance", "set", mid, a, "--status", "izin", "--delegate", b)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "--delegate hanya untuk --status diwakili" in err
    dbmod.open_database(sqlite_url)
    assert not Attendance.select().where(Attendance.person == a).exists()  # nothing stored
    dbmod.close_database()


def test_delegate_with_a_degree_gets_one_full_stop(run, meeting, sqlite_url):
    mid, a, _ = meeting
    dbmod.open_database(sqlite_url)
    agus = people.create(name="Agus Prasetyo, S.H.", position="Kasubag Hukum")
    dbmod.close_database()
    code, out, _ = run("attendance", "set", mid, a, "--status", "diwakili", "--delegate", agus.id)
    assert code == 0, out
    assert out.strip().endswith("diwakili oleh Agus Prasetyo, S.H.") and ".." not in out


HUGE = "99999999999999999999999"


@pytest.mark.parametrize("args", [
    ["meeting", "show", HUGE], ["qr", "person", HUGE], ["checkin", HUGE, "X"],
    ["pdf", "attendance", HUGE, "-o", "x.pdf"], ["attendance", "set", "3", HUGE, "--status", "izin"],
    ["meeting", "export", "2147483648"], ["qr", "invitation", "1", "9" * 5000],
])
def test_huge_ids_are_a_usage_error(run, meeting, args):
    code, out, err = run(*args)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "terlalu besar; paling besar 2147483647" in err and "Traceback" not in err


def test_export_to_a_missing_folder_names_the_given_path(run, meeting, tmp_path):
    target = tmp_path / "tidak-ada" / "x.json"
    code, out, err = run("meeting", "export", meeting[0], "-o", target)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert str(target) in err and ".rakor-" not in err


@pytest.mark.parametrize("change,field", [
    ({"starts_at": "9999-12-31T23:30:00Z"}, "meeting.starts_at"),
    ({"starts_at": "0001-01-01T00:30+07:00"}, "meeting.starts_at"),
    ({"late_threshold_minutes": 10**20}, "meeting.late_threshold_minutes"),
    ({"venue": "Aula\u0000"}, "meeting.venue"),
    ({"venue": "Aula \ud800"}, "meeting.venue"),
])
def test_import_refuses_values_that_would_break_the_lists(run, meeting, tmp_path, change, field):
    path = tmp_path / "rapat.json"
    m = {"title": "Rakor", "starts_at": "2021-04-07T02:00:00Z", **change}
    # Written by hand, as a file would hold them: \u0000 and \ud800 as JSON escapes.
    text = json.dumps({"format": "kpu-rakor-meeting", "version": 1, "meeting": m}).replace("\\\\u", "\\u")
    path.write_text(text, encoding="utf-8")
    code, out, err = run("meeting", "import", path)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith(f'Kolom "{field}"')
    code, out, _ = run("meeting", "list")
    assert code == 0 and out.count("Rakor") == 1  # only the fixture's meeting; the lists still work
    assert run("meeting", "show", meeting[0])[0] == 0


def test_export_import_round_trip(run, meeting, tmp_path, sqlite_url):
    path = tmp_path / "rapat.json"
    code, _, err = run("meeting", "export", meeting[0], "-o", path)
    assert code == 0 and str(path) in err
    code, out, _ = run("meeting", "import", path)
    new_id = int(out.strip())
    assert code == 0 and new_id != meeting[0]
    _, first, _ = run("meeting", "export", meeting[0])
    _, second, _ = run("meeting", "export", new_id)
    strip = lambda t: {k: v for k, v in json.loads(t).items() if k != "exported_at"}  # noqa: E731
    assert strip(first) == strip(second)
    dbmod.open_database(sqlite_url)
    assert AuditLog.select().where(AuditLog.action == "export", AuditLog.personal_data == True).count() == 3  # noqa: E712
    dbmod.close_database()


def test_import_errors_are_one_line(run, meeting, tmp_path):
    bad = tmp_path / "rapat.json"
    bad.write_text(json.dumps({"format": "kpu-rakor-meeting", "version": 1,
                               "meeting": {"title": "X", "starts_at": "2021-04-07T02:00:00Z"},
                               "agenda": [{"title": "A"}, {"title": "B"}, {"title": ""}]}), encoding="utf-8")
    code, out, err = run("meeting", "import", bad)
    assert code == 1 and out == "" and err.strip() == 'Kolom "agenda[2].title" kosong.'


def test_person_import_reports_skipped_lines(run, sqlite_url, tmp_path):
    csv_path = tmp_path / "orang.csv"
    csv_path.write_bytes("Nama;NIP;Jabatan\nSatu;;staf\nDua;123;staf\n".encode("cp1252"))
    code, out, _ = run("person", "import", csv_path)
    assert code == 0 and "1 orang ditambahkan" in out and "Baris 3" in out


def test_person_import_reports_values_too_long_to_keep(run, sqlite_url, tmp_path):
    csv_path = tmp_path / "orang.csv"
    csv_path.write_text("Nama;No HP;Email\nSatu;0812;satu@x.id\nDua;" + "0" * 31 + ";dua@x.id\n",
                        encoding="utf-8")
    code, out, _ = run("person", "import", csv_path)
    assert code == 0 and "2 orang ditambahkan" in out
    assert "1 isian tidak disimpan" in out and "Baris 3: nomor HP terlalu panjang (31 huruf; paling banyak 30)" in out


def test_demo_command_twice(run):
    code, out, _ = run("demo")
    assert code == 0 and "Data demo dimuat" in out
    code, out, _ = run("demo")
    assert code == 0 and "sudah dimuat" in out
    code, out, _ = run("meeting", "list")
    assert out.count("\n") >= 14


def test_pdf_attendance(run, meeting, tmp_path):
    pytest.importorskip("kpu_rakor.reports.daftar_hadir")
    pdf = tmp_path / "daftar-hadir.pdf"
    code, out, err = run("pdf", "attendance", meeting[0], "-o", pdf, "--paper", "f4")
    assert code == 0, err
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_help_is_indonesian(run):
    code, out, _ = run("--help")
    assert code == 0 and "Penggunaan:" in out and "tampilkan bantuan" in out


def test_unexpected_error_is_logged_not_shown(run, meeting, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    from kpu_rakor.domain.services import meetings as service

    def boom(*a, **k):
        raise RuntimeError("rusak di dalam")
    monkeypatch.setattr(service, "listing", boom)
    code, out, err = run("meeting", "list")
    assert code == 70 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    log = next((tmp_path / "data").rglob("kpu-rakor-cli.log"))
    assert log.parent.name == "logs" and str(log) in err  # <app-data>/logs/kpu-rakor-cli.log, named to the user
    assert "RuntimeError: rusak di dalam" in log.read_text(encoding="utf-8")


def test_disk_full_is_one_sentence(run, meeting, monkeypatch, tmp_path):
    import errno
    from kpu_rakor.domain.services import transfer

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x.json"))
    monkeypatch.setattr(transfer, "write_export", full)
    code, _, err = run("meeting", "export", meeting[0], "-o", tmp_path / "x.json")
    assert code == 4 and err.startswith("Disk penuh:")


@pytest.mark.parametrize("args,exit_code,words", [
    (["meeting", "show", "999"], 1, "tidak ditemukan"),
    (["checkin", "1", "GARBAGE"], 3, "Bukan kode KPU Rakor"),
    (["meeting", "import", "/tidak/ada.json"], 1, "tidak ditemukan"),
    (["meeting", "import", "{broken}"], 1, "bukan JSON"),
    (["frobnicate"], 2, "tidak dikenal"),
    (["meeting", "show", "99999999999999999999999"], 2, "terlalu besar"),
])
def test_real_process_never_prints_a_traceback(meeting, sqlite_url, tmp_path, args, exit_code, words):
    if not CLI.exists():
        pytest.skip("kpu-rakor-cli belum terpasang di venv ini")
    if args[-1] == "{broken}":
        broken = tmp_path / "rusak.json"
        broken.write_text('{"format": "kpu-rakor-meeting", ', encoding="utf-8")
        args = [*args[:-1], str(broken)]
    env = {**os.environ, "KPU_RAKOR_DB": sqlite_url, "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.run([str(CLI), *args], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == exit_code
    assert "Traceback" not in proc.stderr and words in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_satker_add_then_list_finds_the_institution(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'satker.db'}"
    assert main(["--db", url, "satker", "add", "Bawaslu Kabupaten Tulungagung", "--kind", "bawaslu",
                 "--city", "Tulungagung"]) == 0
    assert "Instansi tersimpan" in capsys.readouterr().out
    assert main(["--db", url, "satker", "list", "bawaslu", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["Bawaslu Kabupaten Tulungagung"] and rows[0]["kind"] == "bawaslu"
    assert main(["--db", url, "satker", "list", "tulungagung"]) == 0
    out = capsys.readouterr().out
    assert "KPU Kabupaten Tulungagung" in out and "Bawaslu Kabupaten Tulungagung" in out


ZOOM = Path(__file__).parent / "data" / "zoom"


def test_zoom_import_dry_run_then_import_then_again(run, meeting):
    code, out, _ = run("zoom", "import", meeting[0], ZOOM / "portal_old.csv", "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and (data["rows"], data["participants"], data["matched"], data["ignored"]) == (4, 3, 1, 1)
    assert [i["names"] for i in data["list"]][0] == ["KPU Kab Tulungagung_Much. Amarodin"]
    assert "applied" not in data
    code, out, _ = run("zoom", "import", meeting[0], ZOOM / "portal_old.csv", "--min-minutes", "60")
    assert code == 0 and "2 orang tercatat hadir daring" in out and "1 tamu baru" in out
    code, out, _ = run("zoom", "import", meeting[0], ZOOM / "portal_old.csv", "--json")
    assert json.loads(out)["applied"]["checked_in"] == 0 and json.loads(out)["applied"]["unchanged"] == 2


@pytest.mark.parametrize("args, words", [
    (("--min-minutes", "lama"), "--min-minutes harus bilangan bulat"),
    (("--zone", "GMT"), "pilih salah satu: 'WIB', 'WIT', 'WITA'"),
])
def test_zoom_import_bad_options_say_what_is_wrong(run, meeting, args, words):
    code, _, err = run("zoom", "import", meeting[0], ZOOM / "portal_old.csv", *args)
    assert code == 2 and words in err


def test_zoom_import_of_a_foreign_file_is_one_sentence(run, meeting, tmp_path):
    f = tmp_path / "daftar.csv"
    f.write_text("nama,nip\nBudi,123\n")
    code, out, err = run("zoom", "import", meeting[0], f)
    assert code == 1 and "bukan laporan peserta Zoom" in err and "Traceback" not in err
