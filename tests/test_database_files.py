"""Nothing in the process opens the SQLite database's files but SQLite: a file a user names that is the database
(or its -wal, -shm, -journal) is refused before anything reads or writes it, and a backup reads through the
program's own connection. Closing any descriptor of those files would drop SQLite's locks (issue 15)."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.files import read_user_file
from kpu_rakor.domain.services import backup, installation, people, photos
from kpu_rakor.domain.documents.output import write_pdf
from sqlite_locks import HAS_PROC_LOCKS, held_locks

LOCKED = {"rakor.db", "rakor.db-shm"}


def db_path() -> Path:
    return dbmod.current_info().path


def assert_locks_kept() -> None:
    if HAS_PROC_LOCKS:
        assert held_locks(db_path()) == LOCKED


def test_the_database_and_the_files_beside_it_are_recognised_by_name_and_by_link(sqlite_db, tmp_path):
    path = db_path()
    for suffix in ("", "-wal", "-shm", "-journal"):  # -journal does not exist in WAL mode: by name still
        assert dbmod.is_database_file(f"{path}{suffix}")
    assert dbmod.is_database_file(path.parent / ".." / path.parent.name / path.name)
    link = tmp_path / "tautan.db"
    os.link(path, link)
    assert dbmod.is_database_file(link)
    other = path.parent / "logo.png"
    other.write_bytes(b"\x89PNG")
    assert not dbmod.is_database_file(other)
    assert not dbmod.is_database_file(path.parent / "rakor.db.bak")


def test_no_database_open_means_nothing_is_refused(tmp_path):
    dbmod.close_database()
    assert not dbmod.is_database_file(tmp_path / "rakor.db")


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_reading_a_database_file_as_user_input_is_refused_and_the_locks_stay(sqlite_db, suffix):
    people.create(name="Tetap Ada")
    assert_locks_kept()
    target = f"{db_path()}{suffix}"
    for read in (lambda: read_user_file(target, "berkas CSV"), lambda: photos.prepare(target),
                 lambda: installation.set_logo(target)):
        with pytest.raises(UserError, match="basis data KPU Rakor"):
            read()
    assert_locks_kept()


def test_a_pdf_is_never_written_over_the_database(sqlite_db):
    people.create(name="Tetap Ada")
    with pytest.raises(UserError, match="basis data KPU Rakor"):
        write_pdf(db_path(), b"%PDF-1.4")
    assert_locks_kept()
    assert [p.name for p in people.listing("")] == ["Tetap Ada"]


def test_backup_reads_through_the_open_connection_and_keeps_the_locks(sqlite_db, tmp_path):
    people.create(name="Baru Saja")  # in the -wal, not yet in the .db
    assert_locks_kept()
    out = backup.backup_sqlite(tmp_path / "cadangan")
    assert_locks_kept()
    con = sqlite3.connect(str(out))
    try:
        assert [r[0] for r in con.execute("SELECT name FROM person")] == ["Baru Saja"]
    finally:
        con.close()
    with pytest.raises(UserError, match="basis data KPU Rakor"):
        backup.backup_sqlite(f"{db_path()}-wal")
