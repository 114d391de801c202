"""What `kpu-rakor` pays for before its first page is painted (issue 10, start-up measured): none of the heavy
modules the first page does not use, and no query it does not need. Behaviour, not timing: the time itself
is benchmarks/bench_startup.py's.

The app starts in a subprocess with --quit-after-start (which exits once the first page, Beranda, has painted) on a
database that already holds the demo data, as on every start but the first."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

CLI = Path(sys.executable).with_name("kpu-rakor-cli")

# Each is imported when the page, dialog or command that needs it is first used.
HEAVY = (
    "reportlab", "pypdf", "PIL", "qrcode", "zxingcpp", "openpyxl", "rapidfuzz", "waitress", "psutil",
    "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtCharts", "PySide6.QtPrintSupport",
    "PySide6.QtNetwork", "playhouse.migrate", "logging.handlers", "importlib.resources",
    "kpu_rakor.reports", "kpu_rakor.lan", "kpu_rakor.domain.zoom", "kpu_rakor.domain.services.news",
    "kpu_rakor.domain.services.search", "kpu_rakor.domain.services.backup", "kpu_rakor.ui.meetings.search_results",
    "kpu_rakor.ui.meeting.meeting_editor", "kpu_rakor.ui.news.news_tab", "kpu_rakor.ui.meeting.documents_tab",
    "kpu_rakor.ui.file_dialogs", "kpu_rakor.ui.directory.directory_page", "kpu_rakor.ui.preferences.settings_page",
)
SQLITE_ONLY = ("psycopg2", "playhouse.pool")  # the PostgreSQL driver and pool, for a server address only

# The first paint's queries: the schema version (2), the installation's facts (3), the office's name (1), and the
# Beranda's one read (3: the office's zone, this week's meetings with the minutes awaiting approval, the
# follow-ups due).
QUERY_BUDGET = 9

PROBE = r"""
import json, logging, sys

statements = []


class Record(logging.Handler):
    def emit(self, record):
        if isinstance(record.msg, tuple):  # (sql, params); the pool's own lines are not statements
            statements.append(record.msg[0])


peewee_log = logging.getLogger("peewee")
peewee_log.setLevel(logging.DEBUG)
peewee_log.addHandler(Record())
from kpu_rakor.app import main

code = main(["kpu-rakor", "--quit-after-start", "--db", sys.argv[1]])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "sql": statements}))
"""


def _start(url: str, tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    subprocess.run([str(CLI), "--db", url, "demo"], env=env, check=True, timeout=120, capture_output=True)
    done = subprocess.run([sys.executable, "-c", PROBE, url], env=env, timeout=120, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, done.stderr
    return result


def _loaded(modules: list[str], names) -> list[str]:
    return sorted(m for m in modules for name in names if m == name or m.startswith(name + "."))


def test_the_names_are_real_modules():
    # A misspelt name would make the start-up test pass for nothing.
    for name in HEAVY + SQLITE_ONLY:
        assert importlib.util.find_spec(name) is not None, name


def test_first_paint_imports_no_heavy_module_and_runs_only_its_queries(any_db_url, tmp_path):
    result = _start(any_db_url, tmp_path)
    modules, sql = result["modules"], result["sql"]
    assert "kpu_rakor.ui.home.home_page" in modules  # the probe did see the first page (Beranda)
    assert _loaded(modules, HEAVY) == []
    if any_db_url.startswith("sqlite"):
        assert _loaded(modules, SQLITE_ONLY) == []
    else:
        assert "psycopg2" in modules  # given to peewee when the server address was opened

    assert len(sql) <= QUERY_BUDGET, "\n".join(sql)
    assert sum("schema_migrations" in s for s in sql) == 1, "\n".join(sql)  # read once, nothing to upgrade
    writes = [s for s in sql if s.lstrip().split()[0].upper() in ("CREATE", "INSERT", "UPDATE", "DELETE")]
    assert writes == []
    assert not any("COUNT(" in s for s in sql), "the first page counts nothing"
