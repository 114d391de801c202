"""Agenda templates per kind of meeting, kept for every PC in the shared settings (issue 11)."""
from __future__ import annotations

from datetime import date, time

import pytest

from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.services import agenda_templates as templates
from kpu_rakor.domain.services import meetings
from kpu_rakor.domain.timefmt import to_local


def _agenda(mid):
    return [(a.title, to_local(a.planned_start, "WIB").time() if a.planned_start else None,
             to_local(a.planned_end, "WIB").time() if a.planned_end else None) for a in meetings.agenda(mid)]


def test_a_rakor_has_a_shipped_template_laid_out_from_the_start(any_db):
    m = meetings.create(title="Rakor", kind="rakor", date=date(2021, 4, 7), start_time=time(13, 0))
    assert templates.apply(m.id) == 4
    assert _agenda(m.id) == [("Pembukaan", time(13, 0), time(13, 15)), ("Laporan/Arahan", time(13, 15), time(13, 45)),
                             ("Pembahasan", time(13, 45), time(14, 45)), ("Penutup", time(14, 45), time(15, 0))]


def test_saved_template_overrides_and_is_applied_to_a_new_meeting(any_db):
    src = meetings.create(title="Bimtek", kind="Bimtek", date=date(2021, 4, 7), start_time=time(8, 0))
    meetings.set_agenda(src.id, [{"title": "Registrasi", "start_time": time(8, 0), "end_time": time(8, 30)},
                                 {"title": "Materi", "start_time": time(8, 30)},
                                 {"title": "Diskusi", "start_time": time(10, 0)},
                                 {"title": "Penutup"}])
    saved = templates.save_from_meeting(src.id)
    assert [(i.title, i.minutes) for i in saved] == [("Registrasi", 30), ("Materi", 90), ("Diskusi", 15),
                                                     ("Penutup", 15)]
    assert [i.title for i in templates.template_for(" BIMTEK ")] == ["Registrasi", "Materi", "Diskusi", "Penutup"]
    # An office's own rakor template replaces the shipped one.
    templates.save("rakor", [templates.TemplateItem("Doa", 5), templates.TemplateItem("Arahan Ketua", 40)])
    assert [(i.title, i.minutes) for i in templates.templates()["rakor"]] == [("Doa", 5), ("Arahan Ketua", 40)]
    new = meetings.create(title="Bimtek lagi", kind="bimtek", date=date(2021, 5, 7), start_time=time(9, 0))
    templates.apply(new.id)
    assert _agenda(new.id)[:2] == [("Registrasi", time(9, 0), time(9, 30)), ("Materi", time(9, 30), time(11, 0))]


def test_a_filled_agenda_is_replaced_only_when_asked(any_db):
    m = meetings.create(title="Rakor", kind="rakor", date=date(2021, 4, 7), start_time=time(9, 0))
    meetings.set_agenda(m.id, [{"title": "Sudah ada"}])
    with pytest.raises(ValidationError, match="sudah berisi"):
        templates.apply(m.id)
    assert [a[0] for a in _agenda(m.id)] == ["Sudah ada"]
    templates.apply(m.id, replace=True)
    assert [a[0] for a in _agenda(m.id)][0] == "Pembukaan"
    empty = meetings.create(title="Audiensi", kind="audiensi", date=date(2021, 4, 7))
    with pytest.raises(ValidationError, match="Belum ada templat"):
        templates.apply(empty.id)
    with pytest.raises(ValidationError, match="kosong"):
        templates.save_from_meeting(empty.id)
