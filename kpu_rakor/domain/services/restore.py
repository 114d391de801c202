"""Restoring the SQLite database from a backup file: check the file, keep a copy of the current data, restore.

The restore is SQLite's backup API run the other way (source: the checked backup file, destination: the live
database). SQLite writes the destination in one transaction under its write lock, through its own WAL, so
another process that has the database open sees either the old data or the restored data, never a mix, and a
restore killed part-way leaves the old data. Nothing here opens the live file or its -wal/-shm itself.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import db as dbmod
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..migrations import LATEST, upgrade
from ..timefmt import clock, date_only
from . import backup

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
SAFETY_PREFIX = "kpu-rakor-sebelum-pulih-"


@dataclass
class BackupContents:
    path: Path
    version: int
    taken_at: datetime
    meetings: int
    people: int
    attendance: int

    def summary(self) -> str:
        return (f"cadangan {date_only(self.taken_at)} {clock(self.taken_at)}: {self.meetings} rapat, "
                f"{self.people} orang, {self.attendance} catatan kehadiran")


@dataclass
class RestoreResult:
    contents: BackupContents
    safety_copy: Path | None
    upgraded_to: int | None

    def message(self) -> str:
        text = f"Dipulihkan dari {self.contents.summary()}."
        if self.upgraded_to is not None:
            text += f" Skemanya ditingkatkan dari versi {self.contents.version} ke {self.upgraded_to}."
        if self.safety_copy is not None:
            text += f" Salinan basis data sebelumnya disimpan di {self.safety_copy}."
        return text


class _GaveUp(Exception):
    """Raised from the backup progress callback to stop waiting for a lock another process holds."""


def _open_readonly(path: Path) -> sqlite3.Connection:
    """Read-only: checking a backup never changes it (it may sit on a flash drive or a read-only share).
    Backups made by earlier releases are WAL-mode files; alone (no -wal beside them) they are
    opened as immutable, else SQLite would create -wal and -shm files next to the user's backup."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with open(path, "rb") as fh:  # the backup file, never the live database
            header = fh.read(20)
    except OSError:
        header = b""
    if header[18:20] == b"\x02\x02" and not os.path.exists(f"{path}-wal"):
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def check_backup(path: str | Path) -> BackupContents:
    """Check that `path` is a sound KPU Rakor backup this program can restore; say what it holds."""
    path = Path(path)
    name = path.name
    try:
        st = path.stat()
    except FileNotFoundError:
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Berkas cadangan {path} tidak ditemukan."), path=path) from None
    except OSError as exc:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas cadangan {path} tidak dapat dibaca: {reason}."),
            path=path, reason=exc.strerror or exc) from exc
    if not path.is_file():
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "{path} bukan berkas; pilih berkas cadangan kpu-rakor-cadangan-….db."),
            path=path)
    if st.st_size == 0:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {name} kosong (0 byte): bukan cadangan. Pilih berkas cadangan lain."),
            name=name)
    info = dbmod.current_info()
    if info is not None and info.path is not None and info.path.exists() and os.path.samefile(path, info.path):
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas itu adalah basis data yang sedang dipakai, bukan cadangan. Pilih "
                                        "berkas cadangan kpu-rakor-cadangan-….db."))
    try:
        with open(path, "rb") as fh:  # the backup file, never the live database
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas cadangan {path} tidak dapat dibaca: {reason}."),
            path=path, reason=exc.strerror or exc) from exc
    if head != SQLITE_MAGIC:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {name} bukan cadangan KPU Rakor (bukan basis data SQLite). Pilih "
                                        "berkas kpu-rakor-cadangan-….db."),
            name=name)
    damaged = QT_TRANSLATE_NOOP("domain", "Berkas cadangan {name} rusak atau terpotong; tidak dapat dipulihkan. "
                                          "Pilih cadangan lain (basis data tidak berubah).")
    try:
        con = _open_readonly(path)
    except sqlite3.Error as exc:
        raise UserError.of(damaged, name=name) from exc
    try:
        verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise UserError.of(damaged, name=name)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "schema_migrations" not in tables or not {"meeting", "person", "attendance"} <= tables:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Berkas {name} adalah basis data SQLite, tetapi bukan milik KPU Rakor. "
                                            "Pilih berkas kpu-rakor-cadangan-….db (basis data tidak berubah)."),
                name=name)
        version = con.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] or 0
        if version > LATEST:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Cadangan {name} dibuat oleh versi KPU Rakor yang lebih baru (skema "
                                            "{version}, "
                                            "aplikasi ini mengenal sampai {LATEST}). Perbarui aplikasi dulu, lalu "
                                            "pulihkan."),
                name=name, version=version, LATEST=LATEST)
        if version < 1:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Berkas {name} tidak memiliki versi skema KPU Rakor; tidak dapat "
                                            "dipulihkan."),
                name=name)
        counts = [con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                  for t in ("meeting", "person", "attendance")]
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        raise UserError.of(damaged, name=name) from exc
    finally:
        con.close()
    return BackupContents(path, version, backup.taken_at(path), *counts)


