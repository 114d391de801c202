"""What a notulen (notula rapat) says, independent of how it is printed: title, header fields, the course of
the meeting (opening, discussion and decisions per agenda item, conclusions, closing), signatures and status.

For a meeting the office only attended (`our_role == "participant"`) the same record reads as a *Laporan Hasil
Rapat* to the office's chair: the organiser is named, times are in the office's own zone, the note-taker signs
as the one reporting and the chair's block says *Mengetahui*.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from ..models import (MINUTES_APPROVED, ROLE_CHAIR, ROLE_MODERATOR, ROLE_NOTE_TAKER, ROLE_SPEAKER,
                      SIGNATORY_CHAIR, Meeting, MeetingRole, Person, Signatory)
from .. import labels
from ..nip import format_nip
from ..timefmt import clock_zone, date_only, long_date, time_range, to_local
from . import meeting_header, minutes, presence
from . import meetings as meeting_service
from .meeting_header import MeetingHeader
from .people import display_institution

TITLE = "NOTULEN RAPAT"
REPORT_TITLE = "LAPORAN HASIL RAPAT"
ATTACHED = "daftar hadir terlampir"  # after a count: "42 orang (daftar hadir terlampir)"
ATTACHED_ONLY = "Terlampir dalam daftar hadir"  # without a count ("terlampir" said once)
NOTHING_DISCUSSED = "Tidak ada pembahasan yang dicatat."
LIST_NAMES_UP_TO = 12  # a report lists the office's own attendees by name up to this many

# What people type in front of a line that the document numbers itself: "1.", "2)", "-", "•".
_TYPED_NUMBER = re.compile(r"^\s*(?:\d{1,3}[.)]|[-•*–])\s+")


@dataclass(frozen=True)
class Field:
    """One line of the header: `Hari/Tanggal : Rabu, 07 April 2021`. `items` makes it a numbered list."""
    label: str
    value: str = ""
    items: tuple[str, ...] = ()

    @classmethod
    def listing(cls, label: str, items) -> "Field":
        """A numbered list, except that one name or one agenda item needs no "1.": decided here so the PDF and
        the Word file print the same."""
        items = tuple(items)
        return cls(label, items[0]) if len(items) == 1 else cls(label, items=items)


@dataclass(frozen=True)
class ItemSection:
    """One agenda item in the course of the meeting."""
    number: int
    title: str
    speakers: tuple[str, ...] = ()  # narasumber: "Gogot Cahyo Baskoro, Anggota: strategi konten"
    paragraphs: tuple[str, ...] = ()  # the discussion, one paragraph per typed line
    decisions: tuple[str, ...] = ()  # numbered when printed
    moderators: tuple[str, ...] = ()  # "Nia Kurnia, Kasubag Hukum KPU Kota Blitar"

    @property
    def people_lines(self) -> list[tuple[str, str]]:
        """The lines under the item's title, label and names: ("Narasumber", "A; B"), ("Moderator", "C")."""
        out = []
        if self.speakers:
            out.append(("Narasumber", "; ".join(self.speakers)))
        if self.moderators:
            out.append(("Moderator", "; ".join(self.moderators)))
        return out

    @property
    def empty(self) -> bool:
        """Nothing was recorded for it: it is not printed under Pembahasan (the agenda lists it already)."""
        return not (self.speakers or self.moderators or self.paragraphs or self.decisions)


@dataclass(frozen=True)
class SignBlock:
    heading: tuple[str, ...]  # the lines above the space to sign: ("Mengetahui,", "Ketua KPU …,")
    name: str  # "" when nobody is recorded: a dotted line to fill in by hand
    nip: str = ""  # `NIP. 19860926 201505 1 001`, "" when not known (commissioners have none)


@dataclass
class NotulenContent:
    meeting_id: int
    title: str  # NOTULEN RAPAT / LAPORAN HASIL RAPAT
    report: bool  # True for a meeting we attended (laporan hasil rapat)
    activity: str  # the meeting's title
    doc_name: str = meeting_header.MINUTES_NAME  # in file names and the outline: Notulen / Laporan Hasil Rapat
    fields: list[Field] = field(default_factory=list)
    addressee: str = ""  # report only: "Yth. Ketua KPU Kabupaten Tulungagung"
    opening: tuple[str, ...] = ()  # "Rapat dibuka pukul 09.05 WIB oleh …", then the typed opening
    discussion: tuple[str, ...] = ()  # Pembahasan typed without an agenda item (a meeting we attended)
    items: list[ItemSection] = field(default_factory=list)  # only items with something recorded, renumbered
    conclusions: tuple[str, ...] = ()
    closing: tuple[str, ...] = ()  # the typed closing, then "Rapat ditutup pukul 12.15 WIB."
    place_date: str = ""  # "Tulungagung, 07 April 2021"
    left: SignBlock | None = None  # Notulis; in a report: Mengetahui, Ketua …
    right: SignBlock | None = None  # Pimpinan Rapat, under the place and date; in a report: Yang melaporkan
    status: str = "draft"
    status_label: str = "Draf"
    revision: int = 1
    approved_on: str = ""  # "07 April 2021" when approved
    approved_by: str = ""

    @property
    def draft(self) -> bool:
        """Not approved (draft or ready): printed with DRAF across every page."""
        return self.status != MINUTES_APPROVED

    @property
    def course_heading(self) -> str:
        """The line above the course of the meeting."""
        return "Pokok-pokok hasil rapat:" if self.report else "Kegiatan Rapat:"

    @property
    def status_line(self) -> str:
        """The footer's status: `Disetujui 07 April 2021 oleh …`, or `Draf — belum disetujui`."""
        return self.approval_text or f"{self.status_label} — belum disetujui"

    @property
    def nothing_discussed(self) -> str:
        """What Pembahasan says when nothing was recorded under it; "" otherwise."""
        return "" if self.items or self.discussion else NOTHING_DISCUSSED

    @property
    def approval_text(self) -> str:
        """`Disetujui 07 April 2021 oleh …` (with `· Revisi 2` after a change), "" for a draft."""
        if self.draft:
            return ""
        text = f"Disetujui {self.approved_on}"
        if self.approved_by:
            text += f" oleh {self.approved_by}"
        return text + (f" · Revisi {self.revision}" if self.revision > 1 else "")


