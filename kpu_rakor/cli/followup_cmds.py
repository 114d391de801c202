"""`followup list|add|close|carry`: the tindak lanjut of meetings, headless."""
from __future__ import annotations

from ..domain import labels
from ..domain.services import followups, meetings
from ..domain.timefmt import date_plain, long_date, to_local
from .output import print_json, print_table
from .parsing import add_json, add_meeting_id, command, record_id, subcommands


def register(sub) -> None:
    cmds = subcommands(sub, "followup", help="tindak lanjut rapat: daftar, tambah, tutup, bawa ke rapat berikutnya",
                       description="Tindak lanjut hasil rapat: siapa mengerjakan apa, sampai kapan.")

    ls = command(cmds, "list", cmd_list, help="daftar tindak lanjut, batas waktu terdekat dulu",
                 description="Daftar tindak lanjut semua rapat, batas waktu terdekat dulu. Yang terlambat "
                             "dihitung menurut zona waktu kantor.")
    ls.add_argument("--open", action="store_true", help="hanya yang masih terbuka (yang sudah dibawa ke rapat "
                                                        "berikutnya dihitung di rapat itu)")
    ls.add_argument("--person", type=record_id, metavar="ID", help="penanggung jawab (nomor orang)")
    ls.add_argument("--satker", type=record_id, metavar="ID", help="satker (nomor satker)")
    ls.add_argument("--series", metavar="NAMA", help='seri rapat, mis. "Rakor Bulanan"')
    ls.add_argument("--meeting", type=record_id, metavar="ID", help="hanya tindak lanjut satu rapat")
    add_json(ls)

    add = command(cmds, "add", cmd_add, help="tambah tindak lanjut ke rapat; mencetak nomornya",
                  description="Tambah tindak lanjut ke rapat. Tanpa --satker dipakai satker penanggung jawab.")
    add_meeting_id(add, "MEETING_ID", "nomor rapat")
    add.add_argument("--what", required=True, metavar="TEKS", help="apa yang harus dikerjakan")
    add.add_argument("--person", type=record_id, metavar="ID", help="penanggung jawab (nomor orang)")
    add.add_argument("--satker", type=record_id, metavar="ID", help="satker (nomor satker)")
    add.add_argument("--due", metavar="TTTT-BB-HH", help="batas waktu, mis. 2024-04-30")

    close = command(cmds, "close", cmd_close, help="tutup tindak lanjut (selesai atau batal) dengan catatan",
                    description="Tutup tindak lanjut sebagai selesai atau batal. Catatan penyelesaian wajib. "
                                "Tindak lanjut yang dibawa antarrapat ditutup bersama.")
    close.add_argument("followup_id", type=record_id, metavar="ID", help="nomor tindak lanjut")
    close.add_argument("--status", required=True, choices=("selesai", "batal"), help="selesai atau batal")
    close.add_argument("--note", required=True, metavar="TEKS", help="catatan penyelesaian")

    carry = command(cmds, "carry", cmd_carry, help="bawa tindak lanjut terbuka rapat sebelumnya (seri yang sama)",
                    description="Salin tindak lanjut yang masih terbuka dari rapat-rapat sebelumnya dalam seri "
                                "yang sama ke rapat ini. Menjalankannya dua kali tidak menambah apa pun.")
    add_meeting_id(carry, "MEETING_ID", "nomor rapat tujuan")


def _remark(r: followups.FollowUpRow) -> str:
    parts = []
    if r.overdue:
        parts.append(f"terlambat {r.days_late} hari")
    if r.carried_from_date:
        parts.append(f"dibawa dari rapat {date_plain(r.carried_from_date)}")
    if r.carried_to_date:
        parts.append(f"dibawa ke rapat {date_plain(r.carried_to_date)}")
    if r.closing_note:
        parts.append(" ".join(r.closing_note.split()))
    return "; ".join(parts)


def cmd_list(args) -> int:
    series_id = followups.series_by_name(args.series) if args.series else None
    if args.meeting:
        meetings.get(args.meeting)
    rows = followups.listing(open_only=args.open, person_id=args.person, satker_id=args.satker,
                             series_id=series_id, meeting_id=args.meeting)
    if args.json:
        print_json([{"id": r.id, "meeting_id": r.meeting_id, "meeting_title": r.meeting_title,
                     "meeting_date": r.meeting_date, "series": r.series_name or None,
                     "description": r.description, "person_id": r.person_id, "person": r.person_name or None,
                     "satker_id": r.satker_id, "satker": r.satker_name or None, "due_date": r.due_date,
                     "status": r.status, "closing_note": r.closing_note, "carried_from_id": r.carried_from_id,
                     "carried_from_date": r.carried_from_date, "carried_to_date": r.carried_to_date,
                     "overdue": r.overdue, "days_late": r.days_late} for r in rows])
        return 0
    table = [[r.id, r.due_date.strftime("%d-%m-%Y") if r.due_date else "-",
              labels.FOLLOW_UP.get(r.status, r.status), r.person_name or "-", r.satker_name or "-",
              f"{r.meeting_id} ({r.meeting_date.strftime('%d-%m-%Y')})", _remark(r), r.description]
             for r in rows]
    print_table(["ID", "Batas", "Status", "Penanggung jawab", "Satker", "Rapat", "Keterangan", "Tindak lanjut"],
                table, empty="Tidak ada tindak lanjut yang cocok.")
    return 0


def cmd_add(args) -> int:
    fu = followups.create(args.meeting_id, args.what, person_id=args.person, satker_id=args.satker,
                          due_date=args.due)
    print(f"Tindak lanjut tersimpan dengan nomor {fu.id}.")
    return 0


def cmd_close(args) -> int:
    fu = followups.set_status(args.followup_id, args.status, args.note)
    word = "selesai" if fu.status == "selesai" else "dibatalkan"
    print(f"Tindak lanjut nomor {fu.id} ditandai {word}.")
    return 0


def cmd_carry(args) -> int:
    meeting = meetings.get(args.meeting_id)
    if meeting.series_id is None:
        print(f"Rapat nomor {meeting.id} tidak termasuk seri rapat mana pun; tidak ada yang dibawa. Isi "
              "\"Seri rapat\" pada rapat itu dulu.")
        return 0
    made = followups.carry_over(meeting.id)
    if made:
        day = long_date(to_local(meeting.starts_at, meeting.timezone))
        print(f"{len(made)} tindak lanjut dibawa ke rapat nomor {meeting.id} ({day}).")
    else:
        print("Tidak ada tindak lanjut terbuka dari rapat sebelumnya yang belum dibawa.")
    return 0
