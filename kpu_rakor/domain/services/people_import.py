"""Import people from a CSV or XLSX list in two steps: `plan` (a pure read: what each row would do, field by
field) and `apply` (the plan written in one transaction and recorded as a batch that `people_import_undo` can
take back). `import_people_csv` does both, for the CLI and old callers."""
from __future__ import annotations

from dataclasses import dataclass, field
import json
import logging
from pathlib import Path
from typing import Callable

from ..codes import new_code_id
from ..db import write_tx
from ..errors import UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Person, PersonImport, Satker, utcnow
from ..names import fold, name_key
from ..nip import normalize_nip
from . import audit
from .people import ImportReport, position_rank
from .people_file import (FIELDS, HEADERS, MAX_ROWS, PeopleFile, SourceRow,  # noqa: F401 - re-exported
                          read_people_file)

log = logging.getLogger(__name__)

ADD, UPDATE, SAME, REFUSE = "tambah", "perbarui", "sama", "ditolak"
BATCH = 500  # rows per INSERT or IN (…): well under SQLite's limit on bound variables
LIMITS = {"position": 200, "phone": 30, "email": 200}
INSTITUTION_LIMIT = 200
LABELS = {"position": "jabatan", "phone": "nomor HP", "email": "email", "satker": "instansi"}
STORED = ("name", "nip", "position", "satker", "institution", "phone", "email")  # what an update may change


@dataclass
class Change:
    field: str  # name / nip / position / satker / phone / email
    old: str  # as shown: the satker's name, not its id
    new: str


@dataclass
class PlanRow:
    line: int
    action: str  # ADD, UPDATE, SAME or REFUSE
    name: str = ""
    person_id: int | None = None  # the directory person an update or SAME row is
    values: dict = field(default_factory=dict)  # what would be stored
    changes: list[Change] = field(default_factory=list)
    problem: UserError | None = None  # why the row is refused
    warnings: list[str] = field(default_factory=list)  # a value left out (too long), the rest imported

    @property
    def reason(self) -> str:
        return str(self.problem) if self.problem else ""


@dataclass
class ImportPlan:
    path: str
    mapping: dict[str, int]
    rows: list[PlanRow]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def writes(self) -> int:
        return sum(1 for r in self.rows if r.action in (ADD, UPDATE))


@dataclass
class ImportResult:
    batch_id: int | None
    added: int
    updated: int
    unchanged: int
    refused: int


@dataclass
class CsvImportReport(ImportReport):
    """ImportReport plus rows that were imported with a column left out (a value too long to keep whole)."""
    warnings: list[str] = field(default_factory=list)
    batch_id: int | None = None


class _SatkerCache:
    """satker.find_by_name reads the whole directory on every call (90 ms): a file of 20,000 rows each naming
    another institution took half an hour. The directory is read once here and matched the same way: the
    exact name (ignoring case) first, then the name, short name or full name ignoring accents and punctuation,
    the first satker in the directory's order winning."""

    def __init__(self):
        self._seen: dict[str, int | None] = {}
        self._by_lower: dict[str, int] | None = None
        self._by_fold: dict[str, int] = {}
        self._names: dict[int, str] = {}

    def _load(self) -> None:
        self._by_lower = {}
        for sid, name, short, full in Satker.select(Satker.id, Satker.name, Satker.short_name,
                                                    Satker.full_name).tuples():
            self._names[sid] = name
            self._by_lower.setdefault((name or "").lower(), sid)
            for text in (name, short, full):
                key = fold(text or "")
                if key:
                    self._by_fold.setdefault(key, sid)

    def find(self, text: str) -> int | None:
        key = fold(text)
        if key not in self._seen:
            if self._by_lower is None:
                self._load()
            found = self._by_lower.get(text.strip().lower()) if key else None
            self._seen[key] = found if found is not None else self._by_fold.get(key) if key else None
        return self._seen[key]

    def name(self, satker_id: int | None) -> str:
        if satker_id is None:
            return ""
        if self._by_lower is None:
            self._load()
        return self._names.get(satker_id, "")


def _too_long(key: str, value: str, limit: int) -> str:
    return (f"{LABELS[key]} terlalu panjang ({len(value)} huruf; paling banyak {limit}), jadi tidak disimpan; "
            "baris lainnya tetap diimpor.")


def _identity(key: str, satker_id: int | None, institution: str | None) -> tuple:
    return (key, satker_id, "" if satker_id else fold(institution or ""))


def _refuse(line: int, problem: UserError, name: str = "") -> PlanRow:
    return PlanRow(line, REFUSE, name=name, problem=problem)


