"""A backup taken while the app runs holds the latest commits (also those still in the WAL file)."""
from __future__ import annotations

import sqlite3

import pytest

from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.services import backup, people


def test_backup_holds_the_latest_commit_and_passes_the_integrity_check(sqlite_db, tmp_path):
    people.create(name="Hj. Siti Aminah, S.E.")
    folder = tmp_path / "cadangan"
    folder.mkdir()
    out = backup.backup_sqlite(folder)  # a folder: a dated file name is made in it
    assert out.name.startswith("kpu-rakor-cadangan-")
    con = sqlite3.connect(out)
    assert con.execute("SELECT name FROM person").fetchall() == [("Hj. Siti Aminah, S.E.",)]
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_backup_never_overwrites(sqlite_db, tmp_path):
    target = tmp_path / "a.db"
    backup.backup_sqlite(target)
    with pytest.raises(UserError, match="sudah ada"):
        backup.backup_sqlite(target)
