"""A realistic demo installation: KPU Kabupaten Tulungagung with its people, partners and a dozen rakor."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .. import shared_settings
from ..db import write_tx
from ..errors import UserError
from ..models import (AgendaMinutes, FollowUp, Meeting, MINUTES_APPROVED, Minutes, Person, Quote, utcnow)
from ..timefmt import combine_utc, roman_month, to_local
from . import checkin, installation, meetings, satker as satker_service, signatories
from .demo_meetings import ADDRESS, MEETINGS
from .demo_people import NEIGHBOURS, create_people

SEED = 3504  # the region code of Tulungagung: the same people and choices every time
LETTERHEAD = ("KOMISI PEMILIHAN UMUM\nKABUPATEN TULUNGAGUNG\n"
              "Jl. Ki Hajar Dewantara No. 31, Beji, Boyolangu, Tulungagung 66233\n"
              "Telp. (0355) 321234 · Laman: kab-tulungagung.kpu.go.id · Surel: kpu.tulungagungkab@gmail.com")
NUMBER_PATTERNS = {  # serial / archive class-document type / unit / signer / Roman month / year
    "00": "{n}/HM.03.5-Und/06/KPU/{m}/{y}",
    "35": "{n}/HM.03.5-Und/35/Prov/{m}/{y}",
    "35.04": "{n}/HM.02-Und/3504/Kab/{m}/{y}",
}


@dataclass
class DemoResult:
    loaded: bool
    people: int
    meetings: int
    message: str


def load_demo(today: date | None = None) -> DemoResult:
    """Fill an empty database with the demo. Idempotent: a second call changes nothing and says so.
    Refuses a database that already holds an office's own data, so real work is never mixed with the demo."""
    installation.ensure_ready()
    if shared_settings.get(shared_settings.DEMO_LOADED) is not None:
        return DemoResult(False, Person.select().count(), Meeting.select().count(),
                          "Data demo sudah dimuat sebelumnya; tidak ada yang diubah.")
    office = installation.profile()
    if office.satker_id or Meeting.select().exists() or Person.select().exists():
        raise UserError("Basis data ini sudah berisi data kantor, jadi data demo tidak dimuat agar tidak tercampur. "
                        "Gunakan basis data baru, misalnya --db sqlite:///demo.db.")
    rng = random.Random(SEED)
    real_today = to_local(utcnow(), "WIB").date()
    today = today or real_today
    now = utcnow() + (today - real_today)  # "now" on the chosen day, so statuses fit the dates
    with write_tx():
        _office()
        people = create_people(rng)
        _signatories(people)
        for spec in MEETINGS:
            _meeting(spec, people, today, now, rng)
        shared_settings.create(shared_settings.DEMO_LOADED, utcnow().isoformat())
    n_people, n_meetings = Person.select().count(), Meeting.select().count()
    return DemoResult(True, n_people, n_meetings,
                      f"Data demo dimuat: {n_people} orang dan {n_meetings} rapat untuk KPU Kabupaten Tulungagung.")


def _office() -> None:
    tulungagung = satker_service.by_region_code("35.04")
    installation.set_office(tulungagung.id, letterhead_lines=LETTERHEAD, writer_initials="amr", address=ADDRESS,
                            city="Tulungagung", website="kab-tulungagung.kpu.go.id",
                            default_venue="Aula KPU Kabupaten Tulungagung")


def _signatories(people: dict) -> None:
    for role, key, title in (("ketua", "ketua", "Ketua KPU Kabupaten Tulungagung"),
                             ("sekretaris", "sekretaris", "Sekretaris KPU Kabupaten Tulungagung")):
        p = people[key]
        signatories.set_signatory(role, p.name, p.nip, title, p.id)


def _expand(keys: list[str], people: dict) -> list:
    groups = {
        "@komisioner": ["ketua", "parmas", "teknis", "hukum", "datin"],
        "@kasubag": ["sekretaris", "kasubag", "kasubag_hukum", "kasubag_datin", "kasubag_kul"],
        "@tetangga": [f"{code}/{n}" for code in NEIGHBOURS for n in (1, 4)],
        "@mitra": ["bawaslu_ketua", "bawaslu_anggota", "kominfo_kadis", "kominfo_kabid", "bakesbangpol", "dosen",
                   "dosen2", "wartawan", "redaktur", "penyiar"],
    }
    out = []
    for key in keys:
        for k in groups.get(key, [key]):
            if k in people and people[k] not in out:
                out.append(people[k])
    return out


def _status(spec: dict, starts: datetime, now: datetime) -> str:
    if spec.get("status"):
        return spec["status"]
    if starts + timedelta(hours=4) < now:
        return "done"
    return "underway" if starts <= now else "scheduled"


