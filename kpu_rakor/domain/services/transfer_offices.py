"""The offices invited as a whole in a meeting export ("office_invitees"): written by `meeting export`, checked and
recreated by `meeting import`. Offices travel as satker descriptions (region code, name, kind), like the
organiser; a file from before schema step 8 simply has none."""
from __future__ import annotations

from ..models import OfficeInvitation
from . import transfer_fields as f

KEY = "office_invitees"


def export_offices(meeting_id: int, satker_ref) -> list[dict]:
    rows = (OfficeInvitation.select().where(OfficeInvitation.meeting == meeting_id)
            .order_by(OfficeInvitation.position, OfficeInvitation.id))
    return [{"satker": satker_ref(o.satker), "position_line": o.position_line, "channel": o.channel,
             "note": o.note} for o in rows]


def check_offices(data: dict, check_satker) -> list[dict]:
    out = []
    for i, raw in enumerate(f.items(data, KEY, "")):
        p = f.join(KEY, i)
        d = f.obj(raw, p)
        satker = check_satker(d.get("satker"), f.join(p, "satker"))
        if satker is None:
            raise f.fail(f.join(p, "satker"), "wajib diisi.")
        out.append({"satker": satker, "position_line": " ".join(f.text(d, "position_line", p, 200).split()),
                    "channel": f.text(d, "channel", p, 8), "note": f.text(d, "note", p, 300)})
    return out


def import_offices(meeting_id: int, offices: list[dict], satker_id) -> None:
    """Inside the import's transaction; `satker_id(description)` finds (or adds) the satker."""
    seen = set()
    for n, o in enumerate(offices, start=1):
        sid = satker_id(o["satker"])
        if sid in seen:
            continue  # one row per office
        seen.add(sid)
        OfficeInvitation.create(meeting=meeting_id, satker=sid, position_line=o["position_line"],
                                channel=o["channel"], note=o["note"], position=n)
