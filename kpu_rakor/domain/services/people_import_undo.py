"""Undo a whole import of people (`people_import.apply` recorded it as a PersonImport batch): delete the people
it added and put back the fields it changed. Refused, with the names, when someone it added is used since (an
invitation, an attendance, a role…): deleting them would take those records along."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import json

from ..db import write_tx
from ..errors import NotFound, UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Person, PersonImport, utcnow
from ..names import name_key
from . import audit
from .people import position_rank
from .person_references import referenced


@dataclass(frozen=True)
class ImportBatch:
    id: int
    created_at: datetime  # UTC
    file_name: str
    added: int
    updated: int
    undone_at: datetime | None


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    deleted: int  # people the import had added
    restored: int  # people whose changed fields were put back
    kept: int  # fields left as they are because someone changed them again after the import


def _value(row: PersonImport) -> ImportBatch:
    return ImportBatch(row.id, row.created_at, row.file_name, len(json.loads(row.added or "[]")),
                       len(json.loads(row.updated or "{}")), row.undone_at)


def last_batch() -> ImportBatch | None:
    """The newest import that can still be undone (not undone yet), or None."""
    row = (PersonImport.select().where(PersonImport.undone_at.is_null())
           .order_by(PersonImport.created_at.desc(), PersonImport.id.desc()).first())
    return _value(row) if row else None


def batches(limit: int = 20) -> list[ImportBatch]:
    return [_value(r) for r in PersonImport.select().order_by(PersonImport.id.desc()).limit(limit)]


def undo(batch_id: int | None = None) -> UndoResult:
    """Take back import `batch_id` (the newest not undone when None) in one transaction. A field someone changed
    again after the import keeps its newer value: only what still holds the imported value is put back."""
    with write_tx():
        if batch_id is None:
            found = last_batch()
            if found is None:
                raise NotFound.of(QT_TRANSLATE_NOOP("domain", "Tidak ada impor orang yang dapat diurungkan."))
            batch_id = found.id
        row = PersonImport.get_or_none(PersonImport.id == batch_id)
        if row is None:
            raise NotFound.of(QT_TRANSLATE_NOOP("domain", "Impor nomor {batch_id} tidak ada."), batch_id=batch_id)
        if row.undone_at is not None:
            raise UserError.of(QT_TRANSLATE_NOOP("domain", "Impor nomor {batch_id} sudah diurungkan."),
                               batch_id=batch_id)
        added = [int(i) for i in json.loads(row.added or "[]")]
        used = sorted(referenced(added))
        if used:
            names = [p.name for p in Person.select(Person.name).where(Person.id.in_(used[:3])).order_by(Person.id)]
            more = len(used) - len(names)
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Impor dari {file} tidak dapat diurungkan: {count} orang yang "
                                            "ditambahkannya sudah dipakai sejak itu (diundang, hadir, diberi peran "
                                            "atau tindak lanjut), yaitu {names}{more}. Hapus orang itu satu per satu "
                                            "dari Direktori bila memang perlu."),
                file=row.file_name, count=len(used), names=", ".join(names),
                more=f" dan {more} lainnya" if more else "")
        deleted = 0
        for start in range(0, len(added), 500):
            deleted += Person.delete().where(Person.id.in_(added[start:start + 500])).execute()
        restored = kept = 0
        now = utcnow()
        for pid, fields in json.loads(row.updated or "{}").items():
            current = Person.get_or_none(Person.id == int(pid))
            if current is None:
                continue
            back = {}
            for name, (old, new) in fields.items():
                if _raw(current, name) == new:
                    back[name] = old
                else:
                    kept += 1
            if back:
                if "name" in back:
                    back["name_key"] = name_key(back["name"])
                if "position" in back:
                    back["position_rank"] = position_rank(back["position"] or "")
                Person.update(**back, updated_at=now).where(Person.id == int(pid)).execute()
                restored += 1
        row.undone_at = now
        row.save()
        audit.log("undo_import", "person", row.id, personal_data=True,
                  detail={"file": row.file_name, "deleted": deleted, "restored": restored, "kept": kept})
    return UndoResult(row.id, deleted, restored, kept)


def _raw(person: Person, name: str):
    return person.satker_id if name == "satker" else getattr(person, name)
