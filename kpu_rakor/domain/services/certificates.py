"""Sertifikat (certificates of attendance) of a sosialisasi or bimtek the office held: who gets one and as
what (narasumber, moderator, pembawa acara, peserta), what each prints, and checking a certificate's QR code.
reports/certificate.py draws them; the code itself is domain/certificate_codes.py."""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import certificate_codes as cc
from .. import labels
from ..codes import CodeError
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (ROLE_MC, ROLE_MODERATOR, ROLE_SPEAKER, SIGNATORY_CHAIR, SIGNATORY_SECRETARY, Meeting,
                      MeetingRole, Person)
from ..timefmt import date_only, to_local
from . import installation, meeting_header, meeting_text, presence, role_holders, signatories
from .badges import office_name
from .meeting_header import MeetingHeader
from .people import display_institution
from .signatories import Signer

# The activities that issue certificates; a meeting's kind is free text, so any kind naming one of these.
CERTIFICATE_KINDS = ("sosialisasi", "bimtek", "bimbingan teknis", "webinar")
# Roles that earn a certificate of their own, in the order they are printed; everyone else present is Peserta.
ROLE_CERTIFICATES = ((ROLE_SPEAKER, cc.NARASUMBER), (ROLE_MODERATOR, cc.MODERATOR), (ROLE_MC, cc.PEMBAWA_ACARA))
# A certificate is signed by the head of the office first (the secretary when no chair is set).
SIGNER_ORDER = (SIGNATORY_CHAIR, SIGNATORY_SECRETARY)

VALID, FORGED, UNKNOWN, NOT_RECORDED, GARBAGE = "valid", "forged", "unknown", "not_recorded", "garbage"


@dataclass(frozen=True)
class Certificate:
    person_id: int
    name: str
    position: str
    institution: str
    role: str  # a certificate_codes role letter
    code: str

    @property
    def role_label(self) -> str:
        return labels.CERTIFICATE_ROLE[self.role]


@dataclass
class CertificateSet:
    meeting_id: int
    title: str  # the activity
    day_date: str  # Rabu, 07 April 2021
    place: str
    issuer: str  # "Komisi Pemilihan Umum Kabupaten Tulungagung"
    place_date: str  # "Tulungagung, 07 April 2021" over the signature
    signer: Signer | None
    certificates: list[Certificate] = field(default_factory=list)


def unavailable(h: MeetingHeader) -> str:
    """Why this meeting issues no certificates ("" when it does)."""
    if h.report:
        return QT_TRANSLATE_NOOP("domain", "Sertifikat hanya diterbitkan untuk kegiatan yang diselenggarakan "
                                           "kantor ini.")
    kind = (h.meeting.kind or "").lower()
    if not any(k in kind for k in CERTIFICATE_KINDS):
        return QT_TRANSLATE_NOOP("domain", "Sertifikat dibuat untuk kegiatan sosialisasi, bimtek atau webinar; "
                                           "ubah Jenis kegiatan di tab Rapat bila kegiatan ini salah satunya.")
    return ""


def _holders(meeting_id: int) -> list[tuple[Person, str]]:
    """(person, role letter) of everyone who gets a certificate: role holders first, then those present."""
    letters = [letter for _role, letter in ROLE_CERTIFICATES] + [cc.PESERTA]  # one certificate each, the highest
    return [(p, letters[rank]) for p, rank in role_holders.ranked(meeting_id, [r for r, _ in ROLE_CERTIFICATES])]


