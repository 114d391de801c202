"""`person add|edit|import|import-undo|merge|list|delete|anonymize|export`: the people directory from the command
line."""
from __future__ import annotations

import sys

from ..domain.nip import format_nip_bare
from ..domain.services import audit, people, privacy
from . import person_edit_cmds, person_import_cmds
from .output import print_json, print_table
from .parsing import add_json, add_output, command, record_id, subcommands


def register(sub) -> None:
    cmds = subcommands(sub, "person", help="impor, daftar, gabungkan, hapus, anonimkan dan ekspor data orang",
                       description="Impor dan daftar orang; hapus, anonimkan atau ekspor data seseorang.")
    person_edit_cmds.register(cmds)  # add, edit
    person_import_cmds.register(cmds)  # import (CSV, XLSX), import-undo, merge
    add_json(command(cmds, "list", cmd_list, help="daftar orang dengan nomornya",
                     description="Daftar orang, urut nama."))
    register_privacy(cmds)


def cmd_list(args) -> int:
    rows = people.listing()
    if args.json:
        print_json([{"id": p.id, "name": p.name, "nip": p.nip, "position": p.position,
                     "institution": people.display_institution(p), "phone": p.phone, "email": p.email}
                    for p in rows])
        return 0
    print_table(["ID", "Nama", "NIP", "Jabatan", "Instansi"],
                [[p.id, p.name, format_nip_bare(p.nip), p.position, people.display_institution(p)] for p in rows],
                empty="Belum ada orang di direktori.")
    return 0


def register_privacy(cmds) -> None:
    """`person delete|anonymize|export`: a person's data on request (UU 27/2022)."""
    rm = command(cmds, "delete", cmd_delete, help="hapus orang (dianonimkan bila masih tercatat pada dokumen rapat)",
                 description="Hapus orang dari basis data. Bila orang itu masih tercatat pada daftar hadir, peran, "
                             "kutipan, tindak lanjut atau notulen, datanya dianonimkan dan ditandai terhapus agar "
                             "dokumen tetap benar.")
    rm.add_argument("person_id", type=record_id, metavar="ID", help="nomor orang")
    rm.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi")
    rm.add_argument("--reason", default="", metavar="TEKS", help="alasan, dicatat di log audit")
    an = command(cmds, "anonymize", cmd_anonymize,
                 help="anonimkan orang: nama diganti, NIP, HP, surel dan tanda tangan dihapus",
                 description="Ganti nama orang dengan \"Peserta terhapus #ID\" dan hapus NIP, jabatan, HP, surel, "
                             "tanda tangan dan tautan foto. Kehadirannya tetap dihitung.")
    an.add_argument("person_id", type=record_id, metavar="ID", help="nomor orang")
    an.add_argument("--reason", default="", metavar="TEKS", help="alasan, dicatat di log audit")
    ex = command(cmds, "export", cmd_export, help="ekspor semua data seseorang (permintaan akses)",
                 description="Semua yang tersimpan tentang seseorang: data direktori, undangan, kehadiran, peran, "
                             "kutipan, tindak lanjut, foto dan log audit. Ekspor dicatat.")
    ex.add_argument("person_id", type=record_id, metavar="ID", help="nomor orang")
    ex.add_argument("--format", choices=privacy.EXPORT_FORMATS, default="json", help="json (bawaan) atau csv")
    add_output(ex)


def _confirmed(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    try:
        return input(f"{question} [y/T] ").strip().lower() in ("y", "ya")
    except EOFError:
        return False


def cmd_delete(args) -> int:
    p = people.get(args.person_id)
    if not args.yes and not _confirmed(f"Hapus {p.name} (nomor {p.id})?"):
        print("Tidak dihapus. Tambahkan --yes untuk menghapus tanpa pertanyaan.", file=sys.stderr)
        return 1
    print(privacy.delete_person(args.person_id, by=audit.actor(), reason=args.reason).message())
    return 0


def cmd_anonymize(args) -> int:
    p = privacy.anonymise_person(args.person_id, by=audit.actor(), reason=args.reason)
    print(f"Orang nomor {p.id} dianonimkan menjadi “{p.name}”; kehadirannya tetap tercatat.")
    return 0


def cmd_export(args) -> int:
    if args.output:
        out = privacy.write_person_export(args.person_id, args.output, args.format)
        print(f"Data orang nomor {args.person_id} diekspor ke {out}.")
        return 0
    text = privacy.render_person_export(args.person_id, args.format)
    privacy.log_person_export(args.person_id, args.format, "stdout")
    sys.stdout.write(text)
    return 0
