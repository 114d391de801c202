"""Notulen: saved as typed, agenda items kept in step, sign-off, lock and revisions (issue 4)."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.models import AuditLog
from kpu_rakor.domain.services import meetings, minutes, people


@pytest.fixture
def rakor(any_db):
    chair = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua")
    writer = people.create(name="Endah Puspitasari", position="Kasubag Teknis")
    m = meetings.create(title="Rakor Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0), chair_id=chair.id)
    meetings.set_agenda(m.id, [{"title": "Pembukaan"}, {"title": "Optimalisasi Medsos"}])
    return m, chair, writer


def test_every_agenda_item_has_its_minutes_in_agenda_order(rakor):
    m, _, _ = rakor
    snap = minutes.snapshot(m.id)
    assert [i["title"] for i in snap["items"]] == ["Pembukaan", "Optimalisasi Medsos"]
    assert snap["status"] == "draft" and snap["revision"] == 1
    first, second = snap["items"]
    minutes.save_item(m.id, second["id"], discussion="Sudah dibahas.")
    meetings.set_agenda(m.id, [{"id": first["agenda_item_id"], "title": "Pembukaan"}, {"title": "Lain-lain"}])
    titles = [i["title"] for i in minutes.snapshot(m.id)["items"]]
    # The removed item had text: it stays, marked; the new item gets its place.
    assert titles == ["Pembukaan", "Lain-lain", minutes.ORPHAN_TITLE]
    meetings.set_agenda(m.id, [{"id": first["agenda_item_id"], "title": "Pembukaan"}])
    assert [i["title"] for i in minutes.snapshot(m.id)["items"]] == ["Pembukaan", minutes.ORPHAN_TITLE]


def test_save_keeps_what_was_typed_with_markup_and_quotes(rakor):
    m, chair, _ = rakor
    items = minutes.snapshot(m.id)["items"]
    minutes.save_item(m.id, items[1]["id"], discussion="Akun <b>resmi</b> & Ł", decisions="Unggah tiap hari\nBalas DM")
    minutes.save(m.id, {"opened_at": datetime(2021, 4, 7, 2, 5), "opened_by": chair.id,
                        "quotes": [{"person_id": chair.id, "agenda_item_id": items[1]["agenda_item_id"],
                                    "text": "Medsos adalah wajah KPU."}, {"text": "  "}]})
    snap = minutes.snapshot(m.id)
    assert snap["items"][1]["discussion"] == "Akun <b>resmi</b> & Ł"
    assert snap["items"][1]["decisions"].splitlines() == ["Unggah tiap hari", "Balas DM"]
    assert snap["opened_at"] == "2021-04-07T02:05:00" and snap["opened_by_name"] == chair.name
    assert [q["text"] for q in snap["quotes"]] == ["Medsos adalah wajah KPU."]


def test_closing_before_opening_is_refused(rakor):
    m, _, _ = rakor
    with pytest.raises(ValidationError, match="penutupan lebih awal"):
        minutes.save(m.id, {"opened_at": "2021-04-07T03:00:00", "closed_at": "2021-04-07T02:00:00"})


def test_sign_off_locks_and_a_change_makes_a_readable_revision(rakor):
    m, chair, writer = rakor
    item = minutes.snapshot(m.id)["items"][0]
    minutes.save_item(m.id, item["id"], discussion="Dibuka oleh Ketua.")
    with pytest.raises(ValidationError, match="belum menandai"):
        minutes.approve(m.id, chair.id)
    minutes.mark_ready(m.id)
    with pytest.raises(ValidationError, match="tidak berwenang"):
        minutes.approve(m.id, writer.id)
    minutes.approve(m.id, chair.id)
    assert minutes.is_locked(m.id)
    with pytest.raises(ValidationError, match="alasan perubahan"):
        minutes.save_item(m.id, item["id"], discussion="Diubah diam-diam.")
    minutes.save_item(m.id, item["id"], discussion="Dibuka oleh Ketua pukul 09.05.", reason="Jam pembukaan")
    snap = minutes.snapshot(m.id)
    assert (snap["status"], snap["revision"]) == ("draft", 2)
    assert [(r.revision, r.reason) for r in minutes.revisions(m.id)] == [(1, "Jam pembukaan")]
    old = minutes.revision(m.id, 1)
    assert old["items"][0]["discussion"] == "Dibuka oleh Ketua." and old["status"] == "approved"
    assert AuditLog.select().where(AuditLog.action == "revise").count() == 1


def test_office_can_allow_someone_else_to_approve(rakor):
    m, _, writer = rakor
    minutes.set_approvers([writer.id])
    minutes.mark_ready(m.id)
    minutes.approve(m.id, writer.id)
    assert minutes.snapshot(m.id)["approved_by"] == writer.id


def test_bad_input_is_a_sentence(rakor):
    m, _, _ = rakor
    with pytest.raises(ValidationError, match="tidak dikenal"):
        minutes.save(m.id, {"hacker": 1})
    with pytest.raises(ValidationError, match="bukan waktu yang sah"):
        minutes.save(m.id, {"opened_at": "kemarin"})
    with pytest.raises(ValidationError, match="terlalu panjang"):
        minutes.save(m.id, {"conclusions": "x" * 100_001})
    with pytest.raises(ValidationError, match="tidak ada di direktori"):
        minutes.save(m.id, {"opened_by": 99999})


def test_office_approvers_reads_back_the_setting(rakor):
    _, chair, writer = rakor
    assert minutes.office_approvers() == []
    minutes.set_approvers([writer.id, chair.id, writer.id])
    assert minutes.office_approvers() == [writer.id, chair.id]
    minutes.set_approvers([])
    assert minutes.office_approvers() == []
