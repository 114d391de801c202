"""Tindak lanjut: validation, status with a closing note, open items with overdue by the office's zone, and
series carry-over (idempotent, the chain closes together). On SQLite and PostgreSQL."""
from __future__ import annotations

import time as clock
from datetime import date, datetime, time

import pytest

from kpu_rakor.domain.errors import NotFound, ValidationError
from kpu_rakor.domain.models import AuditLog, FollowUp, Meeting
from kpu_rakor.domain.services import followups, installation, meetings, people, satker


@pytest.fixture
def world(any_db):
    tag = satker.by_region_code("35.04")
    blitar = satker.by_region_code("35.72")
    ani = people.create(name="Dra. Ani Lestari, M.Si.", position="Sekretaris", satker_id=tag.id)
    budi = people.create(name="Budi <Santoso> & Rekan", position="Operator", satker_id=blitar.id)
    jan = meetings.create(title="Rakor Bulanan Januari", date=date(2024, 1, 10), start_time=time(9, 0),
                          series="Rakor Bulanan")
    feb = meetings.create(title="Rakor Bulanan Februari", date=date(2024, 2, 14), start_time=time(9, 0),
                          series="Rakor Bulanan")
    mar = meetings.create(title="Rakor Bulanan Maret", date=date(2024, 3, 13), start_time=time(9, 0),
                          series="Rakor Bulanan")
    other = meetings.create(title="Sosialisasi Pemilih Pemula", date=date(2024, 1, 20), start_time=time(9, 0),
                            series="Sosialisasi")
    lone = meetings.create(title="Audiensi Bawaslu", date=date(2024, 2, 1), start_time=time(13, 0))
    return dict(tag=tag, blitar=blitar, ani=ani, budi=budi, jan=jan, feb=feb, mar=mar, other=other, lone=lone)


def test_create_validates_in_indonesian_and_logs(world):
    jan, ani = world["jan"], world["ani"]
    cases = [
        (dict(description="   "), "Uraian tindak lanjut wajib diisi"),
        (dict(description="x" * 2001), "terlalu panjang"),
        (dict(description="Surati dinas", person_id=999999), "orang nomor 999999 tidak ada di direktori"),
        (dict(description="Surati dinas", satker_id=999999), "Satker nomor 999999 tidak ada"),
        (dict(description="Surati dinas", due_date="31/02/2024"), "bukan tanggal yang sah"),
        (dict(description="Surati dinas", due_date="besok"), "bukan tanggal yang sah"),
        (dict(description="Surati dinas", due_date="2024-01-09"),
         r"lebih awal dari tanggal rapat \(Rabu, 10 Januari 2024\)"),
        (dict(description="Surati dinas", due_date="01/01/3024"), "tidak masuk akal"),
    ]
    for kwargs, message in cases:
        with pytest.raises(ValidationError, match=message):
            followups.create(jan.id, **kwargs)
    other_item = meetings.set_agenda(world["feb"].id, [{"title": "Evaluasi"}])[0]
    with pytest.raises(ValidationError, match="bukan bagian dari agenda rapat ini"):
        followups.create(jan.id, "Surati dinas", agenda_item_id=other_item.id)
    with pytest.raises(NotFound, match="Rapat dengan nomor 424242 tidak ditemukan"):
        followups.create(424242, "Surati dinas")
    assert FollowUp.select().count() == 0

    fu = followups.create(jan.id, "  Menyurati   Dinas Dukcapil ", person_id=ani.id, due_date="7/2/24")
    assert fu.description == "Menyurati Dinas Dukcapil"
    assert fu.satker_id == world["tag"].id  # the person's satker when none is given
    assert fu.due_date == date(2024, 2, 7) and fu.status == "terbuka" and fu.position == 0
    assert followups.create(jan.id, "Kedua").position == 1
    log = AuditLog.get((AuditLog.entity == "follow_up") & (AuditLog.entity_id == fu.id))
    assert log.action == "create" and log.meeting_id == jan.id and "Dukcapil" in log.detail


