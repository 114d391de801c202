"""Agenda templates per kind of meeting: the usual items of a rakor with their minutes, kept for every PC in
the shared setting AGENDA_TEMPLATES as JSON {kind: [{"title": …, "minutes": …}]}. A saved template replaces
the shipped one of its kind. Applying one lays the items out from the meeting's start, one after another."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from .. import shared_settings
from ..db import write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..timefmt import to_local
from . import audit
from . import meetings as meeting_service

DEFAULT_MINUTES = 15  # an item saved without times
MAX_MINUTES = 12 * 60

# What a KPU rakor usually runs through; an office's own template of the kind replaces it.
SHIPPED = {
    "rakor": (("Pembukaan", 15), ("Laporan/Arahan", 30), ("Pembahasan", 60), ("Penutup", 15)),
}


@dataclass(frozen=True)
class TemplateItem:
    title: str
    minutes: int


def _kind(kind: str) -> str:
    kind = " ".join((kind or "").split()).lower()
    if not kind:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Jenis kegiatan templat wajib diisi."), "kind")
    return kind


def _stored() -> dict:
    raw = shared_settings.get(shared_settings.AGENDA_TEMPLATES)
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}  # a damaged value reads as none: the shipped templates still serve
    return value if isinstance(value, dict) else {}


def _items(raw) -> list[TemplateItem]:
    out = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and str(item.get("title") or "").strip():
            minutes = item.get("minutes")
            minutes = minutes if isinstance(minutes, int) and 0 < minutes <= MAX_MINUTES else DEFAULT_MINUTES
            out.append(TemplateItem(" ".join(str(item["title"]).split()), minutes))
    return out


def templates() -> dict[str, list[TemplateItem]]:
    """Every kind's template, the office's over the shipped ones, by kind."""
    out = {kind: [TemplateItem(t, m) for t, m in items] for kind, items in SHIPPED.items()}
    for kind, items in _stored().items():
        parsed = _items(items)
        if parsed:
            out[kind] = parsed
    return dict(sorted(out.items()))


def template_for(kind: str) -> list[TemplateItem]:
    """The template of `kind` (any case and spacing), [] when there is none."""
    try:
        return templates().get(_kind(kind), [])
    except ValidationError:
        return []


def save(kind: str, items: list[TemplateItem]) -> None:
    """Store `items` as the template of `kind`, replacing the office's earlier one."""
    kind = _kind(kind)
    items = [TemplateItem(i.title, i.minutes) for i in items if i.title.strip()]
    if not items:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Agenda masih kosong; tidak ada yang disimpan sebagai templat."), "agenda")
    with write_tx():
        stored = _stored()
        stored[kind] = [{"title": i.title, "minutes": i.minutes} for i in items]
        shared_settings.put(shared_settings.AGENDA_TEMPLATES, json.dumps(stored, ensure_ascii=False))
        audit.log("save", "agenda_template", None, detail={"kind": kind, "items": len(items)})


def items_of(agenda: list[tuple[str, time | None, time | None]]) -> list[TemplateItem]:
    """Template items from agenda rows (title, start, end wall-clock): an item lasts from its start to its end,
    else to the next item's start, else DEFAULT_MINUTES."""
    out = []
    for pos, (title, start, end) in enumerate(agenda):
        nxt = agenda[pos + 1][1] if pos + 1 < len(agenda) else None
        stop = end or nxt
        minutes = DEFAULT_MINUTES
        if start and stop:
            gap = (datetime.combine(datetime.min, stop) - datetime.combine(datetime.min, start)).seconds // 60
            if 0 < gap <= MAX_MINUTES:
                minutes = gap
        out.append(TemplateItem(title, minutes))
    return out


def save_from_meeting(meeting_id: int, kind: str | None = None) -> list[TemplateItem]:
    """The meeting's agenda as the template of its kind (or `kind`)."""
    m = meeting_service.get(meeting_id)
    rows = [(a.title, to_local(a.planned_start, m.timezone).time() if a.planned_start else None,
             to_local(a.planned_end, m.timezone).time() if a.planned_end else None)
            for a in meeting_service.agenda(meeting_id)]
    items = items_of(rows)
    save(kind or m.kind, items)
    return items


def layout(items: list[TemplateItem], start: time) -> list[dict]:
    """The items as agenda rows (title, start_time, end_time) one after another from `start`; an item that
    would run past midnight is left without times."""
    out, at = [], datetime.combine(datetime.min.date(), start)
    for item in items:
        end = at + timedelta(minutes=item.minutes)
        same_day = end.date() == at.date() == datetime.min.date()
        out.append(dict(title=item.title, start_time=at.time() if same_day else None,
                        end_time=end.time() if same_day else None))
        at = end
    return out


def apply(meeting_id: int, kind: str | None = None, *, replace: bool = False) -> int:
    """Fill the meeting's agenda from the template of its kind (or `kind`), timed from its start. An agenda that
    has items is replaced only with `replace` (else a sentence says so). Returns how many items."""
    m = meeting_service.get(meeting_id)
    kind = kind or m.kind
    items = template_for(kind)
    if not items:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Belum ada templat agenda untuk jenis kegiatan “{kind}”."), "kind", kind=kind)
    if not replace and meeting_service.agenda(meeting_id):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Agenda rapat ini sudah berisi acara; templat hanya menggantinya bila "
                                        "diminta (CLI: --replace)."),
            "agenda")
    rows = layout(items, to_local(m.starts_at, m.timezone).time())
    with write_tx():
        meeting_service.set_agenda(meeting_id, rows)
    return len(rows)
