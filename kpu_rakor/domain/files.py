"""Reading files the user picked (CSV lists, meeting exports, Zoom reports): every failure is one sentence."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from .db import refuse_database_file
from .errors import UserError


def read_user_file(path: str | Path, what: str = "berkas") -> bytes:
    """The bytes of `path`; `what` names the expected kind ("berkas CSV") for the folder message."""
    with reading(path, what):
        return Path(path).read_bytes()


def open_user_file(path: str | Path, what: str = "berkas", **text):
    """`path` opened for reading (binary, or text with `encoding=…`), to read a large file a piece at a time.
    Read it inside `with reading(path, what):` so a failure while reading is a sentence too."""
    with reading(path, what):
        return open(Path(path), "r" if text else "rb", **text)


@contextmanager
def reading(path: str | Path, what: str = "berkas"):
    """Turns an OSError of opening or reading the user's file into one sentence naming it."""
    refuse_database_file(Path(path))  # reading it would drop SQLite's locks (see db.DATABASE_SUFFIXES)
    try:
        yield
    except OSError as exc:
        raise _message(exc, repr(str(path)), what) from None


def _message(exc: OSError, label: str, what: str) -> UserError:
    if isinstance(exc, FileNotFoundError):
        return UserError(f"Berkas {label} tidak ditemukan.")
    if isinstance(exc, IsADirectoryError):
        return UserError(f"{label} adalah folder, bukan {what}.")
    if isinstance(exc, PermissionError):
        return UserError(f"Berkas {label} tidak dapat dibaca: izin ditolak.")
    return UserError(f"Berkas {label} tidak dapat dibaca: {exc.strerror or exc}.")
