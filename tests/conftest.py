"""Test fixtures: a real database file per test (SQLite), and the same tests on PostgreSQL when
KPU_RAKOR_TEST_PG names a server database.

`make test` (and CI, `CI` set) run everything: they set KPU_RAKOR_REQUIRE_ALL=1 and start a throwaway
PostgreSQL cluster (tools/pg_throwaway.sh), and under that variable any skipped test counts as failed. Running
pytest by hand without it, tests that lack something (no KPU_RAKOR_TEST_PG, no chromium, …) are skipped, with
the reason in the summary (`pytest -rs`)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from kpu_rakor.domain import db as dbmod  # noqa: E402
from kpu_rakor.domain.services import installation  # noqa: E402

PG_URL = os.environ.get("KPU_RAKOR_TEST_PG", "")
REQUIRE_ALL = os.environ.get("KPU_RAKOR_REQUIRE_ALL", "") not in ("", "0") or bool(os.environ.get("CI"))
NO_PG = "KPU_RAKOR_TEST_PG tidak diisi: uji PostgreSQL dilewati (`make test` menjalankannya)"
SKIP_FORBIDDEN = "Dilewati, padahal `make test`/CI harus menjalankan semua uji (KPU_RAKOR_REQUIRE_ALL/CI): "


def _as_failure(report) -> None:
    """Under make test or CI a skip means the machine lacks something the suite needs: make it a failure."""
    if not (REQUIRE_ALL and report.skipped) or hasattr(report, "wasxfail"):
        return
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    report.outcome = "failed"
    report.longrepr = SKIP_FORBIDDEN + reason


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    _as_failure(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    outcome = yield
    _as_failure(outcome.get_result())


def pytest_terminal_summary(terminalreporter, exitstatus):
    # Said only of a run that passed: after a collection error or a failure "all ran" would mislead.
    if REQUIRE_ALL and exitstatus == 0:
        from urllib.parse import urlparse
        where = urlparse(PG_URL)
        server = f"PostgreSQL {where.hostname}:{where.port or 5432}" if PG_URL else "tanpa PostgreSQL"
        terminalreporter.write_line(f"Semua uji wajib jalan: 0 dilewati (SQLite dan {server}).")
    elif terminalreporter.stats.get("skipped"):
        terminalreporter.write_line("Ada uji yang dilewati (alasannya: pytest -rs); `make test` menjalankan semuanya.",
                                    yellow=True)


def reset_postgres(url: str) -> None:
    """Drop every table of the test database, so each test starts from an empty schema."""
    raw, _ = dbmod.make_database(url)
    raw.connect()
    try:
        raw.execute_sql("DROP SCHEMA public CASCADE")
        raw.execute_sql("CREATE SCHEMA public")
    finally:
        raw.close_all() if hasattr(raw, "close_all") else raw.close()


@pytest.fixture
def empty_postgres():
    """`reset_postgres` for a test that needs the server database empty again half-way (`import conftest` may
    find tests/ui/conftest.py first, depending on what pytest collected)."""
    return reset_postgres


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request, tmp_path):
    """A database URL on each engine: the test runs once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'rakor.db'}"
    else:
        if not PG_URL:
            pytest.skip(NO_PG)
        reset_postgres(PG_URL)
        yield PG_URL


@pytest.fixture
def run(sqlite_url, capsys):
    """`kpu-rakor-cli ARGS…` in this process on the test's SQLite file: (exit code, stdout, stderr)."""
    from kpu_rakor.cli.main import main

    def _run(*args):
        code = main(["--db", sqlite_url, *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err
    return _run


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'rakor.db'}"


@pytest.fixture
def any_db(any_db_url):
    """An open, ready database (directory loaded) on each engine."""
    dbmod.open_database(any_db_url)
    installation.ensure_ready()
    yield any_db_url
    dbmod.close_database()


@pytest.fixture
def pg_db():
    """An open, ready PostgreSQL database, for tests only a server can run (skipped without a URL)."""
    if not PG_URL:
        pytest.skip(NO_PG)
    reset_postgres(PG_URL)
    dbmod.open_database(PG_URL)
    installation.ensure_ready()
    yield PG_URL
    dbmod.close_database()


@pytest.fixture
def sqlite_db(sqlite_url):
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    yield sqlite_url
    dbmod.close_database()


def _set_office():
    from kpu_rakor.domain.services import satker
    s = satker.by_region_code("35.04")
    installation.set_office(s.id, writer_initials="amr")
    return s


@pytest.fixture
def office(sqlite_db):
    """An installation configured as KPU Kabupaten Tulungagung (WIB)."""
    return _set_office()


@pytest.fixture
def any_office(any_db):
    """The same office on each engine (a module whose tests run on both names it, or aliases it as `office`)."""
    return _set_office()


@pytest.fixture
def secretary(office):
    """The office's Sekretaris as the signatory of its letters (on the engine of the module's `office`)."""
    from kpu_rakor.domain.services import signatories

    return signatories.set_signatory("sekretaris", "Drs. Gatot Subroto, M.Si.", "197001011995031001",
                                     "Sekretaris KPU Kabupaten Tulungagung")


@pytest.fixture
def signin_meeting(any_office):
    """Today's meeting with two invitees of the office (Much. Amarodin, S.Pd.; Siti Ma'ruf) and one person in
    the directory who is not invited (Budi Santoso): what the phone sign-in tests sign in to."""
    from meeting_clock import meeting_starting_now

    from kpu_rakor.domain.services import meetings, people
    # Started five minutes ago in WIB (the meeting's zone), so a sign-in now is on time at any hour the suite
    # runs; a fixed 09.00 made every run after 09.15 WIB record "terlambat".
    m = meeting_starting_now("Rakor Pemutakhiran Data", minutes_ago=5, late_threshold=None)
    a = people.create(name="Much. Amarodin, S.Pd.", position="Kasubag Teknis", satker_id=any_office.id)
    b = people.create(name="Siti Ma'ruf", position="Operator", satker_id=any_office.id)
    people.create(name="Budi Santoso", position="Anggota")  # in the directory but not invited
    meetings.invite(m.id, [a.id, b.id])
    return m


@pytest.fixture
def server(meeting):
    """A running phone sign-in server for the test module's `meeting`, on a free port of 127.0.0.1."""
    from kpu_rakor.lan.server import SigninServer
    s = SigninServer(meeting.id, "127.0.0.1", 0)
    s.start()
    yield s
    s.stop()




@pytest.fixture(autouse=True)
def isolated_app_data(tmp_path, monkeypatch):
    """The app-data folder (automatic backups before a migration go to its `cadangan`) is per test, never the
    developer's."""
    if "XDG_DATA_HOME" not in os.environ or not os.environ["XDG_DATA_HOME"].startswith(str(tmp_path)):
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
