"""`qr person|meeting|invitation`: print a sign-in code, optionally as a PNG image."""
from __future__ import annotations

import sys
from pathlib import Path

from ..domain.db import refuse_database_file
from ..domain.services import qr
from .parsing import add_meeting_id, command, record_id, subcommands


def register(sub) -> None:
    cmds = subcommands(sub, "qr", help="kode QR orang, rapat atau undangan",
                       description="Cetak teks kode QR; dengan --png simpan juga gambarnya.", metavar="JENIS")
    person = command(cmds, "person", cmd_person, help="kode pribadi seseorang", description="Kode pribadi seseorang.")
    person.add_argument("person_id", type=record_id, metavar="ID_ORANG")
    meeting = command(cmds, "meeting", cmd_meeting, help="kode sebuah rapat", description="Kode sebuah rapat.")
    add_meeting_id(meeting)
    inv = command(cmds, "invitation", cmd_invitation, help="kode undangan seseorang untuk satu rapat",
                  description="Kode undangan seseorang untuk satu rapat.")
    add_meeting_id(inv)
    inv.add_argument("person_id", type=record_id, metavar="ID_ORANG")
    for parser in (person, meeting, inv):
        parser.add_argument("--png", metavar="BERKAS", help="simpan gambar QR (PNG) ke berkas ini")
    inv.add_argument("--whatsapp", action="store_true",
                     help="cetak teks undangan siap tempel untuk WhatsApp, bukan kodenya saja (waktu dalam zona "
                          "satker orang itu); dengan --png gambar QR-nya untuk dikirim")


def _emit(code: str, png: str | None) -> int:
    print(code)
    if png:
        refuse_database_file(png)
        Path(png).write_bytes(qr.qr_png(code))
        print(f"Gambar QR disimpan di {png}.", file=sys.stderr)
    return 0


def cmd_person(args) -> int:
    return _emit(qr.person_code(args.person_id), args.png)


def cmd_meeting(args) -> int:
    return _emit(qr.meeting_code(args.meeting_id), args.png)


def cmd_invitation(args) -> int:
    if args.whatsapp:
        from ..domain.services.invitation_message import code_png, whatsapp_text

        text = whatsapp_text(args.meeting_id, args.person_id)
        if args.png:
            refuse_database_file(args.png)
            Path(args.png).write_bytes(code_png(args.meeting_id, args.person_id))
            print(f"Gambar QR disimpan di {args.png}.", file=sys.stderr)
        print(text)
        return 0
    return _emit(qr.invitation_code(args.meeting_id, args.person_id), args.png)
