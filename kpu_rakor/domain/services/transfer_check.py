"""Validation of an imported meeting file: every field checked and converted before anything is written."""
from __future__ import annotations

from ..errors import ValidationError
from ..models import (ATTENDANCE_STATUSES, FOLLOWUP_STATUSES, KINDS, MEETING_ROLES, MEETING_STATUSES, METHODS,
                      KIND_KPU, MINUTES_APPROVED, MINUTES_DRAFT, MINUTES_READY, MODES, OUR_ROLES, Satker)
from ..nip import normalize_nip
from ..timefmt import ZONES
from . import satker as satker_service
from . import transfer_fields as f
from . import transfer_news, transfer_offices

FORMAT, VERSION = "kpu-rakor-meeting", 1
CHANNELS = ("", "luring", "daring")
MINUTES_STATUSES = (MINUTES_DRAFT, MINUTES_READY, MINUTES_APPROVED)

MEETING_TEXTS = (("kind", 60), ("venue", 300), ("venue_address", 5000), ("online_platform", 60),
                 ("zoom_meeting_id", 30), ("zoom_passcode", 60), ("online_link", 500), ("livestream_link", 500),
                 ("invitation_number", 120), ("invitation_nature", 40), ("invitation_attachment", 60),
                 ("basis_letters", 20000), ("description", 20000))


def check_header(data) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(f'Ini bukan berkas ekspor rapat KPU Rakor (kolom "format" harus "{FORMAT}").',
                              "format")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise f.fail("version", "harus bilangan bulat (versi format, saat ini 1).")
    if version > VERSION:
        raise ValidationError(f"Berkas ini dibuat oleh KPU Rakor yang lebih baru (format versi {version}); "
                              "perbarui aplikasi ini untuk membukanya.", "version")
    if version < 1:
        raise f.fail("version", f"berisi {version} yang tidak dikenal (saat ini 1).")


def check_satker(value, path: str) -> dict | None:
    """A satker described by region_code (KPU offices) or by name (other institutions)."""
    if value is None:
        return None
    d = f.obj(value, path)
    code = f.optional_text(d, "region_code", path, 10)
    name = f.optional_text(d, "name", path, 200)
    kind = f.choice(d, "kind", path, KINDS, "lainnya")
    if code and Satker.select().where(Satker.region_code == code).exists():
        return {"region_code": code, "name": name, "kind": kind}
    if not name:
        if code:
            raise f.fail(f.join(path, "region_code"), f'berisi kode wilayah {code!r} yang tidak ada di direktori '
                         'dan tidak ada "name" sebagai gantinya.')
        raise f.fail(path, 'perlu "region_code" atau "name".')
    if kind == KIND_KPU and satker_service.find_by_name(name) is None:
        # The KPU offices ship with the app; an institution added by name must never join their list
        # (it would then be offered as "this office" when a new installation starts).
        raise f.fail(f.join(path, "kind"), f'berisi "kpu", padahal {name!r} bukan kantor KPU di direktori; '
                     'sebut kantor KPU dengan "region_code" kode wilayahnya (KPU RI: "00"), atau pakai jenis lain '
                     '(mis. "lainnya").')
    return {"region_code": None, "name": name, "kind": kind}


def _check_people(data: dict) -> list[dict]:
    out, refs, nips = [], {}, {}
    for i, raw in enumerate(f.items(data, "people", "")):
        path = f.join("people", i)
        d = f.obj(raw, path)
        ref = f.text(d, "ref", path, 40, required=True)
        if ref in refs:
            raise f.fail(f.join(path, "ref"), f"berisi {ref!r} yang sudah dipakai di {refs[ref]}.")
        refs[ref] = path
        try:
            nip = normalize_nip(d.get("nip")) if isinstance(d.get("nip"), (str, type(None))) else 0
        except ValidationError as exc:
            raise f.fail(f.join(path, "nip"), f"tidak sah: {exc}") from None
        if nip == 0:
            raise f.fail(f.join(path, "nip"), "harus berupa teks (18 angka) atau null.")
        if nip and nip in nips:
            raise f.fail(f.join(path, "nip"), f"sama dengan NIP di {nips[nip]}; satu orang cukup dicatat sekali.")
        if nip:
            nips[nip] = path
        out.append({
            "ref": ref, "name": " ".join(f.text(d, "name", path, 300, required=True).split()), "nip": nip,
            "position": f.text(d, "position", path, 200),
            "satker": check_satker(d.get("satker"), f.join(path, "satker")),
            "institution": f.text(d, "institution", path, 200), "phone": f.text(d, "phone", path, 30),
            "email": f.text(d, "email", path, 200), "is_guest": f.flag(d, "is_guest", path),
            "short_name": " ".join(f.text(d, "short_name", path, 60).split()),
        })
    return out


