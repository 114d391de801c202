"""Everything a news article about a meeting can say, gathered once from the database as plain data.

Times are shown in this office's zone (a KPU RI Zoom at 09.00 WIB reads "10.00 WITA" in Sulawesi); people
carry their position and office; quotes are attached to the speaker, the opener or "others".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import peewee

from ...models import (FOLLOWUP_CANCELLED, MODE_DARING, MODE_HIBRIDA, MODE_LURING, ROLE_HOST, ROLE_MODERATOR,
                       ROLE_OPENING, ROLE_SPEAKER, AgendaMinutes, Attendance, FollowUp, Meeting, Minutes, Person,
                       Photo, Quote, Satker)
from ...letterhead_fields import normalize_website
from ...names import short_name
from ...timefmt import clock, date_only, long_date, numeric_date, to_local
from .. import meeting_header, meetings, presence
from . import place, settings
from ..people import display_institution
from ..meeting_header import MeetingHeader


@dataclass
class PersonFact:
    id: int
    name: str  # as typed, titles included
    short: str  # what the article calls them later: "Gogot"
    position: str
    office: str  # their satker's name, or the free-text institution
    ours: bool  # of this office
    rank: int
    in_directory: bool = True  # the office is a satker ("Anggota KPU RI"), not free text

    @property
    def press(self) -> bool:
        """A journalist covering the meeting: present, but not a participant."""
        text = f"{self.position} {self.office}".lower()
        return any(w in text for w in PRESS_WORDS)

    @property
    def role(self) -> str:
        """ "Ketua KPU RI", "Anggota Divisi Teknis KPU Provinsi Jawa Timur", "Jurnalis, Kompas TV" or ""."""
        if self.position:
            if self.office and self.office.lower() not in self.position.lower():
                if not self.in_directory:
                    # A position and a free-text institution read as one description, not two things
                    # ("Direktur Eksekutif Lembaga X", never "Direktur Eksekutif, Lembaga X").
                    return f"{self.position} {self.office}"
                last, first = self.position.split()[-1], self.office.split()[0]
                if last.lower() == first.lower():  # "Kepala Dinas" + "Dinas Kominfo …": one "Dinas"
                    return f"{self.position} {self.office.split(' ', 1)[1]}" if " " in self.office else self.position
                return f"{self.position} {self.office}"
            return self.position
        return self.office


PRESS_WORDS = ("jurnalis", "wartawan", "reporter", "kontributor", "juru kamera", "media massa")


@dataclass
class Session:
    """One thing a speaker presented: the topic, what the notulen says of it, and their words on it."""

    topic: str
    discussion: str = ""
    quotes: list[str] = field(default_factory=list)


@dataclass
class SpeakerFact:
    person: PersonFact
    sessions: list[Session] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)  # their words not tied to one of the sessions

    @property
    def topics(self) -> list[str]:
        return [s.topic for s in self.sessions if s.topic]


@dataclass
class ItemFact:
    """An agenda item nobody was named to present, with what was discussed and decided."""

    title: str
    discussion: str
    decisions: list[str]


@dataclass
class FollowUpFact:
    description: str
    person: PersonFact | None
    satker: str  # who acts, when not this office
    due: str  # "30 April 2021" or ""


@dataclass
class PhotoFact:
    id: int
    caption: str
    file_name: str


@dataclass
class NewsFacts:
    meeting_id: int
    title: str
    kind: str
    our_role: str
    mode: str
    office: str  # "KPU Kabupaten Tulungagung" ("" when the office is not set up)
    office_full: str  # "Komisi Pemilihan Umum Kabupaten Tulungagung"
    office_region: str  # "Kabupaten Tulungagung"
    city: str  # the office's own city (its profile's)
    website: str  # "kpu-tulungagungkab.go.id": no scheme, no trailing slash
    initials: str
    zone: str  # this office's zone: every time in the article is in it
    start: datetime  # local, in `zone`
    end: datetime | None
    day_date: str  # "Rabu, 7 April 2021"
    time_text: str  # "10.00 WIB" or "10.00 s.d. 12.00 WIB"
    venue: str
    platform: str  # "Zoom Meeting" when online
    livestream: str  # the live-stream link, "" when none
    organizer: str  # "KPU RI", "" when unknown or this office
    organizer_level: str
    organizer_region: str  # "Jawa Timur" for a province
    basis_letters: list[str]
    invitation_number: str
    invitation_date: str
    opener: PersonFact | None
    opening_text: str  # what the opener said, as the notulen has it (with an "opening" agenda item's notes)
    chair: PersonFact | None
    speakers: list[SpeakerFact]
    moderators: list[PersonFact]
    our_people: list[PersonFact]  # this office's people who took part, in order of position
    guests: int  # people from elsewhere present (a hosted meeting)
    guest_offices: list[str]
    items: list[ItemFact]  # agenda items without a named speaker
    decisions: list[str]
    conclusions: list[str]
    other_quotes: list[tuple[PersonFact | None, str]]
    follow_ups: list[FollowUpFact]
    closed_time: str  # "12.15 WIB" or ""
    photos: list[PhotoFact]
    opening_quotes: list[str] = field(default_factory=list)  # what the opener said, in their words
    event_city: str = ""  # where it happened, for the dateline (news/place.py); the office's city if unknown
    audience: str = ""  # who took part, as the user recorded it ("jajaran KPU Kabupaten/Kota se-Jawa Timur")
    participants: int = 0  # people recorded present, journalists not counted
    press: list[PersonFact] = field(default_factory=list)  # journalists present: covering it, not taking part
    names: set[str] = field(default_factory=set)  # every word of every name, for the acronym check

    @property
    def hosted(self) -> bool:
        return self.our_role == ROLE_HOST

    @property
    def online(self) -> bool:
        return self.mode in (MODE_DARING, MODE_HIBRIDA)

    @property
    def in_hall(self) -> bool:
        return self.mode in (MODE_LURING, MODE_HIBRIDA)

    def everyone(self) -> list[PersonFact]:
        people = [p for p in (self.opener, self.chair) if p]
        people += [s.person for s in self.speakers] + self.moderators + self.our_people
        people += [p for p, _ in self.other_quotes if p] + [f.person for f in self.follow_ups if f.person]
        return people


def _lines(text: str) -> list[str]:
    out = []
    for line in (text or "").splitlines():
        line = line.strip().lstrip("-•*").strip()
        # "1. …", "2) …": the numbering of a typed list is not part of the sentence
        head, _, rest = line.partition(" ")
        if rest and head.rstrip(".)").isdigit() and head[-1:] in ".)":
            line = rest.strip()
        if line:
            out.append(" ".join(line.split()))
    return out


def _person(p: Person, office_id: int | None) -> PersonFact:
    office = (display_institution(p) or "").strip()
    return PersonFact(p.id, " ".join(p.name.split()), short_name(p.name, p.short_name),
                      " ".join((p.position or "").split()),
                      office, bool(office_id) and p.satker_id == office_id, p.position_rank, bool(p.satker_id))


def _people(ids, office_id) -> dict[int, PersonFact]:
    ids = [i for i in set(ids) if i]
    if not ids:
        return {}
    q = (Person.select(Person, Satker).join(Satker, peewee.JOIN.LEFT_OUTER, on=(Person.satker == Satker.id))
         .where(Person.id.in_(ids)))
    return {p.id: _person(p, office_id) for p in q}


def _region(s: Satker | None) -> str:
    if s is None:
        return ""
    region = s.region_name or ""
    for prefix in ("Provinsi ", "Kabupaten ", "Kota "):
        if region.startswith(prefix):
            return region[len(prefix):]
    return region


_GENERIC = ("pembukaan", "penutup", "sambutan", "materi", "pemaparan materi", "paparan", "diskusi", "tanya jawab",
            "lain-lain", "doa", "istirahat", "sesi")


def _generic(title: str) -> bool:
    """Agenda titles that say nothing about the content ("Pemaparan materi", "Tanya jawab")."""
    t = " ".join(title.lower().split()).rstrip(".")
    return not t or t in _GENERIC or any(t.startswith(g + " ") and len(t.split()) <= 3 for g in _GENERIC)


def written_date(local: datetime | date) -> str:
    """`Rabu, 07 April 2021`: the house style, in the article as in the documents."""
    return long_date(local)


def gather(meeting_id: int) -> NewsFacts:
    return from_header(meeting_header.read(meeting_id))


def from_header(h: MeetingHeader) -> NewsFacts:
    """The facts of the meeting `h` heads, times in our office's zone."""
    m: Meeting = h.meeting
    meeting_id, office = m.id, h.office
    office_id = office.satker_id
    zone = office.timezone or m.timezone
    start = to_local(m.starts_at, zone)
    end = to_local(m.ends_at, zone) if m.ends_at else None
    time_text = f"{clock(start)} s.d. {clock(end)} {zone}" if end else f"{clock(start)} {zone}"

    roles = meetings.roles(meeting_id)
    agenda = meetings.agenda(meeting_id)
    minutes = Minutes.get_or_none(Minutes.meeting == meeting_id)
    items = (list(AgendaMinutes.select().where(AgendaMinutes.minutes == minutes.id)
                  .order_by(AgendaMinutes.position, AgendaMinutes.id)) if minutes else [])
    quotes = list(Quote.select().where(Quote.minutes == minutes.id).order_by(Quote.position, Quote.id)) \
        if minutes else []
    atts = list(Attendance.select().where(Attendance.meeting == meeting_id).order_by(Attendance.id))
    fups = list(FollowUp.select().where((FollowUp.meeting == meeting_id) & (FollowUp.status != FOLLOWUP_CANCELLED))
                .order_by(FollowUp.position, FollowUp.id))
    present = presence.present_ids(atts)
    people = _people([r.person_id for r in roles] + present + [q.person_id for q in quotes]
                     + [f.person_id for f in fups] + [minutes.opened_by_id if minutes else None, m.chair_id],
                     office_id)

    opener_role = next((r for r in roles if r.role == ROLE_OPENING), None)
    opener_id = opener_role.person_id if opener_role else (minutes.opened_by_id if minutes else None)
    opener = people.get(opener_id)

    item_of = {i.agenda_item_id: i for i in items if i.agenda_item_id}
    titles = {a.id: a.title for a in agenda}
    speakers: dict[int, SpeakerFact] = {}
    session_of: dict[tuple[int, int | None], Session] = {}
    spoken_items: set[int] = set()
    for r in roles:
        if r.role != ROLE_SPEAKER:
            continue
        s = speakers.setdefault(r.person_id, SpeakerFact(people[r.person_id]))
        topic = " ".join(r.topic.split())
        if not topic and r.agenda_item_id and not _generic(titles.get(r.agenda_item_id, "")):
            topic = titles[r.agenda_item_id]  # the agenda item they spoke on stands for the topic
        key = (r.person_id, r.agenda_item_id)
        if key in session_of:
            continue
        it = item_of.get(r.agenda_item_id) if r.agenda_item_id else None
        # An agenda item with several speakers: its notes go with the first one named for it.
        text = it.discussion.strip() if it and r.agenda_item_id not in spoken_items else ""
        if r.agenda_item_id:
            spoken_items.add(r.agenda_item_id)
        session_of[key] = Session(topic, text)
        s.sessions.append(session_of[key])
    other_quotes = []
    opening_quotes = []
    for q in quotes:
        text = " ".join(q.text.split())
        if q.person_id in speakers:
            session = session_of.get((q.person_id, q.agenda_item_id))
            (session.quotes if session else speakers[q.person_id].quotes).append(text)
        elif q.person_id and q.person_id == opener_id:
            opening_quotes.append(text)
        else:
            other_quotes.append((people.get(q.person_id), text))

    free_items, decisions, opening_notes = [], [], []
    order = {a.id: a.position for a in agenda}
    for it in sorted(items, key=lambda i: (order.get(i.agenda_item_id, 10**6), i.position, i.id)):
        decisions += _lines(it.decisions)
        if it.agenda_item_id in spoken_items or not it.discussion.strip():
            continue
        title = titles.get(it.agenda_item_id, "")
        if title.lower().startswith(("pembukaan", "sambutan")):
            opening_notes.append(it.discussion.strip())  # what was said when it was opened
        else:
            free_items.append(ItemFact("" if _generic(title) else title, it.discussion.strip(),
                                       _lines(it.decisions)))

    ours, guests, guest_offices, press = [], 0, [], []
    presenters = {r.person_id for r in roles if r.role in (ROLE_SPEAKER, ROLE_MODERATOR)}
    for pid in present:
        p = people[pid]
        if p.press and pid not in presenters:
            press.append(p)  # covering it: neither one of ours nor a guest
        elif p.ours:
            ours.append(p)
        else:
            guests += 1
            if p.office and p.office not in guest_offices and pid not in presenters:
                guest_offices.append(p.office)
    position_of = {pid: n for n, pid in enumerate(present)}
    ours.sort(key=lambda p: (p.rank, position_of[p.id]))  # in order of position, then as recorded

    org = m.organizer
    organizer = org.name if org and org.id != office_id else ""
    follow_ups = []
    for f in fups:
        who = f.satker.name if f.satker_id and f.satker_id != office_id else ""
        follow_ups.append(FollowUpFact(" ".join(f.description.split()), people.get(f.person_id), who,
                                       date_only(f.due_date) if f.due_date else ""))
    photos = [PhotoFact(p.id, " ".join((p.caption or "").split()), p.file_name)
              for p in Photo.select(Photo.id, Photo.caption, Photo.file_name, Photo.position)
              .where(Photo.meeting == meeting_id).order_by(Photo.position, Photo.id)]
    closed = to_local(minutes.closed_at, zone) if minutes and minutes.closed_at else None

    facts = NewsFacts(
        meeting_id=m.id, title=" ".join(m.title.split()), kind=m.kind, our_role=m.our_role, mode=m.mode,
        office=office.name, office_full=office.full_name, office_region=office.region_name, city=office.city,
        website=normalize_website(office.website), initials=office.writer_initials.strip(), zone=zone,
        start=start, end=end,
        day_date=written_date(start), time_text=time_text, venue=" ".join(m.venue.split()),
        platform=(m.online_platform.strip() or "Zoom Meeting") if m.mode != MODE_LURING else "",
        livestream=m.livestream_link.strip(), organizer=organizer, organizer_level=org.level if org else "",
        organizer_region=_region(org) if org else "", basis_letters=_lines(m.basis_letters),
        invitation_number=m.invitation_number.strip(),
        invitation_date=date_only(m.invitation_date) if m.invitation_date else "",
        opener=opener, chair=people.get(m.chair_id),
        opening_text="\n".join(t for t in [(minutes.opening_text if minutes else "").strip()] + opening_notes if t),
        speakers=list(speakers.values()),
        moderators=[people[r.person_id] for r in roles if r.role == ROLE_MODERATOR],
        our_people=ours, guests=guests, guest_offices=guest_offices, items=free_items, decisions=decisions,
        conclusions=_lines(minutes.conclusions if minutes else ""), other_quotes=other_quotes,
        follow_ups=follow_ups, closed_time=f"{clock(closed)} {zone}" if closed else "", photos=photos,
    )
    facts.opening_quotes = opening_quotes
    facts.event_city = place.event_city(m.mode, f"{m.venue} {m.venue_address}", m.organizer_id, office_id,
                                        office.city) if office.city else ""
    facts.audience = settings.audience(meeting_id)
    # Everyone recorded present, speakers included; a journalist covering it is not a participant.
    facts.participants = len(present) - len(press)
    facts.press = press
    for p in facts.everyone():
        facts.names.update(w.strip(".,") for w in p.name.split())
    return facts


def photo_caption(photo: Photo, facts: NewsFacts) -> str:
    """The caption as typed, or one in the news style: "<Name>, <jabatan> <office> saat <activity> (7/4/2021)"."""
    if (photo.caption or "").strip():
        return " ".join(photo.caption.split())
    when = to_local(photo.taken_at, facts.zone) if photo.taken_at else facts.start
    if photo.person_id:
        p = _people([photo.person_id], None).get(photo.person_id)
        if p:
            who = ", ".join(x for x in (p.name, " ".join(y for y in (p.position, p.office) if y)) if x)
            return f"{who} saat mengikuti {facts.title} ({numeric_date(when)})"
    return f"Suasana {facts.title} ({numeric_date(when)})"


