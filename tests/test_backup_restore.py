"""Backups a person can restore: back up, change, restore gives the backup back row for row; bad backup files,
a busy second process, a kill part-way and a full disk each end in a clear sentence with nothing lost."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.migrations import LATEST
from kpu_rakor.domain.services import backup, demo, meetings, people, restore

V1_SQL = Path(__file__).parent / "data" / "schema_v1.sql"
DEMO_DAY = date(2026, 12, 3)


# --- helpers -------------------------------------------------------------------------------------------------

def dump(path: Path) -> dict[str, list]:
    """Every table of the SQLite file at `path`, every row, in a stable order (read through SQLite itself)."""
    con = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """The demo data once per module, as a closed file each test copies (a closed file, not a live one)."""
    path = tmp_path_factory.mktemp("template") / "demo.db"
    dbmod.open_database(f"sqlite:///{path}")
    demo.load_demo(today=DEMO_DAY)
    dbmod.close_database()
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


@pytest.fixture
def live(demo_template, tmp_path):
    """An open database holding the demo; yields its path."""
    path = tmp_path / "rakor.db"
    shutil.copyfile(demo_template, path)
    dbmod.open_database(f"sqlite:///{path}")
    yield path
    dbmod.close_database()


def _v1_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.executescript(V1_SQL.read_text(encoding="utf-8"))
    con.close()
    return path


def _change_everything() -> None:
    """Add, delete and modify rows in several tables, through the services and beside them."""
    people.create(name="Orang Baru Setelah Cadangan")
    first = meetings.listing()[0]
    meetings.delete(first.id)
    db = dbmod.database.obj
    db.execute_sql("UPDATE attendance SET note = 'diubah setelah cadangan'")
    db.execute_sql("DELETE FROM follow_up WHERE id IN (SELECT id FROM follow_up LIMIT 2)")
    db.execute_sql("UPDATE office_profile SET city = 'Kota Lain'")
    db.execute_sql("INSERT INTO setting (key, value) VALUES ('uji', 'baru')")


# --- the round trip ------------------------------------------------------------------------------------------

def test_backup_change_restore_gives_every_table_back_row_for_row(live, tmp_path):
    saved = backup.backup_sqlite(_folder(tmp_path))
    expected = dump(saved)
    _change_everything()
    assert dump(live) != expected
    assert Path(f"{live}-wal").stat().st_size > 0  # the newest changes sit in the -wal: restore must cover it
    result = restore.restore_sqlite(saved, safety_folder=tmp_path / "aman")
    assert dump(live) == expected  # every table, every row, the full-text index's tables included
    counts = (result.contents.meetings, result.contents.people, result.contents.attendance)
    assert all(n > 0 for n in counts)
    text = result.message()
    assert text.startswith("Dipulihkan dari cadangan ")
    assert f"{counts[0]} rapat, {counts[1]} orang, {counts[2]} catatan kehadiran" in text
    # The data as it was before the restore is kept, verified, in the backup folder.
    assert result.safety_copy is not None and result.safety_copy.parent == tmp_path / "aman"
    assert str(result.safety_copy) in text
    safety = dump(result.safety_copy)
    assert ("uji", "baru") in safety["setting"]
    # The models work on the restored data at once (this process's open connection sees it).
    assert people.listing("Orang Baru Setelah") == []
    con = sqlite3.connect(str(live))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "cadangan"
    folder.mkdir(exist_ok=True)
    return folder


def test_a_backup_is_one_self_contained_file(live, tmp_path):
    saved = backup.backup_sqlite(_folder(tmp_path))
    con = sqlite3.connect(f"{saved.as_uri()}?mode=ro", uri=True)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]  # no -wal, no temporary file


def test_a_backup_made_by_an_earlier_release_restores_and_stays_untouched(live, tmp_path):
    """Earlier releases wrote WAL-mode backup files; checking one must not leave -wal/-shm files beside it."""
    folder = _folder(tmp_path)
    old = folder / "kpu-rakor-cadangan-20261101-080000.db"
    src, dst = sqlite3.connect(str(live)), sqlite3.connect(str(old))
    src.backup(dst)
    dst.close()
    src.close()
    expected = dump(old)
    people.create(name="Tambahan")
    restore.restore_sqlite(old, safety_folder=tmp_path / "aman")
    assert dump(live) == expected
    assert sorted(p.name for p in folder.iterdir()) == [old.name]


def test_restoring_an_older_schema_upgrades_it(live, tmp_path):
    old = _v1_file(tmp_path / "kpu-rakor-cadangan-20210407-090000.db")
    result = restore.restore_sqlite(old, safety_folder=tmp_path / "aman")
    assert result.upgraded_to == LATEST and "ditingkatkan dari versi 1" in result.message()
    assert "07 April 2021 09.00" in result.message()
    assert [p.name for p in people.listing("amarodin")] == ["Much. Amarodin, S.Pd."]
    con = sqlite3.connect(str(live))
    assert con.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] == LATEST
    assert con.execute("SELECT COUNT(*) FROM person").fetchone()[0] == 3
    con.close()


# --- bad backup files ----------------------------------------------------------------------------------------

def _text(path: Path) -> Path:
    path.write_text("bukan basis data\n" * 100)
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _foreign(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name)")
    con.execute("INSERT INTO contacts VALUES ('x')")
    con.commit()
    con.close()
    return path


def _newer(path: Path) -> Path:
    path = _v1_file(path)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_migrations VALUES (99, 'masa depan', '2030-01-01')")
    con.commit()
    con.close()
    return path


def _truncated(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def _corrupt(path: Path, source: Path) -> Path:
    data = bytearray(source.read_bytes())
    for at in range(4096 * 3, len(data), 4096 * 5):  # damage the middle of many pages, keep the header
        data[at + 100: at + 600] = b"\xff" * 500
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("kind, expected", [
    ("text", "bukan basis data SQLite"),
    ("empty", r"kosong \(0 byte\)"),
    ("foreign", "bukan milik KPU Rakor"),
    ("newer", "versi KPU Rakor yang lebih baru"),
    ("truncated", "rusak atau terpotong"),
    ("corrupt", "rusak atau terpotong"),
    ("missing", "tidak ditemukan"),
])
def test_bad_backup_files_are_refused_and_the_database_is_unchanged(live, tmp_path, kind, expected):
    good = backup.backup_sqlite(_folder(tmp_path))
    bad = tmp_path / f"kpu-rakor-cadangan-{kind}.db"
    maker = {"text": _text, "empty": _empty, "foreign": _foreign, "newer": _newer,
             "truncated": lambda p: _truncated(p, good), "corrupt": lambda p: _corrupt(p, good),
             "missing": lambda p: p}[kind]
    maker(bad)
    before = dump(live)
    with pytest.raises(UserError, match=expected):
        restore.restore_sqlite(bad, safety_folder=tmp_path / "aman")
    assert dump(live) == before
    assert not (tmp_path / "aman").exists()  # refused before anything was written
    if bad.exists() and kind != "empty":
        assert bad.read_bytes()  # the checked file itself is not changed either


def test_the_live_database_is_not_a_backup(live, tmp_path):
    with pytest.raises(UserError, match="sedang dipakai, bukan cadangan"):
        restore.restore_sqlite(live, safety_folder=tmp_path / "aman")


# --- another process ----------------------------------------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    if sys.argv[2] == "write":
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE setting SET value = value")
    print(con.execute("SELECT COUNT(*) FROM person").fetchone()[0], flush=True)
    sys.stdin.readline()
    if sys.argv[2] == "write":
        con.execute("ROLLBACK")
    print(con.execute("SELECT COUNT(*) FROM person").fetchone()[0], flush=True)
""")


