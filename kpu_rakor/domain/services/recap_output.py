"""The recap as files: the workbook (XLSX, or one sheet as CSV) and the recap PDF on the office's letterhead.

Numbers stay numbers and dates dates in the workbook (`domain.tables`); the PDF gets a plain content value
(`RecapContent`, words already chosen) so the renderer in `reports/recap.py` reads nothing of ours.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import labels
from ..db import write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..tables import DATETIME, INT, PERCENT, Column, Sheet, Workbook
from ..timefmt import MONTHS, clock, date_only
from . import audit
from .recap import BY, Counts, Recap

TITLE = "Rekap kehadiran rapat"
LEVEL = {"ri": "KPU RI", "provinsi": "KPU Provinsi", "kabkota": "KPU Kabupaten/Kota", "lain": "Lainnya"}
SHEETS = ("Per orang", "Per satker", "Per bulan", "Per rapat", "Tindak lanjut per orang",
          "Tindak lanjut per satker")
COUNT_TITLES = ("Diundang", "Hadir", "Terlambat", "Izin", "Sakit", "Dinas luar", "Diwakili", "Tanpa keterangan",
                "Hadir tanpa undangan", "Kehadiran (%)")
FOLLOWUP_TITLES = ("Terbuka", "Selesai", "Lewat batas waktu")
FORMATS = ("xlsx", "csv", "pdf")


def count_columns() -> tuple[Column, ...]:
    return tuple(Column(t, INT) for t in COUNT_TITLES[:-1]) + (Column(COUNT_TITLES[-1], PERCENT),)


def count_values(c: Counts) -> tuple:
    return (c.invited, c.present, c.late, c.excused, c.sick, c.duty, c.delegated, c.absent, c.walk_ins, c.rate)


def month_name(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def period_text(r: Recap) -> str:
    f = r.filter
    if f.date_from == f.date_to:
        return date_only(f.date_from)
    return f"{date_only(f.date_from)} s.d. {date_only(f.date_to)}"


def filter_lines(r: Recap) -> tuple[tuple[str, str], ...]:
    """The filters in words, "semua" where none was chosen."""
    f = r.filter
    return (("Peran kantor", labels.OUR_ROLE.get(f.our_role, f.our_role) if f.our_role else "semua"),
            ("Mode", labels.MODE.get(f.mode, f.mode) if f.mode else "semua"),
            ("Jenis kegiatan", f.kind or "semua"),
            ("Seri rapat", r.series_name or ("semua" if f.series_id is None else f"nomor {f.series_id}")))


def made_text(r: Recap) -> str:
    return f"{date_only(r.made_at)} pukul {clock(r.made_at)} {r.zone}"


def _office_name() -> str:
    from .meeting_header import office

    o = office()
    return o.name or "(kantor belum dipilih)"


def workbook(r: Recap) -> Workbook:
    text = Column
    people = Sheet(SHEETS[0], (text("Nama"), text("NIP"), text("Jabatan"), text("Satker/instansi"),
                               *count_columns()),
                   [(p.name, p.nip, p.position, p.satker, *count_values(p.counts)) for p in r.people])
    satkers = Sheet(SHEETS[1], (text("Satker/instansi"), text("Tingkat"), Column("Rapat dihadiri", INT),
                                *count_columns()),
                    [(s.name, LEVEL.get(s.level, ""), s.meetings, *count_values(s.counts)) for s in r.satkers])
    months = Sheet(SHEETS[2], (text("Bulan"), *(Column(t, INT) for t in (
        "Rapat", "Luring", "Daring", "Hibrida", "Tuan rumah", "Peserta")), *count_columns()),
        [(month_name(m.year, m.month), m.meetings, m.luring, m.daring, m.hibrida, m.hosted, m.attended,
          *count_values(m.counts)) for m in r.months])
    meetings = Sheet(SHEETS[3], (Column("Mulai", DATETIME), text("Zona"), text("Nama rapat"), text("Jenis"),
                                 text("Mode"), text("Peran kantor"), *count_columns()),
                     [(m.starts_local, m.zone, m.title, m.kind, labels.MODE.get(m.mode, m.mode),
                       labels.OUR_ROLE.get(m.our_role, m.our_role), *count_values(m.counts)) for m in r.meetings])
    fu_cols = tuple(Column(t, INT) for t in FOLLOWUP_TITLES)
    fu_people = Sheet(SHEETS[4], (text("Penanggung jawab"), *fu_cols),
                      [(x.name, x.open, x.done, x.overdue) for x in r.followups_by_person])
    fu_satkers = Sheet(SHEETS[5], (text("Satker/instansi"), *fu_cols),
                       [(x.name, x.open, x.done, x.overdue) for x in r.followups_by_satker])
    info = (("Periode", period_text(r)), *filter_lines(r), ("Kantor", f"{_office_name()} ({r.zone})"),
            ("Dibuat", made_text(r)))
    return Workbook(TITLE, (people, satkers, months, meetings, fu_people, fu_satkers), info)


def format_of(path, fmt: str | None) -> str:
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Format {fmt!r} tidak dikenal; pilih xlsx, csv atau pdf."), "format",
            fmt=fmt)
    return fmt


def sheet_index(by: str) -> int:
    if by not in BY:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Rekap “{by}” tidak dikenal; pilih salah satu: {options}."), "by",
            by=by, options=", ".join(BY))
    return BY.index(by)


def write(r: Recap, path, fmt: str | None = None, *, by: str = "person", progress=None) -> Path:
    """Write the file, then log the export (the recap names people: personal data)."""
    from ..documents.output import write_file
    from .table_export import render_table

    fmt = format_of(path, fmt)
    if fmt == "pdf":
        data = pdf_bytes(r, progress=progress)
    else:
        data = render_table(workbook(r), fmt, sheet_index(by) if fmt == "csv" else 0)
    out = write_file(path, data)
    with write_tx():
        audit.log("export", "recap", None, personal_data=True,
                  detail={"format": fmt, "file": out.name, "from": str(r.filter.date_from),
                          "to": str(r.filter.date_to)})
    return out


# --- the PDF ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecapContent:
    """What the recap PDF prints, in words and numbers; tables are (header, rows) with rows of text."""

    title: str
    period: str
    filters: tuple[tuple[str, str], ...]
    made: str
    totals: tuple[tuple[str, str], ...]  # "Rapat", "12"; "Kehadiran", "87,5 %" …
    tables: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]], ...]  # (caption, header, rows)
    months: tuple[tuple[str, int, int, int, int], ...]  # (short month, luring, daring, hibrida, late arrivals)
    satker_rates: tuple[tuple[str, float], ...]  # (name, rate 0..1), best first, at most CHART_SATKERS


CHART_SATKERS = 12
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate * 100:.1f}".replace(".", ",") + " %"


def _count_cells(c: Counts) -> tuple[str, ...]:
    return (str(c.invited), str(c.present), str(c.late), str(c.excused + c.sick + c.duty), str(c.delegated),
            str(c.absent), percent(c.rate))


PDF_COUNTS = ("Diundang", "Hadir", "Terlambat", "Izin, sakit, DL", "Diwakili", "Tanpa ket.", "Kehadiran")


def recap_content(r: Recap) -> RecapContent:
    t = r.totals
    totals = (("Rapat", str(len(r.meetings))), ("Undangan", str(t.invited)), ("Hadir", str(t.present)),
              ("Terlambat", str(t.late)), ("Kehadiran", percent(t.rate)))
    fu_header = ("Terbuka", "Selesai", "Lewat batas")
    tables = (
        ("Per orang", ("Nama", "Satker/instansi", *PDF_COUNTS),
         tuple((p.name, p.satker, *_count_cells(p.counts)) for p in r.people)),
        ("Per satker", ("Satker/instansi", "Rapat", *PDF_COUNTS),
         tuple((s.name, str(s.meetings), *_count_cells(s.counts)) for s in r.satkers)),
        ("Per bulan", ("Bulan", "Rapat", "Luring", "Daring", "Hibrida", "Tuan rumah", "Peserta", *PDF_COUNTS),
         tuple((month_name(m.year, m.month), str(m.meetings), str(m.luring), str(m.daring), str(m.hibrida),
                str(m.hosted), str(m.attended), *_count_cells(m.counts)) for m in r.months)),
        ("Per rapat", ("Tanggal", "Nama rapat", "Mode, peran", *PDF_COUNTS),
         tuple((f"{date_only(m.starts_local)}\n{clock(m.starts_local)} {m.zone}", m.title,
                labels.MODE.get(m.mode, m.mode).split(" ")[0] + "\n" + labels.OUR_ROLE.get(m.our_role, m.our_role),
                *_count_cells(m.counts)) for m in r.meetings)),
        ("Tindak lanjut per orang", ("Penanggung jawab", *fu_header),
         tuple((x.name, str(x.open), str(x.done), str(x.overdue)) for x in r.followups_by_person)),
        ("Tindak lanjut per satker", ("Satker/instansi", *fu_header),
         tuple((x.name, str(x.open), str(x.done), str(x.overdue)) for x in r.followups_by_satker)),
    )
    rated = sorted((s for s in r.satkers if s.counts.rate is not None),
                   key=lambda s: (-s.counts.rate, -s.counts.invited, s.name.casefold()))[:CHART_SATKERS]
    return RecapContent(
        title="REKAP KEHADIRAN RAPAT", period=period_text(r), filters=filter_lines(r), made=made_text(r),
        totals=totals, tables=tables,
        months=tuple((f"{SHORT_MONTHS[m.month - 1]} {m.year % 100:02d}", m.luring, m.daring, m.hibrida, m.late)
                     for m in r.months),
        satker_rates=tuple((s.name, s.counts.rate) for s in rated))


def pdf_bytes(r: Recap, *, progress=None) -> bytes:
    from ...reports import recap as renderer
    from .meeting_header import office

    o = office()
    return renderer.render(recap_content(r), o, o.paper, progress=progress)

