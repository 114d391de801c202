"""Reading files the user picked (CSV lists, meeting exports, Zoom reports): every failure is one sentence."""
from __future__ import annotations

from pathlib import Path

from .db import refuse_database_file
from .errors import UserError


def read_user_file(path: str | Path, what: str = "berkas") -> bytes:
    """The bytes of `path`; `what` names the expected kind ("berkas CSV") for the folder message."""
    path = Path(path)
    label = repr(str(path))
    refuse_database_file(path)  # reading it would drop SQLite's locks (see db.DATABASE_SUFFIXES)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Berkas {label} tidak ditemukan.") from None
    except IsADirectoryError:
        raise UserError(f"{label} adalah folder, bukan {what}.") from None
    except PermissionError:
        raise UserError(f"Berkas {label} tidak dapat dibaca: izin ditolak.") from None
    except OSError as exc:
        raise UserError(f"Berkas {label} tidak dapat dibaca: {exc.strerror or exc}.") from None
