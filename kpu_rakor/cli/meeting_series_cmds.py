"""`meeting duplicate|next|template`: meetings made from earlier ones, and agenda templates per kind."""
from __future__ import annotations

import sys
from datetime import datetime

from ..domain.services import agenda_templates, meeting_copy, meetings
from ..domain.timefmt import clock, long_date, to_local
from .output import print_table
from .parsing import UsageError, add_meeting_id, command, subcommands


def register(cmds) -> None:
    """Adds the subcommands to `meeting` (the subparsers meeting_cmds made)."""
    dup = command(cmds, "duplicate", cmd_duplicate, help="salin rapat ke tanggal lain; mencetak nomor rapat baru",
                  description="Salin rapat (agenda, peran, undangan, tempat, Zoom) ke tanggal lain. Kehadiran, "
                              "notulen dan foto tidak disalin. Mencetak nomor rapat yang baru.")
    add_meeting_id(dup, "ID", "nomor rapat yang disalin")
    _add_start(dup, "bawaan: seminggu kemudian, jam yang sama")
    nxt = command(cmds, "next", cmd_next, help="buat rapat berikutnya dalam seri; mencetak nomor rapat baru",
                  description="Buat rapat berikutnya dalam seri rapat ini (seri dibuat bila belum ada, dinamai "
                              "judul rapat). Mencetak nomor rapat yang baru.")
    add_meeting_id(nxt, "ID", "nomor rapat")
    _add_start(nxt, "bawaan: jarak biasa seri ini, atau hari yang sama bulan berikutnya")
    tpl = subcommands(cmds, "template", help="templat agenda per jenis kegiatan",
                      description="Templat agenda per jenis kegiatan (rakor, bimtek, …).")
    command(tpl, "list", cmd_template_list, help="daftar templat agenda", description="Daftar templat agenda.")
    save = command(tpl, "save", cmd_template_save, help="simpan agenda sebuah rapat sebagai templat",
                   description="Simpan agenda sebuah rapat sebagai templat jenis kegiatan KIND.")
    save.add_argument("kind", metavar="JENIS", help="jenis kegiatan, mis. rakor")
    save.add_argument("--from", dest="source", type=int, required=True, metavar="ID_RAPAT",
                      help="rapat yang agendanya disimpan")
    apply = command(tpl, "apply", cmd_template_apply, help="isi agenda rapat dari templat jenisnya",
                    description="Isi agenda rapat dari templat jenis kegiatannya, berurutan mulai jam rapat.")
    add_meeting_id(apply, "ID_RAPAT")
    apply.add_argument("--kind", metavar="JENIS", help="pakai templat jenis lain")
    apply.add_argument("--replace", action="store_true", help="ganti agenda yang sudah berisi")


def _add_start(p, default: str) -> None:
    p.add_argument("--start", metavar="\"TTTT-BB-HH JJ:MM\"", help=f"mulai rapat baru, waktu setempat ({default})")


def _start(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.strptime(" ".join(text.split()).replace(".", ":"), "%Y-%m-%d %H:%M")
    except ValueError:
        raise UsageError(f"--start {text!r} tidak sah; tulis seperti \"2021-05-07 09:00\"") from None


def _made(new_id: int) -> int:
    m = meetings.get(new_id)
    local = to_local(m.starts_at, m.timezone)
    print(new_id)
    print(f"Rapat \"{m.title}\" dibuat sebagai nomor {new_id}: {long_date(local)}, pukul {clock(local)} "
          f"{m.timezone}.", file=sys.stderr)
    return 0


def cmd_duplicate(args) -> int:
    return _made(meeting_copy.duplicate(args.meeting_id, _start(args.start)))


def cmd_next(args) -> int:
    return _made(meeting_copy.next_in_series(args.meeting_id, _start(args.start)))


def cmd_template_list(args) -> int:
    rows = [[kind, i + 1, item.title, item.minutes]
            for kind, items in agenda_templates.templates().items() for i, item in enumerate(items)]
    print_table(["Jenis", "No.", "Acara", "Menit"], rows, empty="Belum ada templat agenda.")
    return 0


def cmd_template_save(args) -> int:
    items = agenda_templates.save_from_meeting(args.source, args.kind)
    print(f"Templat agenda \"{' '.join(args.kind.split()).lower()}\" disimpan ({len(items)} acara).")
    return 0


def cmd_template_apply(args) -> int:
    n = agenda_templates.apply(args.meeting_id, args.kind, replace=args.replace)
    print(f"Agenda rapat nomor {args.meeting_id} diisi dari templat ({n} acara).")
    return 0