def from_header(h: MeetingHeader, person_id: int | None = None) -> CertificateSet:
    """The certificates of the meeting `h` heads (all, or the one of `person_id`)."""
    reason = unavailable(h)
    if reason:
        raise UserError(reason)
    secret = installation.secret()
    holders = _holders(h.meeting_id)
    if person_id is not None:
        holders = [(p, r) for p, r in holders if p.id == person_id]
        if not holders:
            raise UserError("Orang ini tidak mendapat sertifikat: ia tidak tercatat hadir dan tidak menjadi "
                            "narasumber, moderator atau pembawa acara kegiatan ini.")
    elif not holders:
        raise UserError("Belum ada sertifikat yang bisa dibuat: belum ada peserta yang tercatat hadir dan belum "
                        "ada narasumber. Catat kehadiran atau isi peran di tab Peran terlebih dahulu.")
    m = h.meeting
    certs = [Certificate(p.id, p.name, p.position or "", display_institution(p) or "", role,
                         cc.make(secret, role, m.code_id, p.code_id)) for p, role in holders]
    local = to_local(m.starts_at, m.timezone)
    return CertificateSet(
        meeting_id=h.meeting_id, title=h.title, day_date=h.day_date, place=h.place,
        issuer=office_name(h.office), place_date=f"{h.office.sign_city}, {date_only(local)}",
        signer=signatories.issuer(h.office.name, SIGNER_ORDER), certificates=certs)


def holders(meeting_id: int) -> list[tuple[int, str, str]]:
    """(person id, name, role letter) of everyone who gets a certificate, for the one-person choice."""
    return [(p.id, p.name, r) for p, r in _holders(meeting_id)]


# --- checking a code ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Verification:
    status: str  # VALID, FORGED, UNKNOWN, NOT_RECORDED, GARBAGE
    name: str = ""
    role: str = ""  # role label: Peserta, Narasumber …
    title: str = ""
    day_date: str = ""
    place: str = ""
    meeting_id: int | None = None
    person_id: int | None = None

    @property
    def valid(self) -> bool:
        return self.status == VALID

    @property
    def sentence(self) -> str:
        """The verdict in Indonesian, as the CLI prints it."""
        if self.status == VALID:
            return (f"Sertifikat sah: {self.name} sebagai {self.role} dalam kegiatan {self.title}, "
                    f"{self.day_date}, {self.place}.")
        if self.status == NOT_RECORDED:
            return (f"Kode sertifikat asli, tetapi {self.name} tidak lagi tercatat sebagai {self.role} dalam "
                    f"kegiatan {self.title} ({self.day_date}).")
        if self.status == FORGED:
            return ("Sertifikat palsu atau diubah: tanda kode ini tidak cocok dengan yang diterbitkan kantor ini.")
        if self.status == UNKNOWN:
            return ("Kode sertifikat tidak dikenal: kegiatan atau orangnya tidak ada dalam data kantor ini.")
        return "Bukan kode sertifikat KPU Rakor."


def _still_holds(meeting_id: int, person_id: int, role: str) -> bool:
    if role == cc.PESERTA:
        return person_id in presence.present(meeting_id)
    wanted = [r for r, letter in ROLE_CERTIFICATES if letter == role]
    return MeetingRole.select().where((MeetingRole.meeting == meeting_id) & (MeetingRole.person == person_id)
                                      & MeetingRole.role.in_(wanted)).exists()


def verify(raw: str) -> Verification:
    """What a certificate code says, checked against this installation's secret and records. Reads only."""
    try:
        code = cc.parse(installation.secret(), raw)
    except CodeError as exc:
        return Verification(FORGED if exc.reason == "forged" else GARBAGE)
    m = Meeting.get_or_none(Meeting.code_id == code.meeting_code_id)
    p = Person.get_or_none(Person.code_id == code.person_code_id)
    if m is None or p is None or p.deleted_at is not None:
        return Verification(UNKNOWN)
    status = VALID if _still_holds(m.id, p.id, code.role) else NOT_RECORDED
    return Verification(status, name=p.name, role=labels.CERTIFICATE_ROLE[code.role], title=m.title,
                        day_date=meeting_text.day_date(m), place=meeting_text.place(m), meeting_id=m.id,
                        person_id=p.id)


def read(meeting_id: int, person_id: int | None = None) -> CertificateSet:
    return from_header(meeting_header.read(meeting_id), person_id)
