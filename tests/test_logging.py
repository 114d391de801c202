"""The domain logs what changes data in bulk or leaves the program (imports, schema changes, backups, exports):
one line each, with ids and counts, never a person's name. Every module logs under its own name."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.services import backup, people_import
from kpu_rakor.domain.documents.output import write_pdf

PACKAGE = Path(dbmod.__file__).resolve().parent.parent
V1_SQL = Path(__file__).parent / "data" / "schema_v1.sql"


def _lines(caplog, logger: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == logger and r.levelno == logging.INFO]


def test_schema_changes_are_logged_from_and_to(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="kpu_rakor")
    from kpu_rakor.domain.migrations import LATEST

    dbmod.open_database(f"sqlite:///{tmp_path / 'baru.db'}")
    dbmod.close_database()
    old = tmp_path / "lama.db"
    con = sqlite3.connect(old)
    con.executescript(V1_SQL.read_text(encoding="utf-8"))
    con.close()
    dbmod.open_database(f"sqlite:///{old}")
    dbmod.close_database()
    assert _lines(caplog, "kpu_rakor.domain.migrations") == [
        f"skema baru dibuat: versi {LATEST}", f"skema ditingkatkan: versi 1 ke {LATEST}"]
    assert any(m.startswith("cadangan dibuat: kpu-rakor-cadangan-")
               for m in _lines(caplog, "kpu_rakor.domain.services.backup"))  # the copy before the upgrade


def test_imports_backups_and_exports_log_counts_not_names(sqlite_db, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="kpu_rakor")
    csv_file = tmp_path / "orang.csv"
    csv_file.write_text("Nama;Jabatan\nSiti Aminah;Sekretaris\nBudi Santoso;Anggota\n;kosong\n", encoding="utf-8")
    people_import.import_people_csv(csv_file)
    backup.backup_sqlite(tmp_path)
    write_pdf(tmp_path / "Daftar Hadir Siti Aminah.pdf", b"%PDF-1.4\n")
    assert _lines(caplog, "kpu_rakor.domain.services.people_import") == [
        "CSV orang diimpor: 2 baru, 0 diperbarui, 1 dilewati, 0 peringatan"]
    assert len(_lines(caplog, "kpu_rakor.domain.services.backup")) == 1
    assert _lines(caplog, "kpu_rakor.domain.documents.output") == ["PDF disimpan (9 byte)"]
    assert "Siti" not in caplog.text and "Budi" not in caplog.text


def test_every_module_logs_under_its_own_name():
    named = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
             if 'getLogger("' in p.read_text(encoding="utf-8")]
    # crash.py configures the package's logger ("kpu_rakor"); lan/server.py quiets waitress's queue warnings.
    assert sorted(named) == ["lan/server.py", "ui/crash.py"]
