"""`export invitees|attendance|followups|directory`: the lists the screens export, as XLSX or CSV (by the
file's suffix, or --format)."""
from __future__ import annotations

import sys

from ..domain.services import followups, receipts
from ..domain.services.list_exports import attendance_workbook, invitees_workbook, save
from ..domain.services.list_exports_more import directory_workbook, followups_workbook
from .parsing import add_meeting_id, command, record_id, subcommands


def _file(p) -> None:
    p.add_argument("-o", "--output", required=True, metavar="BERKAS",
                   help="berkas tujuan: .xlsx (Excel, dengan lembar Informasi) atau .csv (satu lembar)")
    p.add_argument("--format", choices=("xlsx", "csv"), help="format berkas (bawaan: menurut akhiran nama berkas)")


def register(sub) -> None:
    cmds = subcommands(sub, "export", help="ekspor daftar ke Excel (XLSX) atau CSV",
                       description="Simpan daftar undangan, kehadiran, tindak lanjut atau direktori sebagai XLSX "
                                   "atau CSV, seperti tombol Ekspor… di aplikasi.", metavar="DAFTAR")
    inv = command(cmds, "invitees", cmd_invitees, help="daftar undangan sebuah rapat",
                  description="Daftar undangan sebuah rapat: nama, NIP, jabatan, satker, No. HP, email, saluran.")
    add_meeting_id(inv)
    _file(inv)
    att = command(cmds, "attendance", cmd_attendance, help="kehadiran sebuah rapat",
                  description="Kehadiran semua undangan dan yang tercatat: status, saluran, cara, jam masuk "
                              "(zona waktu rapat), menit terlambat, menit daring, diwakili oleh, catatan.")
    add_meeting_id(att)
    _file(att)
    fu = command(cmds, "followups", cmd_followups, help="tindak lanjut (terbuka semua rapat, atau satu rapat)",
                 description="Tanpa --meeting: tindak lanjut yang masih terbuka dari semua rapat, seperti "
                             "halaman Tindak Lanjut. Dengan --meeting: semua tindak lanjut rapat itu.")
    fu.add_argument("--meeting", type=record_id, metavar="ID", help="hanya tindak lanjut satu rapat")
    fu.add_argument("--person", type=record_id, metavar="ID", help="penanggung jawab (nomor orang)")
    fu.add_argument("--satker", type=record_id, metavar="ID", help="satker (nomor satker)")
    fu.add_argument("--series", metavar="NAMA", help='seri rapat, mis. "Rakor Bulanan"')
    fu.add_argument("--search", default="", metavar="TEKS", help="kata yang dicari (seperti kotak Cari)")
    _file(fu)
    rc = command(cmds, "receipts", cmd_receipts, help="daftar tanda terima sebuah rapat",
                 description="Daftar tanda terima uang transport/honorarium sebuah rapat: penerima, peran dan "
                             "jumlahnya (angka), baris JUMLAH; lembar Informasi berisi uraian, terbilang, PPK dan "
                             "bendahara. Besaran uang diatur di tab Dokumen aplikasi.")
    add_meeting_id(rc)
    _file(rc)
    d = command(cmds, "directory", cmd_directory, help="direktori orang, dengan lembar satker dan instansi",
                description="Orang di direktori (seperti halaman Direktori) dan, di XLSX, lembar kedua berisi "
                            "semua satker dan instansi.")
    d.add_argument("--search", default="", metavar="TEKS", help="nama atau NIP yang dicari")
    d.add_argument("--satker", type=record_id, metavar="ID", help="hanya orang satker ini")
    d.add_argument("--inactive", action="store_true", help="sertakan orang yang tidak aktif")
    _file(d)


def _done(book, args, entity: str, meeting_id: int | None = None) -> int:
    out = save(book, args.output, entity=entity, meeting_id=meeting_id, fmt=args.format)
    print(f"Tersimpan: {out} ({len(book.sheets[0].rows)} baris).", file=sys.stderr)
    return 0


def cmd_invitees(args) -> int:
    return _done(invitees_workbook(args.meeting_id), args, "meeting", args.meeting_id)


def cmd_attendance(args) -> int:
    return _done(attendance_workbook(args.meeting_id), args, "attendance", args.meeting_id)


def cmd_receipts(args) -> int:
    return _done(receipts.workbook(args.meeting_id), args, "tanda_terima", args.meeting_id)


def cmd_followups(args) -> int:
    series = followups.series_by_name(args.series) if args.series else None
    book = followups_workbook(meeting_id=args.meeting, person_id=args.person, satker_id=args.satker,
                              series_id=series, search=args.search)
    return _done(book, args, "follow_up", args.meeting)


def cmd_directory(args) -> int:
    book = directory_workbook(args.search, satker_id=args.satker, include_inactive=args.inactive)
    return _done(book, args, "person")
