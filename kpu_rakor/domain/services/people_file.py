"""Reading a people list as offices keep them: a CSV (Excel exports: `;` or `,`, UTF-8 or Windows-1252) or an
XLSX (the first sheet). The reader turns the file into rows of text and guesses which column is which from the
header; `people_import.plan` decides what each row does. Every failure is one sentence naming the file."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..errors import UserError
from ..files import open_user_file, reading
from ..i18n import QT_TRANSLATE_NOOP
from ..names import fold

FIELDS = ("name", "nip", "position", "satker", "phone", "email")
# Header words as offices write them, folded (lower case, punctuation to spaces), to the field they mean.
HEADERS = {
    "name": ("nama", "name", "nama lengkap", "nama peserta", "peserta", "full name", "nama dan gelar", "nama gelar"),
    "nip": ("nip", "nip nik", "nomor induk pegawai", "nip nrp"),
    "position": ("jabatan", "position", "job title", "title", "jabatan pangkat"),
    "satker": ("satker", "instansi", "institution", "unit kerja", "instansi unit kerja", "satuan kerja",
               "organisasi", "organization", "lembaga", "asal instansi", "asal", "kantor"),
    "phone": ("hp", "no hp", "nomor hp", "no hp wa", "telepon", "telp", "no telp", "phone", "no telepon",
              "whatsapp", "wa", "mobile", "no wa", "nomor wa", "nomor telepon"),
    "email": ("email", "e mail", "surel", "alamat surel", "alamat email"),
}
_BY_HEADER = {word: key for key, words in HEADERS.items() for word in words}
MAX_ROWS = 20_000  # a province's whole directory; a 2.4-million-row file took 1.2 GB before this cap
HEAD_BYTES = 65_536  # what is read up front to tell binary from text, the encoding and the separator
HEADER_SEARCH = 10  # an XLSX often has a title line or two above the header
MAX_COLUMNS = 60
EXACT_DIGITS = 2 ** 53  # above this a number Excel stored as a float has lost its last digits


@dataclass(frozen=True)
class SourceRow:
    line: int  # as Excel or a text editor numbers it
    cells: tuple[str, ...]
    lossy: frozenset[int] = frozenset()  # columns holding a long number Excel kept only approximately
    numbers: frozenset[int] = frozenset()  # columns whose cell was a number (a phone there lost its leading 0)


@dataclass
class PeopleFile:
    path: str
    header: list[str]
    rows: list[SourceRow]
    guess: dict[str, int] = field(default_factory=dict)  # field -> column index

    @property
    def label(self) -> str:
        return repr(self.path)

    @property
    def file_name(self) -> str:
        return Path(self.path).name


def guess_mapping(header: list[str]) -> dict[str, int]:
    """The column of each field, from the header's words (the first column naming a field wins)."""
    cols: dict[str, int] = {}
    for i, title in enumerate(header):
        key = _BY_HEADER.get(fold(str(title).lstrip("\ufeff")))
        if key and key not in cols:
            cols[key] = i
    return cols


def read_people_file(path: str | Path) -> PeopleFile:
    """The rows of a CSV or of an XLSX's first sheet, with the guessed mapping; told apart by their first bytes
    (a zip is an XLSX whatever its name), so a renamed file still reads."""
    path = Path(path)
    label = repr(str(path))
    with open_user_file(path, "berkas daftar orang") as fh, reading(path, "berkas daftar orang"):
        head = fh.read(HEAD_BYTES)
    if head[:2] == b"PK":
        return _xlsx(path, label)
    if head[:4] == b"\xd0\xcf\x11\xe0":
        # An OLE container: an Excel 97-2003 .xls, or an .xlsx locked with a password (Excel encrypts it so).
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {label} terkunci kata sandi atau berformat Excel lama (.xls). Buka di "
                                        "Excel, hapus kata sandinya, lalu simpan sebagai .xlsx atau CSV."),
            label=label)
    return _csv(path, label, head)


def _too_many(label: str) -> UserError:
    return UserError(f"Berkas {label} berisi lebih dari {MAX_ROWS:,} baris; pecah menjadi "
                     "beberapa berkas.".replace(",", "."))


# --- CSV ----------------------------------------------------------------------------------------------------

def _encoding(head: bytes, label: str) -> tuple[str, str]:
    """(encoding, errors) for reading the file as text, from its first bytes. UTF-8 is tried first and the
    reading starts again in Windows-1252 when a later byte is not UTF-8 (see _csv)."""
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


def _csv(path: Path, label: str, head: bytes) -> PeopleFile:
    encoding, errors = _encoding(head, label)
    if len(head) < HEAD_BYTES and not head.decode(encoding, errors="replace").strip():
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Berkas {label} kosong."), label=label)
    try:
        header, rows = _csv_rows(path, label, encoding, errors, head)
    except UnicodeDecodeError:
        try:
            # Excel on Indonesian Windows saves "CSV" in Windows-1252.
            header, rows = _csv_rows(path, label, "cp1252", "strict", head)
        except UnicodeDecodeError:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Berkas {label} tidak dapat dibaca sebagai teks (bukan UTF-8 maupun "
                                            "Windows-1252)."),
                label=label) from None
    return PeopleFile(str(path), header, rows, guess_mapping(header))


