"""The No. HP column of the daftar hadir is printed only when the office turns it on (UU 27/2022)."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date, time
from functools import partial

import pytest

from kpu_rakor.domain.services import checkin, meetings, people, privacy
from kpu_rakor.domain import documents

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) tidak ada")

render_daftar_hadir = partial(documents.render_document, documents.DAFTAR_HADIR)  # the document through the registry


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.mark.parametrize("hybrid", [False, True])
def test_phone_number_printed_only_when_the_column_is_on(office, tmp_path, hybrid):
    m = meetings.create(title="Rakor Pemutakhiran Data", date=date(2021, 4, 7), start_time=time(9, 0),
                        mode="hibrida" if hybrid else "luring")
    p = people.create(name="Siti <Aminah> & Co", position="Anggota", phone="081298765432")
    q = people.create(name="Budi Santoso", position="Staf", phone="085711112222")
    meetings.invite(m.id, [p.id, q.id])
    checkin.check_in_person(m.id, p.id)

    default = _text(render_daftar_hadir(m.id, tmp_path / "biasa.pdf"))
    assert "Siti <Aminah> & Co" in default and "Tanda Tangan" in default
    assert "081298765432" not in default and "085711112222" not in default and "No. HP" not in default
    assert ("Luring" in default) == hybrid

    privacy.set_phone_column(True)
    on = _text(render_daftar_hadir(m.id, tmp_path / "hp.pdf"))
    assert "No. HP" in on and "081298765432" in on and "085711112222" in on
    assert ("Luring" in on) == hybrid
