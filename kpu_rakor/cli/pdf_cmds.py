"""`pdf attendance`, `pdf badges`, `pdf notulen`, `pdf undangan`, `pdf dokumentasi`, `pdf pack`: the daftar
hadir, name cards with QR codes, the notulen, the invitation letter, the photos and the whole document pack, as
PDF files."""
from __future__ import annotations

from ..domain.services import meetings
from .parsing import record_id


def register(sub) -> None:
    p = sub.add_parser("pdf", help="buat dokumen PDF", description="Buat dokumen PDF.")
    cmds = p.add_subparsers(dest="pdf_command", metavar="DOKUMEN", required=True)
    a = cmds.add_parser("attendance", help="daftar hadir rapat", description="Daftar hadir rapat sebagai PDF.")
    a.add_argument("meeting_id", type=record_id, metavar="ID_RAPAT")
    a.add_argument("-o", "--output", required=True, metavar="BERKAS.pdf", help="berkas PDF yang dibuat")
    a.add_argument("--paper", choices=("a4", "f4"), default="a4", help="ukuran kertas: a4 atau f4 (bawaan a4)")
    a.set_defaults(func=cmd_attendance)
    b = cmds.add_parser("badges", help="kartu peserta dengan kode QR",
                        description="Kartu nama peserta dengan kode QR undangan, beberapa per lembar, dengan "
                                    "tanda potong.")
    b.add_argument("meeting_id", type=record_id, metavar="ID_RAPAT")
    b.add_argument("-o", "--output", required=True, metavar="BERKAS.pdf", help="berkas PDF yang dibuat")
    b.add_argument("--paper", choices=("a4", "f4"), default="a4",
                   help="ukuran kertas: a4 (8 kartu per lembar) atau f4 (10 kartu), bawaan a4")
    b.set_defaults(func=cmd_badges)
    for name, func, help_, description in (
            ("notulen", cmd_notulen, "notulen rapat",
             "Notulen rapat sebagai PDF (untuk rapat yang hanya diikuti: laporan hasil rapat). Draf dicetak "
             "dengan tanda DRAF."),
            ("pack", cmd_pack, "paket dokumen rapat",
             "Undangan, daftar hadir, notulen, dokumentasi dan berita kegiatan dalam satu PDF dengan penanda "
             "(bookmark) per bagian; bagian yang belum ada dilewati dan disebutkan.")):
        d = cmds.add_parser(name, help=help_, description=description)
        d.add_argument("meeting_id", type=record_id, metavar="ID_RAPAT")
        d.add_argument("-o", "--output", required=True, metavar="BERKAS.pdf", help="berkas PDF yang dibuat")
        d.add_argument("--paper", choices=("a4", "f4"), default="a4",
                       help="ukuran kertas: a4 atau f4 (bawaan a4)")
        d.set_defaults(func=func)
    u = cmds.add_parser("undangan", help="surat undangan rapat",
                        description="Surat undangan rapat yang diselenggarakan kantor ini, di atas kop surat; daftar "
                                    "undangan dilampirkan bila penerimanya lebih dari lima.")
    u.add_argument("meeting_id", type=record_id, metavar="ID_RAPAT")
    u.add_argument("-o", "--output", required=True, metavar="BERKAS.pdf", help="berkas PDF yang dibuat")
    u.add_argument("--paper", choices=("a4", "f4"), default="a4", help="ukuran kertas: a4 atau f4 (bawaan a4)")
    u.add_argument("--tembusan", action="append", default=[], metavar="TEKS",
                   help="satu baris tembusan; ulangi untuk beberapa baris")
    u.set_defaults(func=cmd_undangan)
    k = cmds.add_parser("dokumentasi", help="foto kegiatan dengan keterangan",
                        description="Dokumentasi kegiatan: foto-foto rapat dengan keterangannya, dua atau empat "
                                    "per halaman.")
    k.add_argument("meeting_id", type=record_id, metavar="ID_RAPAT")
    k.add_argument("-o", "--output", required=True, metavar="BERKAS.pdf", help="berkas PDF yang dibuat")
    k.add_argument("--paper", choices=("a4", "f4"), default="a4", help="ukuran kertas: a4 atau f4 (bawaan a4)")
    k.add_argument("--per-page", choices=("2", "4"), default="4", metavar="N",
                   help="foto per halaman: 2 atau 4 (bawaan 4)")
    k.set_defaults(func=cmd_dokumentasi)


def cmd_attendance(args) -> int:
    meetings.get(args.meeting_id)  # a clear "not found" before any PDF work starts
    # Imported here: reportlab and fonts load only when a PDF is asked for.
    from ..reports.daftar_hadir import render_daftar_hadir

    render_daftar_hadir(args.meeting_id, args.output, args.paper)
    print(f"Daftar hadir rapat nomor {args.meeting_id} disimpan di {args.output}.")
    return 0


def cmd_badges(args) -> int:
    meetings.get(args.meeting_id)
    from ..reports.badges import render_badges

    render_badges(args.meeting_id, args.output, args.paper)
    print(f"Kartu peserta rapat nomor {args.meeting_id} disimpan di {args.output}.")
    return 0


def cmd_notulen(args) -> int:
    meetings.get(args.meeting_id)
    from ..reports.notulen import render_notulen

    render_notulen(args.meeting_id, args.output, args.paper)
    print(f"Notulen rapat nomor {args.meeting_id} disimpan di {args.output}.")
    return 0


def cmd_pack(args) -> int:
    meetings.get(args.meeting_id)
    from ..reports.pack import render_pack

    result = render_pack(args.meeting_id, args.output, args.paper)
    print(f"Paket dokumen rapat nomor {args.meeting_id} disimpan di {args.output}. {result.summary()}")
    return 0


def cmd_undangan(args) -> int:
    meetings.get(args.meeting_id)
    from ..reports.undangan import render_undangan

    render_undangan(args.meeting_id, args.output, args.paper, copies=args.tembusan)
    print(f"Surat undangan rapat nomor {args.meeting_id} disimpan di {args.output}.")
    return 0


def cmd_dokumentasi(args) -> int:
    meetings.get(args.meeting_id)
    from ..reports.dokumentasi import render_dokumentasi

    render_dokumentasi(args.meeting_id, args.output, args.paper, per_page=int(args.per_page))
    print(f"Dokumentasi rapat nomor {args.meeting_id} disimpan di {args.output}.")
    return 0