def lines(text: str | None) -> tuple[str, ...]:
    """Non-empty typed lines, trimmed."""
    return tuple(ln.strip() for ln in (text or "").splitlines() if ln.strip())


def numbered_lines(text: str | None) -> tuple[str, ...]:
    """Lines the document numbers itself, without the numbers or dashes someone typed in front."""
    return tuple(t for t in (_TYPED_NUMBER.sub("", ln, count=1).strip() for ln in lines(text)) if t)


def _instant(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso) if iso else None


def _position_office(p: Person, office_id: int | None) -> str:
    """The person's position, with their office when it is not ours ("Ketua KPU Provinsi Jawa Timur"): a
    reader must see that the chair or a speaker came from elsewhere."""
    position = " ".join(p.position.split())
    if p.satker_id and p.satker_id == office_id:
        return position
    office = " ".join((display_institution(p) or "").split())
    if office and office.casefold() not in position.casefold():
        return f"{position} {office}".strip()
    return position


def _person_line(p: Person | None, office_id: int | None = None) -> str:
    if p is None:
        return ""
    position = _position_office(p, office_id)
    return f"{p.name} ({position})" if position else p.name


def _role_person(m: Meeting, fk_id: int | None, role: str) -> Person | None:
    """The meeting's chair or note-taker field, else the first person with that role."""
    if fk_id:
        p = Person.get_or_none(Person.id == fk_id)
        if p is not None:
            return p
    r = (MeetingRole.select().where((MeetingRole.meeting == m.id) & (MeetingRole.role == role))
         .order_by(MeetingRole.position, MeetingRole.id).first())
    return r.person if r else None


def _sign(heading: tuple[str, ...], p: Person | None) -> SignBlock:
    if p is None:
        return SignBlock(heading, "")
    return SignBlock(heading, p.name, format_nip(p.nip) if p.nip else "")


def _speakers(meeting_id: int, office_id: int | None) -> dict[tuple[int, str], tuple[str, ...]]:
    """Narasumber (with their topic when given) and moderators per (agenda item, role)."""
    out: dict[tuple[int, str], list[str]] = {}
    q = (MeetingRole.select(MeetingRole, Person).join(Person)
         .where((MeetingRole.meeting == meeting_id) & MeetingRole.role.in_([ROLE_SPEAKER, ROLE_MODERATOR])
                & MeetingRole.agenda_item.is_null(False))
         .order_by(MeetingRole.position, MeetingRole.id))
    for r in q:
        text = r.person.name
        position = _position_office(r.person, office_id)
        if position:
            text += f", {position}"
        if r.role != ROLE_MODERATOR and r.topic.strip():
            text += f": {r.topic.strip()}"
        out.setdefault((r.agenda_item_id, r.role), []).append(text)
    return {k: tuple(v) for k, v in out.items()}


def _present(meeting_id: int) -> list[Person]:
    ids = presence.present(meeting_id)
    return list(Person.select().where(Person.id.in_(ids)).order_by(Person.position_rank, Person.name_key,
                                                                   Person.id)) if ids else []


def _participants(meeting_id: int, report: bool, office_id: int | None) -> Field:
    present = _present(meeting_id)
    if report:
        ours = [p for p in present if office_id and p.satker_id == office_id] or present
        label = "Peserta"
        if ours and len(ours) <= LIST_NAMES_UP_TO:
            return Field.listing(label, (_person_line(p, office_id) for p in ours))
        if ours:
            return Field(label, f"{len(ours)} orang ({ATTACHED})")
        return Field(label, ATTACHED_ONLY)
    if present:
        return Field("Peserta", f"{len(present)} orang ({ATTACHED})")
    return Field("Peserta", ATTACHED_ONLY)


