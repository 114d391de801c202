"""`audit list`: who processed, exported or changed what, and when (UU 27/2022), headless."""
from __future__ import annotations

import sys

from ..domain.services import audit_log, installation
from .output import print_table
from .parsing import command, record_id, subcommands


def register(sub) -> None:
    cmds = subcommands(sub, "audit", help="log audit: siapa mengubah atau mengekspor apa, kapan",
                       description="Log audit pengolahan data (UU 27/2022).")
    ls = command(cmds, "list", cmd_list, help="daftar catatan log audit, terbaru dulu",
                 description="Catatan log audit, terbaru dulu; waktu dalam zona kantor.")
    ls.add_argument("--person", type=record_id, metavar="ID", help="hanya yang menyangkut orang ini")
    ls.add_argument("--meeting", type=record_id, metavar="ID", help="hanya yang menyangkut rapat ini")
    ls.add_argument("--format", choices=("table", "csv"), default="table", help="table (bawaan) atau csv")


def cmd_list(args) -> int:
    zone = installation.office_zone()
    rows = audit_log.entries(person_id=args.person, meeting_id=args.meeting)
    if args.format == "csv":
        sys.stdout.write(audit_log.to_csv(rows, zone))
        return 0
    print_table(["Waktu", "Oleh", "Tindakan", "Rapat", "Rincian"],
                [[audit_log.when_text(e.at, zone), e.actor, e.what,
                  f"{e.meeting_id} {e.meeting_title}" if e.meeting_id else "", e.detail] for e in rows],
                empty="Tidak ada catatan log audit yang cocok.")
    return 0