def _meeting(spec: dict, people: dict, today: date, now: datetime, rng: random.Random) -> Meeting:
    day = today + timedelta(days=spec["offset"])
    if spec["offset"] and day.weekday() >= 5:
        # Offices meet on working days: a past weekend date moves back to Friday, a future one on to Monday.
        day += timedelta(days=(4 - day.weekday()) if spec["offset"] < 0 else (7 - day.weekday()))
    organizer = spec.get("organizer", "35.04")
    daring = spec["mode"] in ("daring", "hibrida")
    inv_day = day - timedelta(days=rng.randint(3, 7))
    number = NUMBER_PATTERNS[organizer].format(n=spec["serial"], m=roman_month(inv_day.month), y=inv_day.year) \
        if spec["serial"] else ""
    zoom = f"8{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}" if daring else ""
    m = meetings.create(
        title=spec["title"], kind=spec.get("kind", "rakor"), our_role=spec["role"], mode=spec["mode"], date=day,
        start_time=spec["start"], end_time=spec.get("end"), timezone="WIB", venue=spec.get("venue", ""),
        venue_address=ADDRESS if spec.get("venue", "").endswith("Tulungagung") else "",
        online_platform="Zoom Meeting" if daring else "", zoom_meeting_id=zoom,
        zoom_passcode=rng.choice(("kpu2024", "rakor", "bakohumas", "jatim35")) if daring else "",
        online_link=f"https://us02web.zoom.us/j/{zoom.replace(' ', '')}" if daring else "",
        livestream_link="https://www.youtube.com/@KPURI" if spec.get("livestream") else "",
        organizer_id=satker_service.by_region_code(organizer).id, invitation_number=number,
        invitation_date=inv_day if number else None, basis_letters="\n".join(spec.get("basis", [])),
        series="Rakor Bakohumas" if "Bakohumas" in spec["title"] else None,
    )
    agenda = meetings.set_agenda(m.id, [{"title": a[0]} for a in spec["agenda"]])
    meetings.set_roles(m.id, _roles(spec, people, agenda))
    invited = _expand(spec.get("invite") or spec.get("attend") or [], people)
    meetings.invite(m.id, [p.id for p in invited], channel="daring" if spec["mode"] == "daring" else "")
    status = _status(spec, m.starts_at, now)
    meetings.update(m.id, status=status)
    if status == "done":
        _attendance(m, spec, people, invited, rng)
        _minutes(m, spec, people, agenda)
    else:
        for key, state in spec.get("absent", {}).items():
            checkin.set_status(m.id, people[key].id, state, note="Surat pemberitahuan sudah diterima")
    return m


def _roles(spec: dict, people: dict, agenda: list) -> list[dict]:
    roles = [{"person_id": people[spec["chair"]].id, "role": "chair"}]
    if spec.get("opening"):
        roles.append({"person_id": people[spec["opening"]].id, "role": "opening", "agenda_item_id": agenda[0].id})
    if spec.get("moderator"):
        roles.append({"person_id": people[spec["moderator"]].id, "role": "moderator"})
    for item, (_, speaker, topic, _said) in zip(agenda, spec["agenda"]):
        if speaker and topic:
            roles.append({"person_id": people[speaker].id, "role": "speaker", "agenda_item_id": item.id,
                          "topic": topic})
    if spec.get("note_taker"):
        roles.append({"person_id": people[spec["note_taker"]].id, "role": "note_taker"})
    return roles


def _attendance(m: Meeting, spec: dict, people: dict, invited: list, rng: random.Random) -> None:
    absent = spec.get("absent", {})
    late = set(spec.get("late", []))
    keys = {p.id: k for k, p in people.items()}
    online = spec["mode"] == "daring" or spec["role"] == "participant"
    for p in invited:
        key = keys[p.id]
        if key in absent:
            state, _, delegate = absent[key].partition(":")
            checkin.set_status(m.id, p.id, state, note="Surat pemberitahuan sudah diterima",
                               delegate_id=people[delegate].id if delegate else None)
            continue
        minutes = rng.randint(20, 45) if key in late else rng.randint(-35, 8)
        checkin.check_in_person(m.id, p.id, at=m.starts_at + timedelta(minutes=minutes),
                                desk="" if online else "Meja 1", method="zoom" if online else "qr",
                                channel="daring" if online else "luring",
                                online_minutes=rng.randint(90, 150) if online else None,
                                meeting_value=checkin.CheckinMeeting.of(m))


def _minutes(m: Meeting, spec: dict, people: dict, agenda: list) -> None:
    """Notulen for a finished meeting: what each speaker explained, quotes, conclusions and follow-ups."""
    said = [a for a in spec["agenda"] if a[3]]
    if not said:
        return
    chair = people[spec["chair"]]
    closed = m.ends_at or m.starts_at + timedelta(hours=2, minutes=15)
    host = spec["role"] == "host"
    mi = Minutes.create(
        meeting=m, opened_at=m.starts_at + timedelta(minutes=10), opened_by=people[spec.get("opening") or
                                                                                  spec["chair"]],
        opening_text=f"Rapat dibuka oleh {chair.name} dengan ucapan terima kasih atas kehadiran peserta.",
        closed_at=closed, closing_text="Rapat ditutup dengan ucapan terima kasih.",
        conclusions="\n".join(spec.get("conclusions", [])), status=MINUTES_APPROVED if host else "draft",
        approved_by=chair if host else None, approved_at=closed + timedelta(days=1) if host else None)
    for n, (item, (_, speaker, _topic, text)) in enumerate(zip(agenda, spec["agenda"])):
        if text:
            subject = "Narasumber" if speaker != spec.get("opening") else "Pimpinan rapat"
            AgendaMinutes.create(minutes=mi, agenda_item=item, position=n,
                                 discussion=f"{subject} menjelaskan bahwa {text}.")
    for n, (key, text, idx) in enumerate(spec.get("quotes", [])):
        Quote.create(minutes=mi, agenda_item=agenda[idx] if idx is not None else None, person=people[key],
                     text=text, position=n)
    local_day = to_local(m.starts_at, m.timezone).date()
    for n, (text, key, due, status) in enumerate(spec.get("followups", [])):
        FollowUp.create(meeting=m, description=text, person=people[key], satker=people[key].satker_id,
                        due_date=local_day + timedelta(days=due - spec["offset"]), status=status,
                        closing_note="Sudah dilaksanakan." if status == "selesai" else "", position=n)


def demo_start(day: date, spec: dict) -> datetime:
    """When a demo meeting starts (UTC), for tests that check the dates follow today."""
    return combine_utc(day + timedelta(days=spec["offset"]), spec["start"], "WIB")
