"""Opening the database: SQLite on this PC by default, PostgreSQL when several PCs share data.

Every model binds to `database` (a proxy, in database_proxy.py), so the same code runs on either engine;
`open_database()` picks the engine from a URL, applies the settings that keep data safe, and brings the schema
up to date.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from . import db_files
from .database_proxy import database  # the models' proxy; callers keep using db.database
# Re-exported: callers keep using db.app_data_dir, db.current_info, db.refuse_database_file, ...
from .db_files import (DATABASE_SUFFIXES, DatabaseInfo, app_data_dir, current_info,  # noqa: F401
                       is_database_file, refuse_database_file)
from .errors import DiskFull, UserError

ENV_VAR = "KPU_RAKOR_DB"

# synchronous=full: NORMAL can lose the last commits on power loss, and "nothing is lost" is the product bar.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 10000,
    "cache_size": -16000,
}


def default_url() -> str:
    return "sqlite:///" + str(app_data_dir() / "kpu-rakor.db")


def resolve_url(url: str | None) -> str:
    return url or os.environ.get(ENV_VAR) or default_url()


NETWORK_FS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "9p", "sshfs", "fuse.sshfs", "afs", "davfs", "fuse.davfs2"}


def _is_network_path(path: Path) -> bool:
    """True when the folder lies on a network share, where SQLite's WAL locking is not safe."""
    p = str(path)
    if p.startswith("\\\\") or p.startswith("//"):
        return True
    if sys.platform.startswith("win"):
        try:
            import ctypes

            drive = os.path.splitdrive(os.path.abspath(p))[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
        except Exception:  # noqa: BLE001  # pragma: no cover - only on Windows
            return False
    try:
        best, fstype = "", ""
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) < 3:
                    continue
                mount = parts[1].replace("\\040", " ")
                if p == mount or p.startswith(mount.rstrip("/") + "/"):
                    if len(mount) > len(best):
                        best, fstype = mount, parts[2]
        return fstype in NETWORK_FS
    except OSError:
        return False


def _parse(url: str) -> DatabaseInfo:
    if url.startswith("sqlite:///"):
        raw = url[len("sqlite:///"):]
        if raw in ("", ":memory:"):
            raise UserError("Basis data SQLite perlu nama berkas, misalnya sqlite:///C:/data/rakor.db.")
        path = Path(unquote(raw)).expanduser()
        if not path.is_absolute() and not url.startswith("sqlite:////"):
            path = Path(os.path.abspath(path))
        return DatabaseInfo(url, "sqlite", path)
    if url.startswith(("postgresql://", "postgres://")):
        return DatabaseInfo(url, "postgresql", None)
    raise UserError(
        f"Alamat basis data tidak dikenal: {url!r}. Gunakan sqlite:///lokasi/berkas.db atau "
        "postgresql://pengguna:sandi@server:5432/nama_db."
    )