def _csv_rows(path: Path, label: str, encoding: str, errors: str, head: bytes):
    """The header and the non-blank rows, read a line at a time: a file of millions of rows is refused at row
    MAX_ROWS + 1 without holding the rest."""
    first_line = head.decode(encoding, errors="replace").lstrip("\ufeff").split("\n", 1)[0]
    with open_user_file(path, "berkas CSV", encoding=encoding, errors=errors, newline="") as fh, \
            reading(path, "berkas CSV"):
        reader = csv.reader(fh, delimiter=_separator(first_line))
        try:
            header = [h.lstrip("\ufeff").strip() for h in next(reader, None) or []]
            rows = []
            for row in reader:
                if not any(c.strip() for c in row):
                    continue  # blank lines Excel leaves at the end
                if len(rows) == MAX_ROWS:
                    raise _too_many(label)
                rows.append(SourceRow(reader.line_num, tuple(row)))
        except csv.Error as exc:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Berkas {label} bukan CSV yang sah (baris {reader.line_num}: {exc})."),
                label=label, reader=reader, exc=exc) from None
    return header, rows


# --- XLSX ---------------------------------------------------------------------------------------------------

def cell_text(value) -> tuple[str, bool]:
    """A cell as the text a person would have typed, and whether it is a long number Excel kept only
    approximately (an 18-digit NIP typed into a number cell keeps 15 digits)."""
    if value is None:
        return "", False
    if isinstance(value, bool):
        return ("Ya" if value else "Tidak"), False
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d-%m-%Y"), False
        return value.strftime("%d-%m-%Y %H.%M"), False
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y"), False
    if isinstance(value, time):
        return value.strftime("%H.%M"), False
    if isinstance(value, int):
        return str(value), False
    if isinstance(value, float):
        if value.is_integer():
            whole = int(value)
            return str(whole), abs(whole) >= EXACT_DIGITS
        return repr(value).replace(".", ","), False  # Indonesian decimals
    return " ".join(str(value).split()) if "\n" in str(value) else str(value).strip(), False


def _xlsx(path: Path, label: str) -> PeopleFile:
    """The first sheet, the header being the first of its first rows that names a name column (else its first
    non-empty row). A damaged file fails inside openpyxl, zipfile or the XML parser with whatever they raise:
    each is one sentence for the user."""
    import warnings

    from openpyxl import load_workbook

    with warnings.catch_warnings():  # openpyxl warns about damaged parts on stderr; the sentence says it
        warnings.simplefilter("ignore")
        try:
            with reading(path, "berkas Excel"):
                wb = load_workbook(str(path), read_only=True, data_only=True)
        except UserError:
            raise
        except Exception:  # noqa: BLE001 - any failure of a damaged file is the same sentence
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Berkas {label} bukan berkas Excel .xlsx yang dapat dibaca (rusak atau "
                                            "bukan Excel). Buka di Excel dan simpan ulang sebagai .xlsx."),
                label=label) from None
        try:
            return _sheet(wb, path, label)
        finally:
            try:
                wb.close()
            except Exception:  # noqa: BLE001 - closing a damaged archive never hides the sentence above
                pass


def _sheet(wb, path: Path, label: str) -> PeopleFile:
    if not wb.worksheets:
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Berkas {label} tidak berisi lembar kerja."), label=label)
    ws = wb.worksheets[0]
    header: list[str] | None = None
    waiting: list[tuple[int, list[str], frozenset, frozenset]] = []  # rows before the header is known
    rows: list[SourceRow] = []
    line = 0
    try:
        for line, values in enumerate(ws.iter_rows(values_only=True, max_col=MAX_COLUMNS), 1):
            texts, lossy, numbers = [], set(), set()
            for i, v in enumerate(values):
                text, inexact = cell_text(v)
                texts.append(text)
                if inexact:
                    lossy.add(i)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    numbers.add(i)
            while texts and not texts[-1]:
                texts.pop()  # openpyxl pads every row to the sheet's width
            if not texts:
                continue
            if header is None:
                waiting.append((line, texts, frozenset(lossy), frozenset(numbers)))
                if "name" in guess_mapping(texts):
                    header = texts
                    waiting.clear()
                elif len(waiting) == HEADER_SEARCH:
                    header, rows = _first_row_header(waiting)
                continue
            if len(rows) == MAX_ROWS:
                raise _too_many(label)
            rows.append(SourceRow(line, tuple(texts), frozenset(lossy), frozenset(numbers)))
    except UserError:
        raise
    except Exception:  # noqa: BLE001
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {label} rusak: baris {line} lembar pertamanya tidak dapat dibaca. "
                                        "Buka di Excel dan simpan ulang."),
            label=label, line=line + 1) from None
    if header is None:
        if not waiting:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Lembar pertama berkas {label} kosong; daftar orang harus ada di lembar "
                                            "pertama."),
                label=label)
        header, rows = _first_row_header(waiting)
    return PeopleFile(str(path), header, rows, guess_mapping(header))


def _first_row_header(waiting: list[tuple[int, list[str], frozenset, frozenset]]
                      ) -> tuple[list[str], list[SourceRow]]:
    """No column is called Nama: the header is the first of the first rows naming the most known columns (else
    the widest: a title line above the table has one cell), the rows above it titles, and the user chooses the
    name column by hand."""
    best = max(range(len(waiting)), key=lambda i: (len(guess_mapping(waiting[i][1])), len(
        [t for t in waiting[i][1] if t]), -i))
    return waiting[best][1], [SourceRow(n, tuple(t), lossy, numbers) for n, t, lossy, numbers in waiting[best + 1:]]