def test_update_and_the_persons_satker(world):
    fu = followups.create(world["jan"].id, "Rekap data pemilih")
    with pytest.raises(ValidationError, match="Kolom tindak lanjut tidak dikenal: warna"):
        followups.update(fu.id, warna="merah")
    with pytest.raises(ValidationError, match="wajib diisi"):
        followups.update(fu.id, description="")
    followups.update(fu.id, person_id=world["budi"].id)
    assert followups.get(fu.id).satker_id == world["blitar"].id
    followups.update(fu.id, person_id=world["ani"].id)  # a satker already chosen stays
    assert followups.get(fu.id).satker_id == world["blitar"].id
    followups.update(fu.id, satker_id=None, due_date="2024-03-01", description="Rekap data pemilih baru")
    row = followups.row(fu.id)
    assert (row.satker_id, row.due_date, row.description) == (None, date(2024, 3, 1), "Rekap data pemilih baru")
    assert row.person_name == "Dra. Ani Lestari, M.Si." and row.meeting_date == date(2024, 1, 10)
    followups.update(fu.id, due_date="")
    assert followups.get(fu.id).due_date is None
    assert AuditLog.select().where((AuditLog.entity == "follow_up") & (AuditLog.action == "update")).count() == 4
    with pytest.raises(NotFound, match="Tindak lanjut nomor 999 tidak ditemukan"):
        followups.update(999, description="x")


def test_closing_needs_a_note_and_reopening_clears_it(world):
    fu = followups.create(world["jan"].id, "Menyusun kalender sosialisasi")
    with pytest.raises(ValidationError, match="catatan penyelesaian: bagaimana"):
        followups.set_status(fu.id, "selesai", "  ")
    with pytest.raises(ValidationError, match="catatan penyelesaian: mengapa"):
        followups.set_status(fu.id, "batal")
    with pytest.raises(ValidationError, match="Status tindak lanjut “tunda” tidak dikenal"):
        followups.set_status(fu.id, "tunda", "x")
    done = followups.set_status(fu.id, "selesai", "Kalender dikirim ke PPK lewat surat 12/PP.01/2024.")
    assert done.status == "selesai" and done.closing_note.startswith("Kalender dikirim")
    again = followups.set_status(fu.id, "terbuka")
    assert again.status == "terbuka" and again.closing_note == ""
    log = list(AuditLog.select().where((AuditLog.entity == "follow_up") & (AuditLog.action == "status"))
               .order_by(AuditLog.id))
    assert len(log) == 2 and '"to": "selesai"' in log[0].detail


def test_open_items_overdue_and_filters(world):
    jan, other = world["jan"], world["other"]
    late = followups.create(jan.id, "Laporan dana hibah", person_id=world["ani"].id, due_date="2024-02-01")
    today_due = followups.create(jan.id, "Rekap kehadiran", person_id=world["budi"].id, due_date="2024-02-05")
    undated = followups.create(other.id, "Cetak leaflet", satker_id=world["blitar"].id)
    closed = followups.create(jan.id, "Sudah beres", due_date="2024-01-15")
    followups.set_status(closed.id, "batal", "Tidak diperlukan lagi.")
    rows = followups.open_items(today=date(2024, 2, 5))
    assert [r.id for r in rows] == [late.id, today_due.id, undated.id]  # earliest due first, undated last
    by_id = {r.id: r for r in rows}
    assert by_id[late.id].overdue and by_id[late.id].days_late == 4
    assert not by_id[today_due.id].overdue and by_id[today_due.id].days_late == 0
    assert not by_id[undated.id].overdue
    assert by_id[undated.id].series_name == "Sosialisasi" and by_id[undated.id].satker_name.endswith("Blitar")
    assert [r.id for r in followups.open_items(person_id=world["ani"].id, today=date(2024, 2, 5))] == [late.id]
    assert [r.id for r in followups.open_items(satker_id=world["blitar"].id)] == [today_due.id, undated.id]
    assert [r.id for r in followups.open_items(series_id=other.series_id)] == [undated.id]
    choices = followups.filter_choices()
    assert [n for _i, n in choices.people] == ["Dra. Ani Lestari, M.Si.", "Budi <Santoso> & Rekan"]
    assert {n for _i, n in choices.series} == {"Rakor Bulanan", "Sosialisasi"}
    assert followups.series_by_name("  rakor   bulanan ") == jan.series_id
    with pytest.raises(NotFound, match="Seri rapat “Entah” tidak ada. Seri yang ada: “Rakor Bulanan”"):
        followups.series_by_name("Entah")
    all_rows = followups.listing(meeting_id=jan.id)
    assert {r.status for r in all_rows} == {"terbuka", "batal"}