def _sqlite(info: DatabaseInfo) -> peewee.SqliteDatabase:
    assert info.path is not None
    folder = info.path.parent
    if _is_network_path(folder):
        raise UserError(
            f"Basis data SQLite tidak boleh berada di folder jaringan ({folder}): data bisa rusak bila dua PC "
            "menulis bersamaan. Simpan di disk PC ini, atau gunakan server PostgreSQL untuk beberapa PC "
            "(--db postgresql://... atau KPU_RAKOR_DB)."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Folder basis data {folder} tidak dapat dibuat: {exc.strerror}.") from exc
    return peewee.SqliteDatabase(str(info.path), pragmas=SQLITE_PRAGMAS, timeout=10)


def peewee_psycopg2() -> None:
    """The desktop app imports peewee without psycopg2 (app._import_peewee): give peewee the driver now, as its
    own import would have (peewee 4.x keeps it in these module globals). Nothing to do when peewee has it."""
    if peewee.psycopg2 is not None:
        return
    try:
        import psycopg2
        from psycopg2 import extensions
        from psycopg2.extras import Json, register_uuid
    except ImportError:
        return  # peewee then says "psycopg2 postgres driver not found", as it would have
    register_uuid()
    peewee.psycopg2, peewee.pg_extensions, peewee.pg_register_uuid, peewee.Json_pg2 = (
        psycopg2, extensions, register_uuid, Json)
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN


def _server_database_class():
    """Built on first use: psycopg2 and the pool are imported only when a PostgreSQL URL is used,
    which keeps the start-up of the common single-PC (SQLite) case short."""
    global _ServerDatabase
    peewee_psycopg2()
    if _ServerDatabase is None:
        from playhouse.pool import PooledPostgresqlDatabase
        from playhouse.shortcuts import ReconnectMixin

        class ServerDatabase(ReconnectMixin, PooledPostgresqlDatabase):
            """PostgreSQL for several PCs. After the server restarts, a held connection is dead while peewee still
            thinks it open: a statement outside a transaction, or the BEGIN of one, reconnects and runs again.
            A failure in the middle of a transaction is never retried silently (its earlier writes are gone)."""

            reconnect_errors = (
                (peewee.OperationalError, "server closed the connection"),
                (peewee.OperationalError, "terminating connection"),
                (peewee.OperationalError, "connection not open"),
                (peewee.OperationalError, "could not receive data"),
                (peewee.OperationalError, "ssl connection has been closed"),
                (peewee.InterfaceError, "connection already closed"),
                (peewee.InterfaceError, "cursor already closed"),
            )

        _ServerDatabase = ServerDatabase
    return _ServerDatabase


_ServerDatabase = None


def _postgres(info: DatabaseInfo) -> peewee.Database:
    # playhouse.db_url does not decode a percent-encoded password, so parse the URL ourselves.
    u = urlparse(info.url)
    name = unquote(u.path.lstrip("/"))
    if not name:
        raise UserError("Alamat PostgreSQL perlu nama basis data, misalnya postgresql://server/kpu_rakor.")
    kwargs = {
        "host": u.hostname or "localhost",
        "port": u.port or 5432,
        "user": unquote(u.username) if u.username else None,
        "password": unquote(u.password) if u.password else None,
        "connect_timeout": 5,
    }
    # A pool with a stale timeout hands out a fresh connection after the server restarts; a single held
    # connection would keep failing while is_closed() says False.
    return _server_database_class()(
        name,
        max_connections=16,
        stale_timeout=60,
        timeout=10,
        **{k: v for k, v in kwargs.items() if v is not None},
    )


def make_database(url: str) -> tuple[peewee.Database, DatabaseInfo]:
    info = _parse(url)
    db = _sqlite(info) if info.engine == "sqlite" else _postgres(info)
    return db, info


DEFAULT_POLICY = "default"  # open_database's backup_policy: the default folder and count (see services.backup)


class EmptyDatabaseFile(UserError):
    """The database file exists but holds 0 bytes. SQLite would silently treat it as a new database; it is
    more often a copy that went wrong, so the user decides (the app asks, the CLI refuses with a sentence)."""

    def __init__(self, path: Path):
        super().__init__(
            f"Berkas basis data {path} kosong (0 byte). Bila ini memang basis data baru, hapus berkas itu lalu "
            "ulangi; bila seharusnya berisi data, pulihkan dari cadangan (kpu-rakor-cli restore BERKAS).")
        self.path = path


def _is_empty_file(path: Path) -> bool:
    # os.stat only: it never opens the file, so SQLite's locks held elsewhere in this process stay intact.
    # A 0-byte file with a non-empty -wal beside it is a database being created by another process.
    try:
        if os.stat(path).st_size != 0:
            return False
    except FileNotFoundError:
        return False
    try:
        return os.stat(f"{path}-wal").st_size == 0
    except FileNotFoundError:
        return True


def open_database(url: str | None = None, *, migrate: bool = True, init_empty: bool = False,
                  backup_policy=DEFAULT_POLICY) -> DatabaseInfo:
    """Bind the models to the database at `url` (or the default), create or upgrade its schema.

    An existing 0-byte SQLite file is refused (EmptyDatabaseFile) unless `init_empty`. Before upgrading an
    older SQLite schema, a verified backup goes to `backup_policy`'s folder (None: no backup; a function: the
    policy it returns, asked only then)."""
    from .migrations import LATEST, current_version, upgrade

    info = None
    url = resolve_url(url)
    db, info = make_database(url)
    if info.engine == "sqlite" and not init_empty and _is_empty_file(info.path):
        raise EmptyDatabaseFile(info.path)
    close_database()
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        database.initialize(None)
        raise UserError(_connect_message(info, exc)) from exc
    if migrate:
        version = current_version(db)
        if info.engine == "sqlite" and backup_policy is not None and version is not None and 0 < version < LATEST:
            _backup_before_migration(info, version, backup_policy)
        if version != LATEST:  # an up-to-date schema (every start but the first) needs nothing more
            upgrade(db)
    db_files.set_current(info)
    return info


def _backup_before_migration(info: DatabaseInfo, version: int, policy) -> None:
    """A verified copy of the older database before its schema changes; no copy, no upgrade."""
    from .services import backup

    if policy == DEFAULT_POLICY:
        policy = backup.default_policy()
    elif callable(policy):
        policy = policy()
    try:
        backup.backup_file_to(info.path, policy)
    except UserError as exc:
        raise UserError(f"Skema basis data perlu ditingkatkan (versi {version}), tetapi cadangan sebelum "
                        f"peningkatan gagal, jadi basis data tidak diubah. {exc}") from exc


def _connect_message(info: DatabaseInfo, exc: Exception) -> str:
    if info.engine == "sqlite":
        return f"Basis data {info.path} tidak dapat dibuka: {exc}. Periksa izin folder dan ruang disk."
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return (
        f"Tidak dapat terhubung ke server PostgreSQL ({first}). Periksa alamat server, nama pengguna, "
        "sandi, dan bahwa server menyala."
    )


def close_database() -> None:
    obj = database.obj
    if obj is not None:
        if hasattr(obj, "close_all"):  # the server pool: close every pooled connection
            obj.close_all()
        elif not obj.is_closed():
            obj.close()
    db_files.set_current(None)


DISK_FULL_MESSAGE = ("Disk penuh: perubahan tidak tersimpan. Kosongkan ruang disk (hapus berkas yang tidak perlu) "
                     "lalu coba lagi; data yang sudah tersimpan aman.")
SQLITE_FULL = 13
PG_DISK_FULL = "53100"


def is_disk_full(exc: BaseException | None) -> bool:
    """SQLite's SQLITE_FULL ("database or disk is full") or PostgreSQL's disk_full (53100, "No space left on
    device"), whether raised by the driver or wrapped by peewee; ENOSPC from the file system too."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, DiskFull):
            return True
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL or getattr(exc, "pgcode", None) == PG_DISK_FULL:
            return True
        if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC
            return True
        text = str(exc).lower()
        if "database or disk is full" in text or "no space left on device" in text:
            return True
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = inner or exc.__cause__ or exc.__context__
        seen += 1
    return False


def disk_full_error(exc: BaseException) -> DiskFull | None:
    """The sentence for a disk-full failure, or None when `exc` is something else."""
    if isinstance(exc, DiskFull):
        return exc
    return DiskFull(DISK_FULL_MESSAGE) if is_disk_full(exc) else None


class _WriteTx:
    """peewee's atomic(), except that a failed rollback never hides the error that caused it. When the disk is
    full, SQLite rolls the whole transaction back by itself; peewee's own rollback then fails with "cannot
    rollback - no transaction is active" (or "no such savepoint"), and that was all the user read."""

    __slots__ = ("_inner",)

    def __init__(self, inner):
        self._inner = inner

    def __enter__(self):
        try:
            return self._inner.__enter__()
        except peewee.DatabaseError as exc:
            if is_disk_full(exc):
                raise DiskFull(DISK_FULL_MESSAGE) from exc
            raise

    def __exit__(self, exc_type, exc, tb):
        try:
            self._inner.__exit__(exc_type, exc, tb)
        except Exception as failure:  # the commit failed, or the rollback after `exc` did
            if isinstance(exc, DiskFull):  # said by a nested write_tx already
                raise exc.with_traceback(tb)
            if is_disk_full(exc) or is_disk_full(failure):
                raise DiskFull(DISK_FULL_MESSAGE) from (exc if is_disk_full(exc) else failure)
            if exc is not None and failure is not exc:
                raise exc.with_traceback(tb) from None  # the real error, not the rollback's
            raise
        if exc is not None and not isinstance(exc, DiskFull) and is_disk_full(exc):
            raise DiskFull(DISK_FULL_MESSAGE) from exc
        return False


def write_tx():
    """A write transaction. On SQLite, IMMEDIATE takes the write lock up front, so two desks never deadlock
    on a lock upgrade; PostgreSQL's default isolation with unique indexes gives the same guarantee.
    A full disk is DiskFull (a UserError saying what to do); nothing of the transaction is kept."""
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase):
        return _WriteTx(db.atomic("IMMEDIATE"))
    return _WriteTx(db.atomic())


def lock_meeting(meeting_id: int) -> None:
    """Inside a write transaction: one writer at a time for this meeting's attendance, where a read decides
    what to write (is this guest new? which minutes are already counted?). SQLite's IMMEDIATE transaction
    already holds the whole database; PostgreSQL takes an advisory lock until the transaction ends."""
    db = database.obj
    if isinstance(db, peewee.PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s, %s)", (4711, int(meeting_id)))


def ensure_connection() -> None:
    """Per-thread connections: a worker thread calls this before touching the database."""
    db = database.obj
    if db is not None and db.is_closed():
        db.connect(reuse_if_open=True)
