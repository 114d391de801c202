"""Sign-in from a phone on the office LAN: the person types a name and picks a satker, and the check-in service
records them. The phone never sees who is invited or present; the matching happens here.

A typed name that matches one invitee (titles, case and accents ignored) checks that invitee in. A name that
matches nobody becomes a guest, marked for the Kasubag to confirm or merge on the meeting's attendance page.
Sending the same name twice (a double tap, a reload) records nothing new.
"""
from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from datetime import datetime

from rapidfuzz import fuzz

from ..db import lock_meeting, write_tx
from ..errors import ValidationError
from ..models import CHANNEL_LURING, METHOD_LAN, Attendance, Invitation, Person, Satker
from ..names import name_key
from . import checkin, people
from . import meetings as meeting_service
from .desk import MAX_SIGNATURE_BYTES, clean_strokes

GUEST_NOTE = "Tamu dari HP: konfirmasi atau gabungkan dengan orang di direktori."
FUZZY_MIN = 92  # a typo ("Amarodn") still finds the invitee; two different people rarely score this high
_PHONE = re.compile(r"^[0-9+ ()-]{0,30}$")


@dataclass(frozen=True)
class PhoneResult:
    already: bool  # the person had been recorded before this sign-in
    name: str  # as typed (never the directory's spelling: that would reveal who is invited)
    time: str  # "09.03 WITA": the first check-in, in the meeting's zone
    guest: bool  # matched nobody: recorded as a guest for review

    @property
    def message(self) -> str:
        if self.already:
            return f"{self.name} sudah tercatat hadir sebelumnya."  # not when: that is someone else's data
        return f"Terima kasih, {self.name}, tercatat hadir pukul {self.time}."


def _clean(value, limit: int, label: str, fieldname: str) -> str:
    text = " ".join(str(value or "").replace("\x00", "").split())
    if len(text) > limit:
        raise ValidationError(f"{label} terlalu panjang (paling banyak {limit} huruf).", fieldname)
    return text


def _signature(strokes) -> str | None:
    if not strokes:
        return None
    data = json.dumps(clean_strokes(strokes), separators=(",", ":"))
    if len(data) > MAX_SIGNATURE_BYTES:
        raise ValidationError("Tanda tangan terlalu besar; ulangi dengan lebih sederhana.", "signature")
    return data


def _match(meeting_id: int, key: str, satker_id: int | None) -> Person | None:
    """The one invitee this name stands for, or None. Two invitees of the same name are told apart by satker;
    when that does not settle it, nobody is guessed (the Kasubag merges the guest instead)."""
    invited = (Person.select(Person.id, Person.name_key, Person.satker)
               .join(Invitation, on=(Invitation.person == Person.id))
               # Earlier phone guests are invited too; "Muhammad Rizky" must not land on guest "Muhammad Rizki".
               .where((Invitation.meeting == meeting_id) & (Person.is_guest == False)))  # noqa: E712
    # The exact key straight from the index; the typo-tolerant pass reads only (id, key) pairs.
    exact = list(invited.where(Person.name_key == key))
    if not exact:
        scored = [(fuzz.ratio(key, p.name_key), p) for p in invited if p.name_key]
        best = max((s for s, _ in scored), default=0)
        exact = [p for s, p in scored if s >= FUZZY_MIN and s == best]
    if len(exact) > 1 and satker_id is not None:
        exact = [p for p in exact if p.satker_id == satker_id]
    if len(exact) == 1:
        return Person.get_by_id(exact[0].id)
    return None


def _earlier_guest(meeting_id: int, key: str, satker_id: int | None) -> Person | None:
    """A guest of this meeting already signed in under the same name and satker: a second tap is the same
    person. Two Siti Aminah of two offices are two guests (a satker left empty matches either)."""
    q = (Person.select().join(Attendance, on=(Attendance.person == Person.id))
         .where((Attendance.meeting == meeting_id) & (Person.is_guest == True)  # noqa: E712
                & (Person.name_key == key)))
    if satker_id is not None:
        q = q.where((Person.satker == satker_id) | Person.satker.is_null())
    return q.first()


def _as_typed(name: str) -> str:
    """The name to answer with: as typed (the directory's spelling would tell the phone who is invited),
    with capitals when it was typed all in small letters or all in capitals."""
    return string.capwords(name) if name.islower() or name.isupper() else name


def sign_in(meeting_id: int, *, name: str, satker_id: int | None = None, position: str = "", phone: str = "",
            signature=None, at: datetime | None = None) -> PhoneResult:
    """Record a phone sign-in through the check-in service. Raises ValidationError with a sentence for the
    phone when the form is not usable."""
    meeting = meeting_service.get(meeting_id)
    name = _clean(name, 300, "Nama", "name")
    key = name_key(name)
    if len(key) < 2:
        raise ValidationError("Tuliskan nama lengkap Anda.", "name")
    position = _clean(position, 200, "Jabatan", "position")
    phone = _clean(phone, 30, "Nomor HP", "phone")
    if not _PHONE.match(phone):
        raise ValidationError("Nomor HP hanya boleh berisi angka, spasi, +, - dan tanda kurung.", "phone")
    if satker_id is not None and Satker.get_or_none(Satker.id == satker_id) is None:
        raise ValidationError("Satker yang dipilih tidak dikenal; pilih lagi dari daftar.", "satker")
    strokes = _signature(signature)
    person = _match(meeting.id, key, satker_id)
    guest = person is None
    with write_tx():
        lock_meeting(meeting.id)  # two phones sending one new name at once make one guest, on PostgreSQL too
        if guest:
            person = _earlier_guest(meeting.id, key, satker_id)
        if person is None:
            person = people.create(name=name, position=position, phone=phone, satker_id=satker_id, is_guest=True)
            meeting_service.invite(meeting.id, [person.id])
        result = checkin.check_in_person(
            meeting, person, method=METHOD_LAN, channel=CHANNEL_LURING, invited=True, at=at,
            signature=strokes, needs_review=guest, note=GUEST_NOTE if guest else "")
    return PhoneResult(already=result.result == checkin.ALREADY, name=_as_typed(name), time=result.time,
                       guest=guest)
