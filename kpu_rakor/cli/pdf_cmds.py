"""`pdf attendance`: the daftar hadir of a meeting as a PDF file."""
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


def cmd_attendance(args) -> int:
    meetings.get(args.meeting_id)  # a clear "not found" before any PDF work starts
    # Imported here: reportlab and fonts load only when a PDF is asked for.
    from ..reports.daftar_hadir import render_daftar_hadir

    render_daftar_hadir(args.meeting_id, args.output, args.paper)
    print(f"Daftar hadir rapat nomor {args.meeting_id} disimpan di {args.output}.")
    return 0
