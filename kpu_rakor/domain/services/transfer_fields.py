"""Field readers for imported JSON: each converts one value or raises a ValidationError naming its path."""
from __future__ import annotations

from datetime import date, datetime, timezone

from ..errors import ValidationError
from ..terbilang import rupiah as grouped  # 1.000.000, the dots Indonesians write

# Instants and dates outside these years are typing mistakes, and near datetime's limits they overflow as soon
# as they are shown in WIB/WITA/WIT (9999-12-31T23:30Z is already year 10000 in WIB).
FIRST_YEAR, LAST_YEAR = 1900, 2200
# The largest count an imported integer may hold; far above real values, far below the database's limit.
MAX_COUNT = 10**6
# Minutes between two allowed instants: the most a lateness recorded long after the meeting can be
# (about 158 million, still inside PostgreSQL's 32-bit integer).
MAX_SPAN_MINUTES = (LAST_YEAR - FIRST_YEAR + 1) * 366 * 24 * 60


def fail(path: str, problem: str) -> ValidationError:
    return ValidationError(f'Kolom "{path}" {problem}', path)


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def obj(value, path: str) -> dict:
    if not isinstance(value, dict):
        raise fail(path, "harus berupa objek JSON ({...}).")
    return value


def items(d: dict, key: str, path: str) -> list:
    """A list member; missing or null is an empty list."""
    value = d.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise fail(join(path, key), "harus berupa daftar JSON ([...]).")
    return value


def check_chars(value: str, path: str) -> str:
    """Refuse characters no database keeps: NUL (PostgreSQL refuses it) and lone UTF-16 surrogates
    (not encodable as UTF-8 at all)."""
    if "\x00" in value:
        raise fail(path, "berisi karakter NUL (\\u0000) yang tidak boleh ada dalam teks.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise fail(path, "berisi karakter Unicode yang rusak (surrogate tanpa pasangan, mis. \\ud800).") from None
    return value


def text(d: dict, key: str, path: str, max_len: int, *, required: bool = False, default: str = "") -> str:
    value = d.get(key)
    p = join(path, key)
    if value is None:
        value = default
    if not isinstance(value, str):
        raise fail(p, "harus berupa teks.")
    value = check_chars(value, p).strip()
    if required and not value:
        raise fail(p, "kosong." if key in d else "tidak ada, padahal wajib diisi.")
    if len(value) > max_len:
        raise fail(p, f"terlalu panjang ({len(value)} huruf; paling banyak {max_len}).")
    return value


def optional_text(d: dict, key: str, path: str, max_len: int) -> str | None:
    if d.get(key) is None:
        return None
    return text(d, key, path, max_len) or None


def choice(d: dict, key: str, path: str, allowed, default: str | None = None) -> str:
    value = d.get(key, default)
    if value is None:
        value = default
    if value not in allowed:
        shown = ", ".join(a if a else '""' for a in allowed)
        raise fail(join(path, key), f"berisi {value!r} yang tidak dikenal; pilih salah satu: {shown}.")
    return value


def instant(d: dict, key: str, path: str, *, required: bool = False) -> datetime | None:
    """An ISO-8601 instant with its offset ("2021-04-07T02:00:00Z"), returned as naive UTC like the models."""
    value = d.get(key)
    p = join(path, key)
    if value is None:
        if required:
            raise fail(p, "tidak ada, padahal wajib diisi (tanggal-waktu ISO, mis. 2021-04-07T02:00:00Z).")
        return None
    try:
        parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or "T" not in value:
        raise fail(p, f"bukan tanggal-waktu ISO: {value!r} (contoh: 2021-04-07T02:00:00Z).")
    if parsed.tzinfo is None:
        # A wall-clock time without a zone is ambiguous across WIB/WITA/WIT: refuse rather than guess.
        raise fail(p, f"tidak menyebut zona waktu: {value!r} (akhiri dengan Z untuk UTC, mis. 2021-04-07T02:00:00Z).")
    # The year is checked in UTC, as stored, so whatever is exported imports again; the first, looser check
    # keeps the conversion itself from overflowing (0001-01-01T00:30+07:00).
    utc = parsed.astimezone(timezone.utc) if FIRST_YEAR - 1 <= parsed.year <= LAST_YEAR + 1 else None
    if utc is None or not FIRST_YEAR <= utc.year <= LAST_YEAR:
        raise fail(p, f"berisi waktu {value!r} di luar tahun {FIRST_YEAR}–{LAST_YEAR} (UTC); periksa tahunnya.")
    return utc.replace(tzinfo=None)


def day(d: dict, key: str, path: str) -> date | None:
    value = d.get(key)
    if value is None or value == "":
        return None
    parsed = None
    try:
        if isinstance(value, str) and len(value) == 10:
            parsed = date.fromisoformat(value)
    except ValueError:
        pass
    if parsed is None:
        raise fail(join(path, key), f"bukan tanggal ISO: {value!r} (tulis TTTT-BB-HH, mis. 2021-04-07).")
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise fail(join(path, key), f"berisi tanggal {value!r} di luar tahun {FIRST_YEAR}–{LAST_YEAR}; "
                                    "periksa tahunnya.")
    return parsed


def integer(d: dict, key: str, path: str, *, minimum: int = 0, maximum: int = MAX_COUNT, nullable: bool = True,
            default=None) -> int | None:
    value = d.get(key, default)
    if value is None and nullable:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        shown = repr(value) if len(repr(value)) <= 30 else repr(value)[:27] + "..."
        raise fail(join(path, key), f"harus bilangan bulat antara {minimum} dan {grouped(maximum)} "
                                    f"(tertulis {shown}).")
    return value


def flag(d: dict, key: str, path: str, default: bool = False) -> bool:
    value = d.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise fail(join(path, key), "harus true atau false.")
    return value


def ref(d: dict, key: str, path: str, refs: set[str], *, required: bool = False) -> str | None:
    """A reference to an entry of "people" by its "ref"."""
    value = d.get(key)
    p = join(path, key)
    if value is None:
        if required:
            raise fail(p, 'tidak ada, padahal wajib merujuk seseorang di "people".')
        return None
    if not isinstance(value, str) or value not in refs:
        raise fail(p, f'merujuk orang {value!r} yang tidak ada di "people".')
    return value


def agenda_index(d: dict, key: str, path: str, count: int) -> int | None:
    value = d.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < count:
        last = f"0 s.d. {count - 1}" if count else "tidak ada, karena agenda kosong"
        raise fail(join(path, key), f'harus nomor urut acara di "agenda" ({last}); tertulis {value!r}.')
    return value
