"""`recap`: the office's recap of a period (Rekap kehadiran) as a table, JSON, CSV, XLSX or the recap PDF."""
from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date

from ..domain.services import followups, recap
from ..domain.services.recap_output import SHEETS, sheet_index, workbook
from ..domain.timefmt import clock
from .output import print_json, print_table
from .parsing import UsageError, add_output, command

FORMATS = ("table", "json", "csv", "xlsx", "pdf")


def day(text: str) -> date:
    """A date on the command line, YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        shown = repr(text) if len(text) <= 30 else repr(text[:27] + "...")
        raise argparse.ArgumentTypeError(f"{shown} bukan tanggal yang sah; tulis TTTT-BB-HH, misalnya 2024-04-30") \
            from None


def register(sub) -> None:
    p = command(sub, "recap", cmd_recap, help="rekap kehadiran rapat suatu periode (orang, satker, bulan, rapat)",
                description="Rekap kehadiran rapat suatu periode: per orang, per satker, per bulan, per rapat, dan "
                            "tindak lanjut. Tanggal dibaca menurut zona waktu kantor. Tanpa -o ditampilkan di layar.")
    p.add_argument("--from", dest="date_from", type=day, metavar="TTTT-BB-HH", help="awal periode (termasuk)")
    p.add_argument("--to", dest="date_to", type=day, metavar="TTTT-BB-HH", help="akhir periode (termasuk)")
    p.add_argument("--period", choices=recap.UNITS, help="bulan, triwulan atau tahun yang memuat --date")
    p.add_argument("--date", type=day, metavar="TTTT-BB-HH", help="tanggal acuan --period (bawaan: hari ini)")
    p.add_argument("--role", choices=("host", "participant"), help="peran kantor: tuan rumah atau peserta")
    p.add_argument("--mode", choices=("luring", "daring", "hibrida"), help="mode rapat")
    p.add_argument("--kind", metavar="JENIS", help='jenis kegiatan, mis. "rakor"')
    p.add_argument("--series", metavar="NAMA", help='seri rapat, mis. "Rakor Bulanan"')
    p.add_argument("--by", choices=recap.BY, default="person",
                   help="tabel yang ditampilkan (table/json/csv); xlsx dan pdf memuat semuanya")
    p.add_argument("--format", choices=FORMATS, help="bawaan: table, atau menurut akhiran berkas -o")
    add_output(p)


def _filter(args) -> recap.RecapFilter:
    if args.period:
        if args.date_from or args.date_to:
            raise UsageError("--period tidak dapat dipakai bersama --from/--to")
        start, end = recap.period(args.period, args.date or followups.office_today())
    else:
        if not (args.date_from and args.date_to):
            raise UsageError("sebutkan periode: --from dan --to, atau --period (dengan --date)")
        start, end = args.date_from, args.date_to
        if end < start:
            raise UsageError(f"akhir periode ({end.isoformat()}) sebelum awalnya ({start.isoformat()})")
    series = followups.series_by_name(args.series) if args.series else None
    return recap.RecapFilter(start, end, our_role=args.role, mode=args.mode, kind=args.kind, series_id=series)


def _format(args) -> str:
    if args.format:
        return args.format
    if args.output:
        suffix = args.output.rsplit(".", 1)[-1].lower() if "." in args.output else ""
        return suffix if suffix in ("csv", "xlsx", "pdf", "json") else "table"
    return "table"


def _rows_json(r: recap.Recap, by: str) -> list[dict]:
    rows = {"person": r.people, "satker": r.satkers, "month": r.months, "meeting": r.meetings,
            "followup-person": r.followups_by_person, "followup-satker": r.followups_by_satker}[by]
    out = []
    for row in rows:
        d = asdict(row)
        if "counts" in d:
            d["counts"]["rate"] = row.counts.rate
        if "starts_local" in d:  # wall-clock time in the meeting's zone, not a UTC instant
            d["starts_local"] = row.starts_local.isoformat(timespec="minutes")
        out.append(d)
    return out


def _cell(value, kind: str) -> str:
    if value is None:
        return "-"
    if kind == "percent":
        return f"{value * 100:.1f}".replace(".", ",") + " %"
    if kind == "datetime":
        return f"{value.strftime('%d-%m-%Y')} {clock(value)}"
    return str(value)


def cmd_recap(args) -> int:
    f = _filter(args)
    fmt = _format(args)
    if fmt in ("xlsx", "pdf") and not args.output:
        raise UsageError(f"format {fmt} perlu berkas tujuan: -o BERKAS.{fmt}")
    r = recap.build(f)
    if fmt in ("xlsx", "pdf") or (fmt == "csv" and args.output):
        path = recap.write(r, args.output, fmt, by=args.by)
        print(f"Rekap tersimpan: {path}")
        return 0
    if fmt == "csv":
        from ..domain.services.table_export import render_table

        sys.stdout.write(render_table(workbook(r), "csv", sheet_index(args.by)).decode("utf-8-sig"))
        return 0
    if fmt == "json":
        data = {"from": f.date_from, "to": f.date_to, "zone": r.zone, "by": args.by, "rows": _rows_json(r, args.by)}
        if args.output:
            import json

            from .output import _default
            with open(args.output, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=2, default=_default)
            print(f"Rekap tersimpan: {args.output}")
        else:
            print_json(data)
        return 0
    sheet = workbook(r).sheets[sheet_index(args.by)]
    print(f"{SHEETS[sheet_index(args.by)]}, {f.date_from.strftime('%d-%m-%Y')} s.d. {f.date_to.strftime('%d-%m-%Y')}"
          f" ({r.zone})")
    print_table([c.title for c in sheet.columns],
                [[_cell(v, c.kind) for v, c in zip(row, sheet.columns)] for row in sheet.rows],
                empty="Tidak ada rapat yang cocok dalam periode ini.")
    return 0