def _office_chair(office_name: str) -> tuple[str, str, str]:
    """(title line, name, NIP line) of the office's Ketua as a signatory, for a report's Mengetahui block;
    name "" when the office has not said who signs."""
    s = Signatory.get_or_none(Signatory.role == SIGNATORY_CHAIR)
    title = (s.title.strip() if s and s.title.strip() else f"Ketua {office_name}".strip()).rstrip(",")
    if s is None or not s.name.strip():
        return title, "", ""
    return title, s.name.strip(), format_nip(s.nip) if s.nip else ""


def build(meeting_id: int, *, revision: int | None = None) -> NotulenContent:
    """The notulen of a meeting as it stands, or as an earlier approved `revision` was approved."""
    return from_header(meeting_header.read(meeting_id), revision=revision)


def from_header(h: MeetingHeader, *, revision: int | None = None) -> NotulenContent:
    """The notulen of the meeting `h` heads (see `build`)."""
    m, meeting_id, office = h.meeting, h.meeting_id, h.office
    snap = minutes.revision(meeting_id, revision) if revision else minutes.snapshot(meeting_id)
    office_name = office.name
    report = h.report
    # A report goes to our own chair: his clock. Our own minutes keep the meeting's announced zone.
    zone = h.zone
    opened, closed = _instant(snap["opened_at"]), _instant(snap["closed_at"])

    day = long_date(to_local(opened or m.starts_at, zone))
    hours = time_range(opened, closed, zone) if opened else h.hours
    chair = _role_person(m, m.chair_id, ROLE_CHAIR)
    writer = _role_person(m, m.note_taker_id, ROLE_NOTE_TAKER)
    agenda = [a.title for a in meeting_service.agenda(meeting_id)]

    chair_title = _office_chair(office_name)[0]
    fields = [Field("Kepada", f"Yth. {chair_title}")] if report else []
    fields.append(Field("Rapat", m.title))
    if report:
        fields.append(Field("Penyelenggara", m.organizer.name if m.organizer_id else "-"))
    fields.append(Field("Hari/Tanggal", day))
    if m.invitation_number.strip():
        fields.append(Field("Surat Undangan", f"Nomor {m.invitation_number.strip()}"))
    fields += [Field("Waktu", hours), Field("Tempat", h.place),
               Field("Pimpinan Rapat", _person_line(chair, office.satker_id) or "-")]
    if not report:
        fields.append(Field("Notulis", _person_line(writer, office.satker_id) or "-"))
    fields.append(_participants(meeting_id, report, office.satker_id))
    fields.append(Field.listing("Acara", agenda) if agenda else Field("Acara", "-"))

    opening = []
    if opened or snap["opened_by_name"]:
        text = "Rapat dibuka"
        if opened:
            text += f" pukul {clock_zone(opened, zone)}"
        if snap["opened_by_name"]:
            text += f" oleh {snap['opened_by_name']}"
        opening.append(text if text.endswith(".") else text + ".")  # "… M.Si." takes no second dot
    opening += lines(snap["opening_text"])

    speakers = _speakers(meeting_id, office.satker_id)
    items = [ItemSection(number=0, title=i["title"], speakers=speakers.get((i["agenda_item_id"], ROLE_SPEAKER), ()),
                         moderators=speakers.get((i["agenda_item_id"], ROLE_MODERATOR), ()),
                         paragraphs=lines(i["discussion"]), decisions=numbered_lines(i["decisions"]))
             for i in snap["items"]]
    # An item nothing was recorded for ("1. Pembukaan" with no text) is left out; the rest are numbered on.
    items = [replace(item, number=n) for n, item in enumerate((i for i in items if not i.empty), 1)]
    closing = list(lines(snap["closing_text"]))
    if closed:
        closing.append(f"Rapat ditutup pukul {clock_zone(closed, zone)}.")

    place_date = f"{office.sign_city}, {date_only(to_local(closed or opened or m.starts_at, zone))}"
    if report:
        # As reports to a superior are signed: Mengetahui (the chair) left, the place and date over who
        # reports at the right.
        title, name, nip = _office_chair(office_name)
        left = SignBlock(("Mengetahui,", f"{title},"), name, nip)
        right = _sign(("Yang melaporkan,",), writer)
    else:
        left = _sign(("Notulis,",), writer)
        right = _sign(("Pimpinan Rapat,",), chair)

    approved_on, approved_by = "", ""
    if snap["status"] == MINUTES_APPROVED and snap["approved_at"]:
        approved_on = date_only(to_local(_instant(snap["approved_at"]), zone))
        if snap["approved_by"]:
            who = Person.get_or_none(Person.id == snap["approved_by"])
            approved_by = who.name if who else ""
    return NotulenContent(
        meeting_id=m.id, title=REPORT_TITLE if report else TITLE, report=report, activity=m.title,
        doc_name=h.minutes_name,
        fields=fields, addressee=f"Yth. {chair_title}" if report else "", opening=tuple(opening),
        discussion=lines(snap.get("discussion")), items=items,
        conclusions=numbered_lines(snap["conclusions"]), closing=tuple(closing), place_date=place_date,
        left=left, right=right, status=snap["status"], status_label=labels.MINUTES.get(snap["status"], ""),
        revision=snap["revision"], approved_on=approved_on, approved_by=approved_by)