def _check_meeting(data: dict, refs: set[str]) -> dict:
    d = f.obj(data.get("meeting"), "meeting")
    p = "meeting"
    m = {"title": " ".join(f.text(d, "title", p, 300, required=True).split())}
    m.update({key: f.text(d, key, p, limit) for key, limit in MEETING_TEXTS})
    m["kind"] = m["kind"] or "rakor"
    m["our_role"] = f.choice(d, "our_role", p, OUR_ROLES, "host")
    m["mode"] = f.choice(d, "mode", p, MODES, "luring")
    m["status"] = f.choice(d, "status", p, MEETING_STATUSES, "scheduled")
    m["timezone"] = f.choice(d, "timezone", p, tuple(ZONES), "WIB")
    m["invitation_signatory"] = f.choice(d, "invitation_signatory", p, ("", "ketua", "sekretaris"), "")
    m["starts_at"] = f.instant(d, "starts_at", p, required=True)
    m["ends_at"] = f.instant(d, "ends_at", p)
    if m["ends_at"] is not None and m["ends_at"] <= m["starts_at"]:
        raise f.fail("meeting.ends_at", "harus sesudah meeting.starts_at (atau null untuk \"s.d. selesai\").")
    m["invitation_date"] = f.day(d, "invitation_date", p)
    m["organizer"] = check_satker(d.get("organizer"), "meeting.organizer")
    m["series"] = f.optional_text(d, "series", p, 200)
    m["late_threshold_minutes"] = f.integer(d, "late_threshold_minutes", p, maximum=24 * 60)
    m["chair"] = f.ref(d, "chair", p, refs)
    m["note_taker"] = f.ref(d, "note_taker", p, refs)
    return m


def _unique_person(seen: dict, ref: str, path: str, label: str) -> None:
    if ref in seen:
        raise f.fail(path, f"menyebut orang {ref!r} yang sudah tercatat di {seen[ref]}; satu orang satu {label}.")
    seen[ref] = path


def _check_lists(data: dict, refs: set[str], n_agenda: int) -> dict:
    roles, invitees, attendance, follow_ups = [], [], [], []
    for i, raw in enumerate(f.items(data, "roles", "")):
        p = f.join("roles", i)
        d = f.obj(raw, p)
        roles.append({"person": f.ref(d, "person", p, refs, required=True),
                      "role": f.choice(d, "role", p, MEETING_ROLES),
                      "agenda": f.agenda_index(d, "agenda", p, n_agenda), "topic": f.text(d, "topic", p, 300)})
    seen: dict = {}
    for i, raw in enumerate(f.items(data, "invitees", "")):
        p = f.join("invitees", i)
        d = f.obj(raw, p)
        person = f.ref(d, "person", p, refs, required=True)
        _unique_person(seen, person, f.join(p, "person"), "undangan")
        invitees.append({"person": person, "channel": f.choice(d, "channel", p, CHANNELS, ""),
                         "note": f.text(d, "note", p, 300), "sent_at": f.instant(d, "sent_at", p)})
    seen = {}
    for i, raw in enumerate(f.items(data, "attendance", "")):
        p = f.join("attendance", i)
        d = f.obj(raw, p)
        person = f.ref(d, "person", p, refs, required=True)
        _unique_person(seen, person, f.join(p, "person"), "baris kehadiran")
        signature, intervals, keys = (_json_text(d, key, p) for key in ("signature", "online_intervals",
                                                                             "zoom_keys"))
        attendance.append({
            "person": person, "status": f.choice(d, "status", p, ATTENDANCE_STATUSES, "hadir"),
            "channel": f.choice(d, "channel", p, CHANNELS[1:], "luring"),
            "method": f.choice(d, "method", p, METHODS, "manual"),
            "checked_in_at": f.instant(d, "checked_in_at", p), "desk": f.text(d, "desk", p, 60),
            "minutes_late": f.integer(d, "minutes_late", p, maximum=f.MAX_SPAN_MINUTES, nullable=False,
                                      default=0),
            "online_minutes": f.integer(d, "online_minutes", p), "delegate": f.ref(d, "delegate", p, refs),
            "note": f.text(d, "note", p, 300), "signature": signature,
            "recorded_at": f.instant(d, "recorded_at", p), "online_intervals": intervals, "zoom_keys": keys,
            "needs_review": f.flag(d, "needs_review", p),
            "device": f.optional_text(d, "device", p, 64),
        })
    for i, raw in enumerate(f.items(data, "follow_ups", "")):
        p = f.join("follow_ups", i)
        d = f.obj(raw, p)
        follow_ups.append({
            "agenda": f.agenda_index(d, "agenda", p, n_agenda),
            "description": f.text(d, "description", p, 20000, required=True),
            "person": f.ref(d, "person", p, refs), "satker": check_satker(d.get("satker"), f.join(p, "satker")),
            "due_date": f.day(d, "due_date", p), "status": f.choice(d, "status", p, FOLLOWUP_STATUSES, "terbuka"),
            "closing_note": f.text(d, "closing_note", p, 20000),
        })
    return {"roles": roles, "invitees": invitees, "attendance": attendance, "follow_ups": follow_ups}


