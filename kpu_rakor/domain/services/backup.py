"""Backups of the embedded SQLite database: a consistent copy taken while the app runs, verified, then named.

Copying the .db file alone is not a backup: the latest commits live in the -wal file beside it, and closing a
descriptor of the live file in this process drops SQLite's locks. SQLite's online backup API copies both
consistently. The copy is written under a temporary name and only renamed to `kpu-rakor-cadangan-*.db` after
`PRAGMA integrity_check` and fsync, so a killed or failed backup never leaves a file that looks like a backup.
For PostgreSQL the server's own tools (pg_dump) are the right way: see `postgres_instructions`.
A second connection of the same SQLite library is safe: SQLite keeps the descriptors of a file another
connection of this process holds locks on (closing any other descriptor drops them; see db_files.DATABASE_SUFFIXES).
"""
from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..db_files import current_info, refuse_database_file
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from . import audit
from .backup_names import NAME_RE, PREFIX, _order, backups_in, default_folder, last_backup, taken_at  # noqa: F401 - re-exported

log = logging.getLogger(__name__)

TMP_RE = re.compile(r"^\.kpu-rakor-cadangan-.*\.db\.tmp$")
STALE_TMP = timedelta(hours=1)  # a temporary file this old is from a backup that was killed, not a running one
DEFAULT_KEEP = 10
DAILY = timedelta(days=1)


@dataclass
class BackupPolicy:
    """Where automatic backups go and how many are kept. These describe this PC's disk, so the app keeps them in
    QSettings (per PC and user), not in the database: restoring an old backup must not move the backup folder
    back to where it was then, and a database file copied to another PC must not carry a path of the first."""

    folder: Path
    keep: int = DEFAULT_KEEP
    daily: bool = True


def default_policy() -> BackupPolicy:
    return BackupPolicy(default_folder())


