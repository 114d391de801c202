"""Phone sign-in on the LAN (the service behind the web page) and the attendance page's review of its guests."""

import pytest

from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.models import Attendance, Person
from kpu_rakor.domain.services import attendance_review, phone_signin, satker


@pytest.fixture
def meeting(signin_meeting):
    return signin_meeting


def test_typed_name_checks_in_the_invitee_whatever_the_titles_case_and_accents(meeting):
    r = phone_signin.sign_in(meeting.id, name="MUCH AMARODIN")
    assert not r.already and not r.guest
    assert r.name == "Much Amarodin"  # as typed, in capitals: never the directory's spelling
    assert r.message.startswith("Terima kasih, Much Amarodin, tercatat hadir pukul ")
    assert r.message.endswith(" WIB.")
    row = Attendance.get(Attendance.meeting == meeting.id)
    assert (row.method, row.channel, row.needs_review) == ("lan", "luring", False)


def test_second_send_is_already_recorded_and_adds_nothing(meeting):
    phone_signin.sign_in(meeting.id, name="Siti Maruf")
    again = phone_signin.sign_in(meeting.id, name="siti ma'ruf")
    assert again.already and again.message == "Siti Ma'ruf sudah tercatat hadir sebelumnya."
    assert Attendance.select().where(Attendance.meeting == meeting.id).count() == 1


def test_unknown_name_becomes_one_guest_marked_for_review(meeting):
    sat = satker.by_region_code("35.05").id  # KPU Kabupaten Blitar
    r = phone_signin.sign_in(meeting.id, name="Rina <b>&</b> Wati", satker_id=sat, position="Staf",
                             phone="0812 3456 7890", signature=[[[0.1, 0.2], [0.5, 0.6]]])
    assert r.guest and not r.already
    again = phone_signin.sign_in(meeting.id, name="rina <b>&</b> wati", satker_id=sat)
    assert again.already
    guest = Person.get(Person.name == "Rina <b>&</b> Wati")
    assert guest.is_guest and guest.satker_id == sat and guest.phone == "0812 3456 7890"
    lines = attendance_review.lines(meeting.id)
    assert [ln.name for ln in lines] == ["Rina <b>&</b> Wati"]
    assert lines[0].needs_review and lines[0].signed and lines[0].method_label == "HP (LAN)"
    assert attendance_review.review_count(meeting.id) == 1


def test_a_directory_person_not_invited_is_not_guessed(meeting):
    """Privacy and safety: only invitees are matched; anyone else is a guest for the Kasubag."""
    r = phone_signin.sign_in(meeting.id, name="Budi Santoso")
    assert r.guest


def test_confirm_turns_the_guest_into_a_directory_person(meeting):
    phone_signin.sign_in(meeting.id, name="Rina Wati")
    guest = Person.get(Person.name == "Rina Wati")
    attendance_review.confirm(meeting.id, guest.id)
    assert not Person.get_by_id(guest.id).is_guest
    assert attendance_review.review_count(meeting.id) == 0


def test_merge_moves_the_sign_in_onto_the_real_person_and_drops_the_guest(meeting):
    phone_signin.sign_in(meeting.id, name="Amrodin Kasubag", signature=[[[0.1, 0.1], [0.9, 0.9]]])
    guest = Person.get(Person.name == "Amrodin Kasubag")
    real = Person.get(Person.name == "Much. Amarodin, S.Pd.")
    attendance_review.merge(meeting.id, guest.id, real.id)
    rows = list(Attendance.select().where(Attendance.meeting == meeting.id))
    assert [(r.person_id, r.needs_review, bool(r.signature)) for r in rows] == [(real.id, False, True)]
    assert Person.get_or_none(Person.id == guest.id) is None
    again = phone_signin.sign_in(meeting.id, name="Much Amarodin")
    assert again.already


def test_merge_into_someone_already_checked_in_keeps_one_row(meeting):
    real = Person.get(Person.name == "Siti Ma'ruf")
    phone_signin.sign_in(meeting.id, name="Siti Maruf")
    phone_signin.sign_in(meeting.id, name="Ibu Siti Operator", signature=[[[0.2, 0.2], [0.4, 0.4]]])
    guest = Person.get(Person.name == "Ibu Siti Operator")
    attendance_review.merge(meeting.id, guest.id, real.id)
    rows = list(Attendance.select().where(Attendance.meeting == meeting.id))
    assert len(rows) == 1 and rows[0].person_id == real.id and rows[0].signature


@pytest.mark.parametrize("fields, message", [
    (dict(name=" "), "nama lengkap"),
    (dict(name="x" * 301), "Nama terlalu panjang"),
    (dict(name="Rina", phone="<script>"), "Nomor HP"),
    (dict(name="Rina", satker_id=999999), "Satker"),
    (dict(name="Rina", signature=[[[2, 2]]]), "Tanda tangan"),
])
def test_unusable_forms_say_what_to_fix_and_record_nothing(meeting, fields, message):
    with pytest.raises(ValidationError, match=message):
        phone_signin.sign_in(meeting.id, **fields)
    assert Attendance.select().count() == 0


def test_similar_names_of_two_guests_stay_two_people(meeting):
    phone_signin.sign_in(meeting.id, name="Muhammad Rizki")
    second = phone_signin.sign_in(meeting.id, name="Muhammad Rizky")
    assert second.guest and not second.already
    assert Attendance.select().where(Attendance.meeting == meeting.id).count() == 2


def test_a_signature_of_the_wrong_shape_is_a_sentence(meeting):
    with pytest.raises(ValidationError, match="Tanda tangan"):
        phone_signin.sign_in(meeting.id, name="Rina", signature=[[{"a": 1}]])


def test_two_guests_of_one_name_from_two_offices_are_two_people(meeting):
    blitar, kediri = satker.by_region_code("35.05").id, satker.by_region_code("35.06").id
    phone_signin.sign_in(meeting.id, name="Siti Aminah", satker_id=blitar)
    other = phone_signin.sign_in(meeting.id, name="Siti Aminah", satker_id=kediri)
    assert not other.already
    assert Attendance.select().where(Attendance.meeting == meeting.id).count() == 2


def test_an_invitee_set_izin_who_signs_in_by_phone_keeps_the_signature(meeting):
    from kpu_rakor.domain.services import checkin
    amar = Person.get(Person.name == "Much. Amarodin, S.Pd.")
    checkin.set_status(meeting.id, amar.id, "izin", note="sakit gigi")
    phone_signin.sign_in(meeting.id, name="Much Amarodin", signature=[[[0.1, 0.1], [0.5, 0.5]]])
    row = Attendance.get(Attendance.person == amar.id)
    assert (row.status, row.note, bool(row.signature)) == ("hadir", "", True)


def test_phones_racing_with_one_new_name_make_one_guest(meeting):
    """Eight phones send the same new name at once (on PostgreSQL each in its own connection)."""
    import threading
    from kpu_rakor.domain import db as dbmod
    barrier, errors = threading.Barrier(8), []

    def phone():
        try:
            dbmod.ensure_connection()
            barrier.wait()
            phone_signin.sign_in(meeting.id, name="Tamu Serentak")
        except Exception as exc:  # noqa: BLE001 - the assertion below names it
            errors.append(exc)
        finally:
            dbmod.database.obj.close()
    threads = [threading.Thread(target=phone) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert Person.select().where(Person.name == "Tamu Serentak").count() == 1
    assert Attendance.select().where(Attendance.meeting == meeting.id).count() == 1