def test_overdue_follows_the_office_zone(world, monkeypatch):
    fu = followups.create(world["jan"].id, "Kirim laporan", due_date="2024-02-07")
    # 16.30 UTC on 7 February: still the 7th in WIB (23.30), already the 8th in WIT (01.30).
    monkeypatch.setattr(followups, "utcnow", lambda: datetime(2024, 2, 7, 16, 30))
    assert followups.office_today() == date(2024, 2, 7)  # an office not chosen yet counts in WIB
    assert not followups.open_items()[0].overdue
    jayapura = satker.by_region_code("91.71")
    assert jayapura.timezone == "WIT"
    installation.set_office(jayapura.id)
    assert followups.office_today() == date(2024, 2, 8)
    row = followups.open_items()[0]
    assert row.id == fu.id and row.overdue and row.days_late == 1


def test_carry_over_is_idempotent_and_keeps_the_link(world):
    jan, feb, mar = world["jan"], world["feb"], world["mar"]
    a = followups.create(jan.id, "Menyurati Dinas Dukcapil", person_id=world["ani"].id, due_date="2024-01-31")
    b = followups.create(jan.id, "Menyiapkan grup WhatsApp Bakohumas")
    done = followups.create(jan.id, "Sudah selesai")
    followups.set_status(done.id, "selesai", "Beres.")
    followups.create(world["other"].id, "Seri lain")
    followups.create(world["lone"].id, "Tanpa seri")
    later = followups.create(mar.id, "Dari rapat sesudahnya")

    assert [r.id for r in followups.previous_open(feb.id)] == [a.id, b.id]
    assert followups.previous_open(world["lone"].id) == []
    assert followups.carry_over(world["lone"].id) == []
    made = followups.carry_over(feb.id)
    assert [(f.carried_from_id, f.description) for f in made] == [(a.id, a.description), (b.id, b.description)]
    copy = made[0]
    assert (copy.person_id, copy.satker_id, copy.due_date, copy.status) == (a.person_id, a.satker_id,
                                                                            a.due_date, "terbuka")
    assert followups.carry_over(feb.id) == [] and followups.previous_open(feb.id) == []
    assert FollowUp.select().where(FollowUp.meeting == feb.id).count() == 2
    assert followups.get(a.id).status == "terbuka"  # the original stays open, tracked at its copy

    open_ids = [r.id for r in followups.open_items()]
    assert a.id not in open_ids and copy.id in open_ids and later.id in open_ids
    jan_rows = {r.id: r for r in followups.for_meeting(jan.id, today=date(2024, 3, 1))}
    assert jan_rows[a.id].carried_to_date == date(2024, 2, 14) and not jan_rows[a.id].overdue
    feb_row = followups.for_meeting(feb.id, today=date(2024, 3, 1))[0]
    assert feb_row.carried_from_date == date(2024, 1, 10) and feb_row.overdue and feb_row.days_late == 30
    assert AuditLog.select().where(AuditLog.action == "carry").count() == 1

    # The next meeting sees the February copies, not the January originals.
    assert [r.carried_from_id for r in followups.previous_open(mar.id)] == [a.id, b.id]
    assert [r.id for r in followups.previous_open(mar.id)] == [f.id for f in made]


def test_carry_some_then_the_rest(world):
    jan, feb = world["jan"], world["feb"]
    a = followups.create(jan.id, "Satu")
    b = followups.create(jan.id, "Dua")
    assert [f.carried_from_id for f in followups.carry_over(feb.id, ids=[b.id, 987654])] == [b.id]
    assert followups.carry_over(feb.id, ids=[b.id]) == []
    assert [r.id for r in followups.previous_open(feb.id)] == [a.id]
    assert [f.carried_from_id for f in followups.carry_over(feb.id)] == [a.id]
    assert [f.position for f in FollowUp.select().where(FollowUp.meeting == feb.id)
            .order_by(FollowUp.position)] == [0, 1]


