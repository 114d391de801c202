"""Phone sign-in on the LAN (the service behind the web page) and the attendance page's review of its guests."""

import pytest

from kpu_rakor.domain import labels
from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.models import Attendance, Person
from kpu_rakor.domain.services import attendance_review, phone_signin, satker


SIGN = [[[0.1, 0.6], [0.2, 0.3], [0.3, 0.7]], [[0.45, 0.5], [0.6, 0.45]]]
PHONE_A, PHONE_B = "perangkatA-" + "a" * 11, "perangkatB-" + "b" * 11


@pytest.fixture
def meeting(signin_meeting):
    return signin_meeting


def test_typed_name_checks_in_the_invitee_whatever_the_titles_case_and_accents(meeting):
    r = phone_signin.sign_in(meeting.id, name="MUCH AMARODIN", signature=SIGN, device=PHONE_A)
    assert not r.already and not r.guest
    assert r.name == "Much Amarodin"  # as typed, in capitals: never the directory's spelling
    assert r.message.startswith("Terima kasih, Much Amarodin, tercatat hadir pukul ")
    assert r.message.endswith(" WIB.")
    row = Attendance.get(Attendance.meeting == meeting.id)
    assert (row.method, row.channel, row.needs_review, row.device) == ("lan", "luring", False, PHONE_A)


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
    assert lines[0].needs_review and lines[0].signed and labels.METHOD[lines[0].method] == "HP (LAN)"
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
    phone_signin.sign_in(meeting.id, name="Much Amarodin", signature=[[[0.1, 0.1], [0.5, 0.5]]], device=PHONE_A)
    row = Attendance.get(Attendance.person == amar.id)
    assert (row.status, row.note, bool(row.signature), row.device) == ("hadir", "", True, PHONE_A)


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


# --- titip absen: what a name alone proves --------------------------------------------------------------------------

def _row(meeting, name):
    return (Attendance.select().join(Person, on=(Attendance.person == Person.id))
            .where((Attendance.meeting == meeting.id) & (Person.name == name)).get())


def test_a_name_without_a_signature_is_recorded_but_for_review(meeting):
    """Rule 1: no drawing (the form without JavaScript) checks the invitee in, marked "tanpa tanda tangan"."""
    r = phone_signin.sign_in(meeting.id, name="Much Amarodin", device=PHONE_A)
    assert not r.already and "panitia akan memeriksanya" in r.message
    row = _row(meeting, "Much. Amarodin, S.Pd.")
    assert (row.status, row.needs_review, row.note, row.signature) == ("hadir", True, "tanpa tanda tangan", None)
    line = attendance_review.lines(meeting.id)[0]
    assert line.needs_review and not line.signed
    assert attendance_review.proof(line) == f"HP (LAN), tanpa tanda tangan, perangkat {PHONE_A[:4].upper()}"


@pytest.mark.parametrize("strokes", [
    [[[0.5, 0.5]]],  # a tap
    [[[0.5, 0.5], [0.52, 0.51]]],  # a dot dragged a little
    [[[0.1, 0.1]], [[0.2, 0.2]], [[0.3, 0.3]]],  # three taps, no line
    [[]],  # a blank pad
])
def test_a_tap_or_a_blank_pad_is_not_a_signature(meeting, strokes):
    with pytest.raises(ValidationError, match="Tanda tangan"):
        phone_signin.sign_in(meeting.id, name="Much Amarodin", signature=strokes, device=PHONE_A)
    assert Attendance.select().count() == 0


def test_plausible_signature_needs_a_drawn_line():
    assert phone_signin.plausible_signature(SIGN)
    assert not phone_signin.plausible_signature([[[0.1, 0.1], [0.15, 0.12]]])


def test_a_second_name_from_one_phone_is_recorded_for_review_and_flags_the_first(meeting):
    """Rule 2 and 4: one phone, one person. A second person sent from it is recorded (nothing lost) but both are
    perlu ditinjau; the second row says whose phone it was."""
    first = phone_signin.sign_in(meeting.id, name="Much Amarodin", signature=SIGN, device=PHONE_A)
    assert "memeriksa" not in first.message
    second = phone_signin.sign_in(meeting.id, name="Siti Maruf", signature=SIGN, device=PHONE_A)
    assert not second.already and "HP ini sudah dipakai" in second.message
    assert "Amarodin" not in second.message  # the phone is not told whom the directory holds
    amar, siti = _row(meeting, "Much. Amarodin, S.Pd."), _row(meeting, "Siti Ma'ruf")
    assert siti.needs_review and siti.note == "perangkat yang sama dengan Much. Amarodin, S.Pd."
    assert amar.needs_review and amar.note == ""
    assert (amar.device, siti.device) == (PHONE_A, PHONE_A)
    third = phone_signin.sign_in(meeting.id, name="Rina Wati", signature=SIGN, device=PHONE_A)
    assert third.guest
    rina = _row(meeting, "Rina Wati")
    assert rina.needs_review and "perangkat yang sama dengan Much. Amarodin, S.Pd." in rina.note
    assert phone_signin.GUEST_NOTE in rina.note


