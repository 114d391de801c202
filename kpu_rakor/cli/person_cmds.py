"""`person import|list`: the people directory from the command line."""
from __future__ import annotations

from ..domain.nip import format_nip_bare
from ..domain.services import people, people_import
from .output import print_json, print_table


def register(sub) -> None:
    p = sub.add_parser("person", help="impor dan daftar orang", description="Impor dan daftar orang.")
    cmds = p.add_subparsers(dest="person_command", metavar="SUBPERINTAH", required=True)
    imp = cmds.add_parser("import", help="impor orang dari berkas CSV",
                          description="Impor orang dari CSV (pemisah , atau ;, UTF-8 atau Windows-1252). Kolom: "
                                      "nama/name, nip, jabatan/position, satker/instansi/institution, "
                                      "hp/no_hp/telepon/phone, email/surel. Orang dengan NIP yang sama diperbarui.")
    imp.add_argument("file", metavar="BERKAS.csv", help="berkas CSV")
    imp.set_defaults(func=cmd_import)
    ls = cmds.add_parser("list", help="daftar orang dengan nomornya", description="Daftar orang, urut nama.")
    ls.add_argument("--json", action="store_true", help="keluaran JSON")
    ls.set_defaults(func=cmd_list)


def cmd_import(args) -> int:
    report = people_import.import_people_csv(args.file)
    print(f"Impor selesai: {report.created} orang ditambahkan, {report.updated} diperbarui, "
          f"{len(report.skipped)} baris dilewati.")
    for line in report.skipped:
        print(f"  {line}")
    if report.warnings:
        print(f"{len(report.warnings)} isian tidak disimpan karena terlalu panjang (orangnya tetap diimpor):")
        for line in report.warnings:
            print(f"  {line}")
    return 0


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