def restore_sqlite(path: str | Path, *, safety_folder: Path | None = None, busy_seconds: float = 10.0,
                   pages: int = -1, on_step=None) -> RestoreResult:
    """Restore the open SQLite database from the backup at `path`.

    First a verified copy of the current data goes to `safety_folder` (the backup folder). If another process
    holds a write transaction for longer than `busy_seconds`, nothing is changed and a UserError says so.
    `pages`/`on_step` copy in steps (tests use them to interrupt a restore part-way)."""
    info = dbmod.current_info()
    if info is None:
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Basis data belum dibuka."))
    if info.engine != "sqlite" or info.path is None:
        raise UserError(backup.postgres_instructions(info.url))
    contents = check_backup(path)
    live = info.path
    safety = None
    folder = safety_folder or backup.default_folder()
    if _has_tables(live):  # a new or empty database needs no copy
        stamp = f"{SAFETY_PREFIX}{datetime.now():%Y%m%d-%H%M%S}"
        safety, n = folder / f"{stamp}.db", 1
        while safety.exists():
            safety, n = folder / f"{stamp}-{n}.db", n + 1
        try:
            backup.copy_database(live, safety)
        except UserError as exc:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Salinan basis data saat ini tidak dapat dibuat, jadi pemulihan "
                                            "dibatalkan: {exc}"),
                exc=exc) from exc
    _copy_into_live(contents.path, live, busy_seconds, pages, on_step)
    upgraded = None
    if contents.version < LATEST:
        # The restored data has an older schema: bring it up to date like any older database. No automatic
        # backup before this migration: the backup file itself is that copy.
        dbmod.ensure_connection()
        upgraded = upgrade(dbmod.database.obj)
    log.info("dipulihkan dari %s (salinan sebelumnya: %s)", contents.path, safety)
    return RestoreResult(contents, safety, upgraded)


def _has_tables(live: Path) -> bool:
    if not live.exists() or live.stat().st_size == 0:
        return False
    try:
        con = sqlite3.connect(str(live), timeout=10)  # SQLite opens the live file, never we
        try:
            return con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            con.close()
    except sqlite3.Error:
        return True  # let the copy itself fail with its sentence


def _copy_into_live(source: Path, live: Path, busy_seconds: float, pages: int, on_step) -> None:
    busy_text = QT_TRANSLATE_NOOP("domain", "Basis data sedang dipakai menulis oleh program lain (mis. KPU Rakor "
                                            "di jendela lain atau perintah kpu-rakor-cli). Tutup atau tunggu program "
                                            "itu, lalu ulangi pemulihan; basis data tidak berubah.")
    started = time.monotonic()

    def progress(status, remaining, total):
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            if time.monotonic() - started > busy_seconds:
                raise _GaveUp()
        if on_step is not None:
            on_step(total - remaining, total)

    try:
        src = _open_readonly(source)
    except sqlite3.Error as exc:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas cadangan {source.name} tidak dapat dibuka: {exc}."),
            source=source, exc=exc) from exc
    try:
        # SQLite opens the live database (this process may already have it open: SQLite shares its locks).
        dst = sqlite3.connect(str(live), timeout=busy_seconds)
        try:
            dst.execute(f"PRAGMA busy_timeout={int(busy_seconds * 1000)}")
            src.backup(dst, pages=pages, progress=progress)
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":  # pragma: no cover - the source passed the same check a moment ago
                raise UserError.of(
                    QT_TRANSLATE_NOOP("domain", "Basis data setelah pemulihan tidak lolos pemeriksaan ({verdict}). "
                                                "Pulihkan dari salinan sebelum pemulihan di folder cadangan."),
                    verdict=verdict)
        finally:
            dst.close()
    except _GaveUp:
        raise UserError.of(busy_text) from None
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise UserError.of(busy_text) from exc
        if "full" in text:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Disk penuh: basis data tidak dapat dipulihkan. Kosongkan ruang disk lalu "
                                            "ulangi; basis data tidak berubah.")) from exc
        if "readonly" in text:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Ukuran halaman cadangan tidak cocok dengan basis data ini, atau basis "
                                            "data hanya dapat dibaca; basis data tidak berubah.")) from exc
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Pemulihan gagal: {exc}. Basis data tidak berubah."), exc=exc) from exc
    finally:
        src.close()
