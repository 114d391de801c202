"""Upgrading a database made by an earlier release keeps every row and every link between rows."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain import search_index
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.migrations import LATEST, STEPS, SchemaMigration, current_version, downgrade_to
from kpu_rakor.domain.models import Attendance, Invitation, Meeting, Person
from kpu_rakor.domain.services import checkin, installation, people, qr

V1_SQL = Path(__file__).parent / "data" / "schema_v1.sql"


def _v1_database(tmp_path) -> str:
    path = tmp_path / "lama.db"
    con = sqlite3.connect(path)
    con.executescript(V1_SQL.read_text(encoding="utf-8"))
    con.close()
    return f"sqlite:///{path}"


def test_v1_database_upgrades_without_losing_a_row(tmp_path):
    url = _v1_database(tmp_path)
    dbmod.open_database(url)
    try:
        assert current_version(dbmod.database.obj) == LATEST
        assert Person.select().count() == 3
        assert Meeting.get_by_id(1).title == "Rakor Penguatan Bakohumas"
        # The rows that hang off people survived the table rebuild (no cascade delete).
        assert Attendance.select().count() == 1 and Invitation.select().count() == 1
        # The new column was filled from the names: search ignores titles and accents now.
        assert [p.name for p in people.listing("amarodin")] == ["Much. Amarodin, S.Pd."]
        assert [p.name for p in people.listing("lukasz")] == ["Łukasz <Tamu> & Co"]
        # Codes printed before the upgrade still check in (same secret, same ids).
        r = checkin.check_in_code(1, qr.invitation_code(1, 1), "Meja 1")
        assert r.result == "already_checked_in"
        installation.ensure_ready()  # the directory of a v1 database is not loaded twice
        assert installation.profile().writer_initials == "amr"
    finally:
        dbmod.close_database()


def test_upgrade_runs_once(tmp_path):
    url = _v1_database(tmp_path)
    dbmod.open_database(url)
    dbmod.close_database()
    dbmod.open_database(url)
    try:
        with dbmod.database.obj.bind_ctx([SchemaMigration]):
            assert SchemaMigration.select().count() == len(STEPS)  # versions may skip a number
    finally:
        dbmod.close_database()


def test_database_from_a_newer_release_is_refused_untouched(tmp_path):
    url = f"sqlite:///{tmp_path / 'baru.db'}"
    dbmod.open_database(url)
    dbmod.database.obj.execute_sql("INSERT INTO schema_migrations (version, name, applied_at) "
                                   "VALUES (99, 'masa depan', '2030-01-01 00:00:00')")
    dbmod.close_database()
    with pytest.raises(UserError, match="lebih baru"):
        dbmod.open_database(url)
    dbmod.close_database()


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "lain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name)")
    con.close()
    with pytest.raises(UserError, match="bukan milik KPU Rakor"):
        dbmod.open_database(f"sqlite:///{path}")
    dbmod.close_database()
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["contacts"]
    con.close()


def test_upgrade_from_previous_schema_on_each_engine(any_db_url):
    """The server gets the same steps: build the previous schema with the step's undo, add rows, upgrade."""
    dbmod.open_database(any_db_url)
    installation.ensure_ready()
    p = people.create(name="Hj. Siti Aminah, S.E.", position="Sekretaris")
    raw = dbmod.database.obj
    previous = STEPS[-2].version  # the versions may have a gap (a step numbered on another branch)
    downgrade_to(raw, previous)
    assert current_version(raw) == previous
    dbmod.close_database()
    dbmod.open_database(any_db_url)
    try:
        assert current_version(dbmod.database.obj) == LATEST
        assert Person.get_by_id(p.id).name_key == "siti aminah"
    finally:
        dbmod.close_database()


def test_v1_database_gets_the_search_index(tmp_path):
    """Step 5 on a database of the first release: the index and its triggers exist, and later writes are found."""
    from kpu_rakor.domain.db import write_tx
    from kpu_rakor.domain.models import Minutes
    from kpu_rakor.domain.services import search

    dbmod.open_database(_v1_database(tmp_path))
    try:
        assert search_index.missing(dbmod.database.obj) == []
        with write_tx():
            Minutes.create(meeting=1, opening_text="Rapat dibuka oleh Ketua.")
        hits = search.search("dibuka")
        assert [(h.meeting_id, h.meeting_title, h.part) for h in hits] == [
            (1, "Rakor Penguatan Bakohumas", "opening_text")]
    finally:
        dbmod.close_database()


