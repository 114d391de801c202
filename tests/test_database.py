"""Choosing and opening the database: URLs, the SQLite safety rules, and a PostgreSQL server that restarts."""
from __future__ import annotations

import os
from datetime import date
from urllib.parse import quote, urlparse

import pytest

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import Attendance, Person
from kpu_rakor.domain.services import checkin, meetings, people, qr

PG_URL = os.environ.get("KPU_RAKOR_TEST_PG", "")

needs_pg = pytest.mark.skipif(not PG_URL, reason="KPU_RAKOR_TEST_PG tidak diisi: uji PostgreSQL dilewati "
                                                 "(`make test` menjalankannya)")


def test_sqlite_pragmas_protect_against_power_loss(sqlite_db):
    raw = dbmod.database.obj
    assert raw.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert raw.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_environment_variable_selects_the_database(tmp_path, monkeypatch):
    target = tmp_path / "dari-env.db"
    monkeypatch.setenv("KPU_RAKOR_DB", f"sqlite:///{target}")
    info = dbmod.open_database(None)
    dbmod.close_database()
    assert info.path == target and target.exists()


def test_default_database_lives_in_the_app_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("KPU_RAKOR_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert dbmod.resolve_url(None) == f"sqlite:///{tmp_path}/KPU/KPU Rakor/kpu-rakor.db"


@pytest.mark.parametrize("url,words", [
    ("mysql://x/y", "tidak dikenal"),
    ("sqlite:///", "perlu nama berkas"),
    ("postgresql://localhost/", "perlu nama basis data"),
])
def test_bad_urls_get_an_indonesian_sentence(url, words):
    with pytest.raises(UserError, match=words):
        dbmod.open_database(url)


def test_network_share_is_refused_with_a_pointer_to_postgresql():
    with pytest.raises(UserError, match="PostgreSQL"):
        dbmod.open_database("sqlite:////" + "/fileserver/bersama/rakor.db")  # //fileserver/… is a UNC share


def test_unwritable_folder_is_a_sentence_not_a_traceback(tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    with pytest.raises(UserError, match="tidak dapat dibuat"):
        dbmod.open_database(f"sqlite:///{blocker}/sub/rakor.db")


def test_unreachable_server_is_a_sentence():
    with pytest.raises(UserError, match="Tidak dapat terhubung ke server PostgreSQL"):
        dbmod.open_database("postgresql://nobody:x@127.0.0.1:1/kpu_rakor")


def _terminate_other_connections(url: str) -> int:
    """What a server restart does to clients: every connection of ours is cut from the server side."""
    import psycopg2

    u = urlparse(url)
    con = psycopg2.connect(url)
    con.autocommit = True
    cur = con.cursor()
    cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()", (u.path.lstrip("/"),))
    n = cur.rowcount
    con.close()
    return n


def test_connection_recovers_after_the_server_drops_it(pg_db):
    p = people.create(name="Much. Amarodin")
    m = meetings.create(title="Rakor Bakohumas", date=date(2021, 4, 7))
    meetings.invite(m.id, [p.id])
    assert _terminate_other_connections(pg_db) >= 1
    assert [x.name for x in people.listing("amarodin")] == ["Much. Amarodin"]  # a read reconnects
    _terminate_other_connections(pg_db)
    r = checkin.check_in_code(m.id, qr.invitation_code(m.id, p.id), "Meja 1")  # so does a write
    assert r.result == "checked_in"
    assert Attendance.select().count() == 1


@needs_pg
def test_percent_encoded_password_is_decoded():
    u = urlparse(PG_URL)
    secret = "p@ss:w/rd#?"
    admin, _ = dbmod.make_database(PG_URL)
    admin.connect()
    try:
        admin.execute_sql("DROP ROLE IF EXISTS rakor_pw_test")
        admin.execute_sql(f"CREATE ROLE rakor_pw_test LOGIN PASSWORD '{secret}'")
        url = f"postgresql://rakor_pw_test:{quote(secret, safe='')}@{u.hostname}:{u.port or 5432}{u.path}"
        db, _ = dbmod.make_database(url)
        db.connect()
        assert db.execute_sql("SELECT current_user").fetchone()[0] == "rakor_pw_test"
        db.close_all()
    finally:
        admin.execute_sql("DROP ROLE IF EXISTS rakor_pw_test")
        admin.close_all()


def test_person_rows_keep_names_as_typed(any_db):
    for name in ("Drs. H. Gogot Cahyo Baskoro, M.Si.", "Łukasz <b>Nowak</b> & Co", "X" * 300):
        p = people.create(name=name)
        assert Person.get_by_id(p.id).name == name
