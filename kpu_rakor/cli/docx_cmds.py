"""`docx <dokumen> <rapat> [--tte] -o BERKAS.docx`: the letters of the documents registry that are made in Word
too (undangan, attendance, notulen, berita), for an office that edits them or uploads them to its e-office;
`--tte` leaves the wet signature out and puts the e-office's placeholders where it signs electronically."""
from __future__ import annotations

from ..domain import documents
from ..domain.errors import UserError
from ..domain.services import meetings
from .parsing import add_meeting_id, command, subcommands
from .pdf_cmds import EXTRA_ARGUMENTS, _options

DESCRIPTIONS = {
    documents.UNDANGAN: "Surat undangan rapat sebagai berkas Word (.docx) di atas kop surat.",
    documents.DAFTAR_HADIR: "Daftar hadir rapat sebagai berkas Word (.docx).",
    documents.NOTULEN: "Notulen rapat (untuk rapat yang hanya diikuti: laporan hasil rapat) sebagai berkas Word "
                       "(.docx).",
    documents.BERITA: "Draf berita kegiatan rapat sebagai berkas Word (.docx), dengan foto-foto pilihannya.",
}
TTE_HELP = ("varian tanda tangan elektronik (TTE): tanpa blok tanda tangan basah; berisi ${ttd_pengirim}, "
            "${nomor_naskah} dan ${tanggal_naskah} untuk diisi sistem naskah dinas elektronik")


def cli_name(k) -> str:
    return k.cli_name or k.key


def register(sub) -> None:
    cmds = subcommands(sub, "docx", help="buat dokumen Word (.docx)",
                       description="Buat surat dan dokumen rapat sebagai berkas Word (.docx) yang dapat disunting "
                                   "atau diunggah ke sistem naskah dinas elektronik.", metavar="DOKUMEN")
    for k in documents.WORD:
        d = command(cmds, cli_name(k), cmd_docx, help=k.cli_help or k.name.lower(),
                    description=DESCRIPTIONS.get(k.key, k.cli_description))
        add_meeting_id(d)
        d.add_argument("-o", "--output", required=True, metavar="BERKAS.docx", help="berkas Word yang dibuat")
        d.add_argument("--tte", action="store_true", help=TTE_HELP)
        d.add_argument("--paper", choices=("a4", "f4"), default="a4", help="ukuran kertas: a4 atau f4 (bawaan a4)")
        d.set_defaults(document=k.key)
        if k.key in EXTRA_ARGUMENTS:
            EXTRA_ARGUMENTS[k.key](d)


def cmd_docx(args) -> int:
    if not str(args.output).lower().endswith(".docx"):
        raise UserError(f"Nama berkas {args.output} harus berakhiran .docx, mis. undangan.docx.")
    meetings.get(args.meeting_id)  # a clear "not found" before any work starts
    k = documents.word_kind(args.document)
    documents.render_document(k.key, args.meeting_id, args.output, args.paper, fmt="docx", esign=args.tte,
                              **_options(args))
    variant = " (varian TTE)" if args.tte else ""
    print(f"{k.cli_said or k.name} rapat nomor {args.meeting_id}{variant} disimpan di {args.output}.")
    return 0
