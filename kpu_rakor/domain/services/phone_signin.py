"""Sign-in from a phone on the office LAN: the person types a name and picks a satker, and the check-in service
records them. The phone never sees who is invited or present; the matching happens here.

A typed name that matches one invitee (titles, case and accents ignored) checks that invitee in. A name that
matches nobody becomes a guest, marked for the Kasubag to confirm or merge on the meeting's attendance page.
Sending the same name twice (a double tap, a reload) records nothing new.

A typed name proves little, so a name alone never checks anyone in unseen (no *titip absen*). A sign-in is
recorded without a review mark only when it carries a drawn signature that looks like one, comes from a phone
with its device cookie, and is the first person that phone signed in. Otherwise it is still recorded (nothing
is lost), but marked *perlu ditinjau* with the reason: "tanpa tanda tangan", "tanpa cookie perangkat", or
"perangkat yang sama dengan <nama pertama>" (and the first person's row is marked too). The row keeps the
device id, so the Kehadiran tab shows "1 perangkat, 3 orang".
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
from ..i18n import QT_TRANSLATE_NOOP
from ..models import CHANNEL_LURING, METHOD_LAN, Attendance, Invitation, Person, Satker, utcnow
from ..names import name_key
from . import checkin, people
from . import meetings as meeting_service
from .desk import MAX_SIGNATURE_BYTES, clean_strokes

GUEST_NOTE = "Tamu dari HP: konfirmasi atau gabungkan dengan orang di direktori."
UNSIGNED_NOTE = "tanpa tanda tangan"
NO_DEVICE_NOTE = "tanpa cookie perangkat"
SAME_DEVICE_NOTE = "perangkat yang sama dengan {name}"
# A signature is a drawing, not a tap: at least this long a line, in heights of the pad (the pad is
# assets.SIGN_ASPECT times as wide as high; a short tick across a tenth of the pad is about 0.3).
MIN_SIGNATURE_LENGTH = 0.5
MIN_SIGNATURE_POINTS = 2
PAD_ASPECT = 3.0  # kpu_rakor.lan.assets.SIGN_ASPECT (the domain does not import the web page)
_DEVICE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
FUZZY_MIN = 92  # a typo ("Amarodn") still finds the invitee; two different people rarely score this high
_PHONE = re.compile(r"^[0-9+ ()-]{0,30}$")


@dataclass(frozen=True)
class PhoneResult:
    already: bool  # the person had been recorded before this sign-in
    name: str  # as typed (never the directory's spelling: that would reveal who is invited)
    time: str  # "09.03 WITA": the first check-in, in the meeting's zone
    guest: bool  # matched nobody: recorded as a guest for review
    # Why the committee will look at this sign-in, as the phone may be told: only what the phone itself did
    # (no signature, no cookie, a second person on it), never whether the name matched an invitee.
    reasons: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        if self.already:
            return f"{self.name} sudah tercatat hadir sebelumnya."  # not when: that is someone else's data
        text = f"Terima kasih, {self.name}, tercatat hadir pukul {self.time}."
        if any(r.startswith(SAME_DEVICE_NOTE.format(name="")) for r in self.reasons):
            text += " HP ini sudah dipakai untuk mengisi daftar hadir orang lain, jadi panitia akan memeriksanya."
        elif UNSIGNED_NOTE in self.reasons:
            text += " Karena tanpa tanda tangan, panitia akan memeriksanya."
        elif NO_DEVICE_NOTE in self.reasons:
            text += " Panitia akan memeriksanya."
        return text


def _clean(value, limit: int, label: str, fieldname: str) -> str:
    text = " ".join(str(value or "").replace("\x00", "").split())
    if len(text) > limit:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "{label} terlalu panjang (paling banyak {limit} huruf)."),
            fieldname, label=label, limit=limit)
    return text


def _signature(strokes) -> str | None:
    if not strokes:
        return None
    cleaned = clean_strokes(strokes)
    if not plausible_signature(cleaned):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Tanda tangan terlalu pendek; tanda tangani kotaknya dengan jari seperti di "
                                        "kertas."),
            "signature")
    data = json.dumps(cleaned, separators=(",", ":"))
    if len(data) > MAX_SIGNATURE_BYTES:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Tanda tangan terlalu besar; ulangi dengan lebih sederhana."), "signature")
    return data


def plausible_signature(strokes) -> bool:
    """A drawing, not a blank pad, a tap or a dot: enough points and enough line (x counted in the pad's width,
    which is PAD_ASPECT heights). Says nothing about whose hand drew it."""
    points = sum(len(s) for s in strokes)
    length = 0.0
    for stroke in strokes:
        for (x0, y0), (x1, y1) in zip(stroke, stroke[1:]):
            length += (((x1 - x0) * PAD_ASPECT) ** 2 + (y1 - y0) ** 2) ** 0.5
    return points >= MIN_SIGNATURE_POINTS and length >= MIN_SIGNATURE_LENGTH


def clean_device(device) -> str:
    """The device cookie's id, or "" when it is missing or not one we could have made."""
    text = str(device or "")
    return text if _DEVICE.match(text) else ""