def _holder(path: Path, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip().isdigit()  # the other process has the database open now
    return proc


def _release(proc: subprocess.Popen) -> int:
    out, _ = proc.communicate("\n", timeout=30)
    return int(out.strip())


def test_restore_while_another_process_has_the_database_open(live, tmp_path):
    saved = backup.backup_sqlite(_folder(tmp_path))
    expected = dump(saved)
    people.create(name="Tambahan")
    other = _holder(live, "read")
    try:
        restore.restore_sqlite(saved, safety_folder=tmp_path / "aman")
    finally:
        seen = _release(other)
    assert seen == len(expected["person"])  # the other process reads the restored data
    assert dump(live) == expected


def test_restore_while_another_process_writes_says_so_and_changes_nothing(live, tmp_path):
    saved = backup.backup_sqlite(_folder(tmp_path))
    people.create(name="Tambahan")
    before = dump(live)
    other = _holder(live, "write")
    try:
        started = time.monotonic()
        with pytest.raises(UserError, match="sedang dipakai menulis oleh program lain"):
            restore.restore_sqlite(saved, safety_folder=tmp_path / "aman", busy_seconds=0.5)
        assert time.monotonic() - started < 8
    finally:
        _release(other)
    assert dump(live) == before


KILLED_RESTORE = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kpu_rakor.domain import db
    from kpu_rakor.domain.services import restore
    db.open_database("sqlite:///" + sys.argv[1])
    marker = Path(sys.argv[3])
    def step(done, total):
        if done >= total // 2 and not marker.exists():
            marker.write_text("separuh")
        if marker.exists():
            time.sleep(60)   # killed here, with half of the pages written into the database's transaction
    restore.restore_sqlite(sys.argv[2], safety_folder=Path(sys.argv[4]), pages=4, on_step=step)
""")


def test_a_restore_killed_part_way_leaves_the_old_data(live, tmp_path):
    saved = backup.backup_sqlite(_folder(tmp_path))
    _change_everything()
    before = dump(live)
    dbmod.close_database()
    marker = tmp_path / "separuh"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_RESTORE, str(live), str(saved), str(marker),
                             str(tmp_path / "aman")])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, "the restore ended before it was half way"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    # SQLite rolls the uncommitted pages back: the old data, whole, and a sound file.
    assert dump(live) == before
    con = sqlite3.connect(str(live))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    dbmod.open_database(f"sqlite:///{live}")


# --- writing a backup: killed part-way, a full disk ---------------------------------------------------------

def test_a_failure_while_writing_leaves_no_backup_file(live, tmp_path, monkeypatch):
    folder = _folder(tmp_path)

    def no_space(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup.os, "fsync", no_space)  # the system edge: the disk fills as the copy is synced
    with pytest.raises(UserError, match="Disk penuh: cadangan tidak dapat ditulis ke .*basis data tidak berubah"):
        backup.backup_sqlite(folder)
    assert list(folder.iterdir()) == []


KILLED_BACKUP = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from kpu_rakor.domain import db
    from kpu_rakor.domain.services import backup
    db.open_database("sqlite:///" + sys.argv[1])
    def stall(fd):
        Path(sys.argv[3]).write_text("copied")
        time.sleep(60)   # killed here: the copy is written but not yet checked and renamed
    backup.os.fsync = stall
    backup.backup_sqlite(Path(sys.argv[2]))
""")


