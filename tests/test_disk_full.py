"""A full disk (issue 15, part 6): the user reads "Disk penuh" and what to do, never "cannot rollback - no
transaction is active", and nothing of the failed change is kept. SQLite's `max_page_count` makes
SQLITE_FULL deterministically (checked by hand once on a 512 KB tmpfs: the same error, the same sentence)."""
from __future__ import annotations

import pytest

from kpu_rakor.cli.main import main
from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.db import DISK_FULL_MESSAGE, is_disk_full, write_tx
from kpu_rakor.domain.errors import DiskFull, UserError
from kpu_rakor.domain.models import AuditLog, Person
from kpu_rakor.domain.services import installation, people, people_import


def _people_csv(tmp_path, rows: int):
    f = tmp_path / "orang.csv"
    f.write_text("Nama;Jabatan;Instansi\n" + "".join(f"Peserta Nomor {i};Operator Data {i} {'x' * 100};"
                                                        f"Dinas Komunikasi dan Informatika {i % 3}\n"
                                                        for i in range(rows)), encoding="utf-8")
    return f


def _fill_up(slack_pages: int = 2) -> None:
    raw = dbmod.database.obj
    pages = raw.execute_sql("PRAGMA page_count").fetchone()[0]
    raw.execute_sql(f"PRAGMA max_page_count={pages + slack_pages}")


def test_a_full_disk_during_an_import_says_so_and_keeps_nothing(sqlite_db, tmp_path):
    people.create(name="Sudah Ada Sebelumnya")
    before = (Person.select().count(), AuditLog.select().count())
    _fill_up()
    with pytest.raises(DiskFull) as caught:
        people_import.import_people_csv(_people_csv(tmp_path, 3000))
    assert str(caught.value) == DISK_FULL_MESSAGE
    assert "Disk penuh" in str(caught.value) and "Kosongkan ruang disk" in str(caught.value)
    assert is_disk_full(caught.value.__cause__)  # the real error is kept for the log
    assert (Person.select().count(), AuditLog.select().count()) == before  # nothing half-written
    assert dbmod.database.obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Space again: the same import works, from the start.
    dbmod.database.obj.execute_sql("PRAGMA max_page_count=1073741823")
    report = people_import.import_people_csv(_people_csv(tmp_path, 3000))
    assert report.created == 3000 and Person.select().count() == before[0] + 3000


def test_nested_write_transactions_say_disk_full_not_no_such_savepoint(sqlite_db):
    n = Person.select().count()
    _fill_up()
    with pytest.raises(DiskFull):
        with write_tx():
            people.create(name="Luar")
            with write_tx():
                for i in range(500):
                    Person.create(name=f"Dalam {i} " + "y" * 250, name_key=f"dalam {i}", code_id=f"K{i:08d}")
    assert Person.select().count() == n
    assert not dbmod.database.obj.in_transaction()
    dbmod.database.obj.execute_sql("PRAGMA max_page_count=1073741823")
    people.create(name="Setelahnya")  # the connection is usable again
    assert Person.select().count() == n + 1


def test_a_failed_rollback_never_hides_the_real_error(sqlite_db):
    with pytest.raises(ValueError, match="kesalahan yang sebenarnya"):
        with write_tx():
            dbmod.database.obj.execute_sql("ROLLBACK")  # the transaction is gone, as SQLITE_FULL leaves it
            raise ValueError("kesalahan yang sebenarnya")


def test_the_cli_says_disk_penuh_with_status_4(sqlite_url, tmp_path, capsys, monkeypatch):
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    pages = dbmod.database.obj.execute_sql("PRAGMA page_count").fetchone()[0]
    dbmod.close_database()
    monkeypatch.setattr(dbmod, "SQLITE_PRAGMAS", {**dbmod.SQLITE_PRAGMAS, "max_page_count": pages + 2})
    code = main(["--db", sqlite_url, "person", "import", str(_people_csv(tmp_path, 3000))])
    err = capsys.readouterr().err
    assert code == 4 and err == DISK_FULL_MESSAGE + "\n"
    assert "rollback" not in err and "tak terduga" not in err


def test_postgresql_disk_full_is_recognised():
    import peewee
    import psycopg2.errors

    raw = psycopg2.errors.DiskFull('could not extend file "base/16384/16385": No space left on device')
    assert is_disk_full(peewee.OperationalError(raw, *raw.args))
    assert not is_disk_full(peewee.OperationalError("server closed the connection unexpectedly"))
    assert not is_disk_full(UserError("Baris 2: nama kosong."))
