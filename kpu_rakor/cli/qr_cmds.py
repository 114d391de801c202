"""`qr person|meeting|invitation`: print a sign-in code, optionally as a PNG image."""
from __future__ import annotations

import sys
from pathlib import Path

from ..domain.db import refuse_database_file
from ..domain.services import qr
from .parsing import UsageError, add_meeting_id, command, record_id, subcommands


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
    batch = command(cmds, "invitations", cmd_invitations, help="undangan WhatsApp semua undangan sekaligus",
                    description="Kode QR dan teks WhatsApp semua undangan rapat: --folder menulis satu PNG dan satu "
                                "TXT per orang serta daftar-undangan.xlsx; --pdf menulis lembar cetak (6 per halaman).")
    add_meeting_id(batch)
    batch.add_argument("--folder", metavar="FOLDER", help="folder (yang sudah ada) untuk gambar dan teks")
    batch.add_argument("--pdf", metavar="BERKAS", help="lembar cetak PDF")
    batch.add_argument("--person", type=record_id, action="append", metavar="ID_ORANG",
                       help="hanya orang ini (boleh diulang); bawaan: semua undangan")
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


def cmd_invitations(args) -> int:
    from ..domain.services import invitation_batch

    if not (args.folder or args.pdf):
        raise UsageError("sebutkan --folder FOLDER dan/atau --pdf BERKAS")
    if args.folder:
        r = invitation_batch.write_folder(args.meeting_id, args.folder, args.person)
        print(f"Tersimpan di {r.folder}: {r.count} gambar QR, {r.count} teks WhatsApp, {r.index.name}.")
    if args.pdf:
        out = invitation_batch.write_sheet(args.meeting_id, args.pdf, args.person)
        print(f"Tersimpan: {out}.")
    return 0


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
