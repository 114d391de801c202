"""Import people from a CSV file as offices keep them (Excel exports: `;` or `,`, UTF-8 or Windows-1252)."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
import logging
from pathlib import Path

from ..codes import new_code_id
from ..db import write_tx
from ..errors import UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..files import open_user_file, reading
from ..models import Person, Satker, utcnow
from ..names import fold, name_key
from ..nip import normalize_nip
from . import audit
from .people import ImportReport, position_rank

log = logging.getLogger(__name__)

# Header words as offices write them, folded (lower case, punctuation to spaces), to the field they mean.
HEADERS = {
    "name": ("nama", "name", "nama lengkap", "nama peserta", "full name"),
    "nip": ("nip", "nip nik", "nomor induk pegawai"),
    "position": ("jabatan", "position", "job title", "title"),
    "satker": ("satker", "instansi", "institution", "unit kerja", "instansi unit kerja", "satuan kerja",
               "organisasi", "organization", "lembaga"),
    "phone": ("hp", "no hp", "nomor hp", "no hp wa", "telepon", "telp", "no telp", "phone", "no telepon",
              "whatsapp", "wa", "mobile"),
    "email": ("email", "e mail", "surel", "alamat surel", "alamat email"),
}
_BY_HEADER = {word: key for key, words in HEADERS.items() for word in words}
BATCH = 500  # rows per INSERT: well under SQLite's limit on bound variables
MAX_ROWS = 20_000  # a province's whole directory; a 2.4-million-row file took 1.2 GB before this cap
HEAD_BYTES = 65_536  # what is read up front to tell binary from text, the encoding and the separator
LIMITS = {"position": 200, "phone": 30, "email": 200}
INSTITUTION_LIMIT = 200
LABELS = {"position": "jabatan", "phone": "nomor HP", "email": "email", "satker": "instansi"}


@dataclass
class CsvImportReport(ImportReport):
    """ImportReport plus rows that were imported with a column left out (a value too long to keep whole)."""
    warnings: list[str] = field(default_factory=list)


def _encoding(head: bytes, label: str) -> tuple[str, str]:
    """(encoding, errors) for reading the file as text, from its first bytes. UTF-8 is tried first and the
    reading starts again in Windows-1252 when a later byte is not UTF-8 (see _read)."""
    if b"\x00" in head[:4096]:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {label} bukan CSV: isinya data biner (misalnya berkas Excel .xlsx). "
                                        "Simpan dulu sebagai CSV dari Excel."),
            label=label)
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", "replace"
    return "utf-8", "strict"


def _separator(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (";", ",", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def _columns(header: list[str], label: str) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, title in enumerate(header):
        key = _BY_HEADER.get(fold(title.lstrip("\ufeff")))
        if key and key not in cols:
            cols[key] = i
    if "name" not in cols:
        shown = ", ".join(h.strip() for h in header[:8] if h.strip()) or "(kosong)"
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {label} tidak punya kolom nama (judul kolom yang ditemukan: {shown}). "
                                        "Baris pertama harus berisi judul kolom, misalnya Nama;NIP;Jabatan;Instansi;No "
                                        "HP;Email."),
            label=label, shown=shown)
    return cols


class _SatkerCache:
    """satker.find_by_name reads the whole directory on every call (90 ms): a file of 20,000 rows each naming
    another institution took half an hour. The directory is read once here and matched the same way: the
    exact name (ignoring case) first, then the name, short name or full name ignoring accents and punctuation,
    the first satker in the directory's order winning."""

    def __init__(self):
        self._seen: dict[str, int | None] = {}
        self._by_lower: dict[str, int] | None = None
        self._by_fold: dict[str, int] = {}

    def _load(self) -> None:
        self._by_lower = {}
        for sid, name, short, full in Satker.select(Satker.id, Satker.name, Satker.short_name,
                                                    Satker.full_name).tuples():
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


def _too_long(key: str, value: str, limit: int) -> str:
    return (f"{LABELS[key]} terlalu panjang ({len(value)} huruf; paling banyak {limit}), jadi tidak disimpan; "
            "baris lainnya tetap diimpor.")


def _row_values(row: list[str], cols: dict[str, int], satkers: _SatkerCache) -> tuple[dict, list[str]]:
    """The values to store, and what was left out of them (a value never is silently cut short)."""
    if any("\x00" in c for c in row):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "berisi karakter NUL (data biner), baris tidak dapat disimpan."), "name")

    def cell(key):
        i = cols.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    name = " ".join(cell("name").split())
    if not name:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "nama kosong."), "name")
    if len(name) > 300:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "nama terlalu panjang (paling banyak 300 huruf)."), "name")
    values = {"name": name, "name_key": name_key(name), "nip": normalize_nip(cell("nip"))}
    left_out = []
    for key, limit in LIMITS.items():
        value = cell(key)
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