def test_person_privacy_step_keeps_people_and_adds_the_marks(any_db_url):
    """The personal-data step (anonymised_at, deleted_at on person) goes down and up on each engine, keeping
    every person and their attendance; after it, a person can be anonymised."""
    from datetime import date, time

    from kpu_rakor.domain.migrations import STEPS
    from kpu_rakor.domain.services import meetings, privacy

    step = next(s for s in STEPS if s.name == "penanda anonimisasi dan penghapusan orang")
    dbmod.open_database(any_db_url)
    installation.ensure_ready()
    p = people.create(name="Łukasz <Tamu> & Co", phone="0812 3456 7890", is_guest=True)
    m = meetings.create(title="Rakor", date=date(2024, 3, 6), start_time=time(9, 0))
    checkin.check_in_person(m.id, p.id, signature="[[[0.1, 0.2], [0.3, 0.4]]]")
    raw = dbmod.database.obj
    downgrade_to(raw, step.version - 1)
    columns = {c.name for c in raw.get_columns("person")}
    assert "anonymised_at" not in columns and "deleted_at" not in columns
    dbmod.close_database()
    dbmod.open_database(any_db_url)
    try:
        assert current_version(dbmod.database.obj) == LATEST
        row = Person.get_by_id(p.id)
        assert (row.name, row.anonymised_at, row.deleted_at) == ("Łukasz <Tamu> & Co", None, None)
        assert Attendance.select().where(Attendance.person == p.id).count() == 1
        privacy.anonymise_person(p.id, by="uji", reason="permintaan")
        assert Person.get_by_id(p.id).anonymised_at is not None
    finally:
        dbmod.close_database()


def test_step_7_adds_the_device_of_phone_sign_ins_on_each_engine(any_db_url):
    """Step 7 on SQLite and PostgreSQL: rows made before it keep everything and get an empty device; a phone
    sign-in after it stores the phone's device id."""
    from datetime import date

    from kpu_rakor.domain.migrations import STEPS
    from kpu_rakor.domain.services import meetings, phone_signin

    assert [s.version for s in STEPS][-1] >= 7 and STEPS[6].version == 7
    dbmod.open_database(any_db_url)
    installation.ensure_ready()
    m = meetings.create(title="Rakor Lama", date=date.today())
    p = people.create(name="Rina Wati")
    meetings.invite(m.id, [p.id])
    checkin.check_in_person(m.id, p.id, desk="Meja 1")
    raw = dbmod.database.obj
    downgrade_to(raw, 6)
    columns = [c.name for c in raw.get_columns("attendance")]
    assert "device" not in columns
    dbmod.close_database()
    dbmod.open_database(any_db_url)
    try:
        assert current_version(dbmod.database.obj) == LATEST
        row = Attendance.get(Attendance.person == p.id)
        assert (row.desk, row.device) == ("Meja 1", None)
        assert "attendance_meeting_id_device" in [i.name for i in dbmod.database.obj.get_indexes("attendance")]
        phone_signin.sign_in(m.id, name="Siti Aminah", device="A" * 22,
                             signature=[[[0.1, 0.5], [0.3, 0.2], [0.5, 0.6]]])
        assert Attendance.get(Attendance.device == "A" * 22).person.name == "Siti Aminah"
    finally:
        dbmod.close_database()


def test_step_9_adds_the_import_history_on_each_engine(any_db_url):
    """Step 9 (the person_import table) goes down and up on each engine, keeping the people; after it an import
    is recorded and can be undone."""
    from kpu_rakor.domain.models import PersonImport
    from kpu_rakor.domain.services import people_import_undo

    step = next(s for s in STEPS if s.version == 9)
    dbmod.open_database(any_db_url)
    installation.ensure_ready()
    p = people.create(name="Rina Wati", nip="198609262015052001")
    raw = dbmod.database.obj
    downgrade_to(raw, step.version - 1)
    assert "person_import" not in raw.get_tables()
    dbmod.close_database()
    dbmod.open_database(any_db_url)
    try:
        assert current_version(dbmod.database.obj) == LATEST
        assert Person.get_by_id(p.id).nip == "198609262015052001"
        assert PersonImport.select().count() == 0 and people_import_undo.last_batch() is None
    finally:
        dbmod.close_database()


