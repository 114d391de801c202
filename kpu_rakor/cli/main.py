"""kpu-rakor-cli: the headless command line. Every failure ends as one Indonesian line and a non-zero status."""
from __future__ import annotations

import errno
import logging
import sys
import traceback

import peewee

from ..domain import db
from ..domain.errors import DiskFull, UserError
from ..domain.services import installation
from . import backup_cmds, checkin_cmds, demo_cmds, meeting_cmds, pdf_cmds, person_cmds, qr_cmds, satker_cmds
from . import followup_cmds, news_cmds, photo_cmds, search_cmds, serve_cmds, zoom_cmds
from . import audit_cmds, certificate_cmds, docx_cmds, export_cmds, group_cmds, office_cmds, recap_cmds
from . import retention_cmds
from .parsing import IndonesianArgumentParser, UsageError

EXIT_USER, EXIT_USAGE, EXIT_STORAGE, EXIT_INTERRUPTED, EXIT_BUG = 1, 2, 4, 130, 70
EPILOG = ("Status keluar: 0 berhasil, 1 kesalahan data atau perintah yang bisa diperbaiki, 2 penulisan perintah "
          "salah, 3 presensi ditolak, 4 masalah basis data atau disk, 70 kesalahan program (dicatat di log).")


def build_parser() -> IndonesianArgumentParser:
    parser = IndonesianArgumentParser(
        prog="kpu-rakor-cli", description="KPU Rakor tanpa jendela: rapat, orang, kode QR, presensi dan PDF.",
        epilog=EPILOG)
    parser.add_argument("--db", metavar="URL", help=f"basis data (bawaan: variabel {db.ENV_VAR}, atau berkas "
                                                    "SQLite di folder data aplikasi), mis. sqlite:///rakor.db atau "
                                                    "postgresql://pengguna:sandi@server/kpu_rakor")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", required=True)
    for module in (demo_cmds, meeting_cmds, person_cmds, satker_cmds, qr_cmds, checkin_cmds, pdf_cmds, docx_cmds,
                   backup_cmds, zoom_cmds, serve_cmds, followup_cmds, photo_cmds, news_cmds, search_cmds,
                   audit_cmds, retention_cmds, export_cmds, recap_cmds, group_cmds, certificate_cmds, office_cmds):
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(f"Perintah tidak sah: {exc}", EXIT_USAGE)
    except SystemExit as exc:  # --help printed its text
        return exc.code if isinstance(exc.code, int) else 0
    try:
        if getattr(args, "opens_database", True):  # `restore` opens the database it replaces itself
            db.open_database(args.db)
            installation.ensure_ready()
        return args.func(args)
    except UsageError as exc:  # options that cannot go together, found after parsing
        return _fail(f"Perintah tidak sah: {exc}", EXIT_USAGE)
    except DiskFull as exc:  # a storage problem, not the user's data: status 4 like other disk failures
        return _fail(str(exc), EXIT_STORAGE)
    except UserError as exc:
        return _fail(str(exc), EXIT_USER)
    except BrokenPipeError:
        return 0  # the reader (e.g. `head`) stopped reading: not an error
    except KeyboardInterrupt:
        return _fail("Dibatalkan.", EXIT_INTERRUPTED)
    except peewee.DatabaseError as exc:
        return _fail(_database_message(exc), EXIT_STORAGE)
    except peewee.InterfaceError as exc:
        return _fail(_database_message(exc), EXIT_STORAGE)
    except OSError as exc:
        return _fail(_os_message(exc), EXIT_STORAGE)
    except Exception:  # noqa: BLE001 - last resort: keep the traceback for the developer, give the user one sentence
        return _fail(_crash_message(), EXIT_BUG)
    finally:
        try:
            db.close_database()
        except Exception:  # noqa: BLE001 - closing must never hide the real outcome
            pass


def _fail(message: str, code: int) -> int:
    print(" ".join(message.split()), file=sys.stderr)  # one line, whatever the message held
    return code


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def _database_message(exc: Exception) -> str:
    text = _first_line(exc)
    low = text.lower()
    if db.is_disk_full(exc):
        return db.DISK_FULL_MESSAGE
    if "locked" in low or "busy" in low:
        return "Basis data sedang dipakai PC atau program lain. Tunggu sebentar lalu coba lagi."
    if "readonly" in low or "read-only" in low:
        return "Basis data hanya dapat dibaca: periksa izin berkas dan folder basis data."
    if "malformed" in low or "not a database" in low:
        return "Berkas basis data rusak atau bukan basis data KPU Rakor. Pulihkan dari cadangan."
    if "connection" in low or "server" in low:
        return f"Koneksi ke server basis data terputus ({text}). Periksa jaringan dan server, lalu coba lagi."
    return f"Kesalahan basis data: {text}."


def _os_message(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"Disk penuh: berkas tidak dapat ditulis{where}. Kosongkan ruang disk lalu coba lagi."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"Izin ditolak{where}: periksa hak akses berkas atau folder."
    if exc.errno == errno.ENOENT:
        return f"Berkas atau folder tidak ditemukan{where}."
    if exc.errno == errno.EISDIR:
        return f"Yang ditunjuk adalah folder, bukan berkas{where}."
    if exc.errno == errno.EROFS:
        return f"Disk hanya dapat dibaca{where}."
    return f"Kesalahan berkas atau disk{where}: {exc.strerror or _first_line(exc)}."


def _crash_message() -> str:
    path = db.app_data_dir() / "logs" / "kpu-rakor-cli.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        logger = logging.getLogger(__name__)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        try:
            logger.error("perintah gagal: %s\n%s", " ".join(sys.argv), traceback.format_exc())
        finally:
            logger.removeHandler(handler)
            handler.close()
        return f"Terjadi kesalahan tak terduga pada program; rinciannya dicatat di {path}."
    except Exception:  # noqa: BLE001 - the log itself failed (disk full, no permission): still answer in one sentence
        return "Terjadi kesalahan tak terduga pada program, dan rinciannya tidak dapat dicatat."


if __name__ == "__main__":
    sys.exit(main())
