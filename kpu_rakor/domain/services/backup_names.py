"""The names of finished backups and when each was made: read by the backup service and, without loading it
(sqlite3, shutil), by the Beranda page at start-up, which shows the date of the last backup."""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from ..db_files import app_data_dir

PREFIX = "kpu-rakor-cadangan-"
NAME_RE = re.compile(r"^kpu-rakor-cadangan-(\d{8}-\d{6})(?:-(\d+))?\.db$")


def default_folder() -> Path:
    """Where backups go unless this PC chose another folder."""
    return app_data_dir() / "cadangan"


def _order(path: Path) -> tuple[str, int]:
    m = NAME_RE.match(path.name)
    return (m.group(1), int(m.group(2) or 0)) if m else ("", 0)


def backups_in(folder: Path) -> list[Path]:
    """The finished backups in `folder`, oldest first (the name holds the time, then -1, -2… in one second)."""
    try:
        names = [p for p in folder.iterdir() if NAME_RE.match(p.name)]
    except OSError:
        return []
    return sorted(names, key=_order)


def taken_at(path: Path) -> datetime:
    """When a backup was made: from its name when it is one of ours, else the file's time."""
    m = NAME_RE.match(path.name)
    if m:
        return datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
    return datetime.fromtimestamp(path.stat().st_mtime)


def last_backup(folder: Path) -> datetime | None:
    found = backups_in(folder)
    return taken_at(found[-1]) if found else None
