"""`backup FOLDER|FILE`: a verified copy of the SQLite database, taken while the app may be running."""
from __future__ import annotations

from ..domain.services import backup


def register(sub) -> None:
    p = sub.add_parser("backup", help="buat cadangan basis data SQLite",
                       description="Salin basis data SQLite secara aman (termasuk isi berkas -wal) lalu periksa "
                                   "salinannya. Untuk PostgreSQL gunakan pg_dump di server.")
    p.add_argument("target", metavar="FOLDER_ATAU_BERKAS",
                   help="folder tujuan (nama berkas bertanggal dibuat otomatis) atau nama berkas .db baru")
    p.set_defaults(func=cmd_backup)


def cmd_backup(args) -> int:
    path = backup.backup_sqlite(args.target)
    print(f"Cadangan tersimpan dan sudah diperiksa: {path}")
    return 0
