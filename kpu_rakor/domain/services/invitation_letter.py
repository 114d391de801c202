"""What a surat undangan (invitation letter) says, independent of how it is printed: the Nomor/Sifat/Lampiran/Hal
block, the addressees (on an attached list when there are many), the body with the day, time, place or Zoom
details and the agenda, and the signatory. No reportlab here; reports/undangan.py draws it."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from ..errors import UserError
import peewee

from ..models import MODE_DARING, MODE_HIBRIDA, Invitation, Meeting, Person, Satker
from ..timefmt import combine_utc, date_plain
from . import letter_fields, meeting_header, meeting_text, office_invitations
from . import meetings as meeting_service
from . import people as people_service
from . import signatories
from .signatories import Signer

MAX_INLINE_RECIPIENTS = 5  # more than this and the letter says "(daftar terlampir)" and attaches the list
NUMBER_BLANK = "." * 42  # the office writes the number in by hand
DATE_BLANK = "." * 30
ATTACHED_LIST = "Yth. (daftar terlampir)"
ATTACHMENT_FOR_LIST = "1 (satu) berkas"  # Lampiran when the list is attached and the user left "-"


@dataclass(frozen=True)
class Recipient:
    name: str
    description: str  # position and office: "Ketua Bawaslu Kabupaten Tulungagung"

    @property
    def line(self) -> str:
        """How the recipient reads after "Yth.": "Dr. H. Rochani, S.Pd., M.Si. (Ketua KPU Kabupaten …)"."""
        return f"{self.name} ({self.description})" if self.description else self.name


@dataclass
class InvitationLetter:
    meeting_id: int
    number: str  # the letter number, or a dotted blank
    place_date: str  # "Tulungagung, 5 April 2021"
    nature: str  # Sifat
    attachment: str  # Lampiran
    subject: str  # Hal
    recipients: list[Recipient]
    attach_list: bool  # True: "Yth. (daftar terlampir)" and a separate page with the list
    basis: list[str]  # the letters this one follows up (Meeting.basis_letters)
    opening: str  # the sentence before the table of when and where
    details: list[tuple[str, str]]  # (label, value): Hari/Tanggal, Pukul, Tempat, Tautan, Meeting ID …
    agenda: list[str]
    closing: str
    signer: Signer | None
    office_name: str  # "KPU Kabupaten Tulungagung"
    activity: str  # the meeting's title
    copies: list[str] = field(default_factory=list)  # tembusan
    number_is_blank: bool = False
    unsigned_title: str = "Pejabat yang menandatangani,"  # over a blank signature when no signatory is set

    @property
    def addressee_line(self) -> str:
        """The line after "Yth." when the recipients are on the attached list."""
        return ATTACHED_LIST

    @property
    def basis_heading(self) -> str:
        """"Menindaklanjuti:" above the numbered list of several basis letters; "" otherwise (one letter is
        named in the opening sentence)."""
        return "Menindaklanjuti:" if len(self.basis) > 1 else ""

    @property
    def attachment_heading(self) -> list[tuple[str, str]]:
        """The block at the top of the attached list: which letter it belongs to."""
        issuer = self.signer.title.rstrip(",") if self.signer else self.office_name
        return [("LAMPIRAN", ""), (f"SURAT {issuer}".upper(), ""), ("NOMOR", self.number),
                ("TANGGAL", self.place_date.split(", ", 1)[-1]), ("HAL", self.subject)]


def _recipient(p: Person) -> Recipient:
    position = " ".join((p.position or "").split())
    office = " ".join((people_service.display_institution(p) or "").split())
    if office and office.casefold() not in position.casefold():
        position = f"{position} {office}".strip()
    return Recipient(name=p.name.strip(), description=position)


def _subject(title: str) -> str:
    return title if title.casefold().startswith("undangan") else f"Undangan {title}"


def _basis(text: str) -> list[str]:
    return [" ".join(line.split()).rstrip(",;.") for line in (text or "").splitlines() if line.strip()]


def _opening(basis: list[str], title: str) -> str:
    """One letter followed up reads in the sentence; several are listed under "Menindaklanjuti:" first
    (see `basis_heading`) and the sentence refers back to them."""
    invite = f"dengan hormat kami mengundang Bapak/Ibu untuk hadir dalam {title}, yang akan dilaksanakan pada:"
    if len(basis) == 1:
        return f"Menindaklanjuti {basis[0]}, {invite}"
    if basis:
        return f"Sehubungan dengan hal tersebut, {invite}"
    return f"Sehubungan dengan akan dilaksanakannya {title}, {invite}"


def _details(h: meeting_header.MeetingHeader) -> list[tuple[str, str]]:
    m = h.meeting
    rows = [("Hari/Tanggal", h.day_date), ("Pukul", h.hours)]
    venue = m.venue.strip()
    if m.venue_address.strip():
        venue = f"{venue}, {m.venue_address.strip()}" if venue else m.venue_address.strip()
    online = m.mode in (MODE_DARING, MODE_HIBRIDA)
    channel = meeting_text.online_channel(m)
    if m.mode == MODE_DARING:
        rows.append(("Tempat", f"Daring melalui {channel}"))
    else:
        rows.append(("Tempat", venue or "-"))
        if m.mode == MODE_HIBRIDA:
            rows.append(("Daring", f"Melalui {channel}"))
    if online:
        if m.online_link.strip():
            rows.append(("Tautan", m.online_link.strip()))
        if m.zoom_meeting_id.strip():
            rows.append(("Meeting ID", meeting_text.zoom_id(m.zoom_meeting_id)))
        if m.zoom_passcode.strip():
            rows.append(("Kode Sandi", m.zoom_passcode.strip()))
    return rows


def _closing(mode: str) -> str:
    if mode == MODE_DARING:
        ask = "Mengingat pentingnya acara tersebut, dimohon Bapak/Ibu bergabung tepat waktu."
    elif mode == MODE_HIBRIDA:
        ask = ("Mengingat pentingnya acara tersebut, dimohon Bapak/Ibu hadir tepat waktu, di tempat acara "
               "atau secara daring.")
    else:
        ask = "Mengingat pentingnya acara tersebut, dimohon Bapak/Ibu hadir tepat waktu."
    return f"{ask} Demikian undangan ini kami sampaikan, atas perhatian dan kehadirannya diucapkan terima kasih."


def invited_by(m: Meeting, zone: str) -> datetime | None:
    """The instant (UTC) after which an invitation is too late for the letter: the end of the letter's date
    in `zone`. None when the letter has no date, or when the meeting itself was entered after that date (typed
    in afterwards: when its invitations were entered says nothing about whom the letter named)."""
    if not m.invitation_date:
        return None
    end = combine_utc(m.invitation_date + timedelta(days=1), time(0, 0), zone)
    return end if m.created_at is None or m.created_at < end else None


def invited_people(m: Meeting, zone: str) -> list[Person]:
    """Whom the letter names: the people invited by its date, without the guests added at the door, by a
    phone sign-in or from a Zoom report (directory guests; they were never sent this letter)."""
    cutoff = invited_by(m, zone)
    q = (Person.select(Person, Satker).join(Invitation, on=(Invitation.person == Person.id))
         .switch(Person).join(Satker, peewee.JOIN.LEFT_OUTER)
         .where((Invitation.meeting == m.id) & (Person.is_guest == False)))  # noqa: E712
    if cutoff is not None:
        q = q.where(Invitation.created_at < cutoff)
    return list(q.order_by(Person.position_rank, Person.name_key))


def applies(meeting_id: int) -> bool:
    """False for a meeting we only attend: its invitation comes from the host, not from this office."""
    return not meeting_header.attended_only(meeting_service.get(meeting_id))


def build(meeting_id: int, *, copies: list[str] | tuple[str, ...] = (),
          max_inline: int = MAX_INLINE_RECIPIENTS) -> InvitationLetter:
    """The letter for a meeting this office hosts. `copies` are the tembusan lines, if any."""
    return from_header(meeting_header.read(meeting_id), copies=copies, max_inline=max_inline)


def from_header(h: meeting_header.MeetingHeader, *, copies: list[str] | tuple[str, ...] = (),
                max_inline: int = MAX_INLINE_RECIPIENTS) -> InvitationLetter:
    """The letter of the meeting `h` heads (see `build`)."""
    m, meeting_id = h.meeting, h.meeting_id
    if h.report:
        raise UserError("Rapat ini diselenggarakan pihak lain; surat undangannya diterbitkan oleh penyelenggara, "
                        "bukan oleh kantor ini.")
    office_name, city = h.office.name, h.office.sign_city
    zone = h.office.timezone or m.timezone  # the letter's date is the office's
    recipients = [_recipient(p) for p in invited_people(m, zone)]
    # Offices invited as a whole: "Ketua KPU Kabupaten Blitar", a whole province on one line.
    recipients += [Recipient(name=line, description="")
                   for line in office_invitations.letter_lines(meeting_id, invited_by(m, zone))]
    attach = len(recipients) > max_inline
    attachment = m.invitation_attachment.strip() or "-"
    if attach and attachment == "-":
        attachment = ATTACHMENT_FOR_LIST
    number = m.invitation_number.strip()
    title = m.title.strip()
    basis = _basis(m.basis_letters)
    letter_date = date_plain(m.invitation_date) if m.invitation_date else DATE_BLANK
    agenda = [a.title for a in meeting_service.agenda(meeting_id)]
    return InvitationLetter(
        meeting_id=m.id, number=number or NUMBER_BLANK, number_is_blank=not number,
        place_date=f"{city}, {letter_date}", nature=m.invitation_nature.strip() or "Biasa",
        attachment=attachment, subject=_subject(title), recipients=recipients, attach_list=attach, basis=basis,
        opening=_opening(basis, title), details=_details(h), agenda=agenda or [title], closing=_closing(m.mode),
        signer=signatories.issuer(office_name, letter_fields.signer_order(m.invitation_signatory)),
        office_name=office_name, activity=title,
        copies=[" ".join(c.split()) for c in copies if c and c.strip()])