def test_a_backup_killed_part_way_leaves_no_file_that_looks_like_a_backup(live, tmp_path):
    folder = _folder(tmp_path)
    marker = tmp_path / "copied"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(live), str(folder), str(marker)])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert backup.backups_in(folder) == []
    leftovers = [p.name for p in folder.iterdir()]
    assert len(leftovers) == 1 and leftovers[0].startswith(".kpu-rakor-cadangan-") and leftovers[0].endswith(".tmp")
    # The next automatic backup clears such a leftover once it is clearly stale.
    old = time.time() - 2 * 3600
    os.utime(folder / leftovers[0], (old, old))
    backup.backup_file_to(live, backup.BackupPolicy(folder, keep=3))
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


def _mount_tiny_tmpfs(where: Path) -> bool:
    where.mkdir()
    if not shutil.which("mount") or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(where)],
                          capture_output=True)
    return done.returncode == 0


def test_a_full_disk_during_backup_is_one_sentence_and_nothing_is_lost(live, tmp_path):
    """A real full disk where this machine allows mounting a 200 KB tmpfs (root); elsewhere the file size
    limit (RLIMIT_FSIZE) makes the write fail the same way (see the next test)."""
    disk = tmp_path / "kecil"
    if not _mount_tiny_tmpfs(disk):
        test_a_file_size_limit_during_backup_is_a_clear_sentence(live, tmp_path)
        return
    try:
        before = dump(live)
        with pytest.raises(UserError, match="Disk penuh: cadangan tidak dapat ditulis ke") as caught:
            backup.backup_sqlite(disk)
        assert "basis data tidak berubah" in str(caught.value)
        assert list(disk.iterdir()) == []  # no half-written backup left taking the space
        assert dump(live) == before
    finally:
        subprocess.run(["umount", str(disk)], check=False)