def _short(name: str, limit: int = 80) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "\u2026"


def _join(*notes: str) -> str:
    return " · ".join(n for n in notes if n)[:300]


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
            signature=None, device: str = "", at: datetime | None = None) -> PhoneResult:
    """Record a phone sign-in through the check-in service. `device` is the phone's device-cookie id ("" when
    it sent none). Raises ValidationError with a sentence for the phone when the form is not usable."""
    meeting = meeting_service.get(meeting_id)
    name = _clean(name, 300, "Nama", "name")
    key = name_key(name)
    if len(key) < 2:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Tuliskan nama lengkap Anda."), "name")
    position = _clean(position, 200, "Jabatan", "position")
    phone = _clean(phone, 30, "Nomor HP", "phone")
    if not _PHONE.match(phone):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Nomor HP hanya boleh berisi angka, spasi, +, - dan tanda kurung."), "phone")
    if satker_id is not None and Satker.get_or_none(Satker.id == satker_id) is None:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Satker yang dipilih tidak dikenal; pilih lagi dari daftar."), "satker")
    strokes = _signature(signature)
    device = clean_device(device)
    person = _match(meeting.id, key, satker_id)
    guest = person is None
    with write_tx():
        lock_meeting(meeting.id)  # two phones sending one new name at once make one guest, on PostgreSQL too
        if guest:
            person = _earlier_guest(meeting.id, key, satker_id)
        earlier = _device_rows(meeting.id, device, person.id if person is not None else None)
        if person is None:
            person = people.create(name=name, position=position, phone=phone, satker_id=satker_id, is_guest=True)
            meeting_service.invite(meeting.id, [person.id])
        reasons = []
        if strokes is None:
            reasons.append(UNSIGNED_NOTE)
        if not device:
            reasons.append(NO_DEVICE_NOTE)
        if earlier:
            reasons.append(SAME_DEVICE_NOTE.format(name=_short(earlier[0][1])))
        result = checkin.check_in_person(
            meeting.id, person.id, method=METHOD_LAN, channel=CHANNEL_LURING, invited=True, at=at,
            signature=strokes, needs_review=guest or bool(reasons),
            note=_join(GUEST_NOTE if guest else "", *reasons), meeting_value=checkin.CheckinMeeting.of(meeting),
            outside_hours=checkin.HOURS_REVIEW)  # a sign-in outside the hours is looked at, with the note why
        if result.result == checkin.CHECKED_IN:
            if device:
                (Attendance.update(device=device)
                 .where((Attendance.meeting == meeting.id) & (Attendance.person == person.id)).execute())
            if earlier:
                # The phone's earlier people are looked at too: any of them may be the one typed for another.
                (Attendance.update(needs_review=True, updated_at=utcnow())
                 .where(Attendance.id.in_([row_id for row_id, _ in earlier])).execute())
    already = result.result == checkin.ALREADY
    return PhoneResult(already=already, name=_as_typed(name), time=result.time, guest=guest,
                       reasons=() if already else tuple(reasons))


def _device_rows(meeting_id: int, device: str, person_id: int | None) -> list[tuple[int, str]]:
    """(row id, name) of the people this device signed in to the meeting before, earliest first; not the
    person being signed in now (a resend stays "sudah tercatat")."""
    if not device:
        return []
    q = (Attendance.select(Attendance.id, Person.name).join(Person, on=(Attendance.person == Person.id))
         .where((Attendance.meeting == meeting_id) & (Attendance.device == device))
         .order_by(Attendance.checked_in_at, Attendance.id))
    if person_id is not None:
        q = q.where(Attendance.person != person_id)
    return list(q.tuples())
