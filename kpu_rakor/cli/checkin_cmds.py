"""`checkin` and `attendance set`: record who came, by code or by hand."""
from __future__ import annotations

import json
import sys
import time

from ..domain.models import ATTENDANCE_STATUSES
from ..domain.services import checkin, people
from ..domain import labels
from .output import print_json
from .parsing import UsageError, add_meeting_id, command, record_id, subcommands

EXIT_REJECTED = 3


def register(sub) -> None:
    c = command(sub, "checkin", cmd_checkin, help="catat kehadiran dengan kode QR",
                description="Catat kehadiran dengan kode QR. Mencetak hasil sebagai JSON. Status keluar: 0 "
                            "tercatat atau sudah hadir, 3 ditolak. Dengan --stdin: satu kode per baris seperti "
                            "ketikan pemindai, satu baris JSON per kode setelah tersimpan. Kode yang dipindai "
                            "di luar jam rapat (lebih dari satu jam sebelum mulai, atau setelah selesai) tetap "
                            "dicatat, dengan \"outside_hours\" (before/after) di JSON dan catatannya di baris "
                            "kehadiran.")
    add_meeting_id(c)
    c.add_argument("code", nargs="?", metavar="KODE", help="teks kode QR (orang atau undangan)")
    c.add_argument("--stdin", action="store_true", help="baca kode dari masukan standar, satu per baris")
    c.add_argument("--desk", default="CLI", metavar="NAMA", help="nama meja presensi (bawaan: CLI)")
    cmds = subcommands(sub, "attendance", help="ubah status kehadiran secara manual",
                       description="Ubah status kehadiran secara manual.")
    s = command(cmds, "set", cmd_attendance_set, help="tetapkan status kehadiran seseorang",
                description="Tetapkan status kehadiran seseorang (izin, sakit, dinas luar, diwakili …).")
    add_meeting_id(s)
    s.add_argument("person_id", type=record_id, metavar="ID_ORANG")
    s.add_argument("--status", required=True, choices=ATTENDANCE_STATUSES, metavar="STATUS",
                   help="salah satu dari: " + ", ".join(ATTENDANCE_STATUSES))
    s.add_argument("--note", default="", metavar="KETERANGAN", help="keterangan, misalnya alasan izin")
    s.add_argument("--delegate", type=record_id, metavar="ID_ORANG", help="yang mewakili (untuk status diwakili)")
    from . import mark_present_cmd  # `checkin mark-present`, in its own module
    mark_present_cmd.register(sub)


def cmd_checkin(args) -> int:
    if args.stdin == (args.code is not None):
        raise UsageError("berikan satu KODE, atau --stdin untuk membaca kode dari masukan standar (tidak keduanya)")
    if args.stdin:
        return _checkin_stream(checkin.meeting_for_checkin(args.meeting_id), args.desk)
    result = checkin.check_in_code(args.meeting_id, args.code, args.desk, outside_hours=checkin.HOURS_NOTE)
    print_json(result.to_json())
    if result.result in (checkin.REJECTED, checkin.CERTIFICATE):  # a certificate records nothing either
        print(result.message, file=sys.stderr)
        return EXIT_REJECTED
    if result.outside:
        print(result.message, file=sys.stderr)  # recorded, but a person reading the terminal should know
    return 0


def _checkin_stream(meeting: checkin.CheckinMeeting, desk: str) -> int:
    """One JSON line per code, printed and flushed only after the check-in is committed (SQLite FULL sync
    or the server's commit): a code acknowledged on stdout survives the process being killed next."""
    while True:
        line = sys.stdin.readline()  # not `for line in sys.stdin`: that reads ahead and delays answers
        if not line:
            return 0
        if not line.strip():
            continue
        started = time.perf_counter()
        result = checkin.check_in_code(meeting.id, line, desk, meeting_value=meeting,
                                       outside_hours=checkin.HOURS_NOTE).to_json()
        result["elapsed_ms"] = round((time.perf_counter() - started) * 1000, 2)
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def cmd_attendance_set(args) -> int:
    if args.delegate is not None and args.status != "diwakili":
        raise UsageError(f"--delegate hanya untuk --status diwakili, bukan {args.status} "
                         f"(lihat: kpu-rakor-cli attendance set --help)")
    row = checkin.set_status(args.meeting_id, args.person_id, args.status, note=args.note,
                             delegate_id=args.delegate, desk="CLI")
    who = people.get(args.person_id).name
    text = f"Kehadiran {who} di rapat nomor {args.meeting_id}: {labels.ATTENDANCE.get(row.status, row.status).lower()}"
    if args.delegate:
        text += f", diwakili oleh {people.get(args.delegate).name}"
    # A name may end in a degree ("Agus Prasetyo, S.H."): one full stop is enough.
    print(text if text.endswith(".") else text + ".")
    return 0
