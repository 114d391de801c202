"""Which of the SQLite database's files this process holds a POSIX lock on, read from /proc/locks (Linux).
Imported by name from the tests (tests/ has no package)."""
from __future__ import annotations

import os
from pathlib import Path

HAS_PROC_LOCKS = Path("/proc/locks").exists()


def held_locks(db_path: Path) -> set[str]:
    """The names (`kpu-rakor.db`, `kpu-rakor.db-shm`, …) this process holds a lock on, matched by device and
    inode as /proc/locks lists them. An open connection in WAL mode holds the database and its -shm."""
    ids = {}
    for suffix in ("", "-wal", "-shm"):
        try:
            st = os.stat(f"{db_path}{suffix}")
        except FileNotFoundError:
            continue
        ids[f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"] = db_path.name + suffix
    held = set()
    with open("/proc/locks", encoding="ascii") as locks:
        for line in locks:
            parts = line.split()
            if len(parts) < 6 or parts[1] == "->":  # "->" marks a process waiting for a lock, not holding it
                continue
            if parts[4] == str(os.getpid()) and parts[5] in ids:
                held.add(ids[parts[5]])
    return held