def test_the_chain_closes_and_reopens_together_and_delete_uncarries(world):
    jan, feb, mar = world["jan"], world["feb"], world["mar"]
    a = followups.create(jan.id, "Menyusun SK Bakohumas")
    feb_copy = followups.carry_over(feb.id)[0]
    mar_copy = followups.carry_over(mar.id)[0]
    assert mar_copy.carried_from_id == feb_copy.id
    # The due date of a carried item may stay at or after the first meeting's day.
    followups.update(mar_copy.id, due_date="2024-01-20")
    followups.set_status(mar_copy.id, "selesai", "SK ditetapkan.")
    assert {followups.get(i).status for i in (a.id, feb_copy.id, mar_copy.id)} == {"selesai"}
    assert followups.get(a.id).closing_note == "SK ditetapkan."
    followups.set_status(a.id, "terbuka")
    assert {followups.get(i).status for i in (a.id, feb_copy.id, mar_copy.id)} == {"terbuka"}
    followups.delete(mar_copy.id)
    assert [r.id for r in followups.previous_open(mar.id)] == [feb_copy.id]
    assert feb_copy.id in [r.id for r in followups.open_items()]
    assert AuditLog.select().where((AuditLog.action == "delete") & (AuditLog.entity == "follow_up")).count() == 1


def test_meeting_moved_earlier_changes_what_is_previous(world):
    jan, feb = world["jan"], world["feb"]
    f = followups.create(feb.id, "Dari Februari")
    assert followups.previous_open(jan.id) == []
    meetings.update(feb.id, date=date(2024, 1, 3))
    assert [r.id for r in followups.previous_open(jan.id)] == [f.id]


def test_five_thousand_open_items_are_listed_quickly(sqlite_db):
    from kpu_rakor.domain.db import write_tx

    ms = [meetings.create(title=f"Rakor {n}", date=date(2023, 1 + n % 12, 1 + n % 28), start_time=time(9, 0),
                          series="Rakor Bulanan" if n % 2 else None) for n in range(50)]
    p = people.create(name="Endah", position="Staf")
    with write_tx():
        rows = [dict(meeting=ms[n % 50].id, description=f"Tindak lanjut {n}", person=p.id,
                     due_date=date(2023, 1 + n % 12, 1 + n % 28), position=n, created_at=datetime(2023, 1, 1),
                     updated_at=datetime(2023, 1, 1)) for n in range(5000)]
        for chunk in range(0, 5000, 500):
            FollowUp.insert_many(rows[chunk:chunk + 500]).execute()
    start = clock.perf_counter()
    items = followups.open_items(today=date(2023, 7, 1))
    took = clock.perf_counter() - start
    assert len(items) == 5000 and sum(r.overdue for r in items) > 2000
    assert took < 1.0, f"open_items took {took:.2f} s"
    assert Meeting.select().count() == 50