def _schema(raw) -> dict:
    """Tables with their columns, indexes and foreign keys as the engine reports them (the search index and the
    migration stamps left out: no model makes them)."""
    from kpu_rakor.domain.models import ALL_MODELS

    tables = sorted(m._meta.table_name for m in ALL_MODELS)
    assert set(tables) <= set(raw.get_tables())
    return {t: {
        "columns": sorted((c.name, c.data_type.lower(), c.null, c.primary_key) for c in raw.get_columns(t)),
        "indexes": sorted((i.name, tuple(i.columns), i.unique) for i in raw.get_indexes(t)),
        "foreign_keys": sorted((f.column, f.dest_table, f.dest_column) for f in raw.get_foreign_keys(t)),
    } for t in tables}


def _models_schema(url: str, reset) -> dict:
    """What create_tables() makes of the live models, on an empty database of the same engine."""
    from kpu_rakor.domain.models import ALL_MODELS

    reset()
    raw, _ = dbmod.make_database(url)
    raw.connect()
    try:
        with raw.bind_ctx(ALL_MODELS):
            raw.create_tables(ALL_MODELS)
        return _schema(raw)
    finally:
        raw.close_all() if hasattr(raw, "close_all") else raw.close()


def test_migrated_schema_is_the_models_schema_on_each_engine(any_db_url, tmp_path, empty_postgres):
    """The steps (from the frozen schema of a new database, and every step down to version 1 and up again) give
    exactly the tables, columns, types, indexes and foreign keys the models describe: a model changed without a
    step, or a step that differs from its model, fails here."""
    def reset():
        if any_db_url.startswith("sqlite"):
            path = Path(any_db_url[len("sqlite:///"):])
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        else:
            empty_postgres(any_db_url)

    dbmod.open_database(any_db_url)
    try:
        fresh = _schema(dbmod.database.obj)
        downgrade_to(dbmod.database.obj, 1)
    finally:
        dbmod.close_database()
    dbmod.open_database(any_db_url, backup_policy=None)
    try:
        assert current_version(dbmod.database.obj) == LATEST
        stepped = _schema(dbmod.database.obj)
    finally:
        dbmod.close_database()
    expected = _models_schema(any_db_url, reset)
    assert fresh == expected
    assert stepped == expected


def test_v1_database_upgraded_has_the_models_schema(tmp_path):
    """The first release's database after every step: the same schema as the models (column order aside)."""
    dbmod.open_database(_v1_database(tmp_path))
    try:
        upgraded = _schema(dbmod.database.obj)
    finally:
        dbmod.close_database()
    url = f"sqlite:///{tmp_path / 'model.db'}"
    assert upgraded == _models_schema(url, lambda: None)


@pytest.mark.parametrize("module, never", [
    # The models bind to the proxy; they never import the module that opens and upgrades the database.
    ("kpu_rakor.domain.models", ("kpu_rakor.domain.db", "kpu_rakor.domain.migrations")),
    # The steps are frozen SQL and field definitions: no model, no opening.
    ("kpu_rakor.domain.migrations", ("kpu_rakor.domain.models", "kpu_rakor.domain.db")),
    # db opens the database and runs the steps; nothing it imports on the way imports it back.
    ("kpu_rakor.domain.db", ("kpu_rakor.domain.models", "kpu_rakor.domain.services")),
    # The backup before an upgrade (which db.open_database calls) does not need db either.
    ("kpu_rakor.domain.services.backup", ("kpu_rakor.domain.db", "kpu_rakor.domain.migrations")),
])
def test_the_database_modules_import_one_way(module, never):
    import subprocess
    import sys

    code = (f"import sys, {module}; bad = sorted(m for m in sys.modules if m in {never!r}); "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
