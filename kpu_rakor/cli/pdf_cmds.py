"""`pdf <dokumen>`: each document of the documents registry that has a command name (`attendance`, `badges`,
`notulen`, `undangan`, `dokumentasi` …) as a PDF file, and `pdf pack`, the whole document pack."""
from __future__ import annotations

from ..domain import documents
from ..domain.services import meetings
from .parsing import add_meeting_id, command, record_id, subcommands

# The few documents with choices of their own: the option, and how it reaches the document.
EXTRA_ARGUMENTS = {
    documents.UNDANGAN: lambda p: p.add_argument("--tembusan", action="append", default=[], metavar="TEKS",
                                                 help="satu baris tembusan; ulangi untuk beberapa baris"),
    documents.DOKUMENTASI: lambda p: p.add_argument("--per-page", choices=("2", "4"), default="4", metavar="N",
                                                    help="foto per halaman: 2 atau 4 (bawaan 4)"),
    documents.SERTIFIKAT: lambda p: p.add_argument("--person", type=record_id, metavar="ID_ORANG",
                                                   help="hanya sertifikat orang ini"),
}
PAPER_HELP = {documents.BADGES: "ukuran kertas: a4 (8 kartu per lembar) atau f4 (10 kartu), bawaan a4"}


def _options(args) -> dict:
    options = {}
    if getattr(args, "tembusan", None):
        options["copies"] = args.tembusan
    if getattr(args, "per_page", None):
        options["per_page"] = int(args.per_page)
    if getattr(args, "person", None):
        options["person_id"] = args.person
    return options


def _add(cmds, name: str, help_: str, description: str, func, paper_help: str = ""):
    d = command(cmds, name, func, help=help_, description=description)
    add_meeting_id(d)
    d.add_argument("-o", "--output", required=True, metavar="BERKAS.pdf", help="berkas PDF yang dibuat")
    d.add_argument("--paper", choices=("a4", "f4"), default="a4",
                   help=paper_help or "ukuran kertas: a4 atau f4 (bawaan a4)")
    return d


def register(sub) -> None:
    cmds = subcommands(sub, "pdf", help="buat dokumen PDF", description="Buat dokumen PDF.", metavar="DOKUMEN")
    for k in documents.REGISTRY:
        if not k.cli_name:
            continue
        d = _add(cmds, k.cli_name, k.cli_help, k.cli_description, cmd_document, PAPER_HELP.get(k.key, ""))
        d.set_defaults(document=k.key)
        if k.key in EXTRA_ARGUMENTS:
            EXTRA_ARGUMENTS[k.key](d)
    _add(cmds, "pack", "paket dokumen rapat",
         "Undangan, daftar hadir, notulen, dokumentasi dan berita kegiatan dalam satu PDF dengan penanda "
         "(bookmark) per bagian; bagian yang belum ada dilewati dan disebutkan.", cmd_pack)


def cmd_document(args) -> int:
    meetings.get(args.meeting_id)  # a clear "not found" before any PDF work starts
    k = documents.kind(args.document)
    documents.render_document(k.key, args.meeting_id, args.output, args.paper, **_options(args))
    print(f"{k.cli_said} rapat nomor {args.meeting_id} disimpan di {args.output}.")
    return 0


def cmd_pack(args) -> int:
    meetings.get(args.meeting_id)
    result = documents.render_pack(args.meeting_id, args.output, args.paper)
    print(f"Paket dokumen rapat nomor {args.meeting_id} disimpan di {args.output}. {result.summary()}")
    return 0