def test_two_pcs_carrying_at_once_make_one_copy_each(pg_db):
    """Two desks on one server press "Bawa ke rapat ini" at the same moment: each item is copied once."""
    import threading

    from kpu_rakor.domain.db import database

    jan = meetings.create(title="Rakor Januari", date=date(2024, 1, 10), series="Rakor Bulanan")
    feb = meetings.create(title="Rakor Februari", date=date(2024, 2, 14), series="Rakor Bulanan")
    for n in range(20):
        followups.create(jan.id, f"Tindak lanjut {n}")
    barrier, made, errors = threading.Barrier(2), [], []

    def carry():
        try:
            database.obj.connect(reuse_if_open=True)
            barrier.wait()
            made.append(len(followups.carry_over(feb.id)))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            database.obj.close()

    threads = [threading.Thread(target=carry) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    assert sorted(made) == [0, 20]
    assert FollowUp.select().where(FollowUp.meeting == feb.id).count() == 20


# --- the command line ----------------------------------------------------------------------------------------

@pytest.fixture
def cli(sqlite_url, capsys):
    from kpu_rakor.cli.main import main
    from kpu_rakor.domain import db as dbmod

    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    ani = people.create(name="Dra. Ani Lestari, M.Si.", position="Sekretaris",
                        satker_id=satker.by_region_code("35.04").id)
    jan = meetings.create(title="Rakor Januari", date=date(2024, 1, 10), series="Rakor Bulanan")
    feb = meetings.create(title="Rakor Februari", date=date(2024, 2, 14), series="Rakor Bulanan")
    lone = meetings.create(title="Audiensi", date=date(2024, 2, 1))
    ids = dict(ani=ani.id, jan=jan.id, feb=feb.id, lone=lone.id)
    dbmod.close_database()

    def run(*args):
        code = main(["--db", sqlite_url, *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err
    run.ids = ids
    return run


def test_cli_add_list_close_carry(cli):
    import json

    ids = cli.ids
    code, out, err = cli("followup", "add", ids["jan"], "--what", "Menyurati <Dinas> & Dukcapil", "--person",
                         ids["ani"], "--due", "2024-01-31")
    assert code == 0 and err == "" and out.startswith("Tindak lanjut tersimpan dengan nomor ")
    first = int(out.split("nomor ")[1].rstrip(".\n"))
    code, out, _ = cli("followup", "add", ids["jan"], "--what", "Grup WhatsApp")
    second = int(out.split("nomor ")[1].rstrip(".\n"))

    code, out, _ = cli("followup", "list", "--open")
    assert code == 0 and "Menyurati <Dinas> & Dukcapil" in out and "terlambat" in out
    assert "KPU Kabupaten Tulungagung" in out and "31-01-2024" in out
    code, out, _ = cli("followup", "list", "--open", "--person", ids["ani"], "--json")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [first]
    assert rows[0]["due_date"] == "2024-01-31" and rows[0]["overdue"] is True and rows[0]["series"] == "Rakor Bulanan"

    code, out, _ = cli("followup", "carry", ids["feb"])
    assert code == 0
    assert out.strip() == "2 tindak lanjut dibawa ke rapat nomor %d (Rabu, 14 Februari 2024)." % ids["feb"]
    code, out, _ = cli("followup", "carry", ids["feb"])
    assert out.strip() == "Tidak ada tindak lanjut terbuka dari rapat sebelumnya yang belum dibawa."
    code, out, _ = cli("followup", "carry", ids["lone"])
    assert code == 0 and "tidak termasuk seri rapat" in out

    code, out, _ = cli("followup", "list", "--series", "rakor bulanan", "--json")
    rows = json.loads(out)
    assert len(rows) == 4 and sum(r["carried_to_date"] == "2024-02-14" for r in rows) == 2
    code, out, _ = cli("followup", "list", "--open", "--json")
    copies = json.loads(out)
    assert {r["carried_from_id"] for r in copies} == {first, second}

    code, out, err = cli("followup", "close", copies[0]["id"], "--status", "selesai", "--note", " ")
    assert code == 1 and "catatan penyelesaian" in err and "Traceback" not in err
    code, out, _ = cli("followup", "close", copies[0]["id"], "--status", "selesai", "--note", "Surat terkirim.")
    assert code == 0 and "ditandai selesai" in out
    code, out, _ = cli("followup", "list", "--meeting", ids["jan"])
    assert "Surat terkirim." in out and "dibawa ke rapat 14 Februari 2024" in out


def test_cli_mistakes_are_sentences(cli):
    ids = cli.ids
    code, _, err = cli("followup", "add", ids["jan"], "--what", "  ")
    assert code == 1 and err.strip() == "Uraian tindak lanjut wajib diisi: tuliskan apa yang harus dikerjakan."
    code, _, err = cli("followup", "add", ids["jan"], "--what", "x", "--due", "31-13-2024")
    assert code == 1 and "bukan tanggal yang sah" in err
    code, _, err = cli("followup", "add", 9999, "--what", "x")
    assert code == 1 and "Rapat dengan nomor 9999 tidak ditemukan" in err
    code, _, err = cli("followup", "list", "--series", "Entah")
    assert code == 1 and "Seri rapat “Entah” tidak ada" in err
    code, _, err = cli("followup", "close", 1, "--status", "tunda", "--note", "x")
    assert code == 2 and "pilihan 'tunda' untuk --status tidak dikenal" in err
    code, _, err = cli("followup", "close", 77, "--status", "batal", "--note", "x")
    assert code == 1 and "Tindak lanjut nomor 77 tidak ditemukan" in err
    code, out, _ = cli("followup", "list")
    assert code == 0 and out.strip() == "Tidak ada tindak lanjut yang cocok."