def default_backup_name(now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"{PREFIX}{now:%Y%m%d-%H%M%S}.db"


def postgres_instructions(url: str | None = None) -> str:
    """What to say instead of backing up or restoring a server database from the app."""
    return (
        "Basis data ini ada di server PostgreSQL: cadangkan dan pulihkan di server dengan alat PostgreSQL sendiri. "
        "Cadangan: pg_dump -Fc -f kpu_rakor-TANGGAL.dump kpu_rakor. Pemulihan (tutup dulu aplikasi di semua PC): "
        "pg_restore --clean --if-exists -d kpu_rakor kpu_rakor-TANGGAL.dump. Tambahkan -h SERVER -U PENGGUNA "
        "bila dijalankan dari PC lain.")


def _live_sqlite_path() -> Path:
    info = current_info()
    if info is None:
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Basis data belum dibuka."))
    if info.engine != "sqlite" or info.path is None:
        raise UserError(postgres_instructions(info.url))
    return info.path


def _disk_full(target: Path) -> UserError:
    return UserError(f"Disk penuh: cadangan tidak dapat ditulis ke {target.parent} . Kosongkan ruang disk atau "
                     "pilih folder lain; basis data tidak berubah.")


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    text = str(exc).lower()
    return "full" in text or "no space" in text or "too large" in text


def _too_little_space(source: Path, folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < os.stat(source).st_size  # stat: the live file is not opened
    except OSError:
        return False


STEP_PAGES = 256  # pages per backup step when progress is shown (1 MB with 4 KB pages)


def copy_database(source: Path, target: Path, progress=None) -> None:
    """Copy the SQLite database at `source` to the new file `target`: temporary name, backup API, integrity
    check, fsync, rename. On any failure the temporary file is removed and a UserError names the cause.
    `progress(percent)` is called along the way when given."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if _is_disk_full(exc):
            raise _disk_full(target) from exc
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Folder cadangan {target.parent} tidak dapat dibuat: {reason}. "
                                        "Pilih folder lain; basis data tidak berubah."),
            target=target, reason=exc.strerror or exc) from exc
    tmp.unlink(missing_ok=True)  # left by a backup killed part-way: never a backup, always safe to remove
    try:
        src = sqlite3.connect(str(source), timeout=10)  # SQLite opens the live file, never we
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                if progress is None:
                    src.backup(dst)
                else:
                    src.backup(dst, pages=STEP_PAGES,
                               progress=lambda _s, left, total: progress(90 * (total - left) // max(1, total)))
                # A backup is one self-contained file: no -wal beside it to lose when it is copied elsewhere.
                dst.execute("PRAGMA journal_mode=DELETE")
                verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Salinan cadangan rusak ({verdict}); tidak disimpan. Coba lagi ke disk "
                                            "lain; basis data tidak berubah."),
                verdict=verdict)
        fd = os.open(tmp, os.O_RDWR)  # the temporary copy, not the live database (Windows syncs writable only)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if target.exists():
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Berkas {target} sudah ada; pilih nama lain agar cadangan lama tidak "
                                            "tertimpa."),
                target=target)
        os.replace(tmp, target)
        _fsync_folder(target.parent)
    except UserError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        if _is_disk_full(exc):
            raise _disk_full(target) from exc
        if isinstance(exc, OSError):
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Cadangan tidak dapat ditulis ke {target}: {reason}. Periksa izin "
                                            "folder; basis data tidak berubah."),
                target=target, reason=exc.strerror or exc) from exc
        if _too_little_space(source, target.parent):
            raise _disk_full(target) from exc
        # SQLite does not say which system error it met (a file size limit, a failing flash drive).
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Cadangan tidak dapat ditulis ke {target.parent} ({exc}). Periksa ruang disk "
                                        "dan folder tujuan, atau pilih folder lain; basis data tidak berubah."),
            target=target, exc=exc) from exc
    except BaseException:  # KeyboardInterrupt and the like: still no half-written file under any name
        tmp.unlink(missing_ok=True)
        raise


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _free_name(folder: Path, now: datetime | None = None) -> Path:
    """A dated name in `folder` after every backup of the same second (-1, -2…): a name freed by pruning is
    never reused, so the newest backup always sorts last."""
    base = default_backup_name(now)[:-3]
    taken = [_order(p)[1] for p in backups_in(folder) if p.name.startswith(base)]
    n = max(taken) + 1 if taken else 0
    while True:
        target = folder / (f"{base}-{n}.db" if n else f"{base}.db")
        if not (target.exists() or target.with_name(f".{target.name}.tmp").exists()):
            return target
        n += 1


def backup_sqlite(target: str | Path) -> Path:
    """A verified copy of the open SQLite database into `target` (a folder: a dated name is made there)."""
    source = _live_sqlite_path()
    target = Path(target)
    if target.is_dir():
        target = _free_name(target)
    refuse_database_file(target)  # never write a backup over the live database
    if target.exists():
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {target} sudah ada; pilih nama lain agar cadangan lama tidak "
                                        "tertimpa."),
            target=target)
    copy_database(source, target)
    audit.log("export", "backup", detail={"file": str(target)}, personal_data=True)
    log.info("cadangan dibuat: %s (%d byte)", target.name, target.stat().st_size)
    return target


# --- automatic backups -------------------------------------------------------------------------------------

def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups in `folder` (only files named like ours), and temporary files
    of backups killed part-way. Returns the backups removed."""
    found = backups_in(folder)
    removed = []
    for path in found[: max(0, len(found) - max(1, keep))]:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            log.warning("cadangan lama tidak dapat dihapus: %s", path, exc_info=True)
    try:
        leftovers = [p for p in folder.iterdir() if TMP_RE.match(p.name)]
    except OSError:
        leftovers = []
    for path in leftovers:
        try:
            if datetime.now() - datetime.fromtimestamp(path.stat().st_mtime) > STALE_TMP:
                path.unlink()
        except OSError:
            pass
    return removed


def backup_file_to(source: Path, policy: BackupPolicy, progress=None) -> Path:
    """A verified backup of the SQLite file `source` into the policy's folder, then prune to `keep`."""
    target = _free_name(policy.folder)
    copy_database(source, target, progress)
    removed = prune(policy.folder, policy.keep)
    log.info("cadangan dibuat: %s (%d byte); %d cadangan lama dihapus", target.name, target.stat().st_size,
             len(removed))
    return target


def automatic_backup(policy: BackupPolicy, progress=None) -> Path:
    """A backup into the policy's folder (the daily one, or *Cadangkan sekarang*), keeping the newest `keep`."""
    path = backup_file_to(_live_sqlite_path(), policy, progress)
    audit.log("export", "backup", detail={"file": str(path), "auto": True}, personal_data=True)
    return path


def daily_backup_due(policy: BackupPolicy, now: datetime | None = None) -> bool:
    """True when the daily backup on closing is on and the newest backup is a day old (or there is none)."""
    info = current_info()
    if not policy.daily or info is None or info.engine != "sqlite":
        return False
    last = last_backup(policy.folder)
    return last is None or (now or datetime.now()) - last >= DAILY