def test_resending_the_same_name_from_the_same_phone_stays_already(meeting):
    phone_signin.sign_in(meeting.id, name="Much Amarodin", signature=SIGN, device=PHONE_A)
    again = phone_signin.sign_in(meeting.id, name="much amarodin", signature=SIGN, device=PHONE_A)
    assert again.already and again.message == "Much Amarodin sudah tercatat hadir sebelumnya."
    row = Attendance.get(Attendance.meeting == meeting.id)
    assert not row.needs_review and Attendance.select().count() == 1


def test_two_phones_two_people_need_no_review(meeting):
    phone_signin.sign_in(meeting.id, name="Much Amarodin", signature=SIGN, device=PHONE_A)
    phone_signin.sign_in(meeting.id, name="Siti Maruf", signature=SIGN, device=PHONE_B)
    assert attendance_review.review_count(meeting.id) == 0
    assert {ln.device_people for ln in attendance_review.lines(meeting.id)} == {1}


def test_a_phone_without_its_cookie_is_recorded_for_review(meeting):
    r = phone_signin.sign_in(meeting.id, name="Much Amarodin", signature=SIGN, device="")
    assert "Panitia akan memeriksanya" in r.message
    row = Attendance.get(Attendance.meeting == meeting.id)
    assert row.needs_review and row.note == "tanpa cookie perangkat" and row.device is None
    phone_signin.sign_in(meeting.id, name="Siti Maruf", signature=SIGN, device="<script>")  # not one we make
    assert _row(meeting, "Siti Ma'ruf").note == "tanpa cookie perangkat"


def test_the_kehadiran_lines_group_one_phones_people(meeting):
    """Rule 3 and 5: every row of a phone that signed in three people says "1 perangkat, 3 orang"; each line says
    how it was shown (method, signature, device)."""
    for name in ("Much Amarodin", "Siti Maruf", "Rina Wati"):
        phone_signin.sign_in(meeting.id, name=name, signature=SIGN, device=PHONE_A)
    phone_signin.sign_in(meeting.id, name="Budi Hartono", signature=SIGN, device=PHONE_B)
    lines = {ln.name: ln for ln in attendance_review.lines(meeting.id)}
    for name in ("Much. Amarodin, S.Pd.", "Siti Ma'ruf", "Rina Wati"):
        assert lines[name].needs_review and lines[name].device_people == 3
        assert lines[name].note.startswith("1 perangkat, 3 orang")
        assert attendance_review.proof(lines[name]) == f"HP (LAN), tanda tangan, perangkat {PHONE_A[:4].upper()}"
    assert lines["Siti Ma'ruf"].note == "1 perangkat, 3 orang · perangkat yang sama dengan Much. Amarodin, S.Pd."
    assert lines["Budi Hartono"].device_people == 1 and "perangkat" not in lines["Budi Hartono"].note
    # Confirming a row takes its review mark away; the phone's count stays, as how it was shown.
    amar = Person.get(Person.name == "Much. Amarodin, S.Pd.")
    attendance_review.confirm(meeting.id, amar.id)
    line = next(ln for ln in attendance_review.lines(meeting.id) if ln.person_id == amar.id)
    assert not line.needs_review and line.note == "1 perangkat, 3 orang"


def test_a_desk_check_in_says_how_it_was_shown(meeting):
    from kpu_rakor.domain.services import checkin
    amar = Person.get(Person.name == "Much. Amarodin, S.Pd.")
    checkin.check_in_person(meeting.id, amar.id, desk="Meja 1")
    line = attendance_review.lines(meeting.id)[0]
    assert attendance_review.proof(line) == "Manual, Meja 1" and line.device == "" and line.device_people == 0


def test_one_phone_racing_two_names_flags_both(meeting):
    """Two posts from one phone at once (two tabs): the meeting lock orders them, so the second sees the first."""
    import threading
    from kpu_rakor.domain import db as dbmod
    barrier, errors = threading.Barrier(2), []

    def send(name):
        try:
            dbmod.ensure_connection()
            barrier.wait()
            phone_signin.sign_in(meeting.id, name=name, signature=SIGN, device=PHONE_A)
        except Exception as exc:  # noqa: BLE001 - the assertion below names it
            errors.append(exc)
        finally:
            dbmod.database.obj.close()
    threads = [threading.Thread(target=send, args=(n,)) for n in ("Much Amarodin", "Siti Maruf")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert attendance_review.review_count(meeting.id) == 2
