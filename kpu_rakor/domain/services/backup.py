"""Backups of the embedded SQLite database: a consistent copy taken while the app runs, then verified.

Copying the .db file alone is not a backup: the latest commits live in the -wal file beside it. The
standard library's online backup copies both consistently; `PRAGMA integrity_check` proves the copy opens.
The copy is read through the program's own connection: nothing else in the process may open the database
files (closing any descriptor of them drops SQLite's locks on Linux and macOS; see db.DATABASE_SUFFIXES).
For PostgreSQL the server's own tools (pg_dump) are the right way.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ..db import current_info, database, refuse_database_file
from ..errors import UserError
from . import audit


def default_backup_name(now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"kpu-rakor-cadangan-{now:%Y%m%d-%H%M%S}.db"


def backup_sqlite(target: str | Path) -> Path:
    info = current_info()
    if info is None or info.engine != "sqlite" or info.path is None:
        raise UserError("Cadangan dari aplikasi hanya untuk basis data SQLite; untuk PostgreSQL gunakan pg_dump "
                        "di server.")
    target = Path(target)
    if target.is_dir():
        target = target / default_backup_name()
    refuse_database_file(target)
    if target.exists():
        raise UserError(f"Berkas {target} sudah ada; pilih nama lain agar cadangan lama tidak tertimpa.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dst = sqlite3.connect(str(target))
        try:
            database.connection().backup(dst)
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    except OSError as exc:
        raise UserError(f"Cadangan tidak dapat ditulis ke {target}: {exc.strerror or exc}. "
                        "Periksa ruang disk dan izin folder.") from exc
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise UserError(f"Cadangan gagal: {exc}. Periksa ruang disk, lalu coba lagi.") from exc
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise UserError(f"Salinan cadangan rusak ({verdict}); tidak disimpan. Coba lagi ke disk lain.")
    audit.log("export", "backup", detail={"file": str(target)}, personal_data=True)
    return target