def _row_values(cell: Callable[[str], str], src: SourceRow, cols: dict[str, int],
                satkers: _SatkerCache) -> tuple[dict, list[str]]:
    """The values to store, and what was left out of them (a value never is silently cut short). Raises
    ValidationError for a row that cannot be imported."""
    lossy_nip = cols.get("nip") in src.lossy
    name = " ".join(cell("name").split())
    if not name:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "nama kosong."), "name")
    if len(name) > 300:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "nama terlalu panjang (paling banyak 300 huruf)."), "name")
    if lossy_nip:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "NIP {nip} tersimpan sebagai angka di Excel sehingga angka terakhirnya "
                                        "hilang; ubah sel NIP menjadi Teks, ketik ulang NIP-nya, lalu impor lagi."),
            "nip", nip=cell("nip"))
    values = {"name": name, "name_key": name_key(name), "nip": normalize_nip(cell("nip"))}
    left_out = []
    for key, limit in LIMITS.items():
        value = cell(key)
        if key == "phone" and cols.get("phone") in src.numbers and value.startswith("8"):
            value = "0" + value  # 0812… typed into a number cell: Excel dropped the leading zero
        if len(value) > limit:
            left_out.append(_too_long(key, value, limit))
        elif value:
            values[key] = value
    if "position" in values:
        values["position_rank"] = position_rank(values["position"])
    place = cell("satker")
    if place:
        sid = satkers.find(place)
        if sid:
            values.update(satker=sid, institution="")
        elif len(place) > INSTITUTION_LIMIT:
            left_out.append(_too_long("satker", place, INSTITUTION_LIMIT))
        else:
            values.update(satker=None, institution=place)
    return values, left_out


def _no_name_column(source: PeopleFile) -> UserError:
    shown = ", ".join(h.strip() for h in source.header[:8] if h.strip()) or "(kosong)"
    return UserError.of(
        QT_TRANSLATE_NOOP("domain", "Berkas {label} tidak punya kolom nama (judul kolom yang ditemukan: {shown}). "
                                    "Baris pertama harus berisi judul kolom, misalnya Nama;NIP;Jabatan;Instansi;No "
                                    "HP;Email."),
        label=source.label, shown=shown)


class _Directory:
    """The people already known, read once: by NIP and by (name key, satker, institution)."""

    COLUMNS = (Person.id, Person.name, Person.nip, Person.position, Person.satker, Person.institution,
               Person.phone, Person.email, Person.name_key)

    def __init__(self):
        self.rows: dict[int, dict] = {}
        self.by_nip: dict[str, int] = {}
        self.by_ident: dict[tuple, int] = {}
        query = Person.select(*self.COLUMNS).where(Person.deleted_at.is_null()).order_by(Person.id.desc())
        for pid, name, nip, position, sid, inst, phone, email, key in query.tuples():
            self.rows[pid] = {"name": name, "nip": nip, "position": position, "satker": sid,
                              "institution": inst, "phone": phone, "email": email}
            # The oldest wins when the directory already has twins.
            if nip:
                self.by_nip[nip] = pid
            self.by_ident[_identity(key, sid, inst)] = pid

    def match(self, values: dict) -> int | None:
        ident = _identity(values["name_key"], values.get("satker"), values.get("institution"))
        if values["nip"]:
            found = self.by_nip.get(values["nip"])
            if found is None:  # the same name and satker, typed without a NIP before
                found = self.by_ident.get(ident)
                if found is not None and self.rows[found]["nip"]:
                    found = None  # another NIP: another person of the same name
            return found
        return self.by_ident.get(ident)


def _changes(old: dict, values: dict, satkers: _SatkerCache) -> list[Change]:
    out = []
    for key in ("name", "nip", "position", "phone", "email"):
        if key in values and values[key] and values[key] != old[key]:
            out.append(Change(key, old[key] or "", values[key]))
    if "satker" in values and (values["satker"], values["institution"]) != (old["satker"], old["institution"] or ""):
        out.append(Change("satker", satkers.name(old["satker"]) or old["institution"] or "",
                          satkers.name(values["satker"]) or values["institution"]))
    return out


def plan(source: PeopleFile, mapping: dict[str, int | None] | None = None) -> ImportPlan:
    """What importing `source` with `mapping` (field -> column; the guess when None) would do to each row.
    Reads only: nothing is written until `apply`. A row refused says why; a later row naming the same person
    as an earlier one is refused too (the file has them twice)."""
    cols = {k: v for k, v in (source.guess if mapping is None else mapping).items() if v is not None and k in FIELDS}
    if "name" not in cols:
        raise _no_name_column(source)
    satkers = _SatkerCache()
    known = _Directory()
    seen_nip: dict[str, int] = {}
    seen_ident: dict[tuple, int] = {}
    rows: list[PlanRow] = []
    for src in source.rows:
        cells = src.cells

        def cell(key, cells=cells):
            i = cols.get(key)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        if any("\x00" in c for c in cells):
            rows.append(_refuse(src.line, ValidationError.of(QT_TRANSLATE_NOOP(
                "domain", "berisi karakter NUL (data biner), baris tidak dapat disimpan."), "name")))
            continue
        try:
            values, left_out = _row_values(cell, src, cols, satkers)
        except ValidationError as exc:
            rows.append(_refuse(src.line, exc, " ".join(cell("name").split())))
            continue
        ident = _identity(values["name_key"], values.get("satker"), values.get("institution"))
        earlier = seen_nip.get(values["nip"]) if values["nip"] else seen_ident.get(ident)
        if earlier is not None:
            rows.append(_refuse(src.line, ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "orang yang sama sudah ada di baris {line} berkas ini."), "name",
                line=earlier), values["name"]))
            continue
        if values["nip"]:
            seen_nip[values["nip"]] = src.line
        seen_ident.setdefault(ident, src.line)
        pid = known.match(values)
        row = PlanRow(src.line, ADD, values["name"], pid, values, warnings=left_out)
        if pid is not None:
            row.changes = _changes(known.rows[pid], values, satkers)
            row.action = UPDATE if row.changes else SAME
        rows.append(row)
    return ImportPlan(source.path, cols, rows)