FSIZE_BACKUP = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from kpu_rakor.domain import db
    from kpu_rakor.domain.errors import UserError
    from kpu_rakor.domain.services import backup
    db.open_database("sqlite:///" + sys.argv[1])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a write past the limit then fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))
    try:
        backup.backup_sqlite(Path(sys.argv[2]))
    except UserError as exc:
        print(exc)
""")


def test_a_file_size_limit_during_backup_is_a_clear_sentence(live, tmp_path):
    folder = tmp_path / "batas"
    folder.mkdir()
    before = dump(live)
    done = subprocess.run([sys.executable, "-c", FSIZE_BACKUP, str(live), str(folder)], capture_output=True,
                          text=True, timeout=120)
    # SQLite reports EFBIG as a disk I/O error: the sentence says where, what to check, and that nothing changed.
    assert "tidak dapat ditulis ke" in done.stdout, done.stdout + done.stderr
    assert "ruang disk" in done.stdout and "basis data tidak berubah" in done.stdout
    assert list(folder.iterdir()) == []
    assert dump(live) == before


# --- automatic backups ---------------------------------------------------------------------------------------

def test_an_older_database_is_backed_up_before_its_schema_is_upgraded(tmp_path):
    path = _v1_file(tmp_path / "lama.db")
    folder = tmp_path / "otomatis"
    dbmod.open_database(f"sqlite:///{path}", backup_policy=backup.BackupPolicy(folder, keep=5))
    dbmod.close_database()
    [made] = backup.backups_in(folder)
    con = sqlite3.connect(str(made))
    assert con.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] == 1  # as it was before
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    # Up to date now: opening again makes no further copy; nor does a new, empty database.
    dbmod.open_database(f"sqlite:///{path}", backup_policy=backup.BackupPolicy(folder, keep=5))
    dbmod.close_database()
    dbmod.open_database(f"sqlite:///{tmp_path / 'baru.db'}", backup_policy=backup.BackupPolicy(folder, keep=5))
    dbmod.close_database()
    assert backup.backups_in(folder) == [made]


def test_no_upgrade_without_its_backup(tmp_path, monkeypatch):
    path = _v1_file(tmp_path / "lama.db")
    monkeypatch.setattr(backup.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space")))
    with pytest.raises(UserError, match="cadangan sebelum peningkatan gagal.*Disk penuh"):
        dbmod.open_database(f"sqlite:///{path}", backup_policy=backup.BackupPolicy(tmp_path / "c"))
    dbmod.close_database()
    con = sqlite3.connect(str(path))
    assert con.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] == 1
    con.close()


def test_only_the_newest_backups_are_kept(live, tmp_path):
    folder = tmp_path / "otomatis"
    policy = backup.BackupPolicy(folder, keep=3)
    made = [backup.backup_file_to(live, policy) for _ in range(5)]
    assert backup.backups_in(folder) == made[-3:]  # same second: -1, -2… keep their order
    other = folder / "catatan-saya.db"
    other.write_bytes(b"x")
    backup.prune(folder, 1)
    assert sorted(p.name for p in folder.iterdir()) == sorted([made[-1].name, other.name])


def test_daily_backup_is_due_once_a_day_and_can_be_turned_off(live, tmp_path):
    folder = tmp_path / "otomatis"
    policy = backup.BackupPolicy(folder)
    assert backup.daily_backup_due(policy)
    made = backup.automatic_backup(policy)
    assert backup.last_backup(folder) == backup.taken_at(made)
    assert not backup.daily_backup_due(policy)
    assert backup.daily_backup_due(policy, now=datetime.now() + timedelta(days=1, minutes=1))
    policy.daily = False
    assert not backup.daily_backup_due(policy, now=datetime.now() + timedelta(days=3))


# --- 0-byte database files -----------------------------------------------------------------------------------

def test_an_empty_database_file_is_not_silently_made_a_new_installation(tmp_path):
    path = tmp_path / "rakor.db"
    path.write_bytes(b"")
    with pytest.raises(dbmod.EmptyDatabaseFile, match=r"kosong \(0 byte\)"):
        dbmod.open_database(f"sqlite:///{path}")
    assert path.stat().st_size == 0
    dbmod.open_database(f"sqlite:///{path}", init_empty=True)  # the user said yes
    dbmod.close_database()
    assert path.stat().st_size > 0


# --- the command line ----------------------------------------------------------------------------------------

def test_restore_command(live, tmp_path, capsys, monkeypatch):
    from kpu_rakor.cli.main import main

    saved = backup.backup_sqlite(_folder(tmp_path))
    expected = dump(saved)
    people.create(name="Tambahan")
    dbmod.close_database()
    url = f"sqlite:///{live}"
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # not a terminal: --yes is required
    assert main(["--db", url, "restore", str(saved)]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", url, "restore", str(saved), "--yes", "--folder", str(tmp_path / "aman")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Dipulihkan dari cadangan") and "aman" in out
    assert dump(live) == expected
    bad = _text(tmp_path / "bukan.db")
    assert main(["--db", url, "restore", str(bad), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "bukan cadangan KPU Rakor" in err and len(err.strip().splitlines()) == 1


def test_restore_command_brings_back_a_database_file_that_was_emptied(live, tmp_path, capsys):
    from kpu_rakor.cli.main import main

    saved = backup.backup_sqlite(_folder(tmp_path))
    expected = dump(saved)
    dbmod.close_database()
    for side in ("-wal", "-shm"):
        Path(f"{live}{side}").unlink(missing_ok=True)
    live.write_bytes(b"")
    url = f"sqlite:///{live}"
    assert main(["--db", url, "meeting", "list"]) == 1
    assert "kosong (0 byte)" in capsys.readouterr().err
    assert main(["--db", url, "restore", str(saved), "--yes"]) == 0
    assert dump(live) == expected


# --- PostgreSQL ----------------------------------------------------------------------------------------------

def test_postgresql_answers_with_pg_dump_and_pg_restore(pg_db, tmp_path, capsys):
    from kpu_rakor.cli.main import main

    with pytest.raises(UserError, match="pg_dump -Fc"):
        backup.backup_sqlite(tmp_path)
    with pytest.raises(UserError, match="pg_restore --clean"):
        restore.restore_sqlite(tmp_path / "x.db")
    dbmod.close_database()
    assert main(["--db", pg_db, "restore", str(tmp_path / "x.db"), "--yes"]) == 1
    assert "pg_restore" in capsys.readouterr().err
    assert main(["--db", pg_db, "backup", str(tmp_path)]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_restore_command_into_a_damaged_or_missing_database_file(live, tmp_path, capsys):
    from kpu_rakor.cli.main import main

    saved = backup.backup_sqlite(_folder(tmp_path))
    expected = dump(saved)
    dbmod.close_database()
    damaged = tmp_path / "rusak.db"
    damaged.write_text("bukan basis data\n")
    assert main(["--db", f"sqlite:///{damaged}", "restore", str(saved), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "rusak sehingga tidak dapat ditimpa" in err and "Pindahkan berkas itu" in err
    assert damaged.read_text() == "bukan basis data\n"  # left for the user to move aside, not destroyed
    fresh = tmp_path / "baru" / "rakor.db"
    assert main(["--db", f"sqlite:///{fresh}", "restore", str(saved), "--yes", "--folder",
                 str(tmp_path / "aman")]) == 0
    out = capsys.readouterr().out
    assert "Salinan basis data sebelumnya" not in out  # nothing was there to keep
    assert not (tmp_path / "aman").exists()
    assert dump(fresh) == expected


def test_restore_command_asks_on_a_terminal(live, tmp_path, capsys, monkeypatch):
    from kpu_rakor.cli.main import main

    saved = backup.backup_sqlite(_folder(tmp_path))
    expected = dump(saved)
    people.create(name="Tambahan")
    dbmod.close_database()
    before = dump(live)

    class Terminal:
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    answers = iter(["t", "ya"])
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    url = f"sqlite:///{live}"
    assert main(["--db", url, "restore", str(saved), "--folder", str(tmp_path / "aman")]) == 1
    out = capsys.readouterr().out
    assert "Berkas ini berisi cadangan" in out and "Dibatalkan; basis data tidak berubah." in out
    assert dump(live) == before
    assert main(["--db", url, "restore", str(saved), "--folder", str(tmp_path / "aman")]) == 0
    assert "Dipulihkan dari cadangan" in capsys.readouterr().out
    assert dump(live) == expected
