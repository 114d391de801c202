"""One meeting described for a person (Indonesian dates and times) or as a JSON summary."""
from __future__ import annotations

from ..domain import labels
from ..domain.services import checkin, installation, meeting_text, meetings, office_invitations
from ..domain.timefmt import date_only


def _numbered(lines: list[str]) -> list[str]:
    return [f"{n}. {text}" for n, text in enumerate(lines, 1)] or ["-"]


def describe(meeting_id: int) -> str:
    m = meetings.get(meeting_id)
    rows = [
        ("Nomor rapat", str(m.id)), ("Jenis", m.kind), ("Peran kantor", labels.OUR_ROLE.get(m.our_role, m.our_role)),
        ("Penyelenggara", m.organizer.name if m.organizer_id else "-"), ("Hari/Tanggal", meeting_text.day_date(m)),
        ("Waktu", meeting_text.hours(m)),
        ("Mode", labels.MODE.get(m.mode, m.mode)), ("Tempat", meeting_text.place(m, details=True)),
    ]
    office_time = meeting_text.hours_for_office(m, installation.office_zone())
    if office_time:
        rows.append(("Waktu di kantor ini", office_time))
    if m.invitation_number:
        dated = f" tanggal {date_only(m.invitation_date)}" if m.invitation_date else ""
        rows.append(("Surat undangan", f"Nomor {m.invitation_number}{dated}"))
    rows.append(("Status", labels.STATUS.get(m.status, m.status)))
    lines = [m.title, "=" * min(len(m.title), 78)]
    lines += [f"{label:<20}: {value}" for label, value in rows]
    blocks = [("Dasar", [b for b in m.basis_letters.splitlines() if b.strip()]),
              ("Acara", [a.title for a in meetings.agenda(m.id)])]
    for label, values in blocks:
        if values:
            numbered = _numbered(values)
            lines.append(f"{label:<20}: {numbered[0]}")
            lines += [f"{'':<22}{v}" for v in numbered[1:]]
    for r in meetings.roles(m.id):
        topic = f" — {r.topic}" if r.topic else ""
        lines.append(f"{labels.ROLE.get(r.role, r.role):<20}: {r.person.name}{topic}")
    c = checkin.counts(m.id)
    lines.append(f"{'Undangan':<20}: {c.invited} orang; hadir {c.hadir}, terlambat {c.terlambat}, izin {c.izin}, "
                 f"sakit {c.sakit}, dinas luar {c.dinas_luar}, diwakili {c.diwakili}, belum hadir {c.belum_hadir}")
    offices, filled = office_invitations.summary(m.id)  # offices invited as a whole (one invitee each)
    if offices:
        lines.append(f"{'Kantor diundang':<20}: {offices} kantor; terisi {filled}")
    return "\n".join(lines)


def summary(meeting_id: int) -> dict:
    m = meetings.get(meeting_id)
    c = checkin.counts(m.id)
    return {
        "id": m.id, "title": m.title, "kind": m.kind, "our_role": m.our_role, "mode": m.mode, "status": m.status,
        "timezone": m.timezone, "starts_at": m.starts_at, "ends_at": m.ends_at,
        "date_text": meeting_text.day_date(m), "time_text": meeting_text.hours(m),
        "venue": m.venue, "online_platform": m.online_platform, "zoom_meeting_id": m.zoom_meeting_id,
        "organizer": m.organizer.name if m.organizer_id else None, "invitation_number": m.invitation_number,
        "invitation_date": m.invitation_date, "basis_letters": [b for b in m.basis_letters.splitlines() if b.strip()],
        "agenda": [a.title for a in meetings.agenda(m.id)],
        "roles": [{"role": r.role, "person_id": r.person_id, "name": r.person.name, "topic": r.topic}
                  for r in meetings.roles(m.id)],
        "counts": vars(c),
    }
