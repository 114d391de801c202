"""`meeting list|show|export|import`: read meetings and move them between installations."""
from __future__ import annotations

import sys
from dataclasses import replace

from ..domain.models import utcnow
from ..domain.services import meeting_status, meetings, transfer
from ..domain.timefmt import clock, to_local
from ..domain import labels
from . import meeting_series_cmds, meeting_view
from .output import print_json, print_table
from .parsing import add_json, add_meeting_id, add_output, command, subcommands


def register(sub) -> None:
    cmds = subcommands(sub, "meeting", help="daftar, rincian, ekspor dan impor rapat",
                       description="Daftar, rincian, ekspor dan impor rapat.")
    add_json(command(cmds, "list", cmd_list, help="daftar rapat, terbaru dulu",
                     description="Daftar rapat, terbaru dulu."))
    show = command(cmds, "show", cmd_show, help="rincian satu rapat", description="Rincian satu rapat.")
    add_meeting_id(show, "ID", "nomor rapat")
    add_json(show)
    exp = command(cmds, "export", cmd_export, help="ekspor satu rapat lengkap sebagai JSON",
                  description="Ekspor satu rapat lengkap (agenda, peran, undangan, kehadiran, notulen, tindak "
                              "lanjut) sebagai JSON. Berisi data pribadi; ekspor dicatat di log audit.")
    add_meeting_id(exp, "ID", "nomor rapat")
    add_output(exp)
    imp = command(cmds, "import", cmd_import, help="impor rapat dari berkas JSON; mencetak nomor rapat baru",
                  description="Impor rapat dari berkas ekspor JSON. Mencetak nomor rapat yang baru.")
    imp.add_argument("file", metavar="BERKAS", help="berkas JSON hasil 'meeting export'")
    imp.add_argument("--set-office", action="store_true",
                     help="instalasi baru (belum punya profil kantor): pakai kantor yang mencatat rapat di berkas "
                          "sebagai kantor instalasi ini")
    meeting_series_cmds.register(cmds)  # duplicate, next, template
    from .group_cmds import register_invite_office

    register_invite_office(cmds)


def cmd_list(args) -> int:
    now = utcnow()  # the status the clock gives, also before the app has written it
    rows = [replace(r, status=meeting_status.effective_status(r, now)) for r in meetings.listing()]
    if args.json:
        print_json([{**vars(r), "starts_at": r.starts_at, "ends_at": r.ends_at} for r in rows])
        return 0
    table = []
    for r in rows:
        local = to_local(r.starts_at, r.timezone)
        table.append([r.id, local.strftime("%d-%m-%Y"), f"{clock(local)} {r.timezone}",
                      labels.MODE.get(r.mode, r.mode).split(" ")[0], labels.OUR_ROLE.get(r.our_role, r.our_role),
                      labels.STATUS.get(r.status, r.status), r.title])
    print_table(["ID", "Tanggal", "Pukul", "Mode", "Peran", "Status", "Judul"], table,
                empty="Belum ada rapat. Coba 'kpu-rakor-cli demo' untuk memuat contoh.")
    return 0


def cmd_show(args) -> int:
    if args.json:
        print_json(meeting_view.summary(args.meeting_id))
    else:
        print(meeting_view.describe(args.meeting_id))
    return 0


def cmd_export(args) -> int:
    if args.output:
        path = transfer.write_export(args.meeting_id, args.output)
        print(f"Rapat nomor {args.meeting_id} diekspor ke {path}.", file=sys.stderr)
    else:
        sys.stdout.write(transfer.export_json(args.meeting_id, "stdout"))
    return 0


def cmd_import(args) -> int:
    m = transfer.import_file(args.file, set_office=args.set_office)
    print(m.id)
    print(f"Rapat \"{m.title}\" diimpor sebagai nomor {m.id}.", file=sys.stderr)
    return 0
