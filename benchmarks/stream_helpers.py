"""Shared by the check-in benchmarks and tests: a meeting with invitees and their codes, and a running
`kpu-rakor-cli checkin --stdin` desk process."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.codes import new_code_id
from kpu_rakor.domain.models import Person
from kpu_rakor.domain.services import installation, meetings, qr

CLI = str(Path(sys.executable).parent / "kpu-rakor-cli")


def meeting_with_invitees(invitees: int):
    """On the open database: a meeting today with `invitees` people; returns it and {code: person_id}."""
    m = meetings.create(title="Rakor Uji Beban", date=date.today())
    with dbmod.write_tx():
        rows = [dict(name=f"Peserta {i:04d}", name_key=f"peserta {i:04d}", code_id=new_code_id())
                for i in range(invitees)]
        for start in range(0, len(rows), 500):
            Person.insert_many(rows[start:start + 500]).execute()
    ids = [pid for (pid,) in Person.select(Person.id).where(Person.name.startswith("Peserta ")).tuples()]
    meetings.invite(m.id, ids)
    return m, {qr.invitation_code(m.id, pid): pid for pid in ids}


def prepare(url: str, invitees: int) -> tuple[int, dict[str, int]]:
    """A meeting with `invitees` people; returns its id and {code: person_id}. Leaves the database closed."""
    dbmod.open_database(url)
    installation.ensure_ready()
    m, codes = meeting_with_invitees(invitees)
    dbmod.close_database()
    return m.id, codes


def start_desk(url: str, meeting_id: int, desk: str) -> subprocess.Popen:
    return subprocess.Popen([CLI, "--db", url, "checkin", str(meeting_id), "--stdin", "--desk", desk],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            bufsize=1, env=dict(os.environ))