def import_people_csv(path: str | Path) -> CsvImportReport:
    """Add or update people from a CSV. A person whose NIP is already known is updated, not duplicated
    (only the columns filled in the file change). Bad rows are skipped and reported with their line number;
    a file that is not a people CSV at all is refused and nothing changes. A value too long to keep is left out
    of its row (never cut short) and reported in `warnings`, with its line number."""
    path = Path(path)
    label = repr(str(path))
    with open_user_file(path, "berkas CSV") as fh, reading(path, "berkas CSV"):
        head = fh.read(HEAD_BYTES)
    encoding, errors = _encoding(head, label)
    if len(head) < HEAD_BYTES and not head.decode(encoding, errors="replace").strip():
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Berkas {label} kosong."), label=label)
    try:
        cols, rows = _read(path, label, encoding, errors, head)
    except UnicodeDecodeError:
        try:
            # Excel on Indonesian Windows saves "CSV" in Windows-1252.
            cols, rows = _read(path, label, "cp1252", "strict", head)
        except UnicodeDecodeError:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Berkas {label} tidak dapat dibaca sebagai teks (bukan UTF-8 maupun "
                                            "Windows-1252)."),
                label=label) from None
    return _store(rows, cols, str(path))


def _read(path: Path, label: str, encoding: str, errors: str, head: bytes):
    """The columns and the non-blank rows (line, cells), read a line at a time: a file of millions of rows is
    refused at row MAX_ROWS + 1, before anything is written, without holding the rest."""
    first_line = head.decode(encoding, errors="replace").lstrip("\ufeff").split("\n", 1)[0]
    with open_user_file(path, "berkas CSV", encoding=encoding, errors=errors, newline="") as fh, \
            reading(path, "berkas CSV"):
        reader = csv.reader(fh, delimiter=_separator(first_line))
        try:
            cols = _columns(next(reader, None) or [], label)
            rows = []
            for row in reader:
                if not any(c.strip() for c in row):
                    continue  # blank lines Excel leaves at the end
                if len(rows) == MAX_ROWS:
                    raise UserError(f"Berkas {label} berisi lebih dari {MAX_ROWS:,} baris; pecah menjadi "
                                    "beberapa berkas.".replace(",", "."))
                rows.append((reader.line_num, row))
        except csv.Error as exc:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Berkas {label} bukan CSV yang sah (baris {reader.line_num}: {exc})."),
                label=label, reader=reader, exc=exc) from None
    return cols, rows


def _identity(key: str, satker_id: int | None, institution: str | None) -> tuple:
    return (key, satker_id, "" if satker_id else fold(institution or ""))


def _store(rows: list[tuple[int, list[str]]], cols: dict[str, int], source: str) -> CsvImportReport:
    report = CsvImportReport()
    satkers = _SatkerCache()
    known: dict = {}
    for pid, nip, key, sid, inst in Person.select(Person.id, Person.nip, Person.name_key, Person.satker,
                                                  Person.institution).order_by(Person.id.desc()).tuples():
        known[nip or _identity(key, sid, inst)] = pid  # oldest wins when the directory already has twins
    fresh: dict = {}  # people new in this file: a later row with the same NIP or identity updates them
    inserts: list[dict] = []
    with write_tx():
        for line, row in rows:
            if not any(c.strip() for c in row):
                continue  # blank lines Excel leaves at the end
            try:
                values, left_out = _row_values(row, cols, satkers)
            except ValidationError as exc:
                report.skipped.append(f"Baris {line}: {exc}")
                continue
            report.warnings += [f"Baris {line}: {problem}" for problem in left_out]
            # Without a NIP, the same name at the same satker (or institution) is taken as the same person.
            ident = values["nip"] or _identity(values["name_key"], values.get("satker"), values.get("institution"))
            if ident in known:
                Person.update(**values, updated_at=utcnow()).where(Person.id == known[ident]).execute()
                report.updated += 1
            elif ident in fresh:
                fresh[ident].update(values)
                report.updated += 1
            else:
                values.update(code_id=new_code_id(), created_at=utcnow(), updated_at=utcnow())
                inserts.append(values)
                fresh[ident] = values
                report.created += 1
        # insert_many needs the same keys in every row.
        keys = sorted({k for v in inserts for k in v})
        defaults = {"position": "", "position_rank": 90, "satker": None, "institution": "", "phone": "",
                    "email": ""}
        full = [{k: v.get(k, defaults.get(k)) for k in keys} for v in inserts]
        for start in range(0, len(full), BATCH):
            Person.insert_many(full[start:start + BATCH]).execute()
        audit.log("import", "person", None, personal_data=True,
                  detail={"source": source, "created": report.created, "updated": report.updated,
                          "skipped": len(report.skipped), "warnings": len(report.warnings)})
    log.info("CSV orang diimpor: %d baru, %d diperbarui, %d dilewati, %d peringatan", report.created,
             report.updated, len(report.skipped), len(report.warnings))
    return report
