"""`backup FOLDER|FILE` and `restore FILE`: verified copies of the SQLite database and restoring from one."""
from __future__ import annotations

import sys
from pathlib import Path

import peewee

from ..domain import db
from ..domain.errors import UserError
from ..domain.services import backup, restore
from .parsing import command


def register(sub) -> None:
    p = command(sub, "backup", cmd_backup, help="buat cadangan basis data SQLite",
                description="Salin basis data SQLite secara aman (termasuk isi berkas -wal), periksa "
                            "salinannya, baru beri nama akhir. Untuk PostgreSQL gunakan pg_dump di server.")
    p.add_argument("target", metavar="FOLDER_ATAU_BERKAS",
                   help="folder tujuan (nama berkas bertanggal dibuat otomatis) atau nama berkas .db baru")

    r = command(sub, "restore", cmd_restore, help="pulihkan basis data SQLite dari berkas cadangan",
                description="Periksa berkas cadangan (keutuhan, versi skema, milik KPU Rakor), simpan "
                            "salinan basis data saat ini di folder cadangan, lalu pulihkan seluruhnya atau "
                            "tidak sama sekali. Untuk PostgreSQL gunakan pg_restore di server.")
    r.add_argument("file", metavar="BERKAS", help="berkas cadangan kpu-rakor-cadangan-….db")
    r.add_argument("--yes", action="store_true", help="jangan bertanya dulu (wajib bila tidak di terminal)")
    r.add_argument("--folder", metavar="FOLDER",
                   help="tempat salinan basis data sebelum pemulihan (bawaan: folder cadangan di folder data "
                        "aplikasi)")
    r.set_defaults(opens_database=False)


def cmd_backup(args) -> int:
    path = backup.backup_sqlite(args.target)
    print(f"Cadangan tersimpan dan sudah diperiksa: {path}")
    return 0


def _open_for_restore(url: str | None) -> None:
    """The database being replaced may be empty, foreign or of another version: restore is the way out, so it
    is bound as it is, without upgrading or refusing it. Only a file SQLite cannot open at all must go first."""
    try:
        db.open_database(url, migrate=False, init_empty=True)
    except peewee.DatabaseError as exc:
        info = db.make_database(db.resolve_url(url))[1]
        raise UserError(
            f"Berkas basis data {info.path} rusak sehingga tidak dapat ditimpa ({exc}). Pindahkan berkas itu "
            "(beserta -wal dan -shm bila ada) ke folder lain, jangan dihapus, lalu jalankan perintah ini lagi: "
            "basis data baru dibuat dari cadangan.") from exc


def cmd_restore(args) -> int:
    _open_for_restore(args.db)
    info = db.current_info()
    if info is None or info.engine != "sqlite":
        raise UserError(backup.postgres_instructions())
    contents = restore.check_backup(args.file)
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise UserError("Pemulihan mengganti seluruh isi basis data; tambahkan --yes untuk menjalankannya "
                            "tanpa pertanyaan.")
        print(f"Berkas ini berisi {contents.summary()}.")
        print(f"Seluruh isi basis data {info.path} akan diganti dengan isi cadangan itu (salinannya disimpan "
              "dulu).")
        answer = input("Lanjutkan? [y/T] ").strip().lower()
        if answer not in ("y", "ya"):
            print("Dibatalkan; basis data tidak berubah.")
            return 1
    folder = Path(args.folder) if args.folder else None
    result = restore.restore_sqlite(contents.path, safety_folder=folder)
    print(result.message())
    return 0
