"""Where the database lives and which files are it: the app-data folder, the database `db.open_database()` has
open, and the rule that a file the user names is never that database.

Below `db` (which records the open database here), so services such as backups use these without importing
`db` back.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError


@dataclass
class DatabaseInfo:
    url: str
    engine: str  # "sqlite" or "postgresql"
    path: Path | None  # the file, for SQLite


_current: DatabaseInfo | None = None


def app_data_dir() -> Path:
    """The platform's per-user application-data folder (what QStandardPaths.AppDataLocation gives)."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "KPU" / "KPU Rakor"


def set_current(info: DatabaseInfo | None) -> None:
    """Called by db.open_database() and db.close_database() only."""
    global _current
    _current = info


def current_info() -> DatabaseInfo | None:
    return _current


# SQLite keeps these beside the database; opening and closing any of them in this process (to read it as a
# logo, to write a PDF over it) drops every lock SQLite holds on it on Linux and macOS, and the -wal holds the
# newest commits.
DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def is_database_file(path: str | Path) -> bool:
    """True when `path` names the open SQLite database or a file SQLite keeps beside it, by name or as the same
    file under another name (a link). Decided by path and stat alone: never by opening the file."""
    info = _current
    if info is None or info.engine != "sqlite" or info.path is None:
        return False
    try:
        chosen = os.path.normcase(os.path.realpath(path))
    except (OSError, ValueError):  # a name no file can have (a NUL in it) is not the database
        return False
    try:
        chosen_id = os.stat(path)
    except (OSError, ValueError):
        chosen_id = None
    for suffix in DATABASE_SUFFIXES:
        own = str(info.path) + suffix
        if chosen == os.path.normcase(os.path.realpath(own)):
            return True
        if chosen_id is not None:
            try:
                if os.path.samestat(chosen_id, os.stat(own)):
                    return True
            except (OSError, ValueError):
                continue
    return False


def refuse_database_file(path: str | Path) -> None:
    """Before the program reads or writes a file a user named: never the database itself."""
    if is_database_file(path):
        raise UserError(f"Berkas {path} adalah basis data KPU Rakor yang sedang dipakai; pilih berkas lain.")