def _check_minutes(data: dict, refs: set[str], n_agenda: int) -> dict | None:
    if data.get("minutes") is None:
        return None
    p = "minutes"
    d = f.obj(data["minutes"], p)
    out = {
        "opened_at": f.instant(d, "opened_at", p), "opened_by": f.ref(d, "opened_by", p, refs),
        "opening_text": f.text(d, "opening_text", p, 50000), "discussion": f.text(d, "discussion", p, 50000),
        "closed_at": f.instant(d, "closed_at", p),
        "closing_text": f.text(d, "closing_text", p, 50000), "conclusions": f.text(d, "conclusions", p, 50000),
        "status": f.choice(d, "status", p, MINUTES_STATUSES, MINUTES_DRAFT),
        "approved_by": f.ref(d, "approved_by", p, refs), "approved_at": f.instant(d, "approved_at", p),
        "revision": f.integer(d, "revision", p, minimum=1, nullable=False, default=1), "items": [], "quotes": [],
    }
    if out["opened_at"] and out["closed_at"] and out["closed_at"] < out["opened_at"]:
        raise f.fail("minutes.closed_at", "lebih awal dari minutes.opened_at (rapat ditutup sebelum dibuka).")
    for i, raw in enumerate(f.items(d, "items", p)):
        ip = f.join(f.join(p, "items"), i)
        item = f.obj(raw, ip)
        out["items"].append({"agenda": f.agenda_index(item, "agenda", ip, n_agenda),
                             "discussion": f.text(item, "discussion", ip, 100000),
                             "decisions": f.text(item, "decisions", ip, 50000)})
    for i, raw in enumerate(f.items(d, "quotes", p)):
        qp = f.join(f.join(p, "quotes"), i)
        q = f.obj(raw, qp)
        out["quotes"].append({"agenda": f.agenda_index(q, "agenda", qp, n_agenda),
                              "person": f.ref(q, "person", qp, refs), "text": f.text(q, "text", qp, 20000,
                                                                                   required=True)})
    return out


def check_document(data) -> dict:
    """The whole file, validated and converted (naive UTC datetimes, dates, cleaned text). Reads, never writes."""
    check_header(data)
    people = _check_people(data)
    refs = {p["ref"] for p in people}
    meeting = _check_meeting(data, refs)
    agenda = []
    for i, raw in enumerate(f.items(data, "agenda", "")):
        p = f.join("agenda", i)
        d = f.obj(raw, p)
        agenda.append({"title": " ".join(f.text(d, "title", p, 300, required=True).split()),
                       "planned_start": f.instant(d, "planned_start", p),
                       "planned_end": f.instant(d, "planned_end", p), "notes": f.text(d, "notes", p, 20000)})
    plan = {"people": people, "meeting": meeting, "agenda": agenda}
    plan.update(_check_lists(data, refs, len(agenda)))
    plan["minutes"] = _check_minutes(data, refs, len(agenda))
    plan["office_invitees"] = transfer_offices.check_offices(data, check_satker)
    plan["office"] = transfer_news.check_office(data, check_satker)
    plan["photos"] = transfer_news.check_photos(data, refs)
    plan["news"] = transfer_news.check_news(data, len(plan["photos"]))
    return plan


def _json_text(d: dict, key: str, path: str) -> str | None:
    """A column kept as JSON text (signature strokes, Zoom intervals, report keys): text or null; files from
    before the column existed leave it out."""
    value = d.get(key)
    if value is not None and not isinstance(value, str):
        raise f.fail(f.join(path, key), "harus berupa teks (JSON) atau null.")
    if value is not None:
        f.check_chars(value, f.join(path, key))
    return value