def _stored(row: PlanRow) -> dict:
    """The columns an update writes: those that change, with the name's key and the position's rank."""
    keys = {c.field for c in row.changes}
    out = {k: row.values[k] for k in keys if k != "satker"}
    if "satker" in keys:
        out.update(satker=row.values["satker"], institution=row.values["institution"])
    if "name" in keys:
        out["name_key"] = row.values["name_key"]
    if "position" in keys:
        out["position_rank"] = row.values["position_rank"]
    return out


def apply(import_plan: ImportPlan, progress: Callable | None = None) -> ImportResult:
    """Write the plan's additions and updates in one transaction and record them as one import batch. The
    values an update replaces are read again inside the transaction, so the batch's undo restores what the
    database held, even if someone changed a person after the preview."""
    adds = [r for r in import_plan.rows if r.action == ADD]
    updates = [r for r in import_plan.rows if r.action == UPDATE]
    total = len(adds) + len(updates)
    now = utcnow()
    updated_log: dict[str, dict] = {}
    with write_tx():
        for n, row in enumerate(updates):
            new = _stored(row)
            current = Person.select(*[getattr(Person, k) for k in new]).where(Person.id == row.person_id).dicts()
            old = next(iter(current), None)
            if old is None:
                continue  # deleted since the preview
            Person.update(**new, updated_at=now).where(Person.id == row.person_id).execute()
            updated_log[str(row.person_id)] = {k: [old[k], new[k]] for k in new if k in STORED and old[k] != new[k]}
            if progress and n % 200 == 0:
                progress(n, total, "")
        inserts = []
        defaults = {"position": "", "position_rank": 90, "satker": None, "institution": "", "phone": "",
                    "email": ""}
        for row in adds:
            values = {**defaults, **row.values, "code_id": new_code_id(), "created_at": now, "updated_at": now}
            inserts.append(values)
        added: list[int] = []
        for start in range(0, len(inserts), BATCH):
            part = inserts[start:start + BATCH]
            Person.insert_many(part).execute()
            codes = [v["code_id"] for v in part]
            added += [pid for (pid,) in Person.select(Person.id).where(Person.code_id.in_(codes)).tuples()]
            if progress:
                progress(len(updates) + start + len(part), total, "")
        batch = PersonImport.create(created_at=now, actor=audit.actor(), file_name=Path(import_plan.path).name[:300],
                                    added=json.dumps(sorted(added)), updated=json.dumps(updated_log, default=str))
        audit.log("import", "person", batch.id, personal_data=True,
                  detail={"source": import_plan.path, "created": len(added), "updated": len(updated_log),
                          "skipped": import_plan.count(REFUSE),
                          "warnings": sum(len(r.warnings) for r in import_plan.rows)})
    result = ImportResult(batch.id, len(added), len(updated_log), import_plan.count(SAME), import_plan.count(REFUSE))
    log.info("CSV orang diimpor: %d baru, %d diperbarui, %d dilewati, %d peringatan", result.added,
             result.updated + result.unchanged, result.refused, sum(len(r.warnings) for r in import_plan.rows))
    return result


def import_people_csv(path: str | Path, mapping: dict[str, int | None] | None = None) -> CsvImportReport:
    """Read, plan and apply in one go (the CLI, scripts). A person whose NIP is already known, or the same name at
    the same satker, is updated, not duplicated (only the columns filled in the file change). Bad rows are
    skipped and reported with their line number; a file that is not a people list at all is refused and nothing
    changes. A value too long to keep is left out of its row (never cut short) and reported in `warnings`."""
    the_plan = plan(read_people_file(path), mapping)
    result = apply(the_plan)
    return CsvImportReport(
        created=result.added, updated=result.updated + result.unchanged,
        skipped=[f"Baris {r.line}: {r.reason}" for r in the_plan.rows if r.action == REFUSE],
        warnings=[f"Baris {r.line}: {w}" for r in the_plan.rows for w in r.warnings], batch_id=result.batch_id)
